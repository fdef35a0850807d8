"""Licence plates of the 12 countries, from their official formats.

Each format is written here as the registration authorities publish it
(NL side codes, BE "1-ABC-123", DE district code + letters + digits, FR and
IT "AB-123-CD", ES "1234 BCD", PL district + 4-5 characters, GR three Greek
letters that look Latin + four digits, HR city code + digits + letters, BG
region code in Cyrillic or Latin, SI region code + five characters, HU
"ABC-123" and "AA BB-123", MT "ABC 123", IE "191-D-12345"), and matched
the ways people write them: with spaces, dashes, dots or nothing between
the groups, in lower case, in Greek or Cyrillic letters or a mix of both
with Latin, or letter by letter ("K A 1 2 3 4").

A format no other thing has (a Belgian, French, Irish, Croatian, Slovene,
Bulgarian or new Hungarian plate; Greek letters with four digits) is held
as it stands when written in capitals. A format that is also a postcode, a
product code or an abbreviation (Maltese, Polish, German, Spanish, old
Hungarian, Dutch without dashes), or any plate written in lower case or
letter by letter, is held only next to a word for a plate, a car or a
vehicle in one of the 16 site languages. A bus, tram or train line named
with its number is public transport, not anyone's car.
"""

import re
from bisect import bisect_left

from .anchors import Anchored, literal_prefixes
from .number_words import digits_of_words

