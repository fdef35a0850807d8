"""The transparency report: what moderation did in a period, per country
and in total.

``build(start, end)`` counts, from the stored rows, the notices received
(members' flags and notices from anyone, by reason and kind of reporter), the restrictions (by kind,
ground and whether automatic), the guard's holds and how many a moderator
released unchanged (its precision in practice), the times to decision
(median and 90th percentile), the appeals (received, decided, reversed) and
the suspensions. ``store(start, end)`` saves that as a TransparencyReport,
once per period: a task builds it (consult.build_transparency_report), and
the same period built again gives the same figures.

Figures are stored raw and suppressed when shown: ``shown(count)`` turns
1 to 4 into "fewer than 5" so that no one is identifiable (0 stays 0: it
identifies no one), and a time is shown only when it rests on 5 or more
decisions.
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
        "accounts_suspended": 0,
    }


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


def shown(count):
    """A count as the public reads it: 1 to 4 become "fewer than 5"."""
    if isinstance(count, int) and 0 < count < SMALL_COUNT:
        return str(_("fewer than %(n)d") % {"n": SMALL_COUNT})
    return count


def shown_time(times):
    """A time section as the public reads it: hours only on 5 decisions or more."""
    if times.get("decisions", 0) < SMALL_COUNT:
        return {"decisions": shown(times.get("decisions", 0)), "median_hours": None, "p90_hours": None}
    return dict(times)


def suppressed(section):
    """A copy of one country's (or the total's) figures with small counts suppressed."""

    def walk(value, key=""):
        if key == "time_to_decision":
            return {name: shown_time(times) for name, times in value.items()}
        if isinstance(value, dict):
            return {name: walk(inner, name) for name, inner in value.items()}
        return shown(value)

    return walk(section)


def public_figures(report):
    """The report's figures with small counts suppressed, ready for JSON."""
    figures = report.figures or {}
    return {
        "period_start": report.period_start.isoformat(),
        "period_end": report.period_end.isoformat(),
        "built_at": report.built_at.isoformat(),
        "total": suppressed(figures.get("total", _empty())),
        "countries": {code: suppressed(section) for code, section in figures.get("countries", {}).items()},
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
