"""The editor's round controls as pages: close now, extend, change dates and
open a new round, each a form with a reason, reached from the version page."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from recommendations.consultation import services as consultation
from recommendations.models import ConsultationRound, DocumentVersion, RoundChange

from .factories import FeedbackFactory, open_round

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    """The outbox wakes its task on commit; the test's transaction never commits."""
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def _url(name, round):
    return reverse(f"recommendations:{name}", args=[round.pk])


def _give(round, author):
    return FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])


def test_the_version_page_leads_its_editor_to_the_round_controls(client, signed_in, editor, round):
    signed_in(editor)
    page = client.get(round.version.get_absolute_url()).content.decode()
    assert _url("round_manage", round) in page
    controls = client.get(_url("round_manage", round)).content.decode()
    for name in ("round_close", "round_extend", "round_dates"):
        assert _url(name, round) in controls


def test_the_round_page_counts_the_people_whose_feedback_is_visible_as_the_statistics_do(
    client, signed_in, editor, round, author
):
    from recommendations.models import Feedback

    FeedbackFactory(round=round, author=author)
    hidden = FeedbackFactory(round=round, author=editor)
    Feedback.objects.filter(pk=hidden.pk).update(visibility="hidden")
    signed_in(editor)
    controls = client.get(_url("round_manage", round)).content.decode()
    assert "1 person has given feedback." in controls


def test_a_member_sees_no_round_controls_and_is_refused_them(client, signed_in, author, round):
    signed_in(author)
    assert _url("round_manage", round) not in client.get(round.version.get_absolute_url()).content.decode()
    for name in ("round_manage", "round_close", "round_extend", "round_dates"):
        assert client.get(_url(name, round)).status_code == 403
    response = client.post(_url("round_close", round), {"reason": "I want it closed."})
    assert response.status_code == 403
    assert ConsultationRound.objects.get(pk=round.pk).closed_at is None


def test_an_editor_closes_a_round_from_its_page_and_participants_hear_it_once(client, signed_in, editor, round, author):
    _give(round, author)
    signed_in(editor)

    response = client.post(_url("round_close", round), {"reason": "The working group finished early."}, follow=True)

    assert response.redirect_chain[-1][0] == _url("round_manage", round)
    page = response.content.decode()
    assert "The consultation is closed." in page
    assert "The working group finished early." in page  # the change and its reason are listed
    assert "Open a new consultation on version 1" in page
    assert ConsultationRound.objects.get(pk=round.pk).closed_at is not None
    assert RoundChange.objects.filter(round=round, kind=RoundChange.Kind.CLOSED).count() == 1
    assert len(mail.outbox) == 1
    assert "The working group finished early." in mail.outbox[0].body


def test_closing_without_a_reason_shows_the_form_again_and_changes_nothing(client, signed_in, editor, round):
    signed_in(editor)
    response = client.post(_url("round_close", round), {"reason": "   "})
    assert response.status_code == 400
    assert "Say why; participants and the other editors read the reason." in response.content.decode()
    assert ConsultationRound.objects.get(pk=round.pk).closed_at is None


def test_an_extension_must_move_the_closing_time_later(client, signed_in, editor, round):
    signed_in(editor)
    earlier = round.closes_at - timedelta(days=2)
    response = client.post(_url("round_extend", round), {"closes_at": _local(earlier), "reason": "Shorter."})
    assert response.status_code == 400
    assert "An extension moves the closing time later than" in response.content.decode()
    assert ConsultationRound.objects.get(pk=round.pk).closes_at == round.closes_at

    later = round.closes_at + timedelta(days=7)
    response = client.post(
        _url("round_extend", round), {"closes_at": _local(later), "reason": "Two partners asked for a week more."}
    )
    assert response.status_code == 302
    assert _local(ConsultationRound.objects.get(pk=round.pk).closes_at) == _local(later)
    assert RoundChange.objects.get(round=round).reason == "Two partners asked for a week more."


def test_the_extension_form_keeps_what_was_typed_when_refused(client, signed_in, editor, round):
    signed_in(editor)
    response = client.post(_url("round_extend", round), {"closes_at": "not a date", "reason": "My reason stays."})
    assert response.status_code == 400
    assert "My reason stays." in response.content.decode()


