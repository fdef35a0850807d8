"""Twelfth held-back part, writer ``d``: Slovenian, Hungarian, Arabic, Persian.

Written on 2026-12-07 in one sitting by an independent corpus writer who
never read the detector, its tests, its tuning data or the other parts of
this round; the only file read under the project was the package's
``__init__.py``, for the format. 40 posts a language: 20 identifying (two of
each kind: phone, email, id_number, iban, case_number, social, plate,
address, date_of_birth, named_person), about a third of them disguised
(numbers in words or oddly grouped, "afna" / "kukac" / "[at]" for @, spaced
characters, Arabic-Indic and Persian digits, Greek and Cyrillic plates,
Solar Hijri dates of birth, addresses told in words), and 20 ordinary posts
that must pass.

Numbers: private phone numbers were drawn at random for the country
(Slovenia, Hungary, Germany, Italy, Greece, the Netherlands) and kept only
when ``phonenumbers.is_valid_number`` judged them valid mobile numbers.
Identifiers were drawn at random with their check digits computed, and every
one was checked after writing: EMSO and the Slovenian tax number with
``stdnum.si.emso`` / ``stdnum.si.ddv``, the German tax ID with
``stdnum.de.idnr``, the Belgian national number with ``stdnum.be.nn``, the
Greek AMKA with ``stdnum.gr.amka`` (even 10th digit for a woman), the Dutch
BSN with ``stdnum.nl.bsn``; the Hungarian TAJ (weights 3/7, mod 10) and tax
ID (8 + days since 1867-01-01, weights 1..9, mod 11) by their published
rules. IBANs (SI, HU, DE, BE, NL, GR) were built with national check digits
(SI mod 97, HU 9-7-3-1, BE mod 97, NL 11-test) and checked with
``stdnum.iban``; the Hungarian account written in the domestic 8-8 form is
the same number as a valid HU IBAN. Solar Hijri dates were converted with the
usual Jalali arithmetic (checked on 1 Farvardin 1403 = 2024-03-20). ISBNs in
ordinary posts carry correct check digits. Helplines and public offices are
the published ones as far as the writer knows them; every private person,
private number, plate, handle and private address is invented.
"""

from . import parse

