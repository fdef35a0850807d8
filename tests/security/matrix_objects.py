"""The objects of the route, role and object matrix (test_route_matrix.py).

Every model a route takes an id of gets seeded objects: one of the role's
own country (NL) where there is one, one of another country (BE), and the
held, hidden, removed and draft states that must stay out of sight. Each
object says who may see it and who may change it:

- ``marker``: a unique string in what shows it (name, title, body); a 2xx
  page that contains the marker of an object the role may not see fails.
- ``admin_sees`` / ``site_sees``: the roles that may see the marker on admin
  pages (``admin/``, ``django-admin/``) and on site pages.
- ``admin_opens``: the roles that may get a 2xx from an admin route about it.
- ``site_opens``: roles that may get a 2xx from a site route about it which
  the route's rule (RULES, per route) does not name: the editors' routes of
  a national round are its office's, for that round's objects only.
- ``changes``: the roles that may change or delete its row; a request by
  anyone else that changes it fails, whatever its status.
- ``values``: what fills the route's URL parameters (``pk``, ``page_id``...).

Roles are made as the seed makes them: a role row (consult.CountryRole)
and, for the office roles, the Wagtail group that follows it.
"""

import io
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Locale, ModelLogEntry, Site, UploadedFile, Workflow
from wagtail_localize.models import StringSegment, Translation

from consult import audit
from consult.country_offices import sync_groups_with_roles
from consult.models import (
    Ambassador,
    AmbassadorRequest,
    Appeal,
    Country,
    CountryDataLogEntry,
    CountryDocument,
    CountryRole,
    Film,
    Flag,
    Notice,
    Profile,
    StatementOfReasons,
    SupportService,
)
from forums.models import Visibility
from home.models import CountryPage, StandardPage
from recommendations.models import Export, Feedback
from tests.consult.factories import administrator, member, staff
from tests.forums.factories import ForumFactory, PostFactory, ThreadFactory
from tests.recommendations.factories import FeedbackFactory, draft, open_round

ROLES = [
    "anonymous",
    "pending",
    "member_nl",
    "member_be",
    "moderator_nl",
    "editor_nl",
    "staff_nl",
    "lead_nl",
    "administrator",
]
ALL = frozenset(ROLES)
APPROVED = frozenset(ROLES) - {"anonymous", "pending"}
APPROVED_NL = APPROVED - {"member_be"}
ADMIN_ACCESS = frozenset({"staff_nl", "lead_nl", "administrator"})
NL_OFFICE = ADMIN_ACCESS
ADMIN = frozenset({"administrator"})
NOBODY = frozenset()


@dataclass
class Target:
    key: str
    obj: object
    values: dict
    marker: str | None = None
    admin_sees: frozenset = ADMIN
    site_sees: frozenset = ALL
    admin_opens: frozenset = ADMIN
    changes: frozenset = ADMIN
    site_opens: frozenset = frozenset()
    query: str = ""
    model: type = field(init=False)

    def __post_init__(self):
        self.model = type(self.obj)

    def fingerprint(self):
        """The object's row as it is now (None once deleted)."""
        return self.model._base_manager.filter(pk=self.obj.pk).values().first()


def marker(key):
    return f"ZQX-{key}-QXZ"


def make_users():
    """The roles, as the seed makes them (role rows, then the Wagtail groups)."""
    users = {
        "anonymous": None,
        "pending": member(countries=("NL",), status=Profile.Status.PENDING),
        "member_nl": member(countries=("NL",)),
        "member_be": member(countries=("BE",)),
        "moderator_nl": staff(CountryRole.Role.MODERATOR, "NL"),
        "editor_nl": staff(CountryRole.Role.EDITOR, "NL"),
        "staff_nl": staff(CountryRole.Role.COUNTRY_STAFF, "NL"),
        "lead_nl": staff(CountryRole.Role.COUNTRY_LEAD, "NL"),
        "administrator": administrator(),
    }
    for role in ("staff_nl", "lead_nl"):
        sync_groups_with_roles(users[role])
    return users


def _image(title, collection):
    data = io.BytesIO()
    PillowImage.new("RGB", (40, 30), (90, 140, 200)).save(data, "JPEG")
    return get_image_model().objects.create(title=title, file=ImageFile(data, name="m.jpg"), collection=collection)


