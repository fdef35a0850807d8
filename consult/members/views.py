"""Pages of My account, the member area and directory, vetting and the audit log.

Thin: parse the request, ask consult/rules.py, call a service, render.
"""

import json
from urllib.parse import urlencode

import django_filters
from allauth.account.decorators import reauthentication_required
from allauth.mfa.recovery_codes import views as mfa_recovery_codes_views
from allauth.mfa.totp import views as mfa_totp_views
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from ..access import member_required, permission_required
from ..models import AuditLogEntry, Country, CountryRole, Profile, Sector
from ..predicates import profile_of, role_country_ids
from . import account_data, services
from .forms import AccountDeletionForm, ConsentForm, ProfileForm, SuspensionForm, VettingDecisionForm

DIRECTORY_PAGE_SIZE = 50
QUEUE_PAGE_SIZE = 50
AUDIT_PAGE_SIZE = 100


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


# --- My account -----------------------------------------------------------------


@login_required
def account(request):
    """My account: membership status (with a moderator's reason), profile,
    and the links to e-mail, password, MFA, data export and deletion."""
    return render(request, "consult/account.html", {"profile": profile_of(request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = profile_of(request.user)
    if profile is None:
        raise PermissionDenied
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.update_own_profile(profile, **{name: form.cleaned_data[name] for name in form.fields})
        messages.success(request, _("Your profile was saved."))
        return redirect("members:account")
    return render(request, "consult/profile_form.html", {"form": form, "profile": profile})


@login_required
@require_http_methods(["GET", "POST"])
def consent(request):
    """Accept the current code of conduct and privacy notice."""
    profile = profile_of(request.user)
    if profile is None:
        return redirect("members:account")
    form = ConsentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.accept_consent(request.user)
        messages.success(request, _("Thank you. You accepted the current code of conduct and privacy notice."))
        return HttpResponseRedirect(_safe_next(request, reverse("members:account")))
    return render(
        request,
        "consult/consent.html",
        {"form": form, "profile": profile, "next": _safe_next(request, "")},
    )


@login_required
@require_POST
@reauthentication_required
def export(request):
    """Download everything the platform holds about me, as JSON."""
    data = account_data.export_account_data(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False, default=str), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="protect-my-data-{timezone.localdate():%Y-%m-%d}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
@reauthentication_required(allow_get=True)
def delete(request):
    """Step 1 of deleting my account: confirm, then we e-mail a link."""
    if profile_of(request.user) is None:
        raise PermissionDenied
    form = AccountDeletionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        account_data.request_account_deletion(request.user)
        return render(request, "consult/delete_requested.html")
    return render(request, "consult/delete_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def delete_confirm(request, token):
    """Step 2: the link from the e-mail. GET shows a button (link scanners
    must not delete accounts); POST deletes and signs out."""
    try:
        account_data.check_deletion_token(request.user, token)
    except account_data.DeletionLinkInvalid:
        return render(request, "consult/delete_link_invalid.html", status=400)
    if request.method == "POST":
        account_data.delete_account(request.user, token)
        logout(request)
        messages.success(request, _("Your account and personal data were deleted."))
        return redirect("members:deleted")
    return render(request, "consult/delete_confirm.html", {"token": token})


def policy_text(request, template):
    """The code of conduct or privacy notice, with the version in force."""
    return render(request, template, {"version": settings.CODE_OF_CONDUCT_VERSION})


def deleted(request):
    return render(request, "consult/deleted.html")


# --- Member area and directory ----------------------------------------------------


@member_required
def member_area(request):
    """The landing page for approved members."""
    return render(request, "consult/member_area.html", {"profile": profile_of(request.user)})


@permission_required("consult.view_member_directory")
def directory(request):
    """Approved members: display name, sector, countries, organisation if shown."""
    profiles = Profile.objects.for_directory()
    country = request.GET.get("country", "")
    sector = request.GET.get("sector", "")
    if country:
        profiles = profiles.filter(countries__code=country).distinct()
    if sector:
        profiles = profiles.filter(sector=sector)
    page = Paginator(profiles, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "consult/directory.html",
        {
            "page": page,
            "countries": Country.objects.order_by("name"),
            "sectors": Sector.choices,
            "selected_country": country,
            "selected_sector": sector,
        },
    )


# --- Vetting ---------------------------------------------------------------------


@permission_required("consult.view_vetting_queue")
def vetting_queue(request):
    """Applications waiting in the countries the moderator moderates."""
    country_ids = None if request.user.is_superuser else role_country_ids(request.user, CountryRole.Role.MODERATOR)
    applications = Profile.objects.for_vetting_queue(country_ids)
    page = Paginator(applications, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "consult/vetting_queue.html", {"page": page})


def _application(request, pk):
    return get_object_or_404(Profile.objects.prefetch_related("countries"), pk=pk)


@permission_required("consult.approve_member", _application)
@require_http_methods(["GET", "POST"])
def vetting_decide(request, pk):
    """Approve, reject or ask an applicant for more information."""
    profile = _application(request, pk)
    form = VettingDecisionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        decision, reason = form.cleaned_data["decision"], form.cleaned_data["reason"].strip()
        try:
            if decision == "approve":
                services.approve_member(profile, moderator=request.user, reason=reason)
                messages.success(request, _("The application was approved."))
            elif decision == "reject":
                services.reject_member(profile, moderator=request.user, reason=reason)
                messages.success(request, _("The application was rejected."))
            else:
                services.request_more_information(profile, moderator=request.user, reason=reason)
                messages.success(request, _("The applicant was asked for more information."))
        except services.InvalidTransition:
            messages.error(request, _("This application was already decided; nothing was changed."))
        return redirect("members:vetting_queue")
    return render(request, "consult/vetting_decide.html", {"application": profile, "form": form})


@permission_required("consult.suspend_member", _application)
@require_http_methods(["GET", "POST"])
def suspend(request, pk):
    """Suspend an approved member until a date, with a reason; or end a suspension."""
    profile = _application(request, pk)
    form = SuspensionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and "reinstate" in request.POST:
        services.reinstate_member(profile, moderator=request.user, reason=request.POST.get("reason", "").strip())
        messages.success(request, _("The suspension was ended."))
        return redirect("members:directory")
    if request.method == "POST" and form.is_valid():
        try:
            services.suspend_member(
                profile, moderator=request.user, reason=form.cleaned_data["reason"].strip(), until=form.until_datetime()
            )
            messages.success(request, _("The member was suspended."))
            return redirect("members:directory")
        except services.InvalidTransition:
            form.add_error(None, _("Only an approved member can be suspended."))
    return render(request, "consult/suspend.html", {"member": profile, "form": form})


# --- Audit log -------------------------------------------------------------------


class AuditLogFilter(django_filters.FilterSet):
    action = django_filters.CharFilter(lookup_expr="startswith", label=gettext_lazy("Action starts with"))
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.order_by("name"), label=gettext_lazy("Country"))
    since = django_filters.DateFilter(field_name="created_at", lookup_expr="date__gte", label=gettext_lazy("From"))
    until = django_filters.DateFilter(field_name="created_at", lookup_expr="date__lte", label=gettext_lazy("To"))

    class Meta:
        model = AuditLogEntry
        fields = ["action", "country", "since", "until"]


@permission_required("consult.view_audit_log")
def audit_log(request):
    """The audit log: everything for administrators, the moderator's
    countries' rows for moderators; filterable."""
    country_ids = None if request.user.is_superuser else role_country_ids(request.user, CountryRole.Role.MODERATOR)
    rows = AuditLogEntry.objects.visible_to(request.user, country_ids).for_listing()
    filters = AuditLogFilter(request.GET or None, queryset=rows)
    page = Paginator(filters.qs, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "consult/audit_log.html",
        {"filters": filters, "page": page, "query": urlencode(list(query.items()))},
    )


# --- Admin sign-in goes through allauth --------------------------------------------


def may_enter_admin(user, admin):
    """Whether a signed-in ``user`` may use the Wagtail (``"wagtail"``) or
    the Django (``"django"``) admin."""
    if admin == "django":
        return user.is_active and user.is_staff
    return user.has_perm("wagtailadmin.access_admin")


def admin_login_redirect(request, next_default, admin="wagtail"):
    """/admin/login/ and /django-admin/login/ send to allauth's sign-in, so
    rate limits, lockout and MFA apply to the admin sign-in too.

    A signed-in account without access to that admin gets a 403 page that
    says so: sending it to the sign-in page again would bounce it straight
    back here, for ever."""
    target = _safe_next(request, next_default)
    if request.user.is_authenticated:
        if may_enter_admin(request.user, admin):
            return HttpResponseRedirect(target)
        return render(request, "consult/admin_access_refused.html", {"admin": admin}, status=403)
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


# --- Two-factor set-up continues where the person was going ------------------------
# Staff are sent to TOTP set-up from the page they asked for (?next=, see
# middleware.py); allauth's views drop it on the way to the recovery codes.


class ActivateTOTPView(mfa_totp_views.ActivateTOTPView):
    """allauth's TOTP set-up, passing ``next`` on to the recovery codes."""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": _safe_next(self.request, "")}

    def get_success_url(self):
        url, target = super().get_success_url(), _safe_next(self.request, "")
        return f"{url}?{urlencode({'next': target})}" if target else url


class ViewRecoveryCodesView(mfa_recovery_codes_views.ViewRecoveryCodesView):
    """allauth's recovery codes, with a link on to ``next``."""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": _safe_next(self.request, "")}


activate_totp = ActivateTOTPView.as_view()
view_recovery_codes = ViewRecoveryCodesView.as_view()
