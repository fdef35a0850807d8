"""Street addresses, in the site languages.

An address is a street word and a house number ("Kerkstraat 12", "ul.
Marszałkowska 140", "οδός Ερμού 38", "24 rue de la Loi"), a word for living
somewhere followed by a name and a number, or a Dutch or Irish postcode. An
organisation's own address ("our office is at ...") passes: the sentence
names the organisation. A date of birth is a date after a word for being born.
"""

import re
from itertools import islice

from .anchors import Anchored, dispatch_by_first_letter, literal_prefixes
from .dates import month_follows
from .number_words import digits_of_words, is_number_word, is_teen

_STREET_BEFORE = (
    r"rue|avenue|av\.|boulevard|bd|chemin|allée|quai|impasse|chaussée|"
    r"calle|c/|avenida|avda\.?|plaza|paseo|camino|carretera|ronda|travesía|"
    r"via|viale|piazza|corso|vicolo|largo|strada|piazzale|"
    r"ul\.|ulica|ulicy|al\.|aleja|alei|pl\.|plac|os\.|osiedle|"
    r"ул\.|улица|бул\.|булевард|ж\.к\.|"
    r"οδός|οδό|οδού|οδ\.|λεωφόρος|λεωφόρο|λεωφ\.|πλατεία|"
    r"Triq|Pjazza|Vjal|Sqaq|Bóthar|Sráid|Ascaill|Ascal|Cearnóg|Céide|Ardán|Lána|"
    r"شارع|طريق|خیابان|کوچه|بلوار"
)
# glued to the street's name: "Kerkstraat", "Hauptstraße"
_STREET_GLUED = (
    r"straat|weg|laan|plein|gracht|kade|singel|dreef|steeg|dijk|"
    r"straße|strasse|gasse|platz|allee|damm|ufer|utca"
)
# a word of its own after the name: "Dob utca", "Church Street", "Celovški cesti"
_STREET_AFTER = (
    r"str\.|utca|u\.|út|útja|tér|körút|krt\.|köz|sor|"
    r"ulica|ulici|cesta|cesti|trg|put|pot|nabrežje|"
    r"street|st\.?|road|rd\.?|avenue|ave\.?|lane|park|close|drive|square|terrace|place|crescent|court|"
    r"way|grove|gardens|row|heights|view|hill|quay|terr\.?|cres\.?"
)
_NOT_A_YEAR = r"(?!(?:19|20)\d{2}\b)"
_NAME = r"[„\"“«]?[^\W\d_][\w'’.-]*[“\"”»]?"
_NOT_AN_AMOUNT = r"(?!\d)(?!\s?(?:%|€|\$|£|euro|eur\b|EUR|лв|zł|kn\b|Ft\b|lei\b|ευρώ|يورو|یورو))"
# A number followed by years, months, people or per cent counts something; it
# is no house number: "residentes en España de 16 años", "lives in Spain for 3
# years", "woont in Gent sinds 2 jaar".
_NOT_A_COUNT = (
    r"(?!\s?(?:years?|yrs|months?|weeks?|days?|people|persons|women|children|jaar|maanden|weken|dagen|"
    r"personen|Jahren?|Monaten?|Wochen|Tagen?|Personen|Frauen|ans?\b|mois|semaines|jours|personnes|femmes|"
    r"años|meses|semanas|días|personas|mujeres|anni|mesi|settimane|giorni|persone|donne|lat\b|lata|miesi|"
    r"tygodni|dni\b|osób|kobiet|godin|mjesec|tjed|dana\b|osoba|žena|let\b|leta|mesec|tedn|oseb|žensk|"
    r"év|hónap|hét\b|nap|fő\b|nő\b|χρόν|ετών|μήν|εβδομ|ημέρ|άτομα|γυναίκ|годин|месец|седмиц|дни\b|души|"
    r"жени|sena|snin|xhur|ġimgħ|jiem|persuni|nisa|bliana|bliain|mí\b|seachtain|lá\b|duine|mná|"
    r"سنة|سنوات|عام|أعوام|شهر|أشهر|أسبوع|يوم|أيام|شخص|أشخاص|امرأة|نساء|سال|ماه|هفته|روز|نفر|زن\b|%|percent|procent|"
    r"Prozent|pour ?cent|por ?ciento|per ?cento|procent|posto|százalék|τοις εκατό|процент|fil-mija|faoin gcéad|"
    r"بالمئة|في المئة|درصد|"
    # "de 16 o más años", "16 or older", "ab 16 und älter", "16+": an age band, no house
    r"or more|or older|or over|and over|o más|o mayores|ou plus|et plus|o più|of ouder|of meer|en ouder|"
    r"oder älter|und älter|lub więcej|i više|i starij|ali več|in več|vagy több|vagy idősebb|ή περισσότερ|"
    r"και άνω|или повече|и повече|jew aktar|nó níos mó|أو أكثر|فما فوق|یا بیشتر|و بالاتر|\+))"
)
_NOT_A_COUNT_AT = re.compile(_NOT_A_COUNT)


def counts_something(text, end):
    """A number ending at ``end`` is followed by what it counts ("12400
    women", "3 years", "85 %")."""
    return not _NOT_A_COUNT_AT.match(text, end)


# A house number may be introduced ("nº 12", "Nr. 5", "αρ. 7", "پلاک ۲۱۲", "رقم ٤").
_HOUSE_NUMBER_WORD = (
    r"(?:(?:no\.?|nr\.?|n\.?º|nº|n°|núm\.?|num\.?|br\.?|št\.?|sz\.?|αρ\.?|№|numru|uimhir|پلاک|رقم|مبنى|بناية)\s*)?"
)
STREET_NAME_NUMBER = re.compile(
    rf"(?<![\w])(?:{_STREET_BEFORE})\s+(?:{_NAME}[,،]?\s+){{0,4}}?{_NAME}[,،]?\s+{_HOUSE_NUMBER_WORD}{_NOT_A_YEAR}\d{{1,4}}"
    rf"(?:\s?[a-zA-Z](?!\w))?(?![\d.,]\d){_NOT_AN_AMOUNT}{_NOT_A_COUNT}",
    re.IGNORECASE,
)
# Found from the street word and the number after it; the name before it is
# then read backwards (a pattern that starts at every word is too slow).
STREET_THEN_NUMBER = re.compile(
    rf"(?:{_STREET_GLUED}|(?<=\s)(?:{_STREET_AFTER}))\.?,?\s+{_NOT_A_YEAR}\d{{1,4}}(?:[-/ ]?\d{{0,3}})?"
    r"(?:\s?[a-zA-Z](?!\w))?(?![\d.,]\d)",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"[^\W\d_][\w'’.-]*\s*$")
_GLUED_NAME = re.compile(r"[^\W\d_][\w'’-]*$")


def _street_then_number(text, lowered):
    for match in _STREET_AFTER_AT.finditer(text, lowered):
        before = text[max(0, match.start() - 40) : match.start()]
        glued = _GLUED_NAME.search(before) if not before[-1:].isspace() else None
        if glued:
            yield glued.start() + match.start() - len(before), match
        elif _NAME_BEFORE.search(before) and before[-1:].isspace():
            yield match.start(), match


