"""Differences between two versions of a document.

Two levels, both pure functions over plain values so the merge workbench,
the build, the diff page, the API and the exports share them:

* ``diff_clauses(old, new)``: clause level, matched by the clause's stable
  ``key``. A clause is *added* (only in the new version), *removed* (only in
  the old), *moved* (its place among the kept clauses changed), *changed*
  (its text or kind changed) or *unchanged*. A clause can be moved and
  changed at once: ``change`` is then "changed" and ``moved`` is True.
* ``word_diff(old_text, new_text)``: word level inside one clause, as a list
  of ``(op, text)`` with op "equal", "delete" or "insert".

Moves are found with the longest increasing run of old positions among the
kept clauses, so moving one clause marks that clause, not every clause it
jumped over.
"""

import bisect
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

EQUAL, DELETE, INSERT = "equal", "delete", "insert"

UNCHANGED, CHANGED, MOVED, ADDED, REMOVED = "unchanged", "changed", "moved", "added", "removed"

# Words, runs of white space, and single punctuation marks: a changed comma
# is one token, not the word it sticks to.
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def tokenize(text):
    return _TOKENS.findall(text or "")


def word_diff(old_text, new_text):
    """``[(op, text), …]`` turning ``old_text`` into ``new_text`` word by word.

    Joining the "equal" and "delete" parts gives the old text back; joining
    "equal" and "insert" gives the new one. Neighbouring parts of the same
    op are merged, and a replacement is a deletion followed by an insertion.
    """
    old, new = tokenize(old_text), tokenize(new_text)
    ops = []

    def emit(op, tokens):
        if not tokens:
            return
        text = "".join(tokens)
        if ops and ops[-1][0] == op:
            ops[-1] = (op, ops[-1][1] + text)
        else:
            ops.append((op, text))

    # Equal runs at both ends (an amendment usually changes one part) stay
    # out of SequenceMatcher: its cost grows with tokens that repeat, such as
    # the spaces between words (400 clauses: 0.31 s before, see bench/merge_bench.py).
    # Both ends are cut at white space, so a changed word is still diffed whole.
    start, limit = 0, min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    while start and not old[start - 1].isspace():
        start -= 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    while end and not old[-end].isspace():
        end -= 1
    emit(EQUAL, old[:start])
    old_middle, new_middle = old[start : len(old) - end], new[start : len(new) - end]
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_middle, new_middle, autojunk=False).get_opcodes():
        if tag == "equal":
            emit(EQUAL, old_middle[i1:i2])
        else:
            emit(DELETE, old_middle[i1:i2])
            emit(INSERT, new_middle[j1:j2])
    emit(EQUAL, old[len(old) - end :])
    return ops


def redline_html(ops):
    """The word diff as HTML: ``<del>`` and ``<ins>`` with a hidden label each,
    so the change is announced by screen readers and survives printing in
    black and white (never colour alone)."""
    parts = []
    for op, text in ops:
        if op == EQUAL:
            parts.append(escape(text))
        elif op == DELETE:
            parts.append(
                f'<del class="redline-del"><span class="visually-hidden">{escape(_("deleted:"))} </span>'
                f"{escape(text)}</del>"
            )
        else:
            parts.append(
                f'<ins class="redline-ins"><span class="visually-hidden">{escape(_("inserted:"))} </span>'
                f"{escape(text)}</ins>"
            )
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


# Private-use characters mark where an insertion or deletion starts and ends
# while the Markdown is rendered; they become <ins>/<del> afterwards.
_MARKS = {INSERT: ("\ue000", "\ue001"), DELETE: ("\ue002", "\ue003")}
_ANY_MARK = re.compile("[\ue000-\ue003]")
# A mark never spans a line or a table cell, so it cannot break the block
# structure (paragraphs, list items, rows) that Markdown builds around it.
_SEPARATOR = re.compile(r"(\n|\|)")
# What opens a block at the start of a line stays outside the mark, so an
# inserted list item or heading is still one.
_BLOCK_START = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+|>[ \t]?)*")
_TAG = re.compile(r"<[^>]*>")
_SYNTAX_ONLY = re.compile(r"[*_~`#>!\[\]()\\\s-]+")
_SYNTAX_CHAR = re.compile(r"[*_~`#>!\[\]()\\-]")
_DELETED = re.compile("\ue002[^\ue003]*\ue003")


def _marked_markdown(ops):
    """The Markdown of both texts, old words and new, each change between marks."""
    parts, at_line_start = [], True
    for op, text in ops:
        text = _ANY_MARK.sub("", text)
        if op == EQUAL:
            parts.append(text)
            if text:
                at_line_start = text.endswith("\n")
            continue
        opening, closing = _MARKS[op]
        for piece in _SEPARATOR.split(text):
            if not piece:
                continue
            if _SEPARATOR.fullmatch(piece) or piece.isspace():
                parts.append(piece)
            else:
                prefix = _BLOCK_START.match(piece).group() if at_line_start else ""
                body = piece[len(prefix) :]
                if _SYNTAX_ONLY.fullmatch(body):
                    # Only formatting changed ("plain" became "**plain**"): show the signs themselves.
                    body = _SYNTAX_CHAR.sub(r"\\\g<0>", body)
                parts.append(f"{prefix}{opening}{body}{closing}" if body else prefix)
            at_line_start = piece == "\n"
    return "".join(parts)


