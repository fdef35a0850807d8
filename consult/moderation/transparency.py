"""The transparency report: what moderation did in a period, per country
and in total.

``build(start, end)`` counts, from the stored rows, the notices received
(members' flags and notices from anyone, by reason and kind of reporter), the restrictions (by kind,
ground and whether automatic), the guard's holds and how many a moderator
released unchanged (its precision in practice), the times to decision
(median and 90th percentile), the appeals of actions (received, decided,
reversed, upheld), the appeals of dismissed reports (members' flags) and of
dismissed notices (the same four counts each) and the suspensions.
``store(start, end)`` saves that as a TransparencyReport,
once per period: a task builds it (consult.build_transparency_report), and
the same period built again gives the same figures.

Figures are stored raw and suppressed when shown: ``shown(count)`` hides
the counts 1 to 4 so that no one is identifiable (0 stays 0: it identifies
no one), ``hidden_cells()`` also hides the counts from which a small one
could be worked out by subtraction (both read "not shown"), and a time is
shown only when it rests on 5 or more decisions.
"""

from datetime import date, datetime, time, timedelta
from statistics import median

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Appeal, Country, Flag, Notice, ReviewItem, StatementOfReasons, TransparencyReport

SMALL_COUNT = 5
TOTAL = "total"


def _bounds(start, end):
    tz = timezone.get_current_timezone()
    return (
        timezone.make_aware(datetime.combine(start, time.min), tz),
        timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min), tz),
    )


def _percentile(values, share):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(share * (len(ordered) - 1))))
    return ordered[index]


def _hours(deltas):
    hours = [delta.total_seconds() / 3600 for delta in deltas]
    if not hours:
        return {"decisions": 0, "median_hours": None, "p90_hours": None}
    return {
        "decisions": len(hours),
        "median_hours": round(median(hours), 1),
        "p90_hours": round(_percentile(hours, 0.9), 1),
    }


def _empty():
    return {
        "notices": {"total": 0, "by_reason": {}, "by_reporter": {}},
        "actions": {"total": 0, "by_restriction": {}, "by_ground": {}, "automatic": 0, "by_moderator": 0},
        "guard": {"held": 0, "released_unchanged": 0, "hidden": 0},
        "time_to_decision": {},
        "appeals": {"received": 0, "decided": 0, "reversed": 0, "upheld": 0},
        "report_appeals": {"received": 0, "decided": 0, "reversed": 0, "upheld": 0},
        "notice_appeals": {"received": 0, "decided": 0, "reversed": 0, "upheld": 0},
        "accounts_suspended": 0,
    }


# The appeals of a dismissal (of a member's report, of a notice from anyone):
# section name, model; counted when appealed and when decided.
DISMISSAL_APPEALS = (("report_appeals", Flag), ("notice_appeals", Notice))


def _add(counts, key, amount=1):
    counts[key] = counts.get(key, 0) + amount


