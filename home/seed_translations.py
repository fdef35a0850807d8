"""Translations of the seeded English texts that editors would write: the
home page's invitation to professionals, the country index's introduction,
each country page's law, gaps and office, and the sample support services
and ambassadors.

Keys are the English source texts (``home.seed_content``), as wagtail-localize
sees them (a rich text paragraph without its ``<p>``); ``{country}`` and
``{city}`` are filled in per country. A language missing here keeps the
English text, which the page marks with ``lang="en"``.
"""

JOIN_TEXT = (
    "Professionals working with migrants can apply to join the moderated forums and comment on draft recommendations."
)
INDEX_INTRODUCTION = "The programme's country offices and where to get help in each country."

# Home and country index, in every site language.
SITE_TEXT = {
    "nl": (
        "Professionals die met migranten werken, kunnen zich aanmelden voor de gemodereerde forums en "
        "commentaar geven op conceptaanbevelingen.",
        "De landenkantoren van het programma en waar u in elk land hulp vindt.",
    ),
    "fr": (
        "Les professionnels qui travaillent avec des personnes migrantes peuvent demander à rejoindre les forums "
        "modérés et commenter les projets de recommandations.",
        "Les bureaux nationaux du programme et où trouver de l'aide dans chaque pays.",
    ),
    "de": (
        "Fachleute, die mit Migrantinnen und Migranten arbeiten, können sich für die moderierten Foren bewerben "
        "und Empfehlungsentwürfe kommentieren.",
        "Die Länderbüros des Programms und wo es in jedem Land Hilfe gibt.",
    ),
    "bg": (
        "Специалисти, които работят с мигранти, могат да кандидатстват за модерираните форуми и да коментират "
        "проектите на препоръки.",
        "Националните офиси на програмата и къде да потърсите помощ във всяка държава.",
    ),
    "hr": (
        "Stručnjaci koji rade s migrantima mogu se prijaviti za moderirane forume i komentirati nacrte preporuka.",
        "Uredi programa u zemljama i gdje potražiti pomoć u svakoj zemlji.",
    ),
    "el": (
        "Οι επαγγελματίες που εργάζονται με μετανάστες μπορούν να ζητήσουν συμμετοχή στα εποπτευόμενα φόρουμ "
        "και να σχολιάσουν τα σχέδια συστάσεων.",
        "Τα εθνικά γραφεία του προγράμματος και πού θα βρείτε βοήθεια σε κάθε χώρα.",
    ),
    "hu": (
        "A migránsokkal dolgozó szakemberek jelentkezhetnek a moderált fórumokra, és véleményezhetik az "
        "ajánlástervezeteket.",
        "A program országos irodái, és hol kaphat segítséget az egyes országokban.",
    ),
    "ga": (
        "Is féidir le gairmithe a oibríonn le himircigh iarratas a dhéanamh ar na fóraim mhodhnaithe a "
        "chur isteach agus tráchtanna a dhéanamh ar dhréachtmholtaí.",
        "Oifigí tíre an chláir agus cá bhfaighidh tú cabhair i ngach tír.",
    ),
    "it": (
        "I professionisti che lavorano con persone migranti possono chiedere di partecipare ai forum moderati "
        "e commentare le bozze di raccomandazioni.",
        "Gli uffici nazionali del programma e dove trovare aiuto in ciascun paese.",
    ),
    "mt": (
        "Il-professjonisti li jaħdmu mal-migranti jistgħu japplikaw biex jingħaqdu mal-fora moderati u "
        "jikkummentaw fuq l-abbozzi tar-rakkomandazzjonijiet.",
        "L-uffiċċji nazzjonali tal-programm u fejn issib l-għajnuna f'kull pajjiż.",
    ),
    "pl": (
        "Specjaliści pracujący z migrantami mogą zgłosić się do moderowanych forów i komentować projekty zaleceń.",
        "Krajowe biura programu i gdzie szukać pomocy w każdym kraju.",
    ),
    "sl": (
        "Strokovnjaki, ki delajo z migranti, se lahko prijavijo v moderirane forume in komentirajo osnutke priporočil.",
        "Nacionalne pisarne programa in kje v vsaki državi poiskati pomoč.",
    ),
    "es": (
        "Los profesionales que trabajan con personas migrantes pueden solicitar unirse a los foros moderados "
        "y comentar los borradores de recomendaciones.",
        "Las oficinas nacionales del programa y dónde encontrar ayuda en cada país.",
    ),
    "ar": (
        "يمكن للمهنيين العاملين مع المهاجرين التقدّم بطلب للانضمام إلى المنتديات الخاضعة للإشراف والتعليق على "
        "مسودات التوصيات.",
        "المكاتب القُطرية للبرنامج وأين تجد المساعدة في كل بلد.",
    ),
    "fa": (
        "متخصصانی که با مهاجران کار می‌کنند می‌توانند برای پیوستن به انجمن‌های نظارت‌شده درخواست دهند و دربارهٔ "
        "پیش‌نویس توصیه‌ها نظر بدهند.",
        "دفترهای کشوری برنامه و اینکه در هر کشور از کجا کمک بگیرید.",
    ),
}

