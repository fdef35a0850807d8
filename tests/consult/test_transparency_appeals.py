"""The transparency report counts the appeals of dismissed reports (members'
flags) and of dismissed notices beside the appeals of actions: received,
decided, reversed and confirmed, with the same suppression of small counts
and the same rounding, on the page, in the CSV and in the JSON."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.utils import timezone

from consult.models import CountryRole, TransparencyReport
from consult.moderation import transparency
from tests.consult.appeal_cases import notice_appeal, report_appeal
from tests.consult.factories import member, staff

pytestmark = pytest.mark.django_db

EMPTY = {"received": 0, "decided": 0, "reversed": 0, "upheld": 0}


@pytest.fixture
def moderators():
    return staff(CountryRole.Role.MODERATOR, "NL"), staff(CountryRole.Role.MODERATOR, "NL")


def test_appeals_of_reports_and_notices_are_counted_when_received_and_when_decided(moderators):
    reversed_report = report_appeal(moderators[0], member(countries=("NL",)))
    report_appeal(moderators[0], member(countries=("NL",)))  # still open
    confirmed_notice = notice_appeal(moderators[0], member(countries=("NL",)))
    reversed_report.decide(moderators[1], "reversed", "It names people.")
    confirmed_notice.decide(moderators[1], "upheld", "The number is right.")
    today = timezone.localdate()

    figures = transparency.build(today - timedelta(days=1), today)

    for scope in (figures["total"], figures["countries"]["NL"]):
        assert scope["report_appeals"] == {"received": 2, "decided": 1, "reversed": 1, "upheld": 0}
        assert scope["notice_appeals"] == {"received": 1, "decided": 1, "reversed": 0, "upheld": 1}
        assert scope["appeals"] == EMPTY  # no action was appealed
    # a period before any of it counts none
    assert (
        transparency.build(today - timedelta(days=30), today - timedelta(days=29))["total"]["report_appeals"] == EMPTY
    )


def test_small_counts_of_report_and_notice_appeals_read_not_shown_in_the_json_csv_and_page(client, moderators):
    case = report_appeal(moderators[0], member(countries=("NL",)))
    case.decide(moderators[1], "reversed", "It names people.")
    today = timezone.localdate()
    period = f"start={today - timedelta(days=1)}&end={today}"
    transparency.store(today - timedelta(days=1), today)

    data = client.get(f"/en/transparency/?{period}&format=json").json()
    assert data["total"]["report_appeals"] == dict.fromkeys(["received", "decided", "reversed"], "not shown") | {
        "upheld": 0
    }
    assert data["countries"]["NL"]["notice_appeals"] == EMPTY
    rows = list(csv.reader(io.StringIO(client.get(f"/en/transparency/?{period}&format=csv").content.decode())))
    assert ["total", "report_appeals.received", "not shown"] in rows
    assert ["NL", "notice_appeals.decided", "0"] in rows
    page = client.get(f"/en/transparency/?{period}").content.decode()
    reports = page[page.index("<caption>Appeals of dismissed reports from members</caption>") :]
    assert reports.index('<th scope="row">Received</th><td>not shown</td>') < reports.index("</table>")
    assert "<caption>Appeals of dismissed notices from the public</caption>" in page


def _stored(start, end, report_appeals, notice_appeals):
    figures = transparency.build(date(2020, 1, 1), date(2020, 1, 1))  # all zero
    figures["total"]["report_appeals"] = report_appeals
    figures["total"]["notice_appeals"] = notice_appeals
    return TransparencyReport.objects.create(period_start=start, period_end=end, figures=figures)


def test_a_closed_half_year_gives_the_appeal_counts_exactly_hiding_what_gives_a_small_one_away(client):
    _stored(
        date(2026, 1, 1),
        date(2026, 6, 30),
        {"received": 12, "decided": 10, "reversed": 5, "upheld": 5},
        {"received": 7, "decided": 6, "reversed": 1, "upheld": 5},
    )

    served = client.get("/en/transparency/?start=2026-01-01&end=2026-06-30&format=json").json()

    assert served["rounded_to"] == 1
    assert served["total"]["report_appeals"] == {"received": 12, "decided": 10, "reversed": 5, "upheld": 5}
    notices = served["total"]["notice_appeals"]
    assert notices["received"] == 7
    assert notices["reversed"] == "not shown"
    # 6 - 5 would give the 1 back: one of them is hidden too
    assert "not shown" in (notices["decided"], notices["upheld"])


def test_an_open_period_rounds_the_appeal_counts_to_the_nearest_5(client):
    current = transparency.half_year_of(timezone.localdate())
    _stored(*current, {"received": 12, "decided": 8, "reversed": 0, "upheld": 8}, EMPTY)

    served = client.get(f"/en/transparency/?start={current[0]}&end={current[1]}&format=json").json()

    assert served["rounded_to"] == 5
    assert served["total"]["report_appeals"] == {"received": 10, "decided": 10, "reversed": 0, "upheld": 10}


def test_a_report_stored_before_these_counts_existed_shows_no_false_zero(client):
    figures = transparency.build(date(2020, 1, 1), date(2020, 1, 1))
    for section in (figures["total"], *figures["countries"].values()):
        del section["report_appeals"], section["notice_appeals"]
    TransparencyReport.objects.create(period_start=date(2025, 7, 1), period_end=date(2025, 12, 31), figures=figures)

    response = client.get("/en/transparency/?start=2025-07-01&end=2025-12-31")

    assert response.status_code == 200
    page = response.content.decode()
    assert "<caption>Appeals of actions taken</caption>" in page
    assert "Appeals of dismissed reports" not in page