# Greek and Cyrillic capitals (and small letters) that look like Latin ones,
# as plates use them: the Greek and Bulgarian authorities issue only these.
_FOLD = str.maketrans(
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαβεζηικμνοτυχρАВЕКМНОРСТУХавекмнорстухп",
    "ABEZHIKMNOPTYXABEZHIKMNOTYXPABEKMHOPCTYXABEKMHOPCTYXP",
)
# (a small Cyrillic "п" is folded to the P it sounds like: a Latin plate
# typed in small letters on a Bulgarian keyboard reads "пв7731ас" for
# "PB 7731 AC"; a capital "П" is left alone, "ПК 1000" is a postcode)
_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u04ff]")
_GREEK_OR_CYRILLIC_RUN = re.compile(r"[\u0370-\u04ff]+")
# In Greek or Cyrillic letters only the Greek and Bulgarian formats are plates
_GREEK_PLATE = re.compile(r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{3}[\s.-]?(?:\d{4}|\d{2}\s\d{2})")
_BULGARIAN_PLATE = re.compile(r"[АВЕКМНОРСТУХ]{1,2}[\s.-]?\d{4}[\s.-]?[АВЕКМНОРСТУХ]{2}")

_S = r"(?:\s?[-.·]\s?|\s)"  # one separator: a space, a dash, a dot
_O = rf"{_S}?"  # ...or none

_IE_COUNTIES = r"(?:CE|CN|CW|DL|KE|KK|KY|LD|LH|LK|LM|LS|MH|MN|MO|OY|SO|WH|WW|WX|TN|TS|WD|C|D|G|L|T|W)"
_HR_CITIES = (
    r"(?:BJ|BM|ČK|CK|DA|DE|DJ|DU|GS|IM|KA|KC|KR|KT|KŽ|KZ|MA|NA|NG|OG|OS|PU|PŽ|PZ|RI|SB|SK|SL|ST|ŠI|SI|VK|VT|VU|"
    r"VŽ|VZ|ZD|ZG|ŽU|ZU)"
)
_SI_REGIONS = r"(?:LJ|MB|CE|KR|KP|GO|NM|MS|KK|PO|SG|NG)"
_BG_LETTERS = "ABEKMHOPCTYX"
_ES_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"

# (format, distinctive): distinctive formats are held without a context word
# when written in capitals.
_FORMATS = (
    # BE: 1-ABC-123 (also 1ABC123)
    (rf"\d{_O}[A-Z]{{3}}{_O}\d{{3}}", True),
    # FR since 2009, IT since 1994: AB-123-CD, AB 123 CD, AB123CD
    (rf"[A-Z]{{2}}{_O}\d{{3}}{_O}[A-Z]{{2}}", True),
    # IE since 1987/2013: 191-D-12345, 12-KE-123
    (rf"\d{{2,3}}{_S}{_IE_COUNTIES}{_S}\d{{1,6}}", True),
    (rf"\d{{2,3}}{_O}{_IE_COUNTIES}{_O}\d{{1,6}}", False),
    # HR: ZG 1234-AB, ST-123-A
    (rf"{_HR_CITIES}{_S}\d{{3,4}}{_S}[A-Z]{{1,2}}", True),
    (rf"{_HR_CITIES}{_O}\d{{3,4}}{_O}[A-Z]{{1,2}}", False),
    # SI: LJ 12-ABC, LJ-A1-23B, KP N4-123
    (rf"{_SI_REGIONS}{_S}(?=[A-Z0-9-\s]*\d)[A-Z0-9]{{2,3}}{_S}[A-Z0-9]{{2,3}}", True),
    (rf"{_SI_REGIONS}{_O}(?=[A-Z0-9-\s]*\d)[A-Z0-9]{{2,3}}{_O}[A-Z0-9]{{2,3}}", False),
    # HU since 2022: AA BB-123 (also AABB-123)
    (rf"[A-Z]{{2}}{_O}[A-Z]{{2}}\s?-\s?\d{{3}}", True),
    (rf"[A-Z]{{2}}{_O}[A-Z]{{2}}{_S}\d{{3}}", False),
    # BG: CA 1234 AB, B 1234 KP (Cyrillic or Latin look-alikes)
    (rf"[{_BG_LETTERS}]{{1,2}}{_O}\d{{4}}{_O}[{_BG_LETTERS}]{{2}}", True),
    # ES since 2000: 1234 BCD (consonants only); a year before it is loose
    (rf"(?!(?:19|20)\d\d\b)\d{{4}}{_O}[{_ES_LETTERS}]{{3}}", True),
    (rf"\d{{4}}{_O}[{_ES_LETTERS}]{{3}}", False),
    # ES before 2000: M-1234-AB
    (rf"[A-Z]{{1,2}}{_S}\d{{4}}{_S}[A-Z]{{1,2}}", False),
    # NL side codes (with dashes, as the RDW writes them; spaces or none are loose)
    (
        r"[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|"
        r"[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|"
        r"[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|"
        r"\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d",
        True,
    ),
    (
        rf"[A-Z]{{2}}{_O}\d{{2}}{_O}[A-Z]{{2}}|\d{{2}}{_O}[A-Z]{{3}}{_O}\d|\d{_O}[A-Z]{{3}}{_O}\d{{2}}|"
        rf"[A-Z]{{2}}{_O}\d{{3}}{_O}[A-Z]|[A-Z]{_O}\d{{3}}{_O}[A-Z]{{2}}|[A-Z]{{3}}{_O}\d{{2}}{_O}[A-Z]|"
        rf"[A-Z]{_O}\d{{2}}{_O}[A-Z]{{3}}|\d{_O}[A-Z]{{2}}{_O}\d{{3}}|\d{{3}}{_O}[A-Z]{{2}}{_O}\d",
        False,
    ),
    # DE: district code, one or two letters, one to four digits (E electric, H historic): B-AB 1234, M AB 123
    (rf"[A-ZÄÖÜ]{{1,3}}{_S}[A-Z]{{1,2}}{_S}\d{{1,4}}[EH]?", False),
    (r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\d{1,4}[EH]?", False),
    # PL: district (2-3 letters) and 4-5 characters with a digit: WA 12345, KR 4F123, WPR 1234A
    (rf"[A-Z]{{2,3}}{_O}(?=[A-Z0-9]{{0,4}}\d)[A-Z0-9]{{4,5}}", False),
    # GR in Greek letters (held as such) or in Latin look-alikes (loose): ΙΚΥ-1234
    (rf"[ABEZHIKMNOPTYX]{{3}}{_O}\d{{4}}", False),
    (rf"[ABEZHIKMNOPTYX]{{3}}{_S}\d{{2}}\s\d{{2}}", False),
    # HU before 2022 ABC-123, MT ABC 123
    (rf"[A-Z]{{3}}{_O}\d{{3}}", False),
    # UK since 2001 (people in Ireland and Malta drive them, posts name them): LR19 XKT
    (rf"[A-Z]{{2}}\d{{2}}{_O}[A-Z]{{3}}", False),
)
_TAIL = r"(?![\w-]|\.\w)"
_DISTINCTIVE = re.compile("|".join(f"(?:{pattern})" for pattern, strict in _FORMATS if strict))
# every format, each with the end of the plate after it (so a longer reading
# that runs into a word gives way to a shorter one)
_ANY = re.compile("|".join(f"(?:{pattern}){_TAIL}" for pattern, _ in _FORMATS))

# Where a plate can start on the folded copy: a capital or a digit that starts
# a word, with a digit within the next few characters.
# (every format's first group has at most four characters; a plate written
# without separators, "PB2290AX", "INZ5287", is one word of at most nine)
_START = re.compile(
    r"[A-Z0-9ÄÖÜČŠŽ](?<![\w-].)(?=[A-Z0-9ÄÖÜČŠŽ]{0,3}(?![A-Z0-9ÄÖÜČŠŽ])|(?=[A-Z]{0,4}\d)(?=[0-9]*[A-Z])[A-Z0-9]{4,8}(?![\w-]))"
    r"(?=[A-Z0-9ÄÖÜČŠŽ\s.·-]{0,9}\d)"
)
_DIGITS = re.compile(r"\d+")
# The spelling alphabet people read plates with ("kilo lima 4 4 2 1")
_NATO_WORDS = """
    alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu
"""
_NATO = {word: word[0].upper() for word in _NATO_WORDS.split()}
_SPELLED_WORDS = re.compile(
    r"(?<![\w])(?:(?:" + "|".join(sorted(_NATO, key=len, reverse=True)) + r"|\d{1,4}|[A-Za-z])(?:[\s,.-]+|$)){3,10}",
    re.IGNORECASE,
)
_WORDS_AND_A_NUMBER = re.compile(r"(?:[^\W\d_]+\s+)+\d+|\d+(?:\s+[^\W\d_]+)+")
_CAPITAL = re.compile(r"[A-ZÄÖÜČŠŽΑ-ΩА-Я]")
# A plate spelled letter by letter: "K A 1 2 3 4", "A-B-1-2-3-C-D".
_SPELLED = re.compile(r"[A-Z0-9](?<![\w-].)(?:[\s-][A-Z0-9](?![\w])){4,9}")
# A year is not a Polish or German plate's number: "EU 2024", "ISO 9001" stay loose
_YEAR_TAIL = re.compile(r"(?:.*\D)?(?:19|20)\d\d")

# Words for a plate, a registration, a car or another private vehicle, in the
# 16 site languages (stems: a word that starts with one is one).
_VEHICLE_WORDS = (
    # en, ga
    r"plate|number plate|numberplate|registration|vehicle|motorbike|motorcycle|scooter|"
    r"truck|lorry|pickup|pick-up|drives|driving|drove|parked|"
    r"gluaisteán|ghluaisteán|clárú|chlárú|uimhirphláta|pláta|phláta|veain|bhfeithicil|feithicil|"
    # nl, de
    r"kenteken|nummerplaat|nummerbord|busje|bestelbus|bestelwagen|voertuig|rijdt|geparkeerd|"
    r"kennzeichen|nummernschild|autokennzeichen|fahrzeug|transporter|fährt|parkt|geparkt|"
    # fr, es, it
    r"voiture|véhicule|vehicule|plaque|immatricul|camionnette|fourgon|utilitaire|"
    r"coche|matrícula|matricula|furgoneta|vehículo|vehiculo|aparcad|estacionad|"
    r"macchina|targa|targata|furgone|furgoncino|veicol|parcheggiat|"
    # pl, hr, sl, hu
    r"samoch|tablic|rejestracyj|nr rej|pojazd|zaparkowa|dostawcz|"
    r"automobil|vozil|registracij|registrsk|kombij|parkira|avtomobil|"
    r"autó|kocsi|rendszám|jármű|furgon|"
    # el, bg, mt
    r"αυτοκίνητ|αυτοκινητ|αμάξι|αμαξι|πινακίδ|πινακιδ|όχημα|οχήματ|οχημα|κυκλοφορίας|φορτηγ|μηχανάκι|"
    r"колата|колите|автомобил|регистрационен|табел|превозно|"
    r"karozza|vettura|reġistrazzjoni|registrazzjoni|pjanċa|numru tal-karozza|"
    # ar, fa
    r"سيارة|سيارت|السيارة|لوحة|اللوحة|لوحات|بلوحة|مركبة|المركبة|شاحنة|نمرة|النمرة|نمرته|نمرتها|"
    r"ماشین|پلاک|خودرو|اتومبیل|وانت|"
    # a minibus, a small van or a pick-up in each language's own compound ("kisbusz", "Kleinbus")
    r"minibus|minivan|kleinbus|kleintransporter|monospace|monovolumen|pulmino|busik|kisbusz|teherautó|"
    r"kisteherautó|terepjáró|μίνιβαν|βανάκι|микробус|ميكروباص|مینی بوس"
)
# Short words, and makes people name, only as whole words ("car" is in "care")
_VEHICLE_WHOLE_WORDS = (
    r"car|cars|van|vans|reg|rego|taxi|jeep|suv|carr|auto|autos|autoja|wagen|pkw|kfz|lkw|placa|carro|moto|"
    r"avto|avta|avtom|kola|кола|бус|буса|бусът|джип|рег|vann|bus|busa|kombi|"
    r"golf|passat|skoda|škoda|audi|bmw|mercedes|toyota|opel|ford|fiat|kia|peugeot|renault|vw|dacia|citroën|"
    r"citroen|nissan|hyundai|volvo|honda|mazda|corolla|yaris|clio|octavia|sprinter|ducato|"
    # the models people name a car by, as they name its make
    r"vitz|polo|astra|corsa|focus|fiesta|transit|punto|panda|megane|qashqai|micra|aygo|prius|tucson|sportage|"
    r"sandero|logan|duster|caddy|touran|tiguan|fabia|superia|swift|civic|auris|c3|c4|berlingo|kangoo|vivaro|"
    r"vito|partner|doblo|multipla|leon|ibiza|i30|i20"
)
_VEHICLE = re.compile(rf"(?:{_VEHICLE_WORDS})|(?:{_VEHICLE_WHOLE_WORDS})(?!\w)", re.IGNORECASE)
_VEHICLE_AT = Anchored(_VEHICLE, literal_prefixes(f"{_VEHICLE_WORDS}|{_VEHICLE_WHOLE_WORDS}"))
# A postcode or a street before a loose format makes it part of an address:
# "Triq il-Kbira, SLM 1549", "PLZ 1010".
_ADDRESS_BEFORE = re.compile(
    r"(?:postcode|post code|postal code|(?<!\w)zip|eircode|postcode|Postleitzahl|PLZ|code postal|(?<!\w)CP|"
    r"código postal|(?<!\w)CAP|kod pocztowy|poštanski broj|poštna številka|irányítószám|Τ\.?Κ\.?|пощенски код|"
    r"kodiċi postali|cód poist|الرمز البريدي|کد پستی|Triq|Street|Road|Straße|Str\.|straat|(?<!\w)rue|calle|"
    r"(?<!\w)via|ulica|ul\.|utca|οδός|улица)"
    r"[^\n]{0,45}$",
    re.IGNORECASE,
)
# A code or a password named as such just before a loose format: "code
# 24G1234", "cód 12D44", "kod do bramy: ab4471", "lozinka ured2024".
_CODE_BEFORE = re.compile(
    r"(?<![\w])(?:code|cód|kód|kod|codice|código|κωδικ\w*|код|kodiċi|رمز|کد|PIN|password|Passwort|wachtwoord|"
    r"mot de passe|contraseña|lozinka|geslo|jelszó)\s*[:=]?\s*$",
    re.IGNORECASE,
)
# Public transport named with its number: "bus 12", "Linie 7", "the 46A".
_PUBLIC_TRANSPORT_BEFORE = re.compile(
    r"(?:bus|buses|tram|train|line|route|Linie|lijn|ligne|línea|linea|linia|linija|vonal|γραμμή|λεωφορείο|"
    r"линия|автобус|трамвай|rotta|xarabank|líne|bhus|حافلة|الحافلة|خط|اتوبوس|مترو|metro|U-Bahn|S-Bahn|"
    r"autobus|autobús|autobusu|busz|villamos|τραμ)\s*(?:(?:no\.?|nr\.?|n°|номер|number)\s*)?$",
    re.IGNORECASE,
)


# A word that names the plate itself (not just the car): a plate in lower case
# is held only after one of these.
_PLATE_WORD_LIST = (
    r"plate|reg|registration|clárú|uimhirphláta|pláta|kenteken|nummerplaat|nummerbord|kennzeichen|"
    r"nummernschild|plaque|immatricul|matrícula|matricula|placa|targa|tablic|rejestracyj|rejestracj|nr rej|registracij|"
    r"registrsk|rendszám|πινακίδ|πινακιδ|κυκλοφορίας|номер|регистрационен|табел|reġistrazzjoni|"
    r"registrazzjoni|pjanċa|numru tal-karozza|numru tal-vann|numru tal-van|numru tal-mutur|numru tal-trakk|numru|"
    r"لوحة|اللوحة|لوحات|بلوحة|نمرة|النمرة|نمرته|نمرتها|پلاک|شماره"
)
_PLATE_WORDS = re.compile(rf"(?:{_PLATE_WORD_LIST})", re.IGNORECASE)
_PLATE_WORDS_AT = Anchored(_PLATE_WORDS, literal_prefixes(_PLATE_WORD_LIST))
# The plate word just before the plate ("rendszám rmk 512", "πινακίδα ζκν
# 7083", "plate: ab 123"): then a word and a number are the plate itself.
_PLATE_WORD_JUST_BEFORE = re.compile(rf"(?:{_PLATE_WORD_LIST})[^\W\d]*\.?\s*[:=–-]?\s*$", re.IGNORECASE)
# A plate written as one word of letters and digits ("kr5tm21", "pb2290ax",
# "rtz-019"): a sentence never reads so, and a product code is in capitals.
_ONE_WORD_PLATE = re.compile(r"(?=(?:[^\W\d_]-?){0,3}\d)(?=(?:\d-?)*[^\W\d_]{2})[^\W_]+(?:-[^\W_]+)?")
# ...or four letters first, a German district and its letters ("hhar208",
# "mblp214"), when the vehicle word is further back in the sentence
_ONE_WORD_PLATE_LONG = re.compile(r"(?=(?:[^\W\d_]-?){0,4}\d)(?=(?:\d-?)*[^\W\d_]{2})[^\W_]+(?:-[^\W_]+)?")


class _Vehicles:
    """The vehicle words of one post, found once."""

    def __init__(self, text, lowered):
        self.starts = [match.start() for match in _VEHICLE_AT.finditer(text, lowered)]

    def near(self, start, end, before=70, after=45):
        index = bisect_left(self.starts, start - before)
        return index < len(self.starts) and self.starts[index] < end + after


def _grouped(characters):
    """ "151D4421" -> "151-D-4421": a dash where letters and digits meet."""
    return re.sub(r"(?<=\d)(?=[A-Z])|(?<=[A-Z])(?=\d)", "-", characters)


def _near(positions, start, end):
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _fold(text):
    folded = _GREEK_OR_CYRILLIC_RUN.sub(lambda run: run.group().translate(_FOLD), text).replace("ß", "ẞ")
    upper = folded.upper()
    if len(upper) != len(folded):  # a ligature or "ŉ" grows when upper-cased: keep the offsets
        upper = "".join(ch.upper() if len(ch.upper()) == 1 else ch for ch in folded)
    return upper


# A plate read out group by group after a word for the car or its plate, as
# people dictate it: "M, A-X, drei-neun-eins-sieben", "ST, pa 628, pa crtica
# KL", "В, после 7734, после Р и М", "dhá trí dhá, K-Y, ...", "ele-ge-erre".
# Its groups are capitals (one to three, in Latin, Greek or Cyrillic
# letters), letters spelled with their names joined by dashes, digits and
# number words; up to two other short words (eight letters at most) may stand
# between groups ("pa", "then", "после", "imbagħad", "kötőjel") and up to
# three words before the first.
# What the groups add up to must be the size of a plate of the 12 countries
# (or the UK's): two to five letters and two to eight digits (Ireland's "232-KY-4817"),
# five to ten in all.
_READ_OUT_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_]*)?|[.!?;:()\n—–]")
_READ_OUT_CAPITALS = re.compile(r"[A-ZΑ-ΩА-Я]{1,3}")
# es, it, fr, de: the names of the letters, as a plate is spelled on the phone
_LETTER_NAME_LIST = """
    be ce de efe ge hache jota ka ele eme ene eñe pe cu erre ese te uve equis ye zeta
    bi ci di effe gi acca elle emme enne pi esse ti vu doppia ics ipsilon kappa
    bé cé dé gé ache ji elle ku té vé ixe zède
    ef ha jot el em en er es vau we ix ypsilon zett
"""
_LETTER_NAMES = frozenset(_LETTER_NAME_LIST.split())
# ...said one at a time ("be ge erre", "effe bi", "bi, ar, ti": the English names
# as Maltese speakers say them), but not those that are short words too ("de",
# "te", "di", "ti", "e", "el", "en", "es", "ese", "ye", "ha", "we", "pi", "em")
_EN_LETTER_NAME_LIST = "ay bee cee dee ee ef gee aitch jay kay em en oh pee cue ar ess tee vee ex wye zed"
_SPOKEN_WORD_TOO_LIST = "de te di ti e a i o u el en es ese ye ha we pi em vu be ce ex"
_SPOKEN_WORD_TOO = frozenset(_SPOKEN_WORD_TOO_LIST.split())
_LETTERS_ALONE = (_LETTER_NAMES | frozenset(_EN_LETTER_NAME_LIST.split())) - _SPOKEN_WORD_TOO
_READ_OUT_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_READ_OUT_STOP = frozenset(".!?;()\n—–")
_READ_OUT_BREAK = re.compile(r"[\d.!?;()\n—–]")
_READ_OUT_LEAD_IN, _READ_OUT_BETWEEN, _READ_OUT_REACH, _READ_OUT_TRIES = 3, 2, 110, 60


