"""The personal-data guard: finds what may identify a person in a text.

It errs towards holding a post: a moderator then looks at it. It never
changes the text; it tells the author what it found, by kind and with the
match masked, so they can edit it out.

    scan(text, language) -> [Finding(kind, label, excerpt, detail)]

How it reads a post:

1. ``normalise``: a matching copy with NFKC, Arabic-Indic and Persian digits
   as ASCII, look-alike letters fixed, and numbers written as words turned
   into digits, in the author's language and in the language the post
   seems to be written in.
2. Recognisers, each in its own module: phone numbers (libphonenumber,
   with the 12 countries as region hints) and national ID numbers and IBANs
   (python-stdnum checksums) in ``numbers``; e-mail addresses and social
   handles in ``contacts``; case numbers and licence plates in
   ``documents``; addresses in ``places``; dates of birth in ``dates``; a named person
   with an identifying detail in ``persons``; and the moderators' word list.
3. Public numbers pass (``public``): 112, 116 xxx, the national helplines,
   the organisations' listed e-mail addresses, websites and accounts, role
   mailboxes ("info@", "secretariaat@", not on a free-mail domain), the
   organisations' registration numbers (``registers``: KvK, SIRET, KRS ...),
   the support services' own numbers and websites, the offices' contact details, and
   the freephone, shared-cost and premium-rate numbers that libphonenumber
   types as such (no private person has a 0800, 1800, 900 or 0900 number).

Speed: a 20,000-character post is read in well under 50 ms (bench/guard.py).
"""

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

from . import contacts, dates, documents, numbers, persons, places, plates, registers, roles
from . import public as public_contacts
from .anchors import lower_keeping_length
from .normalise import guess_language, normalise


@dataclass(frozen=True)
class Finding:
    kind: str
    label: str
    excerpt: str
    # Why, for the moderator: a key of DETAILS ("valid", "shape", "words") or
    # the name of the ID number it validates as ("PESEL (PL)").
    detail: str = ""
    # The masked excerpt among the whole words around it, for the review queue.
    context: str = ""

    def as_dict(self):
        return {**asdict(self), "label": str(self.label), "detail": str(self.detail)}


LABELS = {
    "phone": _("a phone number"),
    "email": _("an e-mail address"),
    "id_number": _("an ID, passport or bank account number"),
    "case_number": _("a case or file number"),
    "social": _("a social-media account or profile link"),
    "plate": _("a licence plate"),
    "address": _("a street address"),
    "date_of_birth": _("a date of birth"),
    "named_person": _("a person's name with details that identify them"),
    "listed_word": _("a word on the moderators' list"),
    "many_numbers": _("more numbers than the guard can check"),
}
DETAILS = {
    "valid": _("it is a valid number"),
    "shape": _("it has the shape of one"),
    "words": _("written in words or disguised"),
}

# Past this many digit runs the guard stops checking each one and holds the
# post for a moderator (a table of numbers is rare in a post, and checking
# each against 12 countries' numbering plans costs time).
MAX_PHONE_CANDIDATES = 300


def label_for(finding):
    """The label of a stored finding (a dict) in the active language: stored
    labels are in the language of the request that saved them."""
    kind = finding.get("kind", "")
    return LABELS[kind] if kind in LABELS else finding.get("label", kind)


def detail_for(finding):
    detail = finding.get("detail", "")
    return DETAILS.get(detail, detail)


_ALNUM_RUN = re.compile(r"[^\W_]+", re.UNICODE)
_COMMON_WORD = re.compile(r"[^\W\d_]+[.,;:!?)]*", re.UNICODE)
CONTEXT_WORDS = 4


def _mask(text):
    """Show the shape of what was found, not enough to copy it, and never a
    word cut short: a word of small letters only ("street", "calle", "from")
    stays whole; in every other word each run of letters or digits keeps its
    first character and the rest become dots ("amina.k1987@example.com" ->
    "a••••.k••••@e••••••.c••", "0612345678" -> "0•••••••••")."""

    return " ".join(_mask_word(word) for word in text.split())


def _masked_run(run):
    return run.group()[0] + "•" * (len(run.group()) - 1)


@lru_cache(maxsize=4096)
def _mask_word(word):
    # cached: the words around hundreds of findings in one long post repeat
    if _COMMON_WORD.fullmatch(word) and word == word.lower():
        return word
    return _ALNUM_RUN.sub(_masked_run, word)


