"""Discarding a built draft while another editor discards it too, starts a
build or publishes it, on real PostgreSQL connections: the row locks make
one of them wait, the other editor is told, nothing is half deleted."""

import threading
import time

import pytest
from django.db import connection

from consult.demo import seed_countries
from consult.models import AuditLogEntry, CountryRole
from consult.refusals import Refusal
from recommendations.merging import building
from recommendations.merging.workbench import resolve_clause
from recommendations.models import Build, Clause, ClauseChange, DocumentVersion, Feedback
from tests.consult.factories import staff
from tests.recommendations.factories import draft, open_round
from tests.recommendations.merging_fixtures import known_round

REASON = "Clause 1.2 has a typo."


@pytest.fixture
def built(postgresql, settings, django_capture_on_commit_callbacks):
    """Version 2 built from the known round (eager Celery), and two editors."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    seed_countries()
    editors = [staff(CountryRole.Role.EDITOR, "NL"), staff(CountryRole.Role.EDITOR, "NL")]
    known = known_round(open_round(draft("NL", 6)))
    resolve_clause(
        editor=editors[0],
        round=known.round,
        clause_key=known.clauses[2].key,
        text="Staff refer the persn at once.",
        chosen_ids=[known.rival_a.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        build = building.start_build(
            editor=editors[0], round=known.round, confirm_open_todos=True, confirm_undecided=True
        )
    build.refresh_from_db()
    return known, build, editors


@pytest.fixture
def slow_discard(monkeypatch):
    """The first discard waits, its locks held and its rows deleted, until the other editor is waiting too."""
    holding = threading.Event()
    real = building.record
    calls = []

    def record(**arguments):
        if arguments["action"] == "recommendations.discard_build" and not calls:
            calls.append(1)
            holding.set()
            waiting_for_locks_of_the_first_discard()
        return real(**arguments)

    monkeypatch.setattr(building, "record", record)
    return holding


def waiting_for_locks_of_the_first_discard(timeout=10):
    """Until another connection waits for a row lock (pg_stat_activity), so the race is real, not timed."""
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT pg_stat_clear_snapshot()")  # the view is otherwise frozen for the transaction
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.05)
    raise AssertionError("the other editor never waited for the lock")


def side_by_side(holding, discard, other):
    """Run ``discard`` and, once it holds its locks (``holding``), ``other``; return both outcomes."""
    outcomes = [None, None]

    def run(i, work, after=None):
        try:
            if after is not None:
                assert after.wait(timeout=10)
            outcomes[i] = ("done", work())
        except Refusal as error:
            outcomes[i] = ("refused", error.message)
        except Exception as error:  # a server error: what the locks must prevent
            outcomes[i] = ("error", repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(0, discard)), threading.Thread(target=run, args=(1, other, holding))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_two_editors_discarding_at_once_one_discards_and_the_other_is_told(built, slow_discard):
    known, build, editors = built

    outcomes = side_by_side(
        slow_discard,
        lambda: building.discard_build(editor=editors[0], round=known.round, reason=REASON),
        lambda: building.discard_build(editor=editors[1], round=known.round, reason="Me too."),
    )

    assert outcomes[0] == ("done", 2)
    assert outcomes[1][0] == "refused"
    assert "There is no built version to discard" in outcomes[1][1]
    assert not Build.objects.exists()
    assert not DocumentVersion.objects.filter(pk=build.result_version_id).exists()
    assert not Clause.objects.filter(version_id=build.result_version_id).exists()
    assert not ClauseChange.objects.exists()
    assert AuditLogEntry.objects.filter(action="recommendations.discard_build").count() == 1
    assert Feedback.objects.filter(round=known.round).count() == 9


def test_a_build_started_while_a_discard_holds_its_locks_waits_and_builds_version_2_again(built, slow_discard):
    known, build, editors = built

    outcomes = side_by_side(
        slow_discard,
        lambda: building.discard_build(editor=editors[0], round=known.round, reason=REASON),
        lambda: (
            building.start_build(
                editor=editors[1], round=known.round, confirm_open_todos=True, confirm_undecided=True
            ).pk
        ),
    )

    assert outcomes[0] == ("done", 2)
    assert outcomes[1][0] == "done"
    rebuilt = Build.objects.select_related("result_version").get(round=known.round)
    assert rebuilt.pk == outcomes[1][1] != build.pk
    assert (rebuilt.status, rebuilt.result_version.number) == (Build.Status.DONE, 2)
    assert rebuilt.result_version.pk != build.result_version_id
    assert ClauseChange.objects.filter(build=rebuilt).count() == ClauseChange.objects.count() == 6
    numbers = DocumentVersion.objects.filter(document=known.round.version.document).values_list("number", flat=True)
    assert sorted(numbers) == [1, 2]


def test_publishing_while_a_discard_holds_its_locks_is_refused_with_a_message(built, slow_discard):
    known, build, editors = built
    version = build.result_version

    outcomes = side_by_side(
        slow_discard,
        lambda: building.discard_build(editor=editors[0], round=known.round, reason=REASON),
        lambda: building.publish_version(editor=editors[1], version=version, status="final"),
    )

    assert outcomes[0] == ("done", 2)
    assert outcomes[1] == ("refused", "Another editor discarded this version a moment ago; nothing was published.")
    assert not DocumentVersion.objects.filter(pk=version.pk).exists()
    base = DocumentVersion.objects.get(pk=known.round.version.pk)
    assert base.status == DocumentVersion.Status.CLOSED  # not superseded by a version that is gone
