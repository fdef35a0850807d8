"""Tenth held-back corpus of the personal-data guard, part a (languages en, ga, nl, de, fr, es, it, pl).
Written on 2026-12-07 in one sitting by an independent corpus writer who never read
the guard, its documentation, its benchmark, its tests or any other corpus beyond the
format in __init__.py. Private phone numbers were drawn at random and kept only when
phonenumbers judged them valid mobile numbers for the country; PPSN, NHS numbers, BSN,
Belgian national numbers, Steuer-IDs, NIR, Spanish NIE, codici fiscali and PESEL were drawn
at random and kept only when python-stdnum validated their check digits; IBANs were
built with their national check digits (French RIB key, Italian CIN) and ISO 7064
check digits and validated with stdnum.iban. All were checked again after writing.
People, private numbers, plates, handles and private addresses are invented; helplines
and public offices are the real published ones as the writer knows them.
"""

from . import parse

_TEXT = """
[en]
phone | Can someone from the Cork team ring Fatima back? her new number is 085 824 9308, she only answers after 6pm when the kids are asleep
phone | client asked me to pass this on to her caseworker: oh seven seven seven three, one nine seven, nine eight oh. UK mobile. Don't text, call only pls
email | Her private email is amira.haddad94@gmail.com if the solicitor needs to send the docs directly, she has agreed to that
email | you can reach the young man directly at yonas.t.berhe [at] outlook [dot] com, he prefers that to WhatsApp
id_number | PPSN for the referral to Tusla is 7886485J, that's the mother's, the child's one is still pending
id_number | NHS no. for Mrs K is 348 341 1038, GP practice needs it on the safeguarding form before friday
iban | She wants the emergency grant paid into her own account not her husband's: IE59 AIBK 9311 5241 6981 14 (AIB, in her name only)
iban | bank details for the rent deposit refund: GB89NWBK60161309826035, account holder is the survivor herself not the landlord
case_number | her IPO file is 78452/21 and the Section 35 interview got moved again, can anyone in Legal Aid Board chase it?
case_number | Home Office ref for the lady I mentioned is H1473829, her solicitor has been chasing the decision since March
social | the ex is posting about her on tiktok, his account is @kareem.dxb_official, pls dont engage, just screenshot for the gardai
social | her insta is lina_in_dublin no at sign, she said it's fine for the outreach worker to DM her there
plate | He's been parked outside the refuge twice this week, silver Passat, reg 191-D-48372. Gardai informed
plate | the car that dropped the two girls at the clinic was LK19XRP, black Vauxhall, could be a taxi but I don't think so
address | she is now staying with her cousin at 14 Ashgrove Park, Tallaght, Dublin 24, don't put it on any letter going to the old address
address | new safe address for the family: flat 3, 27 Triq il-Kappillan Mifsud, Hamrun (Malta). Only the case manager should have it
date_of_birth | For the age assessment: he says DOB 03/11/2008, the documents from Afghanistan say 2006, Tusla are disputing it
date_of_birth | she was born on the twenty-first of June nineteen ninety-nine, the hospital has her down as 1997 by mistake
named_person | Mariam Osei, 31, Ghanaian, works nights at the meat plant in Ballyhaunis - she's the one who came to us about her supervisor
named_person | Update on Tesfay Gebremariam (Eritrean, 17, in the Mosney centre since August): the school says he stopped coming after the incident
ordinary:helplines | Reminder for new members in Ireland: Women's Aid 24hr freephone 1800 341 900, Rape Crisis Helpline 1800 778 888, Samaritans 116 123. In an emergency always 112 or 999.
ordinary:helplines | UK colleagues: National Domestic Abuse Helpline 0808 2000 247 (run by Refuge), Rape Crisis 24/7 support line 0808 500 2222, Modern Slavery Helpline 08000 121 700.
ordinary:public_office | The International Protection Office is at 79-83 Lower Mount Street, Dublin 2. Bring the client's letter with you, they won't let you in otherwise.
ordinary:org_contact | Leaflets in 12 languages are on safeireland.ie and drcc.ie; for our own network the shared inbox is info@sgbv-network.eu, we reply within 2 working days.
ordinary:statistics | CSO Sexual Violence Survey 2022: 52% of women and 28% of men reported experiencing sexual violence in their lifetime. Useful baseline for the funding application.
ordinary:percentages | In our pilot 63% of the women referred had no GP, 41% had no PPSN yet and 18% needed a Tigrinya interpreter. Only 9% had ever heard of a SATU.
ordinary:law | Article 59 of the Istanbul Convention (residence status) and Art. 60 (gender-based asylum claims): Ireland ratified in 2019, worth citing in every submission.
ordinary:law | Directive 2012/29/EU art. 22 requires an individual assessment of the victim's protection needs; s. 15 of the Criminal Justice (Victims of Crime) Act 2017 is the Irish transposition.
ordinary:judgment | Good read for the training: Opuz v. Turkey, app. no. 33401/02, judgment of 9 June 2009, the first time the ECtHR called domestic violence gender discrimination.
ordinary:judgment | CJEU C-621/21 WS, 16 January 2024: women as a whole can be a particular social group. See also C-646/21 K and L (11 June 2024) on westernised girls.
ordinary:meeting | Next online case consultation Thursday 14 January, 10:30-12:00 CET, Teams link in the calendar invite; room 2.14 for those in the Brussels office.
ordinary:opening_hours | Our Limerick drop-in is open Mon-Thu 9:30-16:30 and Fri 9:30-13:00, closed on bank holidays incl. 17 March.
ordinary:budget | Budget line 4.2 (interpretation) is at EUR 18,450 of 25,000 spent, so roughly EUR 6,550 left for Q4. Travel line is overspent by 1,120.
ordinary:grant_number | For the interim report please quote grant agreement no. 101143928 (CERV-2024-DAPHNE) on every page, and WP3 deliverable D3.2.
ordinary:long_number | ISBN of the practitioner handbook is 978-92-9470-123-4, the accountant also needs our charity numbers (RCN 20012345, CHY 12345) on the invoices.
ordinary:version | SOP v2.3 on disclosure is uploaded, changes vs 2.2 are in section 4.1.3 (mandatory reporting for under-18s) and annex B.
ordinary:date_not_birth | Deadline for comments on the GREVIO shadow report is 15 February 2027, 17:00 Irish time.
ordinary:public_figure | Helena Dalli, then EU Commissioner for Equality, presented the proposal that became Directive (EU) 2024/1385 on combating violence against women.
ordinary:anonymised_case | A woman in her thirties from a West African country disclosed FGM during a routine antenatal visit; the midwife referred her to the specialist clinic with her consent. No more details here.
ordinary:colleague | Prof. Liz Kelly of the Child and Woman Abuse Studies Unit at London Met will give the keynote on 3 February, slides to follow.

[ga]
phone | An féidir le duine glaoch ar ais ar Aisha? A huimhir nua ná 087 018 7680, ná seol téacs, bíonn an fear céile ag féachaint ar a fón
phone | uimhir phóca an chliaint: náid, ocht, sé, náid náid trí, cúig trí naoi dó. Glaoigh roimh a trí a chlog amháin
email | Is é a ríomhphost príobháideach ná samir.haddad87@yahoo.ie, d'aontaigh sé go scríobhfadh an dlíodóir chuige díreach
email | seol na foirmeacha chuig nadia.k.rahimi ag gmail ponc com le do thoil, ní chuig an seoladh oibre
id_number | Uimhir PPS na máthar: 1216909T, teastaíonn sí ón Roinn Coimirce Sóisialaí don liúntas
id_number | PPSN an chliaint 928 9158 G, chuir sí ar an bhfoirm mhícheart é, an féidir é a cheartú?
iban | Is féidir an deontas éigeandála a íoc isteach ina cuntas féin: IE77 AIBK 9311 5261 4524 22, ní i gcuntas a fir chéile
iban | sonraí bainc don aisíocaíocht taisce: IE22AIBK93115244008447, ina hainm féin amháin
case_number | Uimhir thagartha IPO an chliaint: 81230/22, tá an t-agallamh aici ar an 12ú Eanáir
case_number | tá uimhir eachtra PULSE aici ón ngearán: 23871456, stáisiún na nGardaí i nGaillimh
social | Tá a hiar-fhear céile ag postáil fúithi ar Facebook: facebook.com/mohamed.elamin.7731, ná déan teagmháil, tóg pictiúir scáileáin amháin
social | a cuntas Instagram ná amal_galway_life (gan @), tá sí sásta go gcuirfeadh an t-oibrí for-rochtana teachtaireacht chuici
plate | Bhí carr liath páirceáilte taobh amuigh den tearmann arís aréir, clárú 221-G-3318, cuireadh na Gardaí ar an eolas
plate | carr dubh, 12C4471 gan spásanna, chonaic sí é ag geata na scoile trí huaire an tseachtain seo
address | Tá sí ag fanacht anois lena deirfiúr ag 7 Ascal na Coille, Baile Bhlainséir, Baile Átha Cliath 15, ná cuir an seoladh sin ar aon litir
address | Seoladh nua sábháilte an teaghlaigh: Árasán 2, 41 Sráid an Mhuilinn, Trá Lí. Don bhainisteoir cáis amháin
date_of_birth | Dáta breithe an bhuachalla de réir a chuid páipéar: 14/02/2009, ach deir Tusla go bhfuil sé níos sine
date_of_birth | rugadh í ar an gcúigiú lá is fiche de Mhárta, naoi déag nócha a hocht, tá an dáta mícheart ar a cárta
named_person | Fatima Yusuf, 29 bliain d'aois, ón tSúdáin, ag obair sa bhialann ar Shráid na Siopaí i nGaillimh, is í an bhean a labhair linn faoin mbainisteoir
named_person | Nuashonrú ar Dawit Haile (Eiritréach, 16, san ionad i mBaile an Mhóta ó mhí Lúnasa): ní thagann sé ar scoil a thuilleadh
ordinary:helplines | Cúnamh do Mhná (Women's Aid): 1800 341 900, 24 uair an chloig. Líne Chabhrach Éignithe: 1800 778 888. Samaritans 116 123. Éigeandáil: 112 nó 999.
ordinary:helplines | Do pháistí agus do dhéagóirí: Childline 1800 66 66 66 nó téacs chuig 50101. I gcás contúirte, 112 i gcónaí.
ordinary:public_office | Tá an Oifig um Chosaint Idirnáisiúnta ag 79-83 Sráid Mhóinse Íochtarach, Baile Átha Cliath 2. Tabhair litir an chliaint leat.
ordinary:org_contact | Tá bileoga i nGaeilge agus i 12 teanga eile ar safeireland.ie; bosca ríomhphoist ginearálta an líonra: eolas@lionra-sgbv.ie
ordinary:statistics | De réir Shuirbhé an CSO ar Fhoréigean Gnéasach 2022, d'fhulaing 52% de mhná agus 28% d'fhir foréigean gnéasach le linn a saoil.
ordinary:percentages | Inár bpíolóta bhí 63% de na mná gan dochtúir teaghlaigh, 41% gan PPSN fós agus 18% a raibh ateangaire Tigrinya ag teastáil uathu.
ordinary:law | Airteagal 59 de Choinbhinsiún Iostanbúl (stádas cónaithe) agus Airteagal 60 (éilimh tearmainn bunaithe ar inscne); dhaingnigh Éire an Coinbhinsiún in 2019.
ordinary:law | An tAcht um Cheartas Coiriúil (Íospartaigh Coireachta) 2017, alt 15: measúnú aonair ar riachtanais chosanta an íospartaigh, de réir Threoir 2012/29/AE.
ordinary:judgment | Léigh Opuz v. an Tuirc, iarratas uimh. 33401/02, breithiúnas an 9 Meitheamh 2009, roimh an gcruinniú oiliúna.
ordinary:judgment | CBAE, cás C-621/21, 16 Eanáir 2024: is féidir le mná ina n-iomláine a bheith ina ngrúpa sóisialta ar leith.
ordinary:meeting | Cruinniú ar líne Déardaoin 14 Eanáir, 10:30-12:00; seomra 2.14 dóibh siúd atá san oifig sa Bhruiséil.
ordinary:opening_hours | Tá an t-ionad buail isteach i Luimneach oscailte Luan-Déardaoin 9:30-16:30 agus Aoine 9:30-13:00, dúnta Lá Fhéile Pádraig.
ordinary:budget | Líne bhuiséid 4.2 (ateangaireacht): €18,450 caite as €25,000, mar sin tá thart ar €6,550 fágtha don cheathrú ráithe.
ordinary:grant_number | Uimhir an chomhaontaithe deontais: 101143928 (CERV-2024-DAPHNE), cuir ar gach leathanach den tuarascáil í.
ordinary:long_number | Uimhir chláraithe na carthanachta: RCN 20012345, CHY 12345, teastaíonn siad ón gcuntasóir ar na sonraisc.
ordinary:version | SOP leagan 2.3 uaslódáilte; tá na hathruithe ó leagan 2.2 in alt 4.1.3 agus in iarscríbhinn B.
ordinary:training | Oiliúint ar agallóireacht atá eolach ar thráma: 3 mhodúl x 2.5 uair, 18 rannpháirtí ar a mhéad, 7.5 pointe CPD. Cláraigh faoin 30 Samhain.
ordinary:date_not_birth | Spriocdháta do thuairimí ar thuarascáil scáth GREVIO: 15 Feabhra 2027, 17:00.
ordinary:public_figure | Chuir Helena Dalli, Coimisinéir Comhionannais an AE ag an am, an togra i láthair a bhí ina Threoir (AE) 2024/1385 ar fhoréigean in aghaidh na mban.
ordinary:anonymised_case | Nocht bean ina tríochaidí ó thír in Iarthar na hAfraice FGM le linn cuairte réamhbhreithe; atreoraíodh í chuig an gclinic speisialta lena toiliú.

[nl]
phone | Kan iemand van team Zwolle mevrouw B. terugbellen? Haar nieuwe nummer is 06-81316171, pas na 18:00 bellen en niet appen
phone | nummer van de cliënte (Belgisch): nul vier negen zes, zestig, elf, nul vier. Ze neemt alleen op als je eerst een sms stuurt
email | haar privémail is s.elmansouri1993@hotmail.com, ze heeft toestemming gegeven dat de advocaat daarheen mailt
email | mail van de jongen: ahmad.nazari.2007 [at] gmail [punt] com, hij leest zijn mail vaker dan whatsapp
id_number | BSN van mevrouw voor de aanvraag bij de gemeente: 494455822, ze staat nog niet met haar nieuwe adres in de BRP
id_number | rijksregisternummer van de cliënte 95.09.07-730.51, nodig voor het dossier bij het OCMW
iban | Het noodgeld mag op haar eigen rekening: NL04 INGB 8413 1407 18, niet op de gezamenlijke rekening met haar man
iban | rekeningnr voor terugbetaling van de huurwaarborg: BE93068853594367, staat op haar eigen naam
case_number | V-nummer van mevrouw bij de IND is 3017482915, de advocaat vraagt of iemand de beslistermijn kan nagaan
case_number | aangifte staat onder pv-nummer 2025087761 bij basisteam Amsterdam-Zuid, de zedenrechercheur heeft nog niet teruggebeld
social | de ex zet filmpjes over haar op TikTok, account @rachid.ams020, niet reageren, alleen screenshots maken voor de politie
social | ze is op insta te vinden als noor.uit.gent (zonder @), de ambulant hulpverlener mag haar daar een DM sturen
plate | Grijze Golf stond weer voor de opvang vanavond, kenteken K-518-RP, politie is ingelicht
plate | de auto die de twee meiden bij het ZSG afzette had Belgische plaat 1KPX372, zwarte Audi, chauffeur bleef in de auto
address | ze verblijft nu bij haar nicht op de Vinkenstraat 34-2, 3033 GK Rotterdam, dus geen post meer naar het oude adres sturen
address | nieuw schuiladres van het gezin: Kortrijksesteenweg 212 bus 5, 9000 Gent. Enkel voor de casemanager
date_of_birth | voor de leeftijdsschatting: hij zegt geboren op 03-11-2008, Nidos twijfelt of dat klopt
date_of_birth | geboortedatum cliënte is eenentwintig juni negentienhonderdnegenennegentig, in het ziekenhuis staat 1997
named_person | Halima Abdi, 27, Somalische, werkt 's nachts in het distributiecentrum in Venlo, zij is degene die bij ons kwam over haar teamleider
named_person | Update over Yonas Tesfaye (Eritreeër, 16, sinds augustus in het azc Ter Apel): school meldt dat hij sinds het incident niet meer komt
ordinary:helplines | Veilig Thuis 0800-2000 (gratis, 24/7), Centrum Seksueel Geweld 0800-0188, 113 Zelfmoordpreventie 0800-0113. Bij acuut gevaar altijd 112.
ordinary:helplines | Voor Vlaanderen: 1712 voor geweld, misbruik en kindermishandeling, Zelfmoordlijn 1813, Awel 102 voor kinderen en jongeren. Noodnummer 112.
ordinary:public_office | Fedasil zit op de Kartuizersstraat 19-21, 1000 Brussel; voor de aanmelding moeten ze wel naar het aanmeldcentrum, niet naar het hoofdkantoor.
ordinary:public_office | Gemeente Amsterdam is bereikbaar via 14 020, Utrecht via 14 030. Vraag naar het team Zorg en Veiligheid, niet naar Burgerzaken.
ordinary:org_contact | Voorlichtingsmateriaal in het Arabisch en Tigrinya staat op www.centrumseksueelgeweld.nl en www.huiselijkgeweld.nl. Algemene vragen aan ons netwerk: info@netwerk-sgbv.nl
ordinary:statistics | In onze regio kwamen in 2025 1.284 meldingen binnen, waarvan 212 over vrouwen met een verblijfsvergunning asiel en 37 over alleenstaande minderjarigen.
ordinary:law | Sinds 1 juli 2024 geldt de Wet seksuele misdrijven: verkrachting en aanranding zijn nu ook strafbaar zonder dwang. Zie ook B8/3 Vc voor slachtoffers van mensenhandel.
ordinary:law | Art. 59 Verdrag van Istanbul (zelfstandige verblijfsstatus) en art. 60 (gendergerelateerde asielverzoeken); de Wet verplichte meldcode dateert van 2013.
ordinary:judgment | HvJ EU 11 juni 2024, C-646/21 (K en L) over verwesterde meisjes, kwam via een prejudiciële vraag van de rechtbank Den Haag.
ordinary:judgment | EHRM M.S.S. t. België en Griekenland, nr. 30696/09, 21 januari 2011, nog steeds de basis voor elke Dublin-discussie.
ordinary:meeting | Intervisie dinsdag 12 januari 14:00-15:30 in zaal 3.07, of via Teams voor wie thuiswerkt. Agenda volgt vrijdag.
ordinary:opening_hours | Spreekuur juridisch loket: wo 13:00-17:00 en vr 9:00-12:00. Gesloten op 27 april en tussen kerst en oud en nieuw.
ordinary:budget | Van de € 42.000 voor tolkkosten is € 31.275,50 uitgegeven; de resterende € 10.724,50 schuiven we door naar 2027.
ordinary:grant_number | Projectnummer bij ZonMw is 10430012310019, graag vermelden op alle facturen en in het eindverslag.
ordinary:version | Afwegingskader meldcode versie 4.1 staat in de map; verschil met 4.0 zit alleen in stap 5 (melden bij Veilig Thuis).
ordinary:training | Training cultuursensitief werken: 2 dagdelen, 16 plekken, 8 punten SKJ-accreditatie. Aanmelden voor 30 november.
ordinary:date_not_birth | Uiterste datum voor reacties op de schaduwrapportage is 15 februari 2027 om 17:00.
ordinary:public_figure | Prof. Ines Keygnaert (UGent) presenteert de resultaten van het onderzoek naar seksueel geweld bij verzoekers om internationale bescherming.
ordinary:anonymised_case | Een minderjarig meisje uit een Oost-Afrikaans land vertelde pas in het derde gesprek over uitbuiting tijdens de reis; met haar instemming is de voogd ingelicht. Verder deel ik niets.
ordinary:colleague | Onze aandachtsfunctionaris Marieke de Vries (GGD Haaglanden) neemt vanaf januari de coördinatie van het netwerk over, ze is dus jullie nieuwe aanspreekpunt.

[de]
phone | Kann jemand aus dem Team Köln Frau S. zurückrufen? Neue Handynummer 0160 9696580, bitte erst ab 18 Uhr, keine SMS
phone | Nummer der Klientin: null eins sieben sechs, neun sechs eins, eins vier null neun. Sie geht nur ran, wenn man vorher eine Nachricht schickt
email | Ihre private Mail ist leyla.demir88@web.de, sie ist einverstanden, dass die Anwältin direkt dorthin schreibt
email | der Jugendliche ist erreichbar unter hamid punkt rezaei 2008 (at) gmx punkt de, WhatsApp hat er nicht mehr
id_number | Steuer-ID von Frau A. für den Antrag beim Jobcenter: 19390745861, bitte nicht ans Ehepaar-Konto hängen
id_number | ihre Steuer-ID ist 17 330 526 492, die Familienkasse braucht die fürs Kindergeld vom Kleinen
iban | Die Soforthilfe bitte auf ihr eigenes Konto: DE18 5001 0517 9826 8523 00, nicht aufs gemeinsame mit dem Mann
iban | Kontoverbindung für die Rückzahlung der Kaution: DE57100100101184019259 (Postbank, auf ihren Namen)
case_number | BAMF-Aktenzeichen der Klientin ist 8123456-475, die Anhörung wurde schon wieder verschoben
case_number | Strafanzeige läuft unter Vorgangsnummer 250417-1432-098765, die Staatsanwaltschaft hat sich noch nicht gemeldet
social | der Ex postet auf TikTok Videos über sie, Account @ali.berlin.030, bitte nicht reagieren, nur Screenshots für die Polizei
social | ihr insta heißt aylin_ausm_pott (ohne @), die aufsuchende Sozialarbeiterin darf ihr dort schreiben
plate | Der graue Golf stand gestern wieder vor dem Frauenhaus, Kennzeichen B-KL 4821, Polizei ist informiert
plate | Auto, das die zwei Mädchen an der Klinik abgesetzt hat: MAB1734, schwarzer BMW, Fahrer blieb sitzen
address | Sie wohnt jetzt bei ihrer Cousine in der Lindenstraße 17, 2. OG links, 45127 Essen, bitte keine Post mehr an die alte Adresse
address | neue Schutzadresse der Familie: Am Mühlbach 9, Hinterhaus, 79098 Freiburg. Nur für die Fallverantwortliche
date_of_birth | Zur Altersfeststellung: er gibt als Geburtsdatum 03.11.2008 an, das Jugendamt zweifelt das an
date_of_birth | geboren am einundzwanzigsten Juni neunzehnhundertneunundneunzig, in der Klinik steht fälschlich 1997
named_person | Mariam Haidari, 26, Afghanin, arbeitet nachts bei der Paketzustellung in Bremen-Hemelingen, sie ist die Frau, die wegen ihres Schichtleiters bei uns war
named_person | Update zu Yonas Tekle (Eritreer, 17, seit August in der Clearingstelle in Dortmund): die Schule sagt, er kommt seit dem Vorfall nicht mehr
ordinary:helplines | Hilfetelefon Gewalt gegen Frauen 116 016 (rund um die Uhr, in 18 Sprachen), Hilfetelefon Sexueller Missbrauch 0800 22 55 530, Polizei 110, Notruf 112.
ordinary:helplines | Für Kinder und Jugendliche: Nummer gegen Kummer 116 111; für Erwachsene die TelefonSeelsorge 0800 111 0 111 oder 0800 111 0 222.
ordinary:public_office | Das BAMF sitzt in der Frankenstraße 210, 90461 Nürnberg; für Anhörungen sind aber die Außenstellen zuständig, nicht die Zentrale.
ordinary:org_contact | Infos und Material gibt es bei frauen-gegen-gewalt.de (bff) und frauenhauskoordinierung.de; unser Netzwerk erreicht ihr unter kontakt@netzwerk-sgbv.de
ordinary:statistics | Laut BKA-Lagebild Häusliche Gewalt 2023 wurden 256.276 Opfer erfasst, davon rund 70 % weiblich. Dunkelfeld deutlich höher.
ordinary:percentages | In unserer Erhebung hatten 58 % der Klientinnen keine Krankenversicherungskarte, 34 % brauchten Dari- oder Farsi-Dolmetschung, 12 % waren unter 21.
ordinary:law | § 31 AufenthG regelt das eigenständige Aufenthaltsrecht der Ehegatten, Abs. 2 die besondere Härte bei häuslicher Gewalt. Dazu Art. 59 Istanbul-Konvention.
ordinary:law | § 177 StGB (Nein heißt Nein seit 2016), § 1 GewSchG für Schutzanordnungen, und die EU-Richtlinie 2024/1385 muss bis Juni 2027 umgesetzt sein.
ordinary:judgment | EGMR Talpis gegen Italien, Beschwerde-Nr. 41237/14, Urteil vom 2. März 2017, gut für die Schulung zu Gefährdungseinschätzung.
ordinary:judgment | EuGH C-621/21 vom 16.01.2024: Frauen insgesamt können eine bestimmte soziale Gruppe sein. Hilfreich für Folgeanträge.
ordinary:meeting | Nächste Fallbesprechung Mittwoch, 13. Januar, 10:00-11:30 Uhr, Raum 4.12 oder per Zoom, Einwahldaten kommen per Mail.
ordinary:opening_hours | Die Beratungsstelle ist Mo-Do 9-16 Uhr und Fr 9-12 Uhr geöffnet, offene Sprechstunde dienstags 14-17 Uhr, am 24. und 31.12. geschlossen.
ordinary:budget | Vom Dolmetschbudget (38.500 EUR) sind 27.940 EUR verbraucht, bleiben 10.560 EUR bis Jahresende.
ordinary:grant_number | Förderkennzeichen des Projekts ist 01FP2317, bitte auf allen Belegen angeben. Laufzeit 01.03.2025 bis 28.02.2028.
ordinary:long_number | Unser Verein ist beim Amtsgericht Berlin-Charlottenburg unter VR 38291 B eingetragen, Steuernummer der Geschäftsstelle bekommt ihr auf Nachfrage.
ordinary:version | Gewaltschutzkonzept Version 3.2 ist hochgeladen, Änderungen gegenüber 3.1 in Kapitel 5.4 (Beschwerdemanagement).
ordinary:postcode | Wir sind umgezogen: Geschäftsstelle jetzt Oranienstraße 34, 10999 Berlin, 3. Etage, barrierefrei über den Hof.
ordinary:training | Fortbildung Traumasensible Gesprächsführung: 3 Module à 3 Stunden, max. 16 Teilnehmende, 12 Fortbildungspunkte der Ärztekammer.
ordinary:public_figure | Lisa Paus hat als Bundesfamilienministerin den Entwurf des Gewalthilfegesetzes vorgelegt, beschlossen wurde es im Februar 2025.
ordinary:anonymised_case | Eine Frau Mitte 20 aus einem ostafrikanischen Land hat erst beim dritten Termin von Ausbeutung auf der Route erzählt; mit ihrem Einverständnis ist die Fachberatungsstelle eingebunden. Mehr schreibe ich hier nicht.

[fr]
phone | Quelqu'un de l'équipe de Lyon peut rappeler Mme K. ? Nouveau numéro : 07 37 43 21 05, seulement après 18h et pas de SMS
phone | le numéro de la patiente : zéro six, soixante-sept, soixante-neuf, cinquante-six, quarante-sept. Elle ne décroche que si on laisse un message avant
email | son adresse perso c'est aminata.diallo92@orange.fr, elle est d'accord pour que l'avocate lui écrive directement
email | le jeune peut être joint sur moussa.kone2007 arobase gmail point com, il n'a plus WhatsApp
id_number | numéro de sécu de Mme pour l'ouverture des droits : 2 94 06 13 122 734 54, la CPAM attend encore le formulaire
id_number | NIR du monsieur : 186089306509241, l'assistante sociale de la PASS en a besoin pour la complémentaire santé solidaire
iban | L'aide d'urgence doit être versée sur son compte à elle : FR76 1027 8220 4368 8563 5423 493, surtout pas sur le compte joint
iban | RIB pour le remboursement de la caution : FR7610278619108503621138193, au nom de la victime uniquement
case_number | dossier OFPRA de la dame : n° 24-03-04512, l'entretien a encore été reporté, quelqu'un peut relancer ?
case_number | la plainte est enregistrée sous le n° 2025/004871 au commissariat du 18e, l'OPJ n'a toujours pas rappelé
social | l'ex publie des vidéos sur elle sur TikTok, compte @yacine.93.off, ne pas répondre, juste faire des captures pour la police
social | son insta c'est fatou_a_marseille sans le @, elle veut bien que l'éducatrice lui écrive en DM
plate | la Clio grise était encore garée devant le foyer hier soir, immatriculée FG-482-KT, la police est prévenue
plate | la voiture qui a déposé les deux filles aux urgences : GH317RB, Peugeot 308 noire, le conducteur est resté dedans
address | elle loge chez sa cousine au 12 rue des Tanneurs, bât. B, 3e étage, 69007 Lyon, ne plus rien envoyer à l'ancienne adresse
address | nouvelle adresse de mise à l'abri de la famille : 5 impasse des Lilas, 13014 Marseille. Uniquement pour la référente
date_of_birth | pour l'évaluation de minorité : il dit être né le 03/11/2008, le département conteste
date_of_birth | née le vingt et un juin mille neuf cent quatre-vingt-dix-neuf, à l'hôpital ils ont noté 1997 par erreur
named_person | Aminata Camara, 28 ans, Guinéenne, travaille de nuit à la blanchisserie de l'hôpital de Saint-Denis, c'est elle qui est venue nous voir au sujet de son chef d'équipe
named_person | Nouvelles de Robel Tesfamariam (Érythréen, 16 ans, au foyer MNA de Calais depuis août) : le collège dit qu'il ne vient plus depuis l'incident
ordinary:helplines | 3919 Violences Femmes Info (gratuit, 24h/24), 119 Allô Enfance en danger, 17 police, 114 par SMS pour les personnes qui ne peuvent pas parler.
ordinary:helplines | Pour la Belgique francophone : Écoute violences conjugales 0800 30 030, SOS Viol 0800 98 100, urgences 112.
ordinary:public_office | L'OFPRA est au 201 rue Carnot, 94120 Fontenay-sous-Bois ; la CNDA au 35 rue Cuvier, 93100 Montreuil. Pensez à la convocation.
ordinary:org_contact | Documentation sur arretonslesviolences.gouv.fr et solidaritefemmes.org ; contact du réseau : contact@reseau-vss-exil.fr
ordinary:statistics | D'après le ministère de l'Intérieur, environ 271 000 victimes de violences conjugales ont été enregistrées en 2023, +10 % sur un an.
ordinary:percentages | Dans notre file active : 61 % sans couverture maladie à l'arrivée, 29 % orientées par le 115, 14 % mineures non accompagnées.
ordinary:law | Art. L. 425-6 du CESEDA : carte de séjour pour les personnes qui bénéficient d'une ordonnance de protection. Art. 222-23 du Code pénal pour le viol.
ordinary:law | Ordonnance de protection : art. 515-9 et suivants du Code civil, délai de 6 jours depuis la loi du 28 décembre 2019.
ordinary:judgment | CEDH, J.L. c. Italie, requête n° 5671/16, arrêt du 27 mai 2021, sur la victimisation secondaire dans les motifs du jugement.
ordinary:judgment | CJUE, 4 octobre 2024, affaires jointes C-608/22 et C-609/22 sur les femmes afghanes : à citer dans les recours CNDA.
ordinary:meeting | Réunion du groupe de travail jeudi 14 janvier, 14h-16h, salle 2.05, ou en visio (le lien est dans l'invitation).
ordinary:opening_hours | Permanence juridique le mardi de 9h30 à 12h30 et le jeudi de 14h à 17h, fermée du 24 décembre au 2 janvier.
ordinary:budget | Sur les 36 000 € du poste interprétariat, 24 380 € sont engagés ; il reste 11 620 € pour le premier semestre.
ordinary:grant_number | Merci d'indiquer le n° de convention FAMI 2023-AMIF-0142 sur toutes les pièces justificatives.
ordinary:long_number | Pour la facture : SIRET de l'association 812 345 678 00024, code APE 8899B, n° RNA W751234567.
ordinary:version | Protocole de repérage v1.4 en ligne ; les changements par rapport à la 1.3 sont au point 3.2 (entretien sans l'accompagnant).
ordinary:date_not_birth | Date limite pour les contributions au rapport alternatif GREVIO : 15 février 2027, 17h.
ordinary:public_figure | Jane Freedman, professeure à l'Université Paris 8, a beaucoup publié sur les violences faites aux femmes exilées, à lire avant le séminaire.
ordinary:anonymised_case | Une femme d'une trentaine d'années originaire d'Afrique centrale a parlé de violences sur le parcours à la 3e consultation ; avec son accord, orientation vers le psychotrauma. Je n'en dis pas plus ici.
ordinary:colleague | La Dre Claire Martin, médecin coordinatrice de l'unité médico-judiciaire, animera l'atelier du 3 février sur le certificat médical initial.

[es]
phone | ¿Alguien del equipo de Málaga puede llamar a la señora R.? Su número nuevo es 639 44 79 52, solo a partir de las 18h, nada de whatsapps
phone | el móvil de la usuaria: seis dos ocho, treinta y nueve, once, cuarenta y tres. Solo contesta si antes le dejas un mensaje
email | su correo personal es yasmina.benali95@hotmail.es, ha dado permiso para que la abogada le escriba ahí directamente
email | al chaval se le puede escribir a ibrahima.sow2007 arroba gmail punto com, ya no usa whatsapp
id_number | NIE de la señora para la solicitud del IMV: X8576835C, todavía no está empadronada en el piso nuevo
id_number | el NIE de la usuaria es Y-0844967-F, lo piden en el centro de salud para la tarjeta sanitaria
iban | La ayuda de emergencia que vaya a su propia cuenta: ES89 2100 5164 0758 6589 4584, no a la compartida con el marido
iban | cuenta para devolverle la fianza: ES4000495907454598701120, a nombre de ella sola
case_number | su expediente de protección internacional es el 240128001234, la entrevista la han vuelto a aplazar
case_number | la denuncia está en el atestado 12345/25 de la comisaría de Tetuán y el Juzgado de Violencia sobre la Mujer nº 4 la lleva como DP 1432/2025
social | el ex está subiendo vídeos de ella a TikTok, cuenta @karim.mad.28, no contestéis, solo capturas para la policía
social | su insta es mariama_en_bcn sin arroba, dice que la educadora le puede escribir por ahí
plate | el Seat gris volvió a estar aparcado delante del piso de acogida, matrícula 4821 LMB, ya se ha avisado a la policía
plate | el coche que dejó a las dos chicas en urgencias: 8172KFJ, un Golf negro, el conductor no se bajó
address | ahora vive con su prima en la calle Arganda 23, 4º B, 28005 Madrid, no mandéis nada a la dirección antigua
address | nueva dirección de acogida de la familia: Avinguda del Port 118, pta. 9, 46023 València. Solo para la técnica de referencia
date_of_birth | para la determinación de la edad: dice que nació el 03/11/2008, Fiscalía de Menores tiene dudas
date_of_birth | nacida el veintiuno de junio de mil novecientos noventa y nueve, en el hospital pusieron 1997 por error
named_person | Fátima Zahra El Idrissi, 34 años, marroquí, trabaja de temporera en los invernaderos de El Ejido, es la que vino por lo del encargado
named_person | Novedades de Mamadou Diallo (guineano, 16 años, en el centro de menores de Hortaleza desde agosto): el instituto dice que no va desde el incidente
ordinary:helplines | 016 gratuito y 24 horas, no deja rastro en la factura; también WhatsApp 600 000 016 y correo 016-online@igualdad.gob.es. Emergencias 112.
ordinary:helplines | Para menores, Fundación ANAR 900 20 20 10; línea de atención a la conducta suicida 024; Policía Nacional 091, Guardia Civil 062.
ordinary:public_office | La Oficina de Asilo y Refugio (OAR) está en la calle Pradillo 40, 28002 Madrid. Hay que llevar la cita previa impresa.
ordinary:org_contact | Materiales en árabe y wolof en la web de la Delegación del Gobierno contra la Violencia de Género; para el grupo, escribid a info@redsgbv.es
ordinary:statistics | Según la Delegación del Gobierno contra la Violencia de Género, en 2023 fueron asesinadas 58 mujeres por sus parejas o exparejas.
ordinary:percentages | En nuestro servicio: 47 % sin tarjeta sanitaria al llegar, 22 % con orden de protección, 9 % derivadas desde el 016.
ordinary:law | Art. 31 bis de la LO 4/2000: autorización de residencia y trabajo para mujeres extranjeras víctimas de violencia de género.
ordinary:law | LO 10/2022 de garantía integral de la libertad sexual y LO 1/2004; la Directiva (UE) 2024/1385 hay que transponerla antes de junio de 2027.
ordinary:judgment | TEDH, Rantsev c. Chipre y Rusia, demanda nº 25965/04, sentencia de 7 de enero de 2010, básica para los casos de trata.
ordinary:judgment | TEDH, Volodina c. Rusia, nº 41261/17, de 9 de julio de 2019, sobre la falta de respuesta del Estado ante la violencia doméstica.
ordinary:meeting | Reunión de coordinación el miércoles 13 de enero a las 10:00 en la sala 1.4, o por Meet para quien esté fuera.
ordinary:opening_hours | Atención presencial de lunes a jueves de 9:00 a 14:00 y los martes también de 16:00 a 19:00; cerrado el 6 de enero.
ordinary:budget | De los 29.500 € de mediación intercultural llevamos gastados 21.870 €, quedan 7.630 € hasta diciembre.
ordinary:grant_number | En las facturas hay que poner el expediente de la subvención del Ministerio: 2025/SUB/00187.
ordinary:long_number | Nº de inscripción de la asociación en el Registro Nacional de Asociaciones: 612345; CIF G87654321.
ordinary:version | Protocolo de actuación v2.1 subido; los cambios respecto a la 2.0 están en el apartado 6 (derivación al 016).
ordinary:postcode | La sede nueva está en la calle Embajadores 52, 1ª planta, 28012 Madrid; es accesible.
ordinary:public_figure | Ana Redondo, como ministra de Igualdad, defendió en 2025 la renovación del Pacto de Estado contra la Violencia de Género.
ordinary:anonymised_case | Una chica menor de un país de África occidental contó en la tercera entrevista que había sufrido explotación en el trayecto; con su consentimiento se avisó a la entidad tutora. No doy más datos.
ordinary:colleague | La doctora Lucía Fernández, coordinadora de la unidad de violencia de género del hospital, dará la sesión del 3 de febrero.

[it]
phone | Qualcuno del team di Bologna può richiamare la signora M.? Nuovo numero 347 812 5904, solo dopo le 18, niente messaggi
phone | cell della ragazza: tre due nove, quattro uno sei, zero otto sette tre. Risponde solo se prima le scrivi che sei del centro
email | la sua mail personale è blessing.okafor91@libero.it, ha dato il consenso perché l'avvocata le scriva lì
email | il ragazzo si può contattare su sekou.traore2007 chiocciola gmail punto com, whatsapp non ce l'ha più
id_number | codice fiscale della signora per l'iscrizione al SSN: NFCGCV87H42Z336I, l'anagrafe sanitaria aspetta ancora la residenza
id_number | il CF del signore è LGC HVS 89D05 F205R, serve all'assistente sociale per la pratica dell'ISEE
iban | Il contributo d'emergenza va sul suo conto personale: IT59 N050 3409 6031 6184 6984 948, non su quello cointestato col marito
iban | IBAN per la restituzione della cauzione: IT09B0503405877378094922795, intestato solo a lei
case_number | il suo CUI è 05GH7K2, la Commissione territoriale ha rinviato di nuovo l'audizione, qualcuno può sollecitare?
case_number | la denuncia è registrata con il n. 4521/2025 RGNR della Procura di Bologna, il PM non ha ancora fissato l'incidente probatorio
social | l'ex pubblica video su di lei su TikTok, account @omar.bo.051, non rispondete, solo screenshot per i carabinieri
social | il suo insta è joy_a_torino senza chiocciola, l'educatrice può scriverle in DM
plate | la Panda grigia era di nuovo parcheggiata davanti alla casa rifugio, targa FK 482 TZ, i carabinieri sono avvisati
plate | la macchina che ha lasciato le due ragazze al pronto soccorso: EX731PD, Punto nera, l'autista non è sceso
address | adesso sta da sua cugina in via dei Mille 27, scala B, int. 8, 40121 Bologna, non mandate più niente al vecchio indirizzo
address | nuovo indirizzo protetto del nucleo: vicolo San Rocco 4, 10122 Torino. Solo per l'operatrice di riferimento
date_of_birth | per l'accertamento dell'età: dice di essere nato il 03/11/2008, il tribunale per i minorenni ha dei dubbi
date_of_birth | nata il ventuno giugno millenovecentonovantanove, in ospedale hanno scritto 1997 per errore
named_person | Blessing Eze, 24 anni, nigeriana, lavora di notte in un magazzino di logistica a Piacenza, è lei che è venuta da noi per il caporeparto
named_person | Aggiornamento su Abdoulaye Sangaré (maliano, 17 anni, nel SAI per minori di Catania da agosto): la scuola dice che non va più dopo l'episodio
ordinary:helplines | 1522 antiviolenza e stalking (gratuito, 24h, in più lingue), 112 NUE, 114 Emergenza Infanzia, Telefono Azzurro 19696.
ordinary:helplines | Numero Verde Antitratta 800 290 290, attivo 24 ore su 24; per i minori c'è anche il 114.
ordinary:public_office | Il Dipartimento per le Pari Opportunità è in Largo Chigi 19, 00187 Roma; per la mappatura dei centri antiviolenza guardate il sito del 1522.
ordinary:org_contact | Materiali su www.direcontrolaviolenza.it (D.i.Re); per la rete scriveteci a info@rete-sgbv.it, rispondiamo entro 2 giorni lavorativi.
ordinary:statistics | ISTAT: il 31,5 % delle donne tra 16 e 70 anni ha subito nel corso della vita una forma di violenza fisica o sessuale (indagine 2014).
ordinary:percentages | Nel nostro servizio: 52 % senza tessera sanitaria all'arrivo, 27 % con permesso per protezione speciale, 11 % minori.
ordinary:law | Art. 18-bis del d.lgs. 286/1998 per il permesso alle vittime di violenza domestica, art. 18 per la tratta. Da citare sempre nella relazione.
ordinary:law | Legge 69/2019 (Codice rosso): art. 612-bis c.p. atti persecutori, art. 558-bis costrizione o induzione al matrimonio.
ordinary:judgment | CEDU, Talpis c. Italia, ric. n. 41237/14, sentenza del 2 marzo 2017: la lettura di base per la formazione.
ordinary:judgment | CEDU, Landi c. Italia, ric. n. 10929/19, 7 aprile 2022, di nuovo sulla valutazione del rischio.
ordinary:meeting | Riunione d'équipe giovedì 14 gennaio ore 15:00-17:00 in sala 2, oppure su Zoom, il link arriva per mail.
ordinary:opening_hours | Sportello aperto lun-gio 9:00-13:00 e mer anche 14:30-18:00, chiuso il 6 gennaio.
ordinary:budget | Del budget per la mediazione (32.000 €) abbiamo speso 23.415 €, restano 8.585 € fino a giugno.
ordinary:grant_number | Il CUP del progetto è F59I23001230007, va indicato su tutte le fatture insieme al codice FAMI PROG-3421.
ordinary:long_number | Iscrizione al RUNTS n. 123456; codice fiscale dell'associazione 97812340587, serve per il 5 per mille.
ordinary:version | Linee guida per l'accoglienza v3.0 caricate; differenze rispetto alla 2.4 nel paragrafo 7.2 (colloquio senza accompagnatore).
ordinary:date_not_birth | Scadenza per i contributi al rapporto ombra GREVIO: 15 febbraio 2027 alle 17:00.
ordinary:public_figure | Eugenia Roccella, in qualità di ministra per la famiglia e le pari opportunità, è intervenuta alla presentazione dei dati del 1522.
ordinary:anonymised_case | Una donna sulla trentina di un paese dell'Africa occidentale ha raccontato al terzo colloquio di aver subito sfruttamento durante il viaggio; con il suo consenso è stata inviata al progetto antitratta. Non aggiungo altro.
ordinary:colleague | La dottoressa Giulia Bianchi, ginecologa referente del percorso Codice Rosa dell'ospedale, terrà l'incontro del 3 febbraio.

[pl]
phone | Czy ktoś z zespołu w Krakowie może oddzwonić do pani L.? Nowy numer 780 158 218, dopiero po 18, bez SMS-ów
phone | numer klientki: pięćset trzydzieści, sześćset pięćdziesiąt pięć, dziewięćset trzydzieści osiem. Odbiera tylko, jak się najpierw do niej napisze
email | jej prywatny mail to oksana.melnyk1990@wp.pl, zgodziła się, żeby prawniczka pisała bezpośrednio na ten adres
email | chłopak jest dostępny pod tymur.kovalenko2008 małpa gmail kropka com, whatsappa już nie ma
id_number | PESEL pani do wniosku w MOPS: 93090889482, jeszcze nie jest zameldowana w nowym mieszkaniu
id_number | pesel klientki 900 710 681 40, potrzebny do skierowania do poradni zdrowia psychicznego
iban | Zapomoga ma iść na jej własne konto: PL11 1050 1012 0616 8948 5507 3601, nie na wspólne z mężem
iban | nr konta do zwrotu kaucji: 19114020040771003758658427, konto tylko na nią
case_number | sygn. akt III Nsm 214/25 w Sądzie Rejonowym dla Krakowa-Nowej Huty, termin rozprawy 12 stycznia, czy ktoś może z nią pójść?
case_number | nr sprawy w Urzędzie do Spraw Cudzoziemców: DPU-420-1234/2024, przesłuchanie znowu przełożone
social | były partner wrzuca o niej filmiki na TikToka, konto @dima.waw.22, nie odpowiadajcie, tylko screeny dla policji
social | jej insta to nastya_w_gdansku bez małpy, pedagożka ulicy może do niej napisać na DM
plate | szara Octavia znowu stała pod schroniskiem, rejestracja KR 5E218, policja powiadomiona
plate | auto, które podwiozło dwie dziewczyny pod SOR: WA48213, czarne Audi, kierowca nie wysiadał
address | mieszka teraz u kuzynki na ul. Długiej 17 m. 4, 31-147 Kraków, nie wysyłajcie nic na stary adres
address | nowy adres schronienia rodziny: os. Piastowskie 12/38, 61-162 Poznań. Tylko dla koordynatorki
date_of_birth | do ustalenia wieku: twierdzi, że urodził się 03.11.2008, sąd rodzinny ma wątpliwości
date_of_birth | ur. dwudziestego pierwszego czerwca tysiąc dziewięćset dziewięćdziesiątego dziewiątego, w szpitalu wpisali 1997
named_person | Olena Bondarenko, 33 lata, Ukrainka, pracuje na nocne zmiany w magazynie w Bielanach Wrocławskich, to ona przyszła do nas w sprawie kierownika zmiany
named_person | Aktualizacja w sprawie Alego Rahimiego (Afgańczyk, 16 lat, od sierpnia w placówce opiekuńczej w Kętrzynie): szkoła mówi, że od incydentu nie przychodzi
ordinary:helplines | Niebieska Linia 800 120 002 (bezpłatna, całodobowa), Centrum Praw Kobiet 600 070 717, telefon zaufania dla dzieci i młodzieży 116 111, numer alarmowy 112.
ordinary:helplines | Dla dorosłych w kryzysie emocjonalnym 116 123, Centrum Wsparcia 800 70 2222; w nagłych sytuacjach zawsze 112.
ordinary:public_office | Urząd do Spraw Cudzoziemców: ul. Koszykowa 16, 00-564 Warszawa. Wnioski o ochronę międzynarodową składa się jednak przez Straż Graniczną.
ordinary:org_contact | Materiały po ukraińsku i rosyjsku są na niebieskalinia.pl i cpk.org.pl; kontakt do naszej sieci: kontakt@siec-sgbv.pl
ordinary:statistics | W 2025 r. w naszym powiecie założono 1 318 Niebieskich Kart, z czego 96 dotyczyło cudzoziemek, głównie z Ukrainy.
ordinary:percentages | W naszej poradni 64 % klientek to obywatelki Ukrainy, 21 % Białorusi, 8 % innych państw; 37 % potrzebowało tłumacza.
ordinary:law | Art. 197 k.k. po nowelizacji z 2024 r.: zgwałcenie zdefiniowane przez brak zgody. Do tego art. 59 Konwencji stambulskiej.
ordinary:law | Ustawa z 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej, znowelizowana w 2023 r.; procedura Niebieskiej Karty w rozporządzeniu Rady Ministrów z 2023 r.
ordinary:judgment | ETPC, M.C. przeciwko Bułgarii, skarga nr 39272/98, wyrok z 4 grudnia 2003 r. Podstawa do szkolenia o braku zgody.
ordinary:judgment | TSUE, sprawa C-621/21 z 16 stycznia 2024 r.: kobiety jako całość mogą stanowić szczególną grupę społeczną.
ordinary:meeting | Superwizja zespołu w środę 13 stycznia 10:00-12:00, sala 204 albo na Teams, link w kalendarzu.
ordinary:opening_hours | Punkt konsultacyjny czynny pon.-czw. 9:00-17:00, pt. 9:00-13:00; 24 i 31 grudnia nieczynny.
ordinary:budget | Z 45 000 zł na tłumaczenia wydaliśmy 31 870 zł, zostaje 13 130 zł do końca roku.
ordinary:grant_number | Numer umowy o dofinansowanie: FAMI.03.02-IZ.00-0042/24, proszę wpisywać na wszystkich fakturach.
ordinary:long_number | Dane fundacji do umowy: KRS 0000123456, REGON 146123456.
ordinary:version | Procedura przyjęcia zgłoszenia w wersji 1.2 jest na dysku; zmiany względem 1.1 w punkcie 3.4 (rozmowa bez osoby towarzyszącej).
ordinary:training | Szkolenie z rozmowy z osobą po traumie: 3 moduły po 3 godziny, max 15 osób, zapisy do 30 listopada.
ordinary:public_figure | Katarzyna Kotula, wówczas ministra ds. równości, otwierała w 2024 r. konferencję o przemocy ekonomicznej.
ordinary:anonymised_case | Kobieta po trzydziestce z kraju Azji Środkowej opowiedziała dopiero na trzecim spotkaniu o przemocy w pracy; za jej zgodą skierowano ją do poradni prawnej. Więcej tu nie piszę.
ordinary:colleague | Anna Nowak, koordynatorka interwencji kryzysowej w naszym MOPS, poprowadzi spotkanie 3 lutego.
"""

POSTS = parse(_TEXT)
