"""A named client or survivor together with an identifying detail.

How far rules go: a name is found when it is introduced (a title such as
"Mrs", "Frau", "Pani", "السيدة", "خانم", or "her name is", "se llama",
"казва се") or when it is two capitalised words in a script with capitals
(Latin, Greek, Cyrillic); it is held when an age, a nationality or country
of origin, or a reception centre or camp is said within a short distance.
A common given name of the people members work with (a list in Latin,
Greek, Cyrillic and Arabic script) is enough when the detail follows it
closely ("Amina, 23, from Somalia", "فاطمة، ٢٣ سنة، سورية").
Not found: a first name off that list without a title, names in lower case,
other names in Arabic or Persian script without a title, and people
identified only by a combination of ordinary facts ("the woman from room 214"): those remain for
moderators, members' flags and the moderators' word list.
"""

import re
from bisect import bisect_left

from .anchors import Anchored, dispatch_by_first_letter, literal_prefixes
from .number_words import fold as fold_name

_UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_LOWER = "".join(chr(c) for c in range(0x61, 0x530) if chr(c).islower() and chr(c).isalpha())
_CAP_WORD = rf"[{_UPPER}][{_LOWER}'’-]{{1,20}}"
_PARTICLE = r"(?:van|de|der|den|el|al|ben|bin|ter|da|di|del|von|le|la|abu|ould|O'|Mac|Mc|Ó|Ó|Ní|Nic|Mhic|Uí|Ua|Mac)"
# The character class comes first and the look-behind after it ("not after a
# letter"), so the regex engine skips to the next capital by itself.
CAPITALISED_NAME = re.compile(
    rf"[{_UPPER}](?<![\w].)[{_LOWER}'’-]{{1,20}}(?:\s+{_PARTICLE})?\s+{_CAP_WORD}(?:-{_CAP_WORD})?(?![\w])"
)

_TITLES = (
    r"Mrs\.?|Ms\.?|Miss|Mr\.?|Mx\.?|Frau|Herr|Mme|Mlle|M\.|Madame|Monsieur|Mevrouw|Mevr\.|Mw\.|Dhr\.|Meneer|"
    r"Señora|Sra\.|Señor|Sr\.|Doña|Signora|Sig\.ra|Sig\.|Signor|Pani|Pan|gospođa|gđa\.?|gospa|ga\.|"
    r"asszony|Κυρία|κυρία|κα\.?|Κα\.?|κ\.|Κος|κος|госпожа|г-жа|господин|г-н|Sinjura|Sur|Bean|an tUasal|"
    r"السيدة|السيد|الآنسة|الأخت|خانم|آقای|بانو"
)
_INTRODUCED = (
    r"named|called|her name is|his name is|name:|heet|genaamd|hieß|heißt|namens|s'appelle|nommée?|"
    r"se llama|llamada|si chiama|di nome|chiamata|nazywa się|ma na imię|o imieniu|zove se|imena|ime joj je|"
    r"ji je ime|po imenu|hívják|nevű|λέγεται|ονομάζεται|με το όνομα|казва се|на име|jisimha|jismu|"
    r"isimha|ainm|اسمها|اسمه|تدعى|يدعى|اسمش|به نام"
)
_NAME_WORD = r"[^\W\d_][\w'’-]{1,20}"
TITLED_NAME = re.compile(rf"(?<![\w])(?:{_TITLES})\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?", re.UNICODE)
INTRODUCED_NAME = re.compile(rf"(?<![\w])(?:{_INTRODUCED})\s*[:\"“„]?\s*{_CAP_WORD}", re.IGNORECASE)
INTRODUCED_SCRIPT_NAME = re.compile(rf"(?:{_INTRODUCED})\s*{_NAME_WORD}", re.UNICODE)

