"""Country and language names in the reader's language, and each language's
writing direction, from the Unicode CLDR data that Babel ships.

Nobody types or translates these names: CLDR has them for every locale the
platform speaks, Tigrinya and Maltese included. Codes are what is stored;
names are what is shown.
"""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from django.conf import settings
from django.utils import translation

# Codes the platform stores that CLDR spells otherwise: Dari is Persian as
# spoken in Afghanistan.
_CLDR_CODES = {"prs": "fa_AF"}


def _cldr_code(code):
    return _CLDR_CODES.get(code, code.replace("-", "_"))


@lru_cache(maxsize=64)
def _locale(code):
    try:
        return Locale.parse(_cldr_code(code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(settings.LANGUAGE_CODE)


def _reader(in_language):
    return _locale(in_language or translation.get_language() or settings.LANGUAGE_CODE)


@lru_cache(maxsize=64)
def _locale_name(code):
    return str(_locale(code))


def _reader_name(in_language):
    """``str(_reader(in_language))``, which Babel builds anew on every call
    (a film's 20 subtitle tracks asked for it 40 times)."""
    return _locale_name(in_language or translation.get_language() or settings.LANGUAGE_CODE)


@lru_cache(maxsize=2048)
def _language_name(code, in_language):
    locale = _locale(in_language)
    cldr_code = _cldr_code(code)
    name = locale.languages.get(cldr_code) or locale.languages.get(cldr_code.split("_")[0])
    return name or code


def language_name(code, in_language=None):
    """The name of the language ``code`` in ``in_language`` (the active
    language by default): language_name("nl", "de") == "Niederländisch"."""
    if not code:
        return ""
    return _language_name(code, _reader_name(in_language))


def native_language_name(code):
    """The language's name in itself (its autonym): "Nederlands", "ትግርኛ"."""
    return language_name(code, code)


def language_list(codes, in_language=None):
    """Several languages as one phrase in the reader's language, with its own
    separators: "Arabisch, Engels en Nederlands", "العربية والإنجليزية"."""
    return _language_list(tuple(codes), _reader_name(in_language))


@lru_cache(maxsize=4096)
def _language_list(codes, reader):
    # the same codes in the same language give the same phrase: a country
    # page's 50 services ask for a dozen phrases, each once per process
    names = [_language_name(code, reader) for code in codes if code]
    return format_list(names, locale=_locale(reader)) if names else ""


def country_name(code, in_language=None):
    """The name of the country with ISO code ``code`` in ``in_language``
    (the active language by default): country_name("NL", "ar") == "هولندا"."""
    if not code:
        return ""
    return _reader(in_language).territories.get(code.upper(), code)


@lru_cache(maxsize=128)
def is_right_to_left(code):
    """Whether the language is written right to left (Arabic, Farsi, Pashto, Urdu...)."""
    if code in settings.RTL_LANGUAGES:
        return True
    try:
        return Locale.parse(_cldr_code(code)).character_order == "right-to-left"
    except (UnknownLocaleError, ValueError):
        return False


def text_direction(code):
    return "rtl" if is_right_to_left(code) else "ltr"


# Languages in the Arabic script separate the items of a list with the Arabic
# comma. CLDR's list patterns for Arabic join with "و" (and) at every step,
# so they give no plain separator to take it from.
_ARABIC_SCRIPT = {"ar", "fa", "prs", "ps", "ur", "ckb", "ku"}


def separated(parts, in_language=None):
    """Short items side by side ("Leaflet, PDF"; "منشور، PDF"), with the
    reader's own comma; empty items are left out."""
    language = str(_reader(in_language).language)
    separator = "، " if language in _ARABIC_SCRIPT else ", "
    return separator.join(str(part) for part in parts if part)


def programme_language_codes():
    """Every language the platform knows: the site's, then the migrant audience's."""
    return [code for code, _name in (*settings.LANGUAGES, *settings.EXTRA_AUDIENCE_LANGUAGES)]


def language_choices_in(in_language=None):
    """(code, "Name in the reader's language — autonym") for every programme
    language, sorted by name in the reader's language."""
    choices = []
    for code in programme_language_codes():
        name, autonym = language_name(code, in_language), native_language_name(code)
        label = name if name == autonym else f"{name} — {autonym}"
        choices.append((code, label))
    return sorted(choices, key=lambda choice: choice[1].casefold())
