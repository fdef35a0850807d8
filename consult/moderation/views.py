"""The review queue: each country's moderators, and administrators for all."""

import hashlib
import json
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import connection
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..access import permission_required, refuse
from ..models import Country, CountryRole, Flag, Profile, ReviewItem
from ..predicates import is_administrator, role_country_ids
from ..refusals import NotAllowed, Refusal
from ..sanitising import FORUM_POST, render_markdown
from . import excerpts, queue_counts, rule_choices, services

_CONTENT = ReviewItem._meta.get_field("content_object")


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
            # shown again with what was typed and chosen (a redirect lost the reason)
            messages.error(request, _("Choose at least one item and an action."))
            context = _queue_context(request, items, state, reason, note)
            _keep_choices(context, request.POST)
            return render(request, "consult/moderation/queue.html", context, status=400)
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
                context = _queue_context(request, items, state, reason, note)
                _keep_choices(context, request.POST)
                return render(request, "consult/moderation/queue.html", context, status=400)
            messages.success(
                request, ngettext("%(count)d item updated.", "%(count)d items updated.", changed) % {"count": changed}
            )
        return redirect(request.get_full_path())
    return render(request, "consult/moderation/queue.html", _queue_context(request, items, state, reason))


PER_PAGE = 50


def _page_sql(country_ids, reason, *, one=False):
    """The SQL of one page of the queue (``%s``: the state, the countries, the
    reason when given, the limit and the offset): the items as
    ``ReviewItemQuerySet.with_flag_counts`` orders them, most-flagged first
    then the oldest, each with its flag count, its country's code and name,
    its author's profile (name, status, sector, organisation and countries
    of work) and how many items the filter holds. ``one``: the item of the
    id given in place of the state, whatever its state (a post opened in
    its thread). Written out because the ORM took about a millisecond, a
    sixth of the page, to build and compile it."""
    q = connection.ops.quote_name
    item, flag, country, profile = (q(model._meta.db_table) for model in (ReviewItem, Flag, Country, Profile))
    works_in = Profile.countries.field
    through = q(works_in.remote_field.through._meta.db_table)
    profile_id, country_id = q(works_in.m2m_column_name()), q(works_in.m2m_reverse_name())
    pair = "json_build_array(ac.code, ac.name)" if connection.vendor == "postgresql" else "json_array(ac.code, ac.name)"
    gather = f"json_agg({pair})" if connection.vendor == "postgresql" else f"json_group_array({pair})"
    where = ["r.id = %s" if one else "r.state = %s"]
    if country_ids is not None:
        where.append(f"r.country_id IN ({', '.join(['%s'] * len(country_ids))})")
    if reason:
        where.append("r.reason = %s")
    # only the tables' quoted names and fixed clauses are put in: every value is a parameter
    return (
        f"SELECT r.*, c.code AS country_code, c.name AS country_name,"  # noqa: S608
        f" p.display_name AS author_name, p.status AS author_status, p.sector AS author_sector,"
        f" p.organisation AS author_organisation, p.show_organisation AS author_shows_organisation,"
        f" (SELECT {gather} FROM {through} pc JOIN {country} ac ON ac.id = pc.{country_id}"
        f" WHERE pc.{profile_id} = p.id) AS author_countries,"
        f" (SELECT COUNT(*) FROM {flag} f WHERE f.content_type_id = r.content_type_id"
        f" AND f.object_id = r.object_id) AS flag_count, COUNT(*) OVER () AS total"
        f" FROM {item} r LEFT JOIN {country} c ON c.id = r.country_id"
        f" LEFT JOIN {profile} p ON p.user_id = r.author_id"
        f" WHERE {' AND '.join(where)} ORDER BY flag_count DESC, r.created_at LIMIT %s OFFSET %s"
    )


