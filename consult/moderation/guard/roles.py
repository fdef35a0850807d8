"""Who a sentence is about: a public service or office, or a person.

The public numbers and addresses of services and offices (a police station,
a court, an immigration office, a town hall, a hospital, an embassy, a
helpline) are published and identify no one; a number or an address in a
sentence about a person ("her", "his", "the client", "her mobile") may.
Used by the phone and address scans: a fixed-line number or an address in a
sentence that names a public office and no person (nor a shelter) passes.
Ombudsmen and equality bodies are offices; a helpline named as one
("helpline", "SOS ...", "numero verde") publishes its fixed line too, and
other support services' numbers pass by being listed (public.py), as
moderators and offices keep them.
"""

import re
from bisect import bisect_left

from .anchors import Anchored, literal_prefixes
from .places import PERSONAL_PLACE
from .registers import ORGANISATION_AT

_PUBLIC_SERVICE_WORDS = (
    # en, ga
    r"police station|garda station|stáisiún na ngardaí|police|garda|gardaí|court|courthouse|tribunal|"
    r"immigration office|immigration service|passport office|embassy|consulate|town hall|city hall|"
    r"council|municipality|county council|hospital|health centre|health center|"
    r"social services|social welfare|intreo|job centre|jobcentre|reception centre|"
    r""
    r"ministry|department of|office of|"
    # a ministry's department: "il Dipartimento per le Pari Opportunità", "el Departamento de ..."
    r"dipartimento|departamento|département ministériel|departament|dipartiment|"
    r"ombudsman|ospidéal|comhairle|oifig|home office|public enquiries|"
    # nl, de
    r"politiebureau|politie|rechtbank|gerechtshof|gemeente|stadhuis|ziekenhuis|huisartsenpost|"
    r"ambassade|consulaat|"
    r"Polizeidienststelle|Polizeirevier|Polizeiinspektion|Polizei|Amtsgericht|Landgericht|Verwaltungsgericht|"
    r"Gericht|Ausländerbehörde|Bezirksamt|Rathaus|Bürgeramt|Landratsamt|Jugendamt|Sozialamt|Jobcenter|"
    r"Krankenhaus|Klinikum|Botschaft|Konsulat|"
    # fr, es, it
    r"commissariat|gendarmerie|préfecture|sous-préfecture|tribunal|mairie|hôtel de ville|hôpital|"
    r"ambassade|consulat|"
    r"comisaría|policía|guardia civil|juzgado|tribunal|ayuntamiento|oficina de extranjería|extranjería|"
    r"hospital|centro de salud|embajada|consulado|servicios sociales|"
    r"questura|commissariato|carabinieri|polizia|tribunale|prefettura|comune|municipio|ospedale|"
    r"ambasciata|consolato|servizi sociali|"
    # pl, hr, sl, hu
    r"komisariat|komenda|policj|sąd|urząd|Urząd do Spraw Cudzoziemców|ratusz|szpital|ambasad|"
    r"konsulat|ośrodek pomocy społecznej|"
    r"policijsk[ae] postaj|policij|sud\b|općin|gradsk[ao] upra|bolnic|dom zdravlja|veleposlanstv|konzulat|"
    r"centar za socijaln|sodišč|upravna enota|občin|bolnišnic|zdravstveni dom|center za socialno delo|"
    r"rendőrkapitányság|rendőrség|bíróság|kormányhivatal|hivatal|"
    # public agencies and authorities
    r"Behörde|agency|agentschap|agence|agencia|agenzia|agencj|agencij|ügynökség|агенция|aġenzija|"
    r"gníomhaireacht|وكالة|önkormányzat|polgármesteri hivatal|kórház|"
    r"nagykövetség|konzulátus|"
    # el, bg, mt
    r"αστυνομικό τμήμα|αστυνομία|δικαστήριο|υπηρεσία ασύλου|δήμο|δημαρχείο|νοσοκομείο|κέντρο υγείας|πρεσβεία|"
    r"προξενείο|"
    r"районно управление|полиция|съд|община|кметство|болница|посолство|консулство|"
    r"Държавна агенция за бежанците|дирекция социално подпомагане|"
    r"għassa|pulizija|qorti|kunsill lokali|sptar|ċentru tas-saħħa|ambaxxata|konsolat|"
    r""
    # ar, fa
    r"مركز الشرطة|قسم الشرطة|الشرطة|محكمة|المحكمة|البلدية|مستشفى|المستشفى|مركز صحي|السفارة|سفارة|القنصلية|"
    r"مكتب الهجرة|"
    r"کلانتری|پلیس|دادگاه|شهرداری|بیمارستان|سفارت|کنسولگری|اداره مهاجرت|"
    # ombudsmen and equality bodies: public offices that take complaints
    r"ombudsperson|ombudsvrouw|Bürgerbeauftragt|Volksanwalt|Antidiskriminierungsstelle|défenseur des droits|"
    r"médiateur|defensor del pueblo|defensora del pueblo|síndic de greuges|difensore civico|rzecznik praw|"
    r"equality commission|human rights commission|equality and human rights|rechten van de mens|"
    r"Institut für Menschenrechte|commission nationale consultative|garante dei|garante per|garante nazionale|"
    r"garante regionale|rzecznika praw|rzecznikiem praw|"
    r"pravobranitelj|varuh človekovih pravic|varuh pravic|zagovornik načela enakosti|alapvető jogok biztos|"
    r"egyenlő bánásmód|συνήγορος του πολίτη|омбудсман|комисия за защита от дискриминация|"
    r"kummissjoni nazzjonali għall-promozzjoni|an tombudsman|coimisiún na héireann um chearta|"
    r"ديوان المظالم|أمين المظالم|بازرس|"
    # asylum and foreigners' offices, and the large aid organisations, whose lines are published
    r"asylum office|asylum service|oficina de asilo|asilo y refugio|commissione territoriale|ufficio immigrazione|"
    r"idegenrendészet|főigazgatóság|služba za strance|oddelek za tujce|υπηρεσία ασύλου|агенция за бежанците|"
    r"ħarsien internazzjonali|اداره اتباع|اداره|"
    r"Caritas|Diakonie|Red Cross|Rode Kruis|Rotes Kreuz|Croix-Rouge|Cruz Roja|Croce Rossa|Czerwony Krzyż|"
    r"Crveni križ|Rdeči križ|Vöröskereszt|Ερυθρός Σταυρός|Червения кръст|Червен кръст|Salib l-Aħmar|"
    r"Crois Dhearg|الصليب الأحمر|الهلال الأحمر|هلال احمر|صلیب سرخ|"
    # public venues where meetings are held: their address is published
    r"community centre|community center|civic centre|civic offices|buurthuis|wijkcentrum|Bürgerhaus|"
    r"Stadtteilzentrum|Gemeindezentrum|maison des associations|centre social|centro cívico|centro social|"
    r"casa delle donne|casa del quartiere|centro sociale|dom kultury|centrum społeczne|društveni dom|kulturni dom|"
    r"közösségi ház|művelődési ház|πνευματικό κέντρο|κέντρο κοινότητας|читалище|ċentru komunitarju|ionad pobail|"
    r"المركز المجتمعي|مركز مجتمعي|خانه فرهنگ|سرای محله|"
    # the writer's own organisation's office ("our office", "ons kantoor"): its landline is published
    r"our office|ons kantoor|onze balie|unser Büro|unsere Beratungsstelle|notre bureau|notre permanence|"
    r"nuestra oficina|nuestra sede|il nostro ufficio|la nostra sede|nasze biuro|naš ured|naša pisarna|"
    r"irodánk|το γραφείο μας|нашият офис|офисът ни|l-uffiċċju tagħna|ár n-oifig|مكتبنا|دفتر ما|"
    # helplines by name: a fixed line that a helpline publishes ("SOS homophobie au 01 48 ...")
    r"helpline|hotline|hulplijn|hilfetelefon|ligne d'écoute|ligne d'urgence|línea de ayuda|línea de atención|"
    r"linea d'ascolto|numero verde|telefon zaufania|linia pomocy|telefon za pomoć|linija za pomoć|"
    r"telefon za pomoč|segélyvonal|γραμμή βοήθειας|γραμμή στήριξης|гореща линия|горещата линия|"
    r"телефонна линия|телефонната линия|"
    r"linja ta' għajnuna|líne chabhrach|líne cabhrach|خط مساعدة|خط المساعدة|خط ساخن|الخط الساخن|خط کمک|"
    r"خط امداد"
)
# acronyms only in capitals and as whole words ("CHU" is in "Church")
_PUBLIC_SERVICE_ACRONYMS = (
    r"SOS|Tusla|IPAS|IPO|IND|COA|Fedasil|OCMW|CAW|BAMF|OFII|OFPRA|CPAS|CHU|ASL|MOPS|OPS|MUP|ΕΚΑΒ|МВР|ДАБ|AWAS"
)
_PUBLIC_SERVICE = re.compile(rf"(?i:{_PUBLIC_SERVICE_WORDS})|(?<![\w])(?:{_PUBLIC_SERVICE_ACRONYMS})(?![\w])")
_PUBLIC_SERVICE_AT = Anchored(
    _PUBLIC_SERVICE,
    [prefix for prefix in literal_prefixes(f"{_PUBLIC_SERVICE_WORDS}|{_PUBLIC_SERVICE_ACRONYMS}") if len(prefix) >= 3],
)