# An age has no leading zero: "a 06 80 ..." (Hungarian) is a phone number.
_AGE_WORDS_BEFORE = r"aged|age|âgée? de|edad de|di età|wiek|w wieku|lat|star[ai]|ηλικίας|на|età"
_AGE_VERBS = r"she is|he is|ist|tiene|ha|a|is|heeft|jest|ima|je|van|είναι|е|għandha"
_AGE = (
    r"(?<![\d.,/:])(?!0)\d{1,2}\s*(?:-\s*)?(?:years?|yrs?|y/?o|yo|jaar|jr|jarige|Jahre?n?|J\.|jährige|ans|años|anni|"
    r"lat|godina|godine|let|leta|éves|éve|ετών|χρονών|χρόνων|г\.|години|годишна|sena|snin|bliana|bliain|"
    r"سنة|سنوات|عاما|عامًا|عام|ساله|سال)"
    rf"|{dispatch_by_first_letter(_AGE_WORDS_BEFORE)}\s*(?!0)\d{{1,2}}(?![\d%/:]|[.,]\d)"
    r"|(?:^|[,(]\s*)(?!0)\d{1,2}\s*(?:[,)](?!\d)|$)"
    rf"|{dispatch_by_first_letter(_AGE_VERBS)}\s+(?!0)\d{{1,2}}(?![\d%/:]|[.,]\d)"
)
_ORIGIN = (
    r"syri|sýri|sirij|сири|σύρ|سوري|سوریه|afgh|afgan|афган|αφγαν|أفغان|افغان|eritre|еритре|ερυθρ|اريتري|"
    r"nigeri|нигери|νιγηρ|نيجيري|somal|сомал|σομαλ|صومال|sudan|soudan|sudán|судан|σουδ|سودان|"
    r"ira[kq]|ирак|ιρ[άα]κ|عراق|iran|иран|ιράν|ايران|ایران|ukrain|ucrain|ukrajin|украин|ουκραν|"
    r"moroc|marok|maroc|marroqu|marocch|мароко|μαρόκ|مغرب|congo|kongó|конго|κονγκ|كونغو|"
    r"ethiop|äthiop|etiop|етиоп|αιθιοπ|إثيوبي|guin|gwine|гвине|γουιν|غيني|ivoir|ivori|costa d'avorio|"
    r"mali\b|malien|maliense|malian|senegal|sénégal|сенегал|camer|kamerun|kamerún|pakist|пакист|πακιστ|"
    # other spellings: "Syrerin", "érythréenne", "afgańska", "Eiritréach", "إريترية", "سوری"
    r"syrer|syryj|érythr|erythr|erytrej|somalij|nigeryj|sudańsk|irack|irańsk|ukraińsk|marokańsk|etiopsk|"
    r"pakistańsk|tureck|afgańsk|eiritr|somál|nigéir|siriach|sirjan|libjan|nigerjan|إريتري|سوری|اریتره|"
    r"سومالی|عراقی|"
    r"yemen|jemen|yémen|υεμέν|йемен|يمن|یمن|palestin|palästin|فلسطين|فلسطین|tchad|tigrin|oromo|"
    r"rohingya|venezol|venezuel|colombi|kolumbi|hondur|nicarag|paragua|peruan|dominican|brasil|brazil|"
    r"albani|albán|албан|αλβαν|chechen|tchétch|čečen|csecsen|"
    # Hungarian spellings ("az afgán asszony", "szíriai", "szomáliai")
    r"afgán|szír|iráni|irán|nigériai|szomáli|szudáni|ukrán|marokkói|etióp|pakisztáni|török|kongói|guineai|"
    r"باكستان|پاکستان|bangla|turk|türk|турц|τουρκ|ترك|gambi|ghan|tigray|kurd|kurdish|pashtun|hazara|"
    r"kabul|kandahar|herat|هرات|کابل|aleppo|halab|حلب|damasc|دمشق|asmara|mogadish|khartoum|lagos|"
    r"benin city|conakry|bamako|dakar|tunis|alger|libya|libi|ливи|λιβύ|ليبي|"
    # Latin America, Asia, Eastern Europe and more of Africa, in the site languages'
    # spellings ("boliviana", "bolivienne", "boliwijska", "боливийка", "بوليفية")
    r"bolivi|boliwi|боливи|βολιβ|بوليفي|بولیوی|ecuator|équator|ekwador|ekvador|еквадор|εκουαδ|"
    r"peru\b|perú|péruvien|peruw|перу|περού|argentin|аржентин|αργεντ|mexic|mexik|mexica|meksyk|meksik|мексик|"
    r"μεξικ|guatemal|gwatemal|salvador|cuban|kuba|cubain|kubań|кубин|haiti|haïti|хаити|filipin|philippin|"
    r"filipiń|филипин|φιλιππιν|فلبين|nepal|непал|sri lank|шри ланк|vietnam|wietnam|виетнам|βιετν|"
    r"chines|chinois|chino\b|china\b|cinese|chińsk|kinesk|kitajsk|kínai|κινέζ|китай|صيني|چین|"
    r"georgian|géorgien|georgisch|gruzi|грузин|γεωργιαν|armeni|arméni|armeń|армен|αρμέν|azerbaij|azerbejdż|"
    r"азерб|russian|russisch|russe\b|rus[ao]\b|rosyj|rusk|orosz|руск|русс|ρωσ|روسي|روس\b|belarus|białorus|"
    r"беларус|moldov|mołdaw|молдов|romanian|rumän|roumain|rumun|rumunj|román|ρουμάν|румън|bulgar|bułgar|"
    r"българ|βουλγαρ|serbian|serb|srpk|srbij|szerb|сръб|σέρβ|bosni|босн|βοσν|kosov|косов|κοσσυφ|macedon|"
    r"македон|egypt|ägypt|égypt|egipt|egip|αιγυπ|египет|مصري|مصر|jordan|йордан|ιορδαν|أردني|leban|liban|"
    r"libanon|ливан|λιβαν|لبنان|sierra leone|liberi|либери|togo|burkin|gabon|angol|mozambi|zimbabw|kenya|"
    r"kenia|кени|ugand|уганд|tanzan|rwand|burundi|cameroun|kamerun|bangladesh|бангладеш"
)
_ORIGIN_INTRO = (
    # "ó" and "ón" (ga) before a lenited place: "ó Bhéal an Mhuirthead"
    r"from|aus|uit|van|de|da|dal|dalla|z|ze|iz|od|από|от|من|اهل|از|ó|ón|mill-|minn|originaire|origen|"
    r"originaria|pochodząca|porijeklom|származású"
)
_PLACED_WORDS = (
    r"centres?|centers?|camps?|azc|COA|Zentrum|Unterkunft|centro|centri|CETI|CAS|SAI|SPRAR|ośrod\w*|"
    r"prihvatilišt\w*|azilni\w*|dom(?:u|a)?|tábor\w*|szálló\w*|δομή|δομές|κέντρο\w*|καμπ\w*|κάμπ\w*|"
    r"Καρά Τεπέ|център\w*|лагер\w*|ċentru|ionad|direct provision|hostel|hotel|مركز|مخيم|کمپ|اردوگاه|refuge|"
    r"shelter|opvang\w*|Frauenhaus|foyer|casa rifugio|schronisk\w*|skloništ\w*|varn\w* hiš\w*|menhely\w*|"
    r"καταφύγιο|приют\w*|kenn"
)
_PLACED = rf"(?:{_PLACED_WORDS})(?!\w)"
DETAIL = re.compile(
    # the place after "from"/"aus"/"من" is capitalised even though the rest ignores case
    # (the word lists grouped by their first letter: the same places, found faster)
    rf"(?:{_AGE})|(?<![\w]){dispatch_by_first_letter(_ORIGIN)}"
    rf"|(?<![\w]){dispatch_by_first_letter(_ORIGIN_INTRO)}\s+(?-i:{_CAP_WORD})"
    rf"|(?<![\w]){dispatch_by_first_letter(_PLACED_WORDS)}(?!\w)",
    re.IGNORECASE | re.MULTILINE,
)
# Capitalised pairs that are organisations, documents or places, not people.
_NOT_NAMES = {
    word.casefold()
    for word in [
        "Aid",
        "Women's",
        "Red",
        "Cross",
        "Council",
        "Centre",
        "Center",
        "Act",
        "Convention",
        "Office",
        "Ministry",
        "Police",
        "Court",
        "Service",
        "Services",
        "Association",
        "Foundation",
        "House",
        "University",
        "Hospital",
        "Cruz",
        "Roja",
        "Croce",
        "Rossa",
        "Caritas",
        "Union",
        "European",
        "National",
        "International",
        "Commission",
        "Committee",
        "Immigrant",
        "Rape",
        "Crisis",
        "Helpline",
        "Line",
        "Network",
        "Protocol",
        "Directive",
        "Law",
        "Section",
        "Article",
        "Chapter",
        "Report",
        "Plan",
        "Programme",
        "Program",
        "Team",
        "Unit",
        "Department",
        "Refugee",
        "Refugees",
        "Asylum",
        "Agency",
        "Agentschap",
        "Stichting",
        "Fundación",
        "Fundacja",
        "Federal",
        "Federation",
        "Republic",
        "Gemeente",
        "Municipality",
        "City",
        "Health",
        "Medical",
        "Legal",
        "Social",
        "Safe",
        "Home",
        "Women",
        "Woman",
        "Men",
        "Girls",
        "Children",
        "Child",
        "Youth",
        "Our",
        "The",
        "This",
        "That",
        "We",
        "Our",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "From",
        "To",
        "And",
        "But",
        "Or",
        "If",
        "When",
        "What",
        "How",
        "Why",
        "Who",
        "Where",
        "Next",
        "Last",
        "Dear",
        "Hello",
        "Hi",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Veilig",
        "Thuis",
        "Seksueel",
        "Geweld",
        "Istanbul",
        "GREVIO",
        "SOP",
        "SOPs",
        # names of laws and codes: "Ley Orgánica 4/2000", "Kodiċi Kriminali"
        "Ley",
        "Orgánica",
        "Código",
        "Penal",
        "Codice",
        "Penale",
        "Kodiċi",
        "Kriminali",
        "Kodeks",
        "Karny",
        "Zakon",
        "Gesetz",
        # articles and determiners that start a sentence before a capitalised
        # noun ("Die Beratungsstelle", "Het Wijkteam")
        "Die",
        "Der",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Einer",
        "Eines",
        "Unsere",
        "Unser",
        "Het",
        "Een",
        "Onze",
        "Le",
        "La",
        "Les",
        "Un",
        "Une",
        "El",
        "Los",
        "Las",
        "Il",
        "Lo",
        "Gli",
        "Uno",
        "Una",
        "Ta",
        "Ten",
        "To",
        "Az",
        "Egy",
        "Ez",
        "Η",
        "Ο",
        "Οι",
        "Το",
        "Τα",
        "Μια",
        "Ένα",
        "Един",
        "Една",
        "Това",
        "Тази",
        "Този",
        # institutions and services: "Policía Nacional", "Numero Verde", "Društvo Ključ"
        "Policía",
        "Policia",
        "Polizia",
        "Policja",
        "Policija",
        "Polizei",
        "Politie",
        "Nacional",
        "Nazionale",
        "Nationale",
        "Guardia",
        "Civil",
        "Garda",
        "Numero",
        "Número",
        "Numéro",
        "Nummer",
        "Verde",
        "Linia",
        "Línea",
        "Linea",
        "Telefono",
        "Teléfono",
        "Telefon",
        "Hotline",
        "Društvo",
        "Drustvo",
        "Udruga",
        "Udruženje",
        "Stowarzyszenie",
        "Egyesület",
        "Alapítvány",
        "Σύλλογος",
        "Сдружение",
        "Фондация",
        "Asociación",
        "Associazione",
        "Association",
        "Vereniging",
        "Verein",
        "Stiftung",
        "Fondazione",
        "Fondation",
        "Centrum",
        "Centro",
        "Zentrum",
        "Központ",
        "Κέντρο",
        "Център",
        "Ċentru",
        "Ionad",
        "Centar",
        "Institute",
        "Institut",
        "Istituto",
        "Instituto",
        "Ministerio",
        "Ministero",
        "Ministerie",
        "Ministerium",
        "Tribunal",
        "Tribunale",
        "Juzgado",
        "Gericht",
        "Hof",
        "Sud",
        "Sąd",
        "Sodišče",
        "Bíróság",
        "Δικαστήριο",
        "Съд",
        "Qorti",
        "Cúirt",
        # offices, agencies and services, and the "national" before them:
        # "Oficina de Asilo y Refugio", "Országos ... Telefonszolgálat"
        "Oficina",
        "Oficio",
        "Ufficio",
        "Uffiċċju",
        "Bureau",
        "Büro",
        "Amt",
        "Urząd",
        "Ured",
        "Urad",
        "Hivatal",
        "Γραφείο",
        "Служба",
        "Oifig",
        "Agencia",
        "Agenzia",
        "Agence",
        "Aġenzija",
        "Dirección",
        "Direzione",
        "Direction",
        "Directorate",
        "Servicio",
        "Servizio",
        "Dienst",
        "Szolgálat",
        "Služba",
        "Υπηρεσία",
        "Seirbhís",
        "Delegación",
        "Subdelegación",
        "Prefectura",
        "Préfecture",
        "Prefettura",
        "Questura",
        "Comisaría",
        "Commissariat",
        "Ayuntamiento",
        "Comune",
        "Rathaus",
        "Gmina",
        "Općina",
        "Občina",
        "Önkormányzat",
        "Δήμος",
        "Община",
        "Kunsill",
        "Comhairle",
        "Országos",
        "Nemzeti",
        "Krajowy",
        "Krajowa",
        "Krajowe",
        "Državni",
        "Državna",
        "Nacionalni",
        "Nacionalna",
        "Национален",
        "Национална",
        "Εθνικό",
        "Εθνική",
        "Nazzjonali",
        "Náisiúnta",
        "Nacional",
        # continents and regions, and the compass words before them:
        # "Κεντρική Αφρική", "West Africa", "Afrique centrale"
        "Africa",
        "Afrika",
        "Afrique",
        "África",
        "Αφρική",
        "Африка",
        "Asia",
        "Azja",
        "Ázsia",
        "Ασία",
        "Азия",
        "Asien",
        "Asie",
        "Europe",
        "Europa",
        "Európa",
        "Ευρώπη",
        "Европа",
        "Ewropa",
        "America",
        "Amerika",
        "Amérique",
        "América",
        "Αμερική",
        "Америка",
        "Balkans",
        "Balkan",
        "Sahel",
        "Maghreb",
        "Levant",
        "East",
        "West",
        "North",
        "South",
        "Central",
        "Middle",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "Κεντρική",
        "Δυτική",
        "Ανατολική",
        "Βόρεια",
        "Νότια",
        "Μέση",
        "Централна",
        "Западна",
        "Източна",
        "Северна",
        "Южна",
        "Близкия",
        "Zentralafrika",
        "Westafrika",
        "Ostafrika",
        "Nordafrika",
        "Centrale",
        "Occidentale",
        "Orientale",
        "Occidental",
        "Oriental",
        "Środkowa",
        "Zachodnia",
        "Wschodnia",
        "Północna",
        "Południowa",
        "Srednja",
        "Zapadna",
        "Istočna",
        "Sjeverna",
        "Južna",
        "Zahodna",
        "Vzhodna",
        "Severna",
        "Közép",
        "Nyugat",
        "Kelet",
        "Észak",
        "Dél",
        "Lvant",
        "Nofsinhar",
    ]
}


