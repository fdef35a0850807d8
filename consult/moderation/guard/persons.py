"""A named client or survivor together with an identifying detail.

How far rules go: a name is found when it is introduced (a title such as
"Mrs", "Frau", "Pani", "السيدة", "خانم", or "her name is", "se llama",
"казва се") or when it is two capitalised words in a script with capitals
(Latin, Greek, Cyrillic); it is held when an age, a nationality or country
of origin, or a reception centre or camp is said within a short distance.
A common given name of the people members work with (a list in Latin,
Greek, Cyrillic and Arabic script) is enough when the detail follows it
closely ("Amina, 23, from Somalia", "فاطمة، ٢٣ سنة، سورية").
Not found: a first name off that list without a title, names in lower case
without a surname from the lists (or a surname's ending),
other names in Arabic or Persian script without a title, and people
identified only by a combination of ordinary facts ("the woman from room 214"): those remain for
moderators, members' flags and the moderators' word list.
"""

import re
from bisect import bisect_left
from functools import lru_cache

from .anchors import Anchored, dispatch_by_first_letter, literal_prefixes
from .dates import month_follows
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
    r"السيدة|السيد|الآنسة|الأخت|خانم|آقای|بانو|"
    # in lower case after an article or mid-sentence: "la señora Ramírez", "la signora Esposito"
    r"señora|señor|signora|signor|madame|monsieur|mevrouw|meneer|pani|pan|gospođa|gospa|sinjura|"
    r"mrs\.?|ms\.?|mr\.?"
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
    r"kenia|кени|ugand|уганд|tanzan|rwand|burundi|cameroun|kamerun|bangladesh|бангладеш|"
    # French and other spellings with an accent or another stem ("nigériane", "éthiopienne", "argelina")
    r"nigérian|éthiop|algéri|argelin|algier|алжир|αλγερ|جزائر"
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
_ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_NOT_NAMES = {
    word.casefold()
    for word in [
        # seventh round: an age range after a title ("eine Frau Ende zwanzig"), an
        # article of a convention ("Pléann Airteagal 59"), an office ("Urząd do
        # Spraw Cudzoziemców"), an organisation's English name ("Are You Syrious")
        "Ende",
        "Anfang",
        # fourteenth round: days' names where they are capitalised (Irish "Dé Máirt", "Dé hAoine"),
        # and a judgment's title ("Joined Cases C-608/22")
        "Dé",
        "Déardaoin",
        *_ENGLISH_DAYS,
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Δευτέρα",
        "Τρίτη",
        "Τετάρτη",
        "Πέμπτη",
        "Παρασκευή",
        "Σάββατο",
        "Κυριακή",
        "Case",
        "Cases",
        "Joined",
        "Mitte",
        # ninth round: a German noun for a person, capitalised as every noun ("Junge Frau, 22, aus Syrien")
        "Frau",
        "Mann",
        "Mädchen",
        "Mutter",
        "Airteagal",
        "Pléann",
        "Choinbhinsiún",
        "Coinbhinsiún",
        "Spraw",
        "Cudzoziemców",
        "Urząd",
        "Are",
        "You",
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
        *_ENGLISH_DAYS,
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
        # councils and states: "Raad van State", "Conseil d'État", "Consiglio di Stato"
        "Raad",
        "State",
        "Staat",
        "Conseil",
        "Consiglio",
        "Consejo",
        "Rada",
        "Vijeće",
        "Svet",
        "Tanács",
        "Συμβούλιο",
        "Съвет",
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
        # tenth round: the title words of pacts, strategies, rules, agreements, guidelines
        # and charters ("Pacto de Estado contra la Violencia de Género", "Immigration Rules")
        "Pact",
        "Pacto",
        "Pacte",
        "Patto",
        "Pakt",
        "Paktu",
        "Paktum",
        "Pakta",
        "Σύμφωνο",
        "Пакт",
        "Patt",
        "Estado",
        "État",
        "Stato",
        "Państwa",
        "Država",
        "Állam",
        "Κράτος",
        "Държава",
        "Strategy",
        "Strategie",
        "Stratégie",
        "Estrategia",
        "Strategia",
        "Strategija",
        "Stratégia",
        "Στρατηγική",
        "Стратегия",
        "Strateġija",
        "Straitéis",
        "Rules",
        "Regels",
        "Regeln",
        "Règles",
        "Reglas",
        "Regole",
        "Zasady",
        "Pravila",
        "Pravilnik",
        "Szabályok",
        "Κανόνες",
        "Правила",
        "Regoli",
        "Rialacha",
        "Agreement",
        "Akkoord",
        "Abkommen",
        "Accord",
        "Acuerdo",
        "Accordo",
        "Porozumienie",
        "Sporazum",
        "Megállapodás",
        "Συμφωνία",
        "Споразумение",
        "Ftehim",
        "Comhaontú",
        "Guidance",
        "Guidelines",
        "Richtlijnen",
        "Leitlinien",
        "Directrices",
        "Linee",
        "Wytyczne",
        "Smjernice",
        "Smernice",
        "Iránymutatás",
        "Насоки",
        "Linji",
        "Treoirlínte",
        "Comisión",
        "Commissione",
        "Kommission",
        "Komisja",
        "Komisija",
        "Bizottság",
        "Επιτροπή",
        "Комисия",
        "Kummissjoni",
        "Coimisiún",
        "Declaration",
        "Charter",
        "Verklaring",
        "Erklärung",
        "Charta",
        "Déclaration",
        "Charte",
        "Declaración",
        "Dichiarazione",
        "Deklaracja",
        "Karta",
        "Deklaracija",
        "Listina",
        "Nyilatkozat",
        "Διακήρυξη",
        "Χάρτης",
        "Декларация",
        "Харта",
        "Dikjarazzjoni",
        "Dearbhú",
        "Cairt",
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


# A region named by a point of the compass ("z Zahodnega Balkana", "z Azji
# Środkowej", "Oriente Medio", "Moyen-Orient", "Δυτική Αφρική", "Западна Африка"):
# the words of the 16 languages for west, east, north, south, central, middle, near.
_COMPASS = re.compile(
    r"(?:west|western|east|eastern|north|northern|south|southern|central|middle|near|far)(?:-\w+)?|"
    r"(?:zahodn|vzhodn|severn|južn|srednj|osrednj|bližnj|zachodni|wschodni|północn|południow|środkow|bliski|"
    r"zapadn|istočn|sjevern|bliskog|bliskom|западн|източн|северн|южн|централн|средн|близк|"
    r"δυτικ|ανατολικ|βόρει|νότι|κεντρικ|μέση|μέσης|oriente|medio|próximo|moyen|proche|orient|ouest|"
    r"occidental|oriental|septentrional|méridional|lvant|nofsani|meánoirthear|iarthar|oirthear)"
    r"[^\W\d_]{0,5}"
)


@lru_cache(maxsize=8192)
def _not_a_name(word):
    # (cached: asked for every word of every capitalised pair of a long post)
    return word in _NOT_NAMES or (len(word) > 6 and word.endswith(_NOT_NAME_ENDINGS)) or bool(_COMPASS.fullmatch(word))


# An organisation's name is followed by its acronym: "Országos Kríziskezelő és
# Információs Telefonszolgálat (OKIT)", "Oficina de Asilo y Refugio (OAR)".
# Words between the name and the bracket: capitalised ones, or short ones in
# small letters ("for", "de"). The two kinds begin differently and each word
# is read whole (the look-ahead), so there is one way to read a run of words:
# an ambiguous pattern here took seconds per word on "Ab Ab Ab …".
_ACRONYM_AFTER = re.compile(
    rf"(?:[\s-]+(?:[{_UPPER}][^\W\d_'’]{{0,20}}|[{_LOWER}]{{1,4}})(?![^\W\d_'’])){{0,8}}?\s*\(\s*[{_UPPER}]{{2,8}}\s*\)"
)


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


# "from" and an institution: a professional's workplace, not where a person comes
# from ("Joanna ... z Centrum Praw Kobiet", "Anna from Caritas", "Maria vom Zentrum")
_AFFILIATION = re.compile(
    r"\S+\s+(?:cent(?:re|er|ro|rum|ar|ru)|ċentru|zentrum|központ|κέντρ\w*|центъ?р\w*|ionad|institu\w*|instytut\w*|"
    r"intézet\w*|fundac\w*|foundation|stiftung|fondaz\w*|fondation|stowarzysz\w*|association|asociaci\w*|"
    r"associazion\w*|verein\w*|vereniging|stichting|udrug\w*|društv\w*|egyesület\w*|alapítvány\w*|σύλλογ\w*|"
    r"сдружени\w*|фондаци\w*|universit\w*|uniwersytet\w*|hospital|szpital\w*|ministr\w*|minister\w*|"
    r"caritas|diakonie|urz[ąę]d\w*|biur\w*|bureau|büro|ufficio|oficina|ured\w*)",
    re.IGNORECASE,
)


class _Details:
    """DETAIL.search(text, start, end), answered from the word details found
    once and the ages searched in the window."""

    def __init__(self, text, lowered):
        self.text = text
        self.starts, self.ends = [], []
        for position in _WORD_DETAIL_AT.positions(lowered):
            match = _WORD_DETAIL.match(text, position)
            if match and _AFFILIATION.fullmatch(match.group()):
                continue  # "z Centrum Praw Kobiet", "from the Foundation": where someone works, no origin
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
        while age and age.group()[-1:].isdigit() and month_follows(self.text, age.end()):
            # "the guidance is 28 February 2027", "ist 12. März": a day of a month, no age
            age = _AGE_DETAIL.search(self.text, age.end(), end)
        if age and (found is None or age.start() <= found):
            return age.start()
        return found


def _detail_near(details, text, start, end, before=40, after=70):
    return details.search(max(0, start - before), min(len(text), end + after)) is not None


# A name introduced by the word for the person a professional works with: "my
# client Amal", "unsere Klientin Dilan", "la usuaria Yesenia", "موكلتي سلمى".
_CLIENT_WORDS = (
    r"client|survivor|service user|resident|applicant|Klientin|Klient|Bewohnerin|Antragstellerin|cliënte|cliënt|"
    r"bewoonster|cliente|usuaria|beneficiaria|solicitante|residente|utente|assistita|ospite|richiedente|"
    r"klientka|podopieczna|wnioskodawczyni|mieszkanka|klijentica|korisnica|štićenica|stranka|uporabnica|"
    r"prosilka|ügyfelünk|ügyfél|kliens|lakónk|πελάτισσα|ωφελούμενη|αιτούσα|φιλοξενούμενη|клиентка|"
    r"потребителка|настанената|klijenta|benefiċjarja|applikanta|cliant|iarratasóir|موكلتي|موكلة|المستفيدة|"
    r"مراجعة|موکل|مددجو|مراجع"
)
# (the name is a word of its own: "Klientinnen", "clients", "مراجعین" are the client word's plural)
CLIENT_NAME = re.compile(
    rf"(?<![\w])(?:{_CLIENT_WORDS})(?:\s+|\s*[,:(]\s*)(?:[{_UPPER}][{_LOWER}'’-]{{1,20}}|[\u0620-\u064a\u067e-\u06d3]{{2,20}})"
    rf"(?![\w])",
    re.IGNORECASE,
)


def _client_name(text, match):
    """The word after the client word is a name: capitalised (in a script with
    capitals) and no institution's or article's word."""
    word = re.split(r"[\s,:(]+", match.group())[-1]
    if word[:1].lower() != word[:1].upper() and not word[:1].isupper():
        return False
    return not (_not_a_name(word.casefold()) or word in _SCRIPT_FUNCTION_WORDS)


# In Arabic and Persian script no capital tells a name: a possessive, a preposition or a
# conjunction after the client word ("مراجع ما از ...", "موكلتي من سوريا") is none.
_SCRIPT_FUNCTION_WORD_LIST = """
    ما من شما او ایشان از در با به که و را هم این آن برای تا
    في على إلى الى عن مع أو التي الذي هي هو كانت لدينا عندنا
"""
_SCRIPT_FUNCTION_WORDS = frozenset(_SCRIPT_FUNCTION_WORD_LIST.split())


_INTRODUCTIONS = (
    Anchored(TITLED_NAME, literal_prefixes(_TITLES)),
    Anchored(CLIENT_NAME, literal_prefixes(_CLIENT_WORDS)),
    Anchored(INTRODUCED_NAME, literal_prefixes(_INTRODUCED)),
    Anchored(INTRODUCED_SCRIPT_NAME, literal_prefixes(_INTRODUCED)),
)


# A locative preposition before two capitalised words: a place's name ("in Ter Apel",
# "uit Den Haag", "nach Bad Homburg", "à Saint Denis", "w Nowym Sączu", "στη Νέα Σμύρνη",
# "в Стара Загора", "fi Santa Venera"), not a person's; "a", "da", "z", "bij", "chez" may name a person.
_AFTER_A_PLACE_WORD = re.compile(
    r"(?<![\w])(?:in|uit|naar|aus|nach|à|en|w|we|iz|v|ban|στο|στη|στην|σε|в|във|fi|في|در)\s+$", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"(?:'s|’s|s'|'|’)(?![\w])")
# a home after the pair: "in Maria Kellers Wohnung", "w Anny Kowalskiej mieszkaniu"
_DWELLING_AFTER = re.compile(
    r"\s+(?:Wohnung|Zimmer|Haus|flat|house|room|place|home|huis|flat|kamer|appartement|maison|chambre|casa|piso|"
    r"appartamento|stanza|mieszkani\w*|pokoj\w*|dom\w*|stan\w*|kuć\w*|hiš\w*|lakás\w*|házá\w*|σπίτι|"
    r"διαμέρισμα|къща|апартамент|dar|appartament|teach|árasán)(?![\w])",
    re.IGNORECASE,
)


def _a_place_after_a_locative(text, match):
    """Two capitalised words after a locative preposition, neither a given name
    first nor a possessive or a home after them: a place's name."""
    if not _AFTER_A_PLACE_WORD.search(text, max(0, match.start() - 8), match.start()):
        return False
    first = re.split(r"[\s-]+", match.group())[0]
    if fold_name(first) in _ALL_GIVEN | _LOCAL_GIVEN or _POSSESSIVE.search(match.group()):
        return False
    return not (_POSSESSIVE.match(text, match.end()) or _DWELLING_AFTER.match(text, match.end()))


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
# A title with a plural ending is the common noun: "خانم‌های کمپ" (the women of the camp), "آقایان"
_TITLE_MADE_PLURAL = re.compile(r"(?:خانم|آقا|آقای|بانو)\s?(?:ها|های|هایی|ان)(?![\w])")
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w])(?:a|an|the|one|ein|eine|einer|einem|die|der|jede|diese|een|de|une|la|cette|una|la|esta|"
    r"una|la|questa|jedna|ta|ova|neka|ena|egy|az|μια|η|μία|една|tази|waħda|il-|an|الـ|"
    # Persian and Arabic: "یه خانم جوان" (a young woman), "این خانم", "چند خانم", "إحدى السيدات"
    r"یه|یک|این|اون|آن|چند|هر|هذه|إحدى|احدى)\s+$",
    re.IGNORECASE,
)
# In Spanish, Italian, French, Greek and Maltese a title takes the article before a
# name: "la señora Ramírez", "la signora Esposito", "η κυρία Παπαδάκη" (the title
# itself is then followed by a capitalised name, which _title_before_a_word checks).
_ARTICLE_WITH_NAME = re.compile(r"(?<![\w])(?:la|el|il|le|lo|η|ο|is-|il-|ix-)\s*$", re.IGNORECASE)
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


