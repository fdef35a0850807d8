"""Sixth held-back corpus, part b: el, hr, bg, sl, hu, mt, ar, fa.

Written on 2026-12-07 in one sitting by an independent corpus writer (a
helper session started for this purpose) who never read the guard, its
documentation, its benchmark, its tests or any other corpus beyond the
format in ``__init__.py``. Another writer wrote the other eight languages.
It has not been run against the guard by its writer.

40 posts a language: 20 identifying, two of each kind (phone, email,
id_number, case_number, social, plate, address, date_of_birth,
named_person, iban), about a third disguised (digits in words,
Arabic-Indic or Persian digits, "(at)"/"[dot]", odd spacing, numbers split
across the sentence, mixed scripts); and 20 ordinary posts that must pass
(``ordinary:<theme>``: four helplines each, public services, statistics,
law, court references, meetings, organisations, anonymised practice,
versions, postcodes, dates, prices, public figures, professionals by role,
and three ``ordinary:hard`` posts).

All names, numbers, plates and addresses of private persons are invented.
Numbers were validated before writing: AMKA, AFM, OIB, EGN, LNCh, EMŠO,
Slovenian tax number, Belgian national number and Dutch BSN were drawn at
random with python-stdnum until ``is_valid`` (EGN, EMŠO and the Belgian
number with plausible birth dates); TAJ with weights 3 and 7 on the first
eight digits, sum mod 10; the Hungarian tax number with its mod-11 check;
the Iranian code meli with its mod-11 check digit; IBANs with correct
ISO 13616 check digits (``stdnum.iban.is_valid``), the Croatian ones also
with ISO 7064 MOD 11,10 bank and account checks, the Slovenian ones with
their MOD 97-10 national check and the Hungarian ones with their 9-7-3-1
checks; mobile numbers with ``phonenumbers.is_valid_number`` for their
country (GR, HR, BG, SI, HU, MT, BE, NL). Maltese ID and residence card
numbers, Greek ID card numbers, case numbers and plates have no check
digit and follow the usual written formats. Helplines are the published
national ones as far as the writer knows them.
"""

from . import parse

