"""Factories of recommendation documents, versions, clauses, rounds and feedback."""

from datetime import timedelta

import factory
from django.utils import timezone

from consult.models import Country
from consult.sanitising import CLAUSE, render_markdown
from recommendations.drafting.services import renumber
from recommendations.models import (
    Clause,
    ConsultationRound,
    DocumentVersion,
    Endorsement,
    Feedback,
    RecommendationDocument,
)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RecommendationDocument
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"SOP recommendations {n}")
    summary = "How services respond to disclosures of sexual and gender-based violence."
    country = factory.LazyFunction(lambda: Country.objects.get(code="NL"))


class VersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentVersion

    document = factory.SubFactory(DocumentFactory)
    number = 1


def add_clauses(version, count=6, *, headings_every=3):
    """``count`` clauses (a heading, then paragraphs) written in one query, numbered."""
    clauses = []
    for i in range(count):
        heading = i % headings_every == 0
        text = (
            f"Section {i // headings_every + 1}"
            if heading
            else f"Clause text number {i}: staff refer the person to a sexual assault centre."
        )
        clauses.append(
            Clause(version=version, position=i, kind="heading" if heading else "paragraph", level=1, text=text,
                   html=render_markdown(text, CLAUSE))
        )  # fmt: skip
    Clause.objects.bulk_create(clauses)
    renumber(version)
    return list(version.clauses.in_order())


def draft(country="NL", clauses=6, editors=()):
    """A document with a draft version 1 of ``clauses`` clauses."""
    document = DocumentFactory(country=Country.objects.get(code=country) if country else None)
    document.editors.add(*editors)
    version = VersionFactory(document=document)
    add_clauses(version, clauses)
    return version


def open_round(version, *, countries=(), sectors=(), opens_at=None, closes_at=None):
    """Freeze ``version`` and open a round on it (directly, without the service's checks)."""
    now = timezone.now()
    version.status = DocumentVersion.Status.CONSULTATION
    version.frozen_at = now
    version.save()
    round = ConsultationRound.objects.create(
        version=version,
        opens_at=opens_at or now - timedelta(days=1),
        closes_at=closes_at or now + timedelta(days=14),
        sectors=list(sectors),
    )
    round.countries.set(Country.objects.filter(code__in=countries))
    return round


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feedback

    round = None
    version = factory.LazyAttribute(lambda o: o.round.version)
    clause = None
    clause_key = factory.LazyAttribute(lambda o: o.clause.key if o.clause else None)
    author = None
    author_sector = factory.LazyAttribute(lambda o: o.author.profile.sector)
    author_country = factory.LazyAttribute(lambda o: o.author.profile.countries.first())
    kind = Feedback.Kind.COMMENT
    text = "Add that interpreters must be of the person's chosen gender."


class EndorsementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Endorsement
