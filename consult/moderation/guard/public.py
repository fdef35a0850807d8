"""Public numbers are not personal data.

These pass the guard: 112 and the harmonised European 116 xxx numbers; the
national helplines of the 12 countries (``PublicHelpline`` rows, seeded
from ``NATIONAL_HELPLINES`` and kept up to date by moderators); the
organisations' public e-mail addresses, websites and social accounts
(``PublicContact`` rows, seeded from ``ORGANISATION_CONTACTS``, kept the
same way); every support service's own phone and website on the country
pages; each country office's
own contact details, and whatever an upper floor registers with
``register_public_contacts`` (home registers the offices' contact on the
country pages). France's short social numbers (115, 119, 3919 ...) count
too, and a service named by its number ("hébergée au 115", "il 114
Emergenza Infanzia") is neither a house number nor a person's name. A
professional's own phone or e-mail is still held: the moderator decides.

The lists are read from the database once and cached under a version that
changes whenever one of those rows does (and after five minutes at most,
for contacts registered by other apps).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.core.cache import cache

from ...cache_versions import CacheVersion
from .numbers import COUNTRIES, parse_phone

# 112 and the harmonised European numbers of social value.
HARMONISED = ("112", "116000", "116006", "116111", "116117", "116123")

# The short social and emergency numbers of France (a site language's
# country, not one of the 12): "hébergée au 115" is housed by the Samu social.
# Too short to be a phone, they matter where a number follows "au", "le".
FRENCH_SERVICES = ("115", "119", "3919", "114", "3114", "3977")

# (country, name, number, kind): published national helplines, seeded as
# sample content that the country office or a moderator must verify.
NATIONAL_HELPLINES = [
    ("BE", "1712 – Hulplijn geweld, misbruik en kindermishandeling", "1712", "violence"),
    ("BE", "Écoute violences conjugales", "0800 30 030", "violence"),
    ("BE", "Hulplijn seksueel geweld", "0800 98 100", "sexual_assault"),
    ("BG", "Национална телефонна линия за пострадали от домашно насилие", "0800 1 86 76", "violence"),
    ("HR", "Nacionalni pozivni centar za žrtve kaznenih djela", "116 006", "victims"),
    ("HR", "SOS telefon za žene žrtve nasilja", "0800 55 44", "violence"),
    ("GR", "Γραμμή SOS 15900", "15900", "violence"),
    ("GR", "Γραμμή για την εμπορία ανθρώπων", "1109", "trafficking"),
    ("GR", "Γραμμή στήριξης ΛΟΑΤΚΙ+ 11528", "11528", "lgbtqi"),
    ("HU", "OKIT – Országos Kríziskezelő és Információs Telefonszolgálat", "06 80 20 55 20", "violence"),
    ("IE", "Women's Aid 24-hour National Freephone Helpline", "1800 341 900", "violence"),
    ("IE", "Rape Crisis Helpline", "1800 77 8888", "sexual_assault"),
    ("IE", "LGBT Ireland helpline", "1800 929 539", "lgbtqi"),
    ("IE", "Garda Confidential Line", "1800 666 111", "other"),
    ("IT", "1522 – Numero antiviolenza e stalking", "1522", "violence"),
    ("IT", "Numero Verde Antitratta", "800 290 290", "trafficking"),
    ("IT", "114 Emergenza Infanzia", "114", "other"),
    ("IT", "Gay Help Line", "800 713 713", "lgbtqi"),
    ("MT", "Supportline 179", "179", "violence"),
    ("MT", "Victim Support Malta", "2122 8333", "victims"),
    ("MT", "Malta Police Force, General Headquarters", "2122 4001", "other"),
    ("NL", "Veilig Thuis", "0800 2000", "violence"),
    ("NL", "Centrum Seksueel Geweld", "0800 0188", "sexual_assault"),
    ("NL", "Fier – landelijk centrum mensenhandel", "088 20 80 000", "trafficking"),
    ("NL", "Slachtofferhulp Nederland", "0900 0101", "victims"),
    ("PL", "Niebieska Linia", "800 120 002", "violence"),
    ("PL", "Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi", "22 628 01 20", "trafficking"),
    ("SI", "SOS telefon za ženske in otroke – žrtve nasilja", "080 11 55", "violence"),
    ("ES", "016 – Atención a víctimas de violencia de género", "016", "violence"),
    ("ES", "Línea contra la trata (Policía Nacional)", "900 10 50 90", "trafficking"),
    ("ES", "028 – Línea LGTBI", "028", "lgbtqi"),
    ("ES", "016 por WhatsApp", "600 000 016", "violence"),
    ("PL", "Centrum Praw Kobiet – telefon zaufania", "600 070 717", "violence"),
    ("IT", "Telefono Rosa", "06 3751 8282", "violence"),
]


# (country, organisation, e-mail address, website or social account, kind):
# organisations' published contacts, seeded as sample content that the
# country office or a moderator must verify (``PublicContact`` rows).
ORGANISATION_CONTACTS = [
    ("IE", "Rape Crisis Centre Dublin", "rcc@rcc.ie", "email"),
    ("IE", "Women's Aid", "https://www.womensaid.ie", "website"),
    ("IE", "Women's Aid", "https://www.facebook.com/womensaidireland", "social"),
    ("NL", "Fier", "https://www.fier.nl", "website"),
    ("NL", "Centrum Seksueel Geweld", "https://centrumseksueelgeweld.nl", "website"),
    ("BE", "Hulplijn 1712", "https://www.1712.be", "website"),
    ("IT", "D.i.Re – Donne in Rete contro la violenza", "https://www.facebook.com/DireControLaViolenza", "social"),
    ("IT", "Telefono Rosa", "https://www.telefonorosa.it", "website"),
    ("PL", "Fundacja Centrum Praw Kobiet", "https://www.facebook.com/CentrumPrawKobiet", "social"),
    ("ES", "Fundación ANAR", "https://www.anar.org", "website"),
    ("GR", "Διοτίμα – Κέντρο Έρευνας Γυναικείων Θεμάτων", "https://www.diotima.org.gr", "website"),
    ("MT", "Women's Rights Foundation", "https://www.facebook.com/womensrightsfoundationmalta", "social"),
]

# "9.30-13.00", "13.30–16.00": the hours of a meeting or a training in the
# dotted notation of nl, it, sl, en (and most of the 16 languages). Eight
# digits with a dot and a dash have a phone's length, yet no one reads them
# as a number to call: each half is a time of day (hours to 23, minutes
# on a five-minute step) and the range runs forward.
_TIME_RANGE = re.compile(r"([01]?\d|2[0-3])[.:]([0-5][05])\s?[-–]\s?([01]?\d|2[0-3])[.:]([0-5][05])")


def time_range(candidate):
    """A phone-shaped candidate that is the hours of a meeting ("9.30-13.00")."""
    match = _TIME_RANGE.fullmatch(candidate.strip())
    if not match:
        return False
    start_h, start_m, end_h, end_m = (int(group) for group in match.groups())
    return (start_h, start_m) < (end_h, end_m)


# "10.482.487", "1,250,000": a count in the millions written with a
# thousands separator (a census, a budget). No phone of the 12 countries is
# written as one or two digits and then groups of three without a leading 0;
# a number after a phone word is still judged as a phone.
_THOUSANDS = re.compile(r"[1-9]\d?(?:\.\d{3}){2,}|[1-9]\d?(?:,\d{3}){2,}")


_NUMBER_BEFORE_A_NAME = re.compile(r"(?<![\w.,])(\d[\d ]{1,10}\d)\s*[-–:]?\s*$")


def after_a_public_number(text, start, public):
    """A capitalised name right after a listed public number is the
    service's ("il 114 Emergenza Infanzia", "116 000 Missing Children",
    "la 1522 Antiviolenza"), not a person's."""
    number = _NUMBER_BEFORE_A_NAME.search(text, max(0, start - 16), start)
    return bool(number) and public.has_number(number.group(1))


