"""Giving, editing and endorsing feedback, and the moderation it goes through."""

from datetime import timedelta

import pytest
from django.utils import timezone

from consult.models import ReviewItem, Sector
from consult.moderation import services as moderation
from consult.refusals import NotAllowed, Refusal
from recommendations.consultation import services as consultation
from recommendations.models import Endorsement, Feedback
from tests.consult.factories import member, staff

from .factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db


def clause_of(round, index=1):
    return round.version.clauses.in_order()[index]


@pytest.mark.parametrize("kind", ["comment", "support", "concern", "question"])
def test_a_member_gives_feedback_of_each_kind_on_a_clause(round, author, kind):
    result = consultation.give_feedback(
        author=author, round=round, clause=clause_of(round), kind=kind, text="Why not 48 hours?"
    )

    assert result.feedback.kind == kind
    assert result.feedback.is_visible
    assert result.feedback.clause_key == clause_of(round).key


def test_feedback_keeps_the_authors_sector_and_country_at_the_time(round):
    author = member(("NL",), sector=Sector.MEDICAL)
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="Fine").feedback

    author.profile.sector = Sector.POLICE
    author.profile.save()
    feedback.refresh_from_db()
    assert feedback.author_sector == Sector.MEDICAL
    assert feedback.author_country.code == "NL"


def test_an_amendment_with_a_quoted_span_is_saved(round, author):
    clause = clause_of(round)
    feedback = consultation.give_feedback(
        author=author,
        round=round,
        clause=clause,
        kind="amendment",
        text="Be specific",
        quoted_span="a sexual assault centre",
        proposed_text="the nearest sexual assault centre",
    ).feedback

    assert feedback.proposed_text == "the nearest sexual assault centre"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "amendment", "proposed_text": ""}, "needs the text you propose"),
        ({"kind": "amendment", "quoted_span": "not in the clause", "proposed_text": "x"}, "quoted part was not found"),
        (
            {
                "kind": "amendment",
                "quoted_span": "a sexual assault centre",
                "proposed_text": "a  sexual assault centre",
            },
            "same as the current",
        ),
        ({"kind": "comment", "text": "x" * (Feedback.MAX_LENGTH + 1)}, "at most 5000 characters"),
        ({"kind": "comment", "text": ""}, "Write your feedback"),
        ({"kind": "praise", "text": "x"}, "Choose a kind"),
    ],
)
def test_bad_feedback_is_refused_with_its_own_message_and_nothing_is_saved(round, author, fields, message):
    with pytest.raises(Refusal, match=message):
        consultation.give_feedback(author=author, round=round, clause=clause_of(round), **{"text": "t", **fields})
    assert not Feedback.objects.exists()


def test_an_amendment_identical_to_the_whole_clause_is_refused(round, author):
    clause = clause_of(round)
    with pytest.raises(Refusal, match="same as the current"):
        consultation.give_feedback(
            author=author, round=round, clause=clause, kind="amendment", proposed_text=clause.text
        )


def test_feedback_on_a_clause_of_another_version_is_refused(round, author):
    other = draft("NL", 3).clauses.first()
    with pytest.raises(Refusal, match="another version"):
        consultation.give_feedback(author=author, round=round, clause=other, kind="comment", text="x")


def test_feedback_before_the_round_opens_is_refused(version, author):
    round = open_round(
        version, opens_at=timezone.now() + timedelta(days=1), closes_at=timezone.now() + timedelta(days=9)
    )
    with pytest.raises(consultation.RoundNotOpen, match="opens on"):
        consultation.give_feedback(author=author, round=round, kind="comment", text="x")


def test_feedback_after_the_round_closed_is_refused(version, author):
    round = open_round(
        version, opens_at=timezone.now() - timedelta(days=9), closes_at=timezone.now() - timedelta(seconds=1)
    )
    with pytest.raises(consultation.RoundNotOpen, match="closed on"):
        consultation.give_feedback(author=author, round=round, kind="comment", text="x")


def test_an_author_edits_their_feedback_until_the_round_closes(round, author):
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="First").feedback

    consultation.edit_feedback(author=author, feedback=feedback, text="Second")
    feedback.refresh_from_db()
    assert feedback.text == "Second"
    assert feedback.edited_at is not None

    round.closed_at = timezone.now()
    round.save()
    with pytest.raises(consultation.RoundNotOpen):
        consultation.edit_feedback(author=author, feedback=feedback, text="Third")
    feedback.refresh_from_db()
    assert feedback.text == "Second"


