"""The review queue shows what the guard found as a masked excerpt among
the words around it, whole words only, so a moderator can judge it from
the queue."""

import re

import pytest
from django.urls import reverse

from consult.models import Country, CountryRole, ReviewItem
from consult.moderation import guard
from consult.moderation import services as moderation
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff
from tests.moderation_app.models import Note

pytestmark = pytest.mark.django_db

TEXT = (
    "The night shelter in the centre of town was full again, so I called "
    "the caller back on 0612345678 after six and she lives at calle Mayor 17 near the market."
)


def _findings_html(client):
    page = client.get(reverse("moderation:queue")).content.decode()
    return re.search(r'<p class="findings">(.*?)</p>', page, re.S).group(1)


def test_the_moderator_reads_each_finding_with_the_words_around_it_and_no_word_cut_short(client):
    note = Note.objects.create(author=member(("NL",)), country=Country.objects.get(code="NL"), text=TEXT)
    moderation.hold_for_review(note, reason=ReviewItem.Reason.PERSONAL_DATA, findings=guard.scan(TEXT, "en"))
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))

    findings = _findings_html(client)

    assert "… the caller back on [0•••••••••] after six and she …" in findings
    assert "[calle M•••• 1•] near the market." in findings
    assert "0612345678" not in findings
    assert "Mayor" not in findings
    # every "…" stands between whole words: never "cal…" or "…yor"
    assert not re.search(r"\w…|…\w", findings)


def test_a_finding_stored_before_the_context_existed_still_shows_its_excerpt(client):
    note = Note.objects.create(author=member(("NL",)), country=Country.objects.get(code="NL"), text="x")
    moderation.hold_for_review(
        note,
        reason=ReviewItem.Reason.PERSONAL_DATA,
        findings=[{"kind": "phone", "label": "a phone number", "excerpt": "061…"}],
    )
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    assert "061…" in _findings_html(client)


def test_no_context_shows_a_name_that_a_finding_masks(client):
    text = "Could someone ring Fatima Benali on 0612345678 tomorrow morning before the hearing?"
    note = Note.objects.create(author=member(("NL",)), country=Country.objects.get(code="NL"), text=text)
    moderation.hold_for_review(note, reason=ReviewItem.Reason.PERSONAL_DATA, findings=guard.scan(text, "en"))
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))

    findings = _findings_html(client)

    assert "0612345678" not in findings
    assert "Fatima" not in findings
    assert "Benali" not in findings


def test_a_finding_repeated_in_a_post_is_read_once(client):
    note = Note.objects.create(author=member(("NL",)), country=Country.objects.get(code="NL"), text="x")
    repeated = {"kind": "phone", "label": "a phone number", "excerpt": "061…", "context": "call [061…] today"}
    other = {"kind": "phone", "label": "a phone number", "excerpt": "062…", "context": "or [062…] later"}
    moderation.hold_for_review(
        note, reason=ReviewItem.Reason.PERSONAL_DATA, findings=[repeated, repeated, other, repeated]
    )
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    findings = _findings_html(client)
    assert findings.count("call [061…] today") == 1
    assert findings.count("or [062…] later") == 1