# Compounds that end in an institution's word are institutions too:
# "Telefonszolgálat", "Ausländerbehörde", "Sozialamt", "Beratungsstelle".
_NOT_NAME_ENDINGS = (
    "szolgálat",
    "hivatal",
    "központ",
    "bíróság",
    "egyesület",
    "alapítvány",
    "iroda",
    "behörde",
    "amt",
    "stelle",
    "dienst",
    "zentrum",
    "gericht",
    "verein",
    "stiftung",
    "ministerium",
    "centrum",
    "bureau",
    "instelling",
)


def _not_a_name(word):
    return word in _NOT_NAMES or (len(word) > 6 and word.endswith(_NOT_NAME_ENDINGS))


# An organisation's name is followed by its acronym: "Országos Kríziskezelő és
# Információs Telefonszolgálat (OKIT)", "Oficina de Asilo y Refugio (OAR)".
_ACRONYM_AFTER = re.compile(rf"(?:[\s-]+(?:{_CAP_WORD}|[^\W\d_]{{1,4}}))*?\s*\(\s*[{_UPPER}]{{2,8}}\s*\)")


# DETAIL in two halves: the ages (searched in each window) and the words
# (origins, "from X", reception centres), which start a word: those are
# found once per post from the index of word starts, and each window looks
# them up. DETAIL.search in every window of a long post cost milliseconds.
_AGE_DETAIL = re.compile(_AGE, re.IGNORECASE | re.MULTILINE)
_WORD_DETAIL = re.compile(
    rf"(?<![\w]){dispatch_by_first_letter(_ORIGIN)}"
    rf"|(?<![\w]){dispatch_by_first_letter(_ORIGIN_INTRO)}\s+(?-i:{_CAP_WORD})"
    rf"|(?<![\w]){dispatch_by_first_letter(_PLACED_WORDS)}(?!\w)",
    re.IGNORECASE | re.MULTILINE,
)
_WORD_DETAIL_AT = Anchored(_WORD_DETAIL, literal_prefixes(f"{_ORIGIN}|{_ORIGIN_INTRO}|{_PLACED_WORDS}"))


