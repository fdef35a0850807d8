"""E-mail addresses (also written "name at mail dot com", "[at]", "arroba",
"kukac", "małpa", "τελεία") and social-media handles and profile links."""

import re
from bisect import bisect_left
from itertools import islice

from .anchors import Anchored, dispatch_by_first_letter, literal_prefixes
from .registers import ORGANISATION_WORDS

# Every repetition before a literal is bounded: unbounded ones backtrack
# quadratically on "a.a.a.a...@".
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}", re.UNICODE)
_LOCAL_CHAR = re.compile(r"[\w.+-]", re.UNICODE)
_DOMAIN_CHAR = re.compile(r"[\w-]", re.UNICODE)

_AT_WORDS = (
    r"at|ät|arroba|arobase|arrobe|chiocciola|chiocc|kukac|małpa|malpa|małpka|klammeraffe|affenschwanz|apenstaartje|"
    r"apestaartje|afna|afne|majmunica|majmun|monkey|ατ|παπάκι|παπακι|συν|собака|маймунка|маймуна|кльомба|ет|"
    r"ات|آت|أت|ett|ag|et|على"
)
# "et" is "and" in French and Latin: as the at of an address only before a
# mail provider or after a local part that no sentence has ("amina.h92 et
# gmail točka com", the Croatian and Slovene way to say it).
# Levantine Arabic says "على" (on) for the at: "ahmad.k.nl على جيميل دوت كوم".
_AND_WORD_ATS = frozenset({"et", "على"})
_MAIL_PROVIDER = re.compile(
    r"\s*(?:g ?mail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|gmx|web|t-online|proton(?:mail)?|"
    r"pm|mail|email|wanadoo|orange|free|laposte|libero|virgilio|tiscali|alice|wp|o2|onet|interia|op|"
    r"freemail|citromail|abv|dir|net|yandex|telenet|skynet|ziggo|kpnmail|eircom|siol|t-com|tportal|"
    r"otenet|hol|forthnet|gmial|جيميل|جي ميل|جيمايل|هوتميل|ياهو|اوتلوك|أوتلوك|جیمیل|یاهو)(?![\w-])",
    re.IGNORECASE,
)
_DOT_WORDS = (
    r"dot|punt|punto|point|pont|kropka|pika|piko|τελεία|τελεια|τελια|точка|نقطة|نقطه|دات|دوت|punkt|ponc|"
    r"točka|tocka|tačka|pik|ponto|pontu|teleia|punc"
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
    r"facebook\.com|fb\.com|fb\.me|m\.me|m\.facebook\.com|instagram\.com|instagr\.am|tiktok\.com|vm\.tiktok\.com|"
    r"twitter\.com|x\.com|snapchat\.com|t\.me|telegram\.me|telegram\.dog|vk\.com|ok\.ru|linkedin\.com|"
    r"youtube\.com|threads\.net|wa\.me|signal\.me|invite\.viber\.com|onlyfans\.com|fansly\.com|bsky\.app|"
    r"mastodon\.social|pinterest\.com|reddit\.com|twitch\.tv|tumblr\.com|patreon\.com|badoo\.com|linktr\.ee|"
    r"discord\.gg|snapchat\.com"
)
PROFILE_LINK = re.compile(
    rf"(?:https?://)?(?:www\.)?(?:{_PLATFORMS})\s?/\s?(?!(?:help|about|policies|legal|privacy|terms)\b)"
    r"[\w@./?=%-]{2,100}",
    re.IGNORECASE,
)
# A profile link read out or spaced: "instagram dot com slash lina underscore k",
# "tiktok punto com barra ...", "fb . com / matej . kranjc"
_SLASH_WORDS = (
    r"slash|barra|schrägstrich|Schrägstrich|schuine streep|slesh|kosa kreska|kosa crta|poševnica|perjel|κάθετος|"
    r"наклонена черта|slaxx|سلش|اسلش|شرطة مائلة|ukośnik|slais"
)
_SPOKEN_LINK = re.compile(
    rf"(?:instagram|tiktok|facebook|twitter|x|snapchat|t|telegram|vk|linkedin|youtube|onlyfans|threads|fb)"
    rf"\s*(?:\.|\s(?:{_DOT_WORDS})\s)\s*(?:com|me|ru|net|app)\s*(?:/|\s(?:{_SLASH_WORDS})\s)\s*@?[\w.]{{2,40}}",
    re.IGNORECASE,
)
HANDLE = re.compile(r"@(?<![\w@.]@)([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29}))(?![\w@]|\.[A-Za-z]{2,})")
# "@ kev_dunne", "@kev _ dunne": a handle broken by spaces
_SPACED_HANDLE = re.compile(r"@(?<![\w@.]@)\s{1,2}([A-Za-z0-9_.]{3,30})(?![\w@])")
# "at kev underscore dunne", "lina guion bajo k 92": a handle read out
_UNDERSCORE_WORDS = (
    r"underscore|under score|unterstrich|tiefstrich|liggend streepje|laag streepje|underscore|trait bas|tiret bas|"
    r"guion bajo|guión bajo|barra baja|trattino basso|underscore|podkreślnik|podkreślenie|podłoga|donja crta|"
    r"podvlaka|podčrtaj|alulvonás|aláhúzás|κάτω παύλα|κατω παυλα|долна черта|долно тавче|долно тире|"
    r"underskor|fo-líne|folíne|آندرلاین|آندرسکور|اندرسكور|شرطة سفلية|خط زیر"
)
_SPOKEN_HANDLE = re.compile(
    rf"(?:(?:at|@)\s+)?[\w]{{1,20}}(?:\s+(?:{_UNDERSCORE_WORDS})\s+[\w]{{1,20}})+"
    rf"(?:\s+(?:{_UNDERSCORE_WORDS}|{_DOT_WORDS})\s+[\w]{{1,20}})*",
    re.IGNORECASE,
)
_UNDERSCORE_AT = Anchored(re.compile(rf"(?:{_UNDERSCORE_WORDS})", re.IGNORECASE), literal_prefixes(_UNDERSCORE_WORDS))
# "insta: nadia_lesvos2003", "her TikTok is jay.ams": a platform named, then a handle-like word.
# The platforms' names as people write them in the 16 languages and scripts (and their
# inflected forms: "Instagramie", "TikTokon", "na Fejsu", the Hungarian "instán" with
# its last vowel long before the ending); words that are also ordinary
# words ("Signal", "Threads", "Line", "X") only with their capital.
_PLATFORM_NAMES = (
    # a short name is never inflected: "ig" must not take "igualdad", nor "imo" "imobiliário"
    r"insta(?:gram)?|instá|ig(?![^\W\d_])|tiktok|tik tok|tik-tok|snap(?:chat)?|facebook|fb(?![^\W\d_])|fejsbuk|fejs|"
    r"fejsu|twitter|telegram|onlyfans|only fans|youtube|you tube|twitch|discord|tinder|bumble|hinge|grindr|badoo|"
    r"kik(?![^\W\d_])|linkedin|bluesky|reddit|vkontakte|vk(?![^\W\d_])|whatsapp|whats app|whatsap|viber|skype|"
    r"wechat|imo(?![^\W\d_])|pinterest|tumblr|mastodon|"
    r"φέισμπουκ|φεισμπουκ|ινσταγκραμ|ινσταγκράμ|ίνστα|ινστα|σνάπτσατ|σναπ|τικ τοκ|τικτοκ|τουίτερ|τουιτερ|"
    r"βάιμπερ|βαιμπερ|γουότσαπ|βάτσαπ|τέλεγκραμ|"
    r"инстаграм|инста|фейсбук|фейса|тикток|тик ток|снапчат|телеграм|вконтакте|вайбър|вайбер|уатсап|вотсап|"
    r"туитър|туитер|ютюб|сигнал|"
    r"فيسبوك|فيس بوك|فيس|انستغرام|انستقرام|انستجرام|إنستغرام|انستا|تيك توك|تيكتوك|سناب شات|سناب|تلغرام|تليجرام|"
    r"تلجرام|تويتر|واتساب|واتس اب|واتس|فايبر|يوتيوب|لينكدإن|سيجنال|"
    r"اینستاگرام|اینستا|فیسبوک|فیس‌بوک|فیس بوک|تلگرام|اسنپ‌چت|اسنپ چت|اسنپ|تیک‌تاک|تیک تاک|توییتر|واتس‌اپ|"
    r"واتساپ|واتس اپ|وایبر|یوتیوب|لینکدین|سیگنال"
)
_CAPITAL_PLATFORM_NAMES = r"Signal|Threads|Line|LINE|X|Telegramie|Snapie"
PLATFORM_WORD = re.compile(
    rf"(?<![\w])(?:(?i:{_PLATFORM_NAMES})\w*|{_CAPITAL_PLATFORM_NAMES})"
    r"(?:\s+(?:account|profile|page|handle|name|id|is|ist|est|es|è|je|van|de|di|del|on|as|als|comme|como|come|"
    r"jako|kao|kot|ως|като|bħala|mar|unter|sous|bajo|con|under|called|named|username|user|pseudo|nick|"
    r"Nutzername|Benutzername|gebruikersnaam|nombre de usuario|nome utente|nazwa użytkownika|korisničko ime|"
    r"uporabniško ime|felhasználónév|όνομα χρήστη|потребителско име|isem|ainm|باسم|بإسم|باسم المستخدم|"
    r"با نام|با اسم|به نام|اسم|نام کاربری|حساب|صفحة|صفحه|الاسم|profil|Profil|profilo|perfil|profiel|konto|"
    r"račun|fiók|λογαριασμό|профил|kont|cuntas|the|der|dem|den|le|la|el|il|na|a|az|το|на|il-|an|ar)){0,4}"
    r"\s*[:=]?\s*([A-Za-z0-9][A-Za-z0-9_.]{2,29})",
)
# with its inflection ("Instagramie", "TikTokon", "Фейсбука"), not a longer word
_PLATFORM_NAME = re.compile(
    rf"(?<![\w])(?:(?i:{_PLATFORM_NAMES})[^\W\d_]{{0,7}}|(?:{_CAPITAL_PLATFORM_NAMES})(?![\w]))(?![^\W\d_])"
)
# After "as", "under the name", "username": any word is the handle ("on TikTok as linakhalil").
_NAMED_AS = re.compile(
    r"(?<![\w])(?:as|als|comme|como|come|jako|kao|kot|ως|като|bħala|mar|called|named|username|user name|"
    r"handle|pseudo|nick|Nutzername|Benutzername|gebruikersnaam|usuario|utente|nazwą|nazwa|nickiem|korisničko|"
    r"uporabniško|néven|felhasználónév|όνομα|ψευδώνυμο|потребителско|име|isem|ainm|باسم|بإسم|با نام|به نام|"
    r"با اسم|نام کاربری|اسم المستخدم)\s*[:\"“„«]?\s*$",
    re.IGNORECASE,
)
# An organisation's own account passes: "the ministry's official account @MinJenV", "our page @safe_harbour_ngo".
_OFFICIAL_WORDS = (
    r"official|offiziell\w*|officieel\w*|officiel\w*|oficial\w*|ufficial\w*|oficjaln\w*|službeni\w*|"
    r"služben\w*|uradn\w*|hivatalos\w*|επίσημ\w*|официал\w*|uffiċjali|oifigiúil|الرسمي\w*|رسمی|"
    r"our|unser\w*|onze|ons|notre|nos|nuestr\w*|nostr\w*|nasz\w*|naš\w*|naši|ár|tagħna|الخاص بنا|ما|"
    r"ministry|ministerie|ministerium|ministère|ministerio|ministero|ministerstw\w*|ministarstv\w*|ministrstv\w*|"
    r"minisztérium\w*|υπουργεί\w*|министерств\w*|ministeru|police|politie|Polizei|policía|polizia|policj\w*|"
    r"policij\w*|rendőrség\w*|αστυνομί\w*|полиция\w*|pulizija|Garda|municipality|gemeente|Stadt|mairie|"
    r"ayuntamiento|comune|gmin\w*|općin\w*|občin\w*|önkormányzat\w*|δήμο\w*|общин\w*|kunsill|UNHCR|IOM|OIM|"
    r"UNICEF|Red Cross|Rode Kruis|Rotes Kreuz|Croix-Rouge|Cruz Roja|Croce Rossa|Caritas|NGO|ONG|"
    r"organisation's|organization's|association|Verein|vereniging|stichting|fondation|fundación|associazione|"
    r"fundacj\w*|udrug\w*|društv\w*|egyesület\w*|σύλλογο\w*|сдружени\w*|għaqda|eagraíocht|منظمة|جمعية|"
    r"سازمان|انجمن|foundation|Stiftung|fondazione|fondazzjoni|fundacij\w*|alapítvány\w*|ίδρυμα|фондаци\w*|"
    r"charity|carthanas|vzw|asbl|onlus|network|netwerk|réseau|rete|"
    # the association's word where it was missing: Polish, Spanish, and "organisation" in more languages
    r"stowarzyszeni\w*|asociaci[oó]n|organizacj\w*|organizacij\w*|szervezet\w*|οργάνωσ\w*|организаци\w*|"
    r"udružen\w*|"
    r"sieć|mreža|hálózat|δίκτυο|мрежа|"
    # "follow us" as one writer or a team says it (imperative singular, plural, polite)
    r"follow us|volg ons|volgen ons|folg uns|folgt uns|folgen Sie uns|suivez-nous|suivez nous|suis-nous|"
    r"síguenos|sígannos|seguidnos|seguici|seguiteci|obserwuj nas|obserwujcie nas|śledź nas|śledźcie nas|"
    r"pratite nas|prati nas|sledite nam|sledi nam|spremljajte nas|kövess\w* minket|kövessé\w* minket|"
    r"ακολουθήστε μας|ακολούθησέ μας|последвайте ни|следвайте ни|последвай ни|segwuna|segwina|lean muid|"
    r"lean sinn|leanaigí sinn|leanaigí muid|تابعونا|تابعنا|ما را دنبال کنید|ما رو دنبال کنید|"
    r"embassy|ambassade|Botschaft|embajada|ambasciata|ambasad\w*|veleposlanstv\w*|nagykövetség\w*|"
    r"πρεσβεία|посолств\w*|ambaxxata|ambasáid|سفارة|سفارت"
)
# grouped by first letter: searched in the sentence before every link and handle
_OFFICIAL_ACCOUNT = re.compile(rf"(?<![\w]){dispatch_by_first_letter(_OFFICIAL_WORDS)}(?![\w])", re.IGNORECASE)
_PERSONAL = re.compile(
    r"(?<![\w])(?:her|his|she|he|hers|client|survivor|victim|ex|boyfriend|partner|husband|"
    r"ihr|ihre|ihren|sein|seine|seinen|Klientin|haar|zijn|hij|cliënte|elle|cliente|"
    r"sus|ella|él|suo|sua|jej|jego|ona|klientka|njezin|njen|njegov|klijentica|njena|"
    r"stranka|az ő|neki|ügyfél|της|του|αυτή|αυτός|πελάτισσα|нейн|негов|тя|той|клиентка|tagħha|tiegħu|"
    r"a cuid|حسابها|حسابه|لها|هي|هو|موكلت|حسابش|او|موکل|"
    # a person who works there: "the foundation's coordinator Anna uses @anna_k88"
    r"manager|coordinator|coördinator|coordinatrice|coordinadora|coordinatore|worker|volunteer|vrijwilliger|"
    r"director|directrice|directora|direttrice|direttore|Mitarbeiter\w*|medewerker\w*|employee|colleague|"
    r"collega|Kolleg\w*|collègue|colega|koleg\w*|kolléga\w*|συνάδελφ\w*|колег\w*)(?![\w])"
    # the one person a service works with, in the singular's forms (a service's
    # users in the plural are an organisation's audience): "notre usagère",
    # "nuestra usuaria", "naszej podopiecznej", "ár gcliant" (not "nombre de
    # usuario", "nome utente")
    r"|(?<![\w])(?:cliënt|g?ch?liant|Klient|Bewohnerin|bewoonster|usager|usagère|bénéficiaire|"
    r"(?<!de )usuari[ao]|beneficiari[ao]|(?<!nome )utente|assistit[ao]|podopieczn(?:a|ej|ą|y|ego|emu)|"
    r"beneficjent(?:ka|ki|ce|kę|a|owi)?|klient(?:ki|ce|kę|a|em|owi)?|klijent(?:a|ice|ici|icu)?|"
    r"korisnic[aeiu]|štićenic[aeiu]|uporabnic[aeio]|varovank[aeio]|strank[eoi]|ügyfelünk\w*|kliens(?:ünk\w*)?|"
    r"gondozott(?:unk\w*)?|ωφελούμεν(?:η|ης|ο|ου|ος)|φιλοξενούμεν(?:η|ης|ο|ου|ος)|πελάτ(?:η|ης|ισσας|ισσάς)|"
    r"клиент(?:ка|ката|а|ът)?|потребителк(?:а|ата)|настанена(?:та)?|benefiċjar(?:ja|ju)|(?:ال)?مستفيدة?|منتفعة?|"
    r"موکل(?:م|مان|ش)?|مددجو(?:ی)?)(?![\w])",
    re.IGNORECASE,
)
_ORGANISATION_WORD = re.compile(rf"(?:{ORGANISATION_WORDS})", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"“”„«»]+")
_STRICT_HANDLE = re.compile(r"(?=[A-Za-z0-9_.]*[a-z])[A-Za-z0-9][A-Za-z0-9_.]{3,29}", re.ASCII)
# (an underscore, letters against digits, words joined by dots, or a dot before
# digits: "lina.k.2004")
_HANDLE_MARK = re.compile(r"_|[a-z]{2}\d|[a-z]{2,}\.[a-z]{2,}|[a-z]\.\d", re.ASCII)
_WORDS_AWAY = 5


