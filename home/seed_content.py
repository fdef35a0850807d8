"""Demo content of the seeded site, in English and in translation.

Translations are short starting texts for the country offices to review in
Wagtail's translation editor; every phone number and address other than 112
is marked as sample content on the page until an office clears it.
"""

HOME_INTRODUCTION = [
    "PROTECT works in 12 European countries to prevent sexual and gender-based violence against migrants "
    "and to help victims find support.",
    "In an emergency, call 112, free from any phone in the EU.",
]

COUNTRY_INTRODUCTION = [
    "Help and information about sexual and gender-based violence for migrants in {country}.",
    "In an emergency, call 112, free from any phone.",
]

# language -> (home introduction, index title, country introduction)
TRANSLATED_TEXT = {
    "nl": (
        [
            "PROTECT werkt in 12 Europese landen om seksueel en gendergerelateerd geweld tegen migranten te "
            "voorkomen en slachtoffers naar hulp te leiden.",
            "Bel in een noodgeval gratis 112, vanaf elke telefoon in de EU.",
        ],
        "Landen",
        [
            "Hulp en informatie over seksueel en gendergerelateerd geweld voor migranten in {country}.",
            "Bel in een noodgeval gratis 112, vanaf elke telefoon.",
        ],
    ),
    "fr": (
        [
            "PROTECT agit dans 12 pays européens pour prévenir les violences sexuelles et fondées sur le genre "
            "envers les personnes migrantes et aider les victimes à trouver du soutien.",
            "En cas d'urgence, appelez le 112, gratuitement depuis n'importe quel téléphone dans l'UE.",
        ],
        "Pays",
        [
            "Aide et informations sur les violences sexuelles et fondées sur le genre pour les personnes migrantes "
            "en {country}.",
            "En cas d'urgence, appelez gratuitement le 112, depuis n'importe quel téléphone.",
        ],
    ),
    "de": (
        [
            "PROTECT arbeitet in 12 europäischen Ländern daran, sexuelle und geschlechtsspezifische Gewalt gegen "
            "Migrantinnen und Migranten zu verhindern und Betroffenen Hilfe zu vermitteln.",
            "Im Notfall rufen Sie kostenlos die 112 an, von jedem Telefon in der EU.",
        ],
        "Länder",
        [
            "Hilfe und Informationen zu sexueller und geschlechtsspezifischer Gewalt für Migrantinnen und "
            "Migranten in {country}.",
            "Im Notfall rufen Sie kostenlos die 112 an, von jedem Telefon.",
        ],
    ),
    "bg": (
        [
            "PROTECT работи в 12 европейски държави за предотвратяване на сексуалното насилие и насилието, "
            "основано на пола, срещу мигранти и за подкрепа на пострадалите.",
            "При спешен случай се обадете безплатно на 112 от всеки телефон в ЕС.",
        ],
        "Държави",
        [
            "Помощ и информация за сексуалното насилие и насилието, основано на пола, за мигранти в {country}.",
            "При спешен случай се обадете безплатно на 112 от всеки телефон.",
        ],
    ),
    "hr": (
        [
            "PROTECT djeluje u 12 europskih zemalja kako bi spriječio seksualno i rodno uvjetovano nasilje nad "
            "migrantima i pomogao žrtvama da pronađu podršku.",
            "U hitnom slučaju nazovite 112, besplatno s bilo kojeg telefona u EU-u.",
        ],
        "Zemlje",
        [
            "Pomoć i informacije o seksualnom i rodno uvjetovanom nasilju za migrante – {country}.",
            "U hitnom slučaju nazovite besplatni broj 112 s bilo kojeg telefona.",
        ],
    ),
    "el": (
        [
            "Το PROTECT δραστηριοποιείται σε 12 ευρωπαϊκές χώρες για την πρόληψη της σεξουαλικής βίας και της "
            "βίας λόγω φύλου κατά μεταναστών και για τη στήριξη των θυμάτων.",
            "Σε έκτακτη ανάγκη καλέστε δωρεάν το 112 από οποιοδήποτε τηλέφωνο στην ΕΕ.",
        ],
        "Χώρες",
        [
            "Βοήθεια και πληροφορίες για τη σεξουαλική βία και τη βία λόγω φύλου για μετανάστες στην {country}.",
            "Σε έκτακτη ανάγκη καλέστε δωρεάν το 112 από οποιοδήποτε τηλέφωνο.",
        ],
    ),
    "hu": (
        [
            "A PROTECT 12 európai országban dolgozik a migránsok elleni szexuális és nemi alapú erőszak "
            "megelőzéséért és azért, hogy az áldozatok segítséget kapjanak.",
            "Vészhelyzetben hívja ingyenesen a 112-t bármely telefonról az EU-ban.",
        ],
        "Országok",
        [
            "Segítség és információ a szexuális és nemi alapú erőszakról migránsoknak – {country}.",
            "Vészhelyzetben hívja ingyenesen a 112-t bármely telefonról.",
        ],
    ),
    "ga": (
        [
            "Oibríonn PROTECT i 12 thír Eorpacha chun foréigean gnéasach agus inscne-bhunaithe in aghaidh "
            "imirceach a chosc agus chun cabhrú le híospartaigh tacaíocht a fháil.",
            "I gcás éigeandála, glaoigh ar 112, saor in aisce ó aon fhón san AE.",
        ],
        "Tíortha",
        [
            "Cabhair agus eolas faoi fhoréigean gnéasach agus inscne-bhunaithe d'imircigh – {country}.",
            "I gcás éigeandála, glaoigh ar 112, saor in aisce ó aon fhón.",
        ],
    ),
    "it": (
        [
            "PROTECT opera in 12 paesi europei per prevenire la violenza sessuale e di genere contro le persone "
            "migranti e aiutare le vittime a trovare sostegno.",
            "In caso di emergenza chiama gratuitamente il 112 da qualsiasi telefono nell'UE.",
        ],
        "Paesi",
        [
            "Aiuto e informazioni sulla violenza sessuale e di genere per le persone migranti in {country}.",
            "In caso di emergenza chiama gratuitamente il 112 da qualsiasi telefono.",
        ],
    ),
    "mt": (
        [
            "PROTECT jaħdem fi 12-il pajjiż Ewropew biex jipprevjeni l-vjolenza sesswali u bbażata fuq il-ġeneru "
            "kontra l-migranti u jgħin lill-vittmi jsibu l-appoġġ.",
            "F'emerġenza, ċempel 112, b'xejn minn kwalunkwe telefon fl-UE.",
        ],
        "Pajjiżi",
        [
            "Għajnuna u informazzjoni dwar il-vjolenza sesswali u bbażata fuq il-ġeneru għall-migranti f'{country}.",
            "F'emerġenza, ċempel 112, b'xejn minn kwalunkwe telefon.",
        ],
    ),
    "pl": (
        [
            "PROTECT działa w 12 krajach Europy, aby zapobiegać przemocy seksualnej i ze względu na płeć wobec "
            "migrantów i pomagać osobom poszkodowanym w uzyskaniu wsparcia.",
            "W nagłym wypadku zadzwoń bezpłatnie pod numer 112 z dowolnego telefonu w UE.",
        ],
        "Kraje",
        [
            "Pomoc i informacje o przemocy seksualnej i ze względu na płeć dla migrantów – {country}.",
            "W nagłym wypadku zadzwoń bezpłatnie pod numer 112 z dowolnego telefonu.",
        ],
    ),
    "sl": (
        [
            "PROTECT deluje v 12 evropskih državah, da bi preprečeval spolno nasilje in nasilje na podlagi spola "
            "nad migranti in žrtvam pomagal najti podporo.",
            "V nujnih primerih brezplačno pokličite 112 s katerega koli telefona v EU.",
        ],
        "Države",
        [
            "Pomoč in informacije o spolnem nasilju in nasilju na podlagi spola za migrante – {country}.",
            "V nujnih primerih brezplačno pokličite 112 s katerega koli telefona.",
        ],
    ),
    "es": (
        [
            "PROTECT trabaja en 12 países europeos para prevenir la violencia sexual y de género contra las "
            "personas migrantes y ayudar a las víctimas a encontrar apoyo.",
            "En caso de emergencia, llama gratis al 112 desde cualquier teléfono de la UE.",
        ],
        "Países",
        [
            "Ayuda e información sobre la violencia sexual y de género para personas migrantes en {country}.",
            "En caso de emergencia, llama gratis al 112 desde cualquier teléfono.",
        ],
    ),
    "ar": (
        [
            "يعمل برنامج PROTECT في 12 دولة أوروبية للوقاية من العنف الجنسي والعنف القائم على النوع الاجتماعي ضد "
            "المهاجرين ولمساعدة الضحايا في الحصول على الدعم.",
            "في حالة الطوارئ اتصل بالرقم 112 مجاناً من أي هاتف في الاتحاد الأوروبي.",
        ],
        "الدول",
        [
            "مساعدة ومعلومات حول العنف الجنسي والعنف القائم على النوع الاجتماعي للمهاجرين في {country}.",
            "في حالة الطوارئ اتصل بالرقم 112 مجاناً من أي هاتف.",
        ],
    ),
    "fa": (
        [
            "برنامه PROTECT در ۱۲ کشور اروپایی برای پیشگیری از خشونت جنسی و خشونت مبتنی بر جنسیت علیه مهاجران و "
            "کمک به قربانیان برای یافتن حمایت فعالیت می‌کند.",
            "در مواقع اضطراری با شماره 112 به‌طور رایگان از هر تلفنی در اتحادیه اروپا تماس بگیرید.",
        ],
        "کشورها",
        [
            "کمک و اطلاعات درباره خشونت جنسی و خشونت مبتنی بر جنسیت برای مهاجران در {country}.",
            "در مواقع اضطراری با شماره 112 به‌طور رایگان از هر تلفنی تماس بگیرید.",
        ],
    ),
}

