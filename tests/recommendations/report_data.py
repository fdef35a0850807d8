"""ConsultationReport objects built by hand (recommendations.merging.report's
dataclasses), so the report exports are tested on exactly chosen data."""

from recommendations.merging.report import ConsultationReport, ReportClause, ReportItem


def item_of(feedback, *, decision="accepted", decision_label="accepted", reason=""):
    """A report item for a Feedback row, named as reporting would name it (display name)."""
    profile = feedback.author.profile
    return ReportItem(
        feedback_id=feedback.pk,
        author_id=feedback.author_id,
        author_display=profile.display_name,
        author_sector=profile.get_sector_display(),
        author_country=feedback.author_country.name if feedback.author_country_id else "",
        kind=feedback.kind,
        kind_label=feedback.get_kind_display(),
        text=feedback.text,
        proposed_text=feedback.proposed_text,
        quoted_span=feedback.quoted_span,
        decision=decision,
        decision_label=decision_label,
        reason=reason,
        endorsements=feedback.endorsement_count,
    )


def report_of(round, feedback_by_clause, document_feedback=()):
    """A report of ``round``: every clause of its version, with the items given per clause pk."""
    version = round.version
    clauses = []
    for clause in version.clauses.in_order():
        items = [item_of(f) for f in feedback_by_clause.get(clause.pk, [])]
        counts = {}
        for item in items:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        clauses.append(
            ReportClause(
                key=str(clause.key), number=clause.number, kind=clause.kind, text=clause.text,
                change="changed" if items else "unchanged", new_text=clause.text + " (revised)" if items else None,
                items=items, counts=counts,
            )
        )  # fmt: skip
    return ConsultationReport(
        round_id=round.pk,
        document_title=version.document.title,
        version_number=version.number,
        next_version_number=version.number + 1,
        clauses=clauses,
        document_items=[item_of(f) for f in document_feedback],
    )