def _handle_like(word):
    return any(ch.isdigit() for ch in word) or "_" in word or "." in word.strip(".")


def _short_number(word):
    """ "WhatsApp del 016", "Telegram 112": three to five digits after a
    platform are a service's short number; no account is named so, and a
    person's WhatsApp number has seven digits at least (the phone scan)."""
    return word.isdigit() and 3 <= len(word) <= 5


def _strict_handle(token):
    token = token.rstrip(".")
    if "." in token and token.rsplit(".", 1)[1].lower() in _TLD_SET:
        return False  # a web address, not a handle
    return bool(_STRICT_HANDLE.fullmatch(token) and _HANDLE_MARK.search(token))


def _handles_near_platforms(text, platforms):
    for platform in platforms:
        line_start = text.rfind("\n", 0, platform.start()) + 1
        after = list(islice(_TOKEN.finditer(text, platform.end(), min(len(text), platform.end() + 80)), _WORDS_AWAY))
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
        # (an address has one "@", with a character of its local part right before
        # it and one of its domain right after: a handle, "@amina_k", is none, and
        # the search from it would have read the 700 characters after it)
        if at > end_of_last and _LOCAL_CHAR.match(text, at - 1) and _DOMAIN_CHAR.match(text, at + 1):
            match = EMAIL.search(text, max(end_of_last, at - 64), at + 700)
            if match and match.start() <= at < match.end():
                end_of_last = match.end()
                yield match
        at = text.find("@", at + 1)


