"""The version page reads only its headings once its clauses are in the
cache, and the triage page's filter and bulk forms come from the cache:
what the reader sees is the same, and every change shows on the next
request."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consult.models import Country
from tests.consult.factories import member

from .factories import FeedbackFactory

pytestmark = pytest.mark.django_db


def _without_tokens(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def _clause_rows_read(client, url):
    """The page's HTML and whether it read the clauses' texts."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    read_texts = any(
        '"recommendations_clause"."html"' in query["sql"] and 'FROM "recommendations_clause"' in query["sql"]
        for query in queries.captured_queries
    )
    return response.content.decode(), read_texts


@pytest.mark.parametrize("as_member", [False, True], ids=["visitor", "member"])
def test_a_second_visit_to_a_version_reads_only_the_headings_and_shows_the_same_page(
    client, signed_in, round, author, as_member
):
    FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])
    if as_member:
        signed_in(member(("NL",)))
    url = round.version.get_absolute_url()

    first, first_read = _clause_rows_read(client, url)
    second, second_read = _clause_rows_read(client, url)

    assert first_read
    assert not second_read
    assert _without_tokens(second) == _without_tokens(first)
    for heading in round.version.clauses.in_order().filter(kind="heading"):
        assert f'href="#{heading.anchor}">{heading.number} {heading.text}</a>' in second


def test_new_feedback_shows_in_the_count_on_the_next_visit(client, signed_in, round, author):
    clause = round.version.clauses.in_order()[1]
    FeedbackFactory(round=round, author=author, clause=clause)
    signed_in(member(("NL",)))
    url = round.version.get_absolute_url()
    assert "1 feedback item" in client.get(url).content.decode()

    FeedbackFactory(round=round, author=member(("NL",)), clause=clause)

    assert "2 feedback items" in client.get(url).content.decode()


def test_the_clauses_follow_the_language_of_the_page(client, signed_in, round, author):
    FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])
    signed_in(member(("NL",)))
    path = round.version.get_absolute_url()[3:]
    assert 'href="/en/recommendations/versions/' in client.get("/en" + path).content.decode()

    dutch = client.get("/nl" + path).content.decode()

    clauses = dutch.split('class="recs-clauses"')[1].split("recs-document-feedback")[0]
    assert 'href="/nl/recommendations/versions/' in clauses
    assert 'href="/en/recommendations/versions/' not in clauses


def _triage(client, round, query=""):
    return client.get(reverse("recommendations:triage", args=[round.pk]) + query).content.decode()


def _selected(html, name, form=0):
    """The values chosen in the select ``name`` of the page's ``form``-th form with one (0: the filters)."""
    select = re.findall(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)[form]
    return re.findall(r'<option value="([^"]*)"[^>]*selected', select)


def test_the_triage_filters_show_what_was_chosen_request_after_request(client, signed_in, editor, round, author):
    FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])
    signed_in(editor)

    assert _selected(_triage(client, round, "?kind=comment"), "kind") == ["comment"]
    assert _selected(_triage(client, round, "?kind=amendment"), "kind") == ["amendment"]
    assert _selected(_triage(client, round, "?kind=comment&sector=medical"), "sector") == ["medical"]
    assert _selected(_triage(client, round, "?kind=comment"), "sector") != ["medical"]
    netherlands = Country.objects.get(code="NL")
    assert _selected(_triage(client, round, f"?country={netherlands.pk}"), "country") == [str(netherlands.pk)]


def test_a_country_added_shows_in_the_triage_filter_on_the_next_request(client, signed_in, editor, round):
    # the filter's fields are cached by the country data version, which a new country moves
    signed_in(editor)
    assert "Luxembourg" not in _triage(client, round)

    Country.objects.create(code="LU", name="Luxembourg")

    assert "Luxembourg" in _triage(client, round)


def test_a_bulk_decision_with_a_mistake_keeps_what_was_typed(client, signed_in, editor, round, author):
    item = FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])
    signed_in(editor)
    url = reverse("recommendations:triage", args=[round.pk])
    _triage(client, round)  # the empty forms in the cache

    response = client.post(url, {"items": [item.pk], "decision": "rejected", "reason": "", "duplicate_of": "abc"})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="abc"' in html or ">abc<" in html or "Enter a whole number" in html
    assert _selected(html, "decision", form=1) == ["rejected"]
    assert _selected(_triage(client, round), "decision", form=1) != ["rejected"]


def test_the_document_feedback_form_is_in_each_readers_language(client, signed_in, round):
    """Its fields are rendered once per language and reused."""
    signed_in(member(("NL",)))
    path = round.version.get_absolute_url().removeprefix("/en")
    labels = {"en": "Your feedback", "nl": "Uw feedback", "ar": "ملاحظاتكم"}
    for _ in range(2):
        for language, label in labels.items():
            html = client.get(f"/{language}{path}").content.decode()
            form = html[html.index('class="recs-feedback-form"') :]
            form = form[: form.index("</form>")]
            assert f">{label}" in form, language
            assert 'name="text"' in form
            assert 'name="csrfmiddlewaretoken"' in form


def test_a_refused_bulk_decision_keeps_the_items_ticked_and_says_why_once(client, signed_in, editor, round, author):
    clause = round.version.clauses.in_order()[1]
    items = [FeedbackFactory(round=round, author=author, clause=clause) for _ in range(3)]
    signed_in(editor)
    url = reverse("recommendations:triage", args=[round.pk])
    chosen = [items[0].pk, items[2].pk]

    response = client.post(url, {"items": chosen, "decision": "rejected", "reason": ""})

    assert response.status_code == 400
    html = response.content.decode()
    for item in items:
        assert (f'name="items" value="{item.pk}" checked' in html) == (item.pk in chosen)
    errors = html.split('class="form-errors"', 1)[1].split("</div>", 1)[0]
    assert errors.count("<li>") == 1, errors
    # the page seen again has nothing ticked
    assert 'name="items" value="' in _triage(client, round)
    assert " checked" not in _triage(client, round).split('class="recs-bulk"')[0].split("<table", 1)[-1]