def _draft_page(parent, key, owner):
    page = parent.add_child(
        instance=StandardPage(title=marker(key), slug=key, locale=parent.locale, live=False, body="<p>Draft</p>")
    )
    revision = page.save_revision(user=owner)
    workflow_state = page.get_workflow().start(page, owner)
    return page, revision, workflow_state


def seed_targets(users):
    """Seed one object of each kind and state; return {kind: [Target, ...]}."""
    nl, be = Country.objects.get(code="NL"), Country.objects.get(code="BE")
    english = Locale.get_default()
    staff_be = staff(CountryRole.Role.COUNTRY_STAFF, "BE")
    sync_groups_with_roles(staff_be)
    author_nl = member(countries=("NL",))
    t = {}

    def one(kind, target):
        t.setdefault(kind, []).append(target)
        return target

    # --- country data (snippets and the ambassador-request viewset) ---
    for code, country, sees in (("nl", nl, NL_OFFICE), ("be", be, ADMIN)):
        service = SupportService.objects.create(
            country=country, locale=english, name=marker(f"service-{code}"), kind="helpline", city="Sample city"
        )
        one(
            "service",
            Target(
                f"service-{code}",
                service,
                {"pk": service.pk, "app_label": "consult", "model_name": "supportservice"},
                marker(f"service-{code}"),
                sees,
                ALL,
                sees,
                sees,
            ),
        )
        # A live service with a change waiting for its lead: the draft's name
        # is for its office's admin only, never for the public site.
        waiting = SupportService.objects.create(
            country=country, locale=english, name=marker(f"svclive-{code}"), kind="helpline", city="Sample city"
        )
        waiting.name = marker(f"svcdraft-{code}")
        revision = waiting.save_revision(user=users["staff_nl"] if code == "nl" else None)
        workflow_state = waiting.get_workflow().start(waiting, users["staff_nl"] if code == "nl" else None)
        task_state = workflow_state.current_task_state
        one(
            "service_live",
            Target(f"svclive-{code}", waiting, {"pk": waiting.pk}, marker(f"svclive-{code}"), sees, ALL, sees, sees),
        )
        one(
            "service_workflow",
            Target(
                f"svcflow-{code}",
                waiting,
                {
                    "pk": waiting.pk,
                    "revision_id": revision.pk,
                    "revision_id_a": "earliest",
                    "revision_id_b": "latest",
                    "workflow_state_id": workflow_state.pk,
                    "task_state_id": task_state.pk,
                    "task_id": task_state.task_id,
                    "action_name": "approve",
                },
                marker(f"svcdraft-{code}"),
                sees,
                NOBODY,
                sees,
                frozenset({"lead_nl", "administrator"}) if code == "nl" else ADMIN,
            ),
        )
        ambassador = Ambassador.objects.create(country=country, locale=english, display_name=marker(f"amb-{code}"))
        one(
            "ambassador",
            Target(
                f"amb-{code}",
                ambassador,
                {"pk": ambassador.pk, "app_label": "consult", "model_name": "ambassador"},
                marker(f"amb-{code}"),
                sees,
                ALL,
                sees,
                sees,
            ),
        )
        ambassador_request = AmbassadorRequest.objects.create(
            country=country,
            organisation=marker(f"request-{code}"),
            languages_needed="Somali",
            region="Region",
            contact_channel="phone",
            contact_details="000",
            consent_to_contact=True,
        )
        one(
            "ambassador_request",
            Target(
                f"request-{code}",
                ambassador_request,
                {"pk": ambassador_request.pk},
                marker(f"request-{code}"),
                sees,
                NOBODY,
                sees,
                sees,
            ),
        )
        # Wagtail's history of it, as an edit in the admin would write it.
        owner = users["staff_nl"] if code == "nl" else staff_be
        CountryDataLogEntry.objects.log_action(service, "wagtail.edit", user=owner)
        document = CountryDocument.objects.create(
            title=marker(f"doc-{code}"),
            file=ContentFile(b"%PDF-1.4 leaflet", name=f"leaflet-{code}.pdf"),
            collection=country.collection,
            uploaded_by_user=owner,
        )
        one(
            "document",
            Target(
                f"doc-{code}",
                document,
                {"pk": document.pk, "document_id": document.pk, "doc_id": document.pk},
                marker(f"doc-{code}"),
                sees,
                ALL,
                sees,
                sees,
            ),
        )
        image = _image(marker(f"image-{code}"), country.collection)
        one(
            "image",
            Target(
                f"image-{code}",
                image,
                {"pk": image.pk, "image_id": image.pk, "filter_spec": "original"},
                marker(f"image-{code}"),
                sees,
                ALL,
                sees,
                sees,
            ),
        )
        one(
            "collection",
            Target(
                f"collection-{code}",
                country.collection,
                {"pk": country.collection_id, "collection_id": country.collection_id},
                admin_sees=ADMIN_ACCESS,
            ),
        )
        for upload_kind, content_type in (
            ("upload_document", ContentType.objects.get_for_model(CountryDocument)),
            ("upload_image", ContentType.objects.get_for_model(get_image_model())),
        ):
            upload = UploadedFile.objects.create(
                for_content_type=content_type, file=ContentFile(b"%PDF-1.4", name="u.pdf"), uploaded_by_user=owner
            )
            owners = frozenset({"staff_nl"}) if code == "nl" else NOBODY
            one(
                upload_kind,
                Target(
                    f"{upload_kind}-{code}",
                    upload,
                    {"uploaded_file_id": upload.pk},
                    admin_opens=owners | ADMIN,
                    changes=owners | ADMIN,
                ),
            )
        session = EditingSession.objects.create(
            user=owner,
            content_type=ContentType.objects.get_for_model(SupportService),
            object_id=str(service.pk),
            last_seen_at=timezone.now(),
        )
        one(
            "editing_session",
            Target(
                f"session-{code}",
                session,
                {
                    "app_label": "consult",
                    "model_name": "supportservice",
                    "object_id": service.pk,
                    "session_id": session.pk,
                },
                admin_opens=sees,
                changes=frozenset({"staff_nl"}) if code == "nl" else NOBODY,
            ),
        )

    film = Film.objects.create(title=marker("film"))
    one("film", Target("film", film, {"pk": film.pk}, marker("film"), ADMIN_ACCESS))

    # --- pages: live country pages, drafts under them, their revisions and workflows ---
    for code, country, office, owner in (("nl", nl, NL_OFFICE, users["staff_nl"]), ("be", be, ADMIN, staff_be)):
        live = CountryPage.objects.get(country=country, locale=english)
        page_values = {"page_id": live.pk, "pk": live.pk, "parent_page_id": live.pk, "page_to_move_id": live.pk}
        one(
            "page",
            Target(f"page-{code}", live, page_values, admin_sees=ADMIN_ACCESS, admin_opens=office, changes=office),
        )
        page, revision, workflow_state = _draft_page(live, f"draft-{code}", owner)
        values = {"page_id": page.pk, "pk": page.pk, "parent_page_id": page.pk, "page_to_move_id": page.pk}
        one("page", Target(f"draft-{code}", page, values, marker(f"draft-{code}"), office, NOBODY, office, office))
        one(
            "revision",
            Target(
                f"revision-{code}",
                page,
                {**values, "revision_id": revision.pk, "revision_id_a": "earliest", "revision_id_b": "latest"},
                marker(f"draft-{code}"),
                office,
                NOBODY,
                office,
                office,
            ),
        )
        task_state = workflow_state.current_task_state
        approvers = frozenset({"lead_nl", "administrator"}) if code == "nl" else ADMIN
        one(
            "workflow_state",
            Target(
                f"workflow-{code}",
                page,
                {
                    **values,
                    "workflow_state_id": workflow_state.pk,
                    "task_state_id": task_state.pk,
                    "task_id": task_state.task_id,
                    "action_name": "approve",
                },
                marker(f"draft-{code}"),
                office,
                NOBODY,
                office,
                approvers,
            ),
        )
        source_translation = Translation.objects.filter(source__object_id=live.translation_key).first()
        segment = StringSegment.objects.filter(source=source_translation.source).first()
        one(
            "translation",
            Target(
                f"translation-{code}",
                source_translation,
                {
                    "translation_id": source_translation.pk,
                    "translation_source_id": source_translation.source_id,
                    "string_segment_id": segment.pk if segment else 0,
                    "mode": "x1",
                },
                admin_sees=ADMIN_ACCESS,
                admin_opens=office,
                changes=office,
            ),
        )
        one(
            "group",
            Target(f"group-{code}", country.staff_group, {"pk": country.staff_group_id}, admin_sees=ADMIN_ACCESS),
        )
        workflow = Workflow.objects.get(name=f"{country.name}: publishing")
        one(
            "workflow",
            Target(
                f"workflow-{code}",
                workflow,
                {"pk": workflow.pk, "workflow_pk": workflow.pk, "page_pk": live.pk, "task_id": task_state.task_id},
                admin_sees=ADMIN_ACCESS,
            ),
        )
        one("country", Target(f"country-{code}", country, {"code": code}, site_sees=ALL, admin_sees=ALL))
    one("user", Target("user-be", staff_be, {"pk": staff_be.pk, "id": staff_be.pk}, admin_sees=ADMIN_ACCESS))
    one(
        "locale",
        Target(
            "locale-nl",
            Locale.objects.get(language_code="nl"),
            {"pk": Locale.objects.get(language_code="nl").pk},
            admin_sees=ADMIN_ACCESS,
        ),
    )
    one(
        "site",
        Target(
            "site",
            Site.objects.get(is_default_site=True),
            {"pk": Site.objects.get(is_default_site=True).pk},
            admin_sees=ADMIN_ACCESS,
        ),
    )
    redirect = Redirect.objects.create(old_path="/zqx-old", redirect_link="https://example.org/")
    one("redirect", Target("redirect", redirect, {"redirect_id": redirect.pk}, admin_sees=ADMIN_ACCESS))
    ModelLogEntry.objects.log_action(redirect, "wagtail.create", user=users["administrator"])

    # --- forums: a thread of each country; held, hidden and removed posts ---
    forum_nl = ForumFactory(slug="zqx-forum-nl", title="Forum NL", country=nl)
    forum_be = ForumFactory(slug="zqx-forum-be", title=marker("forum-be"), country=be)
    readers_be = frozenset({"member_be", "administrator"})
    moderators_nl = frozenset({"moderator_nl", "administrator"})
    # the NL office names its own country's forum ("Forum names"); another country's it may not open
    one(
        "forum",
        Target(
            "forum-nl",
            forum_nl,
            {"slug": forum_nl.slug, "pk": forum_nl.pk},
            admin_opens=ADMIN | NL_OFFICE,
            changes=ADMIN | NL_OFFICE,
        ),
    )
    one(
        "forum",
        Target(
            "forum-be", forum_be, {"slug": forum_be.slug, "pk": forum_be.pk}, marker("forum-be"), site_sees=readers_be
        ),
    )
    thread_nl = ThreadFactory(forum=forum_nl, author=author_nl, title="Thread NL")
    PostFactory(thread=thread_nl, author=author_nl, is_opening=True, body_markdown="Opening NL")
    one("thread", Target("thread-nl", thread_nl, {"pk": thread_nl.pk}, changes=moderators_nl))
    for state, fields in (
        ("held", {"status": Visibility.PENDING}),
        ("hidden", {"status": Visibility.HIDDEN}),
        ("removed", {"status": Visibility.PUBLISHED, "removed_at": timezone.now()}),
    ):
        post = PostFactory(thread=thread_nl, author=author_nl, body_markdown=marker(f"post-{state}-nl"), **fields)
        one(
            "post",
            Target(
                f"post-{state}-nl",
                post,
                {"pk": post.pk},
                marker(f"post-{state}-nl"),
                site_sees=moderators_nl,
                changes=moderators_nl,
            ),
        )
    for state, status in (("held", Visibility.PENDING), ("hidden", Visibility.HIDDEN)):
        thread = ThreadFactory(forum=forum_nl, author=author_nl, title=marker(f"thread-{state}-nl"), status=status)
        PostFactory(thread=thread, author=author_nl, is_opening=True, status=status, body_markdown="Opening")
        one(
            "thread",
            Target(
                f"thread-{state}-nl",
                thread,
                {"pk": thread.pk},
                marker(f"thread-{state}-nl"),
                site_sees=moderators_nl,
                changes=moderators_nl,
            ),
        )
    thread_be = ThreadFactory(forum=forum_be, author=users["member_be"], title=marker("thread-be"))
    post_be = PostFactory(thread=thread_be, author=users["member_be"], is_opening=True, body_markdown=marker("post-be"))
    one(
        "thread",
        Target(
            "thread-be", thread_be, {"pk": thread_be.pk}, marker("thread-be"), site_sees=readers_be, changes=readers_be
        ),
    )
    one(
        "post",
        Target("post-be", post_be, {"pk": post_be.pk}, marker("post-be"), site_sees=readers_be, changes=readers_be),
    )

    # --- vetting and suspension: applicants and members of each country ---
    for code, deciders in (("nl", moderators_nl), ("be", ADMIN)):
        applicant = member(countries=(code.upper(),), status=Profile.Status.PENDING, motivation=marker(f"apply-{code}"))
        _verify(applicant)
        one(
            "application",
            Target(
                f"apply-{code}",
                applicant.profile,
                {"pk": applicant.profile.pk},
                marker(f"apply-{code}"),
                site_sees=deciders,
                changes=deciders,
            ),
        )
        colleague = member(countries=(code.upper(),))
        one("application", Target(f"member-{code}", colleague.profile, {"pk": colleague.profile.pk}, changes=deciders))

    # --- recommendations: drafts of each country, an open round with held and hidden feedback ---
    editors_nl = frozenset({"editor_nl", "administrator"})
    for code, editors in (("nl", editors_nl), ("be", ADMIN)):
        version = draft(country=code.upper())
        clause = version.clauses.in_order()[1]
        clause.text = marker(f"clause-{code}")
        clause.save()
        values = {
            "pk": version.pk,
            "version_id": version.pk,
            "other": version.pk,
            "other_id": version.pk,
            "document_id": version.document_id,
            "key": clause.key,
        }
        one(
            "version",
            Target(
                f"version-draft-{code}", version, values, marker(f"clause-{code}"), site_sees=editors, changes=editors
            ),
        )
        one(
            "rdocument",
            Target(
                f"rdoc-draft-{code}",
                version.document,
                {"pk": version.document_id, "document_id": version.document_id, "key": clause.key},
                marker(f"clause-{code}"),
                site_sees=editors,
                changes=editors,
            ),
        )
        one(
            "clause",
            Target(
                f"clause-{code}",
                clause,
                {"pk": clause.pk, "action": "merge"},
                marker(f"clause-{code}"),
                site_sees=editors,
                changes=editors,
            ),
        )
        export = Export.objects.create(
            kind=Export.Kind.VERSION,
            format=Export.Format.HTML,
            version=version,
            fingerprint=f"matrix-{code}",
            status=Export.Status.DONE,
            file=ContentFile(marker(f"export-{code}").encode(), name=f"export-{code}.html"),
        )
        one(
            "export",
            Target(
                f"export-{code}",
                export,
                {"pk": export.pk},
                marker(f"export-{code}"),
                site_sees=editors,
                changes=editors,
            ),
        )
        public = draft(country=code.upper())
        round = open_round(public)
        one(
            "round",
            Target(
                f"round-{code}",
                round,
                {"pk": round.pk, "round_id": round.pk, "key": public.clauses.in_order()[0].key},
                changes=editors,
            ),
        )
        one(
            "version",
            Target(
                f"version-open-{code}",
                public,
                {
                    "pk": public.pk,
                    "version_id": public.pk,
                    "other": public.pk,
                    "other_id": public.pk,
                    "document_id": public.document_id,
                    "key": public.clauses.in_order()[0].key,
                },
                changes=editors,
            ),
        )
        for state, visibility in (("held", Feedback.Visibility.HELD), ("hidden", Feedback.Visibility.HIDDEN)):
            feedback = FeedbackFactory(
                round=round, author=author_nl, text=marker(f"feedback-{state}-{code}"), visibility=visibility
            )
            moderators = moderators_nl if code == "nl" else ADMIN
            one(
                "feedback",
                Target(
                    f"feedback-{state}-{code}",
                    feedback,
                    {"pk": feedback.pk},
                    marker(f"feedback-{state}-{code}"),
                    site_sees=moderators,
                    changes=moderators | editors,
                ),
            )

    # --- statements of reasons and appeals: the person concerned, the country's moderators ---
    decider_nl = staff(CountryRole.Role.MODERATOR, "NL")
    for code, country, person in (("nl", nl, "member_nl"), ("be", be, "member_be")):
        readers = frozenset({person, "administrator"} | ({"moderator_nl"} if code == "nl" else set()))
        statement = StatementOfReasons.objects.create(
            user=users[person],
            country=country,
            restriction=StatementOfReasons.Restriction.CONTENT_HIDDEN,
            ground=StatementOfReasons.Ground.OTHER,
            facts=marker(f"statement-{code}"),
            decided_by=decider_nl if code == "nl" else users["administrator"],
        )
        one(
            "statement",
            Target(
                f"statement-{code}", statement, {"pk": statement.pk}, marker(f"statement-{code}"), site_sees=readers
            ),
        )
        appealed = StatementOfReasons.objects.create(
            user=users[person],
            country=country,
            restriction=StatementOfReasons.Restriction.ACCOUNT_WARNED,
            ground=StatementOfReasons.Ground.OTHER,
            facts="Keep it civil.",
            decided_by=decider_nl if code == "nl" else users["administrator"],
        )
        appeal = Appeal.objects.create(
            statement=appealed, appellant=users[person], country=country, text=marker(f"appeal-{code}")
        )
        one(
            "appeal",
            Target(
                f"appeal-{code}",
                appeal,
                {"pk": appeal.pk},
                marker(f"appeal-{code}"),
                site_sees=readers,
                changes=readers,
            ),
        )
    # --- a member's report (flag) kept by a moderator, then appealed: the flagger, the country's moderators ---
    for code, country, person, thread, decider in (
        ("nl", nl, "member_nl", thread_nl, decider_nl),
        ("be", be, "member_be", thread_be, users["administrator"]),
    ):
        readers = frozenset({person, "administrator"} | ({"moderator_nl"} if code == "nl" else set()))
        flagged = PostFactory(thread=thread, author=author_nl, body_markdown=f"Kept {code}")
        flag_row = Flag.objects.create(
            content_type=ContentType.objects.get_for_model(flagged),
            object_id=flagged.pk,
            user=users[person],
            reason=Flag.Reason.ABUSIVE,
            appeal_text=marker(f"flag-appeal-{code}"),
            appealed_at=timezone.now(),
            appeal_outcome=Flag.AppealOutcome.OPEN,
            country=country,
            dismissed_by=decider,
        )
        one(
            "flag",
            Target(
                f"flag-appeal-{code}",
                flag_row,
                {"pk": flag_row.pk},
                marker(f"flag-appeal-{code}"),
                site_sees=readers,
                changes=readers,
            ),
        )
    # --- notices from the public: the country's moderators and the administrators ---
    for code, country in (("nl", nl), ("be", be)):
        readers = frozenset({"administrator"} | ({"moderator_nl"} if code == "nl" else set()))
        notice = Notice.objects.create(
            country=country,
            reason=Notice.Reason.WRONG_INFORMATION,
            subject_label="Support service",
            explanation=marker(f"notice-{code}"),
        )
        one(
            "notice",
            Target(
                f"notice-{code}",
                notice,
                {"pk": notice.pk},
                marker(f"notice-{code}"),
                site_sees=readers,
                changes=readers,
            ),
        )
    # --- a master and two unpublished country variants (NL, BE), each with a review item ---
    _seed_variants(users, one)

    # --- the Django admin's own pages: one object of each model it lists ---
    audit_row = audit.record(
        actor=users["administrator"], action="role.grant", target=staff_be.profile, reason="seed", country=be
    )
    role_row = CountryRole.objects.get(user=staff_be)
    for label, obj in (
        ("consult/user", staff_be),
        ("consult/profile", staff_be.profile),
        ("consult/countryrole", role_row),
        ("consult/country", be),
        ("consult/auditlogentry", audit_row),
        ("forums/forum", forum_be),
        ("auth/group", be.staff_group),
        ("account/emailaddress", staff_be.emailaddress_set.first() or _verify(staff_be)),
        ("mfa/authenticator", staff_be.authenticator_set.first()),
        ("wagtailimages/image", t["image"][1].obj),
    ):
        one(f"django_admin:{label}", Target(f"django-admin-{label}", obj, {"object_id": obj.pk, "id": obj.pk}))
    return t