def redline_markdown(ops):
    """The word diff with the Markdown rendered as formatting (bold, lists,
    tables) and each change in ``<del>``/``<ins>`` with its hidden label, as
    ``redline_html``; sanitised by the site's CLAUSE profile, and once more
    after the marks become tags, so a change that cuts through formatting
    still gives well-formed HTML."""
    from consult.sanitising import CLAUSE, render_markdown, sanitise_html

    html = render_markdown(_marked_markdown(ops), CLAUSE)
    # Inside a tag (a link's address) the new text stands: deleted parts go, marks are dropped.
    html = _TAG.sub(lambda tag: _ANY_MARK.sub("", _DELETED.sub("", tag.group())), html)
    labels = {
        INSERT: f'<ins class="redline-ins"><span class="visually-hidden">{escape(_("inserted:"))} </span>',
        DELETE: f'<del class="redline-del"><span class="visually-hidden">{escape(_("deleted:"))} </span>',
    }
    for op, (opening, closing) in _MARKS.items():
        html = html.replace(opening, labels[op]).replace(closing, "</ins>" if op == INSERT else "</del>")
    return mark_safe(sanitise_html(html, CLAUSE, extra_tags=REDLINE_TAGS))  # noqa: S308 - nh3 above


REDLINE_TAGS = {"ins": {"class"}, "del": {"class"}, "span": {"class"}}


@dataclass(frozen=True)
class ClauseSnapshot:
    """What the diff needs of a clause; built from a Clause or from stored JSON."""

    key: str
    text: str
    kind: str = "paragraph"
    level: int = 1
    number: str = ""
    pk: int | None = None

    @classmethod
    def of(cls, clause):
        return cls(
            key=str(clause.key),
            text=clause.text,
            kind=clause.kind,
            level=clause.level,
            number=clause.number,
            pk=clause.pk,
        )


@dataclass
class ClauseDiff:
    key: str
    change: str
    old: ClauseSnapshot | None = None
    new: ClauseSnapshot | None = None
    moved: bool = False
    words: list = field(default_factory=list)


def snapshots(version):
    """The clauses of a version in order, as snapshots (one query)."""
    # "version" too: the related manager sets each clause's version from
    # version_id, and a deferred version_id costs one query per clause.
    clauses = version.clauses.order_by("position").only("pk", "version", "key", "text", "kind", "level", "number")
    return [ClauseSnapshot.of(clause) for clause in clauses]


def _unmoved(old_positions):
    """Indexes (into ``old_positions``) of a longest increasing subsequence."""
    tails, tails_at, previous = [], [], [None] * len(old_positions)
    for i, value in enumerate(old_positions):
        j = bisect.bisect_left(tails, value)
        if j == len(tails):
            tails.append(value)
            tails_at.append(i)
        else:
            tails[j] = value
            tails_at[j] = i
        previous[i] = tails_at[j - 1] if j else None
    keep, i = set(), tails_at[-1] if tails_at else None
    while i is not None:
        keep.add(i)
        i = previous[i]
    return keep


def diff_clauses(old, new, *, words=True):
    """Clause-level diff of two ordered lists of ``ClauseSnapshot``.

    Returns ``ClauseDiff`` rows in reading order of the new version, each
    removed clause placed after the clause that preceded it in the old one.
    """
    old_index = {clause.key: i for i, clause in enumerate(old)}
    new_keys = {clause.key for clause in new}
    kept = [clause for clause in new if clause.key in old_index]
    unmoved = _unmoved([old_index[clause.key] for clause in kept])
    moved = {clause.key for i, clause in enumerate(kept) if i not in unmoved}

    # Removed clauses, grouped under the nearest preceding kept old clause.
    removed_after, anchor = {}, None
    for clause in old:
        if clause.key in new_keys:
            anchor = clause.key
        else:
            removed_after.setdefault(anchor, []).append(clause)

    rows = [ClauseDiff(key=c.key, change=REMOVED, old=c) for c in removed_after.get(None, [])]
    for clause in new:
        if clause.key not in old_index:
            rows.append(ClauseDiff(key=clause.key, change=ADDED, new=clause))
            continue
        before = old[old_index[clause.key]]
        changed = before.text != clause.text or before.kind != clause.kind or before.level != clause.level
        is_moved = clause.key in moved
        change = CHANGED if changed else (MOVED if is_moved else UNCHANGED)
        rows.append(
            ClauseDiff(
                key=clause.key,
                change=change,
                old=before,
                new=clause,
                moved=is_moved,
                words=word_diff(before.text, clause.text) if words and before.text != clause.text else [],
            )
        )
        rows.extend(ClauseDiff(key=c.key, change=REMOVED, old=c) for c in removed_after.get(clause.key, []))
    return rows


def diff_versions(old_version, new_version, *, words=True):
    return diff_clauses(snapshots(old_version), snapshots(new_version), words=words)


def summary(rows):
    """How many clauses of each kind of change: ``{"added": 2, …}``."""
    counts = dict.fromkeys((UNCHANGED, CHANGED, MOVED, ADDED, REMOVED), 0)
    for row in rows:
        counts[row.change] += 1
    counts["moved_total"] = sum(1 for row in rows if row.moved)
    return counts