# A service named by its number after an article ("hébergée au 115", "vive con el 016", "sta al 1522"):
# no street is named, so the number is no house's
_SERVICE_BY_NUMBER = re.compile(
    r"(?<![\w])(?:au|aux|le|la|al|del|el|il|allo|alla|dal|dalla|the|het|de|na|do|στο|στη|на|в)\s+(\d{3,6})$",
    re.IGNORECASE,
)


def a_service_by_its_number(matched, public):
    """An "address" that ends in a listed public number after an article:
    the service, not a house."""
    number = _SERVICE_BY_NUMBER.search(matched.strip())
    return bool(number) and public.has_number(number.group(1))


# "in 2025 1.284 meldingen", "2024: 3,120 calls": a year and then a count with
# its thousands separator (no phone is grouped as four digits, then one to
# three and a dot or comma before three)
_YEAR_AND_COUNT = re.compile(r"(?:19|20)\d{2}[:,]?\s[1-9]\d{0,2}(?:[.,]\d{3})+")


def counted_quantity(candidate):
    """A phone-shaped candidate that is a quantity grouped by thousands, or a
    year and such a quantity."""
    candidate = candidate.strip()
    return bool(_THOUSANDS.fullmatch(candidate) or _YEAR_AND_COUNT.fullmatch(candidate))


