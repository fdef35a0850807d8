"""Merge plan, conflicts, resolutions and the build of version N+1."""

import pytest
from django.utils import timezone

from consult.models import OutboxEntry
from consult.refusals import NotAllowed, Refusal
from recommendations.merging import building
from recommendations.merging.plan import merge_plan
from recommendations.merging.workbench import (
    AlreadyBuilt,
    RoundStillOpen,
    add_clause_in_merge,
    move_clause_in_merge,
    resolve_clause,
)
from recommendations.models import Build, ClauseChange, ClauseResolution, DocumentVersion, Feedback
from recommendations.tasks import build_version

from .merging_fixtures import TAIL, known_round

pytestmark = pytest.mark.django_db

COMBINED = "Staff must refer the person at once, and within a day at the latest."


@pytest.fixture
def known(round):
    return known_round(round)


def resolve_conflict(known, editor):
    return resolve_clause(
        editor=editor,
        round=known.round,
        clause_key=known.clauses[2].key,
        text=COMBINED,
        chosen_ids=[known.rival_a.pk, known.rival_b.pk],
    )


def build_now(editor, round, capture):
    with capture(execute=True):
        build = building.start_build(editor=editor, round=round, confirm_open_todos=True, confirm_undecided=True)
    build.refresh_from_db()
    return build


def texts(version):
    return [c.text for c in version.clauses.in_order()]


def test_a_single_accepted_amendment_of_a_quoted_span_replaces_only_that_span(known):
    plan = merge_plan(known.round).by_key()[str(known.clauses[1].key)]

    assert plan.result_text == "Clause text number 1: staff refer the person to a sexual assault centre or a hospital."
    assert plan.sources == [known.span_amendment.pk]
    assert not plan.in_conflict


def test_two_accepted_amendments_on_one_clause_are_a_conflict(known):
    plan = merge_plan(known.round).by_key()[str(known.clauses[2].key)]

    assert plan.blocking
    assert "2 amendments were accepted" in plan.conflicts[0]


def test_an_amendment_whose_quoted_span_is_no_longer_in_the_base_is_a_conflict(known):
    Feedback.objects.filter(pk=known.span_amendment.pk).update(quoted_span="a police station")

    plan = merge_plan(known.round).by_key()[str(known.clauses[1].key)]

    assert plan.blocking
    assert "no longer in the clause" in " ".join(plan.conflicts)


def test_an_amendment_written_against_other_text_is_a_conflict(known, editor):
    from tests.recommendations.factories import add_clauses, draft

    older = add_clauses(draft("NL", 0), 2)[1]  # a clause of another version, with other text
    Feedback.objects.filter(pk=known.span_amendment.pk).update(clause=older)
    older.text = "An older text."
    type(older).objects.filter(pk=older.pk).update(text="An older text.")

    plan = merge_plan(known.round).by_key()[str(known.clauses[1].key)]

    assert "written against a text that has since changed" in " ".join(plan.conflicts)


def test_hidden_and_rejected_amendments_are_never_applied(known):
    plan = merge_plan(known.round).by_key()[str(known.clauses[4].key)]

    assert plan.result_text == known.clauses[4].text
    assert not plan.in_conflict


def test_the_build_is_refused_while_a_conflict_is_unresolved(known, editor, django_capture_on_commit_callbacks):
    with pytest.raises(building.BuildRefused, match="Resolve the conflicts first: 1 clause"):
        build_now(editor, known.round, django_capture_on_commit_callbacks)

    assert not Build.objects.exists()
    assert known.round.version.document.versions.count() == 1


def test_the_build_of_an_open_round_is_refused(round, editor, django_capture_on_commit_callbacks):
    with pytest.raises(RoundStillOpen, match="still open"):
        build_now(editor, round, django_capture_on_commit_callbacks)


def test_the_build_of_an_open_round_names_every_blocker_at_once(round, editor):
    known_round(round, close=False)

    with pytest.raises(RoundStillOpen) as refused:
        building.start_build(editor=editor, round=round)

    message = refused.value.message
    assert "still open" in message
    assert "Resolve the conflicts first: 1 clause needs your decision" in message
    assert "accepted items are still to-dos" in message
    assert "1 feedback item was never decided" in message
    assert not Build.objects.exists()
    round.refresh_from_db()
    assert round.closed_at is None


