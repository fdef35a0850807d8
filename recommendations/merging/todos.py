"""Accepted feedback as the editor's to-do list on the workbench.

Every accepted item (amendment, comment, question, whatever its kind) stays
a to-do until its clause changes in the next version (new text or removal)
or the editor records why no change to the text is needed. The build waits
for the list to be empty, or for the editor's explicit confirmation; the
report then says for each item what was done.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.refusals import Refusal, require

from ..models import ConsultationRound, Feedback, NoChangeExplanation
from .plan import ACCEPTED
from .workbench import check_round_mergeable

EXPLANATION_MAX_LENGTH = 2000

CHANGED = "changed"  # the clause's text changes (or it is removed) in the next version
EXPLAINED = "explained"  # no change to the text, and the editor said why
OPEN = "open"  # neither yet: a to-do


@dataclass
class Todo:
    item: Feedback
    state: str
    explanation: str = ""


def accepted_items(round):
    """The round's visible feedback accepted in whole or in part, every kind,
    on a clause or on the whole document, with their explanations (one query)."""
    return (
        Feedback.objects.filter(round=round, decision__in=ACCEPTED)
        .visible()
        .select_related("clause", "no_change_explanation")
        .order_by("pk")
    )


def _explanation(item):
    try:
        return item.no_change_explanation.text
    except NoChangeExplanation.DoesNotExist:
        return ""


def todos(round, plan):
    """One Todo per accepted item, in clause order (``plan``: merge_plan(round))."""
    by_key = plan.by_key()
    sourced = {
        pk
        for clause_plan in plan.clauses
        for pk in clause_plan.sources
        if clause_plan.result_text != clause_plan.base_text or clause_plan.removed
    }
    order = {key: i for i, key in enumerate(by_key)}
    result = []
    for item in accepted_items(round):
        clause_plan = by_key.get(str(item.clause_key)) if item.clause_key else None
        changed = item.pk in sourced or (clause_plan is not None and (clause_plan.removed or clause_plan.changes_text))
        explanation = _explanation(item)
        state = CHANGED if changed else (EXPLAINED if explanation else OPEN)
        result.append(Todo(item=item, state=state, explanation=explanation))
    result.sort(key=lambda todo: (order.get(str(todo.item.clause_key), -1), todo.item.pk))
    return result


def open_todos(round, plan):
    return [todo for todo in todos(round, plan) if todo.state == OPEN]


def explain_no_change(*, editor, round, feedback, text):
    """Record why accepted ``feedback`` needs no change to the text (replaces
    an earlier explanation). Refused once the next version is built."""
    require(editor, "recommendations.merge_round", round)
    text = (text or "").strip()
    if not text:
        raise Refusal(_("Say why this accepted item needs no change to the text."), field="explanation")
    if len(text) > EXPLANATION_MAX_LENGTH:
        raise Refusal(
            _("The explanation can be at most %(n)s characters long.") % {"n": EXPLANATION_MAX_LENGTH},
            field="explanation",
        )
    feedback = Feedback.objects.filter(pk=feedback.pk).first() or feedback
    if feedback.round_id != round.pk or feedback.decision not in ACCEPTED:
        raise Refusal(_("Only accepted feedback of this consultation needs an explanation."), field="explanation")
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        explanation, _created = NoChangeExplanation.objects.update_or_create(
            feedback=feedback, defaults={"round": round, "text": text, "editor": editor, "created_at": timezone.now()}
        )
        record(
            actor=editor,
            action="recommendations.explain_no_change",
            target=feedback,
            reason=text,
            country=round.version.document.country,
        )
    return explanation


def withdraw_explanation(*, editor, round, feedback):
    """Forget the explanation: the item is a to-do again."""
    require(editor, "recommendations.merge_round", round)
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().get(pk=round.pk)
        check_round_mergeable(round)
        deleted, _rows = NoChangeExplanation.objects.filter(feedback=feedback, round=round).delete()
    return bool(deleted)
