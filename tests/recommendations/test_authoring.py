"""Documents, versions and clause editing while a version is a draft."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from consult.models import Country
from consult.refusals import NotAllowed, Refusal
from recommendations.consultation import services as consultation
from recommendations.drafting import services as drafting
from recommendations.models import Clause, DocumentVersion, VersionFrozen

from .factories import VersionFactory, open_round

pytestmark = pytest.mark.django_db


def keys(version):
    return [c.key for c in version.clauses.in_order()]


def test_clause_keys_survive_a_draft_edit(version, editor):
    before = keys(version)
    clause = version.clauses.in_order()[1]

    drafting.update_clause(editor=editor, clause=clause, text="Staff refer the person within 72 hours.")

    assert keys(version) == before
    assert version.clauses.get(key=clause.key).text == "Staff refer the person within 72 hours."


def test_a_moved_clause_keeps_its_key_and_the_numbers_follow_the_new_order(version, editor):
    first_paragraph, second_paragraph = version.clauses.in_order()[1:3]

    drafting.move_clause(editor=editor, clause=second_paragraph, to_position=1)

    order = keys(version)
    assert order[1:3] == [second_paragraph.key, first_paragraph.key]
    assert version.clauses.get(key=second_paragraph.key).number == "1.1"


def test_splitting_keeps_the_key_on_the_first_part_and_gives_the_second_a_new_one(version, editor):
    clause = version.clauses.in_order()[1]
    before = keys(version)

    first, second = drafting.split_clause(editor=editor, clause=clause, at=17)

    assert first.key == clause.key
    assert second.key not in before
    assert keys(version) == [*before[:2], second.key, *before[2:]]


def test_merging_keeps_the_first_key_and_ends_the_second(version, editor):
    first, second = version.clauses.in_order()[1:3]

    merged = drafting.merge_with_next(editor=editor, clause=first)

    assert merged.key == first.key
    assert second.text in merged.text
    assert not version.clauses.filter(key=second.key).exists()


def test_adding_and_deleting_clauses_renumbers_the_draft(version, editor):
    heading = version.clauses.in_order()[0]
    added = drafting.add_clause(editor=editor, version=version, after=heading, text="A new first paragraph.")
    assert added.number == "1.1"

    drafting.delete_clause(editor=editor, clause=added)
    assert [c.number for c in version.clauses.in_order()] == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


def test_a_version_out_of_draft_refuses_every_clause_change(round, editor):
    clause = round.version.clauses.in_order()[1]

    with pytest.raises(Refusal, match="only a draft can be edited"):
        drafting.update_clause(editor=editor, clause=clause, text="Changed")
    with pytest.raises(Refusal):
        drafting.add_clause(editor=editor, version=round.version, text="New")
    with pytest.raises(Refusal):
        drafting.delete_clause(editor=editor, clause=clause)


def test_the_model_itself_refuses_to_change_a_frozen_clause(round):
    clause = round.version.clauses.in_order()[1]
    clause.text = "Changed behind the services' back"

    with pytest.raises(VersionFrozen):
        clause.save()
    with pytest.raises(VersionFrozen):
        clause.delete()


def test_an_editor_of_another_country_cannot_edit_the_draft(version):
    from consult.models import CountryRole
    from tests.consult.factories import staff

    other = staff(CountryRole.Role.EDITOR, "BE")
    with pytest.raises(NotAllowed):
        drafting.update_clause(editor=other, clause=version.clauses.first(), text="x")


def test_version_numbers_are_unique_per_document(version):
    with pytest.raises(IntegrityError):
        VersionFactory(document=version.document, number=1)


def test_the_next_draft_keeps_every_clause_key(round, editor):
    new = drafting.next_draft_version(editor=editor, version=round.version)

    assert new.number == 2
    assert new.is_draft
    assert keys(new) == keys(round.version)
    assert new.clauses.first().pk != round.version.clauses.first().pk


def test_opening_a_round_freezes_the_version(version, editor):
    now = timezone.now()
    round = consultation.open_round(
        editor=editor,
        version=version,
        opens_at=now,
        closes_at=now + timedelta(days=7),
        countries=[Country.objects.get(code="NL")],
    )

    version.refresh_from_db()
    assert version.status == DocumentVersion.Status.CONSULTATION
    assert version.frozen_at is not None
    assert list(round.countries.values_list("code", flat=True)) == ["NL"]


def test_a_round_that_closes_before_it_opens_is_refused(version, editor):
    now = timezone.now()
    with pytest.raises(Refusal, match="close after it opens"):
        consultation.open_round(editor=editor, version=version, opens_at=now, closes_at=now - timedelta(days=1))
    assert DocumentVersion.objects.get(pk=version.pk).is_draft


def test_a_clause_over_the_length_limit_is_refused(version, editor):
    with pytest.raises(Refusal, match="at most"):
        drafting.update_clause(editor=editor, clause=version.clauses.first(), text="x" * (Clause.MAX_LENGTH + 1))


def test_a_second_round_on_the_same_version_is_refused(version, editor):
    open_round(version)
    now = timezone.now()
    with pytest.raises(Refusal):
        consultation.open_round(editor=editor, version=version, opens_at=now, closes_at=now + timedelta(days=1))


def test_numbers_follow_the_heading_levels_and_never_repeat(editor):
    from recommendations.drafting.importing import blocks_from_markdown

    blocks = blocks_from_markdown(
        "Preamble\n\n# A\n\nPara\n\n## B\n\nPara\n\n#### C (a skipped level)\n\nPara\n\n# D\n\nPara\n\nPara"
    )
    document = drafting.create_document(
        editor=editor, title="T", country=editor.profile.countries.first(), blocks=blocks
    )

    numbers = [c.number for c in document.versions.get().clauses.in_order()]
    assert numbers == ["0.1", "1", "1.a", "1.1", "1.1.a", "1.1.1", "1.1.1.1", "2", "2.1", "2.2"]
