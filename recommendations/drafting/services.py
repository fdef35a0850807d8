r"""Writing drafts: documents, their versions and clauses.

One function per use case. Each checks what the permission rules cannot (a
draft, the text itself), changes rows in one transaction and writes the
audit log. Refusals are ``consult.refusals.Refusal``\ s with a message for the
person who asked; views show it beside the form, the API answers with its status.
"""

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _

from consult.audit import record
from consult.predicates import role_country_ids
from consult.refusals import Conflict, NotAllowed, Refusal, require
from consult.sanitising import CLAUSE, render_markdown
from consult.text import refuse_unstorable

from ..models import Clause, DocumentVersion, RecommendationDocument
from . import importing


class StaleDecision(Conflict):
    """Someone else changed the row since the editor loaded it (decided the
    feedback item, discarded the draft, started the version)."""


# --- documents, versions and clauses ------------------------------------------


def check_may_create_document(editor, country):
    """Refuse (NotAllowed) unless ``editor`` may create a document for
    ``country`` (None: EU-wide); asked before an import is previewed, and
    again when it is saved."""
    if country is not None and not editor.has_perm("consult.edit_recommendations", country):
        raise NotAllowed(_("You are not an editor for %(country)s.") % {"country": country})
    if country is None and not editor.has_perm("consult.edit_recommendations", None) and not editor.is_superuser:
        raise NotAllowed(_("You are not an editor."))
    if country is None and not editor.is_superuser and role_country_ids(editor, "editor") is not None:
        raise NotAllowed(_("Only editors for every country create EU-wide documents."))


def create_document(*, editor, title, summary="", country=None, blocks, members_only_in_consultation=False):
    """Create a document with version 1 as a draft holding ``blocks``
    (from ``importing``); the editor becomes one of its editors."""
    check_may_create_document(editor, country)
    with transaction.atomic():
        document = RecommendationDocument.objects.create(
            title=title,
            summary=summary,
            country=country,
            created_by=editor,
            members_only_in_consultation=members_only_in_consultation,
        )
        document.editors.add(editor)
        version = DocumentVersion.objects.create(document=document, number=1)
        write_blocks(version, blocks)
        record(actor=editor, action="recommendations.create_document", target=document, country=country)
    return document


def read_import(*, docx=None, odt=None, markdown_text=None):
    """The ``importing.ImportResult`` of an uploaded .docx or .odt (bytes) or
    Markdown text: its blocks and what was left out; ImportRefused (on the
    "file" field) says why not. Saves nothing: the editor confirms first."""
    if docx is not None:
        return importing.read_docx(docx)
    if odt is not None:
        return importing.read_odt(odt)
    return importing.ImportResult(blocks=importing.blocks_from_markdown(markdown_text or ""))


def import_preview(blocks):
    """The clauses ``blocks`` will become, as the import report lists them:
    each block with the number ``renumber`` will give it and its rendered HTML."""
    numbers = clause_numbers([(b.kind == Clause.Kind.HEADING, b.level) for b in blocks])
    return [
        {"block": b, "number": n, "is_heading": b.kind == Clause.Kind.HEADING, "html": render_markdown(b.text, CLAUSE)}
        for b, n in zip(blocks, numbers, strict=True)
    ]


def write_blocks(version, blocks):
    """The clauses of a new draft, in the order of ``blocks``, numbered."""
    clauses = [
        Clause(version=version, position=i, kind=b.kind, level=b.level, text=b.text) for i, b in enumerate(blocks)
    ]
    for clause in clauses:
        clause.html = render_markdown(clause.text, CLAUSE)
    Clause.objects.bulk_create(clauses)
    renumber(version)


def _letters(n):
    """1 -> a, 26 -> z, 27 -> aa."""
    text = ""
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def renumber(version):
    """Recompute positions and display numbers from the order (``clause_numbers``)."""
    clauses = list(version.clauses.in_order())
    numbers = clause_numbers([(c.is_heading, c.level) for c in clauses])
    for index, (clause, number) in enumerate(zip(clauses, numbers, strict=True)):
        clause.position = index
        clause.number = number
    Clause.objects.bulk_update(clauses, ["position", "number"])


def clause_numbers(outline):
    """The display numbers of clauses given as ``(is_heading, level)`` in order.

    Headings are numbered by their place among headings (1, 1.1, 1.2, 2),
    as Word numbers them, so an imported "3.2 First contact" stays 3.2 (a
    level skipped in Word counts as the next one down). Paragraphs take
    their heading's number and their place under it: 3.2.1, 3.2.2; under a
    heading that also has sub-headings they take letters (3.a, 3.b) so they
    never share a number with a sub-heading; before any heading: 0.1, 0.2.
    """
    numbers = [""] * len(outline)
    counters, open_levels, owner = [], [], None
    owners = {}  # clause index -> index of its heading (None before any)
    has_subheadings = set()
    for index, (is_heading, level) in enumerate(outline):
        if not is_heading:
            owners[index] = owner
            continue
        while open_levels and outline[open_levels[-1]][1] >= level:
            open_levels.pop()
        if open_levels:
            has_subheadings.add(open_levels[-1])
        depth = len(open_levels) + 1
        open_levels.append(index)
        counters = counters[:depth] + [0] * (depth - len(counters))
        counters[depth - 1] += 1
        numbers[index] = ".".join(str(n) for n in counters[:depth])
        owner = index
    paragraph_counts = {}
    for index, heading in owners.items():
        paragraph_counts[heading] = paragraph_counts.get(heading, 0) + 1
        n = paragraph_counts[heading]
        if heading is None:
            numbers[index] = f"0.{n}"
        elif heading in has_subheadings:
            numbers[index] = f"{numbers[heading]}.{_letters(n)}"
        else:
            numbers[index] = f"{numbers[heading]}.{n}"
    return numbers