# Country names by language, for the translations the seed creates: each
# country's official languages, plus Arabic and Farsi for all.
COUNTRY_NAMES = {
    "ar": {
        "BE": "بلجيكا", "BG": "بلغاريا", "HR": "كرواتيا", "GR": "اليونان", "HU": "المجر", "IE": "أيرلندا",
        "IT": "إيطاليا", "MT": "مالطا", "NL": "هولندا", "PL": "بولندا", "SI": "سلوفينيا", "ES": "إسبانيا",
    },
    "fa": {
        "BE": "بلژیک", "BG": "بلغارستان", "HR": "کرواسی", "GR": "یونان", "HU": "مجارستان", "IE": "ایرلند",
        "IT": "ایتالیا", "MT": "مالت", "NL": "هلند", "PL": "لهستان", "SI": "اسلوونی", "ES": "اسپانیا",
    },
    "nl": {"BE": "België", "NL": "Nederland"},
    "fr": {"BE": "Belgique"},
    "de": {"BE": "Belgien"},
    "bg": {"BG": "България"},
    "hr": {"HR": "Hrvatska"},
    "el": {"GR": "Ελλάδα"},
    "hu": {"HU": "Magyarország"},
    "ga": {"IE": "Éire"},
    "it": {"IT": "Italia"},
    "mt": {"MT": "Malta"},
    "pl": {"PL": "Polska"},
    "sl": {"SI": "Slovenija"},
    "es": {"ES": "España"},
}  # fmt: skip

