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
    r"ات|آت|أت|ett|ag|et"
)
# "et" is "and" in French and Latin: as the at of an address only before a
# mail provider or after a local part that no sentence has ("amina.h92 et
# gmail točka com", the Croatian and Slovene way to say it).
_AND_WORD_ATS = frozenset({"et"})
_MAIL_PROVIDER = re.compile(
    r"\s*(?:g ?mail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|gmx|web|t-online|proton(?:mail)?|"
    r"pm|mail|email|wanadoo|orange|free|laposte|libero|virgilio|tiscali|alice|wp|o2|onet|interia|op|"
    r"freemail|citromail|abv|dir|net|yandex|telenet|skynet|ziggo|kpnmail|eircom|siol|t-com|tportal|"
    r"otenet|hol|forthnet|gmial)(?![\w-])",
    re.IGNORECASE,
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
_TLD_SET = frozenset(_TLDS.split("|"))
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
HANDLE = re.compile(r"@(?<![\w@.]@)([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29}))(?![\w@]|\.[A-Za-z]{2,})")
# "insta: nadia_lesvos2003", "her TikTok is jay.ams": a platform named, then a handle-like word.
_PLATFORM_NAMES = (
    r"insta(?:gram)?|tiktok|tik tok|snap(?:chat)?|facebook|fb|twitter|telegram|threads|onlyfans|youtube|twitch|"
    r"discord|tinder|badoo|kik|linkedin|bluesky|reddit|vkontakte|"
    r"φέισμπουκ|ινσταγκραμ|σνάπτσατ|τικ τοκ|инстаграм|фейсбук|тикток|снапчат|телеграм|вконтакте|"
    r"فيسبوك|انستغرام|انستقرام|تيك توك|سناب شات|سناب|تلغرام|تليجرام|تويتر|"
    r"اینستاگرام|فیسبوک|تلگرام|اسنپ‌چت|اسنپ چت|تیک‌تاک|تیک تاک|توییتر"
)
PLATFORM_WORD = re.compile(
    rf"(?<![\w])(?:{_PLATFORM_NAMES})"
    r"(?:\s+(?:account|profile|page|handle|name|id|is|ist|est|es|è|je|van|de|di|del|on)){0,3}\s*[:=]?\s*"
    r"([A-Za-z0-9][A-Za-z0-9_.]{2,29})",
    re.IGNORECASE,
)
_PLATFORM_NAME = re.compile(rf"(?<![\w])(?:{_PLATFORM_NAMES})", re.IGNORECASE)
# A handle a few words away from the platform, in any language ("ar Snapchat
# faoin ainm darraghmac_99", "auf Instagram unter dem Namen lina.k_07",
# "lina_k07 néven az Instagramon"): only a word that no language has, with an
# underscore, or letters then digits, or a dot between letters.
_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"“”„«»]+")
_STRICT_HANDLE = re.compile(r"(?=[A-Za-z0-9_.]*[a-z])[A-Za-z0-9][A-Za-z0-9_.]{3,29}", re.ASCII)
_HANDLE_MARK = re.compile(r"_|[a-z]{2}\d|[a-z]{2,}\.[a-z]{2,}", re.ASCII)
_WORDS_AWAY = 5


def _handle_like(word):
    return any(ch.isdigit() for ch in word) or "_" in word or "." in word.strip(".")


def _strict_handle(token):
    token = token.rstrip(".")
    if "." in token and token.rsplit(".", 1)[1].lower() in _TLD_SET:
        return False  # a web address, not a handle
    return bool(_STRICT_HANDLE.fullmatch(token) and _HANDLE_MARK.search(token))


def _handles_near_platforms(text, platforms):
    for platform in platforms:
        line_start = text.rfind("\n", 0, platform.start()) + 1
        after = list(_TOKEN.finditer(text, platform.end(), min(len(text), platform.end() + 80)))[:_WORDS_AWAY]
        before = list(_TOKEN.finditer(text, max(line_start, platform.start() - 60), platform.start()))
        for token in [*after, *before[-3:]]:
            if _strict_handle(token.group()) and not re.search(
                r"[.!?]\s", text[min(token.end(), platform.start()) : max(token.start(), platform.end())]
            ):
                yield token


def _plain_emails(text):
    """EMAIL.finditer(text), searched only around each "@" (the local part
    is at most 64 characters before it)."""
    end_of_last = 0
    at = text.find("@")
    while at != -1:
        if at >= end_of_last:
            match = EMAIL.search(text, max(end_of_last, at - 64), at + 700)
            if match and match.start() <= at < match.end():
                end_of_last = match.end()
                yield match
        at = text.find("@", at + 1)


def emails(text, lowered):
    """(start, end, address, disguised) of each e-mail address."""
    plain = []
    for match in _plain_emails(text):
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
        if (
            local
            and domain
            and at.group().strip().lower() in _AND_WORD_ATS
            and not (_MAIL_PROVIDER.match(text, at.end()) or re.search(r"[\d._]", local.group().strip()))
        ):
            continue
        if local and domain and (not word_at or domain.group()[:1].isspace()):
            start = at.start() - len(before) + local.start()
            yield start, domain.end(), text[start : domain.end()], True


_PLATFORM_AT = Anchored(_PLATFORM_NAME, literal_prefixes(_PLATFORM_NAMES))
_LINK_AT = Anchored(PROFILE_LINK, [p.replace("\\", "") for p in literal_prefixes(_PLATFORMS)], word_start=True)


def social(text, lowered):
    """Profile links, @handles and handles named with their platform."""
    for match in _LINK_AT.finditer(text, lowered):
        yield match
    for match in HANDLE.finditer(text):
        yield match
    platforms = list(_PLATFORM_AT.finditer(text, lowered))
    for platform in platforms:
        match = PLATFORM_WORD.match(text, platform.start())
        if match and _handle_like(match.group(1)):
            yield match
    yield from _handles_near_platforms(text, platforms)