def _introduces_a_name(match):
    """The word after "called", "named", "se llama", "heet", "اسمها" is written as
    a name: capitalised in a script with capitals (or a given name of the lists,
    "her name is amina"), and no small word of the script ("on", "al", "het")."""
    word = match.group().split()[-1].strip(':"“„')
    folded = fold_name(word)
    if _not_a_name(word.casefold()) or word in _SCRIPT_FUNCTION_WORDS:
        return False
    if word[:1].lower() == word[:1].upper():
        return True  # Arabic, Persian: no capitals
    return word[:1].isupper() or folded in _ALL_GIVEN or folded in _LOCAL_GIVEN


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


# A street named after a person: the street word, then capitalised words and
# particles up to the name ("Plaza de Santa María Soledad Torres Acosta 2", "via
# Giuseppe Garibaldi 12", "ul. Jana Pawła II 20", "rue Jean Jaurès"): the name is the
# street's, not a client's.
_STREET_WORDS_BEFORE_A_NAME = (
    r"calle|c/|avenida|avda\.|plaza|paseo|via|viale|piazza|corso|largo|piazzale|rue|avenue|"
    r"boulevard|place|quai|allée|ul\.|ulica|ulicy|al\.|aleja|pl\.|plac|os\.|trg|"
    r"οδός|οδό|οδού|λεωφόρος|ул\.|бул\.|улица|булевард|Triq|Pjazza|Vjal|Sráid|Bóthar"
)
_STREET_WORD_FIRST = re.compile(rf"(?:{_STREET_WORDS_BEFORE_A_NAME})(?![\w])", re.IGNORECASE)
_STREET_THEN_NAMES = re.compile(
    rf"(?<![\w])(?:{_STREET_WORDS_BEFORE_A_NAME})"
    r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩА-Я„\"“][\w'’.“”\"-]*|de|del|della|dei|di|de la|la|le|van|von|der|y|i|e)){0,6}\s+$",
    re.IGNORECASE,
)


