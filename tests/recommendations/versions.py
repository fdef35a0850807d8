"""Two known versions of one document, for the diff and export tests.

Version 1 (from ``draft``): 1 Section 1 · 1.1 clause 1 · 1.2 clause 2 ·
2 Section 2 · 2.1 clause 4 · 2.2 clause 5.
Version 2: clause 5 moved up to 1.1, clause 1 changed (now 1.2), clause 2
(1.3), Section 2, clause 4 removed, a new clause 2.1 added.
"""

from django.utils import timezone

from consult.sanitising import CLAUSE, render_markdown
from recommendations.drafting.services import renumber
from recommendations.models import Clause, DocumentVersion

from .factories import VersionFactory, draft

CHANGED_TEXT = "Clause text number 1: staff refer the person to a specialist sexual assault centre within 12 hours."
ADDED_TEXT = "Interpreters are offered free of charge, of the gender the person chooses."


def freeze(version, status):
    DocumentVersion.objects.filter(pk=version.pk).update(status=status, frozen_at=timezone.now())
    version.refresh_from_db()
    return version


def next_version(base, rows, *, number=None, status=DocumentVersion.Status.FINAL):
    """A version after ``base`` from ``rows`` of (clause of base or None, text)."""
    version = VersionFactory(document=base.document, number=number or base.number + 1, based_on=base)
    clauses = []
    for position, (old, text) in enumerate(rows):
        fields = {"key": old.key, "kind": old.kind, "level": old.level} if old else {}
        clauses.append(
            Clause(version=version, position=position, text=text, html=render_markdown(text, CLAUSE), **fields)
        )
    Clause.objects.bulk_create(clauses)
    renumber(version)
    return freeze(version, status) if status != DocumentVersion.Status.DRAFT else version


def known_versions(country="NL", *, new_status=DocumentVersion.Status.FINAL):
    v1 = draft(country, 6)
    h1, c1, c2, h2, c4, c5 = v1.clauses.in_order()
    del c4  # removed in version 2
    v2 = next_version(
        v1,
        [(h1, h1.text), (c5, c5.text), (c1, CHANGED_TEXT), (c2, c2.text), (h2, h2.text), (None, ADDED_TEXT)],
        status=new_status,
    )
    freeze(v1, DocumentVersion.Status.SUPERSEDED)
    return v1, v2


def many_clause_versions(count):
    """Two published versions of ``count`` clauses, every third paragraph changed."""
    v1 = draft("NL", count)
    rows = [(c, c.text + " Changed." if i % 3 == 1 else c.text) for i, c in enumerate(v1.clauses.in_order())]
    v2 = next_version(v1, rows)
    freeze(v1, DocumentVersion.Status.SUPERSEDED)
    return v1, v2
