"""Reads of variants: a variant beside its master, and the European matrix.

Each read takes a fixed number of queries whatever the number of clauses
or countries (pinned in tests/recommendations/test_variants_pages.py).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from ...models import Clause, DocumentVersion, VariantClause, VariantReviewItem
from ..services import clause_numbers

State = VariantClause.State
# Matrix cells that are not a clause state.
PROPOSED = "proposed"
NOT_YET = "not_yet"
STATE_WORDS = {
    State.INHERITED: _("inherits"),
    State.ADAPTED: _("adapts"),
    State.OMITTED: _("omits"),
    State.ADDED: _("adds"),
    PROPOSED: _("new in the master, to decide"),
    NOT_YET: _("not in step yet"),
}
MATRIX_STATES = [State.INHERITED, State.ADAPTED, State.OMITTED, PROPOSED]


@dataclass
class VariantLine:
    """One clause of a variant as a reader sees it, with the master's wording beside."""

    key: object
    state: str
    row: VariantClause | None
    master: Clause | None  # the master's present clause under this key (None: added, or removed from the master)
    number: str = ""
    pending: list = field(default_factory=list)  # kinds of open review items

    @property
    def kind(self):
        source = self.master or (self.row.master_clause if self.row and self.row.master_clause else None)
        return source.kind if source is not None else self.row.kind

    @property
    def level(self):
        source = self.master or (self.row.master_clause if self.row and self.row.master_clause else None)
        return source.level if source is not None else self.row.level

    @property
    def is_heading(self):
        return self.kind == Clause.Kind.HEADING

    @property
    def followed(self):
        """The master wording the variant follows now (older than ``master`` while a review is open)."""
        return self.row.master_clause if self.row is not None else None

    @property
    def national_html(self):
        """What the variant says here, in its language."""
        if self.row is None or self.state == State.OMITTED:
            return ""
        if self.row.has_own_text:
            return self.row.html
        if self.row.translation:
            return self.row.translation_html
        return self.row.master_clause.html

    @property
    def removed_from_master(self):
        return self.row is not None and self.row.master_clause_id is not None and self.master is None

    @property
    def state_word(self):
        return STATE_WORDS.get(self.state, self.state)


def variant_lines(variant):
    """The variant in reading order (four queries): the master's clauses in
    the master's order with the national state of each, national clauses
    after the clause they follow, clauses the master removed (awaiting the
    office's decision) at the end. Numbers count what the variant shows."""
    master_clauses = list(Clause.objects.filter(version_id=variant.master_version_id).in_order())
    rows = list(VariantClause.objects.filter(variant=variant).for_reading().order_by("pk"))
    pending = defaultdict(list)
    for key, kind in VariantReviewItem.objects.still_open().filter(variant=variant).values_list("key", "kind"):
        pending[key].append(kind)
    by_key = {row.key: row for row in rows}
    added_after = defaultdict(list)
    for row in rows:
        if row.state == State.ADDED:
            added_after[row.after_key].append(row)
    lines, placed = [], set()

    def emit_added(after):
        for row in added_after.get(after, []):
            lines.append(VariantLine(row.key, State.ADDED, row, None, pending=pending.get(row.key, [])))
            placed.add(row.key)
            emit_added(row.key)

    emit_added(None)
    master_keys = set()
    for clause in master_clauses:
        master_keys.add(clause.key)
        row = by_key.get(clause.key)
        state = row.state if row is not None else PROPOSED
        lines.append(VariantLine(clause.key, state, row, clause, pending=pending.get(clause.key, [])))
        placed.add(clause.key)
        emit_added(clause.key)
    for row in rows:
        if row.key not in placed:
            lines.append(VariantLine(row.key, row.state, row, None, pending=pending.get(row.key, [])))
            placed.add(row.key)
            emit_added(row.key)
    shown = [line for line in lines if line.state not in (State.OMITTED, PROPOSED)]
    for line, number in zip(shown, clause_numbers([(ln.is_heading, ln.level) for ln in shown]), strict=True):
        line.number = number
    return lines


def summary_of(lines):
    """{"adapted": n, "omitted": n, "added": n, "inherited": n, "review": n} of a variant's lines."""
    counts = Counter(line.state for line in lines)
    counts["review"] = sum(len(line.pending) for line in lines)
    return counts