def _in_a_street_name(text, start):
    return bool(_STREET_WORD_FIRST.match(text, start) or _STREET_THEN_NAMES.search(text, max(0, start - 70), start))


def named_persons(text, lowered):
    """Each named person with an identifying detail (a public figure named with
    their office passes)."""
    seen = set()
    roles = _RoleWords(text, lowered)
    for start, end in described_persons(text, lowered, roles):
        seen.add((start, end))
        yield _Span(text, start, end)
    for match in _named_persons(text, lowered):
        if match.span() in seen or _public_figure(text, *match.span(), roles=roles):
            continue
        if _NAMED_AFTER.search(text, max(0, match.start() - 25), match.start()):
            continue  # "Fundación Ana Bella", "Casa Maria": an organisation's or a prize's name
        if _in_a_street_name(text, match.start()):
            continue  # "Plaza de Santa María Soledad Torres Acosta 2": a street's name
        seen.add(match.span())
        yield match


class _Span:
    """A match-like (start, end) over the text."""

    def __init__(self, text, start, end):
        self.string, self._span = text, (start, end)

    def span(self):
        return self._span

    def start(self):
        return self._span[0]

    def end(self):
        return self._span[1]

    def group(self):
        return self.string[self._span[0] : self._span[1]]


def _named_persons(text, lowered):
    details = _Details(text, lowered)
    more = None
    for start, end in listed_names_with_detail(text, lowered, details):
        yield _Span(text, start, end)
    for pattern in _INTRODUCTIONS:
        for match in pattern.finditer(text, lowered):
            if pattern is _INTRODUCTIONS[1] and not _client_name(text, match):
                continue
            if pattern is _INTRODUCTIONS[0] and (
                _title_before_a_word(text, match)
                or _TITLE_MADE_PLURAL.match(match.group())
                or _not_a_name(match.group().split()[-1].casefold())
                or (
                    _ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start())
                    and not _ARTICLE_WITH_NAME.search(text, max(0, match.start() - 5), match.start())
                )
            ):
                continue
            if pattern in (_INTRODUCTIONS[2], _INTRODUCTIONS[3]) and not _introduces_a_name(match):
                continue  # "called on Saturday", "chiamata al 1522", "heet het aanbod welkom": no name
            if _detail_near(details, text, match.start(), match.end(), after=90):
                yield match
                continue
            # a workplace, a spouse or a child, where they live, in the same sentence
            left, right = _sentence(text, match.start(), match.end())
            if more is None:
                more = _MoreDetails(text, lowered)
            if more.search(left, right):
                yield match
    for match in CAPITALISED_NAME.finditer(text):
        words = [w.casefold() for w in re.split(r"[\s-]+", match.group())]
        if any(_not_a_name(word) for word in words):
            continue
        if _ACRONYM_AFTER.match(text, match.end(), min(len(text), match.end() + 80)):
            continue
        if _AFTER_STREET_WORD.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _a_place_after_a_locative(text, match):
            continue  # "in de noodopvang in Ter Apel", "aus Bad Homburg": a place (not "in Grace Adeyemi's flat")
        # the detail must follow the name closely: "Grace Adeyemi, 34, Nigerian"
        if details.search(match.end(), min(len(text), match.end() + 45)) is not None:
            yield match
    yield from _given_name_with_detail(text, details)


