"""After appealing, the member is told what happens next (who decides, by
when, where to follow it), and reloading the confirmation sends nothing
again."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from consult.models import Appeal, Country, CountryRole, ReviewItem, StatementOfReasons
from consult.moderation import services as moderation
from tests.consult.factories import member, staff
from tests.moderation_app.models import Note

pytestmark = pytest.mark.django_db

Restriction = StatementOfReasons.Restriction


@pytest.fixture
def hidden():
    """A Dutch member's note hidden by a moderator: (author, statement)."""
    nl = Country.objects.get(code="NL")
    author = member(("NL",))
    note = Note.objects.create(author=author, country=nl, text="A practice we tried.")
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS)
    moderation.hide(item, moderator=staff(CountryRole.Role.MODERATOR, "NL"), reason="It names the family.")
    staff(CountryRole.Role.MODERATOR, "NL")  # a second moderator, who may decide the appeal
    return author, StatementOfReasons.objects.get(restriction=Restriction.CONTENT_HIDDEN, object_id=note.pk)


def test_after_appealing_the_member_reads_who_decides_by_when_and_where_to_follow_it(client, hidden):
    author, statement = hidden
    client.force_login(author)

    response = client.post(f"/en/moderation/statements/{statement.pk}/", {"text": "It named no one."}, follow=True)

    appeal = Appeal.objects.get(statement=statement)
    assert response.redirect_chain == [(f"/en/moderation/appeals/{appeal.pk}/", 302)]
    page = response.content.decode()
    due = date_format(timezone.localtime(appeal.created_at + timedelta(days=14)), "DATE_FORMAT")
    assert "Your appeal is received." in page
    assert "What happens next" in page
    assert "A moderator of your country (Netherlands) who did not take the decision, or an administrator" in page
    assert f"The decision is due by {due}." in page
    assert f"decides it by {due};" in page
    assert "the platform's administrators take the appeal over" in page
    assert 'under <a href="/en/moderation/mine/">My moderated contributions</a>' in page


def test_reloading_the_confirmation_files_no_second_appeal_and_offers_no_form_to_resend(client, hidden):
    author, statement = hidden
    client.force_login(author)
    response = client.post(f"/en/moderation/statements/{statement.pk}/", {"text": "It named no one."})
    confirmation = response["Location"]
    assert "Your appeal is received." in client.get(confirmation).content.decode()

    again = client.get(confirmation)  # the browser's reload repeats the GET, not the POST

    assert again.status_code == 200
    assert Appeal.objects.filter(statement=statement).count() == 1
    page = again.content.decode()
    assert "What happens next" in page
    assert "Your appeal is received." not in page  # the one-time message is not repeated
    assert 'name="text"' not in page


def test_an_appeal_sent_twice_from_a_stale_page_is_refused_and_keeps_the_first(client, hidden):
    author, statement = hidden
    client.force_login(author)
    client.post(f"/en/moderation/statements/{statement.pk}/", {"text": "It named no one."})

    response = client.post(f"/en/moderation/statements/{statement.pk}/", {"text": "Second time."})

    assert response.status_code in (400, 409)
    assert list(Appeal.objects.filter(statement=statement).values_list("text", flat=True)) == ["It named no one."]
