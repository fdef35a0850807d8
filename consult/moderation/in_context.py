"""A review-queue item decided where its content lives: the queue's "Open in
context" link opens the content's page (a post in its thread, feedback on
its clause) with ``?review=<item id>&next=<the queue>``; the page shows the
item's review panel, with the queue's actions, to a moderator of the item's
country, and the decision brings the moderator back to ``next``.

The panel's form posts to ``moderation:decide`` (``decide``), which
checks the permission and the country as the queue does, and confirms the
decision as the queue does.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from ..access import permission_required, refuse
from ..models import ReviewItem
from ..refusals import NotAllowed, Refusal
from . import rule_choices, services
from .views import moderated_country_ids, render_review_entry


def local_url(request, url):
    """``url`` if it is a path on this site ("/…"), else "": never another
    host, a scheme or a protocol-relative "//host"."""
    url = (url or "").strip()
    if not url.startswith("/") or url.startswith(("//", "/\\")):
        return ""
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return ""
    return url


def queue_url(request, url):
    """Where a decision taken in context goes back to: ``url`` if it is a
    local one, else the review queue."""
    return local_url(request, url) or reverse("moderation:queue")


@dataclass
class Panel:
    html: str
    item: ReviewItem

    @property
    def object_id(self):
        return self.item.object_id

    def __str__(self):
        return self.html

    def __html__(self):
        return self.html


def review_panel(request, belongs):
    """The review panel of the item ``?review=`` names, or None: only for a
    moderator of the item's country (administrators: any), and only on the
    page of its content (``belongs(content)``), so a typed id shows nothing
    of another page's item. Two queries (the item, its content), on pages
    opened from the queue only."""
    raw = request.GET.get("review", "")
    user = request.user
    if not raw.isdigit() or not user.is_authenticated or not user.has_perm("consult.moderate_country"):
        return None
    country_ids = moderated_country_ids(user)
    item = render_review_entry(int(raw), country_ids)
    if item is None or item.content_object is None or not belongs(item.content_object):
        return None
    if not user.has_perm("consult.moderate_country", item):
        return None
    next_url = queue_url(request, request.GET.get("next"))
    # what the moderator chose before a refused decision, shown again once
    draft = request.session.pop(_draft_key(item.pk), None) or {}
    house_rule_options = rule_choices.options_html(country_ids)
    if draft.get("house_rule"):
        chosen = f'<option value="{escape(draft["house_rule"])}">'
        house_rule_options = mark_safe(  # noqa: S308 - the cached options, escaped, with one marked chosen
            str(house_rule_options).replace(chosen, chosen[:-1] + " selected>", 1)
        )
    # this page again, for a refused decision, with only the checked ``next``
    query = request.GET.copy()
    query["next"] = next_url
    html = render_to_string(
        "consult/moderation/includes/review_panel.html",
        {
            "item": item,
            "next_url": next_url,
            "back_url": f"{request.path}?{query.urlencode()}",
            "house_rule_options": house_rule_options,
            "draft_reason": draft.get("reason", ""),
        },
        request=request,
    )
    return Panel(mark_safe(html), item)  # noqa: S308 - rendered by the template, escaped there


def _draft_key(item_pk):
    return f"moderation:review-draft:{item_pk}"


def place_after(html, marker, closing, panel):
    """``html`` with ``panel`` put after the element that ``marker`` opens
    (the first ``closing`` after it), or None when ``marker`` is not there."""
    start = html.find(marker)
    end = html.find(closing, start) if start >= 0 else -1
    if end < 0:
        return None
    end += len(closing)
    return mark_safe(f"{html[:end]}{panel}{html[end:]}")  # noqa: S308 - both escaped by their templates


@require_POST
@permission_required("consult.moderate_country")
def decide(request, pk):
    """One item decided from its content's page (in_context.py): the
    queue's actions, permission and countries; back to ``next``, the queue
    the moderator came from (a local address only), with the queue's
    confirmation. A refused decision goes back to the panel with its reason."""
    item = ReviewItem.objects.for_moderator(moderated_country_ids(request.user)).filter(pk=pk).first()
    if item is None:
        return refuse(request, "consult.moderate_country")
    next_url = queue_url(request, request.POST.get("next"))
    back_url = local_url(request, request.POST.get("back"))
    back_url = f"{back_url.partition('#')[0]}#review" if back_url else next_url
    decision = request.POST.get("decision", "")
    if decision not in {"approve", "hide", "restore"}:
        messages.error(request, _("Choose at least one item and an action."))
        return redirect(back_url)
    try:
        changed = services.decide_many(
            [item],
            moderator=request.user,
            decision=decision,
            reason=request.POST.get("reason", "").strip()[:1000],
            house_rule=request.POST.get("house_rule") or None,
        )
    except NotAllowed:
        return refuse(request, "consult.moderate_country")
    except Refusal as error:
        messages.error(request, error.message)
        # the panel shows the house rule and the reason again (kept in the
        # session, not in the address, which servers log)
        request.session[_draft_key(item.pk)] = {
            "house_rule": request.POST.get("house_rule", "")[:100],
            "reason": request.POST.get("reason", "")[:1000],
        }
        return redirect(back_url)
    messages.success(
        request, ngettext("%(count)d item updated.", "%(count)d items updated.", changed) % {"count": changed}
    )
    return redirect(next_url)