GAPS = (
    "Sample text for the country office to replace: barriers migrants meet when seeking help, such as fear of "
    "consequences for their residence status, lack of interpreters, and services that do not know about one "
    "another."
)
VICTIMS_DIRECTIVE = "EU Victims' Rights Directive (2012/29/EU)"
VICTIMS_SUMMARY = (
    "Every victim of crime in the EU, whatever their residence status, has the right to information, support "
    "and protection, and to an interpreter when reporting a crime."
)
VIOLENCE_DIRECTIVE = "EU Directive on combating violence against women and domestic violence ((EU) 2024/1385)"
VIOLENCE_SUMMARY = (
    "Sets EU-wide rules on criminalising certain forms of violence, on protection of victims and on access to "
    "specialist support, including for victims without residence papers."
)
ISTANBUL = "Council of Europe Istanbul Convention"
ISTANBUL_SUMMARY = (
    "The Convention on preventing and combating violence against women and domestic violence. Its article 59 "
    "concerns the residence status of migrant victims. The country office adds here what {country} has signed "
    "and ratified."
)
OFFICE_NAME = "PROTECT country office {country}"
OFFICE_ADDRESS = "Sample address, {city}"

# Country page texts, in the languages of the country pages the seed translates
# (each country's official languages, and Arabic and Farsi for all).
COUNTRY_TEXT = {
    "nl": {
        GAPS: "Voorbeeldtekst die het landenkantoor vervangt: drempels die migranten ervaren als ze hulp zoeken, "
        "zoals angst voor gevolgen voor hun verblijfsstatus, een gebrek aan tolken en diensten die elkaar niet "
        "kennen.",
        VICTIMS_DIRECTIVE: "EU-richtlijn slachtofferrechten (2012/29/EU)",
        VICTIMS_SUMMARY: "Elk slachtoffer van een misdrijf in de EU heeft, wat zijn verblijfsstatus ook is, recht "
        "op informatie, steun en bescherming, en op een tolk bij het doen van aangifte.",
        VIOLENCE_DIRECTIVE: "EU-richtlijn inzake de bestrijding van geweld tegen vrouwen en huiselijk geweld "
        "((EU) 2024/1385)",
        VIOLENCE_SUMMARY: "Stelt EU-brede regels vast voor de strafbaarstelling van bepaalde vormen van geweld, "
        "de bescherming van slachtoffers en de toegang tot gespecialiseerde hulp, ook voor slachtoffers zonder "
        "verblijfspapieren.",
        ISTANBUL: "Verdrag van Istanbul van de Raad van Europa",
        ISTANBUL_SUMMARY: "Het Verdrag inzake het voorkomen en bestrijden van geweld tegen vrouwen en huiselijk "
        "geweld. Artikel 59 gaat over de verblijfsstatus van slachtoffers die migrant zijn. Het landenkantoor "
        "vult hier aan wat {country} heeft ondertekend en geratificeerd.",
        OFFICE_NAME: "PROTECT-landenkantoor {country}",
        OFFICE_ADDRESS: "Voorbeeldadres, {city}",
    },
    "ar": {
        GAPS: "نص نموذجي يستبدله المكتب القُطري: العوائق التي يواجهها المهاجرون عند طلب المساعدة، مثل الخوف من "
        "العواقب على وضع إقامتهم، ونقص المترجمين الفوريين، وخدمات لا يعرف بعضها بعضًا.",
        VICTIMS_DIRECTIVE: "توجيه الاتحاد الأوروبي بشأن حقوق الضحايا (2012/29/EU)",
        VICTIMS_SUMMARY: "لكل ضحية جريمة في الاتحاد الأوروبي، أيًّا كان وضع إقامتها، الحق في المعلومات والدعم "
        "والحماية، وفي مترجم فوري عند الإبلاغ عن الجريمة.",
        VIOLENCE_DIRECTIVE: "توجيه الاتحاد الأوروبي بشأن مكافحة العنف ضد المرأة والعنف المنزلي ((EU) 2024/1385)",
        VIOLENCE_SUMMARY: "يضع قواعد على مستوى الاتحاد الأوروبي لتجريم أشكال معيّنة من العنف، ولحماية الضحايا، "
        "وللوصول إلى الدعم المتخصص، بما في ذلك للضحايا الذين لا يحملون أوراق إقامة.",
        ISTANBUL: "اتفاقية إسطنبول لمجلس أوروبا",
        ISTANBUL_SUMMARY: "اتفاقية منع ومكافحة العنف ضد المرأة والعنف المنزلي. تتناول مادتها 59 وضع إقامة "
        "الضحايا المهاجرين. يضيف المكتب القُطري هنا ما وقّعت عليه {country} وصادقت عليه.",
        OFFICE_NAME: "مكتب PROTECT في {country}",
        OFFICE_ADDRESS: "عنوان نموذجي، {city}",
    },
    "fa": {
        GAPS: "متن نمونه که دفتر کشوری جایگزین می‌کند: موانعی که مهاجران هنگام کمک‌خواستن با آن روبه‌رو می‌شوند، "
        "مانند ترس از پیامدها برای وضعیت اقامتشان، کمبود مترجم شفاهی و خدماتی که از یکدیگر خبر ندارند.",
        VICTIMS_DIRECTIVE: "دستورالعمل حقوق قربانیان اتحادیهٔ اروپا (2012/29/EU)",
        VICTIMS_SUMMARY: "هر قربانی جرم در اتحادیهٔ اروپا، با هر وضعیت اقامتی، حق دارد اطلاعات، حمایت و محافظت "
        "دریافت کند و هنگام گزارش جرم مترجم شفاهی داشته باشد.",
        VIOLENCE_DIRECTIVE: "دستورالعمل اتحادیهٔ اروپا دربارهٔ مبارزه با خشونت علیه زنان و خشونت خانگی ((EU) 2024/1385)",
        VIOLENCE_SUMMARY: "قواعدی در سراسر اتحادیهٔ اروپا برای جرم‌انگاری برخی شکل‌های خشونت، حمایت از قربانیان و "
        "دسترسی به کمک تخصصی تعیین می‌کند، از جمله برای قربانیانی که مدارک اقامت ندارند.",
        ISTANBUL: "کنوانسیون استانبول شورای اروپا",
        ISTANBUL_SUMMARY: "کنوانسیون پیشگیری و مبارزه با خشونت علیه زنان و خشونت خانگی. مادهٔ ۵۹ آن به وضعیت "
        "اقامت قربانیان مهاجر می‌پردازد. دفتر کشوری در اینجا می‌افزاید که {country} چه چیزی را امضا و تصویب "
        "کرده است.",
        OFFICE_NAME: "دفتر PROTECT در {country}",
        OFFICE_ADDRESS: "نشانی نمونه، {city}",
    },
    "de": {
        GAPS: "Beispieltext, den das Länderbüro ersetzt: Hürden, auf die Migrantinnen und Migranten bei der Suche "
        "nach Hilfe stoßen, etwa die Angst vor Folgen für ihren Aufenthaltsstatus, fehlende Dolmetscher und "
        "Dienste, die nichts voneinander wissen.",
        VICTIMS_DIRECTIVE: "EU-Opferschutzrichtlinie (2012/29/EU)",
        VICTIMS_SUMMARY: "Jedes Opfer einer Straftat in der EU hat, unabhängig von seinem Aufenthaltsstatus, ein "
        "Recht auf Information, Unterstützung und Schutz sowie auf einen Dolmetscher bei der Anzeige einer Straftat.",
        VIOLENCE_DIRECTIVE: "EU-Richtlinie zur Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt "
        "((EU) 2024/1385)",
        VIOLENCE_SUMMARY: "Legt EU-weite Regeln für die Strafbarkeit bestimmter Formen von Gewalt, den Schutz der "
        "Opfer und den Zugang zu spezialisierter Hilfe fest, auch für Opfer ohne Aufenthaltspapiere.",
        ISTANBUL: "Istanbul-Konvention des Europarats",
        ISTANBUL_SUMMARY: "Das Übereinkommen zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher "
        "Gewalt. Sein Artikel 59 betrifft den Aufenthaltsstatus von Opfern mit Migrationsgeschichte. Das "
        "Länderbüro ergänzt hier, was {country} unterzeichnet und ratifiziert hat.",
        OFFICE_NAME: "PROTECT-Länderbüro {country}",
        OFFICE_ADDRESS: "Beispieladresse, {city}",
    },
    "fr": {
        GAPS: "Texte d'exemple que le bureau national remplacera : les obstacles que rencontrent les personnes "
        "migrantes lorsqu'elles cherchent de l'aide, comme la peur des conséquences pour leur titre de séjour, le "
        "manque d'interprètes et des services qui ne se connaissent pas entre eux.",
        VICTIMS_DIRECTIVE: "Directive européenne sur les droits des victimes (2012/29/UE)",
        VICTIMS_SUMMARY: "Toute victime d'une infraction dans l'UE, quel que soit son statut de séjour, a droit à "
        "l'information, au soutien et à la protection, ainsi qu'à un interprète lorsqu'elle porte plainte.",
        VIOLENCE_DIRECTIVE: "Directive européenne sur la lutte contre la violence à l'égard des femmes et la "
        "violence domestique ((UE) 2024/1385)",
        VIOLENCE_SUMMARY: "Fixe des règles dans toute l'UE sur l'incrimination de certaines formes de violence, la "
        "protection des victimes et l'accès à un soutien spécialisé, y compris pour les victimes sans titre de "
        "séjour.",
        ISTANBUL: "Convention d'Istanbul du Conseil de l'Europe",
        ISTANBUL_SUMMARY: "La Convention sur la prévention et la lutte contre la violence à l'égard des femmes et "
        "la violence domestique. Son article 59 porte sur le statut de résident des victimes migrantes. Le bureau "
        "national indique ici ce que {country} a signé et ratifié.",
        OFFICE_NAME: "Bureau national PROTECT {country}",
        OFFICE_ADDRESS: "Adresse d'exemple, {city}",
    },
}