class _Details:
    """DETAIL.search(text, start, end), answered from the word details found
    once and the ages searched in the window."""

    def __init__(self, text, lowered):
        self.text = text
        self.starts, self.ends = [], []
        for position in _WORD_DETAIL_AT.positions(lowered):
            match = _WORD_DETAIL.match(text, position)
            if match:
                self.starts.append(match.start())
                self.ends.append(match.end())

    def search(self, start, end):
        """The start of the first detail wholly within [start, end), or None."""
        end = min(end, len(self.text))
        found = None
        index = bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] < end:
            if self.ends[index] <= end:
                found = self.starts[index]
                break
            index += 1
        age = _AGE_DETAIL.search(self.text, start, end)
        if age and (found is None or age.start() <= found):
            return age.start()
        return found


def _detail_near(details, text, start, end, before=40, after=70):
    return details.search(max(0, start - before), min(len(text), end + after)) is not None


_INTRODUCTIONS = (
    Anchored(TITLED_NAME, literal_prefixes(_TITLES)),
    Anchored(INTRODUCED_NAME, literal_prefixes(_INTRODUCED)),
    Anchored(INTRODUCED_SCRIPT_NAME, literal_prefixes(_INTRODUCED)),
)


# a capitalised pair right after a street word is a street: "ul. Nowy Świat 10"
_AFTER_STREET_WORD = re.compile(
    r"(?:ul\.|ulica|ulicy|al\.|pl\.|via|viale|piazza|rue|calle|avenida|Triq|οδός|οδό|ул\.|бул\.)\s*$", re.IGNORECASE
)