# --- the sixth round: names as professionals write them, with more details ----------
#
# More given names of the communities members work with (Arabic, Persian/Dari,
# Pashto, Tigrinya, Somali, Amharic, Kurdish, Turkish, Nigerian, Congolese,
# Ukrainian, Latin American) and of the 12 countries, and their common surnames,
# in Latin, Cyrillic, Greek and Arabic script. A name from these lists is held
# with a detail anywhere in its sentence: an age, an origin, a reception centre,
# and also a workplace, a school, a family member, where they live, when they
# arrived. Lower case is read too ("fatima ahmadi, 28") when a surname from the
# list follows the given name, or an age right after it.
_MORE_GIVEN_NAMES = """
    Semhar Senait Yonas Filmon Merhawi Robel Awet Daniel Mehari Tesfalem Selamawit Rahwa Eden Winta Kisanet Luwam
    Hodan Faduma Fadumo Ayaan Ubah Hamdi Ifrah Warsan Sagal Nimco Ladan Abdikadir Mahad Liban Abdiaziz Farhan
    Meron Bethlehem Tigist Hiwot Selam Meseret Alemayehu Tewodros Bereket Dawit Tadesse Yared Kidist Mahlet
    Rojin Berfin Dilan Rojda Zilan Shilan Hevi Azad Rebwar Diyar Baran Karwan Delal Nazdar Rezan Jiyan Avin
    Elif Zeynep Ayşe Ayse Emine Merve Büşra Busra Esra Hatice Mehmet Emre Burak Hüseyin Huseyin Murat Serkan
    Chinonso Chinedu Emeka Obinna Oluwaseun Tolu Funmilayo Ifeoma Ngozi Favour Chidinma Nneka Uche Adaobi
    Bienvenu Dieudonné Dieudonne Merveille Christelle Nsimire Furaha Neema Esperance Espérance Mbuyi Kalala Mukendi
    Oleksandr Andriy Andrii Dmytro Mykola Serhiy Serhii Taras Bohdan Viktoria Viktoriia Kateryna Mariia Khrystyna
    Halyna Liudmyla Nadiia Nadia Valentyna Inna Tamara Alina Sofiia Yana Oleksii Volodymyr Vitalii Ivan Olga
    Zarmina Mursal Shabana Freshta Frishta Mahbooba Farida Nasima Zohal Sadia Hamida Jawid Javid Farid Wahid Najib
    Rahmat Sohrab Mujtaba Sajjad Habib Gulalai Zarghuna Nazanin Niloufar Niloofar Mahsa Neda Shabnam Azadeh
    Arash Babak Kaveh Saeed Farhad Navid Nasrin Mojgan Zohreh Soraya Marjan Ghazal Hadi Hamza Anas Yazan Majd
    Rasha Ghada Hiba Ola Fadi Rami Wael Ayman Rima Nisreen Nesrine Lamia Amira Asmaa Samar Wafa Bushra Duaa
    Yesenia Marisol Guadalupe Valentina Camila Daniela Gabriela Fernanda Alejandra Paola Yuliana Maricela
    José Jose Juan Carlos Luis Jorge Miguel Diego Andrés Andres Alejandro Jhon Wilmer Yeison Brayan
    Katarzyna Agnieszka Małgorzata Malgorzata Joanna Magdalena Aleksandra Zofia Ewa Krystyna Dorota Beata
    Ivana Petra Marija Mojca Špela Spela Tjaša Urška Nataša Jelena Snježana Dragana Mirjana Kristina
    Eszter Zsófia Zsofia Katalin Anikó Aniko Erzsébet Ildikó Judit Krisztina Réka Zsuzsanna Gabriella
    Eleni Dimitra Ioanna Konstantina Georgia Vasiliki Katerina Despina Androniki Panagiota Chrysoula
    Desislava Petya Ivanka Gergana Tsvetelina Yordanka Radka Boyana Mariya Stoyanka Nikolina Borislava
    Aoife Siobhán Siobhan Niamh Sinéad Sinead Saoirse Clodagh Gráinne Grainne Orla Caoimhe Róisín Roisin Deirdre
    Giulia Chiara Francesca Federica Alessia Martina Sabrina Giovanna Rosaria Concetta Antonella Graziella
    Céline Celine Chloé Chloe Camille Nathalie Sandrine Aurélie Aurelie Élodie Elodie Sophie Amandine
    Sanne Fleur Lotte Femke Annelies Marloes Ilse Esmee Lieke Anouk Jennifer Sabine Katrin Doris Jessica Nicole
    Ritianne Marthese Rosanne Charlene Doreen Josephine Marilyn Rebecca Stephanie Christine Claudia Andrea
    Mohamad Muhamed Abdul Abdulrahman Abdelkader Abdelaziz Ahmet Ismail Ismael Idris Suleiman Sulaiman Osman
    Othman Hussain Hossain Sayyid Said Saïd Yassin Yassine Anwar Jamal Nasser Nasir Zakaria Zakariya Adil Adel
    Αχμάντ Μοχάμαντ Φατμέ Ολένα Ιρίνα Νατάλια Όλγα Οξάνα Γιούλια Σβετλάνα Αναστασία Αϊσά Μαριάμ Αμπντούλ Γιουσούφ
    Μαρία Ελένη Δήμητρα Ιωάννα Κωνσταντίνα Γεωργία Κατερίνα Δέσποινα
    Олександр Андрій Дмитро Микола Сергій Тарас Богдан Вікторія Катерина Марія Христина Галина Людмила Надія
    Ірина Ирина Наталія Наталия Тетяна Юлія Светлана Світлана Анастасія Дарина Дарья Десислава Петя Иванка
    Гергана Цветелина Йорданка Радка Мария Елена Стоянка Николина Боряна Снежана Росица Ахмад Мохамад Фарид
    حميد فريدة نسرين رشا غادة هبة فادي رامي وائل أيمن ريما سمر وفاء بشرى دعاء حمزة أنس يزن مجد عبدالرحمن
    إسماعيل اسماعيل إدريس سليمان عثمان حسين سعيد ياسين أنور جمال ناصر زكريا عادل رحمة نوال سهام منى هدى
    زرمینه مرسل شبانه فرشته محبوبه فریده نسیمه زحل سعدیه جاوید فرید وحید نجیب رحمت سهراب مجتبی سجاد حبیب
    نازنین نیلوفر مهسا ندا شبنم آزاده آرش بابک کاوه سعید فرهاد نوید نسرین مژگان زهره ثریا مرجان غزل هادی
"""
_SURNAME_LIST = """
    Ahmadi Rahimi Hosseini Husseini Hussaini Mohammadi Karimi Haidari Haydari Rezaei Rezai Sultani Popal Noori Nouri
    Safi Wardak Yusufzai Yousafzai Amiri Azizi Nazari Hashimi Sadat Sharifi Jafari Qasimi Rasuli Stanikzai Mohmand
    Tesfaye Haile Gebremedhin Gebremariam Tesfamariam Berhe Kidane Mehari Weldu Woldu Ghebreyesus Tekle Habte
    Ghebremichael Araya Kahsay Asfaha Yohannes Gebru Negash Abraha
    Warsame Farah Osman Jama Egal Dirie Nur Abdi Abdullahi Guled Hirsi Aden Adan Ismail Yusuf Duale Elmi Samatar
    Bekele Tadesse Alemu Girma Mekonnen Desta Tesfaye Abebe Getachew Assefa Hailu Wolde Kebede Tefera
    Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Aydın Aydin Öztürk Ozturk Arslan Doğan Dogan
    Barzani Zebari Amedi Kurdi Hawrami Doski Rashid Talabani Bamarni
    Okafor Adeyemi Okonkwo Eze Nwosu Obi Adebayo Ogunleye Balogun Bello Musa Okoro Chukwu Nwachukwu Ogbonna Ojo
    Oyelaran Adewale Okeke Onyeka Uzor Igwe Osagie Osaze Idahosa Omoregie Ehigiator Edosomwan Aigbe
    Mbala Tshibanda Mukendi Kasongo Ilunga Lukusa Mbuyi Kalala Nsimba Kabongo Mutombo Tshisekedi Kapinga Ngoy
    Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Koval Oliynyk Shevchuk Polishchuk Lysenko
    Ivanenko Petrenko Savchenko Rudenko Marchenko Moroz Kovalchuk Tkachuk Romanenko Pavlenko
    Haddad Khalil Darwish Nasser Shami Hamoud Saleh Khatib Hamdan Qassem Sabbagh Halabi Jaber Mansour Najjar
    Alhassan Alahmad Alali Almohammad Alkhalil Alhussein Abdo Sweid Hamwi Tayeb Othman Hijazi Masri
    García Garcia Rodríguez Rodriguez Martínez Martinez Hernández Hernandez López Lopez González Gonzalez Pérez
    Perez Sánchez Sanchez Ramírez Ramirez Torres Flores Rivera Gómez Gomez Díaz Diaz Morales Vargas Castillo
    Rojas Mendoza Quispe Mamani Gutiérrez Gutierrez Chávez Chavez Ortiz Jiménez Jimenez Cruz Reyes Moreno
    Jansen Janssen Bakker Visser Smit Meijer Mulder Bos Vos Peeters Janssens Maes Jacobs Willems Claes
    Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Wolf
    Bernard Dubois Durand Leroy Moreau Simon Laurent Lefebvre Michel Fontaine Rousseau Mercier
    Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano
    Nowak Kowalska Kowalski Wiśniewska Wisniewska Wójcik Wojcik Kowalczyk Kamińska Kaminska Lewandowska
    Zielińska Zielinska Szymańska Szymanska Woźniak Wozniak Dąbrowska Dabrowska Kozłowska Jankowska Mazur
    Horvat Kovačević Kovacevic Babić Babic Marić Maric Jurić Juric Novak Knežević Knezevic Vuković Vukovic
    Krajnc Kovačič Kovacic Zupančič Zupancic Potočnik Potocnik Mlakar Kos Vidmar Golob Turk Kralj
    Nagy Kovács Kovacs Tóth Toth Szabó Szabo Horváth Horvath Varga Kiss Molnár Molnar Németh Nemeth Farkas
    Papadopoulou Papadopoulos Georgiou Nikolaou Oikonomou Pappas Vlachou Dimitriou Konstantinou Ioannou
    Ivanova Petrova Georgieva Dimitrova Nikolova Stoyanova Todorova Ivanov Petrov Georgiev Dimitrov Nikolov
    Borg Camilleri Vella Farrugia Zammit Galea Micallef Grech Attard Spiteri Azzopardi Caruana Mifsud
    Murphy Kelly Byrne Walsh Ryan Doyle McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn Moore McLoughlin
    Коваленко Шевченко Бондаренко Ткаченко Кравченко Мельник Бойко Коваль Олійник Іваненко Петренко Савченко
    Иванова Петрова Георгиева Димитрова Николова Стоянова Тодорова Иванов Петров Георгиев Димитров Николов
    Κοβαλένκο Σεφτσένκο Μπονταρένκο Ιβανένκο Πετρένκο Αχμαντί Ραχιμί Χοσεϊνί Χαλίλ Χαντάντ Ομπί Οκόρο
    Παπαδοπούλου Παπαδόπουλος Γεωργίου Νικολάου Οικονόμου Παππάς Βλάχου Δημητρίου Κωνσταντίνου Ιωάννου
    احمدی رحیمی حسینی محمدی کریمی رضایی حیدری نوری صافی سلطانی امیری عزیزی نظری هاشمی جعفری شریفی
    أحمدي الحسن الأحمد خليل درويش حداد ناصر الشامي الكردي صالح حمود العلي المحمد الخطيب منصور النجار
    Amrani Benali Belkacem Bouzid Mansouri Alaoui Idrissi Benjelloun Tazi Chraibi Trabelsi Gharbi Jebali
    Bouazizi Hamdi Saidi Mensah Boateng Owusu Asante Appiah Osei Diallo Traoré Traore Coulibaly Camara Keita
    Bah Sow Ndiaye Diop Fall
"""
_SURNAMES = frozenset(fold_name(name) for name in _SURNAME_LIST.split())
# The commonest given names of the 12 countries' own people (a landlord, an
# employer, a man who waits outside a school): also the names of saints,
# streets and public figures, so one is a name only with a surname after it
# ("marko jurić", "jason vella", surname first "horváth józsef").
_LOCAL_GIVEN_LIST = """
    Γιώργος Γιάννης Κώστας Δημήτρης Νίκος Βασίλης Χρήστος Παναγιώτης Σπύρος Θανάσης Ελένη Κατερίνα Βασιλική
    Σοφία Αγγελική Δέσποινα
    Marko Josip Tomislav Stjepan Dragan Zoran Goran Dejan Mateja Ivana Jelena Mirjana Snježana Žiga Matej
    Urška Špela Mojca Stoyan Стоян Георги Димитър Петър Христо Тодор Николай Десислава Цветелина Йорданка
    József János László István Zoltán Sándor Ferenc Gábor Erzsébet Katalin Ildikó Zsuzsanna
    Jason Joseph Josef Giuseppe Carmel Charles Rita Doris Mariella Antoine Jean-Pierre Thierry Stéphane
    Piotr Krzysztof Tomasz Paweł Andrzej Grzegorz Agnieszka Małgorzata Katarzyna Joanna Jürgen Klaus Uwe
    Dirk Sven Pieter Joost Sjoerd Padraig Pádraig Seán Sean Siobhán Niamh Aoife Francesco Giovanni Salvatore
    Javier Alejandro Manuel Francisco Giorgos Yannis Kostas Dimitris Nikos Ana Ivan Иван Мария Marija Maria
    Anna Jan Luka Nikola Milan Péter Tamás Attila Balázs Fatou
"""
_LOCAL_GIVEN = frozenset(fold_name(name) for name in _LOCAL_GIVEN_LIST.split())
_ALL_GIVEN = _GIVEN_NAMES | frozenset(fold_name(name) for name in _MORE_GIVEN_NAMES.split())
# given names that are also words in a site language: in lower case only with a surname after
_WORDS_TOO_LIST = """
    ali sami ana mina dina lana nur nour rana hana lina sara saba iman reem roya mercy precious blessing esther
    ruth awa binta fanta adama omar karim amal rosa maja nina petra eva marta luna ola said favour eden selam
    andrea nicole simon michel bruno costa kos turk wolf mazur moroz vos bos koch ryan quinn moore murray kelly
    bernard laurent martin richter gallo greco conti cruz flores torres rivera reyes moreno doris inna alina yana
    ivan olga taras adil adel jamal musa obi eze ojo abdi aden adan nasser farah mansour tamara deirdre orla judit
    daniel hadi hamza anas
"""
_WORDS_TOO = frozenset(fold_name(word) for word in _WORDS_TOO_LIST.split())
# looked up by the word's casefold (names as listed, and without their accents)
_LOOKUP = frozenset(
    [name.casefold() for name in (_GIVEN_NAME_LIST + _MORE_GIVEN_NAMES + _SURNAME_LIST + _LOCAL_GIVEN_LIST).split()]
    + list(_ALL_GIVEN | _SURNAMES | _LOCAL_GIVEN)
)
_LOWER_NAME_WORD = re.compile(r"(?<![\w@#.])[^\W\d_][^\W\d_'’-]{1,19}(?:[-'’][^\W\d_]{1,15})?(?![\w@])")

