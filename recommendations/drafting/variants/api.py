"""Read API of country variants: a variant with its clause states, and a master's matrix.

Added to the recommendations router (/api/recommendations/...). A variant the
caller may not read answers 404, as a version does.
"""

from uuid import UUID

from ninja import Field, Router, Schema
from ninja.errors import HttpError

from consult.api import ErrorOut

from ...models import CountryVariant, RecommendationDocument
from .reading import european_matrix, variant_lines

router = Router(tags=["recommendations"])


class VariantClauseOut(Schema):
    key: UUID = Field(..., description="The master's stable clause key (a new key for a national clause)")
    number: str = Field(..., description="Number in the variant; empty for omitted or undecided clauses")
    state: str = Field(..., description="inherited, adapted, added, omitted, or proposed (new in the master)")
    reason: str = Field(..., description="Public reason of an adaptation, addition or omission")
    national_html: str = Field(..., description="What the variant says (sanitised HTML)")
    master_text: str | None = Field(None, description="The master's present wording (Markdown)")
    translated: bool
    translation_out_of_date: bool
    review_pending: list[str] = Field(..., description="Kinds of the office's open review items on this clause")


class VariantOut(Schema):
    id: int
    master_id: int
    country: str = Field(..., description="ISO code")
    language: str
    master_version: int = Field(..., description="Number of the master version the variant is in step with")
    published: bool
    waiting: str = Field(..., description="Why a newer master version is not brought in yet (empty: in step)")
    clauses: list[VariantClauseOut]


class MatrixCellOut(Schema):
    country: str
    state: str
    reason: str
    review_pending: bool


class MatrixRowOut(Schema):
    key: UUID
    number: str
    chapter: str
    text: str
    cells: list[MatrixCellOut]


class CountrySummaryOut(Schema):
    country: str
    variant_id: int
    adapted: int
    omitted: int
    added: int
    review_items: int
    of: int


class MatrixOut(Schema):
    master_id: int
    master_version: int | None
    summaries: list[CountrySummaryOut]
    rows: list[MatrixRowOut]


@router.get(
    "/variants/{variant_id}",
    response={200: VariantOut, 404: ErrorOut},
    summary="A country variant, clause by clause, beside the master",
)
def get_variant(request, variant_id: int):
    variant = CountryVariant.objects.select_related("country", "master_version", "master").filter(pk=variant_id).first()
    if variant is None or not request.user.has_perm("recommendations.view_variant", variant):
        raise HttpError(404, "Not found.")
    return {
        "id": variant.pk,
        "master_id": variant.master_id,
        "country": variant.country.code,
        "language": variant.language,
        "master_version": variant.master_version.number,
        "published": variant.is_published,
        "waiting": variant.waiting_reason,
        "clauses": [
            {
                "key": line.key,
                "number": line.number,
                "state": line.state,
                "reason": line.row.reason if line.row else "",
                "national_html": line.national_html,
                "master_text": line.master.text if line.master else None,
                "translated": bool(line.row and line.row.translation),
                "translation_out_of_date": bool(line.row and line.row.translation_out_of_date),
                "review_pending": line.pending,
            }
            for line in variant_lines(variant)
        ],
    }


@router.get(
    "/documents/{document_id}/variants",
    response={200: MatrixOut, 404: ErrorOut},
    summary="The clause-by-country matrix of a master document",
)
def get_matrix(request, document_id: int, chapter: str = "", state: str = ""):
    master = RecommendationDocument.objects.prefetch_related("editors").filter(pk=document_id, is_master=True).first()
    if master is None or not request.user.has_perm("recommendations.view_matrix", master):
        raise HttpError(404, "Not found.")  # a members-only master's matrix: as its page, for members
    matrix = european_matrix(master)
    sees_all = request.user.has_perm("recommendations.edit_document", master)
    shown = {
        v.pk
        for v in matrix.variants
        if v.is_published or sees_all or request.user.has_perm("recommendations.view_variant", v)
    }
    matrix = matrix.filtered(chapter=chapter, state=state, variant_ids=shown)
    return {
        "master_id": master.pk,
        "master_version": matrix.version.number if matrix.version else None,
        "summaries": [
            {
                "country": s.variant.country.code,
                "variant_id": s.variant.pk,
                "adapted": s.adapted,
                "omitted": s.omitted,
                "added": s.added,
                "review_items": s.review,
                "of": s.of,
            }
            for s in matrix.summaries
        ],
        "rows": [
            {
                "key": row.clause.key,
                "number": row.clause.number,
                "chapter": row.chapter,
                "text": row.clause.text,
                "cells": [
                    {"country": v.country.code, "state": cell_state, "reason": reason, "review_pending": bool(pending)}
                    for v, cell_state, _word, reason, pending in row.cells
                ],
            }
            for row in matrix.rows
        ],
    }