# Common given names of the people the platform's members work with, in
# Latin, Greek, Cyrillic and Arabic script: a name from this list held with a
# detail right after it ("Amina, 23, from Somalia", "فاطمة، ٢٣ سنة") needs no
# surname, title or capital letter. Words that are also ordinary words
# ("نور" light, "أمل" hope, "Hope", "Joy") are left out.
_GIVEN_NAME_LIST = """
    Amina Aminata Aisha Aïcha Aicha Ayesha Fatima Fatuma Fatoumata Fatemeh Fatma Mariam Maryam Meryem Miriam Mariama
    Zahra Zahraa Zeinab Zainab Zaynab Khadija Khadijah Hadiza Hawa Halima Halimo Hodan Sahra Samira Nadia Nadja
    Leila Layla Laila Leyla Nour Nur Noor Rania Rana Salma Sara Sarah Hana Hanna Yasmin Yasmina Jasmin Asma Ruqaya
    Rukia Hajar Hagar Habiba Ibtisam Iman Imane Dalia Dina Rasha Reem Lina Lana Huda Sumaya Sumaia Shirin
    Parisa Parwana Farzana Fereshteh Masooma Masuma Sakina Malalai Nargis Gulalai Rahima Hamida Marzieh Roya Zarghona
    Senait Selam Semhar Helen Saba Tsega Tsehay Mebrat Yordanos Rahel Luwam Feven Hiwet Abeba Aster Almaz Mulu
    Blessing Precious Esther Ruth Mercy Deborah Adaeze Chioma Ngozi Chiamaka
    Aissatou Mariatou Kadiatou Aminatou Oumou Awa Adama Binta Ramatoulaye Fanta Djeneba Safiatou
    Olena Oksana Olha Olga Iryna Irina Natalia Nataliya Tetiana Tetyana Yulia Yuliia Svitlana Anastasia Daria
    Mohammed Mohamed Muhammad Mohammad Ahmed Ahmad Ali Omar Umar Hassan Hasan Hussein Husein Hossein Abdullah
    Abdallah Ibrahim Yusuf Youssef Yosef Mustafa Mostafa Khalid Khaled Mahmoud Mahmud Karim Nabil Tariq Bilal
    Abdi Abdirahman Abdullahi Yonas Yohannes Dawit Tesfay Samuel Emmanuel Ibrahima Mamadou Moussa Ousmane Amadou
    Seydou Idrissa Sekou Lamin Modou Omid Reza Mehdi Javad Jawad Hamid Rahim Rahmatullah Sayed Sami Samir
    Αμίνα Φατιμά Φατίμα Μαριάμ Ζαχρά Ζάχρα Χαλίμα Λεϊλά Σαμίρα Νάντια Μοχάμεντ Αχμέτ Αλί Ομάρ Χασάν
    Амина Фатима Мариам Захра Халима Лейла Самира Надя Надия Олена Оксана Мохамед Ахмед Али Омар Хасан
    فاطمة فاطمه زهراء زهرا مريم مریم أمينة امينة آمنة خديجة خدیجه عائشة عایشه زينب زینب سارة سارا ليلى لیلا
    رانيا سلمى سميرة سمیره نادية نادیه حليمة حلیمه حواء أسماء اسماء رقية رقیه هاجر ياسمين یاسمین شيرين شیرین
    پروانه فرشته معصومه سکینه ملالی نرگس رحیمه حمیده مرضیه رویا فرزانه پریسا
    محمد أحمد احمد علي علی حسن حسين حسین عمر عبدالله إبراهيم ابراهيم ابراهیم يوسف یوسف مصطفى مصطفی خالد
    محمود نبيل طارق بلال مهدی حمید امید
"""
_GIVEN_NAMES = frozenset(fold_name(name) for name in _GIVEN_NAME_LIST.split())
# A capitalised word, or a word in Arabic script (which has no capitals).
_NAME_TOKEN = re.compile(rf"[{_UPPER}\u0620-\u064a\u067e-\u06d3](?<![\w@#].)[^\W\d_]{{1,19}}(?![\w@])")