EMERGENCY_NAME = "Emergency number 112"
EMERGENCY_DESCRIPTION = (
    "Police, ambulance and fire brigade. Free from any phone, also without credit or a SIM card. Ask for an "
    "interpreter if you need one."
)
SAMPLE_SERVICE_DESCRIPTION = "Sample service: the country office replaces it with a real one."
SAMPLE_AMBASSADOR_INTRODUCTION = "Sample ambassador: the country office replaces this entry."

# Support services and ambassadors, in the same languages as the country pages.
SERVICE_TEXT = {
    "nl": {
        EMERGENCY_NAME: "Alarmnummer 112",
        EMERGENCY_DESCRIPTION: "Politie, ambulance en brandweer. Gratis vanaf elke telefoon, ook zonder beltegoed "
        "of simkaart. Vraag om een tolk als u die nodig hebt.",
        "Sexual assault centre (sample)": "Centrum Seksueel Geweld (voorbeeld)",
        "Violence against women helpline (sample)": "Hulplijn geweld tegen vrouwen (voorbeeld)",
        "Women's shelter (sample)": "Vrouwenopvang (voorbeeld)",
        "Legal aid for migrants (sample)": "Rechtshulp voor migranten (voorbeeld)",
        "Hospital emergency department (sample)": "Spoedeisende hulp van het ziekenhuis (voorbeeld)",
        "Psychosocial support centre (sample)": "Centrum voor psychosociale steun (voorbeeld)",
        "LGBTQI+ community support (sample)": "Steun voor de LHBTIQ+-gemeenschap (voorbeeld)",
        SAMPLE_SERVICE_DESCRIPTION: "Voorbeelddienst: het landenkantoor vervangt deze door een echte.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Voorbeeldambassadeur: het landenkantoor vervangt deze vermelding.",
    },
    "ar": {
        EMERGENCY_NAME: "رقم الطوارئ 112",
        EMERGENCY_DESCRIPTION: "الشرطة والإسعاف والإطفاء. مجاني من أي هاتف، حتى دون رصيد أو شريحة SIM. اطلب "
        "مترجمًا فوريًا إن احتجت إليه.",
        "Sexual assault centre (sample)": "مركز ضحايا الاعتداء الجنسي (نموذج)",
        "Violence against women helpline (sample)": "خط مساعدة ضحايا العنف ضد المرأة (نموذج)",
        "Women's shelter (sample)": "دار إيواء للنساء (نموذج)",
        "Legal aid for migrants (sample)": "مساعدة قانونية للمهاجرين (نموذج)",
        "Hospital emergency department (sample)": "قسم الطوارئ في المستشفى (نموذج)",
        "Psychosocial support centre (sample)": "مركز الدعم النفسي والاجتماعي (نموذج)",
        "LGBTQI+ community support (sample)": "دعم مجتمع الميم (نموذج)",
        SAMPLE_SERVICE_DESCRIPTION: "خدمة نموذجية: يستبدلها المكتب القُطري بخدمة حقيقية.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "سفير نموذجي: يستبدل المكتب القُطري هذا الإدخال.",
    },
    "fa": {
        EMERGENCY_NAME: "شمارهٔ اضطراری ۱۱۲",
        EMERGENCY_DESCRIPTION: "پلیس، آمبولانس و آتش‌نشانی. رایگان از هر تلفنی، حتی بدون اعتبار یا سیم‌کارت. "
        "اگر به مترجم شفاهی نیاز دارید، درخواست کنید.",
        "Sexual assault centre (sample)": "مرکز کمک به قربانیان تجاوز جنسی (نمونه)",
        "Violence against women helpline (sample)": "خط کمک برای خشونت علیه زنان (نمونه)",
        "Women's shelter (sample)": "خانهٔ امن زنان (نمونه)",
        "Legal aid for migrants (sample)": "کمک حقوقی برای مهاجران (نمونه)",
        "Hospital emergency department (sample)": "بخش اورژانس بیمارستان (نمونه)",
        "Psychosocial support centre (sample)": "مرکز حمایت روانی‌اجتماعی (نمونه)",
        "LGBTQI+ community support (sample)": "حمایت از جامعهٔ دگرباشان (نمونه)",
        SAMPLE_SERVICE_DESCRIPTION: "خدمت نمونه: دفتر کشوری آن را با یک خدمت واقعی جایگزین می‌کند.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "سفیر نمونه: دفتر کشوری این مورد را جایگزین می‌کند.",
    },
    "de": {
        EMERGENCY_NAME: "Notruf 112",
        EMERGENCY_DESCRIPTION: "Polizei, Rettungsdienst und Feuerwehr. Kostenlos von jedem Telefon, auch ohne "
        "Guthaben oder SIM-Karte. Fragen Sie nach einem Dolmetscher, wenn Sie einen brauchen.",
        "Sexual assault centre (sample)": "Zentrum für Betroffene sexualisierter Gewalt (Beispiel)",
        "Violence against women helpline (sample)": "Hilfetelefon Gewalt gegen Frauen (Beispiel)",
        "Women's shelter (sample)": "Frauenhaus (Beispiel)",
        "Legal aid for migrants (sample)": "Rechtsberatung für Migrantinnen und Migranten (Beispiel)",
        "Hospital emergency department (sample)": "Notaufnahme des Krankenhauses (Beispiel)",
        "Psychosocial support centre (sample)": "Psychosoziales Beratungszentrum (Beispiel)",
        "LGBTQI+ community support (sample)": "Unterstützung für die LGBTQI+-Community (Beispiel)",
        SAMPLE_SERVICE_DESCRIPTION: "Beispieldienst: Das Länderbüro ersetzt ihn durch einen echten.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Beispiel-Botschafterin: Das Länderbüro ersetzt diesen Eintrag.",
    },
    "fr": {
        EMERGENCY_NAME: "Numéro d'urgence 112",
        EMERGENCY_DESCRIPTION: "Police, ambulance et pompiers. Gratuit depuis n'importe quel téléphone, même sans "
        "crédit ni carte SIM. Demandez un interprète si vous en avez besoin.",
        "Sexual assault centre (sample)": "Centre de prise en charge des violences sexuelles (exemple)",
        "Violence against women helpline (sample)": "Ligne d'écoute violences faites aux femmes (exemple)",
        "Women's shelter (sample)": "Refuge pour femmes (exemple)",
        "Legal aid for migrants (sample)": "Aide juridique pour les personnes migrantes (exemple)",
        "Hospital emergency department (sample)": "Service des urgences de l'hôpital (exemple)",
        "Psychosocial support centre (sample)": "Centre de soutien psychosocial (exemple)",
        "LGBTQI+ community support (sample)": "Soutien à la communauté LGBTQI+ (exemple)",
        SAMPLE_SERVICE_DESCRIPTION: "Service d'exemple : le bureau national le remplacera par un vrai service.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Ambassadrice d'exemple : le bureau national remplacera cette entrée.",
    },
}
