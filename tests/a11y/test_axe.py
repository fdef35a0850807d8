"""axe-core (npm, pinned in tests/a11y/package.json) on every page type:
no serious or critical violation, in English and in Arabic (right to left).

axe is injected by Playwright; the site's CSP allows no script but its own,
so the contexts bypass CSP (the page's own behaviour is unchanged).
"""

from collections import Counter

import pytest

from tests.conftest import require

from .conftest import AXE_PATH, contexts_by_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IMPACTS = ("minor", "moderate", "serious", "critical")
# The Web Content Accessibility Guidelines 2.1 A and AA, and axe's best practices.
RUN_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}


def axe(page):
    page.add_script_tag(path=str(AXE_PATH))
    return page.evaluate("(options) => axe.run(document, options)", RUN_OPTIONS)


def _table(rows):
    lines = [f"{'page type':28} " + " ".join(f"{impact:>9}" for impact in IMPACTS) + "  rules"]
    for name, counts, rules in rows:
        lines.append(f"{name:28} " + " ".join(f"{counts.get(i, 0):>9}" for i in IMPACTS) + "  " + ", ".join(rules))
    return "\n".join(lines)


def test_axe_reports_the_violations_of_a_deliberately_inaccessible_page(browser):
    require(AXE_PATH.exists(), f"axe-core ({AXE_PATH}; run `npm ci --prefix tests/a11y`)")
    context = browser.new_context()
    page = context.new_page()
    try:
        page.set_content(
            '<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
            '<p style="color:#bbb;background:#fff">faint text</p><input type="text"><button></button></body></html>'
        )
        found = {v["id"]: v["impact"] for v in axe(page)["violations"]}
    finally:
        context.close()
    assert {"image-alt", "color-contrast", "label", "button-name", "html-has-lang"} <= found.keys()
    assert {"serious", "critical"} & set(found.values())


def test_every_page_type_has_no_serious_or_critical_axe_violation(browser, seeded_live_server, page_types):
    require(AXE_PATH.exists(), f"axe-core ({AXE_PATH}; run `npm ci --prefix tests/a11y`)")
    pages, users = page_types
    url = seeded_live_server.url
    contexts = contexts_by_role(browser, url, users, bypass_csp=True)
    rows, serious = [], []
    try:
        tabs = {role: context.new_page() for role, context in contexts.items()}
        for page_type in pages:
            tab = tabs[page_type.role]
            response = tab.goto(url + page_type.path)
            assert response.ok, f"{page_type.name}: {response.status} at {tab.url}"
            assert page_type.path.split("?")[0].split("#")[0] in tab.url, f"{page_type.name} redirected to {tab.url}"
            result = axe(tab)
            counts = Counter(v["impact"] for v in result["violations"])
            grave = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
            rows.append((page_type.name, counts, sorted(
                f"{v['id']} ({v['impact']}: {v['nodes'][0]['target'][0]})" for v in result["violations"]
            )))  # fmt: skip
            for violation in grave:
                targets = [node["target"] for node in violation["nodes"][:3]]
                serious.append(f"{page_type.name}: {violation['id']} ({violation['impact']}) {targets}")
    finally:
        for context in contexts.values():
            context.close()
    print("\naxe-core violations by page type and impact\n" + _table(rows))
    assert serious == [], "\n".join(serious)
