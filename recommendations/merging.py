"""Merging a closed round's decisions into the next version: the digest of a
round, the merge plan (what every clause becomes, and which clauses are in
conflict), and the editors' resolutions.

The plan is computed, never stored: the base version is frozen, and the
decisions and resolutions are rows, so the workbench, the build and the
tests all read the same ``merge_plan(round)``.
"""

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consult import discussions
from consult.audit import record

from .diffing import redline_html, word_diff
from .models import Build, Clause, ClauseResolution, ConsultationRound, Feedback, RoundDigest
from .services import NotAllowed, RecommendationError

ACCEPTED = (Feedback.Decision.ACCEPTED, Feedback.Decision.PARTLY_ACCEPTED)


class RoundStillOpen(RecommendationError):
    status = 409


class AlreadyBuilt(RecommendationError):
    status = 409


# --- the merge plan -------------------------------------------------------------------


@dataclass
class ClausePlan:
    """What one clause of the base version (or an added clause) becomes."""

    key: str
    number: str
    kind: str
    level: int
    base_text: str  # "" for an added clause
    clause: Clause | None = None
    amendments: list = field(default_factory=list)  # accepted / partly accepted amendments (Feedback)
    accepted_other: list = field(default_factory=list)  # other accepted feedback on the clause
    resolution: ClauseResolution | None = None
    conflicts: list = field(default_factory=list)  # messages, empty when none
    result_text: str | None = None  # None: removed (or unresolved conflict)
    sources: list = field(default_factory=list)  # feedback ids behind the result
    added: bool = False
    removed: bool = False
    moved: bool = False
    after_key: str | None = None
    auto_applied: Feedback | None = None

    @property
    def in_conflict(self):
        return bool(self.conflicts)

    @property
    def blocking(self):
        """A conflict nobody has resolved yet: the build waits for it."""
        return self.in_conflict and self.resolution is None

    @property
    def changes_text(self):
        return self.result_text is not None and self.result_text != self.base_text

    @property
    def preview(self):
        """The word-level redline from the base text to the result."""
        if self.result_text is None:
            return redline_html(word_diff(self.base_text, ""))
        return redline_html(word_diff(self.base_text, self.result_text))


@dataclass
class MergePlan:
    round: ConsultationRound
    clauses: list  # ClausePlan in base order, added clauses after their anchor
    resolution_count: int = 0

    @property
    def blocking(self):
        return [plan for plan in self.clauses if plan.blocking]

    def by_key(self):
        return {plan.key: plan for plan in self.clauses}

    def result_order(self):
        """The plans of the new version's clauses, in their new order."""
        order = [plan.key for plan in self.clauses if not plan.added and not plan.moved]
        pending = [plan for plan in self.clauses if plan.added or plan.moved]
        pending.sort(key=lambda plan: (plan.resolution.resolved_at, plan.resolution.pk))
        while pending:
            placed = []
            for plan in pending:
                if plan.after_key is None:
                    order.insert(0, plan.key)
                elif plan.after_key in order:
                    order.insert(order.index(plan.after_key) + 1, plan.key)
                else:
                    continue
                placed.append(plan)
            if not placed:  # anchors that no longer exist: at the end, in order
                order.extend(plan.key for plan in pending)
                break
            pending = [plan for plan in pending if plan not in placed]
        plans = self.by_key()
        return [plans[key] for key in order if plans[key].result_text is not None and not plans[key].removed]


def apply_amendment(text, amendment):
    """The clause text with the amendment applied: a quoted span is replaced
    once, in place; without a span the amendment is the whole new text."""
    if amendment.quoted_span:
        return text.replace(amendment.quoted_span, amendment.proposed_text, 1)
    return amendment.proposed_text


def amendment_problem(amendment, base_text):
    """Why ``amendment`` cannot be applied to ``base_text`` as it is ("" if it can)."""
    written_against = amendment.clause.text if amendment.clause_id else base_text
    if written_against != base_text:
        return _("Amendment #%(pk)s was written against a text that has since changed.") % {"pk": amendment.pk}
    if amendment.quoted_span:
        found = base_text.count(amendment.quoted_span)
        if found == 0:
            return _("The part amendment #%(pk)s replaces is no longer in the clause.") % {"pk": amendment.pk}
        if found > 1:
            return _("The part amendment #%(pk)s replaces appears %(n)s times in the clause.") % {
                "pk": amendment.pk,
                "n": found,
            }
    return ""


def accepted_feedback(round):
    """The round's visible feedback accepted in whole or part, in clause
    order then endorsements (one query)."""
    return (
        Feedback.objects.filter(round=round, decision__in=ACCEPTED, clause__isnull=False)
        .visible()
        .select_related("clause")
        .order_by("-endorsement_count", "pk")
    )