# where a listed name starts, from the post's index of word starts
# (a Greek name ends in "ς", which the lookup's casefold made "σ"; a given name
# in "-a" is declined on its stem: "fatimę", "aminy")
_NAME_WORD_AT = Anchored(
    _LOWER_NAME_WORD,
    sorted(
        {spelling for name in _LOOKUP if len(name) >= 2 for spelling in (name.lower(), re.sub("σ$", "ς", name))}
        | {name[:-1] for name in _ALL_GIVEN | _LOCAL_GIVEN if name.endswith("a") and len(name) >= 5}
    ),
)

# Details found once per post (besides ages, origins and reception centres):
# a workplace, a school, a family member, where someone lives, an arrival, a date.
_MORE_DETAIL_WORDS = (
    # workplace
    r"works at|works in|working at|works for|employed|her job|his job|arbeitet|werkt bij|werkt in|werkt als|"
    r"travaille|trabaja|lavora|pracuje|radi u|radi kao|radi v|dela v|dela kot|dolgozik|δουλεύει|εργάζεται|"
    r"работи|taħdem|jaħdem|ag obair|oibríonn|تعمل|يعمل|کار می|شاغل|"
    # a job or a workplace people are known at
    r"works nights|works days|works shifts|part-time|petrol station|shop\b|"
    r"cleans|cleaner|cleaning|waitress|waiter|carer|nurse at|factory|bakery|laundry|hairdresser|supermarket|"
    r"restaurant|café|kebab|takeaway|car wash|warehouse|farm\b|putzt|Reinigungskraft|Kellnerin|Bäckerei|"
    r"Wäscherei|Friseur|Fabrik|schoonmaakster|schoonmaker|serveerster|bakkerij|wasserette|kapper|fabriek|"
    r"femme de ménage|serveuse|boulangerie|blanchisserie|coiffeu|usine|limpiadora|camarera|panadería|"
    r"lavandería|peluquer|fábrica|pulizie|cameriera|panetteria|lavanderia|parrucchier|fabbrica|sprzątaczk|"
    r"kelnerk|piekarni|pralni|fryzjer|fabryc|čistačic|konobaric|pekar|praonic|frizer|tvornic|čistilk|"
    r"natakaric|pekarn|pralnic|frizerk|tovarn|takarít|pincérnő|pékség|mosoda|fodrász|gyár|καθαρίστρια|"
    r"σερβιτόρα|φούρνο|πλυντήριο|κομμωτήριο|εργοστάσιο|чистачка|сервитьорка|пекарна|пералня|фризьор|"
    r"фабрика|tindif|wejtress|furnar|ħasil|glantóir|freastalaí|bácús|níolann|monarcha|تنظيف|نادلة|مخبز|"
    r"مغسلة|مصنع|مطعم|نظافت|رستوران|نانوایی|آرایشگاه|کارخانه|"
    # school
    r"school|Schule|école|escuela|colegio|scuola|liceo|szkoł|škol|šol|iskol|σχολεί|училищ|skola|scoil|"
    r"مدرسة|مدرسه|kindergarten|kita|crèche|guardería|asilo nido|przedszkol|vrtić|vrtec|óvod|νηπιαγωγ|детска градина|"
    # family: a spouse, a son or a daughter (words for children, mothers or sisters in
    # general are also said of groups: "Kinder und Jugendliche", "sister organisation")
    r"husband|wife|her son|his son|daughter|Ehemann|Ehefrau|Sohn|Tochter|echtgeno|zoon|dochter|"
    r"son mari|son fils|sa fille|marido|hijo|hija|marito|figlio|figlia|mąż|męż|syn\b|syna|córk|muž|suprug|"
    r"sin\b|sina|kći|kćer|mož|hči|férj|feleség|fia\b|fiát|lánya|σύζυγ|γιος|γιο\b|κόρη|съпруг|син\b|сина|"
    r"дъщер|żewġ|ibnha|bintha|fear céile|bean chéile|iníon|زوجها|زوجته|ابنها|ابنتها|شوهر|همسر|پسرش|دخترش|"
    # where someone lives, when they arrived
    r"lives|living in|stays|staying|moved to|arrived|wohnt|angekommen|woont|verblijft|"
    r"aangekomen|habite|vit à|arrivée|arrivé|vive en|vive con|llegó|abita|vive a|arrivata|arrivato|"
    r"mieszka|przyjechał|przyjecha|živi|stanuje|stigla|stigao|prispel|lakik|él\b|érkezett|"
    r"μένει|ζει|έφτασε|живее|пристигна|tgħix|toqgħod|waslet|wasal|cónaí|tháinig|"
    r"تسكن|يسكن|تعيش|يعيش|وصلت|وصل|زندگی می|ساکن|رسید|آمد"
)
_MORE_DETAIL = re.compile(rf"(?:{_MORE_DETAIL_WORDS})", re.IGNORECASE)
_MORE_DETAIL_AT = Anchored(_MORE_DETAIL, literal_prefixes(_MORE_DETAIL_WORDS))

# The workplaces and jobs a town knows a person by (a bar, an inn, a market, a
# canteen, a greenhouse, a warehouse, a garage, a barber's, a caretaker), and
# owning a business: words also said of places and institutions ("the market",
# "el mercado"), so read only for a given name with a surname ("jason vella,
# il-barman", "стоян колев ..., собственикът на хотела").
_KNOWN_AT_WORDS = (
    r"barman|bartender|barmaid|caretaker|janitor|greenhouse|market stall|canteen|barber|car repair|"
    r"Hausmeister|Gewächshaus|Kantine|Dönerbude|Imbiss|Werkstatt|conciërge|kapsalon|"
    r"garage|cantine|serre|marché|concierge|gardien|invernadero|mercado|comedor|conserje|barbería|"
    r"mercato|mensa|serra|custode|portiere|officina|barbiere|stołówk|szklarni|magazyn|dozorc|warsztat|"
    r"gostiln|gostionic|kafić|autoservis|domar|hišnik|tržnic|menz|rastlinjak|staklenik|gondnok|piac\b|piacon|"
    r"üvegház|műhely|borbély|θερμοκήπι|λαϊκή|καφετέρι|συνεργείο|επιστάτ|оранжери|пазар|столов|сервиз|"
    r"домакин|bar\b|il-barman|suq|muisiriún|margadh|ceaintín|بيوت البلاستيك|السوق|الحلاق|حلاق|گلخانه|"
    r"بازار|سلمانی|"
    r"owner|owns|eigenaar|eigenares|Inhaber|Besitzer|propriétaire|gérant|dueño|dueña|propietari|titolare|"
    r"proprietari|właściciel|vlasnik|vlasnica|lastnik|lastnica|tulajdonos|ιδιοκτήτ|собственик|sid il-|sidt il-|"
    r"is-sid|is-sidt|garaxx|ħanut|úinéir|مالك|صاحب|مالک"
)
_KNOWN_AT = re.compile(rf"(?:{_KNOWN_AT_WORDS})", re.IGNORECASE)
_KNOWN_AT_AT = Anchored(_KNOWN_AT, literal_prefixes(_KNOWN_AT_WORDS))