# Each country's capital or largest city, for sample services.
CAPITALS = {
    "BE": "Brussels", "BG": "Sofia", "HR": "Zagreb", "GR": "Athens", "HU": "Budapest", "IE": "Dublin",
    "IT": "Rome", "MT": "Valletta", "NL": "Amsterdam", "PL": "Warsaw", "SI": "Ljubljana", "ES": "Madrid",
}  # fmt: skip
SECOND_CITIES = {
    "BE": "Antwerp", "BG": "Plovdiv", "HR": "Split", "GR": "Thessaloniki", "HU": "Debrecen", "IE": "Cork",
    "IT": "Milan", "MT": "Birkirkara", "NL": "Rotterdam", "PL": "Kraków", "SI": "Maribor", "ES": "Barcelona",
}  # fmt: skip

# A sample street in each country, written as the country's own addresses are
# (an address is not translated: it is what a visitor shows a taxi driver).
SAMPLE_STREETS = {
    "BE": "Voorbeeldstraat 1", "BG": "ул. „Примерна“ 1", "HR": "Primjerna ulica 1", "GR": "Οδός Παραδείγματος 1",
    "HU": "Minta utca 1.", "IE": "1 Sample Street", "IT": "Via dell'Esempio 1", "MT": "Triq il-Kampjun 1",
    "NL": "Voorbeeldstraat 1", "PL": "ul. Przykładowa 1", "SI": "Vzorčna ulica 1", "ES": "Calle del Ejemplo 1",
}  # fmt: skip

SAMPLE_SERVICES = [
    # (kind, name, city key, languages, free, confidential, without papers, 24/7)
    ("sexual_assault_centre", "Sexual assault centre (sample)", "capital", ["en", "ar", "fr"], True, True, True, True),
    (
        "helpline",
        "Violence against women helpline (sample)",
        "capital",
        ["en", "ar", "fa", "uk"],
        True,
        True,
        True,
        True,
    ),
    ("shelter", "Women's shelter (sample)", "second", ["en", "fr", "so"], True, True, True, False),
    ("legal_aid", "Legal aid for migrants (sample)", "capital", ["en", "ar", "fa", "ti"], True, True, True, False),
    ("medical", "Hospital emergency department (sample)", "second", ["en"], False, True, True, True),
    ("psychosocial", "Psychosocial support centre (sample)", "capital", ["en", "ar", "tr"], True, True, True, False),
    ("lgbtqi", "LGBTQI+ community support (sample)", "capital", ["en", "ru"], True, True, True, False),
]

LEGAL_FRAMEWORK = [
    (
        "EU Victims' Rights Directive (2012/29/EU)",
        "<p>Every victim of crime in the EU, whatever their residence status, has the right to information, "
        "support and protection, and to an interpreter when reporting a crime.</p>",
        "https://eur-lex.europa.eu/eli/dir/2012/29/oj",
    ),
    (
        "EU Directive on combating violence against women and domestic violence ((EU) 2024/1385)",
        "<p>Sets EU-wide rules on criminalising certain forms of violence, on protection of victims and on "
        "access to specialist support, including for victims without residence papers.</p>",
        "https://eur-lex.europa.eu/eli/dir/2024/1385/oj",
    ),
    (
        "Council of Europe Istanbul Convention",
        "<p>The Convention on preventing and combating violence against women and domestic violence. Its "
        "article 59 concerns the residence status of migrant victims. The country office adds here what "
        "{country} has signed and ratified.</p>",
        "https://www.coe.int/en/web/istanbul-convention",
    ),
]

GAPS_AND_CHALLENGES = (
    "<p>Sample text for the country office to replace: barriers migrants meet when seeking help, such as "
    "fear of consequences for their residence status, lack of interpreters, and services that do not know "
    "about one another.</p>"
)

SAMPLE_AMBASSADORS = [("Amina", ["ar", "fr", "en"]), ("Dawit", ["ti", "am", "en"])]
