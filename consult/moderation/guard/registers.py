"""Organisations' registration numbers are not personal data.

A number after a word that names an organisations' register (KvK, SIRET,
CIF, KRS, Handelsregister HRB, the Irish CRO and charity numbers, BULSTAT,
cégjegyzékszám, the Maltese VO number ...) passes when it has that
register's shape, and its checksum where the register has one
(python-stdnum). Registers that also number persons (the Croatian OIB, the
Polish NIP, the Greek ΑΦΜ, the Hungarian adószám, the Italian codice
fiscale) pass only with a word naming an organisation near them ("OIB
udruge", "codice fiscale dell'associazione") and a number of an
organisation's shape: a person's codice fiscale (16 characters), DNI or NIE
never validates as a CIF, and BSN, PESEL, EGN, EMŠO ... are no organisation's
register, so they are still held.
"""

import re

from stdnum.be import vat as be_vat
from stdnum.bg import vat as bg_vat
from stdnum.es import cif as es_cif
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren as fr_siren
from stdnum.fr import siret as fr_siret
from stdnum.gr import vat as gr_vat
from stdnum.hr import oib as hr_oib
from stdnum.hu import anum as hu_anum
from stdnum.it import iva as it_iva
from stdnum.pl import nip as pl_nip
from stdnum.pl import regon as pl_regon
from stdnum.si import ddv as si_ddv
from stdnum.si import maticna as si_maticna

from .anchors import Anchored, literal_prefixes


def _digits(number):
    return re.sub(r"\D", "", number)


def _stdnum(module):
    def check(number):
        try:
            return bool(module.is_valid(number))
        except Exception:  # a library's odd input is a "no"
            return False

    return check


def _shape(pattern):
    compiled = re.compile(pattern)
    return lambda number: bool(compiled.fullmatch(re.sub(r"\s", "", number)))


def _german_register(number):
    # "HRB 12345" and "VR 1234" are numbered per court: the number is 1 to 6 digits, with an optional letter
    return bool(re.fullmatch(r"(?:HRA|HRB|GnR|PR|VR)?\s?\d{1,6}(?:\s?[A-Z])?", number.strip()))


def _hu_tax(number):
    # adószám "18123456-1-42": the first eight digits carry the checksum
    digits = _digits(number)
    return len(digits) == 11 and _stdnum(hu_anum)(digits[:8])


def _it_cf_of_an_ente(number):
    # an ente's codice fiscale is 11 digits (a partita IVA's shape); a person's is 16 characters, so
    # 11 digits named with an organisation are never a person's, checksum or not (a typo, or an
    # association's number given from memory, "97812340587", is no one's)
    return bool(re.fullmatch(r"\d{11}", number.strip()))