_TEXT = """
[el]
phone | Η κυρία που φιλοξενούμε από χθες ζήτησε να την καλούμε μόνο στο κινητό της αδερφής της, 695 592 5436, γιατί ο άντρας της ελέγχει το δικό της. Μπορεί κάποια από τον ξενώνα της Πάτρας να πάρει αύριο το πρωί;
phone | κοινωνική λειτουργός εδώ — στο σημείωμα η πελάτισσα έγραψε το νούμερο του με λέξεις: εξι-εννια-εννια, εννια-πεντε-μηδεν, πεντε-τεσσερα-πεντε-εξι. Είναι το δικό του κινητό, την απειλεί από εκεί στο Viber. Πώς το βάζουμε στην αναφορά;
email | Αν δεν σηκώνει το τηλέφωνο, η ίδια είπε να της γράφουμε στο amina.y.ha2019@gmail.com, τον κωδικό τον ξέρει μόνο αυτή. Το σημειώνω για τη βάρδια του Σαββάτου.
email | Ο δράστης της στέλνει απειλές από το nikos_karas77 (at) yahoo [dot] gr, έχουμε κρατήσει screenshots. Τα προωθούμε κατευθείαν στη Δίωξη Ηλεκτρονικού Εγκλήματος ή πρώτα στη δικηγόρο;
id_number | Για το ραντεβού στο ΚΕΠ μπορεί κάποιος να επιβεβαιώσει τον ΑΜΚΑ της; 290751 29493 — φοβάμαι ότι τον αντέγραψα λάθος από το χαρτί του νοσοκομείου.
id_number | ΑΦΜ 739871563 και ΑΔΤ ΑΚ 482913 του πρώην συντρόφου της, τα βρήκε σε ένα μισθωτήριο. Χρειάζονται για την αίτηση περιοριστικών όρων ή αρκεί το ονοματεπώνυμο;
case_number | Η αίτηση ασύλου της έχει αριθμό φακέλου 17/1029384 στο Περιφερειακό Γραφείο Ασύλου Αττικής, η συνέντευξη είναι στις 14 Ιανουαρίου. Μπορούμε να ζητήσουμε γυναίκα διερμηνέα;
case_number | Η μήνυση κατατέθηκε στην Εισαγγελία Θεσσαλονίκης με ΑΒΜ Δ2024/3817 αλλά ο φάκελος δεν έχει κινηθεί. Ξέρει κανείς πώς ζητάμε ενημέρωση χωρίς να πάει η ίδια αυτοπροσώπως;
social | Βρήκαμε το προφίλ του στο Instagram, @mixalis.ptl_official, ανεβάζει φωτογραφίες της χωρίς τη συναίνεσή της. Κάναμε report, τίποτα ακόμα.
social | TikTok του ανιψιού που την παρενοχλεί: tiktok . com / @ giorgos_ kal 03 (το γράφω με κενά επίτηδες). Μπορεί κάποιος να δει αν το βίντεο είναι ακόμα ανεβασμένο;
plate | Το αυτοκίνητο που την περιμένει έξω από τον ξενώνα είναι ασημί Toyota με πινακίδα ΙΚΒ-4521. Ενημερώσαμε το τμήμα, αν το δείτε πάρτε 100.
plate | Ο πρώην της κυκλοφορεί με λευκό βανάκι, ΝΖΤ 73 06 (το τελευταίο ψηφίο δεν είναι σίγουρο), έχει φανεί δύο φορές έξω από το σχολείο του παιδιού στο Ηράκλειο.
address | Η οικογένεια μένει προσωρινά Αχαρνών 214, 3ος όροφος, κουδούνι «Σ.», Αθήνα. Δεν θέλει επισκέψεις χωρίς να ειδοποιηθεί πρώτα.
address | Διεύθυνση του δράστη για την κλήτευση: οδός Παπαναστασίου σαράντα επτά, Καλαμαριά, διαμέρισμα 5. Είναι σωστό να τη δώσουμε στη δικηγόρο της;
date_of_birth | Δήλωσε ημ. γέννησης 03/11/2009, άρα είναι ακόμα ανήλικη — ποιον επίτροπο ειδοποιούμε;
date_of_birth | Γεννήθηκε στις δεκαεφτά Μαρτίου του '98 κατά το διαβατήριο, αλλά στην καταγραφή της ΕΛ.ΑΣ. έχει άλλη ημερομηνία. Πώς διορθώνεται;
named_person | Η Fatima Rahimi, 24 χρονών από το Αφγανιστάν, που μένει στη δομή της Ριτσώνας, ζήτησε πάλι να αλλάξει κοντέινερ γιατί ο γείτονας την παρενοχλεί.
named_person | Ο Σπύρος Μαυρίδης, ιδιοκτήτης του φούρνου στην πλατεία Αγίου Παντελεήμονα, είναι αυτός που της υποσχέθηκε δουλειά και μετά της κράτησε το διαβατήριο. Το δηλώνουμε ως εμπορία;
iban | Μπορούμε να της καταθέσουμε το επίδομα στον λογαριασμό GR48 0115 1328 8913 8631 9122 988; Είναι στο όνομά της, όχι του άντρα της.
iban | Της ζητάει να του στέλνει λεφτά στο GR15-0116-8543-3992 και μετά 9398 9951 125, έτσι σπασμένο το έστειλε. Κρατάμε τα μηνύματα ως αποδεικτικά.
ordinary:helpline | Υπενθύμιση για τους καινούργιους: η Γραμμή SOS 15900 για τη βία κατά των γυναικών λειτουργεί 24/7 και έχει διερμηνεία στα αγγλικά.
ordinary:helpline | Για ανήλικα θύματα: Εθνική Γραμμή για τα Παιδιά 1056 και 116 111 του «Χαμόγελου του Παιδιού», όλο το 24ωρο.
ordinary:helpline | Σε άμεσο κίνδυνο πάντα 112 ή 100 για την Αστυνομία· για ψυχοκοινωνική στήριξη υπάρχει και η γραμμή 10306.
ordinary:helpline | Για ΛΟΑΤΚΙ+ πρόσφυγες προτείνω τη γραμμή «Δίπλα σου» 11528 — ένα ένα πέντε δύο οχτώ — δωρεάν και ανώνυμη.
ordinary:public_service | Το Συμβουλευτικό Κέντρο Γυναικών του δήμου δέχεται χωρίς ραντεβού Δευτέρα–Παρασκευή 9:00–17:00, Τετάρτη μέχρι τις 19:00.
ordinary:statistics | Σύμφωνα με την ετήσια έκθεση, το 2023 η γραμμή δέχτηκε 8.312 κλήσεις, το 61% για ενδοοικογενειακή βία· στις μετανάστριες το ποσοστό ήταν 14,5%.
ordinary:law | Ο ν. 3500/2006 τροποποιήθηκε με τον ν. 4531/2018 (κύρωση της Σύμβασης της Κωνσταντινούπολης)· δείτε ειδικά το άρθρο 11 για την ποινική διαμεσολάβηση και το άρθρο 336 ΠΚ.
ordinary:court | Για την αιτιολόγηση: ΕΔΔΑ, M.S.S. κατά Βελγίου και Ελλάδας, αρ. προσφυγής 30696/09, και ΔΕΕ C-621/21 για τη βία λόγω φύλου ως δίωξη.
ordinary:meeting | Η εποπτεία μεταφέρεται την Τρίτη 12/1 στις 14:30, αίθουσα 3.02, 3ος όροφος· φέρτε τα περιστατικά ανωνυμοποιημένα.
ordinary:organisation | Το Ελληνικό Συμβούλιο για τους Πρόσφυγες και η Διοτίμα κάνουν κοινό σεμινάριο για τη νομική συνδρομή σε θύματα βιασμού, αξίζει.
ordinary:practice | Έχουμε μια γυναίκα γύρω στα τριάντα από την Ερυθραία, με δύο παιδιά, που φοβάται να καταγγείλει γιατί η άδεια διαμονής της εξαρτάται από τον σύζυγο. Εσείς τι κάνατε σε ανάλογες περιπτώσεις;
ordinary:version | Ανέβασα την έκδοση 2.3 του πρωτοκόλλου παραπομπής — οι αλλαγές είναι στις σελ. 14–17 και στο παράρτημα Β.
ordinary:postcode | Η κινητή μονάδα καλύπτει πλέον και Κυψέλη, Πατήσια (ΤΚ 113 και 111) κάθε Πέμπτη.
ordinary:date | Από 1η Μαρτίου 2025 αλλάζει η διαδικασία για την ιατροδικαστική εξέταση, μέχρι τότε ισχύει η εγκύκλιος του 2022.
ordinary:price | Μια ιατροδικαστική γνωμάτευση ιδιωτικά κοστίζει 150–200 €, μέσω εισαγγελέα είναι δωρεάν.
ordinary:public_figure | Ο Συνήγορος του Πολίτη Ανδρέας Ποττάκης είχε δημοσιεύσει ειδική έκθεση για τις επαναπροωθήσεις, μπορούμε να την παραθέσουμε στο υπόμνημα;
ordinary:professional | Η ψυχολόγος του Κέντρου Ημέρας δέχτηκε να αναλάβει την περίπτωση από Δευτέρα, ο επόπτης της θα ενημερώσει την ομάδα.
ordinary:hard | Μέσος χρόνος αναμονής για συνέντευξη: 214 ημέρες· σε 47 από τις 5 436 αιτήσεις γυναικών καταγράφηκε ακρωτηριασμός γεννητικών οργάνων.
ordinary:hard | Η Πειραιώς θα είναι κλειστή στις 25 Νοεμβρίου λόγω πορείας για την Παγκόσμια Ημέρα κατά της βίας κατά των γυναικών, το γραφείο ανοίγει 12:00.
ordinary:hard | Στο έντυπο συναίνεσης, στο πεδίο «ΑΜΚΑ» γράφουμε μόνο «στον φάκελο» και ποτέ τον αριθμό, έτσι είπε ο υπεύθυνος προστασίας δεδομένων.

[hr]
phone | Klijentica je dala broj sestre, 098 504 8704, samo za hitno, na njezin se javlja muž. Može li netko iz skloništa u Splitu nazvati sutra ujutro?
phone | Počinitelj joj piše s broja nula devet pet, pet tri pet, pedeset, deset — sve same prijetnje. Treba li nam broj u prijavi ili su dovoljni screenshotovi?
email | Za termine kaže da joj pišemo na lejla.h.mostar@gmail.com, lozinku zna samo ona.
email | mail s kojeg ju uznemirava: ivan.peric1985 [at] net [točka] hr — imamo 40-ak poruka, šaljemo odmah policiji??
id_number | Za zajamčenu minimalnu naknadu traže njezin OIB: 17978452266 — može netko provjeriti jesam li dobro prepisala s osobne?
id_number | Njegov OIB je 978-002-744-58, našla ga je na ugovoru o najmu; odvjetnica kaže da nam treba za prijedlog zaštitne mjere.
case_number | Predmet na Općinskom kaznenom sudu u Zagrebu, posl. br. K-1193/2024, ročište je opet odgođeno. Kako da žrtva dobije obavijest bez da ide osobno?
case_number | Njezin zahtjev za međunarodnu zaštitu vodi se pod KLASA: UP/I-217-01/24-01/3856, intervju u Porinu je idući tjedan.
social | Fotke bez pristanka objavljuje s profila facebook.com/marko.vukovic.7731 — prijavili smo, profil je i dalje aktivan.
social | Instagram počinitelja je @tomo_split_91, tamo je objavio i gdje ona radi smjenu. Kako to dokumentirati za sud?
plate | Ispred skloništa opet parkiran crni Golf, registracija ZG 4471-HM. Policija je obaviještena, javite ako ga vidite.
plate | Auto njezina bivšeg: ST, pa 628, pa crtica KL, bijeli Passat. Zadnji put viđen kod vrtića na Žnjanu.
address | Trenutno živi kod tete u Ulici Ivana Gundulića 18, Osijek, 2. kat. Ne želi da se adresa spominje u dopisima.
address | Adresa počinitelja za dostavu: Vukovarska trideset i dva, Rijeka, stan 14. Smijemo li je dati odvjetnici žrtve?
date_of_birth | Rođena 07.04.2009., znači maloljetna je — moramo li odmah uključiti posebnog skrbnika?
date_of_birth | Po putovnici rođena dvadeset drugog rujna devedeset devete, a u Porinu su upisali drugi datum. Kako se to ispravlja?
named_person | Amina Begić, 31 godina, iz BiH, radi u pekari na Trešnjevci — ona je zvala prošli tjedan, traži smještaj s dvoje djece.
named_person | Poslodavac Zdravko Horvat, vlasnik apartmana u Poreču, oduzeo je putovnice trima sezonskim radnicama iz Nepala. Prijavljujemo kao trgovanje ljudima?
iban | Jednokratnu pomoć možemo uplatiti na HR28 2402 0067 9542 2058 7, račun glasi na nju.
iban | Traži da mu šalje novac na HR70 23600 00791 58906 23, imamo poruke. Ulazi li to u ekonomsko nasilje?
ordinary:helpline | Podsjetnik: Nacionalni pozivni centar za žrtve kaznenih djela i prekršaja, 116 006, besplatno, radnim danom.
ordinary:helpline | Za djecu i mlade Hrabri telefon 116 111, za roditelje 0800 0800, oba besplatna.
ordinary:helpline | SOS telefon Autonomne ženske kuće Zagreb 0800 55 44, a u hitnim slučajevima policija 192 ili 112.
ordinary:helpline | Nacionalni SOS telefon za žrtve trgovanja ljudima: 0800 77 99 — nula osamsto sedamdeset sedam devedeset devet — besplatan i anoniman.
ordinary:public_service | Centar za socijalnu skrb, podružnica Peščenica, radi sa strankama od 8 do 15 h, srijedom do 18 h.
ordinary:statistics | Prema izvješću za 2023. policija je zabilježila 1.127 kaznenih djela nasilja u obitelji, 87 % žrtava su žene.
ordinary:law | Čl. 153. Kaznenog zakona (silovanje) izmijenjen je 2019. (NN 126/19), a vidi i Zakon o zaštiti od nasilja u obitelji, NN 70/17, čl. 10.
ordinary:court | ESLJP, A. protiv Hrvatske, zahtjev br. 55164/08, i Opuz protiv Turske, br. 33401/02 — korisno za pozitivne obveze države.
ordinary:meeting | Supervizija je u četvrtak 16. 1. u 10:00, soba 214, drugi kat; tko ne može, link stiže mailom.
ordinary:organisation | Centar za mirovne studije i Are You Syrious nude pravno savjetovanje tražiteljima azila, ako vam treba kontakt koordinatora javite.
ordinary:practice | Imamo ženu u četrdesetima iz Afganistana, bez dokumenata, koja je na putu kroz Bosnu doživjela seksualno nasilje. Kako kod vas ide upućivanje na ginekologa?
ordinary:version | U verziji 3.1 protokola promijenjene su str. 8–11 (pristanak) i prilog C, verzija 2.9 više ne vrijedi.
ordinary:postcode | Mobilni tim od siječnja pokriva i 10020 Novi Zagreb i 10040 Dubravu, utorkom i petkom.
ordinary:date | Rok za prijave na edukaciju je 31. siječnja 2025.
ordinary:price | Sudski tumač za farsi naplaćuje oko 30 € po kartici, usmeno oko 50 € na sat.
ordinary:public_figure | Pravobraniteljica za ravnopravnost spolova Višnja Ljubičić upozorila je na porast femicida, njezino izvješće možemo citirati u prijedlogu.
ordinary:professional | Socijalna radnica iz Porina preuzela je slučaj, a liječnica iz doma zdravlja javit će se nakon pregleda.
ordinary:hard | Broj zahtjeva za azil pao je sa 68 114 u 2023. na 12 980 u 2024., a samo 2,3 % podnijele su žene same.
ordinary:hard | Sastanak je u zgradi ministarstva u Ulici grada Vukovara, ulaz B, ponesite osobnu iskaznicu, pokazuje se na porti.
ordinary:hard | U obrascu kod "OIB žrtve" upisujemo samo "u spisu", nikad broj — preporuka službenika za zaštitu podataka.

[bg]
phone | Клиентката помоли да я търсим само на телефона на съседката, 089 769 2028, на нейния вдига мъжът ѝ. Може ли някой от кризисния център във Варна да звънне утре?
phone | Заплахите идват от номер нула-осем-седем / шест-едно-едно / седем-девет-пет-шест — неговият е. Да го включим ли в сигнала до полицията?
email | Каза да ѝ пишем само на mariam.alhassan94@abv.bg, паролата я знае само тя.
email | тормозът идва от petar.georgiev88 (маймунка) gmail точка com, събрахме над 30 писма
id_number | ДСП иска ЕГН-то ѝ за помощта: 9105127868 — може ли някой да провери дали съм го преписала вярно?
id_number | ЛНЧ на клиента е 8837 092 029, има разрешение за продължително пребиваване. Трябва ли ни за молбата по ЗЗДН?
case_number | Делото по ЗЗДН е гр. д. № 4512/2024 г. по описа на СРС, 91 състав; следващото заседание е след месец.
case_number | Молбата ѝ за закрила е с рег. № УП-27813/11.09.2024 в ДАБ, интервюто е в РПЦ „Военна рампа“ следващата седмица.
social | Качва снимките ѝ без съгласие от профила facebook.com/ivaylo.petkov.5523, докладвахме го, още е активен.
social | В TikTok е @niki_plovdiv__88, там е снимал входа на общежитието. Как да го документираме за полицията?
plate | Пред приюта отново е паркирано черно Ауди с номер СА 4521 ВК. Полицията е уведомена.
plate | Колата на бившия: В, после 7734, после Р и М — бял бус, видян до училището във Варна.
address | Временно живее у леля си на ул. „Цар Симеон“ № 58, ет. 3, ап. 9, София. Не иска адресът да излиза в писма.
address | Адресът на извършителя е бул. „Марица“ сто и дванайсет, бл. 4, вх. Б, Пловдив. Може ли да го дадем на адвоката ѝ?
date_of_birth | Родена е на 14.02.2009 г., значи още е непълнолетна — кого уведомяваме от ОЗД?
date_of_birth | По паспорт е родена на двайсет и трети август деветдесет и пета, а в ДАБ са я записали с друга дата.
named_person | Мариам Ал-Хасан, 29 г., от Сирия, работи в шивашкия цех в Хасково — тя се обади миналата седмица за подслон.
named_person | Работодателят Стоян Димитров, собственик на ресторант в Слънчев бряг, е прибрал паспортите на две сезонни работнички от Непал.
iban | Помощта може да се преведе по BG03 STSA 8315 9672 0208 30, сметката е на нейно име.
iban | Иска да му праща пари по BG33BPBI398427791729 15 — точно така слепено го е пратил в месинджър.
ordinary:helpline | Националната линия за пострадали от домашно насилие на „Анимус“ е 0800 1 86 76, денонощна и безплатна.
ordinary:helpline | Националната телефонна линия за деца 116 111 — безплатна, 24 часа.
ordinary:helpline | При непосредствена опасност винаги 112, полицията приема сигнали и на 166.
ordinary:helpline | Линията за деца — едно-едно-шест, едно-едно-едно — казахме я на глас в групата за майки, защото не всички четат.
ordinary:public_service | Дирекция „Социално подпомагане“ в района приема граждани от 9:00 до 17:30 с обедна почивка 12–13 ч.
ordinary:statistics | По данни на МВР за 2023 г. са издадени 3 912 заповеди за защита, 78% от пострадалите са жени.
ordinary:law | Чл. 152 от НК и Законът за защита от домашното насилие, изменен с ДВ, бр. 66 от 2023 г. — вече обхваща и интимни връзки.
ordinary:court | ЕСПЧ, M.C. срещу България, жалба № 39272/98, и Y срещу България, № 41990/18 — задължителни за всяко обучение.
ordinary:meeting | Срещата на мрежата е в сряда, 22.01, от 13:30 ч., зала 305, ет. 3.
ordinary:organisation | Асоциация „Анимус“ и Български хелзинкски комитет правят съвместно обучение за правна помощ на бежанки.
ordinary:practice | Жена на около 35 години от Ирак, с три деца, която се страхува да подаде сигнал, защото статутът ѝ зависи от съпруга. Вие как процедирате?
ordinary:version | Качих версия 1.4 на протокола за насочване, промените са на стр. 6–9 и в приложение 2.
ordinary:postcode | Мобилният екип покрива вече и Надежда и Люлин (пощенски кодове 1220 и 1324).
ordinary:date | От 1 юли 2025 г. влиза новият ред за съдебномедицинските прегледи.
ordinary:price | Съдебномедицинско удостоверение струва около 40–60 лв., за пострадали от домашно насилие е безплатно.
ordinary:public_figure | Омбудсманът Диана Ковачева изрази позиция за условията в центровете на ДАБ — ще я приложим към становището.
ordinary:professional | Психоложката от центъра пое случая, а лекарката ще се обади след прегледа.
ordinary:hard | Средно чакане за интервю: 143 дни; от 4 527 молби на жени 61 са с данни за гениталното осакатяване.
ordinary:hard | Централата на ДАБ е на бул. „Мария Луиза“ 114Б, входът за посетители е отстрани — носете лична карта.
ordinary:hard | В бланката, в полето „ЕГН на пострадалата“ пишем само „в досието“, никога числото — така каза длъжностното лице по защита на данните.

[sl]
phone | Stranka prosi, naj jo kličemo samo na sestrino številko 051 449 248, na njeno se oglaša mož. Lahko kdo iz varne hiše v Mariboru pokliče jutri?
phone | grožnje prihajajo s številke nič štiri ena, osem devet pet, šest dva tri — to je njegova. jo vpišemo v prijavo?
email | Pravi, naj ji pišemo na nadia.k.ljubljana@gmail.com, geslo pozna samo ona.
email | Žaljiva sporočila pošilja z janez.novak.77 (afna) siol [pika] net, imamo jih več kot 20.
id_number | Za CSD potrebujemo njen EMŠO: 1008991501791 — lahko kdo preveri, ali sem ga prav prepisala z osebne?
id_number | Davčna številka njenega bivšega je 82387974, našla jo je na najemni pogodbi. Jo rabimo za predlog za prepoved približevanja?
case_number | Zadeva na Okrajnem sodišču v Ljubljani, opr. št. I K 41823/2024, obravnava je spet preložena.
case_number | Njena prošnja za mednarodno zaščito se vodi pod št. 2142-1125/2024-7 na MNZ, osebni razgovor je naslednji teden.
social | Fotke brez privolitve objavlja s profila instagram.com/luka_mb_1990, prijavili smo ga, še vedno je aktiven.
social | Facebook: fb . com / matej . kranjc . 552 (nalašč s presledki). Je video še gor?
plate | Pred varno hišo je spet parkiran črn Audi, registrska LJ 45-KRT. Policija je obveščena.
plate | Avto bivšega: bel kombi, MB N7-214, viden pri vrtcu v Mariboru dvakrat ta teden.
address | Začasno živi pri teti na Celovški cesti 112, Ljubljana, 3. nadstropje. Naslov naj ne gre v dopise.
address | Naslov povzročitelja za vročanje: Ulica heroja Tomšiča sedemnajst, Maribor, stanovanje 8.
date_of_birth | Rojena 19. 6. 2009, torej še mladoletna — koga obvestimo na CSD?
date_of_birth | Po potnem listu je rojena enaintridesetega januarja devetindevetdesetega, v azilnem domu pa so vpisali drug datum.
named_person | Samira Haddad, 27 let, iz Sirije, dela v pralnici v Kopru — ona je klicala prejšnji teden zaradi nastanitve.
named_person | Delodajalec Boris Zupan, lastnik gostilne v Bovcu, je trem sezonskim delavkam iz Nepala vzel potne liste.
iban | Pomoč lahko nakažemo na SI56 0276 2230 1289 185, račun je na njeno ime.
iban | Zahteva, naj mu pošilja denar na SI56-1961-4336-1436-439, piše ji vsak dan.
ordinary:helpline | SOS telefon za ženske in otroke – žrtve nasilja: 080 11 55, brezplačen in anonimen.
ordinary:helpline | TOM telefon za otroke in mladostnike je 116 111, brezplačen.
ordinary:helpline | Društvo Ključ za žrtve trgovine z ljudmi: 080 17 22; v nujnih primerih 113 ali 112.
ordinary:helpline | Če koga ni v pisarni, naj kliče nič osem nič, ena ena, pet pet (SOS telefon), tako smo rekli na delavnici.
ordinary:public_service | Center za socialno delo, enota Center, uradne ure: ponedeljek in sreda 8–12 in 13–15, petek 8–13.
ordinary:statistics | Po podatkih policije je bilo leta 2023 izrečenih 1.412 prepovedi približevanja, 82 % žrtev je bilo žensk.
ordinary:law | 170. člen KZ-1 (posilstvo) je bil spremenjen leta 2021 (model »ja pomeni ja«); glej še ZPND in ZMZ-1.
ordinary:court | ESČP, Kurt proti Avstriji, št. 62903/15, in SEU C-621/21 — obe uporabni za utemeljitev.
ordinary:meeting | Supervizija bo v torek, 21. 1., ob 9.30 v sobi 12 v pritličju.
ordinary:organisation | Društvo SOS telefon in Pravno-informacijski center nevladnih organizacij – PIC pripravljata skupno izobraževanje.
ordinary:practice | Ženska v dvajsetih iz Maroka, brez urejenega statusa, ki je na poti doživela spolno nasilje. Kako pri vas poteka napotitev na ginekologijo?
ordinary:version | Različica 2.0 protokola, spremembe na straneh 4–7 in v prilogi A.
ordinary:postcode | Terenska ekipa pokriva tudi 1000 Ljubljana (Moste) in 2000 Maribor (Tezno).
ordinary:date | Rok za prijavo na usposabljanje je 15. februar 2025.
ordinary:price | Sodni tolmač za arabščino stane okoli 35 € na stran.
ordinary:public_figure | Varuh človekovih pravic Peter Svetina je v letnem poročilu opozoril na razmere v azilnem domu.
ordinary:professional | Socialna delavka iz azilnega doma je prevzela primer, ginekologinja se oglasi po pregledu.
ordinary:hard | Povprečna čakalna doba 97 dni; med 6 781 prošnjami je bilo 3,4 % žensk brez spremstva.
ordinary:hard | Azilni dom je na Cesti v Gorice 15 v Ljubljani, vhod za obiskovalce je zadaj.
ordinary:hard | V obrazcu pri »EMŠO žrtve« pišemo samo »v spisu«, nikoli številke.

[hu]
phone | Az ügyfél kérte, hogy csak a húga számán hívjuk: 06 30 014 7299, a sajátját a férje nézi. Tud valaki a debreceni krízisszállóról holnap telefonálni?
phone | a fenyegetések erről a számról jönnek: húszas körzet, három-kettő-kettő, harminchét-nyolcvan. Ez az övé, beírjuk a feljelentésbe?
email | Azt mondta, írjunk a zahra.ahmadi.bp@gmail.com címre, a jelszót csak ő tudja.
email | Erről a címről zaklatja: kovacs.gabor1983 kukac freemail pont hu — több mint 30 levél van meg.
id_number | A kormányablak kéri a TAJ-számát: 395 070 606 — megnézné valaki, jól másoltam-e le a kártyáról?
id_number | Az ex-párja adóazonosító jele 8452545584, a bérleti szerződésen találta. Kell ez a távoltartási kérelemhez?
case_number | Az ügy a Budai Központi Kerületi Bíróságon fut, ügyszám 2.B.1183/2024/5, a tárgyalást megint elhalasztották.
case_number | A feljelentést a VIII. kerületi kapitányságon vették fel, bűnügyi szám: 01080-4712/2024.bü. Hogyan kérhetünk tájékoztatást helyette?
social | Beleegyezés nélkül teszi ki a képeit a facebook.com/tamas.nagy.8841 profilon, jelentettük, még fent van.
social | Instán @bence_szeged_99 néven fut, ott kiírta a nő munkahelyét is. Hogy dokumentáljuk a bíróságnak?
plate | A szálló előtt megint ott a fekete Skoda, rendszám AE KT-481. A rendőrséget értesítettük.
plate | Az ex autója: M, N, P, kötőjel, hat-nulla-kettő — fehér Transit, az óvodánál látták Szegeden.
address | Ideiglenesen a nagynénjénél lakik: Budapest, Dob utca 37., 2. emelet 5. Nem akarja, hogy a cím levelekbe kerüljön.
address | Az elkövető címe a kézbesítéshez: Miskolc, Szemere utca negyvenhárom, fszt. 2.
date_of_birth | Született 2009. május 3-án, tehát még kiskorú — kit értesítünk a gyámhatóságnál?
date_of_birth | Az útlevél szerint ezerkilencszázkilencvenhat augusztus tizenegyedikén született, a nyilvántartásban más dátum szerepel.
named_person | Zahra Ahmadi, 26 éves afgán nő, a VIII. kerületi varrodában dolgozik — ő hívott múlt héten szállás miatt.
named_person | A munkáltató, Szabó László, a hévízi panzió tulajdonosa elvette három nepáli szezonális dolgozó útlevelét.
iban | A segélyt a HU23 1170 5039 0606 7203 6190 1933 számlára utalhatjuk, az ő nevén van.
iban | Azt követeli, hogy utaljon neki a 10403507-12808197-83616310 számlára (IBAN-ként HU07-tel kezdődik), az üzeneteket elmentettük.
ordinary:helpline | OKIT – Országos Kríziskezelő és Információs Telefonszolgálat: 06 80 20 55 20, éjjel-nappal, ingyenes.
ordinary:helpline | Kék Vonal gyermekkrízis-vonal: 116 111, ingyenes.
ordinary:helpline | NANE segélyvonal bántalmazott nőknek: 06 80 505 101; közvetlen veszélyben 112.
ordinary:helpline | Áldozatsegítő vonal: 06 80 225 225 — nulla-hat, nyolcvan, kétszázhuszonöt, kétszázhuszonöt — ingyenes.
ordinary:public_service | A kormányhivatal áldozatsegítő szolgálata hétfőn 8:00–16:00, szerdán 8:00–18:00 fogad ügyfeleket.
ordinary:statistics | 2023-ban a rendőrség 2 314 ideiglenes megelőző távoltartást rendelt el, az áldozatok 84%-a nő volt.
ordinary:law | Btk. 197. § (szexuális erőszak) és a 2009. évi LXXII. törvény a hozzátartozók közötti erőszak miatt alkalmazható távoltartásról.
ordinary:court | EJEB, Kalucza kontra Magyarország, 57693/10. sz. kérelem — a távoltartás hatékonyságáról.
ordinary:meeting | Esetmegbeszélő: csütörtök, január 23., 14:00, 305-ös terem.
ordinary:organisation | A Magyar Helsinki Bizottság és a Menedék Egyesület közös képzést tart a menekült nők jogi segítéséről.
ordinary:practice | Egy harmincas éveiben járó szíriai nő, két gyerekkel, aki nem mer feljelentést tenni, mert a tartózkodása a férjéhez kötött. Nálatok mi a gyakorlat?
ordinary:version | A beutalási protokoll 1.7-es verziója kint van, változások a 9–12. oldalon és a B mellékletben.
ordinary:postcode | A terepcsoport a 1081–1089 irányítószámú területet (VIII. kerület) is lefedi.
ordinary:date | 2025. március 1-jétől változik az igazságügyi orvosszakértői vizsgálat rendje.
ordinary:price | A bírósági tolmács óradíja perzsa nyelvre kb. 12 000 Ft.
ordinary:public_figure | Az alapvető jogok biztosa, Kozma Ákos jelentésében külön fejezet szól a menekült nőkről.
ordinary:professional | A családsegítő szociális munkása átvette az esetet, a nőgyógyász a vizsgálat után jelentkezik.
ordinary:hard | Átlagos várakozás 118 nap; a 3 512 kérelemből 7,9% érkezett egyedülálló nőtől.
ordinary:hard | Az esetmegbeszélő a kormányablak épületében lesz, Váci út 35., a látogatói bejárat hátul van.
ordinary:hard | Az űrlapon a „TAJ-szám” mezőbe csak azt írjuk: „az aktában”, soha nem a számot.

[mt]
phone | Il-klijenta talbet li nċemplulha biss fuq in-numru ta' oħtha, 9912 3349, għax ir-raġel iħares fit-telefon tagħha. Xi ħadd mix-shelter jista' jċempel għada?
phone | it-theddid qed jasal min-numru disa' disa' wieħed tlieta, tmienja erbgħa sitta seba' — tiegħu. Inniżżluh fir-rapport tal-pulizija?
email | Qaltilna biex niktbulha fuq hawa.osman.mt@gmail.com, il-password taf biha hi biss.
email | L-emails ta' fastidju ġejjin minn joseph.camilleri82 (at) gmail [dot] com, għandna aktar minn 25.
id_number | Il-Jobsplus qed jitlob in-numru tal-karta tal-identità tagħha: 0458291M — xi ħadd jiċċekkja jekk ktibtux sew?
id_number | In-numru tal-karta tar-residenza tiegħu hu 0417739A, sabitu fuq il-kuntratt tal-kera. Neħtieġuh għall-ordni ta' protezzjoni?
case_number | Il-każ quddiem il-Qorti tal-Maġistrati, Nru 1187/2024, reġa' ġie differit. Kif tista' l-vittma tkun infurmata mingħajr ma tmur hi?
case_number | L-applikazzjoni tagħha għall-protezzjoni internazzjonali għandha r-referenza IPA/2024/03817, l-intervista hi l-ġimgħa d-dieħla.
social | Qed itella' r-ritratti tagħha mingħajr kunsens mill-profil facebook.com/clayton.borg.335, irrappurtajnih u għadu attiv.
social | Fuq TikTok hu @kurt_bormla_92, poġġa hemm ukoll fejn taħdem hi. Kif niddokumentawh għall-qorti?
plate | Quddiem ix-shelter reġgħet ipparkjata l-Mazda s-sewda, numru tar-reġistrazzjoni RBK 482. Il-pulizija infurmati.
plate | Il-karozza tal-ex: J, Q, S, imbagħad seba' żero disgħa — van abjad, rajnieh ħdejn l-iskola f'Birżebbuġa.
address | Qed toqgħod temporanjament għand zitha, 24, Triq il-Kbira, Ħaż-Żabbar, flat 3. Ma tridx l-indirizz jidher fl-ittri.
address | L-indirizz tal-aggressur għan-notifika: Triq San Pawl, numru sbatax, il-Mosta. Nistgħu nagħtuh lill-avukat tagħha?
date_of_birth | Twieldet fis-17/05/2009, jiġifieri għadha minorenni — lil min ninfurmaw?
date_of_birth | Skont il-passaport twieldet fit-22 ta' Ottubru elf disa' mija sebgħa u disgħin, imma fiċ-ċentru niżżluha b'data oħra.
named_person | Hawa Osman, 28 sena, mis-Somalja, taħdem fil-laundry f'Ħal Far — hi li ċemplet il-ġimgħa l-oħra għal akkomodazzjoni.
named_person | Min iħaddem, Mario Zammit, sid ta' restorant f'Buġibba, ħa l-passaporti ta' tliet ħaddiema min-Nepal.
iban | L-għajnuna nistgħu nibagħtuha fuq MT17 MALT 0532 4040 2606 1811 8413 627, il-kont f'isimha.
iban | Qed jitlobha tibgħatlu l-flus fuq MT78APSB73327263678662486835556, kollu magħqud hekk kif bagħtu fuq Messenger.
ordinary:helpline | Is-Supportline 179 tal-Aġenzija Appoġġ hi miftuħa 24 siegħa, b'xejn.
ordinary:helpline | Għat-tfal hemm il-116 111; f'emerġenza dejjem 112.
ordinary:helpline | Victim Support Malta fuq 2122 8333, u l-linja 116 006 għall-vittmi tal-kriminalità.
ordinary:helpline | Wieħed seba' disgħa — is-Supportline — għidnieh bil-fomm fil-grupp tal-ommijiet għax mhux kulħadd jaqra.
ordinary:public_service | Is-servizz tal-vjolenza domestika tal-Appoġġ jilqa' nies mit-Tnejn sal-Ġimgħa, 8:00–16:00.
ordinary:statistics | Fl-2023 il-Pulizija rreġistrat 1,521 rapport ta' vjolenza domestika; 76% tal-vittmi kienu nisa.
ordinary:law | Kap. 581 (Att dwar il-Vjolenza abbażi tal-Ġeneru u l-Vjolenza Domestika) u l-Artikolu 198 tal-Kodiċi Kriminali, Kap. 9.
ordinary:court | QEDB, Rantsev v. Ċipru u r-Russja, rikors Nru 25965/04 — utli għall-każijiet ta' traffikar.
ordinary:meeting | Il-laqgħa tan-netwerk nhar l-Erbgħa 29 ta' Jannar, 10:30, kamra 2.14.
ordinary:organisation | aditus foundation u Integra Foundation qed jorganizzaw taħriġ flimkien dwar l-għajnuna legali lin-nisa refuġjati.
ordinary:practice | Mara fl-erbgħinijiet mill-Eritrea, b'żewġt itfal, li tibża' tirrapporta għax il-permess tagħha jiddependi fuq żewġha. X'għamiltu intom?
ordinary:version | Il-verżjoni 2.2 tal-protokoll, bidliet f'paġni 5–8 u fl-Anness B.
ordinary:postcode | It-tim issa jkopri wkoll iż-żona ta' Birżebbuġa (BBG) u Ħal Far kull nhar ta' Ħamis.
ordinary:date | Mill-1 ta' April 2025 tinbidel il-proċedura għall-eżami forensiku.
ordinary:price | L-interpretu għall-Għarbi jiswa madwar €25 fis-siegħa.
ordinary:public_figure | Il-Kummissarja għall-Vjolenza abbażi tal-Ġeneru, Samantha Pace Gasan, tkellmet dwar il-ħtieġa ta' aktar shelters.
ordinary:professional | Is-social worker taċ-ċentru ħadet f'idejha l-każ, u t-tabiba se tikkuntattjana wara l-eżami.
ordinary:hard | Medja ta' stennija: 162 jum; minn 2,418-il applikazzjoni, 11% kienu minn nisa waħedhom.
ordinary:hard | Il-Qorti tal-Familja fil-Belt Valletta, ir-raba' sular — ġibu l-ID card magħkom għas-sigurtà.
ordinary:hard | Fil-formola, fil-kaxxa "Numru tal-ID tal-vittma" niktbu biss "fil-file", qatt in-numru.

[ar]
phone | زميلة من أثينا: الموكّلة طلبت أن نتصل بها فقط على رقم أختها 694 757 0912 لأن زوجها يفتش هاتفها. هل يستطيع أحد من الملجأ الاتصال غداً صباحاً؟
phone | من مالطا: التهديدات تصلها من الرقم ٧٩٢٩ ٦٥٥١ وهو رقمه هو، هل نضيفه إلى البلاغ عند الشرطة؟
email | قالت أن نراسلها فقط على rania.khalil.nl@gmail.com، كلمة السر تعرفها هي وحدها — نتابعها في روتردام.
email | الرسائل المسيئة تأتي من abu.khaled77 (at) hotmail [dot] be، عندنا أكثر من عشرين رسالة، نرسلها مباشرة لشرطة بروكسل؟
id_number | مكتب KEP في أثينا يطلب رقم AMKA الخاص بها: ٠١٠٧٦١٤٤٨٦٢ — هل يمكن لأحد أن يتأكد أنني نقلته صحيحاً؟
id_number | رقمه في السجل الوطني البلجيكي 89.04.13-578.56، وجدته على عقد الإيجار. هل نحتاجه لطلب أمر الحماية؟
case_number | طلب لجوئها في هولندا مسجّل لدى IND برقم الملف (zaaknummer) 2409-2781-0934، والمقابلة الأسبوع القادم.
case_number | المحضر مقدّم لدى شرطة أنتويرب تحت رقم PV AN.55.L1.012847/2024 والجلسة تأجلت مرة أخرى.
social | ينشر صورها دون موافقتها من الحساب instagram.com/samer_ath_91، بلّغنا عنه وما زال نشطاً.
social | حسابه على فيسبوك facebook.com/mahmoud.alomari.4412، نشر فيه مكان عملها في لارنكا. كيف نوثّق ذلك للمحكمة؟
plate | خارج الملجأ في أثينا تقف مجدداً سيارة أودي سوداء لوحتها ΥΗΡ-5218، أبلغنا الشرطة.
plate | سيارة طليقها في بلجيكا: لوحة ١-KTV-٤٨٣، فان أبيض شوهد قرب مدرسة الأطفال في لييج.
address | تقيم مؤقتاً عند خالتها في Laan van Meerdervoort 318، لاهاي، الطابق الثاني. لا تريد ذكر العنوان في المراسلات.
address | عنوان المعتدي للتبليغ: Triq il-Kbira رقم خمسة وأربعين، الحامرون، مالطا، الشقة ٣. هل يجوز إعطاؤه للمحامية؟
date_of_birth | مواليد ١٤ رجب ١٤٣٠ هـ حسب الوثيقة السورية، يعني على الأرجح قاصر — من نبلّغ في اليونان؟
date_of_birth | تاريخ ميلادها في جواز السفر 02/09/1996 لكن مكتب اللجوء في مالطا سجّل تاريخاً آخر، كيف نصحح ذلك؟
named_person | رنا الخليل، ٢٧ سنة، سورية، تعمل في مغسلة في Ixelles — هي التي اتصلت الأسبوع الماضي تطلب مأوى.
named_person | صاحب العمل Yannis Papadakis، مالك فندق في هيراكليون بكريت، أخذ جوازات ثلاث عاملات موسميات مصريات.
iban | يمكن تحويل المساعدة إلى حسابها MT13 MALT 2582 2967 1218 7905 8186 270، الحساب باسمها.
iban | يطالبها بتحويل المال إلى GR63 0110 8515 ثم 5758 8887 6190 869 — أرسله على واتساب مقطّعاً هكذا.
ordinary:helpline | في اليونان خط SOS 15900 لضحايا العنف ضد النساء يعمل على مدار الساعة.
ordinary:helpline | في هولندا: Veilig Thuis على 0800 2000 مجاناً، ومركز العنف الجنسي Centrum Seksueel Geweld على 0800 0188.
ordinary:helpline | في بلجيكا: الخط 1712 للعنف، و0800 30 030 «Écoute violences conjugales»، وفي الخطر المباشر 112.
ordinary:helpline | خط الأطفال الأوروبي ١١٦ ١١١ — واحد واحد ستة، واحد واحد واحد — يعمل في كل دول الاتحاد تقريباً.
ordinary:public_service | مكتب اللجوء الإقليمي في أتيكا يستقبل المراجعين من الاثنين إلى الجمعة 8:00–14:00 وبموعد مسبق فقط.
ordinary:statistics | حسب تقرير 2023 تلقى الخط 8,312 مكالمة، 61% منها عن العنف الأسري، و14.5% من المتصلات مهاجرات.
ordinary:law | المادة 417/11 من قانون العقوبات البلجيكي (إصلاح 2022) تعرّف الموافقة، وفي هولندا Wet seksuele misdrijven نافذ منذ 1 تموز 2024.
ordinary:court | المحكمة الأوروبية لحقوق الإنسان، Opuz ضد تركيا، الطلب رقم 33401/02، ومحكمة العدل الأوروبية C-621/21 حول العنف القائم على النوع الاجتماعي كاضطهاد.
ordinary:meeting | اجتماع الإشراف يوم الثلاثاء 14 كانون الثاني الساعة 10:30 في القاعة 2.05.
ordinary:organisation | منظمة Fier في هولندا وPayoke في بلجيكا تقدّمان الدعم لضحايا الاتجار بالبشر، هل تريدون جهة اتصال؟
ordinary:practice | امرأة في الثلاثينات من السودان مع طفلين، تخاف من التبليغ لأن إقامتها مرتبطة بزوجها. ماذا فعلتم في حالات مشابهة؟
ordinary:version | رفعتُ النسخة 3.0 من بروتوكول الإحالة، التعديلات في الصفحات 12–15 والملحق ج.
ordinary:postcode | الفريق المتنقل صار يغطي Schaerbeek وSaint-Josse (الرمزان البريديان 1030 و1210).
ordinary:date | ابتداءً من 1 آذار 2025 يتغير إجراء الفحص الطبي الشرعي في اليونان.
ordinary:price | المترجم المحلّف للعربية في بلجيكا يتقاضى نحو 40 يورو في الساعة.
ordinary:public_figure | المقرِّرة الوطنية الهولندية لشؤون الاتجار بالبشر Conny Rijken نشرت تقريراً عن الاستغلال الجنسي للاجئات.
ordinary:professional | الأخصائية الاجتماعية في مركز الاستقبال استلمت الحالة، وطبيبة النساء ستتواصل معنا بعد الفحص.
ordinary:hard | متوسط الانتظار ٢١٤ يوماً، ومن أصل ٥٤٣٦ طلباً قدّمتها نساء سُجّلت ٤٧ حالة تشويه للأعضاء التناسلية.
ordinary:hard | في خانة «تاريخ الميلاد» كتب المموّل 12/03/2019 وهو يقصد تاريخ تأسيس جمعيتنا في أثينا 😅 هل نصحح النموذج؟
ordinary:hard | في النموذج، في خانة «AMKA الضحية» نكتب فقط «في الملف» ولا نكتب الرقم أبداً.

[fa]
phone | همکار از آمستردام: مراجع خواسته فقط با شماره خواهرش تماس بگیریم، 06 44426545، چون شوهرش گوشی خودش را چک می‌کند. کسی از خانه امن فردا می‌تواند زنگ بزند؟
phone | تهدیدها از این شماره می‌آید: ۰۴۸۵ ۳۸ ۰۸ ۳۸ (بلژیک) — شماره خودِ اوست. در گزارش پلیس بنویسیمش؟
email | گفت فقط به maryam.rezaei.ams@gmail.com ایمیل بزنیم، رمزش را فقط خودش می‌داند.
email | ایمیل‌های آزاردهنده از reza.karimi61 (at) yahoo [dot] com می‌آید، بیشتر از ۲۵ تا داریم.
id_number | کد ملی ایرانی‌اش ۹۲۳۷۳۷۸۵۳۱ است، برای ترجمه مدارک IND لازم شده؛ کسی چک کند درست نوشته‌ام؟
id_number | شماره BSN شوهرش 573341825 است، روی قرارداد اجاره پیدایش کرده. برای دستور منع نزدیک شدن لازم است؟
case_number | شکایتش در پلیس لاهه با شماره PL1500-2024412873 ثبت شده ولی هنوز هیچ خبری نیست.
case_number | درخواست پناهندگی‌اش در یونان با شماره پرونده 14/273918 در دفتر پناهندگی لسبوس ثبت شده، مصاحبه هفته آینده است.
social | عکس‌هایش را بدون رضایت از صفحه instagram.com/amir_tehran_ams منتشر می‌کند، ریپورت کردیم ولی هنوز فعال است.
social | در تلگرام با آیدی @hamed_kabul_1990 پیام تهدید می‌فرستد و آدرس محل کارش را هم گذاشته.
plate | بیرون خانه امن دوباره ماشین مشکی با پلاک GT-482-K پارک شده، پلیس در جریان است.
plate | ماشین همسر سابقش در بلژیک: پلاک ۲-BXR-۷۱۴، ون سفید، نزدیک مدرسه بچه‌ها در گنت دیده شده.
address | موقتاً پیش خاله‌اش در Kanaalstraat 142-2، Utrecht زندگی می‌کند. نمی‌خواهد آدرس در نامه‌ها بیاید.
address | آدرس فرد آزارگر برای ابلاغ: Rue de Brabant پلاک صد و بیست و سه، Schaerbeek، طبقه دوم. می‌توانیم به وکیل بدهیم؟
date_of_birth | متولد ۱۸ مهر ۱۳۸۸ طبق شناسنامه، یعنی هنوز زیر ۱۸ سال است — در هلند چه کسی را باید خبر کنیم؟
date_of_birth | در گذرنامه تاریخ تولدش 1997/04/21 است ولی در کمپ یونان تاریخ دیگری ثبت کرده‌اند.
named_person | مریم رضایی، ۳۲ ساله، اهل مشهد، در یک نانوایی در Amsterdam-West کار می‌کند — همان کسی است که هفته پیش برای سرپناه زنگ زد.
named_person | کارفرما، Ahmad Nazari، صاحب رستورانی در Antwerpen، پاسپورت سه کارگر زن افغان را گرفته است.
iban | کمک را می‌توانیم به حساب NL75 ABNA 3655 4120 06 واریز کنیم، حساب به نام خودش است.
iban | از او می‌خواهد پول را به BE ۴۳ ۴۰۲۶ ۰۶۲۷ ۹۵۰۱ بفرستد، پیام‌ها را نگه داشته‌ایم.
ordinary:helpline | در هلند خط Veilig Thuis با شماره 0800 2000 رایگان و شبانه‌روزی است.
ordinary:helpline | مرکز خشونت جنسی هلند (Centrum Seksueel Geweld): 0800 0188، و در خطر فوری 112.
ordinary:helpline | در بلژیک خط ۱۷۱۲ برای خشونت و 0800 98 100 «SOS Viol» برای تجاوز جنسی.
ordinary:helpline | خط کودک هلند (Kindertelefoon): صفر هشتصد، صفر چهار سه دو — رایگان و ناشناس.
ordinary:public_service | دفتر IND در Den Bosch دوشنبه تا جمعه ۹ تا ۱۷ فقط با وقت قبلی کار می‌کند.
ordinary:statistics | طبق گزارش ۲۰۲۳، ۱۴٪ تماس‌ها با Veilig Thuis از زنان مهاجر بود و حدود ۳۲٬۴۰۰ گزارش ثبت شد.
ordinary:law | ماده ۳۶ کنوانسیون استانبول (خشونت جنسی بر پایه نبود رضایت) و ماده ۵۹ درباره اقامت مستقل زنان مهاجر.
ordinary:court | دادگاه اروپایی حقوق بشر، Talpis علیه ایتالیا، شماره درخواست 41237/14؛ و رأی دیوان دادگستری اروپا C-646/21 درباره دختران جوان در هلند.
ordinary:meeting | جلسه سوپرویژن سه‌شنبه ۲۱ ژانویه ساعت ۱۰:۰۰، اتاق ۳.۱۲.
ordinary:organisation | CoMensha در هلند و Payoke در بلژیک به قربانیان قاچاق انسان کمک می‌کنند.
ordinary:practice | زنی حدوداً چهل‌ساله از افغانستان با سه فرزند، که چون اقامتش به شوهر وابسته است از شکایت می‌ترسد. شما چه کردید؟
ordinary:version | نسخه ۲.۱ پروتکل ارجاع آپلود شد؛ تغییرات در صفحه‌های ۷ تا ۱۰ و پیوست ب.
ordinary:postcode | تیم سیار حالا Amsterdam Nieuw-West (کدهای پستی ۱۰۶۱ تا ۱۰۶۹) را هم پوشش می‌دهد.
ordinary:date | از اول مارس ۲۰۲۵ (۱۱ اسفند ۱۴۰۳) روند معاینه پزشکی قانونی تغییر می‌کند.
ordinary:price | مترجم رسمی فارسی در هلند حدود ۴۵ یورو در ساعت می‌گیرد.
ordinary:public_figure | Conny Rijken، گزارشگر ملی قاچاق انسان هلند، در گزارش اخیرش به وضعیت زنان پناهجو پرداخته است.
ordinary:professional | مددکار اجتماعی مرکز COA پرونده را گرفت و پزشک زنان بعد از معاینه خبر می‌دهد.
ordinary:hard | میانگین انتظار ۲۱۴ روز؛ از ۵۴۳۶ درخواست زنان، ۴۷ مورد ختنه زنان ثبت شد.
ordinary:hard | کد ملی ایرانی ده رقم دارد و رقم آخرش کنترلی است؛ در فرم‌ها فقط بنویسید «در پرونده» و هرگز خود عدد را ننویسید.
ordinary:hard | ۱۰ مهر ۱۴۰۳ جلسه آنلاین داشتیم و برای پاییز ۱۴۰۴ هم همان روز را در نظر گرفته‌ایم.
"""

POSTS = parse(_TEXT)
