"""Tables rendered from Markdown are read out with their headers: header
cells scoped, an empty corner cell labelled for screen readers and the rows
of a two-way table headed by their first cell; typed HTML cannot borrow the
screen-reader-only label to hide text from sighted readers."""

from consult.sanitising import CLAUSE, FORUM_POST, render_markdown

TWO_WAY = "| | Day | Night |\n| --- | --- | --- |\n| Police | 112 | 112 |\n| Shelter | Casa Aurora | Casa Sole |"


def test_header_cells_of_a_table_are_column_headers():
    html = render_markdown("| Service | When |\n| --- | --- |\n| Police | 24/7 |", CLAUSE)

    assert '<th scope="col">Service</th>' in html
    assert '<th scope="col">When</th>' in html
    assert "<td>Police</td>" in html  # a one-way table keeps its rows as data


def test_an_empty_corner_cell_gets_a_hidden_label_and_rows_get_their_headers():
    html = render_markdown(TWO_WAY, CLAUSE)

    assert '<th scope="col"><span class="visually-hidden">Row headings</span></th>' in html
    assert '<th scope="row">Police</th>' in html
    assert '<th scope="row">Shelter</th>' in html
    assert "<td>Casa Aurora</td>" in html


def test_forum_tables_are_accessible_too():
    html = render_markdown(TWO_WAY, FORUM_POST)

    assert '<th scope="row">Police</th>' in html


def test_typed_html_cannot_hide_text_with_the_screen_reader_class():
    html = render_markdown('Fine. <span class="visually-hidden">hidden insult</span>', FORUM_POST)

    assert "visually-hidden" not in html
    assert "hidden insult" in html


def test_text_around_a_table_and_footnotes_are_unchanged():
    text = f"Before[^1] & after.\n\n{TWO_WAY}\n\nبعد الجدول.\n\n[^1]: Note."

    html = render_markdown(text, CLAUSE)

    assert html.startswith('<p>Before<sup id="fnref:1"><a href="#fn:1" rel="noopener nofollow">1</a></sup> &amp; after')
    assert "<p>بعد الجدول.</p>" in html
    assert '<li id="fn:1">' in html
