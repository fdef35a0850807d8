"""Phone numbers (libphonenumber, through ``phonenumbers``), checksummed
national ID numbers and IBANs (``python-stdnum``).

A number that validates is strong evidence; a number that only has the
shape of one is weaker and is held only with a word that says what it is
("PESEL", "passport", "ΑΜΚΑ") nearby.
"""

import re
from bisect import bisect_left
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata
from stdnum import iban, numdb
from stdnum.be import bis as be_bis
from stdnum.be import eid as be_eid
from stdnum.be import nn as be_nn
from stdnum.bg import egn as bg_egn
from stdnum.bg import pnf as bg_pnf
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.gr import vat as gr_afm
from stdnum.hr import oib as hr_oib
from stdnum.ie import pps as ie_pps
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.si import emso as si_emso

from .anchors import Anchored, literal_prefixes

COUNTRIES = ("BE", "BG", "HR", "GR", "HU", "IE", "IT", "MT", "NL", "PL", "SI", "ES")
# The countries whose numbers a writer of each language most likely gives first.
REGIONS_BY_LANGUAGE = {
    "en": ("IE", "MT", "GB"),
    "ga": ("IE",),
    "nl": ("NL", "BE"),
    "fr": ("BE", "FR"),
    "de": ("BE", "DE", "AT"),
    "bg": ("BG",),
    "hr": ("HR",),
    "el": ("GR",),
    "hu": ("HU",),
    "it": ("IT",),
    "mt": ("MT",),
    "pl": ("PL",),
    "sl": ("SI",),
    "es": ("ES",),
}

# A run of 7 to 17 digits with the separators people type between them.
# Each repetition consumes a digit, so there is no backtracking blow-up.
# A bracket that opens a number with a Hungarian case ending ("(06-tal az
# elején)", "with 06 first") names the trunk prefix: it is not a last group.
PHONE_CANDIDATE = re.compile(
    r"(?<![\w@/.,+-])(?:\+|00)?(?:\(\s?)?\d(?:[\s().\-/]{1,3}\d|\d){6,16}(?![\w/@]|[.,]\d)"
    r"(?!(?:(?<=\(\d)|(?<=\(\d\d)|(?<=\(\d\d\d))-[^\W\d_])"
)
# 13xx/14xx years: Persian solar dates ("1404/08/20")
_DATE_SHAPE = re.compile(
    r"\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})|(?:19|20|13|14)\d{2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}"
)
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s?[-/–]\s?(?:(?:19|20)\d{2}|\d{2})")
# "4939/2022", "4300-15/2025", "PR 2 Ds. 1452.2026": a file's or a contract's number and its year
_NUMBER_OF_YEAR = re.compile(r"(?:\d{1,6}[-.])?\d{1,6}\s?/\s?(?:19|20)\d{2}")
_PHONE_WORDS = re.compile(
    r"(?:phone|mobile|cell|call|ring|number|whatsapp|signal|viber|telegram|tel|gsm|mob|bellen|nummer|telefoon|"
    r"handy|anrufen|telefon|téléphone|portable|numéro|appeler|teléfono|móvil|llamar|número|telefono|cellulare|"
    r"numero|chiama|telefonu|numer|komórk|zadzwo|mobitel|broj|nazovi|številk|pokliči|telefonszám|szám|hív|"
    r"τηλέφωνο|κινητό|αριθμό|τηλ|телефон|номер|мобилен|numru|mowbajl|ċempel|uimhir|fón|guthán|glaoigh|"
    r"هاتف|رقم|جوال|موبايل|واتساب|اتصل|تلفن|شماره|موبایل|زنگ)",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _region_pattern(region):
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        return None, ""
    return re.compile(metadata.general_desc.national_number_pattern), metadata.national_prefix or ""


def _plausible(region, digits):
    """A quick look at the region's number pattern before the full parse."""
    pattern, trunk = _region_pattern(region)
    if pattern is None:
        return True
    national = digits[len(trunk) :] if trunk and digits.startswith(trunk) else digits
    return bool(pattern.fullmatch(national))


# phone_regions(...) -> the regions of the writer's languages in it
_FIRST_REGIONS = {}


def writers_regions(regions):
    """The regions of the writer's own languages among ``regions`` (as
    ``phone_regions`` gave them): where an office's number is read next."""
    return _FIRST_REGIONS.get(regions, ())


def phone_regions(languages):
    first = []
    for language in languages:
        first.extend(REGIONS_BY_LANGUAGE.get(language, ()))
    regions = tuple(dict.fromkeys([*first, *COUNTRIES]))
    _FIRST_REGIONS[regions] = frozenset(first)
    return regions


def parse_phone(candidate, regions):
    """(E.164 form, valid) of ``candidate`` if it is a valid number in one of
    ``regions`` (or internationally written), else (None, False)."""
    e164, valid, _ = parse_phone_kind(candidate, regions)
    return e164, valid


def parse_phone_kind(candidate, regions):
    """(E.164 form, valid, a service's number) of ``candidate``; the last is
    ``is_service_number(e164)`` for a valid number, told without parsing it
    again.

    ``regions`` starts with the countries of the writer's language: a valid
    reading there wins. Among the other countries a person's reading (mobile,
    fixed line) wins over a service's (freephone, premium rate)."""
    text = candidate.strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("+") or text.startswith("00"):
        international = "+" + (digits[2:] if text.startswith("00") else digits)
        try:
            number = phonenumbers.parse(international, None)
        except phonenumbers.NumberParseException:
            return None, False, False
        if phonenumbers.is_valid_number(number):
            service = phonenumbers.number_type(number) in _SERVICE_TYPES
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), True, service
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), False, False
        return None, False, False
    first = _FIRST_REGIONS.get(regions, ())
    service = None  # (e164, in one of the writer's own countries)
    for region in regions:
        if not _plausible(region, digits):
            continue
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            # A service's number in one country may be a person's in another
            # ("0623..." is freephone in Croatia, a mobile in the Netherlands):
            # a person's reading wins, unless the service is in one of the
            # writer's own countries and the person's is not.
            if phonenumbers.number_type(number) not in _SERVICE_TYPES:
                if service and service[1] and region not in first:
                    return service[0], True, True
                return e164, True, False
            service = service or (e164, region in first)
    return (service[0], True, True) if service else (None, False, False)