# An age with its unit ("19-year-old", "19 ساله", "aged 19"), not a bare number.
# Only the words that say an age, not a duration ("for 3 years").
_STRONG_AGE = re.compile(
    r"(?<![\d.,/:])\d{1,2}\s*-?\s*(?:year-old|years? old|yrs old|y/?o\b|jarige|jaar oud|jährige|Jahre alt|"
    r"éves|ετών|χρονών|годишн|sena ta' età|bliana d'aois|ساله|عاما|عامًا)"
    r"|(?:aged|âgée? de|w wieku|ηλικίας|на възраст|im Alter von|in de leeftijd van|di età)\s*\d{1,2}(?!\d)",
    re.IGNORECASE,
)
_PARAGRAPH_OR_TWO_SENTENCES = re.compile(r"\n|[.!?؟][^.!?؟\n]*[.!?؟]")


def _age_in_next_words(text, start, reach=100):
    age = _STRONG_AGE.search(text, start, min(len(text), start + reach))
    return bool(age) and not _PARAGRAPH_OR_TWO_SENTENCES.search(text, start, age.start())


def _given_name_with_detail(text, details):
    for match in _NAME_TOKEN.finditer(text):
        word = match.group()
        if fold_name(word) not in _GIVEN_NAMES:
            continue
        if word[:1].isalpha() and word[:1].lower() != word[:1].upper() and not word[:1].isupper():
            continue  # in a script with capitals, a name is capitalised
        # an optional surname, then the detail close behind: "Amina Yusuf, 27"
        rest = re.match(r"(?:\s+[^\W\d_][\w'’-]{1,20}){0,2}", text[match.end() : match.end() + 45])
        after = match.end() + (rest.end() if rest else 0)
        detail = details.search(after, min(len(text), after + 35))
        if detail is not None and not re.search(r"[.!?؟\n]", text[after:detail]):
            yield match
        elif rest and rest.group().strip() and _age_in_next_words(text, after):
            # a full name, and an age said of them just after: "Does anyone
            # know Ali Rezaei? The 19-year-old who ..."
            yield match


