"""The public transparency report: a page, and the same figures as CSV and JSON."""

import csv
import unicodedata
from datetime import date, timedelta

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .. import cldr
from ..models import Country, Flag, Notice, StatementOfReasons, TransparencyReport
from ..outbox import schedule
from . import transparency

MAX_PERIOD_DAYS = 366 * 5


def _period(request):
    """The period asked for (default: the current half-year), or an error message."""
    start_text, end_text = request.GET.get("start", ""), request.GET.get("end", "")
    if not start_text and not end_text:
        return (*transparency.half_year_of(timezone.localdate()), None)
    try:
        start, end = date.fromisoformat(start_text), date.fromisoformat(end_text)
    except ValueError:
        return None, None, _("Give the start and the end of the period as dates (YYYY-MM-DD).")
    if end < start:
        return None, None, _("The period ends before it starts.")
    if end - start > timedelta(days=MAX_PERIOD_DAYS):
        return None, None, _("Choose a period of five years at most.")
    return start, end, None


def _hours(value):
    return _("not shown (too few decisions)") if value is None else _("%(hours)s h") % {"hours": value}


def readable(section):
    """One scope's figures as (heading, [(label, value)]) for the page."""
    restrictions = dict(StatementOfReasons.Restriction.choices)
    grounds = dict(StatementOfReasons.Ground.choices)
    reasons = dict(Flag.Reason.choices) | {f"notice:{k}": v for k, v in Notice.Reason.choices}
    reporters = {"member": _("from members"), "visitor": _("from visitors"), "staff": _("from staff")}
    notices, actions, guard = section["notices"], section["actions"], section["guard"]
    appeals, times = section["appeals"], section["time_to_decision"]
    return [
        (
            _("Notices received"),
            [(_("all notices"), notices["total"])]
            + [(reasons.get(k, k), v) for k, v in notices["by_reason"].items()]
            + [(reporters.get(k, k), v) for k, v in notices["by_reporter"].items()],
        ),
        (
            _("Actions taken"),
            [
                (_("all actions"), actions["total"]),
                (_("automatic"), actions["automatic"]),
                (_("by a moderator"), actions["by_moderator"]),
            ]
            + [(restrictions.get(k, k), v) for k, v in actions["by_restriction"].items()]
            + [(_("ground: %(ground)s") % {"ground": grounds.get(k, k)}, v) for k, v in actions["by_ground"].items()],
        ),
        (
            _("The personal-data guard"),
            [
                (_("contributions held"), guard["held"]),
                (_("released unchanged by a moderator"), guard["released_unchanged"]),
                (_("hidden by a moderator"), guard["hidden"]),
            ],
        ),
        (
            _("Time to decision"),
            [
                (_("review queue: decisions"), times["review"]["decisions"]),
                (_("review queue: median"), _hours(times["review"]["median_hours"])),
                (_("review queue: 90th percentile"), _hours(times["review"]["p90_hours"])),
                (_("appeals: median"), _hours(times["appeals"]["median_hours"])),
                (_("appeals: 90th percentile"), _hours(times["appeals"]["p90_hours"])),
            ],
        ),
        (_("Appeals of actions taken"), _appeal_rows(appeals)),
        # a report stored before these were counted has neither: nothing is shown rather than a false 0
        *[(heading, _appeal_rows(section[name])) for name, heading in _dismissal_appeals() if name in section],
        (_("Accounts"), [(_("memberships suspended"), section["accounts_suspended"])]),
    ]


def _dismissal_appeals():
    return [
        ("report_appeals", _("Appeals of dismissed reports from members")),
        ("notice_appeals", _("Appeals of dismissed notices from the public")),
    ]


def _appeal_rows(appeals):
    return [
        (_("received"), appeals["received"]),
        (_("decided"), appeals["decided"]),
        (_("decision reversed"), appeals["reversed"]),
        (_("decision confirmed"), appeals["upheld"]),
    ]


@require_GET
def report(request):
    """The stored report of the chosen period; a period nobody asked for
    before is built by a task (the page says it is being prepared)."""
    start, end, error = _period(request)
    wanted = request.GET.get("format", "html")
    if error:
        if wanted in ("json", "csv"):
            return JsonResponse({"detail": error, "field": "start"}, status=400)
        return render(request, "consult/moderation/transparency.html", {"error": error}, status=400)
    stored = TransparencyReport.objects.filter(period_start=start, period_end=end).first()
    if stored is None:
        schedule(
            "consult.build_transparency_report",
            key=f"transparency:{start.isoformat()}:{end.isoformat()}",
            start=start.isoformat(),
            end=end.isoformat(),
        )
        # With an eager worker (tests, the embedded default) it is there already.
        stored = TransparencyReport.objects.filter(period_start=start, period_end=end).first()
    if stored is None:
        if wanted in ("json", "csv"):
            return JsonResponse({"detail": _("The report of this period is being prepared.")}, status=202)
        context = {"preparing": True, "start": start, "end": end}
        return render(request, "consult/moderation/transparency.html", context, status=202)
    # The machine-readable formats are the same in every language: their
    # keys are codes, so a hidden count reads "not shown" there, untranslated.
    if wanted == "json":
        with translation.override(None):
            figures = transparency.public_figures(stored)
        return JsonResponse(figures, json_dumps_params={"ensure_ascii": False})
    if wanted == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="transparency-{start}-{end}.csv"'
        writer = csv.writer(response)
        writer.writerow(["scope", "measure", "value"])
        with translation.override(None):
            writer.writerows(transparency.csv_rows(stored))
        return response
    figures = transparency.public_figures(stored)
    # The country names in the page's language (CLDR), not the English ones stored.
    names = {code: cldr.country_name(code) for code in Country.objects.values_list("code", flat=True)}
    country = request.GET.get("country", "")
    countries = [(code, names.get(code, code), readable(section)) for code, section in figures["countries"].items()]
    if country:
        countries = [row for row in countries if row[0] == country]
    return render(
        request,
        "consult/moderation/transparency.html",
        {
            "report": stored,
            "rounded_to": figures["rounded_to"],
            "total": readable(figures["total"]),
            "countries": countries,
            "country": country,
            "all_countries": sorted(names.items(), key=lambda pair: unicodedata.normalize("NFKD", pair[1]).casefold()),
            "half_years": transparency.recent_half_years(),
            "start": start,
            "end": end,
            "stored_reports": TransparencyReport.objects.order_by("-period_start")[:20],
        },
    )
