"""E-mail addresses (also written "name at mail dot com", "[at]", "arroba",
"kukac", "małpa", "τελεία") and social-media handles and profile links."""

import re

from .anchors import Anchored, literal_prefixes

# Every repetition before a literal is bounded: unbounded ones backtrack
# quadratically on "a.a.a.a...@".
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}", re.UNICODE)

_AT_WORDS = (
    r"at|ät|arroba|arobase|arrobe|chiocciola|chiocc|kukac|małpa|malpa|małpka|klammeraffe|affenschwanz|apenstaartje|"
    r"apestaartje|afna|afne|majmunica|majmun|monkey|ατ|παπάκι|παπακι|συν|собака|маймунка|маймуна|кльомба|ет|"
    r"ات|آت|أت|ett|ag"
)
_DOT_WORDS = (
    r"dot|punt|punto|point|pont|kropka|pika|piko|τελεία|τελεια|τελια|точка|نقطة|نقطه|دات|دوت|punkt|ponc|"
    r"točka|tocka|tačka|pik|ponto|pontu|teleia"
)
_TLDS = (
    r"com|net|org|info|eu|edu|gov|io|me|co|biz|be|bg|hr|gr|hu|ie|it|mt|nl|pl|si|es|de|fr|at|uk|ch|se|dk|fi|no|"
    r"pt|ro|cz|sk|lt|lv|ee|lu|cy|ru|ua|tr|ir|af|sy|iq|ma|dz|tn|eg|ng|er|et|so|sd|pk|ca|us|"
    # read out in Arabic or Persian script: "دوت كوم", "دات کام", "نت", "أورج"
    r"كوم|کوم|کام|كام|نت|أورج|اورج|اورگ|ارگ|إنفو|اینفو|ком|бг|κομ|γρ"
)
_DOT = rf"(?:\s*[\[\(\{{<]\s*(?:{_DOT_WORDS}|\.)\s*[\]\)\}}>]\s*|\s+(?:{_DOT_WORDS})\s+|\s*\.\s*)"
# The "at" of a disguised address, matched where it starts; the local part is
# then read backwards and the domain forwards.
# In brackets "at" has more names: "[et]" (Croatian, Slovene), "(a)".
_BRACKETED_AT_WORDS = r"et|a|at|ät|@"
AT_HERE = re.compile(
    rf"(?:[\[\(\{{<]\s*(?:{_AT_WORDS}|{_BRACKETED_AT_WORDS})\s*[\]\)\}}>]|(?:{_AT_WORDS})(?=\s)|@)", re.IGNORECASE
)
_AT_AT = Anchored(AT_HERE, ["@", "[", "(", "{", "<", *literal_prefixes(_AT_WORDS)], word_start=False)
_LOCAL_BEFORE = re.compile(r"(?<![\w.])[\w][\w.+-]{0,63}\s*$")
_DOMAIN_AFTER = re.compile(
    rf"\s*[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}}){{0,3}}{_DOT}(?:{_TLDS})\b", re.IGNORECASE | re.UNICODE
)


_PLATFORMS = (
    r"facebook\.com|fb\.com|m\.facebook\.com|instagram\.com|instagr\.am|tiktok\.com|twitter\.com|x\.com|"
    r"snapchat\.com|t\.me|telegram\.me|vk\.com|ok\.ru|linkedin\.com|youtube\.com|threads\.net|wa\.me|"
    r"onlyfans\.com|bsky\.app|mastodon\.social|pinterest\.com|reddit\.com"
)
PROFILE_LINK = re.compile(
    rf"(?:https?://)?(?:www\.)?(?:{_PLATFORMS})/(?!(?:help|about|policies|legal|privacy|terms)\b)[\w@./?=%-]{{2,100}}",
    re.IGNORECASE,
)
HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29}))(?![\w@]|\.[A-Za-z]{2,})")
# "insta: nadia_lesvos2003", "her TikTok is jay.ams": a platform named, then a handle-like word.
PLATFORM_WORD = re.compile(
    r"\b(?:insta(?:gram)?|tiktok|tik tok|snap(?:chat)?|facebook|fb|twitter|telegram|threads|onlyfans|"
    r"φέισμπουκ|ινσταγκραμ|инстаграм|фейсбук|тикток|فيسبوك|انستغرام|انستقرام|تيك توك|اینستاگرام|فیسبوک|تلگرام)"
    r"(?:\s+(?:account|profile|page|handle|name|id|is|ist|est|es|è|je|van|de|di|del|on)){0,3}\s*[:=]?\s*"
    r"([A-Za-z0-9][A-Za-z0-9_.]{2,29})",
    re.IGNORECASE,
)


def _handle_like(word):
    return any(ch.isdigit() for ch in word) or "_" in word or "." in word.strip(".")


def emails(text, lowered):
    """(start, end, address, disguised) of each e-mail address."""
    plain = []
    for match in EMAIL.finditer(text):
        plain.append(match.span())
        yield match.start(), match.end(), match.group(), False
    for at in _AT_AT.finditer(text, lowered):
        if any(start <= at.start() < end for start, end in plain):
            continue
        word_at = at.group()[:1].isalpha()
        before = text[max(0, at.start() - 70) : at.start()]
        if word_at and not before[-1:].isspace():
            continue
        local = _LOCAL_BEFORE.search(before)
        domain = _DOMAIN_AFTER.match(text, at.end())
        if local and domain and (not word_at or domain.group()[:1].isspace()):
            start = at.start() - len(before) + local.start()
            yield start, domain.end(), text[start : domain.end()], True


_LINK_AT = Anchored(PROFILE_LINK, [p.replace("\\", "") for p in literal_prefixes(_PLATFORMS)], word_start=False)


def social(text, lowered):
    """Profile links, @handles and handles named with their platform."""
    for match in _LINK_AT.finditer(text, lowered):
        yield match
    for match in HANDLE.finditer(text):
        yield match
    for match in PLATFORM_WORD.finditer(text):
        if _handle_like(match.group(1)):
            yield match
