"""Markdown shows as formatting, never as raw signs, where people read the
changes: the diff page and its HTML and PDF exports, the workbench preview,
and the digest (which also names sectors and countries, and folds clauses
nobody commented on)."""

import io

import pytest
from pypdf import PdfReader

from recommendations.merging.diffing import redline_markdown, word_diff
from recommendations.merging.digest import refresh_digest
from recommendations.models import DocumentVersion
from tests.consult.factories import member

from .factories import FeedbackFactory, draft, open_round
from .versions import freeze, next_version

pytestmark = pytest.mark.django_db

OLD = "Staff **must** refer the person:\n\n- to a doctor\n- to a counsellor"
NEW = "Staff **must always** refer the person:\n\n- to a doctor\n- to a counsellor\n- to legal aid"


def _versions():
    v1 = draft("NL", 2)
    first, second = v1.clauses.in_order()
    v1.clauses.filter(pk=second.pk).update(text=OLD)
    freeze(v1, DocumentVersion.Status.SUPERSEDED)
    v2 = next_version(v1, [(first, first.text), (second, NEW)])
    return v1, v2


def test_a_changed_clause_keeps_its_bold_and_its_list_with_the_change_marked():
    html = redline_markdown(word_diff(OLD, NEW))
    assert "**" not in html
    assert "<strong>must" in html
    assert '<ins class="redline-ins"><span class="visually-hidden">inserted: </span> always</ins>' in html
    assert "<li><ins" in html
    assert "to legal aid</ins></li>" in html
    assert html.count("<li>") == 3


def test_a_change_inside_a_table_stays_in_its_cell():
    html = redline_markdown(word_diff("| a | b |\n|---|---|\n| 1 | 2 |", "| a | b |\n|---|---|\n| 1 | 3 |"))
    assert "<td><del" in html
    assert "3</ins></td>" in html
    assert "|" not in html


def test_only_formatting_changed_shows_the_signs_that_changed():
    html = redline_markdown(word_diff("plain", "**plain**"))
    assert html.count("<ins") == 2
    assert "**</ins>plain" in html


def test_typed_html_in_a_change_is_escaped_or_dropped():
    html = redline_markdown(
        word_diff("a <b>", "a <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>")
    )
    assert "<script" not in html
    assert "javascript:" not in html
    assert "onerror" not in html


def test_a_changed_link_points_to_the_new_address():
    html = redline_markdown(word_diff("see [the law](https://a.example/old)", "see [the law](https://a.example/new)"))
    assert 'href="https://a.example/new"' in html


def test_the_diff_page_renders_markdown_as_formatting(client):
    v1, v2 = _versions()
    html = client.get(f"/en/recommendations/versions/{v1.pk}/diff/{v2.pk}/").content.decode()
    rows = html.split("recs-diff-rows", 1)[1]
    assert "**" not in rows
    assert "<strong>must" in rows
    assert "to legal aid</ins></li>" in rows


def test_the_changes_as_html_and_pdf_render_markdown_as_formatting(django_capture_on_commit_callbacks):
    from recommendations.exports.services import request_export

    v1, v2 = _versions()
    user = member(("NL",))
    exports = {}
    for format in ("html", "pdf"):
        with django_capture_on_commit_callbacks(execute=True):
            export, _created = request_export(user=user, kind="diff", format=format, version=v2, base_version=v1)
        export.refresh_from_db()
        with export.file.open("rb") as handle:
            exports[format] = handle.read()
    assert "<strong>must" in exports["html"].decode()
    assert "**" not in exports["html"].decode().split("<body", 1)[1]
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(exports["pdf"])).pages)
    assert "must" in text
    assert "to legal aid" in text
    assert "**" not in text
    assert "- to a doctor" not in text  # a list, not a dash typed before the words


def test_the_digest_shows_amendments_as_formatting_sectors_by_name_and_folds_quiet_clauses(
    client, signed_in, editor, version
):
    round = open_round(version)
    author = member(("NL",))
    FeedbackFactory(
        round=round,
        author=author,
        clause=version.clauses.in_order()[1],
        kind="amendment",
        proposed_text="Staff **must** call the *specialist* centre.",
    )
    refresh_digest(round)
    signed_in(editor)
    html = client.get(f"/en/recommendations/rounds/{round.pk}/digest/").content.decode()
    assert "<strong>must</strong>" in html
    assert "<em>specialist</em>" in html
    assert "Social support: 1" in html
    assert "Netherlands: 1" in html
    assert "social_support" not in html
    assert "5 clauses without feedback" in html  # six clauses, one commented
