"""The moderation core: the personal-data guard, the review queue and flags."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from consult.models import AuditLogEntry, Country, CountryRole, Flag, GuardWord, ReviewItem
from consult.moderation import guard
from consult.moderation import services as moderation
from consult.refusals import Refusal
from tests.consult.factories import add_totp, administrator, member, staff
from tests.moderation_app.models import Note

from .guard_corpus import IDENTIFYING, ORDINARY

pytestmark = pytest.mark.django_db


# --- the guard ----------------------------------------------------------------


@pytest.mark.parametrize(("kind", "text"), IDENTIFYING)
def test_the_guard_finds_each_kind_of_identifier(kind, text):
    kinds = {finding.kind for finding in guard.scan(text, listed_words=[])}
    assert kind in kinds, text


@pytest.mark.parametrize("text", ORDINARY)
def test_the_guard_lets_ordinary_practice_posts_through(text):
    assert guard.scan(text, listed_words=[]) == []


def test_the_guard_reports_masked_excerpts_never_the_whole_identifier():
    (finding,) = guard.scan("Mail her: amina.k1987@example.com", listed_words=[])
    assert finding.excerpt == "a••••.k••••@e••••••.c••"  # the shape, whole, no letter to copy
    assert "example.com" not in finding.excerpt
    # a capitalised word around it may be a name: masked too
    assert finding.context == "M••• her: [a••••.k••••@e••••••.c••]"


def test_the_guard_holds_a_word_the_moderators_listed_for_that_language():
    GuardWord.objects.create(phrase="Ter Apel", language="nl")
    GuardWord.objects.create(phrase="Moria", language="")
    assert [f.kind for f in guard.scan("Ze verbleef in Ter Apel.", "nl")] == ["listed_word"]
    assert guard.scan("She stayed in Ter Apel.", "en") == []  # listed for Dutch only
    assert [f.kind for f in guard.scan("After the fire in Moria...", "en")] == ["listed_word"]


def test_the_emergency_number_112_is_not_a_finding():
    assert guard.scan("Call 112 now, or 1 1 2.", listed_words=[]) == []


# --- the review queue -------------------------------------------------------


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def be():
    return Country.objects.get(code="BE")


def _note(country, author=None, text="A practice we tried."):
    return Note.objects.create(author=author or member(countries=(country.code,)), country=country, text=text)


def test_holding_twice_keeps_one_pending_item_and_adds_new_findings(nl):
    note = _note(nl)
    first = moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    findings = guard.scan("call 0612345678", listed_words=[])
    second = moderation.hold_for_review(note, reason=ReviewItem.Reason.PERSONAL_DATA, findings=findings)
    assert first.pk == second.pk
    assert ReviewItem.objects.count() == 1
    assert second.findings[0]["kind"] == "phone"


def test_a_moderator_of_the_country_approves_and_the_author_is_told_without_the_content(
    nl, django_capture_on_commit_callbacks
):
    note = _note(nl, text="Sensitive practice text")
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(item, moderator=moderator)
    note.refresh_from_db()
    item.refresh_from_db()
    assert note.is_visible
    assert note.decisions == ["approved"]
    assert item.state == ReviewItem.State.APPROVED
    assert item.decided_by == moderator
    row = AuditLogEntry.objects.get(action="moderation.approved")
    assert row.actor == moderator
    assert row.country == nl
    assert [m.to for m in mail.outbox] == [[note.author.email]]
    assert "Sensitive practice text" not in mail.outbox[0].body


def test_a_moderator_of_another_country_cannot_decide(nl):
    item = moderation.hold_for_review(_note(nl), reason=ReviewItem.Reason.FIRST_POSTS)
    with pytest.raises(PermissionDenied):
        moderation.approve(item, moderator=staff(CountryRole.Role.MODERATOR, "BE"))
    item.refresh_from_db()
    assert item.is_pending


def test_hiding_needs_a_reason_and_nothing_changes_without_one(nl):
    note = _note(nl)
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS)
    with pytest.raises(Refusal):
        moderation.hide(item, moderator=administrator(), reason="  ")
    item.refresh_from_db()
    assert item.is_pending
    assert note.decisions == []


def test_hide_then_restore_each_write_an_audit_row_with_the_reason(nl):
    note = _note(nl)
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS)
    admin = administrator()
    moderation.hide(item, moderator=admin, reason="Names a resident")
    moderation.restore(item, moderator=admin, reason="Name removed by the author")
    note.refresh_from_db()
    assert note.decisions == ["hidden", "restored"]
    assert note.is_visible
    reasons = list(AuditLogEntry.objects.filter(action__startswith="moderation.").values_list("action", "reason"))
    assert ("moderation.hidden", "Names a resident") in reasons
    assert ("moderation.restored", "Name removed by the author") in reasons


def test_the_same_decision_twice_changes_nothing_the_second_time(nl):
    note = _note(nl)
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    admin = administrator()
    moderation.approve(item, moderator=admin)
    moderation.approve(item, moderator=admin)
    note.refresh_from_db()
    assert note.decisions == ["approved"]
    assert AuditLogEntry.objects.filter(action="moderation.approved").count() == 1


def test_cross_country_content_goes_to_the_authors_country(be):
    author = member(countries=("BE",))
    note = Note.objects.create(author=author, country=None, text="Across countries")
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    assert item.country == be


def test_flags_from_three_members_hide_the_content_until_a_moderator_decides(nl, settings):
    settings.MODERATION_AUTO_HIDE_FLAGS = 3
    note = _note(nl)
    flaggers = [member(countries=("NL",)) for _ in range(3)]
    moderation.flag(note, user=flaggers[0], reason=Flag.Reason.ABUSIVE)
    moderation.flag(note, user=flaggers[0], reason=Flag.Reason.SPAM)  # the same member again: ignored
    moderation.flag(note, user=flaggers[1], reason=Flag.Reason.OFF_TOPIC)
    note.refresh_from_db()
    assert note.is_visible
    moderation.flag(note, user=flaggers[2], reason=Flag.Reason.ABUSIVE)
    note.refresh_from_db()
    assert not note.is_visible
    assert ReviewItem.objects.get().reason == ReviewItem.Reason.FLAGS
    assert Flag.objects.count() == 3


def test_a_single_flag_puts_the_content_in_the_queue_at_once_and_leaves_it_visible(nl, settings):
    settings.MODERATION_AUTO_HIDE_FLAGS = 3
    note = _note(nl)
    flag = moderation.flag(note, user=member(countries=("NL",)), reason=Flag.Reason.MISINFORMATION)
    note.refresh_from_db()
    assert note.is_visible
    assert flag.is_new
    assert not flag.content_hidden
    item = ReviewItem.objects.pending().get()
    assert item.country == nl
    assert item.reason == ReviewItem.Reason.FLAGS


@pytest.mark.parametrize("reason", [Flag.Reason.IDENTIFIES_PERSON, Flag.Reason.SAFEGUARDING])
def test_an_urgent_flag_hides_the_content_at_once_and_pages_the_countrys_moderators(
    nl, settings, reason, django_capture_on_commit_callbacks
):
    settings.MODERATION_AUTO_HIDE_FLAGS = 3
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    staff(CountryRole.Role.MODERATOR, "BE")
    note = _note(nl, text="Her name is on the door")
    with django_capture_on_commit_callbacks(execute=True):
        flag = moderation.flag(note, user=member(countries=("NL",)), reason=reason)
    note.refresh_from_db()
    assert not note.is_visible
    assert flag.content_hidden
    assert ReviewItem.objects.pending().count() == 1
    paged = [m for m in mail.outbox if "needs a moderator now" in m.subject]
    assert [m.to for m in paged] == [[moderator.email]]
    assert "Her name" not in paged[0].body
    assert "/moderation/" in paged[0].body


def test_the_queue_shows_flagged_items_first_with_how_many_members_flagged_them(client, nl):
    moderation.hold_for_review(_note(nl, text="An older first post"), reason=ReviewItem.Reason.FIRST_POSTS)
    flagged = _note(nl, text="A flagged note")
    for _ in range(2):
        moderation.flag(flagged, user=member(countries=("NL",)), reason=Flag.Reason.OFF_TOPIC)
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    response = client.get("/en/moderation/")
    items = list(response.context["page"])
    assert items[0].content_object == flagged
    assert items[0].flag_count == 2
    assert "Flagged by 2 members" in response.content.decode()


def test_the_queue_renders_markdown_through_the_sanitiser(client, nl):
    moderation.hold_for_review(
        _note(nl, text="**bold** and <script>alert(1)</script>"), reason=ReviewItem.Reason.FIRST_POSTS
    )
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    html = client.get("/en/moderation/").content.decode()
    assert "<strong>bold</strong>" in html
    assert "**bold**" not in html
    assert "<script>alert(1)" not in html


def test_first_posts_wait_until_enough_were_approved(nl, settings):
    settings.MODERATION_FIRST_POSTS = 2
    author = member(countries=("NL",))
    admin = administrator()
    assert moderation.first_posts_pending(author)
    for _ in range(2):
        item = moderation.hold_for_review(_note(nl, author), reason=ReviewItem.Reason.FIRST_POSTS)
        moderation.approve(item, moderator=admin)
    assert not moderation.first_posts_pending(author)


# --- the queue page -----------------------------------------------------------


def _sign_in(client, user):
    client.force_login(user)


def test_moderators_see_only_their_countrys_queue(client, nl, be, django_assert_max_num_queries):
    ours = moderation.hold_for_review(_note(nl, text="Dutch practice"), reason=ReviewItem.Reason.FIRST_POSTS)
    moderation.hold_for_review(_note(be, text="Belgian practice"), reason=ReviewItem.Reason.FIRST_POSTS)
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    response = client.get("/en/moderation/")
    assert response.status_code == 200
    assert [item.pk for item in response.context["page"]] == [ours.pk]
    html = response.content.decode()
    assert "Dutch practice" in html
    assert "Belgian practice" not in html


def test_the_queue_needs_a_constant_number_of_queries(client, nl, django_assert_num_queries):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    _sign_in(client, moderator)
    for _ in range(2):
        moderation.hold_for_review(_note(nl), reason=ReviewItem.Reason.FIRST_POSTS)
    client.get("/en/moderation/")  # the roles and MFA, then from the cache
    # 2: the page of items with their count, and their contents (the session, user and
    # profile, the house rules a moderator may cite in the page's language and the number of open notices
    # from the public: from the cache)
    with django_assert_num_queries(2) as two:
        client.get("/en/moderation/")
    for _ in range(18):
        moderation.hold_for_review(_note(nl), reason=ReviewItem.Reason.FIRST_POSTS)
    with django_assert_num_queries(len(two.captured_queries)):
        client.get("/en/moderation/")


def test_the_queue_shows_what_changed_since_the_moderator_last_looked(client, nl):
    # the entries come from the cache: an edit, a new flag, another language or a decision shows at once
    note = _note(nl, text="My first wording")
    moderation.flag(note, user=member(countries=("NL",)), reason=Flag.Reason.OFF_TOPIC)
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    first = client.get("/en/moderation/").content.decode()
    assert "My first wording" in first
    assert "Flagged by 1 member<" in first

    note.text = "My second wording"
    note.save()
    moderation.flag(note, user=member(countries=("NL",)), reason=Flag.Reason.OFF_TOPIC)
    again = client.get("/en/moderation/").content.decode()
    assert "My second wording" in again
    assert "My first wording" not in again
    assert "Flagged by 2 members" in again

    dutch = client.get("/nl/moderation/").content.decode()
    assert "Flagged by 2 members" not in dutch
    assert "Nederland" in dutch  # the item's country in the reader's language

    ReviewItem.objects.filter(object_id=note.pk).update(decision_note="Asked the author")
    assert "Asked the author" in client.get("/en/moderation/?state=pending").content.decode()


def test_members_without_the_moderator_role_are_refused_the_queue(client):
    _sign_in(client, member(countries=("NL",)))
    assert client.get("/en/moderation/").status_code == 403


def test_a_bulk_hide_without_a_reason_is_refused_and_keeps_the_selection_undecided(client, nl):
    items = [moderation.hold_for_review(_note(nl), reason=ReviewItem.Reason.FLAGS) for _ in range(2)]
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    response = client.post("/en/moderation/", {"items": [i.pk for i in items], "decision": "hide", "reason": ""})
    assert response.status_code == 400
    assert "Give a reason" in response.content.decode()
    assert ReviewItem.objects.pending().count() == 2


def test_a_refused_hide_shows_the_queue_again_with_the_ticks_action_and_house_rule_kept(client, nl):
    """Cleared ticks and an action fallen back to Approve would make Apply,
    after re-ticking, approve what the moderator meant to hide."""
    from consult.models import HouseRule

    items = [moderation.hold_for_review(_note(nl), reason=ReviewItem.Reason.FLAGS) for _ in range(3)]
    rule = HouseRule.objects.create(code="no-insults", title="No insults", explanation="Be respectful.")
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    chosen = [items[0].pk, items[2].pk]
    response = client.post(
        "/en/moderation/", {"items": chosen, "decision": "restore", "reason": " ", "house_rule": str(rule.pk)}
    )
    assert response.status_code == 400
    html = response.content.decode()
    for item in items:
        ticked = f'id="item-{item.pk}" checked' in html
        assert ticked == (item.pk in chosen)
    assert '<option value="restore" selected>' in html
    assert '<option value="hide" selected>' not in html
    assert f'<option value="{rule.pk}" selected>' in html
    # the queue itself, seen again, has nothing ticked
    assert " checked" not in client.get("/en/moderation/").content.decode().split('class="review-items"')[1]


def test_an_action_sent_with_no_item_ticked_keeps_the_reason_typed_and_the_action(client, nl):
    moderation.hold_for_review(_note(nl), reason=ReviewItem.Reason.FLAGS)
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    response = client.post("/en/moderation/", {"decision": "hide", "reason": "Names a resident & her town"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose at least one item and an action." in html
    assert ">Names a resident &amp; her town</textarea>" in html
    assert '<option value="hide" selected>' in html
    assert ReviewItem.objects.pending().count() == 1


def test_a_bulk_approval_decides_every_selected_item(client, nl):
    items = [moderation.hold_for_review(_note(nl), reason=ReviewItem.Reason.FIRST_POSTS) for _ in range(3)]
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    client.post("/en/moderation/", {"items": [i.pk for i in items[:2]], "decision": "approve"})
    assert ReviewItem.objects.filter(state=ReviewItem.State.APPROVED).count() == 2
    assert ReviewItem.objects.pending().count() == 1


def test_authors_see_their_items_and_the_moderators_reason(client, nl):
    author = member(countries=("NL",))
    item = moderation.hold_for_review(_note(nl, author), reason=ReviewItem.Reason.FLAGS)
    moderation.hide(item, moderator=administrator(), reason="Mentions a resident by name")
    add_totp(author)
    _sign_in(client, author)
    html = client.get("/en/moderation/mine/").content.decode()
    assert "Mentions a resident by name" in html


def test_a_members_review_items_are_in_their_export_and_the_notes_erased_with_the_account(nl):
    from consult.members.account_data import export_account_data
    from consult.moderation.services import erase_review_notes

    author = member(countries=("NL",))
    item = moderation.hold_for_review(
        _note(nl, author), reason=ReviewItem.Reason.PERSONAL_DATA, findings=guard.scan("0612345678", listed_words=[])
    )
    moderation.hide(item, moderator=administrator(), reason="Her phone number is in it")
    exported = export_account_data(author)["review_items"]
    assert exported[0]["decision_note"] == "Her phone number is in it"

    erase_review_notes(author)
    item.refresh_from_db()
    assert item.findings == []
    assert item.decision_note == ""


@pytest.mark.parametrize(
    ("language", "count", "said"),
    [("en", 1, "1 item updated."), ("en", 2, "2 items updated."), ("nl", 2, "2 items bijgewerkt.")],
)
def test_a_moderators_decision_on_several_items_is_confirmed_in_their_language(client, nl, language, count, said):
    items = [
        moderation.hold_for_review(_note(nl, text=f"First post {n}"), reason=ReviewItem.Reason.FIRST_POSTS)
        for n in range(count)
    ]
    _sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    response = client.post(
        f"/{language}/moderation/", {"items": [item.pk for item in items], "decision": "approve"}, follow=True
    )
    assert said in response.content.decode()