# Numbers no private person has: freephone, shared-cost, premium-rate and
# universal access numbers belong to services and organisations.
_SERVICE_TYPES = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.UAN,
}


_FIXED_LINE_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE}


def is_fixed_line(e164):
    """True for an E.164 number that is a fixed line (not a mobile: a person's line)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _FIXED_LINE_TYPES


def is_service_number(e164):
    """True for an E.164 number of a kind that only services have (0800, 1800, 900, 0900)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _SERVICE_TYPES


_YEAR_GROUP = re.compile(r"\(?(?:19|20|13|14)\d{2}\)?")


# Two numbers of the same length with a slash, neither with a trunk prefix:
# "12043/12047" are two postcodes (a German or Austrian phone's area code
# before its slash starts with 0: "030/1234567").
_TWO_CODES = re.compile(r"([1-9]\d{3,5})\s?/\s?([1-9]\d{3,5})")


def not_a_phone(candidate):
    """Dates, ranges of years, "4939/2022": digit runs that are not numbers to call."""
    # (a bracket before a date: "osnutek v1.3 (2. 12. 2026)")
    text = candidate.strip().lstrip("(").strip()
    codes = _TWO_CODES.fullmatch(text)
    if codes and len(codes.group(1)) == len(codes.group(2)):
        return True
    return bool(_DATE_SHAPE.fullmatch(text) or _YEAR_RANGE.fullmatch(text) or _NUMBER_OF_YEAR.fullmatch(text)) or all(
        _YEAR_GROUP.fullmatch(group) for group in re.split(r"[\s./-]+", text) if group
    )


def has_phone_word(text, start, end, window=40):
    return bool(_PHONE_WORDS.search(text, max(0, start - window), min(len(text), end + 10)))


# --- national ID numbers and IBAN -------------------------------------------------

