"""Read API of recommendation documents, and feedback for signed-in members.

Mounted on the public API (/api/recommendations/...) by config/urls.py, so
consult never imports this app. Bad input gets a 4xx with a JSON ``detail``:
a service's refusal propagates to the API's one handler (consult/api.py),
which answers with the refusal's status and message.
"""

from datetime import datetime
from uuid import UUID

from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status
from ninja.security import django_auth

from consult.api import ErrorOut
from consult.refusals import Conflict, Refusal

from .consultation.services import give_feedback
from .drafting.variants.api import router as variants_router
from .merging.diffing import diff_versions, summary
from .merging.report import consultation_report
from .models import Clause, ConsultationRound, DocumentVersion, Feedback, RecommendationDocument

router = Router(tags=["recommendations"])


class VersionSummaryOut(Schema):
    id: int
    number: int
    status: str


class DocumentOut(Schema):
    id: int
    title: str
    summary: str
    country: str | None = Field(None, description="ISO code; null for EU-wide documents")
    versions: list[VersionSummaryOut]


class ClauseOut(Schema):
    key: UUID = Field(..., description="Stable across versions")
    number: str
    kind: str
    level: int
    text: str = Field(..., description="Markdown")


class RoundOut(Schema):
    id: int
    opens_at: datetime
    closes_at: datetime
    state: str


class VersionOut(Schema):
    id: int
    document_id: int
    number: int
    status: str
    round: RoundOut | None
    clauses: list[ClauseOut]


class FeedbackOut(Schema):
    id: int
    clause_key: UUID | None
    kind: str
    text: str
    quoted_span: str
    proposed_text: str
    author_sector: str
    author_country: str | None
    endorsements: int
    decision: str
    decision_reason: str
    duplicate_of: int | None
    created_at: datetime


class FeedbackIn(Schema):
    clause_key: UUID | None = Field(None, description="The clause; null for the whole document")
    kind: str = Field(..., description="comment, amendment, support, concern or question")
    text: str = ""
    proposed_text: str = ""
    quoted_span: str = ""


class FeedbackCreatedOut(Schema):
    id: int
    held_for_moderation: bool
    findings: list[str] = Field(..., description="What the personal-data guard found (kinds), if anything")


class WordOpOut(Schema):
    op: str = Field(..., description="equal, delete or insert")
    text: str


class ClauseChangeOut(Schema):
    key: UUID = Field(..., description="The clause's stable key")
    change: str = Field(..., description="unchanged, changed, moved, added or removed")
    moved: bool = Field(..., description="Its place among the kept clauses changed (also when changed)")
    kind: str
    old_number: str | None = Field(None, description="Null for an added clause")
    new_number: str | None = Field(None, description="Null for a removed clause")
    old_text: str | None = None
    new_text: str | None = None
    words: list[WordOpOut] = Field(..., description="Word-level changes of a changed text; empty otherwise")


class DiffSummaryOut(Schema):
    unchanged: int
    changed: int
    moved: int = Field(..., description="Moved and otherwise unchanged")
    moved_total: int = Field(..., description="Moved, changed or not")
    added: int
    removed: int


class DiffOut(Schema):
    document_id: int
    from_version: VersionSummaryOut
    to_version: VersionSummaryOut
    summary: DiffSummaryOut
    clauses: list[ClauseChangeOut] = Field(..., description="In reading order of the newer version")


class ReportItemOut(Schema):
    id: int
    kind: str = Field(..., description="comment, amendment, support, concern or question")
    text: str
    proposed_text: str
    quoted_span: str
    author_sector: str = Field(..., description="The author's sector, as a label in the request's language")
    author_country: str = Field(..., description="The author's country, by name; empty if none")
    endorsements: int
    decision: str = Field(..., description="The editors' decision; empty while undecided")
    decision_reason: str = Field(..., description="The reason the editors gave, shown to everyone")


