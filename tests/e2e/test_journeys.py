"""The platform's main journey in a real browser, one person after another,
with a screenshot of every step in var/screenshots/journey/ (CI keeps it):

a newcomer applies and is vetted; the new member posts a practice; a
moderator handles what the personal-data guard held; the member comments on
a clause; an editor decides on that feedback with a public reason.
"""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import timezone

from consult.models import CountryRole, Profile, User
from forums.demo import seed_forums
from forums.models import Post, Visibility
from recommendations.consultation.services import close_due_rounds
from recommendations.models import Feedback
from tests.consult.conftest import sign_in
from tests.consult.factories import staff
from tests.recommendations.factories import draft, open_round

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots" / "journey"
PASSWORD = "a long and unusual passphrase"


class Journey:
    def __init__(self, browser, base_url):
        self.browser = browser
        self.base = base_url
        self.step = 0
        SHOTS.mkdir(parents=True, exist_ok=True)

    def as_(self, user=None):
        """A fresh browser for one person (staff: an MFA-complete session)."""
        context = self.browser.new_context(viewport={"width": 1000, "height": 900})
        if user is not None:
            client = sign_in(Client(), user)
            context.add_cookies([{
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": self.base,
            }])  # fmt: skip
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    def shot(self, page, name):
        self.step += 1
        page.screenshot(path=SHOTS / f"{self.step:02d}-{name}.png", full_page=True)