# (name shown to moderators, validator module)
ID_VALIDATORS = (
    ("BSN (NL)", nl_bsn),
    ("national register number (BE)", be_nn),
    ("BIS number (BE)", be_bis),
    ("eID card number (BE)", be_eid),
    ("DNI (ES)", es_dni),
    ("NIE (ES)", es_nie),
    ("codice fiscale (IT)", it_cf),
    ("PESEL (PL)", pl_pesel),
    ("AMKA (GR)", gr_amka),
    ("AFM (GR)", gr_afm),
    ("PPSN (IE)", ie_pps),
    ("OIB (HR)", hr_oib),
    ("EGN (BG)", bg_egn),
    ("LNCh (BG)", bg_pnf),
    ("EMŠO (SI)", si_emso),
    # what clients bring from elsewhere: the French social security number
    # (NIR, 15 digits) and the British NHS number (10 digits, 3-3-4)
    ("NIR (FR)", fr_nir),
    ("NHS number (UK)", gb_nhs),
    # (a person's tax number, the Slovene davčna številka or the German Steuer-ID,
    # is held by its shape next to the word that names it, ID_WORDS: its checksum,
    # which one number in eleven passes, would add only a label and cost time)
)


def _taj_is_valid(number):
    """Hungarian TAJ: 9 digits, the last a check digit (weights 3 and 7)."""
    if not re.fullmatch(r"\d{9}", number):
        return False
    total = sum(int(digit) * (3 if position % 2 == 0 else 7) for position, digit in enumerate(number[:8]))
    return total % 10 == int(number[8])


# Shapes of ID numbers: digit groups with dots, dashes or spaces (BE
# "85.11.17-174.14", HU "397 035 708"), DNI/NIE, codice fiscale, PPSN, the
# Maltese ID card ("0412398M"), passports ("X12345678").
ID_CANDIDATE = re.compile(
    r"(?<![\w/])(?:"
    r"\d(?:[\s.-]?\d){7,14}"
    # a NIE, also in the groups people read it in: "Y 037 1352 P", "Y.037.1352.P"
    r"|[XYZxyz][\s.-]?\d(?:[\s.]?\d){6}[\s.-]?[A-Za-z]"
    r"|\d{8}[\s-]?[A-Za-z]"
    # codice fiscale, also in its printed groups: "MSL GCR 66T04 F839E"
    r"|[A-Za-z]{3}\s?[A-Za-z]{3}\s?\d{2}[A-Za-z]\d{2}\s?[A-Za-z]\d{3}[A-Za-z]"
    # PPSN, the letters also apart in capitals: "1234567 TA"
    r"|\d{7}[A-Wa-w][AHWTXahwtx]?|\d{7}\s[A-W][AHWTX]?"
    r"|\d{1,7}[MGAPLHBZ]|\d{1,7}\s?\([MGAPLHBZ]\)"
    r"|[A-Z]{1,2}\d{6,9}"
    r"|[Α-ΩА-Я]{1,2}[\s-]?\d{6,8}"
    r"|[A-Z0-9]{8,10}"
    r")(?![\w/])"
)
# acronyms as whole words ("tie" in "politie" is not a TIE); the rest as word starts
_ID_ACRONYMS = (
    r"NHS|NIR|INSEE|sécu|ID|DNI|NIE|TIE|OIB|TAJ|BSN|AFM|AMKA|ΑΜΚΑ|ΑΦΜ|EGN|ЕГН|ЛНЧ|LNCh|PPSN?|PPS|EMŠO|EMSO|"
    r"PESEL|IRP|GNIB|Pass|pas|NINO|NI number|NI no"
)
_ID_NAMES = (
    r"identity|passport|V-nummer|vreemdelingennummer|residence permit|permit|card|burgerservicenummer|sofi|"
    r"paspoort|verblijfs|identiteitskaart|rijksregister|registre national|national register|nationalregister|"
    r"numéro national|Nationalregisternummer|Ausweis|Reisepass|Aufenthalt|Duldung|carte d'identit|"
    r"titre de séjour|carte de séjour|passeport|pasaporte|tarjeta|codice fiscale|passaporto|permesso di soggiorno|"
    r"carta d'identit|dow[oó]d|paszport|karta pobytu|karty pobytu|osobn|putovnic|boravak|izkaznic|potni list|"
    r"dovoljenj|személyi|útlevél|igazolvány|tartózkodási|ταυτότητα|διαβατήριο|άδεια διαμονής|лична карта|паспорт|"
    r"разрешение за пребиваване|karta tal-identità|karta tar-residenza|karta|residenza|"
    r"passaport|permess|رقم الإقامة|إقامة|جواز|هوية|بطاقة|"
    r"شماره ملی|پاسپورت|کارت|اقامت|گذرنامه|"
    # social security and national numbers ("numéro de sécurité sociale", "کد ملی", "الرقم الوطني")
    r"sécurité sociale|social security|national insurance|کد ملی|کدملی|الرقم الوطني|الرقم القومي|الرقم الشخصي|"
    # a person's tax number (a company's "adószám", "Steuernummer", "NIP" are registers.py's)
    # (words also said of a company's number, "tax ID", "NIF", "ΑΦΜ", stay out)
    r"davčn|adóazonosító|Steuer-ID|Steueridentifikationsnummer|steuerliche Identifikationsnummer|"
    r"personal tax|numéro fiscal|identyfikator podatkowy"
)
ID_WORDS = re.compile(rf"(?<![\w])(?:(?:{_ID_ACRONYMS})(?!\w)|{_ID_NAMES})", re.IGNORECASE)
_ID_WORDS_AT = Anchored(ID_WORDS, literal_prefixes(_ID_ACRONYMS + "|" + _ID_NAMES))