class ReportClauseOut(Schema):
    key: UUID = Field(..., description="The clause's stable key")
    number: str
    kind: str
    text: str = Field(..., description="The text consulted on; empty for a clause the next version added")
    change: str = Field(
        ..., description="What the next version did: unchanged, changed, moved, added, removed; empty until built"
    )
    new_text: str | None = Field(None, description="The text in the next version; null if removed or not built yet")
    counts: dict[str, int] = Field(..., description="Visible feedback on the clause by kind (everyone's)")
    items: list[ReportItemOut]


class ReportOut(Schema):
    round_id: int
    document_title: str
    version_number: int
    next_version_number: int | None = Field(None, description="Null until the next version is built")
    clauses: list[ReportClauseOut]
    document_items: list[ReportItemOut] = Field(..., description="Feedback on the whole document")


def _readable_versions(user, document):
    return [v for v in document.versions.all() if v.is_public or user.has_perm("recommendations.view_version", v)]


@router.get("/documents", response=list[DocumentOut], summary="Recommendation documents")
def list_documents(request):
    rows = []
    for document in RecommendationDocument.objects.for_index():
        versions = _readable_versions(request.user, document)
        if versions:
            rows.append(_document_out(document, versions))
    return rows


def _document_out(document, versions):
    return {
        "id": document.pk,
        "title": document.title,
        "summary": document.summary,
        "country": document.country.code if document.country_id else None,
        "versions": [{"id": v.pk, "number": v.number, "status": v.status} for v in versions],
    }


@router.get("/documents/{document_id}", response={200: DocumentOut, 404: ErrorOut}, summary="One document")
def get_document(request, document_id: int):
    document = get_object_or_404(RecommendationDocument.objects.for_index(), pk=document_id)
    versions = _readable_versions(request.user, document)
    if not versions:
        raise HttpError(404, "Not found.")
    return _document_out(document, versions)


def _readable_version(request, version_id):
    version = DocumentVersion.objects.select_related("document").filter(pk=version_id).first()
    if version is None or not request.user.has_perm("recommendations.view_version", version):
        raise HttpError(404, "Not found.")
    return version


@router.get("/versions/{version_id}", response={200: VersionOut, 404: ErrorOut}, summary="A version and its clauses")
def get_version(request, version_id: int):
    version = _readable_version(request, version_id)
    round = version.round_or_none
    return {
        "id": version.pk,
        "document_id": version.document_id,
        "number": version.number,
        "status": version.status,
        "round": {"id": round.pk, "opens_at": round.opens_at, "closes_at": round.closes_at, "state": round.state()}
        if round
        else None,
        "clauses": list(version.clauses.in_order()),
    }


@router.get(
    "/versions/{version_id}/feedback",
    response={200: list[FeedbackOut], 404: ErrorOut},
    summary="Feedback and decisions of a version",
    description="Public for published (final or superseded) versions; approved members read it once the "
    "version is in consultation. Authors appear only as sector and country.",
)
def list_feedback(request, version_id: int):
    version = _readable_version(request, version_id)
    if not request.user.has_perm("recommendations.view_feedback_of_version", version):
        raise HttpError(404, "Not found.")
    items = Feedback.objects.filter(version=version).visible().select_related("author_country").order_by("pk")
    return [
        {
            "id": f.pk,
            "clause_key": f.clause_key,
            "kind": f.kind,
            "text": f.text,
            "quoted_span": f.quoted_span,
            "proposed_text": f.proposed_text,
            "author_sector": f.author_sector,
            "author_country": f.author_country.code if f.author_country_id else None,
            "endorsements": f.endorsement_count,
            "decision": f.decision,
            "decision_reason": f.decision_reason,
            "duplicate_of": f.duplicate_of_id,
            "created_at": f.created_at,
        }
        for f in items
    ]


