"""The whole issue in one walk through the pages: an editor imports a Word
draft, opens a round, members across countries and sectors give feedback,
and the editor decides on every item with public reasons."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from consult.models import Country, Sector
from recommendations.consultation.decision_emails import send_decision_digests
from recommendations.models import Feedback, RecommendationDocument
from tests.consult.conftest import sign_in
from tests.consult.factories import member

from .realistic_sop import realistic_sop_docx

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def test_an_editor_imports_opens_a_round_and_decides_on_every_item(client, editor):
    sign_in(client, editor)
    upload = io.BytesIO(realistic_sop_docx())
    upload.name = "sop-nl.docx"
    nl = Country.objects.get(code="NL")
    response = client.post(
        reverse("recommendations:document_create"), {"title": "NL SOP", "country": nl.pk, "file": upload}
    )
    assert response.status_code == 302
    token = client.session["recommendations.pending_import"]["token"]
    response = client.post(reverse("recommendations:document_import_preview"), {"token": token, "action": "confirm"})
    assert response.status_code == 302
    version = RecommendationDocument.objects.get(title="NL SOP").versions.get()
    local = timezone.localtime()
    response = client.post(
        reverse("recommendations:round_create", args=[version.pk]),
        {
            "opens_at": (local - timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M"),
            "closes_at": (local + timedelta(days=14)).strftime("%Y-%m-%d %H:%M"),
            "countries": [nl.pk, Country.objects.get(code="BE").pk],
        },
    )
    assert response.status_code == 302
    round = version.consultation_round

    clauses = [c for c in version.clauses.in_order() if not c.is_heading]
    people = [
        member(("NL",), sector=Sector.MEDICAL),
        member(("BE",), sector=Sector.POLICE),
        member(("NL", "BE"), sector=Sector.LEGAL_AID),
    ]
    for i, person in enumerate(people):
        sign_in(client, person)
        clause = clauses[i * 5]
        url = reverse("recommendations:clause", args=[version.pk, clause.key])
        assert client.post(url, {"kind": "concern", "text": f"Concern {i}"}).status_code == 302
        words = clause.text.split()[:3]
        assert (
            client.post(
                url, {"kind": "amendment", "quoted_span": " ".join(words), "proposed_text": "Better words"}
            ).status_code
            == 302
        )
    assert round.feedback.count() == 6
    assert {f.author_country.code for f in round.feedback.all()} == {"NL", "BE"}

    sign_in(client, editor)
    items = list(round.feedback.order_by("pk"))
    decide = reverse("recommendations:decide", args=[items[0].pk])
    assert client.post(decide, {"decision": "accepted", "reason": "", "revision": 0}).status_code == 302
    triage = reverse("recommendations:triage", args=[round.pk])
    response = client.post(
        triage,
        {"items": [f.pk for f in items[1:]], "decision": "partly_accepted", "reason": "Merged into one wording."},
    )
    assert response.status_code == 302

    assert not Feedback.objects.filter(round=round, decision="undecided").exists()
    # decisions reach their authors as one e-mail per member and round a day
    assert mail.outbox == []
    evening = timezone.localtime().replace(hour=20, minute=0)
    assert send_decision_digests(now=evening) == len({item.author_id for item in items})
    assert len(mail.outbox) == len({item.author_id for item in items})
    page = client.get(reverse("recommendations:clause", args=[version.pk, clauses[0].key])).content.decode()
    assert "Merged into one wording." in page