# (register words, does the register number persons too, check)
_KVK = r"KvK|K\.v\.K\.|Kamer van Koophandel|KvK-nummer|KVK"
_REGISTERS = [
    (_KVK, False, _shape(r"\d{8}")),
    (r"RSIN", False, _shape(r"\d{9}")),
    (r"SIRET", False, _stdnum(fr_siret)),
    (r"SIREN", False, _stdnum(fr_siren)),
    (r"RNA|n° RNA|numéro RNA", False, _shape(r"W\d{9}")),
    (
        r"ondernemingsnummer|numéro d'entreprise|n° d'entreprise|Unternehmensnummer|KBO|BCE|enterprise number",
        False,
        _stdnum(be_vat),
    ),
    (r"CIF|NIF|N\.I\.F\.|C\.I\.F\.", False, _stdnum(es_cif)),
    (r"Partita IVA|P\. ?IVA|P\.I\.", False, _stdnum(it_iva)),
    (r"codice fiscale|C\.F\.|cod\. fisc\.", True, _it_cf_of_an_ente),
    (r"KRS", False, _shape(r"\d{10}")),
    (r"REGON", False, _stdnum(pl_regon)),
    (r"NIP", True, _stdnum(pl_nip)),
    (r"Vereinsregister|VR|Handelsregister|HRB|HRA|Registergericht", False, _german_register),
    (r"CRO|CRO number|company number|Companies Registration Office", False, _shape(r"\d{5,6}")),
    (
        r"RCN|CHY|charity number|registered charity|charity no\.?|Charities Regulator|"
        r"uimhir charthanais na heagraíochta|uimhir charthanais|uimhir charthanachta|uimhir chláraithe carthanais",
        False,
        _shape(r"\d{4,8}"),
    ),
    (r"OIB", True, _stdnum(hr_oib)),
    (r"BULSTAT|БУЛСТАТ|ЕИК|EIK|UIC|ЕИК/БУЛСТАТ", False, _stdnum(bg_vat)),
    (r"matična številka|maticna stevilka|matična št\.", False, _stdnum(si_maticna)),
    (r"cégjegyzékszám|cégjegyzékszáma|Cg\.", False, _shape(r"\d{2}-\d{2}-\d{6}")),
    (r"nyilvántartási szám|nyilvántartási száma", False, _shape(r"\d{2}-\d{2}-\d{7}|\d{6,8}")),
    (r"adószám|adószáma", True, _hu_tax),
    (r"ΑΦΜ|Α\.Φ\.Μ\.|AFM", True, _stdnum(gr_vat)),
    (r"ΓΕΜΗ|Γ\.Ε\.ΜΗ\.|GEMI", False, _shape(r"\d{9,12}")),
    (r"VO|VO number|VO/|Voluntary Organisation", False, _shape(r"(?:VO/?)?\d{3,4}")),
    # a VAT number with its country's prefix: an organisation's or a trader's, never a private person's
    (
        r"VAT|VAT number|VAT no|BTW|BTW-nummer|TVA|n° TVA|IVA|USt-IdNr\.?|USt-ID|ΦΠΑ|ДДС|PDV|DDV|ÁFA|NIP UE|VAT ID",
        False,
        lambda number: bool(re.match(r"[A-Z]{2}", number.strip())) and _stdnum(eu_vat)(number),
    ),
    (r"ondernemingsnr\.?|KBO-nummer|BCE-nummer|numéro BCE|n° BCE", False, _stdnum(be_vat)),
    (r"matični broj|MB|MBS", False, _shape(r"\d{8}")),
    (r"RNO|RNO broj|registarski broj", False, _shape(r"\d{6}")),
    (r"davčna številka|davčno številko|davčne številke|davčna št\.|ID za DDV", True, _stdnum(si_ddv)),
    (r"Registro Nacional de Asociaciones|Registro de Asociaciones|RUNTS|Registro unico", False, _shape(r"\d{3,7}")),
]


def _grant_reference(number):
    # a funder's number for a grant or a project: "101095231" (an EU grant
    # agreement), "3923 0114 7720" (a Förderkennzeichen), "5131245" (a Greek MIS
    # code); five digits at least, so "project 2" is no reference
    compact = re.sub(r"\s", "", number)
    return bool(re.fullmatch(r"[A-Z0-9][A-Z0-9./-]{3,24}", compact)) and len(_digits(compact)) >= 5