def queue_page(items, country_ids, state, reason, number):
    """The page ``number`` of ``items`` (the items of ``state`` in
    ``country_ids``, of ``reason`` when it is one): a bad or missing number
    gives the first page, one past the end the last, as
    ``Paginator.get_page``; each item with its ``flag_count`` and the
    ``html`` of its entry. One query reads the page and the count; only an
    empty page past the end counts on its own, to find the last."""
    paginator = Paginator(items, PER_PAGE)
    reason = reason if reason in ReviewItem.Reason.values else ""
    try:
        number = int(number)
    except (TypeError, ValueError):
        number = 1
    if number < 1:
        number = paginator.num_pages

    def read(number):
        if country_ids is not None and not country_ids:
            return []
        offset = (number - 1) * PER_PAGE
        params = [state, *sorted(country_ids or ()), *([reason] if reason else []), PER_PAGE, offset]
        return list(ReviewItem.objects.raw(_page_sql(country_ids, reason), params))

    entries = read(number)
    if not entries and number > 1:  # past the end: the last page
        number = paginator.num_pages
        entries = read(number)
    paginator.count = entries[0].total if entries else 0
    _render_entries(entries)
    return Page(entries, number, paginator)


def render_review_entry(pk, country_ids):
    """The item ``pk`` among ``country_ids``' (None: every country) with the
    ``html`` of its entry as the queue shows it, without its checkbox and
    link (``review_entry.html``), or None."""
    if country_ids is not None and not country_ids:
        return None
    params = [pk, *sorted(country_ids or ()), 1, 0]
    found = list(ReviewItem.objects.raw(_page_sql(country_ids, "", one=True), params))
    if not found:
        return None
    _render_entries(found, template="consult/moderation/includes/review_entry.html")
    return found[0]


def _contents(items):
    """``{(content type id, object id): content}`` of the items, one query per
    kind of content; content that no longer exists is missing."""
    wanted = {}
    for item in items:
        wanted.setdefault(item.content_type_id, set()).add(item.object_id)
    found = {}
    for type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        # what the entry reads with it (its kind, its text) in the same query
        rows = model._base_manager.select_related(*getattr(model, "moderation_related", ())).filter(pk__in=ids)
        for content in rows.order_by():  # their order does not matter
            found[type_id, content.pk] = content
    return found


def _render_entries(items, template="consult/moderation/includes/review_item.html"):
    """Each item's ``html``, from the cache when nothing it shows has changed.
    The key is a digest of everything the entry reads: the item's state,
    reason, findings, note, flag count, country (its code and name) and date,
    the content's kind, text and address, the names of the authors its
    quotes quote, the language and the reader's time zone; an edit, a new
    flag, a decision or a renamed quoted author makes a new key, so the
    queue is never stale. Rendering the entries (Markdown, the findings'
    labels, a dozen translated strings each) was most of the page's time.
    The author's line (name, sector, organisation, countries, read by the
    page's one query) is put in on every view, never cached, as is the
    address of the queue as the moderator sees it (``with_next``)."""
    language, zone = get_language(), timezone.get_current_timezone_name()
    contents = _contents(items)
    quoted = excerpts.quote_names(contents)
    labels = excerpts.author_labels()
    keys = []
    for item in items:
        content = contents.get((item.content_type_id, item.object_id))
        _CONTENT.set_cached_value(item, content)  # None: it no longer exists
        item.moderation_text = excerpts.text_for_review(content) if content else None
        item.content_url = content.get_absolute_url() if content else None
        item.kind, item.kind_detail = excerpts.kind_of(content) if content else ("", "")
        item.quoted_names = quoted.get((item.content_type_id, item.object_id), {})
        item.author_shown = excerpts.author_of(item, labels)
        parts = [
            item.pk, item.state, item.reason, item.findings, item.decision_note, item.flag_count,
            item.country_id, item.country_code, item.country_name, item.created_at.isoformat(),
            item.moderation_text, item.content_url, item.kind, item.kind_detail, item.quoted_names,
            template, language, zone,
        ]  # fmt: skip
        keys.append("review-item:" + hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest())
    cached = cache.get_many(keys)
    rendered = {}
    for item, key in zip(items, keys, strict=True):
        html = cached.get(key)
        if html is None:
            if item.country_id is not None:  # the country the page read, not another query
                item.country = Country(pk=item.country_id, code=item.country_code, name=item.country_name)
            # nh3 sanitised it (consult/sanitising.py)
            item.text_html = (
                excerpts.resolve_quotes(render_markdown(item.moderation_text, FORUM_POST), item.quoted_names)
                if item.content_object
                else ""
            )
            item.context_url = _context_url(item.content_url, item.pk) if item.content_object else ""
            html = rendered[key] = render_to_string(template, {"item": item, **_MARKERS})
        # the author's name and organisation: put in now, never kept in the cache
        html = html.replace(AUTHOR_MARKER, excerpts.author_line(item.author_shown, labels), 1)
        html = html.replace(NAME_MARKER, escape(item.author_shown["name"]), 1)
        item.html = mark_safe(html)  # noqa: S308 - rendered by the template above, escaped there
    if rendered:
        cache.set_many(rendered, ITEM_SECONDS)