# A person, or a personal line: the number or the address is someone's.
_PERSON_WORDS = (
    r"her|his|she|he|hers|him|my|mine|client|survivor|victim|ex|boyfriend|partner|husband|wife|brother|sister|"
    r"mother|father|son|daughter|mobile|cell|private|personal|whatsapp|lives|home(?! office)|"
    r"ihr|ihre|ihren|ihrer|sein|seine|seinen|seiner|Klientin|Klient|Handy|privat|wohnt|"
    r"haar|zijn|hij|cliënte|cliënt|mobiel|gsm|privé|woont|"
    r"elle|lui|cliente|portable|privé|habite|"
    r"ella|él|móvil|celular|particular|vive|"
    r"lei|suo|sua|cellulare|privato|abita|"
    r"jej|jego|niej|nią|niego|nim|jemu|ona|klientka|klient|komórk|prywatn|mieszka|"
    r"njoj|nju|njega|njemu|njezin|njezina|njen|njena|njegov|njegova|klijentica|klijent|stranka|mobitel|mobilni|privatni|živi|"
    r"mobi|zasebn|stanuje|"
    r"ügyfél|ügyfelünk|mobil|magán|lakik|"
    # "της", "του" are "her", "his" after a noun ("το κινητό της είναι", "η διεύθυνσή του: ..."); before a
    # noun they are the genitive article ("Συνήγορος του Πολίτη", "η γραμμή του συλλόγου")
    r"(?:της|του)(?=\s*(?:[\d.,:;!?)»]|$)|\s+(?:είναι|ήταν|έχει|είχε|στο|στη|στην|και|με|σε|που|δεν|"
    r"το|τη|την|τον|μένει|ζει|είπε)(?!\w))|αυτή|αυτός|πελάτισσα|κινητό|προσωπικό|μένει|"
    r"нейн|нейния|негов|тя|той|клиентка|мобилен|личен|живее|"
    r"tagħha|tiegħu|hija|huwa|mowbajl|privat|toqgħod|"
    r"a fón póca|fón póca|cónaí|"
    r"لها|رقمها|رقمه|هاتفها|هاتفه|جوال|جوالها|موبايل|موكلت|تسكن|يسكن|"
    r"او|شماره‌اش|شماره اش|موبایل|همراه|موکل|زندگی|"
    # a relative: "called her daughter at", "a llamado a su marido al"
    r"echtgenoot|dochter|zoon|moeder|vader|zus|broer|Ehemann|Tochter|Sohn|Mutter|Vater|Schwester|Bruder|"
    r"mari|époux|épouse|fille|fils|mère|père|sœur|frère|marido|esposo|esposa|hija|hijo|madre|padre|hermana|"
    r"hermano|marito|moglie|figlia|figlio|sorella|fratello|mąż|męża|córka|córki|syna|matka|ojciec|siostra|"
    r"brat|muž|suprug|supruga|kći|kćer|majka|otac|sestra|mož|hči|mama|oče|férje|felesége|lánya|fia|"
    r"anyja|apja|testvére|σύζυγος|κόρη|γιος|μητέρα|πατέρας|αδελφή|αδερφή|αδελφός|αδερφός|съпруг|съпруга|"
    r"дъщеря|майка|баща|сестра|брат|żewġha|martu|bintha|ibnha|ommha|missierha|oħtha|ħuha|fear céile|"
    r"iníon|máthair|athair|deirfiúr|deartháir|زوجها|زوجته|ابنتها|ابنها|أمها|أبوها|أختها|أخوها|شوهرش|همسرش|"
    r"دخترش|پسرش|مادرش|پدرش|خواهرش|برادرش|"
    r"ihres|seines|Mannes|Ehemannes|Exmann|Ex-Mann|Exfreund|ѝ|бившия|бившият|бившата|"
    # a home line: "numer domowy", "kućni broj", "домашния номер", "n-numru tad-dar"
    r"domowy|domowego|domowym|kućni|kućnog|domači|otthoni|домашен|домашния|tad-dar|"
    # a family, people staying or sleeping somewhere
    r"they|them|their|family|familie|Familie|famille|familia|famiglia|rodzina|rodzin|obitelj|družina|család|"
    r"οικογένεια|семейство|familja|teaghlach|عائلة|العائلة|خانواده|stays|staying|sleeps|sleeping|shelter|"
    r"slaapt|verblijft|schläft|übernachtet|dort|duerme|dorme|śpi|spava|spi|alszik|κοιμάται|спи|torqod|"
    r"codlaíonn|تنام|ينام|می‌خوابد"
)
# where someone lives: a floor, a flat, a door, a room
_HOME_PARTS = (
    r"floor|flat|apartment|door|house|room|bell|Etage|Stock|Wohnung|Tür|Klingel|verdieping|etage|appartement|"
    r"deur|bel|kamer|étage|porte|piso|planta|puerta|piano|appartamento|interno|citofono|piętro|mieszkanie|"
    r"drzwi|kat|stan|vrata|nadstropje|stanovanje|emelet|lakás|ajtó|όροφος|διαμέρισμα|πόρτα|етаж|апартамент|"
    r"врата|sular|appartament|bieb|urlár|árasán|doras|طابق|شقة|الطابق|الشقة|طبقه|واحد|آپارتمان"
)
_PERSONAL_WORDS = f"{_PERSON_WORDS}|{_HOME_PARTS}"
_PERSONAL = re.compile(rf"(?<![\w])(?:{_PERSONAL_WORDS})(?![\w])", re.IGNORECASE)
# a person or a relative, leaving out the parts of a building: an office too has a floor and a door
_A_PERSON = re.compile(rf"(?<![\w])(?:{_PERSON_WORDS})(?![\w])", re.IGNORECASE)

