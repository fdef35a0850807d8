"""Numbers written as words, in the site languages: "zero six one two",
"vierunddreißig", "quatre-vingt-dix-neuf", "háromszázkilencvenegy".

Each language lists its number words (accents are stripped before lookup,
so one spelling covers "dreißig" and "dreissig" only where listed). A word
is read as a sum of its parts (German and Dutch put the unit first, which a
sum does not mind); a hundred multiplies the unit before it.
"""

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

# value of each word; 100 marks "hundred"; "+" marks a connector inside a number
_WORDS = {
    "en": {
        "zero": 0, "oh": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90, "hundred": 100, "thousand": 1000, "and": "+",
    },
    "ga": {
        "naid": 0, "nialas": 0, "haon": 1, "aon": 1, "do": 2, "tri": 3, "ceathair": 4, "ceithre": 4,
        "cuig": 5, "se": 6, "seacht": 7, "ocht": 8, "hocht": 8, "naoi": 9, "deich": 10, "fiche": 20,
        "triocha": 30, "daichead": 40, "caoga": 50, "seasca": 60, "seachto": 70, "ochto": 80, "nocha": 90,
        "cead": 100, "chead": 100, "gcead": 100, "dha": 2, "mile": 1000,
    },
    "nl": {
        "nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
        "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
        "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
        "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
        "honderd": 100, "duizend": 1000, "en": "+",
    },
    "de": {
        "null": 0, "eins": 1, "ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6,
        "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13,
        "vierzehn": 14, "funfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000, "und": "+",
    },
    "fr": {
        "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
        "cent": 100, "cents": 100, "mille": 1000, "mil": 1000, "et": "+",
    },
    "es": {
        "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
        "quince": 15, "dieci": 10, "veinte": 20, "veinti": 20, "treinta": 30, "cuarenta": 40,
        "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
        "ciento": 100, "mil": 1000, "y": "+",
        "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
        "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
        "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
        "novecientas": 900,
    },
    "it": {
        "zero": 0, "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
        "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
        "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
        "diciannove": 19, "venti": 20, "vent": 20, "trenta": 30, "trent": 30, "quaranta": 40,
        "quarant": 40, "cinquanta": 50, "cinquant": 50, "sessanta": 60, "sessant": 60, "settanta": 70,
        "settant": 70, "ottanta": 80, "ottant": 80, "novanta": 90, "novant": 90, "cento": 100, "mille": 1000,
        "mila": 1000, "e": "+",
    },
    "pl": {
        "zero": 0, "jeden": 1, "jedna": 1, "jedno": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4,
        "piec": 5, "szesc": 6, "siedem": 7, "osiem": 8, "dziewiec": 9, "dziesiec": 10, "jedenascie": 11,
        "dwanascie": 12, "trzynascie": 13, "czternascie": 14, "pietnascie": 15, "szesnascie": 16,
        "siedemnascie": 17, "osiemnascie": 18, "dziewietnascie": 19, "dwadziescia": 20,
        "trzydziesci": 30, "czterdziesci": 40, "piecdziesiat": 50, "szescdziesiat": 60,
        "siedemdziesiat": 70, "osiemdziesiat": 80, "dziewiecdziesiat": 90, "sto": 100, "dwiescie": 200,
        "trzysta": 300, "czterysta": 400, "piecset": 500, "szescset": 600, "siedemset": 700,
        "osiemset": 800, "dziewiecset": 900, "tysiac": 1000, "tysiace": 1000, "tysiecy": 1000,
    },
    "hr": {
        "nula": 0, "jedan": 1, "jedna": 1, "jedno": 1, "dva": 2, "dvije": 2, "tri": 3, "cetiri": 4,
        "pet": 5, "sest": 6, "sedam": 7, "osam": 8, "devet": 9, "deset": 10, "jedanaest": 11,
        "dvanaest": 12, "trinaest": 13, "cetrnaest": 14, "petnaest": 15, "sesnaest": 16, "sedamnaest": 17,
        "osamnaest": 18, "devetnaest": 19, "dvadeset": 20, "trideset": 30, "cetrdeset": 40,
        "pedeset": 50, "sezdeset": 60, "sedamdeset": 70, "osamdeset": 80, "devedeset": 90, "sto": 100,
        "tisucu": 1000, "tisuca": 1000, "tisuce": 1000, "i": "+", "dvjesto": 200, "dvjesta": 200, "dvesto": 200,
        "tristo": 300, "cetiristo": 400, "petsto": 500, "seststo": 600, "sedamsto": 700, "osamsto": 800,
        "devetsto": 900,
    },
    "sl": {
        "nic": 0, "nula": 0, "ena": 1, "en": 1, "dva": 2, "dve": 2, "tri": 3, "stiri": 4, "pet": 5,
        "sest": 6, "sedem": 7, "osem": 8, "devet": 9, "deset": 10, "enajst": 11, "dvanajst": 12,
        "trinajst": 13, "stirinajst": 14, "petnajst": 15, "sestnajst": 16, "sedemnajst": 17,
        "osemnajst": 18, "devetnajst": 19, "dvajset": 20, "trideset": 30, "stirideset": 40,
        "petdeset": 50, "sestdeset": 60, "sedemdeset": 70, "osemdeset": 80, "devetdeset": 90, "sto": 100,
        "tisoc": 1000, "in": "+", "dvesto": 200, "tristo": 300, "stiristo": 400, "petsto": 500, "seststo": 600,
        "sedemsto": 700, "osemsto": 800, "devetsto": 900,
    },
    "hu": {
        "nulla": 0, "egy": 1, "ketto": 2, "ket": 2, "harom": 3, "negy": 4, "ot": 5, "hat": 6, "het": 7,
        "nyolc": 8, "kilenc": 9, "tiz": 10, "tizen": 10, "husz": 20, "huszon": 20, "harminc": 30,
        "negyven": 40, "otven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90,
        "szaz": 100, "ezer": 1000,
    },
    "mt": {
        "zero": 0, "xejn": 0, "wiehed": 1, "wahda": 1, "tnejn": 2, "zewg": 2, "tlieta": 3, "erbgha": 4,
        "hamsa": 5, "sitta": 6, "sebgha": 7, "tmienja": 8, "disgha": 9, "disa'": 9, "disa": 9,
        "ghaxra": 10, "hdax": 11, "tnax": 12, "tlettax": 13, "erbatax": 14, "hmistax": 15, "sittax": 16,
        "sbatax": 17, "tmintax": 18, "dsatax": 19, "ghoxrin": 20, "tletin": 30, "erbghin": 40,
        "hamsin": 50, "sittin": 60, "sebghin": 70, "tmenin": 80, "disghin": 90, "mija": 100, "mitt": 100,
        "mitejn": 200, "elf": 1000, "elfejn": 2000, "u": "+", "tliet": 3, "erba'": 4, "erba": 4, "ħames": 5,
        "sitt": 6, "seba'": 7, "seba": 7, "tmien": 8,
    },
    "el": {
        "μηδεν": 0, "ενα": 1, "μια": 1, "δυο": 2, "τρια": 3, "τρεισ": 3, "τεσσερα": 4,
        "τεσσερισ": 4, "πεντε": 5, "εξι": 6, "επτα": 7, "εφτα": 7, "οκτω": 8, "οχτω": 8, "εννεα": 9,
        "εννια": 9, "δεκα": 10, "εντεκα": 11, "δωδεκα": 12, "εικοσι": 20, "τριαντα": 30, "σαραντα": 40,
        "πενηντα": 50, "εξηντα": 60, "εβδομηντα": 70, "ογδοντα": 80, "ενενηντα": 90, "εκατο": 100, "χιλια": 1000,
        "χιλιαδεσ": 1000, "εκατον": 100, "διακόσια": 200, "διακόσιες": 200, "διακόσιοι": 200, "τριακόσια": 300,
        "τριακόσιες": 300, "τετρακόσια": 400, "πεντακόσια": 500, "εξακόσια": 600, "επτακόσια": 700,
        "εφτακόσια": 700, "οκτακόσια": 800, "οχτακόσια": 800, "εννιακόσια": 900, "εννεακόσια": 900,
        "δεκατρία": 13, "δεκατέσσερα": 14, "δεκαπέντε": 15, "δεκαέξι": 16, "δεκαεπτά": 17, "δεκαεφτά": 17,
        "δεκαοκτώ": 18, "δεκαοχτώ": 18, "δεκαεννέα": 19, "δεκαεννιά": 19,
        "και": "+",
    },
    "bg": {
        "нула": 0, "едно": 1, "един": 1, "една": 1, "две": 2, "два": 2, "три": 3, "четири": 4, "пет": 5,
        "шест": 6, "седем": 7, "осем": 8, "девет": 9, "десет": 10, "единадесет": 11, "дванадесет": 12,
        "надесет": 10, "двадесет": 20, "тридесет": 30, "четиридесет": 40, "петдесет": 50,
        "шестдесет": 60, "седемдесет": 70, "осемдесет": 80, "деветдесет": 90, "сто": 100, "хиляда": 1000,
        "хиляди": 1000, "и": "+", "двеста": 200, "триста": 300, "четиристотин": 400, "петстотин": 500,
        "шестстотин": 600, "седемстотин": 700, "осемстотин": 800, "деветстотин": 900, "найсет": 10,
        "двайсет": 20, "трийсет": 30,
    },
    "ar": {
        "صفر": 0, "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اتنين": 2, "ثلاثه": 3, "ثلاث": 3,
        "تلاته": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7,
        "ثمانيه": 8, "ثمان": 8, "تمانيه": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "عشرين": 20,
        "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40, "خمسين": 50, "خمسون": 50,
        "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تسعين": 90,
        "تسعون": 90, "مئه": 100, "مائه": 100, "الف": 1000,
        "الفين": 2000, "الفان": 2000, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    },
    "fa": {
        "صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8,
        "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15,
        "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40,
        "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100, "یکصد": 100,
        "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800,
        "نهصد": 900,
        "هزار": 1000,
    },
}  # fmt: skip
# Words that join two numbers inside a run ("و" in Arabic and Persian).
_JOINERS = {"ar": {"و"}, "fa": {"و"}}
# Words read past inside a run without joining: the Irish particle of counting
# ("a náid, a hocht, a cúig" is 0 8 5, not 0 + 8 + 5).
_FILLERS = {"ga": {"a"}}
# Words that make the unit before them a teen: the Irish "a seacht déag" (17),
# "a dó dhéag" (12)
_TEENS = {"ga": {"deag", "dheag"}}
# Persian and Arabic join "and" to the next word: "وعشرون".
_PREFIX_AND = {"ar": "و", "fa": "و"}
_MULTIPLIERS = {"fr": {("quatre", "vingt"): 80, ("quatre", "vingts"): 80}}


