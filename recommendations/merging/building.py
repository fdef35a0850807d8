"""Building version N+1 of a document from a closed round.

``start_build`` (an editor's request) writes the round's one Build row and
schedules the worker through the outbox. ``run_build`` (the worker) reads
the merge plan, reports progress in short transactions, then writes the new
version, its clauses, the ClauseChange rows and ``Build.result_version`` in
ONE transaction, together with marking the outbox entry done. A second
delivery, or a delivery after a worker was killed mid-way, finds either no
version at all (the transaction was rolled back) or the finished build and
does nothing: there is never more than one new version.

``discard_build`` throws a built draft away before it is published (the
editor found a mistake): the version and the Build row go together, so the
round is back where it was before its first build.
"""

import logging
import time
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from consult.audit import record
from consult.models import OutboxEntry
from consult.notifications import notify_user
from consult.outbox import schedule
from consult.reader_time import reader_time
from consult.refusals import Conflict, Refusal, require
from consult.sanitising import CLAUSE, render_markdown

from ..consultation.services import close_round, open_round, supersede_earlier
from ..dates import when
from ..drafting.services import renumber
from ..drafting.variants.forward_port import schedule_forward_port
from ..models import (
    Build,
    Clause,
    ClauseChange,
    ConsultationRound,
    DocumentVersion,
    Export,
    Feedback,
    RecommendationDocument,
)
from .diffing import ADDED, REMOVED, ClauseSnapshot, diff_clauses
from .plan import merge_plan
from .todos import open_todos
from .workbench import RoundStillOpen

logger = logging.getLogger(__name__)

CHUNK = 200


class BuildRefused(Conflict):
    """The next version cannot be built, discarded or published now; the message says why."""


def _pause():
    """Tests make the build slow (RECOMMENDATIONS_BUILD_STEP_DELAY) to kill a worker in the middle."""
    delay = getattr(settings, "RECOMMENDATIONS_BUILD_STEP_DELAY", 0)
    if delay:
        time.sleep(delay)


class BuildNeedsConfirmation(BuildRefused):
    """Accepted items are still to-dos, or items were never decided: the
    editor builds only after confirming it (the report says so)."""


def build_confirmations_needed(round, plan=None):
    """(open to-dos, undecided items) that the editor must confirm before a build."""
    plan = plan or merge_plan(round)
    return open_todos(round, plan), list(round.feedback.visible().filter(decision=Feedback.Decision.UNDECIDED))


def build_blockers(plan, open_items, undecided, confirm_open_todos=False, confirm_undecided=False):
    """``(conflicts, confirmations)``: every reason the build cannot start
    now, each a sentence, so the editor reads them all at once rather than
    one after the other. Conflicts refuse the build; the rest need the
    editor's confirmation (unless given)."""
    conflicts, confirmations = [], []
    blocking = plan.blocking
    if blocking:
        conflicts.append(
            ngettext(
                "Resolve the conflicts first: %(n)s clause needs your decision (%(numbers)s).",
                "Resolve the conflicts first: %(n)s clauses need your decision (%(numbers)s).",
                len(blocking),
            )
            % {"n": len(blocking), "numbers": ", ".join(clause_plan.number for clause_plan in blocking[:20])}
        )
    if open_items and not confirm_open_todos:
        confirmations.append(
            ngettext(
                "%(n)s accepted item is still a to-do: change its clause or record why no change is needed "
                "(item %(items)s), or confirm that you build without.",
                "%(n)s accepted items are still to-dos: change their clause or record why no change is needed "
                "(items %(items)s), or confirm that you build without.",
                len(open_items),
            )
            % {"n": len(open_items), "items": ", ".join(f"#{todo.item.pk}" for todo in open_items[:20])}
        )
    if undecided and not confirm_undecided:
        confirmations.append(
            ngettext(
                "%(n)s feedback item was never decided. Decide it in the triage, or confirm that you build "
                "without; the report will list it as never decided.",
                "%(n)s feedback items were never decided. Decide them in the triage, or confirm that you build "
                "without; the report will list them as never decided.",
                len(undecided),
            )
            % {"n": len(undecided)}
        )
    return conflicts, confirmations


