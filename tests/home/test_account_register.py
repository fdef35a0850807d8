"""The sign-in, account and two-factor pages address people as the rest of the site does.

The site's catalogues use the polite form (Dutch "u", German "Sie", French
"vous", Arabic plural ...). Many strings of these pages come from
django-allauth's own catalogues, some of which say "je", "du", "tu" ...: the
project's catalogue carries those strings in the site's register (LOCALE_PATHS
comes before an app's catalogue). Each page, a few of its form errors and its
messages are rendered in every site language that uses the polite form, and no
informal word of that language may appear.

Italian and Polish are not checked: the site's own sign-in and account pages
use the familiar form there (as allauth does); Irish and Maltese have no
allauth catalogue.
"""

import html
import re

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.urls import reverse
from django.utils import translation

from consult.models import CountryRole
from tests.consult.conftest import PASSWORD, sign_in
from tests.consult.factories import add_totp, member, staff

pytestmark = pytest.mark.django_db

_WORDS = {
    "nl": r"je|jij|jou|jouw|jezelf|jullie",
    "de": r"du|dich|dir|dein|deine|deinem|deinen|deiner|deines",
    "fr": r"tu|toi|ton|ta|tes|te",
    "es": r"tú|tu|tus|ti|contigo|tienes|puedes|estás|eres|guárdalos|utiliza|selecciona|descarga|ten paciencia",
    "el": r"σου|εσύ|είσαι|σένα",  # noqa: RUF001 -- Greek words
    "hr": r"tvoj|tvoja|tvoje|tvoju|tvojim|tvojeg|tvojega|tebe|tebi",
    "sl": r"tvoj|tvoja|tvoje|tvojo|tvojega|tebe|tebi",
    "bg": r"ти|твой|твоя|твоят|твоята|твоето|твоите|теб|тебе|забрави си|генерирай|деактивирай",
    "hu": (
        r"te|téged|neked|veled|kérlek|légy|add meg|használd|használj|próbáld|válassz|biztos vagy"
        r"|elfelejtetted|jelszavad\w*|fiókod\w*|kódjaid\w*|címed\w*"
    ),
    # Arabic: the singular "you" where the site says "antum"; Persian: the
    # familiar suffixes and verb endings where the site says "shoma".
    "ar": r"أنت|لديك|يمكنك|عليك|تريد|كن|حاول|أدخل|استخدم|احفظها|نسيت|أضف|غيّر",
    "fa": r"می‌خواهی|کنی|کن|کرده‌ای|\w+‌ات",
}
INFORMAL = {language: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for language, words in _WORDS.items()}
# Arabic attaches the possessive to the noun: "hisabuka" (your account, singular)
INFORMAL_SUFFIX = {"ar": re.compile(r"\w+(?:حسابك|بريدك|رموزك|مرورك)(?!\w)|(?<!\w)(?:حسابك|بريدك|رموزك|مرورك)(?!\w)")}
LANGUAGES = list(INFORMAL)

# allauth's English for the errors and messages provoked below, by the page
# that shows them: each must reach it translated.
PROVOKED = {
    "sign-in, wrong password": "The email address and/or password you specified are not correct.",
    "sign-up, passwords differ": "You must type the same password each time.",
    "two-factor sign-in, wrong code": "Incorrect code.",
    "password change, wrong current password": "Please type your current password.",
    "authenticator app removal, refused to staff": "You cannot deactivate two-factor authentication.",
}


