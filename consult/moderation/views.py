"""The review queue: each country's moderators, and administrators for all."""

import hashlib
import json

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..access import permission_required, refuse
from ..models import Country, CountryRole, ReviewItem
from ..predicates import is_administrator, role_country_ids
from ..refusals import NotAllowed, Refusal
from ..sanitising import FORUM_POST, render_markdown
from . import queue_counts, rule_choices, services


def moderated_country_ids(user):
    """None for every country (administrators), else the moderated country ids."""
    if is_administrator(user):
        return None
    return role_country_ids(user, CountryRole.Role.MODERATOR)


@require_http_methods(["GET", "POST"])
@permission_required("consult.moderate_country")
def queue(request):
    country_ids = moderated_country_ids(request.user)
    state = request.GET.get("state", ReviewItem.State.PENDING)
    if state not in ReviewItem.State.values:
        state = ReviewItem.State.PENDING
    reason = request.GET.get("reason", "")
    items = ReviewItem.objects.filter(state=state).for_moderator(country_ids)
    if reason in ReviewItem.Reason.values:
        items = items.filter(reason=reason)

    if request.method == "POST":
        decision = request.POST.get("decision", "")
        chosen = items.filter(pk__in=[pk for pk in request.POST.getlist("items") if pk.isdigit()])
        note = request.POST.get("reason", "").strip()[:1000]
        if decision not in {"approve", "hide", "restore"} or not chosen.exists():
            messages.error(request, _("Choose at least one item and an action."))
        else:
            try:
                changed = services.decide_many(
                    list(chosen),
                    moderator=request.user,
                    decision=decision,
                    reason=note,
                    house_rule=request.POST.get("house_rule") or None,
                )
            except NotAllowed as error:
                messages.error(request, error.message)
                return redirect(request.get_full_path())
            except Refusal as error:
                messages.error(request, error.message)
                return render(
                    request,
                    "consult/moderation/queue.html",
                    _queue_context(request, items, state, reason, note),
                    status=400,
                )
            messages.success(
                request, ngettext("%(count)d item updated.", "%(count)d items updated.", changed) % {"count": changed}
            )
        return redirect(request.get_full_path())
    return render(request, "consult/moderation/queue.html", _queue_context(request, items, state, reason))


PER_PAGE = 50
# what an entry shows, read as values: no model instance, no join but the country's
_ENTRY_FIELDS = (
    "pk", "state", "reason", "findings", "decision_note", "flag_count", "country_id", "created_at",
    "content_type_id", "object_id", "country__code", "country__name",
)  # fmt: skip


def queue_page(items, number):
    """The page ``number`` of the queue (a bad or missing number gives the
    first page, one past the end the last, as ``Paginator.get_page``), its
    ``object_list`` the entries' rows as dicts with their ``html``.

    The count, which the page shows, is a query of its own only when the page
    is full or past the end: a page of fewer items is the last one, so the
    items before it and on it are all there are."""
    paginator = Paginator(items, PER_PAGE)
    rows = items.with_flag_counts().values(*_ENTRY_FIELDS)
    try:
        number = int(number)
    except (TypeError, ValueError):
        number = 1
    if number < 1:
        number = paginator.num_pages
    offset = (number - 1) * PER_PAGE
    entries = list(rows[offset : offset + PER_PAGE])
    if len(entries) < PER_PAGE and (entries or number == 1):
        paginator.count = offset + len(entries)
    elif not entries:  # past the end: the last page
        number = paginator.num_pages
        offset = (number - 1) * PER_PAGE
        entries = list(rows[offset : offset + PER_PAGE])
    _render_entries(entries)
    return Page(entries, number, paginator)


def _contents(entries):
    """``{(content type id, object id): content}`` of the entries, one query per
    kind of content; content that no longer exists is missing."""
    wanted = {}
    for entry in entries:
        wanted.setdefault(entry["content_type_id"], set()).add(entry["object_id"])
    found = {}
    for type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        for content in model._base_manager.filter(pk__in=ids).order_by():  # their order does not matter
            found[type_id, content.pk] = content
    return found


def _render_entries(entries):
    """Each entry's ``html``, from the cache when nothing it shows has
    changed. The key is a digest of everything the entry reads: the item's
    state, reason, findings, note, flag count, country (its code and name)
    and date, the content's text and address, the language and the reader's
    time zone; an edit, a new flag or a decision makes a new key, so the
    queue is never stale. Rendering the entries (Markdown, the findings'
    labels, a dozen translated strings each) was most of the page's time;
    a hit builds no model instance of the item."""
    language, zone = get_language(), timezone.get_current_timezone_name()
    contents = _contents(entries)
    keys = []
    for entry in entries:
        content = contents.get((entry["content_type_id"], entry["object_id"]))
        entry["content_object"] = content
        entry["text"] = content.get_moderation_text() if content else None
        entry["url"] = content.get_absolute_url() if content else None
        parts = [
            entry["pk"], entry["state"], entry["reason"], entry["findings"], entry["decision_note"],
            entry["flag_count"], entry["country_id"], entry["country__code"], entry["country__name"],
            entry["created_at"].isoformat(), entry["text"], entry["url"], language, zone,
        ]  # fmt: skip
        keys.append("review-item:" + hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest())
    cached = cache.get_many(keys)
    rendered = {}
    for entry, key in zip(entries, keys, strict=True):
        html = cached.get(key)
        if html is None:
            html = rendered[key] = render_to_string(
                "consult/moderation/includes/review_item.html", {"item": _item_to_show(entry)}
            )
        entry["html"] = mark_safe(html)  # noqa: S308 - rendered by the template above, escaped there
    if rendered:
        cache.set_many(rendered, ITEM_SECONDS)


