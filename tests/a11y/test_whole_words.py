"""Whole words in narrow places (found on a walk with a phone and a laptop):
the variants matrix and the triage scroll sideways in their own box instead
of breaking "inherits" into "in/h/er/it/s" or cutting off the Decision
column, and the header's tool links never break inside a word
("Applica/tions"). Measured in chromium: a word drawn on two lines."""

import pytest

from tests.e2e.conftest import browser_sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}
LAPTOP = {"viewport": {"width": 1280, "height": 800}}

# Words of the cells matching ``selector`` that are drawn on more than one line.
BROKEN_WORDS = """(selector) => {
  const broken = [];
  for (const cell of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      for (const match of node.data.matchAll(/[^\\s\\-\\u2013\\u2014\\/\\u00b7,:]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""

# The box scrolled to its end: is the last header cell inside it, and does the page itself stay put?
SCROLLED_TO_END = """([box, last]) => {
  const scroller = document.querySelector(box);
  scroller.scrollLeft = scroller.scrollWidth;
  const edge = scroller.getBoundingClientRect(), cell = document.querySelector(last).getBoundingClientRect();
  const root = document.documentElement;
  return {inside: cell.right <= edge.right + 1 && cell.left >= edge.left - 1,
          scrolls: scroller.scrollWidth > scroller.clientWidth,
          page_overflow: root.scrollWidth - root.clientWidth};
}"""


def _master_with_five_countries(clauses=9):
    from consult.models import Country
    from recommendations.drafting.variants import services
    from tests.recommendations.variant_data import european_editor, office, published_master

    master = published_master(european_editor(), clauses=clauses)
    for code in ("BE", "IE", "MT", "NL", "PL"):
        variant = services.create_variant(
            staff=office(code), master=master.document, country=Country.objects.get(code=code)
        )
        services.publish_variant(staff=office(code), variant=variant)
    return master.document


def _round_with_feedback():
    from tests.consult.factories import administrator, member
    from tests.recommendations.factories import FeedbackFactory, draft, open_round

    editor = administrator()
    version = draft("NL", 4, editors=[editor])
    round = open_round(version)
    author = member(("NL",))
    clauses = list(version.clauses.in_order())
    for clause in clauses[1:]:
        FeedbackFactory(
            round=round,
            author=author,
            clause=clause,
            kind="comment",
            text="Interpreters of the gender the person chooses, booked before the first interview.",
        )
    return round, editor


def test_the_matrix_on_a_phone_keeps_words_whole_and_scrolls_in_its_own_box(browser, seeded_live_server):
    master = _master_with_five_countries()
    context = browser.new_context(**PHONE)
    try:
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/en/recommendations/{master.pk}/variants/").ok
        assert tab.locator(".variants-matrix td", has_text="inherits").count() > 20
        broken = tab.evaluate(BROKEN_WORDS, ".variants-matrix th, .variants-matrix td")
        end = tab.evaluate(SCROLLED_TO_END, [".variants-scroll", ".variants-matrix thead th:last-child"])
        first_column = tab.evaluate(
            "() => getComputedStyle(document.querySelector('.variants-matrix tbody tr > :first-child')).position"
        )
    finally:
        context.close()
    assert broken == []
    assert end == {"inside": True, "scrolls": True, "page_overflow": 0}
    assert first_column == "sticky"  # the clause stays in view while the countries scroll


# The matrix box scrolled down by ``distance``: where its header cells are against its top, drawn over the rows.
SCROLLED_DOWN = """([box, distance]) => {
  const scroller = document.querySelector(box);
  scroller.scrollIntoView({block: 'end'});
  scroller.scrollTop = distance;
  const edge = scroller.getBoundingClientRect();
  const country = scroller.querySelector('thead th:nth-child(2)').getBoundingClientRect();
  const corner = scroller.querySelector('thead th:first-child').getBoundingClientRect();
  const hit = document.elementFromPoint(country.left + 5, country.top + 5);
  const root = document.documentElement;
  return {scrolled: scroller.scrollTop,
          country_at_top: Math.abs(country.top - edge.top) <= 1, corner_at_top: Math.abs(corner.top - edge.top) <= 1,
          country_on_top: hit !== null && hit.closest('thead') !== null,
          box_fits: edge.bottom <= window.innerHeight + 1, page_overflow: root.scrollWidth - root.clientWidth};
}"""


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280 px", "390 px phone"])
def test_the_country_row_of_a_long_matrix_stays_in_view_while_the_clauses_scroll(browser, seeded_live_server, viewport):
    master = _master_with_five_countries(clauses=60)
    context = browser.new_context(**viewport)
    try:
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/en/recommendations/{master.pk}/variants/").ok
        assert tab.locator(".variants-matrix tbody tr").count() >= 60
        found = tab.evaluate(SCROLLED_DOWN, [".variants-scroll", 900])
    finally:
        context.close()
    assert found["scrolled"] == 900  # the box itself scrolls down, not only the page
    assert found["country_at_top"]
    assert found["corner_at_top"]
    assert found["country_on_top"]  # drawn over the clauses under it, not behind them
    assert found["box_fits"]
    assert found["page_overflow"] == 0


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280 px", "390 px phone"])
def test_every_triage_column_can_be_read_with_whole_words(browser, seeded_live_server, viewport):
    round, editor = _round_with_feedback()
    context = browser.new_context(**viewport)
    try:
        browser_sign_in(context, seeded_live_server.url, editor)
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/en/recommendations/rounds/{round.pk}/triage/").ok
        assert tab.locator(".recs-triage td", has_text="not decided yet").count() == 3
        broken = tab.evaluate(BROKEN_WORDS, ".recs-triage th, .recs-triage td")
        # the Decision cell: the last column on a laptop, the card's last line on a phone (its heading hidden)
        end = tab.evaluate(
            SCROLLED_TO_END, [".recs-table-scroll", ".recs-triage > tbody > tr:first-child > td:last-child"]
        )
    finally:
        context.close()
    assert broken == []
    assert end["inside"]
    assert end["page_overflow"] == 0


def test_the_administrators_header_never_breaks_a_tool_link_inside_a_word(browser, seeded_live_server):
    from tests.consult.factories import administrator

    admin = administrator()
    found = {}
    for name, viewport in {"laptop": LAPTOP, "tablet": {"viewport": {"width": 800, "height": 900}}}.items():
        context = browser.new_context(**viewport)
        try:
            browser_sign_in(context, seeded_live_server.url, admin)
            tab = context.new_page()
            assert tab.goto(f"{seeded_live_server.url}/en/moderation/audit-log/").ok
            assert tab.locator(".role-nav a", has_text="Applications").count() == 1
            found[name] = tab.evaluate(BROKEN_WORDS, ".role-nav a, .site-nav a, .language-switcher a")
        finally:
            context.close()
    assert found == {"laptop": [], "tablet": []}


def _notices_of_every_kind():
    from consult.models import Country, SupportService
    from consult.moderation import notices

    nl = Country.objects.get(code="NL")
    service = SupportService.objects.create(
        country=nl, name="Centrum Seksueel Geweld Utrecht", kind="sexual_assault_centre"
    )
    about = notices.reference_of(service)
    kinds = (("wrong_information", "ar"), ("illegal", ""), ("personal_data", "nl"))
    for number, (reason, language) in enumerate(kinds):
        notices.send_notice(
            about, reason=reason, explanation="Please look at this.", language=language, address=f"10.0.0.{number}"
        )


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280 px", "390 px phone"])
def test_the_notices_table_keeps_every_word_whole_on_a_laptop_and_a_phone(browser, seeded_live_server, viewport):
    """ "Langu/age" was drawn on two lines: every header and cell keeps whole
    words, the Decision column can be scrolled to, the page never scrolls sideways."""
    from tests.consult.factories import administrator

    _notices_of_every_kind()
    context = browser.new_context(**viewport)
    try:
        browser_sign_in(context, seeded_live_server.url, administrator())
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/en/moderation/notices/").ok
        assert tab.locator(".notices-table tbody tr").count() == 3
        assert tab.locator(".notices-table th", has_text="Language").count() == 1
        broken = tab.evaluate(BROKEN_WORDS, ".notices-table th, .notices-table td")
        end = tab.evaluate(SCROLLED_TO_END, [".table-scroll", ".notices-table thead th:last-child"])
    finally:
        context.close()
    assert broken == []
    assert end["inside"]
    assert end["page_overflow"] == 0


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_audit_log_keeps_every_word_whole_on_a_phone(browser, seeded_live_server, language):
    """ "Tijdsti/p", "Ne/derl/and" were drawn on a phone: every heading and
    cell keeps whole words, the last column can be scrolled to, the page
    never scrolls sideways."""
    from tests.consult.factories import administrator

    _notices_of_every_kind()  # audit rows with targets, countries and reasons
    context = browser.new_context(**PHONE)
    try:
        browser_sign_in(context, seeded_live_server.url, administrator())
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/{language}/moderation/audit-log/").ok
        assert tab.locator(".table-scroll tbody tr").count() >= 1
        broken = tab.evaluate(BROKEN_WORDS, ".table-scroll th, .table-scroll td")
        end = tab.evaluate(SCROLLED_TO_END, [".table-scroll", ".table-scroll thead th:last-child"])
    finally:
        context.close()
    assert broken == []
    assert end["inside"]
    assert end["page_overflow"] == 0


# Each cell of the triage's rows: does it lie wholly inside the window, uncut by its box?
CELLS_IN_VIEW = """() => {
  const width = document.documentElement.clientWidth, out = [];
  for (const cell of document.querySelectorAll('.recs-triage > tbody > tr > td')) {
    const r = cell.getBoundingClientRect();
    const cut = r.left < -1 || r.right > width + 1 || cell.scrollWidth > cell.clientWidth + 1;
    if (cut) out.push(cell.textContent.trim().slice(0, 30));
  }
  const root = document.documentElement;
  return {cut: out, page_overflow: root.scrollWidth - root.clientWidth};
}"""


def test_on_a_phone_each_triage_item_shows_whole_with_its_reason_and_its_tables_words_whole(
    browser, seeded_live_server
):
    from recommendations.models import Feedback

    round, editor = _round_with_feedback()
    item = round.feedback.first()
    Feedback.objects.filter(pk=item.pk).update(
        kind="amendment",
        decision="rejected",
        decision_reason="The clause already names the services; see clause 4.",
        proposed_text="| Care | Time limit | Where |\n|---|---|---|\n"
        "| Emergency contraception | 120 hours | GP, out-of-hours GP or sexual assault centre |\n"
        "| HIV prophylaxis | 72 hours | Sexual assault centre or hospital emergency department |",
    )
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    try:
        browser_sign_in(context, seeded_live_server.url, editor)
        tab = context.new_page()
        assert tab.goto(f"{seeded_live_server.url}/en/recommendations/rounds/{round.pk}/triage/").ok
        found = tab.evaluate(CELLS_IN_VIEW)
        broken = tab.evaluate(BROKEN_WORDS, ".recs-text th, .recs-text td")
        reason = tab.locator(f"#feedback-{item.pk} .recs-row-reason")
        reason_shown = reason.is_visible() and "Public reason" in reason.inner_text()
        duplicate_of = tab.locator(".recs-bulk input[name=duplicate_of]")
        box_at_first = duplicate_of.is_visible()
        tab.select_option(".recs-bulk select[name=decision]", "duplicate")
        box_for_duplicate = duplicate_of.is_visible() and duplicate_of.is_enabled()
        tab.select_option(".recs-bulk select[name=decision]", "rejected")
        box_for_rejected = duplicate_of.is_visible()
    finally:
        context.close()
    assert found["cut"] == []  # every item's feedback is read where it stands, no sideways scrolling
    assert found["page_overflow"] == 0
    assert broken == []  # "Emergency", never "Emergenc/y"
    assert reason_shown
    # the "duplicate of" box only while "duplicate" is the decision chosen
    assert not box_at_first
    assert box_for_duplicate
    assert not box_for_rejected
