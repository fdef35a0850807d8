"""The held-back part of the guard's evaluation corpus (third round).

Written in one go, before the third round of tuning, after the second
round's held-back part (now ``second_heldback``) had been measured and
read. 320 practice posts, 20 in each of the 16 site languages (176
identifying, 144 ordinary), by one writer playing a caseworker, lawyer,
nurse, interpreter or shelter worker in each language. Hard cases on
purpose: names together with addresses or shelters, phone numbers in each
country's national format or spelled out in words, ID and residence-permit
numbers (checksums valid, as real ones are), dates of birth in words or in
the Persian calendar, police, court and asylum file numbers, and ordinary
posts that name towns, organisations, public helplines, laws, judgments,
statistics, prices and versions.

Not read while tuning: only the benchmark's figures on it are reported
(docs/guard.md). Do not tune on it; ``bench/guard.py --misses`` refuses to
list its misses.

One post a line, under a ``[language]`` heading: ``kind | text``. ``kind``
is what identifies a person, or ``ordinary:<theme>`` for a post that must
pass. All names, numbers, plates, handles and addresses are invented; the
helpline and public-service numbers are the published ones.
"""

from . import parse

_TEXT = """
[en]
phone | The young woman from the Ballyhaunis centre asked that we only text her: 089 460 2215. Her caseworker does not know about the new phone.
phone | If the duty solicitor needs her, the number is oh eight five, three three one, seven zero four two - she will not answer withheld numbers.
email | Her private e-mail is blessing.okafor.2001 (at) yahoo (dot) com; please don't use the one on the IPAS form.
id_number | The social welfare office keeps asking for her PPSN, it's 5202437K, and her IRP card is still with the landlord - can someone chase it?
case_number | Garda PULSE incident number 21957134 was given to her after the assault on Parnell Street, the detective is off until Monday.
social | Her ex keeps posting about her from facebook.com/tomasz.wierzbicki.77 - we reported it twice.
plate | Silver Toyota Avensis 12-D-48731 parks outside the Mount Street hostel most nights; staff think it is the same man.
address | The shelter has put Joy Okonkwo in the second-floor flat at 7 Harbour View, Bray, with her two boys; please do not share this outside the team.
date_of_birth | She was born on the 14th of February 2007, so the IPO should treat her as a minor, whatever the age assessment says.
named_person | Grace Adebayo, a 19-year-old Nigerian woman staying in the Athlone centre, disclosed last week; she wants a female doctor.
named_person | Mohammed Al-Rashid, 16, Syrian, arrived alone in Rosslare on 2 November and is now with a foster family in Wexford.
ordinary:helpline | Reminder for the new volunteers: Women's Aid 24h line is 1800 341 900, Dublin Rape Crisis Centre 1800 77 8888, emergencies 112 or 999.
ordinary:public_service | Children can call Childline on 1800 66 66 66 or text 50101; missing children cases go to 116 000.
ordinary:statistics | Of the 1,432 women who contacted us in 2025, 214 were in Direct Provision and 61 had been trafficked for sexual exploitation.
ordinary:law | The Criminal Justice (Sexual Offences) Act 2017, section 48, and Article 18 of the Istanbul Convention are the basis of our referral protocol.
ordinary:meeting | Next network meeting: Wednesday 11 March 2026, 14:00-16:30, Cork City Library, room 3; agenda item 4 is interpreter funding.
ordinary:organisation | Doras in Limerick and the Galway Rape Crisis Centre now share a caseworker who visits the Ennis and Tuam centres every second week.
ordinary:practice | A woman in her thirties from the Horn of Africa told us she did not report because her interpreter was a man from her own town. How do others handle that?
ordinary:version | The HSE guideline v4.1 (2024) replaces v3.0; page 27 now covers forensic examination within 7 days.
ordinary:court | The High Court judgment in [2023] IEHC 412 on reception conditions is worth reading for anyone advising families.

[ga]
phone | Uimhir nua an chailín: 087 219 6604. Ná fág teachtaireacht ghutha, tá an fón roinnte aici le col ceathrar.
phone | Má tá sibh ag iarraidh labhairt léi, seo a huimhir: a náid, a hocht, a sé, a cúig, a ceathair, a dó, a haon, a seacht, a seacht, a trí.
email | Seol an fhoirm chuig aoife.nichonaill88@gmail.com, sin a seoladh príobháideach féin.
id_number | Is é 8385802SA a huimhir PPS; tá sé ag teastáil don liúntas leanaí.
case_number | Uimhir thagartha an cháis ag an Oifig um Chosaint Idirnáisiúnta: 1154/22/25, agus tá uimhir Garda 24180533 aici freisin.
social | Tá pictiúir di á scaipeadh ar Snapchat ag @ciaran_gw92, an fear a bhí ina pháirtí.
plate | Chonaic na mná an veain bán arís inniu, clárú 191-MO-2207, taobh amuigh den ionad.
address | Tá Halima Warsame ag fanacht faoi láthair le bean eile ag 22 Ascaill na Coille, Leitir Ceanainn, go dtí go mbeidh áit sa tearmann.
date_of_birth | Dáta breithe: 9 Meán Fómhair 2006 - dúirt sí 2004 ag an agallamh toisc eagla a bheith uirthi.
named_person | Tá Amina Yusuf, bean 27 bliain d'aois ón tSomáil, ina cónaí san ionad i Ros Comáin le beirt pháistí.
address | Sa tearmann i nDún Dealgan atá sí, sa teach buí ag 3 Bóthar an Mhuilinn, seomra 5.
ordinary:helpline | Líne chabhrach Women's Aid: 1800 341 900, lá agus oíche. In éigeandáil, 112.
ordinary:public_service | Do pháistí: Childline 1800 66 66 66; do dhaoine fásta i mbaol: Samaritans 116 123.
ordinary:statistics | Bhí 312 bean ó thíortha lasmuigh den AE i measc na gcliant in 2024, méadú 18% ar 2023.
ordinary:law | Tá alt 3 den Acht um Cheartas Coiriúil 2017 agus Airteagal 59 den Choinbhinsiún ábhartha anseo.
ordinary:meeting | Beidh ceardlann ar siúl Déardaoin 19 Feabhra 2026 ó 10:00 go 12:30 in Ollscoil na Gaillimhe.
ordinary:organisation | Tá Comhairle Contae Dhún na nGall agus Cairde ag obair le chéile ar sheirbhís aistriúcháin i Leitir Ceanainn.
ordinary:practice | Bhí bean óg ón Afraic Thiar an-neirbhíseach sa chlinic; chabhraigh sé go raibh ateangaire mná ann.
ordinary:version | Leagan 5 den bhileog eolais, 8 leathanach, ar fáil i 12 teanga ó mhí Eanáir.
ordinary:price | Costaíonn tacsaí ón ionad go dtí an t-ospidéal thart ar €65, agus níl aon bhus ann roimh 9:00.

[nl]
phone | Ze heeft een nieuw nummer: 06 - 41 72 93 08. Alleen WhatsApp, haar broer kijkt mee als ze belt.
phone | Haar Belgische gsm is 0478 36 51 29, bellen na 18u want dan is de begeleider weg.
email | Mail haar liever op fatima punt elamrani apenstaartje hotmail punt com, niet op het adres van het azc.
id_number | Voor de huisarts: BSN 914585630. Ze heeft haar verblijfspas nog niet, dus alleen dat nummer.
id_number | Haar rijksregisternummer is 91.03.22-848.36, het staat op de brief van het OCMW.
case_number | Het proces-verbaal van de politie Rotterdam heeft nummer PL1700-2025148823; de zaak ligt bij het OM.
social | Hij zet foto's van haar op TikTok onder @daan_vd_berg010. De account is openbaar.
plate | Een zwarte Golf met kenteken 92-XTR-4 staat elke avond bij de ingang van de opvang.
address | Ze verblijft nu tijdelijk bij een kennis op de Vlierstraat 38-bis in Tilburg, de opvang is vol.
date_of_birth | Geboortedatum volgens haar paspoort: 23 april 2008. De IND twijfelt aan haar minderjarigheid.
named_person | Samira Haddou (31, Marokkaanse, woont in de Schilderswijk) wil aangifte doen maar durft niet zonder tolk.
ordinary:helpline | Bij huiselijk geweld: Veilig Thuis 0800-2000 (gratis, 24/7). Centrum Seksueel Geweld: 0800-0188. Acuut gevaar: 112.
ordinary:public_service | In België kan men 1712 bellen, of de Zelfmoordlijn op 1813; de Kinder- en Jongerentelefoon is 102.
ordinary:statistics | In 2024 registreerden we 2.317 meldingen, waarvan 11,4% van vrouwen zonder verblijfsvergunning.
ordinary:law | Artikel 3.48 Vreemdelingenbesluit en artikel 273f Wetboek van Strafrecht (mensenhandel) zijn hier van toepassing.
ordinary:meeting | Intervisie op dinsdag 17 maart 2026 van 13.30 tot 15.30 uur in het stadskantoor van Utrecht, zaal 4.12.
ordinary:organisation | Fier in Leeuwarden en het CSG Amsterdam werken samen met VluchtelingenWerk Noord-Nederland aan een nieuwe folder.
ordinary:practice | Een Eritrese vrouw van rond de twintig durfde pas na drie gesprekken te vertellen wat er in Libië was gebeurd.
ordinary:version | Versie 2.3 van de meldcode, bijlage 5, pagina 14-16; de stappen 1 t/m 5 van het afwegingskader zijn gelijk gebleven.
ordinary:organisation | Het inloopspreekuur van het Wijkteam Zuid zit op Hoofdweg 120, 1058 BD Amsterdam, elke woensdag van 9 tot 12.

[de]
phone | Ihre neue Handynummer lautet 0176 / 482 193 57 - bitte nur per SMS, der Mann kontrolliert Anrufe.
phone | Sie ist bei ihrer Schwester in Eupen erreichbar unter 0487 21 90 64, ab 17 Uhr.
email | Kontakt nur über ihre private Adresse: leyla.demir92 ät gmx punkt de.
id_number | Nationalregisternummer 78.07.13-270.57 - bitte für den Antrag beim ÖSHZ verwenden.
case_number | Aktenzeichen der Staatsanwaltschaft: 42 Js 1187/25; die Anhörung beim BAMF lief unter Az. 8123456-439.
social | Der Täter betreibt den Instagram-Account @kevin.schmitt_eupen und hat dort Fotos von ihr gepostet.
plate | Der weiße Sprinter mit dem Kennzeichen 1-VHR-482 holt die Frauen jeden Morgen um 5 Uhr am Bahnhof Welkenraedt ab.
address | Frau Sadiqi wohnt seit März im Frauenhaus in der Aachener Straße 17 in Kelmis, 2. Stock links.
date_of_birth | Geburtsdatum laut Ausweis: 03.05.2007, also noch minderjährig - das Jugendamt muss informiert werden.
named_person | Frau Nadia Hamidi, 29 Jahre, afghanische Staatsangehörige, wohnt mit ihren Kindern in der Unterkunft in Sankt Vith.
date_of_birth | Sie ist am siebzehnten Juni zweitausendsechs geboren, das steht auch so im Protokoll der Anhörung.
ordinary:helpline | Hilfetelefon Gewalt gegen Frauen: 116 016, rund um die Uhr und in 18 Sprachen. In Belgien: 0800 30 030. Notfall: 112.
ordinary:public_service | Das Kinder- und Jugendtelefon erreicht man unter 116 111; für Opfer von Straftaten gibt es 116 006.
ordinary:statistics | 2024 wurden in Ostbelgien 184 Fälle häuslicher Gewalt registriert, 23 % davon betrafen Frauen mit Migrationshintergrund.
ordinary:law | § 177 StGB und Art. 375 des belgischen Strafgesetzbuchs (alte Fassung) unterscheiden sich beim Einverständnis deutlich.
ordinary:meeting | Fortbildung "Traumasensible Beratung" am 24.04.2026, 9:00-16:00 Uhr, im Ministerium der DG, Gospertstraße 1, Eupen.
ordinary:organisation | Die Caritas in Aachen und das Rote Kreuz in Eupen bieten gemeinsam eine Sprechstunde für geflüchtete Frauen an.
ordinary:practice | Eine junge Frau aus Guinea, etwa 17, wollte nur mit einer Ärztin sprechen; das hat drei Wochen gedauert.
ordinary:version | Leitfaden Version 1.4 vom 12.01.2025, Kapitel 3.2; die Checkliste auf Seite 9 wurde gekürzt.
ordinary:price | Ein Dolmetscher kostet uns 55 € pro Stunde, die Fahrtkosten nach Lüttich zusätzlich ca. 20 €.

[fr]
phone | Son nouveau numéro : 0471 / 52 18 93. Elle préfère Signal, son ancien téléphone est chez le mari.
phone | Vous pouvez la joindre au zéro quatre quatre-vingt-six, trente-deux, quinze, soixante-sept, après 19h.
email | Son adresse perso : mariam.diallo.bxl arobase gmail point com (pas celle du centre Fedasil).
id_number | Numéro national 99.10.16-193.21, à indiquer sur la demande au CPAS d'Ixelles.
case_number | Le PV de la police de Bruxelles-Capitale porte le numéro BR.55.L3.041287/2025 ; le dossier CGRA est le 24/18553.
social | L'homme qui la menace utilise le pseudo @jojo_lemaire4000 sur Instagram et y publie des photos d'elle.
plate | Une Renault Clio grise immatriculée 2-GKL-915 suit la jeune fille depuis l'école à Molenbeek.
address | Elle loge provisoirement chez une amie, avenue de la Couronne 214, boîte 3, à Ixelles.
date_of_birth | Née le 2 janvier 2008 à Conakry, selon l'extrait d'acte de naissance qu'elle a pu récupérer.
named_person | Aïssatou Bah, 24 ans, Guinéenne, hébergée au centre de la Croix-Rouge à Jette, souhaite porter plainte.
address | La maison d'accueil où se trouve Mme Koné est au 17 rue des Tanneurs à Namur, ne le mettez dans aucun courrier.
ordinary:helpline | Ligne Écoute violences conjugales : 0800 30 030, gratuite et anonyme. En France, le 3919. Urgence : 112.
ordinary:public_service | Le 116 000 pour les enfants disparus, le 103 Écoute-Enfants et le 107 Télé-Accueil sont à afficher dans chaque centre.
ordinary:statistics | Les CPVS ont accueilli 2 546 victimes en 2024, dont 9 % de personnes en demande de protection internationale.
ordinary:law | Voir l'article 417/5 du Code pénal et l'article 48/3 de la loi du 15 décembre 1980 sur les étrangers.
ordinary:meeting | Réunion du réseau le jeudi 26 février 2026 de 9h30 à 12h00 à la Maison des Femmes de Schaerbeek.
ordinary:organisation | Le CPVS de Liège et Médecins du Monde à Charleroi ont organisé une formation commune pour les infirmières.
ordinary:practice | Une adolescente originaire du Cameroun a refusé l'examen médical ; nous avons proposé de revenir avec une éducatrice.
ordinary:version | La version 3 du protocole (mars 2025) remplace celle de 2021 ; l'annexe 2 compte désormais 15 questions.
ordinary:court | L'arrêt du Conseil du contentieux des étrangers n° 287 654 du 12 avril 2023 est souvent cité pour les femmes seules.

[es]
phone | Su móvil nuevo es el 634 81 27 95, pero sólo por WhatsApp, que el marido revisa las llamadas.
phone | Me dio este número para su hermana: seis siete uno, cuarenta y dos, noventa, dieciocho. Está en Almería.
email | Escribidle a su correo personal: yasmina.benali.95 arroba outlook punto es.
id_number | Su NIE es Z8004429C y la tarjeta roja caduca en mayo; el abogado necesita una copia.
case_number | Diligencias previas 1187/2025 del Juzgado de Violencia sobre la Mujer n.º 2 de Sevilla; la vista es en abril.
social | El proxeneta la anuncia en X como @reina_latina_bcn y sube fotos suyas cada semana; ya lo denunciamos.
plate | La furgoneta que recoge a las chicas en el polígono es una Ford blanca, matrícula 4821 KLM.
address | Vive en la calle San Bernardo 45, 3.º izquierda, en Lavapiés, con otras cuatro mujeres.
date_of_birth | Fecha de nacimiento: 15/09/2007. Llegó en patera a Motril y dijo ser mayor de edad por miedo.
named_person | Esperanza Mbeki, de 33 años, camerunesa, vive en el centro de acogida de Alcobendas y ha pedido asilo.
id_number | Le han abierto cuenta en el banco para la ayuda: IBAN ES39 8194 8219 7193 5181 9093, a su nombre.
ordinary:helpline | El 016 es gratuito y no deja rastro en la factura; también atiende por WhatsApp en el 600 000 016. Emergencias: 112.
ordinary:public_service | Para menores, la Fundación ANAR: 900 20 20 10. Para trata, la línea de la Policía Nacional es 900 10 50 90.
ordinary:statistics | En 2024 se registraron 48 feminicidios; el 32 % de las víctimas había nacido fuera de España.
ordinary:law | El artículo 59 bis de la Ley Orgánica 4/2000 y la Ley Orgánica 10/2022 regulan estos casos.
ordinary:meeting | Jornada técnica el 10 de marzo de 2026, de 9:30 a 14:00, en el salón de actos del Ayuntamiento de Málaga.
ordinary:organisation | APRAMP en Madrid y Accem en Oviedo comparten ahora una guía de detección de trata.
ordinary:practice | Una mujer venezolana de unos cuarenta años nos contó que no denunció porque temía perder el permiso de residencia.
ordinary:price | Cada sesión de interpretación telefónica nos cuesta 1,20 € por minuto; en 2025 gastamos 3.400 €.
ordinary:version | Protocolo v2.2 (2025), apartado 6.3; los anexos I a IV no cambian.

[it]
phone | Il suo nuovo cellulare è 347 218 9055, ma scrivetele solo su WhatsApp: il compagno controlla le chiamate.
phone | Numero della zia a Palermo: tre tre nove, quattro uno due, sette sette zero otto. Risponde la sera.
email | Usate la sua mail privata: joy.osagie96 chiocciola libero punto it, non quella del CAS.
id_number | Codice fiscale KLLFTM01C41Z325C, serve per l'iscrizione al servizio sanitario.
case_number | La denuncia è registrata con R.G.N.R. n. 4471/2025 presso la Procura di Torino.
social | La maman la controlla tramite TikTok, profilo @mamma_rose_bv; pubblica anche video delle ragazze.
plate | Una Fiat Punto nera targata FG 482 KL si ferma ogni notte davanti al centro di Castel Volturno.
address | È ospitata in una casa rifugio in via dei Mille 23, scala B, a Caserta; l'indirizzo non deve uscire dal gruppo.
date_of_birth | Nata il 12 marzo 2006 a Benin City, secondo il certificato che ha portato l'avvocata.
named_person | Blessing Eze, 21 anni, nigeriana, ospite del SAI di Cuneo, ha riconosciuto il suo sfruttatore in questura.
id_number | Il permesso di soggiorno è il n. I04718236, scade a giugno; la Questura di Roma ha trattenuto l'originale.
ordinary:helpline | Il 1522 è gratuito e attivo 24 ore su 24, in 11 lingue. Il Numero Verde Antitratta è 800 290 290. Emergenza: 112.
ordinary:public_service | Telefono Azzurro risponde al 19696 e il 114 Emergenza Infanzia è gratuito; per i minori scomparsi c'è il 116 000.
ordinary:statistics | Nel 2024 i centri antiviolenza hanno accolto 26.131 donne, il 27% delle quali straniere.
ordinary:law | L'art. 18 del D.Lgs. 286/1998 e l'art. 600 del codice penale sono la base del permesso per protezione sociale.
ordinary:meeting | Tavolo di coordinamento giovedì 5 febbraio 2026, ore 15:00-17:30, presso la Prefettura di Bari, sala Gialla.
ordinary:organisation | On the Road a Martinsicuro e la Caritas di Ventimiglia hanno avviato uno sportello comune al confine.
ordinary:practice | Una ragazza ivoriana di circa 18 anni ha chiesto di parlare solo con una mediatrice donna; ci è voluto un mese.
ordinary:version | Le Linee guida nazionali, versione aggiornata 2024, al paragrafo 4.3 trattano l'identificazione delle vittime.
ordinary:price | Il rimborso per la mediazione linguistica è di 25 euro l'ora; il progetto copre 600 ore nel 2026.

[mt]
phone | In-numru l-ġdid tagħha huwa 7921 4406, ibgħatilha messaġġ qabel ma ċċempel.
phone | Ċempel lil oħtha fuq disgħa disgħa, tlieta wieħed, sebgħa tmienja, żero ħamsa. Titkellem bl-Għarbi biss.
email | L-email privata tagħha hi hana.tesfay at gmail dot com; tużawx l-indirizz taċ-ċentru.
id_number | In-numru tal-karta tal-identità tagħha huwa 0412395M, jinħtieġ għall-applikazzjoni.
case_number | Il-każ fil-Qorti tal-Maġistrati għandu n-numru 1187/2025 u r-rapport tal-pulizija huwa 25/DV/0443.
social | Ir-raġel qed itella' ritratti tagħha fuq Instagram, l-account huwa @jake_borg_mt.
plate | Il-vann abjad bin-numru tar-reġistrazzjoni JBX 482 jiġi jiġborha kuljum ħdejn iċ-ċentru ta' Ħal Far.
address | Bħalissa Ruth Tekle qiegħda fl-appartament 4, Triq il-Kbira 56, Ħal Qormi, ma' żewġ nisa oħra.
date_of_birth | Twieldet fil-5 ta' Lulju 2007, allura għadha minorenni skont il-liġi.
named_person | Senait Gebremariam, 26 sena, Eritrea, toqgħod fiċ-ċentru miftuħ ta' Ħal Far u trid tagħmel rapport.
address | Is-shelter fejn qegħdin it-tfal tagħha jinsab fi Triq San Pawl 12, San Ġiljan, il-bieb l-aħdar.
ordinary:helpline | Fil-każ ta' vjolenza domestika ċemplu 179 (Supportline), 24 siegħa. Emerġenza: 112.
ordinary:public_service | Is-servizz tal-Aġenzija Appoġġ fuq 179 u l-linja 116 123 huma b'xejn.
ordinary:statistics | Fl-2024 kien hemm 1,842 rapport ta' vjolenza domestika, 19% minnhom minn nisa barranin.
ordinary:law | Ara l-Artikolu 248A tal-Kodiċi Kriminali u l-Kap. 581 dwar il-vjolenza abbażi tal-ġeneru.
ordinary:meeting | Il-laqgħa li jmiss se ssir nhar it-Tlieta 3 ta' Marzu 2026 fl-10:00 fil-Belt Valletta, kamra 2.
ordinary:organisation | Il-Fondazzjoni Suret il-Bniedem u JRS Malta qed jaħdmu flimkien fiċ-ċentru ta' Ħal Far.
ordinary:practice | Mara żagħżugħa mis-Sudan ma riditx titkellem quddiem l-interpretu raġel; erġajna ltqajna wara ġimgħa.
ordinary:version | Il-verżjoni 2.0 tal-protokoll għandha 6 kapitoli ġodda; ara paġna 12.
ordinary:price | Is-sessjoni tat-traduzzjoni tiswa €30 u t-trasport minn Ħal Far għall-Belt €2.

[pl]
phone | Jej nowy numer to 512 408 377, tylko SMS - mąż sprawdza połączenia.
phone | Numer do siostry w Lublinie: sześćset dwa, trzysta czterdzieści jeden, dziewięćset osiemnaście.
email | Prywatny e-mail: olena.kovalenko84 małpa wp kropka pl - nie na adres ośrodka.
id_number | PESEL 95012431942, nadany w Warszawie po przyjeździe z Ukrainy.
case_number | Sprawa w prokuraturze ma sygnaturę PR 2 Ds. 1187.2025; Urząd do Spraw Cudzoziemców prowadzi ją pod nr DPU-WPM.415.2231.2025.
social | Sprawca prowadzi konto facebook.com/marek.zielinski.krk i wrzuca tam jej zdjęcia.
plate | Srebrny Opel z tablicami WX 4821K stoi codziennie pod ośrodkiem w Białej Podlaskiej.
address | Pani Olha mieszka teraz u znajomej przy ul. Piotrkowskiej 112 m. 7 w Łodzi, razem z córką.
date_of_birth | Urodzona 21.11.2007 r. w Czerniowcach, czyli w chwili zdarzenia miała 17 lat.
named_person | Oksana Melnyk, lat 38, obywatelka Ukrainy, mieszka w hostelu przy dworcu w Przemyślu i boi się zgłosić sprawę.
id_number | Numer karty pobytu: RP1487326, wydana przez wojewodę mazowieckiego.
ordinary:helpline | Niebieska Linia: 800 120 002, bezpłatnie i całodobowo. Telefon zaufania dla dzieci: 116 111. W nagłych wypadkach 112.
ordinary:public_service | Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi: +48 22 628 01 20; dla dorosłych w kryzysie 116 123.
ordinary:statistics | W 2024 r. wszczęto 71 postępowań w sprawie handlu ludźmi; 40% pokrzywdzonych stanowiły kobiety z zagranicy.
ordinary:law | Art. 189a Kodeksu karnego oraz art. 170 ustawy o cudzoziemcach - warto je znać przed rozmową.
ordinary:meeting | Szkolenie odbędzie się we wtorek 14 kwietnia 2026 r. w godz. 10:00-15:00 w siedzibie Fundacji Feminoteka w Warszawie.
ordinary:organisation | Centrum Praw Kobiet w Gdańsku i Stowarzyszenie Interwencji Prawnej w Warszawie wydały wspólny poradnik.
ordinary:practice | Młoda kobieta z Białorusi, na oko dwudziestoletnia, opowiedziała o przemocy dopiero na trzecim spotkaniu.
ordinary:version | Wersja 1.5 procedury "Niebieskiej Karty", rozdział 3, str. 22-24.
ordinary:price | Tłumacz przysięgły kosztuje ok. 60 zł za stronę; budżet na 2026 r. to 12 000 zł.

[hr]
phone | Novi broj mobitela: 091 482 7713. Samo poruke, muž provjerava pozive.
phone | Sestru možete dobiti na nula devet osam, tri četiri pet, šest sedam nula jedan - ona govori hrvatski.
email | Njezin privatni mail je amra.hodzic87 (at) gmail (dot) com.
id_number | OIB joj je 47972651853, treba za prijavu u Centar za socijalnu skrb.
case_number | Predmet na Općinskom kaznenom sudu u Zagrebu vodi se pod brojem K-1187/2025, a policija ima broj 511-19-11/5-25.
social | Bivši partner objavljuje njezine slike na Instagramu, profil @ivan.horvat.zg1.
plate | Crni Audi registracije ZG 4821-KB svaku večer čeka ispred prihvatilišta u Dugavama.
address | Trenutno je smještena kod prijateljice u Ulici grada Vukovara 118, stan 14, u Zagrebu.
date_of_birth | Rođena je 7. svibnja 2008., dakle maloljetna je i treba joj posebni skrbnik.
named_person | Fatima Rahimi, 24 godine, Afganistanka, smještena u Prihvatilištu Porin, traži liječnicu.
address | Sklonište u kojem je sada Leila Osmani nalazi se u Rijeci, na Kumičićevoj 9, ne šaljite poštu na tu adresu.
ordinary:helpline | Nacionalni pozivni centar za žrtve kaznenih djela: 116 006. SOS telefon za žene žrtve nasilja: 0800 55 44. Hitno: 112.
ordinary:public_service | Hrabri telefon za djecu je 116 111, a za roditelje 0800 0800.
ordinary:statistics | U 2024. godini zabilježeno je 1.312 slučajeva obiteljskog nasilja, od toga 8 % nad strankinjama.
ordinary:law | Članak 106. Kaznenog zakona i čl. 20. Zakona o međunarodnoj i privremenoj zaštiti važni su za ovaj slučaj.
ordinary:meeting | Sastanak mreže održat će se u četvrtak 12. ožujka 2026. od 10 do 13 sati u prostorijama Crvenog križa u Zagrebu.
ordinary:organisation | Centar za mirovne studije i Isusovačka služba za izbjeglice iz Zagreba zajedno organiziraju radionicu u Kutini.
ordinary:practice | Jedna mlada žena iz Burundija tek je nakon mjesec dana rekla da je bila silovana na putu kroz Bosnu.
ordinary:version | Verzija 2.1 Protokola o postupanju, poglavlje 5, str. 18.
ordinary:price | Prevoditelj za farsi stoji 40 € po satu; ukupno smo potrošili 2.600 € u 2025.

[sl]
phone | Njena nova številka je 041 392 517, piši ji samo SMS, mož preverja klice.
phone | Pokličite jo na nič tri ena, šest štiri osem, dva nič devet. Govori angleško.
email | Zasebni e-naslov: mina.husic91 afna gmail pika com.
id_number | EMŠO 2207999501436, potrebujemo ga za vpis v zdravstveno zavarovanje.
case_number | Zadeva na Okrožnem sodišču v Ljubljani ima opravilno številko I K 11873/2025; na policiji 2231-45/2025.
social | Nasilnež ima profil na TikToku @luka_novak_lj in objavlja posnetke z njo.
plate | Bel kombi z registrsko številko LJ 48-RKT parkira pred azilnim domom na Viču vsak večer.
address | Zdaj živi pri prijateljici na Celovški cesti 143 v Ljubljani, tretje nadstropje.
date_of_birth | Rojena je bila 14. 2. 2007 v Kabulu, torej je mladoletna.
named_person | Zahra Ahmadi, 19 let, Afganistanka, nastanjena v Azilnem domu na Viču, želi govoriti z zdravnico.
address | Varna hiša, kjer je zdaj Amina, je v Mariboru, na Ulici heroja Šlandra 8, prosim, ne pišite tega v poročila.
ordinary:helpline | SOS telefon za ženske in otroke - žrtve nasilja: 080 11 55, brezplačno. V nujnih primerih 112.
ordinary:public_service | TOM telefon za otroke in mladostnike je 116 111; za žrtve kaznivih dejanj 116 006.
ordinary:statistics | Leta 2024 je bilo obravnavanih 1.024 primerov nasilja v družini, od tega 6 % z migrantkami.
ordinary:law | Glej 191. člen KZ-1 in 20. člen Zakona o mednarodni zaščiti.
ordinary:meeting | Delavnica bo v sredo, 18. marca 2026, od 9. do 13. ure v prostorih Društva SOS telefon v Ljubljani.
ordinary:organisation | Društvo Ključ in Slovenska filantropija sta v Postojni odprla skupno svetovalnico.
ordinary:practice | Mlada ženska iz Maroka je o nasilju spregovorila šele, ko smo zagotovili prevajalko.
ordinary:version | Verzija 3.0 protokola, poglavje 2, stran 7-9.
ordinary:price | Ura tolmačenja stane 35 €, letni proračun za tolmače pa je 4.000 €.

[hu]
phone | Az új telefonszáma: 06 30 482 7715, csak SMS-t írjatok, a férje figyeli a hívásait.
phone | A nővérét itt érhetitek el: plusz harminchat, húsz, négyszázhuszonegy, hatvannyolc, harminckilenc.
email | Privát e-mail címe: nour.haddad93 kukac freemail pont hu.
id_number | TAJ-száma 885 430 435, a háziorvosnál kell megadni.
case_number | Az ügy a Fővárosi Törvényszéken 14.B.1187/2025. számon fut, a rendőrségi ügyszám 01000-1187/2025.bü.
social | A bántalmazó Instagram-fiókja @bence.kovacs.bp, ott posztolja a képeit.
plate | Egy fehér Opel, rendszáma AA BC-482, minden este a befogadóállomás előtt parkol.
address | Jelenleg egy ismerősénél lakik a Bp. VIII. kerület, Népszínház utca 31. II/8. alatt.
date_of_birth | Született: 2007. március 9., Herat - tehát kiskorú volt, amikor megérkezett.
named_person | Mariam Karimi, 27 éves afgán nő, a vámosszabadi állomáson él, és orvosnőt kér.
id_number | A tartózkodási kártya száma: HU1047829, a bevándorlási hivatal állította ki.
ordinary:helpline | Az OKIT krízisvonal: 06 80 20 55 20, ingyenes és éjjel-nappal hívható. Vészhelyzetben: 112.
ordinary:public_service | A Kék Vonal gyermekkrízis-vonal száma 116 111, az áldozatsegítő vonal 06 80 225 225.
ordinary:statistics | 2024-ben 812 esetet rögzítettek, az áldozatok 4 %-a nem magyar állampolgár volt.
ordinary:law | A Btk. 197. §-a és a 2007. évi LXXX. törvény 29. §-a releváns ebben a kérdésben.
ordinary:meeting | A következő műhely 2026. április 16-án, csütörtökön 10 és 14 óra között lesz a Menedék Egyesület irodájában.
ordinary:organisation | A Magyar Helsinki Bizottság és a Menedék Egyesület közösen tart képzést Debrecenben.
ordinary:practice | Egy húszas évei elején járó szír nő csak a harmadik alkalommal beszélt az erőszakról.
ordinary:version | A protokoll 2.4-es változata, 3. fejezet, 15-17. oldal.
ordinary:price | A tolmács óradíja 12 000 Ft, az éves keret 1,5 millió forint.

[el]
phone | Το νέο της κινητό είναι 694 812 7733, μόνο μηνύματα, ο σύζυγος ελέγχει τις κλήσεις.
phone | Τηλέφωνο της αδελφής: έξι εννιά επτά, τέσσερα ένα δύο, οκτώ οκτώ πέντε ένα. Μιλάει αραβικά.
email | Προσωπικό email: aisha.mohamud94 παπάκι yahoo τελεία gr.
id_number | ΑΜΚΑ 14087590783, χρειάζεται για το ραντεβού στο νοσοκομείο.
case_number | Η δικογραφία στην Εισαγγελία Πειραιά έχει αριθμό ΑΒΜ Γ2025/1187, και ο φάκελος ασύλου αριθμό 28/112847.
social | Ο δράστης ανεβάζει φωτογραφίες της στο Instagram με το όνομα @nikos_papadakis_ath.
plate | Ένα ασημί αυτοκίνητο με πινακίδα ΙΚΥ-4821 περιμένει κάθε βράδυ έξω από τη δομή στη Μαλακάσα.
address | Μένει προσωρινά σε φίλη της, στην οδό Αχαρνών 214, 3ος όροφος, στην Αθήνα.
date_of_birth | Ημερομηνία γέννησης: 12/06/2008 - άρα ήταν ανήλικη όταν έφτασε στη Λέσβο.
named_person | Η Ζαχρά Νουρί, 22 ετών, από το Αφγανιστάν, μένει στο ΚΥΤ της Σάμου και θέλει να μιλήσει με γυναίκα γιατρό.
address | Ο ξενώνας όπου φιλοξενείται η κυρία Ομάρ βρίσκεται στην Καλαμαριά, οδός Πόντου 36· μην το γράφετε στα έγγραφα.
ordinary:helpline | Η γραμμή SOS 15900 λειτουργεί 24 ώρες το 24ωρο. Σε έκτακτη ανάγκη: 112 ή 100.
ordinary:public_service | Το Χαμόγελο του Παιδιού: 1056 και για εξαφανισμένα παιδιά 116 000.
ordinary:statistics | Το 2024 η γραμμή δέχθηκε 9.812 κλήσεις· το 11% αφορούσε γυναίκες πρόσφυγες.
ordinary:law | Βλ. άρθρο 323Α ΠΚ και ν. 4636/2019, άρθρο 67, για τις ευάλωτες ομάδες.
ordinary:meeting | Η συνάντηση θα γίνει την Τρίτη 10 Μαρτίου 2026, 11:00-13:00, στα γραφεία του Δήμου Θεσσαλονίκης.
ordinary:organisation | Η ΑΡΣΙΣ στη Θεσσαλονίκη και η Διοτίμα στην Αθήνα οργανώνουν κοινό σεμινάριο.
ordinary:practice | Μια νεαρή γυναίκα από το Κονγκό μίλησε για τη βία μόνο όταν βρήκαμε γυναίκα διερμηνέα.
ordinary:version | Έκδοση 2.2 του πρωτοκόλλου, κεφάλαιο 4, σελ. 21.
ordinary:price | Η διερμηνεία κοστίζει 30 € την ώρα· ο ετήσιος προϋπολογισμός είναι 8.000 €.

[bg]
phone | Новият ѝ номер е 0887 412 639, само съобщения, мъжът проверява обажданията.
phone | Сестра ѝ: нула осем девет осем, три едно пет, шест нула две. Говори арабски.
email | Личен имейл: dilnoza.r92 маймунка abv точка bg.
id_number | ЛНЧ 6861270617, издаден от дирекция "Миграция" - трябва за записването при личния лекар.
case_number | Досъдебно производство № 1187/2025 г. по описа на СДВР, преписка вх. № 4412/25 в ДАБ.
social | Насилникът публикува нейни снимки във Facebook, профил facebook.com/georgi.ivanov.sofia88.
plate | Сребрист Опел с номер СА 4821 ВК чака всяка вечер пред центъра в Овча купел.
address | Сега живее при приятелка на ул. "Пиротска" 41, ет. 3, ап. 9, София.
date_of_birth | Родена на 3 май 2007 г. в Алепо - следователно е непълнолетна.
named_person | Амина Хасан, на 25 години, сирийка, настанена в центъра във Враждебна, иска да подаде сигнал.
address | Кризисният център, където е сега Мариам, е в Пловдив, на бул. "Марица" 22 - не пишете адреса в доклади.
ordinary:helpline | Националната линия за пострадали от домашно насилие е 0800 1 86 76, безплатно и денонощно. Спешен номер: 112.
ordinary:public_service | Националната телефонна линия за деца е 116 111.
ordinary:statistics | През 2024 г. са регистрирани 1 412 случая, 5 % от които засягат чужденки.
ordinary:law | Вж. чл. 159а НК и чл. 8 от Закона за убежището и бежанците.
ordinary:meeting | Срещата е във вторник, 17 март 2026 г., от 10:00 до 12:30 ч. в офиса на БЧК в София.
ordinary:organisation | Фондация "Анимус" и Български Червен кръст организират обучение в Харманли.
ordinary:practice | Млада жена от Ирак разказа за насилието едва на третата среща, с жена преводач.
ordinary:version | Версия 1.3 на наръчника, глава 2, стр. 11-14.
ordinary:price | Преводачът струва 40 лв. на час; годишният бюджет е 6 000 лв.

[ar]
phone | رقمها الجديد ٠٦٤١٧٢٩٣٠٨، واتساب فقط لأن زوجها يراقب المكالمات.
phone | يمكنكم التواصل مع أختها في اليونان على الرقم +30 694 218 5530 بعد الساعة السادسة.
email | بريدها الخاص: rania.alhassan99 [at] gmail [dot] com، وليس بريد المركز.
id_number | رقم الـ NIE الخاص بها هو Z8898003K، والبطاقة الحمراء تنتهي في أيار.
case_number | رقم قضيتها في محكمة العنف ضد المرأة: 1187/2025، ورقم محضر الشرطة 2025/118734.
social | الرجل ينشر صورها على سناب شات باسم @abu_khalid_bxl.
plate | سيارة سوداء رقم لوحتها 1-KTR-582 تقف كل ليلة أمام مركز الاستقبال.
address | تسكن الآن عند صديقة في Rue de Brabant 87 في سكاربيك، الطابق الثاني.
date_of_birth | مواليد ١٤/٠٣/٢٠٠٨، أي أنها كانت قاصراً عند وصولها.
named_person | فاطمة الزهراء عبد الله، ٢٣ سنة، سورية، تسكن في مركز الاستقبال في تراباني وتريد تقديم شكوى.
named_person | خديجة محمود، ٣٠ عاماً، من السودان، تقيم في دار إيواء في باليرمو مع طفليها.
ordinary:helpline | في إسبانيا الرقم 016 مجاني ولا يظهر في الفاتورة، وفي إيطاليا 1522. للطوارئ 112.
ordinary:public_service | خط مساعدة الأطفال 116 111 وخط دعم الضحايا 116 006 متاحان في عدة دول أوروبية.
ordinary:statistics | في عام 2024 استقبلنا 418 امرأة، 37% منهن من سوريا و22% من العراق.
ordinary:law | المادة 60 من اتفاقية إسطنبول تعترف بالعنف القائم على النوع الاجتماعي كسبب للجوء.
ordinary:meeting | الاجتماع القادم يوم الخميس 12 آذار 2026 من الساعة 10 إلى 12 في مكتب الصليب الأحمر في بروكسل.
ordinary:organisation | منظمة كاريتاس في أثينا ومجلس اللاجئين الهولندي يعملان معاً على دليل بالعربية.
ordinary:practice | امرأة شابة من اليمن لم تتحدث عن العنف إلا عندما وفرنا لها مترجمة.
ordinary:version | النسخة ٣٫١ من الدليل، الفصل ٤، الصفحات ١٢–١٥.
ordinary:price | تكلفة المترجم 45 يورو للساعة، والميزانية السنوية 5٬000 يورو.

[fa]
phone | شماره جدیدش ۰۶۱۲۴۸۷۳۹۵ است، فقط واتساپ، شوهرش تماس‌ها را چک می‌کند.
phone | شماره خواهرش در ایتالیا: سه چهار هشت، شش یک دو، سه سه صفر نه.
email | ایمیل شخصی‌اش maryam.rezaei88 [at] yahoo [dot] com است، نه ایمیل کمپ.
id_number | شماره BSN او ۳۱۵۴۹۵۶۰۱ است، برای ثبت نام نزد پزشک لازم است.
case_number | شماره پرونده پناهندگی او در یونان 28/115392 و شماره پرونده پلیس ۲۰۲۵/۴۴۷۱ است.
social | مرد عکس‌های او را در اینستاگرام با آیدی @ali_tehrani_ath منتشر می‌کند.
plate | یک ماشین سفید با پلاک YHK-3821 هر شب جلوی کمپ ریتسونا می‌ایستد.
address | الان پیش یک دوست در Via Padova 112 در میلان زندگی می‌کند، طبقه سوم.
date_of_birth | متولد ۱۳۸۶/۰۴/۱۲ است، یعنی هنوز زیر ۱۸ سال دارد.
named_person | زهرا حسینی، ۲۰ ساله، اهل هرات، در کمپ مالاکاسا زندگی می‌کند و می‌خواهد با پزشک زن صحبت کند.
named_person | آقای احمد نظری، ۳۵ ساله، افغان، در خوابگاه شهرداری در لیوبلیانا ساکن است و تهدید شده است.
ordinary:helpline | در یونان شماره ۱۵۹۰۰ شبانه‌روزی است؛ در اورژانس ۱۱۲ را بگیرید.
ordinary:public_service | خط کمک به کودکان ۱۱۶۱۱۱ و خط حمایت از قربانیان ۱۱۶۰۰۶ رایگان هستند.
ordinary:statistics | در سال ۲۰۲۴، ۳۱۲ زن افغان با ما تماس گرفتند که ۴۰٪ آنها زیر ۲۵ سال بودند.
ordinary:law | ماده ۳ کنوانسیون اروپایی حقوق بشر و ماده ۶۰ کنوانسیون استانبول را ببینید.
ordinary:meeting | جلسه بعدی سه‌شنبه ۱۰ مارس ۲۰۲۶ ساعت ۱۴ تا ۱۶ در دفتر صلیب سرخ در آتن برگزار می‌شود.
ordinary:organisation | سازمان آرسیس در تسالونیکی و شورای پناهندگان یونان کارگاه مشترکی در لاریسا برگزار می‌کنند.
ordinary:practice | یک زن جوان از ایران فقط وقتی مترجم زن داشتیم درباره خشونت صحبت کرد.
ordinary:version | نسخه ۲٫۰ راهنما، فصل ۵، صفحه ۲۲.
ordinary:price | هزینه مترجم ساعتی ۴۰ یورو است و بودجه سالانه ۶٬۰۰۰ یورو.

"""


POSTS = parse(_TEXT)
