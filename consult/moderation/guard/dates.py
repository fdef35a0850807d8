"""Dates of birth, in the 16 site languages.

A date of birth is a date said next to a word for being born or for a
birth ("born", "geboren", "née", "nacida", "urodzona", "rođena",
"született", "γεννήθηκε", "родена", "twieldet", "rugadh", "مواليد",
"متولد"), before or after it and in the same sentence: German, Dutch,
Hungarian and Persian put the date first ("am 7. Mai 2009 geboren").

A date is a numeric date ("12.03.2009", "2009-03-12", "1388/01/12") or a
month named in one of the languages (Gregorian months in each of them,
the Levantine and Hijri months in Arabic, the solar months in Persian)
with a day or a year next to it. The day may be written in words
("twaalf april 2009", "četrnaestog ožujka 2009"): the year or the month
with the birth word is enough, so ordinal day words need no list. A year
alone is not held ("born in 2000" is as often said of a project).

A numeric date next to an age ("16 years old", "aged 16", "Alter 16",
"wiek 16", "عمرها 16") is held too when the year and the age agree.

What passes: dates of meetings, deadlines and judgments (no birth word
near them), and dates in a year that has not begun (nobody is born in
the future: "the birth registration workshop on 3 March 2027").
"""

import datetime
import re
import unicodedata
from functools import lru_cache

from .anchors import Anchored, literal_prefixes
from .number_words import is_number_word

_BORN = (
    # en / ga
    r"born|birth(?! ?rates?)|birthday|date of birth|d\.o\.b\.?|dob|"
    r"rugadh|breithe|breith|"
    # nl / de
    r"geboren|geb\.|geboortedatum|geboorte|geburtsdatum|geburtstag|geburt|"
    # fr / es / it
    r"née?|né le|naissance|nacid[oa]|naci[óo]|nacimiento|f\. ?nac\.?|nat[oa]|nascita|"
    # pl / hr / sl / hu
    r"urodzon[aey]|urodzi[łl]a?|urodzenia|urodzin|ur\.|ro[đd]en[aeo]?|ro[đd]enja|rodila se|rodio se|"
    r"rojen[aeo]?|rojstva|rojstni|született|szül\.|születési|születésű|születés|"
    # el / bg / mt
    r"γεννήθηκε|γεννημέν|γέννησης|γεννηση|γενν\.|роден[аио]?|раждане|рождена|рожд\.|родил[аи]? се|"
    r"twieled|twieldet|twelid|imwieled|imwielda|"
    # abbreviations before a date ("Rođ. 14.08.1994", "roj. 7. 3. 1986", "род. 17.05.1997 г.",
    # "nac. el 3/2/1990", "Geb.-Datum", "naiss.", "γεν."); one-letter ones ("b.", "n.") are
    # also "number" and list letters, and stay out
    r"ro[đd]\.|roj\.|род\.|urodz\.|nac\.|naiss\.|nasc\.|γεν\.|geb\.-?datum|geb\.dat\.?|"
    # ar / fa
    r"مواليد|مواليد|ولدت|وُلدت|ولد|الميلاد|ميلاد|مولود|مولودة|"
    r"متولد|تولد|به دنیا آمد|به دنیا آمده|زاده|"
    # with a possessive ending ("تاريخ ميلادها", "تاریخ تولدش")
    r"ميلادها|ميلاده|ميلادي|ميلادك|تولدش|تولدم|تولدت|تولدشان"
)
# A word that says an age ("16 years old", "aged 16", "16 éves", "16 ساله"): a
# numeric date beside it is a date of birth when the two agree (2009 and 16
# in 2025).
_AGE = (
    # words that say an age, not a duration ("for 15 years, since 2010" is not an age)
    r"age|aged|years old|year-old|yrs old|y/o|yo|bliana d'aois|aois|leeftijd|jaar oud|jarige|alter|jahre alt|"
    r"jährige|âge|âgée?|edad|età|wiek|w wieku|starost|életkor|éves|ηλικία|ηλικίας|ετών|χρονών|възраст|"
    r"годишна|годишен|عمر|عمرها|عمره|سن|ساله"
)
_BORN_WORD = re.compile(rf"(?<![\w])(?:{_BORN})(?![\w])", re.IGNORECASE)
_AGE_WORD = re.compile(rf"(?<![\w])(?:{_AGE})(?![\w])", re.IGNORECASE)
_BORN_AT = Anchored(_BORN_WORD, literal_prefixes(_BORN))
_AGE_AT = Anchored(_AGE_WORD, literal_prefixes(_AGE))
_AGE_NUMBER = re.compile(r"(?<![\d.,/:])(\d{1,2})(?![\d%/:]|[.,]\d)")