_WEBSITE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.([a-z]{2,4})", re.ASCII)


def _a_website(local):
    """A disguised address's local part never ends in a top-level domain
    ("gouv.fr", "solidaritefemmes.org"): such a word before "et", "at",
    "على" is a website, the first of two listed; an address on a mail
    provider ("jan.de at gmail.com") is still read as one."""
    website = _WEBSITE.fullmatch(local.strip())
    return bool(website) and website.group(1) in _TLD_SET


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
        if local and domain and word_at and domain.group().strip().lower().startswith("www"):
            continue  # "More at www.gov.ie": a website after "at", never a mail domain
        if local and domain and word_at and _a_website(local.group()) and not _MAIL_PROVIDER.match(text, at.end()):
            continue  # "arretonslesviolences.gouv.fr et solidaritefemmes.org": two websites, not "x at y"
        if local and not word_at and _PLATFORM_NAME.fullmatch(local.group().strip()):
            continue  # "Instagram @netwerk.kenn.mt": a handle after its platform (the social scan judges it)
        if local and domain and (not word_at or domain.group()[:1].isspace()):
            start = at.start() - len(before) + local.start()
            yield start, domain.end(), text[start : domain.end()], True


_SPOKEN_LINK_AT = Anchored(
    _SPOKEN_LINK,
    [
        "instagram",
        "tiktok",
        "facebook",
        "twitter",
        "x",
        "snapchat",
        "t",
        "telegram",
        "vk",
        "linkedin",
        "youtube",
        "onlyfans",
        "threads",
        "fb",
    ],
)
_WORD_BEFORE = re.compile(r"(?<![\w@])[A-Za-z0-9]{2,20} ?(?=_)")
_BROKEN_HANDLE = re.compile(r"[A-Za-z0-9]{2,20}(?: _ ?| ?_ )[A-Za-z0-9]{1,20}(?![\w@])")
_PLATFORM_AT = Anchored(
    _PLATFORM_NAME, [*literal_prefixes(_PLATFORM_NAMES), *literal_prefixes(_CAPITAL_PLATFORM_NAMES)]
)
_LINK_AT = Anchored(PROFILE_LINK, [p.replace("\\", "") for p in literal_prefixes(_PLATFORMS)], word_start=True)
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.]{2,29}", re.ASCII)


