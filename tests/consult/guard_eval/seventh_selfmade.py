"""A small evaluation set written by the tuner of the sixth round (2026-12-07),
while writing the rules for licence plates, social handles, named persons and
public offices: **tuning data**, not an independent measure. It checks that
those rules reach the forms they were written for in all 16 languages, and
that ordinary posts of the weak themes (public figures in their role, public
offices' addresses and numbers, published court references, postcodes and
districts, document versions and pages, helplines) pass. All names, plates,
handles, numbers and addresses are invented; the public figures are named
with invented names too.

Same shape as the other parts: ``(language, kind, text)``.

``FRESH`` was written after the rules were finished and measured once
(2026-12-07, figures in docs/guard.md) before any change: the tuner's own
check that the rules reach sentences they were not fitted on. It is tuning
data from then on.
"""

from . import parse

POSTS = parse(
    """
[en]
plate | The man who follows her drives a blue Skoda, registration 222-WX-4411.
social | He set up a fake page at facebook.com/ciara.byrne.0207 using her photos.
social | Her ex messages her from at dara underscore kinsella on Snapchat.
named_person | Blessing Okonkwo, 24, works nights at the car wash in Athlone.
named_person | my client tesfay gebremedhin lives with his brother in Cork and is afraid to go out.
ordinary:public_figure | Minister Orla Keane presented the new national strategy on 14 May.
ordinary:public_service | Kevin Street Garda station is open 24 hours, phone 01 666 9400.
ordinary:court | See the High Court judgment in [2023] IEHC 655 on reception conditions.
ordinary:postcode | Our drop-in moved to the D08 area near the canal.
ordinary:version | Version 3.4 of the referral pathway replaces version 3.1 (pages 12-19).
[ga]
plate | Tá carr dearg aige le clárú 12-LK-3398 agus fanann sé taobh amuigh.
social | Cuireann sé teachtaireachtaí chuici ar Instagram faoin ainm seanog_ciarrai.
named_person | Oibríonn Róisín Ní Bhriain i siopa i nGaillimh agus tá a fear céile ag bagairt uirthi.
named_person | Tá Halima Warsame, 31, ina cónaí san ionad i Mosney lena hiníon.
ordinary:public_figure | Labhair an tAire Dlí agus Cirt, Máire Ní Dhúill, ag an gcomhdháil inné.
ordinary:public_service | Tá stáisiún na nGardaí i mBaile Átha Luain ar oscailt gach lá.
ordinary:court | Féach breithiúnas na hArd-Chúirte [2022] IEHC 301 maidir le cóiríocht.
ordinary:postcode | Tá an oifig nua i gceantar D15.
ordinary:version | Féach leagan 2.1 den treoir, leathanach 8.
[nl]
plate | Hij rijdt in een zwarte Golf met kenteken GH-204-K en wacht bij de school.
social | Haar ex post foto's van haar via tiktok.com/@mo_verhoeven22.
named_person | Yonas Tesfamariam (17) zit in klas 3 van het Graafschap College.
named_person | Mevrouw Bakker werkt bij de bakkerij op de markt en haar man weet dat.
ordinary:public_figure | Staatssecretaris Anouk de Graaf sprak op 3 maart over de spreidingswet.
ordinary:public_service | Het politiebureau aan de Burgwal 12 is elke dag open, telefoon 0900 8844.
ordinary:court | Zie de uitspraak van de Raad van State van 12 juli 2023, ECLI:NL:RVS:2023:2701.
ordinary:postcode | Het spreekuur is voor bewoners van postcodegebied 3521 en omstreken.
ordinary:version | Zie versie 2.0 van het protocol, bijlage 4, pagina 17.
[de]
plate | Der Ex-Partner fährt einen grauen Passat mit dem Kennzeichen HH-KL 4821.
social | Er beleidigt sie auf Insta unter dem Namen jan.berger_hh.
social | Auf TikTok ist er als @ tarek_hamdan88 aktiv und filmt sie.
named_person | Olena Tkachenko arbeitet in einer Bäckerei in Leipzig, ihr Mann sucht sie.
named_person | Frau Yıldız wohnt mit ihrer Tochter im Wohnheim an der Hauptstraße.
ordinary:public_figure | Bundesministerin Katrin Vogt stellte am Dienstag den Aktionsplan vor.
ordinary:public_service | Die Ausländerbehörde ist unter 030 90269 2000 erreichbar, Mo-Fr 8-13 Uhr.
ordinary:court | Vgl. das Urteil des BVerwG vom 15.01.2024 - 1 C 9.23 - zur Familienzusammenführung.
ordinary:postcode | Unsere Beratungsstelle betreut Frauen im Postleitzahlbereich 04 um Leipzig.
ordinary:version | Siehe Fassung 5 des Leitfadens, S. 22-24, Anhang 2.
[fr]
plate | Il conduit une Clio grise immatriculée FG-392-KT et se gare devant le foyer.
social | Il publie des photos d'elle sur instagram.com/nadia_benali.off.
named_person | Aïcha Mbuyi, 29 ans, travaille comme femme de ménage à l'hôtel de la gare.
named_person | Madame Kasongo habite avec sa fille au foyer de Saint-Denis.
ordinary:public_figure | La ministre Claire Dumont a présenté le plan national le 8 mars.
ordinary:public_service | Le commissariat du 18e arrondissement répond au 01 53 41 50 00.
ordinary:court | Voir l'arrêt du Conseil d'État du 12 avril 2023, n° 468524.
ordinary:postcode | Nos permanences couvrent le 75018 et le 75019.
ordinary:version | Voir la version 1.3 du guide, page 12, annexe 2.
[es]
plate | Su expareja conduce un Seat León con matrícula 4829 KLM.
social | La acosa desde la cuenta de Instagram @carla.mendoza_93.
named_person | Yesenia Quispe, de 26 años, trabaja en un bar de Lavapiés con su hermana.
named_person | La señora Ramírez vive con su hijo en el albergue de la Cruz Roja.
ordinary:public_figure | La ministra Elena Torres presentó el protocolo en Madrid el lunes.
ordinary:public_service | La comisaría de distrito atiende en el 915 22 33 44 de 9 a 14 h.
ordinary:court | Véase la sentencia del Tribunal Supremo 1345/2023 sobre protección internacional.
ordinary:postcode | Atendemos a mujeres de los códigos postales 28012 y 28045.
ordinary:version | Véase la versión 2.2 del protocolo, página 9, anexo III.
[it]
plate | Il suo ex ha una Panda bianca targata DG 482 KP e la aspetta sotto casa.
social | La segue su TikTok come marco.ferri_to e commenta i suoi video.
named_person | Joy Adebayo, 22 anni, lavora in un ristorante di Castel Volturno.
named_person | La signora Esposito abita con il marito in via Roma e lui la controlla.
ordinary:public_figure | La ministra Paola Ricci ha presentato il piano antiviolenza a Roma.
ordinary:public_service | La Questura di Torino risponde allo 011 55881, dal lunedì al venerdì.
ordinary:court | Vedi la sentenza della Corte di Cassazione n. 22456/2023 sulla protezione speciale.
ordinary:postcode | Il nostro sportello copre i CAP 10152 e 10153.
ordinary:version | Vedi la versione 3 delle linee guida, pagina 14.
[pl]
plate | Jej były partner jeździ czarnym Oplem na numerach rejestracyjnych WX 48213.
social | Na Instagramie pisze do niej jako kasia_krk92.
named_person | Olha Melnyk pracuje w sklepie w Lublinie, a jej mąż jej szuka.
named_person | Pani Kowalczyk mieszka z córką w ośrodku w Dębaku.
ordinary:public_figure | Minister Anna Zawadzka przedstawiła nową strategię w Sejmie.
ordinary:public_service | Komenda Powiatowa Policji przyjmuje zgłoszenia pod numerem 47 721 12 00.
ordinary:court | Zob. wyrok NSA z 12.03.2024, sygn. II OSK 1523/22, dotyczący ochrony.
ordinary:postcode | Dyżury obejmują kody pocztowe 00-950 i 00-951.
ordinary:version | Zob. wersja 2.4 procedury, str. 18, załącznik 3.
[el]
plate | Την ακολουθεί με ένα λευκό αυτοκίνητο με πινακίδα ΚΗΙ-7421.
social | Της στέλνει μηνύματα στο Ίνστα με το όνομα giorgos_pap88.
named_person | Η Φατιμά Αχμάντι, 34 ετών, δουλεύει σε φούρνο στον Πειραιά.
named_person | Η Ελένη Παπαδοπούλου μένει με την κόρη της στο Ηράκλειο και ο σύζυγος την απειλεί.
ordinary:public_figure | Η υπουργός Μαρία Κωνσταντίνου παρουσίασε το σχέδιο δράσης.
ordinary:public_service | Το αστυνομικό τμήμα Ομόνοιας απαντά στο 210 522 8888.
ordinary:court | Βλ. την απόφαση του ΣτΕ 1234/2022 για την υποδοχή.
ordinary:postcode | Το γραφείο μας εξυπηρετεί τους ΤΚ 104 31 και 104 32.
ordinary:version | Βλ. έκδοση 2.1 του οδηγού, σελ. 14.
[hr]
plate | Prati je autom registracije ST 4821-KL ispred posla.
social | Objavljuje njezine slike na Fejsu kao marko_split1990.
named_person | Ivana Babić radi u pekari u Dubravi, a njezin muž je prati.
named_person | Zarmina Ahmadi, 19 godina, živi u prihvatilištu u Kutini.
ordinary:public_figure | Ministrica Ana Kovač predstavila je novi nacionalni plan.
ordinary:public_service | Policijska postaja Trešnjevka dostupna je na 01 456 3111.
ordinary:court | Vidi presudu Ustavnog suda U-III-1234/2022 o smještaju.
ordinary:postcode | Naše savjetovalište pokriva poštanski broj 10000.
ordinary:version | Vidi verziju 3.0 protokola, stranica 11.
[sl]
plate | Njen bivši partner vozi avto z registrsko tablico KR 28-HPL.
social | Na Instagramu jo nadleguje kot tina.kranjc_lj.
named_person | Mojca Potočnik dela v trgovini v Celju in njen mož jo zasleduje.
named_person | Ayaan Farah, 23 let, živi v azilnem domu na Viču.
ordinary:public_figure | Ministrica Tanja Zupan je predstavila novo resolucijo.
ordinary:public_service | Policijska postaja Ljubljana Center je dosegljiva na 01 475 0600.
ordinary:court | Glej sodbo Vrhovnega sodišča I Up 123/2023 o mednarodni zaščiti.
ordinary:postcode | Svetovalnica pokriva poštno številko 1000.
ordinary:version | Glej različico 2.3 protokola, stran 15.
[hu]
plate | A volt férje egy ezüst Opellel jár, rendszáma AB CD-812.
social | A TikTokon nagy.reka_07 néven posztol róla.
named_person | Kovács Eszter egy pékségben dolgozik Szegeden, és a férje keresi.
named_person | Nasrin Rahimi, 27 éves, a fia iskolája mellett lakik.
ordinary:public_figure | Szabó Katalin miniszter bemutatta az új stratégiát.
ordinary:public_service | A kerületi rendőrkapitányság a 06 1 477 3700 számon érhető el.
ordinary:court | Lásd a Kúria Kfv.III.37.123/2023. számú határozatát.
ordinary:postcode | Irodánk az 1082-es irányítószámú körzetben fogad.
ordinary:version | Lásd az útmutató 2.0 verzióját, 12. oldal.
[mt]
plate | Isuq karozza sewda bin-numru tar-reġistrazzjoni KBL 482.
social | Jibgħatilha messaġġi fuq Facebook bħala jake_borg.mt.
named_person | Marija Camilleri taħdem f'lukanda f'San Ġiljan u żewġha jsegwiha.
named_person | Semhar Haile, 25 sena, tgħix fiċ-ċentru ta' Ħal Far ma' bintha.
ordinary:public_figure | Il-Ministru Josette Vella ppreżentat l-istrateġija l-ġdida.
ordinary:public_service | L-għassa tal-pulizija tal-Belt tinsab fi Triq il-Merkanti 12.
ordinary:court | Ara s-sentenza tal-Qorti Kostituzzjonali fl-appell nru 45/2022.
ordinary:postcode | L-uffiċċju tagħna jservi l-lokalitajiet BKR u SGN.
ordinary:version | Ara l-verżjoni 1.2 tal-protokoll, paġna 7.
[bg]
plate | Той я следи с кола с регистрационен номер СВ 4821 КР.
social | Пише ѝ във Фейсбук като petar_ivanov88.
named_person | Мария Георгиева работи в пекарна в Пловдив и съпругът ѝ я търси.
named_person | Олена Коваленко, 31 години, живее в центъра в Овча купел с дъщеря си.
ordinary:public_figure | Министър Елена Петкова представи новата стратегия.
ordinary:public_service | Районното управление на полицията отговаря на 02 982 2222.
ordinary:court | Вж. решението на ВАС № 1234/2023 за закрилата.
ordinary:postcode | Офисът ни обслужва пощенски код 1000.
ordinary:version | Вж. версия 2.0 на наръчника, стр. 9.
[ar]
plate | يلاحقها بسيارة رمادية تحمل لوحة رقم BXT 482.
social | ينشر صورها على انستغرام باسم rami_khalil92.
named_person | فاطمة الحسن، ٢٩ سنة، تعمل في مطعم في أثينا مع أختها.
named_person | السيدة حداد تسكن مع ابنتها في المخيم قرب المدرسة.
ordinary:public_figure | قدمت الوزيرة ليلى منصور الخطة الوطنية الجديدة.
ordinary:public_service | مركز الشرطة في وسط المدينة يرد على الرقم 01 666 9000.
ordinary:court | انظر حكم المحكمة الأوروبية لحقوق الإنسان في القضية رقم 33401/02.
ordinary:postcode | مكتبنا يخدم المنطقة D08 في دبلن.
ordinary:version | انظر الإصدار 2.1 من الدليل، صفحة 12.
[fa]
plate | او با ماشین پژو با پلاک ABC-482 جلوی کمپ می‌ایستد.
social | عکس‌های او را در اینستاگرام با نام sara.ahmadi88 منتشر می‌کند.
named_person | زهرا رحیمی با دخترش در کمپ ریتسونا زندگی می‌کند.
named_person | خانم کریمی در یک رستوران در آتن کار می‌کند و شوهرش او را تهدید می‌کند.
ordinary:public_figure | وزیر کشور، مریم نوری، برنامه جدید را معرفی کرد.
ordinary:public_service | اداره مهاجرت با شماره 01 666 9000 در دسترس است.
ordinary:court | به حکم دادگاه اروپایی حقوق بشر، پرونده ۳۳۴۰۱/۰۲ رجوع کنید.
ordinary:postcode | دفتر ما منطقه 1012 را پوشش می‌دهد.
ordinary:version | به نسخه ۲.۱ راهنما، صفحه ۱۲ رجوع کنید.
"""
)