_TEXT = """
[sl]
phone | Prosim, če lahko kdo iz celjske enote danes pokliče gospo, ki smo jo včeraj začasno namestili pri sestri. Na službeni telefon ne odgovarja, neznanih številk ne pobira. Njen privatni je 070 214 466 – kličite po 16h, ko moža ni doma, in se predstavite kot "iz ambulante", ne kot CSD. Hvala!
phone | Tolmačka mi je sporočila, da ima stranka (tista iz azilnega doma, ki je bila prejšnji teden pri nas) novo številko, ker ji je partner vzel telefon: nič štiri nič, tri šest devet, tri sedem tri. NE pišite ji SMS-ov, samo WhatsApp, v arabščini, in nič o policiji v prvem sporočilu.
email | Za gospo iz Kopra (o kateri smo govorili na interviziji v torek): odgovarja samo na mail, telefon ji pregleduje brat. fatima.rahimi.kp@gmail.com – v zadevo napišite samo "termin", nič o nasilju ali o varni hiši.
email | jasmina.hodzic87 afna gmail pika com -> to je mail sestre naše stranke, ona bo pomagala s prevodom dokumentov za sodišče. Bi ji lahko odvetnica direktno poslala vabilo na narok? Stranka sama nima maila, telefon pa ji kontrolira tašča.
id_number | Na UE Ljubljana zahtevajo EMŠO za podaljšanje dovoljenja za začasno prebivanje, stranka ga ima samo na stari kartici zdravstvenega zavarovanja: 3010987509577. Ali lahko vlogo namesto nje vloži pooblaščenka iz varne hiše, ker ona ne sme priti osebno (mož jo zadnje tedne čaka pred UE)? Kdo ima izkušnje?
id_number | Računovodstvo nam že drugič vrača nakazilo izredne denarne pomoči, ker se "davčna ne ujema". Na vlogi je 85 07 21 25, v sistemu pa ima gospa vpisano neko drugo, verjetno od bivšega moža, ki je vse urejal namesto nje. Ve kdo, kako se to popravi na FURS, ne da bi ona morala osebno na urad v Novem mestu?
iban | Zbiramo za mamo z dvema otrokoma, ki je po osmih mesecih v varni hiši končno dobila neprofitno stanovanje, pa nima niti za varščino niti za posteljo za mlajšega (3 leta). Občina bo pomagala šele februarja. Kdor bi želel prispevati direktno, njen TRR: SI56 1910 0003 9487 396. Prosim, da ne delite naprej izven foruma, v namen napišite samo "pomoč", ker izpiske še vedno včasih vidi njen bivši (imata skupnega sina in se srečujeta pri izročitvah). Hvala vsem, ki ste že prinesli oblačila v pisarno!
iban | Za povračilo potnih stroškov priče na sodišču – gospa je dala svoj račun, ker gotovine ne more prejeti (vse ji pobere partner): SI 56 61000 71599221 66, imetnica je ona sama. Ali sodišče sploh nakazuje na račun, ali bi bilo bolje, da gre prek našega društva?
case_number | Policija (PP Ljubljana Moste) je izrekla prepoved približevanja, zadeva pri njih teče pod št. 2252-1784/2025/6. Preiskovalni sodnik bi moral odločiti v treh dneh, mi čakamo že peti dan in stranka je v paniki. Je to normalno? Koga kličete v takih primerih?
case_number | Narok v zadevi IV P 1423/2025 (Okrožno sodišče v Mariboru, razveza in dodelitev otrok) je prestavljen na januar. Mama je pri nas v varni hiši in se boji, da bo na hodniku srečala moža in njegovo družino. Je kdo že dosegel, da sodišče uredi ločen vhod ali čakalnico? Kakšen predlog ste pisali?
social | Ali kdo pozna ta profil: instagram.com/lejla.lj_official ? Dekle (16) iz našega programa pravi, da ji prek njega pišejo in ponujajo "delo za hostese" v Avstriji, z brezplačnim prevozom iz Ljubljane. Prijavljeno policiji včeraj, ampak če ima kdo še kakšno informacijo, prosim v ZS.
social | Stranka je zaprla svoj TikTok, ker jo je bivši partner tam sramotil z njenimi slikami, zdaj odpira novega: @ a m i r a . k _ 2 0 0 5. Prosim, ne sledite ji s službenimi profili, on preverja, kdo ji sledi.
plate | Gospa pravi, da jo bivši partner vsak dan čaka pred vrtcem v Mariboru, siv VW Golf, reg. MB 85-HCN. Na policiji pravijo, da dokler ne krši prepovedi, ne morejo nič. Kaj lahko naredimo mi, poleg spremljanja?
plate | Za varnostni načrt: če boste na terenu v Kopru videli črn Passat, tablica se začne s KP, potem KL in na koncu sedem-ena-devet, takoj pokličite 113. To je avto njenega brata, ki jo išče že od poletja.
address | Nova namestitev je Tržaška cesta 57, stanovanje 9 (2. nadstropje), Maribor. Prosim patronažno sestro, da čim prej obišče mamo in dojenčka – mama govori samo farsi, tolmačko sem že naročila za sredo dopoldne.
address | Za koordinacijo terena: varna hiša je od decembra v Šentjurju, rumena hiša na Cesti Kozjanskega odreda številka štirinajst, zvonec brez imena, parkirišče zadaj. Ne vozite se tja s službenimi avti z nalepko in NIKOLI ne dajajte naslova tolmačem po telefonu.
date_of_birth | Stranka roj. 29. 11. 1993, BiH – ali BPP šteje tudi moževe dohodke, če živita ločeno od oktobra?
date_of_birth | Rojena je bila spomladi 2001 – tako je povedala na prvem razgovoru – na sirskih dokumentih piše 1. 3. 2001, naša odločba pa ima 03.01.2001. Zdaj zaradi tega ne more odpreti računa na banki. Ali se napaka popravi s popravnim sklepom ali je treba novo vlogo?
named_person | Amina Hadžić, 34 let, iz Velike Kladuše, dela kot sobarica v enem od hotelov v Portorožu, dva otroka (7 in 11 let). Danes je prišla na CSD Piran in povedala, da ji mož grozi z nožem in da ji je vzel potni list in delovno dovoljenje. Potrebujem nujno namestitev za jutri, po možnosti ne na Obali, ker ima mož tam sorodnike – ima kdo prosto mesto v krizni namestitvi?
named_person | Prosim za nasvet: Zahra Mohammadi, Afganistanka, 27 let, z možem v azilnem domu na Viču od avgusta, noseča v 5. mesecu. Medicinska sestra je pri pregledu opazila modrice na rokah in na hrbtu, ona pravi, da je padla po stopnicah. Mož Reza je vedno zraven, tudi pri tolmačenju, in odgovarja namesto nje. Tolmač za dari je moški, ki ga mož pozna iz kampa v Bosni. Kako organizirati pogovor brez njega, da ne bo sumljivo? Razmišljamo o ginekološkem pregledu, kamor mož ne more zraven, in o tolmački po videopovezavi iz Maribora. Je kdo to že izpeljal v ZD Vič ali v porodnišnici? Ne bi rada, da bi jo potem doma kaznoval, ker je bila sama z nami.
ordinary:helplines | Za plakate v čakalnici – preverjene številke: SOS telefon za ženske in otroke – žrtve nasilja 080 11 55 (brezplačno), TOM telefon za otroke in mladostnike 116 111, policija 113, nujna pomoč 112, anonimni telefon policije 080 1200. Če kdo ima še kaj za žrtve trgovine z ljudmi, prosim dopišite.
ordinary:org_contact | Društvo Ključ – center za boj proti trgovini z ljudmi ima brezplačno linijo 080 17 22, več na www.drustvo-kljuc.si. Zelo odzivni, tudi za prisilne poroke, kot sem ugotovila prejšnji teden.
ordinary:public_office | Urad vlade za oskrbo in integracijo migrantov (UOIM), Cesta v Gorice 15, 1000 Ljubljana, glavna pisarna gp.uoim@gov.si. Za vprašanja o nastanitvi prosilk pišite tja, ne na osebne maile zaposlenih.
ordinary:statistics | Naša regija v številkah: v 2025 smo vodili 146 novih primerov po ZPND (2024: 121), od tega 38 z migrantskim ozadjem, 11 primerov z mladoletno žrtvijo. Povprečen čas v varni hiši 4,7 meseca.
ordinary:percentages | Rezultati ankete med zdravstvenimi delavci (n=212): 64 % še nikoli ni opravilo rutinskega presejanja za nasilje, 27 % ga opravlja "včasih", samo 9 % vedno; 71 % bi si želelo tolmača v živo, ne po telefonu. Celotno poročilo pošljem do petka.
ordinary:law | Še enkrat za nove kolegice, ker se to na vsaki interviziji ponavlja: nasilje v družini je po 191. členu KZ-1 kaznivo dejanje, ki se preganja po uradni dolžnosti – torej prijava ni odvisna od tega, ali jo žrtev "umakne". Prepoved približevanja izreče policija po 60. členu ZNPPol, o njej potem odloča preiskovalni sodnik, za dolgoročnejše ukrepe pa je treba predlagati ukrep po ZPND na sodišču. Pri tujkah z dovoljenjem, vezanim na moža, preverite Zakon o tujcih (ZTuj-2) in se posvetujte s pravno službo, preden ji karkoli obljubite. Na ravni EU: Direktivo 2024/1385 o boju proti nasilju nad ženskami in nasilju v družini je treba prenesti do 14. junija 2027, Istanbulska konvencija pa v Sloveniji velja od 2015.
ordinary:judgment | Za seminar o oceni tveganja priporočam ESČP, Kurt proti Avstriji (št. 62903/15, veliki senat, 15. 6. 2021), in Volodina proti Rusiji (št. 41261/17). Obe sta kratki in dobri za razpravo.
ordinary:meeting | Intervizija regijske mreže bo v četrtek, 15. 1. 2026, ob 13.30 v sejni sobi 2 (1. nadstropje) na CSD Ljubljana, enota Moste-Polje; zoom povezava za Koper in Novo mesto je v koledarju. Prosim potrdite udeležbo do 12. 1.
ordinary:training | Izobraževanje "Delo s tolmači pri razkritju spolnega nasilja": 3. in 4. februar 2026, 9.00–15.00, 12 pedagoških ur, brez kotizacije, prijave do 20. 1. (največ 25 oseb). Izvajalki sta psihologinja in sodna tolmačka za arabščino.
ordinary:version | V skupni mapi je nova verzija protokola v3.2 (SOP-07 "Obravnava žrtve spolnega nasilja v urgentni ambulanti"), spremembe so v poglavjih 4.1–4.3 in prilogi B. Prejšnja v3.1 iz marca 2025 ne velja več, natisnjene izvode prosim uničite.
ordinary:grant_number | Za poročanje: projekt teče pod CERV-2024-DAPHNE, grant agreement št. 101143527, trajanje 1. 3. 2025 – 28. 2. 2027. Na vseh gradivih mora biti logotip EU in stavek o financiranju.
ordinary:budget | Predlog proračuna za 2026: tolmačenje 15.400 € (280 ur po 55 €), supervizija 4.800 €, izobraževanja 6.250 €, najem prostorov 9.600 €, skupaj 36.050 €. Komentarji do ponedeljka, potem gre na upravni odbor.
ordinary:postcode | Terenske točke v 2026: 1000 Ljubljana, 2000 Maribor, 3000 Celje, 6000 Koper, 8000 Novo mesto in 6230 Postojna. Za 1360 Vrhnika in 1370 Logatec še iščemo prostor.
ordinary:opening_hours | Pro bono ambulanta: pon 8–12, sre 12–16, pet 8–11, ob praznikih zaprto.
ordinary:long_number | Priporočam priročnik "Nasilje v družini: vodnik za strokovne delavce" (ISBN 978-961-293-418-7) in članek v Journal of Refugee Studies, doi 10.1093/jrs/fead041. Oboje je v knjižnici društva, izposoja za 14 dni.
ordinary:date_not_birth | Spomnim: letno poročilo do 31. 1. 2026, razpis ministrstva do 16. 2. ob 12h!
ordinary:colleague | Za vprašanja o mladoletnikih brez spremstva se obrnite na kolegico Petro Zupančič, koordinatorko na CSD Ljubljana, enota Vič-Rudnik – službeni kontakt je na spletni strani CSD. Ona je vodila tudi lanski posvet na to temo.
ordinary:public_figure | V letnem poročilu Varuha človekovih pravic za 2023 (takratni varuh Peter Svetina) je poglavje o pomanjkanju tolmačev v azilnem postopku; podobno piše posebna poročevalka ZN za nasilje nad ženskami Reem Alsalem. Bi kdo pripravil povzetek za naslednji sestanek?
ordinary:anonymised_case | Kratka supervizija: ženska v tridesetih iz zahodne Afrike, v Sloveniji dve leti, dela v predelovalni industriji, partner ima dovoljenje za stalno prebivanje, njeno začasno je vezano nanj. Pravi, da jo tepe, prijave ne želi, ker se boji izgube dovoljenja. Kaj ji lahko realno povemo o samostojnem dovoljenju, ne da bi obljubljali preveč?
ordinary:anonymised_case | Povzetek včerajšnjega sestanka z ZD in policijo, brez osebnih podatkov: (1) primer 15-letnice s Kosova, ki je bila poročena "po tradiciji" pri 14 letih – CSD je uvedel postopek, dekle je v rejniški družini, sodelovanje šole je dobro; (2) mlad moški iz Maroka, žrtev spolnega nasilja na poti prek Balkana, potrebuje psihiatra, ki govori francosko, čakalna doba 3 mesece, iščemo rešitev prek NVO; (3) pri tolmačenju za farsi imamo samo dve tolmački za celo državo, kar pomeni, da tolmačka pogosto pozna družino – to je treba vedno preveriti pred prvim razgovorom. Naslednji sestanek februarja, zapisnik pride v ponedeljek.
[hu]
phone | Sziasztok! Az ügyfélnő, akit múlt héten helyeztünk el a krízisközpontban, új számot kapott, mert a régit a férje figyelte: +36 30 540 5442. Csak SMS-t írjatok, hívni délelőtt 9 és 11 között lehet, amikor a gyerekek oviban vannak. Ha férfihang veszi fel, tegyétek le.
phone | A néni (a szekszárdi ügy, amiről múlt kedden beszéltünk) unokája hívott, ezen a számon érhető el: nulla-hat, hetven, kétszázharminckilenc, huszonnégy, hetvenhét. Magyarul jól beszél, de lassan kell neki mondani.
email | Kérlek, a bírósági végzés másolatát az ügyfél saját címére küldjétek, ne a régire: nagy.erzsebet.1979@freemail.hu – a citromailes fiókot az élettársa ismeri és olvassa.
email | Az ukrán anyuka azt kérte, hogy a lánya iskolai ügyeiben erre írjunk: mariia.shevchuk kukac gmail pont com. Ukránul vagy angolul, magyarul még nem tud. A telefonját a nagybácsi kezeli, oda ne menjen semmi.
id_number | A háziorvos nem akarja ellátni, mert szerinte "nincs érvényes jogviszonya". TAJ: 856-885-978. Tudja valaki, hogyan lehet a NEAK-tól gyorsan jogviszony-igazolást kérni, ha az ügyfél a menedékházban van és nem mehet be személyesen a kormányablakba?
id_number | Családi pótlék ügyben visszadobták a kérelmet, mert az adóazonosító jel nem stimmel: a papíron 8 4 5 5 1 2 0 4 7 9 szerepel, a rendszerben állítólag más. Gyanítom, hogy az exférj a sajátját adta meg annak idején. Volt már ilyen valakinek?
iban | Gyűjtést szervezünk egy háromgyermekes anyukának, aki a titkos menedékházból most költözik albérletbe Pécsen. A kaució és az első havi bérleti díj megvan, de nincs hűtő, nincs ágy a két kisebbnek, és télikabát sincs a nagyfiúnak. Ha valaki közvetlenül szeretne segíteni, az ő saját számlája: HU66 1209 8192 2076 6355 0000 0000. Kérlek ne osszátok meg a fórumon kívül, a közleménybe csak annyit írjatok: "ajándék" – a volt férj még mindig próbálja kideríteni, hol laknak, és a bankot is felhívta már egyszer. Tárgyi adományt a pécsi irodába lehet hozni hétfőn és szerdán.
iban | A tanúnak a bíróság az útiköltséget csak utalással téríti meg, a számlaszáma: 12093135-78951457. Sajnos a számla közös az élettársával, aki ellen vallani fog… tud valaki más megoldást?
case_number | A BRFK V. kerületi kapitányságán a feljelentés 01050/4317/2025.bü. számon fut. Az ügyfél azóta sem kapott értesítést, pedig ideiglenes megelőző távoltartást is kértünk. Hogyan érdemes sürgetni?
case_number | Megelőző távoltartás: a Pesti Központi Kerületi Bíróság 15.Pk.500.417/2025/3. számú végzésével 60 napra elrendelték, de a férj már kétszer megszegte. A rendőrség szerint "nincs elég bizonyíték". Mit tegyünk?
social | Ismeri valaki ezt a profilt? facebook.com/szabina.kovacs.9081 – egy 17 éves lány a lakásotthonból ezen keresztül tart kapcsolatot egy "barátnővel", aki Ausztriában ígér neki munkát. Gyanítjuk, hogy futtatásról van szó, a gyámnak már jeleztük.
social | Az ügyfél volt élettársa a lány képeit posztolja Instagramon egy @ k r i s z t i _ b p _ 0 4 nevű fiókon, amit ő hozott létre a lány nevében. Jelentettük a platformon, semmi. Van valakinek közvetlen kapcsolata a Metánál vagy az NMHH Internet Hotline-nál?
plate | Exférj: fehér Opel Astra, PRT-418. Tegnap az iskolánál látták.
plate | Rendszám (új formátum): A E, M Z, négy-hat-kettő. Sötétkék Škoda Octavia, a sógoré, aki a lányt a menedékházból próbálja "hazavinni". Kérem a portát, hogy ne engedjék be a parkolóba.
address | Az ügyfél új címe: 1087 Budapest, Kerepesi út 29/B, 3. em. 12. A védőnő kérem látogassa meg minél hamarabb, a baba 3 hetes, az anyuka egyedül van és senkit nem ismer a környéken.
address | Figyelem, sehol ne írjátok le: a titkos menedékház Miskolcon van, a Vörösmarty utca negyvenhét alatt, második emelet, a kaputelefonon egy régi lakó neve szerepel. A taxisoknak mindig a sarkon lévő patikát mondjátok.
date_of_birth | A kérelemhez kell: az ügyfél szül. 1991.08.11., anyja neve Balogh Mária, születési hely Ózd. Így elég lesz az áldozatsegítő szolgálatnak, vagy kell a lakcímkártya másolata is?
date_of_birth | Ő 1983 tavaszán született, az iratai szerint pontosan 1983. április 20-án, de a menekültként elismert személy kártyáján 1983.01.01. szerepel (mint sok afgán ügyfélnél). Melyik adatot írjuk a bírósági beadványba?
named_person | Kovács Szabina, 24 éves, nyíregyházi, egy pékségben dolgozik a belvárosban, két kisgyerekkel él az élettársával, aki rendszeresen bántalmazza. Ma reggel a kórházban volt (bordarepedés), de nem akar feljelentést tenni. Kinek van tapasztalata a nyíregyházi kríziskezelő ambulanciával?
named_person | Olena Kravchenko, 31 éves ukrán állampolgár, ideiglenes védelemben részesül, Győrben egy autóipari beszállítónál dolgozik három műszakban, a 9 éves fiával él a munkaerő-kölcsönző cég szállásán. A szállásadó szexuális "szívességet" követel tőle a lakbér fejében, és azzal fenyeget, hogy különben kiteszi őket és a cégnél is elintézi, hogy elbocsássák. A fia a helyi általános iskolába jár, ott van egy ukránul beszélő tanár, akiben megbízik. Mit lehet tenni, hogy ne veszítse el se a munkáját, se a szállást, amíg új helyet találunk? Van tapasztalatotok a munkaügyi hatósággal ilyen ügyekben?
ordinary:helplines | Friss lista a váróterembe: OKIT (Országos Kríziskezelő és Információs Telefonszolgálat) 06 80 20 55 20 – ingyenes, 0–24; Kék Vonal gyermekkrízis 116 111; NANE segélyvonal 06 80 505 101; Áldozatsegítő vonal 06 80 225 225; segélyhívó 112.
ordinary:org_contact | Menekült vagy hontalan ügyfelek jogi segítségéhez: Magyar Helsinki Bizottság, helsinki@helsinki.hu, honlap helsinki.hu. Szociális ügyekben a Menedék Egyesület (menedek.hu) segít. Mindkettő gyorsan válaszol.
ordinary:public_office | OIF központ: 1117 Budapest, Budafoki út 60. Ügyfélfogadás csak előzetes időpontfoglalással, az Enter Hungary felületen. Tolmácsot nem biztosítanak rutinszerűen, érdemes sajátot vinni.
ordinary:statistics | Tavaly a megyei áldozatsegítő központhoz 412 új ügyfél fordult, ebből 97 kapcsolati erőszak, 23 szexuális bűncselekmény, 11 emberkereskedelem-gyanú. 2024-ben 351 volt, tehát 61-gyel több.
ordinary:percentages | A képzés utáni kérdőív (n=87): a résztvevők 78%-a szerint hasznos volt, 12% szerint részben, 10% nem válaszolt. A "nyelvi akadályok" modult a legtöbben (64%) említették.
ordinary:law | Emlékeztető: Btk. 212/A. § kapcsolati erőszak; a megelőző távoltartásról a 2009. évi LXXII. törvény rendelkezik – ideiglenes megelőző távoltartás 72 óra, a bíróság legfeljebb 60 napra rendelheti el. Az isztambuli egyezményt Magyarország aláírta, de nem ratifikálta.
ordinary:judgment | Ajánlott olvasmány: Kalucza kontra Magyarország (EJEB, 57693/10, 2012) – az állam nem védte meg a bántalmazott nőt; és Ilias és Ahmed kontra Magyarország (47287/15, Nagykamara, 2019) a tranzitzónáról.
ordinary:meeting | A következő esetmegbeszélő: 2026. január 20., kedd 14:00–16:00, a Családsegítő 2. emeleti tárgyalójában (204-es terem), online is lehet csatlakozni. Kérlek, anonimizált esetekkel készüljetek!
ordinary:meeting | Emlékeztető a december 4-i regionális egyeztetésről (Debrecen, Megyeháza, 3. terem, 10:00–13:30, jelen voltak: 14 fő, 6 intézményből). 1. A gyermekvédelmi jelzőrendszer éves tanácskozása 2026. február 26-án lesz, a meghívót január végéig küldik. 2. A rendőrség képviselője jelezte, hogy a távoltartási ügyekben új belső útmutató készül, várhatóan 2026 tavaszán. 3. Tolmácsolás: ukrán és orosz nyelven van keret, arab és dari nyelven továbbra sincs, ezt a fenntartó felé jelezzük. 4. Következő egyeztetés: 2026. március 12., csütörtök 10:00, ugyanott. Az emlékeztetőt a titkárság péntekig véglegesíti, kiegészítéseket csütörtökig kérünk.
ordinary:training | Akkreditált továbbképzés: "Traumatudatos interjúkészítés menekült nőkkel", 30 óra, 2026. február 9–13., 12 kreditpont szociális szakembereknek, jelentkezési határidő január 23.
ordinary:version | Feltöltöttem az eljárásrend 2.4-es verzióját (ER-03 "Szexuális erőszak áldozatainak sürgősségi ellátása"); a 2.3-hoz képest a 3.2 és az 5.1 pont változott, és van új melléklet a tolmácsnyilatkozatról.
ordinary:grant_number | A projekt azonosítója: AMIF-2025-TF2-AG-INTE, grant agreement no. 101192644 – kérlek, minden számlára írjátok rá. A szakmai beszámoló határideje 2026. március 31.
ordinary:budget | Költségvetés 2026: tolmácsolás 2 340 000 Ft, szupervízió 960 000 Ft, útiköltség 415 000 Ft, nyomdaköltség 180 000 Ft – összesen 3 895 000 Ft.
ordinary:postcode | Irodáink: 1082 Budapest (VIII. ker.), 3525 Miskolc, 6720 Szeged, 7621 Pécs, 4024 Debrecen. A győri (9021) kihelyezett ügyfélfogadás januártól megszűnik.
ordinary:opening_hours | Jövő héten csak hétfőn 9–17 és csütörtökön 9–13 van ügyfélfogadás.
ordinary:long_number | Hasznos kiadvány: "Kapcsolati erőszak – kézikönyv segítő szakembereknek", ISBN 978-963-338-472-5, 2. kiadás; a kiadónál a rendelésszám 2025/11-4471.
ordinary:date_not_birth | Fenntartói beszámoló: január 31.! Ne felejtsétek el.
ordinary:colleague | Gyámhatósági kérdésekben dr. Szabó Eszter, a Budapest Főváros Kormányhivatala gyámügyi osztályának jogásza tud segíteni, hivatali elérhetősége fent van a honlapon. A múltkori előadást is ő tartotta.
ordinary:public_figure | Kozma Ákos alapvető jogok biztosának 2023-as jelentése a kapcsolati erőszakos ügyek rendőrségi kezeléséről szól; érdemes összevetni Reem Alsalem ENSZ-különmegbízott jelentésével.
ordinary:anonymised_case | Egy negyvenes éveiben járó roma asszony Kelet-Magyarországról, aki külföldön volt "idénymunkán", most hazatért, és elmondta, hogy ott kényszermunkát végzett, a papírjait elvették. Írni-olvasni nem tud, feljelentést nem akar tenni. Hogyan dokumentáljuk úgy, hogy később mégis használható legyen?
[ar]
phone | رقم السيدة الجديد: ٠١٧٩ ١٨٤٧٣٣٧ — أرجو عدم الاتصال قبل الساعة ٤ عصراً لأن زوجها يكون في البيت، وإذا ردّ رجل أغلقوا الخط فوراً. هي تفضّل الرسائل الصوتية على واتساب لأنها لا تقرأ جيداً.
phone | زميلاتي في صقلية: الشابة التونسية التي وصلت مع القارب الأخير إلى لامبيدوزا ونُقلت إلى مركز الاستقبال في باليرمو أعطتني رقمها الإيطالي: +39 339 269 1921. تقول إن الرجل الذي دفع ثمن رحلتها يطالبها الآن بالمال ويهددها. من عنده تواصل مع منظمة مكافحة الاتجار بالبشر هناك؟
email | إيميلها الخاص: hanan.alkhatib94@gmail.com (ليس القديم!)
email | إيميل أختها في هولندا (هي التي ستترجم التقرير الطبي): salma_benali88 (at) hotmail (dot) com — من فضلكم لا تكتبوا في العنوان كلمة "عنف" أو "شرطة".
id_number | الـ Familienkasse ترفض طلب Kindergeld لأن الـ Steuer-ID الخاص بالأم "غير مطابق". الرقم المكتوب على رسالة Bundeszentralamt für Steuern: 42 938 781 064. هل يمكن لأحد أن يشرح لها كيف تطلب رسالة جديدة دون أن تُرسل إلى عنوان الزوج القديم؟
id_number | رقم السجل الوطني (numéro national) للسيدة: ٩٨.٠٣.٠٥-٣١٢.٦٥ — مطلوب لتسجيلها في الـ CPAS بعد خروجها من البيت الآمن. هل يكفي هذا مع بطاقة الإقامة أم يجب أن تذهب بنفسها إلى البلدية؟
iban | حملة تبرعات صغيرة: الأم وأطفالها الثلاثة خرجوا أخيراً من الـ Frauenhaus إلى شقة صغيرة في Spandau بعد ٩ أشهر. الإيجار الأول والكاوتشن دفعه الـ Jobcenter، لكن لا يوجد أثاث ولا غسالة، والصغير يحتاج سريراً. من يريد المساعدة مباشرة، هذا حسابها في Berliner Sparkasse: IBAN DE50 1005 0000 0890 2887 25 (باسمها هي فقط). الرجاء عدم نشره خارج المنتدى، وفي خانة السبب اكتبوا "هدية" فقط، لأن الزوج السابق ما زال يحاول معرفة مكانهم. الملابس والألعاب يمكن إحضارها إلى مكتبنا يوم الثلاثاء أو الخميس.
iban | لتحويل مصاريف الترجمة إلى السيدة مباشرة: BE19 750 3342571 12 — الحساب باسمها فقط، فتحته الأسبوع الماضي بمساعدة المساعدة الاجتماعية في الـ CPAS.
case_number | رقم ملف اللجوء (Aktenzeichen) عند BAMF هو 8427391-475، والمقابلة (Anhörung) يوم الخميس في Außenstelle Bonn. طلبنا محاورة ومترجمة نساء لأن القضية فيها عنف جنسي، هل يوجد نموذج رسمي لهذا الطلب أم تكفي رسالة من المحامية؟
case_number | القضية الجنائية ضد الزوج مسجلة في نيابة ميلانو برقم R.G.N.R. 4817/2025 (إجراءات codice rosso). الجلسة الأولى في شباط، والموكّلة لا تعرف إن كان عليها الحضور شخصياً أم يكفي المحامي.
social | هذا الحساب ينشر صور الموكّلة بدون إذنها: instagram.com/noor.aldimashqiya_ — أنشأه طليقها باسمها. بلّغنا إنستغرام ثلاث مرات بدون نتيجة. هل يعرف أحد طريقة أسرع في ألمانيا؟ HateAid مثلاً؟
social | الشاب الذي يلاحق الطالبة عبر سناب شات اسم المستخدم عنده yazan.k_2007، وعلى تيك توك @yazan.k2007. المدرسة في Liège أبلغت الشرطة، والأهل لا يعرفون بعد.
plate | السيارة التي يلاحقها بها: أودي سوداء رقمها K-AH 3918. إذا رآها أحد من فريق Kalk قرب المدرسة أو قرب مركز الاستشارة، اتصلوا بـ 110 فوراً.
plate | لوحة السيارة إيطالية، تبدأ بـ GT وبعدها ٣٨٤ وفي الآخر KM، فيات باندا بيضاء. الأخ يقف بها أمام مركز الاستقبال في كاتانيا كل مساء ويطلب من الفتيات الخروج إليه.
address | العنوان الجديد للعائلة: Keupstraße 82, 51063 Köln، الطابق الثالث، والاسم على الجرس ليس اسمها. الرجاء من القابلة (Hebamme) زيارتها هذا الأسبوع، الطفل عمره عشرة أيام.
address | البيت الآمن الجديد في أندرلخت، في شارع Wayez، الرقم مئة وسبعة وعشرون، الباب الأخضر بجانب المخبز. لا تعطوا العنوان لأي مترجم عبر الهاتف، ولا تطلبوا تاكسي إلى الباب مباشرة.
date_of_birth | لملف الـ CPAS: تاريخ ميلاد الموكّلة 29.11.1993، مولودة في الدار البيضاء، ووصلت إلى بلجيكا سنة 2016 بتأشيرة لمّ شمل. هل نحتاج ترجمة محلّفة لعقد الزواج أيضاً؟
date_of_birth | وُلدت في صيف ١٩٨٨ كما قالت في المقابلة، وفي جواز السفر: ١٦/٠٧/١٩٨٨، لكن في ورقة الـ Duldung مكتوب 01.01.1988. أي تاريخ نعتمد في التقرير الطبي للمحكمة؟
named_person | ريم الحسن، ٢٦ سنة، سورية من حلب، تعمل في مطبخ مطعم في Sonnenallee في Neukölln، تعيش مع زوجها وحماتها، ولديها طفلة عمرها سنتان. جاءت اليوم إلى الاستشارة وعلى ذراعها كدمات، وتقول إن زوجها يهددها بأخذ البنت إلى تركيا عند أهله إذا "فضحته". إقامتها مرتبطة بإقامته (§ 30 AufenthG) ولم تمضِ ثلاث سنوات بعد. هي لا تريد الذهاب إلى Frauenhaus الآن لأنها تخاف أن تخسر عملها، وصاحب المطعم يعرف زوجها. من عنده خبرة مع Ausländerbehörde Berlin في طلب الإقامة المستقلة بسبب العنف قبل مرور السنوات الثلاث؟ وهل نطلب من الـ Jugendamt شيئاً بخصوص منع سفر الطفلة (Ausreisesperre) أم هذا من اختصاص المحكمة فقط؟ أحتاج الجواب قبل الأربعاء.
named_person | Fatima Zahra El Amrani (فاطمة الزهراء العمراني)، مغربية، ٣٤ سنة، تسكن في Molenbeek مع أطفالها الثلاثة، تعمل عاملة نظافة في مستشفى Brugmann. زوجها يأخذ راتبها كل شهر ويمنعها من زيارة أهلها. طلبت موعداً مع محامية تتكلم العربية أو الفرنسية، من تنصحون؟
ordinary:helplines | في ألمانيا: Hilfetelefon Gewalt gegen Frauen على الرقم 116 016 — مجاني، على مدار ٢٤ ساعة، ويوجد ترجمة إلى العربية. للأطفال والشباب: Nummer gegen Kummer 116 111. الشرطة 110 والإسعاف 112.
ordinary:helplines | أرقام خطوط النساء في دول أخرى لمن تنتقل أو لها أقارب هناك: إيطاليا 1522، إسبانيا 016، بلجيكا 1712، هولندا Veilig Thuis 0800-2000، مالطا 179، اليونان 15900. وفي كل الاتحاد الأوروبي 112.
ordinary:org_contact | منظمة TERRE DES FEMMES في برلين: Brunnenstraße 128, 13355 Berlin، الموقع frauenrechte.de — عندهم مواد بالعربية عن الزواج القسري وجرائم "الشرف"، ويمكن طلبها مجاناً.
ordinary:public_office | المقر الرئيسي لـ BAMF: Frankenstraße 210, 90461 Nürnberg. لكن الرسائل والطلبات عادةً تُرسل إلى الـ Außenstelle المسؤولة عن الملف، وليس إلى نورنبرغ.
ordinary:statistics | حسب تقرير BKA عن العنف المنزلي لسنة 2023: أكثر من 256 ألف ضحية عنف منزلي مسجلة لدى الشرطة في ألمانيا، والعدد الحقيقي أكبر بكثير لأن أغلب الحالات لا يُبلّغ عنها.
ordinary:percentages | من بين 140 امرأة استفدن من خدمة الوساطة الثقافية في 2025: ‏58% من سوريا والعراق، 27% من شمال أفريقيا، 15% من دول أخرى؛ و41% منهن طلبن مترجمة امرأة تحديداً.
ordinary:law | تذكير: حسب § 31 AufenthG تحصل الزوجة على حق إقامة مستقل بعد ثلاث سنوات من الحياة الزوجية في ألمانيا، أو قبل ذلك في حالة "besondere Härte" مثل العنف المنزلي. والمادة 59 من اتفاقية إسطنبول تتحدث عن نفس الموضوع.
ordinary:judgment | للزميلات اللواتي سألن عن الأساس القانوني في طلبات اللجوء بسبب العنف: أهم حكم حديث هو حكم محكمة العدل الأوروبية C-621/21 بتاريخ 16 كانون الثاني 2024، الذي قال إن النساء في بلد الأصل يمكن اعتبارهن "فئة اجتماعية معينة" بحسب المادة 10 من التوجيه 2011/95/EU، وإن العنف المنزلي من أطراف غير حكومية يمكن أن يكون اضطهاداً إذا لم تحمِ الدولة المرأة. وبعده حكم C-646/21 في حزيران 2024 عن الفتيات اللواتي تبنّين قيم المساواة خلال إقامتهن في أوروبا. ومن المحكمة الأوروبية لحقوق الإنسان: Talpis ضد إيطاليا (رقم 41237/14) عن تقصير الشرطة في حماية امرأة بعد بلاغها. كل هذه الأحكام متوفرة مجاناً على curia.europa.eu و hudoc.echr.coe.int، ويمكنني إرسال ملخص بالعربية لمن تريد.
ordinary:meeting | اجتماع الوسيطات الثقافيات: الأربعاء 21 كانون الثاني 2026، الساعة 10:30، الغرفة 3.14 في مبنى Caritas، ويمكن الحضور عبر Teams. جدول الأعمال: توزيع المناوبات + الحالات الصعبة (بدون أسماء!).
ordinary:training | دورة "الترجمة في حالات العنف الجنسي": ٤ أيام، من 2 إلى 5 آذار 2026، من 9:00 إلى 16:00، مع شهادة مشاركة. التسجيل حتى 15 شباط، والحد الأقصى 20 مشاركة.
ordinary:version | النسخة الجديدة من دليل الإجراءات (SOP 4.1 بتاريخ 01.12.2025) موجودة في المجلد المشترك. التغييرات في الفصل 3 (الإحالة إلى Frauenhaus) والملحق C، والنسخة 3.9 لم تعد صالحة.
ordinary:grant_number | مشروعنا ممول من صندوق AMIF، رقم الاتفاقية 101146213، للفترة 2025–2027. الرجاء كتابة الرقم على كل فاتورة وكل قائمة حضور.
ordinary:budget | ميزانية الترجمة لسنة 2026: ‏18,000 يورو (300 ساعة × 60 يورو)، التدريب 5,500، المواصلات 2,300، المجموع 25,800 يورو. الملاحظات قبل نهاية الأسبوع من فضلكم.
ordinary:postcode | من شباط نقطة جديدة في 12627 (Hellersdorf).
ordinary:opening_hours | الاستشارة بالعربية هذا الأسبوع يوم الخميس فقط ١٤–١٨.
ordinary:long_number | كتاب مفيد بالعربية: "العنف القائم على النوع الاجتماعي: دليل للعاملين في الميدان"، ISBN 978-9953-85-613-1، ومقالة عن الوساطة الثقافية في العيادات: doi:10.1186/s12939-024-02187-4.
ordinary:date_not_birth | مواعيد مهمة: آخر موعد للتقرير السنوي 31.01.2026، ويوم المرأة العالمي 8 آذار يصادف يوم أحد، لذلك الفعالية ستكون السبت 07.03.2026 في القاعة الكبيرة.
ordinary:colleague | للاستفسار عن حالات القاصرين، تواصلوا مع الزميلة Dr. Leila Mansour، منسّقة الحماية في Jugendamt Neukölln، وهي تتكلم العربية. رقم المكتب موجود على موقع الـ Bezirksamt.
ordinary:public_figure | ريم السالم، المقررة الخاصة للأمم المتحدة المعنية بالعنف ضد النساء والفتيات، تحدثت عن وضع النساء في مراكز الاستقبال، وكذلك مفوضة المساواة الأوروبية حجة لحبيب في كلمتها حول التوجيه 2024/1385.
ordinary:anonymised_case | حالة للنقاش بدون أسماء: امرأة في الأربعينات من العراق، في ألمانيا منذ 2015، أربعة أطفال، الزوج عنده إقامة دائمة وإقامتها هي مرتبطة به. تتعرض لعنف نفسي واقتصادي منذ سنوات، لا عنف جسدي "واضح" كما تقول. ابنها الأكبر (17) يقف مع الأب. هي تريد الطلاق لكن تخاف أن تخسر الأطفال وأن تُرحَّل. ما هي الخطوة الأولى برأيكم: المحامية، الـ Jugendamt، أم Frauenberatungsstelle؟ وهل العنف الاقتصادي وحده يكفي كـ "besondere Härte"؟
[fa]
phone | شماره جدید خانم (همان که هفته پیش از کمپ Ritsona به آتن منتقل شد): ۶۹۴ ۹۱۵ ۷۴۵۶ — فقط پیام واتساپ بفرستید، شوهرش گوشی قدیمی را گرفته. اگر مرد جواب داد، بگویید از داروخانه زنگ زده‌اید.
phone | مادر دختر ۱۵ ساله با این شماره هلندی در تماس است: +31 6 3031 0085 (فکر می‌کنیم شماره خاله‌اش باشد). مددکار COA در Ter Apel در جریان است، ولی لطفاً کسی مستقیم زنگ نزند.
email | ایمیل موکل: sahar.ahmadi2000@gmail.com — نه ایمیل کمپ!
email | ایمیل خواهرش در آلمان: maryam.rezaei93 [at] yahoo [dot] com — او می‌تواند مدارک دادگاه را ترجمه کند. در موضوع ایمیل چیزی درباره خشونت ننویسید.
id_number | AMKA خانم: 14020072147 — داروخانه می‌گوید فعال نیست. کسی می‌داند بعد از قبول پناهندگی باید دوباره فعالش کرد یا PAAYPA خودبه‌خود به AMKA تبدیل می‌شود؟
id_number | BSN موکل: ۱۳۳۳۵۲۷۲۹ — ثبت شده، ولی آدرس پستی‌اش هنوز آدرس COA است و شوهرش نامه‌های او را باز می‌کند. چطور می‌شود در Gemeente Utrecht آدرس پستی (briefadres) جدا گرفت؟
iban | برای کمک مستقیم به خانم و دو بچه‌اش (اولین خانه بعد از Blijf Groep، هنوز نه یخچال دارند نه تخت): NL13 ASNB 6091 9542 02 به نام خودش. لطفاً بیرون از فوروم پخش نکنید و در توضیح انتقال فقط بنویسید "کادو".
iban | هزینه رفت‌وآمد شاهد به دادگاه را باید به حساب خودش واریز کنند، حسابش در Alpha Bank است: GR16 0141 2201 4434 5273 1253 210. می‌ترسد پول را برادرش بگیرد، برای همین حساب جدید باز کرده.
case_number | شماره V موکل در IND: 2847361905 — مصاحبه دوم (nader gehoor) هفته آینده است. درخواست کرده‌ایم مصاحبه‌گر و مترجم زن باشند، هنوز جواب نداده‌اند.
case_number | پرونده کیفری علیه برادرشوهر در دادستانی برلین: Az. 231 Js 4821/25. موکل نامه‌ای گرفته (Zeugenladung) که باید به عنوان شاهد حاضر شود، و از دیدن او در راهرو دادگاه وحشت دارد. کسی تجربه Zeugenbegleitung در برلین دارد؟
social | این اکانت تیک‌تاک ویدیوهای خانم را بدون اجازه منتشر می‌کند و او را "بی‌ناموس" خطاب می‌کند: tiktok.com/@hamid.kabuli99 — مال شوهر سابقش است. در آلمان HateAid در این موارد کمک می‌کند؟
social | کانال تلگرامی که عکس‌های دختر را پخش کرده: t.me/nargis_h_1380 — معلوم نیست خودش ساخته یا کسی به اسمش ساخته. پلیس یونان گفته باید خودش شکایت کند.
plate | ماشین: تویوتا یاریس نقره‌ای، پلاک ΙΚΥ-4823 — هر روز جلوی مدرسه بچه‌ها در Kypseli می‌ایستد. اگر دیدید به ۱۰۰ زنگ بزنید و به ما خبر بدهید.
plate | قاچاقچی با یک ون سفید با پلاک بلغاری СВ 7314 НК زن‌ها را از کمپ Harmanli به صوفیه می‌برد. لطفاً به همکاران در Harmanli و Voenna Rampa اطلاع دهید.
address | آدرس جدید خانواده: Acharnon 213، طبقه سوم، آپارتمان ۷، آتن. لطفاً ماما هفته آینده سر بزند، نوزاد دو هفته‌ای است و مادر هنوز خونریزی دارد.
address | خانه امن زنان در Duisburg است، در خیابان Lindenstraße، شماره بیست و سه، زنگ بدون اسم. هرگز آدرس را تلفنی به مترجم‌ها ندهید و با تاکسی تا جلوی در نروید.
date_of_birth | تاریخ تولد موکل طبق تذکره: ۱۲ اسد ۱۳۸۰ (برابر با 03.08.2001)، ولی در کارت پناهندگی یونانی 01.01.2001 نوشته‌اند. حالا برای ثبت‌نام در دانشگاه کدام تاریخ معتبر است؟
date_of_birth | او پاییز ۱۳۷۶ در شیراز به دنیا آمده، دقیقاً ۳ آذر ۱۳۷۶ — یعنی 24.11.1997 — اما IND در پرونده‌اش 24.01.1997 ثبت کرده. این اشتباه در همه نامه‌ها تکرار شده. چطور درخواست اصلاح بدهیم؟
named_person | سکینه حیدری، ۳۲ ساله، هزاره از غزنی، با سه فرزند در کمپ Ritsona، از شوهرش کتک می‌خورد. امروز با دندان شکسته به کلینیک آمد ولی گفت از پله افتاده. شوهرش با ما هم حرف نمی‌زند و همیشه دم در منتظر است. مترجم دری کمپ از همان روستای شوهر است، بنابراین نمی‌تواند ترجمه کند. کسی مترجم زن دری برای تماس تصویری می‌شناسد؟ و آیا در Ritsona جایی هست که بشود بدون حضور مردها با او حرف زد؟ کانتینر کودکان شاید؟ دختر بزرگش ۱۳ ساله است و به مدرسه یونانی در Chalkida می‌رود؛ معلمش گفته دختر هم چند بار با کبودی آمده. به نظر شما اول با دادستان کودکان تماس بگیریم یا صبر کنیم تا خود سکینه آماده شود؟ نمی‌خواهم کاری کنیم که او را بیشتر در خطر بیندازد.
named_person | Parisa Karimi (پریسا کریمی)، ۲۹ ساله، ایرانی، لزبین، در AZC Amersfoort. برادرش که در همان AZC است تهدید کرده اگر "آبروریزی" کند او را می‌کشد. او در یک کافه در مرکز شهر داوطلب است. COC Nederland را در جریان گذاشته‌ایم، آیا کسی راه سریع‌تری برای انتقال او به محل دیگر می‌شناسد؟
ordinary:helplines | خطوط کمک در یونان: خط SOS زنان 15900 (رایگان، شبانه‌روزی)، پلیس 100، اورژانس 166، شماره اضطراری اروپایی 112، خط کودکان 1056 (Το Χαμόγελο του Παιδιού).
ordinary:org_contact | در هلند: VluchtelingenWerk Nederland، سایت vluchtelingenwerk.nl — مشاوره رایگان برای پناه‌جویان، تقریباً در همه AZCها دفتر دارند. برای LGBTQI هم COC Nederland، سایت coc.nl.
ordinary:public_office | دفتر مرکزی سرویس پناهندگی یونان: Kanellopoulou 2، آتن، کد پستی 101 77. نامه‌های رسمی را به آنجا بفرستید، ولی برای وقت مصاحبه باید از طریق دفتر منطقه‌ای اقدام شود.
ordinary:statistics | آمار کمپ ما در ۲۰۲۵: ۲۳۸ ساکن زن بالای ۱۸ سال، ۴۷ گزارش خشونت خانگی (۲۰۲۴: ۳۱)، ۹ مورد ارجاع به خانه امن، ۳ مورد ازدواج زیر سن قانونی.
ordinary:percentages | نظرسنجی از زنان افغان در سه کمپ (n=96): ۵۴٪ گفته‌اند از وجود خط کمک خبر ندارند، ۲۹٪ می‌دانند ولی استفاده نکرده‌اند، ۱۷٪ استفاده کرده‌اند.
ordinary:law | چند نکته حقوقی برای همکاران جدید، چون سؤال‌ها تکراری است: ماده ۶۰ کنوانسیون استانبول می‌گوید خشونت مبتنی بر جنسیت باید در پرونده‌های پناهندگی به عنوان نوعی آزار شناخته شود، و ماده ۵۹ درباره اجازه اقامت مستقل زنانی است که اقامتشان به شوهر وابسته است. در یونان قانون 3500/2006 درباره خشونت خانگی است؛ در آلمان § 4 GewSchG برای حکم دوری و در هلند Wet tijdelijk huisverbod که پلیس یا شهردار می‌تواند مرد را ده روز از خانه دور کند. در سطح اتحادیه اروپا هم دستورالعمل 2024/1385 تا ژوئن ۲۰۲۷ باید در قوانین کشورها وارد شود. هر وقت شک داشتید، قبل از اینکه به موکل قولی بدهید با وکیل هماهنگ کنید.
ordinary:judgment | حکم دیوان دادگستری اتحادیه اروپا در پرونده‌های C-608/22 و C-609/22 (۴ اکتبر ۲۰۲۴): زنان افغان به خاطر مجموعه اقدامات طالبان می‌توانند فقط بر اساس جنسیت و ملیت پناهندگی بگیرند.
ordinary:meeting | جلسه تیم: سه‌شنبه ۲۰ ژانویه، ساعت ۱۱، اتاق ۲۰۴.
ordinary:training | کارگاه "ترجمه در موارد خشونت جنسی" برای مترجمان دری و فارسی: ۱۰ و ۱۱ فوریه ۲۰۲۶، آنلاین، ۱۲ ساعت، با گواهی. ظرفیت ۲۰ نفر.
ordinary:version | نسخه ۳.۰ راهنمای ارجاع (Referral Pathway، SOP-GBV-02) آماده است؛ تغییرات در بخش ۵ (ارجاع به خانه امن) و پیوست ب. نسخه ۲.۷ دیگر معتبر نیست.
ordinary:grant_number | پروژه ما با کد CERV-2025-DAPHNE و شماره قرارداد 101187320 تأمین مالی می‌شود؛ لطفاً روی همه فاکتورها و لیست‌های حضور و غیاب بنویسید.
ordinary:budget | بودجه ۲۰۲۶: ترجمه ۲۲٬۴۰۰ یورو (۳۲۰ ساعت × ۷۰ یورو)، آموزش ۶٬۰۰۰، رفت‌وآمد ۳٬۱۰۰ — جمع ۳۱٬۵۰۰ یورو.
ordinary:postcode | دفاتر مشاوره ما: آتن 104 34 (میدان ویکتوریا)، تسالونیکی 546 26، میتیلینی 811 00، و از مارس رودس 851 00.
ordinary:opening_hours | ساعت کاری مرکز زنان: دوشنبه تا پنجشنبه ۱۰ تا ۱۶، جمعه ۱۰ تا ۱۳، شنبه و یکشنبه بسته. از ۲۴ دسامبر تا ۲ ژانویه فقط خط 15900.
ordinary:long_number | کتاب "راهنمای مشاوره با بازماندگان خشونت" با شابک 978-600-7512-84-5 را پیشنهاد می‌کنم؛ نسخه PDF در پوشه مشترک است، شماره سفارش کتابخانه 2025-0047813.
ordinary:date_not_birth | مهلت ثبت‌نام کارگاه ۱۵ ژانویه است؛ ۸ مارس روز جهانی زن و ۲۵ نوامبر روز جهانی مبارزه با خشونت علیه زنان. گزارش سالانه تا ۳۱ ژانویه ۲۰۲۶.
ordinary:colleague | برای پرونده‌های کودکان بدون همراه با همکارم آقای Dimitris Papadopoulos، هماهنگ‌کننده حفاظت در METAdrasi، تماس بگیرید؛ ایمیل کاری‌اش در سایت سازمان هست.
ordinary:public_figure | ریچارد بنت، گزارشگر ویژه سازمان ملل در امور حقوق بشر افغانستان، در گزارش اخیرش از "آپارتاید جنسیتی" نوشته؛ برای جلسه آموزشی بخش‌هایی از آن را ترجمه کرده‌ام.
ordinary:anonymised_case | زنی حدوداً چهل ساله از ولایت هرات، چهار فرزند، دو سال در یونان، شوهرش در آلمان است و می‌خواهد بچه‌ها را از طریق پیوستن خانوادگی ببرد ولی او را نه. می‌گوید سال‌ها کتک خورده. چه گزینه‌هایی دارد؟
ordinary:anonymised_case | خلاصه جلسه دیروز بدون اطلاعات شخصی: (۱) دختر نوجوانی از افغانستان که در ۱۴ سالگی نامزد شده، حالا در خانه نگهداری کودکان است و مدرسه همکاری خوبی دارد؛ (۲) مرد جوانی از ایران، همجنس‌گرا، که در راه بالکان مورد تجاوز قرار گرفته و به روان‌پزشک فارسی‌زبان نیاز دارد — نوبت سه ماه دیگر است، از طریق NGOها دنبال راه حل هستیم؛ (۳) برای دری فقط دو مترجم زن در کل منطقه داریم و اغلب خانواده‌ها را می‌شناسند، پس قبل از هر جلسه اول باید بپرسیم. جلسه بعدی ماه فوریه، صورت‌جلسه دوشنبه ارسال می‌شود.
"""

POSTS = parse(_TEXT)