_ARABIC = str.maketrans({"ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ك": "ک", "ى": "ی", "ئ": "ی", "ؤ": "و"})


@lru_cache(maxsize=4096)
def _fold_char(ch):
    # cached: a long post's windows fold the same few hundred characters again and again
    lowered = ch.lower()
    if len(lowered) != 1 or "\u0400" <= lowered <= "\u04ff":
        return lowered if len(lowered) == 1 else ch  # Cyrillic keeps its "й"
    decomposed = unicodedata.normalize("NFKD", lowered)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if len(base) == 1 else lowered


def _fold(text):
    """Lower case without accents, one character for one (offsets stay)."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text).translate(_ARABIC)


# Month names (folded when compiled, like the text they are matched in).
# Stems take inflections ("marca", "szeptemberben", "Απριλίου").
_MONTH_STEMS = (
    # en, nl, de, fr, es, it, mt
    "january|february|march|april|june|july|august|september|october|november|december|"
    "januari|februari|maart|augustus|oktober|januar|jänner|februar|märz|maerz|dezember|"
    "janvier|février|avril|juillet|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "jannar|marzu|mejju|ġunju|lulju|awwissu|settembru|ottubru|novembru|diċembru|"
    # ga, with the lenited forms ("de Mhárta", "mí Mheán Fómhair")
    "eanáir|feabhra|fheabhra|márta|mhárta|aibreán|haibreán|bealtaine|bhealtaine|meitheamh|mheitheamh|"
    "lúnasa|meán fómhair|mheán fómhair|deireadh fómhair|dheireadh fómhair|samhain|shamhain|nollaig|"
    # pl, hr, sl, hu
    "stycz|lutego|marzec|marca|kwiec|kwietn|czerw|lipiec|lipca|sierp|wrzes|wrześ|październik|listopad|grudz|grudn|"
    "siječ|veljač|ožuj|travan|travnj|svibanj|svibnj|lipanj|lipnj|srpanj|srpnj|kolovoz|rujan|rujn|studen|prosin|"
    "marec|junij|julij|avgust|"
    "január|február|március|április|május|június|július|augusztus|szeptember|október|"
    # el, bg
    "ιανουάρ|ιανουαρ|φεβρουάρ|φεβρουαρ|μάρτ|μαρτ|απρίλ|απριλ|μαΐ|μάι|μαι|ιούν|ιουν|ιούλ|ιουλ|αύγουστ|αυγούστ|"
    "σεπτέμβρ|σεπτεμβρ|οκτώβρ|οκτωβρ|νοέμβρ|νοεμβρ|δεκέμβρ|δεκεμβρ|"
    # the months as Greek is spoken ("του Φλεβάρη", "τον Γενάρη"; "Μάρτη", "Απρίλη" above)
    "γενάρ|φλεβάρ|"
    "януари|февруари|септември|октомври|ноември|декември"
)
# Whole words only (short, or also ordinary words inflected).
_MONTH_WORDS = (
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mei|juni|juli|mai|mars|juin|août|mayo|frar|april|iúil|"
    "luty|maj|maja|maju|mart|април|май|юни|юли|март|август|μάη|μάης|"
    # ar: Gregorian, Levantine and Hijri months
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|كانون الأول|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|تشرين|"
    "محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة|"
    # fa: solar months, and the Gregorian ones as Persian writes them
    "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
    "ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر"
)
_MONTH = re.compile(rf"(?<![^\W\d_])(?:(?:{_fold(_MONTH_STEMS)})[^\W\d_]*|(?:{_fold(_MONTH_WORDS)})\.?)(?![^\W\d_])")
# "May" is a month only with a capital: "she may have been born in 2009".
_MAY = re.compile(r"May(?<![\w]May)(?![\w])")

_YEAR = re.compile(r"(?<!\d)(?:19\d{2}|20\d{2}|1[34]\d{2})(?!\d)")
_DAY_BEFORE = re.compile(
    r"(?<!\d)(?:[012]?\d|3[01])(?:st|nd|rd|th|er|re|e|eme|º|ª|ος|ης|η|ти|ви|ри|-?[a-z]{1,3})?\.?"
    r"\s*(?:(?:de|of|the|ta'|ta’|tal|di|del|του|της|من|fit|fil|lis|l)\s*-?\s*)?$"
)
_DAY_AFTER = re.compile(r",?\s*(?:the\s+)?(?:[012]?\d|3[01])(?!\d)")
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.])(?<!\d-)(?:"
    r"(?P<d1>\d{1,2})\s?(?P<s1>[./-])\s?(?P<m1>\d{1,2})\s?(?P=s1)\s?(?P<y1>(?:19|20)?\d{2}|1[34]\d{2})"
    r"|(?P<y2>(?:19|20)\d{2}|1[34]\d{2})\s?(?P<s2>[./-])\s?(?P<m2>\d{1,2})\s?(?P=s2)\s?(?P<d2>\d{1,2})"
    # (a Hungarian case ending may follow: "2008. 05. 17-én", "17.05.2008-ban")
    r")(?![\d/]|-\d|\.\d)"
)
# The end of a sentence (not the dot of "7. Mai", of a numeric date or of "Mrs.").
_SENTENCE_END = re.compile(r"(?<!\d)(?<!\b\w)[.!?؟]\s|\n")

_BEFORE, _AFTER = 60, 70


def month_follows(text, end):
    """Whether a month's name follows ``end`` ("14 January", "14. März", "14 de
    marzo"): the number before it is a day, not a house number."""
    after = _fold(text[end : end + 30])
    lead = _MONTH_LEAD.match(after)
    return bool(_MONTH.match(after, lead.end())) or bool(_MAY.match(text, end + lead.end()))


