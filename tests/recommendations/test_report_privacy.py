"""Feedback waiting in the moderators' review queue (a member flagged it, no
moderator has approved it yet) stays out of the consultation report, its
exports and the clause histories, with its author's name, until a moderator
approves it; held and hidden feedback never appears there."""

import pytest

from consult.models import CountryRole
from consult.moderation import services as moderation
from recommendations.exports.content import change_reasons, report_content
from recommendations.exports.to_markdown import report_markdown
from recommendations.merging import building
from tests.consult.factories import member, staff

from .merging_fixtures import decided, known_round

pytestmark = pytest.mark.django_db

FLAGGED = "Most people who report this are lying."
NAME = "Waiting Queue-Author"


@pytest.fixture
def flagged(round):
    """A visible comment on the changed clause 3, flagged once (not enough to hide it)."""
    known = known_round(round)
    author = member(("NL",), display_name=NAME)
    item = decided(round, author, known.clauses[2], "comment", "accepted", text=FLAGGED)
    flag = moderation.flag(item, user=member(("NL",)), reason="misinformation")
    item.refresh_from_db()
    assert item.is_visible  # flags hold nothing by themselves
    assert not flag.content_hidden
    known.flagged = item
    return known


@pytest.fixture
def built(flagged, editor, django_capture_on_commit_callbacks):
    from recommendations.merging.workbench import resolve_clause

    resolve_clause(
        editor=editor,
        round=flagged.round,
        clause_key=flagged.clauses[2].key,
        text="Staff refer the person at once.",
        chosen_ids=[flagged.rival_a.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        build = building.start_build(
            editor=editor, round=flagged.round, confirm_open_todos=True, confirm_undecided=True
        )
    build.refresh_from_db()
    # The build records the flagged comment as one of the clause's causes.
    build.changes.filter(clause_key=flagged.clauses[2].key).first().feedback.add(flagged.flagged)
    return build


def test_a_member_reading_the_report_does_not_see_feedback_waiting_for_a_moderator(client, signed_in, flagged):
    signed_in(member(("NL",)))

    html = client.get(f"/en/recommendations/rounds/{flagged.round.pk}/report/").content.decode()

    assert "Mention interpreters." in html  # ordinary feedback is there
    assert FLAGGED not in html
    assert NAME not in html


def test_flagged_feedback_comes_back_into_the_report_once_a_moderator_approves_it(client, signed_in, flagged):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    moderation.approve(moderation.pending_item_for(flagged.flagged), moderator=moderator)
    signed_in(member(("NL",)))

    html = client.get(f"/en/recommendations/rounds/{flagged.round.pk}/report/").content.decode()

    assert FLAGGED in html
    assert NAME in html


def test_the_report_export_leaves_out_feedback_waiting_for_a_moderator(flagged):
    markdown = report_markdown(report_content(flagged.round))

    assert "Mention interpreters." in markdown
    assert FLAGGED not in markdown
    assert NAME not in markdown
    assert "HELD text" not in markdown
    assert "SECRET hidden text." not in markdown


def test_the_reasons_of_a_change_never_cite_feedback_waiting_for_a_moderator(built):
    _author, _when, reasons = change_reasons(built.round.version, built.result_version)

    cited = " ".join(text for texts in reasons.values() for text in texts)
    assert "amendment from" in cited
    assert "comment from" not in cited  # the flagged comment, named or as "Participant N"


def test_the_history_of_a_clause_does_not_link_feedback_waiting_for_a_moderator(client, signed_in, built, editor):
    building.publish_version(editor=editor, version=built.result_version, status="final")
    signed_in(member(("NL",)))
    key = built.round.version.clauses.in_order()[2].key

    html = client.get(f"/en/recommendations/{built.round.version.document_id}/clauses/{key}/history/").content.decode()

    assert "Version 2" in html
    assert f"#feedback-{built.round.feedback.get(text=FLAGGED).pk}" not in html
    assert FLAGGED not in html
