"""Translations of the seeded English texts that editors would write: the
home page's invitation to professionals, the country index's introduction,
each country page's law, gaps and office, and the sample support services
and ambassadors.

Keys are the English source texts (``home.seed_content``), as wagtail-localize
sees them (a rich text paragraph without its ``<p>``); ``{country}`` and
``{city}`` are filled in per country. A language missing here keeps the
English text, which the page marks with ``lang="en"``.
"""

# A legal reference inside right-to-left text runs left to right as one piece
# (left-to-right isolate … pop directional isolate): without it "(2012/29/EU)"
# shows as "(EU/2012/29)" in Arabic and Farsi.
LRI, PDI = "\u2066", "\u2069"

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
        VICTIMS_DIRECTIVE: f"توجيه الاتحاد الأوروبي بشأن حقوق الضحايا ({LRI}2012/29/EU{PDI})",
        VICTIMS_SUMMARY: "لكل ضحية جريمة في الاتحاد الأوروبي، أيًّا كان وضع إقامتها، الحق في المعلومات والدعم "
        "والحماية، وفي مترجم فوري عند الإبلاغ عن الجريمة.",
        VIOLENCE_DIRECTIVE: "توجيه الاتحاد الأوروبي بشأن مكافحة العنف ضد المرأة والعنف المنزلي "
        f"({LRI}(EU) 2024/1385{PDI})",
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
        VICTIMS_DIRECTIVE: f"دستورالعمل حقوق قربانیان اتحادیهٔ اروپا ({LRI}2012/29/EU{PDI})",
        VICTIMS_SUMMARY: "هر قربانی جرم در اتحادیهٔ اروپا، با هر وضعیت اقامتی، حق دارد اطلاعات، حمایت و محافظت "
        "دریافت کند و هنگام گزارش جرم مترجم شفاهی داشته باشد.",
        VIOLENCE_DIRECTIVE: "دستورالعمل اتحادیهٔ اروپا دربارهٔ مبارزه با خشونت علیه زنان و خشونت خانگی "
        f"({LRI}(EU) 2024/1385{PDI})",
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