class IdWords:
    """Where ID_WORDS match in a text, found once (a search in the 60
    characters before each of a long post's numbers costs more)."""

    def __init__(self, text, lowered):
        self.starts, self.ends = [], []
        for position in _ID_WORDS_AT.positions(lowered):
            match = ID_WORDS.match(text, position)
            if match:
                self.starts.append(match.start())
                self.ends.append(match.end())

    def search(self, start, end):
        """True when a word lies wholly within [start, end)."""
        index = bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] < end:
            if self.ends[index] <= end:
                return True
            index += 1
        return False

    def shapes_after(self, text, shape, reach=60):
        """Each match of ``shape`` that starts within ``reach`` characters after an
        ID word ("NI number JT 48 27 19 C")."""
        searched_to = 0  # (the windows of ID words close together overlap: each part is read once)
        for end in self.ends:
            window_end = min(len(text), end + reach + 13)
            for match in shape.finditer(text, max(end, searched_to - 13), window_end):
                if match.start() - end <= reach:
                    yield match
            searched_to = max(searched_to, window_end)

    def split_numbers(self, text, reach=80):
        """(start, end, name) of an ID number given in pieces after an ID word
        ("BSN begins with 5621, the rest is 83966"): two or three digit runs
        in the same sentence that together pass a national ID's checksum."""
        for start in self.starts[:MAX_SPLIT_CHECKS]:
            stop = _SENTENCE_STOP.search(text, start, start + reach)
            runs = list(_DIGIT_RUN.finditer(text, start, stop.start() if stop else min(len(text), start + reach)))
            for first in range(len(runs)):
                for count in (2, 3):
                    pieces = runs[first : first + count]
                    if len(pieces) < count:
                        break
                    joined = "".join(piece.group() for piece in pieces)
                    if not 8 <= len(joined) <= 13:
                        continue
                    name = valid_id(joined)
                    if name:
                        yield pieces[0].start(), pieces[-1].end(), name
                        break


# A post with more ID words than this is held for a moderator anyway; each
# check costs checksum runs (a post of "ID 1234 5678 ..." must stay fast).
MAX_SPLIT_CHECKS = 40
_SENTENCE_STOP = re.compile(r"[.!?;\n—](?:\s|$)")
_DIGIT_RUN = re.compile(r"(?<![\d.,])\d{2,7}(?![\d.,]\d)")


# A British National Insurance number, as HMRC allocates them: two prefix
# letters (not D, F, I, Q, U, V; no O second; not BG, GB, KN, NK, NT, TN, ZZ),
# six digits, a suffix A to D. No checksum: held next to a word that names it.
# (looked for only after an ID word: a pattern tried at every capital of a long post cost more)
NINO_SHAPE = re.compile(
    r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d\d\s?\d\d\s?\d\d\s?[A-D](?![\w])"
)
# Greek and Bulgarian identity cards: "ΑΒ 123456", "АА 1234567"
SCRIPT_ID_SHAPE = re.compile(r"[Α-ΩА-Я]{1,2}[\s-]?\d{6,8}")
MALTA_ID = re.compile(r"\d{1,7}[MGAPLHBZ]|\d{1,7}\s?\([MGAPLHBZ]\)")
# "X12345678", and the German and Belgian alphanumeric "C01X00T47", "L01X00T471"
PASSPORT_SHAPE = re.compile(r"[A-Z]{1,2}\d{6,9}|(?=(?:[A-Z]*\d){4})(?=[0-9]*[A-Z])[A-Z0-9]{8,10}")