def test_a_member_cannot_edit_someone_elses_feedback(round, author):
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="Mine").feedback
    with pytest.raises(NotAllowed):
        consultation.edit_feedback(author=member(), feedback=feedback, text="Theirs")


def test_members_endorse_others_feedback_once_each(round, author):
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="Good").feedback
    colleague = member(("NL",))

    assert consultation.endorse(user=colleague, feedback=feedback) is True
    assert consultation.endorse(user=colleague, feedback=feedback) is False
    feedback.refresh_from_db()
    assert feedback.endorsement_count == 1
    assert Endorsement.objects.filter(feedback=feedback).count() == 1


def test_authors_cannot_endorse_their_own_feedback(round, author):
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="Good").feedback
    with pytest.raises(NotAllowed):
        consultation.endorse(user=author, feedback=feedback)


def test_an_endorsement_can_be_withdrawn(round, author):
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="Good").feedback
    colleague = member(("NL",))
    consultation.endorse(user=colleague, feedback=feedback)

    assert consultation.withdraw_endorsement(user=colleague, feedback=feedback) is True
    feedback.refresh_from_db()
    assert feedback.endorsement_count == 0


def test_feedback_with_personal_data_is_held_and_its_author_is_told_what_was_found(round, author):
    result = consultation.give_feedback(
        author=author, round=round, kind="comment", text="Call her at +31 6 1234 5678 or write to ana@example.org"
    )

    assert result.held
    assert {f.kind for f in result.findings} == {"phone", "email"}
    assert result.feedback.visibility == Feedback.Visibility.HELD
    item = ReviewItem.objects.get(author=author)
    assert item.reason == ReviewItem.Reason.PERSONAL_DATA
    assert not Feedback.objects.visible().exists()
    assert list(Feedback.objects.visible_to(author)) == [result.feedback]


def test_held_feedback_is_shown_once_a_moderator_of_the_country_approves_it(round, author):
    from consult.models import CountryRole

    feedback = consultation.give_feedback(
        author=author, round=round, kind="comment", text="Mail ana@example.org"
    ).feedback
    moderator = staff(CountryRole.Role.MODERATOR, "NL")

    moderation.approve(ReviewItem.objects.get(author=author), moderator=moderator)

    feedback.refresh_from_db()
    assert feedback.is_visible


def test_a_new_members_first_feedback_waits_for_a_moderator(round, author, settings):
    settings.MODERATION_FIRST_POSTS = 3

    result = consultation.give_feedback(author=author, round=round, kind="comment", text="Nothing personal here")

    assert result.held
    assert result.findings == []
    assert ReviewItem.objects.get(author=author).reason == ReviewItem.Reason.FIRST_POSTS


def test_editing_feedback_to_add_personal_data_holds_it_again(round, author):
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="Fine").feedback

    result = consultation.edit_feedback(author=author, feedback=feedback, text="Her number is +31 6 1234 5678")

    assert result.held
    feedback.refresh_from_db()
    assert feedback.visibility == Feedback.Visibility.HELD


def test_a_hidden_feedback_item_disappears_for_others(round, author):
    feedback = FeedbackFactory(round=round, author=author)
    feedback.on_moderation_decision("hidden")

    assert not Feedback.objects.visible().filter(pk=feedback.pk).exists()


def test_members_flag_feedback_and_enough_flags_hide_it(round, author, settings):
    settings.MODERATION_AUTO_HIDE_FLAGS = 2
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="Rude words").feedback

    consultation.flag_feedback(user=member(("NL",)), feedback=feedback, reason="abusive")
    consultation.flag_feedback(user=member(("NL",)), feedback=feedback, reason="abusive")

    feedback.refresh_from_db()
    assert feedback.visibility == Feedback.Visibility.HIDDEN


def test_a_flag_with_an_unknown_reason_is_refused(round, author):
    feedback = consultation.give_feedback(author=author, round=round, kind="comment", text="x").feedback
    with pytest.raises(Refusal):
        consultation.flag_feedback(user=member(("NL",)), feedback=feedback, reason="dislike")


def test_the_data_export_holds_the_members_feedback(round, author):
    from consult.members.account_data import export_account_data

    consultation.give_feedback(author=author, round=round, kind="question", text="Who pays?")

    exported = export_account_data(author)["recommendations"]
    assert exported["feedback"][0]["text"] == "Who pays?"
