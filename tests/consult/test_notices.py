"""Notices from anyone about public content, appeals of a dismissed notice
and content warnings (consult/moderation/notices.py, content_warnings.py)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from consult.models import ContentWarning, Country, CountryRole, Notice, ReviewItem, StatementOfReasons, SupportService
from consult.moderation import content_warnings, notices
from consult.refusals import Conflict, NotAllowed
from forums.models import Visibility
from home.models import CountryPage
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff
from tests.forums.factories import thread_with_posts

pytestmark = pytest.mark.django_db


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def moderators():
    return staff(CountryRole.Role.MODERATOR, "NL"), staff(CountryRole.Role.MODERATOR, "NL")


@pytest.fixture
def service(nl):
    return SupportService.objects.create(country=nl, name="Centrum Seksueel Geweld", kind="sexual_assault_centre")


@pytest.fixture
def country_page():
    return CountryPage.objects.get(country__code="NL", locale__language_code="en")


def _form_url(obj, back="/en/"):
    return f"{reverse('notices:new')}?about={notices.reference_of(obj)}&next={back}"


def _send(client, obj, follow=False, language="en", **data):
    payload = {"about": notices.reference_of(obj), "reason": "wrong_information", "next": "/en/", **data}
    with translation.override(language):
        url = reverse("notices:new")
    return client.post(url, payload, follow=follow)


# --- the public form -----------------------------------------------------------


def test_the_country_page_has_a_report_this_link_on_the_page_and_on_each_service(client, country_page, service):
    html = client.get(country_page.url).content.decode()
    assert f"about=consult.supportservice.{service.pk}" in html
    assert f"about=home.countrypage.{country_page.pk}" in html


def test_a_visitor_without_an_account_sends_a_notice_and_reads_the_confirmation_on_the_page(client, service, nl):
    form = client.get(_form_url(service))
    assert form.status_code == 200
    assert "Centrum Seksueel Geweld" in form.content.decode()
    response = _send(client, service, explanation="The phone number rings a private person.", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="status"' in html
    assert "your notice is received" in html
    notice = Notice.objects.get()
    assert notice.country == nl
    assert notice.reporter is None
    assert notice.reporter_kind == Notice.ReporterKind.VISITOR
    assert response.redirect_chain[-1][0].startswith(reverse("notices:status", args=[notice.token]))
    assert "Back to the page" in html


def test_reloading_the_confirmation_sends_nothing_twice(client, service):
    response = _send(client, service, explanation="Once only.")
    assert response.status_code == 302  # Post/Redirect/Get: the browser reloads the GET, not the POST
    receipt = response["Location"]
    assert receipt.startswith(reverse("notices:status", args=[Notice.objects.get().token]))
    for _reload in range(3):
        again = client.get(receipt)
        assert again.status_code == 200
        assert "your notice is received" in again.content.decode()
    assert Notice.objects.count() == 1


def test_the_receipt_link_back_never_leaves_the_site(client, service):
    response = _send(client, service, next="https://evil.example/", follow=True)
    assert "evil.example" not in response.content.decode()


def test_a_member_notice_is_counted_as_from_a_member(client, service):
    sign_in(client, member())
    _send(client, service)
    assert Notice.objects.get().reporter_kind == Notice.ReporterKind.MEMBER


def test_a_notice_without_a_reason_keeps_what_was_typed(client, service):
    response = _send(client, service, reason="", explanation="Kept text")
    assert response.status_code == 400
    assert "Kept text" in response.content.decode()
    assert not Notice.objects.exists()


def test_a_bad_email_address_is_a_field_message_not_a_500(client, service):
    response = _send(client, service, reporter_email="not an address")
    assert response.status_code == 400
    assert not Notice.objects.exists()


def test_a_flood_of_notices_from_one_address_gets_a_429_message(client, service, settings):
    settings.NOTICE_RATE_LIMIT = 2
    assert _send(client, service).status_code == 302
    assert _send(client, service).status_code == 302
    response = _send(client, service, explanation="third one")
    assert response.status_code == 429
    html = response.content.decode()
    assert "many notices in a short time" in html
    assert "third one" in html
    assert Notice.objects.count() == 2


def test_a_notice_about_a_page_unpublished_meanwhile_gets_a_clear_message(client, country_page):
    form = client.get(_form_url(country_page))
    assert form.status_code == 200
    country_page.unpublish()
    response = _send(client, country_page, explanation="my words")
    assert response.status_code == 410
    html = response.content.decode()
    assert "unpublished or removed in the meantime" in html
    assert "my words" in html
    assert not Notice.objects.exists()


def test_an_unknown_reference_is_a_404(client):
    assert client.get(reverse("notices:new") + "?about=consult.country.1").status_code == 404
    assert client.get(reverse("notices:new") + "?about=nonsense").status_code == 404


def test_a_visitor_cannot_report_a_post_they_cannot_read(client):
    post = thread_with_posts(1).posts.get()
    response = _send(client, post)
    assert response.status_code == 410
    assert not Notice.objects.exists()


def test_the_next_link_never_leaves_the_site(client, service):
    response = client.get(_form_url(service, back="https://evil.example/"))
    assert "evil.example" not in response.content.decode()


# --- survivor's personal data ---------------------------------------------------


def test_a_notice_of_a_survivors_personal_data_hides_a_post_at_once_until_a_moderator_decides(
    client, moderators, django_capture_on_commit_callbacks
):
    post = thread_with_posts(2).posts.order_by("pk").last()
    reader = member()
    sign_in(client, reader)
    with django_capture_on_commit_callbacks(execute=True):
        response = _send(client, post, reason="personal_data", follow=True)
    assert response.status_code == 200
    assert "hidden until a moderator decides" in response.content.decode()
    post.refresh_from_db()
    assert post.status == Visibility.HIDDEN
    notice = Notice.objects.get()
    assert notice.content_hidden
    assert notice.review_item.reason == ReviewItem.Reason.NOTICE
    statement = StatementOfReasons.objects.get(object_id=post.pk)
    assert statement.ground == StatementOfReasons.Ground.NOTICE
    assert statement.is_automatic
    paged = {message.to[0] for message in mail.outbox if "Personal data" in message.subject}
    assert {m.email for m in moderators} <= paged


def test_dismissing_a_survivor_data_notice_shows_the_post_again(client, moderators):
    post = thread_with_posts(2).posts.order_by("pk").last()
    notice = notices.send_notice(notices.reference_of(post), reason="personal_data", reporter=member(), address="a")
    notices.decide_notice(
        notice, moderator=moderators[0], outcome="dismissed", reasons="Only a first name, no survivor."
    )
    post.refresh_from_db()
    assert post.status == Visibility.PUBLISHED


def test_a_survivor_data_notice_about_a_page_goes_first_in_the_country_queue(client, service, country_page, moderators):
    notices.send_notice(notices.reference_of(country_page), reason="wrong_information", address="a")
    urgent = notices.send_notice(notices.reference_of(service), reason="personal_data", address="b")
    sign_in(client, moderators[0])
    response = client.get(reverse("moderation:notices"))
    assert response.status_code == 200
    listed = list(response.context["notices"])
    assert listed[0] == urgent


def test_a_moderator_of_another_country_neither_lists_nor_opens_the_notice(client, service):
    notice = notices.send_notice(notices.reference_of(service), reason="illegal", address="a")
    sign_in(client, staff(CountryRole.Role.MODERATOR, "BE"))
    assert notice not in list(client.get(reverse("moderation:notices")).context["notices"])
    assert client.get(reverse("moderation:notice", args=[notice.pk])).status_code == 404


# --- decisions, e-mail and appeals --------------------------------------------------


def test_the_reporter_who_left_an_address_is_emailed_a_link_without_the_content(
    service, moderators, django_capture_on_commit_callbacks
):
    notice = notices.send_notice(
        notices.reference_of(service), reason="wrong_information", reporter_email="reporter@example.org", address="a"
    )
    with django_capture_on_commit_callbacks(execute=True):
        notices.decide_notice(
            notice, moderator=moderators[0], outcome="acted", reasons="The office corrected the number."
        )
    sent = [message for message in mail.outbox if message.to == ["reporter@example.org"]]
    assert len(sent) == 1
    assert reverse("notices:status", args=[notice.token]) in sent[0].body
    assert "Centrum" not in sent[0].body


def test_two_moderators_deciding_one_notice_the_second_is_told(service, moderators):
    notice = notices.send_notice(notices.reference_of(service), reason="illegal", address="a")
    notices.decide_notice(notice, moderator=moderators[0], outcome="dismissed", reasons="Nothing illegal.")
    with pytest.raises(Conflict, match="decided this notice first"):
        notices.decide_notice(notice, moderator=moderators[1], outcome="acted", reasons="Hm.")


def test_a_dismissed_reporter_appeals_once_and_another_moderator_reverses(client, service, moderators):
    notice = notices.send_notice(notices.reference_of(service), reason="wrong_information", address="a")
    notices.decide_notice(notice, moderator=moderators[0], outcome="dismissed", reasons="The number is right.")
    status_url = reverse("notices:status", args=[notice.token])
    page = client.get(status_url).content.decode()
    assert "The number is right." in page
    assert 'name="appeal_text"' in page
    assert client.post(status_url, {"appeal_text": "I called it: it is a private flat."}).status_code == 302
    second = client.post(status_url, {"appeal_text": "again"})
    assert second.status_code == 409
    notice.refresh_from_db()
    with pytest.raises(NotAllowed):
        notices.decide_notice_appeal(notice, moderator=moderators[0], outcome="reversed", reasons="x")
    notices.decide_notice_appeal(notice, moderator=moderators[1], outcome="reversed", reasons="Checked: it is wrong.")
    notice.refresh_from_db()
    assert notice.state == Notice.State.ACTED
    assert notice.appeal_outcome == Notice.AppealOutcome.REVERSED
    assert "Checked: it is wrong." in client.get(status_url).content.decode()


def test_an_appeal_of_a_dismissal_after_six_months_is_refused_with_the_date(service, moderators):
    notice = notices.send_notice(notices.reference_of(service), reason="illegal", address="a")
    notices.decide_notice(notice, moderator=moderators[0], outcome="dismissed", reasons="No.")
    notice.refresh_from_db()
    with pytest.raises(Conflict, match="ended on"):
        notices.appeal_dismissal(notice, text="late", now=timezone.now() + timedelta(days=200))


def test_an_unknown_status_token_is_a_404(client):
    assert client.get(reverse("notices:status", args=["nope"])).status_code == 404


# --- content warnings ----------------------------------------------------------------


def _warned_thread(kind="sexual_violence"):
    thread = thread_with_posts(2)
    post = thread.posts.order_by("pk").last()
    content_warnings.set_warning(post, user=post.author, kind=kind)
    return thread, post


def test_a_warned_post_is_folded_behind_its_warning_in_a_details_element(client):
    thread, post = _warned_thread()
    sign_in(client, member())
    html = client.get(thread.get_absolute_url()).content.decode()
    folded = html.split('<details class="content-warning">', 1)
    assert len(folded) == 2
    assert "describes sexual violence" in folded[1].split("</summary>")[0]
    assert post.body_html[:30] in folded[1].split("</details>")[0]


def test_a_reader_who_chose_to_unfold_reads_the_post_open_with_the_warning_above(client):
    thread, _post = _warned_thread()
    reader = member()
    reader.profile.unfold_content_warnings = True
    reader.profile.save()
    sign_in(client, reader)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert '<details class="content-warning">' not in html
    assert "describes sexual violence" in html


def test_the_author_sets_a_warning_through_the_form_and_another_member_may_not(client):
    post = thread_with_posts(2).posts.order_by("pk").last()
    sign_in(client, member())
    response = client.post(
        reverse("moderation:content_warning"), {"about": f"forums.post.{post.pk}", "kind": "self_harm"}
    )
    assert response.status_code == 404
    sign_in(client, post.author)
    response = client.post(
        reverse("moderation:content_warning"), {"about": f"forums.post.{post.pk}", "kind": "self_harm"}
    )
    assert response.status_code == 302
    assert ContentWarning.objects.get().kind == "self_harm"


def test_a_moderator_of_the_country_sets_and_removes_a_warning(moderators):
    post = thread_with_posts(1).posts.get()
    content_warnings.set_warning(post, user=moderators[0], kind="child_abuse")
    assert ContentWarning.objects.get().kind == "child_abuse"
    content_warnings.set_warning(post, user=moderators[0], kind="")
    assert not ContentWarning.objects.exists()


def test_a_warning_not_in_the_list_is_a_message(client):
    post = thread_with_posts(1).posts.get()
    sign_in(client, post.author)
    response = client.post(
        reverse("moderation:content_warning"), {"about": f"forums.post.{post.pk}", "kind": "<script>"}, follow=True
    )
    assert "Choose a content warning from the list." in response.content.decode()
    assert not ContentWarning.objects.exists()


def test_the_transparency_report_counts_notices_by_reason_and_kind_of_reporter(service, moderators):
    from consult.moderation import transparency

    for n in range(5):
        notices.send_notice(notices.reference_of(service), reason="wrong_information", address=f"v{n}")
    notices.send_notice(notices.reference_of(service), reason="illegal", reporter=member(), address="m")
    today = timezone.localdate()
    figures = transparency.build(today, today)
    nl = figures["countries"]["NL"]["notices"]
    assert nl["total"] == 6
    assert nl["by_reason"]["notice:wrong_information"] == 5
    assert nl["by_reporter"] == {"visitor": 5, "member": 1}
    shown = transparency.suppressed(figures["countries"]["NL"])["notices"]
    # 1 member hidden; the 5 visitors too, or 6 - 5 would give the member's 1 back
    assert shown["by_reporter"] == {"visitor": "not shown", "member": "not shown"}


# --- query budgets -----------------------------------------------------------------


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the session and caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_notice_list_costs_the_same_queries_for_2_and_12_notices(client, service, moderators):
    sign_in(client, moderators[0])
    for n in range(2):
        notices.send_notice(notices.reference_of(service), reason="illegal", address=f"a{n}")
    few = _queries(client, reverse("moderation:notices"))
    for n in range(10):
        notices.send_notice(notices.reference_of(service), reason="personal_data", address=f"b{n}")
    assert _queries(client, reverse("moderation:notices")) == few


def test_the_notice_form_and_the_list_have_pinned_query_counts(client, service, moderators, django_assert_num_queries):
    notices.send_notice(notices.reference_of(service), reason="illegal", address="a")
    client.get(_form_url(service))
    with django_assert_num_queries(1):  # the service (its content type and the session come from caches)
        assert client.get(_form_url(service)).status_code == 200


def test_content_warnings_cost_the_same_queries_for_3_and_12_feedback_items_read_by_a_moderator(client, moderators):
    from recommendations.models import Feedback
    from tests.recommendations.factories import FeedbackFactory, draft, open_round

    version = draft("NL", 3)
    round = open_round(version)
    clause = version.clauses.filter(kind="paragraph").first()
    url = reverse("recommendations:clause", args=[version.pk, clause.key])
    sign_in(client, moderators[0])

    def add(count):
        for _ in range(count):
            item = FeedbackFactory(round=round, clause=clause, author=member(("NL",)), kind=Feedback.Kind.COMMENT)
            content_warnings.set_warning(item, user=moderators[0], kind="self_harm")

    add(3)
    few = _queries(client, url)
    add(9)
    assert _queries(client, url) == few
    html = client.get(url).content.decode()
    assert html.count('<details class="content-warning">') == 12


def test_a_members_notices_are_in_their_export_and_their_words_erased_with_the_account(service):
    from consult.members.account_data import export_account_data
    from consult.moderation.notices import erase_notice_texts

    reporter = member()
    notices.send_notice(
        notices.reference_of(service), reason="illegal", explanation="My own words", reporter=reporter, address="a"
    )
    assert export_account_data(reporter)["notices"][0]["explanation"] == "My own words"
    erase_notice_texts(reporter)
    notice = Notice.objects.get()
    assert notice.explanation == ""
    assert notice.reporter is None
    assert notice.reason == "illegal"


def test_the_review_queue_links_the_notices_with_the_number_open(client, service, moderators):
    """A visitor's notice about a service is not a review item: the moderator
    reaches it from the review queue, which says how many wait."""
    notices.send_notice(notices.reference_of(service), reason="wrong_information", address="a")
    sign_in(client, moderators[0])
    queue = client.get(reverse("moderation:queue")).content.decode()
    assert f'href="{reverse("moderation:notices")}"' in queue
    assert "Notices from the public: 1 open" in queue


# --- e-mails in the reporter's language -----------------------------------------


@pytest.mark.parametrize(
    ("language", "received", "decided"),
    [
        ("ar", "تلقّينا بلاغك", "صدر قرار بشأن بلاغك"),
        ("nl", "We hebben uw melding ontvangen", "Er is een besluit over uw melding"),
    ],
)
def test_the_receipt_and_the_decision_are_emailed_in_the_language_of_the_page_reported_from(
    client, service, moderators, django_capture_on_commit_callbacks, language, received, decided
):
    with django_capture_on_commit_callbacks(execute=True):
        _send(client, service, language=language, reporter_email="reporter@example.org")
    notice = Notice.objects.get()
    assert notice.language == language
    (receipt,) = [message for message in mail.outbox if message.to == ["reporter@example.org"]]
    assert receipt.subject == received
    assert f"/{language}/notices/{notice.token}/" in receipt.body
    assert "Hello," not in receipt.body
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):  # the moderator reads English
        notices.decide_notice(notice, moderator=moderators[0], outcome="dismissed", reasons="Het nummer klopt.")
    decision = [message for message in mail.outbox if message.to == ["reporter@example.org"]][-1]
    assert decision.subject == decided
    assert "Hello," not in decision.body


def test_a_signed_in_member_is_emailed_in_the_language_they_use_the_site_in(
    client, service, moderators, django_capture_on_commit_callbacks
):
    sign_in(client, member())
    with django_capture_on_commit_callbacks(execute=True):
        _send(client, service, language="nl", reporter_email="lid@example.org")
    (receipt,) = [message for message in mail.outbox if message.to == ["lid@example.org"]]
    assert receipt.subject == "We hebben uw melding ontvangen"


def test_a_notice_sent_without_a_known_language_is_emailed_in_the_default_language(
    service, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notice = notices.send_notice(
            notices.reference_of(service), reason="illegal", reporter_email="r@example.org", address="a", language="xx"
        )
    assert notice.language == ""
    (receipt,) = mail.outbox
    assert receipt.subject == "We received your notice"


# --- switching language keeps the form's subject ------------------------------


def test_switching_language_on_the_report_form_keeps_what_is_reported(client, service):
    import re

    with translation.override("ar"):
        url = reverse("notices:new")
    html = client.get(f"{url}?about={notices.reference_of(service)}&next=/ar/").content.decode()
    english = re.search(r'<a[^>]*hreflang="en"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*hreflang="en"', html)
    assert english is not None
    link = (english.group(1) or english.group(2)).replace("&amp;", "&")
    assert link.startswith("/en/")
    assert f"about={notices.reference_of(service)}" in link
    response = client.get(link)
    assert response.status_code == 200
    assert "Centrum Seksueel Geweld" in response.content.decode()


def test_notice_times_name_their_zone_for_the_reporter_and_the_moderator(client, service, moderators):
    import re

    notice = notices.send_notice(notices.reference_of(service), reason="wrong_information", address="a")
    zoned = r"\d\d:\d\d CES?T</time>"
    assert re.search(zoned, client.get(reverse("notices:status", args=[notice.token])).content.decode())
    sign_in(client, moderators[0])
    assert re.search(zoned, client.get(reverse("moderation:notices")).content.decode())
    assert re.search(zoned, client.get(reverse("moderation:notice", args=[notice.pk])).content.decode())


def test_a_moderator_reads_what_an_arabic_notice_is_about_in_english_with_a_link_and_the_reporters_language(
    client, moderators
):
    english = SupportService.objects.get(country__code="NL", name="Emergency number 112")
    arabic = SupportService.objects.get(translation_key=english.translation_key, locale__language_code="ar")
    assert arabic.name != english.name
    _send(client, arabic, language="ar", next="/ar/countries/nl/")
    notice = Notice.objects.get()
    assert arabic.name in notice.subject_label  # what the reporter saw stays as it was

    sign_in(client, moderators[0])
    translation.activate("en")  # the moderator reads English pages
    listing = client.get(reverse("moderation:notices")).content.decode()
    assert "Support service: Emergency number 112" in listing
    assert "<td>Arabic</td>" in listing
    detail = client.get(reverse("moderation:notice", args=[notice.pk])).content.decode()
    assert '<a href="/en/countries/nl/">Support service: Emergency number 112</a>' in detail
    assert "The reporter wrote in Arabic." in detail
    assert arabic.name in detail  # "They saw it as: …", to answer in their words
