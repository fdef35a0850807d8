"""Statistics of a round on a known data set."""

import pytest

from consult.models import Sector
from recommendations.consultation.statistics import round_statistics
from tests.consult.factories import member

from .factories import FeedbackFactory, open_round

pytestmark = pytest.mark.django_db


def test_statistics_count_by_clause_kind_sector_and_country_and_show_the_gaps(version):
    round = open_round(version, countries=("NL", "BE"), sectors=(Sector.MEDICAL, Sector.POLICE, Sector.LEGAL_AID))
    first, second = version.clauses.in_order()[1:3]
    nl_doctor = member(("NL",), sector=Sector.MEDICAL)
    be_police = member(("BE",), sector=Sector.POLICE)
    FeedbackFactory(round=round, author=nl_doctor, clause=first, kind="comment")
    FeedbackFactory(round=round, author=nl_doctor, clause=first, kind="support")
    FeedbackFactory(round=round, author=be_police, clause=first, kind="concern")
    FeedbackFactory(round=round, author=be_police, clause=None, kind="question")
    FeedbackFactory(round=round, author=be_police, clause=second, kind="comment", visibility="held")

    stats = round_statistics(round)

    assert (stats.total, stats.participants) == (4, 2)
    assert stats.by_kind == {"comment": 1, "support": 1, "concern": 1, "question": 1}
    assert stats.by_sector == {Sector.MEDICAL: 2, Sector.POLICE: 2}
    whole, *clauses = stats.clauses
    assert whole.clause is None
    assert whole.total == 1
    on_first = next(item for item in clauses if item.clause == first)
    assert on_first.total == 3
    assert on_first.by_sector == {Sector.MEDICAL: 2, Sector.POLICE: 1}
    assert on_first.missing_sectors == ["Legal aid"]
    assert on_first.missing_countries == []
    on_second = next(item for item in clauses if item.clause == second)
    assert on_second.total == 0  # held feedback is not counted
    assert {c.code for c in on_second.missing_countries} == {"NL", "BE"}
    heat = {item.clause: cells for item, cells in stats.grid()}
    assert [level for _label, _n, level in heat[first]] == [4, 2, 0]


def test_the_statistics_page_lists_clauses_with_feedback_and_folds_the_rest(client, signed_in, editor, version):
    round = open_round(version)
    clauses = list(version.clauses.in_order())
    FeedbackFactory(round=round, author=member(("NL",), sector=Sector.SOCIAL_SUPPORT), clause=clauses[2])
    signed_in(editor)

    html = client.get(f"/en/recommendations/rounds/{round.pk}/statistics/").content.decode()

    table, folded = html.split('<details class="digest-quiet">')
    assert f'<th scope="row">{clauses[2].number}</th>' in table
    assert f'<th scope="row">{clauses[3].number}</th>' not in table
    assert f"{len(clauses)} clauses without feedback" in folded  # five clauses and the whole document
    assert f"Clause {clauses[3].number}" in folded


def test_the_statistics_page_names_sectors_and_countries_in_the_readers_language(client, signed_in, editor, version):
    round = open_round(version)
    FeedbackFactory(round=round, author=member(("NL",), sector=Sector.SOCIAL_SUPPORT), clause=None)
    signed_in(editor)

    html = client.get(f"/de/recommendations/rounds/{round.pk}/statistics/").content.decode()

    assert "social_support" not in html
    assert "<li>Soziale Unterstützung: 1</li>" in html
    assert '<th scope="row">Niederlande</th><td>1</td>' in html
