"""Cross-site scripting in a real browser: every payload of the corpus, typed
into every input that accepts free text, never runs on any page that shows it.

The corpus (tests/e2e/xss_corpus.py) goes in through the project's own
services where they transform text (forum posts: Markdown and nh3; feedback
and amendments: the recommendation services; rich text: Wagtail's
contentstate converter, which is what the admin editor posts) and through the
ORM for plain text fields, which no layer but the template changes. Then each
page that shows them is loaded in chromium twice: with the site's
Content-Security-Policy as served, and with that header removed, so
sanitising and escaping alone are proven and CSP is only the second line.

The watch (tests/e2e/xss_watch.py) fails on any dialog, any hook call, a
request to the marker path or outside the site, a CSP violation report (with
CSP on: sanitising failed and only CSP stopped it), and any event handler,
script URL or script-capable element left in the page's content. The first
tests prove the watch sees a payload that runs.
"""

import json
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urljoin

import pytest
from django.utils import timezone

from . import xss_corpus as corpus
from .conftest import browser_sign_in
from .xss_watch import ADMIN_OWN_MARKUP, AUDIT_SCRIPT, Watcher, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONTROL_URL = "http://control.test/raw"


def _raw_control_page(payloads):
    """A deliberately unsanitised page: the payloads pasted into HTML as they are."""
    body = "\n".join(f"<div class=payload>{p}</div>" for p in payloads)
    return f"<!doctype html><html><head><title>control</title></head><body><main>{body}</main></body></html>"


def _serve_control(context, html):
    context.route(CONTROL_URL, lambda route: route.fulfill(status=200, content_type="text/html", body=html))


def test_the_watch_sees_payloads_of_the_corpus_run_on_an_unsanitised_page(browser):
    context = browser.new_context()
    watcher = Watcher(site_url="http://control.test").attach(context, offline=True)
    _serve_control(context, _raw_control_page(corpus.payloads()))
    page = context.new_page()
    try:
        result = visit(page, watcher, CONTROL_URL, settle_ms=1500)
        kinds = {hit.split(":")[0] for hit in result.hits}
        print(f"\nunsanitised control page: {len(result.hits)} hook calls {sorted(kinds)}, "
              f"{len(watcher.markers)} marker requests, {len(result.dangerous_markup)} dangerous markup")  # fmt: skip
        assert {"alert", "confirm", "prompt", "__xss"} <= kinds
        assert watcher.markers
        assert len(result.dangerous_markup) > 100
    finally:
        context.close()


def test_the_dialog_net_catches_a_dialog_the_init_script_did_not_replace(browser):
    context = browser.new_context()
    watcher = Watcher(site_url="http://control.test")
    context.route(CONTROL_URL, lambda route: route.fulfill(
        status=200, content_type="text/html", body="<main><img src=x onerror=alert(1)></main>"
    ))  # fmt: skip
    page = context.new_page()
    page.on("dialog", watcher._on_dialog)
    try:
        page.goto(CONTROL_URL)
        page.wait_for_timeout(300)
        assert watcher.dialogs == ["alert: 1"]
        assert page.evaluate(AUDIT_SCRIPT, ["main", ""])["found"] == ["<img onerror>"]
    finally:
        context.close()


def test_the_audit_reads_a_link_as_chromium_does(browser):
    links = {  # id: (href as written in HTML, scheme chromium gives it)
        "tab": ('java&#9;script:alert("tab")', "javascript:"),
        "edge": ('&#1; javascript:alert("edge")', "javascript:"),
        "space": ('java    script:alert("space")', "http:"),  # a space inside: a relative address
    }
    html = "<main>" + "".join(f'<p><a id="{k}" href="{href}">{k}</a></p>' for k, (href, _) in links.items()) + "</main>"
    context = browser.new_context()
    Watcher(site_url="http://control.test").attach(context, offline=True)
    _serve_control(context, html)
    page = context.new_page()
    try:
        page.goto(CONTROL_URL)
        schemes = {key: page.eval_on_selector(f"#{key}", "a => a.protocol") for key in links}
        flagged = page.evaluate(AUDIT_SCRIPT, ["main", ""])["found"]
    finally:
        context.close()
    assert schemes == {key: scheme for key, (_, scheme) in links.items()}
    assert len(flagged) == 2
    assert not any("space" in item for item in flagged)


@dataclass
class Input:
    """One free-text input and the payloads that went in through it."""

    name: str
    payloads: list
    pages: list = field(default_factory=list)


