"""Fair moderation: statements of reasons, appeals, house rules and the
transparency report (consult/moderation/statements.py, appeals.py,
transparency.py)."""

import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consult.members import services as members
from consult.models import (
    Appeal,
    AuditLogEntry,
    Country,
    CountryRole,
    HouseRule,
    Profile,
    ReviewItem,
    StatementOfReasons,
    TransparencyReport,
)
from consult.moderation import appeals, transparency
from consult.moderation import services as moderation
from consult.refusals import Conflict, NotAllowed, Refusal
from consult.tasks import build_transparency_reports, escalate_overdue_appeals
from forums.models import Visibility
from forums.moderation import services as forum_moderation
from tests.consult.factories import administrator, member, staff
from tests.forums.factories import thread_with_posts
from tests.moderation_app.models import Note

pytestmark = pytest.mark.django_db

Restriction = StatementOfReasons.Restriction


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def moderators():
    """Two moderators of the Netherlands: one decides, the other reviews appeals."""
    return staff(CountryRole.Role.MODERATOR, "NL"), staff(CountryRole.Role.MODERATOR, "NL")


def _thread(count):
    thread = thread_with_posts(count)
    return thread, list(thread.posts.order_by("created_at", "pk"))


def _note(country, author=None, text="A practice we tried."):
    return Note.objects.create(author=author or member(countries=(country.code,)), country=country, text=text)


def _hidden_note(nl, moderator, *, rule=None, reason="It names the reception centre and the family."):
    note = _note(nl)
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS)
    moderation.hide(item, moderator=moderator, reason=reason, house_rule=rule)
    statement = StatementOfReasons.objects.get(restriction=Restriction.CONTENT_HIDDEN, object_id=note.pk)
    return note, statement


# --- statements of reasons ---------------------------------------------------------


def test_hiding_content_gives_its_author_a_statement_citing_the_house_rule(nl, moderators):
    rule = HouseRule.objects.originals().get(code="personal-data", country=None)
    note, statement = _hidden_note(nl, moderators[0], rule=rule)
    assert statement.user == note.author
    assert statement.house_rule == rule
    assert statement.ground == StatementOfReasons.Ground.HOUSE_RULE
    assert statement.facts == "It names the reception centre and the family."
    assert not statement.is_automatic
    assert statement.decided_by == moderators[0]
    assert statement.appeal_deadline.date() == (statement.created_at + timedelta(days=183)).date()


def test_the_statement_email_links_to_the_statement_and_quotes_nothing(
    nl, moderators, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        note, statement = _hidden_note(nl, moderators[0])
    (message,) = [m for m in mail.outbox if note.author.email in m.to]
    assert f"/moderation/statements/{statement.pk}/" in message.body
    assert "reception centre" not in message.body
    assert "appeal" in message.body


def test_a_discreet_member_gets_the_neutral_email_for_a_statement(nl, moderators, django_capture_on_commit_callbacks):
    author = member(countries=("NL",), discreet_emails=True)
    note = _note(nl, author=author)
    with django_capture_on_commit_callbacks(execute=True):
        item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS)
        moderation.hide(item, moderator=moderators[0], reason="It names the family.")
    (message,) = [m for m in mail.outbox if author.email in m.to]
    assert message.subject == "A new message for you"
    for word in ("moderation", "statement", "appeal", "family", "hidden"):
        assert word not in message.body.lower(), word


def test_a_guard_hold_is_an_automatic_statement_naming_the_kinds_found_not_the_excerpts(nl):
    from consult.moderation import guard

    note = _note(nl, text="call her on 0612345678")
    findings = guard.scan(note.text, listed_words=[])
    moderation.hold_for_review(note, reason=ReviewItem.Reason.PERSONAL_DATA, findings=findings)
    statement = StatementOfReasons.objects.get(object_id=note.pk)
    assert statement.restriction == Restriction.CONTENT_HELD
    assert statement.is_automatic
    assert statement.ground == StatementOfReasons.Ground.PERSONAL_DATA
    assert statement.finding_kinds
    assert "0612" not in json.dumps(statement.finding_kinds)
    assert not statement.may_be_appealed()


def test_approving_a_held_contribution_lifts_its_statement(nl, moderators):
    note = _note(nl)
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    moderation.approve(item, moderator=moderators[0])
    assert StatementOfReasons.objects.get(object_id=note.pk).state == StatementOfReasons.State.LIFTED


