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


def _master_with_five_countries():
    from consult.models import Country
    from recommendations.drafting.variants import services
    from tests.recommendations.variant_data import european_editor, office, published_master

    master = published_master(european_editor())
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
        end = tab.evaluate(SCROLLED_TO_END, [".recs-table-scroll", ".recs-triage thead th:last-child"])
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