_MONTH_LEAD = re.compile(r"[.,]?\s*(?:(?:of|de|di|del|του|της|ta'|tal|lis|fil)\s+)?")


def _this_year():
    return datetime.date.today().year


def _numeric_year(match):
    """(day, month, year as written) of a numeric date, or None if it is not one."""
    if match.group("d1") is not None:
        day, month, year = match.group("d1"), match.group("m1"), match.group("y1")
    else:
        day, month, year = match.group("d2"), match.group("m2"), match.group("y2")
    day, month = int(day), int(month)
    if not (1 <= month <= 12 and 1 <= day <= 31) and not (1 <= day <= 12 and 1 <= month <= 31):
        return None
    return year


def _birth_year(year, latest_year):
    """The year as a Gregorian birth year (None when it has not come yet);
    Persian solar and Hijri years and two-digit ones are taken as past."""
    if len(year) == 2:
        full = 2000 + int(year) if 2000 + int(year) <= latest_year else 1900 + int(year)
        return full
    year = int(year)
    if year < 1500:
        return 0
    return year if year <= latest_year else None


def _past_year_in(text, latest_year):
    return any(_birth_year(m.group(), latest_year) is not None for m in _YEAR.finditer(text))


def _named_month_date(window, original, latest_year):
    """A named month with a day or a year beside it."""
    months = [*_MONTH.finditer(window), *_MAY.finditer(original)]
    for month in months:
        before = window[max(0, month.start() - 20) : month.start()]
        after = window[month.end() : month.end() + 22]
        if _YEAR.search(after):
            if _past_year_in(after, latest_year):
                return True
            continue  # a date in a year to come
        if _past_year_in(before[-8:], latest_year):
            return True  # "2009. április 12-én"
        if _DAY_BEFORE.search(before) or _DAY_AFTER.match(after):
            return True
        if _SHORT_YEAR_AFTER.match(after):
            return True  # "17 Μαρτίου του '98"
        # a day or a year in words beside the month: "dvadeset drugog rujna devedeset devete",
        # "enaintridesetega januarja devetindevetdesetega", "δεκαεφτά Μαρτίου"
        words = [*_WORD.findall(before)[-3:], *_WORD.findall(after)[:3]]
        if any(is_number_word(word) for word in words):
            return True
    return False