# "X" is the platform only after "on", "auf", "sur", ... ("D02 X261" is a postcode)
_ON_X = re.compile(r"(?<![\w])(?:on|auf|op|sur|en|su|na|v|w|στο|в|على|در|fuq|ar|via)\s+$", re.IGNORECASE)


def _official(text, start):
    """An organisation's own account: the sentence before names it (official, our,
    a ministry, the police, an NGO) and no person (her, his, the client)."""
    sentence_start = max(0, start - 90)
    for end in re.finditer(r"[.!?؟\n]\s", text[sentence_start:start]):
        sentence_start_new = sentence_start + end.end()
        if sentence_start_new <= start:
            sentence_start = sentence_start_new
    before = text[sentence_start:start]
    return bool(_OFFICIAL_ACCOUNT.search(before)) and not _PERSONAL.search(before)


def _named_handles(text, platforms):
    """ "on TikTok as linakhalil", "Insta: linakhalil": a word named as the handle
    within a few words after the platform."""
    for platform in platforms:
        window_end = min(len(text), platform.end() + 70)
        for token in list(_TOKEN.finditer(text, platform.end(), window_end))[:_WORDS_AWAY]:
            word = token.group().rstrip(".")
            if not _ASCII_WORD.fullmatch(word) or len(word) < 4:
                continue
            between = text[platform.end() : token.start()]
            if re.search(r"[.!?]\s", between):
                break
            if between.strip() in (":", "=", "-", "–") or _NAMED_AS.search(between):
                yield token
                break


