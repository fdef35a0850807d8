"""Seed the site: locales, the page tree in every language, each country's
demo content, and each country office's Wagtail groups and workflow.

Every function is idempotent: it finds what exists and creates only what is
missing, leaving editors' changes alone.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from consult.cldr import country_name
from consult.models import Ambassador, Country, SupportService

from . import seed_content as content
from . import seed_translations as translated
from .models import CountryIndexPage, CountryPage, HomePage, SearchPage

# English names that take the article inside a sentence ("migrants in the Netherlands").
ENGLISH_NAMES_WITH_ARTICLE = {"NL": "the Netherlands"}


def in_a_sentence(country):
    """The country's English name as it reads inside a sentence."""
    return ENGLISH_NAMES_WITH_ARTICLE.get(country.code, country.name)


def _paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def seed_locales():
    """One Wagtail locale per language in settings.WAGTAIL_CONTENT_LANGUAGES."""
    created = 0
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        _, was_created = Locale.objects.get_or_create(language_code=code)
        created += was_created
    return created


@transaction.atomic
def seed_page_tree():
    """Create the English page tree if it is missing and point the default site at it.

    Works on an empty database too (after a test flush), creating the root page.
    """
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=english))

    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        # Wagtail's first migration leaves a placeholder "Welcome" page (and
        # a site pointing at it, which goes with it).
        for placeholder in Page.objects.filter(depth=2).not_type(HomePage):
            placeholder.delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(
                title="PROTECT",
                slug="home",
                locale=english,
                introduction=_paragraphs(content.HOME_INTRODUCTION),
                join_text="<p>Professionals working with migrants can apply to join the moderated forums "
                "and comment on draft recommendations.</p>",
            )
        )

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="PROTECT")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "PROTECT"
        site.save()

    index = CountryIndexPage.objects.filter(locale=english).first()
    if index is None:
        index = home.add_child(
            instance=CountryIndexPage(
                title="Countries",
                slug="countries",
                locale=english,
                introduction="<p>The programme's country offices and where to get help in each country.</p>",
            )
        )

    if not SearchPage.objects.filter(locale=english).exists():
        home.add_child(instance=SearchPage(title="Search", slug="search", locale=english))

    existing = set(CountryPage.objects.filter(locale=english).values_list("country_id", flat=True))
    for country in Country.objects.exclude(pk__in=existing).order_by("name"):
        page = CountryPage(
            title=country.name,
            slug=country.code.lower(),
            locale=english,
            country=country,
            introduction=_paragraphs(
                text.format(country=in_a_sentence(country)) for text in content.COUNTRY_INTRODUCTION
            ),
            gaps_and_challenges=content.GAPS_AND_CHALLENGES,
            office_name=f"PROTECT country office {country.name}",
            office_email=f"{country.code.lower()}@protect.example",
            office_phone="000 000 000",
            office_address=f"Sample address, {content.CAPITALS[country.code]}",
            office_is_sample=True,
        )
        page.legal_framework = [
            (
                "instrument",
                {"instrument": name, "summary": summary.format(country=in_a_sentence(country)), "link": link},
            )
            for name, summary, link in content.LEGAL_FRAMEWORK
        ]
        index.add_child(instance=page)
    return home


def translate_page(page, locale, strings):
    """Translate ``page`` (or a translatable snippet) into ``locale`` through
    wagtail-localize, so the translation is synced and marked out of date when
    the source changes.

    ``strings`` maps source text to translated text; anything not in it stays
    in English until a translator fills it in Wagtail's translation editor.
    Returns the translated page, published. Idempotent.
    """
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": text}
            )
    translation.save_target(publish=True)
    return page.get_translation(locale)