# --- the European matrix --------------------------------------------------------------------


def matrix_version(master):
    """The master version the matrix shows: the newest out of draft (None without one)."""
    return (
        DocumentVersion.objects.filter(document=master)
        .exclude(status=DocumentVersion.Status.DRAFT)
        .order_by("-number")
        .first()
    )


@dataclass
class MatrixRow:
    clause: Clause
    chapter: str
    cells: list  # (variant, state, reason, pending) per country, in the variants' order


@dataclass
class CountrySummary:
    variant: object
    adapted: int
    omitted: int
    added: int
    review: int
    of: int


@dataclass
class EuropeanMatrix:
    version: DocumentVersion | None
    variants: list
    rows: list
    chapters: list  # (number, heading text)
    summaries: list

    def filtered(self, *, chapter="", state="", variant_ids=None):
        """The rows of one chapter, those where some country gives the clause ``state``, and only
        the columns of ``variant_ids`` (None: all); the summaries and chapters stay whole."""
        rows = self.rows
        if variant_ids is not None and not {v.pk for v in self.variants} <= set(variant_ids):
            self.variants = [v for v in self.variants if v.pk in variant_ids]
            self.summaries = [s for s in self.summaries if s.variant.pk in variant_ids]
            rows = [MatrixRow(r.clause, r.chapter, [c for c in r.cells if c[0].pk in variant_ids]) for r in rows]
        if chapter:
            rows = [row for row in rows if row.chapter == chapter]
        if state:
            rows = [row for row in rows if any(cell[1] == state for cell in row.cells)]
        self.rows = rows
        return self


def european_matrix(master, *, chapter="", state=""):
    """The clause-by-country matrix of ``master`` (five queries), filtered by
    chapter (a top-level heading's number) and by a state some country gives
    the clause."""
    version = matrix_version(master)
    variants = list(master.variants.select_related("country").order_by("country__name"))
    if version is None:
        return EuropeanMatrix(None, variants, [], [], [])
    # Keys are matched as the database writes them (text), not as UUID objects: turning
    # 6,000 variant rows' keys into UUIDs was most of the page's time.
    key_text = Cast("key", output_field=CharField())
    clauses = list(version.clauses.in_order().annotate(key_text=key_text))
    states = {}
    added = Counter()
    rows_of_variants = VariantClause.objects.filter(variant__master=master).order_by().annotate(key_text=key_text)
    for variant_id, key, row_state, reason in rows_of_variants.values_list("variant_id", "key_text", "state", "reason"):
        states[(variant_id, key)] = (row_state, reason)
        if row_state == State.ADDED:
            added[variant_id] += 1
    pending = Counter()
    open_review = Counter()
    open_items = VariantReviewItem.objects.still_open().filter(variant__master=master).annotate(key_text=key_text)
    for variant_id, key in open_items.values_list("variant_id", "key_text"):
        pending[(variant_id, key)] += 1
        open_review[variant_id] += 1
    chapters, rows, current_chapter = [], [], ""
    adapted, omitted = Counter(), Counter()
    for clause in clauses:
        if clause.is_heading and clause.level == 1:
            current_chapter = clause.number
            chapters.append((clause.number, clause.text))
        cells = []
        key = clause.key_text
        for variant in variants:
            open_here = pending.get((variant.pk, key), 0)
            cell_state, reason = states.get((variant.pk, key), (None, ""))
            if cell_state is None:
                cell_state = PROPOSED if open_here else NOT_YET
            elif cell_state == State.ADAPTED:
                adapted[variant.pk] += 1
            elif cell_state == State.OMITTED:
                omitted[variant.pk] += 1
            cells.append((variant, cell_state, STATE_WORDS[cell_state], reason, open_here))
        rows.append(MatrixRow(clause, current_chapter, cells))
    summaries = [
        CountrySummary(v, adapted[v.pk], omitted[v.pk], added[v.pk], open_review[v.pk], len(clauses)) for v in variants
    ]
    return EuropeanMatrix(version, variants, rows, chapters, summaries).filtered(chapter=chapter, state=state)