def _spoken_handles(text, lowered):
    for word in _UNDERSCORE_AT.finditer(text, lowered):
        start = max(0, word.start() - 40)
        for match in _SPOKEN_HANDLE.finditer(text, start, min(len(text), word.end() + 60)):
            if match.start() <= word.start() < match.end():
                yield match
                break


# A handle read out with the words for its dots near a platform's name: "hamid
# pont rezaei pont 1995", "lina punto k punto 92", "jan kropka nowak kropka 90":
# two dots at least, one "punto" or "pont" is also an ordinary word. A last part that is a top-level domain makes it a
# website ("lina punto it"), which the e-mail and link scans judge.
_DOTTED_HANDLE = re.compile(
    rf"(?<![\w.@])[^\W_]{{1,30}}(?:\s+(?:{_DOT_WORDS})\s+[^\W_]{{1,30}}){{1,4}}(?![\w@])", re.IGNORECASE
)
_DOT_WORD = re.compile(rf"\s+(?:{_DOT_WORDS})\s+", re.IGNORECASE)
# the dot words of a post, found from the index of its word starts (a pattern
# searched around each of a long post's platform names cost more)
_DOT_WORD_ALONE_AT = Anchored(re.compile(rf"(?:{_DOT_WORDS})(?!\w)", re.IGNORECASE), literal_prefixes(_DOT_WORDS))


def _dotted_handles(text, lowered, platforms):
    if not platforms:
        return
    dots = [match.start() for match in _DOT_WORD_ALONE_AT.finditer(text, lowered)]
    for platform in platforms:
        line_start = text.rfind("\n", 0, platform.start()) + 1
        start, end = max(line_start, platform.start() - 60), min(len(text), platform.end() + 100)
        first = bisect_left(dots, start)
        if first + 1 >= len(dots) or dots[first + 1] >= end:
            continue  # fewer than two dot words near the platform
        for match in _DOTTED_HANDLE.finditer(text, start, end):
            parts = _DOT_WORD.split(match.group())
            if parts[-1].lower() in _TLD_SET or not all(part.isascii() for part in parts):
                continue
            if len(parts) < 3 or not parts[0][:1].isalpha():
                continue  # "a pont 5" (item 5), "il punto è": one dot word is an ordinary word
            between = text[min(match.end(), platform.start()) : max(match.start(), platform.end())]
            if not re.search(r"[.!?]\s", between):
                yield match