# An amount of money: a currency's sign, code or name right before or after the
# number ("9 600 000 Ft", "€ 12 500 000", "1 250 000 zł", "2 400 000 лв.",
# "350 000 تومان"), in the currencies the 16 languages' writers name.
_CURRENCY_CODES = r"€|£|\$|EUR|GBP|USD|CHF|HUF|PLN|BGN|HRK|RON|CZK|AFN|IRR"
_CURRENCY_NAMES = (
    r"euros?|eura|eur[oó]w|evra|eurot?|ευρώ|евро|يورو|یورو|pounds?|dollars?|Ft|forint\w*|zł|złot\w*|лв|лева|"
    r"kn|kun[ae]?|Kč|ريال|ریال|تومان|درهم|دينار|ليرة|جنيه|افغانی"
)
_CURRENCY_AFTER = re.compile(rf"\s?(?:{_CURRENCY_CODES}|{_CURRENCY_NAMES})(?![^\W\d_])")
# before the number only a sign or a code: "lei", "kn" before a number may be a pronoun or a word
_CURRENCY_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_CURRENCY_CODES})\s?$")


def an_amount(text, start, end):
    """The number at [start, end) is an amount of money: a currency's sign,
    code or name right after or before it."""
    return bool(_CURRENCY_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text, max(0, start - 10), start))


# "24h/24", "24/7", "7j/7", "24 ore su 24": when a service answers, in the
# 16 languages' abbreviations (h, u, óra, ore, ч, ώρες; j, d, g, dni, nap).
# (the digit comes first and the look behind after it, so the engine jumps
# from "2" to "7" instead of trying every position)
_AVAILABILITY = re.compile(
    r"(?:2(?<![\w/]2)4\s?(?:h|u|hrs?|óra|ore|ч|ώρες)?\s?(?:/|su|sur|de|na|z|od)\s?(?:24|7)"
    r"(?:\s?(?:h|u|j|d|g|dni|dana|nap|días|giorni|jours|ημέρες|дни))?|7(?<![\w/]7)\s?(?:j|d|g|dni|dana|nap)?\s?/\s?7)"
    r"(?![\w/])",
    re.IGNORECASE,
)


def availability(text):
    """(start, end) of each "24h/24", "24/7": a service's hours, no file's number."""
    for match in _AVAILABILITY.finditer(text):
        yield match.span()


# National offices named by their acronym, and their country: a number in
# a sentence about one is read in that country's numbering plan ("IND
# 088 043 0430" is the Dutch office's line, not a Bulgarian mobile, whatever
# the language it is written in). Whole words in capitals only.
OFFICE_COUNTRIES = {
    "IND": "NL",
    "COA": "NL",
    "UWV": "NL",
    "BAMF": "DE",
    "OFII": "FR",
    "OFPRA": "FR",
    "Fedasil": "BE",
    "CGRS": "BE",
    "CGRA": "BE",
    "CGVS": "BE",
    "IPAS": "IE",
    "IPO": "IE",
    "Tusla": "IE",
    "UDSC": "PL",
    "MUP": "HR",
    "ДАБ": "BG",
    "AWAS": "MT",
    "INPS": "IT",
    "SEPE": "ES",
    "OAR": "ES",
}
_OFFICE_ACRONYM = re.compile(r"(?<![\w])(" + "|".join(OFFICE_COUNTRIES) + r")(?![\w])")


def office_regions(text, start, end, reach=120):
    """The countries of the national offices named by acronym within
    ``reach`` characters of a number, nearest first."""
    found = []
    for match in _OFFICE_ACRONYM.finditer(text, max(0, start - reach), min(len(text), end + reach)):
        country = OFFICE_COUNTRIES[match.group(1)]
        if country not in found:
            found.append(country)
    return tuple(found)


_SCHEME = re.compile(r"^(?:https?://)?(?:www\.|m\.|mobile\.)?", re.IGNORECASE)


def account_keys(value):
    """The keys a web address or social account is compared by: the address
    without scheme, "www." and trailing slash ("facebook.com/safeharbour"),
    and an account's name without "@" ("safeharbour")."""
    value = (value or "").strip().casefold()
    if not value:
        return set()
    if value.startswith("@"):
        return {value[1:]}
    link = _SCHEME.sub("", value).split("?")[0].split("#")[0].rstrip("/")
    keys = {link}
    if "/" in link:
        keys.add(link.rsplit("/", 1)[1].lstrip("@"))
    elif "." not in link:
        keys.add(link)
    return {key for key in keys if key}


