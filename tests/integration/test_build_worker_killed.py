"""The build of version N+1 survives a worker killed in the middle of it
(a real `celery worker` process, SIGKILL, PostgreSQL, Redis)."""

import signal

import pytest
from django.db import transaction

from consult.demo import seed_countries
from consult.models import CountryRole, OutboxEntry
from recommendations.merging import building
from recommendations.merging.workbench import resolve_clause
from recommendations.models import Build, Clause, ClauseChange, Feedback
from tests.consult.factories import staff
from tests.recommendations.factories import draft, open_round
from tests.recommendations.merging_fixtures import known_round

from .conftest import start_celery_worker, stop_celery_worker, wait_for

pytestmark = pytest.mark.integration

SLOW = {"RECOMMENDATIONS_BUILD_STEP_DELAY": "2"}


def output_of(process):
    stop_celery_worker(process)
    return process.stdout.read() if process.stdout else ""


def test_a_worker_killed_during_the_build_leaves_exactly_one_complete_version(
    postgresql, redis_broker_url, celery_not_eager, tmp_path, settings
):
    seed_countries()
    editor = staff(CountryRole.Role.EDITOR, "NL")
    known = known_round(open_round(draft("NL", 6)))
    resolve_clause(
        editor=editor,
        round=known.round,
        clause_key=known.clauses[2].key,
        text="Staff refer the person at once.",
        chosen_ids=[known.rival_a.pk],
    )
    feedback_before = set(Feedback.objects.values_list("pk", "decision", "visibility"))
    clauses_before = Clause.objects.count()

    first = start_celery_worker(redis_broker_url, tmp_path / "mail", SLOW, name="doomed")
    with transaction.atomic():
        build = building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
    # Wait until the worker is inside the write transaction (progress 60), then kill it.
    writing = wait_for(lambda: Build.objects.get(pk=build.pk).progress == 60, timeout=90, interval=0.1)
    if not writing:
        pytest.fail("the worker never reached the write step:\n" + output_of(first))
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=20)

    # Killed mid-transaction: nothing of the new version exists, the work is still pending.
    assert known.round.version.document.versions.count() == 1
    assert Clause.objects.count() == clauses_before
    assert Build.objects.get(pk=build.pk).status == Build.Status.RUNNING
    entry = OutboxEntry.objects.get(task_name="recommendations.build_version")
    assert entry.state == OutboxEntry.State.PENDING

    # A new worker; the outbox sweep sends the wake-up call again (the killed
    # worker's own message would come back only after the visibility timeout).
    second = start_celery_worker(redis_broker_url, tmp_path / "mail", SLOW, name="replacement")
    try:
        settings.OUTBOX_RETRY_AFTER_SECONDS = 0
        from consult.outbox import resend_stale_entries

        resend_stale_entries()
        done = wait_for(lambda: Build.objects.get(pk=build.pk).status == Build.Status.DONE, timeout=120)
        if not done:
            pytest.fail("the replacement worker did not finish the build:\n" + output_of(second))
        # One more delivery of the same work changes nothing.
        OutboxEntry.objects.filter(pk=entry.pk).update(state=OutboxEntry.State.PENDING)
        resend_stale_entries()
        assert wait_for(lambda: OutboxEntry.objects.get(pk=entry.pk).state == OutboxEntry.State.DONE, timeout=60)
    finally:
        stop_celery_worker(second)

    build.refresh_from_db()
    versions = list(known.round.version.document.versions.order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert build.result_version == versions[1]
    assert [c.text for c in versions[1].clauses.in_order()] == [
        known.clauses[0].text,
        "Clause text number 1: staff refer the person to a sexual assault centre or a hospital.",
        "Staff refer the person at once.",
        known.clauses[3].text,
        known.clauses[4].text,
        known.clauses[5].text,
    ]
    assert ClauseChange.objects.filter(build=build).count() == 6
    assert set(Feedback.objects.values_list("pk", "decision", "visibility")) == feedback_before
    assert build.attempts == 2


def test_two_editors_starting_the_build_at_once_get_one_build_and_one_clear_refusal(postgresql):
    """Two requests in two threads, two PostgreSQL connections: the round row's lock orders them."""
    import threading

    from django.db import connection

    seed_countries()
    editors = [staff(CountryRole.Role.EDITOR, "NL"), staff(CountryRole.Role.EDITOR, "NL")]
    known = known_round(open_round(draft("NL", 6)))
    resolve_clause(
        editor=editors[0],
        round=known.round,
        clause_key=known.clauses[2].key,
        text="Staff refer the person at once.",
        chosen_ids=[known.rival_a.pk],
    )
    barrier, results = threading.Barrier(2), []

    def start(editor):
        try:
            barrier.wait()
            building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
            results.append("started")
        except building.BuildRefused as refusal:
            results.append(refusal.message)
        finally:
            connection.close()

    threads = [threading.Thread(target=start, args=(editor,)) for editor in editors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(results)[-1] == "started"
    assert "nothing new was started" in sorted(results)[0] or "already built" in sorted(results)[0]
    assert Build.objects.filter(round=known.round).count() == 1
    assert known.round.version.document.versions.count() == 2