_FOLD_TABLE = str.maketrans(
    {"ħ": "h", "ġ": "g", "ż": "z", "ł": "l", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ك": "ک", "ى": "ی"}
)


@lru_cache(maxsize=8192)
def fold(word):
    """Lower case without accents, for lookups: "Dreißig" -> "dreißig", "Μηδέν" -> "μηδεν"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_FOLD_TABLE)


def _lexicon(language):
    words = {fold(key): value for key, value in _WORDS.get(language, {}).items()}
    if language not in ("ar", "fa"):
        # every Latin-script post may quote English digits ("zero six")
        for key, value in _WORDS["en"].items():
            words.setdefault(key, value)
    if language == "fa":
        words = {**{fold(k): v for k, v in _WORDS["ar"].items()}, **words}
    if language == "ar":
        words = {fold(k).replace("ی", "ي"): v for k, v in words.items()} | words
    return words


_LEXICONS = {}
_SPLITTERS = {}


def _lexicon_for(language):
    if language not in _LEXICONS:
        words = _lexicon(language)
        _LEXICONS[language] = words
        parts = sorted((w for w in words if len(w) > 1), key=len, reverse=True)
        _SPLITTERS[language] = re.compile("(?:" + "|".join(map(re.escape, parts)) + ")+") if parts else None
    return _LEXICONS[language], _SPLITTERS[language]


# The longest number word ("dziewięćdziesiąt", "háromszázkilencvenkilenc") is
# under 30 letters; longer tokens are not read (a 20,000-letter "onetwoone..."
# must not cost time or recursion).
MAX_WORD_LENGTH = 40
MAX_PARTS = 8


def _parts(word, language):
    """The number parts of one written word, or None if it is not a number."""
    if len(word) > MAX_WORD_LENGTH or word.count("-") > MAX_PARTS:
        return None
    words, splitter = _lexicon_for(language)
    folded = fold(word)
    if folded in words:
        return [folded]
    prefix = _PREFIX_AND.get(language)
    if prefix and folded.startswith(prefix) and folded[1:] in words:
        return ["+", folded[1:]]
    pieces = []
    for piece in folded.split("-"):
        if piece in words:
            pieces.append(piece)
            continue
        if splitter is None or not splitter.fullmatch(piece) or len(piece) < 4:
            return None
        # greedy split into known parts ("vierunddreißig" -> vier und dreißig)
        found = _greedy_split(piece, words)
        if found is None:
            return None
        pieces.extend(found)
    return pieces


def _greedy_split(piece, words, start=0, depth=0):
    """Split ``piece`` into known parts, longest first, in at most MAX_PARTS parts."""
    if start == len(piece):
        return []
    if depth >= MAX_PARTS:
        return None
    for end in range(len(piece), start, -1):
        part = piece[start:end]
        if part in words and (end - start > 1 or part in ("y", "e", "u", "i")):
            rest = _greedy_split(piece, words, end, depth + 1)
            if rest is not None:
                return [part, *rest]
    return None


@lru_cache(maxsize=8192)
def value_of(word, language):
    """The number a written word stands for, or None: "vierunddreißig" -> 34."""
    parts = _parts(word, language)
    if not parts:
        return None
    words, _ = _lexicon_for(language)
    total, current, previous = 0, 0, None
    multipliers = _MULTIPLIERS.get(language, {})
    seen_number = False
    for part in parts:
        value = words.get(part, "+") if part != "+" else "+"
        if value == "+":
            previous = part
            continue
        seen_number = True
        if (previous, part) in multipliers:
            current += multipliers[(previous, part)] - words[previous]
        elif value == 1000:
            total += (current or 1) * 1000  # "zweitausend", "háromezer"
            current = 0
        elif value >= 100 and value % 100 == 0 and value < 1000:
            current = (current or 1) * value if value == 100 else current + value
        else:
            current += value
        previous = part
    return total + current if seen_number else None


TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*'?", re.UNICODE)
_GAP = re.compile(r"[\s,;:.\-–—/،؛]{0,3}")
_GROUP_BREAK = re.compile(r"[,;،؛]")


@lru_cache(maxsize=16384)
def _word_value(token, languages):
    for language in languages:
        words, _ = _lexicon_for(language)
        folded = fold(token)
        if folded in _FILLERS.get(language, ()):
            return "filler"
        if folded in _TEENS.get(language, ()):
            return "teen"
        if folded in _JOINERS.get(language, ()) or words.get(folded) == "+":
            return "+"
        pieces = _hyphenated_digits(token, language)
        if pieces is not None:
            return pieces
        value = value_of(token, language)
        if value is not None:
            return value
        value = _hungarian_adjective(folded, language)
        if value is not None:
            return value
    return None


# Hungarian names a number's group with an adjective: "a hetvenes" (the 70
# one: a mobile's prefix), "harmincas", "húszas". ("egyes" is also "some".)
_HU_ADJECTIVE_ENDINGS = ("es", "as", "os", "ös", "s")


def _hungarian_adjective(folded, language):
    if language != "hu" or folded in ("egyes", "kettes") or len(folded) < 5:
        return None
    for ending in _HU_ADJECTIVE_ENDINGS:
        if folded.endswith(ending):
            value = value_of(folded[: -len(ending)], language)
            if isinstance(value, int) and value >= 20:
                return value
    return None


def _hyphenated_digits(token, language):
    """The numbers of a hyphenated run that reads out digits or groups
    ("drei-neun-eins-sieben" 3 9 1 7, "εξι-εννια-εννια" 6 9 9,
    "harminchét-nyolcvan" 37 80) as a tuple, or None when the pieces make
    one number ("twenty-one", "vingt-deux", "quatre-vingt-dix",
    "soixante-dix-huit")."""
    if "-" not in token or token.count("-") > MAX_PARTS:
        return None
    pieces = token.split("-")
    multipliers = _MULTIPLIERS.get(language, {})
    folded = [fold(piece) for piece in pieces]
    if any((a, b) in multipliers for a, b in pairwise(folded)):
        return None
    values = [value_of(piece, language) for piece in pieces if piece]
    if len(values) < 2 or any(value is None for value in values):
        return None
    words, _ = _lexicon_for(language)
    if any(words.get(piece) == "+" for piece in folded):
        return None  # "een-en-veertig": one number
    # digits ("null-sieben") or groups of two or more digits ("37-80"), never
    # the French tens ("soixante-dix-huit" is 60 + 10 + 8)
    if not (all(value < 10 for value in values) or all(value >= 20 for value in values)):
        return None
    groups = _digits_of(values)
    return tuple(values) if len(groups) == len(values) else None


@lru_cache(maxsize=64)
def _first_letters(languages):
    """The folded first letters of every number word (a quick filter)."""
    letters = set()
    for language in languages:
        words, _ = _lexicon_for(language)
        letters.update(word[:1] for word in words)
        letters.update(_JOINERS.get(language, ()))
        letters.update(_FILLERS.get(language, ()))
    return frozenset(letters)


@lru_cache(maxsize=64)
def _number_word_token(languages):
    """TOKEN, but only where the word can start a number word in one of
    ``languages``: the regex engine skips the other words itself (a Python
    loop over every word of a long post costs milliseconds). A word that
    continues another with "-" or "'" is not a start ("re-two")."""
    letters = _first_letters(languages)
    starts = sorted(
        {chr(code) for code in range(0x41, 0x2000) if chr(code).isalpha() and fold(chr(code))[:1] in letters}
    )
    start_class = "".join(re.escape(ch) for ch in starts)
    return re.compile(rf"(?<![^\W\d_])(?<![^\W\d_]['’-])[{start_class}][^\W\d_]*(?:['’-][^\W\d_]+)*'?", re.UNICODE)


def _open_slot(value):
    """How much a group ending in ``value`` can still take: a unit after tens
    ("forty" "one"), tens after hundreds ("trzysta" "czterdzieści" "jeden"),
    the rest of a year after thousands ("two thousand" "six")."""
    if value >= 1000 and value % 1000 == 0:
        return 1000
    if value >= 100 and value % 100 == 0:
        return 100
    if value % 100 >= 20 and value % 10 == 0:
        return 10
    return 0


def _digits_of(values):
    groups, pending_join, slot, broken = [], False, 0, False
    for value in values:
        if value == "+":
            pending_join = True
            continue
        if value == "teen":
            if groups and groups[-1] < 10:
                groups[-1] += 10  # "seacht déag": 17
            pending_join, slot = False, 0
            continue
        if value == ",":
            # a comma ends a group: "trois cent vingt, deux cent douze" is 320 212
            pending_join, slot, broken = False, 0, True
            continue
        if value in (100, 1000) and groups and groups[-1] < value and slot < value:
            groups[-1] *= value  # "six hundred", "two thousand"
            slot = value
        elif value == 100 and groups and groups[-1] > 1000 and 0 < groups[-1] % 1000 < 10 and not broken:
            # "one thousand nine hundred": the unit after the thousands is the hundreds' count
            unit = groups[-1] % 1000
            groups[-1] += unit * 99
            slot = 100
        elif groups and (pending_join or value < slot):
            groups[-1] += value
            slot = _open_slot(value)
        else:
            groups.append(value)
            slot = _open_slot(value)
        pending_join = broken = False
    return groups


def spell_out_digits(text, languages):
    """Replace runs of number words with digits: "zero six, twelve" -> "06 12".

    Only a run that gives at least three digits is replaced, so "one or two
    sessions" stays as it is. Tens followed by a unit merge ("twenty one" ->
    21), as does a joined "y"/"und"/"et" ("treinta y dos" -> 32).
    """
    if isinstance(languages, str):
        languages = (languages,)
    out, last, run = [], 0, []  # run: (start, end, value or "+")
    gap_from = 0  # where the gap to the next number word starts (after a filler too)

    def flush():
        nonlocal last
        while run and run[-1][2] in ("+", ","):
            run.pop()
        numbers = [(start, end) for start, end, value in run if value not in ("+", ",")]
        if len(numbers) == 1 and " " not in text[numbers[0][0] : numbers[0][1]]:
            # one plain word ("sto", "cent", "hundred") is a word, not a number
            # to read out; one compound ("zweitausendsechs") is a number
            word = fold(text[numbers[0][0] : numbers[0][1]])
            if any(word in _lexicon_for(language)[0] for language in languages):
                run.clear()
        if run:
            groups = _digits_of([value for _, _, value in run])
            if sum(len(str(group)) for group in groups) >= 3:
                out.append(text[last : run[0][0]])
                out.append(" ".join(str(group) for group in groups))
                last = run[-1][1]
        run.clear()

    for match in _number_word_token(tuple(languages)).finditer(text):
        token = match.group()
        if run and not _GAP.fullmatch(text, gap_from, match.start()):
            flush()
        value = _word_value(token, languages)
        if value == "filler":
            # neither breaks a run nor joins: the next gap is measured from here
            gap_from = match.end() if run else gap_from
            continue
        if value is None or (value == "+" and not run):
            if run:
                flush()
            continue
        if run and _GROUP_BREAK.search(text, gap_from, match.start()):
            run.append((gap_from, gap_from, ","))
        if isinstance(value, tuple):
            run.extend((match.start(), match.end(), piece) for piece in value)
        else:
            run.append((match.start(), match.end(), value))
        gap_from = match.end()
    flush()
    out.append(text[last:])
    return "".join(out)


def is_teen(word, languages):
    """Whether ``word`` makes the unit before it a teen ("déag")."""
    return _word_value(word, tuple(languages)) == "teen"


def digits_of_words(words, languages):
    """The digits a list of number words reads out ("een", "en", "veertig" ->
    "41"; "dwa", "jeden" -> "21"; "sixty", "eight" -> "68"), or None when
    one of them is not a number word in ``languages``."""
    values = []
    for word in words:
        value = _word_value(word, tuple(languages))
        if value is None or value == "filler":
            return None
        values.extend(value if isinstance(value, tuple) else (value,))
    groups = _digits_of(values)
    return "".join(str(group) for group in groups) if groups else None


# Endings of ordinal and inflected numbers: "enaintridesetega" (sl, 31st),
# "devete" (hr), "пета" (bg), "aonú" (ga), "dreißigsten" (de)
_ORDINAL_ENDINGS = (
    "ega",
    "ga",
    "ogo",
    "og",
    "ih",
    "ste",
    "sten",
    "ten",
    "te",
    "ú",
    "e",
    "i",
    "a",
    "и",
    "а",
    "та",
    "ος",
    "η",
)


@lru_cache(maxsize=8192)
def is_number_word(word):
    """Whether ``word`` is a number, cardinal or ordinal, in one of the site
    languages ("devetindevetdesetega", "δεκαεφτά", "двайсет", "dhá")."""
    if not word or len(word) > MAX_WORD_LENGTH or word.isdigit():
        return False
    for language in _WORDS:
        if value_of(word, language) is not None:
            return True
    folded = fold(word)
    for ending in _ORDINAL_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            stem = folded[: -len(ending)]
            if any(value_of(stem, language) is not None for language in _WORDS):
                return True
    return False