# A public figure named with their office passes: "Minister Helen McEntee", "the
# Ombudsman, Ms Ní Mhurchú", "judge Maria Berger in the published judgment".
_PUBLIC_ROLE_WORDS = (
    r"minister|ministra|ministro|ministre|ministr|ministar|miniszter|υπουργ|министър|ministru|aire|وزير|وزیر|"
    r"secretary of state|state secretary|staatssecretaris|Staatssekretär|secrétaire d'état|secretari[ao] de estado|"
    r"sottosegretari|sekretarz stanu|državn[ia] tajni|államtitkár|υφυπουργ|заместник-министър|"
    r"ombudsman|ombudsperson|ombudsfrau|ombudsvrouw|nationale ombudsman|Bürgerbeauftragt|médiat|défenseur des droits|"
    r"defensor del pueblo|defensora del pueblo|difensore civico|rzecznik praw|rzeczniczka praw|pravobranitelj|"
    r"varuh|varuhinja|ombudsmann|alapvető jogok biztos|συνήγορος του πολίτη|омбудсман|"
    r"judge|justice|rechter|richter|richterin|juge|juez|jueza|magistrad|giudice|magistrat|sędzi|sudac|sutkinj|"
    r"sodnik|sodnic|bíró|δικαστ|съдия|imħallef|breitheamh|an breitheamh|قاضي|القاضي|قاضی|"
    r"president|präsident|président|presidente|prezydent|predsjednik|predsjednic|predsednik|predsednic|elnök|"
    r"πρόεδρ|президент|uachtarán|رئيس|رئيسة|رئیس|prime minister|premier|taoiseach|tánaiste|chancellor|kanzler|"
    r"bondskanselier|primer ministro|presidente del gobierno|primo ministro|premier|premijer|premier|miniszterelnök|"
    r"πρωθυπουργ|премиер|prim ministru|"
    r"mayor|burgemeester|bürgermeister|oberbürgermeister|maire|alcald|sindac|burmistrz|gradonačelni|župan|županj|"
    r"polgármester|δήμαρχ|кмет|sindku|méara|عمدة|شهردار|"
    r"commissioner|kommissar|commissaris|commissaire|comisari|commissari|komisarz|komisark|povjerenic|povjerenik|"
    r"komisar|biztos|επίτροπ|комисар|kummissarju|coimisinéir|مفوض|کمیسر|"
    r"MEP|MP|TD|senator|senador|senatore|senatrice|sénat|eurodeputad|europarlamentar|eurodéputé|"
    r"member of parliament|Abgeordnet|Kamerlid|Tweede Kamer|député|diputad|deputat|poseł|posłank|zastupni|"
    r"poslan|képviselő|βουλευτ|депутат|народен представител|membru parlamentari|teachta|نائب|نماینده|"
    r"rapporteur|rapporteuse|relator|relatrice|sprawozdawc|izvjestitelj|poročevalk|előadó|εισηγητ|докладчик|"
    r"spokesperson|spokeswoman|spokesman|woordvoer|sprecher|porte-parole|portavoz|portavoce|rzeczni|glasnogovorni|"
    r"tiskovn|szóvivő|εκπρόσωπ|говорител|kelliem|urlabhraí|متحدث|سخنگو|"
    r"professor|prof\.|dr\.|author|writer|researcher|autorin|autor|auteur|autora|autore|autorica|szerző|"
    r"συγγραφ|автор|awtur|údar|كاتب|نویسنده|ambassador|botschafter|ambassadeur|embajador|ambasciatore|ambasador|"
    r"veleposlani|nagykövet|πρέσβ|посланик|ambaxxatur|ambasadóir|سفير|سفیر|director-general|secretary-general|"
    r"generalsekretär|secretaris-generaal|secrétaire général|secretari[ao] general|segretari[ao] generale|"
    r"sekretarz generaln|glavn[ia] tajni|főtitkár|γενικ[όή]ς γραμματέ|генерален секретар"
)
# ...and so does a professional named in their role at an organisation: "our
# coordinator Anna Kowalska", "contact person: Marija Borg", "Dr. ..."
_STAFF_ROLE_WORDS = (
    r"coordinator|co-ordinator|caseworker|case worker|social worker|counsellor|counselor|psychologist|lawyer|"
    r"solicitor|volunteer|colleague|contact person|manager|director|trainer|speaker|facilitator|staff|"
    r"coördinator|maatschappelijk werker|hulpverlener|advocaat|psycholoog|collega|contactpersoon|vrijwilliger|"
    r"Koordinatorin|Koordinator|Sozialarbeiterin|Sozialarbeiter|Beraterin|Berater|Anwältin|Anwalt|Kollegin|"
    r"Kollege|Ansprechpartnerin|Ansprechpartner|Referentin|Referent|Leiterin|Leiter|coordinatrice|coordinateur|"
    r"assistante sociale|travailleuse sociale|avocate|avocat|collègue|intervenante|bénévole|responsable|"
    r"coordinadora|coordinador|trabajadora social|abogada|abogado|psicóloga|compañera|compañero|ponente|"
    r"coordinatrice|coordinatore|assistente sociale|avvocata|avvocato|psicologa|collega|operatrice|referente|"
    r"koordynatorka|koordynator|pracownica socjalna|prawniczka|prawnik|psycholożka|psycholog|koleżanka|"
    r"koordinatorica|koordinator|socijalna radnica|odvjetnica|psihologinja|kolegica|koordinatorka|"
    r"socialna delavka|odvetnica|psihologinja|sodelavka|koordinátor|szociális munkás|ügyvéd|pszichológus|"
    r"kolléga|munkatárs|συντονίστρια|συντονιστής|κοινωνική λειτουργός|δικηγόρ|ψυχολόγ|συνάδελφ|"
    r"координатор|социален работник|адвокат|психолог|колега|koordinatriċi|koordinatur|avukat|psikologu|"
    r"kollega|comhordaitheoir|oibrí sóisialta|dlíodóir|síceolaí|comhghleacaí|منسقة|منسق|أخصائية اجتماعية|"
    r"محامية|محامي|زميلت|هماهنگ‌کننده|هماهنگ کننده|مددکار|وکیل|روانشناس|همکار"
)
_PUBLIC_ROLE = re.compile(rf"(?<![\w])(?:{_PUBLIC_ROLE_WORDS}|{_STAFF_ROLE_WORDS})", re.IGNORECASE)
_PUBLIC_ROLE_AT = Anchored(_PUBLIC_ROLE, literal_prefixes(f"{_PUBLIC_ROLE_WORDS}|{_STAFF_ROLE_WORDS}"))


class _RoleWords:
    """Where the office and role words of one post are, found once from the
    index of word starts (searching the whole alternation before each name
    cost milliseconds on a long post)."""

    def __init__(self, text, lowered):
        self.starts, self.ends = [], []
        for match in _PUBLIC_ROLE_AT.finditer(text, lowered):
            self.starts.append(match.start())
            self.ends.append(match.end())

    def search(self, start, end):
        """True when a role word lies wholly within [start, end)."""
        index = bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] < end:
            if self.ends[index] <= end:
                return True
            index += 1
        return False


def _public_figure(text, start, end, roles=None):
    """Named with an office: in the words before the name, or right after it."""
    sentence_start = max(text.rfind(".", 0, start) + 1, text.rfind("\n", 0, start) + 1, start - 60)
    if roles.search(sentence_start, end) if roles is not None else _PUBLIC_ROLE.search(text, sentence_start, end):
        return True
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Δρ. Ελένη Παπαδάκη", "д-р Мария Иванова", "dott.ssa Rossi"
    after = _BEFORE_A_ROLE.match(text, end, end + 45)
    if _PUBLIC_ROLE.match(text, after.end()):
        return True
    profession = _APPOSITION_ROLE.match(text, after.end())
    # the profession at its institution: "professeure à l'Université", "ψυχίατρος του Κέντρου"
    # ("médecin guinéenne, 38 ans" and "Ärztin aus der Türkei, 41" describe a person)
    return bool(profession) and bool(_AT_AN_INSTITUTION.match(text, profession.end()))