# A grant's or a project's reference after the funder's word for it, in the
# 16 languages: the organisation quotes it on invoices and reports; no
# register of persons uses these words.
_GRANT_WORDS = (
    r"grant agreement|grant number|grant no\.?|grant reference|grant file|project number|project no\.?|project code|"
    r"comhaontú deontais|comhaontaithe deontais|chomhaontaithe deontais|uimhir an deontais|uimhir an tionscadail|"
    r"subsidienummer|subsidiebeschikking|subsidieovereenkomst|subsidiedossier|beschikkingsnummer|projectnummer|"
    r"Förderkennzeichen|FKZ|Fördernummer|Zuwendungsbescheid|Zuwendungsvertrag|Finanzhilfevereinbarung|"
    r"Fördervertrag|Projektnummer|"
    r"convention de subvention|accord de subvention|dossier de subvention|numéro de convention|n° de convention|"
    r"numéro de projet|n° de projet|"
    r"convenio de subvención|acuerdo de subvención|expediente de la subvención|expediente de subvención|"
    r"número de proyecto|código de proyecto|referencia del proyecto|"
    r"convenzione di sovvenzione|accordo di sovvenzione|pratica del contributo|codice progetto|numero di progetto|"
    r"umowa o dofinansowanie|umowy o dofinansowanie|umowa grantowa|umowy grantowej|umowa o dotację|"
    r"umowy o dotację|numer projektu|nr projektu|"
    r"ugovor o dodjeli bespovratnih sredstava|ugovora o dodjeli bespovratnih sredstava|"
    r"sporazum o dodjeli bespovratnih sredstava|sporazuma o dodjeli bespovratnih sredstava|broj projekta|"
    r"pogodba o dodelitvi sredstev|pogodbe o dodelitvi sredstev|pogodba o sofinanciranju|"
    r"sporazum o dodelitvi nepovratnih sredstev|sporazuma o dodelitvi nepovratnih sredstev|številka projekta|"
    r"támogatási szerződés|támogatási megállapodás|támogatói okirat|projektazonosító|pályázati azonosító|"
    r"ΟΠΣ \(MIS\)|κωδικό MIS|κωδικός MIS|ΟΠΣ|σύμβαση επιχορήγησης|σύμβασης επιχορήγησης|"
    r"συμφωνία επιχορήγησης|συμφωνίας επιχορήγησης|αριθμός έργου|"
    r"договор за безвъзмездна финансова помощ|договор за БФП|споразумение за безвъзмездна помощ|"
    r"споразумението за безвъзмездна помощ|споразумение за безвъзмездна финансова помощ|"
    r"грантово споразумение|грантовото споразумение|номер на проекта|"
    r"ftehim ta' għotja|ftehim tal-għotja|numru tal-ftehim|numru tal-proġett|referenza tal-proġett|"
    r"رقم اتفاقية المنحة|اتفاقية المنحة|رقم المنحة|رقم المشروع|شماره قرارداد|قرارداد کمک مالی|شماره پروژه|کد پروژه"
)
_REGISTERS.append((_GRANT_WORDS, False, _grant_reference))

# An organisation's business papers: an invoice's, a purchase order's, a
# booking's number (the interpreters' agency's invoice, the room's booking).
# Words that also name a court's order ("order", "ordine", "ordú", "ordni":
# "protection order no. 2024117" is a person's case) are taken only as
# "purchase order", "numero d'ordine" ...; "račun", "számla" are also a
# bank account, "κράτηση", "حجز" also a detention: left out.
_BUSINESS_PAPER_WORDS = (
    r"invoice number|invoice no\.?|invoice|purchase order number|purchase order|PO number|booking reference|"
    r"booking ref\.?|booking number|reservation number|quote number|receipt number|receipt no\.?|"
    r"factuurnummer|factuur|bestelnummer|ordernummer|reserveringsnummer|boekingsnummer|offertenummer|"
    r"Rechnungsnummer|Rechnung|Bestellnummer|Auftragsnummer|Buchungsnummer|Reservierungsnummer|Angebotsnummer|"
    r"numéro de facture|facture|numéro de commande|bon de commande|commande|numéro de réservation|devis|"
    r"número de factura|factura|número de pedido|pedido|número de reserva|presupuesto|albarán|"
    r"numero fattura|numero di fattura|fattura|numero d'ordine|numero ordine|ordine d'acquisto|"
    r"numero di prenotazione|prenotazione|preventivo|"
    r"numer faktury|faktura|faktury|fakturze|numer zamówienia|zamówienie|numer rezerwacji|rezerwacja|"
    r"broj narudžbe|narudžba|broj rezervacije|ponuda|številka naročila|naročilnica|številka rezervacije|"
    r"predračun|rendelésszám|foglalási szám|árajánlat|"
    r"αριθμός τιμολογίου|τιμολόγιο|τιμολογίου|αριθμός παραγγελίας|παραγγελία|"
    r"номер на фактура|фактура|фактурата|номер на поръчка|поръчка|номер на резервация|резервация|"
    r"numru tal-fattura|numru tal-ordni|numru tar-riservazzjoni|riservazzjoni|"
    r"uimhir an tsonraisc|sonrasc|uimhir ordaithe|uimhir áirithinte|"
    r"رقم الفاتورة|فاتورة|رقم الطلب|طلبية|شماره فاکتور|فاکتور|شماره سفارش|سفارش|شماره رزرو|رزرو"
)
_REGISTERS.append((_BUSINESS_PAPER_WORDS, False, _grant_reference))