# Street words that are no other word in small letters ("via", "largo",
# "corso", "camino" are), read in any case after a house number: "27 triq
# il-kbira", "19 sráid an droichid"
_STREET_WORD_ANY_CASE = (
    r"rue|avenue|boulevard|chemin|allée|impasse|calle|avenida|plaza|piazza|viale|vicolo|ulica|ulicy|aleja|"
    r"osiedle|улица|булевард|οδός|οδό|οδού|λεωφόρος|πλατεία|triq|pjazza|sqaq|bóthar|sráid|ascaill|ascal|cearnóg|"
    r"شارع|خیابان|کوچه"
)
NUMBER_FIRST = re.compile(
    rf"\d(?<![\w.,/]\d)\d{{0,3}}[a-zA-Z]?,?\s+(?:(?:{_STREET_BEFORE}|(?i:{_STREET_WORD_ANY_CASE}))(?![\w])|(?:[A-Z][\w'’-]+\s){{1,3}}(?:Street|St|Road|Rd|Avenue|Ave|"
    r"Lane|Park|Close|Drive|Square|Terrace|Place|Crescent|Court|Way|Grove|Gardens|Row|Heights|View|Hill|Quay)\b)",
)
_LIVING = (
    r"lives at|living at|lives in|stays at|staying at|staying with|moved to|address|addr|"
    r"woont (?:op|aan|in)|verblijft|slaapt|adres|wohnt|wohnhaft|Adresse|Anschrift|habite|hébergée?|domicil|"
    r"vive en|reside en|domicilio|dirección|abita|alloggia|indirizzo|residente|"
    r"mieszka|zamieszkał|adres|živi|stanuje|adresa|prebiva|naslov|lakik|cím|lakcím|"
    r"μένει|διαμένει|διεύθυνση|живее|адрес|toqgħod|tgħix|indirizz|cónaí|seoladh|"
    r"تسكن|يسكن|تقيم|عنوان|زندگی|آدرس|ساکن"
)
LIVING_AT = re.compile(
    rf"(?:{_LIVING})[^.\n]{{0,40}}?(?<![\w])(?:{_NAME}\s+){{0,3}}{_NAME}\s+{_NOT_A_YEAR}(?!0)\d{{1,4}}(?!\d)(?![.,:]\d)(?!\s?%)"
    rf"{_NOT_A_COUNT}",
    re.IGNORECASE,
)
POSTCODE = re.compile(
    r"[1-9AC-FHKNPRTV-Y](?<![\w-].)(?:(?<=\d)\d{3}\s?(?!SS|SA|SD)[A-Z]{2}|(?<=[A-Z])\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})(?![\w-])"
)
_ORGANISATION_WORDS = (
    r"office|drop-in|opening hours|open on|spreekuur|inloop|openingstijden|Sprechstunde|Öffnungszeiten|"
    r"horario|atención al público|orario|dyżur|godziny otwarcia|radno vrijeme|uradne ure|ügyfélfogadás|"
    r"ωράριο|работно време|ħinijiet|uaireanta oscailte|ساعات العمل|ساعات کاری|"
    r"organisation|organization|association|foundation|headquarters|clinic|council|"
    r"kantoor|bureau|organisatie|stichting|vereniging|Beratungsstelle|Büro|Verein|Stiftung|unsere|"
    r"siège|permanence|notre|locaux|oficina|asociación|fundación|sede|nuestra|nuestro|sportello|"
    r"associazione|ufficio|nostro|nostra|siedziba|fundacj|stowarzyszen|biur|nasz|savjetovališt|udrug|ured|"
    r"naš|pisarn|društv|svetovalnic|iroda|egyesület|alapítvány|irodánk|γραφεί|οργάνωση|σύλλογο|"
    # an organisation's seat, secretariat or department, in each language
    r"Geschäftsstelle|Sekretariat|secretariaat|secrétariat|secretaría|segreteria|sekretariat|tajništv|"
    r"sjedišt|sedež|székhely|έδρα|седалище|Dipartimento|Departamento|département|departament|"
    r"офис|фондация|сдружение|нашия|uffiċċju|għaqda|tagħna|oifig|eagraíocht|مكتب|جمعية|منظمة|"
    r"مقر|دفتر|انجمن|سازمان"
)
# (grouped by first letter, as the venues' words: searched before every address candidate)
_ORGANISATION = re.compile(
    # short words ("our", "ár", "ما") only as whole words: "ár" is in "Árasán"
    # ("ما" is "our" in Persian after its noun, "دفتر ما", whose nouns are listed; in Arabic it is "not")
    r"(?<![\w])(?:our|ons|nos|onze|ár|NGO)(?![\w])|"
    rf"(?<![\w]){dispatch_by_first_letter(_ORGANISATION_WORDS)}",
    re.IGNORECASE,
)