def start_build(*, editor, round, confirm_open_todos=False, confirm_undecided=False):
    """Ask for the next version of ``round``'s document to be built.

    Refused while the round is open (the refusal names every other blocker
    too), while a clause is in conflict without a resolution, and when the round already has a build (BuildRefused names
    who started it). While accepted items are neither carried out nor
    explained, or items were never decided, BuildNeedsConfirmation is raised
    unless the editor confirmed each (``confirm_open_todos``,
    ``confirm_undecided``). A failed build can be started again, and so can
    a discarded one (discard_build). Returns the Build.
    """
    require(editor, "recommendations.build_version", round)
    round.refresh_from_db(fields=["opens_at", "closes_at", "closed_at"])
    still_open = not round.has_closed()
    if not still_open and round.closed_at is None:
        close_round(round, actor=editor)
    plan = merge_plan(round)
    open_items, undecided = build_confirmations_needed(round, plan)
    conflicts, confirmations = build_blockers(plan, open_items, undecided, confirm_open_todos, confirm_undecided)
    if still_open:  # refused; the editor also reads what would still stop the build once it has closed
        still_open_message = _(
            "This consultation is still open (it closes on %(when)s); build the next version once it has closed."
        ) % {"when": when(round.closes_at)}
        raise RoundStillOpen(" ".join([still_open_message, *conflicts, *confirmations]))
    if conflicts:  # refused whatever is confirmed; every other blocker is named with it
        raise BuildRefused(" ".join(conflicts + confirmations))
    if confirmations:
        raise BuildNeedsConfirmation(" ".join(confirmations))
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        build = Build.objects.select_for_update().filter(round=round).first()
        if build is None:
            try:
                with transaction.atomic():
                    build = Build.objects.create(round=round, started_by=editor)
            except IntegrityError:  # another editor's request won the race
                build = Build.objects.get(round=round)
                raise _already_started(build) from None
        elif build.status == Build.Status.FAILED:
            build.status, build.progress, build.error, build.step = Build.Status.PENDING, 0, "", ""
            build.started_by, build.started_at, build.finished_at = editor, timezone.now(), None
            build.save()
        else:
            raise _already_started(build)
        schedule(
            "recommendations.build_version", key=f"recommendations-build-{build.pk}-{build.attempts}", build_id=build.pk
        )
        record(
            actor=editor,
            action="recommendations.start_build",
            target=round,
            country=round.version.document.country,
            reason=_("confirmed %(todos)s and %(undecided)s")
            % {
                "todos": ngettext("%(n)s open to-do", "%(n)s open to-dos", len(open_items)) % {"n": len(open_items)},
                "undecided": ngettext("%(n)s undecided item", "%(n)s undecided items", len(undecided))
                % {"n": len(undecided)},
            }
            if open_items or undecided
            else "",
        )
    return build


def _already_started(build):
    who = build.started_by.profile.public_name if build.started_by_id and hasattr(build.started_by, "profile") else ""
    if build.status == Build.Status.DONE:
        message = _("The next version was already built (version %(number)s) by %(who)s; nothing was started.")
        return BuildRefused(message % {"number": build.result_version.number, "who": who or _("another editor")})
    message = _(
        "%(who)s already started building the next version at %(when)s; nothing new was started. "
        "Follow its progress on this page."
    )
    return BuildRefused(
        message % {"who": who or _("Another editor"), "when": reader_time(build.started_at, "TIME_FORMAT")}
    )


def _progress(build_id, progress, step, **fields):
    """Committed at once, so the editor's page sees it while the build runs."""
    Build.objects.filter(pk=build_id, result_version__isnull=True).update(progress=progress, step=step, **fields)


def _mark_outbox_done(outbox_id):
    if outbox_id is not None:
        OutboxEntry.objects.filter(pk=outbox_id, state=OutboxEntry.State.PENDING).update(
            state=OutboxEntry.State.DONE, finished_at=timezone.now(), last_error=""
        )


def run_build(build_id, *, outbox_id=None):
    """Build the version of Build ``build_id``; return it (None if there is nothing to do).

    Safe to run twice and after a crash: see the module docstring.
    """
    build = Build.objects.select_related("round__version__document").filter(pk=build_id).first()
    if build is None or build.result_version_id:
        _mark_outbox_done(outbox_id)
        return build.result_version if build else None
    _progress(
        build_id,
        10,
        gettext_noop("Reading decisions and resolutions"),
        status=Build.Status.RUNNING,
        attempts=F("attempts") + 1,
    )
    _pause()
    round = build.round
    plan = merge_plan(round)
    if plan.blocking:
        numbers = ", ".join(p.number for p in plan.blocking[:20])
        _progress(
            build_id,
            0,
            "",
            status=Build.Status.FAILED,
            finished_at=timezone.now(),
            error=_("Clauses in conflict without a resolution: %(numbers)s.") % {"numbers": numbers},
        )
        _mark_outbox_done(outbox_id)
        return None
    _progress(build_id, 30, gettext_noop("Composing the clauses"))
    base = {str(c.key): c for c in round.version.clauses.in_order()}
    rows = []
    for plan_row in plan.result_order():
        old = base.get(plan_row.key)
        unchanged = old is not None and old.text == plan_row.result_text
        html = old.html if unchanged else render_markdown(plan_row.result_text, CLAUSE)
        rows.append((plan_row, html))
    _pause()
    _progress(build_id, 60, gettext_noop("Writing the new version"))
    try:
        return _write(build_id, round, plan, base, rows, outbox_id)
    except Exception as error:
        logger.exception("build %s failed", build_id)
        _progress(build_id, 0, "", status=Build.Status.FAILED, error=type(error).__name__, finished_at=timezone.now())
        raise