# How far around a finding its context is read, in characters: a post of
# 20,000 characters with hundreds of findings must not be split or masked
# whole for each of them (that was quadratic: 10 s on "1-1-1-…").
CONTEXT_REACH = 200
WORD_REACH = 40
_NOT_SPACE = re.compile(r"\S")


_DIGIT_OR_AT = re.compile(r"[\d@]")


@lru_cache(maxsize=4096)
def _shown(word):
    """A word of a finding's context as the moderator reads it: a
    capitalised word may be a name (found elsewhere in the post, or not), so
    the context never shows what a finding's excerpt masks. Cached like
    ``_mask_word``: the words around hundreds of findings repeat."""
    if word[:1].isupper() or _DIGIT_OR_AT.search(word):
        return _mask_word(word)
    return word


def _context(text, start, end):
    """The masked finding in brackets with up to CONTEXT_WORDS whole words
    either side (themselves masked where they hold a digit or an @ or begin
    with a capital), so a
    moderator can judge it without opening the post: "… call her on
    [0•••••••••] after six …". Only words within CONTEXT_REACH characters
    are shown, and a word the reach would cut is left out, not cut."""

    # a finding that starts or ends inside a word takes the whole word (up to WORD_REACH more)
    floor, ceiling = max(0, start - WORD_REACH), min(len(text), end + WORD_REACH)
    while start > floor and text[start - 1].isalnum():
        start -= 1
    while end < ceiling and text[end].isalnum():
        end += 1
    low, high = max(0, start - CONTEXT_REACH), min(len(text), end + CONTEXT_REACH)
    # Only the words next to the finding are split off: with more than
    # CONTEXT_WORDS + 1 of them, a word cut by the reach is none of those shown,
    # and there are more words than shown.
    before = text[low:start].rsplit(None, CONTEXT_WORDS + 1)
    after = text[end:high].split(None, CONTEXT_WORDS + 1)
    if len(before) > CONTEXT_WORDS + 1:
        more_before = True
    else:
        if low > 0 and before and not text[low - 1].isspace() and not text[low].isspace():
            before = before[1:]  # cut by the reach
        # (searched, not sliced: a copy of the rest of a long post for each finding was quadratic)
        more_before = len(before) > CONTEXT_WORDS or _NOT_SPACE.search(text, 0, low) is not None
    if len(after) > CONTEXT_WORDS + 1:
        more_after = True
    else:
        if high < len(text) and after and not text[high].isspace() and not text[high - 1].isspace():
            after = after[:-1]
        more_after = len(after) > CONTEXT_WORDS or _NOT_SPACE.search(text, high) is not None
    head = " ".join(map(_shown, before[-CONTEXT_WORDS:]))
    tail = " ".join(map(_shown, after[:CONTEXT_WORDS]))
    return "".join(
        (
            "… " if more_before else "",
            head + (" " if text[start - 1 : start].isspace() else "") if head else "",
            f"[{_mask(text[start:end])}]",
            (" " if text[end : end + 1].isspace() else "") + tail if tail else "",
            " …" if more_after else "",
        )
    )


class _Findings:
    def __init__(self, length=0, text=""):
        self.text = text
        self.items = []
        self.seen = set()
        # one byte per character of the matching copy: 1 where a finding
        # already explains it (a list of spans costs quadratic time on a
        # post full of numbers)
        self.claimed = bytearray(length)

    def add(self, kind, matched, detail="", span=None):
        excerpt = _mask(matched)
        key = (kind, excerpt)
        if span is not None:
            start, end = span
            if end > len(self.claimed):
                self.claimed.extend(bytes(end - len(self.claimed)))
            self.claimed[start:end] = b"\x01" * (end - start)
        if key not in self.seen:
            # (the context only for a finding that is kept: one seen already is dropped)
            context = _context(self.text, *span) if span is not None and self.text else ""
            self.seen.add(key)
            self.items.append(Finding(kind, LABELS[kind], excerpt, detail, context))

    def claim(self, start, end):
        """Mark [start, end) as explained without a finding (a published
        judgment's number is no one's file or phone)."""
        if end > len(self.claimed):
            self.claimed.extend(bytes(end - len(self.claimed)))
        self.claimed[start:end] = b"\x01" * (end - start)

    def overlaps(self, start, end):
        return 1 in self.claimed[start:end]


_BRACKET_OPENED_AFTER = re.compile(r"\s\((?=[^)]*$)")