def test_a_house_rule_of_another_country_is_refused(nl, moderators):
    belgian = HouseRule.objects.create(country=Country.objects.get(code="BE"), code="be-only", title="Belgian rule")
    note = _note(nl)
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS)
    with pytest.raises(Refusal, match="house rule of this country"):
        moderation.hide(item, moderator=moderators[0], reason="x", house_rule=belgian.pk)
    assert ReviewItem.objects.get(pk=item.pk).is_pending


def test_a_suspension_and_a_refusal_each_come_with_a_statement(moderators):
    suspended = Profile.objects.get(user=member(countries=("NL",)))
    until = timezone.now() + timedelta(days=7)
    members.suspend_member(suspended, moderator=moderators[0], reason="Insults in three threads.", until=until)
    statement = StatementOfReasons.objects.get(user=suspended.user)
    assert statement.restriction == Restriction.ACCOUNT_SUSPENDED
    assert statement.ends_at == until
    applicant = Profile.objects.get(user=member(countries=("NL",), status=Profile.Status.PENDING))
    members.reject_member(applicant, moderator=moderators[0], reason="Not working in the field.")
    assert StatementOfReasons.objects.get(user=applicant.user).restriction == Restriction.ACCOUNT_REFUSED


def test_a_forum_warning_comes_with_a_statement(moderators):
    (post,) = _thread(1)[1]
    forum_moderation.warn_member(post, moderators[0], reason="Keep it civil.")
    statement = StatementOfReasons.objects.get(user=post.author)
    assert statement.restriction == Restriction.ACCOUNT_WARNED
    assert statement.facts == "Keep it civil."


def test_the_author_reads_the_statement_on_my_moderation_and_others_get_a_404(client, nl, moderators):
    note, statement = _hidden_note(nl, moderators[0])
    client.force_login(note.author)
    page = client.get("/en/moderation/mine/").content.decode()
    assert f"/moderation/statements/{statement.pk}/" in page
    detail = client.get(f"/en/moderation/statements/{statement.pk}/").content.decode()
    assert "It names the reception centre" in detail
    assert "Appeal this decision" in detail
    client.force_login(member(countries=("NL",)))
    assert client.get(f"/en/moderation/statements/{statement.pk}/").status_code == 404


# --- appeals ---------------------------------------------------------------------