COUNTRY_TEXT |= {
    "bg": {
        GAPS: "Примерен текст, който националният офис ще замени: пречките, пред които са изправени мигрантите, "
        "когато търсят помощ, например страх от последици за статута им на пребиваване, липса на преводачи и "
        "служби, които не знаят една за друга.",
        VICTIMS_DIRECTIVE: "Директива на ЕС относно правата на жертвите (2012/29/ЕС)",
        VICTIMS_SUMMARY: "Всяка жертва на престъпление в ЕС, независимо от статута си на пребиваване, има право "
        "на информация, подкрепа и защита, както и на преводач, когато съобщава за престъпление.",
        VIOLENCE_DIRECTIVE: "Директива на ЕС за борба с насилието над жени и домашното насилие ((ЕС) 2024/1385)",
        VIOLENCE_SUMMARY: "Въвежда общи за ЕС правила за криминализиране на определени форми на насилие, за "
        "защита на жертвите и за достъп до специализирана подкрепа, включително за жертви без документи за "
        "пребиваване.",
        ISTANBUL: "Истанбулска конвенция на Съвета на Европа",
        ISTANBUL_SUMMARY: "Конвенцията за превенция и борба с насилието над жени и домашното насилие. Член 59 от "
        "нея се отнася до статута на пребиваване на пострадалите мигранти. Тук националният офис посочва какво е "
        "подписала и ратифицирала {country}.",
        OFFICE_NAME: "Национален офис на PROTECT – {country}",
        OFFICE_ADDRESS: "Примерен адрес, {city}",
    },
    "hr": {
        GAPS: "Primjer teksta koji će ured u zemlji zamijeniti: prepreke na koje migranti nailaze kada traže pomoć, "
        "poput straha od posljedica za njihov boravišni status, nedostatka tumača i službi koje ne znaju jedna za "
        "drugu.",
        VICTIMS_DIRECTIVE: "Direktiva EU-a o pravima žrtava (2012/29/EU)",
        VICTIMS_SUMMARY: "Svaka žrtva kaznenog djela u EU-u, bez obzira na boravišni status, ima pravo na "
        "informacije, podršku i zaštitu te na tumača pri prijavi kaznenog djela.",
        VIOLENCE_DIRECTIVE: "Direktiva EU-a o suzbijanju nasilja nad ženama i nasilja u obitelji ((EU) 2024/1385)",
        VIOLENCE_SUMMARY: "Utvrđuje pravila na razini EU-a o inkriminiranju određenih oblika nasilja, zaštiti "
        "žrtava i pristupu specijaliziranoj podršci, među ostalim za žrtve bez boravišnih dokumenata.",
        ISTANBUL: "Istanbulska konvencija Vijeća Europe",
        ISTANBUL_SUMMARY: "Konvencija o sprečavanju i borbi protiv nasilja nad ženama i nasilja u obitelji. "
        "Njezin članak 59. odnosi se na boravišni status žrtava migranata. Ured u zemlji ovdje dodaje što je "
        "{country} potpisala i ratificirala.",
        OFFICE_NAME: "Ured programa PROTECT – {country}",
        OFFICE_ADDRESS: "Primjer adrese, {city}",
    },
    "el": {
        GAPS: "Ενδεικτικό κείμενο που θα αντικαταστήσει το εθνικό γραφείο: τα εμπόδια που συναντούν οι μετανάστες "
        "όταν αναζητούν βοήθεια, όπως ο φόβος για συνέπειες στο καθεστώς διαμονής τους, η έλλειψη διερμηνέων και "
        "υπηρεσίες που δεν γνωρίζουν η μία την άλλη.",
        VICTIMS_DIRECTIVE: "Οδηγία της ΕΕ για τα δικαιώματα των θυμάτων (2012/29/ΕΕ)",
        VICTIMS_SUMMARY: "Κάθε θύμα εγκλήματος στην ΕΕ, ανεξάρτητα από το καθεστώς διαμονής του, έχει δικαίωμα "
        "στην ενημέρωση, τη στήριξη και την προστασία, καθώς και σε διερμηνέα όταν καταγγέλλει ένα έγκλημα.",
        VIOLENCE_DIRECTIVE: "Οδηγία της ΕΕ για την καταπολέμηση της βίας κατά των γυναικών και της "
        "ενδοοικογενειακής βίας ((ΕΕ) 2024/1385)",
        VIOLENCE_SUMMARY: "Θεσπίζει κανόνες σε όλη την ΕΕ για την ποινικοποίηση ορισμένων μορφών βίας, την "
        "προστασία των θυμάτων και την πρόσβαση σε εξειδικευμένη στήριξη, και για θύματα χωρίς έγγραφα διαμονής.",
        ISTANBUL: "Σύμβαση της Κωνσταντινούπολης του Συμβουλίου της Ευρώπης",
        ISTANBUL_SUMMARY: "Η Σύμβαση για την πρόληψη και την καταπολέμηση της βίας κατά των γυναικών και της "
        "ενδοοικογενειακής βίας. Το άρθρο 59 αφορά το καθεστώς διαμονής των θυμάτων που είναι μετανάστες. Το "
        "εθνικό γραφείο προσθέτει εδώ τι έχει υπογράψει και κυρώσει η {country}.",
        OFFICE_NAME: "Εθνικό γραφείο PROTECT – {country}",
        OFFICE_ADDRESS: "Ενδεικτική διεύθυνση, {city}",
    },
    "hu": {
        GAPS: "Mintaszöveg, amelyet az országos iroda lecserél: akadályok, amelyekkel a migránsok "
        "segítségkéréskor szembesülnek, például a tartózkodási jogállásukat érintő következményektől való félelem, "
        "a tolmácsok hiánya és az egymásról nem tudó szolgálatok.",
        VICTIMS_DIRECTIVE: "Az EU áldozatok jogairól szóló irányelve (2012/29/EU)",
        VICTIMS_SUMMARY: "Az EU-ban minden bűncselekmény áldozatának, tartózkodási jogállásától függetlenül, joga "
        "van a tájékoztatáshoz, a támogatáshoz és a védelemhez, valamint feljelentéskor a tolmácshoz.",
        VIOLENCE_DIRECTIVE: "A nők elleni erőszak és a kapcsolati erőszak elleni küzdelemről szóló uniós irányelv "
        "((EU) 2024/1385)",
        VIOLENCE_SUMMARY: "Uniós szabályokat állapít meg az erőszak egyes formáinak büntetendővé tételéről, az "
        "áldozatok védelméről és a szakosított támogatáshoz való hozzáférésről, tartózkodási engedély nélküli "
        "áldozatok számára is.",
        ISTANBUL: "Az Európa Tanács Isztambuli Egyezménye",
        ISTANBUL_SUMMARY: "Egyezmény a nőkkel szembeni erőszak és a kapcsolati erőszak megelőzéséről és "
        "felszámolásáról. 59. cikke a migráns áldozatok tartózkodási jogállásáról szól. Az országos iroda itt "
        "egészíti ki, mit írt alá és erősített meg {country}.",
        OFFICE_NAME: "PROTECT országos iroda – {country}",
        OFFICE_ADDRESS: "Mintacím, {city}",
    },
    "ga": {
        GAPS: "Téacs samplach le hathrú ag an oifig tíre: na bacainní a bhíonn roimh imircigh nuair a lorgaíonn "
        "siad cabhair, mar shampla eagla roimh iarmhairtí dá stádas cónaithe, easpa ateangairí, agus seirbhísí "
        "nach bhfuil eolas acu ar a chéile.",
        VICTIMS_DIRECTIVE: "Treoir an AE maidir le Cearta Íospartach (2012/29/AE)",
        VICTIMS_SUMMARY: "Tá sé de cheart ag gach íospartach coireachta san AE, is cuma cén stádas cónaithe atá "
        "acu, faisnéis, tacaíocht agus cosaint a fháil, agus ateangaire a bheith acu nuair a thuairiscíonn siad coir.",
        VIOLENCE_DIRECTIVE: "Treoir an AE maidir le foréigean in aghaidh na mban agus foréigean baile a chomhrac "
        "((AE) 2024/1385)",
        VIOLENCE_SUMMARY: "Leagann sí síos rialacha ar fud an AE chun cineálacha áirithe foréigin a choiriúlú, "
        "íospartaigh a chosaint agus rochtain a thabhairt ar thacaíocht speisialaithe, lena n-áirítear "
        "d'íospartaigh nach bhfuil cáipéisí cónaithe acu.",
        ISTANBUL: "Coinbhinsiún Iostanbúl Chomhairle na hEorpa",
        ISTANBUL_SUMMARY: "An Coinbhinsiún maidir le foréigean in aghaidh na mban agus foréigean baile a chosc "
        "agus a chomhrac. Baineann Airteagal 59 de le stádas cónaithe íospartach imirceach. Luann an oifig tíre "
        "anseo céard atá sínithe agus daingnithe ag Éirinn.",
        OFFICE_NAME: "Oifig tíre PROTECT – {country}",
        OFFICE_ADDRESS: "Seoladh samplach, {city}",
    },
    "it": {
        GAPS: "Testo di esempio che l'ufficio nazionale sostituirà: gli ostacoli che le persone migranti "
        "incontrano quando cercano aiuto, come la paura di conseguenze per il loro permesso di soggiorno, la "
        "mancanza di interpreti e servizi che non si conoscono tra loro.",
        VICTIMS_DIRECTIVE: "Direttiva UE sui diritti delle vittime (2012/29/UE)",
        VICTIMS_SUMMARY: "Ogni vittima di reato nell'UE, qualunque sia la sua situazione di soggiorno, ha diritto "
        "a informazioni, sostegno e protezione, e a un interprete quando denuncia un reato.",
        VIOLENCE_DIRECTIVE: "Direttiva UE sulla lotta alla violenza contro le donne e alla violenza domestica "
        "((UE) 2024/1385)",
        VIOLENCE_SUMMARY: "Stabilisce norme in tutta l'UE sulla criminalizzazione di alcune forme di violenza, "
        "sulla protezione delle vittime e sull'accesso a un sostegno specializzato, anche per le vittime senza "
        "permesso di soggiorno.",
        ISTANBUL: "Convenzione di Istanbul del Consiglio d'Europa",
        ISTANBUL_SUMMARY: "La Convenzione sulla prevenzione e la lotta contro la violenza nei confronti delle "
        "donne e la violenza domestica. Il suo articolo 59 riguarda lo status di residente delle vittime migranti. "
        "Qui l'ufficio nazionale indica cosa ha firmato e ratificato l'Italia.",
        OFFICE_NAME: "Ufficio nazionale PROTECT – {country}",
        OFFICE_ADDRESS: "Indirizzo di esempio, {city}",
    },
    "mt": {
        GAPS: "Test ta' eżempju li l-uffiċċju nazzjonali se jibdel: l-ostakli li jiltaqgħu magħhom il-migranti "
        "meta jfittxu l-għajnuna, bħall-biża' mill-konsegwenzi għall-istatus ta' residenza tagħhom, in-nuqqas ta' "
        "interpreti, u servizzi li ma jafux b'xulxin.",
        VICTIMS_DIRECTIVE: "Id-Direttiva tal-UE dwar id-Drittijiet tal-Vittmi (2012/29/UE)",
        VICTIMS_SUMMARY: "Kull vittma ta' reat fl-UE, ikun x'ikun l-istatus ta' residenza tagħha, għandha d-dritt "
        "għall-informazzjoni, għall-appoġġ u għall-protezzjoni, u għal interpretu meta tirrapporta reat.",
        VIOLENCE_DIRECTIVE: "Id-Direttiva tal-UE dwar il-ġlieda kontra l-vjolenza fuq in-nisa u l-vjolenza "
        "domestika ((UE) 2024/1385)",
        VIOLENCE_SUMMARY: "Tistabbilixxi regoli madwar l-UE kollha dwar il-kriminalizzazzjoni ta' ċerti forom ta' "
        "vjolenza, il-protezzjoni tal-vittmi u l-aċċess għal appoġġ speċjalizzat, anke għall-vittmi mingħajr "
        "dokumenti ta' residenza.",
        ISTANBUL: "Il-Konvenzjoni ta' Istanbul tal-Kunsill tal-Ewropa",
        ISTANBUL_SUMMARY: "Il-Konvenzjoni dwar il-prevenzjoni u l-ġlieda kontra l-vjolenza fuq in-nisa u "
        "l-vjolenza domestika. L-Artikolu 59 tagħha jittratta l-istatus ta' residenza tal-vittmi migranti. "
        "L-uffiċċju nazzjonali jżid hawn x'iffirmat u rratifikat {country}.",
        OFFICE_NAME: "Uffiċċju nazzjonali PROTECT – {country}",
        OFFICE_ADDRESS: "Indirizz ta' eżempju, {city}",
    },
    "pl": {
        GAPS: "Przykładowy tekst do zastąpienia przez biuro krajowe: bariery, na które natrafiają migranci, "
        "szukając pomocy, takie jak strach przed konsekwencjami dla ich statusu pobytowego, brak tłumaczy oraz "
        "służby, które nic o sobie nie wiedzą.",
        VICTIMS_DIRECTIVE: "Dyrektywa UE w sprawie praw ofiar (2012/29/UE)",
        VICTIMS_SUMMARY: "Każda ofiara przestępstwa w UE, niezależnie od statusu pobytowego, ma prawo do "
        "informacji, wsparcia i ochrony oraz do tłumacza przy zgłaszaniu przestępstwa.",
        VIOLENCE_DIRECTIVE: "Dyrektywa UE w sprawie zwalczania przemocy wobec kobiet i przemocy domowej "
        "((UE) 2024/1385)",
        VIOLENCE_SUMMARY: "Ustanawia ogólnounijne zasady penalizacji niektórych form przemocy, ochrony ofiar i "
        "dostępu do specjalistycznego wsparcia, także dla ofiar bez dokumentów pobytowych.",
        ISTANBUL: "Konwencja stambulska Rady Europy",
        ISTANBUL_SUMMARY: "Konwencja o zapobieganiu i zwalczaniu przemocy wobec kobiet i przemocy domowej. Jej "
        "artykuł 59 dotyczy statusu pobytowego ofiar będących migrantami. Biuro krajowe uzupełnia tutaj, co "
        "{country} podpisała i ratyfikowała.",
        OFFICE_NAME: "Biuro krajowe PROTECT – {country}",
        OFFICE_ADDRESS: "Przykładowy adres, {city}",
    },
    "sl": {
        GAPS: "Vzorčno besedilo, ki ga bo nacionalna pisarna zamenjala: ovire, na katere naletijo migranti, ko "
        "iščejo pomoč, na primer strah pred posledicami za njihov status prebivanja, pomanjkanje tolmačev in "
        "službe, ki ne vedo druga za drugo.",
        VICTIMS_DIRECTIVE: "Direktiva EU o pravicah žrtev (2012/29/EU)",
        VICTIMS_SUMMARY: "Vsaka žrtev kaznivega dejanja v EU ima ne glede na status prebivanja pravico do "
        "informacij, podpore in zaščite ter do tolmača, ko prijavi kaznivo dejanje.",
        VIOLENCE_DIRECTIVE: "Direktiva EU o boju proti nasilju nad ženskami in nasilju v družini ((EU) 2024/1385)",
        VIOLENCE_SUMMARY: "Določa pravila na ravni EU o inkriminaciji nekaterih oblik nasilja, zaščiti žrtev in "
        "dostopu do specializirane podpore, tudi za žrtve brez dokumentov za prebivanje.",
        ISTANBUL: "Istanbulska konvencija Sveta Evrope",
        ISTANBUL_SUMMARY: "Konvencija o preprečevanju nasilja nad ženskami in nasilja v družini ter o boju proti "
        "njima. Njen 59. člen se nanaša na status prebivanja žrtev migrantk in migrantov. Nacionalna pisarna tukaj "
        "dopolni, kaj je {country} podpisala in ratificirala.",
        OFFICE_NAME: "Nacionalna pisarna PROTECT – {country}",
        OFFICE_ADDRESS: "Vzorčni naslov, {city}",
    },
    "es": {
        GAPS: "Texto de ejemplo que la oficina nacional sustituirá: las barreras que encuentran las personas "
        "migrantes al buscar ayuda, como el miedo a las consecuencias para su situación de residencia, la falta de "
        "intérpretes y servicios que no se conocen entre sí.",
        VICTIMS_DIRECTIVE: "Directiva de la UE sobre los derechos de las víctimas (2012/29/UE)",
        VICTIMS_SUMMARY: "Toda víctima de un delito en la UE, sea cual sea su situación de residencia, tiene "
        "derecho a información, apoyo y protección, y a un intérprete al denunciar un delito.",
        VIOLENCE_DIRECTIVE: "Directiva de la UE sobre la lucha contra la violencia contra las mujeres y la "
        "violencia doméstica ((UE) 2024/1385)",
        VIOLENCE_SUMMARY: "Establece normas en toda la UE para tipificar como delito ciertas formas de violencia, "
        "proteger a las víctimas y garantizar el acceso a apoyo especializado, también para víctimas sin papeles "
        "de residencia.",
        ISTANBUL: "Convenio de Estambul del Consejo de Europa",
        ISTANBUL_SUMMARY: "El Convenio sobre prevención y lucha contra la violencia contra las mujeres y la "
        "violencia doméstica. Su artículo 59 trata de la situación de residencia de las víctimas migrantes. La "
        "oficina nacional añade aquí lo que {country} ha firmado y ratificado.",
        OFFICE_NAME: "Oficina nacional de PROTECT – {country}",
        OFFICE_ADDRESS: "Dirección de ejemplo, {city}",
    },
}