# An article before a title makes it a noun: "eine Frau Mitte vierzig", "una
# señora de Honduras", "the Miss Ireland contest".
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w])(?:a|an|the|one|ein|eine|einer|einem|die|der|jede|diese|een|de|une|la|cette|una|la|esta|"
    r"una|la|questa|jedna|ta|ova|neka|ena|egy|az|μια|η|μία|една|tази|waħda|il-|an|الـ)\s+$",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "el",
        "al",
        "ben",
        "bin",
        "ter",
        "da",
        "di",
        "del",
        "von",
        "le",
        "la",
        "abu",
        "ould",
        "mac",
        "mc",
        "ó",
        "ní",
        "nic",
        "mhic",
        "uí",
        "ua",
        "dos",
        "das",
        "du",
    }
)


def _title_before_a_word(text, match):
    """A title followed by a lower-case word in a script with capitals is a
    noun, not a name: "eine ältere Frau aus Syrien", "una señora de edad" (a
    particle before a capitalised surname is a name: "Señora de la Fuente")."""
    words = text[match.start() : match.end() + 40].split()[1:]
    for word in words:
        if not word[:1].isalpha() or word[:1].lower() == word[:1].upper() or word[:1].isupper():
            return False  # a script without capitals, or a capitalised name
        if word.casefold() not in _PARTICLES:
            return True
    return True


def named_persons(text, lowered):
    details = _Details(text, lowered)
    for pattern in _INTRODUCTIONS:
        for match in pattern.finditer(text, lowered):
            if pattern is _INTRODUCTIONS[0] and (
                _title_before_a_word(text, match)
                or _ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue
            if _detail_near(details, text, match.start(), match.end(), after=90):
                yield match
    for match in CAPITALISED_NAME.finditer(text):
        words = [w.casefold() for w in re.split(r"[\s-]+", match.group())]
        if any(_not_a_name(word) for word in words):
            continue
        if _ACRONYM_AFTER.match(text, match.end(), min(len(text), match.end() + 80)):
            continue
        if _AFTER_STREET_WORD.search(text, max(0, match.start() - 12), match.start()):
            continue
        # the detail must follow the name closely: "Grace Adeyemi, 34, Nigerian"
        if details.search(match.end(), min(len(text), match.end() + 45)) is not None:
            yield match
    yield from _given_name_with_detail(text, details)