# An IBAN in groups of four with spaces or dashes, the check digits also apart
# ("BE 43 4026 0627 9501", "SI56-1961-4336-1436-439"), or its first part when
# the rest follows elsewhere ("GR15-0116-8543-3992 ... and then 9398 ...").
IBAN_CANDIDATE = re.compile(r"[A-Z](?<![\w].)[A-Z][ -]?\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![\w])")
# The same in small or mixed letters, as people type it into a phone
# ("nl49ingb0040552607", "hr 21 2402 0063 ..."): held only when its checksum
# holds, since small letters and digits in a row are also codes and versions.
# (found from its check digits, after two ASCII letters and before a group of
# four: "in 2024 the" is none, and a pattern tried at every word was slow)
_IBAN_ANY_CASE_START = re.compile(r"\d\d(?=[ -]?[^\W_]{4})(?:(?<=[a-zA-Z]{2}\d\d)|(?<=[a-zA-Z]{2}[ -]\d\d))")
# (a group after a space has a digit, "... 2607 graag" is no group, but for
# the bank's letters after the check digits: "ie29 aibk 9311 ...")
_IBAN_ANY_CASE = re.compile(
    r"[a-zA-Z]{2}[ -]?\d{2}(?:[ -]?[a-zA-Z]{4}(?=[ -]?\d))?(?:-?[^\W_]|\s(?=[^\W_]{0,3}\d)[^\W_]){7,30}(?![\w])"
)
# A Polish account number (NRB) as Polish banks print it, without the country
# letters: 26 digits, the IBAN's check digits first ("19 1140 2004 0771 0037
# 5865 8427"); held when "PL" before it makes a valid IBAN.
# (the first digit is read before the look back, "\d(?<![\w-]\d)": the engine then
# skips to the digits instead of looking back at every character of a long post)
PL_ACCOUNT = re.compile(r"\d(?<![\w-]\d)\d(?:[ -]?\d{4}){6}(?![\w-])")
# A Hungarian account number (GIRO): two or three groups of eight digits, each
# group with its check digit ("10403507-12808197-83616310")
HU_ACCOUNT = re.compile(r"\d(?<![\w-]\d)\d{7}[ -]\d{8}(?:[ -]\d{8})?(?![\w-])")


# An IBAN with dots between its groups ("DE88.1001.0010.4274.5979.75") or with
# every character apart ("I E 8 7 B O F I 9000 ..."): held when it validates
# (the capitals after it may be read as its last groups: shorter readings too).
_SEPARATED_IBAN = re.compile(r"[A-Z](?<![\w.].)[ .]?[A-Z][ .]?\d[ .]?\d(?:[ .-]?[A-Z0-9]){11,30}(?![\w])")
_IBAN_FORMATS = numdb.get("iban")
_BBAN_PART = re.compile(r"(\d+)!([nac])")
_LETTER_FOR_DIGIT = str.maketrans("01", "OI")


def _bank_letters_back(compact):
    """The normaliser reads a lone "I" or "O" among digits as a 1 or a 0 ("B O
    F I 9000" is read "B O F 1 9000"): letters again where the country's
    format has letters (a bank's code)."""
    try:
        bban = _IBAN_FORMATS.info(compact)[0][1].get("bban", "")
    except Exception:  # an unknown country: nothing to put back
        return compact
    out, position = [compact[:4]], 4
    for part in _BBAN_PART.finditer(bban):
        length = int(part.group(1))
        piece = compact[position : position + length]
        out.append(piece.translate(_LETTER_FOR_DIGIT) if part.group(2) == "a" else piece)
        position += length
    out.append(compact[position:])
    return "".join(out)


def _separated_ibans(text, taken):
    for match in _SEPARATED_IBAN.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        if "." not in match.group() and not re.search(r"(?<![A-Z0-9])[A-Z0-9] [A-Z0-9](?![A-Z0-9])", match.group()):
            continue  # in groups of four: IBAN_CANDIDATE's
        for end in _word_ends(match, r"[^\s.]+"):
            compact = re.sub(r"[ .-]", "", text[match.start() : end])
            if (_mod97(compact) or _mod97(compact := _bank_letters_back(compact))) and iban.is_valid(compact):
                yield _SEPARATED_IBAN.match(text, match.start(), end) or match
                break