def _item_to_show(entry):
    """The review item an entry's template reads, built from its row (no query)."""
    country = None
    if entry["country_id"] is not None:
        country = Country(pk=entry["country_id"], code=entry["country__code"], name=entry["country__name"])
    item = ReviewItem(
        pk=entry["pk"],
        state=entry["state"],
        reason=entry["reason"],
        findings=entry["findings"],
        decision_note=entry["decision_note"],
        created_at=entry["created_at"],
        country=country,
    )
    item.flag_count = entry["flag_count"]
    item.content_object = entry["content_object"]  # None when it no longer exists
    # nh3 sanitised it (consult/sanitising.py)
    item.text_html = mark_safe(render_markdown(entry["text"], FORUM_POST)) if entry["content_object"] else ""  # noqa: S308
    return item


ITEM_SECONDS = 3600


def _queue_context(request, items, state, reason, typed_reason=""):
    country_ids = moderated_country_ids(request.user)
    return {
        "page": queue_page(items, request.GET.get("page")),
        "state": state,
        "reason": reason,
        "states": ReviewItem.State.choices,
        "reasons": ReviewItem.Reason.choices,
        "typed_reason": typed_reason,
        "house_rule_options": rule_choices.options_html(country_ids),
        # notices about pages and services wait on their own list, linked first
        "open_notices": queue_counts.open_notices_for(country_ids),
    }


def _list_keeper_countries(user):
    """The countries whose public helplines and contacts ``user`` keeps: the
    moderated ones (all for administrators) and those of the user's office."""
    from ..models import Country

    country_ids = moderated_country_ids(user)
    if country_ids is None:
        return Country.objects.all()
    staffed = list(Country.staffed_by(user).values_list("pk", flat=True))
    return Country.objects.filter(pk__in={*country_ids, *staffed})


def _change_public_lists(request, countries, helplines, contacts):
    """Apply one POSTed action on the helplines or the contacts; messages say how it went."""
    from ..models import Country, PublicContact, PublicHelpline

    action = request.POST.get("action", "")
    try:
        if action == "add":
            country = countries.get(pk=request.POST.get("country") or 0)
            services.add_public_helpline(
                country,
                moderator=request.user,
                name=request.POST.get("name", ""),
                number=request.POST.get("number", ""),
                kind=request.POST.get("kind", ""),
            )
            messages.success(request, _("The helpline was added."))
        elif action in {"verify", "remove"}:
            helpline = helplines.get(pk=request.POST.get("helpline") or 0)
            if action == "verify":
                services.verify_public_helpline(helpline, moderator=request.user)
            else:
                services.remove_public_helpline(helpline, moderator=request.user)
            messages.success(request, _("The list was updated."))
        elif action == "add_contact":
            country = countries.get(pk=request.POST.get("country") or 0)
            services.add_public_contact(
                country,
                moderator=request.user,
                name=request.POST.get("name", ""),
                value=request.POST.get("value", ""),
                kind=request.POST.get("kind", ""),
            )
            messages.success(request, _("The contact was added."))
        elif action in {"verify_contact", "remove_contact"}:
            contact = contacts.get(pk=request.POST.get("contact") or 0)
            if action == "verify_contact":
                services.verify_public_contact(contact, moderator=request.user)
            else:
                services.remove_public_contact(contact, moderator=request.user)
            messages.success(request, _("The list was updated."))
    except (Country.DoesNotExist, PublicHelpline.DoesNotExist, PublicContact.DoesNotExist, ValueError):
        messages.error(request, _("Choose one of your countries' helplines."))
    except (NotAllowed, Refusal) as error:
        messages.error(request, error.message)


@require_http_methods(["GET", "POST"])
def public_helplines(request):
    """The published helplines and organisations' public contacts (e-mail
    addresses, websites, social accounts) of the user's countries: the guard
    lets them through. The countries' moderators and offices add, verify and
    remove them."""
    from ..models import PublicContact, PublicHelpline

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    countries = _list_keeper_countries(request.user)
    if not countries.exists():
        return refuse(request, "consult.moderate_country")
    helplines = PublicHelpline.objects.filter(country__in=countries).select_related("country")
    contacts = PublicContact.objects.filter(country__in=countries).select_related("country")
    if request.method == "POST":
        _change_public_lists(request, countries, helplines, contacts)
        return redirect(request.get_full_path())
    return render(
        request,
        "consult/moderation/public_helplines.html",
        {
            "helplines": helplines,
            "contacts": contacts,
            "countries": countries,
            "kinds": PublicHelpline.Kind.choices,
            "contact_kinds": PublicContact.Kind.choices,
        },
    )