def _seed_variants(users, one):
    from recommendations.drafting.variants import services as variants
    from recommendations.models import VariantReviewItem
    from tests.recommendations.variant_data import european_editor, published_master

    master = published_master(european_editor())
    one("master", Target("master", master.document, {"pk": master.document_id}))
    # Administrators read every variant but change none: only the country's office does.
    nl_readers, nl_office = frozenset({"staff_nl", "lead_nl", "administrator"}), frozenset({"staff_nl", "lead_nl"})
    for code, office_user, readers, office in (
        ("nl", users["staff_nl"], nl_readers, nl_office),
        ("be", staff(CountryRole.Role.COUNTRY_STAFF, "BE"), ADMIN, NOBODY),
    ):
        variant = variants.create_variant(
            staff=office_user, master=master.document, country=Country.objects.get(code=code.upper())
        )
        clause = master.clauses.in_order()[1]
        variants.set_clause_state(
            staff=office_user,
            variant=variant,
            key=clause.key,
            state="adapted",
            text=marker(f"variant-{code}"),
            reason=marker(f"variant-{code}"),
        )
        VariantReviewItem.objects.create(
            variant=variant,
            key=master.clauses.in_order()[2].key,
            kind="changed",
            old_master_clause=master.clauses.in_order()[2],
            new_master_clause=master.clauses.in_order()[2],
            master_version=master,
        )
        one(
            "variant",
            Target(
                f"variant-{code}",
                variant,
                {"pk": variant.pk, "variant_id": variant.pk, "key": clause.key},
                marker(f"variant-{code}"),
                site_sees=readers,
                changes=office,
            ),
        )
        if code == "nl":
            _seed_forwarded(one, variant, office_user, master.clauses.in_order()[3].key)


