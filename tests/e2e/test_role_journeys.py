"""An editor's and a moderator's day in a real browser, on the seeded demo
(the demo accounts of ``manage.py seed`` and its recommendation document),
reaching every tool by clicking from the home page. Screenshots go to
var/screenshots/roles/.

The editor: the round's page (its extension and reason), a member's new
feedback, triage, closing the round now with a reason, the workbench and the
build with its confirmations, the report. The moderator: the review queue
from the header's count (a flagged and a held feedback item), hiding one
with a reason, the pending application, the audit log.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from consult.demo import seed_demo_accounts, seed_demo_application
from consult.models import AuditLogEntry, ReviewItem, User
from forums.demo import seed_forums
from recommendations.demo import TITLE, seed_recommendations
from recommendations.models import Build, ConsultationRound, Feedback, RoundChange
from tests.consult.conftest import sign_in
from tests.consult.factories import add_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots" / "roles"


class Day:
    def __init__(self, browser, base_url, role):
        self.browser, self.base, self.role, self.step = browser, base_url, role, 0
        SHOTS.mkdir(parents=True, exist_ok=True)

    def as_(self, email):
        """A fresh browser signed in as the demo account ``email`` (MFA done, as staff must)."""
        user = User.objects.get(email=email)
        if not user.authenticator_set.exists():
            add_totp(user)
        client = sign_in(Client(), user)
        context = self.browser.new_context(viewport={"width": 1100, "height": 900})
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": self.base,
                }
            ]
        )
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(f"{self.base}/en/")
        return page

    def shot(self, page, name):
        self.step += 1
        page.screenshot(path=SHOTS / f"{self.role}-{self.step:02d}-{name}.png")


@pytest.fixture
def demo(seeded_live_server, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MODERATION_FIRST_POSTS = 0
    seed_demo_accounts()
    seed_forums()
    seed_demo_application()
    assert seed_recommendations() == 1
    return seeded_live_server.url


def _click(page, name, **kwargs):
    with page.expect_navigation():
        page.get_by_role("link", name=name, **kwargs).first.click()


def _submit(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def test_an_editor_runs_a_round_from_feedback_to_the_report_by_clicking(demo, browser):
    day = Day(browser, demo, "editor")
    round = ConsultationRound.objects.get(version__document__title=TITLE, closed_at__isnull=True)

    # A member gives feedback on a clause of the open round (clicking from the home page).
    member = day.as_("member.nl@demo.protect.example")
    _click(member, "Recommendations", exact=True)
    _click(member, TITLE)
    clause = round.version.clauses.in_order().filter(text__startswith="Listen, believe").get()
    member.locator(f'a[data-inline-feedback="feedback-for-{clause.key}"]').click()
    region = member.locator(f"#feedback-for-{clause.key}")
    region.get_by_label("Kind").select_option("comment")
    region.get_by_label("Your feedback").fill("Say that staff offer a **female** colleague if the person prefers.")
    region.get_by_role("button", name="Send feedback").click()
    region.get_by_text(re.compile("feedback was saved", re.I)).wait_for()
    day.shot(member, "member-gives-feedback")
    item = Feedback.objects.get(author__email="member.nl@demo.protect.example", round=round, clause=clause)

    # The editor: editor tools → the document → the round's page, with the seeded extension and its reason.
    ed = day.as_("editor@demo.protect.example")
    _click(ed, "Editor tools")
    _click(ed, TITLE)
    _click(ed, "Consultation dates and closing")
    assert ed.get_by_text("Greek and Italian partners asked for time").is_visible()
    day.shot(ed, "round-page")

    # Triage: accept the member's item with a public reason.
    _click(ed, "Triage", exact=True)
    ed.get_by_label(f"Choose item {item.pk}").check()
    ed.get_by_label("Decision").select_option("accepted")
    ed.get_by_label(re.compile("reason", re.I)).fill("Yes: the person chooses who they talk to.")
    day.shot(ed, "triage")
    _submit(ed, "Decide")
    item.refresh_from_db()
    assert item.decision == "accepted"

    # Close the round now, with a reason; a reason is required.
    _click(ed, "Dates and closing")
    _click(ed, "Close the consultation now")
    _submit(ed, "Close the consultation now")
    assert ed.get_by_text("Say why; participants and the other editors read the reason.").first.is_visible()
    ed.get_by_label("Reason").fill("Every partner has answered; the steering group meets on Monday.")
    day.shot(ed, "close-with-reason")
    _submit(ed, "Close the consultation now")
    assert ed.get_by_text("The consultation is closed.").is_visible()
    assert ed.get_by_role("link", name=re.compile("Open a new consultation on version 2")).is_visible()
    day.shot(ed, "round-closed")
    round.refresh_from_db()
    assert round.closed_at is not None
    assert RoundChange.objects.filter(round=round, kind="closed").count() == 1

    # The workbench lists accepted items as to-dos; the build asks to confirm open to-dos and undecided items.
    _click(ed, "Merge workbench")
    day.shot(ed, "workbench")
    _submit(ed, "Build the next version")
    assert not Build.objects.filter(round=round).exists()  # refused: confirmations missing
    for box in ed.locator("input[name^=confirm_]").all():
        box.check()
    _submit(ed, "Build the next version")
    ed.get_by_text("Version 3 was built as a draft.").wait_for(timeout=60_000)
    day.shot(ed, "built")

    # The report says what was done with each item, the member's included.
    _click(ed, "Consultation report")
    assert ed.get_by_text("Yes: the person chooses who they talk to.").first.is_visible()
    assert ed.locator("strong", has_text="female").first.is_visible()  # Markdown as formatting
    day.shot(ed, "report")


def test_a_moderator_handles_the_queue_and_the_application_by_clicking(demo, browser):
    day = Day(browser, demo, "moderator")
    mod = day.as_("moderator.nl@demo.protect.example")

    badge = mod.locator(".role-nav [data-review-count]")
    assert int(badge.get_attribute("data-review-count")) >= 2  # the flagged and the held feedback
    _click(mod, "Review queue")
    assert mod.get_by_text(re.compile("Flagged by 1 member")).first.is_visible()
    assert mod.get_by_text(re.compile("The guard found", re.I)).first.is_visible()
    day.shot(mod, "queue")

    flagged = ReviewItem.objects.with_flag_counts().filter(flag_count__gt=0).get()
    mod.locator(f"#item-{flagged.pk}").check()
    mod.get_by_label("Action").select_option("hide")
    mod.get_by_label(re.compile(r"^Reason", re.I)).fill(
        "A harmful stereotype about survivors; not feedback on the clause."
    )
    _submit(mod, "Apply")
    day.shot(mod, "queue-after")
    assert Feedback.objects.get(pk=flagged.object_id).visibility == Feedback.Visibility.HIDDEN

    _click(mod, "Applications")
    _click(mod, re.compile("Demo applicant"))
    day.shot(mod, "application")

    _click(mod, "My account")
    _click(mod, "Audit log")
    assert mod.get_by_text(re.compile("harmful stereotype")).first.is_visible()
    day.shot(mod, "audit-log")
    assert AuditLogEntry.objects.filter(reason__contains="harmful stereotype").exists()