# The European funds whose acronym stands inside a project's reference
# ("MT/2024/AMIF/1.04", "ESF+/2023/117"), in their English and national
# forms (FAMI, FSE, EFRE, ΤΑΜΕ ...): a project's, never a person's file.
_FUND_ACRONYMS = r"AMIF|FAMI|ISF|BMVI|ESF\+?|FSE\+?|EFS|ERDF|FEDER|EFRE|EFRR|CERV|FEAD|EaSI|ΤΑΜΕ|ΕΣΠΑ|ЕСФ|ФСВП"
_FUND_IN_REFERENCE = re.compile(rf"(?<![\w])(?:{_FUND_ACRONYMS})(?![\w])")
_FUND_AT = Anchored(_FUND_IN_REFERENCE, literal_prefixes(_FUND_ACRONYMS))
_REFERENCE_TOKEN_END = re.compile(r"[^\s,;:()\[\]]*")


def fund_references(text, lowered):
    """(start, end) of each reference with a European fund's acronym as one of
    its parts and a digit in it ("MT/2024/AMIF/1.04")."""
    for fund in _FUND_AT.finditer(text, lowered):
        start = fund.start()
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in ",;:([":
            start -= 1
        end = _REFERENCE_TOKEN_END.match(text, fund.end()).end()
        token = text[start:end].rstrip(".-/")
        if re.search(r"\d", token) and re.search(r"[/-]", token):
            yield start, start + len(token)


