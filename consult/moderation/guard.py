"""The personal-data guard: finds what may identify a person in a text.

It errs towards holding a post: a moderator then looks at it. It never
changes the text; it tells the author what it found (with the match masked)
so they can edit it out.
"""

import re
from dataclasses import asdict, dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Finding:
    kind: str
    label: str
    excerpt: str

    def as_dict(self):
        return {**asdict(self), "label": str(self.label)}


LABELS = {
    "phone": _("a phone number"),
    "email": _("an e-mail address"),
    "id_number": _("an ID, case or account number"),
    "address": _("a street address"),
    "date_of_birth": _("a date of birth"),
    "listed_word": _("a word on the moderators' list"),
}

# Every repetition before a literal is bounded (an address's local part is at
# most 64 characters, a label 63): unbounded ones backtrack quadratically or
# worse, and a 20,000-character post of "1-1-1-..." took minutes to scan.
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}", re.UNICODE)
# +31 6 1234 5678, 0612345678, (020) 123-4567, 0044 20 7946 0958
PHONE = re.compile(r"(?<![\w/.-])(?:\+|00)?\(?\d[\d\s().-]{6,}\d(?![\w/-])")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
DOCUMENT_NUMBER = re.compile(r"\b[A-Z]{1,3}\d{6,9}\b")
CASE_NUMBER = re.compile(
    r"\b(?:case|file|dossier|ref(?:erence)?|zaak(?:nummer)?|referentie|expediente|pratica|fascicolo|"
    r"aktenzeichen|sygnatura|v-nummer|bsn|pps|nie|passport|paspoort|pasaporte|passaporto|id)"
    # filler words between the label and the number: "case number is", "file reference:"
    r"(?:\s*(?:no\.?|nr\.?|number|n\.|núm\.?|#|reference|ref\.?|is|was|es|è|est|ist))*\s*[:#]?\s*"
    r"(?=[A-Z0-9/-]*\d)([A-Z0-9][A-Z0-9/-]{3,})\b",
    re.IGNORECASE,
)
STREET_EN = re.compile(
    r"\b\d{1,4}[a-zA-Z]?\s+(?:[A-Z][\w'-]+\s){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Close|Drive|"
    r"Square|Terrace|Place|Crescent)\b"
)
STREET_SUFFIX = re.compile(
    r"\b[\w'-]{0,40}(?:straat|weg|laan|plein|gracht|kade|singel|dreef|steeg|straße|strasse|gasse|platz|allee|utca|"
    r"ulica|cesta|ulitsa)\s+\d{1,4}[a-zA-Z]?\b",
    re.IGNORECASE,
)
STREET_PREFIX = re.compile(
    r"\b(?:via|viale|piazza|corso|calle|avenida|plaza|paseo|rue|avenue|boulevard|chemin|ul\.|ulica|odos|οδός)"
    r"\s+[^\W\d][\w'.-]*(?:\s+[^\W\d][\w'.-]*){0,3},?\s+\d{1,4}[a-zA-Z]?\b",
    re.IGNORECASE,
)
POSTCODE_NL = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
DATE = r"\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:19|20)?\d{2}"
DATE_OF_BIRTH = re.compile(
    r"\b(?:born|date of birth|d\.?o\.?b\.?|birthday|geboren|geboortedatum|né|née|nato|nata|nacid[oa]|"
    r"fecha de nacimiento|data di nascita|urodzon[ay]|rođen[a]?|született|γεννήθηκε|роден[а]?|rojen[a]?)"
    r"\b[^.\n]{0,25}?" + DATE,
    re.IGNORECASE,
)
NOT_A_PHONE = {"112"}


def _mask(text):
    """Show enough for the author to find it, not enough to copy it."""
    text = " ".join(text.split())
    keep = 3 if len(text) > 6 else 1
    return text[:keep] + "…"


def _phone_findings(text):
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if not 8 <= len(digits) <= 15 or digits in NOT_A_PHONE:
            continue
        if re.fullmatch(r"(19|20)\d{2}\s*[-/]\s*(19|20)?\d{2}", match.group().strip()):
            continue  # a range of years, "2019-2023"
        yield Finding("phone", LABELS["phone"], _mask(match.group()))


def scan(text, language="en", listed_words=None):
    """Return the findings in ``text`` (a list, empty when nothing was found).

    ``listed_words`` is an iterable of phrases; by default the GuardWord rows
    for ``language`` and for every language are used.
    """
    if not text:
        return []
    findings = []
    emails = list(EMAIL.finditer(text))
    findings += [Finding("email", LABELS["email"], _mask(m.group())) for m in emails]
    without_emails = EMAIL.sub(" ", text)
    findings += list(_phone_findings(without_emails))
    for pattern in (IBAN, DOCUMENT_NUMBER):
        findings += [Finding("id_number", LABELS["id_number"], _mask(m.group())) for m in pattern.finditer(text)]
    for match in CASE_NUMBER.finditer(without_emails):
        if any(ch.isdigit() for ch in match.group(1)):
            findings.append(Finding("id_number", LABELS["id_number"], _mask(match.group())))
    for pattern in (STREET_EN, STREET_SUFFIX, STREET_PREFIX, POSTCODE_NL):
        findings += [Finding("address", LABELS["address"], _mask(m.group())) for m in pattern.finditer(text)]
    findings += [
        Finding("date_of_birth", LABELS["date_of_birth"], _mask(m.group())) for m in DATE_OF_BIRTH.finditer(text)
    ]
    if listed_words is None:
        from ..models import GuardWord

        listed_words = GuardWord.objects.filter(language__in=["", language]).values_list("phrase", flat=True)
    lowered = text.casefold()
    for phrase in listed_words:
        phrase = phrase.strip()
        if phrase and re.search(r"(?<!\w)" + re.escape(phrase.casefold()) + r"(?!\w)", lowered):
            findings.append(Finding("listed_word", LABELS["listed_word"], _mask(phrase)))
    unique = []
    for finding in findings:
        if finding not in unique:
            unique.append(finding)
    return unique
