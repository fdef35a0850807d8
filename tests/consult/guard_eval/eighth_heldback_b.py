"""Eighth held-back corpus of the personal-data guard, part b (languages el, hr, bg, sl, hu, mt, ar, fa).
Written on 2026-12-07 in one sitting by an independent corpus writer who never read the guard,
its documentation, its benchmark, its tests or any other corpus beyond the format in __init__.py.
Numbers: mobile phone numbers were drawn at random with realistic operator prefixes (GR 69x, HR 09x,
BG 087/088, SI 041/070, HU 30/70, MT 77/79, DE 016x/017x, NL 06) and kept only when phonenumbers
9.0.43 gave is_valid_number and type MOBILE for the country. National ID numbers were drawn at random
until python-stdnum 2.2 is_valid accepted them: gr.amka, gr.vat (AFM), hr.oib, bg.egn, bg.pnf (LNCh),
si.emso, si.ddv (tax number), nl.bsn, es.nie, de.idnr (Steuer-ID), be.nn. Hungarian numbers have no
stdnum module: the adoazonosito jel (10 digits, 8 + days since 1867-01-01 + 3 random + weighted mod 11
check) and the TAJ number (weights 3/7, mod 10 check) were computed by the same rules by hand-written
code. Maltese ID card numbers (digits + letter) have no checksum and are invented. IBANs were built
from a real bank code of the country and random account digits, with check digits computed by ISO 7064
mod 97-10 and accepted by stdnum.iban.is_valid (SI forced to check digits 56, HU with the national
weighted check digits). ISBNs were checked with stdnum.isbn. Dates of birth, plates, handles, e-mails,
case numbers, private addresses and names are invented; helplines and public offices are the real
published ones as the writer knows them."""

from . import parse

