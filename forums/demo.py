"""The forums every installation starts with: one per country and the
cross-country themes. Idempotent; ``manage.py seed_forums`` runs it."""

from django.utils.text import slugify

from consult.cldr import country_name
from consult.models import Country, Sector

from .demo_names import COUNTRY_DESCRIPTIONS, THEME_NAMES
from .models import Forum

THEMES = [
    ("health", "Health", "Medical and psychosocial care for survivors.", []),
    ("protection-police", "Protection and police", "Reporting, protection orders, working with police.", []),
    ("legal", "Legal", "Legal aid, residence status and the rights of victims.", []),
    ("lgbtqi", "LGBTQI+", "Supporting LGBTQI+ survivors.", []),
    ("reception-centres", "Reception centres", "Prevention and response in reception and accommodation.", []),
    (
        "ambassadors",
        "Ambassadors",
        "Migrant ambassadors and the people who work with them.",
        [Sector.COMMUNITY_AMBASSADOR, Sector.PROGRAMME_STAFF, Sector.MIGRANT_REPRESENTATION],
    ),
]


def country_forum_names(country):
    """A country forum's title and description in every site language."""
    names = {}
    for language, description in COUNTRY_DESCRIPTIONS.items():
        name = country.name if language == "en" else country_name(country.code, language)
        names[language] = {"title": name, "description": description.format(country=name)}
    return names


def theme_forum_names(slug):
    """A theme forum's title and description in every site language."""
    return {
        language: {"title": title, "description": description}
        for language, (title, description) in THEME_NAMES.get(slug, {}).items()
    }


def _name_in_every_language(forum, names):
    """Give ``forum`` the seeded names of the languages it has none in;
    names an office wrote stay as they are."""
    missing = {language: name for language, name in names.items() if not forum.translations.get(language)}
    if missing:
        forum.translations = {**forum.translations, **missing}
        forum.save(update_fields=["translations"])


def seed_forums():
    """Create what is missing, each forum named in every site language;
    returns how many forums were created."""
    created = 0
    for order, country in enumerate(Country.objects.order_by("name")):
        names = country_forum_names(country)
        forum, new = Forum.objects.get_or_create(
            slug=slugify(country.code),
            defaults={
                "title": country.name,
                "description": f"Members and moderators working in {country.name}.",
                "country": country,
                "sort_order": order,
                "translations": names,
            },
        )
        _name_in_every_language(forum, names)
        created += new
    for order, (slug, title, description, sectors) in enumerate(THEMES, start=100):
        names = theme_forum_names(slug)
        forum, new = Forum.objects.get_or_create(
            slug=slug,
            defaults={
                "title": title,
                "description": description,
                "limited_to_sectors": list(sectors),
                "sort_order": order,
                "translations": names,
            },
        )
        _name_in_every_language(forum, names)
        created += new
    return created


MODERATION_THREAD_TITLE = "Interpreters for the first reception interview"


