"""A master SOP, its offices and new master versions, for the variants' tests."""

from django.utils import timezone

from consult.models import CountryRole
from recommendations.drafting.services import next_draft_version, renumber
from recommendations.drafting.variants.forward_port import publish_master_draft
from recommendations.models import Clause, DocumentVersion
from tests.consult.factories import staff

from .factories import draft


def european_editor():
    """An editor for every country (EU-wide documents)."""
    return staff(CountryRole.Role.EDITOR, None)


def office(code):
    """Country-office staff of ``code``."""
    return staff(CountryRole.Role.COUNTRY_STAFF, code)


def published_master(editor, clauses=9):
    """An EU-wide master whose version 1 is final: headings every third clause."""
    version = draft(None, clauses, editors=[editor])
    version.document.is_master = True
    version.document.save()
    version.status = DocumentVersion.Status.FINAL
    version.frozen_at = timezone.now()
    version.save()
    return version


def new_master_version(editor, version, *, change=(), remove=(), add_after=None, publish=True):
    """Version N+1 of the master: clauses at positions ``change`` get new
    wording, those at ``remove`` go, and one new clause comes after position
    ``add_after``; published (final) unless ``publish`` is false."""
    new = next_draft_version(editor=editor, version=version)
    clauses = list(new.clauses.in_order())
    for index in change:
        clauses[index].text = clauses[index].text + " The master now also asks for an interpreter."
        clauses[index].save()
    for index in remove:
        clauses[index].delete()
    if add_after is not None:
        Clause(
            version=new,
            position=clauses[add_after].position,
            text="A new common clause: every service keeps a list of interpreters.",
        ).save()
        renumber(new)  # the new clause (higher pk) sorts after the one it shares a position with
    if publish:
        new = publish_master_draft(editor=editor, version=new)
    return new