_TEXT = """
[el]
phone | Συνάδελφοι, η κυρία που ήρθε χθες στον ξενώνα από τη Σάμο δεν έχει ακόμα κάρτα, μπορεί κάποιος να της στείλει μήνυμα στο 693 520 7428 για το ραντεβού στο Αττικόν; μιλάει λίγα αγγλικά.
phone | το κινητό του συζύγου που την απειλεί: έξι εννιά πέντε, πέντε οκτώ δύο, εβδομήντα τρία τριάντα επτά. ΜΗΝ τον καλέσετε, απλά να το έχει η ομάδα ασφαλείας αν εμφανιστεί
email | Μπορεί κάποια από εσάς να επικοινωνήσει με τη Φατιμά; Το mail της είναι fatima.h.rezai@gmail.com, δεν σηκώνει το τηλ από την Παρασκευή και ανησυχούμε.
email | στείλτε της τα χαρτιά στο marianthi_k92 παπάκι yahoo τελεία gr, έτσι μου το υπαγόρευσε η ίδια
id_number | Για την παραπομπή στο Κέντρο Κοινότητας χρειάζομαι επιβεβαίωση ότι ο ΑΜΚΑ 01069603791 είναι ενεργός, είναι η κοπέλα από τη Σιέρα Λεόνε στη δομή της Μαλακάσας.
id_number | ΑΦΜ του δράστη (το βρήκαμε στο μισθωτήριο που άφησε στο σπίτι): 042 215 431. Η δικηγόρος λέει ότι θα χρειαστεί για την αγωγή διατροφής. Μέχρι τότε η ίδια δεν θέλει να κάνει τίποτα που θα τον θυμώσει, φοβάται για τα παιδιά που είναι ακόμα στο σχολείο της γειτονιάς. Έχουμε μιλήσει με την ψυχολόγο, θα τη δει ξανά την Πέμπτη, και ψάχνουμε διερμηνέα σομαλικών που να μην είναι από την ίδια κοινότητα.
case_number | Η μήνυση κατατέθηκε στο Τμήμα Αντιμετώπισης Ενδοοικογενειακής Βίας Ομονοίας, ΑΒΜ Δ2024/11873. Αν ξέρει κανείς ποιος εισαγγελέας το χρεώθηκε ας μου στείλει πμ.
case_number | το αυτόφωρο αναβλήθηκε, η δικογραφία της έχει ΑΒΜ Η 2025 / 3 8 4 1 στην Εισαγγελία Πειραιά, νέα δικάσιμος Φλεβάρη, πάει κανείς μαζί της;
social | Τη βρήκα στο instagram, @zahra.afg.athens, ανεβάζει στόρι από το διαμέρισμα όπου την κρατάει ο «εργοδότης» της. Τι κάνουμε, ειδοποιούμε τη ΓΑΔΑ;
social | το προφίλ του στο fb είναι facebook.com/nikos.papadakis.7731, εκεί ανέβασε τις φωτογραφίες της χωρίς συναίνεση
plate | Το αυτοκίνητο που την περιμένει κάθε μέρα έξω από το σχολείο: ασημί Toyota Yaris, ΙΚΥ-4521.
plate | πινακίδα ζκν 7083, λευκό βαν, αυτό φορτώνει τις κοπέλες από την πλατεία Βικτωρίας τα ξημερώματα
address | Η οικογένεια μένει πλέον στην Αχαρνών 214, 4ος όροφος, διαμ. 12. Ο πρώην της ξέρει μόνο την παλιά διεύθυνση στην Κυψέλη, οπότε προσοχή σε ό,τι στέλνετε ταχυδρομικά.
address | μετακόμισε σε μια φίλη της Θεσ/νίκη, οδός Ολύμπου σαράντα τρία, 2ος, κουδούνι «Αμίρι»
date_of_birth | Η μικρή γεννήθηκε 14/03/2011, άρα είναι ασυνόδευτη ανήλικη και όχι 18 όπως τη γράψανε στο Φυλάκιο. Χρειαζόμαστε ηλικιακό προσδιορισμό επειγόντως.
date_of_birth | ημ. γέννησης της κυρίας: δεκαεννιά Ιουλίου του '98 — στο δελτίο αιτούντος έχουν γράψει άλλη, πώς διορθώνεται;
named_person | Η Αμινάτα Κοντέ, 24 χρονών από τη Γουινέα, που δουλεύει στα θερμοκήπια της Νέας Μανωλάδας, ήρθε πάλι στο ιατρείο με μελανιές στα χέρια.
named_person | ο γιώργος μαυρίδης, ιδιοκτήτης της καφετέριας στην Ερμού στη Λάρισα, είναι αυτός που της έχει πάρει το διαβατήριο
iban | Για το επίδομα ενοικίου ο λογαριασμός της ωφελούμενης είναι GR06 0260 0481 6160 5191 6809 294 (Eurobank), το έλεγξα με το βιβλιάριο.
iban | iban gr23-0140-6526-4559-3003-8548-924 στο όνομα του αδερφού της, εκεί να πάνε τα χρήματα για τα εισιτήρια
ordinary:helpline | Υπενθύμιση: η Γραμμή SOS 15900 για την έμφυλη βία λειτουργεί 24/7, δωρεάν, και με διερμηνεία. Βάλτε τη στις αφίσες των δομών, πολλές γυναίκες δεν την ξέρουν.
ordinary:helpline | Για παιδιά: 1056 (Το Χαμόγελο του Παιδιού) και 116 111. Για οτιδήποτε επείγον πάντα 112.
ordinary:helpline | Το 197 του ΕΚΚΑ για έκτακτη στέγαση δούλεψε χθες βράδυ, βρήκαν κρεβάτι σε 2 ώρες. Αξίζει να το δοκιμάζετε πριν πάτε σε αστυνομία.
ordinary:public_office | Συνήγορος του Πολίτη, Χαλκοκονδύλη 17, Αθήνα, τηλ. 213 1306 600. Δέχονται αναφορές και για κακομεταχείριση σε δομές φιλοξενίας.
ordinary:statistics | Η ΕΛΣΤΑΤ δίνει για την απογραφή 2021 πληθυσμό 10.482.487, και τα στοιχεία για αλλοδαπούς ανά περιφέρεια είναι στο ίδιο αρχείο. Τα χρειάζομαι για την έκθεση.
ordinary:law | Με τον Ν. 4531/2018 κυρώθηκε η Σύμβαση της Κωνσταντινούπολης· το άρθρο 59 (αυτοτελές δικαίωμα διαμονής) στην πράξη δεν εφαρμόζεται όπως πρέπει.
ordinary:court | Η ΣτΕ 805/2018 για τον γεωγραφικό περιορισμό στα νησιά αξίζει να τη διαβάσουν οι νέοι συνάδελφοι, ειδικά το σκεπτικό για τις ευάλωτες ομάδες.
ordinary:meeting | Συνάντηση δικτύου Τρίτη 15/12, 11:00, αίθουσα 204 (2ος όροφος), Δήμος Αθηναίων, Αθηνάς 63. Φέρτε στοιχεία παραπομπών του τριμήνου.
ordinary:document | Ανέβασα το πρωτόκολλο παραπομπής v3.2 στο κοινό drive, σελ. 14-17 είναι οι οδηγίες για τους διερμηνείς.
ordinary:postcode | Το νέο μας γραφείο είναι στην Κυψέλη, ΤΚ 113 61, δυο στενά από τη Φωκίωνος Νέγρη. Ισόγειο, προσβάσιμο με αμαξίδιο.
ordinary:budget | Ο προϋπολογισμός για διερμηνεία το 2025 ήταν 48.500 €, φέτος κόπηκε στα 31.200 €. Πώς το καλύπτετε εσείς; εθελοντές;
ordinary:percentages | Από τις 120 παραπομπές του εξαμήνου, 38% Αφγανιστάν, 22% Σομαλία, 11% Κονγκό, τα υπόλοιπα μικτά.
ordinary:public_figure | Θυμάμαι όταν η τότε Πρόεδρος της Δημοκρατίας Κατερίνα Σακελλαροπούλου επισκέφθηκε τον ξενώνα, είχε πει ότι η βία κατά των γυναικών δεν έχει ιθαγένεια.
ordinary:colleague | Η κοινωνική λειτουργός του Κέντρου Κοινότητας Πειραιά βοηθάει με ΑΜΚΑ/ΠΑΑΥΠΑ, ρωτήστε την συντονίστρια για ραντεβού.
ordinary:anonymised_case | Γυναίκα γύρω στα 30, από το Κονγκό, με δύο παιδιά 3 και 6 ετών, χρειάζεται στέγαση στη Θεσσαλονίκη από την επόμενη εβδομάδα. Η ίδια έχει κάρτα αιτούσας, δουλεύει λίγες ώρες σε καθαριότητα, αλλά ο ξενώνας όπου είναι τώρα κλείνει λόγω λήξης χρηματοδότησης. Δοκιμάσαμε ΕΚΚΑ και δύο ΜΚΟ, όλα γεμάτα μέχρι Φλεβάρη. Καμιά ιδέα; ακόμα και προσωρινά, για δύο-τρεις εβδομάδες, θα βοηθούσε πολύ.
ordinary:years | Από το 2015 ως το 2019 ήμασταν στη Λέσβο. Τα ίδια προβλήματα βλέπουμε τώρα στην ενδοχώρα, απλά πιο κρυμμένα.
ordinary:training | Εκπαίδευση για trauma-informed συνέντευξη: 3 συνεδρίες, 12, 19 και 26 Ιανουαρίου, 10:00-14:00, online. Προτεραιότητα σε διερμηνείς.
ordinary:long_number | Η χρηματοδότηση είναι από το ΕΣΠΑ με κωδικό ΟΠΣ (MIS) 5131245, αν ρωτήσει ο ελεγκτής.
ordinary:date_not_birth | Η προθεσμία για τις προτάσεις του νέου προγράμματος λήγει 31/01/2027, μην το αφήσετε για την τελευταία μέρα όπως πέρσι.
ordinary:org_contact | Για συμμετοχή στο δίκτυο γράψτε στο info@diktyo-ksenonon.gr ή στείλτε μήνυμα στη σελίδα μας @diktyo.ksenonon στο instagram.

[hr]
phone | Molim da netko iz splitskog tima nazove gospođu, pristala je na razgovor. Broj je 098 896 1295, najbolje poslije 17h kad muž nije doma.
phone | njegov mob: nula devet dva, nula dva osam, tri nula dva osam. prijetio joj je s tog broja preko vibera cijeli vikend
email | klijentica koristi mail ana.kovac.st@gmail.com, ali pazite, partner ima pristup mobitelu pa ništa osjetljivo u naslovu
email | pošaljite joj uputnicu na ljubica.b (et) net (točka) hr, drugi mail nema
id_number | OIB klijentice za zahtjev za zajamčenu minimalnu naknadu: 28336464450. Smještena je u skloništu u Rijeci, pa neka HZSR ne šalje ništa na staru adresu.
id_number | oib počinitelja 418 778 252 62 — trebat će odvjetnici za prijedlog zaštitne mjere
case_number | Predmet je na Općinskom kaznenom sudu u Zagrebu pod brojem K-1473/2024, ročište opet odgođeno jer nije bilo tumača za dari.
case_number | prekršajni Pp J- 2318 / 2025, zna li netko je li sutkinja već donijela rješenje za nju??
social | Djevojka (17) nam se javila preko Instagrama, profil @lana.zg.2008, mama nema pojma. Kako postupiti, zovemo li odmah HZSR?
social | njegov tiktok je tiktok.com/@dado_osijek_031 i tamo objavljuje snimke nje, prijavili smo ali ništa
plate | Auto koji stalno parkira ispred sigurne kuće: crni Golf 7, ZG 4417-KP. Policija kaže da ne mogu ništa dok ne priđe bliže, iako je mjera zabrane približavanja na snazi. Žene u kući su u panici, jedna je jučer odbila ići u školu po dijete. Možemo li mi kao sklonište nešto službeno napisati PU splitsko-dalmatinskoj ili to mora ići preko odvjetnice? Svaki savjet dobrodošao.
plate | tablice st 382 ln, bijeli kombi, zapisala sam s kamere na ulazu
address | Obitelj je privremeno kod rodbine, Vukovarska 118, 2. kat, Split. Molim da se dopisi šalju na nas, ne tamo.
address | ona sad živi u Dubravi, avenija Dubrava sto dvadeset i tri, stan 7 — molim ne širiti dalje od ovog tima
date_of_birth | rođena 07.11.1996., a u putovnici piše 1990., zbog toga imaju problem u MUP-u s produljenjem boravka
date_of_birth | dijete je rođeno dvadeset drugog ožujka 2012., bez pratnje, trenutno smješteno u domu u Zagrebu
named_person | Samira Haddad, 31 g., sirijska državljanka, radi kao sobarica u hotelu u Poreču, više puta je pretučena u smještaju za radnike.
named_person | marko jurić iz Vinkovaca, onaj što drži autoservis kod kolodvora, i dalje joj šalje poruke preko sestre
iban | Za povrat troškova smještaja uplata ide na njezin račun HR49 2484 0083 1380 8051 4, provjerila sam s njom.
iban | račun: hr 21 2402 0063 9022 4194 4, Erste, na ime sestre jer ona nema osobnu
ordinary:helpline | Nacionalni pozivni centar za žrtve kaznenih djela i prekršaja 116 006 radi radnim danom, besplatno. Može i na engleskom, za druge jezike dogovaraju tumača.
ordinary:helpline | Hrabri telefon: 116 111 za djecu, 0800 0800 za roditelje. Za hitno 112 ili policija 192.
ordinary:helpline | Podsjetnik za terenske: na 112 se može zvati i bez SIM kartice, korisno za žene kojima je partner uzeo mobitel.
ordinary:public_office | Ured pravobraniteljice za ravnopravnost spolova, Preobraženska 4, Zagreb, tel. 01 4848 100. Primaju pritužbe i za diskriminaciju pri zapošljavanju stranih radnica.
ordinary:statistics | Prema DZS-u Hrvatska ima oko 3,86 milijuna stanovnika, a MUP je lani izdao preko 200.000 dozvola za boravak i rad. Brojke rastu, kapaciteti ne.
ordinary:law | Čl. 179.a KZ-a (nasilje u obitelji) — kazna zatvora od jedne do tri godine. Za prekršaje ide Zakon o zaštiti od nasilja u obitelji, NN 70/17 s izmjenama.
ordinary:court | ESLJP, Branko Tomašić i drugi protiv Hrvatske, zahtjev br. 46598/06, presuda iz 2009. — i dalje najbolji primjer zašto procjena rizika nije formalnost.
ordinary:meeting | Koordinacija u srijedu 16.12. u 10h, HZSR Područni ured Zagreb, dvorana 3 u prizemlju. Kava osigurana :)
ordinary:document | Protokol o postupanju u slučaju nasilja u obitelji, str. 23-25 — vrijedi i za strankinje bez reguliranog boravka, ne dajte se uvjeriti drugačije.
ordinary:postcode | Naše savjetovalište se preselilo, sad smo na Trešnjevci, 10000 Zagreb, blizu tržnice. Radno vrijeme isto.
ordinary:budget | Projekt ESF+ odobren: 165.900 € za 24 mjeseca, od toga 18% za prevođenje i kulturnu medijaciju.
ordinary:percentages | Od 64 korisnice u 2025. njih 41% je iz Afganistana, 23% iz Turske, ostalo Burundi, Nepal i Filipini (radnice na sezonskim dozvolama).
ordinary:public_figure | Pravobraniteljica za ravnopravnost spolova Tena Šimonović Einwalter predstavila je godišnje izvješće u Saboru, ima dobar dio o ženama strankinjama.
ordinary:colleague | Kolegica psihologinja iz skloništa u Sisku može doći na supervizijski sastanak, javite joj se preko koordinatorice.
ordinary:anonymised_case | Žena u kasnim dvadesetima iz Nepala, radna dozvola vezana uz poslodavca, trpi nasilje partnera. Ako ode, gubi boravak? Ima li netko iskustva s promjenom poslodavca u takvoj situaciji? Agencija koja ju je dovela ne javlja se, a ona šalje novac obitelji pa ne smije ostati bez posla ni tjedan. Razmišljamo o privremenom boravku iz humanitarnih razloga, ali ne znam koliko to traje u praksi.
ordinary:years | Od 2016. do danas kroz naš program je prošlo oko 400 žena, a tek zadnje dvije godine dolaze i radnice iz Azije.
ordinary:training | Edukacija za policijske službenike: 3 modula, 20.1., 3.2. i 17.2.2027., PU zagrebačka, Petrinjska. Prijave do kraja mjeseca.
ordinary:long_number | Priručnik smo izdali s ISBN 978-953-9458-07-0, besplatno se može skinuti s naše stranice.
ordinary:date_not_birth | Rok za prijave na natječaj Ministarstva je 15. siječnja 2027., a rezultati tek u travnju.
ordinary:org_contact | Za pitanja o radionici pišite na info@udruga-most-primjer.hr ili nas nađite na fejsu kao Udruga Most Rijeka.

[bg]
phone | Колеги, жената от Харманли се съгласи да говори с юрист. Телефонът ѝ е 088 552 6942, само SMS, тя не може да говори свободно вкъщи.
phone | номер на брат ѝ: нула осем седем, двеста осемдесет и три, петдесет и две, деветдесет и пет. Той е единственият от семейството, който я подкрепя
email | пише ни от mariya.petrova89@abv.bg, моля някой да ѝ отговори на руски, българският ѝ е слаб
email | имейлът на съпруга (за призовката): ivo_dimitrov кльомба gmail точка com
id_number | ЕГН на младата жена за социалното подпомагане: 9906241679. Настанена е в кризисния център в Пловдив от понеделник.
id_number | ЛНЧ-то ѝ е 827 270 3489, картата е изтекла и в МВР я връщат всеки път
case_number | Делото по ЗЗДН е гр.д. № 48213/2025 г. на СРС, 92 състав. Търсим доброволец да я придружи на 12-ти, тя се страхува да влезе сама.
case_number | преписка вх.№ 7 8 9 1 / 2025 на РП-Бургас — прокурорът отказа образуване, обжалваме
social | Той я следи през фейсбук, профилът му е facebook.com/georgi.stoyanov.9172, пише ѝ от фалшиви акаунти също.
social | в тикток е като lili_sofia_2007 (без маймунката), качва видеа от общежитието, мисля че някой я експлоатира
plate | Колата пред центъра: сив Opel Astra, СА 4821 КН. Вчера пак беше там от 18 до 21 ч.
plate | рег. номер pb2290ax, бус, шофьорът ги кара до оранжериите край Пловдив всяка сутрин в 5
address | Сега живее при сестра си, ж.к. Люлин 5, бл. 512, вх. В, ет. 6, ап. 88. Молбата за заповед за защита трябва да е с този адрес.
address | адрес: ул. Цар Симеон номер сто и дванайсет, Варна, ет. 3 — не го пишете в протокола, моля
date_of_birth | Момчето е родено на 11.09.2009 г., т.е. е непълнолетно, а в ДАБ са го записали като пълнолетен. Има ли смисъл от медицинска експертиза?
date_of_birth | р. 3 март 1987, така пише в сирийския ѝ паспорт, а в регистрационната карта е друго
named_person | Фатима Ахмади, 29 г., от Афганистан, работи в шивашки цех в Хасково и идва с изгаряния по ръцете. Настоява да не я местим, защото там работи и сестра ѝ и се страхува, че ако напусне, ще уволнят и двете. Говорихме с инспекцията по труда, но без неин сигнал няма да дойдат. Предлагам следващата седмица да я посети лекарката от мобилния кабинет, а ние да подготвим информация на дари за правата ѝ.
named_person | стоян колев от с. Равда, собственикът на хотела на плажа, им е взел паспортите на трите момичета
iban | Сметка на клиентката за обезщетението: BG57 STSA 6957 1079 3597 33 (ДСК), тя сама я откри миналата седмица.
iban | IBAN: bg28stsa70761069940962 — на името на майка ѝ, да се превеждат парите там
ordinary:helpline | Национална гореща линия за пострадали от домашно насилие: 0800 1 86 76, безплатна и денонощна. Разпечатайте я на няколко езика.
ordinary:helpline | Националната телефонна линия за деца е 116 111, безплатно от всички оператори.
ordinary:helpline | 112 работи и с английски, но за арабски и фарси по-добре да се обадим ние заедно с преводач.
ordinary:public_office | Омбудсманът на Република България, ул. „Джордж Вашингтон“ 22, София, тел. 02 81 06 955 — приемат жалби и за условията в центровете на ДАБ.
ordinary:statistics | По данни на ДАБ за 2024 г. молбите за закрила са около 12 000, най-много от Сирия, Мароко и Афганистан. Жени са под една пета.
ordinary:law | Чл. 5 от ЗЗДН изброява мерките за защита. От 2023 г. законът обхваща и интимни връзки без съжителство — важно за нашите случаи.
ordinary:court | Решение на Съда на ЕС по дело C-621/21 от 16.01.2024 г. (запитване от АССГ): жените като цяло могат да се приемат за определена социална група.
ordinary:meeting | Среща на мрежата: 18.12., 14:00 ч., зала 310 в Столична община. Моля потвърдете до сряда.
ordinary:document | Наръчникът, версия 2.1, стр. 41 — там е образецът на молба по ЗЗДН, преведен и на английски.
ordinary:postcode | Офисът ни вече е в кв. Лозенец, София 1421, на две спирки от НДК.
ordinary:budget | Общината отпусна 310 000 евро за кризисни центрове през 2026 (от януари всичко е в евро, не се обърквайте с лани).
ordinary:percentages | В 37% от случаите през годината пострадалите нямат валидни документи, а в 58% има деца.
ordinary:public_figure | Бившият омбудсман Мая Манолова навремето настояваше за промените в ЗЗДН, добре е да се припомни какво предлагаше.
ordinary:colleague | социалната работничка от ДСП Младост ще дойде с нас в петък, тя познава процедурата
ordinary:anonymised_case | Жена на около 40 г. от Ирак, с три деца, в РПЦ Овча купел. Търсим жена преводач арабски за разговор с психолог. Предишният преводач беше мъж от същата общност и тя не каза почти нищо. Децата ходят на училище от октомври, голямото има проблеми с другите деца. Ако някой има контакт с преводачка, която е работила с травма, пишете ми на лично.
ordinary:years | През 2013-2014 имаше огромен натиск на границата, сега бройките са по-малки, но случаите по-тежки.
ordinary:training | Обучение за полицаи: 26-27 януари 2027, 9:30-16:30, Академията на МВР. Места: 25.
ordinary:long_number | Директива 2012/29/ЕС за правата на жертвите, CELEX 32012L0029 — пуснах линк в папката.
ordinary:date_not_birth | Крайният срок за отчета по проекта е 30.01.2027, след това не приемат.
ordinary:org_contact | Следвайте фондацията във фейсбук: facebook.com/fondaciya.pat, там пускаме графика на консултациите.

[sl]
phone | Gospa iz azilnega doma na Viču je dala dovoljenje, da jo pokličemo: 070 298 794. Govori farsi in malo angleško, raje ženska prevajalka.
phone | njegova številka: nič štiri ena, tristo triindvajset, tristo triinosemdeset. od tam ji pošilja grožnje
email | Pišite ji na amina.begic@gmail.com, ne na telefon, ker ga on pregleduje.
email | mail od hčerke je nika.zupan afna siol pika net
id_number | EMŠO za vlogo na CSD: 1905984505481. Ženska je v varni hiši v Celju, denarna socialna pomoč še ni odobrena in že tretji teden je brez vsega. Na upravni enoti pravijo, da čakajo na podatke iz tujine, na CSD pa da čakajo upravno enoto. Ali ima kdo kontakt, ki bi lahko pospešil zadevo? Ima dva otroka, mlajši je star šest mesecev.
id_number | davčna od moža 9095 5021, rabimo jo za izvršbo preživnine
case_number | Zadeva je na Okrajnem sodišču v Ljubljani, opr. št. IV K 31482/2025. Glavna obravnava preložena, spet zaradi tolmača.
case_number | CSD je odprl spis št. 1 2 0 3 - 4 4 / 2 0 2 5 za otroka, kdo od vas je v timu?
social | njen profil na instagramu je @sara.kranj04, tam ji je on pod slike pisal grožnje
social | fb: facebook.com/janez.kovacic.mb — tam ima slike avta in hiše, če bi policija rabila
plate | Avto: temno moder Passat, LJ NM-417. Videla ga je pred šolo v ponedeljek in sredo.
plate | registrska mb 32 uel, bel kombi, vozi delavke na polja
address | Zdaj živi pri teti, Celovška cesta 174, Ljubljana, 3. nadstropje. Prosim, da pošta gre na društvo.
address | naslov je ulica heroja šlandra osemnajst, Maribor, pri horvatovih
date_of_birth | Deklica je rojena 02.02.2010, torej je mladoletna brez spremstva. Zakaj je v domu za odrasle?
date_of_birth | datum rojstva: 14. avgust 1993 (v turških papirjih piše drugače)
named_person | Leila Karimi, 27 let, iz Irana, dela v pralnici v Novem mestu. Spet je prišla z modricami, prijave noče podati.
named_person | dejan novak, tisti iz gostilne v Kamniku, jo še vedno čaka po službi
iban | Za pomoč pri najemnini: SI56 0510 0291 1344 490, račun je na njeno ime.
iban | trr si56-6100-0747-4828-301, odprt v Delavski hranilnici, nakažite tja
ordinary:helpline | SOS telefon za ženske in otroke – žrtve nasilja: 080 11 55, brezplačno in anonimno.
ordinary:helpline | TOM telefon za otroke in mladostnike je 116 111. Za policijo 113, nujna pomoč 112.
ordinary:helpline | Ne pozabite, na 112 lahko gluhe in naglušne pošljejo tudi SMS.
ordinary:public_office | Varuh človekovih pravic, Dunajska cesta 56, Ljubljana, brezplačna številka 080 15 30. Pobude sprejemajo tudi po e-pošti.
ordinary:statistics | SURS: Slovenija ima okoli 2,12 milijona prebivalcev, tujih državljanov je že več kot 10 %. Med njimi vedno več žensk iz Azije.
ordinary:law | 191. člen KZ-1 (nasilje v družini), zagrožena kazen do pet let. Po ZPND lahko policija izreče prepoved približevanja za 48 ur.
ordinary:court | ESČP, Opuz proti Turčiji, št. 33401/02 — dobro za izobraževanje policistov o dolžnosti države.
ordinary:meeting | Naslednji sestanek mreže: 14. 1. 2027 ob 9.30, soba 12, Mestna občina Ljubljana, Adamič-Lundrovo nabrežje 2.
ordinary:document | Smernice v4, str. 9 — postopek, kako prijaviti na CSD, če ženska nima urejenega statusa.
ordinary:postcode | Naši svetovalnici sta v 2000 Maribor in 3000 Celje, ob četrtkih tudi v Kopru.
ordinary:budget | Razpis MDDSZ: 420.000 EUR za 3 leta, mi smo dobili 38.750. Premalo za tolmače.
ordinary:percentages | Delež žensk med prosilci za azil je bil lani okoli 12 %, med žrtvami trgovine z ljudmi pa precej višji.
ordinary:public_figure | Predsednica republike Nataša Pirc Musar je ob 25. novembru govorila tudi o migrantkah, lepo.
ordinary:colleague | kolegica socialna delavka iz CSD Ljubljana Moste-Polje bo pripravila predstavitev postopka
ordinary:anonymised_case | Mlada ženska, okoli 20 let, iz Burundija, noseča po posilstvu na poti. Kje v Ljubljani je najhitrejši dostop do ginekologinje brez zavarovanja? Ambulanta Pro bono ima dolge vrste, v porodnišnici pa so nam rekli, da je treba najprej urediti status. Ona je v 14. tednu in se odloča, kaj bo naredila, zato res ni časa za birokracijo. Hvala vsem za hitre odgovore.
ordinary:years | Od leta 2015 delamo z migrantkami, prej le z lokalnimi ženskami.
ordinary:training | Usposabljanje: 8. in 9. februar 2027, Ljubljana, 10.00-15.00, še 10 prostih mest.
ordinary:long_number | Pogodba o dodelitvi sredstev št. 101095317 — v poročilo napišite to številko, ne interne.
ordinary:date_not_birth | Rok za oddajo vmesnega poročila je 28. 2. 2027.
ordinary:org_contact | Prijave na info@drustvo-most-primer.si, odgovorimo v dveh dneh.

[hu]
phone | A hölgy beleegyezett, hogy felhívjuk: 06 30 119 6925, délelőtt, amikor a férje dolgozik. Tolmács kell, dari.
phone | a férj száma: hetvenes, egy-hat-kilenc, nulla-kilenc-öt-hat. ne hívjátok, csak hogy tudjuk ha ő keres minket
email | Az ügyfél e-mailje: kovacs.reka88@freemail.hu, csak oda küldjetek anyagot, a telefonját a párja nézi.
email | emailje nagy.bernadett kukac gmail pont com
id_number | TAJ-szám az orvosi ellátáshoz: 198 451 725. A nő a debreceni anyaotthonban van, a háziorvos nem akarja fogadni.
id_number | adóazonosító jele 8412160916 — kell a munkáltatói igazoláshoz, a cég nem adja ki
case_number | Az ügy a BRFK-nál fut, ügyszám: 01000/2187-4/2025. bü. A nyomozó szerint januárban lesz szembesítés, amitől nagyon fél, mert a férfi ügyvédje már az első meghallgatáson is megalázta. Kérdeztük, lehet-e külön meghallgatni, zárt láncú kamerával, de eddig nem kaptunk választ. Ha valakinek van tapasztalata különleges bánásmódot igénylő sértett kérelemmel a BRFK-nál, kérem, írjon.
case_number | távoltartás a PKKB-n: 23.Bpk. nyolcszázkilencvenegy/2025, ki tud elmenni vele csütörtökön?
social | Az ex Instagramon zaklatja: @gabor.tothh_kecskemet. Blokkolta, de mindig új fiókot csinál.
social | tiktokon dorina.szeged.06 néven van (kukac nélkül), oda tölt fel videókat a lakásból
plate | A kocsi: fekete Skoda Octavia, AA EK-394, napok óta a menhely előtt áll esténként.
plate | rendszám rmk 512, fehér furgon, ezzel viszi a nőket a szállásra
address | Most a nővérénél lakik: 1087 Budapest, Kerepesi út 29/B, 4. em. 17. Oda kérjük a határozatot.
address | cím: Szeged, petőfi sándor sugárút 41., fszt. 2 — ne adjátok ki senkinek
date_of_birth | A lány 2008. 05. 17-én született, tehát kiskorú, a szálláson mégis felnőttként kezelik.
date_of_birth | született: ezerkilencszázkilencvenegy október huszonnegyedike, a papírjain máshogy van
named_person | Sabina Rahimi (26), afgán, a tatabányai összeszerelő üzemben dolgozik, és többször bántalmazták a munkásszálláson.
named_person | horváth józsef, a szálló gondnoka Tatabányán, ő tartja vissza az útleveleket
iban | Utalás a számlájára: HU10 1179 2109 4825 2532 3079 2792 (OTP), a lakhatási támogatás oda menjen.
iban | bankszámla: 11605324-12860747-02088201, az anyja nevén van
ordinary:helpline | OKIT: 06 80 20 55 20, éjjel-nappal hívható, ingyenes. Kiragasztottuk a női mosdókba is.
ordinary:helpline | Kék Vonal gyermekkrízis vonal: 116 111, gyerekeknek ingyenes.
ordinary:helpline | Segélyhívó 112, angolul is fogadnak, de arabul nem, szóval érdemes velünk együtt hívni.
ordinary:public_office | Alapvető Jogok Biztosának Hivatala: 1055 Budapest, Falk Miksa utca 9-11., tel. +36 1 475 7100. Panaszt online is be lehet adni.
ordinary:statistics | A KSH szerint az ország népessége 9,6 millió alatt van, a külföldi állampolgárok száma 200 ezer felett. A vendégmunkások aránya gyorsan nő.
ordinary:law | Btk. 212/A. § kapcsolati erőszak — 2013 óta önálló tényállás, de a feljelentések nagy része még mindig könnyű testi sértésként fut.
ordinary:court | EJEB, Ilias és Ahmed kontra Magyarország, 47287/15, nagykamarai ítélet 2019 — ajánlom az új kollégáknak.
ordinary:meeting | Esetmegbeszélés december 17-én 15 órakor, 214-es terem, Józsefvárosi Szociális Szolgáltató, hozzatok kérdéseket.
ordinary:document | Az eljárásrend 3.0 verziója feltöltve, a 12-14. oldalon van a tolmácsolásról szóló rész.
ordinary:postcode | Irodánk a VIII. kerületben van, 1084, a Mátyás tér közelében.
ordinary:budget | A pályázat keretösszege 45 millió Ft, ebből 6,2 milliót kérünk tolmácsolásra. Sok?
ordinary:percentages | A hozzánk fordulók 64%-a ukrán, 18%-a afgán, a többiek fülöp-szigeteki és vietnámi munkavállalók.
ordinary:public_figure | Az alapvető jogok biztosa, Kozma Ákos a jelentésében külön kitért a menekült nők helyzetére.
ordinary:colleague | a kerületi családsegítő védőnője tud segíteni a TAJ-ügyintézésben, kérdezzétek a vezetőt
ordinary:anonymised_case | Harmincas évei elején járó ukrán nő, két kisgyerekkel Zuglóban, a párja bántalmazza. Anyaotthon lenne jó, ha van hely. Magyarul alig beszél, oroszul és ukránul igen. Az ideiglenes védelmi státusza rendben van, de a lakást a párja nevén bérlik, és a gyerekek óvodája is ott van a közelben, ezért nehezen dönt. Budapesten vagy Pest megyében keresünk, a kerületi családsegítő már tud róla.
ordinary:years | 2015 nyarán a Keletinél kezdtünk, azóta teljesen más a célcsoport.
ordinary:training | Képzés: január 21-22., 9-16 óra, online, 30 kreditpontos akkreditált. Jelentkezés a hónap végéig.
ordinary:long_number | A projekt azonosítója EFOP-1.2.11-16-2017-00045 volt, a záró jelentésbe ezt írjátok.
ordinary:date_not_birth | A beadási határidő 2027. január 31., utána nincs hiánypótlás.
ordinary:org_contact | Kövessetek minket a facebookon: facebook.com/menedek.pelda.egyesulet, vagy írjatok az info@menedek-pelda.hu címre.

[mt]
phone | Il-mara li ġiet l-għassa ta' Ħal Qormi qablet li nċempluha, in-numru tagħha 7767 7308, wara s-sitta biss meta hu mhux id-dar.
phone | numru tal-ħabib tagħha: sebgħa disgħa, tmienja tmienja, erbgħa tlieta, disgħa tmienja. hu li qed jgħinha toħroġ
email | Ibagħtulha l-formola fuq rita.camilleri76@gmail.com, mhux fuq il-mowbajl.
email | l-email tiegħu hu jmifsud at hotmail punt com, l-avukat jeħtieġu għall-ittra
id_number | In-numru tal-ID card tagħha hu 0412389M, jeħtieġuh għall-applikazzjoni tal-Appoġġ għall-akkomodazzjoni.
id_number | id tar-raġel: 253498 (M) — ikkonfermajtu mal-pulizija
case_number | Il-każ fil-Qorti tal-Maġistrati, Nru 2318/2025, jerġa' jitla' nhar l-Erbgħa. Xi ħadd jista' jmur magħha? L-aħħar darba kienet waħedha u l-avukat tiegħu qagħad jistaqsiha mistoqsijiet dwar il-ħajja privata tagħha bl-Ingliż, u hi ma fehmitx nofs. Tlabna interpretu tal-Igbo imma qalulna li m'hemmx. Jekk xi ħadd jaf lil xi ħadd mill-komunità Niġerjana li jista' jgħin, ikteb hawn jew ibgħatli messaġġ.
case_number | police ref DV / 1187 / 25, l-ispettur qal li se jċempel hu
social | Qed jheddidha fuq Instagram, il-handle tiegħu @karl.borg_zurrieq, u l-pulizija qalulha biex tagħmel screenshots.
social | facebook.com/maria.grech.5583 — ara x'tellgħet, qed tfittex lil oħtha
plate | Karozza: Toyota Vitz griża, JBX 482, kuljum ipparkjata barra x-shelter filgħaxija.
plate | numru tal-karozza rtz-019, van abjad, jiġbor il-bniet minn Marsa
address | Bħalissa qiegħda għand oħtha, Flat 4, Triq San Pawl, San Pawl il-Baħar. L-ittri ibagħtuhom lilna.
address | 30, triq il-kbira, ħaż-żebbuġ — din id-dar fejn kien iżommha
date_of_birth | Twieldet fis-17/08/2007, mela għadha minuri u m'għandhiex tkun fl-open centre ma' rġiel adulti.
date_of_birth | data tat-twelid: 3 ta' Ottubru 1995, il-passaport tgħid l-istess
named_person | Blessing Okoro, 23 sena, min-Niġerja, taħdem f'lukanda f'San Ġiljan, reġgħet ġiet bil-marki fuq għonqha.
named_person | jason vella, il-barman tal-bar f'Paceville, hu li ħadilha l-passaport
iban | Il-kont tagħha: MT31 APSB 7701 3000 0000 9025 8797 937, il-benefiċċju jista' jmur hemm.
iban | iban mt10apsb77013000000075565593432 f'isem ommha
ordinary:helpline | Supportline 179 — 24 siegħa, b'xejn, u jistgħu jgħaqqduk mal-Appoġġ.
ordinary:helpline | F'emerġenza dejjem 112. Jwieġbu bl-Ingliż ukoll.
ordinary:helpline | Victim Support Malta għandhom il-helpline 116 006 għall-vittmi tal-kriminalità, tajjeb għal min ma jridx imur l-għassa mill-ewwel.
ordinary:public_office | Foundation for Social Welfare Services, Bugeja Institute, St Joseph High Road, Santa Venera, tel 2295 9000.
ordinary:statistics | Skont l-NSO il-popolazzjoni hija madwar 563,000, u kważi kwart mhumiex Maltin. Il-servizzi ma żdiedux bl-istess rata.
ordinary:law | Kap. 581, l-Att dwar il-Vjolenza abbażi tal-Ġeneru u l-Vjolenza Domestika — l-artikolu dwar l-ordnijiet ta' protezzjoni huwa dak li rridu nispjegaw.
ordinary:court | ECHR, J. and Others v. Austria, 58216/12 (2017) — utli għal każijiet ta' traffikar ta' domestic workers.
ordinary:meeting | Laqgħa tan-network: 10 ta' Diċembru, 10:00, kamra 3, Floriana. Min ma jistax jiġi jgħid sal-Ħamis.
ordinary:document | Il-formola DASH, verżjoni 2, paġna 4 hija dik tar-risk assessment. Uża l-aħħar waħda!
ordinary:postcode | L-uffiċċju l-ġdid tagħna qiegħed Marsa, MRS 1917, ħdejn iċ-ċentru tas-saħħa.
ordinary:budget | €250,000 fuq sentejn mill-AMIF, 30% jmorru għall-interpreti.
ordinary:percentages | 35% tal-każijiet tagħna din is-sena kienu nisa li jaħdmu bħala carers.
ordinary:public_figure | Il-President Myriam Spiteri Debono fil-messaġġ tal-25 ta' Novembru semmiet ukoll in-nisa migranti, tajjeb li jingħad.
ordinary:colleague | is-social worker tal-Appoġġ ġewwa l-Ħamrun tista' tagħmel l-assessment, kellmu lis-supervisor
ordinary:anonymised_case | Mara ta' madwar 30 sena mis-Sudan, b'tifel ta' sentejn, fl-open centre ta' Ħal Far. Trid toħroġ iżda m'għandhiex fejn tmur. Ix-xogħol li kellha f'restorant spiċċa f'Ottubru, u l-kera f'Birżebbuġa u Ħal Far tlajna ħafna. Diġà kellimna lil żewġ shelters, it-tnejn mimlijin. Xi ideat? Anke xi ħaġa temporanja sakemm tinstab soluzzjoni aħjar.
ordinary:years | Minn 2012 sa 2015 konna naħdmu fid-detention, issa l-biċċa l-kbira fil-komunità.
ordinary:training | Taħriġ fuq trauma: 3 sessjonijiet, 14, 21 u 28 ta' Jannar 2027, 9:00-12:30.
ordinary:long_number | Il-proġett għandu r-referenza MT/2024/AMIF/1.04, ikteb dik fuq l-invoices.
ordinary:date_not_birth | L-iskadenza għall-applikazzjonijiet hija l-31 ta' Jannar 2027.
ordinary:org_contact | Segwuna fuq Instagram @netwerk.kenn.mt jew ibagħtu email fuq info@kenn-netwerk.mt.

[ar]
phone | زملائي، السيدة السورية اللي بمركز الإيواء بكولونيا وافقت نتواصل معها، رقمها 0170 6130029، واتساب بس لأنها ما بتقدر تحكي قدامه.
phone | رقم زوجها اللي عم يهددها: ٠١٦٠ ٧٦٢ ١٢٥٨ — لا حدا يتصل عليه، بس خلوه عندكم إذا اتصل عالمركز
email | ايميلها rania.alhasan92@gmail.com، ابعتولها موعد المحامية عليه مش عالتلفون
email | بريده: ahmad.k.nl على جيميل دوت كوم، المحامي بده يبعتله إنذار
id_number | رقم الـ BSN تبعها 127759372، بدنا نسجلها عند طبيب العائلة بروتردام وهو رافض بدون ما يتأكد.
id_number | NIE تبعها X-9502851-X، هي بمدريد وعم تشتغل تنظيف عند عيلة وماخدين منها الباسبور
case_number | رقم ملف اللجوء عند BAMF: ٨٢٧٣٦٤١-٤٧٥، المقابلة صارت بدون مترجمة امرأة وما حكت شي عن الاعتداء اللي صار بليبيا. هلأ إجاها رفض جزئي وعندها أسبوعين للطعن. المحامية بتقول لازم نقدم تقرير نفسي بسرعة ونطلب مقابلة تانية مع موظفة متخصصة بالعنف الجنسي. إذا حدا بيعرف طبيبة نفسية بتحكي عربي بمنطقة نورنبرغ وعندها مواعيد قريبة، خبروني الله يخليكن
case_number | القضية بمحكمة روتردام رقمها C/10/712345 / KG ZA 25-1187، الجلسة الجاية بكانون الثاني، مين بيقدر يروح معها؟
social | عم يلاحقها على انستغرام من حساب @abu.yazan.de، كل ما تعمل بلوك بيفتح حساب جديد.
social | حسابها على تيك توك lina_syria_nrw بدون الـ @، عم تنزل فيديوهات من البيت وخايفين عليها
plate | سيارته BMW سودا، النمرة K-MA 2481، واقفة كل يوم الصبح قدام مدرسة الولاد.
plate | النمرة gz 918 k، فان أبيض، هو اللي بيوصل البنات عالشغل بالبيوت البلاستيكية بوستلاند
address | هلأ ساكنة عند أخوها: Keupstraße 57, 51063 Köln، الطابق التالت. كل المراسلات لازم تروح عالجمعية مش لهون.
address | عنوانها الجديد بأنتويرب: تورنهاوتسيبان ٢١٨، الطابق ٢، لا تحطوه بالتقرير
date_of_birth | البنت مواليد 12/04/2009 يعني قاصر، بس بالكامب مسجلينها 18 سنة. كيف منصحح هالشي؟
date_of_birth | تاريخ الميلاد: ١٩٨٨/٠٧/٢٣ حسب الهوية السورية
named_person | ريم الأحمد، 34 سنة، عراقية، بتشتغل بمطعم بفالنسيا، إجت على الجمعية ومعها كدمات وما بدها تشتكي.
named_person | mohammed el amrani، صاحب محل الحلاقة بمولنبيك، هو اللي عم يضغط عليها ترجع عالبيت
iban | حساب المستفيدة للتحويل: NL38 INGB 0370 1544 40، مساعدة الإيجار لشهرين.
iban | الآيبان DE32-3705-0198-7106-8285-14 باسم أخت الزوج، هيك طلبت
ordinary:helpline | خط المساعدة الألماني Hilfetelefon Gewalt gegen Frauen رقمه 116 016، مجاني وعلى مدار الساعة وفيه ترجمة للعربي.
ordinary:helpline | بهولندا: Veilig Thuis على الرقم 0800-2000 مجاناً، وبحالة الخطر المباشر 112.
ordinary:helpline | بإسبانيا رقم 016 ما بيطلع بفاتورة التلفون، وبإيطاليا الرقم 1522. حطيتهم بالبروشور الجديد.
ordinary:public_office | المكتب الاتحادي للهجرة واللاجئين BAMF، العنوان Frankenstraße 210, 90461 Nürnberg، الهاتف 0911 943-0.
ordinary:statistics | حسب تقرير BKA عن سنة 2023 كان في حوالي 256 ألف ضحية عنف أسري بألمانيا، وأكتر من 70٪ منهم نساء.
ordinary:law | المادة 59 من اتفاقية اسطنبول عن حق الإقامة المستقل، وبألمانيا § 31 AufenthG بيسمح بإقامة مستقلة قبل 3 سنين بحالات الضرر الشديد.
ordinary:court | حكم محكمة العدل الأوروبية C-621/21 بتاريخ 16 يناير 2024: النساء ممكن يعتبروا فئة اجتماعية معينة. مهم للملفات.
ordinary:meeting | اجتماع الشبكة يوم الخميس 17.12 الساعة 14:00 بالغرفة 2.14 بمبنى البلدية، في قهوة.
ordinary:document | خلصنا ترجمة الدليل النسخة 1.3، الصفحات 6 لـ 11 عن أوامر الحماية.
ordinary:postcode | مكتبنا الجديد ببرلين نويكولن 12043، قريب من Hermannplatz.
ordinary:budget | التمويل للسنة الجاية 85.000 يورو بس، يعني رح نسكر يوم الاستشارات المسائي.
ordinary:percentages | 40٪ من المراجعات هالشهر من سوريا، 25٪ من العراق، والباقي من المغرب والسودان.
ordinary:public_figure | وزيرة الداخلية السابقة نانسي فيزر كانت وعدت بخطة لحماية النساء بمراكز الاستقبال، شو صار فيها؟
ordinary:colleague | المرشدة الاجتماعية بمركز الاستقبال بتيغل بتساعد بمواعيد الطبيبة النسائية
ordinary:anonymised_case | امرأة بالأربعينات من السودان، بدون أوراق، بباريس من سنتين، تعرضت لاعتداء بالشغل. مين بيعرف جمعية فرنسية بتحكي عربي؟ هي خايفة تروح عالشرطة لأنها بدون إقامة، وصاحب الشغل بيعرف هالشي وعم يستغله. سمعت إنو بفرنسا في إمكانية إقامة للضحايا اللي بيقدموا شكوى، بس ما بعرف التفاصيل ولا قديش بتاخد وقت. أي معلومة بتساعد، حتى لو رقم جمعية بمنطقة سين سان دوني.
ordinary:years | من 2015 لـ 2017 كان الشغل كله طوارئ، هلأ صار في وقت للمتابعة النفسية.
ordinary:training | دورة تدريبية للمترجمات عن الصدمة: 3 أيام، 20-22 يناير 2027، أونلاين.
ordinary:long_number | رقم تسجيل الجمعية بالغرفة التجارية KvK هو 80917264، بيطلبوه بطلب التمويل.
ordinary:date_not_birth | آخر موعد لتقديم طلبات المنحة 15 فبراير 2027.
ordinary:org_contact | تواصلوا معنا على kontakt@amal-verein-beispiel.de أو على صفحتنا بالفيسبوك Amal Frauenverein.

[fa]
phone | همکاران، خانمی که دیروز به کمپ ریتسونا منتقل شد شماره‌اش ۶۹۰ ۲۹۹ ۹۲۲۴ است، فقط واتساپ، و لطفاً فقط همکار زن تماس بگیرد.
phone | شماره شوهرش 0173 1153334 — تهدید کرده که می‌آید هامبورگ، به امنیت خانه امن خبر دادیم
email | ایمیلش sahar.rezaei.1999@gmail.com است، نامه وکیل را آنجا بفرستید.
email | ایمیل: mahsa.n ات یاهو دات کام، گوشی ندارد فعلاً
id_number | Steuer-ID او 71998309262 است، برای Jobcenter لازم است و خودش کارت را گم کرده.
id_number | شماره ملی بلژیکی‌اش ۸۲.۰۴.۲۳-۸۸۰.۸۳ است، CPAS گفته بدون این وقت نمی‌دهند
case_number | شماره پرونده BAMF: 7391046-423، مصاحبه‌اش با مترجم مرد بوده و درباره تجاوز در مسیر ایران و ترکیه چیزی نگفته. حالا جواب منفی آمده و فقط دو هفته برای اعتراض وقت دارد. وکیل گفته باید گزارش روانشناس و درخواست مصاحبه دوباره با کارمند زن بدهیم. اگر کسی روانشناس فارسی‌زبان در هامبورگ می‌شناسد که زود وقت بدهد، لطفاً خبر بدهید.
case_number | پرونده‌اش در دادگاه اداری لایپزیگ: 6 K 2187/25.A — کسی وکیل فارسی‌زبان می‌شناسد؟
social | در اینستاگرام با اکانت @arash.hamburg.92 مزاحمش می‌شود، بلاک هم کرده فایده ندارد.
social | صفحه‌اش instagram.com/nilofar.kabul.athens است، عکس‌های بچه‌ها را می‌گذارد، نگرانیم
plate | ماشینش پژو سفید، پلاک HH-AS 713، هر شب جلوی ساختمان پارک می‌کند.
plate | پلاک ماشین inz5287، ون خاکستری، همان که دخترها را به مزرعه می‌برد
address | الان پیش خواهرش زندگی می‌کند: Chemnitzer Straße 44, 04289 Leipzig. نامه‌ها را به انجمن بفرستید نه آنجا.
address | آدرس: خیابان پاتیسیون شماره ۱۴۸، طبقه سوم، آتن — لطفاً جایی ننویسید
date_of_birth | تاریخ تولد دختر ۱۳۸۸/۰۵/۱۲ شمسی است، یعنی زیر ۱۸ سال، ولی در کمپ بزرگسال ثبتش کرده‌اند.
date_of_birth | geb. 03.09.1996، در Ausweis همین نوشته ولی در تذکره چیز دیگری
named_person | زهرا حسینی، ۲۸ ساله، افغان، در یک کارگاه خیاطی در آتن کار می‌کند و صاحب‌کار حقوقش را نمی‌دهد و تهدیدش می‌کند.
named_person | reza karimi، مدیر رستوران در آیندهوون، پاسپورتش را نگه داشته
iban | برای کمک اجاره: DE28 2005 0550 8725 3521 61، حساب به نام خودش است.
iban | شماره حساب be54 3513 1476 4997 به اسم مادرش، پول را آنجا بریزید
ordinary:helpline | خط ۱۵۹۰۰ در یونان ۲۴ ساعته و رایگان است و با مترجم فارسی هم کار می‌کنند. به خانم‌های کمپ بگویید.
ordinary:helpline | در آلمان Hilfetelefon با شماره 116 016 به فارسی و دری هم جواب می‌دهد، رایگان.
ordinary:helpline | شماره اضطراری در همه کشورهای اروپا ۱۱۲ است، حتی بدون سیم‌کارت.
ordinary:public_office | اداره مهاجرت هلند IND شماره 088 043 0430 را دارد، ولی معمولاً باید مدت زیادی پشت خط بمانید.
ordinary:statistics | طبق گزارش UNHCR میلیون‌ها افغان بیرون از کشورند و در سال ۲۰۲۴ افغان‌ها هنوز در میان بیشترین متقاضیان پناهندگی در اروپا بودند.
ordinary:law | قانون پناهندگی یونان ۴۹۳۹/۲۰۲۲ است، ماده مربوط به گروه‌های آسیب‌پذیر را برایتان ترجمه کرده‌ام.
ordinary:court | حکم دادگاه اروپا در پرونده‌های C-608/22 و C-609/22 (۴ اکتبر ۲۰۲۴): محدودیت‌های طالبان علیه زنان می‌تواند آزار و اذیت باشد.
ordinary:meeting | جلسه هماهنگی ۱۹ دسامبر ساعت ۱۱، اتاق ۳۰۵، طبقه سوم ساختمان شهرداری.
ordinary:document | بروشور نسخه ۲ را فرستادم، صفحه ۴ درباره حق مترجم زن است.
ordinary:postcode | دفتر ما در اگزارخیا است، آتن ۱۰۶۸۱، نزدیک میدان.
ordinary:budget | بودجه پروژه برای دو سال ۱۲۰ هزار یورو است، که ۲۰٪ آن برای مترجم است.
ordinary:percentages | ۷۰٪ مراجعین ما از افغانستان، ۲۰٪ از ایران و بقیه از تاجیکستان هستند.
ordinary:public_figure | نرگس محمدی، برنده جایزه صلح نوبل ۲۰۲۳، در پیامش از زنان مهاجر هم نام برد.
ordinary:colleague | مددکار اجتماعی کمپ اسکاراماگاس هفته‌ای دو روز برای مشاوره زنان وقت دارد.
ordinary:anonymised_case | زنی حدوداً ۳۵ ساله از هرات با سه فرزند، تازه به آلمان رسیده، شوهرش کتکش می‌زند. خانه امن با جای خالی کسی سراغ دارد؟ خانه‌های امن شهر ما همه پر هستند و یکی دیگر فقط زنان بدون بچه بالای دوازده سال را قبول می‌کند. خودش آلمانی بلد نیست و فقط دری صحبت می‌کند. مددکار کمپ قول داده تا جمعه جوابی پیدا کند ولی من نگرانم.
ordinary:years | از ۲۰۲۱ بعد از سقوط کابل تعداد زنان تنها که به ما مراجعه می‌کنند دو برابر شده.
ordinary:training | کارگاه آموزشی برای مترجمان: ۲۵ و ۲۶ ژانویه ۲۰۲۷، ساعت ۱۰ تا ۱۵، آنلاین.
ordinary:long_number | کتاب راهنما با ISBN 978-3-16-148410-0 چاپ شده، نسخه PDF هم داریم.
ordinary:date_not_birth | مهلت ثبت‌نام برای کارگاه تا ۳۱ ژانویه ۲۰۲۷ است.
ordinary:org_contact | صفحه اینستاگرام انجمن ما @anjoman.zanan.example است، سوالات را آنجا بپرسید.
"""

POSTS = parse(_TEXT)