def merge_plan(round):
    """What every clause of ``round``'s version becomes in the next one
    (four queries, whatever the number of clauses)."""
    base = list(round.version.clauses.in_order())
    accepted = defaultdict(list)
    for item in accepted_feedback(round):
        accepted[str(item.clause_key)].append(item)
    resolutions = {
        str(r.clause_key): r
        for r in ClauseResolution.objects.filter(round=round).prefetch_related("chosen_amendments").order_by("pk")
    }
    plans = []
    for clause in base:
        key = str(clause.key)
        plan = ClausePlan(key=key, number=clause.number, kind=clause.kind, level=clause.level, base_text=clause.text,
                          clause=clause)  # fmt: skip
        for item in accepted.get(key, []):
            (plan.amendments if item.kind == Feedback.Kind.AMENDMENT else plan.accepted_other).append(item)
        _find_conflicts(plan)
        _apply(plan, resolutions.pop(key, None))
        plans.append(plan)
    for key, resolution in resolutions.items():
        if resolution.action != ClauseResolution.Action.ADD:
            continue  # a resolution of a clause the base no longer has
        plan = ClausePlan(key=key, number="", kind=resolution.kind, level=resolution.level, base_text="", added=True)
        _apply(plan, resolution)
        plans.append(plan)
    return MergePlan(round=round, clauses=plans, resolution_count=len(plans))


def _find_conflicts(plan):
    if len(plan.amendments) > 1:
        plan.conflicts.append(
            _("%(n)s amendments were accepted on this clause: choose one, combine them or write new text.")
            % {"n": len(plan.amendments)}
        )
    for amendment in plan.amendments:
        if amendment.decision == Feedback.Decision.PARTLY_ACCEPTED:
            plan.conflicts.append(
                _("Amendment #%(pk)s was accepted in part: write the text the clause should have.")
                % {"pk": amendment.pk}
            )
        problem = amendment_problem(amendment, plan.base_text)
        if problem:
            plan.conflicts.append(problem)


def _apply(plan, resolution):
    plan.resolution = resolution
    if resolution is not None:
        plan.sources = sorted(item.pk for item in resolution.chosen_amendments.all())
        plan.moved = resolution.moved
        plan.after_key = str(resolution.after_key) if resolution.after_key else None
        if resolution.action == ClauseResolution.Action.REMOVE:
            plan.removed = True
            plan.result_text = None
        else:
            plan.result_text = resolution.resolved_text
            if plan.added:
                plan.after_key = str(resolution.after_key) if resolution.after_key else None
        return
    if plan.in_conflict:
        plan.result_text = plan.base_text  # until resolved; the build refuses
        return
    if len(plan.amendments) == 1:
        amendment = plan.amendments[0]
        plan.result_text = apply_amendment(plan.base_text, amendment)
        plan.sources = [amendment.pk]
        plan.auto_applied = amendment
    else:
        plan.result_text = plan.base_text


# --- resolutions ------------------------------------------------------------------------


def check_round_mergeable(round):
    """The round is over and its next version not built yet."""
    if not round.has_closed():
        raise RoundStillOpen(
            _("This consultation is still open (it closes on %(when)s); merge and build once it has closed.")
            % {"when": round.closes_at.strftime("%d %B %Y %H:%M")}
        )
    build = Build.objects.filter(round=round).first()
    if build is not None and build.status != Build.Status.FAILED:
        raise AlreadyBuilt(_("The next version is already being built or was built; resolutions can no longer change."))


def _require(user, round):
    if not user.has_perm("recommendations.merge_round", round):
        raise NotAllowed(_("You are not allowed to do this."))


def _clean_text(text):
    text = (text or "").strip()
    if not text:
        raise RecommendationError(_("Write the text the clause should have."), field="resolved_text")
    if len(text) > Clause.MAX_LENGTH:
        raise RecommendationError(
            _("A clause can be at most %(n)s characters long.") % {"n": Clause.MAX_LENGTH}, field="resolved_text"
        )
    return text


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
        raise RecommendationError(_("Choose only accepted feedback on this clause."), field="chosen_amendments")
    return items


def resolve_clause(*, editor, round, clause_key, text, chosen_ids=(), remove=False):
    """Say what a clause of the base version becomes: new text (choosing one
    amendment, combining several or writing new text) or removal. Replaces
    an earlier resolution of the same clause."""
    _require(editor, round)
    clause = round.version.clauses.filter(key=clause_key).first()
    if clause is None:
        added = ClauseResolution.objects.filter(round=round, clause_key=clause_key, action="add").first()
        if added is None:
            raise RecommendationError(_("That clause is not in this version."))
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
        record(actor=editor, action="recommendations.resolve_clause", target=round,
               country=round.version.document.country)  # fmt: skip
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
    _require(editor, round)
    plan = merge_plan(round).by_key()
    key, after = str(clause_key), (str(after_key) if after_key else None)
    if key not in plan or plan[key].added:
        raise RecommendationError(_("That clause is not in this version."))
    if after is not None and (after not in plan or after == key):
        raise RecommendationError(_("Choose another clause to place it after."), field="after")
    if plan[key].blocking:
        raise RecommendationError(_("Resolve the conflict on this clause before moving it."))
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
    import uuid

    _require(editor, round)
    text = _clean_text(text)
    if kind not in Clause.Kind.values:
        raise RecommendationError(_("Choose heading or paragraph."), field="kind")
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
    _require(editor, round)
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        deleted, _rows = ClauseResolution.objects.filter(round=round, clause_key=clause_key).delete()
    return bool(deleted)


