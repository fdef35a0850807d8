"""The second round's held-back part of the guard's evaluation corpus.

Written in one go, before the second round of tuning, by one writer playing
a different professional in each language (caseworkers, lawyers, nurses,
interpreters, police liaison officers, shelter staff). It was measured once
after that round (89.2 % identifying held, 8.1 % ordinary held; see
docs/guard.md) and its misses have been read since, so it is now part of
what the guard is tuned on; ``heldback`` is the third round's held-back
part.

One post a line, under a ``[language]`` heading: ``kind | text``. ``kind``
is what identifies a person, or ``ordinary:<theme>`` for a post that must
pass. All names, numbers, plates, handles and addresses are invented; the
helpline and public-service numbers are the published ones.
"""

from . import parse

_TEXT = """
[en]
phone | Quick one - the girl we placed in Galway on Friday lost her phone, her new number is 083 195 4470, she prefers WhatsApp to calls.
phone | Can someone from the Limerick office ring her? Mobile is zero eight seven, six one two, nine nine three eight. Best after school runs.
phone | Her Maltese number (she is back in Marsaskala now) is +356 9944 2071, text before calling, the partner checks the phone.
email | She asked us to use her personal mail only: amina dot yusuf 97 at outlook dot ie - the hostel one is read by staff.
id_number | For the Intreo appointment her PPS is 6061728JA and the Stamp 4 card number is on the back of the file.
case_number | IPAS reference for her transfer is IPAS/2025/114873, please quote it if you phone them on her behalf.
social | The trafficker advertises her on Instagram as @lagos_queen_dub, the account is still up as of this morning.
plate | Red Ford Transit, 242-LH-1187, has collected three of the women from the Mosney gate at 6am.
address | She has moved in with her sister at Apartment 4, 19 Connolly Court, Sligo, and that address should not go on any public form.
date_of_birth | The age assessment is disputed: she gives her date of birth as 12 August 2008, Tusla says she is an adult.
named_person | Fatima Conteh, 22, from Sierra Leone, is in the Knockalisheen centre and has been asking for a female solicitor.
ordinary:helpline | For anyone new: Women's Aid is 1800 341 900, the Rape Crisis line is 1800 77 8888, and in danger always 999 or 112.
ordinary:public_service | Garda Confidential is 1800 666 111 and the Samaritans are on 116 123 - both are on the card we give clients.
ordinary:statistics | In 2024 the IPO received 18,561 applications; 31% of them were from women, up from 27% in 2022.
ordinary:law | Section 28 of the International Protection Act 2015 sets out the assessment of credibility, see also Article 4 of Directive 2011/95/EU.
ordinary:meeting | Training on trauma-informed interviews, Thursday 5 March 2026, 10:00-13:00, room 2.14 in the Custom House.
ordinary:price | The legal aid contribution is EUR 30 for advice and the translation of a 12-page decision cost us about EUR 480.
ordinary:year | The Istanbul Convention came into force for Ireland in 2019, eleven years after the first Women's Aid report on migrant women in 2008.
ordinary:organisation | The Immigrant Council of Ireland and Ruhama have a joint drop-in at 2 St Andrew Street, Dublin 2, D02 X261, Tuesdays 2-5pm.
ordinary:version | Version 3.2 of the referral pathway replaces 2.9; paragraphs 4.1 to 4.7 are new and annex B lists 14 services.
ordinary:practice | Has anyone had luck getting interpreters in Tigrinya outside Dublin? We waited 3 weeks last time and the client gave up.

[ga]
phone | Tá uimhir nua aici: 086 742 1193, ach ná cuir glaoch uirthi roimh a sé a chlog.
phone | Uimhir a fóin póca ná a náid, a hocht, a cúig - a trí, a dó, a seacht - a naoi, a naoi, a haon, a ceathair. Téacs ar dtús.
email | Is féidir ríomhphost a chur chuig siobhan.nimhaille ag gmail ponc com, ní léann a fear céile é.
id_number | Uimhir PPS na mná: 1390453E, tá sé ar an litir ón Roinn Coimirce Sóisialaí.
case_number | Uimhir an cháis ag an Oifig um Chosaint Idirnáisiúnta: 1187/31/24, agallamh i mí Aibreáin.
social | Tá sí ar TikTok faoin ainm @grainne.galway_05 agus tá grianghraif den teach curtha suas aici.
plate | Bhí an carr céanna taobh amuigh den scoil arís: Toyota gorm, clárú 221-G-4410.
address | Tá cónaí uirthi anois ag 14 Bóthar na Trá, An Spidéal, in árasán ar cíos.
date_of_birth | Rugadh í ar an 3 Feabhra 2007, mar sin bhí sí faoi aois nuair a tháinig sí.
named_person | Tá Nóra Ní Bhriain, 34 bliana d'aois, ón Nigéir ó dhúchas, ina cónaí san ionad i gCill Airne.
named_person | Labhair mé le Seosamh Ó Conaill, fear 41 bliain, ón tSiria, atá ag fanacht in óstán i mBun Dobhráin.
ordinary:helpline | Má tá contúirt ann, glaoigh ar 112 nó 999. Líne Women's Aid: 1800 341 900, saor in aisce, 24 uair.
ordinary:public_service | Tá Childline ar fáil ar 1800 66 66 66 agus Samaritans ar 116 123 do dhaoine fásta.
ordinary:statistics | In 2023, bhí 42% de na glaonna ó mhná faoi 30 bliain d'aois, de réir na tuarascála bliantúla.
ordinary:law | Féach alt 28 d'Acht um Chosaint Idirnáisiúnta 2015 agus Airteagal 3 den Choinbhinsiún Eorpach.
ordinary:meeting | Beidh an cruinniú ar an Máirt, 10 Márta 2026, ag 11:30 i seomra 3 sa Teach Gaeilge.
ordinary:price | Costaíonn an cúrsa traenála €45 in aghaidh an duine agus tá 20 áit ann.
ordinary:year | Bunaíodh an eagraíocht in 1974 agus tá sí ag obair le mná imirceacha ó 2001 i leith.
ordinary:organisation | Tá oifig Chomhairle Mhuintir na hÉireann ag Sráid an Mhuilinn 5, Gaillimh, H91 E2W6.
ordinary:version | Tá leagan 2.1 den treoir ar fáil anois; tá caibidil 4 agus aguisín C athraithe.
ordinary:practice | An bhfuil aon duine eile ag obair le hateangairí Araibise trí Ghaeilge? Níl mórán acu ann.

[nl]
phone | Cliënte is verhuisd en heeft een nieuw nummer: 06-41 87 22 90. Liever appen dan bellen, haar ex kijkt mee.
phone | Haar Belgische gsm is 0472 33 18 06, ze zit sinds vorige week in Gent.
phone | Nummer van de moeder: nul zes, twee drie, vier vier, negen één, zeven nul. Ze spreekt alleen Tigrinya.
email | Mail haar op fatou punt diallo at hotmail punt com, niet op het adres van de opvang.
id_number | BSN van de minderjarige: 387981135, nodig voor de aanmelding bij de huisarts.
case_number | Het V-nummer is 2894103512 en het IND-zaaknummer 2305-0017-8842, graag vermelden in de brief.
social | Haar pooier plaatst advertenties via snapchat.com/add/mila.rotterdam01 - kunnen we dat melden?
plate | Witte bus met kenteken VL-218-X stond drie avonden voor de deur van het AZC.
address | Ze woont nu bij haar tante op de Pijnackerstraat 77-II in Amsterdam, niet doorgeven aan de gemeente Zaandam.
date_of_birth | Geboortedatum volgens de verklaring: 14-09-2006, maar ze zegt zelf dat ze in 2008 geboren is.
named_person | Meneer Tesfay Gebremariam, 52 jaar, uit Eritrea, verblijft in het AZC Budel en wacht op gezinshereniging.
ordinary:helpline | Bij acuut gevaar 112, anders Veilig Thuis op 0800 2000 of het Centrum Seksueel Geweld op 0800 0188.
ordinary:public_service | Slachtofferhulp Nederland is bereikbaar op 0900 0101 en de politie zonder spoed op 0900 8844.
ordinary:statistics | In 2024 registreerde CoMensha 1.106 mogelijke slachtoffers, 54% daarvan vrouwen, tegen 48% in 2021.
ordinary:law | Artikel 3.48 van het Vreemdelingenbesluit 2000 en de B8/3-regeling van de Vreemdelingencirculaire zijn hier van toepassing.
ordinary:meeting | Intervisie op woensdag 11 maart 2026 van 14.00 tot 16.30 uur in zaal 1.03, aanmelden voor 4 maart.
ordinary:price | Een tolk via het TVcN kost ons ongeveer €52 per uur, de reiskosten van €0,23 per kilometer komen erbij.
ordinary:year | Sinds 2013 werken we samen met Fier in Leeuwarden; het eerste convenant stamt uit 2009.
ordinary:organisation | Het spreekuur van VluchtelingenWerk Midden-Nederland is op Kaatstraat 22, 3513 BW Utrecht, elke dinsdag.
ordinary:version | De handreiking versie 4.0 vervangt versie 3.5; hoofdstuk 6 en bijlage 2 zijn herschreven.
ordinary:practice | Hoe gaan jullie om met cliënten die geen telefoon willen gebruiken? Wij plannen nu alles via de opvang.

[de]
phone | Die Klientin hat jetzt ein eigenes Handy: 0176 48 21 93 05. Bitte nur per SMS, der Mann kontrolliert Anrufe.
phone | Ihre belgische Nummer (sie wohnt wieder in Eupen): null vier sieben neun - zwölf - vierunddreißig - sechsundfünfzig.
email | Mailadresse der Mutter: s.haddad1989 (at) gmx (punkt) de - bitte nicht an die Unterkunft schicken.
id_number | Ausweisnummer laut Duldung: L01X00T471, die Ausländerbehörde hat eine Kopie.
case_number | Das Aktenzeichen beim BAMF lautet 8471952-423, Anhörung war am Dienstag.
social | Der Täter schreibt ihr auf Instagram, sein Profil ist instagram.com/eupen_boss_87 - Screenshots liegen vor.
plate | Ein grauer Audi mit dem Kennzeichen AC-KL 4821 steht seit Tagen vor dem Frauenhaus.
address | Sie ist vorübergehend bei einer Freundin in der Kirchstraße 14, 4700 Eupen, untergekommen.
date_of_birth | Laut Pass ist sie am 23.05.2007 geboren, also noch minderjährig.
named_person | Frau Leyla Ahmadi, 29 Jahre alt, aus Afghanistan, lebt seit Januar im Heim Elsenborn und braucht eine Anwältin.
named_person | Ich betreue Mariam Yousef, 17, syrische Staatsangehörige, die im Zentrum Manderfeld wohnt.
ordinary:helpline | Hilfetelefon Gewalt gegen Frauen: 116 016, rund um die Uhr; im Notfall 110 oder 112.
ordinary:public_service | Die Telefonseelsorge ist unter 0800 111 0 111 erreichbar, die Nummer gegen Kummer für Kinder unter 116 111.
ordinary:statistics | 2023 wurden laut BKA 155.771 Frauen Opfer von Partnerschaftsgewalt, 6,4 % mehr als 2022.
ordinary:law | Nach § 25 Abs. 4a AufenthG kann Opfern von Menschenhandel eine Aufenthaltserlaubnis erteilt werden; vgl. Art. 59 der Istanbul-Konvention.
ordinary:meeting | Fachtag am Donnerstag, 19.03.2026, 9:30 bis 15:00 Uhr, Raum 0.12 im Ministerium der DG.
ordinary:price | Die Dolmetscherkosten liegen bei 75 € pro Stunde, für 2026 sind 12.000 € im Budget.
ordinary:year | Das Frauenhaus wurde 1986 gegründet und ist seit 2015 auch für Frauen mit Kindern über 14 offen.
ordinary:organisation | Die Beratungsstelle von Caritas ist in der Aachener Straße 7, 4700 Eupen, montags bis freitags von 9 bis 12 Uhr.
ordinary:version | Im Leitfaden Version 2.3 sind Kapitel 5.2 und Anhang 4 neu.
ordinary:practice | Wie dokumentiert ihr Verletzungen, wenn die Klientin keine Fotos möchte? Wir nutzen einen Körperbogen.

[fr]
phone | Nouveau numéro de la cliente : 0485 62 17 39, elle préfère les SMS, son compagnon surveille les appels.
phone | Son portable français : zéro six, quarante-deux, dix-huit, soixante-treize, quatre-vingt-onze. Elle est à Lille chez une cousine.
email | Elle a créé une adresse à elle : aissatou.barry(arobase)yahoo(point)fr - merci de ne plus écrire au centre.
id_number | Son numéro de registre national est 93.04.25-969.68, il figure sur l'annexe 26.
case_number | Le numéro de dossier à l'Office des étrangers est 9.876.543 et le n° de notice du PV est BR.43.L1.012345/2025.
social | Le proxénète la contacte sur Snapchat, son pseudo est @kev_brx_1080 si quelqu'un veut le signaler.
plate | Une Peugeot 308 grise immatriculée 1-KLM-482 vient la chercher devant l'école tous les soirs.
address | Elle habite désormais au 27 rue des Tanneurs, 1000 Bruxelles, au 3e étage, chez une compatriote.
date_of_birth | Née le 4 novembre 2006 à Conakry selon l'extrait de naissance, ce que conteste le test osseux.
named_person | Mme Aminata Diallo, 26 ans, guinéenne, hébergée au centre Fedasil de Jodoigne, souhaite porter plainte.
named_person | J'accompagne Koffi Mensah, jeune homme de 19 ans originaire du Ghana, qui dort au Samusocial depuis mars.
ordinary:helpline | Numéros à afficher : Écoute violences conjugales 0800 30 030, en France le 3919, en cas d'urgence le 112.
ordinary:public_service | Pour les enfants, Child Focus répond au 116 000 ; Télé-Accueil est joignable au 107, 24h/24.
ordinary:statistics | En 2023, Myria a recensé 153 victimes de la traite reconnues, dont 61 % d'hommes, contre 122 en 2021.
ordinary:law | L'article 61/2 de la loi du 15 décembre 1980 et l'article 433quinquies du Code pénal définissent la traite.
ordinary:meeting | Réunion du réseau le mardi 17 mars 2026 à 9h30, salle 4.21, 3e étage du CPAS.
ordinary:price | L'interprétariat coûte 38,50 € de l'heure et la traduction d'un jugement de 15 pages environ 600 €.
ordinary:year | Le refuge a ouvert en 1977, la cellule migrantes existe depuis 2016.
ordinary:organisation | La permanence de PAG-ASA se tient rue des Alexiens 16B, 1000 Bruxelles, du lundi au vendredi.
ordinary:version | La version 5.1 du protocole remplace la 4.8 ; les points 3.2 à 3.9 ont été réécrits.
ordinary:practice | Comment gérez-vous les rendez-vous quand la cliente ne peut venir qu'avec ses enfants ? Nous n'avons pas de garderie.

[es]
phone | La chica nos ha dado su móvil nuevo: 612 48 93 07, mejor por WhatsApp porque trabaja por la noche.
phone | Su número es seis cuatro nueve, treinta y dos, diecisiete, ochenta y ocho. Llamadla solo por la mañana.
email | Correo personal de la usuaria: marisol.quispe arroba gmail punto com (el del centro lo lee el educador).
id_number | Su NIE es Y4243122G y la tarjeta TIE caduca en junio.
case_number | Diligencias previas 1234/2025 del Juzgado de Violencia sobre la Mujer n.º 3 de Sevilla, orden de protección en vigor.
social | El agresor la insulta por TikTok desde la cuenta @el_rey_del_barrio33, ya lo hemos denunciado.
plate | Un Seat León negro con matrícula 4821 KMP la espera cada día a la salida del instituto.
address | Vive ahora en la calle Feria 112, 2.º B, en Sevilla, con otra compañera del piso de acogida.
date_of_birth | Fecha de nacimiento que consta en el pasaporte: 15/02/2008, aunque ella dice que es mayor.
named_person | Doña Khadija Benali, de 38 años, marroquí, reside en el CAR de Vallecas desde octubre.
named_person | La mujer se llama Gloria Mbeki, tiene 24 años, es nigeriana y está en un piso de la red en Almería.
ordinary:helpline | Recordad: el 016 no deja rastro en la factura; emergencias 112; trata 900 10 50 90.
ordinary:public_service | La Policía Nacional atiende en el 091 y la Guardia Civil en el 062; para menores, Fundación ANAR 900 20 20 10.
ordinary:statistics | En 2024 hubo 48 feminicidios en España, y el 37 % de las víctimas había denunciado antes.
ordinary:law | El artículo 59 bis de la Ley Orgánica 4/2000 y el artículo 177 bis del Código Penal regulan la protección a víctimas de trata.
ordinary:meeting | La jornada es el jueves 26 de marzo de 2026, de 9:00 a 14:00, en el aula 2.3 del Colegio de Abogados.
ordinary:price | El curso cuesta 120 € y las plazas son 25; el alojamiento ronda los 65 € por noche.
ordinary:year | La red se creó en 2005 y desde 2017 incluye pisos para mujeres con hijos.
ordinary:organisation | APRAMP tiene su sede en la calle Ballesta 4, 28004 Madrid, con atención de lunes a viernes.
ordinary:version | La versión 2.4 del protocolo marco sustituye a la 2.1; los apartados 5.3 y 7.1 son nuevos.
ordinary:practice | ¿Alguien tiene experiencia con intérpretes de wolof en Andalucía? Nos cuesta mucho encontrar.

[it]
phone | La ragazza ha un nuovo cellulare: 347 912 4805, meglio scriverle su WhatsApp dopo le 20.
phone | Il numero della madre è tre tre tre, sei uno due, quarantacinque, ottantanove. Parla solo edo.
email | Scrivetele a joy punto osagie chiocciola libero punto it, non all'indirizzo del centro.
id_number | Codice fiscale della signora: HSSMRM95P54Z330C, serve per l'iscrizione al SSN.
case_number | Il procedimento penale n. 4521/2025 R.G.N.R. è alla Procura di Palermo, udienza a maggio.
social | Il suo sfruttatore la pubblicizza su instagram.com/bella_napoli_2004, il profilo è ancora attivo.
plate | Una Fiat Punto bianca targata FG 482 KL la porta ogni sera sulla statale.
address | Adesso abita in via dei Mille 48, scala B, a Caserta, da una connazionale.
date_of_birth | Data di nascita dichiarata: 11/07/2007, quindi al momento dello sbarco era minorenne.
named_person | La signora Blessing Okoro, 23 anni, nigeriana, è ospite del CAS di Castel Volturno da febbraio.
named_person | Seguo Omar Jallow, diciassettenne gambiano, che vive nella comunità di Agrigento e ha un fratello a Torino.
ordinary:helpline | Numeri utili: 1522 antiviolenza e stalking, Numero Verde Antitratta 800 290 290, emergenze 112.
ordinary:public_service | Telefono Azzurro risponde al 19696 e il 114 Emergenza Infanzia è attivo 24 ore su 24.
ordinary:statistics | Nel 2023 i centri antiviolenza hanno accolto 26.131 donne, il 27,2% straniere, secondo l'ISTAT.
ordinary:law | L'articolo 18 del D.Lgs. 286/1998 e l'art. 601 c.p. sono la base del permesso per protezione sociale.
ordinary:meeting | Riunione di rete martedì 24 marzo 2026 alle ore 15:00, sala 2, terzo piano del Comune.
ordinary:price | La mediazione linguistica costa 25 euro l'ora; per il 2026 abbiamo un budget di 18.000 euro.
ordinary:year | Il progetto è nato nel 2000 e dal 2016 copre anche Sicilia e Calabria.
ordinary:organisation | Lo sportello di BeFree è in via della Lungara 19, 00165 Roma, aperto il lunedì e il giovedì.
ordinary:version | La versione 3.0 delle linee guida sostituisce la 2.2; il paragrafo 4.5 è stato riscritto.
ordinary:practice | Come gestite i colloqui quando la donna non vuole il mediatore della sua comunità? Da noi è un problema frequente.

[mt]
phone | In-numru l-ġdid tagħha huwa 7921 4408, ibagħtilha messaġġ qabel iċċempel.
phone | Ċempel lil ommha fuq disgħa disgħa, erbgħa tlieta, wieħed tmienja, sebgħa ħamsa - tkellem bl-Għarbi biss.
email | L-email privata tagħha: miriam.borg91 [at] gmail [dot] com, mhux dik tax-xogħol.
id_number | In-numru tal-karta tal-identità tagħha hu 0412398M u l-permess tar-residenza jiskadi f'Ottubru.
case_number | Il-każ fil-Qorti tal-Maġistrati għandu n-numru 1187/2025, is-seduta li jmiss f'April.
social | Jibgħatilha theddid fuq Facebook mill-profil facebook.com/ray.zabbar.77, għandna screenshots.
plate | Karozza sewda, Toyota Vitz, numru tar-reġistrazzjoni BHX 482, tipparkja barra ċ-ċentru kull filgħaxija.
address | Issa qed toqgħod ma' ħabiba tagħha f'Triq il-Kbira 45, Ħal Qormi, fit-tieni sular.
date_of_birth | Twieldet fit-12 ta' Marzu 2006 skont id-dokumenti tal-AWAS.
named_person | Is-Sinjura Hiwet Tesfay, ta' 31 sena, mill-Eritrea, toqgħod fiċ-ċentru ta' Ħal Far ma' binha.
named_person | Qed ngħin lil Abdi Warsame, żagħżugħ ta' 18-il sena mis-Somalja, li jgħix f'Marsa.
ordinary:helpline | F'emerġenza ċempel 112; is-Supportline 179 hija miftuħa 24 siegħa kuljum.
ordinary:public_service | Il-Pulizija tista' tikkuntattjahom fuq 2122 4001 u l-Victim Support Malta fuq 2122 8333.
ordinary:statistics | Fl-2023 kien hemm 3,417 rapport ta' vjolenza domestika, żieda ta' 9% fuq l-2022.
ordinary:law | L-Artikolu 248A tal-Kodiċi Kriminali u l-Kapitolu 581 tal-Liġijiet ta' Malta jittrattaw it-traffikar.
ordinary:meeting | Il-laqgħa tan-netwerk se ssir nhar it-Tlieta 10 ta' Marzu 2026 fl-10:00, kamra 3.
ordinary:price | Il-kors jiswa €60 għal kull parteċipant u hemm 30 post.
ordinary:year | L-għaqda twaqqfet fl-1994 u sa mill-2012 taħdem ma' nisa migranti.
ordinary:organisation | L-uffiċċju tal-Aditus Foundation jinsab fi Triq San Ġwann, il-Belt Valletta, VLT 1150.
ordinary:version | Il-verżjoni 1.4 tal-gwida tissostitwixxi l-1.2; it-taqsima 6 hija ġdida.
ordinary:practice | Xi ħadd għandu esperjenza b'interpreti tat-Tigrinja għall-Qorti? Dejjem ikollna dewmien.

[pl]
phone | Klientka ma nowy numer: 512 384 907, prosi o SMS-y, bo partner sprawdza połączenia.
phone | Numer do jej siostry: pięćset dwa, trzysta czterdzieści, osiemdziesiąt jeden, dziewięćdziesiąt. Mówi tylko po ukraińsku.
email | Jej prywatny mail: olena.kovalenko małpa wp kropka pl, służbowego nie czyta.
id_number | PESEL dziecka: 07252199155, potrzebny do zapisania do szkoły.
case_number | Sprawa w Sądzie Rejonowym ma sygnaturę akt II K 457/25, rozprawa w maju.
social | Sprawca pisze do niej z konta na Instagramie @kuba_wawa_1990, mamy zrzuty ekranu.
plate | Czarny Opel Astra o numerze rejestracyjnym WX 48213 podjeżdża pod ośrodek co wieczór.
address | Mieszka teraz u koleżanki przy ul. Piotrkowskiej 154 m. 12 w Łodzi.
date_of_birth | Data urodzenia według paszportu: 03.03.2007 r., więc była niepełnoletnia, gdy przyjechała.
named_person | Pani Hanna Melnyk, lat 34, obywatelka Ukrainy, mieszka w ośrodku w Lublinie z dwójką dzieci.
named_person | Wspieram Tamarę Sarkisjan, 27-letnią Ormiankę, która przebywa w ośrodku dla cudzoziemców w Białej Podlaskiej.
ordinary:helpline | Niebieska Linia: 800 120 002, całodobowo. W nagłych sytuacjach 112.
ordinary:public_service | KCIK dla ofiar handlu ludźmi: 22 628 01 20; telefon zaufania dla dzieci 116 111.
ordinary:statistics | W 2023 r. w procedurze Niebieskie Karty było 57 tys. osób, z czego 71,3% stanowiły kobiety.
ordinary:law | Art. 189a Kodeksu karnego oraz art. 170 ustawy o cudzoziemcach z 12 grudnia 2013 r. dotyczą ofiar handlu ludźmi.
ordinary:meeting | Szkolenie odbędzie się w czwartek 12 marca 2026 r. o godz. 10:00, sala 204, II piętro.
ordinary:price | Tłumacz przysięgły kosztuje ok. 60 zł za stronę, a kurs 450 zł od osoby.
ordinary:year | Fundacja działa od 1995 r., a od 2022 r. pomaga głównie uchodźczyniom z Ukrainy.
ordinary:organisation | Biuro Fundacji La Strada jest przy ul. Ludwika Idzikowskiego, 02-954 Warszawa.
ordinary:version | Wersja 2.3 procedury zastępuje wersję 2.0; rozdział 5 i załącznik nr 3 są nowe.
ordinary:practice | Jak radzicie sobie z brakiem tłumaczy języka dari w województwie podlaskim?

[hr]
phone | Klijentica ima novi broj mobitela: 091 573 2846, bolje poruka nego poziv.
phone | Broj njezine majke je nula devet osam, četiri četiri, sedam jedan, dva nula, šest. Govori samo arapski.
email | Njezin privatni e-mail je amira.hodzic (at) gmail (dot) com, službeni ne provjerava.
id_number | OIB klijentice je 79977443216, treba za prijavu u HZZO.
case_number | Predmet na Općinskom kaznenom sudu ima broj K-1183/2025, ročište je u travnju.
social | Nasilnik joj prijeti preko Instagrama s profila @zagreb_king_85.
plate | Crni VW Golf, registracija ZG 4821-KL, parkiran je ispred skloništa svaku večer.
address | Sada živi kod sestre u Ilici 245, 2. kat, u Zagrebu.
date_of_birth | Rođena je 22.04.2007., prema rodnom listu, pa je bila maloljetna kad je stigla.
named_person | Gospođa Zahra Hosseini, 33 godine, iz Afganistana, smještena je u Prihvatilištu Porin s dvoje djece.
named_person | Radim s Ahmedom Al-Khatibom, 16-godišnjakom iz Sirije, koji je u domu u Zagrebu.
ordinary:helpline | SOS telefon za žene žrtve nasilja: 0800 55 44. Hitni slučajevi: 112, policija 192.
ordinary:public_service | Nacionalni pozivni centar za žrtve kaznenih djela je 116 006, a Hrabri telefon za djecu 116 111.
ordinary:statistics | U 2023. godini policija je evidentirala 1.321 kazneno djelo nasilja u obitelji, 12% više nego 2022.
ordinary:law | Članak 106. Kaznenog zakona i Zakon o zaštiti od nasilja u obitelji (NN 70/17) su ovdje ključni.
ordinary:meeting | Sastanak mreže je u utorak, 17. ožujka 2026. u 10:00 sati, dvorana 3.
ordinary:price | Prevoditelj nas košta 40 eura po satu, a edukacija 150 eura po osobi.
ordinary:year | Udruga je osnovana 1990., a od 2015. radi s izbjeglicama.
ordinary:organisation | Ured Centra za mirovne studije nalazi se u Selskoj cesti 112a, 10000 Zagreb.
ordinary:version | Verzija 3.1 protokola zamjenjuje verziju 2.7; poglavlje 4 je novo.
ordinary:practice | Ima li netko iskustva s prevoditeljima za farsi u Slavoniji? Čekamo tjednima.

[sl]
phone | Stranka ima novo številko: 041 582 317, raje ji pišite SMS, ker mož pregleduje klice.
phone | Številka njene sestre je nič štiri nič, tri ena dva, sedem sedem osem. Govori samo perzijsko.
email | Njen zasebni e-naslov: nadia.karimi pika 92 afna gmail pika com - službenega ne bere.
id_number | EMŠO otroka je 2207997502672, potrebujemo ga za vpis v vrtec.
case_number | Zadeva na Okrožnem sodišču v Ljubljani ima opravilno številko I K 45612/2025, obravnava je v maju.
social | Storilec ji grozi prek TikToka z računa @lj_boss_1988, imamo posnetke zaslona.
plate | Srebrn Renault Clio z registrsko številko LJ 48-21K stoji pred varno hišo vsak večer.
address | Zdaj živi pri prijateljici na Celovški cesti 112 v Ljubljani, v tretjem nadstropju.
date_of_birth | Rojena je 9. 6. 2007 v Kandaharju, po podatkih iz potnega lista.
named_person | Gospa Fatima Rahimi, 35 let, iz Afganistana, biva v azilnem domu na Viču z dvema otrokoma.
named_person | Pomagam Youssefu Benaliju, 17-letniku iz Maroka, ki živi v Kriznem centru za mlade v Kopru.
ordinary:helpline | SOS telefon za ženske in otroke – žrtve nasilja: 080 11 55. V nujnih primerih 112 ali policija 113.
ordinary:public_service | TOM telefon za otroke in mladostnike je 116 111, Zaupni telefon Samarijan pa 116 123.
ordinary:statistics | Leta 2023 je policija obravnavala 1.227 kaznivih dejanj nasilja v družini, kar je 8 % več kot leta 2022.
ordinary:law | Po 191. členu Kazenskega zakonika in Zakonu o preprečevanju nasilja v družini (Uradni list RS, št. 16/08) je to kaznivo.
ordinary:meeting | Sestanek mreže bo v sredo, 18. 3. 2026, ob 9.30 v sejni sobi 2.
ordinary:price | Tolmač stane 35 evrov na uro, delavnica pa 80 evrov na osebo.
ordinary:year | Društvo deluje od leta 1989, od 2016 tudi z begunkami.
ordinary:organisation | Pisarna Društva Ključ je na Kotnikovi ulici, 1000 Ljubljana, odprta ob torkih in četrtkih.
ordinary:version | Različica 2.0 smernic nadomešča različico 1.6; poglavje 3.4 je na novo napisano.
ordinary:practice | Kako organizirate prevoze na sodišče, ko stranka živi zunaj Ljubljane? Mi imamo premalo prostovoljcev.

[hu]
phone | A kliensnek új telefonszáma van: +36 30 481 2976, inkább SMS-t írjatok, mert a férje ellenőrzi a hívásait.
phone | A nővére száma: nulla hat, harminc, négyszázhuszonegy, tizenhét, nyolcvankilenc. Csak arabul beszél.
email | Az e-mail címe: eszter.kovacs88 kukac freemail pont hu, a munkahelyit ne használjátok.
id_number | A TAJ-száma 287 938 427, ez kell az orvosi ellátáshoz.
case_number | Az ügy a Budapesti Központi Kerületi Bíróságon 8.B.1234/2025 ügyszámon fut, a tárgyalás áprilisban lesz.
social | A bántalmazó a Facebookon zaklatja a facebook.com/gabor.pest.76 profilról.
plate | Egy fekete Skoda Octavia, rendszáma AA-BC-123, minden este a menhely előtt parkol.
address | Most egy barátnőjénél lakik a Váci út 84. szám alatt, a harmadik emeleten, Budapesten.
date_of_birth | Született: 2007. április 18., Kabulban, az útlevele szerint.
named_person | Ahmadi Zahra asszony, 32 éves, afgán állampolgár, a vámosszabadi befogadóállomáson lakik két gyerekével.
named_person | Segítek Oleksandr Petrenkónak, a 17 éves ukrán fiúnak, aki a fóti gyermekotthonban él.
ordinary:helpline | OKIT: 06 80 20 55 20, éjjel-nappal ingyenes. Vészhelyzetben 112.
ordinary:public_service | A Kék Vonal gyerekeknek a 116 111-en, a Lelki Elsősegély Telefonszolgálat a 116 123-on érhető el.
ordinary:statistics | 2023-ban a rendőrség 4.829 kapcsolati erőszakot regisztrált, ami 6%-kal kevesebb, mint 2022-ben.
ordinary:law | A Btk. 212/A. §-a és a 2009. évi LXXII. törvény szól a hozzátartozók közötti erőszakról.
ordinary:meeting | A hálózati találkozó 2026. március 19-én, csütörtökön 10:00-kor lesz a 214-es teremben.
ordinary:price | A tolmács óradíja 12 000 Ft, a képzés pedig 25 000 Ft fejenként.
ordinary:year | Az egyesület 1994-ben alakult, 2015 óta foglalkozik menekült nőkkel.
ordinary:organisation | A NANE irodája a Budapest, 1447 Pf. 502 címen érhető el levélben.
ordinary:version | Az útmutató 2.2-es verziója a 2.0-t váltja; a 4. fejezet és a 3. melléklet új.
ordinary:practice | Hogyan oldjátok meg a tolmácsolást dari nyelven vidéken? Nálunk hetekig tart.

[el]
phone | Η ωφελούμενη έχει νέο κινητό: 694 812 3057, καλύτερα μήνυμα γιατί ο σύζυγος ελέγχει τις κλήσεις.
phone | Το τηλέφωνο της αδελφής της είναι έξι εννιά εννιά, τέσσερα ένα δύο, πέντε οκτώ, εφτά τρία. Μιλάει μόνο φαρσί.
email | Το προσωπικό της email: maryam.hosseini παπάκι yahoo τελεία gr - το υπηρεσιακό δεν το διαβάζει.
id_number | Ο ΑΜΚΑ της είναι 15049633215, χρειάζεται για το νοσοκομείο.
case_number | Η υπόθεση στο Πλημμελειοδικείο Αθηνών έχει αριθμό ΑΒΜ Α2025/4471, δικάσιμος τον Μάιο.
social | Ο δράστης της στέλνει απειλές στο Instagram από τον λογαριασμό @athens_king_81.
plate | Ένα ασημί Toyota Yaris με πινακίδα ΙΚΤ-4821 σταθμεύει κάθε βράδυ έξω από τον ξενώνα.
address | Τώρα μένει σε μια φίλη της, στην οδό Αχαρνών 214, στον τρίτο όροφο, στην Αθήνα.
date_of_birth | Ημερομηνία γέννησης σύμφωνα με το διαβατήριο: 17/05/2007, άρα ήταν ανήλικη όταν έφτασε.
named_person | Η κυρία Σαμίρα Αλ-Αχμάντ, 28 ετών, από τη Συρία, διαμένει στη δομή της Ριτσώνας με τα δύο παιδιά της.
named_person | Βοηθώ τον Ιμπραήμ Ντιαλό, 17χρονο από τη Γουινέα, που μένει σε ξενώνα ασυνόδευτων στη Θεσσαλονίκη.
ordinary:helpline | Γραμμή SOS 15900, όλο το 24ωρο. Για εμπορία ανθρώπων 1109. Σε κίνδυνο, 112 ή 100.
ordinary:public_service | Το Χαμόγελο του Παιδιού απαντά στο 1056 και η Εθνική Γραμμή για τα παιδιά στο 116 111.
ordinary:statistics | Το 2023 η Γραμμή SOS 15900 δέχτηκε 9.183 κλήσεις, 22% περισσότερες από το 2022.
ordinary:law | Το άρθρο 323Α ΠΚ και ο ν. 4531/2018 για τη Σύμβαση της Κωνσταντινούπολης είναι το πλαίσιο.
ordinary:meeting | Η συνάντηση του δικτύου θα γίνει την Τρίτη 10/03/2026 στις 11:00, αίθουσα 3.
ordinary:price | Ο διερμηνέας κοστίζει 30 ευρώ την ώρα και το σεμινάριο 90 ευρώ ανά άτομο.
ordinary:year | Η οργάνωση ιδρύθηκε το 1999 και από το 2015 δουλεύει με πρόσφυγες.
ordinary:organisation | Το γραφείο της Διοτίμα βρίσκεται στην Αθήνα, Τ.Κ. 10432, και δέχεται με ραντεβού.
ordinary:version | Η έκδοση 2.1 του οδηγού αντικαθιστά την 1.8· το κεφάλαιο 5 είναι καινούργιο.
ordinary:practice | Πώς οργανώνετε τη διερμηνεία στα σομαλικά στα νησιά; Εμείς περιμένουμε βδομάδες.

[bg]
phone | Клиентката има нов номер: 088 412 3956, по-добре ѝ пишете във Viber, мъжът ѝ проверява обажданията.
phone | Телефонът на сестра ѝ е нула осем девет, шест едно две, три четири, пет осем. Говори само арабски.
email | Личният ѝ имейл е darina.petrova (кльомба) abv (точка) bg, служебния не го чете.
id_number | ЕГН на детето: 9704281910, трябва за записването в училище.
case_number | Делото в Софийски районен съд е НОХД № 4521/2025 г., заседанието е през май.
social | Насилникът ѝ пише заплахи в Instagram от профила @sofia_boss_88.
plate | Черен Опел с регистрационен номер СВ 4821 КН спира всяка вечер пред кризисния център.
address | Сега живее при приятелка на ул. „Граф Игнатиев“ 42, ет. 3, в София.
date_of_birth | Родена е на 14.02.2007 г. според паспорта, значи е била непълнолетна при пристигането.
named_person | Госпожа Фатима Ахмади, 30 г., от Афганистан, е настанена в център „Военна рампа“ с двете си деца.
named_person | Помагам на Юсуф Хасан, 16-годишно момче от Сирия, което живее в приюта в Харманли.
ordinary:helpline | Национална телефонна линия за пострадали от домашно насилие: 0800 1 86 76. При опасност 112.
ordinary:public_service | Националната телефонна линия за деца е 116 111, а за пострадали от престъпления 116 006.
ordinary:statistics | През 2023 г. са издадени 4 230 заповеди за защита, с 11% повече от 2022 г.
ordinary:law | Чл. 159а от Наказателния кодекс и Законът за защита от домашното насилие (ДВ, бр. 27/2005 г.) уреждат това.
ordinary:meeting | Срещата на мрежата ще бъде във вторник, 10.03.2026 г., от 10:00 ч. в зала 3.
ordinary:price | Преводачът струва 40 лв. на час, а обучението е 120 лв. на човек.
ordinary:year | Фондацията е създадена през 1998 г., а от 2013 г. работи с бежанци.
ordinary:organisation | Офисът на фондация „Анимус“ е в София, п.к. 1000, и приема с уговорен час.
ordinary:version | Версия 2.3 на наръчника заменя 2.0; глава 4 и приложение 2 са нови.
ordinary:practice | Как намирате преводачи от фарси в Харманли? При нас чакането е седмици.

[ar]
phone | رقم هاتفها الجديد هو ٦٩٧ ٣٤٥ ١٢٠٨، الأفضل إرسال رسالة لأن زوجها يراقب المكالمات.
phone | رقم أختها: +٣٢ ٤٨٧ ٦٥ ٤٣ ٢١ وهي تسكن في بروكسل ولا تتكلم إلا العربية.
phone | جوالها صفر ستة، أربعة اثنان، ثمانية سبعة، واحد تسعة، ثلاثة صفر - اتصلوا بعد الساعة الثامنة.
email | بريدها الخاص: layla.mansour at gmail dot com وليس بريد المركز.
id_number | رقم الإقامة (NIE) الخاص بها هو X9615673V وتنتهي صلاحيتها في يونيو.
case_number | رقم الملف لدى مكتب اللجوء هو ٢٠٢٥/٤٤٧١٢ والمقابلة في شهر مايو.
social | المعتدي يهددها على إنستغرام من الحساب @king_of_athens_90 ولدينا صور للشاشة.
plate | سيارة سوداء من نوع أوبل، لوحتها GR-482-K، تقف كل مساء أمام الملجأ.
address | تسكن الآن عند صديقتها في شارع Kerkstraat 58 في أنتويرب، الطابق الثاني.
date_of_birth | تاريخ الميلاد حسب جواز السفر: ١٥/٠٣/٢٠٠٧، أي أنها كانت قاصراً عند وصولها.
named_person | السيدة أمل الحسن، ٢٩ سنة، من سوريا، تقيم في مخيم ريتسونا مع طفليها.
ordinary:helpline | في حالة الخطر اتصلي بـ ١١٢. خط مساعدة ضحايا الجرائم الأوروبي هو ١١٦ ٠٠٦ ومجاني.
ordinary:public_service | خط الأطفال ١١٦ ١١١ وخط الدعم النفسي ١١٦ ١٢٣ متاحان في معظم دول الاتحاد الأوروبي.
ordinary:statistics | في عام ٢٠٢٣ استقبلنا ٤١٢ امرأة، ٦٣٪ منهن من سوريا والعراق، مقارنة بـ ٣٥٠ في ٢٠٢٢.
ordinary:law | المادة ٣ من الاتفاقية الأوروبية لحقوق الإنسان والمادة ٦٠ من اتفاقية إسطنبول تحميان طالبات اللجوء.
ordinary:meeting | الاجتماع يوم الثلاثاء ١٠/٠٣/٢٠٢٦ الساعة ١١:٠٠ في القاعة رقم ٣.
ordinary:price | تكلفة المترجم ٣٥ يورو في الساعة، والدورة التدريبية ٩٠ يورو للشخص.
ordinary:year | تأسست الجمعية عام ١٩٩٨ وتعمل مع اللاجئات منذ ٢٠١٥.
ordinary:organisation | مكتب جمعية كاريتاس في بروكسل يستقبل بدون موعد أيام الإثنين والخميس من ٩ إلى ١٢.
ordinary:version | النسخة ٢.١ من الدليل تحل محل النسخة ١.٨؛ الفصل الخامس جديد.
ordinary:practice | هل لدى أحدكم تجربة مع مترجمين للغة التغرينية في المحاكم؟ ننتظر أسابيع في كل مرة.

[fa]
phone | شماره موبایل جدیدش ۰۶ ۸۴۲۱ ۷۹۹۳ است، بهتر است پیام بدهید چون شوهرش تماس‌ها را چک می‌کند.
phone | شماره خواهرش: صفر شش، چهل و یک، بیست و سه، چهل و پنج، شصت و هفت. فقط فارسی صحبت می‌کند.
phone | تلفن مادرش در هلند +۳۱ ۶ ۴۱۸۷ ۲۲۹۰ است، عصرها جواب می‌دهد.
email | ایمیل شخصی‌اش: zahra.rahimi1995 at yahoo dot com است، ایمیل کمپ را نخوانید.
id_number | شماره BSN او ۳۴۳۱۲۲۲۰۰ است و برای ثبت‌نام نزد پزشک لازم است.
case_number | شماره پرونده در اداره مهاجرت ۲۰۲۵-۰۰۱۷-۸۸۴۲ است و مصاحبه در اردیبهشت است.
social | مزاحم از صفحه اینستاگرام @tehran_boy_1370 برایش پیام تهدید می‌فرستد.
plate | یک ماشین سفید با پلاک 48-KLM-2 هر شب جلوی خانه امن پارک می‌کند.
address | الان پیش دوستش در خیابان Pijnackerstraat 77 در آمستردام زندگی می‌کند.
date_of_birth | تاریخ تولد طبق پاسپورت: ۱۳۸۶/۰۲/۱۵، یعنی هنگام ورود زیر ۱۸ سال بوده.
named_person | خانم مریم احمدی، ۳۱ ساله، اهل افغانستان، با دو فرزندش در کمپ Ter Apel زندگی می‌کند.
ordinary:helpline | در خطر فوری با ۱۱۲ تماس بگیرید. خط کمک به قربانیان جرم ۱۱۶ ۰۰۶ رایگان است.
ordinary:public_service | خط کودکان ۱۱۶ ۱۱۱ و خط حمایت روانی ۱۱۶ ۱۲۳ در بیشتر کشورهای اروپا فعال است.
ordinary:statistics | در سال ۲۰۲۳ حدود ۳۸٪ درخواست‌های پناهندگی زنان افغان پذیرفته شد، در مقایسه با ۲۹٪ در ۲۰۲۱.
ordinary:law | ماده ۳ کنوانسیون اروپایی حقوق بشر و ماده ۶۰ کنوانسیون استانبول از زنان پناهجو حمایت می‌کنند.
ordinary:meeting | جلسه روز سه‌شنبه ۱۴۰۴/۱۲/۱۹ ساعت ۱۰:۳۰ در اتاق ۲ برگزار می‌شود.
ordinary:price | هزینه مترجم ساعتی ۴۵ یورو است و کارگاه برای هر نفر ۷۰ یورو.
ordinary:year | این انجمن در سال ۱۳۷۷ (۱۹۹۸) تأسیس شد و از ۲۰۱۵ با پناهجویان کار می‌کند.
ordinary:organisation | دفتر انجمن پناهندگان در اوترخت دوشنبه‌ها و پنجشنبه‌ها بدون وقت قبلی پذیرش دارد.
ordinary:version | نسخه ۳.۰ راهنما جایگزین نسخه ۲.۴ شده است؛ فصل ۶ جدید است.
ordinary:practice | کسی تجربه کار با مترجم دری در دادگاه‌های بلژیک دارد؟ ما هفته‌ها منتظر می‌مانیم.

"""


POSTS = parse(_TEXT)