SERVICE_TEXT |= {
    "bg": {
        EMERGENCY_NAME: "Номер за спешни повиквания 112",
        EMERGENCY_DESCRIPTION: "Полиция, линейка и пожарна. Безплатно от всеки телефон, дори без кредит или "
        "SIM карта. Поискайте преводач, ако имате нужда.",
        "Sexual assault centre (sample)": "Център за пострадали от сексуално насилие (пример)",
        "Violence against women helpline (sample)": "Гореща линия за жени, пострадали от насилие (пример)",
        "Women's shelter (sample)": "Кризисен център за жени (пример)",
        "Legal aid for migrants (sample)": "Правна помощ за мигранти (пример)",
        "Hospital emergency department (sample)": "Спешно отделение на болница (пример)",
        "Psychosocial support centre (sample)": "Център за психосоциална подкрепа (пример)",
        "LGBTQI+ community support (sample)": "Подкрепа за ЛГБТИ+ общността (пример)",
        SAMPLE_SERVICE_DESCRIPTION: "Примерна услуга: националният офис ще я замени с истинска.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Примерен посланик: националният офис ще замени този запис.",
    },
    "hr": {
        EMERGENCY_NAME: "Broj za hitne slučajeve 112",
        EMERGENCY_DESCRIPTION: "Policija, hitna pomoć i vatrogasci. Besplatno s bilo kojeg telefona, i bez "
        "kredita ili SIM kartice. Zatražite tumača ako vam je potreban.",
        "Sexual assault centre (sample)": "Centar za žrtve seksualnog nasilja (primjer)",
        "Violence against women helpline (sample)": "Linija za pomoć ženama žrtvama nasilja (primjer)",
        "Women's shelter (sample)": "Sklonište za žene (primjer)",
        "Legal aid for migrants (sample)": "Pravna pomoć za migrante (primjer)",
        "Hospital emergency department (sample)": "Hitni bolnički prijam (primjer)",
        "Psychosocial support centre (sample)": "Centar za psihosocijalnu podršku (primjer)",
        "LGBTQI+ community support (sample)": "Podrška LGBTIQ+ zajednici (primjer)",
        SAMPLE_SERVICE_DESCRIPTION: "Primjer službe: ured u zemlji zamijenit će je stvarnom.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Primjer ambasadora: ured u zemlji zamijenit će ovaj unos.",
    },
    "el": {
        EMERGENCY_NAME: "Αριθμός έκτακτης ανάγκης 112",
        EMERGENCY_DESCRIPTION: "Αστυνομία, ασθενοφόρο και πυροσβεστική. Δωρεάν από κάθε τηλέφωνο, ακόμη και "
        "χωρίς υπόλοιπο ή κάρτα SIM. Ζητήστε διερμηνέα αν τον χρειάζεστε.",
        "Sexual assault centre (sample)": "Κέντρο για θύματα σεξουαλικής βίας (παράδειγμα)",
        "Violence against women helpline (sample)": "Γραμμή βοήθειας για τη βία κατά των γυναικών (παράδειγμα)",
        "Women's shelter (sample)": "Ξενώνας φιλοξενίας γυναικών (παράδειγμα)",
        "Legal aid for migrants (sample)": "Νομική βοήθεια για μετανάστες (παράδειγμα)",
        "Hospital emergency department (sample)": "Τμήμα επειγόντων περιστατικών νοσοκομείου (παράδειγμα)",
        "Psychosocial support centre (sample)": "Κέντρο ψυχοκοινωνικής στήριξης (παράδειγμα)",
        "LGBTQI+ community support (sample)": "Στήριξη της ΛΟΑΤΚΙ+ κοινότητας (παράδειγμα)",
        SAMPLE_SERVICE_DESCRIPTION: "Ενδεικτική υπηρεσία: το εθνικό γραφείο θα την αντικαταστήσει με μια πραγματική.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Ενδεικτικός πρεσβευτής: το εθνικό γραφείο θα αντικαταστήσει αυτή την "
        "καταχώριση.",
    },
    "hu": {
        EMERGENCY_NAME: "Segélyhívó szám: 112",
        EMERGENCY_DESCRIPTION: "Rendőrség, mentők és tűzoltóság. Bármely telefonról ingyenes, egyenleg és "
        "SIM-kártya nélkül is. Kérjen tolmácsot, ha szüksége van rá.",
        "Sexual assault centre (sample)": "Szexuális erőszak áldozatait segítő központ (minta)",
        "Violence against women helpline (sample)": "Segélyvonal nők elleni erőszak esetén (minta)",
        "Women's shelter (sample)": "Menedékház nőknek (minta)",
        "Legal aid for migrants (sample)": "Jogi segítség migránsoknak (minta)",
        "Hospital emergency department (sample)": "Kórházi sürgősségi osztály (minta)",
        "Psychosocial support centre (sample)": "Pszichoszociális támogató központ (minta)",
        "LGBTQI+ community support (sample)": "LMBTQI+ közösségi támogatás (minta)",
        SAMPLE_SERVICE_DESCRIPTION: "Mintaszolgáltatás: az országos iroda valódira cseréli.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Minta nagykövet: az országos iroda lecseréli ezt a bejegyzést.",
    },
    "ga": {
        EMERGENCY_NAME: "Uimhir éigeandála 112",
        EMERGENCY_DESCRIPTION: "Gardaí, otharcharr agus briogáid dóiteáin. Saor in aisce ó aon fhón, fiú gan "
        "chreidmheas ná cárta SIM. Iarr ateangaire más gá duit.",
        "Sexual assault centre (sample)": "Ionad Géarchéime Éignithe (sampla)",
        "Violence against women helpline (sample)": "Líne chabhrach um fhoréigean in aghaidh na mban (sampla)",
        "Women's shelter (sample)": "Dídean do mhná (sampla)",
        "Legal aid for migrants (sample)": "Cúnamh dlí d'imircigh (sampla)",
        "Hospital emergency department (sample)": "Roinn éigeandála ospidéil (sampla)",
        "Psychosocial support centre (sample)": "Ionad tacaíochta síceasóisialta (sampla)",
        "LGBTQI+ community support (sample)": "Tacaíocht don phobal LADTAI+ (sampla)",
        SAMPLE_SERVICE_DESCRIPTION: "Seirbhís shamplach: cuirfidh an oifig tíre fíorsheirbhís ina háit.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Ambasadóir samplach: athróidh an oifig tíre an iontráil seo.",
    },
    "it": {
        EMERGENCY_NAME: "Numero di emergenza 112",
        EMERGENCY_DESCRIPTION: "Polizia, ambulanza e vigili del fuoco. Gratuito da qualsiasi telefono, anche "
        "senza credito o SIM. Chiedi un interprete se ne hai bisogno.",
        "Sexual assault centre (sample)": "Centro per vittime di violenza sessuale (esempio)",
        "Violence against women helpline (sample)": "Linea di aiuto contro la violenza sulle donne (esempio)",
        "Women's shelter (sample)": "Casa rifugio per donne (esempio)",
        "Legal aid for migrants (sample)": "Assistenza legale per persone migranti (esempio)",
        "Hospital emergency department (sample)": "Pronto soccorso ospedaliero (esempio)",
        "Psychosocial support centre (sample)": "Centro di supporto psicosociale (esempio)",
        "LGBTQI+ community support (sample)": "Supporto alla comunità LGBTQI+ (esempio)",
        SAMPLE_SERVICE_DESCRIPTION: "Servizio di esempio: l'ufficio nazionale lo sostituirà con uno reale.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Voce di esempio: l'ufficio nazionale la sostituirà con un ambasciatore reale.",
    },
    "mt": {
        EMERGENCY_NAME: "Numru tal-emerġenza 112",
        EMERGENCY_DESCRIPTION: "Pulizija, ambulanza u pompiera. B'xejn minn kwalunkwe telefon, anke mingħajr "
        "kreditu jew karta SIM. Itlob interpretu jekk għandek bżonn.",
        "Sexual assault centre (sample)": "Ċentru għall-vittmi ta' attakki sesswali (eżempju)",
        "Violence against women helpline (sample)": "Linja ta' għajnuna għall-vjolenza fuq in-nisa (eżempju)",
        "Women's shelter (sample)": "Kenn għan-nisa (eżempju)",
        "Legal aid for migrants (sample)": "Għajnuna legali għall-migranti (eżempju)",
        "Hospital emergency department (sample)": "Dipartiment tal-emerġenza tal-isptar (eżempju)",
        "Psychosocial support centre (sample)": "Ċentru ta' appoġġ psikosoċjali (eżempju)",
        "LGBTQI+ community support (sample)": "Appoġġ għall-komunità LGBTIQ+ (eżempju)",
        SAMPLE_SERVICE_DESCRIPTION: "Servizz ta' eżempju: l-uffiċċju nazzjonali se jibdlu b'wieħed reali.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Ambaxxatur ta' eżempju: l-uffiċċju nazzjonali se jibdel din l-entrata.",
    },
    "pl": {
        EMERGENCY_NAME: "Numer alarmowy 112",
        EMERGENCY_DESCRIPTION: "Policja, pogotowie ratunkowe i straż pożarna. Bezpłatnie z każdego telefonu, "
        "także bez środków na koncie lub karty SIM. Poproś o tłumacza, jeśli go potrzebujesz.",
        "Sexual assault centre (sample)": "Ośrodek pomocy osobom po przemocy seksualnej (przykład)",
        "Violence against women helpline (sample)": "Telefon zaufania dla kobiet doznających przemocy (przykład)",
        "Women's shelter (sample)": "Schronisko dla kobiet (przykład)",
        "Legal aid for migrants (sample)": "Pomoc prawna dla migrantów (przykład)",
        "Hospital emergency department (sample)": "Szpitalny oddział ratunkowy (przykład)",
        "Psychosocial support centre (sample)": "Ośrodek wsparcia psychospołecznego (przykład)",
        "LGBTQI+ community support (sample)": "Wsparcie dla społeczności LGBTQI+ (przykład)",
        SAMPLE_SERVICE_DESCRIPTION: "Przykładowa usługa: biuro krajowe zastąpi ją prawdziwą.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Przykładowy ambasador: biuro krajowe zastąpi ten wpis.",
    },
    "sl": {
        EMERGENCY_NAME: "Številka za klic v sili 112",
        EMERGENCY_DESCRIPTION: "Policija, reševalci in gasilci. Brezplačno s katerega koli telefona, tudi brez "
        "dobroimetja ali kartice SIM. Če potrebujete tolmača, ga zahtevajte.",
        "Sexual assault centre (sample)": "Center za žrtve spolnega nasilja (primer)",
        "Violence against women helpline (sample)": "Telefon za pomoč ženskam, žrtvam nasilja (primer)",
        "Women's shelter (sample)": "Varna hiša za ženske (primer)",
        "Legal aid for migrants (sample)": "Pravna pomoč za migrante (primer)",
        "Hospital emergency department (sample)": "Urgentni center bolnišnice (primer)",
        "Psychosocial support centre (sample)": "Center za psihosocialno podporo (primer)",
        "LGBTQI+ community support (sample)": "Podpora skupnosti LGBTIQ+ (primer)",
        SAMPLE_SERVICE_DESCRIPTION: "Vzorčna storitev: nacionalna pisarna jo bo zamenjala z dejansko.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Vzorčni ambasador: nacionalna pisarna bo ta vnos zamenjala.",
    },
    "es": {
        EMERGENCY_NAME: "Número de emergencias 112",
        EMERGENCY_DESCRIPTION: "Policía, ambulancia y bomberos. Gratis desde cualquier teléfono, también sin "
        "saldo ni tarjeta SIM. Pide un intérprete si lo necesitas.",
        "Sexual assault centre (sample)": "Centro de atención a víctimas de violencia sexual (ejemplo)",
        "Violence against women helpline (sample)": "Línea de ayuda contra la violencia hacia las mujeres (ejemplo)",
        "Women's shelter (sample)": "Casa de acogida para mujeres (ejemplo)",
        "Legal aid for migrants (sample)": "Asistencia jurídica para personas migrantes (ejemplo)",
        "Hospital emergency department (sample)": "Urgencias hospitalarias (ejemplo)",
        "Psychosocial support centre (sample)": "Centro de apoyo psicosocial (ejemplo)",
        "LGBTQI+ community support (sample)": "Apoyo a la comunidad LGTBIQ+ (ejemplo)",
        SAMPLE_SERVICE_DESCRIPTION: "Servicio de ejemplo: la oficina nacional lo sustituirá por uno real.",
        SAMPLE_AMBASSADOR_INTRODUCTION: "Entrada de ejemplo: la oficina nacional la sustituirá por una embajadora "
        "o un embajador real.",
    },
}