def _text(response):
    """What a reader sees (and what the page's scripts may say): the markup's text."""
    content = response.content.decode()
    content = re.sub(r"<style.*?</style>", " ", content, flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", " ", content))


def _url(name, language):
    with translation.override(language):
        return reverse(name)


def _pages(client, language):
    """(what, response) for the account and two-factor pages, their errors and messages."""
    url = lambda name: _url(name, language)  # noqa: E731
    pages = []

    def get(what, name, **kwargs):
        response = client.get(url(name), **kwargs)
        assert response.status_code == 200, (what, response.status_code)
        pages.append((what, response))

    def post(what, name, data, **kwargs):
        response = client.post(url(name), data, **kwargs)
        assert response.status_code in (200, 400), (what, response.status_code)
        pages.append((what, response))

    # a visitor: sign-in, sign-up and password reset, with their errors
    get("sign-in", "account_login")
    person = member()
    post("sign-in, wrong password", "account_login", {"login": person.email, "password": "not the password"})
    get("sign-up", "account_signup")
    post(
        "sign-up, passwords differ",
        "account_signup",
        {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD + "!"},
    )
    get("password reset", "account_reset_password")

    # a member with an authenticator app signs in: the second step, a wrong code
    protected = member()
    add_totp(protected)
    response = client.post(url("account_login"), {"login": protected.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "/2fa/authenticate/" in response["Location"]
    get("two-factor sign-in", "mfa_authenticate")
    post("two-factor sign-in, wrong code", "mfa_authenticate", {"code": "000000"})
    client.logout()

    # a signed-in member without a second factor: e-mail, password, two-factor set-up
    sign_in(client, member())
    get("e-mail addresses", "account_email")
    get("password change", "account_change_password")
    post("password change, wrong current password", "account_change_password", {"oldpassword": "wrong"})
    get("two-factor", "mfa_index")
    get("authenticator app set-up", "mfa_activate_totp")
    get("confirm access", "account_reauthenticate")
    client.logout()

    # a moderator with an authenticator app and recovery codes
    moderator = staff(CountryRole.Role.MODERATOR)
    RecoveryCodes.activate(moderator)
    sign_in(client, moderator)
    get("two-factor, active", "mfa_index")
    get("recovery codes", "mfa_view_recovery_codes")
    get("new recovery codes", "mfa_generate_recovery_codes")
    post("new recovery codes, made", "mfa_generate_recovery_codes", {}, follow=True)
    get("authenticator app removal", "mfa_deactivate_totp")
    post("authenticator app removal, refused to staff", "mfa_deactivate_totp", {})
    get("confirm access, alternatives", "account_reauthenticate")
    get("confirm access with a code", "mfa_reauthenticate")
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_account_pages_speak_in_the_sites_register(client, language):
    pages = _pages(client, language)
    found = []
    for what, response in pages:
        assert f'<html lang="{language}"' in response.content.decode(), what
        text = _text(response)
        for pattern in filter(None, (INFORMAL[language], INFORMAL_SUFFIX.get(language))):
            for match in pattern.finditer(text):
                context = " ".join(text[max(0, match.start() - 60) : match.end() + 60].split())
                found.append(f"{what}: {match.group()!r} in …{context}…")
    assert found == []

    # The errors and messages were really provoked, in the page's language
    # (else the absence of informal words would prove nothing).
    with translation.override(language):
        expected = {what: translation.gettext(english) for what, english in PROVOKED.items()}
    shown = dict(pages)
    missing = [
        (what, message)
        for what, message in expected.items()
        if html.escape(message) not in shown[what].content.decode()
    ]
    assert missing == []
    assert not any(expected[what] == english for what, english in PROVOKED.items())


@pytest.mark.parametrize(
    ("language", "words", "not_words"),
    [
        ("nl", ["Tweestapsverificatie", "Inloggen"], ["Twee-factor", "Aanmelden"]),
        ("de", ["Anmelden"], ["Anmeldung"]),
    ],
)
def test_the_two_factor_sign_in_step_uses_the_sites_own_words(client, language, words, not_words):
    """The heading, label and button of the second step say what the rest of the site says."""
    protected = member()
    add_totp(protected)
    client.post(_url("account_login", language), {"login": protected.email, "password": PASSWORD})
    text = _text(client.get(_url("mfa_authenticate", language)))
    for word in words:
        assert word in text
    for word in not_words:
        assert word not in text