# An organisation's founding, said with the birth word in the same sentence
_FOUNDED = re.compile(
    r"(?:founded|founding|established|gegründet|Gründung|opgericht|oprichting|fondée?|fondation de|fundad[ao]|"
    r"fundación de|fondat[ao]|fondazione di|założon|założenia|osnovan|osnutk|ustanovljen|alapít|ιδρύθηκε|ίδρυσης|"
    r"основан|основаване|twaqqf|twaqqaf|bunaíodh|bunú|تأسيس|تأسست|تاسیس|تأسّس)",
    re.IGNORECASE,
)
_SHORT_YEAR_AFTER = re.compile(r"\s*(?:[^\W\d_]{1,4}\s+)?['’]\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")


def _sentence_window(text, start, end):
    """The text around [start, end) within its sentence."""
    left = max(0, start - _BEFORE)
    for boundary in _SENTENCE_END.finditer(text, left, start):
        left = boundary.end()
    right = min(len(text), end + _AFTER)
    boundary = _SENTENCE_END.search(text, end, right)
    if boundary:
        right = boundary.start() + 1
    return left, right


def _age_agrees(text, left, right, latest_year):
    """A numeric date and an age in the same stretch that agree: "16 years
    old (born 03.05.2009)" in 2025, "DOB 1-2-2001, age 24"."""
    ages = [int(m.group(1)) for m in _AGE_NUMBER.finditer(text, left, right)]
    if not ages:
        return False
    for date in _NUMERIC_DATE.finditer(text, left, right):
        year = _numeric_year(date)
        birth = _birth_year(year, latest_year) if year else None
        if birth and birth > 1500 and any(abs(latest_year - birth - age) <= 1 for age in ages):
            return True
    return False


# A one-letter abbreviation for born ("b." in English, "р." in Bulgarian) is
# held only right before a whole date (day, month and year): alone "b." and
# "р." are also list letters, "river" and "page".
_ONE_LETTER_BORN = re.compile(r"[bр]\.\s?(?=\d)")
# ...not after a word that makes it a list's letter ("option b.", "точка б."),
# nor after an "a." or "a)" of the same list
_LIST_A = re.compile(r"(?<![\w])[aа][.)]\s")
_LIST_LETTER_BEFORE = re.compile(
    r"(?:option|point|item|question|section|variant|case|annex|точка|вариант|буква|алинея|раздел)\s*$", re.IGNORECASE
)


def _whole_date_at(text, start, latest_year):
    window = _fold(text[start : start + 30])
    numeric = _NUMERIC_DATE.match(window)
    if numeric:
        year = _numeric_year(numeric)
        return bool(year) and _birth_year(year, latest_year) is not None
    day = re.match(r"(?:[012]?\d|3[01])(?:st|nd|rd|th)?\.?\s*(?:of\s+)?", window)
    month = day and (_MONTH.match(window, day.end()) or _MAY.match(text, start + day.end()))
    year = month and re.match(r"[,.]?\s*((?:19|20)\d{2})(?!\d)", window[month.end() :])
    return bool(year) and _birth_year(year.group(1), latest_year) is not None