# Where an entry's "Open in context" link carries the queue's own address
# (its filter and page), put in per request: it is not part of the entry.
NEXT_MARKER = "queue-next-0d5c1f"
# Where the author's line and name go, put in per request (``_render_entries``).
AUTHOR_MARKER = "queue-author-7a41e9"
NAME_MARKER = "queue-name-7a41e9"
_MARKERS = {
    "next_marker": NEXT_MARKER,
    "author_marker": mark_safe(AUTHOR_MARKER),  # noqa: S308 - a constant
    "name_marker": mark_safe(NAME_MARKER),  # noqa: S308 - a constant
}


def _context_url(url, item_pk):
    """``url`` (the content's page) with ``review``, the item to decide
    there, and ``next``, the queue to come back to; it opens at the item's
    review panel (in_context.py), beside the content where the page shows it."""
    address = url.partition("#")[0]
    joiner = "&" if "?" in address else "?"
    return f"{address}{joiner}review={item_pk}&next={NEXT_MARKER}#review"


def with_next(entries, next_url):
    """The entries' links with ``next_url``, the queue as the moderator sees it."""
    quoted = quote(next_url, safe="")
    for item in entries:
        item.html = mark_safe(item.html.replace(NEXT_MARKER, quoted))  # noqa: S308 - a quoted local address


ITEM_SECONDS = 3600


_PARTS = {}
_PARTS_LIMIT = 1000


def _part(template, **values):
    """A piece of the page that only the language and ``values`` decide (its
    links, the filter form: two dozen translated strings), rendered once per
    process, as the site's header is (home/templatetags/site_tags.py): a new
    release starts new processes, so it is never stale; with DEBUG, always
    rendered."""
    key = (template, get_language(), *values.items())
    html = None if settings.DEBUG else _PARTS.get(key)
    if html is None:
        html = mark_safe(  # noqa: S308 - rendered by the template, escaped there
            render_to_string(
                template, {**values, "states": ReviewItem.State.choices, "reasons": ReviewItem.Reason.choices}
            )
        )
        if not settings.DEBUG:
            if len(_PARTS) >= _PARTS_LIMIT:
                _PARTS.clear()
            _PARTS[key] = html
    return html


def _queue_context(request, items, state, reason, typed_reason=""):
    country_ids = moderated_country_ids(request.user)
    open_notices = queue_counts.open_notices_for(country_ids)
    page = queue_page(items, country_ids, state, reason, request.GET.get("page"))
    with_next(page, request.get_full_path())
    return {
        "page": page,
        "state": state,
        "reason": reason,
        "states": ReviewItem.State.choices,
        "reasons": ReviewItem.Reason.choices,
        "typed_reason": typed_reason,
        "house_rule_options": rule_choices.options_html(country_ids),
        # notices about pages and services wait on their own list, linked first
        "open_notices": open_notices,
        "links": _part("consult/moderation/includes/queue_links.html", open_notices=open_notices),
        # an unknown reason selects nothing, as no reason does
        "filters": _part(
            "consult/moderation/includes/queue_filters.html",
            state=state,
            reason=reason if reason in ReviewItem.Reason.values else "",
        ),
    }


def _keep_choices(context, posted):
    """The moderator's ticks, action and house rule as they sent them, for a
    refused decision shown again: cleared, the action fell back to Approve,
    and Apply after re-ticking could approve what was meant to be hidden."""
    chosen = {pk for pk in posted.getlist("items") if pk.isdigit()}
    for item in context["page"]:
        if str(item.pk) in chosen:
            tick = f'id="item-{item.pk}"'
            item.html = mark_safe(item.html.replace(tick, f"{tick} checked", 1))  # noqa: S308 - our own markup
    context["decision"] = posted.get("decision", "")
    rule = posted.get("house_rule", "")
    if rule.isdigit():
        option = f'<option value="{rule}">'
        context["house_rule_options"] = mark_safe(  # noqa: S308 - the cached, escaped options
            context["house_rule_options"].replace(option, f'<option value="{rule}" selected>', 1)
        )


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