def social(text, lowered):
    """Profile links, @handles and handles named with their platform (an
    organisation's own account passes)."""
    for match in _LINK_AT.finditer(text, lowered):
        if not _official(text, match.start()):
            yield match
    for match in _SPOKEN_LINK_AT.finditer(text, lowered):
        if not _official(text, match.start()):
            yield match
    if "@" in text:
        for match in HANDLE.finditer(text):
            if not _official(text, match.start()):
                yield match
        for match in _SPACED_HANDLE.finditer(text):
            if match.group(1) and not _official(text, match.start()):
                yield match
    # "kev _ dunne": an underscore with a space beside it
    for underscore in re.finditer(r" _|_ ", text):
        word = _WORD_BEFORE.search(text, max(0, underscore.start() - 21), underscore.start() + 1)
        if word:
            match = _BROKEN_HANDLE.match(text, word.start())
            if match:
                yield match
    yield from _spoken_handles(text, lowered)
    platforms = [
        platform
        for platform in _PLATFORM_AT.finditer(text, lowered)
        if platform.group() != "X" or _ON_X.search(text, max(0, platform.start() - 6), platform.start())
    ]
    for platform in platforms:
        match = PLATFORM_WORD.match(text, platform.start())
        if (
            match
            and _handle_like(match.group(1))
            and not _short_number(match.group(1))
            and not _official(text, platform.start())
        ):
            yield match
    for token in _handles_near_platforms(text, platforms):
        if not _official(text, token.start()):
            yield token
    for token in _named_handles(text, platforms):
        if not _official(text, token.start()) and not _ORGANISATION_WORD.fullmatch(token.group().rstrip(".")):
            yield token  # ("na Facebooku jako Stowarzyszenie ...": the page bears the association's name)
    for match in _dotted_handles(text, lowered, platforms):
        if not _official(text, match.start()):
            yield match
    if "_" in text:
        for token in _underscore_handles(text, lowered, platforms):
            if not _official(text, token.start()):
                yield token


# A word with an underscore inside is no word of any language: it is a
# handle ("darragh_dl_boy99", "dilara_sf07") when a platform or a word for an
# account, a user name or a profile is in the stretch around it, in any
# writer's order ("on Snapchat again, his user name is ...", "her profile: ...").
_UNDERSCORE_TOKEN = re.compile(r"(?<![\w@./])[A-Za-z0-9][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@])", re.ASCII)
_ACCOUNT_WORDS = (
    r"username|user name|account|profile|handle|nickname|ainm úsáideora|cuntas|próifíl|gebruikersnaam|profiel|"
    r"Benutzername|Nutzername|Konto|Profil|nom d'utilisateur|pseudo|compte|nombre de usuario|usuario|cuenta|perfil|"
    r"nome utente|profilo|nazwa użytkownika|konto|profil|korisničk|račun|uporabnišk|felhasználó|fiók|profil|"
    r"όνομα χρήστη|λογαριασμ|προφίλ|потребителско име|профил|акаунт|isem tal-utent|kont|اسم المستخدم|حساب|"
    r"نام کاربری|حساب|صفحه"
)
_ACCOUNT_WORD = re.compile(rf"(?:{_ACCOUNT_WORDS})", re.IGNORECASE)
_UNDERSCORE_REACH = 200


def _underscore_tokens(text):
    # searched from each underscore (a C loop), not tried at every position of a long post
    position = text.find("_")
    while position != -1:
        token = _UNDERSCORE_TOKEN.search(text, max(0, position - 30), position + 31)
        if token and token.start() <= position < token.end():
            yield token
            position = text.find("_", token.end())
        else:
            position = text.find("_", position + 1)


def _underscore_handles(text, lowered, platforms):
    for token in _underscore_tokens(text):
        if not any(ch.isalpha() for ch in token.group()):
            continue
        start = token.start()
        if any(abs(platform.start() - start) <= _UNDERSCORE_REACH for platform in platforms) or _ACCOUNT_WORD.search(
            lowered, max(0, start - 80), start
        ):
            yield token


# --- role mailboxes: an organisation's inbox, not a person -----------------------

