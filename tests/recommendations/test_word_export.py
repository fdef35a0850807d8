"""Every .docx the platform writes is a real Word document, and the changes
between two versions go to Word as a revision: tracked changes by the
editor on the build's date, with the decisions behind them as comments."""

import datetime
import io

import pytest
from django.utils import timezone
from docx import Document

from recommendations.drafting.importing import Block, blocks_from_docx
from recommendations.drafting.services import clause_numbers
from recommendations.exports.content import DiffContent, Header, VersionContent, diff_content
from recommendations.exports.to_docx import diff_docx, version_docx
from recommendations.merging.diffing import ClauseSnapshot
from recommendations.models import Build, ClauseChange, Feedback
from tests.consult.factories import member

from .factories import FeedbackFactory, open_round
from .messy_word import SHOWN
from .versions import CHANGED_TEXT, known_versions
from .word_files import (
    accepted,
    comments,
    has_part,
    paragraph_texts,
    part,
    q,
    rejected,
    revisions,
    word_numbers,
)

HEADER = Header(document_title="SOP on referral", scope="Netherlands", version_number=3, version_status="final")

# A messy Markdown draft: what editors type into clauses.
MESSY_MARKDOWN = [
    ("heading", 1, "Referral"),
    ("paragraph", 1, "Staff **must** refer the person *within 7 days* to [the centre](https://example.org/centre)."),
    ("paragraph", 1, "Ask for the person's language  \nand for an interpreter."),
    ("paragraph", 1, "Offer:\n\n- a private room\n- an interpreter\n    - of the chosen gender\n- a drink"),
    ("paragraph", 1, "1. Listen\n2. Believe\n3. Refer"),
    ("paragraph", 1, "Consent is recorded[^1] before referral.\n\n[^1]: See the national data protection act."),
    ("heading", 2, "Contacts"),
    ("paragraph", 1, "|  | Day | Night |\n| --- | --- | --- |\n| Police | 112 | 112 |\n| Shelter | **0800-2000** |  |"),
    ("paragraph", 1, "First paragraph of a long clause.\n\nSecond paragraph of the same clause."),
    ("heading", 3, "Further reading"),
    ("paragraph", 1, "- the national guidelines"),
]


def _snapshots(rows, keys=None):
    numbers = clause_numbers([(kind == "heading", level) for kind, level, _text in rows])
    keys = keys or [str(i) for i in range(len(rows))]
    return [
        ClauseSnapshot(key=key, text=text, kind=kind, level=level, number=number)
        for key, (kind, level, text), number in zip(keys, rows, numbers, strict=True)
    ]


def _docx(rows):
    return version_docx(VersionContent(header=HEADER, clauses=_snapshots(rows)))


# --- a real Word document -------------------------------------------------------------


def test_a_version_in_word_is_a4_with_its_language_title_version_and_page_numbers(settings):
    data = _docx(MESSY_MARKDOWN)
    document = Document(io.BytesIO(data))
    section = document.sections[0]

    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    lang = part(data, "word/styles.xml").find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}/{q('lang')}")
    assert lang.get(q("val")) == "en-GB"
    assert "SOP on referral" in section.header.paragraphs[0].text
    assert "Version 3" in section.header.paragraphs[0].text
    codes = " ".join(t.text for t in section.footer._element.iter(q("instrText")))
    assert "PAGE" in codes.split()
    assert "NUMPAGES" in codes.split()


def test_the_language_of_a_word_export_is_the_language_it_was_made_in():
    from django.utils import translation

    with translation.override("de"):
        data = _docx(MESSY_MARKDOWN)

    lang = part(data, "word/styles.xml").find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}/{q('lang')}")
    assert lang.get(q("val")) == "de-DE"


def test_markdown_becomes_word_formatting_lists_tables_and_footnotes_not_literal_marks():
    data = _docx(MESSY_MARKDOWN)
    document = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)

    for literal in ("**", "](", "[^1]", "| ---", "- a private room"):
        assert literal not in text
    runs = [run for p in document.paragraphs for run in p.iter_inner_content() if hasattr(run, "bold")]
    assert any(run.bold and run.text == "must" for run in runs)
    assert any(run.italic and run.text == "within 7 days" for run in runs)
    hyperlinks = [h for p in document.paragraphs for h in p.hyperlinks]
    assert [(h.text, h.url) for h in hyperlinks] == [("the centre", "https://example.org/centre")]
    assert len(document.tables) == 1
    assert [c.text for c in document.tables[0].rows[1].cells] == ["Police", "112", "112"]
    assert document.tables[0].rows[0]._tr.trPr.find(q("tblHeader")) is not None
    bullets = [p for p in document.paragraphs if p.style.name == "Clause Bullet"]
    assert [p.text for p in bullets][:4] == ["a private room", "an interpreter", "of the chosen gender", "a drink"]
    assert all(p._p.pPr.numPr is not None for p in bullets)
    assert has_part(data, "word/footnotes.xml")
    notes = part(data, "word/footnotes.xml")
    assert "See the national data protection act." in "".join(t.text for t in notes.iter(q("t")))


