"""Tables imported from Word and LibreOffice drafts are read out with their
headers: axe-core's table rules on the version page, with a two-way table
(empty top-left cell) and the messy .odt draft's table, against the same
tables as plain Markdown renders them (which axe faults)."""

import pytest

from tests.conftest import require

from .conftest import AXE_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TABLE_RULES = ["empty-table-header", "th-has-data-cells", "td-headers-attr", "scope-attr-valid", "table-fake-caption"]
TWO_WAY = "| | Day | Night |\n| --- | --- | --- |\n| Police | 112 | 112 |\n| Shelter | Casa Aurora | Casa Sole |"


def _table_violations(tab):
    tab.add_script_tag(path=str(AXE_PATH))
    result = tab.evaluate("(rules) => axe.run(document, {runOnly: {type: 'rule', values: rules}})", TABLE_RULES)
    return {v["id"]: [n["target"] for n in v["nodes"]] for v in result["violations"]}


def _version_with_tables():
    import markdown

    from recommendations.drafting import services as drafting
    from recommendations.drafting.importing import Block, blocks_from_odt
    from tests.consult.factories import administrator
    from tests.recommendations.factories import open_round
    from tests.recommendations.messy_odt import messy_draft_odt

    blocks = [*blocks_from_odt(messy_draft_odt()), Block("paragraph", TWO_WAY)]
    document = drafting.create_document(editor=administrator(), title="Referral", country=None, blocks=blocks)
    version = document.versions.get()
    open_round(version)
    return version, markdown.markdown(TWO_WAY, extensions=["tables"])


def test_the_version_page_reads_imported_tables_out_with_their_headers(browser, seeded_live_server):
    require(AXE_PATH.exists(), f"axe-core ({AXE_PATH}; run `npm ci --prefix tests/a11y`)")
    version, plain_html = _version_with_tables()
    context = browser.new_context(bypass_csp=True)
    try:
        tab = context.new_page()
        assert tab.goto(seeded_live_server.url + version.get_absolute_url()).ok
        found = _table_violations(tab)
        corners = tab.locator("table th").filter(has_text="Row headings").count()
        row_headers = tab.locator('table th[scope="row"]').all_inner_texts()
        tab.set_content(f'<html lang="en"><body><main>{plain_html}</main></body></html>')
        plain = _table_violations(tab)
    finally:
        context.close()

    assert found == {}
    assert corners == 1
    assert row_headers == ["Police", "Shelter"]
    assert "empty-table-header" in plain  # the same table as Markdown alone renders it fails


def test_a_word_tables_styled_first_column_is_read_out_as_row_headers_on_the_version_page(browser, seeded_live_server):
    """The draft of tests/recommendations/header_column_word.py (Word's "First
    Column" table style option) imported and shown on its version page."""
    require(AXE_PATH.exists(), f"axe-core ({AXE_PATH}; run `npm ci --prefix tests/a11y`)")
    from recommendations.drafting import services as drafting
    from recommendations.drafting.importing import blocks_from_docx
    from tests.consult.factories import administrator
    from tests.recommendations.factories import open_round
    from tests.recommendations.header_column_word import header_column_docx

    blocks = blocks_from_docx(header_column_docx())
    document = drafting.create_document(editor=administrator(), title="Contacts", country=None, blocks=blocks)
    version = document.versions.get()
    open_round(version)
    context = browser.new_context(bypass_csp=True)
    try:
        tab = context.new_page()
        assert tab.goto(seeded_live_server.url + version.get_absolute_url()).ok
        found = _table_violations(tab)
        row_headers = tab.locator('table th[scope="row"]').all_inner_texts()
        plain_first_cells = tab.locator("table tbody tr > td:first-child").all_inner_texts()
    finally:
        context.close()

    assert found == {}
    assert row_headers == ["Police", "Shelter", "Interpreter"]
    assert {"Residence permit", "Medical card", ""} <= set(plain_first_cells)
