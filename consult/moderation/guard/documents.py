"""Case and file numbers (asylum, police, court, hospital); licence plates are
in ``plates``.

A case number is a number after a word that names a file in one of the site
languages ("Aktenzeichen", "expediente", "sygnatura", "преписка", "رقم
الملف"); a number after a word that names a law ("article", "ν.", "d.lgs.",
"Directive") is not one.
"""

import re

from . import roles
from .anchors import Anchored, dispatch_by_first_letter, literal_prefixes
from .places import NUMBER_FIRST, counts_something

_CASE_WORDS = (
    # en / ga
    r"case|file|ref(?:erence)?|IPO|claim|PULSE|incident|crime|hospital number|MRN|chart|record|"
    r"uimhir an cháis|uimhir eachtra|cás|tagairt|uimhir thagartha|thagartha|tagartha|comhad|cairt|cairte|"
    # nl / de
    r"zaak(?:nummer)?|zaaknr|dossier(?:nummer)?|kenmerk|parketnummer|proces-verbaal|pv(?:-nummer)?|"
    r"registratienummer|patiëntnummer|"
    r"Aktenzeichen|Az\.|Geschäftszeichen|Vorgangsnummer|Fallnummer|Akte|Tagebuchnummer|Patientennummer|"
    # fr / es / it
    r"numéro de dossier|référence|réf\.|procès-verbal|n° de notice|notice|AGDREF|"
    r"expediente|exp\.|diligencias(?: previas)?|atestado|procedimiento|NUHSA|historia clínica|"
    r"procedimento(?: penale)?|R\.G\.N\.R\.|RGNR|fascicolo|pratica|verbale|protocollo|cartella clinica|CUI|"
    # pl / hr / sl / hu
    r"sygnatura(?: akt)?|sygn\.(?: akt)?|nr sprawy|numer sprawy|sprawa|akt|"
    r"predmet(?: broj)?|broj predmeta|spis|posl\. br\.|opr\. št\.|klasa|urbroj|ur\. ?broj|zadev[aoei]|številka zadeve|"
    r"ügyszám|iktatószám|ügy|hivatkozási szám|"
    # el / bg / mt
    r"αριθμός υπόθεσης|αρ\. υπόθεσης|υπόθεση|φάκελος|αριθμός φακέλου|αρ\. πρωτ\.|αριθμός πρωτοκόλλου|"
    r"преписка|дело|досъдебно производство|пр\. №|вх\. №|рег\. №|номер на делото|"
    r"każ|numru tal-każ|referenza|fajl|"
    # ar / fa
    r"رقم الملف|ملف|رقم القضية|قضية|رقم الطلب|محضر|"
    r"شماره پرونده|پرونده|شماره درخواست"
)
CASE_NUMBER = re.compile(
    # not inside a compound ("show-case"), but after the Maltese article ("r-referenza", "tal-każ")
    rf"(?:(?<![\w-])|(?<=(?<![\w-])\w-)|(?<=(?<![\w-])\w\w-)|(?<=(?<![\w-])\w\w\w-))(?:{_CASE_WORDS})"
    r"(?:\s{0,2}(?:no\.?|nr\.?|n\.|n°|nº|núm\.?|num\.?|number|nummer|numéro|número|numero|numer|broj|"
    r"br\.|št\.|sz\.|αρ\.|αριθμός|№|номер|numru|uimhir|رقم|شماره|is|was|ist|est|es|è|je|jest|on|"
    r"van|de|del|della|des|der|du|da|di|at|the|her|his|ihr|sein|son|sa|su|bei|ved|рег\.|reg\.|:|#|\(|\)))*"
    r"[\s:#№()]{0,3}"
    # court signatures carry a register before the number: "II K 457/24", "3 Js 1234/24",
    # "УРИ 4827р-12345/2026", "UP/I-217-01/26-01/4821", "IPO/26/03192"; or digit by
    # digit, "1 2 0 3 - 4 4 / 2 0 2 5"
    r"(?=[\w./ -]{0,20}\d)((?:\d\s){3,}\d(?:\s?[/-]\s?(?:\d\s)*\d)*(?![\w/-])"
    r"|(?:[IVX]{1,4}\s|\d{1,3}\s)?(?:[^\W\d_]{1,4}[-\s/]?){0,2}\d(?:[\w./-]|\s[/-]\s?(?=\w)){2,30})",
    re.IGNORECASE | re.UNICODE,
)
# Words that name a law or a published text. (The guard only asks whether one is
# there: grouped by their first letter, the engine tries a word only where its
# letter is, which costs half of trying all of them at every position.)
_LAW_WORD_LIST = (
    r"article|artikel|art\.|artículo|articolo|artykuł|člank|člen|cikk|άρθρο|член|artikolu|alt\b|المادة|ماده|"
    r"law|wet\b|gesetz|loi\b|ley\b|legge|ustaw|zakon|törvény|νόμο|ν\.|закон|liġi|acht\b|قانون|"
    r"directive|richtlijn|richtlinie|directiva|direttiva|dyrektyw|direktiv|irányelv|οδηγία|директива|"
    r"regulation|verordening|verordnung|règlement|reglamento|regolamento|rozporządzen|uredb|rendelet|"
    r"κανονισμ|регламент|d\.lgs|d\.p\.r|dl\b|BOE|Dz\.U|Btk|§|NN\b|Narodne novine|Uradni list|"
    # circulars, decrees, instructions and reports are published, not files
    r"circular|circolare|omzendbrief|Erlass|Rundschreiben|arrêté|décret|decreto|dekret|rozporządz|okólnik|"
    r"odredb|rendelet|εγκύκλιο|ΦΕΚ|ΚΥΑ|наредба|указ|resolution|resolutie|Resolution|résolution|resolución|"
    r"risoluzione|rezolucj|report|(?<!tar-)(?<!ir-)rapport|Bericht|informe|rapporto|raport|izvješć|poročil|(?<!fel)jelentés|έκθεση|"
    r"доклад|تقرير|گزارش|ISBN|ISSN|DOI"
)
_LAW_WORDS = re.compile(dispatch_by_first_letter(_LAW_WORD_LIST), re.IGNORECASE)