# An organisation's own office, named as such: "Geschäftsstelle", "our office",
# "notre siège", "la nostra sede", "nasze biuro", "τα γραφεία μας", "مقرنا".
# Its address, floor and access are published for visitors.
_OFFICE_WORDS = (
    r"our office|our offices|our new office|head office|registered office|headquarters|oifig|ár n-oifig|"
    r"ons kantoor|ons bureau|ons secretariaat|hoofdkantoor|Geschäftsstelle|unser Büro|"
    r"unsere Büros|Vereinssitz|notre siège|nos locaux|notre bureau|siège social|nuestra sede|nuestras oficinas|"
    r"sede social|la nostra sede|sede legale|sede operativa|i nostri uffici|nasze biuro|siedziba|naš ured|"
    r"sjedište|naša pisarna|sedež|irodánk|székhely|székhelye|τα γραφεία μας|έδρα|офисът ни|"
    r"нашият офис|седалище|l-uffiċċju tagħna|مقرنا|مكتبنا|مقر الجمعية|دفتر ما|دفتر انجمن"
)
_OFFICE = re.compile(rf"(?<![\w])(?:{_OFFICE_WORDS})(?![\w])", re.IGNORECASE)
_OFFICE_AT = Anchored(_OFFICE, literal_prefixes(_OFFICE_WORDS))
OFFICE_REACH = 80
# a dwelling, never an office: "Wohnung", "flat", "piso", "mieszkanie"
_DWELLING = re.compile(
    r"(?<![\w])(?:flat|apartment|house|room|Wohnung|appartement|kamer|piso|appartamento|mieszkanie|stan|"
    r"stanovanje|lakás|διαμέρισμα|апартамент|appartament|árasán|شقة|الشقة|آپارتمان)(?![\w])",
    re.IGNORECASE,
)