# A word naming an organisation, in the 16 languages: a register that also
# numbers persons passes only with one of these near it.
ORGANISATION_WORDS = (
    r"association|organisation|organization|charity|NGO|foundation|company|society|stichting|"
    r"vereniging|vzw|asbl|v\.z\.w\.|a\.s\.b\.l\.|Verein\w*|e\. ?V\.|Stiftung|gGmbH|GmbH|"
    r"fondation|ONG|entreprise|société|asociaci[oó]n|fundaci[oó]n|entidad|ente|associazione|dell'associazione|"
    r"fondazione|cooperativa|onlus|ODV|APS|ETS|fundacj\w*|stowarzyszeni\w*|spółk\w*|organizacj\w*|"
    r"udrug\w*|zaklad\w*|zaklad|ustanov\w*|društv\w*|zavod\w*|egyesület\w*|alapítvány\w*|szervezet\w*|"
    r"σωματεί\w*|σύλλογ\w*|ΜΚΟ|οργάνωσ\w*|εταιρεί\w*|ίδρυμ\w*|сдружени\w*|фондаци\w*|организаци\w*|"
    r"għaqda|organizzazzjoni|fondazzjoni|eagraíocht|carthanas|جمعية|منظمة|مؤسسة|سازمان|انجمن|بنیاد"
)
_ORGANISATION_WORDS = re.compile(rf"(?<![\w])(?:{ORGANISATION_WORDS})(?![\w])", re.IGNORECASE)
ORGANISATION_AT = Anchored(_ORGANISATION_WORDS, literal_prefixes(ORGANISATION_WORDS))
# A grant's funder, programme or project, named between the grant's word and
# its number: "subvención del Ministerio", "قرارداد پروژه", "ftehim tal-programm".
_FUNDER_WORDS = (
    r"Ministry|ministère|ministerio|ministero|Ministerium|Ministeriums|ministerie|ministerstwa|ministarstva|"
    r"ministrstva|minisztérium|υπουργείου|министерството|ministeru|aireachta|وزارة|وزارت|"
    r"programme|program|programa|programma|Programm|programu|programa|programm|il-programm|πρόγραμμα|"
    r"προγράμματος|програма|програмата|clár|an chláir|برنامج|برنامه|"
    r"project|projet|proyecto|progetto|Projekt|projektu|projekta|il-proġett|tionscadal|έργου|проекта|مشروع|پروژه|"
    r"European Commission|Commission|Comisión|Commissione|Kommission|Komisji|Komisije|Bizottság|Επιτροπής|Комисията"
)
_NUMBER_WORDS = (
    r"(?:number|no\.?|nr\.?|n°|n\.|nº|núm\.?|número|numero|nummer|numéro|numer|broj|br\.|številka|št\.|száma|szám|"
    r"αριθμός|αρ\.|номер|№|numru|uimhir)"
)
_REGISTER_WORDS = "|".join(words for words, _, _ in _REGISTERS)
_REGISTER_WORD = re.compile(rf"(?<![\w])(?:{_REGISTER_WORDS})(?![\w])", re.IGNORECASE)
_REGISTER_AT = Anchored(_REGISTER_WORD, literal_prefixes(_REGISTER_WORDS))
_WORD_CHECKS = [(re.compile(rf"(?:{words})", re.IGNORECASE), persons, check) for words, persons, check in _REGISTERS]
# what may stand between the register's name and its number: "nummer", ":", "(", "of the association", "–"
_BETWEEN = re.compile(
    # (each word whole: "το" must not stop "του σωματείου" short, nor "szám" "száma")
    rf"(?:\s*(?:{_NUMBER_WORDS}(?![^\W\d_])|[:#()=–/-]|\w{{1,4}}'|"
    r"(?:of the|with the|under|onder|sous|unter|bajo|con|col|pod|met|mit|avec|with|is|ist|est|es|è|je|e|"
    r"wordt|the|le|la|el|il|die|der|de|het|its|seu|su|suo|sua|son|sa|ihre|zijn|haar|jej|njen|njezin|az|ο|η|το|"
    r"του|της|είναι|to|jest|"
    # Irish: "RCN na heagraíochta ná 20041563" (the organisation's RCN is ...)
    r"na|ná|heagraíochta|eagraíochta|gcarthanais|carthanais|"
    r"на|li|l-|an|registered|ingeschreven|eingetragen|inscrite|inscrita|iscritta|zarejestrowan\w*|"
    r"upisan\w*|vpisan\w*|nyilvántartott|εγγεγραμμέν\w*|регистриран\w*|reġistrata|cláraithe|"
    r"of the|de la|de l'|del|della|dell'|des|der|van de|van|des|di|udruge|udruga|udruzi|društva|zavoda|"
    r"fundacji|stowarzyszenia|organizacji|egyesület|egyesületé|egyesületünk|alapítvány|σωματείου|συλλόγου|"
    r"της οργάνωσης|на сдружението|tal-għaqda|ar an gcarthanas|our|unser\w*|onze|notre|nuestr\w*|nostr\w*|"
    r"nasz\w*|naš\w*|association|associazione|asociación|organisation|vereniging|stichting|Verein\w*|"
    r"fundacji|udruge|društva|egyesület|σωματείου|сдружението|ente|dell'ente|del ente|"
    # the funder, the programme or the project between a grant's word and its number
    # ("expediente de la subvención del Ministerio: ...", "شماره قرارداد پروژه AMIF ...")
    rf"{_FUNDER_WORDS}|{_FUND_ACRONYMS})(?![^\W\d_]))){{0,4}}\s*",
    re.IGNORECASE,  # "Nr.", "Número", "Is" at a sentence's start
)
_NUMBER = re.compile(r"(?:[A-Z]{1,3}\s?/?\s?)?\d[\d\s./-]{0,18}\d(?:\s?[A-Z](?![\w]))?", re.UNICODE)
# A grant's or a business paper's reference whole, letters among its parts ("2025/SUB/00187")
_REFERENCE = re.compile(r"[A-Z0-9][A-Z0-9./-]{3,24}(?![\w])")
_REFERENCE_CHECKS = (_grant_reference,)