@pytest.fixture
def _fast_lists(settings, monkeypatch):
    """Pages as long as a few hundred items, so the corpus fits in a few loads;
    first posts publish at once and the flood limit does not apply (both are
    tested elsewhere and would only hide payloads in the queue)."""
    from consult.members import views as member_views
    from forums.discussion import services as forum_services
    from forums.discussion import views as forum_views

    settings.MODERATION_FIRST_POSTS = 0
    settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE = 10**6
    monkeypatch.setattr(forum_services, "POSTS_PER_MINUTE", 10**6)
    monkeypatch.setattr(forum_views, "THREADS_PER_PAGE", 500)
    monkeypatch.setattr(forum_views, "POSTS_PER_PAGE", 250)
    monkeypatch.setattr(member_views, "DIRECTORY_PAGE_SIZE", 500)
    monkeypatch.setattr(member_views, "QUEUE_PAGE_SIZE", 500)


def _members(names, *, status, organisations, roles=("Social worker",)):
    """One member per display name, with an organisation shown to members and a job role."""
    from tests.consult.factories import member

    return [
        member(
            ("NL",),
            status=status,
            display_name=name,
            organisation=organisations[i % len(organisations)],
            show_organisation=True,
            job_role=roles[i % len(roles)],
            motivation=roles[i % len(roles)],
        )
        for i, name in enumerate(names)
    ]


def _seed_forum(inputs, authors, url):
    """Every payload a post in one thread, each by a member whose display name
    is a payload. The first posts go through the forum services; the rest are
    written in bulk with the services' own renderer (``render_markdown``:
    Markdown, then nh3), the only step between what a member types and the
    page, so a thousand posts cost a second instead of a minute."""
    from consult.sanitising import FORUM_POST, render_markdown
    from forums.discussion import services
    from forums.models import Post, Thread, Visibility
    from tests.forums.factories import ForumFactory

    payloads = list(corpus.payloads())
    through_services = 20
    forum = ForumFactory(slug="payloads", title="Payloads")
    poster = authors[0]
    thread = services.start_thread(forum, poster, title=corpus.fitting(160)[0], body=payloads[0])
    for body in payloads[1:through_services]:
        services.reply(thread, poster, body=body)
    now = timezone.now()
    Post.objects.bulk_create(
        Post(thread=thread, author=poster, body_markdown=body, body_html=render_markdown(body, FORUM_POST),
             status=Visibility.PUBLISHED, created_at=now)
        for body in payloads[through_services:]
    )  # fmt: skip
    for i, pk in enumerate(thread.posts.order_by("pk").values_list("pk", flat=True)):
        Post.objects.filter(pk=pk).update(author=authors[i % len(authors)])
    titles = corpus.fitting(160)
    Thread.objects.bulk_create(
        Thread(forum=forum, author=poster, title=t, status=Visibility.PUBLISHED, created_at=now, last_post_at=now)
        for t in titles
    )
    thread_url = f"{url}{thread.get_absolute_url()}"
    inputs.append(Input("forum post (Markdown)", payloads, [thread_url]))
    inputs.append(Input("thread title", titles, [f"{url}{forum.get_absolute_url()}", thread_url]))
    return thread


def _seed_feedback(inputs, author, url):
    """Every payload as the comment of an amendment and, shifted by one, as its
    proposed text, spread over the clauses of an open round (about 60 items a
    page)."""
    from recommendations.consultation import services
    from recommendations.models import Feedback
    from tests.recommendations.factories import draft, open_round

    version = draft("NL", 24)
    round = open_round(version)
    clauses = list(version.clauses.filter(kind="paragraph"))
    payloads = list(corpus.payloads())
    for i, text in enumerate(payloads):
        services.give_feedback(author=author, round=round, clause=clauses[i % len(clauses)],
                               kind=Feedback.Kind.AMENDMENT, text=text, proposed_text=payloads[i - 1])  # fmt: skip
    pages = []
    for clause in clauses:
        pages.append(f"{url}/en/recommendations/versions/{version.pk}/clauses/{clause.key}/")
        pages.append(f"{url}/en/recommendations/rounds/{round.pk}/triage/clauses/{clause.key}/")
    inputs.append(Input("feedback text", payloads, [*pages, f"{url}/en/moderation/"]))
    inputs.append(Input("amendment (proposed text)", payloads, pages))


