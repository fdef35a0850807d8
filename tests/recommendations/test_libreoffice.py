"""A real word processor reads what the platform writes as Word: LibreOffice
headless opens the revision and finds every tracked change by the editor on
the build date, the decision reasons as comments, and accepting them all
gives the new version; and it numbers a version's clauses with the
platform's numbers on A4 pages. Skipped without LibreOffice, required under CI=true."""

import re

import pytest

from recommendations.drafting.importing import read_odt

from .libreoffice import annotations, convert, odt_content, require_libreoffice, tracked_changes
from .test_word_export import MESSY_MARKDOWN, NEW, _docx, _revision, _snapshots
from .word_files import revisions

pytestmark = pytest.mark.usefixtures("_libreoffice")


@pytest.fixture(scope="module")
def _libreoffice():
    require_libreoffice()


@pytest.fixture(scope="module")
def revision():
    """The revision as written and as LibreOffice saves it in its own format."""
    data = _revision()
    odt = convert(data, ".docx", "odt")
    return data, odt_content(odt), odt


def _words(text):
    return re.findall(r"\w+", text)


def test_libreoffice_reads_every_tracked_change_by_the_editor_on_the_build_date(revision):
    data, content, _odt = revision
    ours = revisions(data)
    theirs = tracked_changes(content)

    assert {kind for kind, *_rest in theirs} == {"insertion", "deletion"}
    assert {(author, date) for _kind, author, date, _text in theirs} == {("Eva Editor", "2026-03-01T10:00:00")}
    # the same words inserted and deleted, whatever the grouping into changes
    for kind, theirs_kind in (("ins", "insertion"), ("del", "deletion")):
        written = sorted(w for k, _a, _d, text in ours if k == kind for w in _words(text))
        read = sorted(w for k, _a, _d, text in theirs if k == theirs_kind for w in _words(text))
        assert read == written, kind
    print(
        f"\ntracked changes written: {sum(k == 'ins' for k, *_ in ours)} insertions, "
        f"{sum(k == 'del' for k, *_ in ours)} deletions; read by LibreOffice: "
        f"{sum(k == 'insertion' for k, *_ in theirs)} insertions, {sum(k == 'deletion' for k, *_ in theirs)} deletions"
    )


def test_libreoffice_shows_the_decision_reasons_as_comments(revision):
    _data, content, _odt = revision

    assert annotations(content) == [("Eva Editor", "accepted amendment from Participant 4: the law says shall")]


def test_accepting_every_change_in_libreoffice_gives_the_new_version(revision):
    # LibreOffice's own file holds the text with every change accepted, the
    # deleted text set aside: read as an .odt it is the new version, clause by clause.
    _data, _content, odt = revision

    result = read_odt(odt)

    assert [(b.kind, b.text) for b in result.blocks] == [(kind, text) for kind, _level, text in NEW]


def test_libreoffice_numbers_a_versions_clauses_with_the_platforms_numbers():
    text = convert(_docx(MESSY_MARKDOWN), ".docx", "txt:Text (encoded):UTF8").decode("utf-8-sig")

    numbers = re.findall(r"^\s*(\d+(?:\.[0-9a-z]+)*) ", text, flags=re.M)

    assert numbers == [s.number for s in _snapshots(MESSY_MARKDOWN)]
    assert "**" not in text
    assert "    • a private room" in text  # a bulleted list, not typed "- "


def test_libreoffice_lays_a_version_out_on_a4():
    pdf = convert(_docx(MESSY_MARKDOWN), ".docx", "pdf")

    boxes = {tuple(round(float(x)) for x in box) for box in re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", pdf)}
    assert boxes == {(595, 842)}