def _scan_phones(text, found, regions, public, sentences=None):
    checked = 0
    for match in numbers.PHONE_CANDIDATE.finditer(text):
        candidate = match.group().strip().rstrip(".-/ ")
        if found.overlaps(*match.span()):
            continue
        opened = _BRACKET_OPENED_AFTER.search(candidate)
        if opened:
            # "01 661 4911 (70 Lower Leeson Street": a bracket opened after the number
            # starts what follows it (a bracket in a phone closes: "+353 (0)1 ...")
            candidate = candidate[: opened.start()]
        digits = re.sub(r"\D", "", candidate)
        if not 7 <= len(digits) <= 15 or numbers.not_a_phone(candidate) or public.has_number(candidate):
            continue
        if public_contacts.time_range(candidate) or (
            (public_contacts.counted_quantity(candidate) or public_contacts.an_amount(text, *match.span()))
            and not numbers.has_phone_word(text, *match.span())
            and not roles.about_a_person(text, *match.span())
        ):
            continue
        if digits.startswith(("0800", "00800")):
            continue  # freephone in the 12 countries: no private person has a 0800 number
        if documents.published_judgment(text, *match.span()) and not numbers.has_phone_word(text, *match.span()):
            continue  # "Urteil des BVerwG vom 15.01.2024 - 1 C 9.23": a judgment's date and number
        checked += 1
        if checked > MAX_PHONE_CANDIDATES:
            found.add("many_numbers", candidate)
            return
        e164, valid, service = numbers.parse_phone_kind(candidate, regions)
        if e164 and (public.has_number(candidate, e164) or (valid and service)):
            continue
        if (
            valid
            and sentences is not None
            and sentences.about_a_public_service(*match.span())
            and numbers.is_fixed_line(e164)
        ):
            continue  # a police station's, a court's, a town hall's landline: published
        if (
            valid
            and sentences is not None
            and sentences.about_an_organisation(*match.span())
            and numbers.is_fixed_line(e164)
        ):
            continue  # an association's, a foundation's own landline, named with it and no person
        if (
            valid
            and sentences is not None
            and sentences.beside_public_numbers(*match.span(), public.has_number)
            and numbers.is_fixed_line(e164)
        ):
            continue  # "La Strada 22 628 99 99 ... razem ze 112": a service's landline listed with public numbers
        if sentences is not None and _an_offices_own_line(text, candidate, match.span(), sentences, regions):
            continue
        if valid and _after_an_organisations_acronym(text, match.start()) and numbers.is_fixed_line(e164):
            continue  # "DRCC admin line is 01 661 4911", "CAW Antwerpen: 03 ...": the organisation's landline
        if valid:
            found.add("phone", candidate, "valid", match.span())
        elif e164 or (len(digits) >= 8 and digits.startswith("0") and numbers.has_phone_word(text, *match.span())):
            found.add("phone", candidate, "shape", match.span())


def _an_offices_own_line(text, candidate, span, sentences, regions):
    """ "IND 088 043 0430" in any language: a national office named by its
    acronym, its number read in the office's country (a fixed line or a
    service's number there), in a sentence about no person; an office named
    otherwise, its number read in each of the writer's own countries."""
    if not sentences.about_a_public_service(*span):
        return False
    # the office's country, else the writer's own ("04 72 61 60 60" in French is
    # a Lyon landline, though a Belgian reading comes first and is a mobile)
    writers = numbers.writers_regions(regions)
    own = public_contacts.office_regions(text, *span) or tuple(region for region in regions if region in writers)
    for region in own:
        e164, valid, service = numbers.parse_phone_kind(candidate, (region,))
        if valid and (service or numbers.is_fixed_line(e164)):
            return True
    return False


# An organisation named by its acronym just before its line, with at most three
# short words between ("DRCC admin line is", "CAW onthaal:", "CPAS tél.") and no
# person: its landline is published. (A person is not named by three capitals.)
_ACRONYM_THEN_LINE = re.compile(
    r"(?<![\w])([A-ZÀ-ÖØ-Þ]{3,6})(?![\w])(?:['’]s)?(?:[\s,:.–-]+[^\W\d_]{1,12}){0,3}[\s,:.–-]*$"
)


def _after_an_organisations_acronym(text, start):
    before = _ACRONYM_THEN_LINE.search(text, max(0, start - 45), start)
    if not before or numbers.ID_WORDS.search(text, before.start(), start):
        return False  # "PPSN na máthar – 2986 405": a person's number after its acronym
    return not roles.person_just_before(text, start, reach=start - before.start())


