"""A member's, the country office's and an administrator's day in a real
browser, on the seeded demo (the demo accounts of ``manage.py seed``), each
starting from the home page and reaching every tool of the role by clicking:
no address is typed after signing in. Screenshots go to
var/screenshots/roles/.

The member: feedback on a clause of the open round, a reply in a forum
thread (where their hidden post stays visible to them with the moderator's
reason), "my moderated contributions", and the choice of e-mails about
decisions. Office staff: their country's page from the public site into the
CMS, submitted to the lead; a support service of their country in the CMS.
The office lead: the staff's edit waiting on the CMS dashboard, approved and
published. The administrator: the applications, the audit log, the editor
tools and the CMS.
"""

import re

import pytest
from wagtail.models import WorkflowState

from consult.models import StatementOfReasons, SupportService
from forums.demo import MODERATION_THREAD_TITLE, seed_moderation_examples
from forums.models import Post
from home.models import CountryPage
from recommendations.demo import TITLE
from recommendations.models import ConsultationRound, DecisionEmailPreference, Feedback

from .test_role_journeys import Day, _click, _submit, demo  # noqa: F401  (demo is the seeded-site fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEMBER = "member.nl@demo.protect.example"
STAFF = "staff.nl@demo.protect.example"
LEAD = "lead.nl@demo.protect.example"
ADMIN = "admin@demo.protect.example"


def test_a_member_gives_feedback_replies_and_finds_their_moderation_and_e_mails_by_clicking(demo, browser):  # noqa: F811
    seed_moderation_examples()  # the member's post a moderator hid, in the Dutch forum (as `manage.py seed` does)
    day = Day(browser, demo, "member")
    round = ConsultationRound.objects.get(version__document__title=TITLE, closed_at__isnull=True)
    me = day.as_(MEMBER)
    day.shot(me, "home")

    # Feedback on a clause of the open consultation.
    _click(me, "Recommendations", exact=True)
    _click(me, TITLE)
    clause = round.version.clauses.in_order().filter(text__startswith="Listen, believe").get()
    me.locator(f'a[data-inline-feedback="feedback-for-{clause.key}"]').click()
    region = me.locator(f"#feedback-for-{clause.key}")
    region.get_by_label("Kind").select_option("question")
    region.get_by_label("Your feedback").fill("Does this apply to the night shift at the reception centre too?")
    region.get_by_role("button", name="Send feedback").click()
    region.get_by_text(re.compile("feedback was saved", re.I)).wait_for()
    day.shot(me, "feedback-on-a-clause")
    assert Feedback.objects.filter(author__email=MEMBER, clause=clause, kind="question").exists()

    # A reply in a thread of the Dutch forum; the post a moderator hid stays visible to its author, with the reason.
    _click(me, "Forums", exact=True)
    _click(me, "Netherlands")
    _click(me, MODERATION_THREAD_TITLE)
    assert me.get_by_text(re.compile("points to one person in a small town")).first.is_visible()
    reply = "We use the telephone interpreter service as well; the survivor chooses the interpreter's gender."
    me.locator("#reply textarea").first.fill(reply)
    day.shot(me, "reply")
    _submit(me, "Post reply")
    assert me.get_by_text(reply).first.is_visible()
    assert Post.objects.filter(
        thread__title=MODERATION_THREAD_TITLE, author__email=MEMBER, body_markdown=reply
    ).exists()
    day.shot(me, "thread-after-reply")

    # My moderated contributions: the hidden post, with its statement of reasons.
    _click(me, "My moderated contributions")
    day.shot(me, "my-moderation")
    statement = StatementOfReasons.objects.get(facts__contains="points to one person in a small town")
    with me.expect_navigation():
        me.locator(f'main a[href$="/moderation/statements/{statement.pk}/"]').first.click()
    assert me.get_by_text(re.compile("points to one person in a small town")).first.is_visible()
    day.shot(me, "statement-of-reasons")

    # E-mails about decisions on my feedback: one for each decision instead of the daily e-mail.
    _click(me, "My account")
    _click(me, "E-mails about decisions on my feedback")
    me.get_by_label(re.compile("An e-mail for each decision")).check()
    _submit(me, "Save")
    day.shot(me, "decision-emails")
    assert DecisionEmailPreference.objects.get(user__email=MEMBER).immediately is True