# Public places whose address is published: ministries, town halls,
# libraries, universities, the Red Cross.
_PUBLIC_PLACE_WORDS = (
    r"ministry|ministerie|Ministerium|ministère|ministerio|ministero|ministerstw|ministarstv|ministrstv|"
    r"minisztérium|υπουργείο|министерство|ministeru|municipality|town hall|city hall|gemeente|stadhuis|"
    r"stadskantoor|Rathaus|mairie|hôtel de ville|ayuntamiento|comune|municipio|urząd|gmina|općin|občin|"
    r"önkormányzat|polgármesteri|δήμο|община|kunsill lokali|library|bibliotheek|Bibliothek|bibliothèque|"
    r"biblioteca|bibliotek|knjižnic|könyvtár|βιβλιοθήκη|библиотека|university|universiteit|Universität|"
    r"université|universidad|università|uniwersytet|sveučilišt|univerz|egyetem|πανεπιστήμιο|университет|"
    r"ollscoil|Red Cross|Croix-Rouge|Rode Kruis|Rotes Kreuz|Cruz Roja|Croce Rossa|Czerwony Krzyż|"
    r"Crveni križ|Rdeči križ|Vöröskereszt|Ερυθρός Σταυρός|Червен кръст|Salib l-Aħmar|الصليب الأحمر|صلیب سرخ|"
    r"Caritas|Kάριτας|Каритас|كاريتاس|کاریتاس|"
    # the government's one-stop offices and immigration offices
    r"kormányablak|kormányhivatal|okmányiroda|Bürgeramt|Bürgerbüro|Ausländerbehörde|préfecture|Prefettura|"
    r"Questura|Urząd Wojewódzki|upravna enota|Home Office|Intreo|gemeentehuis|stadskantoor"
)
_PUBLIC_PLACE = re.compile(dispatch_by_first_letter(_PUBLIC_PLACE_WORDS), re.IGNORECASE)
# Tenth round: federal and state offices, the Polish office declined, and the
# venue of a training, a meeting or a conference. Their address passes in a
# sentence about no one (roles' test: "Lieu de la formation : chez elle, ..."
# is held).
_PUBLIC_VENUE_WORDS = (
    # federal and state offices and ministries, and the Polish office declined ("Urzędu", "Urzędzie")
    r"Bundesamt|Bundesministerium|Bundesagentur|Landesamt|Landesministerium|urzęd|"
    # the venue of a training, a meeting or a conference: published for those who come
    r"venue|training venue|meeting place|conference venue|ionad na hoiliúna|ionad an chruinnithe|"
    r"trainingslocatie|locatie van de training|vergaderlocatie|Veranstaltungsort|Fortbildungsort|Tagungsort|"
    r"Schulungsort|Seminarort|lieu de (?:la )?formation|lieu de la réunion|lieu du colloque|lieu de l'atelier|"
    r"lugar de (?:la )?formación|lugar de la reunión|lugar del curso|lugar del taller|sede de la formación|"
    r"sede del corso|sede della formazione|luogo della formazione|sede dell'incontro|luogo dell'incontro|"
    r"miejsce szkolenia|miejsce spotkania|miejsce warsztatów|miejsce konferencji|mjesto održavanja|"
    r"mjesto edukacije|kraj izobraževanja|kraj srečanja|lokacija izobraževanja|helyszín|"
    r"τόπος διεξαγωγής|χώρος διεξαγωγής|τόπος της εκπαίδευσης|място на провеждане|място на обучението|"
    r"post tat-taħriġ|il-post tal-laqgħa|mkien it-taħriġ|مكان التدريب|مكان الاجتماع|مكان الورشة|مكان انعقاد|"
    r"محل برگزاری|مکان برگزاری|محل آموزش"
)
# grouped by first letter: searched before every address candidate
_PUBLIC_VENUE = re.compile(dispatch_by_first_letter(_PUBLIC_VENUE_WORDS), re.IGNORECASE)
# ...but a person living there, or a shelter, is never an organisation's
# published address: "she lives at", "the Frauenhaus in ...".
_PERSONAL_PLACE_WORDS = (
    r"(?:she|he|they|her|his)(?!\w)|lives|living|staying|stays|moved|sleeps|"
    r"shelter|refuge|safe ?house|Frauenhaus|Schutzwohnung|wohnt|blijf-van-mijn-lijf|woont|verblijft|"
    r"maison d'accueil|maison d'hébergement|habite|loge|casa de acogida|piso de acogida|vive|casa rifugio|"
    r"casa protetta|abita|ospitata|schronisk|mieszka|skloništ|sigurna kuć|živi|varna hiš|krizni center|"
    r"menedék|anyaotthon|lakik|ξενώνα|καταφύγιο|μένει|кризисен център|приют|живее|kenn|toqgħod|tearmann|"
    r"cónaí|ملجأ|دار إيواء|تسكن|يسكن|تقيم|خانه امن|پناهگاه|زندگی می|"
    # hiding or hidden somewhere, sheltered with someone
    r"hiding|hidden|versteck|untergebracht|ondergedoken|verstopt|cachée?|escondid|nascost|ukryw|ukryt|"
    r"sklonil|skrili|skriva|skrit|rejt|κρύβ|κρυμμέν|крие|укри|tistaħba|moħbi|i bhfolach|مختبئ|تختبئ|مخفی|قایم"
)
# (grouped by first letter: only asked whether one is there, around every address)
_PERSONAL_PLACE = re.compile(rf"(?<![\w]){dispatch_by_first_letter(_PERSONAL_PLACE_WORDS)}", re.IGNORECASE)


# A post-office box is never where someone lives.
_POSTBOX_WORDS = (
    r"P\.? ?O\.? Box|post ?box|postbus|Postfach|boîte postale|B\.P\.|apartado de correos|apdo\.|"
    r"casella postale|C\.P\.|skrytka pocztowa|skr\. poczt\.|poštanski pretinac|p\.p\.|poštni predal|"
    r"postafiók|Pf\.|ταχυδρομική θυρίδα|Τ\.Θ\.|пощенска кутия|п\.к\.|kaxxa postali|bosca poist|"
    r"صندوق البريد|ص\.ب|صندوق پستی"
)
_POSTBOX = re.compile(rf"(?<![\w]){dispatch_by_first_letter(_POSTBOX_WORDS)}", re.IGNORECASE)


PERSONAL_PLACE = _PERSONAL_PLACE


def _in_organisation_sentence(text, start, end=None, about_a_person=None):
    """An organisation's (or a public place's) published address, unless the
    sentence says someone lives or shelters there; a post-office box always."""
    sentence_start = max(text.rfind(".", 0, max(0, start - 1)), text.rfind("\n", 0, start), start - 120)
    sentence_start = max(0, sentence_start)
    sentence_end = text.find("\n", start)
    sentence_end = min(start + 100, len(text) if sentence_end == -1 else sentence_end)
    if _POSTBOX.search(text, sentence_start, sentence_end):
        return True
    # "adres korespondencyjny fundacji: ...": the organisation named inside the match
    if _ORGANISATION.search(text, sentence_start, start) or (end and _ORGANISATION.search(text, start, end)):
        return True
    if _PUBLIC_PLACE.search(text, sentence_start, start):
        return not _PERSONAL_PLACE.search(text, sentence_start, sentence_end)
    if about_a_person is not None and _PUBLIC_VENUE.search(text, sentence_start, start):
        return not (
            _PERSONAL_PLACE.search(text, sentence_start, sentence_end) or about_a_person(text, start, end or start + 1)
        )
    return False


_STREET_BEFORE_AT = Anchored(STREET_NAME_NUMBER, literal_prefixes(_STREET_BEFORE))
_STREET_AFTER_AT = Anchored(STREET_THEN_NUMBER, literal_prefixes(_STREET_GLUED + "|" + _STREET_AFTER), word_start=False)
_LIVING_AT = Anchored(LIVING_AT, literal_prefixes(_LIVING))


# The house number in words after a word for an address: "Adresa ...:
# Vukovarska trideset i dva", "címe ...: Szemere utca negyvenhárom", "L-indirizz
# ...: Triq San Pawl, numru sbatax".
_NUMBER_WORD_BEFORE = r"(?:(?:no|nr|n[º°]|br|št|sz|numru|uimhir|numero|número|nummer|broj|številka)(?![\w])\.?\s*)?"
_NAME_THEN_WORD = re.compile(rf"{_NAME}[,،]?\s+{_NUMBER_WORD_BEFORE}([^\W\d_]{{2,30}})(?![\w])", re.IGNORECASE)
_STREET_WORD = re.compile(rf"(?:{_STREET_BEFORE}|{_STREET_AFTER})[,،]?", re.IGNORECASE)
_ADDRESS_WORDS = (
    r"address|addr|adres|Adresse|Anschrift|adresse|dirección|domicilio|indirizzo|adresa|naslov|cím|"
    r"lakcím|διεύθυνση|адрес|indirizz|seoladh|عنوان|آدرس"
)
_ADDRESS_WORD = re.compile(rf"(?<![\w])(?:{_ADDRESS_WORDS})", re.IGNORECASE)
_ADDRESS_WORD_AT = Anchored(_ADDRESS_WORD, literal_prefixes(_ADDRESS_WORDS))