def _seed_forwarded(one, variant, office_user, inherited_key):
    """The NL office's national round, as ``manage.py seed`` opens Belgium's
    (recommendations/drafting/variants/demo.py: the office starts a national
    draft of its variant and opens a round for its country's members): the
    national version, its round and a member's feedback are objects of the
    versions', rounds' and feedback routes. A second member's feedback on an
    inherited clause is forwarded to the master: its editors read and decide it."""
    from datetime import timedelta

    from recommendations.consultation.services import open_round as open_national_round
    from recommendations.drafting.variants.forwarding import forward_feedback_to_master
    from recommendations.drafting.variants.national_drafts import start_national_draft
    from tests.recommendations.factories import FeedbackFactory

    version = start_national_draft(staff=office_user, variant=variant)
    # The draft copies the variant's adapted clause; its own marker tells the
    # national round's readers from those of the variant (not published yet).
    version.clauses.filter(text=marker("variant-nl")).update(text=marker("national-nl"), html=marker("national-nl"))
    now = timezone.now()
    round = open_national_round(
        editor=office_user,
        version=version,
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=14),
        countries=[variant.country],
    )
    key = version.clauses.get(text=marker("national-nl")).key
    # the national round is for the NL members; its office runs it; administrators read it
    national_readers = frozenset({"member_nl", "moderator_nl", "editor_nl", "staff_nl", "lead_nl", "administrator"})
    national_office = frozenset({"staff_nl", "lead_nl"})
    values = {"pk": version.pk, "version_id": version.pk, "other": version.pk, "other_id": version.pk}
    one(
        "version",
        Target(
            "version-national-nl",
            version,
            {**values, "document_id": version.document_id, "key": key},
            marker("national-nl"),
            # in consultation, a version is public unless its document is members-only (this one is not)
            site_sees=ALL,
            changes=national_office,
            site_opens=national_office,  # its office edits, opens and publishes it (editors' routes)
        ),
    )
    one(
        "round",
        Target(
            "round-national-nl",
            round,
            {"pk": round.pk, "round_id": round.pk, "key": key},
            changes=national_office,
            site_opens=national_office,  # its office runs it: manage, triage, digest, merge, build
        ),
    )
    given = FeedbackFactory(
        round=round,
        clause=version.clauses.get(key=key),
        author=member(countries=("NL",)),
        text=marker("national-feedback-nl"),
    )
    one(
        "feedback",
        Target(
            "feedback-national-nl",
            given,
            {"pk": given.pk},
            marker("national-feedback-nl"),
            site_sees=national_readers,
            # NL members (an editor is one too) endorse it in their round
            changes=national_office | {"moderator_nl", "administrator", "member_nl", "editor_nl"},
            site_opens=national_office,  # its office decides it
        ),
    )
    feedback = FeedbackFactory(
        round=round,
        clause=version.clauses.get(key=inherited_key),
        author=member(countries=("NL",)),
        text=marker("forwarded-nl"),
    )
    forwarded, _created = forward_feedback_to_master(staff=office_user, feedback=feedback)
    one(
        "forwarded",
        Target(
            "forwarded-nl",
            forwarded,
            {"pk": forwarded.pk},
            marker("forwarded-nl"),
            # the master's editors decide it; the NL office and NL members read it in their own round
            site_sees=frozenset({"editor_nl", "administrator", "staff_nl", "lead_nl", "member_nl", "moderator_nl"}),
            changes=frozenset({"editor_nl", "administrator"}),
        ),
    )


def _verify(user):
    from allauth.account.models import EmailAddress

    address, _ = EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return address