def _letters_spelled(word):
    parts = word.lower().split("-")
    return len(parts) if len(parts) >= 2 and all(part in _LETTER_NAMES for part in parts) else 0


def _read_out(text, start, languages):
    """(start, end) of a plate read out after ``start`` (the end of a vehicle
    or plate word), or None."""
    letters = digits = 0
    groups = []  # (start, end) of each group
    numbers = []  # number words waiting to be read together
    others = 0
    limit = min(len(text), start + _READ_OUT_REACH)
    # "La matrícula que apuntó la vecina: dos cinco ...": the plate comes after a colon that ends the words
    colon = text.find(":", start, min(limit, start + 50))
    if colon != -1 and not _READ_OUT_BREAK.search(text, start, colon):
        start = colon + 1
    spelled_to = -1  # the end of a run of letter names joined with dashes

    def flush_numbers():
        nonlocal digits
        if numbers:
            read = digits_of_words([word for word, _, _ in numbers], languages)
            if read is None:
                return False
            digits += len(read)
            groups.append((numbers[0][1], numbers[-1][2]))
            numbers.clear()
        return True

    for token in _READ_OUT_TOKEN.finditer(text, start, limit):
        word = token.group()
        if word in _READ_OUT_STOP or (word == ":" and groups):
            break
        if word == ":":
            continue
        if token.start() >= spelled_to:
            joined = _READ_OUT_WORD.match(text, token.start())
            if joined and _letters_spelled(joined.group()):
                spelled_to = joined.end()
        if word.isdigit() and len(word) <= 4:
            if not flush_numbers():
                return None
            digits += len(word)
            groups.append(token.span())
        elif _READ_OUT_CAPITALS.fullmatch(word):
            if not flush_numbers():
                return None
            letters += len(word)
            groups.append(token.span())
        elif token.end() <= spelled_to or (
            word.lower() in _LETTERS_ALONE and not (word.lower() == "ar" and languages[:1] == ("ga",))
        ):
            if not flush_numbers():
                return None
            letters += 1
            groups.append(token.span())
        elif digits_of_words([word], languages) is not None:
            numbers.append((word, *token.span()))
        else:
            if not flush_numbers():
                return None
            others += 1
            if others > (_READ_OUT_BETWEEN if groups else _READ_OUT_LEAD_IN) or (groups and len(word) > 8):
                break  # a long word between groups is the sentence going on ("Teilnehmerinnen")
            continue
        others = 0
    if not flush_numbers():
        return None
    if len(groups) < 2 or not (2 <= letters <= 5 and 2 <= digits <= 8 and 5 <= letters + digits <= 10):
        return None
    return groups[0][0], groups[-1][1]