# How far after the birth word's sentence a whole date is read (two sentences at most)
_NEXT_SENTENCES_REACH = 220
_YEAR_AFTER_MONTH = re.compile(r"[\s,.]*(?:(?:de|of|del|di|του|г\.|ta'|tal-?)\s*)?((?:19|20)\d{2})(?!\d)")
_DAY_WORD_BEFORE = re.compile(
    r"(?<!\d)(?:[012]?\d|3[01])(?:st|nd|rd|th|er|e|º|ª|ος|ης|η|-?ти|-?ви|-?ри)?\.?\s*(?:(?:de|of|the|di|del|του|της|ta'|tal|l)\s*-?\s*)?$"
)


def _plausible_birth_year(year, latest_year):
    """A year in which a person now living, and now in a post, was born: at
    most 100 years ago, and before this one."""
    return latest_year - 100 <= year < latest_year


def _whole_date_after(text, right, latest_year):
    """(start, end) of a whole date (day, month and a plausible birth year) in the
    two sentences after the birth word's own (which ends at ``right`` and has no
    date): a writer tells how a person speaks of her birth, then what a
    document says."""
    window_end = min(len(text), right + _NEXT_SENTENCES_REACH)
    for stops, stop in enumerate(_SENTENCE_END.finditer(text, right, window_end), 1):
        if stops == 2:
            window_end = stop.start() + 1
            break
    if _FOUNDED.search(text, right, window_end):
        return None
    window = _fold(text[right:window_end])
    for date in _NUMERIC_DATE.finditer(window):
        year = _numeric_year(date)
        if year and len(year) == 4 and _plausible_birth_year(int(year), latest_year):
            return right + date.start(), right + date.end()
    for month in _MONTH.finditer(window):
        year = _YEAR_AFTER_MONTH.match(window, month.end())
        if not year or not _plausible_birth_year(int(year.group(1)), latest_year):
            continue
        before = window[max(0, month.start() - 25) : month.start()]
        words = _WORD.findall(before)[-3:]
        day = _DAY_WORD_BEFORE.search(before)
        if day:
            return right + month.start() - len(before) + day.start(), right + year.end()
        if (words and is_number_word(words[-1])) or any(is_number_word(word) for word in words[-2:]):
            return right + max(0, month.start() - 25), right + year.end()
    return None


def dates_of_birth(text, lowered):
    """(start, end, matched) of each birth word (or age) with a date beside it."""
    latest_year = _this_year()
    last_end = -1
    for match in _ONE_LETTER_BORN.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isalpha():
            continue  # "Bob. 3 ...", "Ref. 12": the end of a word
        if _LIST_LETTER_BEFORE.search(text, max(0, match.start() - 15), match.start()) or _LIST_A.search(
            text, max(0, match.start() - 80), match.start()
        ):
            continue
        if _whole_date_at(text, match.end(), latest_year):
            left, right = _sentence_window(text, match.start(), match.end())
            last_end = right
            yield left, right, text[match.start() : right]
    for match in _BORN_AT.finditer(text, lowered):
        if match.start() < last_end or text[match.start() : match.end()] == "NATO":
            continue
        left, right = _sentence_window(text, match.start(), match.end())
        original = text[left:right]
        window = _fold(original)
        numeric = any(
            (year := _numeric_year(date)) and _birth_year(year, latest_year) is not None
            for date in _NUMERIC_DATE.finditer(window)
        )
        if _FOUNDED.search(original):
            continue  # "date of birth: 12/03/2019, meaning the founding of our association"
        if numeric or _named_month_date(window, original, latest_year):
            last_end = right
            yield left, right, text[match.start() : right]
            continue
        # the birth word said in one sentence, the whole date in the next ones:
        # "She says she was born in the spring. Her passport says 23 April 2001."
        found = _whole_date_after(text, right, latest_year)
        if found:
            last_end = found[1]
            yield found[0], found[1], text[found[0] : found[1]]
    for match in _AGE_AT.finditer(text, lowered):
        if match.start() < last_end:
            continue
        left, right = _sentence_window(text, match.start(), match.end())
        if _age_agrees(text, left, right, latest_year):
            last_end = right
            yield left, right, text[match.start() : right]
