""" "What you said, what we did": the consultation report of a round.

Plain data (dataclasses), rendered by the report page and by the exports
(PDF, DOCX, Markdown). Only visible feedback appears: items held for or
hidden by a moderator never do.
"""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext as _

from consult.cldr import country_name
from consult.models import Sector

from ..models import Build, ClauseChange, Feedback, NoChangeExplanation


@dataclass
class ReportItem:
    feedback_id: int
    author_id: int
    author_display: str  # display name as members see it on the site
    author_sector: str  # label
    author_country: str  # its name in the reader's language, or ""
    kind: str
    kind_label: str
    text: str
    proposed_text: str
    quoted_span: str
    decision: str
    decision_label: str
    reason: str
    endorsements: int
    # What was done, in words, once the next version is built ("" before):
    # carried out, not needed with the editor's explanation, not carried out, never decided.
    outcome: str = ""
    outcome_label: str = ""


@dataclass
class ReportClause:
    key: str
    number: str
    kind: str
    text: str  # text in the consulted version ("" if added later)
    change: str  # "unchanged"|"changed"|"added"|"removed"|"moved"|"" (no build yet)
    new_text: str | None  # text in the built version, None if removed or no build
    items: list[ReportItem]
    counts: dict[str, int]  # by kind


@dataclass
class ConsultationReport:
    round_id: int
    document_title: str
    version_number: int
    next_version_number: int | None
    clauses: list[ReportClause]
    document_items: list[ReportItem]  # whole-document feedback


FIELDS = (
    "pk",
    "clause_key",
    "author_id",
    "author__profile__display_name",
    "author__profile__status",
    "author_sector",
    "author_country__code",
    "kind",
    "text",
    "proposed_text",
    "quoted_span",
    "decision",
    "decision_reason",
    "endorsement_count",
)


def _public_name(display_name, status):
    """As Profile.public_name, from plain values (no model instances for 20,000 items)."""
    if status == "deleted" or not display_name:
        return str(_("former member"))
    return display_name


def _item(row, sectors, kinds, decisions):
    (
        pk,
        _key,
        author_id,
        display_name,
        status,
        sector,
        country,
        kind,
        text,
        proposed_text,
        quoted_span,
        decision,
        reason,
        endorsements,
    ) = row
    return ReportItem(
        feedback_id=pk,
        author_id=author_id,
        author_display=_public_name(display_name, status),
        author_sector=str(sectors.get(sector, sector or "")),
        author_country=country_name(country) if country else "",
        kind=kind,
        kind_label=str(kinds.get(kind, kind)),
        text=text,
        proposed_text=proposed_text,
        quoted_span=quoted_span,
        decision=decision,
        decision_label=str(decisions.get(decision, decision)),
        reason=reason,
        endorsements=endorsements,
    )


ACCEPTED_DECISIONS = (Feedback.Decision.ACCEPTED, Feedback.Decision.PARTLY_ACCEPTED)


def _set_outcome(item, change, explanation, number):
    """Say exactly what the build did about ``item``: an accepted item is never
    shown as accepted next to an unchanged clause without the editor's reason."""
    if item.decision == Feedback.Decision.UNDECIDED:
        item.outcome = "never_decided"
        item.outcome_label = _("Never decided: version %(number)s was built without a decision on this item.") % {
            "number": number
        }
        return
    if item.decision not in ACCEPTED_DECISIONS:
        return
    if change is not None and change.change == ClauseChange.Change.REMOVED:
        item.outcome = "changed"
        item.outcome_label = _("Carried out: the clause was removed in version %(number)s.") % {"number": number}
    elif change is not None and change.change in (ClauseChange.Change.CHANGED, ClauseChange.Change.ADDED):
        item.outcome = "changed"
        item.outcome_label = _("Carried out: the clause was changed in version %(number)s.") % {"number": number}
    elif explanation:
        item.outcome = "explained"
        item.outcome_label = _("No change to the text was needed: %(why)s") % {"why": explanation}
    else:
        item.outcome = "not_carried_out"
        item.outcome_label = _(
            "Accepted, but the text was not changed in version %(number)s and the editors recorded no reason."
        ) % {"number": number}


def consultation_report(round, *, only_author=None) -> ConsultationReport:
    """The report of ``round``: per clause of the consulted version (and
    clauses the build added), its visible feedback with each decision and
    public reason, counts by kind, and what the build did to the clause.

    ``only_author`` (a user): only that member's items, for "my feedback";
    the counts still cover everyone's visible feedback. Four queries
    whatever the number of clauses and items.
    """
    version = round.version
    # version_id too: the related manager reads it on every row it returns.
    clauses = list(version.clauses.in_order().only("version_id", "key", "number", "kind", "text"))
    build = Build.objects.filter(round=round, status=Build.Status.DONE).select_related("result_version").first()
    changes = {}
    if build is not None:
        rows = ClauseChange.objects.filter(build=build).select_related("new_clause").order_by("pk")
        changes = {str(row.clause_key): row for row in rows}
    sectors, kinds, decisions = dict(Sector.choices), dict(Feedback.Kind.choices), dict(Feedback.Decision.choices)
    items_by_key, counts_by_key, document_items = {}, {}, []
    sectors = {value: str(label) for value, label in sectors.items()}
    kinds = {value: str(label) for value, label in kinds.items()}
    decisions = {value: str(label) for value, label in decisions.items()}
    feedback = Feedback.objects.filter(round=round).for_report().order_by("pk").values_list(*FIELDS)
    for item in feedback:
        key = str(item[1]) if item[1] else None
        counts_by_key.setdefault(key, Counter())[item[7]] += 1
        if only_author is not None and item[2] != only_author.pk:
            continue
        row = _item(item, sectors, kinds, decisions)
        if key is None:
            document_items.append(row)
        else:
            items_by_key.setdefault(key, []).append(row)
    report_clauses = []

    def add(key, number, kind, text):
        change = changes.get(key)
        new_text = None
        if change is not None and change.new_clause_id:
            new_text = change.new_clause.text
        report_clauses.append(
            ReportClause(
                key=key,
                number=number,
                kind=kind,
                text=text,
                change=change.change if change is not None else "",
                new_text=new_text,
                items=items_by_key.get(key, []),
                counts=dict(sorted(counts_by_key.get(key, Counter()).items())),
            )
        )

    if build is not None:
        explanations = dict(NoChangeExplanation.objects.filter(round=round).values_list("feedback_id", "text"))
        number = build.result_version.number
        for key, items in [(None, document_items), *items_by_key.items()]:
            for item in items:
                _set_outcome(item, changes.get(key) if key else None, explanations.get(item.feedback_id), number)
    for clause in clauses:
        add(str(clause.key), clause.number, clause.kind, clause.text)
    for key, change in changes.items():
        if change.change == ClauseChange.Change.ADDED:
            new = change.new_clause
            add(key, new.number, new.kind, "")
    return ConsultationReport(
        round_id=round.pk,
        document_title=version.document.title,
        version_number=version.number,
        next_version_number=build.result_version.number if build is not None else None,
        clauses=report_clauses,
        document_items=document_items,
    )