_ADDRESS_WORD_TRIES = 60
_STREET_WORD_SEEN = re.compile(rf"(?<![\w])(?:{_STREET_BEFORE}|{_STREET_AFTER})(?![\w])", re.IGNORECASE)


def _house_number_in_words(text, lowered):
    for tries, word in enumerate(_ADDRESS_WORD_AT.finditer(text, lowered)):
        if tries >= _ADDRESS_WORD_TRIES:
            return  # "adresa adresa ...": a long post of address words stays fast
        stop = text.find("\n", word.end(), word.end() + 90)
        window_end = stop if stop != -1 else min(len(text), word.end() + 90)
        # each word in turn with the next (a pair that fails gives its second word
        # to the next pair: "heroja šlandra", then "šlandra osemnajst")
        position = word.end()
        while match := _NAME_THEN_WORD.search(text, position, window_end):
            position = match.start(1)
            name = match.group().split()[0]
            # a name in small letters after a street word: "naslov je ulica heroja šlandra osemnajst"
            named = (
                name[:1].isupper()
                or _STREET_WORD.fullmatch(name)
                or _STREET_WORD_SEEN.search(text, word.end(), match.start())
            )
            if named and is_number_word(match.group(1)):
                yield match.start(), match.end(), match.group()
                break


# A street and house number followed by the floor, as an address is given
# without a street word: "Vukovarska 118, 2. kat", "Kossuth 12, 3. emelet",
# "Hauptweg 4, 2. OG", "Marszałkowska 10, piętro 3". The floor words of the
# site languages; the name before is capitalised.
_FLOOR_WORDS = (
    r"kat|sprat|nadstropj|nadstr\.|emelet|em\.|Stock|OG|étage|piso|planta|piano|piętro|verdieping|όροφος|ορόφου|"
    r"етаж|floor|sular"
)
# ...and a flat's, a door's or an entrance's number, as whole words: "Lađarska 27,
# stan 4", "Ολύμπου 37, διαμέρισμα 5", "Flat 4, Blokk B, Triq San Ġużepp"
_FLAT_WORDS = (
    r"flat|apartment|apt|árasán|appartement|appt|Wohnung|Whg|apartamento|puerta|pta|appartamento|interno|"
    r"mieszkanie|mieszk|stan|stanovanje|lakás|ajtó|διαμέρισμα|διαμ|апартамент|ап|appartament|شقة|آپارتمان"
)
_FLOOR_WORD = re.compile(rf"(?:{_FLOOR_WORDS})[^\W\d_]*\.?|(?:{_FLAT_WORDS})(?![^\W\d_])\.?", re.IGNORECASE)
_FLOOR_WORD_AT = Anchored(_FLOOR_WORD, literal_prefixes(f"{_FLOOR_WORDS}|{_FLAT_WORDS}"))
# the floor's number before its word ("2. kat", "3rd floor", "3º piso") or after it ("piętro 3", "stan 14")
_FLOOR_NUMBER_BEFORE = re.compile(r"(?<![\w])\d{1,2}(?:\.|st|nd|rd|th|e|er|º|°|o|a|ος|ο|η|ú|-?(?:ти|ри|ви|ми|и))?\s?$")
_FLOOR_NUMBER_AFTER = re.compile(r"\s?\d{1,3}(?![\w])")
# (a district or a town may stand between: "Αχαρνών 214, Κυψέλη, 3ος όροφος")
_STREET_NUMBER_BEFORE_FLOOR = re.compile(
    r"(?<![\w])[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’.-]+\s+\d{1,4}[a-zA-Z]?,\s*"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’.-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’.-]+)?,\s*)?$"
)
# ...but a room in a building is no one's home: "Room 12, 3rd floor"
_ROOM = re.compile(
    r"(?:room|rooms|Raum|Zimmer|zaal|kamer|lokaal|salle|sala|aula|pokój|sali|soba|dvorana|učilnica|terem|"
    r"αίθουσα|зала|стая|kamra|seomra|office|Büro|bureau|ufficio|oficina|biuro|ured|pisarna|iroda|γραφείο|офис|"
    # ...nor a course's module, chapter or lesson ("Modul 3, stan 4 u udžbeniku")
    r"modul|módul|moduł|chapter|Kapitel|hoofdstuk|chapitre|capítulo|capitolo|rozdział|poglavlj|poglavj|fejezet|"
    r"κεφάλαιο|глава|lesson|Lektion|leçon|lección|lezione|lekcj|lekcij|lecke|μάθημα|урок|section|Abschnitt|"
    r"sectie|sección|sezione|sekcj|odjeljak|razdel|szakasz|ενότητα|раздел)",
    re.IGNORECASE,
)


def _before_a_floor(text, lowered):
    """(start, end, matched) of a street and number followed by a floor (found
    from the floor's word: a pattern tried at every digit was slow)."""
    for word in _FLOOR_WORD_AT.finditer(text, lowered):
        number = _FLOOR_NUMBER_BEFORE.search(text, max(0, word.start() - 6), word.start())
        after = None if number else _FLOOR_NUMBER_AFTER.match(text, word.end())
        if not (number or after):
            continue
        floor_start, floor_end = (number.start(), word.end()) if number else (word.start(), after.end())
        street = _STREET_NUMBER_BEFORE_FLOOR.search(text, max(0, floor_start - 70), floor_start)
        if street and not re.search(r"(?:19|20)\d\d,", street.group()) and not _ROOM.match(street.group()):
            yield street.start(), floor_end, text[street.start() : floor_end]


# A street named with its word and the house number in words after it, with
# no word for an address: "Triq San Pawl, Buġibba, numru tlieta u għoxrin,",
# "οδός Ερμού, αριθμός σαράντα δύο,", "Put Brodarice dvadeset sedam,", "a
# Hatvan utca negyvenkettő,". The name has a capital, the number is a
# cardinal (in the post's languages) that ends the phrase: a comma, the end
# of the sentence or a floor word follows ("Main Street has two shops" and
# "Triq il-Kbira, wieħed mill-..." go on, and pass).
_STREET_WORD_NAMED = Anchored(_STREET_WORD_SEEN, literal_prefixes(f"{_STREET_BEFORE}|{_STREET_AFTER}"))
_NUMBER_INTRO_WORDS = """
    no nr nº n° br št sz numru uimhir numero número nummer broj številka szám αριθμός αρ αριθ номер رقم شماره
    پلاک
"""
_NUMBER_INTRO = frozenset(_NUMBER_INTRO_WORDS.split())
_PHRASE_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?|[,،]|[^\w\s]")
_JOINING_WORD_LIST = "u i és es y e et und en agus and και и و"
_JOINING_WORDS = frozenset(_JOINING_WORD_LIST.split())
_ENDS_THE_NUMBER = re.compile(
    rf"\s*(?:[,.;!?،]|$|alatt(?![\w])|(?:{_FLOOR_WORDS}|ισόγειο|приземен|földszint|prizemlj|pritličj))", re.IGNORECASE
)
_NAMES_BEFORE_THE_NUMBER = 6
# ...or the town after a locative word: "Glavni trg štirinajst v Novem mestu", "Ilirski trg devet u Karlovcu"
_IN_A_TOWN = re.compile(r"\s+(?i:in|v|u|w|à|a|en|in|i|ba|ban|в|σε|στη|στο|στην|fi|b')\s+[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][^\W\d_]")