# The European Commission numbers every grant agreement since 2021 (Horizon
# Europe, CERV, AMIF, ESF+ ...) with nine digits from 101000000: such a number
# in a sentence that names a grant or a fund is the project's, in any word order
# ("die Nummer der Finanzhilfevereinbarung angeben: 101098456").
_EU_GRANT_AGREEMENT = re.compile(r"(?<![\d.,])101\s?\d{3}\s?\d{3}(?![\d.,]\d|\d)")
_GRANT_OR_FUND = re.compile(
    rf"(?<![\w])(?:{_GRANT_WORDS}|{_FUND_ACRONYMS}|Daphne|Horizon Europe|Horizon 2020)(?![\w])", re.IGNORECASE
)
GRANT_SENTENCE_REACH = 100


def eu_grant_agreements(text):
    """(start, end) of each EU grant agreement's number in a sentence that
    names a grant or a fund."""
    for match in _EU_GRANT_AGREEMENT.finditer(text):
        low, high = max(0, match.start() - GRANT_SENTENCE_REACH), match.end() + GRANT_SENTENCE_REACH
        if _GRANT_OR_FUND.search(text, low, high):
            yield match.span()


_SENTENCE_STOP = re.compile(r"[.!?؟](?=\s+[A-ZÀ-ÖØ-ÞΑ-ΩА-Я\u0600-\u06ff])|\n")
SENTENCE_REACH = 200


def _organisation_is_the_subject(text, start, end, about_a_person):
    """The sentence names the organisation before the register's name ("La
    nostra associazione è iscritta al RUNTS ... e ha codice fiscale ...",
    "Udruga je upisana ... i ima OIB ...") and no person: the number is the
    organisation's, however far from its word."""
    left = max(0, start - SENTENCE_REACH)
    for stop in _SENTENCE_STOP.finditer(text, left, start):
        left = stop.end()
    return bool(_ORGANISATION_WORDS.search(text, left, start)) and not about_a_person(text, start, end)


def _about_no_one(_text, _start, _end):
    return False


def registration_numbers(text, lowered, about_a_person=_about_no_one):
    """(start, end) of each organisation's registration number that checks,
    and of each grant's or project's reference. ``about_a_person(text, start,
    end)`` is roles' test for a sentence about a person (passed in by the
    scan: roles reads this module's words)."""
    yield from fund_references(text, lowered)
    yield from eu_grant_agreements(text)
    for word in _REGISTER_AT.finditer(text, lowered):
        between = _BETWEEN.match(text, word.end())
        number = _NUMBER.match(text, between.end())
        if not number:
            continue
        candidate = number.group().rstrip(".-/ ")
        reference = _REFERENCE.match(text, between.end())
        matched_word = word.group()
        for pattern, persons, check in _WORD_CHECKS:
            if not pattern.fullmatch(matched_word):
                continue
            if check in _REFERENCE_CHECKS and reference and check(reference.group().rstrip(".-/")):
                candidate = reference.group().rstrip(".-/")
            elif not (check(candidate) or check(_digits(candidate)) or check(re.sub(r"[\s./-]", "", candidate))):
                continue
            if (
                persons
                and not _ORGANISATION_WORDS.search(text, max(0, word.start() - 60), number.start() + len(candidate))
                and not _organisation_is_the_subject(
                    text, word.start(), number.start() + len(candidate), about_a_person
                )
            ):
                continue
            yield number.start(), number.start() + len(candidate)
            break