def valid_hu_account(candidate):
    digits = re.sub(r"\D", "", candidate)
    weights = (9, 7, 3, 1)

    def check(block):
        return sum(int(digit) * weights[position % 4] for position, digit in enumerate(block)) % 10 == 0

    return check(digits[:8]) and check(digits[8:])


def _validators_for(compact):
    """Only the validators whose format the number has (stdnum is thorough, not fast)."""
    if compact.isdigit():
        return [(name, module) for name, module in ID_VALIDATORS if len(compact) in _ID_LENGTHS.get(name, ())]
    if len(compact) == 16:
        return [("codice fiscale (IT)", it_cf)]
    if compact[0] in "XYZ":
        return [("NIE (ES)", es_nie)]
    if len(compact) == 9 and compact[:8].isdigit():
        return [("DNI (ES)", es_dni)]
    if compact[:7].isdigit():
        return [("PPSN (IE)", ie_pps)]
    return []


# Checksums that one number in ten or eleven passes, on numbers written like
# phones ("333 123 4567"): held only with a word that names them ("NHS number").
NAMED_ONLY = frozenset({"NHS number (UK)"})

_ID_LENGTHS = {
    "BSN (NL)": (8, 9),
    "national register number (BE)": (11,),
    "BIS number (BE)": (11,),
    "eID card number (BE)": (12,),
    "PESEL (PL)": (11,),
    "AMKA (GR)": (11,),
    "AFM (GR)": (9,),
    "OIB (HR)": (11,),
    "EGN (BG)": (10,),
    "LNCh (BG)": (10,),
    "EMŠO (SI)": (13,),
    "NIR (FR)": (15,),
    "NHS number (UK)": (10,),
}


def valid_id(candidate):
    """The name of the national ID the candidate validates as, or None."""
    compact = re.sub(r"[\s.-]", "", candidate).upper()
    if not compact:
        return None
    for name, module in _validators_for(compact):
        try:
            if module.is_valid(compact):
                return name
        except Exception:  # noqa: S112 - a validator must never stop the guard
            continue
    if _taj_is_valid(compact):
        return "TAJ (HU)"
    return None


def valid_iban(candidate):
    return iban.is_valid(re.sub(r"[ -]", "", candidate))


def ibans(text):
    """(match, detail) of each IBAN: in capitals by its shape ("valid" or
    "shape"), in small or mixed letters, with dots or every character apart
    only when valid."""
    taken = []
    for match in IBAN_CANDIDATE.finditer(text):
        taken.append(match.span())
        yield match, "valid" if valid_iban(match.group()) else "shape"
    for match in _separated_ibans(text, taken):
        yield match, "valid"
    for match in PL_ACCOUNT.finditer(text):
        if valid_iban("PL" + re.sub(r"\D", "", match.group())):
            yield match, "valid"
    for digits in _IBAN_ANY_CASE_START.finditer(text):
        start = digits.start() - (3 if text[digits.start() - 1] in " -" else 2)
        if start > 0 and text[start - 1].isalnum():
            continue  # not where a word starts
        match = _IBAN_ANY_CASE.match(text, start)
        if not match or match.group() == match.group().upper():
            continue
        # the words after it may have been read as its last groups ("... 2607 graag")
        for end in _word_ends(match):
            if _mod97(text[match.start() : end]) and valid_iban(text[match.start() : end].upper()):
                yield _IBAN_ANY_CASE.match(text, match.start(), end) or match, "valid"
                break


def _mod97(candidate):
    """The IBAN check (ISO 13616) alone, to spare stdnum the candidates that
    fail it (stdnum's full check is slow on a long post's many words)."""
    compact = re.sub(r"[ -]", "", candidate).upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum() or not compact.isascii():
        return False
    return int("".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])) % 97 == 1


def _word_ends(match, word=r"\S+"):
    """The ends of the words of a match, last first."""
    ends = [found.end() for found in re.finditer(word, match.group())]
    return [match.start() + end for end in reversed(ends)]