# A sentence ends at a full stop before a capital ("tel. 051" is no end), or at a line break.
_SENTENCE_END = re.compile(r"[.!?؟](?=\s+[A-ZÀ-ÖØ-ÞΑ-ΩА-Я\u0600-\u06ff])|\n")


# "ul.", "ул.", "str.", "bd.", "tel.": a short word in small letters before a
# full stop is an abbreviation ("ул. Джордж Вашингтон 22"), not a sentence's end
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[\s(])[^\W\d_]{1,3}$")


def _named_in(positions, left, right):
    index = bisect_left(positions, left)
    return index < len(positions) and positions[index] < right


def _ends_a_sentence(text, stop):
    if text[stop.start()] != ".":
        return True
    word = _ABBREVIATION_BEFORE.search(text, max(0, stop.start() - 4), stop.start())
    return not (word and word.group().strip(" (").islower())


def _sentence_bounds(text, start, end, before=120, after=100):
    left = max(0, start - before)
    right = min(len(text), end + after)
    for stop in reversed(list(_SENTENCE_END.finditer(text, left, start))):
        if _ends_a_sentence(text, stop):
            left = stop.end()
            break
    for stop in _SENTENCE_END.finditer(text, end, right):
        if _ends_a_sentence(text, stop):
            right = stop.start()
            break
    return left, right


