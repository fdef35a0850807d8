"""The interface around translated page content speaks the visitor's language.

Page content is translated through wagtail-localize; the labels, headings,
buttons and messages of the templates and forms come from the gettext
catalogues in locale/<lang>/LC_MESSAGES/django.po.
"""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

pytestmark = pytest.mark.django_db

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"
# Everything a visitor can reach without an account: the pages, their blocks
# (templates/home/blocks/), the account pages, messages and e-mails of allauth
# that we override (templates/account/), and the error pages.
PUBLIC_TEMPLATE_DIRS = ("base", "includes", "home", "account", "allauth")
PUBLIC_TEMPLATE_FILES = ("404.html", "429.html", "500.html", "503.html")
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# templatize() turns {% trans %} / {% blocktrans %} into gettext calls with repr()'d arguments.
_LITERAL = r"u(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
_CALL = re.compile(rf" (n?p?gettext)\(((?:{_LITERAL}(?:, )?)+)")


def template_messages(path):
    """(msgctxt, msgid, msgid_plural) for every translatable string of a template."""
    for function, arguments in _CALL.findall(templatize(path.read_text(), origin=str(path))):
        values = [ast.literal_eval(literal) for literal in re.findall(_LITERAL, arguments)]
        context = values.pop(0) if function.startswith(("pgettext", "npgettext")) else None
        plural = values[1] if function.startswith(("ngettext", "npgettext")) else None
        yield context, values[0], plural


def public_template_messages():
    messages = set()
    for folder in PUBLIC_TEMPLATE_DIRS:
        for path in sorted((TEMPLATES_DIR / folder).rglob("*")):
            if path.suffix in (".html", ".txt"):
                messages.update(template_messages(path))
    for name in PUBLIC_TEMPLATE_FILES:
        messages.update(template_messages(TEMPLATES_DIR / name))
    return messages


def translated(entry, plural):
    if plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def untranslated(language, messages):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    missing = []
    for context, msgid, plural in sorted(messages, key=str):
        entry = catalogue.find(msgid, msgctxt=context) if context else catalogue.find(msgid)
        if entry is None or entry.obsolete or entry.fuzzy or not translated(entry, plural):
            missing.append(msgid)
    return missing


def test_the_dutch_country_page_has_a_dutch_interface(client):
    html = client.get("/nl/countries/nl/").content.decode()
    assert '<html lang="nl"' in html
    assert '<h2 id="help-heading">Waar u hulp kunt krijgen</h2>' in html
    assert ">Deze site snel verlaten</a>" in html
    assert "Of druk drie keer op de Shift-toets." in html
    assert "Bel in een noodgeval" in html
    assert "Leave this site quickly" not in html
    assert "Where to get help" not in html


def test_the_arabic_country_page_has_an_arabic_interface(client):
    html = client.get("/ar/countries/nl/").content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert ">مغادرة الموقع بسرعة</a>" in html
    assert '<h2 id="help-heading">أين يمكن الحصول على المساعدة</h2>' in html
    assert "Leave this site quickly" not in html


def test_service_kinds_and_counts_follow_the_page_language(client):
    html = client.get("/nl/countries/nl/", {"kind": "police"}).content.decode()
    assert '<p class="service__kind">Politie' in html
    assert "1 dienst</p>" in html
    html = client.get("/ar/countries/nl/", {"kind": "police"}).content.decode()
    assert '<p class="service__kind">الشرطة' in html
    assert "خدمة واحدة</p>" in html


def test_an_ambassador_form_error_on_a_dutch_page_is_in_dutch(client):
    data = {
        "organisation": "",
        "languages_needed": "Arabisch",
        "region": "Amsterdam Noord",
        "contact_channel": "email",
        "contact_details": "contact@groep.example",
        "consent_to_contact": "on",
        "website": "",
    }
    response = client.post("/nl/countries/nl/", data)
    assert response.status_code == 400
    html = response.content.decode()
    error = html.split('id="id_organisation-error"', 1)[1].split("</div>", 1)[0]
    assert "Dit veld is verplicht." in error
    assert ">Organisatie of gemeenschap <span" in html
    assert "Aanvraag versturen</button>" in html
    assert "This field is required." not in html


def test_a_form_error_on_a_maltese_page_is_in_maltese(client):
    # Django itself has no Maltese catalogue: the "required" message is ours.
    response = client.post("/mt/countries/mt/", {"organisation": "", "website": ""})
    assert response.status_code == 400
    html = response.content.decode()
    error = html.split('id="id_organisation-error"', 1)[1].split("</div>", 1)[0]
    assert "Dan il-qasam huwa meħtieġ." in error