def build(start, end):
    """The figures of the period ``start`` to ``end`` (dates, both included):
    ``{"total": {...}, "countries": {code: {...}}}``."""
    since, until = _bounds(start, end)
    codes = dict(Country.objects.values_list("pk", "code"))
    sections, review_times, appeal_times = {}, {}, {}

    def buckets(country_id):
        keys = [TOTAL]
        if country_id in codes:
            keys.append(codes[country_id])
        for key in keys:
            sections.setdefault(key, _empty())
        return [sections[key] for key in keys]

    sections[TOTAL] = _empty()
    # Notices: members' flags; their country is that of the review item they opened.
    item_countries = dict(
        ReviewItem.objects.filter(reason=ReviewItem.Reason.FLAGS).values_list("object_id", "country_id")
    )
    for reason, object_id in Flag.objects.filter(created_at__gte=since, created_at__lt=until).values_list(
        "reason", "object_id"
    ):
        for section in buckets(item_countries.get(object_id)):
            section["notices"]["total"] += 1
            _add(section["notices"]["by_reason"], reason)
            _add(section["notices"]["by_reporter"], "member")

    # Notices from anyone (visitors, members, staff) about public content.
    for reason, reporter_kind, country_id in Notice.objects.filter(
        created_at__gte=since, created_at__lt=until
    ).values_list("reason", "reporter_kind", "country_id"):
        for section in buckets(country_id):
            section["notices"]["total"] += 1
            _add(section["notices"]["by_reason"], f"notice:{reason}")
            _add(section["notices"]["by_reporter"], reporter_kind)

    statements = StatementOfReasons.objects.filter(created_at__gte=since, created_at__lt=until)
    for restriction, ground, automatic, country_id in statements.values_list(
        "restriction", "ground", "is_automatic", "country_id"
    ):
        for section in buckets(country_id):
            actions = section["actions"]
            actions["total"] += 1
            _add(actions["by_restriction"], restriction)
            _add(actions["by_ground"], ground)
            actions["automatic" if automatic else "by_moderator"] += 1
            if restriction == StatementOfReasons.Restriction.ACCOUNT_SUSPENDED:
                section["accounts_suspended"] += 1

    held = ReviewItem.objects.filter(
        reason=ReviewItem.Reason.PERSONAL_DATA, created_at__gte=since, created_at__lt=until
    ).values_list("state", "country_id")
    for state, country_id in held:
        for section in buckets(country_id):
            section["guard"]["held"] += 1
            if state == ReviewItem.State.APPROVED:
                section["guard"]["released_unchanged"] += 1
            elif state == ReviewItem.State.HIDDEN:
                section["guard"]["hidden"] += 1

    decided = ReviewItem.objects.filter(decided_at__gte=since, decided_at__lt=until).values_list(
        "created_at", "decided_at", "country_id"
    )
    for created_at, decided_at, country_id in decided:
        for key in [TOTAL, codes.get(country_id)]:
            if key:
                review_times.setdefault(key, []).append(decided_at - created_at)

    for country_id in Appeal.objects.filter(created_at__gte=since, created_at__lt=until).values_list(
        "country_id", flat=True
    ):
        for section in buckets(country_id):
            section["appeals"]["received"] += 1
    for created_at, state, decided_at, country_id in Appeal.objects.filter(
        decided_at__gte=since, decided_at__lt=until
    ).values_list("created_at", "state", "decided_at", "country_id"):
        for section in buckets(country_id):
            section["appeals"]["decided"] += 1
            section["appeals"][state] += 1
        for key in [TOTAL, codes.get(country_id)]:
            if key:
                appeal_times.setdefault(key, []).append(decided_at - created_at)

    for name, model in DISMISSAL_APPEALS:
        appealed = model.objects.filter(appealed_at__gte=since, appealed_at__lt=until)
        for country_id in appealed.values_list("country_id", flat=True):
            for section in buckets(country_id):
                section[name]["received"] += 1
        decided_appeals = model.objects.filter(
            appeal_decided_at__gte=since,
            appeal_decided_at__lt=until,
            appeal_outcome__in=[model.AppealOutcome.UPHELD, model.AppealOutcome.REVERSED],
        )
        for outcome, country_id in decided_appeals.values_list("appeal_outcome", "country_id"):
            for section in buckets(country_id):
                section[name]["decided"] += 1
                section[name][outcome] += 1

    for key, section in sections.items():
        section["time_to_decision"] = {
            "review": _hours(review_times.get(key, [])),
            "appeals": _hours(appeal_times.get(key, [])),
        }
    total = sections.pop(TOTAL)
    return {"total": total, "countries": dict(sorted(sections.items()))}


def store(start, end, *, rebuild=False):
    """The stored report of the period, built now if there is none (or
    ``rebuild``). Safe to run twice: one row per period."""
    existing = TransparencyReport.objects.filter(period_start=start, period_end=end).first()
    if existing is not None and not rebuild:
        return existing
    figures = build(start, end)
    with transaction.atomic():
        try:
            with transaction.atomic():
                report, _created = TransparencyReport.objects.update_or_create(
                    period_start=start,
                    period_end=end,
                    defaults={"figures": figures, "built_at": timezone.now()},
                )
        except IntegrityError:  # built by another worker in between
            report = TransparencyReport.objects.get(period_start=start, period_end=end)
    return report


def half_year_of(day):
    """The first and last day of the half-year ``day`` falls in."""
    if day.month <= 6:
        return date(day.year, 1, 1), date(day.year, 6, 30)
    return date(day.year, 7, 1), date(day.year, 12, 31)


def recent_half_years(today=None):
    """The current half-year and the one before it."""
    today = today or timezone.localdate()
    current = half_year_of(today)
    previous = half_year_of(current[0] - timedelta(days=1))
    return [previous, current]


# --- shown to the public -------------------------------------------------------
#
# Primary suppression hides the counts 1 to 4. That alone is undone by
# subtraction: a total and all but one of its parts give the last part. So
# the report also hides, wherever a hidden count could be worked out from
# what is published, the next-smallest count of the same sum (secondary
# suppression), until no hidden count is determined by the published ones.
# The sums a reader knows: within a scope, a total and
# its breakdowns (by reason, by kind of reporter, by restriction, by ground,
# automatic or not), appeals decided = confirmed + reversed (of actions,
# of reports, of notices), a count
# published twice; across scopes,
# every count of "all countries" and the same count of each country.