FRESH = parse(
    """
[en]
plate | Grey Ford Transit, reg 06-D-77812, parked at the end of her road every evening.
named_person | Mariam Noori from Herat started at the hairdresser's on Main Street last week.
ordinary:public_figure | Judge Aileen Hurley delivered the judgment in the Court of Appeal.
ordinary:public_service | The Intreo office in Tallaght takes calls on 01 452 3344 in the mornings.
[ga]
social | Tá sé ag postáil fúithi ar TikTok mar @ciaran_og_99.
named_person | Tá Oksana Bondarenko, 36, ag obair in óstán i gCill Airne.
ordinary:version | Féach leagan 4 den pholasaí, leathanach 3.
ordinary:postcode | Freastalaímid ar cheantair D01 agus D07.
[nl]
plate | De auto van haar ex, een rode Kia met nummerplaat 1-XKR-339, staat vaak bij de opvang.
named_person | Chioma Eze werkt als schoonmaakster in het ziekenhuis in Gent en haar man weet niet waar ze woont.
ordinary:public_figure | Minister Sofie Peeters opende dinsdag het nieuwe zorgcentrum.
ordinary:public_service | Het stadhuis van Mechelen is bereikbaar op 015 29 76 55.
[de]
social | Sie findet ihn auf Snapchat als @ lukas_k_1997.
named_person | Amina Yusuf (22) geht in die Berufsschule am Ring und wohnt bei ihrer Tante.
ordinary:court | Siehe Beschluss des BVerfG vom 03.05.2023 - 2 BvR 1234/22.
ordinary:version | Fassung 3.1 vom März, Seite 44, Absatz 2.
[fr]
plate | Sa voiture, une 208 noire, porte la plaque EK 731 RB.
social | Il l'insulte sur Snapchat sous le pseudo : leo.grd_75.
ordinary:public_figure | Le Défenseur des droits, Jean Moreau, a publié son rapport annuel.
ordinary:postcode | La permanence couvre les quartiers du 93200.
[es]
named_person | Guadalupe Mamani trabaja en una panadería de Usera y su marido la vigila.
plate | La furgoneta blanca de él lleva la matrícula 7731-LKD.
ordinary:public_service | La oficina de extranjería de Valencia atiende en el 963 07 94 00.
ordinary:court | Véase la STC 84/2023 del Tribunal Constitucional.
[it]
social | Ha aperto un profilo falso: instagram.com/giulia_b.fake.
named_person | Mercy Okafor, 30 anni, nigeriana, dorme nel centro di accoglienza di Mineo.
ordinary:public_figure | Il sindaco Luca Bruni ha inaugurato il nuovo sportello.
ordinary:version | Vedi la versione 1.4, pagina 22, allegato B.
[pl]
plate | Jego auto ma tablice KR 7G412, zawsze stoi pod jej pracą.
named_person | Iryna Savchenko pracuje w szpitalu w Rzeszowie, a jej syn chodzi tam do szkoły.
ordinary:public_service | Urząd do Spraw Cudzoziemców przyjmuje telefony pod numerem 22 601 74 02.
ordinary:postcode | Obsługujemy kody 31-001 do 31-999.
[el]
social | Έχει φτιάξει ψεύτικο προφίλ στο TikTok ως @eleni_kr_2001.
named_person | Η Σαμίρα Χαλίλ, 28 ετών, από τη Συρία, εργάζεται σε κατάστημα στη Θεσσαλονίκη.
ordinary:public_figure | Ο Συνήγορος του Πολίτη, Ανδρέας Πάππας, παρουσίασε την έκθεση.
ordinary:court | Βλ. την απόφαση του ΕΔΔΑ στην υπόθεση M.S.S. κατά Βελγίου και Ελλάδας.
[hr]
plate | Auto s tablicama RI 553-CK ostavlja ispred sigurne kuće.
named_person | Shabana Haidari, 21 godina, radi u praonici u Rijeci.
ordinary:public_service | Općina Trnje je na broju 01 610 0222.
ordinary:version | Verzija 2 smjernica, stranica 6.
[sl]
social | Na TikToku objavlja posnetke kot @nejc_mb_92.
named_person | Fatuma Abdi dela v pralnici v Kopru in njen mož jo išče.
ordinary:public_figure | Varuh človekovih pravic Peter Kos je predstavil poročilo.
ordinary:postcode | Pisarna pokriva poštno številko 2000.
[hu]
plate | Egy fehér Suzukival követi, rendszáma NKT-552.
named_person | Varga Anikó egy iskolában takarít Debrecenben, és a volt férje ott várja.
ordinary:public_service | A Bevándorlási Hivatal a 06 1 463 9100 számon hívható.
ordinary:court | Lásd az Alkotmánybíróság 3/2023. (II. 8.) AB határozatát.
[mt]
social | Ħoloq profil falz fuq Instagram bl-isem sara_mt_01.
named_person | Hodan Jama, 20 sena, tgħix fiċ-ċentru ta' Marsa.
ordinary:public_figure | L-Ombudsman Anthony Zammit ippubblika r-rapport annwali.
ordinary:version | Ara l-verżjoni 3 tal-gwida, paġna 5.
[bg]
plate | Той кара сив Форд с номер РВ 7731 АК и чака пред работата ѝ.
named_person | Ахмад Хайдари, 17 години, от Афганистан, учи в училище в Харманли.
ordinary:public_service | Община Средец е на телефон 02 987 5432.
ordinary:postcode | Офисът обслужва пощенски код 4000.
[ar]
social | أنشأ حساباً مزيفاً على تيك توك باسم @noor_sy_99.
named_person | أحمد رحيمي، ١٩ عاماً، يعمل في مخبز في بروكسل ويعيش مع أخيه.
ordinary:public_figure | أعلنت الوزيرة سارة الخطيب عن الخطة الجديدة.
ordinary:version | انظر النسخة ٣ من الدليل، الصفحة ١٤.
[fa]
plate | ماشین او یک پژوی سفید با پلاک XKR-339 است.
named_person | فرشته حسینی، ۲۵ ساله، در یک نانوایی در آتن کار می‌کند.
ordinary:public_service | شهرداری منطقه با شماره 01 666 9000 پاسخ می‌دهد.
ordinary:court | به رأی دیوان عدالت اداری شماره ۱۲۳۴ مراجعه کنید.
"""
)