@dataclass(frozen=True)
class PublicContacts:
    """Phone numbers (as E.164 and as national digits), e-mail addresses and
    web addresses and social accounts that the guard lets through."""

    numbers: frozenset = field(default_factory=frozenset)
    emails: frozenset = field(default_factory=frozenset)
    accounts: frozenset = field(default_factory=frozenset)

    def has_account(self, matched):
        """A social match (a profile link, "@name", "Instagram: name") that is
        a listed account or on a listed website."""
        if not self.accounts:
            return False
        matched = matched.strip().rstrip(".,;:")
        keys = account_keys(matched)
        last = re.findall(r"@?[\w.-]{2,}", matched)
        if last:
            keys |= account_keys("@" + last[-1].lstrip("@"))
        return bool(keys & self.accounts)

    def has_number(self, candidate, e164=None):
        digits = re.sub(r"\D", "", candidate)
        if digits in HARMONISED or digits in FRENCH_SERVICES or (len(digits) == 6 and digits.startswith("116")):
            return True
        return digits in self.numbers or (e164 is not None and e164 in self.numbers)

    def has_email(self, address):
        return address.casefold() in self.emails


def contacts_from(numbers=(), emails=(), accounts=()):
    """Build PublicContacts from ``(phone in any format, country code or None)``
    pairs, e-mail addresses and web addresses or social accounts."""
    keys = set(HARMONISED)
    for number, region in numbers:
        digits = re.sub(r"\D", "", number or "")
        if not digits:
            continue
        keys.add(digits)
        e164, _valid = parse_phone(number, (region,) if region else COUNTRIES)
        if e164:
            keys.add(e164)
    account_set = set()
    for value in accounts:
        account_set |= account_keys(value)
    return PublicContacts(frozenset(keys), frozenset(e.strip().casefold() for e in emails if e), frozenset(account_set))


def _split_contacts(values):
    """(e-mail addresses, web addresses and accounts) of ``values``."""
    emails, accounts = [], []
    for value in values:
        value = (value or "").strip()
        if "@" in value[1:] and "/" not in value:
            emails.append(value)
        elif value:
            accounts.append(value)
    return emails, accounts


@lru_cache(maxsize=1)
def built_in():
    """The harmonised numbers and the seeded national helplines, for a scan
    that is not given the database's lists."""
    emails, accounts = _split_contacts(value for _, _, value, _ in ORGANISATION_CONTACTS)
    return contacts_from(((number, country) for country, _, number, _ in NATIONAL_HELPLINES), emails, accounts)


# --- what other apps register, and the database -----------------------------------

_PROVIDERS = []


def register_public_contacts(provider):
    """``provider()`` returns ``(phone or e-mail, country code or None)``
    pairs that are public (an office's contact on its country page)."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)


_VERSION = CacheVersion("guard-public-contacts-version")
bump = _VERSION.bump
_TIMEOUT = 300


def _from_database():
    from ...models import Country, PublicContact, PublicHelpline, SupportService

    numbers = list(PublicHelpline.objects.values_list("number", "country__code"))
    numbers += list(SupportService.objects.live().exclude(phone="").values_list("phone", "country__code"))
    emails, accounts = _split_contacts(PublicContact.objects.values_list("value", flat=True))
    accounts += list(SupportService.objects.live().exclude(website="").values_list("website", flat=True))
    emails += list(Country.objects.exclude(office_email="").values_list("office_email", flat=True))
    for provider in _PROVIDERS:
        for value, region in provider():
            if "@" in (value or "") and "/" not in value:
                emails.append(value)
            elif re.search(r"\d", value or "") and not re.search(r"[a-z]{2}", (value or "").lower()):
                numbers.append((value, region))
            elif value:
                accounts.append(value)
    return contacts_from(numbers, emails, accounts)


def current():
    """The public contacts now, from the cache or the database."""
    key = f"guard-public-contacts:{_VERSION.current()}"
    found = cache.get(key)
    if found is None:
        found = _from_database()
        cache.set(key, found, _TIMEOUT)
    return found


def connect():
    """Bump the version when a row the list is built from changes."""
    from django.db.models.signals import post_delete, post_save

    from ...models import Country, PublicContact, PublicHelpline, SupportService

    for model in (PublicHelpline, PublicContact, SupportService, Country):
        label = model._meta.label_lower
        post_save.connect(bump, sender=model, dispatch_uid=f"guard-public-contacts:save:{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"guard-public-contacts:delete:{label}")
