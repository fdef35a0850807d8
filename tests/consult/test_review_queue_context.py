"""What a moderator reads on the review queue (what kind of content each item
is, whose it is, quotes as quotes) and deciding an item where it lives:
"Open in context" shows the queue's actions beside the post or feedback,
for the item's country's moderators only, and comes back to the queue."""

import re

import pytest
from django.urls import reverse

from consult.models import CountryRole, HouseRule, Profile, ReviewItem, Sector, StatementOfReasons
from consult.moderation import services as moderation
from forums.models import Post, Visibility
from recommendations.models import DocumentVersion, Feedback
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff
from tests.forums.factories import PostFactory, ThreadFactory, theme_forum
from tests.recommendations.factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db

QUEUE = "/en/moderation/"


@pytest.fixture
def author():
    return member(
        ("NL",), display_name="Amira Haddad", organisation="Stichting Veilig Thuis", sector=Sector.SOCIAL_SUPPORT
    )


@pytest.fixture
def moderator(client):
    user = staff(CountryRole.Role.MODERATOR, "NL")
    sign_in(client, user)
    return user


def _held_reply(author, *, thread=None, body="We refer survivors to the night shelter after an intake."):
    thread = thread or ThreadFactory(title="Referrals to shelters at night")
    PostFactory(thread=thread, is_opening=True)
    post = PostFactory(thread=thread, author=author, body_markdown=body, status=Visibility.PENDING)
    item = moderation.hold_for_review(post, reason=ReviewItem.Reason.FIRST_POSTS)
    return post, item


def _held_feedback(author, *, on_clause=True, kind=Feedback.Kind.AMENDMENT):
    version = draft("NL", 4)
    round = open_round(version)
    DocumentVersion.objects.filter(pk=version.pk).update(status="consultation")
    clause = version.clauses.in_order()[1] if on_clause else None
    feedback = FeedbackFactory(
        round=round,
        author=author,
        clause=clause,
        kind=kind,
        text="Interpreters should be booked before the first interview.",
        proposed_text="Book an interpreter before the first interview." if kind == Feedback.Kind.AMENDMENT else "",
        visibility=Feedback.Visibility.HELD,
    )
    item = moderation.hold_for_review(feedback, reason=ReviewItem.Reason.FIRST_POSTS)
    return feedback, item


def _entry(html, item):
    return re.search(
        rf'<li class="review-item[^"]*">\s*<div class="review-item__select">\s*<input[^>]*value="{item.pk}".*?</li>',
        html,
        re.S,
    ).group(0)


def _panel(html):
    found = re.search(r'<section class="review-panel".*?</section>', html, re.S)
    return found.group(0) if found else None


# --- what each entry says -------------------------------------------------------


def test_each_entry_says_what_kind_of_content_it_is_and_whose_it_is(client, author, moderator):
    _reply, reply_item = _held_reply(author)
    opening = PostFactory(thread=ThreadFactory(title="Interpreters we trust"), is_opening=True, author=author)
    opening_item = moderation.hold_for_review(opening, reason=ReviewItem.Reason.FIRST_POSTS)
    amendment, amendment_item = _held_feedback(author)
    _comment, comment_item = _held_feedback(author, on_clause=False, kind=Feedback.Kind.COMMENT)

    html = client.get(QUEUE).content.decode()

    reply_entry = _entry(html, reply_item)
    assert "Reply in a forum thread" in reply_entry
    assert "Referrals to shelters at night" in reply_entry
    opening_entry = _entry(html, opening_item)
    assert "New forum thread" in opening_entry
    assert "Interpreters we trust" in opening_entry
    assert f"Feedback on clause {amendment.clause.number} (amendment)" in _entry(html, amendment_item)
    assert "Feedback on the whole document (comment)" in _entry(html, comment_item)
    for item in (reply_item, opening_item, amendment_item, comment_item):
        entry = _entry(html, item)
        assert "Amira Haddad" in entry
        assert "Stichting Veilig Thuis" in entry
        assert str(Sector.SOCIAL_SUPPORT.label) in entry
        assert "Netherlands" in entry