_CASE_AT = Anchored(CASE_NUMBER, literal_prefixes(_CASE_WORDS))


# Courts whose judgments are published with their numbers: the European
# courts, and the supreme, constitutional and highest administrative courts.
_HIGH_COURT = re.compile(
    r"(?:Supreme Court|High Court|Court of Appeal|Constitutional Court|Court of Justice|CJEU|ECtHR|"
    r"Hoge Raad|Raad van State|Grondwettelijk Hof|Conseil d'[ÉE]tat|Cour de cassation|Cour constitutionnelle|"
    r"Bundesverwaltungsgericht|BVerwG|BVerfG|BGH|Verfassungsgerichtshof|Verwaltungsgerichtshof|EuGH|HvJ|CJUE|"
    r"TJUE|TSUE|SEUE|EGMR|CEDH|EHRM|TEDH|Tribunal Supremo|Tribunal Constitucional|Audiencia Nacional|STS|STC|"
    r"Corte di [Cc]assazione|Cassazione|Cass\.|Corte costituzionale|Consiglio di Stato|Sąd Najwyższy|"
    r"Naczelny Sąd Administracyjny|NSA|Trybunał Konstytucyjny|Vrhovni sud|Ustavni sud|Visoki upravni sud|"
    r"Vrhovno sodišče|Ustavno sodišče|Kúria|Alkotmánybíróság|Άρειος Πάγος|Αρείου Πάγου|ΣτΕ|"
    r"Συμβούλιο της Επικρατείας|Συμβουλίου της Επικρατείας|Върховния? касационен съд|ВКС|"
    r"Върховния? административен съд|ВАС|Конституционния? съд|Qorti Kostituzzjonali|Qorti tal-Appell|"
    r"Cúirt Uachtarach|Ard-Chúirt|Cúirt Achomhairc|Cúirt Bhreithiúnais|محكمة النقض|المحكمة الدستورية|"
    r"المحكمة الأوروبية|دیوان عالی|دیوان عدالت اداری|دادگاه اروپایی)"
)


# A judgment cited as a source: "see", "cf.", "published", "reported in", in each language
_CITED_WORDS = (
    r"see|cf\.|published|reported|case law|jurisprudence|vgl\.|siehe|veröffentlicht|zie|"
    r"gepubliceerd|rechtspraak|voir|publié|jurisprudencia|véase|ver|publicada|giurisprudenza|vedi|cfr\.|"
    r"pubblicata|orzecznictw|zob\.|opublikowan|sudsk[ae] praks|vidi|objavljen|sodna praksa|glej|objavljen|"
    r"joggyakorlat|lásd|ld\.|közzétett|νομολογί|βλ\.|δημοσιευμέν|съдебна практика|вж\.|публикуван|"
    r"ġurisprudenza|ara|ippubblikat|cásdlí|féach|foilsithe|انظر|منشور|اجتهاد|رک\.|رویه قضایی|منتشر"
)
# (grouped by first letter, as the law words: only asked whether one is there)
_CITED = re.compile(rf"(?<![\w]){dispatch_by_first_letter(_CITED_WORDS)}(?![\w])", re.IGNORECASE)


def published_judgment(text, start, end):
    """A number in a sentence that cites a published judgment (see below)."""
    return _published_judgment(text, start, end)


