"""What a signed-in account must do before anything else."""

from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from ..account_standing import remembered
from ..models import Profile
from ..predicates import has_staff_role, profile_of

# Pages an account can always reach: signing out, setting up MFA (and the
# re-authentication it asks for), and the texts it is asked to accept.
ALWAYS_ALLOWED = {
    "account_logout",
    "account_reauthenticate",
    "account_request_reauthentication_code",
    "account_confirm_reauthentication_code",
    "mfa_index",
    "mfa_activate_totp",
    "mfa_reauthenticate",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
    "mfa_download_recovery_codes",
    "members:consent",
    "members:code_of_conduct",
    "members:privacy_notice",
    "consult:health",
}
# A member who does not accept a new code of conduct may still take their
# data and leave.
ALLOWED_WITHOUT_CONSENT = ALWAYS_ALLOWED | {
    "members:account",
    "members:export",
    "members:delete",
    "members:delete_confirm",
}


class AccountRequirementsMiddleware:
    """Ends sessions of deleted accounts with a message, sends staff without
    MFA to MFA set-up, and members to a new code of conduct.

    Staff roles (moderator, editor, country-office staff) and administrators
    must use MFA: until they have set up TOTP, every page but the ones in
    ALWAYS_ALLOWED redirects to the set-up page, the Wagtail and Django
    admin included. Place after MessageMiddleware, before anything that
    reads ``request.user``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        had_account = SESSION_KEY in request.session
        if had_account and not request.user.is_authenticated:
            # The account behind this session was deleted or deactivated.
            request.session.flush()
            messages.info(request, _("You have been signed out: this account no longer exists or is not active."))
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated:
            return None
        name = request.resolver_match.view_name if request.resolver_match else ""
        if name in ALWAYS_ALLOWED:
            return None
        if has_staff_role(user) and not remembered(user, "mfa", lambda: is_mfa_enabled(user)):
            messages.warning(request, _("Your role requires two-factor authentication. Set it up to continue."))
            return _redirect("mfa_activate_totp", request)
        profile = profile_of(user)
        if (
            profile is not None
            and profile.status != Profile.Status.DELETED
            and not profile.has_current_consent()
            and name not in ALLOWED_WITHOUT_CONSENT
        ):
            return _redirect("members:consent", request)
        return None


def _redirect(url_name, request):
    query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
    return HttpResponseRedirect(reverse(url_name) + (f"?{query}" if query else ""))