def test_a_build_from_the_known_round_gives_the_expected_text_of_every_clause(
    known, editor, django_capture_on_commit_callbacks
):
    resolve_conflict(known, editor)
    resolve_clause(
        editor=editor,
        round=known.round,
        clause_key=known.clauses[5].key,
        text="",
        remove=True,
        chosen_ids=[known.concern.pk],
    )
    add_clause_in_merge(
        editor=editor,
        round=known.round,
        after_key=known.clauses[4].key,
        text="Interpreters are of the person's chosen gender.",
        chosen_ids=[known.accepted_comment.pk],
    )

    build = build_now(editor, known.round, django_capture_on_commit_callbacks)

    new = build.result_version
    assert build.status == Build.Status.DONE
    assert build.progress == 100
    assert (new.number, new.status, new.based_on_id) == (2, DocumentVersion.Status.DRAFT, known.round.version.pk)
    assert texts(new) == [
        "Section 1",
        "Clause text number 1: staff refer the person to a sexual assault centre or a hospital.",
        COMBINED,
        "Section 2",
        f"Clause text number 4: {TAIL}",
        "Interpreters are of the person's chosen gender.",
    ]
    assert [c.number for c in new.clauses.in_order()] == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


def test_the_build_keeps_clause_keys_and_records_provenance(known, editor, django_capture_on_commit_callbacks):
    resolve_conflict(known, editor)
    resolve_clause(
        editor=editor,
        round=known.round,
        clause_key=known.clauses[5].key,
        text="",
        remove=True,
        chosen_ids=[known.concern.pk],
    )

    build = build_now(editor, known.round, django_capture_on_commit_callbacks)

    keys = [c.key for c in known.clauses]
    assert [c.key for c in build.result_version.clauses.in_order()] == keys[:5]
    changes = {c.clause_key: c for c in ClauseChange.objects.filter(build=build).prefetch_related("feedback")}
    provenance = {key: (changes[key].change, sorted(f.pk for f in changes[key].feedback.all())) for key in keys}
    assert provenance == {
        keys[0]: ("unchanged", []),
        keys[1]: ("changed", [known.span_amendment.pk]),
        keys[2]: ("changed", sorted([known.rival_a.pk, known.rival_b.pk])),
        keys[3]: ("unchanged", []),
        keys[4]: ("unchanged", []),
        keys[5]: ("removed", [known.concern.pk]),
    }
    assert changes[keys[5]].old_clause_id == known.clauses[5].pk
    assert changes[keys[5]].new_clause_id is None


def test_a_moved_clause_is_recorded_as_moved(known, editor, django_capture_on_commit_callbacks):
    resolve_conflict(known, editor)
    move_clause_in_merge(editor=editor, round=known.round, clause_key=known.clauses[5].key, after_key=None)

    build = build_now(editor, known.round, django_capture_on_commit_callbacks)

    change = ClauseChange.objects.get(build=build, clause_key=known.clauses[5].key)
    assert change.change == "moved"
    assert build.result_version.clauses.in_order()[0].key == known.clauses[5].key


def test_the_build_task_run_twice_gives_one_version(known, editor, django_capture_on_commit_callbacks):
    resolve_conflict(known, editor)
    build = build_now(editor, known.round, django_capture_on_commit_callbacks)
    entry = OutboxEntry.objects.get(task_name="recommendations.build_version")

    build_version(outbox_id=entry.pk)
    OutboxEntry.objects.filter(pk=entry.pk).update(state=OutboxEntry.State.PENDING)  # as if redelivered
    build_version(outbox_id=entry.pk)
    building.run_build(build.pk)

    assert known.round.version.document.versions.count() == 2
    assert ClauseChange.objects.filter(build=build).count() == 6


def test_a_build_killed_before_it_committed_is_done_once_on_the_next_delivery(
    known, editor, django_capture_on_commit_callbacks, monkeypatch
):
    """The write transaction fails half-way (as a killed worker's would): nothing stays; the retry builds."""
    resolve_conflict(known, editor)
    calls = {"n": 0}
    real = building._record_changes

    def crash_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("worker killed")
        return real(*args, **kwargs)

    monkeypatch.setattr(building, "_record_changes", crash_once)
    # the wake-up call runs the (eager) build, which crashes; the request
    # that started it is not failed by it (consult.outbox._wake)
    with django_capture_on_commit_callbacks(execute=True):
        building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
    assert calls["n"] == 1
    assert known.round.version.document.versions.count() == 1
    entry = OutboxEntry.objects.get(task_name="recommendations.build_version")
    assert entry.state == OutboxEntry.State.PENDING

    build_version(outbox_id=entry.pk)

    assert known.round.version.document.versions.count() == 2
    assert Build.objects.get().status == Build.Status.DONE


def test_a_second_build_start_is_refused_with_a_clear_message(known, editor, django_capture_on_commit_callbacks):
    resolve_conflict(known, editor)
    build_now(editor, known.round, django_capture_on_commit_callbacks)

    with pytest.raises(building.BuildRefused, match="already built"):
        build_now(editor, known.round, django_capture_on_commit_callbacks)
    assert Build.objects.count() == 1


