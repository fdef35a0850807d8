"""Every kind of appeal (of a statement of reasons, of a dismissed report, of
a dismissed notice) is decided by a different moderator: never the one who
took the decision, never the appellant, only a moderator of the country or
an administrator (consult/moderation/services.py: appeal_decider_refusal,
used by appeals.py, flag_appeals.py and notices.py). The moderator reads
the refusal on the page, and the appeal stays open for the right person."""

import pytest
from django.utils import timezone

from consult.models import CountryRole
from consult.refusals import NotAllowed
from tests.consult.appeal_cases import BUILD, report_appeal
from tests.consult.factories import administrator, member, staff
from tests.forums.factories import thread_with_posts

pytestmark = pytest.mark.django_db

KINDS = ["statement", "report", "notice"]


@pytest.fixture
def moderators():
    """Two moderators of the Netherlands: the first takes the decision."""
    return staff(CountryRole.Role.MODERATOR, "NL"), staff(CountryRole.Role.MODERATOR, "NL")


@pytest.mark.parametrize("kind", KINDS)
def test_the_moderator_who_decided_reads_that_another_decides_and_another_moderator_does(client, moderators, kind):
    case = BUILD[kind](moderators[0], member(countries=("NL",)))
    decision = {**case.data, "outcome": "upheld", "reasons": "The decision stands."}

    client.force_login(moderators[0])
    refused = client.post(case.url, decision)

    assert refused.status_code == 403
    assert "You took this decision: another moderator decides the appeal." in refused.content.decode()
    assert case.is_open()

    client.force_login(moderators[1])
    decided = client.post(case.url, decision, follow=True)

    assert decided.status_code == 200
    assert case.told in decided.content.decode()
    assert not case.is_open()


@pytest.mark.parametrize("kind", KINDS)
def test_a_moderator_who_appealed_may_not_decide_their_own_appeal(moderators, kind):
    own = staff(CountryRole.Role.MODERATOR, "NL")  # a moderator of the country, appealing as a member
    case = BUILD[kind](moderators[0], own)

    with pytest.raises(NotAllowed, match=r"You cannot decide your own appeal\."):
        case.decide(own, "reversed", "Mine.")

    assert case.is_open()


@pytest.mark.parametrize("kind", KINDS)
def test_only_a_moderator_of_the_country_or_an_administrator_decides(moderators, kind):
    case = BUILD[kind](moderators[0], member(countries=("NL",)))

    with pytest.raises(NotAllowed, match=r"You do not moderate this country\."):
        case.decide(staff(CountryRole.Role.MODERATOR, "BE"), "reversed", "Not mine to say.")
    assert case.is_open()

    case.decide(administrator(), "upheld", "The decision stands.")
    assert not case.is_open()


def test_a_report_appeal_reversed_after_its_author_deleted_the_post_says_it_stays_deleted(client, moderators):
    post = thread_with_posts(3).posts.order_by("created_at", "pk")[1]
    case = report_appeal(moderators[0], member(countries=("NL",)), post=post)
    post.removed_at = timezone.now()
    post.save(update_fields=["removed_at"])

    client.force_login(moderators[1])
    page = client.post(
        case.url, {**case.data, "outcome": "reversed", "reasons": "It names people."}, follow=True
    ).content.decode()

    assert "The decision is recorded; the content was deleted by its author meanwhile and stays deleted." in page
    assert not case.is_open()