class Sentences:
    """The public-service words of one post, found once, and the test for a sentence."""

    def __init__(self, text, lowered):
        self.text = text
        self.services = [match.start() for match in _PUBLIC_SERVICE_AT.finditer(text, lowered)]
        self.organisations = [match.start() for match in ORGANISATION_AT.finditer(text, lowered)]
        self.lowered = lowered
        self.offices = None  # found when an address asks
        # each number's sentence found once, each sentence judged once (the phone
        # scan asks twice for a number, and a post full of numbers for one sentence many times)
        self._bounds = {}
        self._judged = {}
        self._public_numbers = {}

    def about_a_public_service(self, start, end):
        """The sentence around [start, end) names a public service, office or
        helpline and no person."""
        if not self.services:
            return False
        if (start, end) not in self._bounds:
            self._bounds[start, end] = _sentence_bounds(self.text, start, end)
        left, right = self._bounds[start, end]
        index = bisect_left(self.services, left)
        if not (index < len(self.services) and self.services[index] < right):
            return False
        if (left, right) not in self._judged:
            self._judged[left, right] = not (
                _PERSONAL.search(self.text, left, right) or PERSONAL_PLACE.search(self.text, left, right)
            )
        return self._judged[left, right]

    def about_an_organisations_office(self, start, end):
        """The sentence around [start, end) names an organisation's own
        office ("Geschäftsstelle jetzt Oranienstraße 34, 3. Etage", "notre
        siège est au ...") and no person, relative, dwelling or shelter: its
        floor and door are for visitors, not a home's."""
        if self.offices is None:
            self.offices = [match.start() for match in _OFFICE_AT.finditer(self.text, self.lowered)]
        if not self.offices:
            return False
        if (start, end) not in self._bounds:
            self._bounds[start, end] = _sentence_bounds(self.text, start, end)
        left, right = self._bounds[start, end]
        # the office is named before its address ("Geschäftsstelle jetzt Oranienstraße 34"); an
        # address before it is someone's ("kastanienweg 7a bei Yilmaz — post über unsere Geschäftsstelle")
        if not _named_in(self.offices, max(left, start - OFFICE_REACH), start):
            return False
        return not (
            _A_PERSON.search(self.text, left, right)
            or PERSONAL_PLACE.search(self.text, left, right)
            or _DWELLING.search(self.text, left, right)
            or _STAFF.search(self.text, left, right)
        )

    def beside_public_numbers(self, start, end, is_public):
        """The sentence lists this number with public ones and names no person."""
        return _lists_public_numbers(self, start, end, is_public)

    def about_an_organisation(self, start, end):
        """The sentence around [start, end) names an organisation (an
        association, a foundation, a Verein, an udruga ...) and no person,
        relative, home or member of its staff: the organisation's own line
        ("Fundacja Centrum Praw Kobiet, tel. 22 621 35 37")."""
        if not self.organisations:
            return False
        if (start, end) not in self._bounds:
            self._bounds[start, end] = _sentence_bounds(self.text, start, end)
        left, right = self._bounds[start, end]
        if not _named_in(self.organisations, left, right):
            return False
        return not (
            _PERSONAL.search(self.text, left, right)
            or PERSONAL_PLACE.search(self.text, left, right)
            or _STAFF.search(self.text, left, right)
        )