# RFC 2142's mailbox names and the roles organisations give their inboxes in
# the 16 site languages (written without accents too, as addresses are).
_ROLES = (
    r"info|information|informatie|informacion|información|informazioni|informacije|informacija|"
    r"marketing|sales|support|abuse|noc|security|postmaster|hostmaster|usenet|news|webmaster|www|uucp|ftp|"
    r"contact|contacts|contacto|contactos|contatto|contatti|kontakt|kontakti|kontakty|kapcsolat|epikoinonia|"
    r"επικοινωνία|επικοινωνια|office|offices|biuro|ured|iroda|pisarna|grafeio|γραφείο|γραφειο|kancelaria|"
    r"kantselaria|oifig|ufficcju|uffiċċju|ufficio|bureau|buero|büro|kantoor|secretariat|secretariaat|"
    r"secretaria|secretaría|segreteria|sekretariat|sekretariát|secretariado|secretaria[-_.]general|tajnistvo|"
    r"tajništvo|titkarsag|titkárság|grammateia|γραμματεία|γραμματεια|press|presse|pers|prensa|stampa|prasa|preas|"
    r"tisak|tisk|typos|tipos|pressa|presa|"
    r"sajto|sajtó|media|medija|medije|mediji|comms|communication|communications|communicatie|comunicacion|"
    r"comunicazione|komunikacija|hello|hallo|hola|ciao|bonjour|help|helpdesk|hulp|aide|ayuda|aiuto|pomoc|"
    r"pomoč|segitseg|segítség|voitheia|boetheia|помощ|referral|referrals|verwijzing|verwijzingen|intake|"
    r"aanmelding|anmeldung|accueil|acogida|accoglienza|prijem|sprejem|recepcja|reception|receptie|recepcion|"
    r"admin|administration|administratie|administracion|administración|amministrazione|administracja|uprava|"
    r"team|staff|equipo|equipe|équipe|mail|email|e-mail|post|poczta|posta|enquiries|enquiry|inquiries|queries|"
    r"questions|vragen|general|algemeen|general|office-manager|service|services|servicio|servizio|servis|"
    r"szolgalat|ugyfelszolgalat|ügyfélszolgálat|klantenservice|kundenservice|beratung|advies|conseil|"
    r"asesoria|asesoría|consulenza|savjetovaliste|savjetovalište|svetovanje|tanacsadas|poradnia|poradnictwo|"
    r"legal|juridisch|juridique|juridico|legale|pravno|pravna|jogi|rechtshilfe|aid|legalaid|"
    r"volunteer|volunteers|vrijwilligers|benevoles|bénévoles|voluntariado|volontari|wolontariat|volonteri|"
    r"prostovoljci|onkentes|önkéntes|ethelontes|доброволци|donate|donations|donaties|dons|donaciones|donazioni|"
    r"darowizny|donacije|adomany|adomány|jobs|careers|vacatures|hr|privacy|dpo|gdpr|rgpd|avg|datenschutz|"
    r"protecciondatos|events|evenementen|training|trainings|education|edukacja|newsletter|nieuwsbrief|"
    r"noreply|no-reply|donotreply|office.manager|direction|direccion|dirección|direzione|direktor|direktorica|"
    r"director|management|coordination|coordinatie|coordinacion|coordinamento|koordinacija|koordynacja|"
    r"shelter|opvang|refuge|frauenhaus|albergue|rifugio|schronisko|skloniste|sklonište|zavetisce|menhaz|"
    r"hotline|helpline|linea|linia|sos|crisis|kriza|krizni|emergency|urgences|urgencias|urgenze|"
    r"projects|project|projecten|proyectos|progetti|projekty|projekti|partners|partnerships|"
    r"ngo|asbl|vzw|udruga|drustvo|društvo|stowarzyszenie|fundacja|egyesulet|egyesület|"
    r"kanzlei|canceleria|cancelleria|pisarnica|tajnik|tajnica|tajnistvo|deloviodstvo|деловодство|"
    r"канцелария|офис|инфо|контакт|приемна|eolas|failte|fáilte|"
    # sign-ups, bookings, donations, volunteering, internships and courses, in the 16 languages
    r"registration|registrations|register|bookings|booking|reservations|tickets|signup|sign-up|"
    r"aanmeldingen|inschrijving|inschrijvingen|anmeldungen|inscription|inscriptions|inscripcion|"
    r"inscripciones|iscrizione|iscrizioni|zgloszenia|zapisy|rejestracja|prijave|prijava|jelentkezes|"
    r"regisztracio|eggrafes|eggrafi|zapisvane|registracija|registrazzjoni|claru|clárú|tasjil|sabtenam|"
    r"spenden|ehrenamt|benevolat|bénévolat|voluntarios|volontariato|vrijwilligerswerk|stage|stages|"
    r"internship|internships|praktikum|practicas|prácticas|tirocini|tirocinio|praktyki|praksa|praksi|"
    r"gyakornok|veranstaltungen|evenements|événements|eventos|eventi|wydarzenia|dogadjanja|dogodki|"
    r"rendezvenyek|ekdiloseis|sabitija|imeachtai|formation|formations|opleiding|opleidingen|"
    r"fortbildung|weiterbildung|formacion|formación|formazione|szkolenia|edukacija|izobrazevanje|kepzes|"
    r"katartisi|obuchenie|tahrig|oiliuint|"
    # a service's channels: "016-online@", "chat@", "whatsapp@"
    r"online|chat|web|digital|whatsapp|sms|app"
)
# A helpline's short number heading its inbox: "016-online@igualdad.gob.es", "116006@..."
_SERVICE_NUMBER_LOCAL = re.compile(r"\d{3,6}(?:[._-]?(?:" + _ROLES + r"))?", re.IGNORECASE)
_ROLE_LOCAL = re.compile(rf"(?:{_ROLES})(?:[._-][a-z]{{2,20}}\d{{0,2}})?", re.IGNORECASE)
# A free-mail provider's domain: an address there belongs to a person, whatever its local part.
_FREE_MAIL = re.compile(
    r"(?:g ?mail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|"
    r"t-online|freenet|proton(?:mail)?|pm|mail|email|inbox|zoho|yandex|wanadoo|orange|free|laposte|sfr|"
    r"neuf|libero|virgilio|tiscali|alice|tim|wp|o2|onet|interia|op|poczta|gazeta|freemail|citromail|"
    r"indamail|abv|dir|mail\.bg|telenet|skynet|proximus|ziggo|kpnmail|kpnplanet|planet|hetnet|home|"
    r"eircom|siol|t-com|net|tportal|otenet|hol|forthnet|windowslive|gmial|seznam|tutanota|tuta|"
    r"mail\.ru|bk|list|rambler|ukr)(?:\.[a-z]{2,6}){1,2}$",
    re.IGNORECASE,
)
_AT_SPLIT = re.compile(
    rf"\s*(?:@|[\[\(\{{<]\s*(?:{_AT_WORDS}|{_BRACKETED_AT_WORDS})\s*[\]\)\}}>]|\s(?:{_AT_WORDS})\s)\s*", re.IGNORECASE
)
_DOT_SPLIT = re.compile(_DOT, re.IGNORECASE)