def _published_judgment(text, start, end):
    """A judgment of a court whose judgments are published: a judgment word
    and such a court in the same sentence ("wyrok NSA z 12.03.2024, sygn. II
    OSK 1234/21"). A client's own file at a lower court is still held."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    left, right = max(line_start, start - 120), min(line_end, end + 80)
    # (the cheap searches first: the judgment words, a long list searched
    # anywhere, are read only when a high court or a citing word is there)
    if _HIGH_COURT.search(text, left, right):
        # "Véase la STC 84/2023": a high court's reference cited as a source
        return bool(_CITED.search(text, left, right) or _JUDGMENT_WORDS.search(text, left, right))
    # any court's judgment cited as a source ("see", "published", "vgl.", "zob.") in a
    # sentence about no one
    return (
        bool(_CITED.search(text, left, right))
        and bool(_JUDGMENT_WORDS.search(text, left, right))
        and not roles.about_a_person(text, start, end)
    )


# A file word, then what the file is about, then the number after "is" or a
# colon, in the same sentence: "Home Office ref for the lady I mentioned is
# H1473829", "su expediente de protección internacional es el 240128001234",
# "uimhir eachtra PULSE aici ón ngearán: 23871456". The number is one word
# of at least five digits, or of four with capitals among them ("05GH7K2").
_IS_WORDS = (
    r"is|was|es(?:\s(?:el|la))?|est(?:\s(?:le|la))?|è|ist|lautet|je|jest|é|είναι|е|huwa|hija|hu|"
    r"hoort|egy|هو|هي|است|"
    # the Irish copula's "ná" ("Uimhir tagartha ... ná 1123-26"), "luidt", "glasi", "гласи"
    r"ná|luidt|glasi|гласи"
)
# Between the file word and the number: no sentence's end, but the full stop of
# an initial or a title ("for Mrs R. is", "von Frau Dr. K. ist")
# (the dot first, then the look-behind: tried only where a dot is)
_ABBREVIATION_STOP = (
    r"\.(?:(?<=(?<![^\W\d_])[^\W\d_]\.)|(?<=(?<![\w])(?:Mr|Ms|Dr|Hr|Fr|Sr|St)\.)"
    r"|(?<=(?<![\w])(?:Mrs|Sra|Sig|Mme|Dra)\.))"
)
CASE_THEN_IS = re.compile(
    rf"(?:{_CASE_WORDS})(?![\w])((?:[^.!?;\n:]|{_ABBREVIATION_STOP}){{0,60}}?)(?:\s(?:{_IS_WORDS})\s+|\s?:\s*)"
    # one word, or digit groups apart ("es 28 0 2026 0041873": held with eight digits or more)
    r"([A-Z]{0,3}\d(?:[\dA-Z]|[/-](?=[\dA-Z])|\s(?=\d)){3,24})(?![\w/.-]|[.,]\d)",
    re.IGNORECASE,
)
_CASE_THEN_IS_AT = Anchored(CASE_THEN_IS, literal_prefixes(_CASE_WORDS))
_NOT_A_FILE_BETWEEN = re.compile(
    r"(?:phone|tel|mobile|call|hotline|helpline|line|Telefon|telefoon|téléphone|teléfono|telefono|telefon|"
    r"τηλέφων|телефон|numru tat-telefon|fón|هاتف|تلفن|grant|project|contract|agreement|Projekt|project|projet|"
    r"proyecto|progetto|projekt|projekat|projekt|pályázat|έργο|проект|proġett|tionscadal|مشروع|پروژه|"
    r"subvenci|sovvenzion|dotacj|Förder|subsid|subsidie|támogatás|επιχορήγ|безвъзмезд|CERV|AMIF|ESF|"
    r"registration|register|Register|registre|registro|rejestr|registar|register|nyilvántartás|μητρώο|регистър|"
    # an organisation's invoices, payments, orders, bookings, tenders, courses and meetings
    r"invoice|factur|Rechnung|fattur|faktur|račun|számla|τιμολόγ|фактур|payment|Zahlung|Überweisung|betaling|"
    r"paiement|pago|pagamento|płatnoś|plaćanj|plačil|fizetés|πληρωμ|плащан|order|Bestell|bestelling|commande|"
    r"pedido|ordine|zamówien|narudžb|naročil|rendelés|booking|Buchung|boeking|réservation|reserva|prenotazion|"
    r"rezerwacj|ticket|tender|aanbesteding|Ausschreibung|appel d'offres|licitación|contratación|gara d'appalto|"
    r"przetarg|natječaj|razpis|közbeszerzés|course|Kurs|cursus|cours|curso|corso|kurs|tečaj|tanfolyam|training|"
    r"Schulung|formation|formación|formazione|szkoleni|izobraževanj|képzés|meeting|Sitzung|réunion|reunión|"
    r"riunione|spotkani|sastan|sestan|értekezlet|event|Veranstaltung|evenement|événement|evento|wydarzeni|"
    r"rendezvény)",
    re.IGNORECASE,
)


_STATISTIC_BETWEEN = re.compile(
    r"(?:load|count|total|rate|average|number of|Anzahl|Zahl der|aantal|nombre de|número de|numero di|"
    r"liczba|ukupan broj|število|összesen|αριθμός των|брой|medja|líon)",
    re.IGNORECASE,
)


def _italian_cui(text, start):
    """The Italian "cui" (which) is no CUI, the police's code for a migrant."""
    return text.startswith("cui", start) or text.startswith("Cui", start)


def _numbers_after_a_phrase(text, lowered):
    for match in _CASE_THEN_IS_AT.finditer(text, lowered):
        if _italian_cui(text, match.start()):
            continue
        number = match.group(2)
        digits = sum(ch.isdigit() for ch in number)
        if digits < 4 or (digits < 5 and not any(ch.isalpha() for ch in number)):
            continue
        if " " in number and (digits < 8 or _THOUSANDS.fullmatch(number)):
            continue  # "12 400", "3 500 000": a count written in groups
        if number[0] == "0" and number.replace(" ", "").isdigit():
            continue  # a phone number's trunk prefix: the phone scan judges it
        if _NOT_A_FILE_BETWEEN.search(match.group(1)) or _LAW_WORDS.search(match.group(1)):
            continue
        if _STATISTIC_BETWEEN.search(match.group(1)) or counts_something(text, match.end(2)):
            continue  # "our case load last year was 12400 women": a count, not a file
        if _DATE_LIKE.fullmatch(number) or re.fullmatch(r"(?:19|20)\d{2}", number):
            continue
        if _published_judgment(text, match.start(), match.end()):
            continue
        yield _Span(number, match.start(2), match.end(2))