_STREET_GLUED_SEEN = re.compile(rf"(?:{_STREET_GLUED})(?![\w])", re.IGNORECASE)
_STREET_GLUED_NAMED = Anchored(_STREET_GLUED_SEEN, literal_prefixes(_STREET_GLUED), word_start=False)


def _street_words(text, lowered):
    """(start, end, named) of each street word with the name glued to it or
    just before it ("Gartenstraße", "Hatvan utca", "Church Street"): then the
    street is named already."""
    for word in _STREET_GLUED_NAMED.finditer(text, lowered):
        glued = _GLUED_NAME.search(text, max(0, word.start() - 30), word.start())
        if glued and glued.end() == word.start():
            yield glued.start(), word.end(), True
    for word in _STREET_WORD_NAMED.finditer(text, lowered):
        before = _NAME_BEFORE.search(text, max(0, word.start() - 30), word.start())
        if before and before.group()[:1].isupper():
            yield before.start(), word.end(), True
        else:
            yield word.start(), word.end(), False


def _first_street_words(text, lowered):
    """The first _ADDRESS_WORD_TRIES street words of a post (found once for
    both readings of a house number in words)."""
    return list(islice(_street_words(text, lowered), _ADDRESS_WORD_TRIES))


def _street_number_in_words(text, lowered, languages, streets=None):
    """(start, end, matched) of a street word, its name and a house number in words."""
    for start, word_end, named in _first_street_words(text, lowered) if streets is None else streets:
        # (Arabic and Persian have no capitals: the street word names the street)
        capital = text[start].isupper() or "\u0600" <= text[start] <= "\u06ff"
        names, number, joined_end = int(named), [], None
        for token in _PHRASE_TOKEN.finditer(text, word_end, min(len(text), word_end + 90)):
            piece = token.group()
            if piece in ",،":
                if number:
                    break
                continue
            if not piece[0].isalpha():
                break
            bare = piece.rstrip(".")
            if number and bare.lower() in _JOINING_WORDS:
                continue
            if number and bare.lower() in _NUMBER_INTRO:
                # "via dei Mille numero ventitré": the number words were the street's name
                names += len(number)
                capital = capital or any(word[:1].isupper() for word in number)
                number = []
                continue
            if (is_number_word(bare) and digits_of_words([bare], languages) is not None) or (
                number and is_teen(bare, languages)
            ):
                number.append(bare)
                joined_end = token.end()
                continue
            if number or names >= _NAMES_BEFORE_THE_NUMBER:
                break
            if bare.lower() not in _NUMBER_INTRO:
                names += 1
                capital = capital or piece[:1].isupper()
        if not (number and names and capital and joined_end):
            continue
        if digits_of_words(number, languages) is None or not (
            _ENDS_THE_NUMBER.match(text, joined_end) or _IN_A_TOWN.match(text, joined_end)
        ):
            continue
        yield start, joined_end, text[start:joined_end]


# An address as it is written on an envelope, on one line: a name and a house
# number, then (after at most two short parts, "Hinterhaus", "2. OG") a
# postcode and a town: "Am Mühlbach 9, Hinterhaus, 79098 Freiburg", "Dolna
# 4, 02-123 Warszawa", "Ilica 12, 10000 Zagreb", "Mill Lane 3, 1012 AB
# Amsterdam". No street word is needed: the postcode after it says it is one
# ("Am", "An der", "Auf dem", "Zur" name German streets without one).
_POSTCODE_AND_TOWN = re.compile(
    r",\s?(?:\d{5}|[1-9]\d{3}(?:\s?[A-Z]{2})?|\d{2}-\d{3}|\d{3}\s\d{2})\s[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w-]{2,}"
)
_NAME_AND_NUMBER_BEFORE = re.compile(
    rf"(?<![\w])[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’.-]*(?:\s[\w'’.-]+){{0,3}}\s{_NOT_A_YEAR}\d{{1,4}}[a-zA-Z]?"
    r"(?:,\s?[^\d,\n]{1,25}|,\s?\d{1,2}\.\s?[^\W\d_]{1,12}\.?){0,2}$"
)


_STREET_WORD_JUST_BEFORE = re.compile(rf"(?<![\w])(?:{_STREET_BEFORE})\s*$", re.IGNORECASE)


def _street_before_a_postcode(text, about_a_person):
    """(start, end, matched) of a name, a number, a postcode and a town in a
    sentence about a person or a shelter (a training's venue, "Savska 25,
    10000 Zagreb", is written the same way and names no one). ``about_a_person``
    is roles' test, passed in by the scan (roles reads this module's words)."""
    for postcode in _POSTCODE_AND_TOWN.finditer(text):
        street = _NAME_AND_NUMBER_BEFORE.search(text, max(0, postcode.start() - 70), postcode.start())
        if street and not _ROOM.match(street.group()):
            # a street word's abbreviation before ("ul.", "bul.") starts the address
            word = _STREET_WORD_JUST_BEFORE.search(text, max(0, street.start() - 12), street.start())
            start = word.start() if word else street.start()
            if _PERSONAL_PLACE.search(text, max(0, start - 120), min(len(text), postcode.end() + 60)) or about_a_person(
                text, start, postcode.end()
            ):
                yield start, postcode.end(), text[start : postcode.end()]


_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NUMBER_WORDS_REACH = 50


def _word_before(text, end, floor):
    """(start, end) of the word of letters (and inner hyphens) that ends, after
    spaces only, at ``end``; (None, None) when something else stands there.
    (Read character by character: a pattern searched before each of a long
    post's street words cost more.)"""
    position = end
    while position > floor and text[position - 1].isspace():
        position -= 1
    word_end = position
    while position > floor and (text[position - 1].isalpha() or text[position - 1] == "-"):
        position -= 1
    while position < word_end and text[position] == "-":
        position += 1
    if position == word_end or (position > 0 and text[position - 1].isalnum()):
        return None, None
    return position, word_end


def _number_words_before(text, end, languages):
    """(start, digits) of the house number written in words that ends at ``end``
    (spaces after it allowed): "fourteen", "a ceathair déag", "vingt-quatre",
    "vierundzwanzig"; None when the words before are no number, or only "one"
    ("une allée", "ein Weg": an article)."""
    floor = max(0, end - _NUMBER_WORDS_REACH)
    words, start, position = [], None, end
    while True:
        word_start, word_end = _word_before(text, position, floor)
        if word_start is None:
            break  # a comma, a digit or a bracket between: the run ends
        word = text[word_start:word_end]
        if is_number_word(word) or (words and word.lower() in _JOINING_WORDS) or is_teen(word, languages):
            words.insert(0, word)
            start = position = word_start
            continue
        break
    if words and (words[0].lower() in _JOINING_WORDS or is_teen(words[0], languages)):
        return None  # "déag" alone, "and": no number
    if not words or len(words) > 4:
        return None
    digits = digits_of_words(words, languages)
    if digits is None or not 1 <= len(digits) <= 4 or digits == "1" or digits.startswith("0"):
        return None
    return start, digits