def _write(build_id, round, plan, base, rows, outbox_id):
    with transaction.atomic():
        build = Build.objects.select_for_update().get(pk=build_id)
        if build.result_version_id:  # another delivery finished first
            _mark_outbox_done(outbox_id)
            return build.result_version
        if outbox_id is not None:
            entry = OutboxEntry.objects.select_for_update(skip_locked=True).filter(pk=outbox_id).first()
            if entry is None:  # another delivery holds the entry and is writing
                return None
        document = RecommendationDocument.objects.select_for_update().get(pk=round.version.document_id)
        number = (document.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = DocumentVersion.objects.create(document=document, number=number, based_on=round.version)
        clauses = [
            Clause(version=version, key=p.key, position=i, kind=p.kind, level=p.level, text=p.result_text, html=html)
            for i, (p, html) in enumerate(rows)
        ]
        for start in range(0, len(clauses), CHUNK):
            Clause.objects.bulk_create(clauses[start : start + CHUNK])
            _pause()
        renumber(version)
        new_clauses = {str(c.key): c for c in version.clauses.in_order()}
        _record_changes(build, version, plan, base, new_clauses)
        build.result_version = version
        build.status = Build.Status.DONE
        build.progress = 100
        build.step = gettext_noop("Built")
        build.error = ""
        build.finished_at = timezone.now()
        build.save()
        _mark_outbox_done(outbox_id)
        record(actor=build.started_by, action="recommendations.build_version", target=version, country=document.country)
    return version


def _record_changes(build, version, plan, base, new_clauses):
    """One ClauseChange per clause of the new version and per removed clause,
    with the feedback behind it."""
    old_snaps = [ClauseSnapshot.of(c) for c in base.values()]
    new_snaps = [ClauseSnapshot.of(c) for c in new_clauses.values()]
    plans = plan.by_key()
    changes, sources = [], []
    for row in diff_clauses(old_snaps, new_snaps, words=False):
        changes.append(
            ClauseChange(
                build=build,
                version=version,
                clause_key=row.key,
                change=row.change,
                moved=row.moved,
                old_clause=base.get(row.key) if row.change != ADDED else None,
                new_clause=new_clauses.get(row.key) if row.change != REMOVED else None,
            )
        )
        plan_row = plans.get(row.key)
        sources.append(plan_row.sources if plan_row is not None and row.change != "unchanged" else [])
    ClauseChange.objects.bulk_create(changes)
    Through = ClauseChange.feedback.through
    Through.objects.bulk_create(
        Through(clausechange_id=change.pk, feedback_id=feedback_id)
        for change, ids in zip(changes, sources, strict=True)
        for feedback_id in ids
    )


# --- discarding a built draft ------------------------------------------------------------


def discard_refusal(build):
    """Why ``build`` cannot be discarded now (a message for the editor), or None.

    Only a finished build whose version is still the unpublished draft it
    wrote can go; once published (in consultation or final) a version is
    part of the record and stays. One query (a later version of the document).
    """
    if build is None or build.status != Build.Status.DONE:
        return _("There is no built version to discard: the next version has not been built yet.")
    version = build.result_version
    if not version.is_draft:
        return _(
            "Version %(number)s is already published (%(status)s), so it cannot be discarded. "
            "Corrections now go into the next consultation."
        ) % {"number": version.number, "status": version.get_status_display()}
    if DocumentVersion.objects.filter(document_id=version.document_id, number__gt=version.number).exists():
        # Rebuilding must give the same number; a later version (or one based on this draft) would prevent it.
        return _("A later version of this document exists, so version %(number)s can no longer be discarded.") % {
            "number": version.number
        }
    return None


def discard_build(*, editor, round, reason):
    """Throw away the built, unpublished draft of ``round``'s next version, so it can be built again.

    In one transaction holding the round's, the build's and the version's
    row locks, deletes the draft version with its clauses, its ClauseChange
    rows (the provenance of this build) and its exports, and the Build row.
    The round's feedback, decisions, resolutions and digest are not touched:
    the workbench shows them as they were and the next build writes the same
    version number again. Refused (BuildRefused, 409) unless discard_refusal
    allows it, checked again under the locks, so of two editors discarding at
    once the second is told, and a publish or build running at the same time
    either finishes first (then the discard is refused) or waits for it.
    The reason goes into the audit log. Returns the discarded version's number.
    """
    require(editor, "recommendations.build_version", round)
    reason = (reason or "").strip()
    if not reason:
        raise Refusal(_("Say why you discard this build; the reason is kept in the audit log."), field="reason")
    with transaction.atomic():
        # Round first, then build, as start_build locks them: the two wait for each other, never deadlock.
        ConsultationRound.objects.select_for_update().only("pk").get(pk=round.pk)
        build = Build.objects.select_for_update().filter(round_id=round.pk).first()
        if build is not None and build.result_version_id:
            # Locked like publish_version and the draft's editing services lock it.
            build.result_version = DocumentVersion.objects.select_for_update().get(pk=build.result_version_id)
        refusal = discard_refusal(build)
        if refusal:
            raise BuildRefused(refusal)
        version = build.result_version
        # Export files of the draft (and of diffs ending or starting at it) go with their rows.
        files = list(
            Export.objects.select_for_update()
            .filter(Q(version=version) | Q(base_version=version))
            .exclude(file="")
            .values_list("file", flat=True)
        )
        # The Build row is deleted, not reset: "no build" is the state the workbench, start_build and the
        # build page already know as "not built yet", with no new status to handle and the done-has-a-version
        # constraint kept. A stale delivery of the old task finds no row and stops; the next build is a new
        # row whose outbox key (its pk) was never used. Who built and who discarded stays in the audit log.
        build.delete()  # and, by cascade, its ClauseChange rows with their feedback links
        version.delete()  # and its clauses and exports; a draft has no round, so no feedback
        record(
            actor=editor,
            action="recommendations.discard_build",
            target=round,
            reason=reason,
            country=round.version.document.country,
        )
        if files:
            transaction.on_commit(partial(_delete_export_files, files))
    return version.number


def _delete_export_files(names):
    storage = Export._meta.get_field("file").storage
    for name in names:
        storage.delete(name)


# --- publishing --------------------------------------------------------------------------


def publish_version(*, editor, version, status, opens_at=None, closes_at=None, countries=(), sectors=()):
    """Make a built draft the document's current version: in consultation
    (opens a round on it) or final. The version that was current becomes
    superseded; the version is frozen from now on."""
    require(editor, "recommendations.publish_version", version)
    if not Build.objects.filter(result_version=version).exists():
        raise BuildRefused(_("Only a version built from a consultation can be published here."))
    if not version.is_draft:
        raise BuildRefused(
            _("This version is already %(status)s; it cannot be published again.")
            % {"status": version.get_status_display()}
        )
    if status == DocumentVersion.Status.CONSULTATION:
        if opens_at is None or closes_at is None:
            raise Refusal(_("Give the times the consultation opens and closes."), field="closes_at")
        open_round(
            editor=editor,
            version=version,
            opens_at=opens_at,
            closes_at=closes_at,
            countries=countries,
            sectors=sectors,
        )
    elif status == DocumentVersion.Status.FINAL:
        with transaction.atomic():
            locked = DocumentVersion.objects.select_for_update().filter(pk=version.pk).first()
            if locked is None:  # discarded (discard_build) since this editor opened the page
                raise BuildRefused(_("Another editor discarded this version a moment ago; nothing was published."))
            if not locked.is_draft:
                raise BuildRefused(_("Another editor published this version a moment ago."))
            locked.status = DocumentVersion.Status.FINAL
            locked.frozen_at = timezone.now()
            locked.save(update_fields=["status", "frozen_at"])
            supersede_earlier(locked)
            record(actor=editor, action="recommendations.publish_final", target=locked, country=locked.document.country)
            schedule_forward_port(locked)
    else:
        raise Refusal(_("Choose in consultation or final."), field="status")
    _tell_participants(version)
    version.refresh_from_db()
    return version


def _tell_participants(version):
    """E-mail every author of visible feedback in the round the version came
    from a link to their part of the report (once per version and author;
    discreet mode honoured by consult.notifications)."""
    build = Build.objects.filter(result_version=version).select_related("round").first()
    if build is None:
        return
    path = reverse("recommendations:report", args=[build.round_id]) + "?mine=1"
    author_ids = build.round.feedback.visible().values_list("author_id", flat=True).distinct()
    with transaction.atomic():
        for author in get_user_model().objects.filter(pk__in=author_ids, is_active=True).order_by("pk"):
            notify_user(
                author,
                "recommendations_published",
                key=f"recommendations-published-{version.pk}-{author.pk}",
                path=path,
            )