def test_the_kind_and_author_are_in_the_readers_language(client, author, moderator):
    _reply, item = _held_reply(author)
    english = _entry(client.get(QUEUE).content.decode(), item)
    dutch = _entry(client.get("/nl/moderation/").content.decode(), item)
    assert "Reply in a forum thread" in english
    assert "Reply in a forum thread" not in dutch
    assert "Reactie in een forumdiscussie" in dutch
    assert "Amira Haddad" in dutch


def test_a_renamed_author_or_their_new_country_shows_at_once(client, author, moderator):
    _reply, item = _held_reply(author)
    assert "Amira Haddad" in _entry(client.get(QUEUE).content.decode(), item)
    Profile.objects.filter(user=author).update(display_name="Amira H.", organisation="Veilig Thuis Noord")
    author.profile.countries.add(*author.profile.countries.model.objects.filter(code="BE"))
    entry = _entry(client.get(QUEUE).content.decode(), item)
    assert "Amira H." in entry
    assert "Amira Haddad" not in entry
    assert "Veilig Thuis Noord" in entry
    assert "Belgium" in entry


def test_an_erased_author_is_a_former_member_without_their_organisation(client, author, moderator):
    _reply, item = _held_reply(author)
    Profile.objects.filter(user=author).update(status=Profile.Status.DELETED)
    entry = _entry(client.get(QUEUE).content.decode(), item)
    assert "former member" in entry
    assert "Amira Haddad" not in entry
    assert "Stichting Veilig Thuis" not in entry


def test_a_quote_shows_who_is_quoted_and_a_short_excerpt_never_the_token(client, author, moderator):
    thread = ThreadFactory(title="Referrals to shelters at night")
    quoted_author = member(("NL",), display_name="Ilse Vermeulen")
    long_text = "The night shelter takes walk-ins after ten. " + "They ask for no papers at the door. " * 12
    quoted = PostFactory(thread=thread, author=quoted_author, body_markdown=long_text)
    body = f"> [quote:{quoted.pk}]\n> {long_text}\n\nWe do the same in Utrecht."
    _reply, item = _held_reply(author, thread=thread, body=body)

    entry = _entry(client.get(QUEUE).content.decode(), item)

    assert "[quote:" not in entry
    assert "Ilse Vermeulen wrote:" in entry
    assert "The night shelter takes walk-ins after ten." in entry
    assert entry.count("They ask for no papers") < 12  # a short excerpt, not the whole quoted post
    assert "We do the same in Utrecht." in entry

    Profile.objects.filter(user=quoted_author).update(display_name="Ilse V.")
    entry = _entry(client.get(QUEUE).content.decode(), item)
    assert "Ilse V. wrote:" in entry
    assert "Ilse Vermeulen" not in entry


def test_a_quote_of_a_post_the_thread_does_not_show_reads_as_a_quote_without_a_name(client, author, moderator):
    other_thread_post = PostFactory(body_markdown="Somewhere else entirely.")
    body = f"> [quote:{other_thread_post.pk}]\n> Somewhere else entirely.\n\nAs said before."
    _reply, item = _held_reply(author, body=body)
    entry = _entry(client.get(QUEUE).content.decode(), item)
    assert "[quote:" not in entry
    assert "Quoted:" in entry
    assert other_thread_post.author.profile.display_name not in entry


def test_the_queue_with_replies_and_quotes_costs_one_query_more_for_the_quoted_names(
    client, author, moderator, django_assert_max_num_queries
):
    thread = ThreadFactory(title="Referrals to shelters at night")
    quoted = PostFactory(thread=thread, body_markdown="Walk-ins after ten.")
    for n in range(5):
        _held_reply(author, thread=thread, body=f"> [quote:{quoted.pk}]\n> Walk-ins after ten.\n\nReply {n}")
    client.get(QUEUE)
    # the page with its authors, the posts with their threads, the quoted authors' names
    with django_assert_max_num_queries(3):
        client.get(QUEUE)