def _in_a_phones_groups(candidate, regions):
    """A number written as a phone is ("0385 525 2700": a trunk 0, groups of
    two to four digits) that is valid as one in the writer's countries; an
    ID number that its digits also pass (one in ten 11-digit numbers passes
    the OIB's checksum) is left to the phone scan when no ID word is near."""
    if not re.fullmatch(r"0\d{1,4}(?:\s\d{2,4}){2,4}", candidate):
        return False
    return numbers.parse_phone(candidate, regions[:3])[1]


def _is_public_phone(candidate, regions, public):
    e164, valid, service = numbers.parse_phone_kind(candidate, regions)
    return bool(e164) and (public.has_number(candidate, e164) or (valid and service))


def _scan_ids(text, found, public, regions, lowered=None):
    id_words = numbers.IdWords(text, lower_keeping_length(text) if lowered is None else lowered)
    for match, detail in numbers.ibans(text):
        found.add("id_number", match.group(), detail, match.span())
    for match in numbers.HU_ACCOUNT.finditer(text):
        if not found.overlaps(*match.span()) and numbers.valid_hu_account(match.group()):
            found.add("id_number", match.group(), "valid", match.span())
    for match in numbers.ID_CANDIDATE.finditer(text):
        if found.overlaps(*match.span()):
            continue
        candidate = match.group()
        if public.has_number(candidate):
            continue
        name = numbers.valid_id(candidate)
        near_word = id_words.search(max(0, match.start() - 60), match.start())
        if name and (near_word or not re.fullmatch(r"[\d\s.-]+", candidate) or len(re.sub(r"\D", "", candidate)) >= 10):
            if not near_word and _is_public_phone(candidate, regions, public):
                continue  # "0900 0101": a service's number that happens to pass a checksum
            if not near_word and text[match.start() - 1 : match.start()] == "+":
                continue  # "+36 1 475 7100": a number with its country code (the phone scan judges it)
            if not near_word and _in_a_phones_groups(candidate, regions):
                continue  # "0385 525 2700": a trunk 0 and a phone's groups (the phone scan judges it)
            if not near_word and re.fullmatch(r"0\d(?:[\s.]\d\d){4}", candidate):
                continue  # "01 48 06 42 41": a French phone in pairs (the phone scan judges it)
            if not near_word and name in numbers.NAMED_ONLY:
                continue  # "333 123 4567" passes the NHS checksum as one in eleven numbers do
            found.add("id_number", candidate, name, match.span())
        elif near_word and (
            numbers.MALTA_ID.fullmatch(candidate)
            or numbers.PASSPORT_SHAPE.fullmatch(candidate)
            or numbers.SCRIPT_ID_SHAPE.fullmatch(candidate)
            or len(re.sub(r"\D", "", candidate)) >= 8
        ):
            found.add("id_number", candidate, "shape", match.span())
    for match in id_words.shapes_after(text, numbers.NINO_SHAPE):
        if not found.overlaps(*match.span()):
            found.add("id_number", match.group(), "shape", match.span())  # a British NI number after its word
    for start, end, name in id_words.split_numbers(text):
        if not found.overlaps(start, end):
            found.add("id_number", text[start:end], name, (start, end))