_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")


def _earlier_in_the_sentence(text, word_starts, start, reach=80):
    """A plate word earlier in the sentence of ``start``: a plate is often
    named after what the van does, "tablicu kombija koji vozi radnike s
    gradilišta: ri2027ab", "پلاک ون سفیدی که ...: hhar208". (A vehicle word
    alone is not enough: "in macchina ... il codice del parcheggio: pk12345"
    is a code.)"""
    # the nearest before: a sentence end after it ends the others' sentences too
    index = bisect_left(word_starts, start) - 1
    if index < 0 or word_starts[index] < start - reach:
        return False
    return not _SENTENCE_END.search(text, word_starts[index], start)


def _lower_case_plate(text, folded, span, plate_words, vehicles):
    """A plate in lower case (a vehicle word is near): just after a plate
    word; after one within 40 characters unless it is words and a number
    ("is on 3"); written as one word of letters and digits after a plate
    word earlier in the same sentence ("tablicu kombija koji vozi radnike:
    ri2027ab"); or, a vehicle word at most 30 characters before, written
    all in small letters in a format only plates have ("utilitaire blanc fw
    719 xn")."""
    start, end = span
    written = text[start:end]
    if _PLATE_WORD_JUST_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _near(plate_words, start - 40, start) and not _WORDS_AND_A_NUMBER.fullmatch(written):
        return True
    one_word = bool(_ONE_WORD_PLATE.fullmatch(written))
    if _ONE_WORD_PLATE_LONG.fullmatch(written) and _earlier_in_the_sentence(text, plate_words, start):
        return True
    if not vehicles.near(start, start, before=30, after=0):
        return False
    if one_word:
        return True
    return written == written.lower() and bool(_DISTINCTIVE.fullmatch(folded, start, end))