def seed_translations():
    """Home and country index in every locale; each country page in its official
    languages and in Arabic and Farsi."""
    english = Locale.get_default()
    home = HomePage.objects.get(locale=english)
    index = CountryIndexPage.objects.get(locale=english)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        home_text, index_title, _country_text = content.TRANSLATED_TEXT[code]
        join_text, index_text = translated.SITE_TEXT[code]
        home_strings = dict(zip(content.HOME_INTRODUCTION, home_text, strict=True))
        translate_page(home, locale, home_strings | {translated.JOIN_TEXT: join_text})
        translate_page(index, locale, {"Countries": index_title, translated.INDEX_INTRODUCTION: index_text})

    for page in CountryPage.objects.filter(locale=english).select_related("country"):
        country = page.country
        languages = [code for code in country.languages if code != settings.LANGUAGE_CODE] + ["ar", "fa"]
        for code in languages:
            name = country_name(country.code, code)
            country_text = content.TRANSLATED_TEXT[code][2]
            source_text = [text.format(country=in_a_sentence(country)) for text in content.COUNTRY_INTRODUCTION]
            strings = {country.name: name} | {
                source: text.format(country=name) for source, text in zip(source_text, country_text, strict=True)
            }
            places = {"country": country.name, "city": content.CAPITALS[country.code]}
            city = translated.CITY_NAMES.get(code, {}).get(places["city"], places["city"])
            for english in {country.name, in_a_sentence(country)}:  # a label, or within a sentence
                strings |= {
                    source.format(**(places | {"country": english})): text.format(country=name, city=city)
                    for source, text in translated.COUNTRY_TEXT.get(code, {}).items()
                }
            translate_page(page, Locale.objects.get(language_code=code), strings)


def _local_address(country, city):
    """A sample address as the country writes it: its street, its name of the city."""
    local_city = translated.CITY_NAMES.get(country.first_language, {}).get(city, city)
    return f"{content.SAMPLE_STREETS[country.code]}, {local_city}"


def seed_country_content():
    """Sample services and ambassadors per country, and 112 for each (not a sample)."""
    english = Locale.get_default()
    for country in Country.objects.all():
        SupportService.objects.get_or_create(
            country=country,
            locale=english,
            name="Emergency number 112",
            defaults={
                "kind": SupportService.Kind.POLICE,
                "description": "Police, ambulance and fire brigade. Free from any phone, also without credit "
                "or a SIM card. Ask for an interpreter if you need one.",
                "phone": "112",
                "languages": ["en", country.first_language],
                "is_free": True,
                "open_without_papers": True,
                "open_24_7": True,
                "sort_order": 0,
            },
        )
        for kind, name, city_key, languages, free, confidential, no_papers, always in content.SAMPLE_SERVICES:
            city = content.CAPITALS[country.code] if city_key == "capital" else content.SECOND_CITIES[country.code]
            SupportService.objects.get_or_create(
                country=country,
                locale=english,
                name=name,
                defaults={
                    "kind": kind,
                    "city": city,
                    "description": "Sample service: the country office replaces it with a real one.",
                    "phone": "000 000 000",
                    "address": _local_address(country, city),
                    "languages": sorted({*languages, country.first_language}),
                    "is_free": free,
                    "is_confidential": confidential,
                    "open_without_papers": no_papers,
                    "open_24_7": always,
                    "is_sample": True,
                },
            )
        for display_name, languages in content.SAMPLE_AMBASSADORS:
            Ambassador.objects.get_or_create(
                country=country,
                locale=english,
                display_name=display_name,
                defaults={
                    "languages": languages,
                    "region": content.CAPITALS[country.code],
                    "introduction": "Sample ambassador: the country office replaces this entry.",
                    "is_sample": True,
                },
            )


def seed_country_content_translations():
    """Each country's services and ambassadors in the languages its page is
    seeded in (official languages, Arabic, Farsi) where seed_translations has
    their text, through wagtail-localize like the pages."""
    english = Locale.get_default()
    for country in Country.objects.all():
        languages = [code for code in country.languages if code != settings.LANGUAGE_CODE] + ["ar", "fa"]
        for code in languages:
            strings = translated.SERVICE_TEXT.get(code)
            if not strings:
                continue
            # the services' city and the ambassadors' region, by the reader's name for it
            strings = strings | translated.CITY_NAMES.get(code, {})
            locale = Locale.objects.get(language_code=code)
            for model in (SupportService, Ambassador):
                for instance in model.objects.filter(country=country, locale=english):
                    translate_page(instance, locale, strings)