@router.post(
    "/versions/{version_id}/feedback",
    auth=django_auth,
    response={201: FeedbackCreatedOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 429: ErrorOut},
    summary="Give feedback (approved members in the round's audience)",
)
def create_feedback(request, version_id: int, payload: FeedbackIn):
    version = _readable_version(request, version_id)
    round = version.round_or_none
    if round is None:
        raise Conflict("This version is not open for consultation.")
    clause = None
    if payload.clause_key is not None:
        clause = (
            Clause.objects.filter(key=payload.clause_key)
            .select_related("version")
            .order_by("-version__number")
            .filter(version=version)
            .first()
        )
        if clause is None:
            if Clause.objects.filter(key=payload.clause_key).exists():
                raise Refusal("That clause belongs to another version of the document.", field="clause_key")
            raise Refusal("There is no such clause.", field="clause_key")
    result = give_feedback(
        author=request.user,
        round=round,
        clause=clause,
        kind=payload.kind,
        text=payload.text,
        proposed_text=payload.proposed_text,
        quoted_span=payload.quoted_span,
    )
    return Status(
        201,
        {
            "id": result.feedback.pk,
            "held_for_moderation": result.held,
            "findings": sorted({str(f.label) for f in result.findings}),
        },
    )


def _report_item(item):
    return {
        "id": item.feedback_id,
        "kind": item.kind,
        "text": item.text,
        "proposed_text": item.proposed_text,
        "quoted_span": item.quoted_span,
        "author_sector": item.author_sector,
        "author_country": item.author_country,
        "endorsements": item.endorsements,
        "decision": item.decision,
        "decision_reason": item.reason,
    }


@router.get(
    "/rounds/{round_id}/report",
    response={200: ReportOut, 404: ErrorOut},
    summary='"What you said, what we did": the report of a consultation round',
    description="Every visible feedback item of the round with the editors' decision and reason, per clause, and "
    "what the next version did to each clause. Readable by whoever may read the report page (everyone once the "
    "version is published). Authors appear only as sector and country. `mine=true`: only the signed-in member's "
    "own items (the counts still cover everyone's).",
)
def get_report(request, round_id: int, mine: bool = False):
    round = ConsultationRound.objects.select_related("version__document").filter(pk=round_id).first()
    if round is None or not request.user.has_perm("recommendations.view_report", round):
        raise HttpError(404, "Not found.")
    only_author = request.user if mine and request.user.is_authenticated else None
    report = consultation_report(round, only_author=only_author)
    return {
        "round_id": report.round_id,
        "document_title": report.document_title,
        "version_number": report.version_number,
        "next_version_number": report.next_version_number,
        "clauses": [
            {
                "key": clause.key,
                "number": clause.number,
                "kind": clause.kind,
                "text": clause.text,
                "change": clause.change,
                "new_text": clause.new_text,
                "counts": clause.counts,
                "items": [_report_item(item) for item in clause.items],
            }
            for clause in report.clauses
        ],
        "document_items": [_report_item(item) for item in report.document_items],
    }


@router.get(
    "/versions/{version_id}/diff/{other_id}",
    response={200: DiffOut, 400: ErrorOut, 404: ErrorOut},
    summary="Changes between two versions of one document",
    description="Clause level by stable key (added, removed, moved, changed) with word-level operations inside "
    "changed clauses, from version_id to other_id. Both versions must be readable and belong to the same "
    "document (400 otherwise).",
)
def get_diff(request, version_id: int, other_id: int):
    old = _readable_version(request, version_id)
    new = _readable_version(request, other_id)
    if old.document_id != new.document_id:
        raise HttpError(400, "The two versions belong to different documents.")
    rows = diff_versions(old, new)
    return {
        "document_id": new.document_id,
        "from_version": {"id": old.pk, "number": old.number, "status": old.status},
        "to_version": {"id": new.pk, "number": new.number, "status": new.status},
        "summary": summary(rows),
        "clauses": [
            {
                "key": row.key,
                "change": row.change,
                "moved": row.moved,
                "kind": (row.new or row.old).kind,
                "old_number": row.old.number if row.old else None,
                "new_number": row.new.number if row.new else None,
                "old_text": row.old.text if row.old else None,
                "new_text": row.new.text if row.new else None,
                "words": [{"op": op, "text": text} for op, text in row.words],
            }
            for row in rows
        ],
    }


# Country variants and a master's matrix (recommendations/drafting/variants/api.py).
router.add_router("", variants_router)
