"""Reflow (WCAG 1.4.10): every page type reads without sideways scrolling at
200 % zoom of a 1280-pixel window (640 CSS pixels wide) and on a 360-pixel
phone. A wide table may scroll inside its own box; the page may not."""

import pytest

from .conftest import contexts_by_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A 1280 by 800 window at 200 % zoom is a 640 by 400 CSS-pixel viewport drawn at scale 2.
VIEWPORTS = {
    "200 % zoom": {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2},
    "360 px phone": {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True},
}
OVERFLOW = """() => {
  const root = document.documentElement;
  const widest = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
    .filter((el) => !el.closest('.table-scroll, .visually-hidden, .skip-link, .honeypot, [hidden]'))
    .slice(0, 3)
    .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''));
  return {overflow: root.scrollWidth - root.clientWidth, widest};
}"""


def test_the_measure_sees_a_page_that_scrolls_sideways(browser):
    context = browser.new_context(**VIEWPORTS["360 px phone"])
    page = context.new_page()
    try:
        page.set_content(
            '<html><head><meta name="viewport" content="width=device-width"></head>'
            '<body><p style="width:500px">too wide</p></body></html>'
        )
        measured = page.evaluate(OVERFLOW)
    finally:
        context.close()
    assert measured["overflow"] > 0
    assert measured["widest"] == ["p"]


def test_no_page_type_scrolls_sideways_at_200_percent_zoom_or_on_a_360_pixel_phone(
    browser, seeded_live_server, page_types
):
    pages, users = page_types
    url = seeded_live_server.url
    wide = []
    for viewport, options in VIEWPORTS.items():
        contexts = contexts_by_role(browser, url, users, **options)
        results = []
        try:
            tabs = {role: context.new_page() for role, context in contexts.items()}
            for page_type in pages:
                tab = tabs[page_type.role]
                assert tab.goto(url + page_type.path).ok
                measured = tab.evaluate(OVERFLOW)
                results.append((page_type.name, measured["overflow"], measured["widest"]))
        finally:
            for context in contexts.values():
                context.close()
        print(f"\n{viewport}: " + ", ".join(f"{name} {overflow:+d}px" for name, overflow, _ in results))
        wide += [f"{viewport}, {name}: {overflow}px too wide ({', '.join(widest)})"
                 for name, overflow, widest in results if overflow > 0]  # fmt: skip
    assert wide == [], "\n".join(wide)
