"""allauth's sign-in form in the site's words (ACCOUNT_FORMS["login"]).

allauth's labels ("Remember Me", placeholders, a help link inside the
password field) come from its own catalogue, which has no Irish or Maltese
and another voice; the template (templates/account/login.html) renders this
form like every other form of the site, with the reset link below it.
"""

from allauth.account.forms import LoginForm
from django.utils.translation import gettext_lazy as _


class MemberLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("E-mail address")
        self.fields["password"].label = _("Password")
        self.fields["password"].help_text = ""
        for field in ("login", "password"):
            self.fields[field].widget.attrs.pop("placeholder", None)
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device")
            self.fields["remember"].help_text = _("Not on a shared or borrowed phone or computer.")