def role_mailbox(address):
    """True for an organisation's role address ("info@", "secretariaat@",
    "biuro@", "γραμματεία@") on a domain that is not a free-mail provider's
    ("info.amina@gmail.com" and "contact@yahoo.fr" are held), and an
    organisation's name on its own domain ("fier@fier.nl"), and a
    helpline's short number heading its inbox ("016-online@", "116006@");
    "firstname.lastname@" is no role and is held."""
    parts = _AT_SPLIT.split(address.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    local, domain = parts
    domain = ".".join(piece.strip() for piece in _DOT_SPLIT.split(domain)).lower()
    local = local.strip().lower()
    if "." not in domain or _FREE_MAIL.fullmatch(domain):
        return False
    # "fier@fier.nl", "rcc@rcc.ie": the organisation's own name on its own domain
    own_name = local.replace("-", "") == domain.split(".")[0].replace("-", "") and len(local) >= 3
    return bool(_ROLE_LOCAL.fullmatch(local) or _SERVICE_NUMBER_LOCAL.fullmatch(local)) or own_name


# --- an organisation's account named after its own domain -------------------------


def organisation_domain(address):
    """The name of an organisation's own domain ("immigrantcouncil" for
    "info@immigrantcouncil.ie"), read from a role mailbox; None for a
    free-mail provider's."""
    parts = _AT_SPLIT.split(address.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    domain = ".".join(piece.strip() for piece in _DOT_SPLIT.split(parts[1])).lower()
    if "." not in domain or _FREE_MAIL.fullmatch(domain):
        return None
    labels = domain.split(".")
    # "igualdad.gob.es", "lacimade.org": the name before the public suffix
    second_level = len(labels) >= 3 and labels[-2] in ("gob", "gov", "gouv", "co", "org", "com", "ac")
    name = labels[-3] if second_level else labels[-2]
    return name.replace("-", "") or None


def _letters(word):
    return re.sub(r"[^a-z0-9]", "", word.lower())


def named_after_a_domain(handle, domains):
    """ "@lacimade", "@cear_refugio", "@ImmigrantIE", "@cocnederland" in a post
    that gives the organisation's inbox on "lacimade.org", "cear.es",
    "immigrantcouncil.ie", "coc.nl": the account bears the domain's name (or
    its first word, five letters at least), so it is the organisation's own."""
    name = _letters(handle)
    if len(name) < 3:
        return False
    for domain in domains:
        if len(domain) >= 3 and (name.startswith(domain) or domain.startswith(name)):
            return True
        common = 0
        for a, b in zip(name, domain, strict=False):
            if a != b:
                break
            common += 1
        if common >= 5:
            return True
    return False


# --- an organisation's acronym as its mailbox: "sip@interwencjaprawna.pl" ----------

# the words an organisation's name is made of, in the 16 languages: an association's word
# (registers), and a council, network, centre, institute, federation, coalition ...
_ORGANISATION_NAME_WORD = re.compile(
    rf"(?:{ORGANISATION_WORDS}|council|comhairle|raad|rat|conseil|consejo|consiglio|rada|vijeće|svet|tanács|"
    r"συμβούλιο|съвет|kunsill|مجلس|شورا|network|netwerk|netzwerk|réseau|red|rete|sieć|mreža|hálózat|δίκτυο|"
    r"мрежа|centre|center|centrum|zentrum|centro|centar|center|központ|κέντρο|център|ċentru|ionad|مركز|مرکز|"
    r"institute|instituut|institut|instituto|istituto|instytut|inštitut|intézet|ινστιτούτο|институт|"
    r"federation|federatie|föderation|fédération|federación|federazione|federacja|savez|zveza|szövetség|"
    r"ομοσπονδία|федерация|alliance|coalition|trust|union|unie|comisi[oó]n|commission|commissione|kommission|"
    r"komisja|komisija|bizottság|επιτροπή|комисия|kummissjoni|coimisiún)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"[^\W\d_][\w'’-]*")
_ACRONYM_REACH = 200


def organisation_acronym(text, start, address):
    """The local part is the initials of an organisation's name written before
    it ("Stowarzyszenie Interwencji Prawnej ... sip@interwencjaprawna.pl",
    "Centrum Praw Kobiet ... cpk@...", "Asociación Comisión Católica Española
    de Migración ... accem@..."): capitalised words one after another (small
    joining words between are skipped), one of them naming an organisation
    (association, Stiftung, udruga ...), on a domain that is no free-mail
    provider's."""
    parts = _AT_SPLIT.split(address.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    local = parts[0].strip().lower()
    if not re.fullmatch(r"[^\W\d_]{2,8}", local) or organisation_domain(address) is None:
        return False
    runs, run = [], []
    for word in _CAPITALISED.finditer(text, max(0, start - _ACRONYM_REACH), start):
        token = re.split(r"['’]", word.group())[-1] or word.group()  # "L'Associazione", "dell'Associazione"
        if token[:1].isupper():
            run.append(token)
        elif len(token) > 4 and run:
            runs.append(run)
            run = []
    runs.append(run)
    for run in runs:
        initials = "".join(token[0].lower() for token in run)
        at = initials.find(local)
        if at != -1 and any(_ORGANISATION_NAME_WORD.fullmatch(token) for token in run[at : at + len(local)]):
            return True
    return False