class _Span:
    """A number found by ``_numbers_after_a_phrase``, read like a match."""

    def __init__(self, number, start, end):
        self._number, self._span = number, (start, end)

    def group(self, index=0):
        return self._number

    def span(self, index=0):
        return self._span


def case_numbers(text, lowered):
    yield from _case_numbers(text, lowered)
    yield from _numbers_after_a_phrase(text, lowered)


def _case_numbers(text, lowered):
    for match in _CASE_AT.finditer(text, lowered):
        if _italian_cui(text, match.start()):
            continue
        number = match.group(1)
        if not any(ch.isdigit() for ch in number):
            continue
        digits = sum(ch.isdigit() for ch in number)
        if digits < 3 and not re.search(r"[/-]", number):
            continue
        before = text[max(0, match.start() - 30) : match.start(1)]
        if _LAW_WORDS.search(before):
            continue
        if _published_judgment(text, match.start(), match.end()):
            continue
        if re.fullmatch(r"(?:[^\W\d_]{1,4}\s)?(?:(?:19|20)\d{2}\.?|\d{1,2}[.:]\d{2})", number):
            continue  # a year or a time of day ("ügyben 2024.")
        if _DATE_LIKE.fullmatch(number.rstrip(".,")) or _DATE_LIKE.fullmatch(re.sub(r"\s", "", number).rstrip(".,")):
            continue  # "2025 / 2026": two years
        if _house_number(text, match):
            continue  # "Tá an IPO ag 79-83 Sráid an Mhóta": the office's house numbers, a street after them
        yield match


_LAST_HOUSE_NUMBER = re.compile(r"(?:^|[\s-])(\d{1,4}[a-zA-Z]?)$")


def _house_number(text, match):
    """The number after a file word is a house number, or a range of them,
    with a street's word after it ("IPO at 79-83 Lower Mount Street", "ag
    79-83 Sráid ...", "au 12 rue ...")."""
    last = _LAST_HOUSE_NUMBER.search(match.group(1))
    return bool(last) and bool(NUMBER_FIRST.match(text, match.start(1) + last.start(1)))


