"""The review queue: each country's moderators, and administrators for all."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..access import permission_required
from ..models import CountryRole, Notice, ReviewItem
from ..models.fairness import in_reader_language
from ..predicates import is_administrator, role_country_ids
from ..refusals import NotAllowed, Refusal
from ..sanitising import FORUM_POST, render_markdown
from . import services


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
            messages.success(request, _("%(count)d item(s) updated.") % {"count": changed})
        return redirect(request.get_full_path())
    return render(request, "consult/moderation/queue.html", _queue_context(request, items, state, reason))


def _queue_context(request, items, state, reason, typed_reason=""):
    page = Paginator(items.for_queue().with_flag_counts(), 50).get_page(request.GET.get("page"))
    for item in page.object_list:
        content = item.content_object
        # nh3 sanitised it (consult/sanitising.py)
        item.text_html = mark_safe(render_markdown(content.get_moderation_text(), FORUM_POST)) if content else ""  # noqa: S308
    return {
        "page": page,
        "state": state,
        "reason": reason,
        "states": ReviewItem.State.choices,
        "reasons": ReviewItem.Reason.choices,
        "typed_reason": typed_reason,
        "house_rules": in_reader_language(house_rules_for(moderated_country_ids(request.user))),
        # notices about pages and services wait on their own list, linked first
        "open_notices": Notice.objects.for_moderator(moderated_country_ids(request.user))
        .filter(state=Notice.State.OPEN)
        .count(),
    }


def house_rules_for(country_ids):
    """The rules a moderator may cite: the common ones and their countries' own."""
    from django.db.models import Q

    from ..models import HouseRule

    rules = HouseRule.objects.originals().filter(is_active=True).select_related("country")
    if country_ids is not None:
        rules = rules.filter(Q(country__isnull=True) | Q(country_id__in=country_ids))
    return rules.order_by("country__name", "position", "pk")


@require_http_methods(["GET", "POST"])
@permission_required("consult.moderate_country")
def public_helplines(request):
    """The published helplines of the moderated countries: the guard lets
    their numbers through. Moderators add, verify and remove them."""
    from ..models import Country, PublicHelpline

    country_ids = moderated_country_ids(request.user)
    countries = Country.objects.all() if country_ids is None else Country.objects.filter(pk__in=country_ids)
    helplines = PublicHelpline.objects.filter(country__in=countries).select_related("country")
    if request.method == "POST":
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
        except (Country.DoesNotExist, PublicHelpline.DoesNotExist):
            messages.error(request, _("Choose one of your countries' helplines."))
        except (NotAllowed, Refusal) as error:
            messages.error(request, error.message)
        return redirect(request.get_full_path())
    return render(
        request,
        "consult/moderation/public_helplines.html",
        {"helplines": helplines, "countries": countries, "kinds": PublicHelpline.Kind.choices},
    )
