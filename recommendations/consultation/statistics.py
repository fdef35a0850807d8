"""Who said what: feedback counts of a round by clause, kind, sector and
country, and the representation gaps (sectors and countries with no input
on a clause)."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from consult import cldr
from consult.models import Country, Sector

from ..models import Feedback


@dataclass
class ClauseStatistics:
    clause: object  # Clause, or None for the whole document
    total: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_sector: Counter = field(default_factory=Counter)
    by_country: Counter = field(default_factory=Counter)
    missing_sectors: list = field(default_factory=list)
    missing_countries: list = field(default_factory=list)


@dataclass
class RoundStatistics:
    total: int
    participants: int
    by_kind: Counter
    by_sector: Counter
    by_country: Counter
    clauses: list  # of ClauseStatistics, in clause order, whole document first
    sectors: list  # [(value, label)] of the audience
    countries: list  # [Country] of the audience
    max_cell: int = 0

    def kinds(self):
        """[(kind label, count)], most frequent first."""
        labels = dict(Feedback.Kind.choices)
        return [(labels.get(kind, kind), n) for kind, n in self.by_kind.most_common()]

    def country_rows(self):
        """[(country name in the reader's language, count)] for every country of the audience, most items first."""
        rows = [(cldr.country_name(country.code), self.by_country.get(country.pk, 0)) for country in self.countries]
        return sorted(rows, key=lambda row: -row[1])

    def sector_rows(self):
        """[(sector label, count)] for every sector of the audience, most items first."""
        return sorted(((label, self.by_sector.get(value, 0)) for value, label in self.sectors), key=lambda row: -row[1])

    def quiet_clauses(self):
        """The clauses (and the whole document) nobody gave feedback on, in order: folded under the heat map."""
        return [item for item in self.clauses if not item.total]

    def grid(self):
        """Rows for the heat map, clauses with feedback only:
        (clause statistics, [(sector label, count, level 0-4)])."""
        rows = []
        for item in self.clauses:
            if not item.total:
                continue
            cells = []
            for value, label in self.sectors:
                n = item.by_sector.get(value, 0)
                level = 0 if not n else min(4, 1 + (3 * n) // max(self.max_cell, 1))
                cells.append((label, n, level))
            rows.append((item, cells))
        return rows


def round_statistics(round):
    """Counts of a round's visible feedback (three queries whatever its size)."""
    clauses = list(round.version.clauses.in_order())
    sectors = [(v, label) for v, label in Sector.choices if not round.sectors or v in round.sectors]
    countries = list(round.countries.all()) or list(Country.objects.order_by("name"))
    rows = (
        Feedback.objects.filter(round=round)
        .visible()
        .values_list("clause_id", "kind", "author_sector", "author_country_id", "author_id")
    )
    per_clause = defaultdict(lambda: ClauseStatistics(None))
    by_kind, by_sector, by_country, authors = Counter(), Counter(), Counter(), set()
    for clause_id, kind, sector, country_id, author_id in rows:
        item = per_clause[clause_id]
        item.total += 1
        item.by_kind[kind] += 1
        item.by_sector[sector] += 1
        item.by_country[country_id] += 1
        by_kind[kind] += 1
        by_sector[sector] += 1
        by_country[country_id] += 1
        authors.add(author_id)
    ordered = []
    for clause in [None, *clauses]:
        key = clause.pk if clause is not None else None
        item = per_clause.get(key) or ClauseStatistics(clause)
        item.clause = clause
        item.missing_sectors = [label for value, label in sectors if not item.by_sector.get(value)]
        item.missing_countries = [c for c in countries if not item.by_country.get(c.pk)]
        ordered.append(item)
    max_cell = max((n for item in ordered for n in item.by_sector.values()), default=0)
    return RoundStatistics(
        total=sum(by_kind.values()),
        participants=len(authors),
        by_kind=by_kind,
        by_sector=by_sector,
        by_country=by_country,
        clauses=ordered,
        sectors=sectors,
        countries=countries,
        max_cell=max_cell,
    )