STAFF_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("consult", "add_supportservice"),
    ("consult", "change_supportservice"),
    ("consult", "delete_supportservice"),
    ("consult", "add_ambassador"),
    ("consult", "change_ambassador"),
    ("consult", "delete_ambassador"),
    ("consult", "view_ambassadorrequest"),
    ("consult", "delete_ambassadorrequest"),
    # The office's own film and its subtitle tracks (an inline of the film).
    ("consult", "add_film"),
    ("consult", "change_film"),
    ("consult", "delete_film"),
]
# Only the lead publishes a support service (staff save and submit it to the
# country's publishing workflow): a wrong helpline number reaches victims.
LEAD_MODEL_PERMISSIONS = [
    ("consult", "publish_supportservice"),
    ("consult", "lock_supportservice"),
    ("consult", "unlock_supportservice"),
]
COLLECTION_PERMISSIONS = [
    # Wagtail checks document permissions on its own Document model, whatever
    # the document model in use.
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def seed_country_offices():
    """Per country: a staff group and a lead group, a document collection, page
    permissions on every language version of the country page, and a
    publishing workflow in which the lead approves what staff submit."""
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for country in Country.objects.order_by("name"):
        staff, _ = Group.objects.get_or_create(name=f"{country.name}: country office staff")
        lead, _ = Group.objects.get_or_create(name=f"{country.name}: country lead")
        if country.collection is None:
            country.collection = root_collection.add_child(instance=Collection(name=country.name))
        country.staff_group, country.lead_group = staff, lead
        country.save(update_fields=["staff_group", "lead_group", "collection"])

        for group in (staff, lead):
            group.permissions.add(*(_permission(app, codename) for app, codename in STAFF_MODEL_PERMISSIONS))
            for app, codename in COLLECTION_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=country.collection, permission=_permission(app, codename)
                )
        lead.permissions.add(*(_permission(app, codename) for app, codename in LEAD_MODEL_PERMISSIONS))

        workflow, _ = Workflow.objects.get_or_create(name=f"{country.name}: publishing")
        task, _ = GroupApprovalTask.objects.get_or_create(name=f"{country.name}: lead approval")
        task.groups.set([lead])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})

        for page in CountryPage.objects.filter(country=country):
            for codename in ("add_page", "change_page"):
                GroupPagePermission.objects.get_or_create(
                    group=staff, page=page, permission=_permission("wagtailcore", codename)
                )
            for codename in ("add_page", "change_page", "publish_page"):
                GroupPagePermission.objects.get_or_create(
                    group=lead, page=page, permission=_permission("wagtailcore", codename)
                )
            WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


WAITING_PAGE_TITLE = "Saturday mornings at the Amsterdam sexual assault centre"
WAITING_PAGE_BODY = (
    "<p>From January the Amsterdam sexual assault centre also receives people on Saturday "
    "mornings, from 9:00 to 13:00, without an appointment. Interpreters can join by phone.</p>"
)


@transaction.atomic
def seed_waiting_page_edit():
    """The NL office's staff have written a new page below their country page
    and submitted it: it waits in the publishing workflow for the NL lead, who
    sees it on the admin's dashboard ("Awaiting your review") and approves it
    or asks for changes. Until then it is a draft nobody else sees. (A new
    page, so the country page itself stays open for the staff to edit.)"""
    from django.contrib.auth import get_user_model

    from .models import StandardPage

    staff = get_user_model().objects.filter(email="staff.nl@demo.protect.example").first()
    country_page = CountryPage.objects.filter(country__code="NL", locale=Locale.get_default()).first()
    if staff is None or country_page is None or country_page.get_workflow() is None:
        return
    if StandardPage.objects.child_of(country_page).filter(title=WAITING_PAGE_TITLE).exists():
        return
    page = country_page.add_child(
        instance=StandardPage(
            title=WAITING_PAGE_TITLE, slug="saturday-mornings", body=WAITING_PAGE_BODY, live=False, owner=staff
        )
    )
    page.save_revision(user=staff, log_action=True)
    page.get_workflow().start(page, staff)


WAITING_SERVICE_NAME = "Sexual assault centre (sample)"
WAITING_SERVICE_PHONE = "0800 0188"


@transaction.atomic
def seed_waiting_service_edit():
    """The NL office's staff have corrected the phone of their sample sexual
    assault centre and submitted it: the country page keeps the published
    number until the NL lead approves the change (dashboard, "Awaiting your
    review"). Idempotent."""
    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.filter(email="staff.nl@demo.protect.example").first()
    service = SupportService.objects.filter(
        country__code="NL", locale=Locale.get_default(), name=WAITING_SERVICE_NAME
    ).first()
    if staff is None or service is None or service.get_workflow() is None or service.workflow_states.exists():
        return
    service.phone = WAITING_SERVICE_PHONE
    service.save_revision(user=staff, log_action=True)
    service.get_workflow().start(service, staff)