@pytest.fixture
def journey(seeded_live_server, browser, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    seed_forums()
    return Journey(browser, seeded_live_server.url)


def test_from_application_to_a_decision_on_feedback(journey):
    base = journey.base
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    editor = staff(CountryRole.Role.EDITOR, "NL")
    round = open_round(draft("NL", clauses=6, editors=[editor]))

    # 1. A newcomer applies.
    page = journey.as_()
    page.goto(f"{base}/en/accounts/signup/")
    page.locator("#id_email").fill("amal@clinic.example")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label("Display name").fill("Amal K.")
    page.locator("#id_organisation").fill("City Clinic")
    page.get_by_label("Sector").select_option("medical")
    page.get_by_label("Netherlands").check()
    page.get_by_label("Job role").fill("Nurse")
    page.get_by_label("Why do you want to join?").fill("I treat survivors and want to learn from colleagues.")
    page.get_by_label(re.compile("code of conduct", re.I)).check()
    page.get_by_label(re.compile("privacy notice", re.I)).check()
    journey.shot(page, "newcomer-applies")
    page.get_by_role("button", name="Send my application").click()
    page.wait_for_url("**/accounts/confirm-email/")
    journey.shot(page, "newcomer-asked-to-confirm")

    # ... confirms the address from the e-mail the worker sent
    (message,) = [m for m in mail.outbox if m.to == ["amal@clinic.example"]]
    link = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    page.goto(base + link)
    with page.expect_navigation():  # the answer replaces the page (one history entry)
        page.get_by_role("button", name=re.compile("confirm", re.I)).click()
    newcomer = User.objects.get(email="amal@clinic.example")
    assert newcomer.profile.status == Profile.Status.PENDING

    # 2. The Dutch moderator vets the application.
    mod = journey.as_(moderator)
    mod.goto(f"{base}/en/moderation/applications/")
    mod.get_by_role("link", name=re.compile("Amal K.")).click()
    mod.get_by_label("Approve").check()
    journey.shot(mod, "moderator-vets")
    with mod.expect_navigation():  # the answer replaces the page (one history entry)
        mod.get_by_role("button", name="Record the decision").click()
    newcomer.profile.refresh_from_db()
    assert newcomer.profile.status == Profile.Status.APPROVED

    # 3. The new member signs in and posts a practice that names a phone number.
    page.goto(f"{base}/en/accounts/login/")
    page.locator("#id_login").fill("amal@clinic.example")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():  # the answer replaces the page (one history entry)
        page.get_by_role("button", name=re.compile("sign in", re.I)).click()
    page.goto(f"{base}/en/forums/nl/new/")
    page.get_by_label("Kind").select_option("practice")
    page.get_by_label("Title").fill("Night-time referrals with an interpreter")
    page.get_by_label("Context").fill("Survivors arriving at night; call our desk on +31 6 1234 5678.")
    page.get_by_label("Message").fill("How we handle referrals that arrive at night.")
    page.get_by_label("What was done").fill("A phone interpreter joins the first conversation.")
    page.get_by_label("What worked").fill("Survivors stay for the second appointment.")
    journey.shot(page, "member-writes-a-practice")
    page.get_by_role("button", name="Post", exact=True).click()
    page.wait_for_url("**/forums/threads/**")
    journey.shot(page, "member-told-post-is-held")
    post = Post.objects.get(author=newcomer)
    assert post.status == Visibility.PENDING
    assert post.held_findings  # the guard saw the phone number

    # 4. The moderator sees what the guard found and approves after reading.
    mod.goto(f"{base}/en/moderation/")
    assert mod.get_by_text(re.compile("The guard found", re.I)).first.is_visible()
    mod.locator("input[name=items]").first.check()
    mod.get_by_label("Action").select_option("approve")
    journey.shot(mod, "moderator-handles-guard-hit")
    with mod.expect_navigation():  # the answer replaces the page (one history entry)
        mod.get_by_role("button", name="Apply").click()
    post.refresh_from_db()
    assert post.status == Visibility.PUBLISHED

    # 5. The member comments on a clause, under the clause.
    clause = round.version.clauses.in_order()[1]
    page.goto(base + round.version.get_absolute_url())
    page.locator(f'a[data-inline-feedback="feedback-for-{clause.key}"]').click()
    region = page.locator(f"#feedback-for-{clause.key}")
    region.get_by_label("Kind").select_option("amendment")
    region.get_by_label("Your feedback").fill("Name the interpreter service.")
    region.get_by_label("Proposed text (amendments)").fill(clause.text + " An interpreter is offered.")
    region.get_by_role("button", name="Send feedback").click()
    region.get_by_text(re.compile("feedback was saved", re.I)).wait_for()
    journey.shot(page, "member-comments-on-a-clause")
    feedback = Feedback.objects.get(author=newcomer)

    # (the member's first items are read by a moderator before others see them)
    mod.goto(f"{base}/en/moderation/")
    mod.locator("input[name=items]").first.check()
    mod.get_by_label("Action").select_option("approve")
    with mod.expect_navigation():  # the answer replaces the page (one history entry)
        mod.get_by_role("button", name="Apply").click()

    # 6. The editor decides, with a public reason.
    ed = journey.as_(editor)
    ed.goto(f"{base}/en/recommendations/rounds/{round.pk}/triage/")
    ed.get_by_label(f"Choose item {feedback.pk}").check()
    ed.get_by_label("Decision").select_option("partly_accepted")
    ed.get_by_label(re.compile("reason", re.I)).fill("We add the interpreter; the service is named in annex 2.")
    journey.shot(ed, "editor-decides")
    with ed.expect_navigation():  # the answer replaces the page (one history entry)
        ed.get_by_role("button", name="Decide").click()
    feedback.refresh_from_db()
    assert feedback.decision == "partly_accepted"

    # 7. The member reads the decision and its reason on the clause.
    page.goto(base + feedback.get_absolute_url())
    assert page.get_by_text("We add the interpreter; the service is named in annex 2.").is_visible()
    journey.shot(page, "member-reads-the-decision")

    # 8. The round closes (beat's periodic task), and the editor merges.
    type(round).objects.filter(pk=round.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    assert close_due_rounds() == 1
    ed.goto(f"{base}/en/recommendations/rounds/{round.pk}/merge/?show=conflicts")
    section = ed.locator(f"#clause-{clause.key}")
    # an amendment accepted in part is a conflict: the build waits for the editor
    assert ed.get_by_text(re.compile("1 clause is in conflict")).is_visible()
    assert section.is_visible()
    section.get_by_text("Edit this clause").click()
    new_text = clause.text + " An interpreter is offered, by phone if needed."
    section.get_by_label("Text for the next version (Markdown)").fill(new_text)
    section.get_by_label(f"#{feedback.pk}", exact=False).check()
    section.get_by_role("button", name="Save the resolution").click()
    ed.get_by_text("No conflicts are left.").wait_for()
    journey.shot(ed, "editor-resolves-in-the-workbench")

    # 9. ... builds version 2 (a Celery task; the page follows its progress) ...
    ed.get_by_role("button", name="Build the next version").click()
    ed.get_by_text("Version 2 was built as a draft.").wait_for(timeout=30_000)
    journey.shot(ed, "editor-builds-version-2")

    # 10. ... and publishes it as final.
    ed.get_by_role("link", name="Publish it").click()
    ed.get_by_label("final", exact=True).check()
    with ed.expect_navigation():  # the answer replaces the page (one history entry)
        ed.get_by_role("button", name="Publish").click()
    version_2 = round.version.document.versions.get(number=2)
    assert version_2.status == "final"
    journey.shot(ed, "editor-publishes")

    # 11. The member reads what became of their feedback.
    page.goto(f"{base}/en/recommendations/rounds/{round.pk}/report/?mine=1")
    row = page.locator(f"#report-{clause.key}")
    assert row.get_by_text("We add the interpreter; the service is named in annex 2.").is_visible()
    assert row.locator("ins").filter(has_text="interpreter").count() >= 1
    journey.shot(page, "member-sees-what-became-of-their-feedback")
    page.goto(f"{base}/en/recommendations/{round.version.document.pk}/")
    assert page.url.endswith(version_2.get_absolute_url())  # the document shows its current version
