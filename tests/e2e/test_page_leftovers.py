"""What people walking the site in chromium noticed, on a 1280-pixel laptop
and a 360-pixel phone: the film's files are downloads that stay off the
page, the triage table fits its column and its "duplicate of" box shows the
number typed, the messages have no bullets, the sixteen language links take
little room, and the two-factor step's "Cancel" looks secondary."""

from pathlib import Path

import pytest

from consult.models import CountryRole
from tests.consult.conftest import PASSWORD
from tests.e2e.conftest import browser_sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
VIEWPORTS = pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280 px", "360 px phone"])


@VIEWPORTS
def test_the_film_and_its_subtitles_are_downloads_that_leave_the_page_where_it_was(
    browser, seeded_live_server, viewport
):
    from home.seed_media import seed_film

    seed_film()
    context = browser.new_context(accept_downloads=True, **viewport)
    try:
        tab = context.new_page()
        url = f"{seeded_live_server.url}/en/countries/nl/"
        assert tab.goto(url).ok
        film = tab.locator(".film-download")
        # what the file is, before anyone spends their data on it
        assert film.inner_text().startswith("Download the film (WEBM, ")
        assert "KB" in film.inner_text() or "MB" in film.inner_text()
        with tab.expect_download() as saved:
            film.get_by_role("link", name="Download the film").click()
        assert saved.value.suggested_filename.endswith(".webm")
        assert tab.url == url

        tab.get_by_text("Subtitles in ").click()
        dutch = tab.locator(".subtitle-list li", has_text="Dutch")
        assert dutch.inner_text() == "Dutch (WebVTT)"
        with tab.expect_download() as saved:
            dutch.get_by_role("link").click()
        assert saved.value.suggested_filename == "you-are-not-alone-nl.vtt"
        assert Path(saved.value.path()).read_text(encoding="utf-8").startswith("WEBVTT")
        assert tab.url == url
        # the player still reads its tracks from the inline address
        cues = tab.evaluate(
            """() => new Promise((resolve) => {
              const track = [...document.querySelector('video.film').textTracks].find((t) => t.language === 'nl');
              track.mode = 'hidden';
              const started = Date.now();
              (function wait() {
                const count = track.cues ? track.cues.length : 0;
                if (count || Date.now() - started > 5000) resolve(count);
                else setTimeout(wait, 50);
              })();
            })"""
        )
        assert cues > 0
    finally:
        context.close()


def _round_with_long_feedback():
    from tests.consult.factories import administrator, member
    from tests.recommendations.factories import FeedbackFactory, draft, open_round

    editor = administrator()
    version = draft("NL", 6, editors=[editor])
    round = open_round(version)
    author = member(("NL",))
    clauses = list(version.clauses.in_order())
    # what a walker wrote: a web address, which has no place to break but its hyphens
    FeedbackFactory(
        round=round,
        author=author,
        clause=clauses[1],
        text="The Dutch guidance is at https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/documenten/"
        "richtlijnen/2025/seksueel-geweld-eerste-opvang and should be linked.",
    )
    for clause in clauses[1:]:
        FeedbackFactory(
            round=round,
            author=author,
            clause=clause,
            kind="amendment",
            text="Interpreters of the gender the person chooses, booked before the first interview at the station.",
            proposed_text="The officer books an interpreter of the gender the person chooses before the interview.",
        )
    return round, editor


# the table's own box: does it scroll sideways, and does the page?
TABLE_FITS = """() => {
  const box = document.querySelector('.recs-table-scroll'), root = document.documentElement;
  return {box_overflow: box.scrollWidth - box.clientWidth, page_overflow: root.scrollWidth - root.clientWidth};
}"""

# the number typed into a field: its size beside the page's text, and whether it is all in view
NUMBER_READS = """(selector) => {
  const input = document.querySelector(selector);
  const size = (element) => parseFloat(getComputedStyle(element).fontSize);
  return {font: size(input), body: size(document.body),
          fits: input.scrollWidth <= input.clientWidth, width: input.getBoundingClientRect().width};
}"""


