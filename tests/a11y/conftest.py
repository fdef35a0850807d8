"""Every page type of the platform, seeded once per test, with who sees it.

The accessibility tests (axe-core, reflow at 200 % zoom and on a 360-pixel
phone) walk the same list, so a new page type joins both by being added here.
"""

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import (  # noqa: F401 — the same chromium set-up and live server as tests/e2e
    _chromium_available,
    browser_sign_in,
    browser_type_launch_args,
    page,
    seeded_live_server,
)

AXE_PATH = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
ROLES = ("anonymous", "member", "moderator")


@dataclass
class PageType:
    name: str
    path: str
    role: str  # anonymous, member (approved, NL) or moderator (administrator with TOTP: moderation, triage)


def _translate_country_page_into_arabic():
    """Home, country index and the Dutch country page in Arabic (the seed's
    texts), without the other 70 translations."""
    from wagtail.models import Locale

    from home import seed_content as content
    from home.demo import translate_page
    from home.models import CountryIndexPage, CountryPage, HomePage

    english, arabic = Locale.get_default(), Locale.objects.get(language_code="ar")
    home_text, index_title, country_text = content.TRANSLATED_TEXT["ar"]
    home_strings = dict(zip(content.HOME_INTRODUCTION, home_text, strict=True))
    translate_page(HomePage.objects.get(locale=english), arabic, home_strings)
    translate_page(CountryIndexPage.objects.get(locale=english), arabic, {"Countries": index_title})
    country_page = CountryPage.objects.get(locale=english, slug="nl")
    name = content.COUNTRY_NAMES["ar"].get("NL", "Netherlands")
    source = [text.format(country="Netherlands") for text in content.COUNTRY_INTRODUCTION]
    strings = {"Netherlands": name} | {s: t.format(country=name) for s, t in zip(source, country_text, strict=True)}
    return translate_page(country_page, arabic, strings)


