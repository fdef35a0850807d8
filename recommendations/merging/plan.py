"""The merge plan: what every clause of a closed round's version becomes in
the next one, and which clauses are in conflict.

The plan is computed, never stored: the base version is frozen, and the
decisions and resolutions are rows, so the workbench, the build and the
tests all read the same ``merge_plan(round)``.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import Clause, ClauseResolution, ConsultationRound, Feedback
from .diffing import redline_markdown, word_diff

ACCEPTED = (Feedback.Decision.ACCEPTED, Feedback.Decision.PARTLY_ACCEPTED)


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
            return redline_markdown(word_diff(self.base_text, ""))
        return redline_markdown(word_diff(self.base_text, self.result_text))


@dataclass
class MergePlan:
    round: ConsultationRound
    clauses: list  # ClausePlan in base order, added clauses after their anchor

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
            return ngettext(
                "The part amendment #%(pk)s replaces appears %(n)s time in the clause.",
                "The part amendment #%(pk)s replaces appears %(n)s times in the clause.",
                found,
            ) % {
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
        plan = ClausePlan(
            key=key, number=clause.number, kind=clause.kind, level=clause.level, base_text=clause.text, clause=clause
        )
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
    return MergePlan(round=round, clauses=plans)


def _find_conflicts(plan):
    if len(plan.amendments) > 1:
        plan.conflicts.append(
            ngettext(
                "%(n)s amendment was accepted on this clause: choose one, combine them or write new text.",
                "%(n)s amendments were accepted on this clause: choose one, combine them or write new text.",
                len(plan.amendments),
            )
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