# --- the digest ---------------------------------------------------------------------------


def digest_snapshot(round):
    """The digest of a round as plain JSON-able data, in a fixed order and
    without the time it was made, so the same data gives the same snapshot.

    Per clause (and for the whole document): visible feedback counted by
    kind, sector and country; amendments ranked by endorsements; the items
    not decided yet; the published forum threads about the clause (in any
    version of the document) with their activity. Five queries.
    """
    version = round.version
    clauses = list(version.clauses.in_order().values("key", "number", "kind", "text"))
    sections = {str(c["key"]): _digest_section(c) for c in clauses}
    document_section = _digest_section({"key": None, "number": "", "kind": "document", "text": ""})
    items = (
        Feedback.objects.filter(round=round)
        .visible()
        .values_list("pk", "clause_key", "kind", "author_sector", "author_country__code", "author_id",
                     "decision", "endorsement_count", "proposed_text", "quoted_span")
        .order_by("pk")
    )  # fmt: skip
    totals, authors = Counter(), set()
    for pk, key, kind, sector, country, author, decision, endorsements, proposed, span in items:
        section = sections.get(str(key)) if key else document_section
        if section is None:
            continue
        section["total"] += 1
        section["by_kind"][kind] = section["by_kind"].get(kind, 0) + 1
        section["by_sector"][sector or "-"] = section["by_sector"].get(sector or "-", 0) + 1
        section["by_country"][country or "-"] = section["by_country"].get(country or "-", 0) + 1
        if kind == Feedback.Kind.AMENDMENT:
            section["amendments"].append({"id": pk, "endorsements": endorsements, "decision": decision,
                                          "proposed_text": proposed, "quoted_span": span,
                                          "sector": sector, "country": country or ""})  # fmt: skip
        if decision == Feedback.Decision.UNDECIDED:
            section["undecided"].append(pk)
        totals["feedback"] += 1
        totals["undecided"] += decision == Feedback.Decision.UNDECIDED
        authors.add(author)
    for thread in discussions.discussions_of(document_id=version.document_id, clause_keys=list(sections)):
        sections[thread.clause_key]["threads"].append({"id": thread.id, "forum_id": thread.forum_id,
                                                       "title": thread.title, "posts": thread.posts,
                                                       "last_activity": thread.last_activity.isoformat()})  # fmt: skip
    for section in [*sections.values(), document_section]:
        section["amendments"].sort(key=lambda a: (-a["endorsements"], a["id"]))
    return {
        "round": round.pk,
        "version": version.pk,
        "totals": {"feedback": totals["feedback"], "undecided": totals["undecided"], "participants": len(authors)},
        "document": document_section,
        "clauses": [sections[str(c["key"])] for c in clauses],
    }


def _digest_section(clause):
    return {
        "key": str(clause["key"]) if clause["key"] else None,
        "number": clause["number"],
        "kind": clause["kind"],
        "excerpt": clause["text"][:160],
        "total": 0,
        "by_kind": {},
        "by_sector": {},
        "by_country": {},
        "amendments": [],
        "undecided": [],
        "threads": [],
    }


def snapshot_hash(snapshot):
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def refresh_digest(round):
    """Compute the round's digest and store it (one row per round). Running
    it again on the same data stores the same snapshot and hash."""
    snapshot = digest_snapshot(round)
    digest, _created = RoundDigest.objects.update_or_create(
        round=round,
        defaults={"snapshot": snapshot, "content_hash": snapshot_hash(snapshot), "generated_at": timezone.now()},
    )
    return digest


def request_digest(*, editor, round):
    """An editor asks for a fresh digest; a worker makes it."""
    import uuid

    from .tasks import build_digest

    _require(editor, round)
    with transaction.atomic():
        return build_digest.schedule(key=f"recommendations-digest-{round.pk}-{uuid.uuid4()}", round_id=round.pk)


def visible_thread_ids(user, snapshot):
    """The ids of the snapshot's threads that ``user`` may read in the forums (one query)."""
    ids = [t["id"] for section in [snapshot.get("document", {}), *snapshot.get("clauses", [])]
           for t in section.get("threads", [])]  # fmt: skip
    return discussions.readable_by(user, ids)
