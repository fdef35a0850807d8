"""Ordinary posts that identify no one pass the guard (ninth round): a grant
named in its inflected or funder's forms, an EU grant agreement's number in
any word order. Beside each, a post with a private person's number is still
held.

The sentences are written for these tests (not from any corpus); all
numbers are invented."""

import pytest

from consult.moderation import guard


def held(text, language):
    return [finding.kind for finding in guard.scan(text, language, listed_words=[])]


# --- a grant's reference: inflected words, the funder between, an EU agreement's number --


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Numer umowy o dotację z Ministerstwa: 2024/DOT/00312, proszę wpisywać na fakturach."),
        ("el", "Αριθμός συμφωνίας επιχορήγησης 101143777 του προγράμματος CERV, γράψτε τον σε κάθε τιμολόγιο."),
        ("hr", "Broj sporazuma o dodjeli bespovratnih sredstava: 101102345, molim navesti na svim računima."),
        ("sl", "Številka sporazuma o dodelitvi nepovratnih sredstev: 101101234 (CERV), napišite jo na poročila."),
        ("de", "Bitte auf jeder Rechnung die Nummer der Finanzhilfevereinbarung angeben: 101098456."),
        ("ar", "رقم اتفاقية المنحة من برنامج CERV هو 101143555، يرجى كتابته على كل فاتورة."),
    ],
)
def test_a_grants_reference_in_its_funders_words_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a nine-digit number from 101 with no grant or fund named: a phone's shape still counts
        ("de", "Ihre neue Nummer: 0151 01098456, bitte nur per SMS."),
        ("el", "Σύμβαση επιχορήγησης 101143777 — το κινητό της είναι 694 123 4567."),
    ],
)
def test_a_phone_beside_a_grant_in_its_funders_words_is_held(language, text):
    assert "phone" in held(text, language)
