"""A variant's text written out as a draft version of its own document.

A consultation round, its feedback, triage, digest and exports all work on
a version's clauses, so the office starts a national draft from the
variant as it reads today and opens a round on it with the existing pages.
The draft is a frozen record once the round opens, as every version is;
the live variant keeps following the master.
"""

from django.db import transaction
from django.db.models import Max

from consult.audit import record
from consult.sanitising import CLAUSE, render_markdown

from ...models import Clause, DocumentVersion, RecommendationDocument
from ..services import renumber
from .reading import PROPOSED, variant_lines
from .services import require_variant_office


def start_national_draft(*, staff, variant):
    """A new draft version of the variant's document holding the variant's
    clauses (omitted and undecided ones left out) under their keys."""
    require_variant_office(staff, variant)
    with transaction.atomic():
        document = RecommendationDocument.objects.select_for_update().get(pk=variant.document_id)
        number = (document.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = DocumentVersion.objects.create(document=document, number=number)
        clauses = []
        for line in variant_lines(variant):
            if line.row is None or line.state in ("omitted", PROPOSED):
                continue
            row = line.row
            text = row.text if row.has_own_text else (row.translation or row.master_clause.text)
            clauses.append(
                Clause(
                    version=version,
                    key=line.key,
                    position=len(clauses),
                    kind=line.kind,
                    level=line.level,
                    text=text,
                    html=render_markdown(text, CLAUSE),
                )
            )
        Clause.objects.bulk_create(clauses)
        renumber(version)
        record(actor=staff, action="recommendations.start_national_draft", target=version, country=variant.country)
    return version
