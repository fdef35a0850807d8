"""Eleventh held-back corpus of the personal-data guard, part a (languages en, ga, nl, de, fr, es, it, pl).
Written on 2026-12-07 in one sitting by an independent corpus writer who never read
the guard, its documentation, its benchmark, its tests or any other corpus beyond the
format in __init__.py. Private phone numbers were drawn at random and kept only when
phonenumbers (9.0.43) judged them valid mobile or fixed numbers of their country; national
ID, tax and health numbers (NHS, PPSN, BSN, Belgian rijksregisternummer, Steuer-ID, NIR,
DNI/NIE, codice fiscale, PESEL) and IBANs were drawn at random with their check digits
computed and then checked with python-stdnum (2.2) after writing. People, private
numbers, plates, handles and private addresses are invented; helplines and public
offices are the real published ones as the writer knows them.
"""

from . import parse

_TEXT = """
[en]
phone | Can someone from the Newham team ring her back today? She's moved phones again, new mobile is 07759 774779, best after 6pm when her husband is at work.
phone | Her sister's number if the hostel can't reach her: oh seven seven five one, eight one seven, five six oh. Please don't leave a voicemail, the phone is shared.
email | Survivor asked me to forward the referral to her own address rather than the hostel's: amina.haddad94@gmail.com (she checks it at the library).
email | For the interpreter booking she wants replies to t.okafor2 [at] outlook dot com, not her caseworker, because the caseworker shares a house with the ex.
id_number | GP registration finally went through, her NHS number is 620 445 4013 so the sexual health clinic can pull the notes directly.
id_number | Lodged the DWP claim for her, NI number JT 48 27 19 C, if anyone at the Jobcentre in Stratford can chase it that would be amazing.
iban | The emergency grant can go straight to her account: GB87 NWBK 6016 1314 2839 97, name on the card is her married name though.
iban | Refund from the solicitor should be paid to the client's own account GB41-BARC-2000-0072-3488-23 and NOT the joint one he controls.
case_number | Home Office ref for Mrs R. is K1938274, the MVDAC application was submitted on the 3rd, can anyone with a UKVI contact chase?
case_number | Met crime ref for the assault at the hotel is 01 / 93827 / 26, officer in the case hasn't called her back in three weeks.
social | Found the trafficker's girlfriend posting the client's photos on instagram.com/dalia.rose.ldn, please report it so it comes down faster.
social | She's on tiktok as nightowl_hana99 and still tags where she is, we need someone to talk to her about turning location off before he finds her.
plate | The man waiting outside the refuge again last night, silver Ford Focus, reg LK19 XRT. Staff have logged it with the police.
plate | Client says the car that drops the girls at the nail bar is a grey Corsa WU68KZN, usually Tuesdays and Fridays around 8.
address | She's staying with a friend at Flat 3, 27 Hartley Road, Leyton E11 3BQ until the refuge space opens, please don't send post there in her name.
address | Safe house for the family is fourteen Aldermoor Close, Southampton, S O sixteen 5 N P, only the ISVA and I know, keep it off the shared drive.
date_of_birth | Age dispute again: he's got a birth cert showing DOB 14/03/2009, the council assessed him as 19, the Eritrean lad at the Dover hotel.
date_of_birth | For the GP form: client born on the second of November 2001 in Kandahar, arrived Oct last year, now in the Bradford IA hotel.
named_person | Fatima Noori, 23, Afghan, works nights at the car wash on Cheetham Hill Road, she disclosed rape by the manager, needs an ISVA urgently.
named_person | Anyone in Glasgow know Blessing Adeyemi? Nigerian, early 30s, at the Govan drop-in on Thursdays, she said a "cousin" holds her passport.
ordinary:helplines | Reminder for new members: National Domestic Abuse Helpline 0808 2000 247 (24h, free), Rape Crisis 0808 500 2222, Galop for LGBT+ survivors 0800 999 5428, Modern Slavery Helpline 08000 121 700. Emergency always 999 or 112.
ordinary:helplines | Samaritans is 116 123 across the UK and Ireland, and Childline is 0800 1111. Both are free from mobiles, worth printing on the room cards.
ordinary:public_office | Written complaints about asylum accommodation go to the Home Office, 2 Marsham Street, London SW1P 4DF, but honestly the Migrant Help line 0808 8010 503 gets faster answers.
ordinary:statistics | ONS figures for year ending March 2024: around 2.3 million adults aged 16+ experienced domestic abuse, roughly 1.6 million women and 712,000 men.
ordinary:percentages | In our own audit 41% of referrals from IA hotels mentioned sexual harassment by other residents, up from 27% in 2024, out of 318 referrals.
ordinary:law | Section 76 of the Serious Crime Act 2015 (controlling or coercive behaviour) plus the Domestic Abuse Act 2021 s.1 definition is what we quote in letters to councils.
ordinary:judgment | For credibility of sexual orientation claims cite CJEU joined cases C-148/13 to C-150/13 (A, B and C), and for DV and state duty Opuz v Turkey, app. no. 33401/02.
ordinary:meeting | Next regional practitioners call: Tue 12 January 2027, 14:00-15:30 GMT, Teams link in the pinned post, agenda item 3 is the new referral form.
ordinary:opening_hours | Our drop-in at the community centre is open Mon, Wed, Thu 10:00-16:00, closed 24 Dec to 2 Jan, walk-ins welcome, no appointment needed.
ordinary:budget | We got GBP 48,500 for 2027, of which 12,000 is interpreting and 6,750 travel; the rest is 0.6 FTE ISVA salary.
ordinary:grant_number | If you are a partner on the CERV project, put grant agreement 101143527 and the WP4 code in the footer of every deliverable please.
ordinary:long_number | Refuge is registered charity no. 277424 and Women's Aid Federation of England is 1054154 in case your finance team asks for charity numbers on the invoice.
ordinary:version | Uploaded SOP v2.3 (safeguarding referrals in asylum hotels), changes from v2.2 are tracked in red, comments by 15/01 please.
ordinary:postcode | For the training venue: the Resource Centre, 356 Holloway Road, London N7 6PA, step-free entrance round the side.
ordinary:public_figure | Nicole Jacobs, the Domestic Abuse Commissioner for England and Wales, is speaking at the February conference on the migrant victims report.
ordinary:colleague | Big thanks to Dr Sarah Whitfield, the consultant at the Sheffield SARC, for her session on forensic timelines, slides are in the folder.
ordinary:anonymised_case | Anonymised learning: woman in her 20s, no recourse to public funds, disclosed to a midwife at 30 weeks; the key was a same-day referral to the DV worker, not the leaflet.
ordinary:training | Free e-learning on trauma-informed interviewing, 3 modules of 45 minutes each, CPD certificate at the end, link via the SafeLives site.
ordinary:date_not_birth | Deadline for the consultation on the new Immigration Rules guidance is 28 February 2027, submissions close at 23:59.
ordinary:org_contact | Southall Black Sisters publish their advice line and e-mail on southallblacksisters.org.uk, good for South Asian and migrant women with NRPF issues.
[ga]
phone | An féidir le duine ó Ghaillimh glaoch ar Nadia inniu? Tá uimhir nua aici: 085 900 0480, is fearr tar éis a sé nuair nach bhfuil sé sa teach.
phone | Uimhir a deirféar má theipeann ar an lóistín: náid ocht a sé, a haon seacht a hocht, a trí a naoi a seacht náid. Ná fág teachtaireacht gutha le do thoil.
email | D'iarr sí orm an t-atreorú a sheoladh chuig a seoladh féin: mariam.yusuf91@gmail.com, seiceálann sí é sa leabharlann i dTrá Lí.
email | Don ateangaire, ba mhaith léi freagraí chuig grace.obi [ag] yahoo ponc ie, ní chuig an oibrí cáis.
id_number | Tá a huimhir PPS faighte aici faoi dheireadh, 2658261R, más féidir le duine ón DSP i gCorcaigh é a bhrú ar aghaidh.
id_number | An cailín ón Mhaláiv: a PPSN ná 1602761PW, tá sé ag teastáil don íocaíocht dhíreach ón HSE.
iban | Is féidir an deontas éigeandála a íoc isteach ina cuntas féin: IE62 AIBK 9333 0552 2642 83, ainm a fir céile atá ar an gcárta fós.
iban | Aisíocaíocht ón dlíodóir chuig a cuntas féin amháin le do thoil, I E 8 7 B O F I 9000 1794 0024 94, ní chuig an gcomhchuntas.
case_number | Uimhir tagartha an IPO do Mháire (bean Shomálach) ná 1123-26, agallamh Alt 35 ar an 14 Eanáir, an bhfuil aon duine ag dul léi?
case_number | Uimhir eachtra na nGardaí don ionsaí sa lárionad: PULSE 27184593, níor ghlaoigh an Garda ar ais le trí seachtaine.
social | Tá cailín ag postáil grianghraf de ár gcliant ar instagram.com/lena_west_galway, cuir tuairisc isteach le do thoil.
social | Tá sí ar tiktok mar hawa_dublin07 agus cuireann sí suíomh leis gach físeán, caithfidh duine labhairt léi faoi sin.
plate | An fear a bhí taobh amuigh den tearmann arís aréir, Toyota Corolla liath, clárú 231-D-48213. Tá sé curtha in iúl do na Gardaí.
plate | Deir an cliant gur carr dubh 191C7740 a thugann na cailíní chuig an salon gach Máirt.
address | Tá sí ag fanacht le cara ag 17 Bóthar an Mhuilinn, Ráth Eanaigh, Baile Átha Cliath 5, D05 K7R2 go dtí go mbeidh áit sa tearmann.
address | Teach sábháilte an teaghlaigh: a ceathair déag Ascaill na Darach, Luimneach, V94 T3X8. Ná cuir ar an tiomántán roinnte é.
date_of_birth | Díospóid aoise arís: tá teastas breithe aige, dáta breithe 14/03/2009, an buachaill ón Eiritré i Ros Láir.
date_of_birth | Don fhoirm dochtúra: rugadh í ar an dara lá de Shamhain 2001 i Kabul, tá sí i lóistín IPAS i Mala anois.
named_person | Amina Farouk, 24 bliana, ón tSúdáin, ag obair san óstán i nGaillimh, d'inis sí faoi éigniú ag an mbainisteoir, teastaíonn tacaíocht uaithi.
named_person | An bhfuil aithne ag aon duine i Sligeach ar Joy Okonkwo? Nigéireach, tríochaidí, sa ghrúpa Déardaoin, deir sí go bhfuil a pas ag "col ceathrar".
ordinary:helplines | Meabhrúchán: Women's Aid 1800 341 900 (24 uair), Ionad Éignithe Bhaile Átha Cliath 1800 77 8888, Samaritans 116 123, éigeandáil 999 nó 112.
ordinary:helplines | LGBT Ireland 1800 929 539 agus Childline 1800 66 66 66, iad saor in aisce ó fhón póca, cuir ar na cártaí seomra iad.
ordinary:public_office | Gearáin faoi chóiríocht: An Roinn Dlí agus Cirt, 51 Faiche Stiabhna, Baile Átha Cliath 2, D02 HK52. Tá an IPO ag 79-83 Sráid an Mhóta Íochtarach.
ordinary:statistics | Fuair Women's Aid níos mó ná 40,000 teagmháil in 2024 de réir a dtuarascála bliantúla, agus bhí méadú ar na glaonna ó mhná imirceacha.
ordinary:percentages | Inár n-iniúchadh féin, luaigh 38% de na hatreoruithe ó IPAS ciapadh gnéasach, suas ó 22% in 2024, as 146 atreorú.
ordinary:law | An tAcht um Fhoréigean Baile 2018, alt 39 (rialú comhéigneach), agus Airteagal 60 de Choinbhinsiún Iostanbúl, sin a luaimid sna litreacha.
ordinary:judgment | Don cheist faoi mhná mar ghrúpa sóisialta, féach CJEU C-621/21 (WS), breithiúnas an 16 Eanáir 2024.
ordinary:meeting | Cruinniú réigiúnach ar an Máirt 12 Eanáir 2027, 11:00-12:30, seomra 2.14 in Ollscoil na Gaillimhe, nasc Teams sa phost pinnáilte.
ordinary:opening_hours | Tá an t-ionad buail isteach oscailte Luan, Céadaoin, Déardaoin 10:00-16:00, dúnta ó 23 Nollaig go 2 Eanáir.
ordinary:budget | Fuaireamar €52,000 do 2027: €14,000 d'ateangaireacht, €5,500 taisteal, an chuid eile do thuarastal oibrí tacaíochta 0.6 WTE.
ordinary:grant_number | Comhpháirtithe AMIF: cuir uimhir an chomhaontaithe deontais 101147392 ar bhun gach tuarascála le bhur dtoil.
ordinary:long_number | Uimhir charthanachta (RCN) na heagraíochta ná 20041563 agus an uimhir CHY 13420, má iarrann an cuntasóir.
ordinary:version | Tá leagan 1.4 den nós imeachta tagartha uaslódáilte, athruithe ó 1.3 i ndearg, tuairimí roimh 20/01.
ordinary:postcode | Áit na hoiliúna: Ollscoil na Gaillimhe, Bóthar na hOllscoile, Gaillimh H91 TK33, rochtain chathaoireacha rothaí ag an mbealach isteach thoir.
ordinary:public_figure | Beidh an tAire Dlí agus Cirt ag caint ag comhdháil Cuan i mí Feabhra faoin tríú straitéis náisiúnta DSGBV.
ordinary:colleague | Go raibh maith agat leis an Dr Órla Ní Bhriain, comhairleoir san SATU i nGaillimh, as an seisiún ar fhianaise fhóiréinseach.
ordinary:anonymised_case | Cás gan ainm: bean ina fichidí, gan stádas, d'inis sí don chnáimhseach ag 30 seachtain; b'é an t-atreorú an lá céanna a d'oibrigh.
ordinary:training | Oiliúint saor in aisce ar agallóireacht atá eolach ar thráma, 3 mhodúl 45 nóiméad an ceann, teastas CPD ag an deireadh.
ordinary:date_not_birth | Spriocdháta don chomhairliúchán ar an mBille Cosanta Idirnáisiúnta: 27 Feabhra 2027, ag 17:00.
ordinary:org_contact | Tá Comhairle Inimirceach na hÉireann ar fáil ag info@immigrantcouncil.ie agus ar X mar @ImmigrantIE, maith do chásanna stádais.
[nl]
phone | Kan iemand van het Veilig Thuis-team in Utrecht haar vandaag terugbellen? Nieuw nummer: 06 32098166, liefst na 18u als hij werkt.
phone | Nummer van haar zus als de opvang haar niet bereikt: nul zes - vijf twee drie twee - zeven negen twee acht. Geen voicemail inspreken aub, telefoon wordt gedeeld.
email | Ze wil de verwijsbrief op haar eigen adres: samira.elamrani96@hotmail.com, niet via de opvang, ze leest het in de bieb.
email | Voor de tolk graag mailen naar h.tesfaye (apenstaartje) gmail punt com, niet naar de casemanager.
id_number | Haar BSN is eindelijk binnen: 369464655, kan iemand bij de GGD Haaglanden de inschrijving voor de huisarts regelen?
id_number | Cliënte uit Gent, rijksregisternummer 88.04.12-901.33, het OCMW vraagt het voor de leefloonaanvraag, iemand die daar een contactpersoon heeft?
iban | Noodfonds mag direct naar haar eigen rekening: NL69 RABO 0722 5902 25, staat nog op haar getrouwde naam.
iban | Terugbetaling van de advocaat naar haar eigen rekening BE20.0011.1033.5556 en NIET naar de gezamenlijke die hij beheert.
case_number | IND V-nummer van mevrouw A. is 3012846573, verblijfsaanvraag op grond van huiselijk geweld is op de 3e ingediend, wie kan navragen?
case_number | Het PV-nummer van de aangifte in Rotterdam is PL1700-2026184732, de zedenrechercheur heeft haar in drie weken niet gebeld.
social | Een meisje zet foto's van onze cliënte op instagram.com/noor.vibes.020, kunnen jullie het melden zodat het sneller offline gaat?
social | Ze staat op TikTok als fatou_amsterdam_x en zet overal haar locatie bij, iemand moet met haar praten voordat hij haar vindt.
plate | De man die gisteravond weer bij de opvang stond: grijze Opel Corsa, kenteken K-372-BT. Is doorgegeven aan de wijkagent.
plate | Cliënte zegt dat de auto die de meiden bij de nagelstudio afzet een zwarte Golf is, GT417N, meestal dinsdag en vrijdag.
address | Ze logeert bij een vriendin op de Javastraat 112-2, 1094 HJ Amsterdam tot er plek is in de opvang, geen post op haar naam daarheen.
address | Onderduikadres van het gezin: Kerkstraat vierendertig, 3581 RC Utrecht, alleen de casemanager en ik weten het, niet in het gedeelde dossier.
date_of_birth | Weer een leeftijdsdiscussie: hij heeft een geboorteakte met geboortedatum 14-03-2009, de Eritrese jongen in het AZC Ter Apel.
date_of_birth | Voor het huisartsformulier: cliënte geboren op 2 november 2001 in Herat, sinds oktober in de noodopvang in Zwolle.
named_person | Fatima Rahimi, 23 jaar, Afghaanse, werkt 's nachts bij de autowasstraat in Tilburg-Noord, meldt verkrachting door de baas, heeft dringend hulp nodig.
named_person | Kent iemand in Den Haag Grace Owusu? Ghanese, begin dertig, komt op donderdag bij het inloophuis, zegt dat een 'neef' haar paspoort heeft.
ordinary:helplines | Voor nieuwe leden: Veilig Thuis 0800-2000 (24/7, gratis), Centrum Seksueel Geweld 0800-0188, Fier 088-2080000, in België 1712. Spoed altijd 112.
ordinary:helplines | 113 Zelfmoordpreventie is 0800-0113 en de Kindertelefoon 0800-0432, allebei gratis, hang ze op de kamerkaarten.
ordinary:public_office | Klachten over opvang kunnen naar het COA, maar de IND Klantcontact 088 043 0430 geeft meestal sneller antwoord over de verblijfsaanvraag.
ordinary:statistics | Volgens het CBS werd in 2022 ongeveer 1 op de 20 Nederlanders slachtoffer van huiselijk geweld; Veilig Thuis kreeg ruim 130.000 meldingen en adviesvragen.
ordinary:percentages | In onze eigen analyse noemde 39% van de verwijzingen uit noodopvanglocaties seksuele intimidatie, tegen 24% in 2024, op 211 verwijzingen.
ordinary:law | De Wet seksuele misdrijven (in werking sinds 1 juli 2024), de Wet verplichte meldcode en het beleid in de Vreemdelingencirculaire voor verblijf na huiselijk geweld, dat zijn onze drie ankers.
ordinary:judgment | Voor vrouwen als sociale groep: HvJ EU C-621/21, 16 januari 2024; voor geloofwaardigheid LHBTI: gevoegde zaken C-148/13 t/m C-150/13.
ordinary:meeting | Volgende regio-overleg: dinsdag 12 januari 2027, 14:00-15:30, zaal 3.08 in het stadskantoor, Teams-link in de vastgepinde post.
ordinary:opening_hours | Ons inloopspreekuur is ma, wo en do 10:00-16:00, gesloten van 24 december t/m 2 januari, geen afspraak nodig.
ordinary:budget | Voor 2027 hebben we €61.500 gekregen, waarvan €15.000 tolkkosten en €4.250 reiskosten, de rest is 0,6 fte aandachtsfunctionaris.
ordinary:grant_number | Partners in het CERV-project: zet subsidieovereenkomst 101143527 en de WP-code in de voettekst van elke deliverable.
ordinary:long_number | Ons KvK-nummer is 41215432 en het RSIN 003456789, voor de factuur van de trainingslocatie.
ordinary:version | Werkinstructie v3.1 (meldcode in de noodopvang) staat in de map, wijzigingen t.o.v. v3.0 in rood, reacties vóór 15/01.
ordinary:postcode | Trainingslocatie: Stadhuis Utrecht, Stadsplateau 1, 3521 AZ Utrecht, ingang aan de achterzijde is rolstoeltoegankelijk.
ordinary:public_figure | Conny Rijken, Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen, spreekt in februari over haar laatste rapport.
ordinary:colleague | Dank aan Dr. Iva Bicanic, die jarenlang het Centrum Seksueel Geweld opbouwde, voor haar webinar over vroege opvang na verkrachting.
ordinary:anonymised_case | Geanonimiseerde casus: vrouw van in de twintig, geen verblijfsvergunning, vertelde het pas aan de verloskundige bij 30 weken; directe warme overdracht werkte, de folder niet.
ordinary:training | Gratis e-learning traumasensitief werken, 3 modules van 45 minuten, accreditatie aangevraagd bij het Kwaliteitsregister V&V.
ordinary:date_not_birth | De internetconsultatie over het wetsvoorstel sluit op 28 februari 2027, reageer vóór 23:59 uur.
ordinary:org_contact | COC Nederland is bereikbaar via info@coc.nl en op Instagram als @cocnederland, handig voor LHBTI-asielzoekers.
[de]
phone | Kann jemand aus dem Team Leipzig sie heute zurückrufen? Neue Handynummer 0176 82571545, am besten nach 18 Uhr, wenn er arbeitet.
phone | Die Nummer ihrer Schwester, falls das Frauenhaus sie nicht erreicht: null eins fünf sieben / zwei null eins null / zwei sieben sechs eins. Bitte keine Mailbox-Nachricht.
email | Sie möchte die Überweisung an ihre eigene Adresse: leyla.demir93@web.de, nicht über die Unterkunft, sie liest es in der Stadtbibliothek.
email | Für die Dolmetscherin bitte an a.mensah (at) gmx punkt de schreiben, nicht an die Sozialarbeiterin.
id_number | Ihre Steuer-ID ist endlich da: 78 079 342 153, kann jemand beim Jobcenter Mitte den Antrag auf Bürgergeld anschieben?
id_number | Für die Krankenkasse brauchen wir ihre Identifikationsnummer, die ist 18615917026, steht auf dem Brief vom Bundeszentralamt.
iban | Der Nothilfefonds kann direkt auf ihr Konto: DE48 3704 0044 0515 1382 60, läuft noch auf den Ehenamen.
iban | Rückzahlung vom Anwalt bitte NUR auf ihr eigenes Konto DE88.1001.0010.4274.5979.75, nicht auf das gemeinsame, das er kontrolliert.
case_number | BAMF-Aktenzeichen von Frau H. ist 8473921-439, Anhörung am 14. Januar in Chemnitz, wer kann sie begleiten?
case_number | Vorgangsnummer der Anzeige bei der Polizei Köln: VG 2026/118734, der Sachbearbeiter hat sich seit drei Wochen nicht gemeldet.
social | Eine junge Frau postet Fotos unserer Klientin auf instagram.com/jana_nightlife_hh, bitte melden, damit es schneller gelöscht wird.
social | Sie ist auf TikTok als mariam.berlin.44 und markiert immer ihren Standort, jemand muss mit ihr reden, bevor er sie findet.
plate | Der Mann, der gestern Abend wieder vor dem Frauenhaus stand: silberner VW Passat, Kennzeichen B-KM 4821. Polizei ist informiert.
plate | Klientin sagt, das Auto, das die Frauen am Nagelstudio absetzt, ist ein schwarzer Audi, DAZU339, meistens dienstags und freitags.
address | Sie wohnt vorübergehend bei einer Freundin, Lindenstraße 14, 2. OG links, 04177 Leipzig, bis ein Frauenhausplatz frei ist. Keine Post auf ihren Namen dorthin.
address | Schutzwohnung der Familie: Am Mühlenberg vierundzwanzig, 30453 Hannover, nur die Beraterin und ich wissen es, nicht in die geteilte Akte.
date_of_birth | Wieder Altersstreit: er hat eine Geburtsurkunde mit Geburtsdatum 14.03.2009, der eritreische Junge in der Erstaufnahme Eisenhüttenstadt.
date_of_birth | Für den Arzt: Klientin geboren am 2. November 2001 in Herat, seit Oktober in der Gemeinschaftsunterkunft in Bamberg.
named_person | Fatima Rahimi, 23, Afghanin, arbeitet nachts in der Waschanlage an der Bornheimer Landstraße, berichtet von Vergewaltigung durch den Chef, braucht dringend Beratung.
named_person | Kennt jemand in Dortmund Blessing Okafor? Nigerianerin, Anfang 30, kommt donnerstags ins Frauencafé, sagt, ein "Cousin" hat ihren Pass.
ordinary:helplines | Für neue Mitglieder: Hilfetelefon Gewalt gegen Frauen 116 016 (24/7, 18 Sprachen), Hilfetelefon Sexueller Missbrauch 0800 22 55 530, Notruf 110.
ordinary:helplines | Telefonseelsorge 0800 111 0 111 oder 0800 111 0 222, Nummer gegen Kummer 116 111, alle kostenlos, bitte in die Zimmerkarten aufnehmen.
ordinary:public_office | Schriftliche Beschwerden ans Bundesamt für Migration und Flüchtlinge, Frankenstraße 210, 90461 Nürnberg; das BMBFSFJ sitzt in der Glinkastraße 24, 10117 Berlin.
ordinary:statistics | Laut BKA-Lagebild Häusliche Gewalt 2023 wurden 256.276 Opfer häuslicher Gewalt registriert, rund 70 % davon weiblich.
ordinary:percentages | In unserer Auswertung nannten 36 % der Zuweisungen aus Erstaufnahmen sexuelle Belästigung, 2024 waren es 21 %, bei 274 Fällen.
ordinary:law | § 31 AufenthG (eigenständiges Aufenthaltsrecht der Ehegatten) und § 4 GewSchG, dazu Art. 59 Istanbul-Konvention, die Deutschland 2023 ohne Vorbehalt anwendet.
ordinary:judgment | Für Frauen als soziale Gruppe: EuGH C-621/21 vom 16.01.2024; zur Schutzpflicht EGMR Kurt gegen Österreich, Beschwerde-Nr. 62903/15.
ordinary:meeting | Nächstes Regionaltreffen: Dienstag, 12. Januar 2027, 14:00-15:30 Uhr, Raum 2.17 im Rathaus, Zoom-Link im angepinnten Beitrag.
ordinary:opening_hours | Unsere offene Sprechstunde: Mo, Mi, Do 10-16 Uhr, geschlossen 24.12. bis 02.01., ohne Termin.
ordinary:budget | Für 2027 haben wir 58.400 € bewilligt bekommen, davon 13.000 € Sprachmittlung und 3.900 € Fahrtkosten, der Rest ist eine halbe Stelle.
ordinary:grant_number | AMIF-Partner: bitte Förderkennzeichen 101147392 und das Arbeitspaket in die Fußzeile jedes Berichts.
ordinary:long_number | Unser Verein steht im Vereinsregister unter VR 34127 B, Amtsgericht Charlottenburg, falls die Buchhaltung fragt.
ordinary:version | Handlungsleitfaden Gewaltschutz in Unterkünften v2.4 hochgeladen, Änderungen zu v2.3 in Rot, Rückmeldungen bis 15.01.
ordinary:postcode | Fortbildungsort: Haus der Demokratie, Greifswalder Straße 4, 10405 Berlin, barrierefreier Eingang im Hof.
ordinary:public_figure | Die Bundesministerin Karin Prien hat angekündigt, das Gewalthilfegesetz mit den Ländern bis 2032 umzusetzen, Anhörung im Februar.
ordinary:colleague | Danke an Prof. Dr. Barbara Kavemann für den Vortrag zu Partnergewalt bei geflüchteten Frauen, Folien sind im Ordner.
ordinary:anonymised_case | Anonymisierter Fall: Frau Mitte 20, Duldung, hat sich erst bei der Hebamme in der 30. SSW anvertraut; geholfen hat die Begleitung am selben Tag, nicht der Flyer.
ordinary:training | Kostenlose Online-Schulung traumasensible Beratung, 3 Module à 45 Minuten, Teilnahmebescheinigung am Ende, Anmeldung über den bff.
ordinary:date_not_birth | Die Frist für Stellungnahmen zum Referentenentwurf endet am 28.02.2027 um 12 Uhr.
ordinary:org_contact | Frauenhauskoordinierung e.V. erreicht ihr über info@frauenhauskoordinierung.de und auf Instagram als @frauenhauskoordinierung.
[fr]
phone | Quelqu'un de l'équipe de Lyon peut la rappeler aujourd'hui ? Nouveau portable : 06 44 23 05 19, de préférence après 18h quand il est au travail.
phone | Le numéro de sa sœur si le foyer n'arrive pas à la joindre : zéro six, soixante et un, vingt-quatre, quatre-vingt-dix, soixante-cinq. Pas de message vocal svp.
email | Elle veut recevoir l'orientation sur sa propre adresse : aicha.diallo95@gmail.com, elle la consulte à la médiathèque.
email | Pour l'interprète, écrire à k.traore arobase laposte point net, pas à l'assistante sociale.
id_number | Son numéro de sécu est enfin arrivé : 2 87 03 75 120 123 25, quelqu'un de la CPAM de Paris peut débloquer la CSS ?
id_number | Pour la PASS, son NIR provisoire est 1 91 06 99 350 045 23, il est né à l'étranger, l'hôpital le redemande à chaque fois.
iban | L'aide d'urgence peut être versée sur son compte à elle : FR28 2004 1010 0508 8918 2671 637, encore au nom d'épouse.
iban | Remboursement de l'avocate UNIQUEMENT sur son compte perso, FR58 / 3000 3036 2000 0841 7458 145, pas le compte joint qu'il contrôle.
case_number | Le numéro OFPRA de Mme K. est 25-04-11837, entretien le 14 janvier à Fontenay-sous-Bois, quelqu'un peut l'accompagner ?
case_number | Numéro de la plainte au commissariat du 18e : PV n° 2026/004712, l'OPJ ne l'a pas rappelée depuis trois semaines.
social | Une fille publie des photos de notre usagère sur instagram.com/lina.nuits.marseille, signalez svp pour que ce soit retiré plus vite.
social | Elle est sur TikTok sous le nom mariama_paris_18 et met sa localisation partout, il faut lui en parler avant qu'il la retrouve.
plate | L'homme qui attendait encore devant le foyer hier soir : Clio grise, immatriculée FG-482-KL. Signalé au commissariat.
plate | L'usagère dit que la voiture qui dépose les filles au salon d'ongles est une Golf noire, GB771TZ, surtout les mardis et vendredis.
address | Elle est hébergée chez une amie au 12 rue des Vignoles, bât. B, 3e étage, 75020 Paris en attendant une place, ne rien envoyer à son nom là-bas.
address | Logement sécurisé de la famille : vingt-quatre allée des Tilleuls, 69008 Lyon, seules la référente et moi le savons, pas dans le dossier partagé.
date_of_birth | Encore un litige sur l'âge : il a un acte de naissance avec date de naissance le 14/03/2009, le jeune Érythréen de l'hôtel à Calais.
date_of_birth | Pour le médecin : usagère née le 2 novembre 2001 à Conakry, hébergée au CADA de Poitiers depuis octobre.
named_person | Fatoumata Camara, 23 ans, Guinéenne, fait le ménage de nuit à l'hôtel Ibis de la gare de Lille, dit avoir été violée par le responsable, a besoin d'aide urgente.
named_person | Quelqu'un à Bruxelles connaît Esther Mbala ? Congolaise, la trentaine, vient le jeudi à la permanence, dit qu'un « cousin » garde son passeport.
ordinary:helplines | Pour les nouveaux : 3919 Violences Femmes Info (24h/24, gratuit), 119 pour l'enfance en danger, 114 par SMS, 17 police. En Belgique : 0800 30 030.
ordinary:helplines | Le 115 pour l'hébergement d'urgence et le 112 partout en Europe ; à afficher dans les chambres.
ordinary:public_office | Courriers à l'OFPRA : 201 rue Carnot, 94136 Fontenay-sous-Bois Cedex ; le ministère de l'Intérieur est place Beauvau, 75008 Paris.
ordinary:statistics | Selon le ministère de l'Intérieur, environ 271 000 victimes de violences conjugales ont été enregistrées en 2023, dont 85 % de femmes.
ordinary:percentages | Dans notre bilan, 37 % des orientations venant des CAES mentionnaient du harcèlement sexuel, contre 23 % en 2024, sur 198 orientations.
ordinary:law | Article L. 425-6 du CESEDA pour le titre de séjour des victimes de violences conjugales bénéficiant d'une ordonnance de protection, et article 222-23 du Code pénal.
ordinary:judgment | Pour les femmes comme groupe social : CJUE C-621/21 du 16 janvier 2024, ECLI:EU:C:2024:47 ; et CEDH Talpis c. Italie, requête n° 41237/14.
ordinary:meeting | Prochaine réunion régionale : mardi 12 janvier 2027, 14h00-15h30, salle 2.08 de la mairie, lien Teams dans le message épinglé.
ordinary:opening_hours | Notre permanence est ouverte lun., mer., jeu. de 10h à 16h, fermée du 24 décembre au 2 janvier, sans rendez-vous.
ordinary:budget | Pour 2027 on a obtenu 54 300 €, dont 12 500 € d'interprétariat et 4 100 € de déplacements, le reste finance 0,6 ETP.
ordinary:grant_number | Partenaires du projet CERV : merci d'indiquer la convention de subvention n° 101143527 en pied de page de chaque livrable.
ordinary:long_number | Notre association est enregistrée au RNA sous W751234567 et le SIRET est 812 345 678 00021, pour la facture de la salle.
ordinary:version | Procédure d'orientation v2.2 déposée dans le dossier, modifications par rapport à la v2.1 en rouge, retours avant le 15/01.
ordinary:postcode | Lieu de la formation : Maison des associations, 206 quai de Valmy, 75010 Paris, entrée accessible côté cour.
ordinary:public_figure | Aurore Bergé, ministre chargée de l'Égalité entre les femmes et les hommes, doit présenter le nouveau plan en février.
ordinary:colleague | Merci au Dr Ghada Hatem, fondatrice de la Maison des femmes de Saint-Denis, pour son intervention sur la prise en charge après viol.
ordinary:anonymised_case | Cas anonymisé : femme d'une vingtaine d'années, sans titre de séjour, s'est confiée à la sage-femme à 30 SA ; c'est l'accompagnement le jour même qui a marché.
ordinary:training | Formation gratuite en ligne sur l'entretien tenant compte du psychotraumatisme, 3 modules de 45 min, attestation à la fin.
ordinary:date_not_birth | La consultation publique sur le projet de décret se termine le 28 février 2027 à minuit.
ordinary:org_contact | La Cimade répond sur contact@lacimade.org et sur Instagram @lacimade, utile pour les questions de séjour des victimes.
[es]
phone | ¿Alguien del equipo de Málaga puede llamarla hoy? Móvil nuevo: 636 27 10 85, mejor a partir de las 18h cuando él trabaja.
phone | El número de su hermana por si la casa de acogida no la localiza: seis dos ocho, sesenta y tres, cero tres, setenta y cuatro. No dejéis mensaje de voz, el móvil es compartido.
email | Quiere que la derivación le llegue a su propio correo: yasmina.benali94@gmail.com, lo mira en la biblioteca municipal.
email | Para la intérprete, escribir a r.mendoza arroba hotmail punto es, no a la trabajadora social.
id_number | Ya tiene NIE: X3763207Q, ¿alguien de la oficina de extranjería de Málaga puede mirar lo de la autorización de trabajo?
id_number | Para el centro de salud su NIE es Y 037 1352 P, lo piden otra vez para la tarjeta sanitaria.
iban | La ayuda de emergencia puede ir directamente a su cuenta: ES62 2100 0418 4154 9784 8282, todavía con el apellido del marido.
iban | La devolución del abogado SOLO a su cuenta, ES42-0049-1500-0866-7251-3490, no a la conjunta que controla él.
case_number | Diligencias previas 1245/2026 del Juzgado de Violencia sobre la Mujer n.º 3 de Sevilla, es el caso de la señora M., vista el 14 de enero.
case_number | El número de expediente de protección internacional de Lucía (venezolana) es 28 0 2026 0041873, la entrevista es el jueves, ¿alguien la acompaña?
social | Una chica está subiendo fotos de nuestra usuaria a instagram.com/dayana_noches_bcn, denunciadlo por favor para que lo quiten antes.
social | Está en TikTok como fatima.madrid.22 y pone la ubicación en cada vídeo, alguien tiene que hablar con ella antes de que él la encuentre.
plate | El hombre que volvió a esperar anoche frente a la casa de acogida: Seat León gris, matrícula 4821 LKM. Ya está avisada la Policía Nacional.
plate | La usuaria dice que el coche que deja a las chicas en el salón de uñas es un Golf negro, 7734HBF, sobre todo martes y viernes.
address | Se queda con una amiga en C/ de los Almendros 14, 2º izq., 29010 Málaga hasta que haya plaza, no mandéis nada a su nombre allí.
address | Piso seguro de la familia: calle Pintor Sorolla número veintidós, cuarto B, 46002 Valencia, solo la técnica y yo lo sabemos, que no vaya al expediente compartido.
date_of_birth | Otra vez disputa de edad: tiene partida de nacimiento con fecha de nacimiento 14/03/2009, el chico eritreo del centro de Melilla.
date_of_birth | Para el médico: usuaria nacida el 2 de noviembre de 2001 en Dakar, en el centro de acogida de Alcobendas desde octubre.
named_person | Fátima Ouali, 23 años, marroquí, trabaja de noche en la lavandería industrial de Polígono Guadalhorce, dice que el encargado la violó, necesita ayuda ya.
named_person | ¿Alguien en Bilbao conoce a Grace Nwosu? Nigeriana, unos 30, viene los jueves al local de acogida, dice que un "primo" tiene su pasaporte.
ordinary:helplines | Para quien llega nueva: 016 (24h, gratuito, no deja rastro en la factura), 112 emergencias, ANAR 900 20 20 10, 024 línea de conducta suicida.
ordinary:helplines | El 016 también atiende por WhatsApp en el 600 000 016 y por correo en 016-online@igualdad.gob.es, ponedlo en las tarjetas de las habitaciones.
ordinary:public_office | Escritos al Ministerio de Igualdad: calle de Alcalá 37, 28014 Madrid; la Delegación del Gobierno contra la Violencia de Género está en el mismo ministerio.
ordinary:statistics | Según la Macroencuesta 2019, el 57,3 % de las mujeres residentes en España de 16 años o más ha sufrido violencia a lo largo de su vida por ser mujer.
ordinary:percentages | En nuestro análisis, el 35 % de las derivaciones desde centros de acogida mencionaba acoso sexual, frente al 19 % en 2024, sobre 233 derivaciones.
ordinary:law | Art. 31 bis de la LO 4/2000 (autorización de residencia para mujeres extranjeras víctimas de violencia de género) y la LO 10/2022 de garantía integral de la libertad sexual.
ordinary:judgment | Sobre mujeres como grupo social: TJUE C-621/21, 16 de enero de 2024; y TEDH Opuz c. Turquía, demanda n.º 33401/02.
ordinary:meeting | Próxima reunión territorial: martes 12 de enero de 2027, de 10:00 a 11:30, sala 2.05 del ayuntamiento, enlace de Teams en el mensaje fijado.
ordinary:opening_hours | Nuestro punto de atención abre lunes, miércoles y jueves de 10 a 14 h, cerrado del 24 de diciembre al 6 de enero, sin cita previa.
ordinary:budget | Para 2027 nos han concedido 47.800 €, de ellos 11.000 € para interpretación y 3.600 € para desplazamientos, el resto es media jornada de psicóloga.
ordinary:grant_number | Socios del proyecto AMIF: poned el n.º de acuerdo de subvención 101147392 en el pie de cada entregable, por favor.
ordinary:long_number | Nuestra asociación tiene el CIF G87654321 y está inscrita en el Registro Nacional de Asociaciones con el n.º 612345, para la factura del local.
ordinary:version | Protocolo de derivación v1.5 subido a la carpeta, cambios respecto a la v1.4 en rojo, comentarios antes del 15/01.
ordinary:postcode | Lugar de la formación: Centro Cívico, calle Ferraz 82, 28008 Madrid, entrada accesible por la calle lateral.
ordinary:public_figure | La ministra de Igualdad, Ana Redondo, presentará en febrero la renovación del Pacto de Estado contra la Violencia de Género.
ordinary:colleague | Gracias a el doctor Miguel Lorente, médico forense y exdelegado del Gobierno, por la charla sobre valoración del riesgo, diapositivas en la carpeta.
ordinary:anonymised_case | Caso anonimizado: mujer de unos veinte años, en situación irregular, lo contó a la matrona en la semana 30; funcionó el acompañamiento ese mismo día, no el folleto.
ordinary:training | Formación gratuita online sobre entrevista con enfoque de trauma, 3 módulos de 45 minutos, certificado al final.
ordinary:date_not_birth | El plazo de alegaciones al anteproyecto termina el 28 de febrero de 2027 a las 23:59.
ordinary:org_contact | CEAR atiende en info@cear.es y en Instagram como @cear_refugio, útil para dudas de protección internacional.
[it]
phone | Qualcuno del team di Torino può richiamarla oggi? Cellulare nuovo: 348 625 7029, meglio dopo le 18 quando lui è al lavoro.
phone | Il numero della sorella se la casa rifugio non la trova: tre nove due, nove sei uno, uno uno due quattro. Niente messaggi in segreteria per favore, il telefono è condiviso.
email | Vuole ricevere l'invio sulla sua mail personale: khadija.elidrissi93@libero.it, la legge in biblioteca.
email | Per la mediatrice scrivere a j.okoro chiocciola gmail punto com, non all'assistente sociale.
id_number | Il codice fiscale le è arrivato: KMRSDA94M58L219W, qualcuno dell'ASL di Torino può sbloccare l'iscrizione al SSN?
id_number | Per il pronto soccorso serve il suo CF, BNC GLI 92E55 F205F, lo chiedono ogni volta al triage.
iban | Il contributo d'emergenza può andare direttamente sul suo conto: IT82 X054 2811 1010 0001 8491 853, ancora col cognome del marito.
iban | Rimborso dell'avvocata SOLO sul suo conto personale IT05-K030-6909-6061-0004-9505-794, non sul conto cointestato che controlla lui.
case_number | Il fascicolo della signora B. in procura è R.G.N.R. n. 4418/2026, udienza il 14 gennaio a Milano, qualcuno può accompagnarla?
case_number | Pratica del permesso art. 18-bis di Joy (nigeriana) in questura: n. 2026/SE/004173, ferma da due mesi.
social | Una ragazza pubblica foto della nostra utente su instagram.com/sofi_notte_napoli, segnalatela per favore così la rimuovono prima.
social | È su TikTok come amina_roma_21 e mette sempre la posizione, bisogna parlarle prima che lui la trovi.
plate | L'uomo che ieri sera aspettava di nuovo davanti alla casa rifugio: Fiat Punto grigia, targa FX 482 KL. Segnalato ai carabinieri.
plate | L'utente dice che l'auto che porta le ragazze al centro estetico è una Golf nera, fk739rd, soprattutto martedì e venerdì.
address | È ospite da un'amica in via Nizza 42, int. 7, 10125 Torino finché non si libera un posto, non mandate posta a suo nome lì.
address | Alloggio protetto della famiglia: via dei Mille numero ventitré, scala B, 40121 Bologna, lo sappiamo solo l'operatrice e io, non nel fascicolo condiviso.
date_of_birth | Di nuovo accertamento dell'età: ha un certificato di nascita con data di nascita 14/03/2009, il ragazzo eritreo del CAS di Ventimiglia.
date_of_birth | Per il medico: utente nata il 2 novembre 2001 a Lagos, nel centro SAI di Bari da ottobre.
named_person | Fatima Benali, 23 anni, marocchina, fa le pulizie di notte all'hotel vicino alla stazione di Bologna, dice di essere stata violentata dal responsabile, serve aiuto subito.
named_person | Qualcuno a Palermo conosce Blessing Eze? Nigeriana, sui 30, viene il giovedì allo sportello, dice che un "cugino" tiene il suo passaporto.
ordinary:helplines | Per chi è nuova: 1522 antiviolenza e stalking (24h, gratuito, anche in chat), 112 emergenze, Numero Verde Antitratta 800 290 290, Telefono Azzurro 19696.
ordinary:helplines | Il 1522 risponde in italiano, inglese, francese, spagnolo e arabo; mettetelo sulle schede delle camere insieme al 112.
ordinary:public_office | Lettere al Dipartimento per le Pari Opportunità: Largo Chigi 19, 00187 Roma; la Commissione nazionale asilo è al Ministero dell'Interno.
ordinary:statistics | Secondo l'ISTAT il 31,5 % delle donne tra 16 e 70 anni ha subito nel corso della vita una qualche forma di violenza fisica o sessuale.
ordinary:percentages | Nella nostra analisi il 34 % degli invii dai CAS riportava molestie sessuali, contro il 20 % nel 2024, su 187 invii.
ordinary:law | Art. 18-bis del d.lgs. 286/1998 per il permesso alle vittime di violenza domestica, art. 572 c.p. e legge 69/2019 (Codice Rosso).
ordinary:judgment | Per le donne come gruppo sociale: CGUE C-621/21 del 16 gennaio 2024; per l'obbligo di protezione CEDU Talpis c. Italia, ricorso n. 41237/14.
ordinary:meeting | Prossimo incontro regionale: martedì 12 gennaio 2027, ore 14:00-15:30, sala 2.10 del Comune, link Teams nel post fissato.
ordinary:opening_hours | Il nostro sportello è aperto lun, mer e gio 10-16, chiuso dal 24 dicembre al 6 gennaio, senza appuntamento.
ordinary:budget | Per il 2027 ci hanno finanziato 49.200 €, di cui 11.500 € per la mediazione linguistica e 3.800 € per i trasporti, il resto è un part-time.
ordinary:grant_number | Partner del progetto CERV: indicate la convenzione di sovvenzione n. 101143527 a piè di pagina di ogni deliverable.
ordinary:long_number | La nostra associazione è iscritta al RUNTS con repertorio n. 112233 e ha codice fiscale 97123450015, per la fattura della sala.
ordinary:version | Protocollo operativo v2.0 caricato nella cartella, modifiche rispetto alla v1.9 in rosso, commenti entro il 15/01.
ordinary:postcode | Sede della formazione: Casa delle Donne, via della Lungara 19, 00165 Roma, ingresso accessibile dal cortile.
ordinary:public_figure | La ministra per la Famiglia e le Pari Opportunità Eugenia Roccella interverrà a febbraio sul nuovo Piano strategico antiviolenza.
ordinary:colleague | Grazie alla dott.ssa Alessandra Kustermann, già responsabile del SVSeD della Mangiagalli, per la lezione sulla refertazione dopo violenza.
ordinary:anonymised_case | Caso anonimizzato: donna sui vent'anni, senza permesso, si è confidata con l'ostetrica alla 30a settimana; ha funzionato l'accompagnamento lo stesso giorno, non il volantino.
ordinary:training | Corso gratuito online sul colloquio trauma-informed, 3 moduli da 45 minuti, attestato finale, crediti ECM richiesti.
ordinary:date_not_birth | La consultazione sul decreto attuativo chiude il 28 febbraio 2027 alle 23:59.
ordinary:org_contact | D.i.Re risponde a info@direcontrolaviolenza.it ed è su Instagram come @direcontrolaviolenza, utile per trovare il centro più vicino.
[pl]
phone | Czy ktoś z zespołu w Warszawie może do niej dziś oddzwonić? Nowy numer: 506 639 233, najlepiej po 18, kiedy on jest w pracy.
phone | Numer do jej siostry, gdyby ośrodek nie mógł się dodzwonić: siedem dziewięć pięć, sześć trzy dwa, siedem dwa dziewięć. Proszę nie nagrywać się na pocztę, telefon jest wspólny.
email | Chce dostać skierowanie na własny adres: olena.kovalenko92@gmail.com, sprawdza pocztę w bibliotece.
email | Dla tłumaczki proszę pisać na n.bondarenko (małpa) wp kropka pl, nie do pracownicy socjalnej.
id_number | Dostała w końcu PESEL UKR: 88031245612, czy ktoś z MOPS na Pradze może ruszyć wniosek o świadczenie?
id_number | Do przychodni jej PESEL to 951 104 337 89, za każdym razem o niego pytają w rejestracji.
iban | Zapomogę można przelać bezpośrednio na jej konto: PL52 1090 1014 5607 5346 9319 3261, wciąż na nazwisko męża.
iban | Zwrot od adwokatki TYLKO na jej własne konto, 23 1020 4900 3475 9793 6291 8370, nie na wspólne, które on kontroluje.
case_number | Sprawa pani N. w sądzie rejonowym ma sygn. akt III K 412/25, rozprawa 14 stycznia, czy ktoś może z nią pójść?
case_number | Numer procedury Niebieskiej Karty dla Iryny (Ukrainka) w Gdańsku: NK 17/2026, zespół interdyscyplinarny nie zebrał się od dwóch miesięcy.
social | Jakaś dziewczyna wrzuca zdjęcia naszej podopiecznej na instagram.com/kasia_noc_krk, zgłoście proszę, żeby szybciej zniknęło.
social | Jest na TikToku jako daria.wawa.03 i zawsze oznacza lokalizację, ktoś musi z nią porozmawiać, zanim on ją znajdzie.
plate | Mężczyzna, który wczoraj wieczorem znowu stał pod ośrodkiem: szara Skoda Octavia, nr rej. WX 4821K. Zgłoszone na policję.
plate | Podopieczna mówi, że auto, które przywozi dziewczyny do salonu paznokci, to czarny Golf, KR7H219, zwykle we wtorki i piątki.
address | Mieszka tymczasowo u koleżanki, ul. Grochowska 241 m. 18, 04-077 Warszawa, dopóki nie zwolni się miejsce, nie wysyłajcie tam nic na jej nazwisko.
address | Mieszkanie chronione rodziny: ulica Lipowa dwanaście, mieszkanie cztery, 20-020 Lublin, wie tylko koordynatorka i ja, nie wpisywać do wspólnego folderu.
date_of_birth | Znowu spór o wiek: ma akt urodzenia z datą urodzenia 14.03.2009, ten chłopak z Erytrei w ośrodku w Białej Podlaskiej.
date_of_birth | Do lekarza: podopieczna urodzona 2 listopada 2001 r. w Charkowie, w ośrodku w Łukowie od października.
named_person | Fatima Sultani, 23 lata, Afganka, pracuje nocami w myjni przy ul. Modlińskiej, mówi, że kierownik ją zgwałcił, potrzebuje pilnie pomocy.
named_person | Czy ktoś we Wrocławiu zna Olenę Marchuk? Ukrainka, ok. 30 lat, przychodzi w czwartki do punktu, mówi, że "kuzyn" trzyma jej paszport.
ordinary:helplines | Dla nowych: Niebieska Linia 800 120 002 (całodobowo), Centrum Praw Kobiet 600 070 717, telefon zaufania dla dorosłych 116 123, dla dzieci 116 111, alarmowy 112.
ordinary:helplines | La Strada (handel ludźmi) 22 628 99 99, warto wpisać na karty w pokojach razem ze 112.
ordinary:public_office | Pisma do Urzędu do Spraw Cudzoziemców: ul. Koszykowa 16, 00-564 Warszawa; Biuro RPO mieści się przy al. Solidarności 77, 00-090 Warszawa.
ordinary:statistics | W 2023 r. w ramach procedury Niebieskiej Karty sporządzono ponad 70 tys. formularzy, w większości kobiety były osobami doznającymi przemocy.
ordinary:percentages | W naszej analizie 33% skierowań z ośrodków dla cudzoziemców wspominało o molestowaniu seksualnym, wobec 18% w 2024, na 164 skierowania.
ordinary:law | Art. 207 kk (znęcanie się), art. 197 kk po nowelizacji z 2025 r. (definicja zgwałcenia oparta na braku zgody) i ustawa o przeciwdziałaniu przemocy domowej.
ordinary:judgment | Do kobiet jako grupy społecznej: TSUE C-621/21 z 16 stycznia 2024; do obowiązku ochrony ETPC Opuz przeciwko Turcji, skarga nr 33401/02.
ordinary:meeting | Następne spotkanie regionalne: wtorek 12 stycznia 2027, 14:00-15:30, sala 2.12 w urzędzie dzielnicy, link do Teams w przypiętym poście.
ordinary:opening_hours | Nasz punkt konsultacyjny jest czynny pn, śr, czw 10-16, nieczynny od 24 grudnia do 6 stycznia, bez zapisów.
ordinary:budget | Na 2027 dostaliśmy 198 500 zł, w tym 42 000 zł na tłumaczenia i 15 300 zł na dojazdy, reszta to pół etatu psycholożki.
ordinary:grant_number | Partnerzy projektu AMIF: proszę wpisywać numer umowy o dofinansowanie 101147392 w stopce każdego raportu.
ordinary:long_number | Nasza fundacja ma KRS 0000123456 i REGON 141234567, do faktury za salę.
ordinary:version | Procedura kierowania v1.3 wrzucona do folderu, zmiany względem v1.2 na czerwono, uwagi do 15.01.
ordinary:postcode | Miejsce szkolenia: Centrum Wielokulturowe, ul. Jagiellońska 54, 03-468 Warszawa, wejście bez barier od podwórza.
ordinary:public_figure | Rzecznik Praw Obywatelskich Marcin Wiącek wystąpi w lutym w sprawie dostępu cudzoziemek do pomocy po przemocy seksualnej.
ordinary:colleague | Dziękujemy Joannie Gzyrze-Iskandar z Centrum Praw Kobiet za warsztat o planie bezpieczeństwa, materiały są w folderze.
ordinary:anonymised_case | Przypadek zanonimizowany: kobieta ok. 20-25 lat, bez uregulowanego pobytu, powiedziała o przemocy położnej w 30. tygodniu; zadziałało towarzyszenie tego samego dnia, nie ulotka.
ordinary:training | Bezpłatne szkolenie online o rozmowie z uwzględnieniem traumy, 3 moduły po 45 minut, zaświadczenie na koniec.
ordinary:date_not_birth | Konsultacje projektu rozporządzenia kończą się 28 lutego 2027 o 23:59.
ordinary:org_contact | Stowarzyszenie Interwencji Prawnej odpowiada na sip@interwencjaprawna.pl, na Facebooku jako Stowarzyszenie Interwencji Prawnej.
"""

POSTS = parse(_TEXT)