def test_the_thank_you_message_is_in_the_page_language(client):
    data = {
        "organisation": "Vrouwengroep Noord",
        "languages_needed": "Arabisch",
        "region": "Amsterdam Noord",
        "contact_channel": "email",
        "contact_details": "contact@groep.example",
        "consent_to_contact": "on",
        "website": "",
    }
    html = client.post("/nl/countries/nl/", data, follow=True).content.decode()
    assert "Uw aanvraag is naar het landenkantoor gestuurd" in html


def test_the_template_scan_finds_the_public_strings():
    messages = public_template_messages()
    msgids = {msgid for _context, msgid, _plural in messages}
    assert {"Skip to main content", "Leave this site quickly", "Where to get help", "Send request"} <= msgids
    assert {"There is a problem", "Forgotten your password?", "Confirm your e-mail address for PROTECT"} <= msgids
    assert "Too many attempts" in msgids  # the error pages
    assert (None, "%(counter)s service", "%(counter)s services") in messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_public_templates_is_translated(language):
    assert untranslated(language, public_template_messages()) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_public_form_and_choice_labels_are_translated(language):
    from consult.forms import AmbassadorRequestForm
    from consult.models import AmbassadorRequest, CountryDocument, SupportService

    with translation.override(settings.LANGUAGE_CODE):
        form = AmbassadorRequestForm(data={"website": "http://spam.example"})
        form.is_valid()
        texts = {str(AmbassadorRequest._meta.get_field(name).verbose_name) for name in form._meta.fields}
        texts |= {str(form.fields[name].label) for name in ("website", "consent_to_contact")}
        texts |= {str(field.help_text) for field in form.fields.values() if field.help_text}
        texts |= {str(error) for errors in form.errors.values() for error in errors}  # required, honeypot
        for choices in (SupportService.Kind, CountryDocument.Kind, AmbassadorRequest.Channel):
            texts |= {str(label) for label in choices.labels}
    assert "This field is required." in texts
    assert untranslated(language, {(None, text, None) for text in texts}) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_in_and_sign_up_forms_are_translated(language):
    from consult.members.forms import MemberSignupForm
    from consult.members.sign_in import MemberLoginForm

    with translation.override(settings.LANGUAGE_CODE):
        texts = set()
        for form in (MemberLoginForm(), MemberSignupForm()):
            for name, field in form.fields.items():
                if name.startswith("accept_"):
                    continue  # labels with a link, checked through their msgid below
                texts |= {str(field.label)} if field.label else set()
                if field.help_text and name not in ("password1",):  # Django's password rules: Django's catalogue
                    texts.add(str(field.help_text))
                if not hasattr(field, "queryset"):  # country names come from CLDR, not from the catalogue
                    texts |= {str(label) for _value, label in getattr(field, "choices", [])}
        texts.discard("—")
        texts |= {
            'I accept the <a href="%(url)s" target="_blank">code of conduct</a> (version %(version)s).',
            'I have read the <a href="%(url)s" target="_blank">privacy notice</a> (version %(version)s).',
        }
    assert "Keep me signed in on this device" in texts
    assert untranslated(language, {(None, text, None) for text in texts}) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_seeded_texts_have_a_translation_in_every_language(language):
    from home.seed_content import COUNTRY_INTRODUCTION, HOME_INTRODUCTION, TRANSLATED_TEXT

    home_introduction, index_title, country_introduction = TRANSLATED_TEXT[language]
    assert len(home_introduction) == len(HOME_INTRODUCTION)
    assert len(country_introduction) == len(COUNTRY_INTRODUCTION)
    for english, translated in zip(
        [*HOME_INTRODUCTION, *COUNTRY_INTRODUCTION], [*home_introduction, *country_introduction], strict=True
    ):
        assert translated.strip()
        assert translated != english
    assert index_title not in ("", "Countries")


def test_arabic_names_the_country_office_one_way_everywhere():
    """A country office of the programme is "المكتب القُطري" (the term of the
    seeded Arabic pages and of NGO country offices), never "المكتب الوطني",
    which reads as a government's national office and blurs with the
    national versions ("النسخة الوطنية") of the recommendations."""
    catalogue = polib.pofile(str(LOCALE_DIR / "ar" / "LC_MESSAGES" / "django.po"))
    about_offices = [
        entry
        for entry in catalogue
        if not entry.obsolete and re.search(r"country[ -]offices?\b|country offices'", entry.msgid, re.IGNORECASE)
    ]
    assert len(about_offices) > 20

    def texts(entry):
        return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]

    for entry in about_offices:
        for text in texts(entry):
            assert re.search(r"مكتب القُطري|مكاتب القُطرية", text), entry.msgid
    for entry in catalogue:
        for text in texts(entry):
            assert not re.search(r"مكتب\s+الوطني|مكاتب\s+الوطنية", text), entry.msgid
    with translation.override("ar"):
        assert translation.gettext("country office") == "المكتب القُطري"