# "fw 719 xn": letters, digits, letters in groups (the French and Italian format)
_LOWER_GROUPS = re.compile(r"[^\W\d_]{2}[\s-]\d{3}[\s-][^\W\d_]{2}(?![\w])")


def _lower_case_shape(text, start, end):
    """Digits that may be part of a plate in small letters near a vehicle
    word only: letters against them ("kr5tm21", "rtz-019") or the groups of
    a format only plates have. (Asked before the vehicle words are looked
    up: most digits in a post are neither.)"""
    if (start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-")) or (
        end < len(text) and text[end].isalpha()
    ):
        return True
    return end - start == 3 and start >= 3 and bool(_LOWER_GROUPS.match(text, start - 3))


def _too_long_for_a_line(written):
    """A bus or tram line is named with at most four characters ("46A",
    "N12"); "bus kr5tm21" is a van's plate (Polish "bus", Bulgarian "бус")."""
    return sum(ch.isalnum() for ch in written) >= 6


def plates(text, lowered, languages=("en",)):
    """(start, end, matched text) of each licence plate."""
    folded = _fold(text)
    vehicles = None
    end_of_last = -1
    plate_words = [match.start() for match in _PLATE_WORDS_AT.finditer(text, lowered)]
    starts = set()
    for digits in _DIGITS.finditer(folded):
        if digits.end() - digits.start() > 6:
            continue  # no plate has more than six digits in a row
        window = (max(0, digits.start() - 10), min(len(text), digits.end() + 5))
        if not _CAPITAL.search(text, *window) and not _near(plate_words, digits.start() - 50, digits.start()):
            if not _lower_case_shape(text, digits.start(), digits.end()):
                continue
            if vehicles is None:
                vehicles = _Vehicles(text, lowered)
            if not vehicles.near(digits.start(), digits.end()):
                continue  # no capital near, and no plate or vehicle word near letters in lower case
        for start_match in _START.finditer(folded, max(0, digits.start() - 10), digits.end() + 1):
            if start_match.start() > digits.start():
                break
            starts.add(start_match.start())
    for start in sorted(starts):
        if start < end_of_last:
            continue
        match = _ANY.match(folded, start)
        if not match:
            continue
        end = match.end()
        written = text[start:end]
        if not any(ch.isalpha() for ch in written):
            continue
        capitals = written == written.upper()
        other_script = bool(_GREEK_OR_CYRILLIC.search(written))
        greek_plate = other_script and bool(_GREEK_PLATE.fullmatch(written) or _BULGARIAN_PLATE.fullmatch(written))
        distinctive = capitals and (
            greek_plate or (not other_script and bool(_DISTINCTIVE.fullmatch(folded, start, end)))
        )
        if not distinctive:
            if vehicles is None:
                vehicles = _Vehicles(text, lowered)
            if not vehicles.near(start, end):
                continue
            if not capitals and not _lower_case_plate(text, folded, (start, end), plate_words, vehicles):
                continue
            if _YEAR_TAIL.fullmatch(written) and not greek_plate:
                continue
            if _ADDRESS_BEFORE.search(text, max(0, start - 50), start):
                continue
            if _CODE_BEFORE.search(text, max(0, start - 20), start):
                continue
        if _PUBLIC_TRANSPORT_BEFORE.search(text, max(0, start - 25), start) and not _too_long_for_a_line(written):
            continue
        end_of_last = end
        yield start, end, written
    # letter by letter, next to a vehicle word (searched only around those words)
    if vehicles is None:
        vehicles = _Vehicles(text, lowered)
    # read out group by group after a word for the car or its plate
    read_to = 0
    # (at most _READ_OUT_TRIES words a post: "car car car ..." must stay fast)
    for word_start in sorted(set(vehicles.starts) | set(plate_words))[:_READ_OUT_TRIES]:
        if word_start < max(read_to, end_of_last):
            continue
        word_end = word_start
        while word_end < len(text) and (text[word_end].isalnum() or text[word_end] in "-'’"):
            word_end += 1
        span = _read_out(text, word_end, languages)
        if span is not None and span[0] >= end_of_last:
            read_to = span[1]
            yield span[0], span[1], text[span[0] : span[1]]
    searched_to = 0
    for word_start in vehicles.starts:
        window_start, window_end = max(searched_to, word_start - 70), min(len(folded), word_start + 80)
        if window_start >= window_end:
            continue
        searched_to = window_end
        for match in _SPELLED.finditer(folded, window_start, window_end):
            if match.start() < end_of_last:
                continue
            joined = re.sub(r"[\s-]", "", match.group())
            if not (any(ch.isdigit() for ch in joined) and any(ch.isalpha() for ch in joined)):
                continue
            if _ANY.fullmatch(joined) or _ANY.fullmatch(_grouped(joined)):
                yield match.start(), match.end(), text[match.start() : match.end()]
        for match in _SPELLED_WORDS.finditer(text, window_start, window_end):
            words = re.split(r"[\s,.-]+", match.group().strip(" ,.-"))
            if not any(word.lower() in _NATO for word in words):
                continue
            # the last word or two may be the sentence going on ("..., a grey Ford")
            for count in range(len(words), max(2, len(words) - 3), -1):
                joined = _grouped("".join(_NATO.get(word.lower(), word.upper()) for word in words[:count]))
                if any(ch.isdigit() for ch in joined) and _ANY.fullmatch(joined):
                    yield match.start(), match.end(), match.group().strip(" ,.-")
                    break