@VIEWPORTS
def test_triage_fits_its_column_and_the_duplicate_box_shows_the_number_typed(browser, seeded_live_server, viewport):
    round, editor = _round_with_long_feedback()
    context = browser.new_context(**viewport)
    try:
        browser_sign_in(context, seeded_live_server.url, editor)
        tab = context.new_page()
        # German: the longest column headings and kinds of the site's languages
        assert tab.goto(f"{seeded_live_server.url}/de/recommendations/rounds/{round.pk}/triage/").ok
        fits = tab.evaluate(TABLE_FITS)
        tab.select_option(".recs-bulk select[name=decision]", "duplicate")
        tab.fill(".recs-bulk input[name=duplicate_of]", "123456")
        number = tab.evaluate(NUMBER_READS, ".recs-bulk input[name=duplicate_of]")
    finally:
        context.close()
    if viewport is LAPTOP:
        assert fits["box_overflow"] <= 0  # no sideways scrolling on a laptop
    assert fits["page_overflow"] <= 0
    assert number["font"] >= number["body"]  # as large as the page's text, not the browser's 13 px
    assert number["fits"]
    assert number["width"] >= 100


def test_a_message_is_shown_without_a_list_bullet(browser, seeded_live_server):
    from tests.consult.factories import member

    user = member()
    context = browser.new_context(**LAPTOP)
    try:
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/en/accounts/login/").ok
        tab.fill("input[name=login]", user.email)
        tab.fill("input[name=password]", PASSWORD)
        tab.locator("main form button[type=submit]").click()
        message = tab.locator(".messages .message", has_text="You are signed in.")
        message.wait_for()
        style = message.evaluate(
            "(li) => ({marker: getComputedStyle(li).listStyleType, indent: li.getBoundingClientRect().left"
            " - li.closest('.messages').getBoundingClientRect().left})"
        )
    finally:
        context.close()
    assert style["marker"] == "none"
    assert style["indent"] <= 16  # the box's own padding, no room kept for a bullet


# the height the language links take in the header, and each visible link: its lang, its name, its address
LANGUAGE_LINKS = """() => {
  const visible = [...document.querySelectorAll('.language-switcher a')].filter((a) => a.checkVisibility());
  return {height: document.querySelector('.language-switcher').getBoundingClientRect().height,
          header: document.querySelector('.site-header').getBoundingClientRect().height,
          links: visible.map((a) => [a.getAttribute('lang'), a.innerText.trim(), a.getAttribute('href')])};
}"""


@VIEWPORTS
def test_the_sixteen_languages_take_one_line_and_open_as_real_links(browser, seeded_live_server, viewport):
    from django.conf import settings

    context = browser.new_context(**viewport)
    try:
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/en/forums/").ok
        if viewport is PHONE:
            tab.get_by_role("button", name="Menu").click()
        closed = tab.evaluate(LANGUAGE_LINKS)
        tab.locator(".language-switcher summary").click()
        opened = tab.evaluate(LANGUAGE_LINKS)
        tab.get_by_role("link", name="Deutsch").click()
        tab.wait_for_url("**/de/forums/")
    finally:
        context.close()
    assert closed["height"] <= 48  # one line: a globe and "English" (three rows of links before)
    assert closed["links"] == []
    assert [(code, name) for code, name, _href in opened["links"]] == list(settings.LANGUAGES)
    assert all(href == f"/{code}/forums/" for code, _name, href in opened["links"])
    if viewport is LAPTOP:
        assert opened["header"] == closed["header"]  # a panel over the page: the header keeps its height


@VIEWPORTS
def test_the_two_factor_steps_cancel_looks_secondary(browser, seeded_live_server, viewport):
    from tests.consult.factories import add_totp, staff

    user = staff(CountryRole.Role.MODERATOR, with_mfa=False)
    add_totp(user)
    context = browser.new_context(**viewport)
    try:
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/de/accounts/login/").ok
        tab.fill("input[name=login]", user.email)
        tab.fill("input[name=password]", PASSWORD)
        tab.locator("main form button[type=submit]").click()
        tab.wait_for_url("**/accounts/2fa/authenticate/**")
        look = """(button) => { const s = getComputedStyle(button); return [s.backgroundColor, s.color]; }"""
        cancel = tab.get_by_role("button", name="Abbrechen").evaluate(look)
        sign_in = tab.locator("main form button[type=submit]:not([form])").evaluate(look)
    finally:
        context.close()
    assert cancel != sign_in
    assert cancel[0] in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")  # on the page's paper, not filled