def test_an_appeal_reversed_by_another_moderator_restores_the_post_in_its_place(client, moderators):
    thread, posts = _thread(3)
    post = posts[1]
    forum_moderation.hide_post(post, moderators[0], reason="Off-topic.")
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN
    statement = StatementOfReasons.objects.get(object_id=post.pk, restriction=Restriction.CONTENT_HIDDEN)

    client.force_login(post.author)
    response = client.post(f"/en/moderation/statements/{statement.pk}/", {"text": "It was about referrals."})
    appeal = Appeal.objects.get(statement=statement)
    assert response.status_code == 302

    client.force_login(moderators[1])
    response = client.post(
        f"/en/moderation/appeals/{appeal.pk}/",
        {"action": "decide", "outcome": "reversed", "reasons": "Referrals are the thread's topic."},
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == Visibility.PUBLISHED
    assert [p.pk for p in thread.posts.order_by("created_at", "pk")] == [p.pk for p in posts]
    statement.refresh_from_db()
    assert statement.state == StatementOfReasons.State.REVERSED
    assert ReviewItem.objects.get(pk=statement.review_item_id).state == ReviewItem.State.RESTORED
    client.force_login(post.author)
    assert (
        "Referrals are the thread&#x27;s topic." in client.get(f"/en/moderation/appeals/{appeal.pk}/").content.decode()
    )


def test_the_moderator_who_decided_may_not_decide_the_appeal(nl, moderators):
    note, statement = _hidden_note(nl, moderators[0])
    appeal = appeals.file_appeal(statement, user=note.author, text="Please look again.")
    with pytest.raises(NotAllowed, match="You took this decision"):
        appeals.decide_appeal(appeal, moderator=moderators[0], outcome="reversed", reasons="Mine.")
    assert Appeal.objects.get(pk=appeal.pk).is_open


def test_with_one_moderator_in_the_country_the_appeal_goes_to_the_administrators(
    nl, django_capture_on_commit_callbacks
):
    only = staff(CountryRole.Role.MODERATOR, "NL")
    admin = administrator()
    note, statement = _hidden_note(nl, only)
    with django_capture_on_commit_callbacks(execute=True):
        appeal = appeals.file_appeal(statement, user=note.author, text="Please look again.")
    assert appeals.reviewers_of(appeal) == [admin]
    assert any(admin.email in m.to and f"/moderation/appeals/{appeal.pk}/" in m.body for m in mail.outbox)
    appeals.decide_appeal(appeal, moderator=admin, outcome="upheld", reasons="The names identify the family.")
    assert Appeal.objects.get(pk=appeal.pk).state == Appeal.State.UPHELD


def test_a_second_appeal_of_the_same_decision_is_refused(nl, moderators):
    note, statement = _hidden_note(nl, moderators[0])
    appeals.file_appeal(statement, user=note.author, text="Please look again.")
    with pytest.raises(Conflict, match="already appealed"):
        appeals.file_appeal(statement, user=note.author, text="And again.")
    assert Appeal.objects.count() == 1


def test_an_appeal_after_six_months_is_refused_with_the_date(nl, moderators):
    note, statement = _hidden_note(nl, moderators[0])
    later = statement.created_at + timedelta(days=184)
    with pytest.raises(Conflict, match="The time to appeal this decision ended on"):
        appeals.file_appeal(statement, user=note.author, text="Late.", now=later)


def test_only_the_person_concerned_may_appeal(client, nl, moderators):
    statement = _hidden_note(nl, moderators[0])[1]
    with pytest.raises(NotAllowed):
        appeals.file_appeal(statement, user=member(countries=("NL",)), text="Not mine.")


def test_two_moderators_deciding_at_once_the_second_is_told_who_won(nl, moderators):
    third = staff(CountryRole.Role.MODERATOR, "NL")
    note, statement = _hidden_note(nl, moderators[0])
    appeal = appeals.file_appeal(statement, user=note.author, text="Please look again.")
    stale_copy = Appeal.objects.get(pk=appeal.pk)
    appeals.decide_appeal(appeal, moderator=moderators[1], outcome="reversed", reasons="Fine after all.")
    with pytest.raises(Conflict, match="decided this appeal first"):
        appeals.decide_appeal(stale_copy, moderator=third, outcome="upheld", reasons="It identifies.")
    appeal.refresh_from_db()
    assert (appeal.state, appeal.decided_by) == (Appeal.State.REVERSED, moderators[1])
    note.refresh_from_db()
    assert note.is_visible


def test_content_deleted_meanwhile_keeps_the_decision_and_brings_nothing_back(client, moderators):
    from forums.discussion import services as posting

    _opening, post = _thread(2)[1]
    forum_moderation.hide_post(post, moderators[0], reason="Off-topic.")
    statement = StatementOfReasons.objects.get(object_id=post.pk, restriction=Restriction.CONTENT_HIDDEN)
    appeal = appeals.file_appeal(statement, user=post.author, text="Please look again.")
    posting.remove_post(post, post.author)
    decided = appeals.decide_appeal(appeal, moderator=moderators[1], outcome="reversed", reasons="Fine.")
    assert decided.content_gone
    post.refresh_from_db()
    assert post.removed_at is not None


def test_the_appellant_replies_once_before_the_decision(nl, moderators):
    note, statement = _hidden_note(nl, moderators[0])
    appeal = appeals.file_appeal(statement, user=note.author, text="Please look again.")
    appeals.ask_appellant(appeal, moderator=moderators[1], text="Which centre did you mean?")
    appeals.reply_to_appeal(appeal, user=note.author, text="A general one, not a named one.")
    with pytest.raises(Conflict, match="already replied once"):
        appeals.reply_to_appeal(appeal, user=note.author, text="And one more thing.")
    appeals.decide_appeal(appeal, moderator=moderators[1], outcome="upheld", reasons="The name is there.")
    with pytest.raises(Conflict):
        appeals.ask_appellant(appeal, moderator=moderators[1], text="Too late?")


def test_reversing_a_suspension_on_appeal_reinstates_the_member(moderators):
    profile = Profile.objects.get(user=member(countries=("NL",)))
    members.suspend_member(
        profile, moderator=moderators[0], reason="Insults.", until=timezone.now() + timedelta(days=30)
    )
    statement = StatementOfReasons.objects.get(user=profile.user)
    appeal = appeals.file_appeal(statement, user=profile.user, text="They were quotes, not insults.")
    appeals.decide_appeal(appeal, moderator=moderators[1], outcome="reversed", reasons="They were quotes.")
    profile.refresh_from_db()
    assert profile.status == Profile.Status.APPROVED


def test_a_second_moderator_posting_a_decision_already_taken_reads_a_409_message(client, nl, moderators):
    note, statement = _hidden_note(nl, moderators[0])
    appeal = appeals.file_appeal(statement, user=note.author, text="Please look again.")
    admin = administrator()
    appeals.decide_appeal(appeal, moderator=admin, outcome="upheld", reasons="It identifies.")
    client.force_login(moderators[1])
    response = client.post(
        f"/en/moderation/appeals/{appeal.pk}/", {"action": "decide", "outcome": "reversed", "reasons": "No."}
    )
    assert response.status_code == 409
    assert "decided this appeal first" in response.content.decode()


def test_overdue_appeals_are_escalated_to_the_administrators_once(nl, moderators, django_capture_on_commit_callbacks):
    admin = administrator()
    note, statement = _hidden_note(nl, moderators[0])
    appeal = appeals.file_appeal(statement, user=note.author, text="Please look again.")
    Appeal.objects.filter(pk=appeal.pk).update(created_at=timezone.now() - timedelta(days=15))
    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_overdue_appeals() == 1
        assert escalate_overdue_appeals() == 0
    assert Appeal.objects.get(pk=appeal.pk).escalated_at is not None
    assert len([m for m in mail.outbox if admin.email in m.to and "past its due date" in m.subject]) == 1


# --- house rules -------------------------------------------------------------------


def test_the_common_house_rules_are_seeded():
    assert HouseRule.objects.originals().filter(country=None, is_active=True).count() >= 6


def test_a_moderator_adds_and_retires_a_rule_of_their_country_but_not_a_common_one(client, nl, moderators):
    client.force_login(moderators[0])
    client.post(
        "/en/moderation/house-rules/", {"action": "add", "country": nl.pk, "title": "Write in Dutch or English"}
    )
    rule = HouseRule.objects.get(country=nl, title="Write in Dutch or English")
    client.post("/en/moderation/house-rules/", {"action": "retire", "rule": rule.pk})
    assert not HouseRule.objects.get(pk=rule.pk).is_active
    common = HouseRule.objects.originals().filter(country=None).first()
    client.post("/en/moderation/house-rules/", {"action": "edit", "rule": common.pk, "title": "Anything goes"})
    assert HouseRule.objects.get(pk=common.pk).title != "Anything goes"
    assert AuditLogEntry.objects.filter(action="moderation.house_rule_retired").count() == 1


# --- transparency report -------------------------------------------------------------


def test_the_report_counts_a_reversed_appeal_and_hides_small_counts(client, nl, moderators):
    note, statement = _hidden_note(nl, moderators[0])
    appeal = appeals.file_appeal(statement, user=note.author, text="Please look again.")
    appeals.decide_appeal(appeal, moderator=moderators[1], outcome="reversed", reasons="Fine.")
    today = timezone.localdate()
    report = transparency.store(today - timedelta(days=1), today)
    assert report.figures["total"]["appeals"]["reversed"] == 1
    assert report.figures["countries"]["NL"]["actions"]["total"] == 1
    data = client.get(f"/en/transparency/?start={today - timedelta(days=1)}&end={today}&format=json").json()
    assert data["total"]["appeals"]["reversed"] == "not shown"
    assert data["countries"]["NL"]["appeals"]["received"] == "not shown"
    assert data["total"]["accounts_suspended"] == 0


def test_counts_of_five_and_more_are_shown_as_they_are(nl, moderators):
    for _ in range(5):
        _hidden_note(nl, moderators[0])
    today = timezone.localdate()
    figures = transparency.public_figures(transparency.store(today, today))
    assert figures["total"]["actions"]["total"] == 5
    assert figures["total"]["time_to_decision"]["review"]["decisions"] == 5


def test_the_report_page_builds_a_period_through_the_task_and_stores_it(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.get("/en/transparency/?start=2026-01-01&end=2026-03-31")
    assert first.status_code == 202
    assert "being prepared" in first.content.decode()
    response = client.get("/en/transparency/?start=2026-01-01&end=2026-03-31")
    assert response.status_code == 200
    assert "Notices received" in response.content.decode()
    built = re.search(r"built ([^<]*)\.", response.content.decode())
    assert re.search(r"\d\d:\d\d CES?T$", built.group(1)), built.group(1)  # Brussels time, named
    assert TransparencyReport.objects.filter(period_start="2026-01-01", period_end="2026-03-31").count() == 1
    csv_response = client.get("/en/transparency/?start=2026-01-01&end=2026-03-31&format=csv")
    assert csv_response.content.decode().splitlines()[0] == "scope,measure,value"
    assert TransparencyReport.objects.count() == 1


@pytest.mark.parametrize(
    "query",
    ["start=2026-13-01&end=2026-12-31", "start=2026-06-01&end=2026-01-01", "start=2000-01-01&end=2026-01-01"],
)
def test_a_bad_period_gets_a_400_with_a_message(client, query):
    assert client.get(f"/en/transparency/?{query}").status_code == 400
    response = client.get(f"/en/transparency/?{query}&format=json")
    assert response.status_code == 400
    assert response.json()["detail"]


def test_the_beat_task_builds_the_half_years_and_a_second_run_adds_nothing():
    build_transparency_reports()
    build_transparency_reports()
    assert TransparencyReport.objects.count() == 2


# --- the person's data -----------------------------------------------------------------


def test_the_data_export_has_the_statements_and_deleting_the_account_blanks_their_texts(nl, moderators):
    from consult.moderation.statements import erase_statement_texts, export_statements

    note, statement = _hidden_note(nl, moderators[0])
    appeals.file_appeal(statement, user=note.author, text="My colleague Anna knows.")
    (row,) = export_statements(note.author)
    assert row["facts"] == "It names the reception centre and the family."
    assert row["appeal"]["text"] == "My colleague Anna knows."
    erase_statement_texts(note.author)
    statement.refresh_from_db()
    assert statement.facts == ""
    assert Appeal.objects.get(statement=statement).text == ""


def test_once_appealed_the_statement_shows_the_appeal_instead_of_the_invitation_and_a_moderator_is_never_invited(
    client, nl, moderators
):
    note, statement = _hidden_note(nl, moderators[0])
    invitation = "Once, until"
    client.force_login(moderators[1])
    before = client.get(f"/en/moderation/statements/{statement.pk}/").content.decode()
    assert invitation not in before
    assert "Appeal this decision" not in before
    assert "Not appealed; the person concerned may appeal once, until" in before

    client.force_login(note.author)
    assert invitation in client.get(f"/en/moderation/statements/{statement.pk}/").content.decode()
    client.post(f"/en/moderation/statements/{statement.pk}/", {"text": "It names no one."})
    appeal = Appeal.objects.get(statement=statement)
    for reader in (note.author, moderators[1]):
        client.force_login(reader)
        for url in (f"/en/moderation/statements/{statement.pk}/", f"/en/moderation/appeals/{appeal.pk}/"):
            page = client.get(url).content.decode()
            assert invitation not in page, url
            assert "Appealed: waiting for a decision." in page, url
    statement_page = client.get(f"/en/moderation/statements/{statement.pk}/").content.decode()
    assert f'href="/en/moderation/appeals/{appeal.pk}/"' in statement_page

    appeals.decide_appeal(appeal, moderator=moderators[1], outcome="reversed", reasons="It names no one.")
    client.force_login(note.author)
    page = client.get(f"/en/moderation/statements/{statement.pk}/").content.decode()
    assert "Appealed: the decision was reversed." in page
    assert invitation not in page


def test_my_moderation_tells_two_hidden_posts_apart_and_tells_one_posts_history_in_the_same_words(client, moderators):
    from tests.forums.factories import PostFactory

    thread = thread_with_posts(1, title="Interpreters at the police station")
    writer = member(countries=("NL",))
    first = PostFactory(thread=thread, author=writer, body_markdown="The desk in Utrecht had no interpreter at all.")
    second = PostFactory(thread=thread, author=writer, body_markdown="Ask for the phone line before the interview.")
    for post in (first, second):
        moderation.flag(post, user=member(countries=("NL",)), reason="abusive")
        moderation.flag(post, user=member(countries=("NL",)), reason="abusive")
        moderation.hide(moderation.pending_item_for(post), moderator=moderators[0], reason="Off-topic.")
    statement = StatementOfReasons.objects.get(object_id=first.pk, restriction=Restriction.CONTENT_HIDDEN)
    appeal = appeals.file_appeal(statement, user=writer, text="It is the thread's topic.")
    appeals.decide_appeal(appeal, moderator=moderators[1], outcome="reversed", reasons="It is on topic.")

    client.force_login(writer)
    page = client.get("/en/moderation/mine/").content.decode()
    decisions, _, rest = page.partition("What I reported")
    assert decisions.count("Forum post in “Interpreters at the police station”") == 2
    assert "The desk in Utrecht had no interpreter at all." in decisions
    assert "Ask for the phone line before the interview." in decisions
    under_review = rest.partition("My contributions under review")[2]
    assert under_review.count("Forum post in “Interpreters at the police station”") == 2
    assert "reversed on appeal" in decisions
    assert "reversed on appeal" in under_review
    assert "restored" not in under_review
