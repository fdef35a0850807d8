"""Notices keep the language of the page they were sent from; a member's
flag can be appealed after a moderator kept the content; house rules become
translatable (Wagtail locales): each existing rule is the version in the
default locale, and the common rules are seeded in every site language."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# The common rules of 0010_common_house_rules in the other site languages: (title, explanation).
TRANSLATIONS = {
    "personal-data": {
        "bg": (
            "Никаква информация, по която може да бъде разпозната оцеляла или друг човек",
            "Имена, телефонни номера, адреси, номера на документи, снимки или подробности за случай, които сочат към един човек.",
        ),
        "de": (
            "Keine Angaben, durch die eine überlebende Person oder sonst jemand erkennbar werden könnte",
            "Namen, Telefonnummern, Adressen, Ausweisnummern, Fotos oder Einzelheiten eines Falls, die auf eine Person hindeuten.",
        ),
        "el": (
            "Καμία πληροφορία που θα μπορούσε να αποκαλύψει την ταυτότητα μιας επιζώσας ή οποιουδήποτε άλλου προσώπου",
            "Ονόματα, αριθμοί τηλεφώνου, διευθύνσεις, αριθμοί ταυτότητας, φωτογραφίες ή λεπτομέρειες μιας υπόθεσης που παραπέμπουν σε ένα πρόσωπο.",
        ),
        "es": (
            "Ninguna información que pueda identificar a una superviviente ni a ninguna otra persona",
            "Nombres, números de teléfono, direcciones, números de documentos, fotos o detalles de un caso que apunten a una persona.",
        ),
        "fr": (
            "Aucune information qui permettrait d’identifier une survivante ou toute autre personne",
            "Noms, numéros de téléphone, adresses, numéros d’identité, photos ou détails d’un cas qui désignent une personne.",
        ),
        "ga": (
            "Gan aon fhaisnéis a d’fhéadfadh marthanóir ná aon duine eile a aithint",
            "Ainmneacha, uimhreacha gutháin, seoltaí, uimhreacha aitheantais, grianghraif nó sonraí cáis a dhíríonn ar dhuine amháin.",
        ),
        "hr": (
            "Nikakvi podaci po kojima bi se mogla prepoznati preživjela ili bilo koja druga osoba",
            "Imena, brojevi telefona, adrese, brojevi isprava, fotografije ili pojedinosti slučaja koji upućuju na jednu osobu.",
        ),
        "hu": (
            "Semmilyen információ, amelyből egy túlélő vagy bárki más azonosítható lehet",
            "Nevek, telefonszámok, címek, azonosítószámok, fényképek vagy egy eset részletei, amelyek egy személyre utalnak.",
        ),
        "it": (
            "Nessuna informazione che possa identificare una sopravvissuta o qualsiasi altra persona",
            "Nomi, numeri di telefono, indirizzi, numeri di documenti, foto o dettagli di un caso che riconducono a una persona.",
        ),
        "mt": (
            "L-ebda informazzjoni li tista’ tidentifika superstiti jew xi persuna oħra",
            "Ismijiet, numri tat-telefon, indirizzi, numri tal-identità, ritratti jew dettalji ta’ każ li jindikaw persuna waħda.",
        ),
        "nl": (
            "Geen informatie waardoor een overlevende of een andere persoon herkenbaar kan worden",
            "Namen, telefoonnummers, adressen, identiteitsnummers, foto’s of details van een zaak die naar één persoon wijzen.",
        ),
        "pl": (
            "Żadnych informacji, które mogłyby pozwolić rozpoznać osobę ocalałą lub kogokolwiek innego",
            "Imiona i nazwiska, numery telefonów, adresy, numery dokumentów, zdjęcia lub szczegóły sprawy wskazujące na jedną osobę.",
        ),
        "sl": (
            "Nobenih podatkov, po katerih bi bilo mogoče prepoznati preživelo ali katero koli drugo osebo",
            "Imena, telefonske številke, naslovi, številke dokumentov, fotografije ali podrobnosti primera, ki kažejo na eno osebo.",
        ),
        "ar": (
            "لا معلومات قد تكشف هوية إحدى الناجيات أو أي شخص آخر",
            "الأسماء وأرقام الهواتف والعناوين وأرقام الهوية والصور أو تفاصيل حالة تدل على شخص بعينه.",
        ),
        "fa": (
            "هیچ اطلاعاتی که بتواند هویت یک بازمانده یا هر فرد دیگری را آشکار کند",
            "نام\u200cها، شماره\u200cهای تلفن، نشانی\u200cها، شماره\u200cهای شناسایی، عکس\u200cها یا جزئیات یک پرونده که به یک نفر اشاره می\u200cکند.",
        ),
    },
    "respect": {
        "bg": (
            "Бъдете уважителни: без тормоз, обиди или дискриминация",
            "Не се съгласявайте с идеи, но никога не нападайте хора, групи или професии.",
        ),
        "de": (
            "Seien Sie respektvoll: keine Belästigung, keine Beleidigungen, keine Diskriminierung",
            "Widersprechen Sie Ideen, greifen Sie nie Menschen, Gruppen oder Berufe an.",
        ),
        "el": (
            "Να είστε ευγενικοί: όχι παρενόχληση, προσβολές ή διακρίσεις",
            "Διαφωνήστε με ιδέες, ποτέ μην επιτίθεστε σε ανθρώπους, ομάδες ή επαγγέλματα.",
        ),
        "es": (
            "Sea respetuoso: nada de acoso, insultos ni discriminación",
            "Discrepe de las ideas, nunca ataque a personas, grupos ni profesiones.",
        ),
        "fr": (
            "Soyez respectueux : pas de harcèlement, d’insultes ni de discrimination",
            "Contestez les idées, n’attaquez jamais des personnes, des groupes ou des professions.",
        ),
        "ga": (
            "Bí measúil: gan chiapadh, maslaí ná idirdhealú",
            "Easaontaigh le smaointe, ach ná hionsaigh daoine, grúpaí ná gairmeacha choíche.",
        ),
        "hr": (
            "Budite pristojni: bez uznemiravanja, uvreda ili diskriminacije",
            "Ne slažite se s idejama, ali nikada ne napadajte ljude, skupine ili struke.",
        ),
        "hu": (
            "Legyen tisztelettudó: nincs zaklatás, sértegetés vagy megkülönböztetés",
            "Vitatkozzon az elképzelésekkel, de soha ne támadjon embereket, csoportokat vagy szakmákat.",
        ),
        "it": (
            "Sii rispettoso: niente molestie, insulti o discriminazioni",
            "Dissenti dalle idee, non attaccare mai persone, gruppi o professioni.",
        ),
        "mt": (
            "Kun rispettuż: l-ebda fastidju, insulti jew diskriminazzjoni",
            "Tista’ ma taqbilx ma’ ideat, imma qatt tattakka nies, gruppi jew professjonijiet.",
        ),
        "nl": (
            "Wees respectvol: geen intimidatie, beledigingen of discriminatie",
            "Wees het oneens met ideeën, val nooit mensen, groepen of beroepen aan.",
        ),
        "pl": (
            "Okazuj szacunek: bez nękania, obelg i dyskryminacji",
            "Spieraj się z poglądami, nigdy nie atakuj ludzi, grup ani zawodów.",
        ),
        "sl": (
            "Bodite spoštljivi: brez nadlegovanja, žalitev ali diskriminacije",
            "Ne strinjajte se z idejami, nikoli pa ne napadajte ljudi, skupin ali poklicev.",
        ),
        "ar": (
            "كن محترمًا: لا تحرش ولا إهانات ولا تمييز",
            "اختلف مع الأفكار، ولا تهاجم أبدًا الأشخاص أو الجماعات أو المهن.",
        ),
        "fa": (
            "محترمانه رفتار کنید: بدون آزار، توهین یا تبعیض",
            "با ایده\u200cها مخالفت کنید، اما هرگز به افراد، گروه\u200cها یا حرفه\u200cها حمله نکنید.",
        ),
    },
    "safeguarding": {
        "bg": (
            "Случай, който изисква реакция за защита, се насочва по канала за защита",
            "Форумът не е мястото за работа по текущ случай; уведомете отговорника за защита във вашата организация.",
        ),
        "de": (
            "Ein Fall, der eine Schutzreaktion erfordert, gehört in den Kanal für Schutzmaßnahmen",
            "Das Forum ist nicht der Ort, einen laufenden Fall zu bearbeiten; informieren Sie die für Schutz zuständige Person Ihrer Organisation.",
        ),
        "el": (
            "Μια υπόθεση που χρειάζεται απόκριση προστασίας πηγαίνει στο κανάλι προστασίας",
            "Το φόρουμ δεν είναι ο τόπος για τον χειρισμό μιας ενεργής υπόθεσης· ενημερώστε τον υπεύθυνο προστασίας του οργανισμού σας.",
        ),
        "es": (
            "Un caso que requiere una respuesta de protección va al canal de protección",
            "El foro no es el lugar para gestionar un caso abierto; avise a la persona responsable de protección de su organización.",
        ),
        "fr": (
            "Un cas qui appelle une mesure de protection passe par le canal de protection",
            "Le forum n’est pas le lieu pour traiter un cas en cours ; prévenez le ou la responsable de la protection de votre organisation.",
        ),
        "ga": (
            "Cás a dteastaíonn freagra cosanta uaidh, téann sé chuig an gcainéal cosanta",
            "Ní hé an fóram an áit chun cás beo a láimhseáil; inis do cheannaire cosanta d’eagraíochta.",
        ),
        "hr": (
            "Slučaj koji zahtijeva zaštitnu reakciju ide u kanal za zaštitu",
            "Forum nije mjesto za vođenje aktivnog slučaja; obavijestite osobu zaduženu za zaštitu u svojoj organizaciji.",
        ),
        "hu": (
            "A védelmi intézkedést igénylő eset a védelmi csatornára tartozik",
            "A fórum nem egy folyamatban lévő eset kezelésének helye; szóljon a szervezete védelmi felelősének.",
        ),
        "it": (
            "Un caso che richiede una risposta di tutela va al canale di tutela",
            "Il forum non è il luogo per gestire un caso in corso; informa il referente per la tutela della tua organizzazione.",
        ),
        "mt": (
            "Każ li jeħtieġ rispons ta’ salvagwardja jmur fil-kanal tas-salvagwardja",
            "Il-forum mhuwiex il-post fejn jiġi ttrattat każ attiv; għid lill-persuna responsabbli mis-salvagwardja fl-organizzazzjoni tiegħek.",
        ),
        "nl": (
            "Een zaak die om bescherming vraagt, gaat naar het beschermingskanaal",
            "Het forum is niet de plek om een lopende zaak te behandelen; meld het bij de beschermingsverantwoordelijke van je organisatie.",
        ),
        "pl": (
            "Sprawa wymagająca reakcji ochronnej trafia do kanału ochrony",
            "Forum nie jest miejscem na prowadzenie bieżącej sprawy; powiadom osobę odpowiedzialną za ochronę w swojej organizacji.",
        ),
        "sl": (
            "Primer, ki zahteva zaščitni odziv, gre v kanal za zaščito",
            "Forum ni kraj za obravnavo odprtega primera; obvestite osebo, pristojno za zaščito v vaši organizaciji.",
        ),
        "ar": (
            "الحالة التي تتطلب استجابة حماية تُحال إلى قناة الحماية",
            "المنتدى ليس المكان المناسب لمعالجة حالة قائمة؛ أبلغ مسؤول الحماية في منظمتك.",
        ),
        "fa": (
            "موردی که به اقدام حمایتی نیاز دارد به کانال حمایت سپرده می\u200cشود",
            "انجمن جای رسیدگی به یک پرونده جاری نیست؛ به مسئول حمایت در سازمان خود اطلاع دهید.",
        ),
    },
    "accurate-information": {
        "bg": (
            "Никаква невярна или опасна информация за услуги, права или процедури",
            "Грешно работно време, телефонни номера, условия за достъп или правни съвети могат да изложат оцеляла на риск.",
        ),
        "de": (
            "Keine falschen oder gefährlichen Angaben zu Diensten, Rechten oder Verfahren",
            "Falsche Öffnungszeiten, Nummern, Voraussetzungen oder Rechtsauskünfte können eine überlebende Person gefährden.",
        ),
        "el": (
            "Καμία ψευδής ή επικίνδυνη πληροφορία για υπηρεσίες, δικαιώματα ή διαδικασίες",
            "Λάθος ώρες λειτουργίας, αριθμοί, προϋποθέσεις ή νομικές συμβουλές μπορούν να θέσουν μια επιζώσα σε κίνδυνο.",
        ),
        "es": (
            "Ninguna información falsa o peligrosa sobre servicios, derechos o procedimientos",
            "Horarios, números, requisitos o consejos jurídicos erróneos pueden poner en riesgo a una superviviente.",
        ),
        "fr": (
            "Aucune information fausse ou dangereuse sur les services, les droits ou les procédures",
            "Des horaires, numéros, conditions d’accès ou conseils juridiques erronés peuvent mettre une survivante en danger.",
        ),
        "ga": (
            "Gan aon fhaisnéis bhréagach ná chontúirteach faoi sheirbhísí, chearta ná nósanna imeachta",
            "Is féidir le huaireanta oscailte, uimhreacha, incháilitheacht nó comhairle dlí mhícheart marthanóir a chur i mbaol.",
        ),
        "hr": (
            "Nikakvi netočni ili opasni podaci o uslugama, pravima ili postupcima",
            "Pogrešno radno vrijeme, brojevi, uvjeti ili pravni savjeti mogu dovesti preživjelu u opasnost.",
        ),
        "hu": (
            "Semmilyen hamis vagy veszélyes információ szolgáltatásokról, jogokról vagy eljárásokról",
            "A téves nyitvatartás, telefonszám, jogosultsági feltétel vagy jogi tanács veszélybe sodorhat egy túlélőt.",
        ),
        "it": (
            "Nessuna informazione falsa o pericolosa su servizi, diritti o procedure",
            "Orari, numeri, requisiti o consigli legali sbagliati possono mettere a rischio una sopravvissuta.",
        ),
        "mt": (
            "L-ebda informazzjoni falza jew perikoluża dwar servizzi, drittijiet jew proċeduri",
            "Ħinijiet tal-ftuħ, numri, kriterji ta’ eliġibbiltà jew pariri legali żbaljati jistgħu jpoġġu superstiti f’periklu.",
        ),
        "nl": (
            "Geen onjuiste of gevaarlijke informatie over diensten, rechten of procedures",
            "Verkeerde openingstijden, nummers, voorwaarden of juridisch advies kunnen een overlevende in gevaar brengen.",
        ),
        "pl": (
            "Żadnych fałszywych ani niebezpiecznych informacji o usługach, prawach czy procedurach",
            "Błędne godziny otwarcia, numery, warunki lub porady prawne mogą narazić osobę ocalałą na niebezpieczeństwo.",
        ),
        "sl": (
            "Nobenih napačnih ali nevarnih podatkov o storitvah, pravicah ali postopkih",
            "Napačen delovni čas, številke, pogoji ali pravni nasveti lahko preživelo spravijo v nevarnost.",
        ),
        "ar": (
            "لا معلومات خاطئة أو خطرة عن الخدمات أو الحقوق أو الإجراءات",
            "مواعيد العمل أو الأرقام أو شروط الأهلية أو النصائح القانونية الخاطئة قد تعرّض إحدى الناجيات للخطر.",
        ),
        "fa": (
            "هیچ اطلاعات نادرست یا خطرناکی درباره خدمات، حقوق یا رویه\u200cها",
            "ساعات کاری، شماره\u200cها، شرایط واجد بودن یا مشاوره حقوقی نادرست می\u200cتواند یک بازمانده را در خطر قرار دهد.",
        ),
    },
    "on-topic": {
        "bg": ("Придържайте се към темата на форума или консултацията", ""),
        "de": ("Bleiben Sie beim Thema des Forums oder der Konsultation", ""),
        "el": ("Μείνετε στο θέμα του φόρουμ ή της διαβούλευσης", ""),
        "es": ("Cíñase al tema del foro o de la consulta", ""),
        "fr": ("Restez dans le sujet du forum ou de la consultation", ""),
        "ga": ("Fan le hábhar an fhóraim nó an chomhairliúcháin", ""),
        "hr": ("Držite se teme foruma ili savjetovanja", ""),
        "hu": ("Maradjon a fórum vagy a konzultáció témájánál", ""),
        "it": ("Resta in tema con il forum o la consultazione", ""),
        "mt": ("Ibqa’ fuq is-suġġett tal-forum jew tal-konsultazzjoni", ""),
        "nl": ("Blijf bij het onderwerp van het forum of de consultatie", ""),
        "pl": ("Trzymaj się tematu forum lub konsultacji", ""),
        "sl": ("Ostanite pri temi foruma ali posvetovanja", ""),
        "ar": ("التزم بموضوع المنتدى أو الاستشارة", ""),
        "fa": ("در چارچوب موضوع انجمن یا نظرخواهی بمانید", ""),
    },
    "no-advertising": {
        "bg": ("Без реклама, набиране на средства или спам", ""),
        "de": ("Keine Werbung, keine Spendenaufrufe, kein Spam", ""),
        "el": ("Όχι διαφημίσεις, εράνους ή ανεπιθύμητα μηνύματα", ""),
        "es": ("Nada de publicidad, recaudación de fondos ni spam", ""),
        "fr": ("Pas de publicité, de collecte de fonds ni de spam", ""),
        "ga": ("Gan fógraíocht, tiomsú airgid ná turscar", ""),
        "hr": ("Bez oglašavanja, prikupljanja sredstava ili neželjenih poruka", ""),
        "hu": ("Nincs reklám, adománygyűjtés vagy kéretlen üzenet", ""),
        "it": ("Niente pubblicità, raccolte fondi o spam", ""),
        "mt": ("L-ebda reklamar, ġbir ta’ fondi jew spam", ""),
        "nl": ("Geen reclame, fondsenwerving of spam", ""),
        "pl": ("Żadnych reklam, zbiórek pieniędzy ani spamu", ""),
        "sl": ("Brez oglaševanja, zbiranja sredstev ali neželenih sporočil", ""),
        "ar": ("لا إعلانات ولا جمع تبرعات ولا رسائل مزعجة", ""),
        "fa": ("بدون تبلیغات، جمع\u200cآوری کمک مالی یا هرزنامه", ""),
    },
    "confidential": {
        "bg": (
            "Това, което членовете споделят тук, остава тук",
            "Не копирайте публикации на членове извън платформата.",
        ),
        "de": (
            "Was Mitglieder hier teilen, bleibt hier",
            "Kopieren Sie Beiträge von Mitgliedern nicht außerhalb der Plattform.",
        ),
        "el": ("Ό,τι μοιράζονται τα μέλη εδώ, μένει εδώ", "Μην αντιγράφετε αναρτήσεις μελών εκτός της πλατφόρμας."),
        "es": (
            "Lo que los miembros comparten aquí se queda aquí",
            "No copie las publicaciones de los miembros fuera de la plataforma.",
        ),
        "fr": (
            "Ce que les membres partagent ici reste ici",
            "Ne copiez pas les messages des membres en dehors de la plateforme.",
        ),
        "ga": ("An rud a roinneann baill anseo, fanann sé anseo", "Ná cóipeáil postálacha ball lasmuigh den ardán."),
        "hr": ("Ono što članovi ovdje podijele, ostaje ovdje", "Ne kopirajte objave članova izvan platforme."),
        "hu": (
            "Amit a tagok itt megosztanak, az itt is marad",
            "Ne másolja ki a tagok hozzászólásait a platformon kívülre.",
        ),
        "it": (
            "Ciò che i membri condividono qui resta qui",
            "Non copiare i messaggi dei membri fuori dalla piattaforma.",
        ),
        "mt": ("Dak li jaqsmu l-membri hawn, jibqa’ hawn", "Tikkopjax il-postijiet tal-membri barra mill-pjattaforma."),
        "nl": ("Wat leden hier delen, blijft hier", "Kopieer berichten van leden niet naar buiten het platform."),
        "pl": ("To, czym członkowie dzielą się tutaj, zostaje tutaj", "Nie kopiuj wpisów członków poza platformę."),
        "sl": ("Kar člani delijo tukaj, ostane tukaj", "Ne kopirajte objav članov zunaj platforme."),
        "ar": ("ما يشاركه الأعضاء هنا يبقى هنا", "لا تنسخ منشورات الأعضاء خارج المنصة."),
        "fa": (
            "آنچه اعضا اینجا به اشتراک می\u200cگذارند، همین\u200cجا می\u200cماند",
            "پست\u200cهای اعضا را به بیرون از پلتفرم کپی نکنید.",
        ),
    },
    "lawful": {
        "bg": ("Нищо незаконно", "Съдържание, което е незаконно в държавата, където е публикувано или четено."),
        "de": (
            "Nichts Rechtswidriges",
            "Inhalte, die in dem Land, in dem sie veröffentlicht oder gelesen werden, rechtswidrig sind.",
        ),
        "el": ("Τίποτα παράνομο", "Περιεχόμενο που είναι παράνομο στη χώρα όπου δημοσιεύεται ή διαβάζεται."),
        "es": ("Nada ilegal", "Contenido ilegal en el país donde se publica o se lee."),
        "fr": ("Rien d’illégal", "Un contenu illégal dans le pays où il est publié ou lu."),
        "ga": ("Faic mídhleathach", "Ábhar atá mídhleathach sa tír ina bhfoilsítear nó ina léitear é."),
        "hr": ("Ništa nezakonito", "Sadržaj koji je nezakonit u zemlji u kojoj je objavljen ili se čita."),
        "hu": (
            "Semmi jogellenes",
            "Olyan tartalom, amely jogellenes abban az országban, ahol közzéteszik vagy olvassák.",
        ),
        "it": ("Niente di illegale", "Contenuti illegali nel paese in cui sono pubblicati o letti."),
        "mt": ("Xejn illegali", "Kontenut li huwa illegali fil-pajjiż fejn jiġi ppubblikat jew moqri."),
        "nl": ("Niets wat onwettig is", "Inhoud die onwettig is in het land waar ze geplaatst of gelezen wordt."),
        "pl": ("Nic niezgodnego z prawem", "Treści niezgodne z prawem w kraju, w którym są publikowane lub czytane."),
        "sl": ("Nič nezakonitega", "Vsebina, ki je nezakonita v državi, kjer je objavljena ali brana."),
        "ar": ("لا شيء غير قانوني", "محتوى غير قانوني في البلد الذي يُنشر أو يُقرأ فيه."),
        "fa": ("هیچ چیز غیرقانونی", "محتوایی که در کشوری که در آن منتشر یا خوانده می\u200cشود غیرقانونی است."),
    },
}


def rules_in_the_default_locale(apps, schema_editor):
    HouseRule = apps.get_model("consult", "HouseRule")
    Locale = apps.get_model("wagtailcore", "Locale")
    if not HouseRule.objects.exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for rule in HouseRule.objects.all():
        rule.locale_id = locale.pk
        rule.translation_key = uuid.uuid4()
        rule.save(update_fields=["locale", "translation_key"])


def translate_common_rules(apps, schema_editor):
    HouseRule = apps.get_model("consult", "HouseRule")
    Locale = apps.get_model("wagtailcore", "Locale")
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    for original in HouseRule.objects.filter(country=None, locale__language_code=settings.LANGUAGE_CODE):
        for language, (title, explanation) in TRANSLATIONS.get(original.code, {}).items():
            if language not in languages:
                continue
            locale, _ = Locale.objects.get_or_create(language_code=language)
            HouseRule.objects.get_or_create(
                translation_key=original.translation_key,
                locale=locale,
                defaults={
                    "country": None,
                    "code": original.code,
                    "title": title,
                    "explanation": explanation,
                    "position": original.position,
                    "is_active": original.is_active,
                },
            )


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("consult", "0012_notices_and_content_warnings"),
    ]

    operations = [
        migrations.AddField(
            model_name="flag",
            name="appeal_decided_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="flag",
            name="appeal_decided_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="flag",
            name="appeal_outcome",
            field=models.CharField(
                blank=True,
                choices=[
                    ("", "no appeal"),
                    ("open", "waiting for a decision"),
                    ("upheld", "dismissal confirmed"),
                    ("reversed", "dismissal reversed"),
                ],
                default="",
                max_length=10,
            ),
        ),
        migrations.AddField(
            model_name="flag",
            name="appeal_reasons",
            field=models.TextField(blank=True, max_length=2000),
        ),
        migrations.AddField(
            model_name="flag",
            name="appeal_text",
            field=models.TextField(blank=True, max_length=4000),
        ),
        migrations.AddField(
            model_name="flag",
            name="appealed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="flag",
            name="country",
            field=models.ForeignKey(
                blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to="consult.country"
            ),
        ),
        migrations.AddField(
            model_name="flag",
            name="dismissed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="notice",
            name="language",
            field=models.CharField(blank=True, default="", max_length=10),
        ),
        migrations.AddField(
            model_name="houserule",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="houserule",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(rules_in_the_default_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="houserule",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="houserule",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="houserule",
            unique_together={("translation_key", "locale")},
        ),
        migrations.RemoveConstraint(model_name="houserule", name="house_rule_code_per_country"),
        migrations.RemoveConstraint(model_name="houserule", name="house_rule_code_common"),
        migrations.AddConstraint(
            model_name="houserule",
            constraint=models.UniqueConstraint(
                fields=("country", "code", "locale"), name="house_rule_code_per_country"
            ),
        ),
        migrations.AddConstraint(
            model_name="houserule",
            constraint=models.UniqueConstraint(
                condition=models.Q(("country__isnull", True)),
                fields=("code", "locale"),
                name="house_rule_code_common",
            ),
        ),
        migrations.RunPython(translate_common_rules, migrations.RunPython.noop),
    ]
