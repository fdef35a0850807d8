"""The diff as people read it: one labelled row per clause, shared by the
diff page and the HTML and PDF exports (the engine is ``diffing``).

The label says in words what happened to the clause ("Added", "Moved from
3.2"), so the change never rests on colour alone.
"""

from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from consult.sanitising import CLAUSE, render_markdown

from .diffing import ADDED, CHANGED, DELETE, INSERT, MOVED, REMOVED, UNCHANGED, ClauseDiff, redline_markdown


@dataclass
class DiffRow:
    diff: ClauseDiff
    number: str
    label: str
    html: SafeString
    is_heading: bool

    @property
    def change(self):
        return self.diff.change

    @property
    def key(self):
        return self.diff.key


def change_label(diff):
    """What happened to the clause, in words."""
    old_number = diff.old.number if diff.old else ""
    if diff.change == ADDED:
        return _("Added")
    if diff.change == REMOVED:
        return _("Removed")
    if diff.change == MOVED:
        return _("Moved from %(number)s") % {"number": old_number}
    if diff.change == CHANGED:
        if diff.moved:
            return _("Changed, moved from %(number)s") % {"number": old_number}
        if old_number != diff.new.number:
            return _("Changed (was %(number)s)") % {"number": old_number}
        return _("Changed")
    if diff.old and diff.new and old_number != diff.new.number:
        return _("Unchanged (was %(number)s)") % {"number": old_number}
    return _("Unchanged")


def change_body(diff):
    """The clause's text as HTML (its Markdown as formatting), with the
    word-level redline when it changed."""
    if diff.change == ADDED:
        return redline_markdown([(INSERT, diff.new.text)])
    if diff.change == REMOVED:
        return redline_markdown([(DELETE, diff.old.text)])
    if diff.words:
        return redline_markdown(diff.words)
    return mark_safe(render_markdown(diff.new.text, CLAUSE))  # noqa: S308 - sanitised by the CLAUSE profile


def display_rows(diffs, *, only_changes=False):
    rows = []
    for diff in diffs:
        if only_changes and diff.change == UNCHANGED:
            continue
        clause = diff.new or diff.old
        rows.append(
            DiffRow(
                diff=diff,
                number=clause.number,
                label=change_label(diff),
                html=change_body(diff),
                is_heading=clause.kind == "heading",
            )
        )
    return rows
