"""Fair moderation in a real browser: a member's post is hidden by a
moderator, the member reads the statement of reasons on "My moderation" and
appeals, a second moderator of the same country reverses, the post is back
in its place in the thread, and the transparency report counts the reversed
appeal. Every step after sign-in is a click. Screenshots go to
var/screenshots/fair/.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

from consult.models import Appeal, CountryRole, HouseRule, StatementOfReasons, TransparencyReport
from forums.discussion import services as forum_services
from forums.models import Post, Visibility
from tests.consult.factories import member, staff
from tests.e2e.conftest import browser_sign_in
from tests.forums.factories import ForumFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots" / "fair"


class Journey:
    def __init__(self, browser, base):
        self.browser, self.base, self.step = browser, base, 0
        SHOTS.mkdir(parents=True, exist_ok=True)

    def as_(self, user):
        context = self.browser.new_context(viewport={"width": 1100, "height": 900})
        browser_sign_in(context, self.base, user)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(f"{self.base}/en/")  # the one address typed: the home page
        return page

    def shot(self, page, name):
        self.step += 1
        page.screenshot(path=SHOTS / f"{self.step:02d}-{name}.png", full_page=True)


def _click(page, name, **kwargs):
    with page.expect_navigation():
        page.get_by_role("link", name=name, **kwargs).first.click()


def _submit(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def _open_thread(page, forum, thread):
    _click(page, "Forums", exact=True)
    _click(page, forum.title)
    _click(page, thread.title)


def test_a_hidden_post_is_appealed_reversed_by_another_moderator_and_counted(seeded_live_server, browser, settings):
    settings.MODERATION_FIRST_POSTS = 0
    base = seeded_live_server.url
    first_moderator = staff(CountryRole.Role.MODERATOR, "NL", display_name="Moderator Anouk")
    second_moderator = staff(CountryRole.Role.MODERATOR, "NL", display_name="Moderator Bram")
    author, writer = member(display_name="Fatima"), member(display_name="Joost")
    forum = ForumFactory(slug="nl-journey", title="Netherlands: referrals")
    thread = forum_services.start_thread(
        forum, author, title="Night-time referrals", body="Who takes referrals after midnight?"
    )
    forum_services.reply(thread, writer, body="The sexual assault centre does, by phone first.")
    forum_services.reply(thread, author, body="Thank you, that helps.")
    post = Post.objects.get(author=writer, thread=thread)
    # the common rules come with a data migration, which a browser test's
    # flushed database (PostgreSQL in CI) no longer holds
    rule = HouseRule.objects.for_country(post.moderation_country_id).first() or HouseRule.objects.create(
        code="personal-data", title="Nothing that identifies a person", position=1
    )
    journey = Journey(browser, base)

    # 1. The first moderator hides the member's post, citing a house rule.
    moderator = journey.as_(first_moderator)
    _open_thread(moderator, forum, thread)
    moderator.locator(f"#post-{post.pk}").get_by_role("link", name="Hide", exact=True).click()
    moderator.wait_for_url(re.compile(r"/hide/$"))
    moderator.get_by_label("Reason").fill("It reads as medical advice without a source.")
    moderator.get_by_label("House rule").select_option(str(rule.pk))
    journey.shot(moderator, "moderator-hides-the-post")
    _submit(moderator, "Hide")
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN

    # 2. The member reads the statement of reasons on "My moderation" and appeals.
    page = journey.as_(writer)
    _click(page, "My moderated contributions")
    statement = StatementOfReasons.objects.get(object_id=post.pk, restriction="content_hidden")
    journey.shot(page, "member-reads-my-moderation")
    _click(page, re.compile(r"hidden from members", re.I))
    page.get_by_text("It reads as medical advice without a source.").wait_for()
    page.get_by_text(str(rule.title)).first.wait_for()
    page.get_by_label(re.compile("Why should the decision change")).fill(
        "The centre publishes this itself on its website; I only repeated it."
    )
    journey.shot(page, "member-appeals")
    _submit(page, "Send the appeal")
    page.get_by_text(re.compile("Your appeal is received")).wait_for()
    appeal = Appeal.objects.get(statement=statement)

    # 3. The first moderator may not decide their own decision's appeal.
    _click(moderator, "Review queue")
    _click(moderator, "Appeals", exact=True)
    _click(moderator, re.compile(r"hidden from members", re.I))
    moderator.get_by_text("You took this decision: another moderator decides the appeal.").wait_for()
    assert moderator.get_by_role("button", name="Decide").count() == 0

    # 4. A second moderator of the Netherlands reverses it, with reasons.
    second = journey.as_(second_moderator)
    _click(second, "Review queue")
    _click(second, "Appeals", exact=True)
    _click(second, re.compile(r"hidden from members", re.I))
    second.get_by_label(re.compile("Reverse the decision")).check()
    second.get_by_label(re.compile("Reasons")).fill("The centre's own website says so; the post may stay.")
    journey.shot(second, "second-moderator-reverses")
    _submit(second, "Decide")
    second.get_by_text(re.compile("The appeal is decided")).wait_for()
    appeal.refresh_from_db()
    assert appeal.state == Appeal.State.REVERSED
    assert appeal.decided_by == second_moderator

    # 5. The post is back in its place: between the opening post and the author's thanks.
    _open_thread(page, forum, thread)
    bodies = page.locator("article.post .post__body").all_inner_texts()
    assert [text.strip() for text in bodies] == [
        "Who takes referrals after midnight?",
        "The sexual assault centre does, by phone first.",
        "Thank you, that helps.",
    ]
    journey.shot(page, "post-back-in-place")
    _click(page, "My moderated contributions")
    page.get_by_text(re.compile("reversed on appeal", re.I)).first.wait_for()

    # 6. The transparency report counts the appeal received, decided and reversed.
    _click(second, "Review queue")
    _click(second, "Transparency report")
    if second.get_by_text(re.compile("being prepared")).count():
        second.reload()  # the task ran when the page asked for the period
    appeals_table = second.locator("table.transparency", has=second.locator("caption", has_text="Appeals")).first
    reversed_row = appeals_table.locator("tr", has=second.locator("th", has_text="Decision reversed"))
    assert reversed_row.locator("td").inner_text() == "not shown"  # 1: a small count
    journey.shot(second, "transparency-report")
    report = TransparencyReport.objects.get()
    assert report.figures["total"]["appeals"] == {"received": 1, "decided": 1, "reversed": 1, "upheld": 0}
    assert report.figures["countries"]["NL"]["appeals"]["reversed"] == 1