def test_once_open_a_rounds_opening_time_stays_whatever_is_posted(client, signed_in, editor, round):
    signed_in(editor)
    page = client.get(_url("round_dates", round)).content.decode()
    assert "its opening time stays" in page
    closes = round.closes_at + timedelta(days=3)
    response = client.post(
        _url("round_dates", round),
        {
            "opens_at": _local(round.opens_at + timedelta(days=5)),
            "closes_at": _local(closes),
            "reason": "The steering group meets later.",
        },
    )
    assert response.status_code == 302, response.content.decode()
    changed = ConsultationRound.objects.get(pk=round.pk)
    assert changed.opens_at == round.opens_at
    assert _local(changed.closes_at) == _local(closes)


def test_an_upcoming_round_can_be_re_dated_before_it_opens(client, signed_in, editor, version):
    now = timezone.now()
    round = open_round(version, opens_at=now + timedelta(days=2), closes_at=now + timedelta(days=20))
    signed_in(editor)
    opens, closes = now + timedelta(days=4), now + timedelta(days=30)
    response = client.post(
        _url("round_dates", round),
        {"opens_at": _local(opens), "closes_at": _local(closes), "reason": "Translations are late."},
    )
    assert response.status_code == 302
    changed = ConsultationRound.objects.get(pk=round.pk)
    assert (_local(changed.opens_at), _local(changed.closes_at)) == (_local(opens), _local(closes))


def test_a_closing_time_in_the_past_is_refused_on_the_form(client, signed_in, editor, round):
    signed_in(editor)
    response = client.post(
        _url("round_dates", round),
        {"opens_at": _local(round.opens_at), "closes_at": _local(timezone.now() - timedelta(hours=2)), "reason": "x"},
    )
    assert response.status_code == 400
    assert "The closing time is already past" in response.content.decode()


def test_a_round_beat_closed_while_the_editor_typed_is_not_extended(client, signed_in, editor, round):
    signed_in(editor)
    assert client.get(_url("round_extend", round)).status_code == 200
    consultation.close_round(round)  # beat, a moment later

    response = client.post(
        _url("round_extend", round),
        {"closes_at": _local(round.closes_at + timedelta(days=7)), "reason": "A week more."},
    )
    assert response.status_code == 409
    assert "a closed consultation cannot be changed or reopened" in response.content.decode()
    assert ConsultationRound.objects.get(pk=round.pk).closes_at == round.closes_at
    assert not RoundChange.objects.exists()


def test_a_round_past_its_closing_time_offers_no_controls_even_before_beat_marks_it(client, signed_in, editor, version):
    now = timezone.now()
    round = open_round(version, opens_at=now - timedelta(days=10), closes_at=now - timedelta(minutes=1))
    signed_in(editor)
    for name in ("round_close", "round_extend", "round_dates"):
        response = client.get(_url(name, round))
        assert response.status_code == 409
        assert '<form method="post"' not in response.content.decode()
    response = client.post(_url("round_close", round), {"reason": "Close it."})
    assert response.status_code == 409
    assert not RoundChange.objects.exists()


def test_an_editor_opens_a_new_round_on_the_version_after_closing_it(client, signed_in, editor, round):
    signed_in(editor)
    assert client.get(reverse("recommendations:round_new", args=[round.version_id])).status_code == 409
    client.post(_url("round_close", round), {"reason": "Too few sectors answered."})

    url = reverse("recommendations:round_new", args=[round.version_id])
    now = timezone.now()
    form = {"opens_at": _local(now), "closes_at": _local(now + timedelta(days=14))}
    refused = client.post(url, form)
    assert refused.status_code == 400
    assert "Say why" in refused.content.decode()

    response = client.post(url, {**form, "reason": "A second call, to the medical and legal sectors."})
    assert response.status_code == 302
    new = round.version.rounds.exclude(pk=round.pk).get()
    assert response["Location"] == _url("round_manage", new)
    assert ConsultationRound.objects.get(pk=round.pk).closed_at is not None
    assert DocumentVersion.objects.get(pk=round.version_id).status == DocumentVersion.Status.CONSULTATION
    assert client.get(_url("round_manage", new)).status_code == 200
