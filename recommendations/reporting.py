""" "What you said, what we did": the consultation report of a round.

Plain data (dataclasses), rendered by the report page and by the exports
(PDF, DOCX, Markdown). Only visible feedback appears: items held for or
hidden by a moderator never do.
"""

from collections import Counter
from dataclasses import dataclass

from consult.models import Sector

from .models import Build, ClauseChange, Feedback


@dataclass
class ReportItem:
    feedback_id: int
    author_id: int
    author_display: str  # display name as members see it on the site
    author_sector: str  # label
    author_country: str  # name or ""
    kind: str
    kind_label: str
    text: str
    proposed_text: str
    quoted_span: str
    decision: str
    decision_label: str
    reason: str
    endorsements: int


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


def _item(feedback, sectors, kinds, decisions):
    profile = getattr(feedback.author, "profile", None)
    return ReportItem(
        feedback_id=feedback.pk,
        author_id=feedback.author_id,
        author_display=profile.public_name if profile is not None else "",
        author_sector=str(sectors.get(feedback.author_sector, feedback.author_sector or "")),
        author_country=feedback.author_country.name if feedback.author_country_id else "",
        kind=feedback.kind,
        kind_label=str(kinds.get(feedback.kind, feedback.kind)),
        text=feedback.text,
        proposed_text=feedback.proposed_text,
        quoted_span=feedback.quoted_span,
        decision=feedback.decision,
        decision_label=str(decisions.get(feedback.decision, feedback.decision)),
        reason=feedback.decision_reason,
        endorsements=feedback.endorsement_count,
    )


def consultation_report(round, *, only_author=None) -> ConsultationReport:
    """The report of ``round``: per clause of the consulted version (and
    clauses the build added), its visible feedback with each decision and
    public reason, counts by kind, and what the build did to the clause.

    ``only_author`` (a user): only that member's items, for "my feedback";
    the counts still cover everyone's visible feedback. Five queries
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
    feedback = (
        Feedback.objects.filter(round=round)
        .visible()
        .select_related("author__profile", "author_country")
        .order_by("pk")
    )
    for item in feedback:
        key = str(item.clause_key) if item.clause_key else None
        counts_by_key.setdefault(key, Counter())[item.kind] += 1
        if only_author is not None and item.author_id != only_author.pk:
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
