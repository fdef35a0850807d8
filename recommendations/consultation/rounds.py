"""An editor changes a running round: closes it now, extends it, changes its
dates, or opens a new round on a version whose round has closed.

Every change needs a reason, is written to the audit log and kept as a
RoundChange row, and tells the round's participants once: one outbox entry
per RoundChange (key ``recommendations-round-change-<id>``), whose task
e-mails each author of feedback in the round. A closed round is never
reopened. Each change locks the round's row and re-checks its state under
the lock, so beat's ``close_due_rounds`` and an editor acting at the same
moment never both win: closing twice closes once and tells participants once.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.notifications import notify_user
from consult.outbox import schedule
from consult.refusals import Conflict, Refusal, require

from ..dates import when
from ..models import Build, ConsultationRound, DocumentVersion, RoundChange
from .services import close_round

REASON_MAX_LENGTH = 2000


class RoundClosed(Conflict):
    """The round has closed: it can no longer change, nor be reopened."""


def clean_reason(reason):
    reason = (reason or "").strip()
    if not reason:
        raise Refusal(_("Say why; participants and the other editors read the reason."), field="reason")
    if len(reason) > REASON_MAX_LENGTH:
        raise Refusal(_("The reason can be at most %(n)s characters long.") % {"n": REASON_MAX_LENGTH}, field="reason")
    return reason


def _closed_refusal(round):
    return RoundClosed(
        _("This consultation closed on %(when)s; a closed consultation cannot be changed or reopened.")
        % {"when": when(round.closed_at or round.closes_at)}
    )


def _locked_running(round, now):
    """The round's row, locked; refused (RoundClosed) if it has closed, even if beat has not marked it yet."""
    locked = ConsultationRound.objects.select_for_update().select_related("version__document").get(pk=round.pk)
    if locked.has_closed(now):
        raise _closed_refusal(locked)
    return locked


def _log(round, *, editor, kind, old, reason):
    change = RoundChange.objects.create(
        round=round,
        kind=kind,
        old_opens_at=old[0],
        old_closes_at=old[1],
        new_opens_at=round.opens_at,
        new_closes_at=round.closed_at or round.closes_at,
        reason=reason,
        editor=editor,
    )
    record(
        actor=editor,
        action=f"recommendations.round_{kind}",
        target=round,
        reason=reason,
        country=round.version.document.country,
    )
    schedule(
        "recommendations.tell_round_participants", key=f"recommendations-round-change-{change.pk}", change_id=change.pk
    )
    return change


def close_round_now(*, editor, round, reason, now=None):
    """Close a running round at once (the working group has finished early).

    Returns the RoundChange, or None when the round had closed already
    (by beat at its closing time, or by another editor): then nothing
    changes and nobody is told again.
    """
    require(editor, "recommendations.change_round", round)
    reason = clean_reason(reason)
    now = now or timezone.now()
    with transaction.atomic():
        locked = ConsultationRound.objects.select_for_update().select_related("version__document").get(pk=round.pk)
        old = (locked.opens_at, locked.closes_at)
        if locked.closed_at is not None:
            return None
        # audit=False: the one row is written below (round_closed, with its country)
        closed = close_round(locked, now=now, actor=editor, reason=reason, audit=False)
        if not closed:  # pragma: no cover - we hold the lock
            return None
        # closes_at keeps the planned time; closed_at says when it really closed.
        locked.refresh_from_db()
        return _log(locked, editor=editor, kind=RoundChange.Kind.CLOSED, old=old, reason=reason)


def extend_round(*, editor, round, closes_at, reason, now=None):
    """Move a running round's closing time later. Refused for an earlier
    time (change the dates instead) and once the round has closed."""
    require(editor, "recommendations.change_round", round)
    reason = clean_reason(reason)
    now = now or timezone.now()
    with transaction.atomic():
        locked = _locked_running(round, now)
        if closes_at <= locked.closes_at:
            raise Refusal(
                _("An extension moves the closing time later than %(when)s.") % {"when": when(locked.closes_at)},
                field="closes_at",
            )
        old = (locked.opens_at, locked.closes_at)
        # Conditional: only a round still not closed is extended (beat's close takes the same lock).
        updated = ConsultationRound.objects.filter(pk=locked.pk, closed_at__isnull=True, closes_at__gt=now).update(
            closes_at=closes_at
        )
        if not updated:  # pragma: no cover - the row lock makes this unreachable
            raise _closed_refusal(locked)
        locked.closes_at = closes_at
        return _log(locked, editor=editor, kind=RoundChange.Kind.EXTENDED, old=old, reason=reason)