# A public number written out in a sentence: 112, 116 000, 016, 3919 (three to six digits alone)
_SHORT_NUMBER = re.compile(r"(?<![\w+/.,-])\d{3}(?:\s?\d{3})?(?![\w/]|[.,]\d)")


def _lists_public_numbers(sentences, start, end, is_public):
    """The sentence around [start, end) gives another number that is public
    (112, a 116 number, a listed helpline) and names no person, relative,
    home or member of staff: a list of services' lines ("La Strada (handel
    ludźmi) 22 628 99 99 ... razem ze 112")."""
    if (start, end) not in sentences._bounds:
        sentences._bounds[start, end] = _sentence_bounds(sentences.text, start, end)
    left, right = sentences._bounds[start, end]
    text = sentences.text
    if (left, right) not in sentences._public_numbers:
        # each sentence read once: where its public numbers are, if it names no one
        positions = [match.start() for match in _SHORT_NUMBER.finditer(text, left, right) if is_public(match.group())]
        if positions and (
            _PERSONAL.search(text, left, right)
            or PERSONAL_PLACE.search(text, left, right)
            or _STAFF.search(text, left, right)
        ):
            positions = []
        sentences._public_numbers[left, right] = positions
    return any(not (start <= position < end) for position in sentences._public_numbers[left, right])


# Someone who works at an organisation: their line is theirs, not the organisation's.
_STAFF = re.compile(
    r"(?<![\w])(?:coordinator|co-ordinator|worker|volunteer|colleague|director|manager|direct line|direct dial|"
    r"extension|ext\.|coördinator|medewerker\w*|vrijwilliger\w*|collega|doorkiesnummer|Mitarbeiter\w*|"
    r"Kolleg\w*|Durchwahl|coordinatrice|coordinateur|bénévole|collègue|ligne directe|coordinador\w*|"
    r"voluntari\w*|compañer\w*|línea directa|coordinat\w*|volontari\w*|colleg\w*|linea diretta|"
    r"koordynator\w*|wolontariusz\w*|współpracowni\w*|koordinator\w*|volonter\w*|kolegic\w*|kolega\w*|"
    r"prostovolj\w*|sodelav\w*|koordinátor\w*|önkéntes\w*|kolléga\w*|mellék|συντονίστρια|συντονιστής|"
    r"εθελοντ\w*|συνάδελφ\w*|координатор\w*|доброволец|доброволка|колег\w*|koordinatur\w*|voluntier\w*|"
    r"kollega|comhordaitheoir|oibrí|منسق\w*|متطوع\w*|زميل\w*|هماهنگ‌کننده|داوطلب|همکار\w*|"
    # a professional or a person by title: "our association's lawyer, Mrs Byrne"
    r"lawyer|solicitor|social worker|counsellor|psychologist|advocaat|Anwält\w*|avocat\w*|abogad\w*|"
    r"avvocat\w*|adwokat\w*|odvjetni\w*|odvetni\w*|ügyvéd\w*|δικηγόρ\w*|адвокат\w*|avukat\w*|dlíodóir|"
    r"محامي\w*|وکیل|Mrs|Ms|Mr|Frau|Herr|mevrouw|meneer|Mme|Sra|pani|pan|gospođa|gospa|κυρία|κύριος|"
    r"Sinjura|السيدة|خانم|آقای)(?![\w])",
    re.IGNORECASE,
)


def about_a_person(text, start, end):
    """The sentence around [start, end) names a person or a personal line."""
    left, right = _sentence_bounds(text, start, end)
    return bool(_PERSONAL.search(text, left, right))


def person_just_before(text, start, reach=50):
    """A person, a relative or a personal line named just before ``start``
    ("her Instagram @...", "sa fille publie sous @...", "ihr Account heißt
    @..."): what follows is theirs."""
    return bool(_PERSONAL.search(text, max(0, start - reach), start))