def seed_moderation_examples():
    """A Dutch thread whose posts show fair moderation at work: a post the
    personal-data guard holds (automatic statement of reasons), a post the
    NL moderator hid under a house rule and its author appealed (the one
    open appeal: the Netherlands has one demo moderator, so the
    administrators decide it), a warning, a hiding that was reversed on
    appeal, a post folded behind its author's content warning, and the
    office's post the member reported, kept by the moderator, with the
    member's open appeal of that dismissal.
    Idempotent: nothing is created when the thread exists."""
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from consult.models import Flag, HouseRule, ReviewItem, StatementOfReasons
    from consult.moderation import appeals, content_warnings, flag_appeals, guard
    from consult.moderation import services as moderation
    from consult.sanitising import FORUM_POST, render_markdown

    from .discussion.services import findings_for_author
    from .models import Post, Thread, Visibility
    from .moderation import services as forum_moderation

    User = get_user_model()
    author = User.objects.filter(email="member.nl@demo.protect.example").first()
    moderator = User.objects.filter(email="moderator.nl@demo.protect.example").first()
    admin = User.objects.filter(email="admin@demo.protect.example").first()
    forum = Forum.objects.filter(slug="nl").first()
    if None in (author, moderator, admin, forum) or Thread.objects.filter(title=MODERATION_THREAD_TITLE).exists():
        return 0
    start = timezone.now() - timedelta(days=20)

    def post(text, *, minutes, opening=False):
        return Post.objects.create(
            thread=thread,
            author=author,
            is_opening=opening,
            body_markdown=text,
            body_html=render_markdown(text, FORUM_POST),
            status=Visibility.PUBLISHED,
            created_at=start + timedelta(minutes=minutes),
        )

    with transaction.atomic():
        thread = Thread.objects.create(
            forum=forum, title=MODERATION_THREAD_TITLE, author=author, status=Visibility.PUBLISHED, created_at=start
        )
        post(
            "Who arranges an interpreter of the survivor's choice (and gender) for the first interview? "
            "In our region the reception centre books one, but survivors do not always trust them.",
            minutes=0,
            opening=True,
        )
        disputed = post(
            "We ask the women's organisation in town: they keep a list of volunteer interpreters and "
            "the survivor chooses. The coordinator there knows every case, you can go through her.",
            minutes=40,
        )
        reversed_post = post(
            "Honestly, the municipal service never answers; do not bother with them.",
            minutes=90,
        )
        held_text = "You can reach the coordinator directly on 06 1234 5678 (sample number, not real)."
        held = post(held_text, minutes=120)
        post(
            "A professional telephone interpreter service works too, with a code word instead of the survivor's name.",
            minutes=150,
        )
        # folded behind a content warning its author chose
        warned = post(
            "Why the interpreter's gender matters: last month a survivor began to describe the rape in detail "
            "and stopped when she saw the interpreter was a man from her village's region. She only finished "
            "her account two weeks later, with a woman interpreting by phone. We now ask before we book.",
            minutes=180,
        )
        content_warnings.set_warning(warned, user=author, kind="sexual_violence")
        thread.post_count = 6
        thread.last_post_id = warned.pk
        thread.last_post_at = warned.created_at
        thread.save()

        # the guard holds a post with a phone number: an automatic statement
        # (its author is shown what was found beside it, as after a real post)
        findings = guard.scan(held_text, listed_words=[])
        Post.objects.filter(pk=held.pk).update(status=Visibility.PENDING, held_findings=findings_for_author(findings))
        moderation.hold_for_review(held, reason=ReviewItem.Reason.PERSONAL_DATA, findings=findings)

        # hidden under a house rule, then appealed: the open appeal
        forum_moderation.hide_post(
            disputed,
            moderator,
            reason="'The coordinator knows every case, you can go through her' points to one person in a small town.",
            house_rule=HouseRule.objects.originals().filter(country=None, code="personal-data").first(),
        )
        statement = StatementOfReasons.objects.get(object_id=disputed.pk, restriction="content_hidden")
        appeal = appeals.file_appeal(
            statement,
            user=author,
            text="The organisation is public and so is her role; I named neither her nor any survivor.",
        )
        appeals.reply_to_appeal(appeal, user=author, text="I can rephrase it as 'the organisation's coordinator'.")

        # hidden as off-topic, reversed on appeal by the administrator
        forum_moderation.hide_post(
            reversed_post,
            moderator,
            reason="This is a complaint about a service, not a practice.",
            house_rule=HouseRule.objects.originals().filter(country=None, code="on-topic").first(),
        )
        statement = StatementOfReasons.objects.get(object_id=reversed_post.pk, restriction="content_hidden")
        appeal = appeals.file_appeal(
            statement, user=author, text="It is relevant: survivors are referred to that service every week."
        )
        appeals.decide_appeal(
            appeal,
            moderator=admin,
            outcome="reversed",
            reasons="Knowing which referral does not work is part of the practice being discussed.",
        )

        forum_moderation.warn_member(
            disputed,
            moderator,
            reason="Please check for anything that points to a person before posting.",
            house_rule=HouseRule.objects.originals().filter(country=None, code="personal-data").first(),
        )

        # the office's reply the member reported as wrong, kept by the moderator: the member's open appeal
        office = User.objects.filter(email="staff.nl@demo.protect.example").first()
        if office is not None:
            text = "Interpreters are only paid for by the municipality after the survivor has filed a police report."
            kept = Post.objects.create(
                thread=thread,
                author=office,
                body_markdown=text,
                body_html=render_markdown(text, FORUM_POST),
                status=Visibility.PUBLISHED,
                created_at=start + timedelta(minutes=210),
            )
            Thread.objects.filter(pk=thread.pk).update(post_count=7, last_post_id=kept.pk, last_post_at=kept.created_at)
            flag = moderation.flag(
                kept, user=author, reason=Flag.Reason.MISINFORMATION, note="No report is needed for an interpreter."
            )
            moderation.approve(
                moderation.pending_item_for(kept), moderator=moderator, note="It describes the municipality's rule."
            )
            flag_appeals.appeal_dismissal(
                Flag.objects.get(pk=flag.pk),
                user=author,
                text="The national protocol pays for an interpreter without a police report; "
                "a survivor reading this may think she has to report first.",
            )
    return 1