_CAPITALISED_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’.-]*\s+){1,2}$")
# what may follow a street's name in an address: a comma, the end of a sentence or a postcode
_STREET_NAME_ENDS = re.compile(r"(?:\s+[\w'’-]{1,25}){0,4}?\s*(?:[,;.!?]|$)")
_PHRASE_ENDS = re.compile(r"\s*(?:[,;.!?]|$)")


def _number_words_before_a_street(text, lowered, languages, streets=None):
    """(start, end, matched) of a house number in words before its street:
    "fourteen Aldermoor Close,", "a ceathair déag Ascaill na Darach,",
    "vingt-quatre allée des Tilleuls,". The street's name then ends the
    phrase (a comma, the sentence's end): "two Church Street shops" goes on."""
    for start, word_end, named in _first_street_words(text, lowered) if streets is None else streets:
        if named:
            # "Old Church Road": up to two more capitalised words of the name
            more = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
            begin = more.start() if more else start
            ends = _PHRASE_ENDS.match(text, word_end)
            found = _number_words_before(text, begin, languages) or _number_words_before(text, start, languages)
        else:
            ends = _STREET_NAME_ENDS.match(text, word_end)
            capital = ends and re.search(r"(?<![\w])[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я]", ends.group())
            found = _number_words_before(text, start, languages) if ends and capital else None
        if not ends or not found:
            continue
        end = ends.end() if not named else word_end
        end = end - 1 if text[end - 1 : end] in ",;.!?" else end
        yield found[0], end, text[found[0] : end]


def _number_words_before_a_postcode(text, languages, about_a_person):
    """(start, end, matched) of a street's name and its house number in words
    before a postcode and a town, "Am Mühlenberg vierundzwanzig, 30453
    Hannover", in a sentence about a person or a shelter."""
    for postcode in _POSTCODE_AND_TOWN.finditer(text):
        found = _number_words_before(text, postcode.start(), languages)
        if not found:
            continue
        start = _name_start_before(text, found[0])
        if start is None:
            continue
        if _PERSONAL_PLACE.search(text, max(0, start - 120), min(len(text), postcode.end() + 60)) or about_a_person(
            text, start, postcode.end()
        ):
            yield start, postcode.end(), text[start : postcode.end()]


def _name_start_before(text, end):
    """Where a street's name of up to four words ends just before ``end`` starts:
    capitalised words and short particles between them ("Am Anger", "Achter de
    Kerk", "Nad Wisłą"), or None."""
    start, position = None, end
    for word in reversed(list(_WORD_TOKEN.finditer(text, max(0, end - 50), end))[-4:]):
        if text[word.end() : position].strip():
            break  # a colon or a comma before: "Schutzwohnung: Am Mühlenberg ..."
        token = word.group()
        if token[:1].isupper():
            start = word.start()
        elif token.lower() not in _NAME_PARTICLES:
            break
        position = word.start()
    return start


_NAME_PARTICLE_LIST = "de der den het van am an im zum zur na nad pod kod u di del della dei des du la le el al"
_NAME_PARTICLES = frozenset(_NAME_PARTICLE_LIST.split())
# A flat's number, a block's letter, then the street: "Flat 4, Blokk B, Triq San
# Ġużepp", "Apartment 12, Block C, Harbour View Road", "appartement 5, bâtiment B, rue ..."
_BLOCK_WORDS = (
    r"block|blokk|blk|bloc|bloque|blocco|blok|bâtiment|bât|edificio|palazzina|scala|escalera|esc|Stiege|Haus|"
    r"Gebäude|Aufgang|lépcsőház|épület|κτίριο|είσοδος|блок|вход|вх|klatka|kl|ulaz|zgrada|bloc"
)
_FLAT_THEN_STREET = re.compile(
    rf"(?<![\w])(?i:{_FLAT_WORDS})\.?\s?(?:n[º°o]\.?\s?)?\d{{1,4}}[A-Za-z]?,\s*"
    rf"(?:(?i:{_BLOCK_WORDS})\.?\s?[\w]{{1,3}},\s*)?"
    rf"(?:(?i:{_STREET_BEFORE})\s+(?:[^\W\d_]{{1,4}}\s+){{0,2}}?[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’.-]*"
    rf"|(?:[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’.-]*\s){{1,3}}(?i:{_STREET_AFTER})(?![\w])"
    rf"|[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][\w'’-]*(?i:{_STREET_GLUED})(?![\w]))",
)
_FLAT_THEN_STREET_AT = Anchored(_FLAT_THEN_STREET, literal_prefixes(_FLAT_WORDS))


_SENTENCE_HEAD = re.compile(r"(?:^|[.!?:;\n]\s*|[.!?]\s+)$")
_NAME_WORDS_AFTER = re.compile(r"[^\W\d_][\w'’.-]*")


def _a_common_noun_heading_a_sentence(text, match):
    """A street word that starts a sentence, with its capital only for that,
    and no capital in the words after it, is the common noun ("Corso gratuito
    online", "Via libera dal comune", "Camino largo hasta"): a street's name
    is written with a capital where the writer writes capitals. (Asked only
    of a sentence about no one: "Via roma 12, lì abita" is still held.)"""
    if not text[match.start()].isupper() or not _SENTENCE_HEAD.search(text, max(0, match.start() - 3), match.start()):
        return False
    words = _NAME_WORDS_AFTER.findall(text, match.start(), match.end())[1:]
    return bool(words) and not any(ch.isupper() for word in words for ch in word)