def test_clause_numbers_are_words_own_numbering_and_give_the_platforms_numbers():
    rows = [*MESSY_MARKDOWN, ("heading", 1, "Roles"), ("paragraph", 1, "Police designate a focal point.")]
    data = _docx(rows)
    document = Document(io.BytesIO(data))
    expected = [s.number for s in _snapshots(rows)]

    numbered = word_numbers(data)
    clause_numbers_in_word = [number for number, _text in numbered if not number.endswith(".") and number]
    assert [n for n in clause_numbers_in_word if n in expected] == expected
    assert not any(p.text.startswith(tuple(f"{n} " for n in expected)) for p in document.paragraphs)
    assert ("1.a", "Staff must refer the person within 7 days to the centre.") in numbered
    assert ("1.1.a", "") in numbered  # the table clause: its number, then the table


@pytest.mark.parametrize("rows", [MESSY_MARKDOWN, SHOWN], ids=["messy markdown draft", "messy word draft"])
def test_a_version_in_word_imports_again_word_for_word(rows):
    again = blocks_from_docx(_docx(rows))

    assert [(b.kind, b.level, b.text) for b in again] == rows


def test_the_report_and_the_changes_export_are_real_word_documents_too():
    data = diff_docx(DiffContent(header=HEADER, old=_snapshots(MESSY_MARKDOWN), new=_snapshots(MESSY_MARKDOWN)))
    document = Document(io.BytesIO(data))

    assert round(document.sections[0].page_width.mm) == 210
    assert word_numbers(data)[0][0] == "1"
    assert len(document.tables) == 1
    assert "**" not in "\n".join(p.text for p in document.paragraphs)


# --- the revision -----------------------------------------------------------------------------

OLD = [
    ("heading", 1, "Referral"),
    ("paragraph", 1, "Police officers do not check residence papers."),
    ("paragraph", 1, "Staff refer the person within 7 days."),
    ("paragraph", 1, "Staff keep a paper file."),
    ("paragraph", 1, "| Service | When |\n| --- | --- |\n| Police | Day |"),
]
NEW = [
    ("heading", 1, "Referral pathways"),
    ("paragraph", 1, "Police officers shall not check residence papers."),
    ("paragraph", 1, "Staff refer the person within 7 days."),
    ("paragraph", 1, "Interpreters are offered free of charge."),
    ("paragraph", 1, "| Service | When |\n| --- | --- |\n| Police | Day and night |"),
]
WHEN = datetime.datetime(2026, 3, 1, 10, 0, tzinfo=datetime.UTC)


def _revision(reasons=None):
    old = _snapshots(OLD, ["h", "police", "staff", "file", "table"])
    new = _snapshots(NEW, ["h", "police", "staff", "interpreters", "table"])
    content = DiffContent(
        header=Header("SOP on referral", "Netherlands", 2, "final", 1),
        old=old,
        new=new,
        author="Eva Editor",
        date=WHEN.isoformat(),
        reasons=reasons or {"police": ["accepted amendment from Participant 4: the law says shall"]},
    )
    return diff_docx(content)


def test_the_revision_marks_every_change_as_a_tracked_change_by_the_editor_on_the_build_date():
    changes = revisions(_revision())

    assert {(kind, author, date) for kind, author, date, _text in changes} == {
        ("ins", "Eva Editor", "2026-03-01T10:00:00Z"),
        ("del", "Eva Editor", "2026-03-01T10:00:00Z"),
    }
    texts = [(kind, text) for kind, _a, _d, text in changes]
    assert ("ins", "shall") in texts
    assert ("del", "do") in texts
    assert ("ins", "pathways") in texts or ("ins", " pathways") in texts
    assert ("ins", "Interpreters are offered free of charge.") in texts  # an added clause, whole
    assert ("del", "Staff keep a paper file.") in texts  # a removed clause, whole
    assert not any("refer the person" in text for _kind, text in texts)  # unchanged clauses are not changes


def test_added_and_removed_clauses_are_whole_paragraph_changes_mark_included():
    root = part(_revision(), "word/document.xml")
    marks = [p for p in root.iter(q("p")) if p.find(f"{q('pPr')}/{q('rPr')}/{q('ins')}") is not None]
    deleted = [p for p in root.iter(q("p")) if p.find(f"{q('pPr')}/{q('rPr')}/{q('del')}") is not None]

    # The changed table is the old clause deleted and the new one inserted: an empty numbered paragraph each.
    assert ["".join(t.text for t in p.iter(q("t"))) for p in marks] == ["Interpreters are offered free of charge.", ""]
    assert ["".join(t.text for t in p.iter(q("delText"))) for p in deleted] == ["Staff keep a paper file.", ""]