# A file number seen from its shape, held when the same line names a court,
# prosecutor, police force, asylum office, hospital or file nearby: "the
# court ... 1187/2025", "8.B.1234/2025 ügyszámon", "IPAS/2025/114873".
# Groups joined by "/", "-" or "." with a letter or a slash somewhere, an
# optional register before ("I K 4561/2025", "K-1183/2025", "Α2025/4471").
_CAPS = "A-ZΑ-ΩА-ЯÀ-ÖØ-Þ"
# (a slash or a dash may stand between spaces, as people type them: "DV / 1187 /
# 25", "Pp J- 2318 / 2025"; a Croatian administrative file's register carries
# its instance, "UP/I-217-02/26-01/4471")
CASE_SHAPE = re.compile(
    rf"(?<![\w/.,:-])(?:(?:[IVX]{{1,4}}\s)?[{_CAPS}]{{1,6}}(?:/[IVX]{{1,4}})?(?:[\s./-]|-\s|\s/\s|\s?№\s?)?)?"
    rf"\d[0-9{_CAPS}]*[a-zа-яα-ω]?(?:(?:[/.-]|\s/\s?|/\s)[0-9{_CAPS}]+){{1,4}}(?![\w/-]|[.,]\d)",
)
# A Hungarian court's file: the chamber, the register and the number over the
# year, "23.Bpk.891/2025", "8. P. 20.123/2024" (no other number reads so)
_HU_REGISTER = re.compile(r"\.\s?[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]{0,4}\.")
HU_COURT_FILE = re.compile(
    r"(?<![\w.])\d{1,3}\.\s?(?:[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]{0,4}\.\s?){1,2}(?:\d{1,3}\.)?\d{1,6}/(?:19|20)\d{2}(?!\d)"
)
_CONTEXT_WORDS = (
    # courts and prosecutors
    r"court|tribunal|Qorti|sud[au]?\b|sudu|sodišč|sodisc|bíróság|törvényszék|δικαστ|πλημμελειοδικ|εισαγγελ|"
    r"съд|прокурат|juzgado|fiscal|tribunale|procura|Gericht|Staatsanwalt|rechtbank|parket|parquet|prokurat|"
    r"tužiteljstv|tožilstv|ügyész|محكمة|المحكمة|نيابة|النيابة|دادگاه|دادسرا|cúirt|chúirt|gcúirt|prekršajn|"
    # a prosecutor named as a person's office ("prosecutor's office", "دادستانی برلین")
    r"prosecut|procureur|pubblico ministero|ionchúis|Avukat Ġenerali|دادستان|"
    # (Arabic writes "at the court", "to the court" as one word)
    r"بمحكمة|لمحكمة|بالمحكمة|للمحكمة|والمحكمة|القضية|بالقضية|"
    # police
    r"police|politie|Polizei|polic[íi]a|polizia|questura|carabinieri|policj|policij|rendőr|αστυνομ|полиц|"
    r"commissariat|procédure|plainte|Anzeige|denuncia|aangifte|zgłoszeni|prijav|feljelentés|"
    # a criminal complaint, in the other languages' words ("kazenska ovadba", "μήνυση")
    r"criminal complaint|querela|zawiadomieni|ovadb|kaznen\w* prijav|μήνυσ|жалба|ilment|gearán|شكوى|بلاغ|شکایت|"
    # a police administration by its acronym ("PU Ljubljana", "PU zagrebačka", "ПУ")
    r"(?-i:PU|PP|РПУ)\b|"
    r"pulizija|Garda|nGarda|gendarm|"
    # police stations, by their own words ("l-għassa", "komisariat", "Revier")
    r"għassa|l-għassa|comisaría|komisariat|posterun|Polizeirevier|Revier\b|politiebureau|kapitányság|"
    r"Guardia Civil|MUP|ОДМВР|СДВР|شرطة|الشرطة|للشرطة|پلیس|کلانتری|"
    # asylum and immigration offices
    r"asylum|asiel|Asyl|asile|asilo|azyl|azil|menekült|άσυλ|убежищ|ażil|لجوء|پناهند|"
    r"international protection|internationale bescherming|internationalen Schutz|protection internationale|"
    r"protección internacional|protezione internazionale|ochron[ayę] międzynarodow|međunarodn\w* zaštit|"
    r"mednarodn\w* zaščit|nemzetközi védelem|διεθνή προστασία|διεθνούς προστασίας|международна закрила|"
    r"protezzjoni internazzjonali|cosaint idirnáisiúnta|الحماية الدولية|حمایت بین|MNZ\b|"
    r"immigration|immigratie|Ausländerbehörde|BAMF|IND\b|CGRA|CGVS|OFPRA|Fedasil|IPO\b|IPAS|Prefettura|"
    r"Questura|Commissione|Urząd do Spraw Cudzoziemców|UdSC|OIF|ДАБ|AWAS|مهاجرت|اقامت|"
    r"préfecture|récépissé|AGDREF|titre de séjour|Aufenthaltstitel|verblijfsvergunning|permesso di soggiorno|"
    # an authority's decision on a person (a court's judgment is published, these are not)
    r"odločb|Bescheid|beschikking|decyzj|határozat|"
    # hospitals
    r"hospital|ziekenhuis|Krankenhaus|Klinik|hôpital|ospedale|szpital|bolnic|kórház|νοσοκομ|болниц|sptar|"
    r"مستشفى|بیمارستان|"
    # a file or case
    r"case|file|zaak|dossier|Akte|Aktenzeichen|affaire|expediente|causa|pratica|fascicolo|sygn|"
    # the Polish case in its forms, not "w sprawie" ("concerning")
    r"spraw[aeyęą](?!\w)|(?<!w )sprawie|Spraw Cudzoziemców|"
    r"predmet|spis|zadev|ügy|υπόθεσ|φάκελ|дело|преписка|każ|cás|cháis|gcás|comhad|tagartha|thagartha|cairte|"
    r"ospidéal|ospidéil|قضية|ملف|محضر|پرونده|klasa"
)
# (grouped by first letter: only asked whether one is there, around every number of a file's shape)
CASE_CONTEXT = re.compile(rf"(?<![\w]){dispatch_by_first_letter(_CONTEXT_WORDS)}", re.IGNORECASE | re.UNICODE)
_JUDGMENT_WORD_LIST = (
    r"judgment|judgement|ruling|decision of|uitspraak|vonnis|arrest\b|Beschluss|Entscheidung|ordonnance|"
    r"ordinanza|postanowieni|rješenj|sklep\b|végzés|breithiúnas|sentencia|(?<!\w)(?:ال|ب|و)?حكم|رأی|judgment|ruling|arrêt|Urteil|sentencia|sentenza|wyrok|presud|sodb|ítélet|απόφαση|решение|deċiżjoni|"
    r"ECLI|CJEU|ECtHR|EHRM|EGMR|CEDH|application no|requête|Beschwerde|C-|T-"
)
# (grouped by first letter, as the law words: only asked whether one is there)
_JUDGMENT_WORDS = re.compile(dispatch_by_first_letter(_JUDGMENT_WORD_LIST), re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,\s]\d{3})+|\d+[.,]\d+")
_RANGE = re.compile(r"\d{1,4}\s?[-–]\s?\d{1,4}")


def _hu_court_files(text):
    """HU_COURT_FILE, tried only where a register's abbreviation follows a
    chamber's number (".Bpk."): a pattern tried at every digit was slow."""
    end_of_last = -1
    for register in _HU_REGISTER.finditer(text):
        for back in (1, 2, 3):
            start = register.start() - back
            if start <= end_of_last or start < 0:
                continue
            match = HU_COURT_FILE.match(text, start)
            if match:
                end_of_last = match.end()
                if not _published_judgment(text, match.start(), match.end()):
                    yield match  # (the Kúria's published decisions pass)
                break