def seed_page_types():
    """The rows behind each page type; returns (page types, users by role)."""
    from django.conf import settings

    from consult.models import Profile
    from forums.discussion import services as forum_services
    from recommendations.consultation import services as consultation
    from recommendations.drafting import services as drafting
    from recommendations.models import Feedback
    from tests.consult.factories import administrator, member
    from tests.forums.factories import ForumFactory
    from tests.recommendations.factories import draft, open_round

    settings.MODERATION_FIRST_POSTS = 0
    arabic_page = _translate_country_page_into_arabic()
    author = member(("NL",), display_name="Amira", organisation="Shelter Utrecht", show_organisation=True)
    reader = member(("NL",), display_name="Joost")
    moderator = administrator()
    member(("NL",), status=Profile.Status.PENDING, display_name="Applicant")

    forum = ForumFactory(slug="nl-practice", title="Netherlands: practice")
    thread = forum_services.start_thread(
        forum, author, title="Interpreters for first interviews",
        body="We book a **female interpreter** by default.\n\n- ask first\n- [guidance](https://example.org/guide)",
    )  # fmt: skip
    forum_services.reply(thread, reader, body="Thank you, we do the same in Rotterdam.")
    # what members paste: a long address, a long word and a wide table (reflow must hold)
    forum_services.reply(thread, author, body=(
        "See https://example.org/" + "referral-pathways-for-survivors-" * 6 + "final.pdf and "
        "Verwijzingsprotocolimplementatiehandleidingsbijlage.\n\n"
        "| Service | City | Languages | Hours | Free | Without papers | Notes |\n|---|---|---|---|---|---|---|\n"
        "| Centrum Seksueel Geweld | Amsterdam | nl, en, ar, fa, ti | 24/7 | yes | yes | by phone first |\n"
    ))  # fmt: skip
    # one post held by the personal-data guard, so the queue has an item
    forum_services.reply(thread, reader, body="Call her on +31 6 1234 5678 if needed.")

    version = draft("NL", 6)
    round = open_round(version)
    clause = version.clauses.filter(kind="paragraph").first()
    comment = "Name the sexual assault centre explicitly."
    amendment = "Staff refer the person to the nearest sexual assault centre."
    consultation.give_feedback(author=author, round=round, clause=clause, kind=Feedback.Kind.COMMENT, text=comment)
    consultation.give_feedback(
        author=reader, round=round, clause=clause, kind=Feedback.Kind.AMENDMENT, proposed_text=amendment
    )

    # a second version (a draft, so only editors read it) for the diff
    second = drafting.next_draft_version(editor=moderator, version=version)
    changed = second.clauses.get(key=clause.key)
    drafting.update_clause(editor=moderator, clause=changed, text=changed.text + " Within one hour.")
    drafting.add_clause(editor=moderator, version=second, after=changed, text="Interpreters are offered.")

    # a content warning folds one post; a visitor's notice, dismissed, so its page offers the appeal
    from consult.moderation import content_warnings, notices
    from forums.models import Post
    from home.models import CountryPage

    warned = Post.objects.filter(thread=thread, body_markdown__startswith="Thank you").get()
    content_warnings.set_warning(warned, user=reader, kind="sexual_violence")
    country_page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    about = notices.reference_of(country_page)
    notice = notices.send_notice(about, reason="wrong_information", explanation="The helpline number is wrong.")
    notices.decide_notice(notice, moderator=moderator, outcome="dismissed", reasons="The number is right.")

    # members' reports kept by another moderator of the Netherlands: the author's, open to an appeal;
    # the reader's, appealed, so the moderator's page shows the appeal and the form to decide it
    from consult.models import CountryRole, Flag
    from consult.moderation import flag_appeals
    from consult.moderation import services as moderation
    from tests.consult.factories import staff

    keeper = staff(CountryRole.Role.MODERATOR, "NL")
    replies = Post.objects.filter(thread=thread).order_by("created_at", "pk")
    kept_for_author = moderation.flag(warned, user=author, reason=Flag.Reason.OFF_TOPIC)
    appealed = moderation.flag(replies.filter(author=author).last(), user=reader, reason=Flag.Reason.SPAM)
    for flagged in (warned, replies.filter(author=author).last()):
        moderation.approve(moderation.pending_item_for(flagged), moderator=keeper, note="Within the house rules.")
    flag_appeals.appeal_dismissal(
        Flag.objects.get(pk=appealed.pk), user=reader, text="The link advertises a paid course."
    )

    pages = [
        PageType("notice form", f"/en/notices/new/?about={about}&next=/en/countries/nl/", "anonymous"),
        PageType("a reporter's notice", f"/en/notices/{notice.token}/", "anonymous"),
        PageType("notices from the public", "/en/moderation/notices/", "moderator"),
        PageType("one notice", f"/en/moderation/notices/{notice.pk}/", "moderator"),
        PageType("a member's report, open to an appeal", f"/en/moderation/reports/{kept_for_author.pk}/", "member"),
        PageType("a report's appeal, to decide", f"/en/moderation/reports/{appealed.pk}/", "moderator"),
        PageType("home", "/en/", "anonymous"),
        PageType("country page (en)", "/en/countries/nl/", "anonymous"),
        PageType("country page (ar)", arabic_page.url, "anonymous"),
        PageType("services filtered", "/en/countries/nl/?kind=police#help", "anonymous"),
        PageType("sign in", "/en/accounts/login/", "anonymous"),
        PageType("sign up", "/en/accounts/signup/", "anonymous"),
        PageType("forum index", "/en/forums/", "member"),
        PageType("forum", forum.get_absolute_url(), "member"),
        PageType("forum thread", thread.get_absolute_url(), "member"),
        PageType("recommendations index", "/en/recommendations/", "member"),
        PageType("recommendation version", version.get_absolute_url(), "member"),
        PageType("clause with feedback", f"/en/recommendations/versions/{version.pk}/clauses/{clause.key}/", "member"),
        PageType("account", "/en/account/", "member"),
        PageType("profile form", "/en/account/profile/", "member"),
        PageType("triage", f"/en/recommendations/rounds/{round.pk}/triage/", "moderator"),
        PageType("moderation queue", "/en/moderation/", "moderator"),
        PageType("applications", "/en/moderation/applications/", "moderator"),
        PageType("diff between versions", f"/en/recommendations/versions/{version.pk}/diff/{second.pk}/", "moderator"),
        PageType("round digest", f"/en/recommendations/rounds/{round.pk}/digest/", "moderator"),
        PageType("merge workbench", f"/en/recommendations/rounds/{round.pk}/merge/", "moderator"),
        PageType("consultation report", f"/en/recommendations/rounds/{round.pk}/report/", "member"),
        PageType(
            "clause history", f"/en/recommendations/{version.document_id}/clauses/{clause.key}/history/", "member"
        ),
        PageType("exports", f"/en/recommendations/versions/{version.pk}/exports/", "member"),
    ]
    return pages, {"member": author, "moderator": moderator}


@pytest.fixture
def page_types(request):
    """(page types, users by role) on the live server."""
    request.getfixturevalue("_chromium_available")
    request.getfixturevalue("seeded_live_server")
    return seed_page_types()


def contexts_by_role(browser, url, users, **options):
    """One browser context per role (anonymous, member, moderator)."""
    contexts = {}
    for role in ROLES:
        context = browser.new_context(**options)
        if role in users:
            browser_sign_in(context, url, users[role])
        contexts[role] = context
    return contexts