def _seed_document(inputs, editor, url):
    """An editor's draft: every payload a paragraph clause (Markdown), one the title."""
    from consult.models import Country
    from recommendations.drafting import services
    from recommendations.drafting.importing import Block

    payloads = list(corpus.payloads())
    title = corpus.fitting(200)[3]
    document = services.create_document(
        editor=editor, title=title, country=Country.objects.get(code="NL"),
        blocks=[Block(kind="paragraph", text=text) for text in payloads],
    )  # fmt: skip
    version_url = f"{url}/en/recommendations/versions/{document.versions.get().pk}/"
    inputs.append(Input("clause text (editor, Markdown)", payloads, [version_url]))
    inputs.append(Input("document title", [title], [version_url, f"{url}/en/recommendations/"]))


def _contentstate(texts):
    """What the Draftail editor posts for a body of one paragraph per text,
    each a link whose address is the same text."""
    blocks, entities = [], {}
    for i, text in enumerate(texts):
        length = len(text.encode("utf-16-le")) // 2
        blocks.append({"key": f"b{i}", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [],
                       "entityRanges": [{"offset": 0, "length": length, "key": i}], "data": {}})  # fmt: skip
        entities[str(i)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": text}}
    return json.dumps({"blocks": blocks, "entityMap": entities})


def _seed_pages(inputs, url):
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from home.models import CountryPage, HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="en")
    features = StandardPage._meta.get_field("body").features
    converter = ContentstateConverter(features)
    payloads = list(corpus.payloads())
    titles = corpus.fitting(255)
    chunks = 5
    size = -(-len(payloads) // chunks)
    page_urls = []
    for i in range(chunks):
        body = converter.to_database_format(_contentstate(payloads[i * size : (i + 1) * size]))
        page = home.add_child(instance=StandardPage(title=titles[i], slug=f"payloads-{i}", body=body))
        page.save_revision().publish()
        page_urls.append(f"{url}{page.url}")
    inputs.append(Input("page body (rich text, through the editor's converter)", payloads, page_urls))
    inputs.append(Input("page title", titles[:chunks], page_urls))

    country_page = CountryPage.objects.get(locale__language_code="en", slug="nl")
    country_page.office_name = corpus.fitting(200)[1]
    country_page.office_address = corpus.fitting(300)[2]
    country_page.save_revision().publish()
    inputs.append(Input("country page office name and address", [country_page.office_name,
                        country_page.office_address], [f"{url}{country_page.url}"]))  # fmt: skip


def _seed_ambassador_requests(inputs, url, *, listed=160, inspected=10):
    from consult.models import AmbassadorRequest, Country

    texts = corpus.fitting(120)
    country = Country.objects.get(code="NL")
    fields = ["organisation", "region", "languages_needed", "preferred_dates", "contact_details", "message"]
    rows = []
    for i in range(listed):
        values = {name: texts[(i * len(fields) + j) % len(texts)] for j, name in enumerate(fields)}
        rows.append(AmbassadorRequest(country=country, contact_channel="email", **values))
    rows = AmbassadorRequest.objects.bulk_create(rows)
    rows = sorted(AmbassadorRequest.objects.all(), key=lambda r: -r.pk)
    pages = [f"{url}/admin/ambassador_requests/?p={n}" for n in range(1, -(-listed // 20) + 1)]
    pages += [f"{url}/admin/ambassador_requests/inspect/{row.pk}/" for row in rows[:inspected]]
    shown = {getattr(r, f) for r in rows for f in ("organisation", "region")}
    shown |= {getattr(r, f) for r in rows[:inspected] for f in fields}
    inputs.append(Input("ambassador request (Wagtail admin)", sorted(shown), pages))


def _seed_notices(inputs, url, *, listed=200, opened=10, forms=20):
    """Notices from the public: the moderators' list and pages, the reporter's
    page, and the public form with what a link can carry (``next``)."""
    from urllib.parse import quote

    from django.utils import timezone

    from consult.models import Country, Notice
    from home.models import CountryPage

    labels, texts = corpus.fitting(300), corpus.fitting(2000)
    country = Country.objects.get(code="NL")
    now = timezone.now()
    rows = Notice.objects.bulk_create(
        Notice(
            country=country,
            reason=Notice.Reason.OTHER,
            subject_label=labels[i % len(labels)],
            explanation=texts[(3 * i) % len(texts)],
            state=Notice.State.DISMISSED,
            decision_reasons=texts[(3 * i + 1) % len(texts)],
            decided_at=now,
            appeal_text=texts[(3 * i + 2) % len(texts)],
            appealed_at=now,
            appeal_outcome=Notice.AppealOutcome.OPEN,
            token=f"xss-notice-{i}",
        )
        for i in range(listed)
    )
    pages = [f"{url}/en/moderation/notices/"]
    pages += [f"{url}/en/moderation/notices/{row.pk}/" for row in rows[:opened]]
    pages += [f"{url}/en/notices/{row.token}/" for row in rows[:opened]]
    shown = {row.subject_label for row in rows}
    shown |= {getattr(row, f) for row in rows[:opened] for f in ("explanation", "decision_reasons", "appeal_text")}
    inputs.append(Input("notice from the public (label, texts)", sorted(shown), pages))
    page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    carried = corpus.fitting(200)[:forms]
    form_pages = [
        f"{url}/en/notices/new/?about=home.countrypage.{page.pk}&next={quote('/en/?q=' + text)}" for text in carried
    ]
    inputs.append(Input("notice form (the link's next)", carried, form_pages))


def _seed_report_appeals(inputs, url, thread, flagger, *, listed=200, opened=10):
    """Members' reports (flags) of the payload posts, kept by a moderator and
    appealed: the moderators' list of appeals and each report's appeal page,
    which shows the post, the moderator's reason for keeping it, the appeal
    and (half of them decided) the reasons of the decision on the appeal."""
    from django.contrib.contenttypes.models import ContentType

    from consult.models import Country, CountryRole, Flag, ReviewItem
    from forums.models import Post
    from tests.consult.factories import staff

    texts, notes = corpus.fitting(2000), corpus.fitting(1000)
    country = Country.objects.get(code="NL")
    keeper = staff(CountryRole.Role.MODERATOR, "NL")
    content_type = ContentType.objects.get_for_model(Post)
    posts = list(thread.posts.order_by("pk").values_list("pk", flat=True)[:listed])
    now = timezone.now()
    flagged_at, kept_at = now - timedelta(hours=2), now - timedelta(hours=1)
    ReviewItem.objects.bulk_create(
        ReviewItem(content_type=content_type, object_id=pk, country=country, reason=ReviewItem.Reason.FLAGS,
                   state=ReviewItem.State.APPROVED, created_at=flagged_at, decided_by=keeper, decided_at=kept_at,
                   decision_note=notes[i % len(notes)])
        for i, pk in enumerate(posts)
    )  # fmt: skip
    rows = Flag.objects.bulk_create(
        Flag(content_type=content_type, object_id=pk, user=flagger, reason=Flag.Reason.ABUSIVE, created_at=flagged_at,
             appeal_text=texts[(2 * i) % len(texts)], appealed_at=now, dismissed_by=keeper, country=country,
             appeal_outcome=Flag.AppealOutcome.UPHELD if i % 2 else Flag.AppealOutcome.OPEN,
             appeal_decided_at=now if i % 2 else None, appeal_reasons=texts[(2 * i + 1) % len(texts)] if i % 2 else "")
        for i, pk in enumerate(posts)
    )  # fmt: skip
    pages = [f"{url}/en/moderation/appeals/"]
    pages += [f"{url}/en/moderation/reports/{row.pk}/" for row in rows[:opened]]
    shown = {notes[i % len(notes)] for i in range(opened)}
    shown |= {text for row in rows[:opened] for text in (row.appeal_text, row.appeal_reasons) if text}
    inputs.append(Input("report appeal (reasons, appeal, decision)", sorted(shown), pages))


_started = [time.monotonic()]


def _lap(what):
    now = time.monotonic()
    print(f"  [{now - _started[0]:6.1f} s] {what}", file=sys.stderr, flush=True)
    _started[0] = now


@dataclass
class Pass:
    name: str
    pages: int = 0
    failures: list = field(default_factory=list)


def _run_pass(browser, url, viewer, inputs, *, strip_csp, admin=True):
    name = "CSP removed" if strip_csp else "CSP as served"
    result = Pass(name)
    context = browser.new_context()
    watcher = Watcher(site_url=url).attach(context, strip_csp=strip_csp)
    browser_sign_in(context, url, viewer)
    page = context.new_page()
    seen = set()
    try:
        for item in inputs:
            for address in item.pages:
                if address in seen or ("/admin/" in address and not admin):
                    continue
                seen.add(address)
                next_address = address
                while next_address:
                    admin_page = "/admin/" in next_address
                    outcome = visit(page, watcher, next_address, ignore=ADMIN_OWN_MARKUP if admin_page else "")
                    result.pages += 1
                    assert outcome.roots, f"{next_address}: no content found (page did not render?)"
                    if outcome.hits or outcome.dangerous_markup or (outcome.violations and not strip_csp):
                        result.failures.append((item.name, next_address, outcome))
                    following = page.locator("nav.pagination a", has_text="Next")
                    next_address = None
                    if not admin_page and following.count():  # the admin's pages are listed one by one
                        next_address = urljoin(page.url, following.first.get_attribute("href"))
    finally:
        context.close()
    return result, watcher


@pytest.mark.usefixtures("_fast_lists")
def test_no_payload_runs_on_any_page_that_shows_it_with_or_without_csp(browser, seeded_live_server):
    from consult.models import Profile
    from tests.consult.factories import administrator

    url = seeded_live_server.url
    _lap("seeded site")
    payloads = list(corpus.payloads())
    inputs = []
    authors = _members(corpus.fitting(60), status=Profile.Status.APPROVED, organisations=corpus.fitting(200))
    inputs.append(Input("display name", corpus.fitting(60), [f"{url}/en/members/directory/"]))
    inputs.append(Input("organisation", corpus.fitting(200)[: len(authors)], [f"{url}/en/members/directory/"]))
    applicants = _members(corpus.fitting(60)[:200], status=Profile.Status.PENDING,
                          organisations=corpus.fitting(200)[200:400], roles=corpus.fitting(200)[400:410])  # fmt: skip
    decide = [f"{url}/en/moderation/applications/{a.profile.pk}/" for a in applicants[:10]]
    inputs.append(Input("application (name, organisation)", corpus.fitting(60)[:200] + corpus.fitting(200)[200:400],
                        [f"{url}/en/moderation/applications/"]))  # fmt: skip
    inputs.append(Input("application (job role, motivation)", corpus.fitting(200)[400:410], decide))
    _lap("members")
    thread = _seed_forum(inputs, authors, url)
    _lap("forum")
    assert thread.posts.count() == len(payloads)
    _seed_feedback(inputs, authors[1], url)
    _lap("feedback")
    _seed_pages(inputs, url)
    _lap("pages")
    _seed_ambassador_requests(inputs, url)
    _seed_notices(inputs, url)
    _seed_report_appeals(inputs, url, thread, authors[2])
    viewer = administrator()
    _seed_document(inputs, viewer, url)
    _lap("requests, document")

    served, served_watch = _run_pass(browser, url, viewer, inputs, strip_csp=False)
    # The Wagtail admin is excluded from the CSP (settings): the second pass
    # would load the same responses again.
    _lap("pass with CSP")
    stripped, stripped_watch = _run_pass(browser, url, viewer, inputs, strip_csp=True, admin=False)
    _lap("pass without CSP")

    pairs = sum(len(item.payloads) for item in inputs)
    print(f"\nXSS corpus: {len(payloads)} payloads ({len(corpus.generated())} generated, "
          f"{len(corpus.from_brs_kb())} from brs-kb before deduplication)")  # fmt: skip
    for item in inputs:
        print(f"  {item.name:58} {len(item.payloads):5} payloads  {len(item.pages):3} pages")
    for run, watch in ((served, served_watch), (stripped, stripped_watch)):
        executions = len(watch.dialogs) + len(watch.markers) + sum(len(f[2].hits) for f in run.failures)
        markup = sum(len(f[2].dangerous_markup) for f in run.failures)
        print(f"{run.name}: payloads × inputs tried: {len(payloads)} × {len(inputs)} = "  # noqa: RUF001
              f"{len(payloads) * len(inputs)} (pairs that fit the fields: {pairs}), pages loaded: {run.pages}, "
              f"executions: {executions}, dangerous markup: {markup}")  # fmt: skip
    assert served_watch.csp_headers_seen > 0, "the site sent no CSP: the first pass proved nothing about it"
    assert stripped_watch.csp_headers_seen > 0  # seen on the wire, then removed
    problems = []
    for run, watch in ((served, served_watch), (stripped, stripped_watch)):
        problems += [f"{run.name}: dialog {d}" for d in watch.dialogs]
        problems += [f"{run.name}: marker request {m}" for m in watch.markers]
        problems += [f"{run.name}: request left the site {r}" for r in sorted(set(watch.outside_requests))]
        for name, address, o in run.failures:
            problems.append(f"{run.name}: {name} at {address}: hook calls {o.hits[:3]}, "
                            f"markup {sorted(set(o.dangerous_markup))[:6]}, CSP {o.violations[:3]}")  # fmt: skip
    assert problems == [], "\n".join(problems)