# A house number said with its own word ("number twenty-two", "al numero
# ventitré", "pod numerem 112", "номер двадесет и три", "kućni broj dvadeset i
# sedam", "νούμερο δεκαεπτά"), in digits or in words, is an address when a
# street or a dwelling is named in the same sentence, before or after it (the
# writer's word order varies: "Dominick Street ..., number twenty-two", "la casa
# rifugio è al numero ventitré di via dei Mille").
_HOUSE_NUMBER_INTRO_WORDS = (
    r"number|house number|no\.|numéro|au numéro|número|numero|nummer|huisnummer|hausnummer|"
    r"numer(?:em|ze)?|kućni broj|broj|hišna številka|številka|házszám|szám alatt|numru|uimhir|"
    r"νούμερο|αριθμό|αριθμός|номер|номера|شماره|پلاک|رقم|"
    # the Italian house number's own word: "civico ventidue di via dei Mille"
    r"civico|numero civico"
)
_HOUSE_NUMBER_INTRO = re.compile(
    rf"(?<![\w])(?:{_HOUSE_NUMBER_INTRO_WORDS})(?![\w])\s*[:.]?\s*"
    r"(?:(\d{1,4}[a-zA-Z]?)(?![\d/.,-]\d|[\w/])|([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}))",
    re.IGNORECASE,
)
_HOUSE_NUMBER_INTRO_AT = Anchored(_HOUSE_NUMBER_INTRO, literal_prefixes(_HOUSE_NUMBER_INTRO_WORDS))
# a street or a dwelling named near the number, in any of its case forms
_DWELLING_WORDS = (
    r"street|road|house|flat|apartment|building|door|doorbell|bell|"
    r"rue|maison|immeuble|appartement|porte|sonnette|calle|casa|piso|portal|puerta|timbre|"
    r"via|palazzo|portone|citofono|appartamento|straat|huis|woning|flat|deur|bel|"
    r"straße|strasse|haus|wohnung|tür|klingel|ulic|kamienic|dom|mieszkani|drzwi|dzwon|"
    r"kuć|kuc|zgrad|stan|vrata|zvono|hiš|blok|ház|lakás|kapu|csengő|utc|"
    r"σπίτι|σπιτι|κτίριο|κτιριο|πολυκατοικ|πόρτα|πορτα|κουδούνι|δρόμο|δρόμος|πεζόδρομο|οδό|οδός|"
    r"улиц|къща|блок|сграда|вход|апартамент|звънец|врата|"
    r"triq|dar|bieb|appartament|sráid|teach|árasán|doras|"
    r"شارع|منزل|بيت|شقة|عمارة|خیابان|کوچه|خانه|ساختمان|آپارتمان|"
    # the words as they are spoken and written in chats ("خونه", "خیابون"), a floor
    r"خونه|خیابون|طبقه|طابق|"
    # a street word of the site languages, lenited in Irish ("ar Shráid an Mhuilinn")
    r"chaussée|avenue|boulevard|allée|steenweg|laan|plein|gasse|weg|platz|ulica|ul(?![\w])|trg|utca|út|"
    r"бул(?![\w])|ул(?![\w])|shráid|bhóthar|chearnóg|bóthar"
)
_DWELLING = re.compile(rf"(?<![\w])(?:{_DWELLING_WORDS})", re.IGNORECASE)
_HOUSE_REACH = 140
# what ends a house number: a comma or the sentence's end, a floor, or its street
# after a small linking word ("al numero ventitré di via dei Mille", "au
# quarante-sept de la rue ...", "Vörösmarty utca negyvenhét alatt")
_HOUSE_NUMBER_ENDS = re.compile(
    r"\s*(?:[,;.!?)\n،]|$|alatt\b|"
    r"(?:(?:de la|de l'|du|de|des|di|del|della|dei|in|on|na|w|u|в|на|στην|στο|στον|ta'|fi|i|an)\s+)?"
    # (Arabic glues "in", "at" and "the" to the street: "رقم ١٤ بشارع ...")
    rf"(?:[وبلف]?(?:ال)?)?(?:{_DWELLING_WORDS}|{_FLOOR_WORDS}))"
)
# ...or its street, named without a street word, after a linking word: "number
# nine on Parnell", "numer dwadzieścia trzy na Zielonej", "nummer honderdtwaalf op
# de Sint-Bernardsesteenweg", "Hausnummer vierzehn in der Kirchstraße", "номер
# дванайсет на ул. „Пиротска“". The name is capitalised, or glued to a street
# word (German capitalises every noun: there only a glued street word counts).
_LINKING_WORD_LIST = (
    "on|in|at|off|of|op|aan|auf|an|am|im|de|du|des|di|del|della|dei|na|w|przy|pod|u|v|pri|ob|ar|ag|sa|fi|"
    "в|на|στην|στη|στο|στον|σε|ta'|in der|in de|op de|aan de|auf der|an der|de la"
)
_LINKING_WORDS = sorted(
    _LINKING_WORD_LIST.split("|"),
    key=len,
    reverse=True,  # "op de" before "op": the name comes after the whole linking phrase
)
_LINKING_THEN_NAME = re.compile(
    r"\s+(?i:"
    + "|".join(re.escape(word) for word in _LINKING_WORDS)
    + r")\s+[„\"“«]?([^\W\d_][\w.-]*)(?![\w.-])(?!['’]s)"
)
_STREET_GLUED_END = re.compile(rf"(?:{_STREET_GLUED})$", re.IGNORECASE)
# a day's name is capitalised in English, German, Greek, Irish and Maltese: "number 12 on Monday"
_DAY_NAME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag|Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή|Dé|Déardaoin|It-Tnejn|It-Tlieta|"
    r"L-Erbgħa|Il-Ħamis|Il-Ġimgħa|Is-Sibt|Il-Ħadd)$"
)


def _ends_a_house_number(text, lowered, end, languages):
    if _HOUSE_NUMBER_ENDS.match(lowered, end):
        return True
    name = _LINKING_THEN_NAME.match(text, end)
    if not name:
        return False
    word = name.group(1).rstrip(".")
    if _STREET_GLUED_END.search(word) and len(word) > 5:
        return True  # "Kirchstraße", "Sint-Bernardsesteenweg"
    if _DAY_NAME.match(word) or month_follows(text, name.start(1)):
        return False  # "number 4 on Monday", "numéro 3 de Mars": a date
    return word[:1].isupper() and "de" not in languages


def _numbered_house(text, lowered, languages):
    """(start, end, matched) of a house number after its own word, with a street
    or a dwelling named within the sentence around it."""
    for match in _HOUSE_NUMBER_INTRO_AT.finditer(text, lowered):
        if match.group(1):
            end = match.end(1)
        else:
            words = []
            spoken = match.group(2).split()
            if spoken[:1] == ["a"] and "ga" in languages:
                spoken = spoken[1:]  # the Irish particle before a number: "uimhir a seacht"
            for word in spoken:
                if is_number_word(word) or (words and word.lower() in _JOINING_WORDS) or is_teen(word, languages):
                    words.append(word)
                else:
                    break
            while words and words[-1].lower() in _JOINING_WORDS:
                words.pop()
            digits = digits_of_words(words, languages) if words else None
            if digits is None or not 1 <= len(digits) <= 4 or digits.startswith("0"):
                continue
            end = match.start(2) + len(" ".join(words))
            if text[match.start(2) : end] != " ".join(words):
                # the words were spaced otherwise: end at the last one
                last = text.find(words[-1], match.start(2))
                end = last + len(words[-1]) if last != -1 else match.end(2)
        if not _ends_a_house_number(text, lowered, end, languages):
            continue  # "number 4 on the agenda", "Antrag Nummer 12 betrifft": the phrase goes on
        low, high = max(0, match.start() - _HOUSE_REACH), min(len(text), end + _HOUSE_REACH)
        # the sentence around the number
        for stop in _SENTENCE_STOP.finditer(text, low, match.start()):
            low = stop.end()
        stop = _SENTENCE_STOP.search(text, end, high)
        high = stop.start() if stop else high
        if _DWELLING.search(lowered, low, high):
            yield match.start(), end, text[match.start() : end]