PRIMARY, SECONDARY = "primary", "secondary"
# The breakdowns of a scope that add up to its total: (total, parts).
_SUMS = [
    ("notices.total", "notices.by_reason."),
    ("notices.total", "notices.by_reporter."),
    ("actions.total", "actions.by_restriction."),
    ("actions.total", "actions.by_ground."),
    ("actions.total", ("actions.automatic", "actions.by_moderator")),
    ("appeals.decided", ("appeals.reversed", "appeals.upheld")),
    ("report_appeals.decided", ("report_appeals.reversed", "report_appeals.upheld")),
    ("notice_appeals.decided", ("notice_appeals.reversed", "notice_appeals.upheld")),
]
# Counts published twice under two names: hidden alike.
_SAME = [
    ("appeals.decided", "time_to_decision.appeals.decisions"),
    ("accounts_suspended", f"actions.by_restriction.{StatementOfReasons.Restriction.ACCOUNT_SUSPENDED}"),
]
_PRIME = 2**61 - 1  # exact enough: the equations' coefficients are 0 and ±1


def _counts(section, prefix=""):
    """``{dotted.path: count}`` of one scope's counts (not the hours)."""
    counts = {}
    for name, value in section.items():
        path = f"{prefix}{name}"
        if isinstance(value, dict):
            counts.update(_counts(value, f"{path}."))
        elif isinstance(value, int) and not isinstance(value, bool) and not path.endswith("_hours"):
            counts[path] = value
    return counts


def _equations(cells, scopes):
    """The sums a reader knows, each as ``{cell: coefficient}`` (= 0)."""
    equations = []
    for scope in scopes:
        paths = [path for (where, path) in cells if where == scope]
        for total, parts in _SUMS:
            if (scope, total) not in cells:  # a report stored before this count existed
                continue
            if isinstance(parts, str):
                parts = [path for path in paths if path.startswith(parts)]
            equation = {(scope, total): 1}
            for part in parts:
                if (scope, part) in cells:
                    equation[(scope, part)] = equation.get((scope, part), 0) - 1
            equations.append(equation)
        for first, second in _SAME:
            if (scope, first) in cells and (scope, second) in cells:
                equations.append({(scope, first): 1, (scope, second): -1})
    countries = [scope for scope in scopes if scope != TOTAL]
    for path in {path for (_where, path) in cells}:
        equation = {(TOTAL, path): 1} if (TOTAL, path) in cells else {}
        for scope in countries:
            if (scope, path) in cells:
                equation[(scope, path)] = -1
        if len(equation) > 1:
            equations.append(equation)
    return equations


def _determined(hidden, equations):
    """The hidden cells that the published cells and the equations fix:
    reduced row echelon form over the hidden cells (modulo a large prime)."""
    columns = sorted(hidden)
    index = {cell: n for n, cell in enumerate(columns)}
    rows = []
    for equation in equations:
        row = {index[cell]: coefficient % _PRIME for cell, coefficient in equation.items() if cell in index}
        row = {column: value for column, value in row.items() if value}
        if row:
            rows.append(row)
    pivots = {}  # column -> row (a dict), each row normalised to 1 at its pivot
    for row in rows:
        for column, pivot_row in pivots.items():
            factor = row.get(column)
            if factor:
                for c, v in pivot_row.items():
                    row[c] = (row.get(c, 0) - factor * v) % _PRIME
                row = {c: v for c, v in row.items() if v}
        if not row:
            continue
        column = min(row)
        inverse = pow(row[column], _PRIME - 2, _PRIME)
        row = {c: v * inverse % _PRIME for c, v in row.items()}
        for other_column, other in pivots.items():
            factor = other.get(column)
            if factor:
                for c, v in row.items():
                    other[c] = (other.get(c, 0) - factor * v) % _PRIME
                pivots[other_column] = {c: v for c, v in other.items() if v}
        pivots[column] = row
    return {columns[column] for column, row in pivots.items() if set(row) == {column}}