# The seeded cities by the names their readers use: the sample services' city,
# the ambassadors' region and the office's sample address. A city missing here
# is written the same way in that language.
CITY_NAMES = {
    "nl": {"Brussels": "Brussel", "Antwerp": "Antwerpen"},
    "fr": {"Brussels": "Bruxelles", "Antwerp": "Anvers"},
    "de": {"Brussels": "Brüssel", "Antwerp": "Antwerpen"},
    "bg": {"Sofia": "София", "Plovdiv": "Пловдив"},
    "el": {"Athens": "Αθήνα", "Thessaloniki": "Θεσσαλονίκη"},
    "ga": {"Dublin": "Baile Átha Cliath", "Cork": "Corcaigh"},
    "it": {"Rome": "Roma", "Milan": "Milano"},
    "mt": {"Valletta": "il-Belt Valletta"},
    "pl": {"Warsaw": "Warszawa"},
    "ar": {
        "Brussels": "بروكسل", "Antwerp": "أنتويرب", "Sofia": "صوفيا", "Plovdiv": "بلوفديف", "Zagreb": "زغرب",
        "Split": "سبليت", "Athens": "أثينا", "Thessaloniki": "سالونيك", "Budapest": "بودابست", "Debrecen": "دبرتسن",
        "Dublin": "دبلن", "Cork": "كورك", "Rome": "روما", "Milan": "ميلانو", "Valletta": "فاليتا",
        "Birkirkara": "بركركارا", "Amsterdam": "أمستردام", "Rotterdam": "روتردام", "Warsaw": "وارسو",
        "Kraków": "كراكوف", "Ljubljana": "ليوبليانا", "Maribor": "ماريبور", "Madrid": "مدريد", "Barcelona": "برشلونة",
    },
    "fa": {
        "Brussels": "بروکسل", "Antwerp": "آنتورپ", "Sofia": "صوفیه", "Plovdiv": "پلوودیف", "Zagreb": "زاگرب",
        "Split": "اسپلیت", "Athens": "آتن", "Thessaloniki": "تسالونیکی", "Budapest": "بوداپست", "Debrecen": "دبرسن",
        "Dublin": "دوبلین", "Cork": "کورک", "Rome": "رم", "Milan": "میلان", "Valletta": "والتا",
        "Birkirkara": "بیرکیرکارا", "Amsterdam": "آمستردام", "Rotterdam": "روتردام", "Warsaw": "ورشو",
        "Kraków": "کراکوف", "Ljubljana": "لیوبلیانا", "Maribor": "ماریبور", "Madrid": "مادرید", "Barcelona": "بارسلون",
    },
}  # fmt: skip