def case_numbers_in_context(text):
    """File numbers known by their shape and a court, police, asylum, hospital
    or file word on the same line (within 90 characters before or 50 after);
    a Hungarian court's file by its shape alone."""
    yield from _hu_court_files(text)
    for match in CASE_SHAPE.finditer(text):
        number = re.sub(r"\s", "", match.group())
        digits = sum(ch.isdigit() for ch in number)
        if digits < 4 or (not re.search(r"[/]|[^\W\d_]", number) and digits < 7):
            continue
        if _THOUSANDS.fullmatch(number) or _RANGE.fullmatch(number) or _DATE_LIKE.fullmatch(number):
            continue
        if _day_and_month(number):
            continue  # "comments by 15/01", "roimh 20/01", "avant le 15/01": a date, no file
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        before = text[max(line_start, match.start() - 90) : match.start()]
        after = text[match.end() : min(line_end, match.end() + 50)]
        if not (CASE_CONTEXT.search(before) or CASE_CONTEXT.search(after)):
            continue
        if _LAW_WORDS.search(text, max(line_start, match.start() - 30), match.start()) or _LAW_WORDS.match(
            text, match.start()
        ):
            continue  # "NN 70/17": a gazette's issue, the register word inside the shape
        if _JUDGMENT_WORDS.search(text, max(line_start, match.start() - 40), match.start()) or re.match(
            r"[CT]-", number
        ):
            continue  # a published judgment is not a person's file
        if _published_judgment(text, match.start(), match.end()):
            continue
        yield match


# "Her asylum file at the immigration service, with number V 2847193056": a
# number introduced as "with/under number" in a sentence that names a court,
# police, asylum office, hospital or file, in each language.
_NUMBERED = (
    r"under (?:the )?number|with (?:the )?number|unter der Nummer|mit der Nummer|onder (?:het )?nummer|"
    r"met (?:het )?nummer|sous le numéro|portant le numéro|avec le numéro|con (?:el )?número|bajo el número|"
    r"con (?:il )?numero|al numero|con n\.|pod numerem|o numerze|pod brojem|s brojem|pod številko|s številko|"
    r"με αριθμό|με αρ\.|υπ' αριθμ\.?|υπ’ αριθμ\.?|υπ' αριθμόν|под номер|с номер|bin-numru|taħt in-numru|"
    r"faoi uimhir|le huimhir|برقم|تحت رقم|بالرقم|به شماره|با شماره|تحت شماره|"
    # ...and with the abbreviation: "pod št.", "unter Nr.", "sous le n°", "под №"
    r"under no\.?|unter Nr\.?|onder nr\.?|sous le n°|sous le no\.?|bajo el n[º°.]|con il n\.|pod nr\.?|"
    r"pod br\.|pod št\.|pod štev\.|под №|под рег\. №|υπ' αρ\.|taħt in-nru\.?"
)
NUMBERED = re.compile(
    rf"(?<![\w])(?:{_NUMBERED})\s*[:#№]?\s*((?:[^\W\d_]{{1,4}}[\s-]?)?\d[\d/.-]{{3,24}}\d)(?![\w/])",
    re.IGNORECASE,
)
_NUMBERED_AT = Anchored(NUMBERED, literal_prefixes(_NUMBERED))
# ...and the Hungarian way, with the word after the number: "2025/1834 számon", "... szám alatt"
NUMBER_THEN_SZAMON = re.compile(r"(?<![\w/.-])((?:[^\W\d_]{1,4}[\s.-]?)?\d[\d/.-]{3,24}\d)\s(?:számon|szám alatt)")
# The most characters of NUMBER_THEN_SZAMON before its "szám": the number (at
# most 4 letters and a separator, then 26 digits and signs) and a space
# (tests/consult/test_guard_speed.py reads the bound off the pattern).
SZAMON_REACH = 32


def _numbers_then_szamon(text):
    """NUMBER_THEN_SZAMON.finditer(text), tried only at the SZAMON_REACH
    characters before each "szám" (tried at every character, it read the
    whole of a long post)."""
    end_of_last = tried_to = 0
    word = text.find("szám")
    while word != -1:
        position = max(end_of_last, tried_to, word - SZAMON_REACH)
        while position <= word:
            match = NUMBER_THEN_SZAMON.match(text, position)
            if match:
                yield match
                end_of_last = match.end()
                position = end_of_last
            else:
                position += 1
        tried_to = position
        word = text.find("szám", word + 1)


def numbered_files(text, lowered):
    """Numbers introduced as "under/with number" (or followed by "számon")
    in a sentence that names a file, court, police, asylum office or hospital."""
    candidates = [*_NUMBERED_AT.finditer(text, lowered)]
    if "szám" in lowered:
        candidates += _numbers_then_szamon(text)
    for match in candidates:
        number = match.group(1)
        if sum(ch.isdigit() for ch in number) < 5:
            continue
        if _THOUSANDS.fullmatch(number) or _RANGE.fullmatch(number) or _DATE_LIKE.fullmatch(number):
            continue
        sentence_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 150)
        before = text[sentence_start : match.start()]
        for end in re.finditer(r"[.!?؟]\s", before):
            sentence_start += end.end()
            before = text[sentence_start : match.start()]
        if not CASE_CONTEXT.search(text, sentence_start, match.end(1) + 30):
            continue
        if _LAW_WORDS.search(text, max(sentence_start, match.start() - 30), match.start()):
            continue
        yield match


