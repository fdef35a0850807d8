"""Tenth held-back corpus of the personal-data guard, part b (languages mt, el, bg, hr, sl, hu, ar, fa).
Written on 2026-12-07 in one sitting by an independent corpus writer who never read
the guard, its documentation, its benchmark, its tests or any other corpus beyond the
format in __init__.py. Private phone numbers were chosen by hand and checked valid
mobile numbers with phonenumbers 9.0.43; national IDs (EGN, OIB, EMSO, davcna
stevilka, AMKA, AFM, BSN, Belgian national number, German Steuer-ID) were generated
at random with stdnum 2.2 computing the check digit and then re-validated with
stdnum; the Hungarian TAJ and adoazonosito jel and the Iranian code melli were
computed with their published check-digit rules; IBANs were built with a correct
ISO 7064 mod 97-10 check (and the national check digits for SI, BE, HU and NL) and
validated with stdnum.iban; Maltese ID card numbers have no check digit. People,
private numbers, plates, handles and private addresses are invented; helplines and
public offices are the real published ones as the writer knows them.
"""

from . import parse

_TEXT = """
[mt]
phone | Il-mara li semmejt fil-laqgħa tal-bieraħ qaltli nċempluha direttament fuq 7912 4583, imma wara s-6 ta' filgħaxija biss għax ir-raġel ikun għax-xogħol
phone | għal min qed isegwi l-każ ta' Amina f'Ħal Far: in-numru l-ġdid tagħha hu disa' disa' erba' sitta, tnejn seba' wieħed tmienja. WhatsApp biss, tibagħtux sms
email | Il-klijent bagħat il-CV tiegħu minn ibrahim.diallo.mt94@gmail.com, jekk xi ħadd jista' jgħinu jsib xogħol ta' cleaner ikteblu hemm
email | jekk trid tikkuntattjaha l-email tagħha hi fatou_kamara88 [at] yahoo dot com, imma staqsiha qabel ma tgħaddiha lil xi ħadd
id_number | Il-karta tal-identità tagħha hi 0284597M u l-Identity Malta qed jgħidu li m'hemmx rekord, xi ħadd kellu l-istess problema?
id_number | biex jagħmlu l-applikazzjoni għall-benefiċċji għandu bżonn jgħid in-numru tar-residence card tiegħu: 011 8922 A, ktibtu hawn biex ma ninsewhx
iban | Għall-kera ta' dan ix-xahar il-flus imorru fil-kont tagħha MT63 VALL 2201 3485 4363 4076 5651 606 (BOV), mhux f'dak tar-raġel
iban | il-kont personali tiegħu biex jirċievi l-paga: mt42bofi0000111300265841 2169098, jekk il-bank jistaqsi għidulhom li hu tiegħu
case_number | Il-każ tagħha fl-IPA huwa IPA/26/04418 u l-intervista ġiet posposta għat-22 ta' Jannar, xi ħadd mill-aditus jista' jakkumpanjaha?
case_number | Għamlet rapport fl-għassa tal-Ħamrun, numru tar-rapport 3178/2026, u l-uffiċjal qalilha li ma jista' jagħmel xejn sakemm ma jkunx hemm xhieda
social | Il-kuġin tar-raġel qed jheddidha fuq Facebook mill-profil facebook.com/kevin.borg.7731, xi ħadd jaf kif nirrapportawh malajr?
social | Fuq Instagram qiegħda bħala mariam_tal2003, bla @, u qed ittella' stejjer mill-post fejn qed toqgħod issa, xi ħadd ikellimha jekk jogħġbok
plate | Il-karozza li kienet qed tistenniha barra ċ-ċentru kienet Toyota Vitz griża, reġistrazzjoni JBK 417, ġiet tlett ijiem wara xulxin
plate | Ħadt in-numru tal-vann abjad li jġib il-ħaddiema mill-kamp: qrw092, kull filgħodu fil-5 jkun hemm
address | Qiegħda toqgħod temporanjament f'Flat 3, 27 Triq il-Kbira San Ġużepp, Ħal Qormi, jekk xi ħadd jista' jgħaddi jġibilha l-ikel għat-tfal
address | Id-dar fejn qed tistaħba issa hi fi Triq San Pawl, Buġibba, numru tlieta u għoxrin, it-tieni sular fuq il-lemin. Tgħidu lil ħadd
date_of_birth | Fil-formola kiteb li twieldet fl-14/03/2001 f'Benin City, imma hi tgħid li għandha 17-il sena u li l-passaport hu falz
date_of_birth | data tat-twelid tiegħu: wieħed u għoxrin ta' Ottubru elf disa' mija tmienja u disgħin, skont iċ-ċertifikat li ġab mis-Sudan
named_person | Grace Okafor, 24 sena, Niġerjana, taħdem f'restorant f'San Ġiljan, ġiet għandna bi grif f'wiċċha għat-tielet darba din is-sena
named_person | Ahmed Yusuf Hassan, is-Somalu ta' 16-il sena li qed joqgħod fl-Open Centre ta' Ħal Far, qal lill-għalliema li raġel ikbar minnu qed iġiegħlu jbiegħ
ordinary:helplines | Fakkru lill-klijenti: is-Supportline 179 hija miftuħa 24 siegħa, f'emerġenza 112, u għat-tfal u ż-żgħażagħ hemm ukoll 116 111
ordinary:helplines | In-numru Ewropew għall-vittmi tal-kriminalità 116 006 iwieġeb bil-Malti u bl-Ingliż; Victim Support Malta jaċċettaw referenzi anke minn NGOs
ordinary:public_office | L-Unità tal-Vjolenza Domestika tal-Pulizija tinsab fil-Kwartieri Ġenerali tal-Pulizija fil-Furjana, mhux fl-għases lokali, għalhekk ippjanaw it-trasport
ordinary:org_contact | aditus foundation jieħdu referenzi għal għajnuna legali fuq info@aditus.org.mt, u fuq aditus.org.mt hemm il-formola bil-Għarbi wkoll
ordinary:org_contact | Il-MGRM għandhom grupp ta' sapport għal persuni LGBTIQ+ migranti, segwu l-paġna uffiċjali tagħhom fuq Instagram jew ibagħtu fuq l-email ġenerali
ordinary:statistics | Fir-rapport annwali tagħna għall-2025: 412-il referenza ġdida, 137 minnhom minn nisa li jinsabu fi proċedura ta' protezzjoni internazzjonali
ordinary:percentages | Fis-survey li għamilna ma' 86 klijent, 38% ma kinux jafu bl-179 u 62% qatt ma kienu daħlu f'għassa tal-pulizija
ordinary:law | L-Att dwar il-Vjolenza abbażi tal-Ġeneru u l-Vjolenza Domestika (Kap. 581) u l-Kodiċi Kriminali (Kap. 9) japplikaw ukoll għal min m'għandux status legali
ordinary:judgment | Qrajtu s-sentenza C-621/21 tas-16 ta' Jannar 2024? Il-Qorti tal-Ġustizzja qalet li n-nisa vittmi ta' vjolenza jistgħu jitqiesu bħala grupp soċjali partikolari
ordinary:meeting | Il-laqgħa tal-grupp ta' ħidma se ssir il-Ħamis 14 ta' Jannar fl-10:00, kamra 2.14, u min ma jistax jiġi jista' jidħol fuq Teams
ordinary:opening_hours | Mis-sena d-dieħla d-drop-in ikun miftuħ mit-Tnejn sal-Ġimgħa 08:30–13:00, u l-Erbgħa sas-19:00 għal min jaħdem
ordinary:budget | Il-baġit għall-interpreti għall-2027 huwa €42,500, jiġifieri madwar 1,700 siegħa bir-rata ta' €25 is-siegħa
ordinary:grant_number | Il-proġett tagħna taħt il-programm CERV għandu n-numru tal-ftehim 101143921, jekk jogħġbok ikteb dan fuq kull fattura u timesheet
ordinary:long_number | L-għaqda hija rreġistrata mal-Kummissarju għall-Organizzazzjonijiet Volontarji bin-numru VO/1893, jekk il-bank jitlobha
ordinary:version | Tellajt il-verżjoni 3.2 tal-SOP dwar ir-referenzi fil-folder komuni, il-bidliet huma fil-paġni 7 sa 9
ordinary:postcode | L-uffiċċju l-ġdid tal-għaqda tagħna huwa 12, Triq il-Merkanti, il-Belt Valletta VLT 1175, miftuħ mid-9 ta' filgħodu
ordinary:training | It-taħriġ dwar trauma-informed interviewing se jkun fi 3 sessjonijiet ta' sagħtejn u nofs, massimu 20 parteċipant, b'ċertifikat ta' 7.5 sigħat CPD
ordinary:public_figure | Helena Dalli, meta kienet Kummissarja Ewropea għall-Ugwaljanza, kienet nediet l-istrateġija tal-UE għall-ugwaljanza LGBTIQ 2020–2025
ordinary:anonymised_case | Kellna mara mill-Afrika tal-Punent, fit-tletinijiet, li ma riditx tagħmel rapport; wara tliet xhur ta' sapport issa qiegħda f'post sigur u bdiet kors tal-Ingliż
ordinary:colleague | Dr Maria Camilleri, il-psikjatra li tmexxi l-klinika transkulturali tal-Mount Carmel, se tagħti talk fuq trawma u lingwa fil-konferenza ta' Marzu
[el]
phone | Η κυρία που ήρθε χθες ζήτησε να την παίρνουμε μόνο στο 694 518 2273 και μετά τις 5, το άλλο κινητό το ελέγχει ο άντρας της
phone | νέο κινητό της Ζαχρά: έξι εννιά επτά, δύο μηδέν τέσσερα, οχτώ οχτώ ένα πέντε. μην αφήνετε φωνητικό μήνυμα σας παρακαλώ
email | Ο δικηγόρος θα στείλει τα χαρτιά της απόφασης στο samira.haddad91@hotmail.com, είναι δικό της mail, το έλεγξα μαζί της
email | το μειλ του νεαρού από το Αφγανιστάν είναι rahim.ahmadi2007 παπάκι gmail τελεία com αν θέλει κάποιος να του στείλει για το σχολείο
id_number | ΑΜΚΑ της: 19119854099, στο νοσοκομείο λένε ότι δεν βγαίνει στο σύστημα, ξέρει κανείς αν πρέπει να ξαναβγεί ΠΑΑΥΠΑ;
id_number | Για το επίδομα ενοικίου χρειάζεται ο ΑΦΜ του, 122 961 704, τον έγραψα εδώ για να μην τον ψάχνουμε πάλι
iban | Για το ενοίκιο του Δεκεμβρίου στείλτε στον δικό της λογαριασμό GR61 0110 3259 9113 3007 0337 093 (Εθνική), όχι του συζύγου
iban | ο λογ/σμός της για το πρόγραμμα ESTIA: GR48-0170-6057-2980-8964-1491-359, Πειραιώς, στο όνομά της
case_number | Ο φάκελός του στην Υπηρεσία Ασύλου Λέσβου έχει αριθμό 47713/2025 και η συνέντευξη μετατέθηκε για τις 9 Φεβρουαρίου
case_number | Η μήνυση κατατέθηκε στο ΑΤ Ομονοίας, αρ. πρωτ. 1043/25/881322, αλλά δεν της έδωσαν αντίγραφο, ποιος μπορεί να πάει μαζί της;
social | Ο πρώην της ανεβάζει φωτογραφίες της στο TikTok από τον λογαριασμό @nikos_kasap87, ξέρει κανείς πώς γίνεται γρήγορα αναφορά;
social | στο ίνστα την βρίσκει σαν lina.k.2004 χωρίς παπάκι και της στέλνει μηνύματα κάθε βράδυ από διαφορετικούς λογαριασμούς
plate | Το αυτοκίνητο που την περίμενε έξω από το κέντρο ήταν ένα ασημί Opel Corsa με πινακίδα ΙΚΥ-4827, τρεις φορές αυτή την εβδομάδα
plate | κράτησα τα νούμερα από το μηχανάκι που την ακολουθεί: ΖΚΗ6104, μαύρο, μπορεί να το δει η αστυνομία;
address | Μένει προσωρινά Αχαρνών 214, 3ος όροφος, κουδούνι Παππά, 104 46 Αθήνα, αν μπορεί κάποιος να περάσει με τα τρόφιμα
address | το σπίτι που κρύβεται τώρα είναι στην Καλαμαριά, οδός Ερμού, αριθμός σαράντα δύο, ισόγειο από πίσω. μην το πείτε στο διερμηνέα του
date_of_birth | Ημερομηνία γέννησης 03/07/2009 σύμφωνα με την κάρτα, άρα είναι ακόμα ανήλικη μέχρι τον Ιούλιο και χρειάζεται επίτροπο
date_of_birth | γεννήθηκε είκοσι έξι Φεβρουαρίου του εβδομήντα τέσσερα, έτσι λέει, αλλά στο διαβατήριο έχει άλλη ημερομηνία
named_person | Η Φατιμά Νουρί, 19 χρονών από το Αφγανιστάν, που μένει στη δομή της Μαλακάσας, μας είπε ότι ο θείος της την απειλεί ξανά
named_person | Ο Jean-Pierre Mbala, Κονγκολέζος 27 ετών που δουλεύει στα θερμοκήπια στη Νέα Μανωλάδα, ήρθε με κατάγματα στο χέρι από τον εργοδότη
ordinary:helplines | Η γραμμή SOS 15900 λειτουργεί 24/7 και απαντά και στα αγγλικά· για παιδιά υπάρχει η 1056 του Χαμόγελου και η 116 111
ordinary:helplines | Σε άμεσο κίνδυνο πάντα 112 ή 100, για ασθενοφόρο 166, και για ψυχολογική υποστήριξη η γραμμή 10306
ordinary:public_office | Η Υπηρεσία Ασύλου έχει κεντρική διεύθυνση Π. Κανελλοπούλου 2, 101 77 Αθήνα, αλλά τα ραντεβού κλείνονται μόνο ηλεκτρονικά
ordinary:org_contact | Το Κέντρο Διοτίμα δέχεται παραπομπές για νομική βοήθεια στο info@diotima.org.gr, περισσότερα στο diotima.org.gr
ordinary:statistics | Τα συμβουλευτικά κέντρα του δικτύου δέχτηκαν πάνω από 6.000 νέες γυναίκες πέρυσι, από τις οποίες περίπου 900 ήταν μετανάστριες ή πρόσφυγες
ordinary:percentages | Στο ερωτηματολόγιο μας, 71% των συμμετεχουσών δεν ήξεραν ότι μπορούν να καταγγείλουν χωρίς χαρτιά και μόνο 12% είχαν διερμηνέα στο ΑΤ
ordinary:law | Ο ν. 3500/2006 για την ενδοοικογενειακή βία ισχύει για όλους, και ο ν. 4939/2022 για τη διεθνή προστασία έχει ειδικές διατάξεις για τα ευάλωτα πρόσωπα
ordinary:judgment | Για τις συνθήκες υποδοχής πάντα θυμίζω την M.S.S. κατά Βελγίου και Ελλάδας, προσφυγή αρ. 30696/09, απόφαση του 2011
ordinary:meeting | Η επόμενη συνάντηση του δικτύου είναι Τρίτη 12/1 στις 11:00, αίθουσα Β2 στον 2ο όροφο, με σύνδεση και από Zoom
ordinary:opening_hours | Το ιατρείο μας λειτουργεί Δευτέρα–Πέμπτη 09:00–15:00 και Παρασκευή μόνο με ραντεβού, κλειστά 24/12 έως 2/1
ordinary:budget | Ο προϋπολογισμός για διερμηνείς φέτος ήταν 38.400 € και ξοδέψαμε 41.250 €, οπότε ζητάμε ανακατανομή 2.850 €
ordinary:grant_number | Για τις δαπάνες του έργου γράφετε πάντα τον κωδικό ΟΠΣ (MIS) 5184962 στο παραστατικό, αλλιώς δεν εγκρίνεται
ordinary:long_number | Η ΑΜΚΕ μας έχει αριθμό ΓΕΜΗ 158273901000, αν το ζητήσει ο δήμος για το μνημόνιο συνεργασίας
ordinary:version | Ανέβηκε η έκδοση 2.4 του πρωτοκόλλου παραπομπής, άλλαξε μόνο η ενότητα 5 για τους ασυνόδευτους ανηλίκους
ordinary:postcode | Τα γραφεία μας μεταφέρθηκαν στην Τσιμισκή 45, 546 23 Θεσσαλονίκη, 4ος όροφος, από 1η Φεβρουαρίου
ordinary:training | Το σεμινάριο για τη διαπολιτισμική διαμεσολάβηση έχει 4 ενότητες των 3 ωρών, θέσεις για 25 άτομα, δωρεάν για μέλη
ordinary:public_figure | Η πρώην Επίτροπος Ανθρωπίνων Δικαιωμάτων του Συμβουλίου της Ευρώπης Ντούνια Μιγιάτοβιτς είχε μιλήσει για τις επαναπροωθήσεις στον Έβρο
ordinary:anonymised_case | Είχαμε μια νεαρή γυναίκα από την Υποσαχάρια Αφρική που δεν ήθελε καταγγελία· μετά από δύο μήνες στήριξης ζήτησε η ίδια δικηγόρο
ordinary:colleague | Η Δρ. Ελένη Παπαδάκη, ψυχίατρος του Κέντρου Ψυχικής Υγείας Περιστερίου, θα κάνει την εισήγηση για το τραύμα στις 20/1
ordinary:date_not_birth | Η προθεσμία για τις αιτήσεις χρηματοδότησης λήγει 31/01/2027 και τα αποτελέσματα βγαίνουν 15/04/2027
[bg]
phone | Клиентката помоли да ѝ звъним само на 0887 431 926 и само от служебния телефон, мъжът ѝ проверява непознатите номера
phone | новият ѝ номер е нула осем девет осем, шест едно две, четири нула седем – само Viber, не ѝ пращайте SMS
email | Изпратих формуляра за помощта на сина ѝ на a.mohammadi.sofia@abv.bg, ако някой от вас получи отговор, пишете ми
email | имейлът ѝ е hana.jaber маймунка gmail точка ком, пратете ѝ линка за онлайн консултацията
id_number | ЕГН 7402231480 – на жената от Харманли, трябва да проверим дали е здравно осигурена преди операцията
id_number | ЕГН-то на майката за социалните: 79 02 01 08 31, на детето още го чакаме от ГРАО
iban | Сметката ѝ за дарението: BG18 UNCR 7000 1045 3331 47, УниКредит, на нейно име, не на съпруга
iban | личната му сметка е bg92stsa93001089328804, да му преведем директно за наема
case_number | Преписката в ДАБ е с рег. № УРИ 4471-Х-2026, интервюто е насрочено за 19 януари в РПЦ Харманли
case_number | Досъдебно производство № 1187/2026 г. по описа на 05 РУ – СДВР, по сигнала на клиентката ни от октомври
social | Бившият ѝ ѝ пише заплахи от facebook.com/ivaylo.petkov.3392, знае ли някой как да се подаде сигнал директно към Фейсбук
social | в телеграм е zara_kh2005 без маймунката отпред, там я търсят хората, които я доведоха
plate | Колата на човека, който я взимаше от центъра, е черно BMW с номер СА 4827 ВК, видяхме я три пъти тази седмица
plate | номерът на буса беше пв7731ас, сребрист, събира жените от центъра всяка сутрин в 6
address | Живее на ул. „Опълченска“ 58, ет. 4, ап. 12, София, при братовчедка си, ако някой може да занесе дрехите
address | Настанена е временно в Пловдив, ж.к. Тракия, блок сто трийсет и четири, вход Б, трети етаж, не казвайте на преводача
date_of_birth | Родена на 12.09.2008 г. в Алепо, т.е. още е непълнолетна и трябва да ѝ се назначи представител
date_of_birth | рожд. дата по документите: дванайсети май две хиляди и трета, но тя казва, че е по-малка
named_person | Мариам Ахмади, 22 г., от Афганистан, настанена в РПЦ „Овча купел“, дойде отново с синини по ръцете
named_person | Сара Оконкво, нигерийка на 31, работи като камериерка в хотел в Слънчев бряг и управителят ѝ е взел паспорта
ordinary:helplines | Националната телефонна линия за деца е 116 111, а горещата линия на „Анимус“ 0800 1 86 76 е безплатна и денонощна
ordinary:helplines | При непосредствена опасност 112, а за жертви на престъпления има и европейския номер 116 006
ordinary:public_office | ДАБ е на бул. „Княгиня Мария Луиза“ 114Б, София, но документите по производството се подават в съответния регистрационен център
ordinary:org_contact | БХК имат правна помощ за бежанци, контакт през bghelsinki.org, а „Анимус“ са на animusassociation.org
ordinary:statistics | През 2025 г. сме консултирали 214 жени, от които 83 търсещи закрила и 41 с предоставен статут
ordinary:percentages | 64% от анкетираните не знаят, че заповед за защита по ЗЗДН може да се иска и без адвокат, а 18% са чували само за 112
ordinary:law | По ЗЗДН, чл. 2, ал. 1 домашното насилие включва и икономическо насилие, а чл. 144а от НК криминализира системното преследване
ordinary:judgment | Решение C-621/21 на Съда на ЕС от 16.01.2024 г. по преюдициалното запитване срещу ДАБ е важно за жените, бягащи от насилие
ordinary:meeting | Срещата на работната група е в сряда, 13.01, от 14:00 ч., зала 305 на третия етаж, има и линк за Zoom
ordinary:opening_hours | Центърът работи пон.–пет. 9:00–17:30, в събота 10:00–14:00, а на 24 и 31 декември до обяд
ordinary:budget | Бюджетът за преводачи по проекта е 18 600 лв. за две години, а за психолози още 24 000 лв.
ordinary:grant_number | Споразумение за безвъзмездна помощ № 101096770 по програма CERV – Daphne, моля, пишете го в отчетите
ordinary:long_number | ISBN на наръчника за работа с преводачи е 978-954-301-289-3, ЕИК на фондацията е в последната страница
ordinary:version | Качих версия 1.3 на протокола за насочване, промените са в т. 4.2 и приложение 2
ordinary:postcode | Новият ни офис е на ул. „Пиротска“ 17, 1000 София, втори етаж, звънец „Фондация“
ordinary:training | Обучението за разпознаване на трафик на хора е 16 учебни часа, 2 дни, до 25 участници от социални служби
ordinary:public_figure | Тогавашният омбудсман Диана Ковачева говори за промените в ЗЗДН на кръглата маса през 2023 г.
ordinary:anonymised_case | Имахме млада жена от Близкия изток, която не искаше да подаде сигнал; след три месеца подкрепа тя сама поиска адвокат
ordinary:colleague | Колежката Петя Георгиева, социален работник в ДСП Лозенец, ще представи как работят със семействата на бежанци
ordinary:date_not_birth | Крайният срок за отчета по проекта е 31.01.2027 г., а следващото плащане се очаква около 15.04.2027 г.
[hr]
phone | Klijentica je tražila da je zovemo samo na +385 91 572 3318 i to prijepodne dok je muž na poslu, molim vas pazite
phone | novi broj od Leyle: nula devet osam, sto osamdeset četiri, šezdeset šest nula dva. samo whatsapp, nikako poruke
email | Poslala sam joj upute za besplatnu pravnu pomoć na leyla.rezaei95@gmail.com, javite ako netko dobije odgovor
email | mail od dečka iz Afganistana je omar.karimi2001 [et] outlook [točka] com ako mu netko može poslati raspored za tečaj
id_number | OIB joj je 62883036628, treba za prijavu na HZZO, tko zna zašto joj i dalje ne priznaju dopunsko?
id_number | za zahtjev za zajamčenu minimalnu naknadu treba njegov OIB: 433 699 774 68, prepisala sam s rješenja
iban | Uplatu za smještaj možete izvršiti na njezin račun HR92 2484 0080 7238 6255 1 (RBA), nikako na račun partnera
iban | njegov osobni račun: HR65 2340009 1848733311 (PBZ), da mu direktno uplatimo za lijekove
case_number | Predmet za međunarodnu zaštitu se vodi pod brojem UP/I-217-02/26-01/4471, intervju je pomaknut na 28. siječnja
case_number | Optužni prijedlog je na Općinskom kaznenom sudu u Zagrebu, posl. br. K-1183/2026, ročište za nju je 3. veljače
social | Bivši joj prijeti preko instagram.com/marko.babic.99, ima li netko kontakt u Meti da se profil brzo ugasi?
social | na tiktoku je sad pod imenom nour.sy2006 (bez @ ispred) i snima iz skloništa, hitno netko s njom razgovarati
plate | Auto koji je čekao ispred centra je tamnoplavi Golf, registracija ZG 4418-HK, bio je tu i prošli tjedan
plate | zapisala sam tablicu kombija koji vozi radnike s gradilišta: ri2027ab, bijeli, svako jutro u pola šest
address | Trenutno stanuje u Ilici 212, 3. kat, stan 9, Zagreb, kod sestrične, ako netko može odnijeti zimsku odjeću
address | sklonili smo je kod prijateljice u Splitu, Put Brodarice dvadeset sedam, drugi kat lijevo, ne dijelite nikome
date_of_birth | Prema dokumentima rođena je 14.03.2007., znači sad ima 19, ali tvrdi da je godina pogrešna i da je mlađa
date_of_birth | datum rođenja: dvadeset prvi listopada dvijetisuće i pete, piše na rodnom listu koji je donio iz Sirije
named_person | Amina Haidari, 23 godine, iz Afganistana, smještena u Porinu, opet je došla s modricama na rukama nakon vikenda
named_person | Ibrahim Touré, 17-godišnjak iz Malija koji radi u autopraonici u Dubravi, rekao je da mu šef uzima plaću i putovnicu
ordinary:helplines | Za žrtve kaznenih djela postoji besplatni broj 116 006, za djecu 116 111, a u hitnim slučajevima uvijek 112 ili 192
ordinary:helplines | Nacionalni SOS telefon Autonomne ženske kuće 0800 55 44 je besplatan, a Ženska soba ima savjetovalište za žrtve seksualnog nasilja
ordinary:public_office | MUP je u Ulici grada Vukovara 33, Zagreb, ali zahtjevi za međunarodnu zaštitu se podnose u Prihvatilištu Porin
ordinary:org_contact | Hrvatski pravni centar daje besplatnu pravnu pomoć tražiteljima, a Centar za mirovne studije ima kontakt preko cms.hr
ordinary:statistics | U 2025. smo imali 318 savjetovanja, od toga 92 sa ženama u postupku međunarodne zaštite i 27 s maloljetnicima bez pratnje
ordinary:percentages | Od 140 ispitanih, 57 % nije znalo za zaštitne mjere, a samo 9 % je imalo prevoditelja prilikom prijave u policiji
ordinary:law | Zakon o zaštiti od nasilja u obitelji (NN 70/17, 126/19, 84/21) i čl. 179.a KZ (nasilje u obitelji)
ordinary:judgment | Sjetite se presude ESLJP-a Talpis protiv Italije, zahtjev br. 41237/14, o dužnosti policije da brzo reagira
ordinary:meeting | Sastanak radne skupine je u četvrtak 15.1. u 10 h, dvorana 2 na prvom katu, link za Teams šaljem dan prije
ordinary:opening_hours | Savjetovalište radi pon–pet 8–16 h, srijedom do 19 h, a za blagdane od 24.12. do 6.1. zatvoreno
ordinary:budget | Za prevoditelje smo planirali 12.400 EUR, a potrošili 13.150 EUR, pa tražimo preraspodjelu 750 EUR s putnih troškova
ordinary:grant_number | Ugovor o dodjeli bespovratnih sredstava br. AMIF.2.1.2.01.0047, molim da to pišete na svaki račun
ordinary:long_number | Udruga je u Registru neprofitnih organizacija pod RNO brojem 0301472, ako financijska agencija traži
ordinary:version | Na zajednički disk sam stavila verziju 2.1 protokola o postupanju, izmjene su u točkama 3 i 7
ordinary:postcode | Naš novi ured je na adresi Trg bana Josipa Jelačića 5, 10000 Zagreb, četvrti kat, od 1. veljače
ordinary:training | Edukacija o intervjuiranju traumatiziranih osoba ima 3 modula po 4 sata, najviše 20 sudionika, bodovi za Komoru socijalnih radnika
ordinary:public_figure | Pravobraniteljica za ravnopravnost spolova Višnja Ljubičić u svom je godišnjem izvješću opet istaknula femicide i manjak skloništa u Slavoniji
ordinary:anonymised_case | Imali smo mladu ženu iz sjeverne Afrike koja nije htjela prijaviti nasilje; nakon dva mjeseca sama je zatražila odvjetnicu
ordinary:colleague | Kolegica Ivana Kovač, socijalna radnica iz Hrvatskog zavoda za socijalni rad, područni ured Sesvete, održat će predavanje o skrbništvu
ordinary:date_not_birth | Rok za predaju izvješća je 31.01.2027., a sljedeća rata sredstava stiže oko 15.04.2027.
[sl]
phone | Stranka prosi, da jo kličemo samo na 041 638 225 in to dopoldne, ko mož ni doma, prosim upoštevajte
phone | njena nova številka je nič tri ena, devet nič štiri, ena ena sedem, samo viber, SMS-ov ne pošiljajte
email | Poslala sem ji navodila za brezplačno pravno pomoč na afsaneh.moradi90@gmail.com, če kdo dobi odgovor, naj mi sporoči
email | mail od fanta iz Sirije: yousef.h2004 afna gmail pika com, mu lahko kdo pošlje urnik tečaja slovenščine
id_number | EMŠO ji je 0602975501124, rabimo za prijavo v zdravstveno zavarovanje, na ZZZS pravijo da je ne najdejo
id_number | za vlogo za denarno socialno pomoč rabimo njegovo davčno, 7121 8726, sem prepisala iz odločbe
iban | Najemnino ji nakažite na njen račun SI56 0201 9458 0730 241 (NLB), ne na račun partnerja
iban | njegov osebni TRR: si56051015736819320, Abanka, da mu nakažemo za zdravila
case_number | Zadeva mednarodne zaščite se vodi pod št. 2142-3318/2026, zaslišanje je prestavljeno na 27. januar
case_number | Na CSD Ljubljana Bežigrad ima zadevo št. 1203-447/2026-4, socialna delavka je na dopustu do 10.1.
social | Bivši ji grozi prek facebook.com/denis.kranjc.58, ima kdo stik pri Meti, da profil hitro umaknejo?
social | na instagramu je zdaj kot nadia_kbl03 brez afne, in objavlja zgodbe iz varne hiše, nujno naj se kdo pogovori z njo
plate | Avto, ki jo je čakal pred centrom, je siv Passat, registrska LJ 28-ZKM, bil je tam že trikrat ta teden
plate | zapisala sem tablico kombija, ki vozi delavce na gradbišče: mblp214, bel, vsako jutro ob pol šestih
address | Trenutno živi na Celovški cesti 150, 3. nadstropje, stanovanje 12, Ljubljana, pri sestrični
address | skrili smo jo pri prijateljici v Mariboru, Ulica heroja Tomšiča devetnajst, drugo nadstropje levo, nikomur ne povejte
date_of_birth | Po dokumentih je rojena 23.01.1998, ampak pravi, da je letnica napačna in da je mlajša
date_of_birth | datum rojstva: dvanajsti februar devetindevetdeset, tako piše na potrdilu iz azilnega doma
named_person | Zahra Rahimi, 21 let, iz Afganistana, nastanjena v azilnem domu na Viču, je spet prišla z modricami po rokah
named_person | Moussa Camara, 17-letni Gvinejec, ki dela v avtopralnici v Šiški, je povedal, da mu šef jemlje plačo in potni list
ordinary:helplines | SOS telefon za ženske in otroke 080 11 55 je brezplačen, za otroke je TOM telefon 116 111, v sili 112 ali policija 113
ordinary:helplines | Društvo Ključ ima brezplačno številko za žrtve trgovine z ljudmi 080 17 22, za žrtve kaznivih dejanj pa je tu še 116 006
ordinary:public_office | Urad vlade za oskrbo in integracijo migrantov vodi azilne domove, prošnje pa se vlagajo v azilnem domu v Ljubljani
ordinary:org_contact | Legebitra ima svetovanje za LGBTIQ+ migrante, kontakt je na legebitra.si, PIC pa daje brezplačno pravno pomoč prek pic.si
ordinary:statistics | Lani smo imeli 176 svetovanj, od tega 58 z ženskami v postopku mednarodne zaščite in 14 z otroki brez spremstva
ordinary:percentages | Od 95 vprašanih jih 61 % ni vedelo za prepoved približevanja, le 15 % je imelo tolmača na policiji
ordinary:law | Zakon o preprečevanju nasilja v družini (ZPND) v 3. členu opredeli tudi ekonomsko nasilje, glej še 191. člen KZ-1
ordinary:judgment | Za presojo spolne usmerjenosti v azilnem postopku je ključna sodba SEU C-473/16 iz leta 2018, prej pa C-148/13 do C-150/13
ordinary:meeting | Sestanek delovne skupine bo v sredo, 14.1., ob 13.00 v sejni sobi 3 v pritličju, povezava za Zoom sledi
ordinary:opening_hours | Svetovalnica je odprta pon–pet 9–15, ob četrtkih do 18, med 24.12. in 2.1. zaprto
ordinary:budget | Za tolmače smo imeli 9.800 EUR, porabili 10.420 EUR, zato predlagamo prerazporeditev 620 EUR s potnih stroškov
ordinary:grant_number | Pogodba o sofinanciranju št. C1711-26-000041, prosim napišite številko na vse račune in poročila
ordinary:long_number | Matična številka društva in ISBN priročnika 978-961-503-060-2 sta na zadnji strani publikacije
ordinary:version | Naložila sem različico 1.4 protokola napotitev, spremembe so v poglavju 2 in prilogi B
ordinary:postcode | Naša nova pisarna je na Metelkovi ulici 6, 1000 Ljubljana, pritličje, od 2. februarja
ordinary:training | Izobraževanje o prepoznavanju žrtev trgovine z ljudmi traja 2 dni po 6 ur, največ 24 udeležencev, kotizacija 0 EUR
ordinary:public_figure | Varuh človekovih pravic Peter Svetina je v letnem poročilu spet opozoril na razmere v azilnem domu
ordinary:anonymised_case | Imeli smo mlado žensko iz zahodne Afrike, ki nasilja ni želela prijaviti; po treh mesecih podpore je sama prosila za odvetnico
ordinary:colleague | Kolegica Maja Novak, socialna delavka na CSD Maribor, bo predstavila, kako sodelujejo z azilnim domom
ordinary:date_not_birth | Rok za oddajo vmesnega poročila je 31.01.2027, naslednje nakazilo ministrstva pa pričakujemo okoli 15.04.2027
[hu]
phone | A kliens azt kérte, csak a +36 30 418 2273-as számon hívjuk, és csak délelőtt, amikor a férje dolgozik
phone | az új száma: húsz, kilencszáztizenöt, hatvanhat nyolcvannégy (06-tal az elején), csak viberen írjatok neki
email | Elküldtem neki a jogsegély tájékoztatót a nasrin.karimi93@freemail.hu címre, szóljatok ha valaki választ kap
email | a srác e-mail címe: bilal.sy2005 kukac gmail pont com, küldje el neki valaki a magyartanfolyam órarendjét
id_number | TAJ-száma 911 716 166, a kórházban azt mondják, nem jogosult, valaki tud segíteni a NEAK-kal?
id_number | a családi pótlékhoz kell az adóazonosító jele: 8453960542, a határozatról írtam ki
iban | A lakbért közvetlenül az ő számlájára utaljátok: HU70 1170 6999 8339 7626 0007 0562 (OTP), ne a férjéére
iban | a saját számlaszáma 10414899-70712481-07569003, arra kéri a gyógyszerpénzt
case_number | A menekültügyi eljárása az OIF-nél 1062-4471/2026 ügyszámon fut, a meghallgatást január 26-ra tették át
case_number | Feljelentést tett a VIII. kerületi kapitányságon, ügyszám 01080/1184/2026. bü., de azóta semmi nem történt
social | A volt párja a facebook.com/gabor.toth.8841 profilról fenyegeti, van valakinek kapcsolata a Metánál?
social | instán most aylin_ir04 néven van, kukac nélkül, és sztorikat tesz ki a menedékházból, valaki beszéljen vele sürgősen
plate | Az autó, ami a központ előtt várt rá, egy ezüst Opel Astra, rendszáma AA BC-417, háromszor is ott volt a héten
plate | felírtam a kisbusz rendszámát, ami a munkásokat szállítja: rtz518, fehér, minden reggel fél hatkor jön
address | Jelenleg a Népszínház utca 31. II. emelet 14. alatt lakik a VIII. kerületben, az unokatestvérénél
address | a barátnőjénél rejtettük el Debrecenben, a Hatvan utca negyvenkettő, második emelet balra, senkinek ne mondjátok
date_of_birth | A papírjai szerint 1991. április 17-én született, de azt mondja, az évszám rossz és fiatalabb
date_of_birth | szül. dátum: kétezer-hét november másodika, ez áll a születési anyakönyvi kivonatán, amit Szíriából hozott
named_person | Zahra Mohammadi, 20 éves afgán lány, aki a Bicskei gyermekotthonban lakik, megint zúzódásokkal jött be hétfőn
named_person | Samuel Mensah, 34 éves ghánai, aki a kecskeméti autógyár beszállítójánál dolgozik, elmondta, hogy a közvetítő elvette az útlevelét
ordinary:helplines | Az OKIT krízisvonal 06 80 20 55 20 ingyenes és éjjel-nappal hívható, gyerekeknek a Kék Vonal 116 111, vészhelyzetben 112
ordinary:helplines | A NANE segélyvonala 06 80 505 101, a lelki elsősegély pedig a 116 123-on érhető el, mindkettő ingyenes
ordinary:public_office | Az Országos Idegenrendészeti Főigazgatóság központja Budapesten van, de a menedékkérelmet ma a nagykövetségen kell kezdeményezni
ordinary:org_contact | A Magyar Helsinki Bizottság ad ingyenes jogi segítséget menekülteknek, a Háttér Társaság pedig LMBTQI ügyfeleknek, elérhetőség a honlapjukon
ordinary:statistics | 2025-ben 247 tanácsadásunk volt, ebből 61 menedékkérő nővel és 19 kísérő nélküli kiskorúval
ordinary:percentages | A 120 megkérdezett közül 66% nem tudott a távoltartásról, és mindössze 8% kapott tolmácsot a rendőrségen
ordinary:law | A Btk. 212/A. § a kapcsolati erőszakról szól, a távoltartást pedig a 2009. évi LXXII. törvény szabályozza
ordinary:judgment | A szexuális irányultság pszichológiai vizsgálatáról szóló C-473/16. sz. F-ügy magyar előzetes döntéshozatalból született, 2018-ban
ordinary:meeting | A munkacsoport ülése január 14-én, szerdán 10 órakor lesz a 203-as teremben, Teams link előző nap megy ki
ordinary:opening_hours | A tanácsadó irodánk H–Cs 9–17, P 9–13 között van nyitva, december 24. és január 2. között zárva
ordinary:budget | A tolmácsolásra 4,2 millió forintot terveztünk, 4,65 milliót költöttünk, ezért 450 ezer forint átcsoportosítást kérünk
ordinary:grant_number | A támogatási szerződés száma 101140228, kérlek minden számlára és jelenléti ívre írjátok rá
ordinary:long_number | Az egyesület nyilvántartási száma 01-02-0012345, a módszertani kézikönyv ISBN-je 978-615-6720-36-8
ordinary:version | Feltöltöttem a beutalási protokoll 3.0-s verzióját, a változások a 4. és 6. fejezetben vannak
ordinary:postcode | Új irodánk címe 1052 Budapest, Deák Ferenc tér 3., harmadik emelet, február 1-től
ordinary:training | Az emberkereskedelem áldozatainak azonosításáról szóló képzés 2 napos, 12 óra, legfeljebb 25 fő, kreditpontos szociális szakembereknek
ordinary:public_figure | Dunja Mijatović, az Európa Tanács korábbi emberi jogi biztosa, 2019-es magyarországi látogatása után külön jelentésben írt a menedékkérők helyzetéről
ordinary:anonymised_case | Volt egy fiatal nő Nyugat-Afrikából, aki nem akart feljelentést tenni; három hónap támogatás után maga kért ügyvédet
ordinary:colleague | Kiss Katalin kolléganőnk, a VIII. kerületi családsegítő szolgálat vezetője, bemutatja, hogyan dolgoznak a menekült családokkal
ordinary:date_not_birth | A szakmai beszámoló határideje 2027. január 31., a következő részlet várhatóan 2027. április 15. körül érkezik
[ar]
phone | السيدة طلبت أن نتصل بها فقط على الرقم ٠١٥٧ ٣٤٨٢ ٩١٠٧ وبعد الساعة ٥ لأن زوجها يراقب الموبايل الثاني
phone | رقمها البلجيكي الجديد: صفر أربعة سبعة صفر، واحد وثمانين، أربعة وأربعين، ستة وثلاثين. واتساب فقط لا ترسلوا رسائل عادية
email | أرسلت لها أوراق المحامي على الإيميل rania.alkhatib89@gmail.com وهو إيميلها الشخصي تأكدت منها
email | ايميل الشاب السوري: mahmoud.h2006 (at) hotmail نقطة com إذا حدا بقدر يبعتله جدول دورة اللغة
id_number | رقم الـ BSN تبعها ٦٢٢٨٠٦٢٩٤، البلدية بتقول ما في تسجيل، حدا عنده خبرة بهالمشكلة؟
id_number | رقمه الوطني البلجيكي 88.12.02-748.57 محتاجينه لطلب مساعدة الـ CPAS
iban | حولوا الإيجار على حسابها الخاص NL69 INGB 5421 2472 01 مش على حساب الزوج
iban | حسابه الشخصي بالبنك: BE51 063-0364262-62 عشان نحوله فلوس الدوا مباشرة
case_number | ملف اللجوء عند الـ IND برقم V-nummer ٢٨٣١٤٤٧٠١٩ والمقابلة تأجلت لـ ٢٢ كانون الثاني
case_number | رقم المحضر في الشرطة BR.12.L3.104477/2026 بس ما أعطوها نسخة، مين يقدر يروح معها؟
social | طليقها عم يهددها من حساب فيسبوك facebook.com/khaled.alomari.5521 حدا بيعرف كيف نبلّغ بسرعة؟
social | على انستغرام اسمها هلأ rasha_dam2005 بدون @ وعم تنزل ستوريات من البيت الآمن، ضروري حدا يحكي معها
plate | السيارة اللي كانت تستناها قدام المركز: فولكسفاغن رمادية، نمرة B-AK 4721، إجت ثلاث مرات هالأسبوع
plate | سجلت نمرة الفان اللي بياخد البنات من السكن كل يوم الصبح: 1ktr482 بلجيكية، بيضاء
address | هي ساكنة حالياً عند قريبتها في Rue de Brabant 112، الطابق الثالث، 1030 Schaerbeek، إذا حدا بيقدر يوصلها الأكل
address | خبيناها عند صديقة في روتردام، شارع Nieuwe Binnenweg رقم مية وسبعة وأربعين، الطابق الثاني. لا تقولوا لحدا
date_of_birth | حسب الأوراق تاريخ ميلادها ١٨/٠٦/٢٠٠٧ يعني عمرها ١٩ بس هي بتقول إنها أصغر
date_of_birth | تاريخ الميلاد: الحادي عشر من كانون الثاني سنة ألفين وستة، مكتوب هيك بشهادة الميلاد اللي جابها من حلب
named_person | ريم الحسن، ٢٣ سنة، سورية من إدلب، ساكنة بمركز الاستقبال في Ter Apel، رجعت اليوم وعليها كدمات بإيدها
named_person | يوسف بن علي، مغربي عمره ١٧ سنة بيشتغل بمغسلة سيارات بأنتويرب، قال إن صاحب الشغل آخد جوازه وراتبه
ordinary:helplines | للتذكير: رقم الطوارئ ١١٢ بكل أوروبا، وخط مساعدة ضحايا الجرائم ١١٦٠٠٦، وخط الأطفال ١١٦١١١
ordinary:helplines | في ألمانيا خط Hilfetelefon للنساء 116 016 مجاني وفيه ترجمة عربي، وبهولندا Veilig Thuis على 0800-2000
ordinary:public_office | مكتب الـ IND الرئيسي لطلبات اللجوء بيكون بمركز Ter Apel، والمقابلات بتتحدد بموعد فقط
ordinary:org_contact | منظمة VluchtelingenWerk بتساعد بالأمور القانونية، موقعهم vluchtelingenwerk.nl وعندهم صفحة على فيسبوك بالعربي
ordinary:statistics | بسنة ٢٠٢٥ قدمنا ٢٣٤ استشارة، منها ٧٨ لنساء طالبات لجوء و٢١ لقاصرين غير مصحوبين
ordinary:percentages | من ١٠٠ امرأة سألناهم، ٦٣٪ ما كانوا يعرفوا إنه بيقدروا يبلغوا بدون أوراق إقامة، وبس ١١٪ كان معهم مترجم بالشرطة
ordinary:law | المادة ٥٩ من اتفاقية اسطنبول بتحكي عن الإقامة المستقلة للنساء المهاجرات، وكمان التوجيه الأوروبي 2012/29/EU عن حقوق الضحايا
ordinary:judgment | قرار محكمة العدل الأوروبية C-646/21 سنة ٢٠٢٤ عن البنات اللي تبنّوا قيم المساواة مهم كتير لملفات اللجوء
ordinary:meeting | اجتماع مجموعة الوسطاء الثقافيين يوم الأربعاء ١٤/١ الساعة ١٠ بالغرفة ٢٠٤، ورح نبعت رابط زوم
ordinary:opening_hours | المركز مفتوح من الاثنين للخميس من ٩ لـ ٤، والجمعة لحد ١، ومسكر من ٢٤/١٢ لـ ٢/١
ordinary:budget | ميزانية الترجمة لهالسنة كانت ١٥٬٠٠٠ يورو وصرفنا ١٦٬٢٠٠، فبدنا نحول ١٬٢٠٠ من بند السفر
ordinary:grant_number | رقم اتفاقية المنحة 101096770، لازم ينكتب على كل فاتورة وعلى أوراق الحضور
ordinary:long_number | رقم تسجيل الجمعية بالغرفة التجارية KvK 41208576 إذا طلبته البلدية للعقد
ordinary:version | رفعت النسخة ٢.٣ من دليل الإحالة، التعديلات بالفصل الرابع بس
ordinary:postcode | مكتبنا الجديد بعنوان Rue Royale 55، 1000 Bruxelles، الطابق الثاني، من أول شباط
ordinary:training | دورة التعرف على ضحايا الاتجار بالبشر يومين، ١٢ ساعة، بحد أقصى ٢٠ مشارك، ومجانية للوسطاء
ordinary:public_figure | المفوضة الأوروبية السابقة للمساواة هيلينا دالي كانت أطلقت استراتيجية الاتحاد لمكافحة العنف ضد النساء
ordinary:anonymised_case | كان عنا ست من شمال أفريقيا ما بدها تبلغ عن العنف، بعد شهرين من الدعم طلبت هي بنفسها محامية
ordinary:colleague | الزميلة الدكتورة نادية حداد، طبيبة نفسية بمستشفى Saint-Pierre، رح تحكي عن الصدمة عند الأطفال بالاجتماع الجاي
ordinary:date_not_birth | آخر موعد لتسليم تقرير المشروع ٣١/٠١/٢٠٢٧، والدفعة الجاية من الممول متوقعة حوالي ١٥/٠٤/٢٠٢٧
[fa]
phone | خانم گفت فقط به شماره ۰۱۷۶ ۲۲۸۴ ۵۵۳۱ زنگ بزنیم و بعد از ساعت ۵، چون شوهرش گوشی دیگه رو چک میکنه
phone | شماره یونانی جدیدش: شش نه هشت، هفت هفت یک، صفر سه چهار دو. فقط واتساپ، پیامک نفرستید لطفا
email | مدارک وکیل رو براش فرستادم به ایمیل shabnam.rahimi92@gmail.com که ایمیل شخصی خودشه، باهاش چک کردم
email | ایمیل پسره: hamid.nazari2007 اَت یاهو دات کام، اگه کسی میتونه برنامه کلاس زبان رو براش بفرسته
id_number | کد ملی‌اش ۵۷۹۱۷۳۶۰۸۸ هست، برای ترجمه مدارک ایرانی‌اش لازمه، کسی مترجم رسمی میشناسه؟
id_number | برای Kindergeld شماره مالیاتی (Steuer-ID) شو لازم دارن: 49 206 348 712، از روی نامه Finanzamt نوشتم
iban | کرایه خونه رو مستقیم به حساب خودش بریزید DE40 1001 0010 2003 8699 67 نه به حساب شوهرش
iban | حساب شخصیش: de68430609675890627622 تا پول داروهاش رو مستقیم براش بفرستیم
case_number | پرونده‌اش در BAMF با شماره ۸۴۷۱۹۰۲-۴۲۳ هست و مصاحبه‌اش افتاده به ۲۸ ژانویه
case_number | شماره پرونده‌اش در بیمارستان Charité 2026-0047713 هست، مددکار اونجا گفت باید رضایت خودش رو بگیریم
social | شوهر سابقش از اکانت instagram.com/reza.karimi.1365 تهدیدش میکنه، کسی میدونه چطوری سریع ریپورت کنیم؟
social | تو تلگرام الان با اسم mahsa_hrt01 هست بدون @ و از خونه امن استوری میذاره، لطفا یکی فورا باهاش حرف بزنه
plate | ماشینی که جلوی مرکز منتظرش بود یه فولکس خاکستری بود با پلاک B-KM 4417، این هفته سه بار اومده
plate | پلاک ون سفیدی که هر روز صبح کارگرها رو میبره: hhar208 هامبورگی، ساعت پنج و نیم صبح میاد
address | فعلا پیش دخترخاله‌اش زندگی میکنه در Hermannstraße 214، طبقه سوم، 12049 Berlin، اگه کسی میتونه لباس زمستونی ببره
address | قایمش کردیم پیش یه دوست در آتن، خیابان پاتیسیون پلاک صد و هشتاد و شش، طبقه دوم سمت چپ. به هیچکس نگید
date_of_birth | طبق شناسنامه متولد ۱۳۸۵/۰۴/۱۲ هست یعنی الان ۲۰ سالشه، ولی خودش میگه کوچیکتره
date_of_birth | تاریخ تولد: بیست و سوم اسفند هفتاد و نه، اینو تو تذکره نوشته که از هرات آورده
named_person | زهرا احمدی، ۲۲ ساله، افغان از هرات، ساکن کمپ Ritsona، امروز دوباره با کبودی روی دستهاش اومد
named_person | مرتضی حسینی، پسر ۱۷ ساله افغان که تو یه کارواش در Neukölln کار میکنه، گفت صاحب کارش پاسپورت و حقوقش رو گرفته
ordinary:helplines | یادآوری: شماره اضطراری ۱۱۲ در همه اروپا، خط کمک قربانیان جرم ۱۱۶۰۰۶ و خط کودکان ۱۱۶۱۱۱ هست
ordinary:helplines | در آلمان Hilfetelefon برای زنان 116 016 رایگانه و مترجم فارسی هم داره، در یونان خط SOS 15900 هست
ordinary:public_office | دفتر مرکزی BAMF در Nürnberg هست ولی درخواست پناهندگی باید در شعبه‌ای که بهش تقسیم شدین ثبت بشه
ordinary:org_contact | سازمان Pro Asyl مشاوره حقوقی میده، سایتشون proasyl.de هست و صفحه اینستاگرام رسمی هم دارن
ordinary:statistics | در سال ۲۰۲۵ ما ۱۹۸ مشاوره داشتیم، ۶۴ تا با زنان پناهجو و ۲۳ تا با نوجوانان بدون همراه
ordinary:percentages | از ۹۰ نفری که پرسیدیم، ۷۰٪ نمیدونستن بدون اقامت هم میشه شکایت کرد، و فقط ۱۰٪ در پلیس مترجم داشتن
ordinary:law | طبق بند ۶۰ کنوانسیون استانبول خشونت مبتنی بر جنسیت میتونه دلیل پناهندگی باشه، بند ۱ ماده ۳ قانون پناهندگی آلمان (AsylG) رو هم ببینید
ordinary:judgment | حکم دادگاه حقوق بشر اروپا در پرونده Opuz علیه ترکیه، شماره درخواست 33401/02، برای آموزش پلیس خیلی مفیده
ordinary:meeting | جلسه گروه میانجی‌های فرهنگی چهارشنبه ۱۴ ژانویه ساعت ۱۰ در اتاق ۲۱۲ هست، لینک زوم رو روز قبل میفرستیم
ordinary:opening_hours | مرکز مشاوره دوشنبه تا پنجشنبه ۹ تا ۱۶ و جمعه تا ۱۳ بازه، از ۲۴ دسامبر تا ۲ ژانویه تعطیله
ordinary:budget | بودجه ترجمه امسال ۱۴٬۵۰۰ یورو بود و ۱۵٬۳۰۰ خرج کردیم، پس ۸۰۰ یورو از بخش سفر جابجا میکنیم
ordinary:grant_number | شماره قرارداد پروژه AMIF 2024-0173 هست، لطفا روی همه فاکتورها و برگه‌های حضور بنویسید
ordinary:long_number | شابک دفترچه راهنمای فارسی ما 978-600-350-128-7 هست، نسخه چاپی رو از دفتر بگیرید
ordinary:version | نسخه ۲.۲ پروتکل ارجاع رو گذاشتم تو پوشه مشترک، تغییرات فقط در فصل ۳ هست
ordinary:postcode | دفتر جدیدمون در Oranienstraße 34, 10999 Berlin طبقه اول هست، از اول فوریه
ordinary:training | دوره شناسایی قربانیان قاچاق انسان دو روزه است، ۱۲ ساعت، حداکثر ۲۰ نفر، برای میانجی‌ها رایگانه
ordinary:public_figure | مایکل اوفلاهرتی، کمیسر حقوق بشر شورای اروپا، در گزارش سالانه‌اش دوباره به وضعیت زنان در کمپ‌های جزایر یونان اشاره کرد
ordinary:anonymised_case | یه خانم جوان از افغانستان داشتیم که نمیخواست شکایت کنه، بعد از سه ماه حمایت خودش درخواست وکیل کرد
ordinary:colleague | همکارمون دکتر لیلا صدری، روانپزشک در کلینیک Charité، جلسه بعد درباره تروما در کودکان صحبت میکنه
ordinary:date_not_birth | مهلت تحویل گزارش پروژه ۳۱ ژانویه ۲۰۲۷ هست و قسط بعدی بودجه حدود ۱۵ آوریل ۲۰۲۷ واریز میشه
"""

POSTS = parse(_TEXT)