def draft_version_for_edit(editor, version):
    """``version`` locked for an edit by ``editor`` (inside a transaction);
    refused unless the editor may edit it and it is still a draft."""
    require(editor, "recommendations.edit_document", version)
    locked = DocumentVersion.objects.select_for_update().filter(pk=version.pk).first()
    if locked is None:  # a built draft discarded while this editor had it open (merging.building.discard_build)
        raise StaleDecision(_("Another editor discarded this version a moment ago; nothing was changed."))
    version = locked
    if not version.is_draft:
        raise Refusal(
            _("This version is %(status)s; only a draft can be edited.") % {"status": version.get_status_display()}
        )
    return version


def clean_clause_text(text, *, field="text"):
    """The clause text, stripped; refused when empty, too long or unstorable."""
    refuse_unstorable(**{field: text})
    text = (text or "").strip()
    if not text:
        raise Refusal(_("A clause needs some text."), field=field)
    if len(text) > Clause.MAX_LENGTH:
        raise Refusal(_("A clause can be at most %(n)s characters long.") % {"n": Clause.MAX_LENGTH}, field=field)
    return text


def update_clause(*, editor, clause, text, kind=None, level=None):
    """Change a draft clause's text (and kind/level); its key stays."""
    with transaction.atomic():
        version = draft_version_for_edit(editor, clause.version)
        clause = version.clauses.get(pk=clause.pk)
        clause.text = clean_clause_text(text)
        if kind in Clause.Kind.values:
            clause.kind = kind
        if level is not None:
            clause.level = max(1, min(int(level), 6))
        clause.save()
        renumber(version)
        clause.refresh_from_db()
    return clause


def add_clause(*, editor, version, after=None, text, kind=Clause.Kind.PARAGRAPH, level=1):
    """Insert a new clause (new key) after ``after`` (None: at the start)."""
    with transaction.atomic():
        version = draft_version_for_edit(editor, version)
        text = clean_clause_text(text)
        position = (after.position + 1) if after is not None else 0
        version.clauses.filter(position__gte=position).update(position=F("position") + 1)
        clause = Clause(version=version, position=position, kind=kind, level=max(1, min(int(level), 6)), text=text)
        clause.save()
        renumber(version)
        clause.refresh_from_db()
    return clause


def split_clause(*, editor, clause, at):
    """Split a draft clause at character ``at``: the first part keeps the
    key (it is the clause that was there), the second part is a new clause."""
    with transaction.atomic():
        version = draft_version_for_edit(editor, clause.version)
        clause = version.clauses.get(pk=clause.pk)
        first, second = clause.text[:at].strip(), clause.text[at:].strip()
        if not first or not second:
            raise Refusal(_("Split inside the text, so both parts have some."), field="at")
        clause.text = first
        clause.save()
        version.clauses.filter(position__gt=clause.position).update(position=F("position") + 1)
        new = Clause(version=version, position=clause.position + 1, kind=Clause.Kind.PARAGRAPH, text=second)
        new.save()
        renumber(version)
        clause.refresh_from_db()
        new.refresh_from_db()
    return clause, new


def merge_with_next(*, editor, clause):
    """Append the next clause's text to this one and delete the next: this
    clause keeps its key; the absorbed clause's key ends in this version."""
    with transaction.atomic():
        version = draft_version_for_edit(editor, clause.version)
        clause = version.clauses.get(pk=clause.pk)
        following = version.clauses.filter(position__gt=clause.position).in_order().first()
        if following is None:
            raise Refusal(_("This is the last clause; there is nothing to merge it with."))
        clause.text = clean_clause_text(clause.text + "\n\n" + following.text)
        clause.save()
        following.delete()
        renumber(version)
        clause.refresh_from_db()
    return clause


def move_clause(*, editor, clause, to_position):
    """Move a draft clause to ``to_position`` (0-based); its key stays."""
    with transaction.atomic():
        version = draft_version_for_edit(editor, clause.version)
        clauses = list(version.clauses.in_order())
        moving = next(c for c in clauses if c.pk == clause.pk)
        clauses.remove(moving)
        clauses.insert(max(0, min(int(to_position), len(clauses))), moving)
        for position, item in enumerate(clauses):
            item.position = position
        Clause.objects.bulk_update(clauses, ["position"])
        renumber(version)
        moving.refresh_from_db()
    return moving


def delete_clause(*, editor, clause):
    with transaction.atomic():
        version = draft_version_for_edit(editor, clause.version)
        if version.clauses.count() == 1:
            raise Refusal(_("A version needs at least one clause."))
        version.clauses.get(pk=clause.pk).delete()
        renumber(version)


def next_draft_version(*, editor, version):
    """Start version N+1 as a draft copy of ``version``, keeping every clause
    key, for editors who write the next version by hand."""
    require(editor, "recommendations.edit_document", version)
    with transaction.atomic():
        document = RecommendationDocument.objects.select_for_update().get(pk=version.document_id)
        number = (document.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        try:
            with transaction.atomic():
                new = DocumentVersion.objects.create(document=document, number=number, based_on=version)
        except IntegrityError as error:
            raise StaleDecision(_("Another editor started a new version at the same time.")) from error
        Clause.objects.bulk_create(
            Clause(
                version=new,
                key=c.key,
                position=c.position,
                kind=c.kind,
                level=c.level,
                number=c.number,
                text=c.text,
                html=c.html,
            )
            for c in version.clauses.in_order()
        )
    return new