_SENTENCE_STOP = re.compile(r"(?<!\d)(?<![\s.][^\W\d_])[.!?;]\s|\n")


# An organisation's published address is written whole, as on its letters: the
# organisation's name (an acronym, or a name with an organisation's head word),
# then the street, the house number, the postcode and the town ("Centrum Praw
# Kobiet, ul. Wilcza 60, 00-679 Warszawa", "DRCC is at 70 Lower Leeson Street,
# Dublin 2", "OIF központ: 1117 Budapest, Budafoki út 60"), in a sentence that
# says nothing of a person living or staying there.
_TOWN = r"[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][^\W\d_]+"
_POSTCODE_TOWN_AFTER = re.compile(
    # (a flat's number after a slash: "ul. Wilcza 60/19, 00-679 Warszawa")
    rf"(?:/\w{{1,4}})?[\s,]*(?:(?:lok|local|bus|boîte|bte)\.?\s*\w{{1,4}}[\s,]*)?"
    rf"(?:(?:\d{{4,5}}|\d{{2}}-\d{{3}}|[A-Z]{{3}}\s?\d{{4}})\s+{_TOWN}|{_TOWN}\s+\d{{1,2}}(?![\d\w]))"
)
_POSTCODE_TOWN_BEFORE = re.compile(rf"(?:\d{{4,5}}|\d{{2}}-\d{{3}})\s+{_TOWN}[\s,]*$")
_POSTCODE_INSIDE = re.compile(r"(?:\d{4,5}|\d{2}-\d{3}|[A-Z]{3}\s?\d{4})\s*$")
_ORGANISATION_NAME = re.compile(
    r"(?<![\w])(?:[A-ZΑ-ΩА-Я]{2,}[A-ZΑ-ΩА-Я-]*[A-ZΑ-ΩА-Я](?![\w])|"
    r"(?:Institu|Centr|Center|Centar|Comit|Komit|Комит|Council|Fundac|Fondation|Fondazione|Stichting|Verein|"
    r"Associa|Asocia|Stowarzysz|Udrug|Društv|Egyesület|Alapítvány|Сдружение|Фондация|Network|Netzwerk|"
    r"Federa|Office|Bureau|Agenc|Agentur|Ügynökség|Urad|Ured|Dipartiment|Ministr|Casa|Maison|Haus|Huis|"
    r"Helsinki|Хелзинк|хелзинк|központ|Council|Consiglio|Conseil|Consejo|Rada|Rat|Raad|Κέντρο|Център|Центр)"
    r"[^\W\d_]*)"
)


# ...or, after an organisation's name of several capitalised words ("La Casa
# Internazionale delle Donne è in via della Lungara 19, Roma"), the town alone
_TOWN_AFTER = re.compile(rf",\s*{_TOWN}(?![\w])")
_NAME_GOES_ON = re.compile(r"\s+(?:[^\W\d_]{1,5}\s+)?[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я][^\W\d_]+")


def _a_named_organisation(text, start, end):
    """An organisation's head word with more capitalised words of its name after it."""
    return any(_NAME_GOES_ON.match(text, name.end()) for name in _ORGANISATION_NAME.finditer(text, start, end))


def published_postal_address(text, start, end, about_a_person):
    """Whether the address [start, end) is an organisation's whole postal address."""
    whole = (
        _POSTCODE_TOWN_AFTER.match(text, end)
        or _POSTCODE_INSIDE.search(text, max(start, end - 10), end)
        or _POSTCODE_TOWN_BEFORE.search(text, max(0, start - 40), start)
    )
    town_only = not whole and _TOWN_AFTER.match(text, end)
    if not (whole or town_only):
        return False
    sentence_start = max(0, start - 160)
    for stop in _SENTENCE_STOP.finditer(text, sentence_start, start):
        sentence_start = stop.end()
    sentence_end = _SENTENCE_STOP.search(text, end, min(len(text), end + 120))
    sentence_end = sentence_end.start() if sentence_end else min(len(text), end + 120)
    if not _ORGANISATION_NAME.search(text, sentence_start, start):
        return False
    if town_only and not _a_named_organisation(text, sentence_start, start):
        return False
    if _PERSONAL_PLACE.search(text, sentence_start, sentence_end):
        return False
    return not about_a_person(text, start, end)


def _about_no_one(_text, _start, _end):
    return False


def addresses(text, lowered, languages=("en",), about_a_person=_about_no_one):
    """(start, end, matched text) of each address that is not an organisation's;
    ``about_a_person(text, start, end)`` says whether a sentence is about a
    person (the scan passes roles.about_a_person)."""
    for start, end, matched in _street_before_a_postcode(text, about_a_person):
        if not _in_organisation_sentence(text, start, end, about_a_person):
            yield start, end, matched
    streets = _first_street_words(text, lowered)
    for start, end, matched in _street_number_in_words(text, lowered, languages, streets):
        if not _in_organisation_sentence(text, start, None, about_a_person):
            yield start, end, matched
    for start, end, matched in _number_words_before_a_street(text, lowered, languages, streets):
        if not _in_organisation_sentence(text, start, None, about_a_person):
            yield start, end, matched
    for start, end, matched in _number_words_before_a_postcode(text, languages, about_a_person):
        if not _in_organisation_sentence(text, start, end, about_a_person):
            yield start, end, matched
    for match in _FLAT_THEN_STREET_AT.finditer(text, lowered):
        if not _in_organisation_sentence(text, match.start(), None, about_a_person):
            yield match.start(), match.end(), match.group()
    for start, end, matched in _before_a_floor(text, lowered):
        if not _in_organisation_sentence(text, start, None, about_a_person):
            yield start, end, matched
    for start, end, matched in _house_number_in_words(text, lowered):
        if not _in_organisation_sentence(text, start, None, about_a_person):
            yield start, end, matched
    for start, end, matched in _numbered_house(text, lowered, languages):
        if not _in_organisation_sentence(text, start, None, about_a_person):
            yield start, end, matched
    for start, match in _street_then_number(text, lowered):
        if not _in_organisation_sentence(text, start, None, about_a_person):
            yield start, match.end(), text[start : match.end()]
    for pattern in (_STREET_BEFORE_AT, NUMBER_FIRST, _LIVING_AT, POSTCODE):
        matches = pattern.finditer(text, lowered) if isinstance(pattern, Anchored) else pattern.finditer(text)
        for match in matches:
            inside = match.end() if pattern is _LIVING_AT else None
            if _in_organisation_sentence(text, match.start(), inside, about_a_person):
                continue
            if (
                pattern is _STREET_BEFORE_AT
                and _a_common_noun_heading_a_sentence(text, match)
                and not _PERSONAL_PLACE.search(text, match.start(), min(len(text), match.end() + 80))
                and not about_a_person(text, match.start(), match.end())
            ):
                continue  # "Corso gratuito online ..., 3 moduli": a course, not a street
            if pattern is not POSTCODE and month_follows(text, match.end()):
                continue  # "moved to Thursday 14 January", "via Roma, il 25 aprile": a date, not a house number
            yield match.start(), match.end(), match.group()
