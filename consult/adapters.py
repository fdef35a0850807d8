"""django-allauth adapter: the project's account rules in one place."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are e-mail based; sign-up is open (vetting follows)."""

    def is_open_for_signup(self, request):
        return True
