"""Pages: reading, authoring, feedback without JavaScript, triage; query counts pinned."""

import io

import pytest
from django.urls import reverse
from docx import Document

from consult.models import Sector
from recommendations.models import Feedback, RecommendationDocument
from tests.consult.factories import member

from .factories import FeedbackFactory, add_clauses, draft, open_round

pytestmark = pytest.mark.django_db

# The user, profile, session, roles, groups and MFA come from the cache once warm
# (consult/signed_in.py, consult/account_standing.py); then version (+editors),
# the headings (the clauses' fragment is cached), round, feedback counts,
# participation, audience countries, version list; the document feedback
# only when the counts' query found some for the reader.
VERSION_PAGE_QUERIES = 7
# Round (+editors), the page of items (one query with countries and clauses
# joined; one row more than it shows, so no count when they all fit); the
# forms' HTML (the filter's countries) comes from the cache.
TRIAGE_PAGE_QUERIES = 3
# More items than a page shows: their count, too.
TRIAGE_PAGE_QUERIES_WITH_MORE = 4


def test_the_public_reads_a_version_in_consultation_with_toc_anchors_and_numbers(client, round):
    response = client.get(round.version.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    heading = round.version.clauses.in_order()[0]
    assert f'id="{heading.anchor}"' in html
    assert f'href="#{heading.anchor}"' in html
    assert "Contents" in html
    assert "feedback item" not in html  # feedback is for members


def test_a_member_sees_feedback_counts_per_clause(client, signed_in, round, author):
    clause = round.version.clauses.in_order()[1]
    FeedbackFactory(round=round, author=author, clause=clause)
    FeedbackFactory(round=round, author=author, clause=clause)
    signed_in(member(("NL",)))

    html = client.get(round.version.get_absolute_url()).content.decode()

    assert "2 feedback items" in html


def test_a_members_count_of_a_clauses_feedback_includes_their_own_item_waiting_for_review(
    client, signed_in, round, author
):
    clause = round.version.clauses.in_order()[1]
    FeedbackFactory(round=round, author=member(("NL",)), clause=clause)
    FeedbackFactory(round=round, author=author, clause=clause, visibility=Feedback.Visibility.HELD)
    signed_in(author)

    version_page = client.get(round.version.get_absolute_url()).content.decode()
    clause_page = client.get(reverse("recommendations:clause", args=[round.version.pk, clause.key])).content.decode()

    # the two items the clause's list shows the author, their own one named as waiting
    assert "2 feedback items (including yours, waiting for review)" in version_page
    assert "2 feedback items (including yours, waiting for review)" in clause_page


def test_other_members_count_only_the_feedback_they_can_read(client, signed_in, round, author):
    clause = round.version.clauses.in_order()[1]
    FeedbackFactory(round=round, author=member(("NL",)), clause=clause)
    FeedbackFactory(round=round, author=author, clause=clause, visibility=Feedback.Visibility.HELD)
    signed_in(member(("NL",)))

    html = client.get(round.version.get_absolute_url()).content.decode()

    assert "1 feedback item" in html
    assert "waiting for review" not in html


def test_the_printable_view_has_every_clause(client, round):
    response = client.get(reverse("recommendations:version_print", args=[round.version.pk]))
    assert response.status_code == 200
    for clause in round.version.clauses.all():
        assert clause.anchor in response.content.decode()


def test_the_public_cannot_read_a_draft(client, version):
    response = client.get(version.get_absolute_url())
    assert response.status_code == 302


def test_a_member_gives_feedback_on_a_clause_without_javascript(client, signed_in, round, author):
    clause = round.version.clauses.in_order()[1]
    signed_in(author)

    response = client.post(
        reverse("recommendations:clause", args=[round.version.pk, clause.key]), {"kind": "concern", "text": "Too slow"}
    )

    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert (feedback.kind, feedback.clause) == ("concern", clause)
    page = client.get(response["Location"]).content.decode()
    assert "Too slow" in page


def test_refused_feedback_keeps_what_was_typed_and_says_why(client, signed_in, round, author):
    clause = round.version.clauses.in_order()[1]
    signed_in(author)

    response = client.post(
        reverse("recommendations:clause", args=[round.version.pk, clause.key]),
        {"kind": "amendment", "quoted_span": "words not there", "proposed_text": "My careful wording"},
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "quoted part was not found" in html
    assert "My careful wording" in html
    assert not Feedback.objects.exists()


def test_the_version_page_links_every_clause_to_its_feedback_for_the_inline_script(client, signed_in, round, author):
    signed_in(author)
    html = client.get(round.version.get_absolute_url()).content.decode()
    clause = round.version.clauses.in_order()[1]
    assert f'data-inline-feedback="feedback-for-{clause.key}"' in html
    assert f'id="feedback-for-{clause.key}" hidden' in html
    assert "recommendations/inline-feedback.js" in html


def test_inline_feedback_fragment_lists_feedback_and_the_form_without_the_page_around_it(
    client, signed_in, round, author
):
    clause = round.version.clauses.in_order()[1]
    FeedbackFactory(round=round, author=author, clause=clause, text="Shelters are full in winter")
    signed_in(member(("NL",)))

    response = client.get(reverse("recommendations:clause", args=[round.version.pk, clause.key]) + "?inline=1")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert "data-clause-feedback" in html
    assert "Shelters are full in winter" in html
    assert f"Give feedback on clause {clause.number}" in html


def test_inline_feedback_is_saved_and_the_fragment_thanks_the_author(client, signed_in, round, author):
    clause = round.version.clauses.in_order()[1]
    signed_in(author)
    url = reverse("recommendations:clause", args=[round.version.pk, clause.key])

    response = client.post(url + "?inline=1", {"kind": "question", "text": "Who pays the interpreter?"})

    assert response.status_code == 201
    html = response.content.decode()
    assert "<html" not in html
    assert "Thank you: your feedback was saved." in html
    assert "Who pays the interpreter?" in html  # listed with the others
    assert Feedback.objects.get().clause == clause
    # the fragment's form is empty again, ready for another item
    assert 'name="text"' in html
    assert html.count("Who pays the interpreter?") == 1


def test_refused_inline_feedback_keeps_what_was_typed_in_the_fragment(client, signed_in, round, author):
    clause = round.version.clauses.in_order()[1]
    signed_in(author)
    url = reverse("recommendations:clause", args=[round.version.pk, clause.key])

    response = client.post(
        url + "?inline=1", {"kind": "amendment", "quoted_span": "not in it", "proposed_text": "Kept wording"}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "<html" not in html
    assert "quoted part was not found" in html
    assert "Kept wording" in html
    assert not Feedback.objects.exists()


def test_feedback_with_personal_data_tells_the_author_what_was_found(client, signed_in, round, author):
    signed_in(author)
    response = client.post(
        reverse("recommendations:document_feedback", args=[round.version.pk]),
        {"kind": "comment", "text": "Her phone is +31 6 1234 5678"},
        follow=True,
    )
    assert "waiting for a moderator" in response.content.decode()
    assert "phone" in response.content.decode().lower()


def test_an_editor_imports_a_word_draft_through_the_page(client, signed_in, editor):
    document = Document()
    document.add_heading("1 Purpose", level=1)
    document.add_paragraph("Staff listen.")
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    buffer.name = "sop.docx"
    signed_in(editor)

    response = client.post(
        reverse("recommendations:document_create"),
        {"title": "NL SOP", "country": editor.profile.countries.first().pk, "file": buffer},
    )

    assert response.status_code == 302
    assert not RecommendationDocument.objects.filter(title="NL SOP").exists()  # not before the editor confirms
    token = client.session["recommendations.pending_import"]["token"]
    response = client.post(reverse("recommendations:document_import_preview"), {"token": token, "action": "confirm"})
    assert response.status_code == 302
    version = RecommendationDocument.objects.get(title="NL SOP").versions.get()
    assert [c.text for c in version.clauses.in_order()] == ["Purpose", "Staff listen."]


def test_a_corrupt_upload_gets_a_message_not_an_error(client, signed_in, editor):
    signed_in(editor)
    upload = io.BytesIO(b"PK\x03\x04garbage")
    upload.name = "broken.docx"

    response = client.post(
        reverse("recommendations:document_create"),
        {"title": "Broken", "country": editor.profile.countries.first().pk, "file": upload},
    )

    assert response.status_code == 400
    assert "damaged" in response.content.decode()
    assert not RecommendationDocument.objects.filter(title="Broken").exists()


def test_an_editor_edits_a_draft_clause_through_the_page(client, signed_in, editor, version):
    clause = version.clauses.in_order()[1]
    signed_in(editor)

    response = client.post(
        reverse("recommendations:clause_edit", args=[clause.pk]), {"kind": "paragraph", "level": 1, "text": "New words"}
    )

    assert response.status_code == 302
    clause.refresh_from_db()
    assert (clause.text, clause.key) == ("New words", clause.key)


def test_editing_a_frozen_version_through_the_page_says_why(client, signed_in, editor, round):
    clause = round.version.clauses.in_order()[1]
    signed_in(editor)

    response = client.post(
        reverse("recommendations:clause_edit", args=[clause.pk]), {"kind": "paragraph", "level": 1, "text": "New"}
    )

    assert response.status_code == 400
    assert "only a draft can be edited" in response.content.decode()


def test_a_decision_without_a_reason_is_refused_in_the_page(client, signed_in, editor, round, author):
    feedback = FeedbackFactory(round=round, author=author)
    signed_in(editor)

    response = client.post(
        reverse("recommendations:decide", args=[feedback.pk]), {"decision": "rejected", "reason": "", "revision": 0}
    )

    assert response.status_code == 400
    assert "public reason" in response.content.decode()


def test_a_stale_decision_in_the_page_is_a_conflict_with_a_message(client, signed_in, editor, round, author):
    feedback = FeedbackFactory(round=round, author=author, decision="accepted", decision_revision=1)
    signed_in(editor)

    response = client.post(
        reverse("recommendations:decide", args=[feedback.pk]), {"decision": "rejected", "reason": "No", "revision": 0}
    )

    assert response.status_code == 409
    assert "Another editor decided" in response.content.decode()
    feedback.refresh_from_db()
    assert feedback.decision == "accepted"


def test_triage_filters_by_kind_sector_and_endorsement(client, signed_in, editor, round):
    doctor = member(("NL",), sector=Sector.MEDICAL)
    police = member(("NL",), sector=Sector.POLICE)
    FeedbackFactory(round=round, author=doctor, kind="concern", text="Doctor's concern")
    FeedbackFactory(round=round, author=police, kind="comment", text="Police comment", endorsement_count=2)
    signed_in(editor)
    url = reverse("recommendations:triage", args=[round.pk])

    assert "Police comment" not in client.get(url, {"sector": Sector.MEDICAL}).content.decode()
    assert "Doctor's concern" not in client.get(url, {"kind": "comment"}).content.decode()
    assert "Doctor's concern" not in client.get(url, {"endorsed": "yes"}).content.decode()


def test_a_bulk_decision_through_triage(client, signed_in, editor, round, author):
    items = [FeedbackFactory(round=round, author=author) for _ in range(3)]
    signed_in(editor)

    response = client.post(
        reverse("recommendations:triage", args=[round.pk]),
        {"items": [items[0].pk, items[1].pk], "decision": "rejected", "reason": "Covered by law"},
    )

    assert response.status_code == 302
    assert sorted(Feedback.objects.values_list("decision", flat=True)) == ["rejected", "rejected", "undecided"]


def test_a_member_cannot_open_triage(client, signed_in, round, author):
    signed_in(author)
    assert client.get(reverse("recommendations:triage", args=[round.pk])).status_code == 403


def test_statistics_page_shows_the_heat_map(client, signed_in, editor, round, author):
    FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])
    signed_in(editor)
    response = client.get(reverse("recommendations:statistics", args=[round.pk]))
    assert response.status_code == 200
    assert "heat-4" in response.content.decode()


def test_the_version_page_with_200_clauses_takes_a_fixed_number_of_queries(
    client, signed_in, django_assert_num_queries, editor
):
    version = draft("NL", 0)
    add_clauses(version, 200)
    round = open_round(version)
    authors = [member(("NL",)) for _ in range(3)]
    for i, clause in enumerate(version.clauses.in_order()[:50]):
        FeedbackFactory(round=round, author=authors[i % 3], clause=clause)
    viewer = member(("NL",))
    signed_in(viewer)
    client.get(version.get_absolute_url())  # warm the session and caches

    with django_assert_num_queries(VERSION_PAGE_QUERIES):
        response = client.get(version.get_absolute_url())
    assert response.content.decode().count('id="clause-') == 200

    FeedbackFactory(round=round, author=authors[0], clause=None, text="On the whole document.")
    # the list, its content warnings and the reader's endorsements of it
    with django_assert_num_queries(VERSION_PAGE_QUERIES + 3):
        response = client.get(version.get_absolute_url())
    assert "On the whole document." in response.content.decode()


def test_the_version_page_lists_document_feedback_and_the_readers_own_held_item(client, signed_in, round, author):
    """The list of feedback on the whole document is read only when there is
    some for this reader: a visible item, or the reader's own held one."""
    url = round.version.get_absolute_url()
    signed_in(author)
    assert "None yet." in client.get(url).content.decode()
    FeedbackFactory(round=round, author=member(("NL",)), clause=None, text="Held for a moderator.", visibility="held")
    assert "Held for a moderator." not in client.get(url).content.decode()
    FeedbackFactory(round=round, author=author, clause=None, text="My own held remark.", visibility="held")
    assert "My own held remark." in client.get(url).content.decode()
    FeedbackFactory(round=round, author=member(("NL",)), clause=None, text="A visible remark.")
    html = client.get(url).content.decode()
    assert "A visible remark." in html
    assert "My own held remark." in html


@pytest.mark.parametrize(
    ("items", "queries", "caption"),
    [(1000, TRIAGE_PAGE_QUERIES, "1000 items"), (1001, TRIAGE_PAGE_QUERIES_WITH_MORE, "1001 items")],
)
def test_the_triage_page_with_1000_feedback_items_takes_a_fixed_number_of_queries(
    client, signed_in, django_assert_num_queries, editor, items, queries, caption
):
    version = draft("NL", 0)
    clauses = add_clauses(version, 50)
    round = open_round(version)
    authors = [
        member((code,), sector=sector)
        for code, sector in [("NL", Sector.MEDICAL), ("BE", Sector.POLICE), ("IT", Sector.LEGAL_AID)]
    ]
    countries = [a.profile.countries.first() for a in authors]
    Feedback.objects.bulk_create(
        Feedback(
            round=round,
            version=version,
            clause=clauses[i % 50],
            clause_key=clauses[i % 50].key,
            author=authors[i % 3],
            author_sector=authors[i % 3].profile.sector,
            author_country=countries[i % 3],
            kind="comment",
            text=f"Item {i}",
        )
        for i in range(items)
    )
    signed_in(editor)
    url = reverse("recommendations:triage", args=[round.pk])
    client.get(url)

    with django_assert_num_queries(queries):
        response = client.get(url)
    html = response.content.decode()
    assert html.count('name="items"') == 1000
    assert f'<caption id="triage-caption">{caption}</caption>' in html
    assert ("?page=2" in html) == (items > 1000)


def test_the_index_lists_public_versions_and_hides_drafts(client, round):
    hidden = draft("NL", 2)

    html = client.get(reverse("recommendations:index")).content.decode()

    assert round.version.document.title in html
    assert hidden.document.title not in html


def test_the_document_link_goes_to_the_newest_readable_version(client, round):
    response = client.get(reverse("recommendations:document", args=[round.version.document_id]))
    assert response["Location"] == round.version.get_absolute_url()


def test_the_draft_editor_offers_every_change_without_javascript(client, signed_in, editor, version):
    signed_in(editor)
    html = client.get(reverse("recommendations:version_edit", args=[version.pk])).content.decode()

    for action in ("up", "down", "merge", "delete", "split", "move", "add"):
        assert reverse("recommendations:clause_action", args=[version.clauses.first().pk, action]) in html
    assert "<script>" not in html


def test_moving_a_clause_down_through_the_page_keeps_its_key(client, signed_in, editor, version):
    clause = version.clauses.in_order()[1]
    signed_in(editor)

    client.post(reverse("recommendations:clause_action", args=[clause.pk, "down"]))

    moved = version.clauses.get(key=clause.key)
    assert moved.position == 2


def test_the_per_clause_triage_shows_the_clause_beside_its_feedback(client, signed_in, editor, round, author):
    clause = round.version.clauses.in_order()[1]
    FeedbackFactory(round=round, author=author, clause=clause, text="On this clause")
    FeedbackFactory(round=round, author=author, text="On the document")
    signed_in(editor)

    html = client.get(reverse("recommendations:triage_clause", args=[round.pk, clause.key])).content.decode()

    assert clause.html in html
    assert "On this clause" in html
    assert "On the document" not in html


def test_an_author_edits_their_feedback_through_the_page(client, signed_in, round, author):
    feedback = FeedbackFactory(round=round, author=author, text="Old")
    signed_in(author)

    response = client.post(
        reverse("recommendations:feedback_edit", args=[feedback.pk]), {"kind": "comment", "text": "New"}
    )

    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.text == "New"


def test_endorsing_through_the_page(client, signed_in, round, author):
    feedback = FeedbackFactory(round=round, author=author)
    signed_in(member(("NL",)))

    client.post(reverse("recommendations:endorse", args=[feedback.pk]))

    feedback.refresh_from_db()
    assert feedback.endorsement_count == 1


def test_a_bulk_decision_over_an_item_someone_else_decided_meanwhile_decides_nothing(
    client, signed_in, editor, round, author
):
    first, second = FeedbackFactory(round=round, author=author), FeedbackFactory(round=round, author=author)
    Feedback.objects.filter(pk=second.pk).update(decision="accepted", decision_revision=1)  # another editor, meanwhile
    signed_in(editor)

    response = client.post(
        reverse("recommendations:triage", args=[round.pk]),
        {
            "items": [first.pk, second.pk],
            f"rev-{first.pk}": 0,
            f"rev-{second.pk}": 0,
            "decision": "rejected",
            "reason": "No",
        },
    )

    assert response.status_code == 409
    assert "Another editor decided" in response.content.decode()
    assert sorted(Feedback.objects.values_list("decision", flat=True)) == ["accepted", "undecided"]


def test_triage_shows_an_amendment_with_a_table_as_a_table_not_as_markdown(client, signed_in, editor, round, author):
    clause = round.version.clauses.in_order()[1]
    FeedbackFactory(
        round=round,
        author=author,
        clause=clause,
        kind="amendment",
        text="The table should say where to go.",
        proposed_text="| Care | Where |\n|---|---|\n| HIV prophylaxis | Hospital <script>x()</script> |",
    )
    signed_in(editor)

    html = client.get(reverse("recommendations:triage", args=[round.pk])).content.decode()

    assert "<table" in html.split('class="recs-proposed', 1)[1]
    assert "<td>HIV prophylaxis</td>" in html
    assert "|---|" not in html
    assert "<script>x()" not in html  # the sanitiser's CLAUSE profile, as on the clause page


def _document_form(html):
    start = html.index('id="doc-feedback-heading"')
    return html[start : html.index("</form>", start)]


def test_the_whole_document_form_offers_no_clause_fields(client, signed_in, round, author):
    """Feedback on the whole document has no clause to quote or amend: the form
    offers neither the amendment kind nor the quoted part and proposed text."""
    signed_in(author)
    form = _document_form(client.get(round.version.get_absolute_url()).content.decode())
    assert 'name="text"' in form
    assert 'value="question"' in form
    assert 'value="amendment"' not in form
    assert 'name="quoted_span"' not in form
    assert 'name="proposed_text"' not in form


def test_an_amendment_sent_to_the_whole_document_is_a_form_error(client, signed_in, round, author):
    signed_in(author)
    response = client.post(
        reverse("recommendations:document_feedback", args=[round.version.pk]),
        {"kind": "amendment", "text": "Kept remark", "proposed_text": "New wording"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "Kept remark" in html
    assert not Feedback.objects.exists()


def test_editing_feedback_on_the_whole_document_offers_no_clause_fields(client, signed_in, round, author):
    item = FeedbackFactory(round=round, author=author, clause=None, text="On the whole draft.")
    signed_in(author)
    html = client.get(reverse("recommendations:feedback_edit", args=[item.pk])).content.decode()
    assert "On the whole draft." in html
    assert 'name="quoted_span"' not in html
    assert 'value="amendment"' not in html
    response = client.post(
        reverse("recommendations:feedback_edit", args=[item.pk]), {"kind": "question", "text": "Which services?"}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.kind, item.text) == ("question", "Which services?")


def test_whole_document_feedback_offers_edit_to_its_author_and_endorse_to_other_members(client, signed_in, round):
    author, other = member(("NL",)), member(("NL",))
    item = FeedbackFactory(round=round, author=author, clause=None, text="On the whole draft.")
    edit = reverse("recommendations:feedback_edit", args=[item.pk])
    endorse = reverse("recommendations:endorse", args=[item.pk])
    signed_in(author)
    mine = client.get(round.version.get_absolute_url()).content.decode()
    assert f'href="{edit}"' in mine
    assert f'action="{endorse}"' not in mine
    signed_in(other)
    theirs = client.get(round.version.get_absolute_url()).content.decode()
    assert f'href="{edit}"' not in theirs
    assert f'action="{endorse}"' in theirs
    client.post(endorse)
    assert "Withdraw endorsement" in client.get(round.version.get_absolute_url()).content.decode()


def test_an_amendment_with_a_table_is_shown_as_a_table_to_members_and_on_the_decide_page(
    client, signed_in, editor, round, author
):
    clause = round.version.clauses.in_order()[1]
    table = "| Care | Time limit |\n|---|---|\n| Emergency contraception | 72 hours |"
    item = FeedbackFactory(round=round, author=author, clause=clause, kind="amendment", proposed_text=table)
    signed_in(author)
    member_view = client.get(reverse("recommendations:clause", args=[round.version.pk, clause.key])).content.decode()
    signed_in(editor)
    decide = client.get(reverse("recommendations:decide", args=[item.pk])).content.decode()
    for html in (member_view, decide):
        proposed = html.split('class="recs-proposed"', 1)[1].split("</table>", 1)[0]
        assert "<td>Emergency contraception</td>" in proposed
        assert "|---|" not in proposed
