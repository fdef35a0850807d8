"""Django's own sign-up strings, carried in our catalogue for the site
languages whose Django catalogue lacks them: Irish, Maltese, Croatian.

Nothing imports this module: ``makemessages`` reads it, so the msgids stay in
locale/*/LC_MESSAGES/django.po. An entry left empty in a language falls back
to Django's catalogue, so only ga, mt and hr carry them.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

PASSWORD_RULES = [
    gettext_noop("Your password can’t be too similar to your other personal information."),  # noqa: RUF001 -- Django's msgid, to the letter
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    gettext_noop("Your password can’t be a commonly used password."),  # noqa: RUF001 -- Django's msgid, to the letter
    gettext_noop("Your password can’t be entirely numeric."),  # noqa: RUF001 -- Django's msgid, to the letter
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    gettext_noop("This password is too common."),
    gettext_noop("This password is entirely numeric."),
]