def hidden_cells(figures):
    """``{(scope, path): PRIMARY or SECONDARY}``: the counts the public does not read."""
    sections = {TOTAL: figures.get("total") or _empty(), **(figures.get("countries") or {})}
    cells = {}
    for scope, section in sections.items():
        for path, value in _counts(section).items():
            cells[(scope, path)] = value
    hidden = {cell: PRIMARY for cell, value in cells.items() if 0 < value < SMALL_COUNT}
    if not hidden:
        return hidden
    equations = _equations(cells, list(sections))

    def next_smallest(cell):
        """The smallest published count in a sum with ``cell`` (a part before a total)."""
        candidates = set()
        for equation in equations:
            if cell in equation:
                candidates |= {other for other in equation if other not in hidden}
        if not candidates:
            return None
        return min(candidates, key=lambda c: (cells[c] == 0, cells[c], c[0] == TOTAL, c))

    while True:
        # The quick rule first: no sum may have exactly one hidden count...
        changed = True
        while changed:
            changed = False
            for equation in equations:
                inside = [cell for cell in equation if cell in hidden]
                if len(inside) == 1:
                    extra = next_smallest(inside[0])
                    if extra is not None:
                        hidden[extra] = SECONDARY
                        changed = True
        # ...then the whole system: no hidden count may follow from several sums together.
        determined = sorted(_determined(set(hidden), equations))
        extra = next((found for cell in determined if (found := next_smallest(cell)) is not None), None)
        if extra is None:
            return hidden
        hidden[extra] = SECONDARY


def shown(count, why=PRIMARY):
    """A count as the public reads it: 1 to 4, and a count hidden so that a
    small one cannot be worked out, both read "not shown". One label for
    both: were the small ones told apart ("fewer than 5"), a reader could
    bound them (a total of 6 of a small count and a hidden count of 5 or
    more leaves only 1 + 5)."""
    if why == SECONDARY or (isinstance(count, int) and 0 < count < SMALL_COUNT):
        return str(_("not shown"))
    return count


def shown_time(times, decisions_hidden=False):
    """A time section as the public reads it: hours only on 5 decisions or more."""
    if decisions_hidden or times.get("decisions", 0) < SMALL_COUNT:
        return {"decisions": times.get("decisions", 0), "median_hours": None, "p90_hours": None}
    return dict(times)


def suppressed(section, hidden=None, scope=TOTAL):
    """A copy of one scope's figures with the hidden counts replaced.
    ``hidden`` is ``hidden_cells()`` of the whole report (without it, only
    this scope's small counts are hidden)."""
    if hidden is None:
        hidden = hidden_cells({"total": section})

    def walk(value, path):
        if path.startswith("time_to_decision.") and path.count(".") == 1:
            decisions = f"{path}.decisions"
            value = shown_time(value, decisions_hidden=(scope, decisions) in hidden)
        if isinstance(value, dict):
            return {name: walk(inner, f"{path}.{name}" if path else name) for name, inner in value.items()}
        if (scope, path) in hidden:
            return shown(value, hidden[(scope, path)])
        return value

    return walk(section, "")


# Suppression protects one report. Two reports of overlapping periods (any
# chosen period, or the current half-year rebuilt every day) would give the
# counts of the days between them by subtraction. So only a closed half-year
# (never rebuilt, and half-years do not overlap) is published exact; every
# other period is published rounded to the nearest multiple of 5, which a
# subtraction cannot undo to the unit.
ROUNDING_BASE = 5


def rounding_of(start, end, today=None):
    """1 for a closed half-year (published exact), else ``ROUNDING_BASE``."""
    today = today or timezone.localdate()
    closed_half_year = half_year_of(start) == (start, end) and end < today
    return 1 if closed_half_year else ROUNDING_BASE


def _rounded(value, base):
    if base == 1:
        return value
    if isinstance(value, dict):
        return {
            name: inner if name in ("median_hours", "p90_hours") else _rounded(inner, base)
            for name, inner in value.items()
        }
    if isinstance(value, int) and not isinstance(value, bool):
        return base * ((value + base // 2) // base)
    return value


def public_figures(report):
    """The report's figures with small counts suppressed (and, unless the
    period is a closed half-year, every count rounded), ready for JSON."""
    figures = report.figures or {}
    hidden = hidden_cells(figures)
    base = rounding_of(report.period_start, report.period_end)
    return {
        "period_start": report.period_start.isoformat(),
        "period_end": report.period_end.isoformat(),
        "built_at": report.built_at.isoformat(),
        "rounded_to": base,
        "total": _rounded(suppressed(figures.get("total", _empty()), hidden, TOTAL), base),
        "countries": {
            code: _rounded(suppressed(section, hidden, code), base)
            for code, section in figures.get("countries", {}).items()
        },
    }


def csv_rows(report):
    """(scope, measure, value) rows, flattened, suppressed."""
    figures = public_figures(report)
    scopes = [("total", figures["total"]), *figures["countries"].items()]
    rows = []

    def walk(scope, prefix, value):
        if isinstance(value, dict):
            for name, inner in value.items():
                walk(scope, f"{prefix}.{name}" if prefix else name, inner)
        else:
            rows.append((scope, prefix, "" if value is None else value))

    for scope, section in scopes:
        walk(scope, "", section)
    return rows