def _day_and_month(number):
    """ "15/01", "1/12": a day and a month with no register, year or letter,
    as the 16 languages write a date (a file's "45/23" or "12/24" has a
    number over a year, and a court's a register before it)."""
    parts = re.fullmatch(r"(\d{1,2})/(\d{1,2})", number)
    if not parts:
        return False
    first, second = int(parts.group(1)), int(parts.group(2))
    return 1 <= first <= 31 and 1 <= second <= 12


_DATE_LIKE = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\.?|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}|"
    r"(?:19|20)\d{2}[-/–](?:(?:19|20)?\d{2})|1[34]\d{2}/\d{1,2}/\d{1,2}"
)


# Published judgments and applications are not a person's file: the EU
# courts' "C-621/21" and "T-12/22 P", ECLI identifiers, neutral citations
# ("[2023] IEHC 412", "[2020] EWCA Civ 1234") and the ECtHR's application
# numbers ("no. 33401/02") with the Court, human rights or a "X v. Y" title
# on the same line.
_PUBLISHED_SHAPE = re.compile(
    r"(?=[CTFE\[12])(?:(?<![\w-])[CTF]-\d{1,4}/\d{2}(?:\s?(?:P|PPU|RENV))?(?![\w/])"
    r"|ECLI:[A-Z]{2}:[A-Z0-9.]{1,12}:\d{4}:[A-Z0-9.]{1,30}"
    r"|\[(?:19|20)\d{2}\]\s?\d{0,3}\s?[A-Z]{2,8}(?:\s(?:Civ|Crim|Admin|Fam|QB|KB|Ch|Comm))?\s?\d{1,5}"
    r"|(?<![\w/])(?:19|20)\d{2}\s(?:IEHC|IESC|IECA|IEDC|UKSC|EWCA|EWHC)\s\d{1,5})"
)
_APPLICATION = re.compile(r"\d(?<![\w/.-]\d)\d{2,5}/(?:\d{2}|(?:19|20)\d{2})(?![\w/]|[.,]\d)")
_HUMAN_RIGHTS_COURT = re.compile(
    # the Court's acronym in each language: ECtHR, EGMR, EHRM, CEDH / Cour EDH, TEDH, CEDU / Corte EDU,
    # ETPC(z), ESLJP, ESČP, EJEB, ΕΔΔΑ, ЕСПЧ, QEDB, ECHR (ga writes it out)
    r"(?i:ECtHR|ECHR|EGMR|EHRM|CEDH|Cour EDH|CEDU|Corte EDU|TEDH|ETPC|ESLP|ESLJP|ESČP|ESCP|EJEB|QEDB|ΕΔΔΑ|ЕСПЧ|"
    r"Strasbourg|Straßburg|Strasburgo|Estrasburgo|"
    r"Strasburg|Strassburg|Στρασβούργο|Страсбург|human rights|Menschenrechte|mensenrechten|droits de l'homme|"
    r"derechos humanos|diritti dell'uomo|diritti umani|praw człowieka|ljudska prava|ljudskih prava|"
    r"človekovih pravic|emberi jogok|ανθρωπίνων δικαιωμάτων|правата на човека|drittijiet tal-bniedem|"
    r"cearta an duine|chearta an duine|cearta daonna|حقوق الإنسان|حقوق الانسان|حقوق بشر)"
    # a title "X v. Y": parties may be one letter ("Y proti Sloveniji") and the state may
    # carry an article ("Opuz v. it-Turkija", "c. la France")
    # ("M.C. t. Bulgarije", "Branko Tomašić i drugi protiv Hrvatske": "and others" in each language)
    r"|(?<![\w])[A-ZΑ-ΩА-Я][\w'’.-]*\s(?:(?:and others|et autres|y otros|e altri|und andere|en anderen|i inni|"
    r"i drugi|in drugi|és társai|és mások|και άλλοι|και λοιποί|и други|u oħrajn|agus daoine eile)\s)?"
    r"(?:v\.?|vs\.?|c\.|t\.|contre|gegen|tegen|contro|contra|przeciwko|protiv|proti|"
    r"kontra|κατά|срещу|ضد|علیه)\s(?:(?:l[ae]|il|el|the|der|die|de|na|an|τη[νς]?|του)\s|[a-zġħż]{1,3}-)?[A-ZΑ-ΩА-Я][\w'’.-]+"
)


def published_references(text):
    """(start, end) of each reference to a published judgment or application."""
    for match in _PUBLISHED_SHAPE.finditer(text):
        yield match.span()
    for match in _APPLICATION.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        if _HUMAN_RIGHTS_COURT.search(text, max(line_start, match.start() - 150), min(line_end, match.end() + 150)):
            yield match.span()