def change_round_dates(*, editor, round, opens_at, closes_at, reason, now=None):
    """Change when a running round opens and closes. Once open, its opening
    time stays; the closing time must be after the opening and in the future."""
    require(editor, "recommendations.change_round", round)
    reason = clean_reason(reason)
    now = now or timezone.now()
    if closes_at <= opens_at:
        raise Refusal(_("The round must close after it opens."), field="closes_at")
    if closes_at <= now:
        raise Refusal(_("The closing time is already past; to end the round now, close it."), field="closes_at")
    with transaction.atomic():
        locked = _locked_running(round, now)
        if locked.opens_at <= now and opens_at != locked.opens_at:
            raise Refusal(
                _("The consultation opened on %(when)s; its opening time can no longer change.")
                % {"when": when(locked.opens_at)},
                field="opens_at",
            )
        if opens_at == locked.opens_at and closes_at == locked.closes_at:
            raise Refusal(_("These are the round's dates already; nothing was changed."), field="closes_at")
        old = (locked.opens_at, locked.closes_at)
        ConsultationRound.objects.filter(pk=locked.pk, closed_at__isnull=True).update(
            opens_at=opens_at, closes_at=closes_at
        )
        locked.opens_at, locked.closes_at = opens_at, closes_at
        return _log(locked, editor=editor, kind=RoundChange.Kind.REDATED, old=old, reason=reason)


def new_round_refusal(version):
    """Why no new round can be opened on ``version`` (which had one), or None."""
    latest = version.round_or_none
    if latest is None:
        return _("This version has had no consultation yet; open one from the draft.")
    if not latest.has_closed():
        return _("A consultation on this version is still running.")
    if Build.objects.filter(round__version=version).exclude(status=Build.Status.FAILED).exists():
        return _(
            "The next version was built from this version's consultation; open a new consultation on that version."
        )
    return None


def open_new_round(*, editor, version, opens_at, closes_at, countries=(), sectors=(), reason=""):
    """Open a further round on a version whose round has closed (the closed
    round stays closed, with its feedback and decisions)."""
    require(editor, "recommendations.open_round", version)
    reason = clean_reason(reason)
    if closes_at <= opens_at:
        raise Refusal(_("The round must close after it opens."), field="closes_at")
    if closes_at <= timezone.now():
        raise Refusal(_("The closing time is already past."), field="closes_at")
    with transaction.atomic():
        version = DocumentVersion.objects.select_for_update().select_related("document").get(pk=version.pk)
        latest = version.round_or_none
        if latest is not None and latest.closed_at is None and latest.has_closed():
            close_round(latest, actor=editor)
        refusal = new_round_refusal(version)
        if refusal:
            raise Conflict(refusal)
        round = ConsultationRound.objects.create(
            version=version, opens_at=opens_at, closes_at=closes_at, sectors=list(sectors), created_by=editor
        )
        round.countries.set(countries)
        DocumentVersion.objects.filter(pk=version.pk).update(status=DocumentVersion.Status.CONSULTATION)
        record(
            actor=editor,
            action="recommendations.open_new_round",
            target=round,
            reason=reason,
            country=version.document.country,
        )
    return round


def tell_participants_of_change(change_id):
    """E-mail every author of feedback in the round what changed (task
    ``recommendations.tell_round_participants``). Each e-mail has the outbox
    key ``recommendations-round-change-<change>-<author>``: a second run sends nothing new."""
    change = RoundChange.objects.select_related("round__version__document").filter(pk=change_id).first()
    if change is None:
        return 0
    round = change.round
    author_ids = round.feedback.values_list("author_id", flat=True).distinct()
    sent = 0
    for author in get_user_model().objects.filter(pk__in=author_ids, is_active=True).order_by("pk"):
        notify_user(
            author,
            "recommendations_round_changed",
            key=f"recommendations-round-change-{change.pk}-{author.pk}",
            path=round.version.get_absolute_url(),
            kind=change.kind,
            document=round.version.document.title,
            version=round.version.number,
            closes_at=change.new_closes_at.isoformat(),  # shown in the recipient's zone
            reason=change.reason,
        )
        sent += 1
    return sent