# --- deciding in context -------------------------------------------------------------


def _context_link(html, item):
    href = re.search(r'<a href="([^"]+)">Open in context</a>', _entry(html, item)).group(1)
    return href.replace("&amp;", "&")


def test_open_in_context_shows_the_queues_actions_beside_the_post_and_the_way_back(client, author, moderator):
    post, item = _held_reply(author)
    link = _context_link(client.get(f"{QUEUE}?state=pending&page=1").content.decode(), item)
    assert link.startswith(f"/en/forums/posts/{post.pk}/?review={item.pk}&next=")

    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"].endswith("#review")
    html = client.get(response["Location"]).content.decode()

    panel = _panel(html)
    assert panel is not None
    # right after the post, in its thread
    assert html.index(f'id="post-{post.pk}"') < html.index('class="review-panel"')
    assert '<button type="submit" name="decision" value="approve">Approve</button>' in panel
    assert 'value="hide"' in panel
    assert 'name="house_rule"' in panel
    assert "Reply in a forum thread" in panel
    assert "Amira Haddad" in panel
    assert 'name="next" value="/en/moderation/?state=pending&amp;page=1"' in panel
    assert 'href="/en/moderation/?state=pending&amp;page=1">Back to the review queue</a>' in panel


def test_hiding_in_context_with_a_house_rule_hides_the_post_and_returns_to_the_queue(client, author, moderator):
    post, item = _held_reply(author)
    rule = HouseRule.objects.create(code="no-names", title="No names of survivors", explanation="Never name them.")
    response = client.post(
        reverse("moderation:decide", args=[item.pk]),
        {
            "decision": "hide",
            "house_rule": str(rule.pk),
            "reason": "Names a resident of the shelter",
            "next": "/en/moderation/?state=pending&page=1",
            "back": f"/en/forums/threads/{post.thread_id}/?review={item.pk}",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/moderation/?state=pending&page=1"
    item.refresh_from_db()
    post.refresh_from_db()
    assert item.state == ReviewItem.State.HIDDEN
    assert post.status == Visibility.HIDDEN
    statement = StatementOfReasons.objects.get(object_id=post.pk, restriction="content_hidden")
    assert statement.house_rule_id == rule.pk
    assert "1 item updated." in client.get(response["Location"]).content.decode()


def test_approving_in_context_publishes_the_post(client, author, moderator):
    post, item = _held_reply(author)
    response = client.post(reverse("moderation:decide", args=[item.pk]), {"decision": "approve", "next": QUEUE})
    assert response["Location"] == QUEUE
    post.refresh_from_db()
    assert post.status == Visibility.PUBLISHED


def test_hiding_in_context_without_a_reason_goes_back_to_the_panel_and_changes_nothing(client, author, moderator):
    post, item = _held_reply(author)
    back = f"/en/forums/threads/{post.thread_id}/?page=1&review={item.pk}&next=%2Fen%2Fmoderation%2F"
    response = client.post(
        reverse("moderation:decide", args=[item.pk]), {"decision": "hide", "reason": " ", "next": QUEUE, "back": back}
    )
    assert response["Location"] == f"{back}#review"
    item.refresh_from_db()
    assert item.state == ReviewItem.State.PENDING
    html = client.get(back).content.decode()
    assert "Give a reason" in html
    assert _panel(html) is not None


def test_held_feedback_opened_in_context_is_shown_and_approved_on_its_clause(client, author, moderator):
    feedback, item = _held_feedback(author)
    link = _context_link(client.get(QUEUE).content.decode(), item)
    assert link.endswith("#review")
    panel = _panel(client.get(link).content.decode())
    assert panel is not None
    assert "Interpreters should be booked before the first interview." in panel  # held: not in the list
    assert f"Feedback on clause {feedback.clause.number} (amendment)" in panel

    response = client.post(reverse("moderation:decide", args=[item.pk]), {"decision": "approve", "next": QUEUE})
    assert response["Location"] == QUEUE
    feedback.refresh_from_db()
    assert feedback.visibility == Feedback.Visibility.VISIBLE


def test_a_moderator_of_another_country_sees_no_panel_and_cannot_decide(client, author):
    # a theme forum: moderators of every country read it; the item is the Dutch author's
    thread = ThreadFactory(forum=theme_forum(), title="Across borders")
    post, item = _held_reply(author, thread=thread)
    sign_in(client, staff(CountryRole.Role.MODERATOR, "BE"))

    html = client.get(f"/en/forums/threads/{thread.pk}/?review={item.pk}&next=%2Fen%2Fmoderation%2F").content.decode()
    assert _panel(html) is None

    response = client.post(reverse("moderation:decide", args=[item.pk]), {"decision": "approve", "next": QUEUE})
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.state == ReviewItem.State.PENDING
    assert Post.objects.get(pk=post.pk).status == Visibility.PENDING


def test_a_member_who_is_no_moderator_sees_no_panel_and_cannot_decide(client, author):
    post, item = _held_reply(author)
    sign_in(client, member(("NL",)))
    html = client.get(f"/en/forums/threads/{post.thread_id}/?review={item.pk}").content.decode()
    assert _panel(html) is None
    assert client.post(reverse("moderation:decide", args=[item.pk]), {"decision": "approve"}).status_code == 403
    item.refresh_from_db()
    assert item.state == ReviewItem.State.PENDING


def test_a_review_id_of_another_page_shows_nothing(client, author, moderator):
    _post, item = _held_reply(author)
    other = ThreadFactory(title="Something else")
    PostFactory(thread=other, is_opening=True)
    assert _panel(client.get(f"/en/forums/threads/{other.pk}/?review={item.pk}").content.decode()) is None


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/phish", "//evil.example/phish", "/\\evil.example/phish", "javascript:alert(1)", "  "],
)
def test_next_is_followed_only_to_a_page_of_this_site(client, author, moderator, next_url):
    post, item = _held_reply(author)
    response = client.post(
        reverse("moderation:decide", args=[item.pk]),
        {"decision": "approve", "next": next_url, "back": "https://evil.example/back"},
    )
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    # nor is it offered on the panel
    html = client.get(f"/en/forums/threads/{post.thread_id}/?review={item.pk}&next={next_url}").content.decode()
    assert "evil.example" not in html


def test_a_refused_decision_in_context_keeps_the_house_rule_and_the_reason_typed(client, author, moderator):
    post, item = _held_reply(author)
    rule = HouseRule.objects.create(code="no-names", title="No names of survivors", explanation="Never name them.")
    back = f"/en/forums/threads/{post.thread_id}/?page=1&review={item.pk}&next=%2Fen%2Fmoderation%2F"
    # a house rule and no reason: refused, the rule stays chosen
    client.post(
        reverse("moderation:decide", args=[item.pk]),
        {"decision": "hide", "house_rule": str(rule.pk), "reason": "", "next": QUEUE, "back": back},
    )
    panel = _panel(client.get(back).content.decode())
    assert f'<option value="{rule.pk}" selected>' in panel
    # a reason and a rule that is not in the list: refused, the reason stays typed
    client.post(
        reverse("moderation:decide", args=[item.pk]),
        {
            "decision": "hide",
            "house_rule": "999999",
            "reason": "Names a resident & her town",
            "next": QUEUE,
            "back": back,
        },
    )
    html = client.get(back).content.decode()
    assert "Choose a house rule of this country." in html
    assert ">Names a resident &amp; her town</textarea>" in _panel(html)
    item.refresh_from_db()
    assert item.state == ReviewItem.State.PENDING
    # shown once: the next visit starts afresh
    assert "</textarea>" in _panel(client.get(back).content.decode())
    assert "Names a resident" not in _panel(client.get(back).content.decode())
