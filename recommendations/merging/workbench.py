"""The merge workbench: the editors' resolutions of a closed round's clauses
(new text, removal, a move, an added clause) before the next version is built.

Every write checks ``recommendations.merge_round``, locks the round and
refuses once the next version is being built or was built.
"""

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.refusals import Conflict, Refusal, require

from ..dates import when
from ..drafting.services import clean_clause_text
from ..models import Build, Clause, ClauseResolution, ConsultationRound, Feedback
from .plan import ACCEPTED, merge_plan


class RoundStillOpen(Conflict):
    """The round takes feedback until it closes: nothing can be merged yet."""


class AlreadyBuilt(Conflict):
    """The next version is being built or was built: resolutions are final."""


def check_round_mergeable(round):
    """The round is over and its next version not built yet."""
    if not round.has_closed():
        raise RoundStillOpen(
            _("This consultation is still open (it closes on %(when)s); merge and build once it has closed.")
            % {"when": when(round.closes_at)}
        )
    build = Build.objects.filter(round=round).first()
    if build is not None and build.status != Build.Status.FAILED:
        raise AlreadyBuilt(_("The next version is already being built or was built; resolutions can no longer change."))


def _clean_text(text, field="resolved_text"):
    """The resolved text, stripped; refused when empty, too long, or holding a
    character no database can store (forms catch it too; the API and other
    callers do not go through a form)."""
    if not (text or "").strip():
        raise Refusal(_("Write the text the clause should have."), field=field)
    return clean_clause_text(text, field=field)


def _chosen(round, clause_key, chosen_ids):
    """The accepted feedback items (of this clause, or the whole document) an editor named."""
    chosen_ids = {int(pk) for pk in chosen_ids or ()}
    if not chosen_ids:
        return []
    items = list(
        Feedback.objects.filter(round=round, pk__in=chosen_ids, decision__in=ACCEPTED)
        .visible()
        .filter(**({"clause_key": clause_key} if clause_key else {}))
    )
    if len(items) != len(chosen_ids):
        raise Refusal(_("Choose only accepted feedback on this clause."), field="chosen_amendments")
    return items


def resolve_clause(*, editor, round, clause_key, text, chosen_ids=(), remove=False):
    """Say what a clause of the base version becomes: new text (choosing one
    amendment, combining several or writing new text) or removal. Replaces
    an earlier resolution of the same clause."""
    require(editor, "recommendations.merge_round", round)
    clause = round.version.clauses.filter(key=clause_key).first()
    if clause is None:
        added = ClauseResolution.objects.filter(round=round, clause_key=clause_key, action="add").first()
        if added is None:
            raise Refusal(_("That clause is not in this version."))
        return _edit_added_clause(editor, round, added, text, chosen_ids, remove)
    text = "" if remove else _clean_text(text)
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        chosen = _chosen(round, clause.key, chosen_ids)
        existing = ClauseResolution.objects.filter(round=round, clause_key=clause.key).first()
        resolution, _created = ClauseResolution.objects.update_or_create(
            round=round,
            clause_key=clause.key,
            defaults={
                "action": ClauseResolution.Action.REMOVE if remove else ClauseResolution.Action.TEXT,
                "resolved_text": text,
                "resolved_by": editor,
                "resolved_at": timezone.now(),
                "moved": existing.moved if existing else False,
                "after_key": existing.after_key if existing else None,
            },
        )
        resolution.chosen_amendments.set(chosen)
        record(
            actor=editor, action="recommendations.resolve_clause", target=round, country=round.version.document.country
        )
    return resolution


def _edit_added_clause(editor, round, resolution, text, chosen_ids, remove):
    """A clause added in this merge: new text, or removal (it is forgotten)."""
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        if remove:
            resolution.delete()
            return None
        resolution.resolved_text = _clean_text(text)
        resolution.resolved_by, resolution.resolved_at = editor, timezone.now()
        resolution.save()
        resolution.chosen_amendments.set(_chosen(round, None, chosen_ids))
    return resolution


def move_clause_in_merge(*, editor, round, clause_key, after_key):
    """Place a base clause after another (``after_key`` None: at the start)
    in the next version; its text is what the plan gives it now."""
    require(editor, "recommendations.merge_round", round)
    plan = merge_plan(round).by_key()
    key, after = str(clause_key), (str(after_key) if after_key else None)
    if key not in plan or plan[key].added:
        raise Refusal(_("That clause is not in this version."))
    if after is not None and (after not in plan or after == key):
        raise Refusal(_("Choose another clause to place it after."), field="after")
    if plan[key].blocking:
        raise Refusal(_("Resolve the conflict on this clause before moving it."))
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        current = plan[key]
        resolution, created = ClauseResolution.objects.get_or_create(
            round=round,
            clause_key=key,
            defaults={"resolved_text": current.result_text or current.base_text, "resolved_by": editor},
        )
        if created:
            resolution.chosen_amendments.set(current.sources)
        resolution.moved = True
        resolution.after_key = after
        resolution.resolved_by = editor
        resolution.resolved_at = timezone.now()
        resolution.save()
    return resolution


def add_clause_in_merge(*, editor, round, after_key, text, kind="paragraph", level=1, chosen_ids=()):
    """A new clause (new key) in the next version, after ``after_key``."""
    require(editor, "recommendations.merge_round", round)
    text = _clean_text(text, field="text")
    if kind not in Clause.Kind.values:
        raise Refusal(_("Choose heading or paragraph."), field="kind")
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        chosen = _chosen(round, None, chosen_ids)
        resolution = ClauseResolution.objects.create(
            round=round,
            clause_key=uuid.uuid4(),
            action=ClauseResolution.Action.ADD,
            resolved_text=text,
            kind=kind,
            level=max(1, min(int(level or 1), 6)),
            after_key=after_key or None,
            resolved_by=editor,
        )
        resolution.chosen_amendments.set(chosen)
    return resolution


def reset_resolution(*, editor, round, clause_key):
    """Forget the resolution of a clause (an added clause disappears)."""
    require(editor, "recommendations.merge_round", round)
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        deleted, _rows = ClauseResolution.objects.filter(round=round, clause_key=clause_key).delete()
    return bool(deleted)