def test_a_start_while_another_build_is_pending_is_refused(known, editor):
    resolve_conflict(known, editor)
    building.start_build(
        editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True
    )  # the worker has not run (no commit)

    with pytest.raises(building.BuildRefused, match="already started building"):
        building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)


def test_resolutions_can_no_longer_change_once_built(known, editor, django_capture_on_commit_callbacks):
    resolve_conflict(known, editor)
    build_now(editor, known.round, django_capture_on_commit_callbacks)

    with pytest.raises(AlreadyBuilt):
        resolve_conflict(known, editor)


def test_a_resolution_may_only_name_accepted_feedback_on_its_clause(known, editor):
    with pytest.raises(Refusal, match="accepted feedback on this clause"):
        resolve_clause(
            editor=editor,
            round=known.round,
            clause_key=known.clauses[2].key,
            text="New.",
            chosen_ids=[known.rejected.pk],
        )


def test_a_resolution_needs_text(known, editor):
    with pytest.raises(Refusal, match="Write the text"):
        resolve_clause(editor=editor, round=known.round, clause_key=known.clauses[2].key, text="  ")


def test_publishing_a_built_version_as_final_supersedes_the_consulted_one(
    known, editor, django_capture_on_commit_callbacks
):
    resolve_conflict(known, editor)
    new = build_now(editor, known.round, django_capture_on_commit_callbacks).result_version

    building.publish_version(editor=editor, version=new, status="final")

    known.round.version.refresh_from_db()
    new.refresh_from_db()
    assert (known.round.version.status, new.status) == ("superseded", "final")
    assert new.frozen_at is not None


def test_publishing_a_built_version_for_consultation_opens_a_round(known, editor, django_capture_on_commit_callbacks):
    resolve_conflict(known, editor)
    new = build_now(editor, known.round, django_capture_on_commit_callbacks).result_version
    now = timezone.now()

    building.publish_version(editor=editor, version=new, status="consultation", opens_at=now,
                             closes_at=now + timezone.timedelta(days=7))  # fmt: skip

    new.refresh_from_db()
    known.round.version.refresh_from_db()
    assert new.status == "consultation"
    assert new.consultation_round is not None
    assert known.round.version.status == "superseded"


def test_publishing_a_version_that_was_not_built_is_refused(version, editor):
    with pytest.raises(building.BuildRefused, match="Only a version built"):
        building.publish_version(editor=editor, version=version, status="final")


def test_publishing_twice_is_refused(known, editor, django_capture_on_commit_callbacks):
    resolve_conflict(known, editor)
    new = build_now(editor, known.round, django_capture_on_commit_callbacks).result_version
    building.publish_version(editor=editor, version=new, status="final")

    with pytest.raises(building.BuildRefused, match="already final"):
        building.publish_version(editor=editor, version=new, status="final")


def test_a_member_cannot_build(known, author):
    with pytest.raises(NotAllowed):
        building.start_build(editor=author, round=known.round, confirm_open_todos=True, confirm_undecided=True)


def test_publishing_tells_each_author_once_where_to_see_what_became_of_their_feedback(
    known, editor, django_capture_on_commit_callbacks, mailoutbox
):
    resolve_conflict(known, editor)
    new = build_now(editor, known.round, django_capture_on_commit_callbacks).result_version

    with django_capture_on_commit_callbacks(execute=True):
        building.publish_version(editor=editor, version=new, status="final")

    authors = {known.span_amendment.author.email, known.rival_b.author.email}  # the two members who wrote
    assert sorted(m.to[0] for m in mailoutbox) == sorted(authors)
    assert f"/rounds/{known.round.pk}/report/?mine=1" in mailoutbox[0].body
    assert "Staff" not in mailoutbox[0].body  # a link, never the content


@pytest.mark.parametrize("text", ["Staff refer\x00 the person.", "Lone \ud800 surrogate."])
def test_a_resolution_with_a_character_no_database_stores_is_refused_and_nothing_is_saved(known, editor, text):
    with pytest.raises(Refusal, match="cannot be stored") as refused:
        resolve_clause(editor=editor, round=known.round, clause_key=known.clauses[1].key, text=text)

    assert refused.value.field == "resolved_text"
    assert not ClauseResolution.objects.filter(round=known.round).exists()


def test_a_clause_added_in_the_merge_with_a_nul_is_refused_and_nothing_is_saved(known, editor):
    with pytest.raises(Refusal, match="cannot be stored") as refused:
        add_clause_in_merge(editor=editor, round=known.round, after_key=known.clauses[1].key, text="New\x00 clause.")

    assert refused.value.field == "text"
    assert not ClauseResolution.objects.filter(round=known.round).exists()
