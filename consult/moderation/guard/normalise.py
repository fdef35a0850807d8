"""What the recognisers read: the post as a person would read it aloud.

Unicode NFKC (full-width digits, ligatures), Arabic-Indic and Persian digits
to ASCII, look-alike letters inside mixed-script words (a Cyrillic "а" in
"gmаil") and inside digit runs ("O6l2..."), and numbers written as words in
the post's language. The author's text itself is never changed: this is a
copy for matching.
"""

import re
import unicodedata

from .anchors import Anchored, literal_prefixes, lower_keeping_length
from .number_words import spell_out_digits

_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪",
    "01234567890123456789.,%",
)
# Cyrillic and Greek letters that look like Latin ones.
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁАВЕКМНОРСТУХІЈЅαεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdABEKMHOPCTYXIJSaeikvoptuxABEZHIKMNOPTYX",
)
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# a Latin letter next to a Cyrillic or Greek one: some word mixes scripts
# (searched from the Greek or Cyrillic letter, which the regex engine can skip to)
_MIXED = re.compile(r"[\u0370-\u04ff](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
_OTHER_DIGITS = re.compile("[٠-٩۰-۹٫٬٪]+")


def _ascii_digits(match):
    return match.group().translate(_DIGITS)


_WORD = re.compile(r"[\w@.+-]+", re.UNICODE)
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# A run that is mostly digits with a letter that looks like one: "O6l2 345 678".
_DIGITISH = re.compile(r"(?<![\w])[\dOolI](?:[\s.-]?[\dOolI]){7,14}(?![\w])")

_PLUS_WORDS = r"plus|plusz|più|piu|más|mais|plas|plús|plís|πλην|συν|плюс|плус|زائد|به علاوه|مثبت"
_PLUS_WORD = re.compile(rf"(?<![\w+])(?:{_PLUS_WORDS})\s*(?=\d)", re.IGNORECASE)
# found where a plus word starts (the look-behind first makes the regex try
# every position of a long post)
_PLUS_AT = Anchored(_PLUS_WORD, literal_prefixes(_PLUS_WORDS))
_PLUS_HINTS = (
    "plus",
    "più",
    "piu",
    "más",
    "mais",
    "plas",
    "plús",
    "plís",
    "πλην",
    "συν",
    "плюс",
    "плус",
    "زائد",
    "علاوه",
    "مثبت",
)

# Stop words that tell the languages apart well enough to pick number words.
_STOP_WORDS = {
    "en": "the and is her she his with from for this that was are have",
    "ga": "agus an na ar ag tá bhí sí sé níl leis faoi ina uirthi",
    "nl": "de het een en is van op ze zij haar met niet voor bij dat",
    "de": "der die das und ist nicht sie ihr mit von den dem ein eine bei",
    "fr": "le la les et est une des du pour elle dans avec pas sur au",
    "es": "el la los las y es una del por con para que su se en",
    "it": "il la le e è una di del per con che non della gli sono",
    "pl": "i w na jest się z do nie że jej ona przez od dla",
    "hr": "i u na je se da ne od za kod njen njena su",
    "sl": "in v na je se da ne od za pri njen njena so",
    "hu": "a az és hogy nem egy van meg is már de csak neki",
    "mt": "il ta li u fil tal minn għal ma huwa hija jew",
    "el": "και το η της του να σε με που για δεν είναι τη",
    "bg": "и на е да се в от за с не тя го че",
    "ar": "في من على أن إلى هي هذا التي مع عن",
    "fa": "در از به که را این با است برای او",
}
_STOP_INDEX = {}
for _language, _words in _STOP_WORDS.items():
    for _word in _words.split():
        _STOP_INDEX.setdefault(_word, []).append(_language)
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text, fallback="en"):
    """The site language whose common words the text uses most (cheap; the
    first 2,000 characters are enough)."""
    counts = {}
    for match in _TOKEN.finditer(text[:2000].casefold()):
        for language in _STOP_INDEX.get(match.group(), ()):
            counts[language] = counts.get(language, 0) + 1
    if not counts:
        return fallback
    best = max(counts.values())
    if counts.get(fallback) == best:
        return fallback
    return max(counts, key=counts.get)


def _fix_mixed_script(match):
    word = match.group()
    if _LATIN.search(word) and _OTHER_SCRIPT.search(word):
        return word.translate(_CONFUSABLES)
    return word


def _fix_mixed_words(text):
    """_WORD.sub(_fix_mixed_script, text), but only on the words where two
    scripts meet (a long post has thousands of words and a few such)."""
    out, last = [], 0
    for mixed in _MIXED.finditer(text):
        if mixed.start() < last:
            continue
        start = mixed.start()
        while start > 0 and _WORD.fullmatch(text[start - 1]):
            start -= 1
        word = _WORD.match(text, start)
        out.append(text[last:start])
        out.append(_fix_mixed_script(word))
        last = word.end()
    out.append(text[last:])
    return "".join(out)


def _fix_digit_lookalikes(match):
    run = match.group()
    if sum(ch.isdigit() for ch in run) >= 6:
        return run.translate(_DIGIT_LOOKALIKES)
    return run


# A handle, a code or a plate written one character at a time, "so it cannot
# be searched": "@ m a d a m e _ j o y", "d i l a r a _ s f 0 7", "T R R M N T
# 0 2 P ...", "F K V   7 1 9". Six or more single characters, each apart from
# the next by one to three spaces, are read joined (groups apart by two or more
# spaces stay apart by one) when they hold a letter and a digit, an underscore
# or an @: a list of single letters ("a b c d e f") or of single digits stays
# as written.
_SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W][ ]{1,3}|[_@./][ ]{1,3}){5,}[^\W](?=[\s.,;:!?)]|$)")
_SPACED_HINT = re.compile(r" \S {1,3}\S {1,3}\S {1,3}\S(?!\S)")  # (a literal space first: fast)


def _join_spaced(match):
    run = match.group()
    characters = run.replace(" ", "")
    if not any(ch.isalpha() for ch in characters):
        return run
    if not any(ch.isdigit() or ch in "_@" for ch in characters):
        return run
    return re.sub(r" {2,}", "\x00", run).replace(" ", "").replace("\x00", " ")


def normalise(text, languages=("en",)):
    """The matching copy of ``text``; ``languages`` are read for number words."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _OTHER_DIGITS.search(text):
        # only the runs of such digits: translating a whole long post costs more
        text = _OTHER_DIGITS.sub(_ascii_digits, text)
    text = text.replace("\u200c", " ").replace("\u200f", "").replace("\u200e", "").replace("\u00ad", "")
    if _ARABIC_MARKS.search(text):
        text = _ARABIC_MARKS.sub("", text)  # short vowels and tatweel: "اَت" is "ات"
    if _MIXED.search(text):
        text = _fix_mixed_words(text)
    if _SPACED_HINT.search(text) or _SPACED_HINT.match(" " + text[:12]):
        text = _SPACED_RUN.sub(_join_spaced, text)
    text = _DIGITISH.sub(_fix_digit_lookalikes, text)
    text = spell_out_digits(text, tuple(dict.fromkeys(languages)))
    # "plus thirty-one six ..." once read out: "+31 6 ..."
    lowered = text.lower()
    if not any(hint in lowered for hint in _PLUS_HINTS):
        return text
    out, last = [], 0
    # (lowered once: lower_keeping_length is this same copy unless a letter lowered to two)
    for match in _PLUS_AT.finditer(text, lowered if len(lowered) == len(text) else lower_keeping_length(text)):
        out.append(text[last : match.start()])
        out.append("+")
        last = match.end()
    out.append(text[last:])
    return "".join(out)