# An academic's or a doctor's profession right after the name, as an apposition
# ("Jane Freedman, professeure à l'Université Paris 8", "Ελένη Παπαδάκη, ψυχίατρος
# του Κέντρου"): only there, since "selon son professeur, Aminata ..." names the
# professor's student.
_APPOSITION_WORDS = (
    r"professeur|professeure|profesor|profesora|professoressa|profesorka|profesorica|egyetemi tanár|καθηγ|"
    r"професор|ollamh|أستاذ|أستاذة|استاد|lecturer|docent|Dozent|maître de conférences|"
    r"psychiatrist|psychiater|psychiatre|psiquiatra|psichiatra|psychiatr|psihijatar|psihiater|pszichiáter|"
    r"ψυχίατρ|психиатър|psikjatra|síciatraí|روانپزشک|"
    r"doctor|arts|Ärztin|Arzt|médecin|médica|médico|medica|medico|lekarz|lekarka|liječni|zdravni|orvos|"
    r"γιατρ|лекар|tabib|dochtúir|طبيب|طبيبة|پزشک"
)
_APPOSITION_ROLE = re.compile(rf"(?:{_APPOSITION_WORDS})", re.IGNORECASE)
_AT_AN_INSTITUTION = re.compile(
    r"[^\W\d_]*\s+(?:(?:at|à|au|of|in|del|della|dell'|all'|alla|di|de|du|des|en|an der|am|im|der|des|bij|van|"
    r"aan|του|της|στο|στην|в|на|u|na|w|z|ta'|tal-|fil-|ag|i|في|در)\s*)?"
    r"(?:the\s+|l'|la\s+|le\s+|el\s+|il\s+|lo\s+|het\s+|de\s+)?"
    r"(?:[^\W\d_]+\s+)?"  # one adjective or name before it: "the Mater Hospital", "regionalnej"
    r"(?:universit|universid|uniwersytet|sveučilišt|univerz|egyetem|πανεπιστ|университет|ollscoil|جامعة|دانشگاه|"
    r"hospital|hôpital|CHU|ospedal|Krankenhaus|Klinik|clinic|clinique|clínica|clinica|szpital|bolnic|bolnišnic|"
    r"kórház|νοσοκομεί|болниц|sptar|ospidéal|مستشفى|بیمارستان|"
    r"cent(?:re|er|ro|rum|ar)|Zentrum|központ|κέντρ|център|ċentru|ionad|مركز|مرکز|"
    r"institut|instituto|istituto|instytut|intézet|ινστιτούτ|институт|"
    r"faculty|faculté|facultad|facoltà|Fakultät|wydział|fakultet|σχολή|факултет|(?-i:[A-ZΑ-ΩА-Я]{2,6})(?![\w]))",
    re.IGNORECASE,
)
# A doctor's or a professor's title right before the name, in the 16 languages' abbreviations
_TITLE_BEFORE = re.compile(r"(?<![\w])(?:dr|dra|dott|dott\.ssa|δρ|д-р|prof|проф|καθ)\.?\s+$", re.IGNORECASE)


# between a name and the office after it: "Ana Redondo, como ministra de ...", "X, as Minister for ..."
_BEFORE_A_ROLE = re.compile(
    r"\s*[,(–-]?\s*(?:(?:as|als|comme|como|come|jako|kao|kot|ως|като|bħala|mint|mar|بصفته|بصفتها|به عنوان)\s+)?"
    r"(?:the |der |die |de |la |el |il |le |ο |η |του |на )?"
)


class _MoreDetails:
    def __init__(self, text, lowered, pattern=_MORE_DETAIL_AT):
        self.starts = sorted({match.start() for match in pattern.finditer(text, lowered)})

    def search(self, start, end):
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end


# The end of a sentence; a one-letter abbreviation is none ("от с. Равда", "ul. X")
_SENTENCE_END = re.compile(r"(?:(?<!\b[^\W\d_])\.|[!?؟\n])(?:\s|$)")


def _sentence(text, start, end, before=80, after=110):
    left = max(0, start - before)
    right = min(len(text), end + after)
    for stop in _SENTENCE_END.finditer(text[left:start]):
        left_candidate = left + stop.end()
        if left_candidate <= start:
            left = left_candidate
    stop = _SENTENCE_END.search(text[end:right])
    if stop:
        right = end + stop.start()
    return left, right


# An organisation, a school or a prize named after a person: "Fundación Ana
# Bella", "Sophie-Scholl-Schule", "Fundacja im. Marii Konopnickiej", "Casa Marta"
_NAMED_AFTER = re.compile(
    r"(?:im\.|imienia|named after|benannt nach|genoemd naar|nommée? d'après|intitulad[ao] a|intitolat[ao] a|"
    r"nazvan[ao]? po|poimenovan[ao]? po|nevét viseli|ονομάστηκε|на името на|Casa|Haus|House|Huis|Maison|Dom|"
    r"Kuća|Hiša|Ház|Σπίτι|Къща|Dar|Prize|Preis|Prijs|Prix|Premio|Nagroda|Nagrada|Díj|Βραβείο|Награда|Award|"
    # a foundation named after its founder: "Fundación Ana Bella", "Fundacja Anny Dymnej"
    r"Fundación|Fundació|Fundacja|Fundacija|Zaklada|Foundation|Stiftung|Fondation|Fondazione|Stichting|"
    r"Alapítvány|Ίδρυμα|Фондация|Fondazzjoni)\s*$"
)
_CAP_NEIGHBOUR = re.compile(r"[^\W\d_][\w'’-]*")


_QUESTION_OR_END = re.compile(r"[.!?؟]")


def _in_organisation_name(text, start, end):
    if _NAMED_AFTER.search(text, max(0, start - 25), start):
        return True
    # (an organisation's name runs on in its sentence, not past a question or a full
    # stop: "Kennt jemand Blessing Okafor? Nigerianerin, Anfang 30" names a person)
    stop = _QUESTION_OR_END.search(text, end, min(len(text), end + 30))
    after_end = stop.start() if stop else min(len(text), end + 30)
    around = [word for word in _CAP_NEIGHBOUR.finditer(text, max(0, start - 30), start) if len(word.group()) > 3][-2:]
    around += [*_CAP_NEIGHBOUR.finditer(text, end, after_end)][:2]
    return any(word.group()[:1].isupper() and _not_a_name(word.group().casefold()) for word in around)


# The word after a given name, with a particle before a surname: "fatima el
# amrani", "mohammed al-saleh", "omar ben ali"
_NEXT_NAME = re.compile(r"\s+(?:(?:el|al|ben|bin|abu|ould)\s+)?([^\W\d_][\w'’-]{1,20})")
_SURNAME_PARTICLE = re.compile(r"(?:el|al|ben|bin|abu|ould)[-‐]")
# Surnames known by their ending, after a listed given name: Greek "-ίδης",
# "-όπουλος", "-άκης" (and the women's forms; also in Latin letters), Bulgarian "-ов"/"-ев",
# Croatian and Serbian "-ić", Polish "-ski"/"-cka", Ukrainian "-enko"/"-chuk"
# (read folded: no accents, "ς" as "σ")
_SURNAME_ENDING = re.compile(
    r"[^\W\d_]{2,}(?:ιδησ|ιαδησ|οπουλοσ|οπουλου|ακησ|ακη|ιδου|idis|iadis|opoulos|opoulou|akis|ов|ев|ова|ева|ич|ic|"
    r"ski|cki|dzki|ska|cka|dzka|enko|енко|chuk|czuk|чук)",
    re.IGNORECASE,
)
# Case endings of a given name in Polish, Croatian, Slovene, Greek (read
# folded: "ę" as "e"): "dawita", "marka", "fatimę", "γιώργο"
_CASE_ENDINGS = ("a", "u", "e", "y", "i", "em", "om", "owi", "ovi", "o", "ου", "ą")


def _is_surname(word):
    folded = fold_name(word)
    if folded in _ALL_GIVEN and folded not in _WORDS_TOO:
        return True  # a father's name after one's own: "ali hassan", "omar ibrahim"
    if folded in _SURNAMES or fold_name(_SURNAME_PARTICLE.sub("", word, count=1)) in _SURNAMES:
        return True
    return len(word) >= 5 and bool(_SURNAME_ENDING.fullmatch(folded))


def _inflected_given(folded):
    return any(
        folded.endswith(ending)
        and len(folded) - len(ending) >= 4
        and bool({folded[: -len(ending)], folded[: -len(ending)] + "a"} & (_ALL_GIVEN | _LOCAL_GIVEN))
        for ending in _CASE_ENDINGS
    )


def _past_a_question(text, end, right, reach=30):
    """A name asked after ("anyone heard from ahmad rezaei? afghan, early
    20s, ..."): the question's answer, the next sentence, describes them."""
    if right < len(text) and text[right] in "?؟" and right - end <= reach:
        stop = re.search(r"[.!?؟\n](?:\s|$)", text[right + 1 : right + 140])
        return right + 1 + (stop.start() if stop else min(len(text) - right - 1, 140))
    return right


# The first word of a place's name, before a word that is also a surname:
# "Ciutat Vella", "Città Alta", "Ciudad Real", "Bad Ischl", "Stari Grad", "Baile Átha".
_PLACE_NAME_HEAD_WORDS = """
    ciutat città ciudad city stadt ville cité grad miasto mesto město város πόλη град belt baile cala villa
    vila porto puerto port santa san sankt saint sant são st. nova nowa stara stari novi nuevo nueva bad alt
    neu valle monte mont borgo castel castello castell
"""
_PLACE_NAME_HEADS = frozenset(_PLACE_NAME_HEAD_WORDS.split())


