"""Notices from anyone: the public form and the reporter's own page, and
the moderators' list and decision page."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..access import permission_required
from ..models import HouseRule, Notice
from ..predicates import is_administrator
from ..ratelimit import client_address
from ..refusals import Refusal
from . import notices
from .notice_forms import NoticeForm
from .views import moderated_country_ids


def _back_url(request):
    """The page the reporter came from, only if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return ""


@require_http_methods(["GET", "POST"])
def new_notice(request):
    """The "report this" form, for anyone: GET shows what is reported, POST
    records the notice and redirects to the reporter's own page, which shows
    the receipt (so a reload sends nothing twice)."""
    about = request.POST.get("about") or request.GET.get("about") or ""
    obj, entry = notices.resolve(about)
    if entry is None:
        raise Http404
    gone = obj is None or not entry.is_public(obj, request.user)
    context = {
        "about": about,
        "subject": entry.label_of(obj) if obj is not None else "",
        "back_url": _back_url(request),
        "gone": gone,
    }
    status = 410 if gone else 200
    form = NoticeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            notice = notices.send_notice(
                about,
                reason=form.cleaned_data["reason"],
                explanation=form.cleaned_data["explanation"],
                reporter=request.user,
                reporter_email=form.cleaned_data["reporter_email"],
                url=context["back_url"],
                address=client_address(request),
                language=get_language() or "",
            )
        except Refusal as error:
            status = error.status
            if isinstance(error, notices.ContentGone):
                context["gone"] = True
            else:
                error.add_to_form(form)
        else:
            query = {"sent": "1"} | ({"next": context["back_url"]} if context["back_url"] else {})
            return redirect(reverse("notices:status", args=[notice.token]) + "?" + urlencode(query))
    elif request.method == "POST":
        status = 400
    context["form"] = form
    return render(request, "consult/moderation/notice_new.html", context, status=status)


@require_http_methods(["GET", "POST"])
def notice_status(request, token):
    """The reporter's page: the receipt just after sending (``?sent=1``), the
    outcome and, after a dismissal, one appeal."""
    notice = get_object_or_404(Notice.objects.select_related("country"), token=token)
    status = 200
    typed = ""
    if request.method == "POST":
        typed = request.POST.get("appeal_text", "")[:4000]
        try:
            notices.appeal_dismissal(notice, text=typed)
        except Refusal as error:
            messages.error(request, error.message)
            status = error.status
        else:
            messages.success(request, _("Your appeal is received. Another moderator will decide it."))
            return redirect("notices:status", notice.token)
    return render(
        request,
        "consult/moderation/notice_status.html",
        {
            "notice": notice,
            "appealable": notice.may_be_appealed(),
            "typed": typed,
            "just_sent": request.method == "GET" and request.GET.get("sent") == "1",
            "back_url": _back_url(request),
        },
        status=status,
    )


@require_http_methods(["GET"])
@permission_required("consult.moderate_country")
def notice_list(request):
    """The notices of the moderated countries: open first, a survivor's
    personal data first among them."""
    rows = Notice.objects.for_moderator(moderated_country_ids(request.user))
    state = request.GET.get("state", "")
    if state in Notice.State.values:
        rows = rows.filter(state=state)
    elif state == "appealed":
        rows = rows.filter(appeal_outcome=Notice.AppealOutcome.OPEN)
    return render(
        request,
        "consult/moderation/notices.html",
        {
            "notices": notices.describe_subjects(list(rows.for_queue()[:200])),
            "state": state,
            "states": Notice.State.choices,
        },
    )


@require_http_methods(["GET", "POST"])
@permission_required("consult.moderate_country")
def notice_detail(request, pk):
    """One notice: what was reported and the decision (or the appeal's)."""
    notice = get_object_or_404(Notice.objects.select_related("country", "content_type"), pk=pk)
    if not (is_administrator(request.user) or request.user.has_perm("consult.moderate_country", notice)):
        raise Http404
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "decide":
                notices.decide_notice(
                    notice,
                    moderator=request.user,
                    outcome=request.POST.get("outcome", ""),
                    reasons=request.POST.get("reasons", ""),
                    house_rule=request.POST.get("house_rule") or None,
                )
                messages.success(request, _("The notice is decided."))
            elif action == "decide_appeal":
                notices.decide_notice_appeal(
                    notice,
                    moderator=request.user,
                    outcome=request.POST.get("outcome", ""),
                    reasons=request.POST.get("reasons", ""),
                    house_rule=request.POST.get("house_rule") or None,
                )
                messages.success(request, _("The appeal is decided."))
            else:
                raise Refusal(_("Choose an action."))
        except Refusal as error:
            messages.error(request, error.message)
            status = error.status
            notice.refresh_from_db()
        else:
            return redirect("moderation:notice", notice.pk)
    notices.describe_subjects([notice])
    return render(
        request,
        "consult/moderation/notice.html",
        {
            "notice": notice,
            "house_rules": HouseRule.objects.for_country(notice.country_id),
            "took_decision": notice.decided_by_id == request.user.pk,
            "form_values": request.POST if request.method == "POST" else {},
        },
        status=status,
    )


@require_http_methods(["POST"])
def content_warning(request):
    """The author or a moderator sets (or removes) the content warning of a
    post or a feedback item, then goes back to where they were."""
    from django.contrib.auth.views import redirect_to_login

    from . import content_warnings

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    obj, _entry = notices.resolve(request.POST.get("about", ""))
    if obj is None or not hasattr(obj, "moderation_author") or not content_warnings.may_set_warning(request.user, obj):
        raise Http404
    back = _back_url(request) or obj.get_absolute_url()
    try:
        warning = content_warnings.set_warning(obj, user=request.user, kind=request.POST.get("kind", ""))
    except Refusal as error:
        messages.error(request, error.message)
    else:
        if warning is None:
            messages.success(request, _("The content warning is removed."))
        else:
            messages.success(
                request, _("The content warning is set: “%(warning)s”.") % {"warning": warning.get_kind_display()}
            )
    return redirect(back)
