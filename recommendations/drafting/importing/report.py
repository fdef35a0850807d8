"""The import report's notes: what the file held that is not clause text as
it stands, and what the import did with it. Shared by the Word and the
OpenDocument readers, which count the same things under the same names."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .common import ImportNote


def report_notes(found, examples, comments=(), *, has_headers_or_footers=False, application="Word"):
    """The notes for ``found`` (a Counter by kind: "insertions", "deletions",
    "footnotes", "images", …), with up to ten ``examples`` of a kind and the
    comments as "author: text"; ``application`` is the word processor the
    format belongs to ("Word", "LibreOffice"), named where the editor would look."""
    notes = []

    def note(count, singular, plural, kind=None):
        if count:
            message = ngettext(singular, plural, count) % {"n": count, "application": application}
            notes.append(ImportNote(message, examples.get(kind, [])[:10]))

    if comments:
        notes.append(
            ImportNote(
                ngettext(
                    "%(n)s comment was not imported: comments are remarks on the draft, not its text.",
                    "%(n)s comments were not imported: comments are remarks on the draft, not its text.",
                    len(comments),
                )
                % {"n": len(comments)},
                [c if len(c) <= 160 else c[:157] + "…" for c in comments[:20]],
            )
        )
    note(
        found["insertions"],
        "%(n)s tracked insertion not yet accepted in %(application)s was accepted: its text is in the clauses.",
        "%(n)s tracked insertions not yet accepted in %(application)s were accepted: their text is in the clauses.",
    )
    note(
        found["deletions"],
        "%(n)s tracked deletion not yet accepted in %(application)s was accepted: its text is not in the clauses.",
        "%(n)s tracked deletions not yet accepted in %(application)s were accepted: their text is not in the clauses.",
        "deletions",
    )
    note(
        found["footnotes"],
        "%(n)s footnote was kept as a footnote of its clause, shown under the clause.",
        "%(n)s footnotes were kept as footnotes of their clauses, shown under each clause.",
    )
    note(
        found["heading_notes"],
        "%(n)s footnote on a heading was not imported: headings show plain text. Add it to a clause if needed.",
        "%(n)s footnotes on headings were not imported: headings show plain text. Add them to a clause if needed.",
        "heading_notes",
    )
    note(
        found["images"],
        "%(n)s image was not imported: clauses hold text only.",
        "%(n)s images were not imported: clauses hold text only.",
    )
    note(
        found["drawings"],
        "%(n)s drawing or shape without text was not imported.",
        "%(n)s drawings or shapes without text were not imported.",
    )
    note(
        found["text_boxes"],
        "%(n)s text box was imported as clauses after the paragraph it is anchored to.",
        "%(n)s text boxes were imported as clauses after the paragraphs they are anchored to.",
    )
    note(
        found["nested_tables"],
        "%(n)s table inside a table cell was imported as lines of that cell.",
        "%(n)s tables inside table cells were imported as lines of their cells.",
    )
    note(
        found["hidden"],
        "%(n)s piece of hidden text was not imported: %(application)s does not show it.",
        "%(n)s pieces of hidden text were not imported: %(application)s does not show them.",
    )
    note(
        found["placeholders"],
        "%(n)s empty content control or placeholder was not imported: it showed only its prompt.",
        "%(n)s empty content controls or placeholders were not imported: they showed only their prompts.",
    )
    note(
        found["symbols"],
        "%(n)s symbol from a symbol font could not be read and was left out; check the clause.",
        "%(n)s symbols from symbol fonts could not be read and were left out; check the clauses.",
        "symbols",
    )
    note(
        found["fields"],
        "%(n)s field (a date, a page number, a cross-reference) was imported as the text it showed when the file "
        "was saved; check it.",
        "%(n)s fields (dates, page numbers, cross-references) were imported as the text they showed when the file "
        "was saved; check them.",
        "fields",
    )
    note(
        found["embedded"],
        "%(n)s embedded file was not imported.",
        "%(n)s embedded files were not imported.",
    )
    note(
        found["front_matter"],
        "%(n)s title, subtitle or table-of-contents line is not a clause: the document has its own title and contents.",
        "%(n)s title, subtitle or table-of-contents lines are not clauses: the document has its own title "
        "and contents.",
    )
    if has_headers_or_footers:
        notes.append(ImportNote(_("Page headers and footers were not imported: they are not part of the text.")))
    return notes
