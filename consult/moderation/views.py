"""The review queue: each country's moderators, and administrators for all."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..access import permission_required
from ..models import CountryRole, ReviewItem
from ..predicates import is_administrator, role_country_ids
from ..refusals import NotAllowed, Refusal
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
                changed = services.decide_many(list(chosen), moderator=request.user, decision=decision, reason=note)
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
    page = Paginator(items.for_queue().order_by("created_at"), 50).get_page(request.GET.get("page"))
    return {
        "page": page,
        "state": state,
        "reason": reason,
        "states": ReviewItem.State.choices,
        "reasons": ReviewItem.Reason.choices,
        "typed_reason": typed_reason,
    }


@login_required
def my_items(request):
    """The author's own held or decided contributions, with the moderators' reasons."""
    items = ReviewItem.objects.filter(author=request.user).select_related("content_type").order_by("-created_at")
    return render(request, "consult/moderation/mine.html", {"items": items[:100]})