def listed_names_with_detail(text, lowered, details):
    """A given name and surname, or a surname from the lists after a capitalised
    given name, with a detail anywhere in the sentence; in lower case a given
    name needs a surname (listed, of a known ending, or a father's given name)
    or an age right after it. A name with a surname also takes its detail from
    the sentence after a question about them, and from a workplace or a
    business they own (_KNOWN_AT_WORDS)."""
    more = known_at = None
    for match in _NAME_WORD_AT.finditer(text, lowered):
        word = match.group()
        folded = fold_name(word)
        if word.casefold() not in _LOOKUP and not _inflected_given(folded):
            continue
        given = folded in _ALL_GIVEN
        nxt = _NEXT_NAME.match(text[match.end() : match.end() + 30])
        next_is_surname = bool(nxt) and _is_surname(nxt.group(1))
        if not given and next_is_surname and (folded in _LOCAL_GIVEN or _inflected_given(folded)):
            given = True  # "marko jurić"; "od dawita tesfaye": a given name declined before a listed surname
        elif not given and folded in _SURNAMES and nxt and fold_name(nxt.group(1)) in _ALL_GIVEN | _LOCAL_GIVEN:
            given = next_is_surname = True  # surname first, as in Hungarian: "horváth józsef"
        if not given and folded not in _SURNAMES:
            continue
        capital = word[:1].isupper()
        scriptless = word[:1].lower() == word[:1].upper()
        end = match.end() + (nxt.end() if next_is_surname else 0)
        if not (capital or scriptless):
            # lower case: a surname from the list after, or an age right after an unambiguous given name
            age_after = re.match(r"\s*[,(]\s*\d{1,2}\s*[,)]", text[end : end + 8])
            if not (given and next_is_surname) and not (given and folded not in _WORDS_TOO and age_after):
                continue
        elif not given:
            # a surname alone: after a capitalised word (a given name off the list)
            before = re.search(r"([^\W\d_][\w'’-]{1,20})\s+$", text[max(0, match.start() - 25) : match.start()])
            if not before or not (
                before.group(1)[:1].isupper() or before.group(1)[:1].lower() == before.group(1)[:1].upper()
            ):
                continue
            if _not_a_name(before.group(1).casefold()) or before.group(1).casefold() in _PLACE_NAME_HEADS:
                continue  # "Ciutat Vella", "Città Vecchia", "Santa Venera": a place's name
        elif not next_is_surname and folded in _WORDS_TOO:
            continue
        if (capital or scriptless) and _in_organisation_name(text, match.start(), end):
            continue
        left, right = _sentence(text, match.start(), end)
        if next_is_surname:
            right = _past_a_question(text, end, right)
        if details.search(left, right) is not None:
            yield match.start(), end
            continue
        if not (next_is_surname or not given):
            if scriptless:
                continue  # Arabic script has no capitals: a given name alone may be anything's name
            # a given name alone: only a close detail of the new kinds
            right = min(right, end + 50)
        if more is None:
            more = _MoreDetails(text, lowered)
        if more.search(left, right):
            yield match.start(), end
            continue
        if next_is_surname and given:
            if known_at is None:
                known_at = _MoreDetails(text, lowered, _KNOWN_AT_AT)
            if known_at.search(left, right):
                yield match.start(), end


# --- the seventh round: a person described by who they are to someone --------------
#
# "gerrit van der meulen (de echtgenoot, 52, ...)", "jean-marc de la fontaine (le
# mari, 49 ans, ...)", "tomasza kowalczyka (mąż, 46 lat, ...)": words in brackets
# that say who the person is to the survivor (a husband, a father, an employer)
# and their age identify whoever the words before the bracket name, in any case
# and any grammar. The age may come first: "(45, the husband)".
_RELATION_WORDS = (
    r"husband|wife|partner|ex-partner|ex-husband|ex-wife|ex|boyfriend|girlfriend|father|mother|brother|sister|"
    r"son|daughter|uncle|cousin|stepfather|employer|boss|landlord|"
    r"fear céile|bean chéile|athair|máthair|deartháir|deirfiúr|fostóir|"
    r"echtgenoot|echtgenote|man|vrouw|vriend|vriendin|vader|moeder|broer|zus|oom|werkgever|baas|huisbaas|"
    r"ehemann|ehefrau|mann|frau|freund|freundin|vater|mutter|bruder|schwester|onkel|arbeitgeber|chef|vermieter|"
    r"mari|époux|épouse|femme|conjoint|compagnon|copain|père|mère|frère|sœur|oncle|employeur|patron|"
    r"marido|esposo|esposa|mujer|pareja|novio|padre|madre|hermano|hermana|tío|empleador|jefe|patrón|casero|"
    r"marito|moglie|compagno|fidanzato|fratello|sorella|zio|datore di lavoro|capo|padrone|"
    r"mąż|żona|konkubent|ojciec|matka|brat|siostra|wujek|pracodawca|szef|"
    r"muž|suprug|supruga|žena|otac|majka|sestra|ujak|poslodavac|šef|"
    r"mož|oče|mati|stric|delodajalec|"
    r"férj|feleség|élettárs|apa|anya|báty|öccs|nővér|nagybácsi|munkáltató|főnök|"
    r"σύζυγος|άντρας|σύντροφος|πατέρας|μητέρα|αδελφός|αδερφός|θείος|εργοδότης|αφεντικό|"
    r"съпруг|съпруга|мъж|партньор|баща|майка|брат|сестра|чичо|работодател|шеф|"
    r"żewġ|mara|sieħeb|missier|omm|ħu|oħt|ziju|min iħaddem|"
    r"الزوج|الزوجة|زوج|زوجها|الأب|الأم|الأخ|العم|صاحب العمل|شوهر|همسر|پدر|مادر|برادر|عمو|کارفرما"
)
_ARTICLE = r"(?:the|her|his|an|de|der|die|le|la|el|il|lo|l'|ο|η|o|a|az|al|l-|il-|is-|ix-|ir-|iż-|ż-|r-)"
_BRACKET_AGE = r"(?!0)\d{1,2}(?!\d)"
_DESCRIBED = re.compile(
    rf"\(\s*(?:{_ARTICLE}\s*)?(?:{_RELATION_WORDS})\s*[,;]\s*{_BRACKET_AGE}"
    rf"|\(\s*{_BRACKET_AGE}\s*[^\W\d_]{{0,8}}\s*[,;]\s*(?:{_ARTICLE}\s*)?(?:{_RELATION_WORDS})(?!\w)",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]{0,25}\s){1,4}$")

# A person named as the owner of a business, which a town knows them by: "Boris
# Zupan, lastnik gostilne v Bovcu", "Ο Σπύρος Μαυρίδης, ιδιοκτήτης του φούρνου",
# "Szabó László, a hévízi panzió tulajdonosa", "Yannis Papadakis، مالك فندق".
_OWNER_WORDS = (
    r"owner|owns|runs the|eigenaar|eigenares|inhaber|inhaberin|besitzer|besitzerin|eigentümer|propriétaire|"
    r"gérant|gérante|dueño|dueña|propietari|titolare|proprietari|gestore|właściciel|vlasnik|vlasnica|"
    r"lastnik|lastnica|tulajdonos|üzemeltet|ιδιοκτήτ|собственик|собственичка|sid il-|sidt il-|proprjetarj|"
    r"úinéir|مالك|مالكة|صاحب|صاحبة|مالک|صاحب"
)
_OWNER = re.compile(rf"(?<![\w])(?:{_OWNER_WORDS})", re.IGNORECASE)
_OWNER_AT = Anchored(_OWNER, literal_prefixes(_OWNER_WORDS))
_NAME_PAIR_BEFORE = re.compile(
    rf"[{_UPPER}](?<![\w].)[{_LOWER}'’-]{{1,20}}\s+[{_UPPER}][{_LOWER}'’-]{{1,20}}(?=\s*[,،](?:[^,،.;!?\n]{{0,30}})$)"
)
# Arabic script has no capitals: two or three words then a comma and an age,
# "رنا الخليل، ٢٧ سنة"
_SCRIPT_NAME_AGE = re.compile(
    r"(?<![\w])[\u0620-\u064a\u067e-\u06d3]{2,15}(?:\s[\u0620-\u064a\u067e-\u06d3]{2,15}){1,2}\s*[،,]\s*"
    r"(?!0)\d{1,2}\s*(?:سنة|سنوات|عاما|عامًا|عام|ساله|سال)(?!\w)"
)


def described_persons(text, lowered, roles=None):
    """(start, end) of a person described by their relation and age in
    brackets, named as a business's owner, or named in Arabic script with
    an age."""
    for match in _DESCRIBED.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        yield (before.start() if before else match.start()), match.end()
    for match in _OWNER_AT.finditer(text, lowered):
        name = _NAME_PAIR_BEFORE.search(text, max(0, match.start() - 75), match.start())
        if name is None:
            continue
        words = [word.casefold() for word in name.group().split()]
        if any(_not_a_name(word) for word in words) or _public_figure(text, name.start(), name.end(), roles=roles):
            continue
        yield name.start(), match.end()
    for match in _SCRIPT_NAME_AGE.finditer(text):
        yield match.span()