def test_accepting_every_change_gives_the_new_version_and_rejecting_them_the_old_one():
    data = _revision()

    assert paragraph_texts(accepted(data))[2:] == [
        "Referral pathways",
        "Police officers shall not check residence papers.",
        "Staff refer the person within 7 days.",
        "Interpreters are offered free of charge.",
        "Service",
        "When",
        "Police",
        "Day and night",
    ]
    old = paragraph_texts(rejected(data))[2:]
    assert "Referral" in old
    assert "Police officers do not check residence papers." in old
    assert "Staff keep a paper file." in old
    assert "Day" in old
    assert "Interpreters are offered free of charge." not in old
    assert [(b.kind, b.text) for b in blocks_from_docx(data)] == [(kind, text) for kind, _level, text in NEW]


def test_comments_carry_the_decisions_behind_each_change():
    assert comments(_revision()) == [("Eva Editor", "accepted amendment from Participant 4: the law says shall")]


# --- the export of a real pair of versions ------------------------------------------------------


def test_the_changes_export_names_the_editor_who_built_it_and_anonymises_participants(editor):
    v1, v2 = known_versions()
    round = open_round(v1)
    built = timezone.now().replace(microsecond=0)
    build = Build.objects.create(
        round=round, status=Build.Status.DONE, result_version=v2, started_by=editor, finished_at=built
    )
    changed = v2.clauses.get(text=CHANGED_TEXT)
    change = ClauseChange.objects.create(
        build=build, version=v2, clause_key=changed.key, change=ClauseChange.Change.CHANGED, new_clause=changed
    )
    author = member(("NL",))
    author.profile.display_name = "Real Name"
    author.profile.save()
    amendment = FeedbackFactory(
        round=round,
        clause=v1.clauses.get(key=changed.key),
        author=author,
        kind=Feedback.Kind.AMENDMENT,
        proposed_text="Staff refer the person to a specialist centre.",
        decision=Feedback.Decision.PARTLY_ACCEPTED,
        decision_reason="Specialist centres exist in every region.",
    )
    change.feedback.add(amendment)

    data = diff_docx(diff_content(v1, v2))

    assert comments(data) == [
        (
            editor.profile.public_name,
            "amendment from Participant 1 (decision: accepted in part): Specialist centres exist in every region.",
        )
    ]
    assert "Real Name" not in data.decode("latin-1")
    assert {author for _kind, author, _date, _text in revisions(data)} == {editor.profile.public_name}
    assert {date for _kind, _author, date, _text in revisions(data)} == {built.strftime("%Y-%m-%dT%H:%M:%SZ")}
    again = blocks_from_docx(data)
    assert [b.text for b in again] == [c.text for c in v2.clauses.in_order()]


def test_blocks_of_a_revision_of_an_imported_messy_draft_are_the_new_version():
    old = [Block(kind, text, level) for kind, level, text in SHOWN]
    new_rows = list(SHOWN)
    new_rows[2] = ("paragraph", 1, "Police officers shall never check residence papers.")
    content = DiffContent(
        header=HEADER,
        old=_snapshots([(b.kind, b.level, b.text) for b in old]),
        new=_snapshots(new_rows),
        author="Eva Editor",
        date=WHEN.isoformat(),
    )

    again = blocks_from_docx(diff_docx(content))

    assert [(b.kind, b.level, b.text) for b in again] == new_rows


# --- from the diff page -------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_diff_page_offers_the_word_revision_to_whoever_may_export_the_diff(
    client, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    from recommendations.models import Export
    from tests.consult.conftest import sign_in

    v1, v2 = known_versions()
    url = reverse("recommendations:version_diff", args=[v1.pk, v2.pk])
    button = "Word file with these changes as tracked changes"

    assert button not in client.get(url).content.decode()  # a visitor reads the diff but exports nothing

    sign_in(client, member(("NL",)))
    page = client.get(url).content.decode()
    assert button in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("recommendations:export_request", args=[v2.pk]),
            {"kind": "diff", "format": "docx", "base_version": v1.pk},
        )
    assert response.status_code == 302
    export = Export.objects.get()
    assert (export.kind, export.format, export.base_version, export.status) == ("diff", "docx", v1, "done")
    download = client.get(reverse("recommendations:export_download", args=[export.pk]))
    data = b"".join(download.streaming_content)
    assert ("ins", "specialist ") in [(kind, text) for kind, _a, _d, text in revisions(data)]


@pytest.mark.django_db
def test_a_forged_revision_request_for_another_documents_version_is_refused_not_a_500(client):
    from django.urls import reverse

    from recommendations.models import Export
    from tests.consult.conftest import sign_in

    _v1, v2 = known_versions()
    other, _ = known_versions()
    sign_in(client, member(("NL",)))
    response = client.post(
        reverse("recommendations:export_request", args=[v2.pk]),
        {"kind": "diff", "format": "docx", "base_version": other.pk},
    )

    assert response.status_code == 400
    assert not Export.objects.exists()