def scan(text, language="en", listed_words=None, public=None):
    """Return the findings in ``text`` (a list, empty when nothing was found).

    ``listed_words`` is an iterable of phrases and ``public`` a
    ``PublicContacts``. When ``listed_words`` is None (the platform's call),
    both come from the database: the GuardWord rows for ``language`` and for
    every language, and the public numbers. Given ``listed_words``, the
    built-in public numbers are used unless ``public`` is given.
    """
    if not text:
        return []
    if listed_words is None:
        from ...models import GuardWord

        listed_words = GuardWord.objects.filter(language__in=["", language]).values_list("phrase", flat=True)
        public = public or public_contacts.current()
    public = public or public_contacts.built_in()

    written_in = guess_language(text, fallback=language)
    languages = tuple(dict.fromkeys((language, written_in)))
    plain = normalise(text, languages=languages)
    found = _Findings(len(plain), plain)

    lowered = lower_keeping_length(plain)
    organisation_domains = set()
    for start, end, address, disguised in contacts.emails(plain, lowered):
        if (
            (not disguised and public.has_email(address))
            or contacts.role_mailbox(address)
            or contacts.organisation_acronym(plain, start, address)
        ):
            found.claim(start, end)  # an organisation's inbox or a listed public address
            organisation_domains.add(contacts.organisation_domain(address))
            continue
        found.add("email", address, "words" if disguised else "", (start, end))
    organisation_domains.discard(None)
    for match in contacts.social(plain, lowered):
        if found.overlaps(*match.span()):
            continue
        if public.has_account(match.group()):
            found.claim(*match.span())  # an organisation's listed account or website
            continue
        if (
            organisation_domains
            and contacts.named_after_a_domain(match.group(), organisation_domains)
            and not roles.person_just_before(plain, match.start())
        ):
            found.claim(*match.span())  # "info@lacimade.org ... Instagram @lacimade": the organisation's own
            continue
        found.add("social", match.group(), "", match.span())

    for start, end in registers.registration_numbers(plain, lowered, roles.about_a_person):
        found.claim(start, end)  # an organisation's registration number (KvK, SIRET, KRS ...)
    for start, end in public_contacts.availability(plain):
        found.claim(start, end)  # "24h/24", "24/7": a service's hours
    for start, end in documents.published_references(plain):
        found.claim(start, end)
    for start, end in documents.document_parts(plain, lowered):
        found.claim(start, end)
    for start, end in documents.order_numbers(plain, lowered):
        if not roles.person_just_before(plain, start, reach=60):
            found.claim(start, end)  # "Bestellnummer ...: 4500312879": a supplier's order, not "her mobile"
    sentences = roles.Sentences(plain, lowered)
    regions = numbers.phone_regions(languages)
    _scan_ids(plain, found, public, regions, lowered)
    for match in documents.case_numbers(plain, lowered):
        if not found.overlaps(*match.span(1)):
            found.add("case_number", match.group(), "", match.span(1))
    for match in documents.case_numbers_in_context(plain):
        if public_contacts.time_range(match.group()):
            continue  # "ore 14.30-17.00": a meeting's hours, in any language, are no file's number
        if not found.overlaps(*match.span()) and not public.has_number(match.group()):
            found.add("case_number", match.group(), "", match.span())
    for match in documents.numbered_files(plain, lowered):
        number, span = match.group(1), match.span(1)
        if found.overlaps(*span) or public.has_number(number) or _is_public_phone(number, regions, public):
            continue
        before = plain[: match.start()]  # the phrase itself ("به شماره", "számon") names a number, not a phone
        if (
            numbers.has_phone_word(before, len(before), len(before), window=30)
            and numbers.parse_phone(number, regions)[1]
        ):
            continue  # "call ... under number ...": the phone scan judges it
        found.add("case_number", number, "", span)
    _scan_phones(plain, found, regions, public, sentences)
    for start, end, matched in dates.dates_of_birth(plain, lowered):
        found.add("date_of_birth", matched, "", (start, end))
    for start, end, matched in plates.plates(plain, lowered, languages):
        if not found.overlaps(start, end):
            found.add("plate", matched, "", (start, end))
    public_addresses = []
    for start, end, matched in places.addresses(plain, lowered, languages, roles.about_a_person):
        if found.overlaps(start, end):
            continue
        if sentences.about_a_public_service(start, end):
            public_addresses.append((start, end))
            continue  # a public office's published address
        if sentences.about_an_organisations_office(start, end):
            continue  # "Geschäftsstelle jetzt Oranienstraße 34, 3. Etage": an organisation's own office
        if places.published_postal_address(plain, start, end, roles.about_a_person):
            continue  # "Centrum Praw Kobiet, ul. Wilcza 60, 00-679 Warszawa": an organisation's whole address
        if public_contacts.a_service_by_its_number(matched, public):
            continue  # "hébergée au 115": housed by the Samu social, no house number
        if places.POSTCODE.fullmatch(matched) and not roles.about_a_person(plain, start, end):
            continue  # a postcode alone, in a sentence about no one, is a district
        found.add("address", matched, "", (start, end))
    for match in persons.named_persons(plain, lowered):
        if any(start <= match.start() and match.end() <= end for start, end in public_addresses):
            continue  # "бул. „Княгиня Мария Луиза“ 114Б", "Largo Chigi 19": a street in an office's address
        if public_contacts.after_a_public_number(plain, match.start(), public):
            continue  # "il 114 Emergenza Infanzia": a helpline's name after its number
        found.add("named_person", match.group(), "", match.span())

    listed_words = [phrase for phrase in listed_words if phrase.strip()]
    lowered = plain.casefold() if listed_words else ""
    for phrase in listed_words:
        phrase = phrase.strip()
        match = phrase and re.search(r"(?<!\w)" + re.escape(phrase.casefold()) + r"(?!\w)", lowered)
        if match:
            # the casefolded copy has the text's positions unless a letter folded to two
            found.add("listed_word", phrase, span=match.span() if len(lowered) == len(plain) else None)
    return found.items
