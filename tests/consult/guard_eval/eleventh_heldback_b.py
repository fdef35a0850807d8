"""Eleventh held-back corpus of the personal-data guard, part b (languages mt, el,
bg, hr, sl, hu, ar, fa).
Written on 2026-12-07 in one sitting by an independent corpus writer who never read
the guard, its documentation, its benchmark, its tests or any other corpus beyond the
format in __init__.py. Numbers were generated with a seeded script: national IDs
(AMKA, Greek AFM, EGN, LNCh, OIB, EMSO, Slovenian tax number, BSN, Belgian national
number, NIE, German Steuer-ID) and IBANs (mod 97, plus national check digits where
they exist) with python-stdnum, Hungarian TAJ and tax ID with their published
check-digit rules; after writing, every one was re-checked (stdnum, or the same
published rule for TAJ and the tax ID), as were the ISBNs, and private phone numbers were checked as valid with phonenumbers. Maltese ID card numbers have
no check digit. People, private numbers, plates, handles and private addresses are
invented; helplines and public offices are the real published ones as the writer
knows them.
"""

from . import parse

_TEXT = """
[mt]
phone | Il-klijenta qaltli li nistgħu nikkuntattjawha fuq 7912 4583 imma wara s-sitta biss, għax qabel ir-raġel ikun id-dar.
phone | Jekk xi ħadd jara lil Amina fil-klinika għidulha ċċempilli, in-numru l-ġdid tagħha hu disa' disa' erbgħa tmienja, tnejn wieħed seba' żero.
email | Is-survivor bagħtitli s-CV biex ngħinha ssib xogħol, l-email tagħha hi fatima.osman92@gmail.com jekk xi ħadd għandu kuntatt f'lukanda.
email | Ibagħtu l-formoli direttament lill-omm tat-tifla, qablet hi: grace_okafor [at] yahoo dot com
id_number | Il-karta tal-identità tagħha hi 0456789M imma għadha bl-indirizz ta' żewġha, kif nibdlulha mingħajr ma jsir jaf?
id_number | Biex tapplika għall-benefiċċju għandi bżonn nikkonferma n-numru tal-ID tagħha, qaltli 5 8 9 2 0 1 L, xi ħadd mill-DSS jista' jgħin?
iban | Il-komunità ġabret xi flus għal Mariam u t-tfal, min irid jgħin jibgħat fuq il-kont tagħha MT47 VALL 2201 3000 0000 4918 3088 105.
iban | Il-kera tagħha se tħallasha l-parroċċa, il-kont personali tagħha hu MT68-APSB-7701-2000-0019-4914-1641-186, jekk jistgħu jagħmluha qabel il-15.
case_number | Il-każ tagħha fl-Aġenzija għall-Protezzjoni Internazzjonali hu IPA/2025/04812, l-intervista ġiet posposta għal Jannar.
case_number | Ir-rapport li għamlet l-għassa ta' Birżebbuġa għandu n-numru RPT 2025 118734, l-ispettur qal li se jħarsu lejh din il-ġimgħa.
social | Ir-raġel qed jheddidha fuq TikTok mill-kont @j.camilleri_87, xi ħadd jaf kif nirrappurtawh malajr?
social | Fuq Instagram fittxuha bħala fatou dot diallo underscore mt, hemmhekk qed itella' ritratti tagħha mingħajr permess.
plate | Il-karozza tal-aggressur hi Kia griża, numru DFL 482, rajniha barra x-shelter darbtejn din il-ġimgħa.
plate | Hemm vann abjad ipparkjat kuljum quddiem il-post tax-xogħol tagħha, BKZ591, qed issegwiha hu.
address | Issa qed toqgħod għand oħtha f'23, Triq il-Kappillan Mifsud, Ħal Qormi, imma ħadd m'għandu jkun jaf fejn hi.
address | Hi u t-tfal moħbija f'Flat 4, Blokk B, Triq San Ġużepp, il-Marsa, jekk trid iżżurha ċempilli l-ewwel.
date_of_birth | Nadia, it-tifla Eritrea li ġiet mal-ħuh, twieldet fl-14/03/2009 allura għadha minorenni u rridu ninfurmaw lill-Appoġġ.
date_of_birth | Għall-applikazzjoni, id-data tat-twelid tal-klijenta hi wieħed u tletin ta' Ottubru elf disa' mija tmienja u disgħin.
named_person | Halima Yusuf, Somala ta' 34 sena li taħdem fil-kċina ta' lukanda f'San Ġiljan, reġgħet ġiet il-klinika bil-ġrieħi fuq idejha.
named_person | Ilbieraħ ġiet Blessing Eze min-Niġerja, għandha 19-il sena u tgħix fiċ-ċentru miftuħ ta' Ħal Far, qalet li l-manager qed jabbużaha.
ordinary:helplines | Fakkru lill-klijenti li s-Supportline 179 hija miftuħa 24 siegħa, u f'emerġenza dejjem 112.
ordinary:helplines | Għat-tfal u ż-żgħażagħ hemm il-116 111 u l-chat ta' kellimni.com, it-tnejn b'xejn.
ordinary:law | Il-Kap. 581, l-Att dwar il-Vjolenza abbażi tal-Ġeneru u l-Vjolenza Domestika (2018), inkorpora l-Konvenzjoni ta' Istanbul fil-liġi Maltija.
ordinary:law | Id-Direttiva (UE) 2024/1385 trid tiġi trasposta sa Ġunju 2027, l-Artikolu 16 jitkellem fuq l-aċċess għall-helplines.
ordinary:judgment | Aqraw is-sentenza C-621/21 tas-16 ta' Jannar 2024 (ECLI:EU:C:2024:47), fuq in-nisa bħala grupp soċjali partikolari.
ordinary:meeting | Il-laqgħa tan-network se ssir nhar il-Ħamis 14 ta' Jannar fl-10:00 fil-kamra 2.14, aġenda tintbagħat sat-8.
ordinary:opening_hours | Id-drop-in jiftaħ it-Tnejn sal-Ġimgħa 08:30 sa 15:30, l-Erbgħa sat-19:00 għal min jaħdem.
ordinary:budget | Il-baġit għat-taħriġ tal-2027 hu ta' €18,500, li minnhom €4,200 għall-interpreti.
ordinary:grant_number | Il-proġett tagħna taħt il-CERV għandu n-numru tal-ftehim 101143287, poġġuh fuq kull invoice.
ordinary:statistics | Mis-72 mara li rreferejna din is-sena, 41 kienu minn pajjiżi terzi u 9 kienu taħt it-18.
ordinary:percentages | Madwar 63% tal-każijiet ġew riferuti mill-isptar u 18% mill-pulizija, il-bqija bil-kelma.
ordinary:version | Tellajt il-verżjoni 3.2 tal-SOP għar-referral fil-folder, il-bidliet huma fis-sezzjoni 4.1 u 7.
ordinary:public_figure | Kien interessanti d-diskors ta' Roberta Metsola bħala President tal-Parlament Ewropew fuq il-femiċidju.
ordinary:public_figure | Helena Dalli, meta kienet Kummissarju għall-Ugwaljanza, kienet insistiet fuq l-adeżjoni tal-UE għall-Konvenzjoni ta' Istanbul.
ordinary:anonymised_case | Kellna każ ta' mara minn pajjiż tal-Afrika tal-Punent li ma kinitx taf li tista' titlob protezzjoni, issa qed tiġi segwita.
ordinary:training | It-taħriġ fuq trauma-informed interviewing huwa ta' 12-il siegħa fuq tliet sessjonijiet, massimu 20 parteċipant.
ordinary:date_not_birth | Il-25 ta' Novembru jaħbat il-Ħamis din is-sena, min irid jagħmel attività jikteb hawn sal-10.
ordinary:postcode | Il-Kummissjoni dwar il-Vjolenza abbażi tal-Ġeneru għandha l-uffiċċju l-Belt Valletta, VLT 1210, imma ċemplu qabel.
ordinary:colleague | Dr Marceline Naudi mill-Università ta' Malta se tagħti l-keynote fil-konferenza, hi esperta fuq il-vjolenza kontra n-nisa.
ordinary:org_contact | Għall-materjal informattiv bl-Għarbi u t-Tigrinja, ikkuntattjaw l-uffiċċju tal-UNHCR Malta permezz tal-websajt unhcr.org/mt.
[el]
phone | Η κυρία μάς έδωσε το κινητό της 694 812 3057, μόνο μήνυμα παρακαλώ, όχι κλήση, γιατί ο σύζυγος ελέγχει το τηλέφωνο.
phone | Αν τη δει κάποιος στο ιατρείο, το νέο της νούμερο είναι έξι εννιά επτά οκτώ, τέσσερα πέντε ένα, δύο μηδέν εννιά.
email | Το email της για να της στείλετε τα χαρτιά της ΥΑ είναι nadia.rahimi93@hotmail.com, το έλεγξα μαζί της.
email | Γράψτε στην ίδια στο zeinab.k (παπάκι) gmail (τελεία) com, δεν έχει πρόσβαση στο email της δομής.
id_number | Ο ΑΜΚΑ της είναι 14039126587 αλλά στο σύστημα βγαίνει ανενεργός, ξέρει κάποιος πώς ενεργοποιείται ξανά για αιτούσες άσυλο;
id_number | Για το επίδομα χρειάζεται το ΑΦΜ της, 124.297.624, το οποίο το έβγαλε η ίδια στη ΔΟΥ Κηφισιάς πέρσι.
iban | Μπορείτε να καταθέσετε απευθείας στον λογαριασμό της: GR46 0110 1250 0003 0375 7048 190, δικαιούχος η ίδια.
iban | Για το ενοίκιο του Μαρτίου, το IBAN της είναι GR2801702310005614100967785, Τράπεζα Πειραιώς.
case_number | Ο αριθμός φακέλου της στην Υπηρεσία Ασύλου είναι 05/1174892 και η συνέντευξη ορίστηκε για τις 12 Φεβρουαρίου.
case_number | Η μήνυση κατατέθηκε στο ΑΤ Ομονοίας με αρ. πρωτ. 3014/2/4821-γ, ακόμα δεν την έχουν καλέσει για κατάθεση.
social | Της στέλνει απειλές από το Instagram @eleni_kar_98, έχουμε screenshots, τι κάνουμε;
social | Ο πρώην της ανεβάζει βίντεο στο TikTok με το όνομα mahsa underscore ath, βγάζει και τη γειτονιά.
plate | Το αυτοκίνητο που την ακολουθεί είναι ένα μαύρο Golf, πινακίδα ΙΚΤ-4821, το είδαμε δύο φορές έξω από τη δομή.
plate | Σταματάει κάθε βράδυ ένα λευκό βαν έξω από το σπίτι της, ΥΡΝ7342, το κατέγραψε η γειτόνισσα.
address | Μένει πλέον στην Αχαρνών 218, 3ος όροφος, κουδούνι Α3, αλλά κανείς δεν πρέπει να ξέρει ότι είναι εκεί.
address | Η οικογένεια φιλοξενείται προσωρινά στη Θεσσαλονίκη, Ολύμπου 37, διαμέρισμα 5, μέχρι να βρεθεί θέση σε ξενώνα.
date_of_birth | Η Μαριάμ από τη Σομαλία δηλώνει γεννημένη στις 07/08/2006, άρα είναι ενήλικη και δεν θα πάει σε δομή ανηλίκων.
date_of_birth | Για την αίτηση: ημερομηνία γέννησης της πελάτισσάς μας δεκαεφτά του Φλεβάρη του '99, γεννημένη στην Καμπούλ.
named_person | Η Φατιμά Αλ-Χασάν, 27 χρονών από τη Συρία, που δουλεύει στα θερμοκήπια της Μανωλάδας, ήρθε ξανά με μώλωπες.
named_person | Ο Ομίντ Καρίμι, 15 ετών από το Αφγανιστάν, που μένει στη δομή της Μαλακάσας, μας είπε ότι κάποιος ενήλικας του ζητά χρήματα.
ordinary:helplines | Θυμίζω ότι η Γραμμή SOS 15900 λειτουργεί 24 ώρες το 24ωρο και σε αγγλικά, για επείγοντα πάντα 100 ή 112.
ordinary:helplines | Για παιδιά: 1056 του Χαμόγελου του Παιδιού και 116 111, και για ψυχοκοινωνική στήριξη το 197 του ΕΚΚΑ.
ordinary:law | Ο Ν. 4531/2018 κύρωσε τη Σύμβαση της Κωνσταντινούπολης, και ο Ν. 3500/2006 για την ενδοοικογενειακή βία τροποποιήθηκε πάλι το 2024.
ordinary:law | Δείτε το άρθρο 60 της Σύμβασης για τις αιτήσεις ασύλου λόγω φύλου και την Οδηγία 2011/95/ΕΕ, άρθρο 9 παρ. 2 στοιχ. στ.
ordinary:judgment | Η απόφαση ΕΔΔΑ M.S.S. κατά Βελγίου και Ελλάδας (αρ. προσφυγής 30696/09) παραμένει βασική για τις συνθήκες υποδοχής.
ordinary:meeting | Η συνάντηση του δικτύου θα γίνει την Τρίτη 19/1 στις 11:00, αίθουσα Β2, 2ος όροφος, με δυνατότητα Zoom.
ordinary:opening_hours | Το Συμβουλευτικό Κέντρο είναι ανοιχτό Δευτέρα με Παρασκευή 09:00 με 17:00, Πέμπτη έως 20:00.
ordinary:statistics | Το 2025 δεχτήκαμε 214 παραπομπές, από τις οποίες 87 αφορούσαν γυναίκες από το Αφγανιστάν και 31 ανήλικες.
ordinary:percentages | Περίπου 58% των γυναικών δεν είχαν διερμηνέα στην πρώτη συνέντευξη, το 22% είχε μόνο τηλεφωνική διερμηνεία.
ordinary:budget | Ο προϋπολογισμός για τους διαμεσολαβητές για το 2027 είναι 42.000 €, δηλαδή περίπου 3.500 € τον μήνα.
ordinary:grant_number | Στα τιμολόγια γράφουμε τον κωδικό έργου ΤΑΜΕ ΕΣΤ-0142, και για το ευρωπαϊκό έργο το grant 101156320.
ordinary:long_number | Το εγχειρίδιο του έργου έχει ISBN 978-960-647-148-3, το βρίσκετε στη βιβλιοθήκη του κέντρου.
ordinary:version | Ανέβασα την έκδοση 2.4 του πρωτοκόλλου παραπομπής, οι αλλαγές είναι στις ενότητες 3.1 και 5.2.
ordinary:public_figure | Η Ελίζα Βόζεμπεργκ, ως ευρωβουλευτής, έχει μιλήσει πολλές φορές για τη Σύμβαση της Κωνσταντινούπολης στην ολομέλεια.
ordinary:anonymised_case | Είχαμε μια νεαρή γυναίκα από χώρα της Υποσαχάριας Αφρικής που δεν ήξερε ότι μπορεί να ζητήσει γυναίκα συνεντεύκτρια, τώρα είναι ενημερωμένη.
ordinary:training | Το εκπαιδευτικό για τη διαλογή θυμάτων εμπορίας έχει 3 συναντήσεις των 4 ωρών, μέγιστο 25 άτομα, με βεβαίωση.
ordinary:date_not_birth | Στις 25 Νοεμβρίου, Παγκόσμια Ημέρα για την εξάλειψη της βίας κατά των γυναικών, κάνουμε ανοιχτή εκδήλωση στις 18:00.
ordinary:org_contact | Για ενημερωτικό υλικό στα φαρσί και τα αραβικά δείτε το site του ΚΕΘΙ και της Υπηρεσίας Ασύλου, migration.gov.gr.
ordinary:postcode | Η Υπηρεσία Ασύλου στην Αθήνα είναι στην Κανελλοπούλου 2, ΤΚ 101 77, και η Περιφερειακή Υπηρεσία Πειραιά έχει άλλη διεύθυνση.
ordinary:colleague | Η κοινωνική λειτουργός του Κέντρου Ημέρας θα παρουσιάσει το νέο πρωτόκολλο την Πέμπτη, ρωτήστε την ό,τι θέλετε εκεί.
[bg]
phone | Жената помоли да ѝ пишем само във Viber на 0887 412 563, да не звъним, защото мъжът ѝ проверява телефона.
phone | Ако някой я види в центъра, новият ѝ номер е 0896 - 23 - 45 - 18, тя сама ме помоли да го предам.
email | Имейлът ѝ за документите от ДАБ е leyla.ahmadi94@abv.bg, потвърдих го с нея лично.
email | Пишете на майката директно, тя е съгласна: hanan точка saleh маймунка gmail точка com
id_number | ЕГН-то ѝ е 9407236133, но в НЗОК излиза, че не е осигурена, някой знае ли как се оправя?
id_number | Личният ѝ номер на чужденец (ЛНЧ) е 6204454014 – трябва ни за молбата за социално подпомагане.
iban | Приятели събраха пари за нея и децата, сметката ѝ е BG48 STSA 9300 0093 7994 87, титуляр е тя.
iban | За наема през февруари общината ще превежда директно по нейната сметка BG88UNCR70001558110456 в УниКредит.
case_number | Производството ѝ в ДАБ е с рег. № УРН 4821/2025, интервюто е отложено за януари.
case_number | Жалбата е заведена като досъдебно производство № 1374/2025 г. по описа на 04 РУ-СДВР, още никой не ѝ се е обадил.
social | Бившият ѝ я заплашва от профила @ivo_petrov_88 в Instagram, имаме скрийншоти.
social | Във Фейсбук я търсете като amina точка hassan точка 1996, там той пише коментари под снимките ѝ.
plate | Колата, която я следи, е сив Опел с номер СА 4821 ВК, видяхме я два пъти пред центъра.
plate | Бял бус стои всяка вечер пред блока ѝ, номерът е В7342ТР, записа го съседката.
address | Сега живее при сестра си в София, ж.к. „Люлин“, бл. 412, вх. Б, ет. 6, ап. 37, но никой не бива да знае.
address | Семейството е настанено временно в Харманли, ул. „Васил Левски“ 14, ет. 2, докато се освободи място в кризисния център.
date_of_birth | Момичето от Сирия, Нур, е родено на 09.03.2001, значи вече е пълнолетна и отпада от програмата за непридружени.
date_of_birth | За молбата: дата на раждане на клиентката – двайсет и трети юли деветдесет и четвърта.
named_person | Фатима Ал-Рашид, 31 г. от Ирак, която работи в цеха за шивашки изделия в Пазарджик, пак дойде с насинявания.
named_person | Джамал Хайдари, 16-годишен от Афганистан, настанен в ЦВН Бусманци, каза, че един възрастен му иска пари.
ordinary:helplines | Напомням, че Националната телефонна линия за пострадали от домашно насилие 0800 1 86 76 е безплатна и денонощна, при спешност 112.
ordinary:helplines | За деца – Националната телефонна линия за деца 116 111, безплатно от всички оператори.
ordinary:law | Законът за защита от домашното насилие беше сериозно изменен през 2023 г., вече има и регистър на актовете за домашно насилие.
ordinary:law | Вижте чл. 8а от Закона за убежището и бежанците и чл. 60 от Истанбулската конвенция за преследване по признак пол.
ordinary:judgment | Решение C-621/21 на СЕС от 16.01.2024 г. (ECLI:EU:C:2024:47) дойде именно от българско преюдициално запитване.
ordinary:judgment | Да не забравяме и Решение № 13 от 27.07.2018 г. по к.д. № 3/2018 на Конституционния съд относно Истанбулската конвенция.
ordinary:meeting | Срещата на мрежата е в сряда, 20 януари, от 10:30 ч. в зала 3, ет. 2, има и връзка в Zoom.
ordinary:opening_hours | Консултативният център работи от понеделник до петък 9:00–17:30, в четвъртък до 19:00.
ordinary:statistics | През 2025 г. сме приели 168 насочвания, от които 54 за жени от Украйна и 23 за непълнолетни.
ordinary:percentages | Около 47% от жените не са имали преводач на първото интервю, а 12% са имали само по телефона.
ordinary:budget | Бюджетът за медиатори за 2027 г. е 36 000 лв., по около 3 000 лв. месечно.
ordinary:grant_number | Във фактурите пишем номера на договора по програма ЕСФ+ BG05SFPR002-2.007-0015, моля не го пропускайте.
ordinary:long_number | Наръчникът на проекта е с ISBN 978-954-16-6207-6, има го в библиотеката на центъра.
ordinary:version | Качих версия 1.3 на процедурата за насочване, промените са в т. 2.4 и приложение 5.
ordinary:public_figure | Омбудсманът на Република България в годишния си доклад обърна специално внимание на кризисните центрове.
ordinary:anonymised_case | Имахме млада жена от Близкия изток, която не знаеше, че може да поиска жена интервюиращ, сега вече е информирана.
ordinary:training | Обучението за разпознаване на жертви на трафик е 3 модула по 4 часа, максимум 20 участници, със сертификат.
ordinary:date_not_birth | На 25 ноември организираме открито събитие от 18:00 ч., който иска да се включи, да пише тук до 10-и.
ordinary:org_contact | Информационни материали на арабски и фарси има на сайта на Фондация „Анимус“, animusassociation.org, и на ДАБ.
ordinary:postcode | Държавната агенция за бежанците е в София 1233, бул. „Мария Луиза“ 114Б, приемното е на партера.
[hr]
phone | Klijentica je zamolila da joj se javljamo samo porukom na 091 482 7735, nikako poziv jer joj muž provjerava mobitel.
phone | Ako je netko vidi u ambulanti, novi broj joj je nula devet osam, sedam tri četiri, dva šest jedan devet.
email | Mail joj je samira.nouri95@gmail.com, provjerila sam s njom, tamo joj šaljite rješenje.
email | Pišite mami direktno, pristala je: rukia.abdi [at] hotmail [dot] com
id_number | OIB joj je 79542088751, ali HZZO javlja da nije osigurana, zna li netko kako se to rješava za azilantice?
id_number | Za zahtjev za zajamčenu minimalnu naknadu treba njezin OIB: 794 646 574 93.
iban | Prijatelji su skupili nešto novca za nju i djecu, račun joj je HR58 2402 0063 1277 7319 9, glasi na nju.
iban | Najamninu za veljaču grad će uplaćivati izravno na njezin račun HR6423400093137918134 u PBZ-u.
case_number | Rješenje o međunarodnoj zaštiti ima KLASA: UP/I-217-01/25-01/1834, žalbu treba predati do petka.
case_number | Prijava je zavedena na PU zagrebačkoj pod brojem 511-19-16-K-4821/25, još je nitko nije zvao na saslušanje.
social | Bivši joj prijeti s Instagram profila @marko.horvat.zg, imamo screenshotove.
social | Na Facebooku je nađite kao leila punto kazemi punto 97, on joj tamo piše komentare ispod slika.
plate | Auto koji je prati je sivi Passat, registracija ZG 4821-KP, vidjeli smo ga dvaput ispred skloništa.
plate | Bijeli kombi stoji svaku večer ispred njezine zgrade, ST731AB, zapisala je susjeda.
address | Sad živi kod sestre u Zagrebu, Ulica Ivana Gundulića 12, 2. kat, ali nitko ne smije znati gdje je.
address | Obitelj je privremeno smještena u Sisku, Lađarska 27, stan 4, dok se ne oslobodi mjesto u skloništu.
date_of_birth | Djevojka iz Sirije, Nour, rođena je 09.03.2010., dakle još je maloljetna i mora dobiti posebnog skrbnika.
date_of_birth | Za zahtjev: datum rođenja klijentice – četrnaesti prosinca osamdeset osme, rođena u Kabulu.
named_person | Fatima Al-Rashid, 31 godina iz Iraka, koja radi u praonici rublja hotela u Poreču, opet je došla s modricama.
named_person | Jamal Haidari, 16-godišnjak iz Afganistana smješten u Prihvatilištu Porin, rekao je da mu neki odrasli traži novac.
ordinary:helplines | Podsjećam da je Nacionalni pozivni centar za žrtve kaznenih djela 116 006 besplatan, a za hitno uvijek 112 ili policija 192.
ordinary:helplines | Za djecu i mlade tu je Hrabri telefon 116 111, a za žene žrtve nasilja Autonomna ženska kuća Zagreb na 0800 55 44.
ordinary:law | Zakon o zaštiti od nasilja u obitelji (NN 70/17) mijenjan je nekoliko puta, a od 2024. Kazneni zakon ima i čl. 90.a o teškom ubojstvu žene.
ordinary:law | Pogledajte čl. 60 Istanbulske konvencije i Direktivu 2011/95/EU, čl. 9. st. 2. toč. f, za progon na temelju spola.
ordinary:judgment | Presuda Suda EU C-621/21 od 16. siječnja 2024. (ECLI:EU:C:2024:47) potvrđuje da žene mogu biti posebna društvena skupina.
ordinary:judgment | Za obveze države korisna je presuda ESLJP-a Opuz protiv Turske, zahtjev br. 33401/02.
ordinary:meeting | Sastanak mreže je u srijedu 20. siječnja u 10:30, dvorana 3 na 2. katu, a može i preko Zooma.
ordinary:opening_hours | Savjetovalište radi od ponedjeljka do petka 9–17 h, četvrtkom do 19 h.
ordinary:statistics | U 2025. zaprimili smo 132 upućivanja, od toga 48 žena iz Afganistana i 17 maloljetnica.
ordinary:percentages | Oko 52 % žena nije imalo prevoditelja na prvom razgovoru, a 15 % samo telefonski.
ordinary:budget | Proračun za kulturne medijatore za 2027. je 28.000 EUR, oko 2.330 EUR mjesečno.
ordinary:grant_number | Na računima navodite broj ugovora AMIF.2024.HR.0137 i broj CERV projekta 101143301.
ordinary:version | Stavila sam verziju 2.1 protokola o upućivanju, izmjene su u točkama 3.2 i 6.
ordinary:public_figure | Pravobraniteljica za ravnopravnost spolova Višnja Ljubičić u izvješću za 2024. posebno piše o femicidu.
ordinary:anonymised_case | Imali smo mladu ženu s Bliskog istoka koja nije znala da može tražiti ženu službenicu na intervjuu, sada je informirana.
ordinary:training | Edukacija o prepoznavanju žrtava trgovanja ljudima ima 3 modula po 4 sata, najviše 20 sudionika, s potvrdom.
ordinary:date_not_birth | Za 25. studenoga radimo otvoreno događanje od 18 h, tko želi sudjelovati neka se javi ovdje do 10.
ordinary:org_contact | Materijale na arapskom i farsiju imaju Centar za mirovne studije na cms.hr i Hrvatski pravni centar.
ordinary:long_number | Priručnik projekta ima ISBN 978-953-12-5579-0, primjerak je u knjižnici udruge.
ordinary:colleague | Socijalna radnica iz Centra za socijalnu skrb predstavit će novi protokol u četvrtak, pitajte je tada sve što vas zanima.
[sl]
phone | Stranka je prosila, naj ji pišemo samo SMS na 041 582 397, nikar ne kličite, ker ji mož pregleduje telefon.
phone | Če jo kdo vidi v ambulanti, njena nova številka je nič tri ena, sedem šest štiri, dva ena osem.
email | Njen e-naslov za odločbo je parisa.hosseini91@gmail.com, preverila sem z njo osebno.
email | Pišite kar mami, se strinja: halima.warsame [afna] gmail [pika] com
id_number | Njen EMŠO je 1704989505921, ampak na ZZZS pravijo, da ni zavarovana, ve kdo, kako se to uredi?
id_number | Za vlogo za denarno socialno pomoč rabimo njeno davčno številko: 22 82 06 12.
iban | Prijatelji so zbrali nekaj denarja zanjo in otroke, njen TRR je SI56 0201 0443 9948 859, glasi nanjo.
iban | Najemnino za februar bo občina nakazala direktno na njen račun SI56610002025066146 pri Delavski hranilnici.
case_number | Njena zadeva pri MNZ za mednarodno zaščito ima številko 2142-4821/2025, zaslišanje je prestavljeno na januar.
case_number | Kazenska ovadba je vodena na PU Ljubljana pod št. 2253-1374/2025, še nihče je ni poklical.
social | Bivši ji grozi s profila @luka.novak.lj na Instagramu, imamo posnetke zaslona.
social | Na Facebooku jo najdete kot amal pika yousef pika 98, tam ji on piše komentarje pod slikami.
plate | Avto, ki ji sledi, je siv Octavia z registracijo LJ NK-481, dvakrat smo ga videli pred varno hišo.
plate | Bel kombi vsak večer stoji pred njenim blokom, MB37KLN, zapisala si ga je soseda.
address | Zdaj živi pri sestri na Celovški cesti 142, Ljubljana, 3. nadstropje, ampak nihče ne sme vedeti, kje je.
address | Družina je začasno nameščena v Mariboru, Ptujska cesta 21, stanovanje 6, dokler se ne sprosti mesto v materinskem domu.
date_of_birth | Dekle iz Sirije, Nur, je rojena 17. 4. 2010, torej je še mladoletna in potrebuje zakonitega zastopnika.
date_of_birth | Za vlogo: datum rojstva stranke je tretji november šestindevetdesetega.
named_person | Fatima Al-Rashid, 31 let, iz Iraka, ki dela v pralnici hotela v Portorožu, je spet prišla z modricami.
named_person | Jamal Haidari, 16-letnik iz Afganistana, nastanjen v Logatcu, je povedal, da mu neki odrasel moški grozi in zahteva denar.
ordinary:helplines | Spomnim, da je SOS telefon za ženske in otroke žrtve nasilja 080 11 55 brezplačen, v nujnih primerih 113 ali 112.
ordinary:helplines | Za otroke in mladostnike je TOM telefon 116 111, za žrtve kaznivih dejanj pa 116 006.
ordinary:law | Zakon o preprečevanju nasilja v družini (ZPND) je bil večkrat noveliran, pomemben je tudi 191. člen KZ-1 o nasilju v družini.
ordinary:law | Poglejte 60. člen Istanbulske konvencije in 27. člen ZMZ-1 glede preganjanja zaradi spola.
ordinary:judgment | Sodba Sodišča EU C-621/21 z dne 16. 1. 2024 (ECLI:EU:C:2024:47) potrjuje, da so ženske lahko posebna družbena skupina.
ordinary:meeting | Srečanje mreže bo v sredo, 20. januarja, ob 10.30 v dvorani 3 v 2. nadstropju, možna je tudi udeležba prek Zooma.
ordinary:opening_hours | Svetovalnica je odprta od ponedeljka do petka od 9. do 17. ure, ob četrtkih do 19. ure.
ordinary:statistics | V letu 2025 smo prejeli 96 napotitev, od tega 38 žensk iz Afganistana in 11 mladoletnic.
ordinary:percentages | Približno 44 % žensk pri prvem razgovoru ni imelo tolmača, 19 % pa le po telefonu.
ordinary:budget | Proračun za kulturne mediatorje za 2027 je 24.000 EUR, okrog 2.000 EUR na mesec.
ordinary:grant_number | Na računih navedite številko pogodbe C2711-24-0123 in številko projekta CERV 101143315.
ordinary:long_number | Priročnik projekta ima ISBN 978-961-17-0315-9, izvod je v knjižnici društva.
ordinary:version | Naložila sem različico 1.5 protokola o napotitvah, spremembe so v točkah 2.3 in 4.
ordinary:public_figure | Varuh človekovih pravic Peter Svetina je v letnem poročilu posebej izpostavil položaj prosilk za mednarodno zaščito.
ordinary:anonymised_case | Imeli smo mlado žensko z Bližnjega vzhoda, ki ni vedela, da lahko zahteva žensko uradnico pri zaslišanju, zdaj je obveščena.
ordinary:training | Izobraževanje o prepoznavanju žrtev trgovine z ljudmi ima 3 module po 4 ure, največ 20 udeležencev, s potrdilom.
ordinary:date_not_birth | Za 25. november pripravljamo odprt dogodek ob 18. uri, kdor želi sodelovati, naj se javi tukaj do 10.
ordinary:org_contact | Gradiva v arabščini in farsiju imata Društvo SOS telefon na drustvo-sos.si in Pravno-informacijski center nevladnih organizacij, PIC.
ordinary:postcode | Urad vlade za oskrbo in integracijo migrantov ima sedež v Ljubljani, Cesta v Gorice 15, 1000 Ljubljana.
ordinary:colleague | Socialna delavka s CSD bo v četrtek predstavila nov protokol, takrat jo vprašajte vse, kar vas zanima.
[hu]
phone | A kliens azt kérte, hogy csak SMS-t küldjünk a +36 30 482 7716-ra, ne hívjuk, mert a férje nézi a telefonját.
phone | Ha valaki látja a rendelőben, az új száma nulla hat, húsz, kilenc egy öt, harminchárom negyvennyolc.
email | Az e-mail címe a határozathoz: zahra.mohammadi90@freemail.hu, személyesen ellenőriztem vele.
email | Írjatok közvetlenül az anyának, beleegyezett: ruqia.ali kukac gmail pont com
id_number | A TAJ-száma 221 611 407, de a NEAK szerint nincs jogviszonya, tudja valaki, hogyan lehet ezt rendezni menedékeseknél?
id_number | A rendszeres gyermekvédelmi kedvezményhez kell az adóazonosító jele: 8454217983.
iban | Barátok gyűjtöttek neki és a gyerekeknek, a saját számlája: HU37 1177 3009 0430 6274 3570 6515.
iban | A februári lakbért az önkormányzat közvetlenül az ő számlájára utalja: HU88120100060800101945169679 (Raiffeisen).
case_number | A menekültügyi eljárása az OIF-nél 106-2-48213/2025 ügyszámon fut, a meghallgatást januárra tették át.
case_number | A feljelentés a BRFK VIII. kerületi rendőrkapitányságon 01080/4821/2025. bü. számon van, még senki nem hívta be.
social | Az exe az @kovacs.bence.93 Instagram-profilról fenyegeti, vannak képernyőképeink.
social | Facebookon úgy találjátok meg, hogy hamid pont rezaei pont 1995, ott kommentel a képei alá.
plate | Az autó, ami követi, egy szürke Astra, rendszáma PKR-482, kétszer láttuk az anyaotthon előtt.
plate | Egy fehér kisbusz áll minden este a háza előtt, AEHG173, a szomszéd írta fel.
address | Most a nővérénél lakik, 1081 Budapest, Népszínház utca 41, 2. em. 14., de senki nem tudhatja, hol van.
address | A család átmenetileg Debrecenben van elhelyezve, Hatvan utca 18, 3. ajtó, amíg fel nem szabadul hely az átmeneti otthonban.
date_of_birth | A szíriai lány, Nur, 2010.04.17-én született, tehát még kiskorú, gyámot kell kirendelni neki.
date_of_birth | A kérelemhez: a kliens születési dátuma ezerkilencszázkilencvenegy május tizenkettő.
named_person | Fatima Al-Rashid, 31 éves iraki nő, aki a kecskeméti autógyár beszállítójánál dolgozik, megint zúzódásokkal jött be.
named_person | Jamal Haidari, 16 éves afgán fiú, aki a fóti gyermekotthonban lakik, elmondta, hogy egy felnőtt pénzt követel tőle.
ordinary:helplines | Emlékeztetőül: az OKIT száma 06 80 20 55 20, ingyenes és éjjel-nappal hívható, vészhelyzetben 112.
ordinary:helplines | Gyerekeknek a Kék Vonal 116 111, a NANE segélyvonala pedig 06 80 505 101.
ordinary:law | A Btk. 212/A. § szabályozza a kapcsolati erőszakot, a távoltartásról a 2009. évi LXXII. törvény szól.
ordinary:law | Nézzétek meg a menedékjogról szóló 2007. évi LXXX. törvényt és a 2011/95/EU irányelv 9. cikk (2) bekezdés f) pontját.
ordinary:judgment | Az EUB C-808/18. sz. ügyben (Bizottság kontra Magyarország, ECLI:EU:C:2020:1029) hozott ítélete a tranzitzónákról szól.
ordinary:meeting | A hálózati találkozó január 20-án, szerdán 10:30-kor lesz a 3-as teremben a 2. emeleten, Zoomon is lehet csatlakozni.
ordinary:opening_hours | A tanácsadó hétfőtől péntekig 9 és 17 óra között van nyitva, csütörtökön 19 óráig.
ordinary:statistics | 2025-ben 74 beutalást kaptunk, ebből 29 ukrajnai nőt és 8 kiskorú lányt.
ordinary:percentages | A nők kb. 39%-ának nem volt tolmácsa az első interjún, 14%-nak csak telefonon.
ordinary:budget | A kulturális mediátorok keretösszege 2027-re 9 600 000 Ft, havonta kb. 800 000 Ft.
ordinary:grant_number | A számlákon tüntessétek fel a CERV-támogatási szerződés számát: 101143322.
ordinary:long_number | A projekt kézikönyvének ISBN-je 978-963-12-9441-5, egy példány megvan az egyesület könyvtárában.
ordinary:version | Feltöltöttem a beutalási protokoll 2.0-s verzióját, a változások a 3.1 és 5. pontban vannak.
ordinary:public_figure | Az alapvető jogok biztosa az éves beszámolójában külön fejezetet írt a családon belüli erőszakról.
ordinary:anonymised_case | Volt egy fiatal nő a Közel-Keletről, aki nem tudta, hogy női meghallgatót kérhet, most már tájékoztattuk.
ordinary:training | Az emberkereskedelem áldozatainak azonosításáról szóló képzés 3 modulból áll, modulonként 4 óra, max. 20 fő, tanúsítvánnyal.
ordinary:date_not_birth | November 25-re nyílt rendezvényt szervezünk 18 órától, aki részt venne, 10-ig jelezze itt.
ordinary:org_contact | Arab és fárszi nyelvű anyagokat a Magyar Helsinki Bizottság oldalán, helsinki.hu, és a Menedék Egyesületnél találtok.
ordinary:postcode | Az Országos Idegenrendészeti Főigazgatóság központja: 1117 Budapest, Budafoki út 60., ügyfélfogadás előzetes időpontfoglalással.
ordinary:colleague | A családsegítő szolgálat szociális munkatársa csütörtökön mutatja be az új protokollt, akkor kérdezzétek.
[ar]
phone | الموكلة طلبت أن نراسلها فقط على واتساب على الرقم ٠٦ ٤٨ ٢١ ٧٣ ٩٥، لا تتصلوا لأن زوجها يفتش الهاتف.
phone | إذا رآها أحد في العيادة، رقمها الإيطالي الجديد: ثلاثة أربعة سبعة، اثنان واحد ثمانية، خمسة خمسة تسعة صفر.
email | بريدها الإلكتروني لاستلام قرار الـIND هو reem.alkhatib94@gmail.com، تأكدت منه معها شخصياً.
email | راسلوا الأم مباشرة، هي موافقة: salma.idrissi (at) outlook (dot) be
id_number | رقم الـBSN تبعها ١١٤٨٤٧٠٥٨ بس شركة التأمين الصحي بتقول إنه مش مسجل، حدا بيعرف شو الحل؟
id_number | رقمها الوطني البلجيكي (rijksregisternummer) هو 92.04.11-412.54، نحتاجه لطلب المساعدة من الـCPAS.
iban | الأصدقاء جمعوا مبلغ لها وللأطفال، حسابها الشخصي NL37 INGB 0005 6392 25 باسمها.
iban | إيجار شهر شباط سيحوّله الـOCMW مباشرة على حسابها، الرقم يبدأ بـ BE22 0633 وبعده 0442 6047 في بنك KBC.
case_number | رقم ملفها عند الـIND (V-nummer) هو ٢٨٣٩٤٧١٠٤٥، والمقابلة الثانية تأجلت لشهر كانون الثاني.
case_number | البلاغ مسجل عند شرطة أمستردام بالرقم PL1300-2025118734 ولم يتصل بها أحد حتى الآن.
social | طليقها يهددها من حساب انستغرام @mohammad_hamwi_91، عندنا لقطات شاشة.
social | على فيسبوك تلاقوها باسم nour نقطة ahmad نقطة 2000، وهو عم يكتب تعليقات تحت صورها.
plate | السيارة اللي عم تلاحقها فولكسفاغن رمادية لوحتها GZ-481-K، شفناها مرتين قدام الملجأ.
plate | فان أبيض واقف كل ليلة قدام بنايتها في بروكسل، اللوحة 1KLM482، سجلتها الجارة.
address | هي الآن ساكنة عند أختها في Kanaalstraat 47، الطابق الأول، Molenbeek، وما لازم حدا يعرف وين هي.
address | العائلة مقيمة مؤقتاً في ميلانو، Via Padova 112، الشقة ٨، لحد ما يفضى مكان في دار الإيواء.
date_of_birth | نور، البنت السورية اللي وصلت مع أخوها، مواليد ١٢/٠٥/٢٠١٠ يعني لسا قاصر وبدها وصي.
date_of_birth | للطلب: تاريخ ميلاد الموكلة الحادي عشر من نيسان سنة ألف وتسعمية واثنين وتسعين.
named_person | فاطمة الراشد، ٣١ سنة من العراق، تشتغل في مشاتل الطماطم في Westland، جاءت مرة ثانية وعليها كدمات.
named_person | جمال حيدري، أفغاني عمره 16 سنة وساكن في مركز Ter Apel، قال لنا إن رجلاً بالغاً يطلب منه مالاً ويهدده.
ordinary:helplines | للتذكير: Veilig Thuis على الرقم ٠٨٠٠-٢٠٠٠ مجاني وعلى مدار الساعة، وللطوارئ دائماً 112.
ordinary:helplines | في إيطاليا خط 1522 ضد العنف والملاحقة يعمل بعدة لغات، وفي بلجيكا الخط 1712، وفي إسبانيا 016.
ordinary:helplines | لضحايا العنف الجنسي في هولندا: Centrum Seksueel Geweld على 0800-0188، مجاني.
ordinary:law | راجعوا المواد 59 و60 و61 من اتفاقية اسطنبول بخصوص الإقامة المستقلة وطلبات اللجوء المبنية على النوع الاجتماعي.
ordinary:law | التوجيه الأوروبي 2012/29/EU لحقوق الضحايا، المادة 22 عن التقييم الفردي لاحتياجات الحماية.
ordinary:judgment | حكم محكمة العدل الأوروبية C-646/21 بتاريخ 11 حزيران 2024 (ECLI:EU:C:2024:487) مهم للبنات اللي تبنّوا قيم المساواة.
ordinary:meeting | اجتماع الشبكة يوم الأربعاء ٢٠ كانون الثاني الساعة ١٠:٣٠، القاعة 3، الطابق الثاني، وفي رابط Zoom.
ordinary:opening_hours | مكتب الاستشارات مفتوح من الاثنين للجمعة من 9 لـ 17، ويوم الخميس لحد الساعة 19.
ordinary:statistics | في 2025 استقبلنا ١١٢ إحالة، منها 43 لنساء من سوريا و14 لقاصرات.
ordinary:percentages | حوالي 41% من النساء لم يكن عندهن مترجم في المقابلة الأولى، و17% فقط بالهاتف.
ordinary:budget | ميزانية الوسطاء الثقافيين لسنة 2027 هي 30,000 يورو، يعني حوالي 2,500 يورو بالشهر.
ordinary:grant_number | على الفواتير اكتبوا رقم اتفاقية منحة CERV رقم 101143340، لا تنسوه.
ordinary:version | رفعت النسخة 2.2 من بروتوكول الإحالة، التعديلات في البندين 3.1 و5.
ordinary:public_figure | مفوضة الاتحاد الأوروبي للمساواة هيلينا دالي تكلمت كتير عن انضمام الاتحاد لاتفاقية اسطنبول.
ordinary:anonymised_case | كان عندنا شابة من شمال أفريقيا ما كانت تعرف إنه بتقدر تطلب محققة امرأة في المقابلة، هلق صارت عارفة.
ordinary:training | تدريب التعرف على ضحايا الاتجار بالبشر 3 جلسات كل وحدة 4 ساعات، بحد أقصى 20 مشارك، مع شهادة.
ordinary:date_not_birth | بمناسبة 25 تشرين الثاني، اليوم الدولي للقضاء على العنف ضد المرأة، عندنا فعالية مفتوحة الساعة 18:00.
ordinary:org_contact | مواد توعية بالعربي موجودة على موقع Fedasil وموقع VluchtelingenWerk Nederland، vluchtelingenwerk.nl.
ordinary:postcode | مقر الـCGRS في بروكسل: Rue Ernest Blerot 39, 1070 Bruxelles، والمواعيد تكون برسالة رسمية.
ordinary:colleague | الأخصائية الاجتماعية في الـOCMW رح تقدم البروتوكول الجديد يوم الخميس، اسألوها وقتها.
[fa]
phone | مراجع خواست فقط در واتساپ به شماره‌ی ۰۱۷۶ ۴۸۲۱ ۹۳۷۵ پیام بدهیم، زنگ نزنید چون شوهرش گوشی را چک می‌کند.
phone | اگر کسی او را در کلینیک دید، شماره‌ی جدید یونانی‌اش: شش نه هفت، دو یک چهار هشت، شش سه صفر.
email | ایمیلش برای دریافت نامه‌ی BAMF این است: maryam.sadeghi89@gmx.de، خودم با او چک کردم.
email | مستقیم به مادرش ایمیل بزنید، خودش موافق است: fereshteh_n [at] yahoo [dot] com
id_number | NIE او X3867871F است ولی مرکز بهداشت می‌گوید ثبت نشده، کسی می‌داند چطور درستش کنیم؟
id_number | برای درخواست Kindergeld شماره‌ی مالیاتی‌اش (Steuer-ID) لازم است: ۷۲ ۳۳۶ ۹۴۵ ۳۱۶.
iban | دوستانش برای او و بچه‌ها پول جمع کرده‌اند، حساب شخصی‌اش DE07 1005 0000 0129 8976 72 به نام خودش است.
iban | اجاره‌ی ماه فوریه را شهرداری مستقیم به حسابش واریز می‌کند: ES55-2100-0418-4131-4250-3526 (CaixaBank).
case_number | پرونده‌ی پناهندگی‌اش در BAMF با Aktenzeichen 8123456-439 است و مصاحبه به دی ماه عقب افتاد.
case_number | شکایت در دادستانی برلین با شماره‌ی 278 Js 4821/25 ثبت شده و هنوز کسی با او تماس نگرفته.
social | شوهر سابقش از پیج اینستاگرام @ali.rezaei.berlin تهدیدش می‌کند، اسکرین‌شات داریم.
social | در تلگرام با آیدی sara_tehran_97 پیدایش می‌کنید، آنجا عکس‌هایش را بدون اجازه پخش می‌کنند.
plate | ماشینی که تعقیبش می‌کند یک گلف خاکستری با پلاک B-KM 4821 است، دو بار جلوی خانه‌ی امن دیدیمش.
plate | یک ون سفید هر شب جلوی ساختمانش می‌ایستد، پلاک MAR7342، همسایه یادداشتش کرده.
address | الان پیش خواهرش در Hermannstraße 152، ساختمان پشتی، طبقه‌ی سوم، Neukölln زندگی می‌کند و کسی نباید بداند.
address | خانواده موقتاً در مادرید هستند، Calle de Bravo Murillo 214، طبقه‌ی ۳ واحد B، تا در خانه‌ی امن جا خالی شود.
date_of_birth | دختر افغان که با برادرش آمده، تاریخ تولدش ۲۱ شهریور ۱۳۸۹ است، یعنی هنوز زیر سن قانونی است و قیم لازم دارد.
date_of_birth | برای فرم: تاریخ تولد مراجع ۰۴.۰۲.۱۹۹۵، متولد هرات.
named_person | زهرا احمدی، ۲۹ ساله، افغانستانی، که در آشپزخانه‌ی یک رستوران در Kreuzberg کار می‌کند، دوباره با کبودی آمد.
named_person | مهدی کریمی، پسر ۱۵ ساله‌ی ایرانی که در کمپ Ritsona زندگی می‌کند، گفت یک مرد بزرگسال از او پول می‌خواهد و تهدیدش می‌کند.
ordinary:helplines | یادآوری: خط کمک آلمان برای خشونت علیه زنان ۱۱۶ ۰۱۶ رایگان و شبانه‌روزی است و به فارسی هم مشاوره می‌دهد، در اورژانس 110.
ordinary:helplines | در اسپانیا شماره‌ی 016 و در یونان خط SOS ۱۵۹۰۰، هر دو رایگان.
ordinary:law | ماده‌ی ۶۰ کنوانسیون استانبول و بند ۳b قانون پناهندگی آلمان (AsylG) درباره‌ی آزار بر اساس جنسیت را ببینید.
ordinary:law | دستورالعمل اتحادیه اروپا 2024/1385 درباره‌ی مبارزه با خشونت علیه زنان باید تا ژوئن 2027 اجرا شود.
ordinary:judgment | رأی دیوان اروپایی حقوق بشر در پرونده‌ی N. علیه سوئد (شماره‌ی درخواست 23505/09) درباره‌ی زن افغان جدا شده از همسر است.
ordinary:judgment | رأی دادگاه اتحادیه اروپا C-621/21 مورخ ۱۶ ژانویه ۲۰۲۴ (ECLI:EU:C:2024:47) زنان را گروه اجتماعی خاص می‌داند.
ordinary:meeting | جلسه‌ی شبکه چهارشنبه ۲۰ ژانویه ساعت ۱۰:۳۰ در اتاق ۳ طبقه‌ی دوم است، لینک Zoom هم هست.
ordinary:opening_hours | مرکز مشاوره دوشنبه تا جمعه از ۹ تا ۱۷ باز است، پنجشنبه‌ها تا ۱۹.
ordinary:statistics | در سال ۲۰۲۵ تعداد ۸۸ ارجاع داشتیم، ۳۶ مورد زنان افغان و ۹ مورد دختران زیر ۱۸ سال.
ordinary:percentages | حدود ٪۴۶ زنان در مصاحبه‌ی اول مترجم نداشتند و ٪۱۳ فقط مترجم تلفنی.
ordinary:budget | بودجه‌ی میانجی‌های فرهنگی برای ۲۰۲۷، ۲۱٬۶۰۰ یورو است، یعنی ماهی ۱٬۸۰۰ یورو.
ordinary:grant_number | روی فاکتورها شماره‌ی قرارداد کمک‌هزینه‌ی CERV یعنی 101143356 را بنویسید.
ordinary:version | نسخه‌ی ۱.۴ پروتکل ارجاع را بارگذاری کردم، تغییرات در بندهای ۲.۳ و ۶ است.
ordinary:public_figure | Reem Alsalem، گزارشگر ویژه‌ی سازمان ملل در امور خشونت علیه زنان، در گزارش اخیرش به زنان مهاجر پرداخته است.
ordinary:anonymised_case | زن جوانی از آسیای میانه داشتیم که نمی‌دانست می‌تواند مصاحبه‌گر زن درخواست کند، حالا در جریان است.
ordinary:training | دوره‌ی شناسایی قربانیان قاچاق انسان ۳ جلسه‌ی ۴ ساعته است، حداکثر ۲۰ نفر، با گواهی.
ordinary:date_not_birth | به مناسبت ۲۵ نوامبر، روز جهانی رفع خشونت علیه زنان، ساعت ۱۸ برنامه‌ی عمومی داریم.
ordinary:org_contact | بروشورهای فارسی را می‌توانید از سایت hilfetelefon.de و سایت PRO ASYL یعنی proasyl.de دانلود کنید.
ordinary:postcode | دفتر مرکزی BAMF در نورنبرگ است: Frankenstraße 210, 90461 Nürnberg.
ordinary:colleague | مددکار اجتماعی Jugendamt پنجشنبه پروتکل جدید را معرفی می‌کند، سؤال‌هایتان را آنجا بپرسید.
"""

POSTS = parse(_TEXT)