def test_office_staff_edit_their_country_page_and_a_service_by_clicking(demo, browser):  # noqa: F811
    day = Day(browser, demo, "office-staff")
    nl_page = CountryPage.objects.get(country__code="NL", locale__language_code="en")

    # From the public country page into its editor in the CMS; submitted to the country lead.
    staff = day.as_(STAFF)
    _click(staff, "Countries", exact=True)
    _click(staff, "Netherlands")
    day.shot(staff, "country-page")
    _click(staff, "Edit this page in the CMS")
    staff.locator("input[name=office_phone]").fill("+31 20 555 0199")
    day.shot(staff, "page-editor")
    staff.get_by_role("button", name="More actions").click()
    _submit(staff, "Submit to Netherlands: publishing")
    state = WorkflowState.objects.get(object_id=str(nl_page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    nl_page.refresh_from_db()
    assert nl_page.office_phone != "+31 20 555 0199"  # not published until the lead approves

    # A support service of their country, from the header's CMS link.
    staff = day.as_(STAFF)
    _click(staff, "Content management (CMS)")
    day.shot(staff, "cms-dashboard")
    staff.get_by_role("link", name="Snippets").first.wait_for()  # the menu is drawn
    assert staff.get_by_role("link", name="Audit log", exact=True).count() == 0
    _click(staff, "Snippets")
    _click(staff, "Support services")
    service = SupportService.objects.filter(country__code="NL", name__contains="helpline").order_by("pk").first()
    published_phone = service.phone
    _click(staff, service.name, exact=True)
    staff.locator("input[name=phone]").fill("0800 2000 (sample)")
    day.shot(staff, "service-editor")
    _submit(staff, "Save draft")
    service.refresh_from_db()
    # a draft: the public keeps the published number until the lead approves
    assert service.phone == published_phone
    assert service.latest_revision.as_object().phone == "0800 2000 (sample)"
    day.shot(staff, "service-saved")


def test_the_office_lead_approves_a_staff_edit_by_clicking(demo, browser):  # noqa: F811
    day = Day(browser, demo, "office-lead")
    nl_page = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    # The staff's edit, submitted to the NL publishing workflow (as in the staff's journey).
    from consult.models import User

    staff_user = User.objects.get(email=STAFF)
    nl_page.office_phone = "+31 20 555 0199"
    revision = nl_page.save_revision(user=staff_user)
    nl_page.get_workflow().start(nl_page, staff_user)
    assert revision.pk

    lead = day.as_(LEAD)
    _click(lead, "Content management (CMS)")
    awaiting = lead.locator("#awaiting-review-section")
    assert awaiting.get_by_text("Netherlands").first.is_visible()
    day.shot(lead, "awaiting-review")
    with lead.expect_navigation():
        awaiting.get_by_role("link", name="Netherlands").first.click()
    lead.get_by_role("button", name="More actions").click()
    day.shot(lead, "review")
    _submit(lead, "Approve and Publish")
    nl_page.refresh_from_db()
    assert nl_page.office_phone == "+31 20 555 0199"
    assert WorkflowState.objects.get(object_id=str(nl_page.pk)).status == WorkflowState.STATUS_APPROVED


def test_an_administrator_reaches_applications_audit_log_editor_tools_and_the_cms_by_clicking(demo, browser):  # noqa: F811
    day = Day(browser, demo, "administrator")
    admin = day.as_(ADMIN)
    nav = admin.locator(".role-nav")
    for tool in ("Review queue", "Applications", "Editor tools", "Content management (CMS)"):
        assert nav.get_by_role("link", name=re.compile(re.escape(tool))).is_visible()
    day.shot(admin, "home")

    _click(admin, "Applications")
    _click(admin, re.compile("Demo applicant"))
    day.shot(admin, "application")

    _click(admin, "My account")
    _click(admin, "Audit log")
    assert admin.get_by_role("heading", name=re.compile("Audit log")).first.is_visible()
    day.shot(admin, "audit-log")

    _click(admin, re.compile("^Editor tools"))
    tools = admin.locator("#editor-tools")
    assert tools.locator("[data-editor-open-rounds]").first.get_attribute("data-editor-open-rounds") == "1"
    day.shot(admin, "editor-tools")
    with admin.expect_navigation():
        tools.get_by_role("link", name="Dates and closing").first.click()
    assert admin.get_by_text("Greek and Italian partners asked for time").is_visible()

    _click(admin, "Content management (CMS)")
    assert "Dashboard" in admin.title()
    day.shot(admin, "cms")

    # The audit log from the CMS's own menu.
    _click(admin, "Audit log", exact=True)
    assert admin.get_by_role("heading", name=re.compile("Audit log")).first.is_visible()
    day.shot(admin, "audit-log-from-the-cms")