# A document's version, page, paragraph or annex number, or a publication's
# ISBN, ISSN or DOI, is no one's file, phone or ID: "version 2.3.1 of
# 12.03.2025", "S. 14-17", "Anhang 3", "σελ. 112".
_DOCUMENT_PART_WORDS = (
    r"version|versie|Fassung|versión|versione|wersja|wersji|verzija|verzije|različica|verzió|verziója|έκδοση|"
    r"εκδοχή|версия|верзия|verżjoni|leagan|نسخة|الإصدار|نسخه|ویرایش|v\.|ver\.|rev\.|revision|revisie|Revision|"
    r"révision|revisión|revisione|rewizja|revizija|edition|Auflage|Ausgabe|editie|editie|édition|edición|"
    r"edizione|wydanie|izdanje|izdaja|kiadás|draft|concept|Entwurf|projet|borrador|bozza|projekt|nacrt|osnutek|"
    r"tervezet|σχέδιο|проект|abbozz|dréacht|page|pages|p\.|pp\.|Seite|Seiten|S\.|pagina|pagina's|p\.|página|"
    r"páginas|pág\.|págs\.|pag\.|pagg\.|strona|stronie|str\.|stranica|stranici|stran|strani|oldal|oldalon|"
    r"old\.|σελ\.|σελίδα|σελίδες|стр\.|страница|paġna|paġni|leathanach|lch\.|صفحة|صفحات|ص\.|صفحه|صفحات|"
    r"para\.|paragraph|Absatz|Abs\.|Rn\.|Randnummer|alinea|alinéa|párrafo|paragrafo|ustęp|ust\.|stavak|"
    r"odstavek|bekezdés|παράγραφ|алинея|paragrafu|mír|فقرة|بند|annex|Anhang|Anlage|bijlage|annexe|anexo|"
    r"allegato|załącznik|prilog|priloga|melléklet|παράρτημα|приложение|anness|iarscríbhinn|ملحق|پیوست|"
    r"ISBN|ISSN|DOI|chapter|Kapitel|hoofdstuk|chapitre|capítulo|capitolo|rozdział|poglavlje|poglavje|fejezet|"
    r"κεφάλαιο|глава|kapitlu|caibidil|فصل|table|Tabelle|tabel|tableau|tabla|tabella|tabela|tablica|tabela|"
    r"táblázat|πίνακας|таблица|tabella|tábla|جدول"
)
_DOCUMENT_PART = re.compile(
    rf"(?<![\w])(?:{_DOCUMENT_PART_WORDS})\s?(?:no\.?|nr\.?|n\.|n°|nº|br\.|št\.|αρ\.|№)?\s?[:#]?\s?"
    r"(\d[\w]*(?:[./:–-]\d[\w]*){0,5}(?:\s?[-–]\s?\d{1,4})?)",
    re.IGNORECASE,
)
_DOCUMENT_PART_AT = Anchored(
    _DOCUMENT_PART, [prefix for prefix in literal_prefixes(_DOCUMENT_PART_WORDS) if prefix], word_start=True
)


def document_parts(text, lowered):
    """(start, end) of each version, page, paragraph, annex or publication number
    (not the "P." of a Hungarian court's civil register: "8. P. 20.123/2024")."""
    for match in _DOCUMENT_PART_AT.finditer(text, lowered):
        if any(HU_COURT_FILE.match(text, start) for start in range(max(0, match.start() - 5), match.start())):
            continue
        yield match.span(1)


# An order's, a purchase order's or an invoice's number is a supplier's, no
# one's file, phone or ID: "Bestellnummer der Broschüren (Arabisch, Paschtu):
# 4500312879", "PO number 4500183726", "شماره سفارش کتاب‌ها 4500238716", "numéro
# de commande : ...". The number follows its word within the phrase (a bracket
# or a few words between).
_ORDER_WORDS = (
    # (never "order", "ordine", "ordú" alone: a court's protection order has a file number)
    r"order number|order no|purchase order|PO number|PO no|invoice number|invoice no|invoice|"
    r"Bestellnummer|Bestell-Nr|Bestellung|Rechnungsnummer|Rechnung|bestelnummer|bestelling|"
    r"ordernummer|factuurnummer|factuur|numéro de commande|bon de commande|commande|numéro de facture|facture|"
    r"número de pedido|número de factura|factura|numero d'ordine|numero ordine|fattura|"
    r"numer zamówienia|zamówieni|numer faktury|faktur|broj narudžbe|narudžb|številka naročila|"
    r"naročil|rendelésszám|αριθμός παραγγελίας|παραγγελ|τιμολόγ|"
    r"номер на поръчка|поръчк|фактур|numru tal-ordni|uimhir an ordaithe|"
    r"sonrasc|رقم الطلبية|الطلبية|فاتورة|شماره سفارش|سفارش|فاکتور"
)
_ORDER_NUMBER = re.compile(
    rf"(?<![\w])(?:{_ORDER_WORDS})[^\n.!?\d]{{0,60}}?(?<![\w])(\d[\d/-]{{4,18}}\d)(?![\w/-])",
    re.IGNORECASE,
)
_ORDER_NUMBER_AT = Anchored(_ORDER_NUMBER, literal_prefixes(_ORDER_WORDS))


def order_numbers(text, lowered):
    """(start, end) of each order's or invoice's number."""
    for match in _ORDER_NUMBER_AT.finditer(text, lowered):
        yield match.span(1)
