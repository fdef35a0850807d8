"""The triage page's rows: each shows what the database holds now, whatever
changed it (a service, a moderator, an update that sends no signal), in the
reader's language; rows the process made before never stand in for them."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from consult.models import Country
from recommendations.models import Clause, Feedback

from .factories import FeedbackFactory

pytestmark = pytest.mark.django_db


def _row(html, pk):
    """The table row of item ``pk`` (None when the page does not list it)."""
    found = re.search(rf'<tr id="feedback-{pk}">.*?</tr>', html)
    return found.group(0) if found else None


def _triage(client, round, language="en"):
    with translation.override(language):
        url = reverse("recommendations:triage", args=[round.pk])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _clause(round):
    return round.version.clauses.in_order().filter(kind="paragraph").first()


# (what changes, how, what the row shows then); each through a plain update,
# which no signal hears: only what the page reads may tell
CHANGES = [
    ("text", lambda item, round: {"text": "Rewritten by its author"}, lambda item: "Rewritten by its author"),
    (
        "proposed text",
        lambda item, round: {"proposed_text": "Say *must*."},
        lambda item: '<div class="recs-proposed recs-text"><p>Say <em>must</em>.</p></div>',
    ),
    (
        "kind",
        lambda item, round: {"kind": "amendment", "proposed_text": "Say must."},
        lambda item: '<td data-label="Kind">amendment</td>',
    ),
    (
        "decision",
        lambda item, round: {"decision": "rejected", "decision_reason": "No.", "decision_revision": 1},
        lambda item: '<td data-label="Decision">rejected · <a',
    ),
    ("revision", lambda item, round: {"decision_revision": 3}, lambda item: f'name="rev-{item.pk}" value="3"'),
    (
        "duplicate of",
        lambda item, round: {
            "decision": "duplicate",
            "decision_reason": "Said before.",
            "duplicate_of": FeedbackFactory(round=round, author=item.author),
        },
        lambda item: f'<td data-label="Decision">duplicate (#{Feedback.objects.get(pk=item.pk).duplicate_of_id}) · <a',
    ),
    (
        "public reason",
        lambda item, round: {"decision_reason": "Covered by clause 4 & 5."},
        lambda item: 'Public reason</strong> <span dir="auto">Covered by clause 4 &amp; 5.</span>',
    ),
    ("endorsements", lambda item, round: {"endorsement_count": 7}, lambda item: '<td data-label="Endorsed">7</td>'),
    (
        "sector",
        lambda item, round: {"author_sector": "police"},
        lambda item: '<td data-label="Sector, country">Police and protection, NL</td>',
    ),
    (
        "country",
        lambda item, round: {
            "author_country": Country.objects.get_or_create(code="BE", defaults={"name": "Belgium"})[0]
        },
        lambda item: ", BE</td>",
    ),
    (
        "clause",
        lambda item, round: {"clause": None, "clause_key": None},
        lambda item: '<td data-label="Clause">document</td>',
    ),
]


@pytest.mark.parametrize(("change", "values", "shown"), CHANGES, ids=[change[0] for change in CHANGES])
def test_a_change_to_an_item_shows_in_its_row_on_the_next_request(
    client, signed_in, editor, round, author, change, values, shown
):
    item = FeedbackFactory(round=round, author=author, clause=_clause(round), text="As first written")
    signed_in(editor)
    before = _row(_triage(client, round), item.pk)
    assert "As first written" in before

    Feedback.objects.filter(pk=item.pk).update(**values(item, round))
    after = _row(_triage(client, round), item.pk)

    assert after != before
    assert shown(item) in after


def test_a_row_shows_the_public_reason_the_participant_reads_labelled_and_only_where_there_is_one(
    client, signed_in, editor, round, author
):
    decided = FeedbackFactory(
        round=round, author=author, decision="rejected", decision_reason="Out of scope <for now>.", decision_revision=1
    )
    undecided = FeedbackFactory(round=round, author=author)
    signed_in(editor)
    html = _triage(client, round)

    row = _row(html, decided.pk)
    assert '<p class="recs-row-reason"><strong class="recs-row-reason__label">Public reason</strong>' in row
    assert '<span dir="auto">Out of scope &lt;for now&gt;.</span>' in row
    assert "recs-row-reason" not in _row(html, undecided.pk)


def test_a_renumbered_clause_shows_its_new_number_in_the_rows(client, signed_in, editor, round, author):
    clause = _clause(round)
    item = FeedbackFactory(round=round, author=author, clause=clause)
    signed_in(editor)
    assert f'/triage/clauses/{clause.key}/">{clause.number}</a>' in _row(_triage(client, round), item.pk)

    Clause.objects.filter(pk=clause.pk).update(number="7.7")

    assert f'/triage/clauses/{clause.key}/">7.7</a>' in _row(_triage(client, round), item.pk)


def test_an_item_a_moderator_hides_leaves_the_rows_at_once(client, signed_in, editor, round, author):
    item = FeedbackFactory(round=round, author=author)
    signed_in(editor)
    assert _row(_triage(client, round), item.pk) is not None

    Feedback.objects.filter(pk=item.pk).update(visibility="hidden")

    assert _row(_triage(client, round), item.pk) is None


def test_the_same_rows_in_another_language_show_that_languages_labels_and_links(
    client, signed_in, editor, round, author
):
    item = FeedbackFactory(round=round, author=author, clause=_clause(round))
    signed_in(editor)

    english = _row(_triage(client, round, "en"), item.pk)
    dutch = _row(_triage(client, round, "nl"), item.pk)

    assert f'aria-label="Choose item {item.pk}"' in english
    assert f'href="/en/recommendations/feedback/{item.pk}/decide/">decide</a>' in english
    assert f'aria-label="Item {item.pk} kiezen"' in dutch
    assert f'href="/nl/recommendations/feedback/{item.pk}/decide/">beslissen</a>' in dutch
    assert "/nl/recommendations/rounds/" in dutch
    assert "nog niet beslist" in dutch


def test_a_decision_through_the_page_shows_in_the_row_it_was_taken_from(client, signed_in, editor, round, author):
    item = FeedbackFactory(round=round, author=author)
    signed_in(editor)
    url = reverse("recommendations:triage", args=[round.pk])
    assert '<td data-label="Decision">not decided yet · <a' in _row(client.get(url).content.decode(), item.pk)

    response = client.post(
        url, {"items": [item.pk], f"rev-{item.pk}": 0, "decision": "rejected", "reason": "Out of date."}, follow=True
    )

    row = _row(response.content.decode(), item.pk)
    assert '<td data-label="Decision">rejected · <a' in row
    assert f'name="rev-{item.pk}" value="1"' in row


ROW = (
    41,
    "comment",
    "A remark.",
    "",
    "medical",
    "NL",
    "0e0b1c5e-1111-4222-8333-944445555666",
    "1.1",
    2,
    "undecided",
    None,
    0,
    "Covered elsewhere.",
)


def _labels(choices, value, label):
    return [(v, label if v == value else text) for v, text in choices]


def _say(msgid, instead):
    return lambda text: instead if text == msgid else translation.gettext(text)


# Each label or link the rows share, changed (as another language or another
# round would): the row made before must not be taken for the new one.
SHARED = [
    ("links", "reverse", lambda name, args: f"/other/{name}/{args[-1]}/", 'href="/other/recommendations:decide/41/"'),
    ("decide word", "_", _say("decide", "choose"), '/decide/">choose</a>'),
    ("on the document", "_", _say("document", "whole text"), '<td data-label="Clause">whole text</td>'),
    ("choose label", "_", _say("Choose item %(pk)s", "Pick %(pk)s"), 'aria-label="Pick 41"'),
    ("column heading", "_", _say("Endorsed", "Backed by"), '<td data-label="Backed by">2</td>'),
    ("reason label", "_", _say("Public reason", "Said to all"), 'recs-row-reason__label">Said to all</strong>'),
]


@pytest.mark.parametrize(("part", "name", "instead", "shown"), SHARED, ids=[part[0] for part in SHARED])
def test_a_row_made_before_is_not_taken_when_a_label_or_link_it_shows_changed(
    monkeypatch, round, part, name, instead, shown
):
    from recommendations.consultation import triage_views

    rows = [ROW, (*ROW[:6], None, None, *ROW[8:])]  # one on a clause, one on the document
    before = triage_views._rows_html(round, rows)

    monkeypatch.setattr(triage_views, name, instead)
    after = triage_views._rows_html(round, rows)

    assert shown in after
    assert shown not in before


@pytest.mark.parametrize("which", ["Kind", "Decision", "Sector"])
def test_a_row_made_before_is_not_taken_when_a_choice_label_changed(monkeypatch, round, which):
    from types import SimpleNamespace

    from consult.models import Sector
    from recommendations.consultation import triage_views

    before = triage_views._rows_html(round, [ROW])
    value = {"Kind": "comment", "Decision": "undecided", "Sector": "medical"}[which]
    kinds, decisions, sectors = Feedback.Kind.choices, Feedback.Decision.choices, Sector.choices
    if which == "Sector":
        monkeypatch.setattr(triage_views, "Sector", SimpleNamespace(choices=_labels(sectors, value, "Changed label")))
    else:
        monkeypatch.setattr(
            triage_views,
            "Feedback",
            SimpleNamespace(
                Kind=SimpleNamespace(choices=_labels(kinds, value, "Changed label") if which == "Kind" else kinds),
                Decision=SimpleNamespace(
                    choices=_labels(decisions, value, "Changed label") if which == "Decision" else decisions
                ),
            ),
        )

    after = triage_views._rows_html(round, [ROW])

    assert "Changed label" in after
    assert "Changed label" not in before


def test_the_duplicate_box_belongs_to_the_duplicate_decision_and_says_so_without_javascript(
    client, signed_in, editor, round, author
):
    item = FeedbackFactory(round=round, author=author)
    signed_in(editor)
    for html in (
        _triage(client, round),
        client.get(reverse("recommendations:decide", args=[item.pk])).content.decode(),
    ):
        # the script shows the box only for this decision; the hint tells a reader without it
        assert f'data-for-decision="{Feedback.Decision.DUPLICATE}"' in html
        assert "Only for the decision “duplicate”: the number of the item it repeats." in html
        assert 'aria-describedby="id_duplicate_of_helptext"' in html
        assert "recommendations/duplicate-of.js" in html
