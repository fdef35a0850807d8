"""Eighth held-back corpus of the personal-data guard, part a (languages en, ga, nl, de, fr, es, it, pl).
Written on 2026-12-07 in one sitting by an independent corpus writer who never read the guard,
its documentation, its benchmark, its tests or any other corpus beyond the format in __init__.py.
Mobile numbers were drawn at random with ``phonenumbers`` until ``is_valid_number_for_region``
accepted them for the country (IE, GB, MT, NL, DE, FR, ES, IT, PL) and ``number_type`` was MOBILE.
National ID numbers (IE PPS, GB NHS, NL BSN, DE Steuer-IdNr, FR NIR, ES DNI/NIE, IT codice fiscale,
PL PESEL) and IBANs were drawn at random with python-stdnum (check digits computed with the
module's own ``calc_check_digit(s)`` where needed) until ``is_valid`` accepted them; every such
number was checked again with ``is_valid`` after the file was written (disguised spellings were
checked on their digits). Helplines and public offices are the real published ones as the writer
knows them; people, private numbers, plates, handles and private addresses are invented.
"""

from . import parse

_TEXT = """
[en]
phone | Can someone from the Cork team ring back the woman I referred on Friday? She asked we only use her own mobile, 083 880 0191, and only after 6pm when he's at work.
phone | client in the Valletta shelter lost her sim, new no. is nine two eight four, four four nine three - text only pls she doesnt want calls
email | Referral for the young lad in the IPAS centre in Limerick - he'd rather we contact him by email than post: tariq.haddad.91@gmail.com
email | her safe email is amina dot begum88 at outlook dot com, dont cc the sponsor's address whatever you do
id_number | Anyone know how long a PPS reissue takes these days? Her PPSN is 0800422M but DSP have it linked to the old address in Tallaght and she can't get the letter.
id_number | NHS no for the lady we discussed in supervision: 861 966 1175. GP practice in Leeds wants it before they'll re-register her, she has no other ID with her.
case_number | IPO ref 88134/23 for Mr K - interview was postponed twice, does anyone know who to escalate to in Mount St?
case_number | Met crime ref 6029913/25 - she reported the assault in Lewisham in March and hasn't heard a word since. Any contacts in the Met's VAWG team?
social | He keeps reposting photos of her from insta, the account is @dzhamila_.x - can someone with trusted flagger status report it to Meta?
social | her ex made a fake tiktok in her name, tiktok com slash @ rosa.mendes 02 (no spaces) - reported 3 times, still up
plate | Car parked outside the refuge again tonight, silver Corolla 191-D-40382. Gardaí informed but flagging for the other services in D15.
plate | UK colleagues: perp drives a black Golf, reg LR19 XKT, she says he waits near her college in Croydon most afternoons
address | She's moved into private rented at 14 Ashgrove Park, Ballincollig - please DON'T post anything to the old address or put this one on any form he can see.
address | new place is flat 3, 27 triq il-kbira, zejtun. pls don't share it in the whatsapp group
date_of_birth | Age assessment appeal: the boy gives his DOB as 14/02/2008 and has a baptism cert to back it up, but the social worker's report still says he's over 18.
date_of_birth | she was born on the twenty-third of september nineteen ninety-four in lagos, that's what should go on the form, not the date the agent put in her passport
named_person | Grace Oyelaran, 29, Nigerian, works nights at the meat plant in Ballyjamesduff - she's the one who rang about her cousin, can the Cavan outreach worker call in?
named_person | anyone seen fatima el amrani since monday?? moroccan, early 30s, cleans at the Mater, missed her appt with us twice now
iban | For the emergency fund transfer: account in her own name only, GB61 BARC 6512 0888 7345 82, NOT the joint one he has access to.
iban | deposit refund can go to her BOV acc MT56VALL44149783990490639836161 - she opened it herself last week
ordinary:helplines | For the new leaflet: Women's Aid 24hr National Freephone Helpline 1800 341 900, Rape Crisis Helpline 1800 77 8888, and 112 or 999 in an emergency. Pls check the translations before we print.
ordinary:helplines | Reminder for UK members: the National Domestic Abuse Helpline is 0808 2000 247, free and 24/7, and Samaritans is 116 123 from any phone.
ordinary:helplines | In Malta 179 is the Supportline and 112 for emergencies - both work without credit. Worth putting on the welcome card at Ħal Far.
ordinary:public_office | The International Protection Office is at 79-83 Lower Mount Street, Dublin 2. Bring the original letter, they won't accept a photo of it at the hatch.
ordinary:statistics | CSO Sexual Violence Survey: 4 in 10 adults experienced sexual violence at some point in their lives, and for women it was just over half. Good figure for the funding bid.
ordinary:law | Coercive control is s.39 of the Domestic Violence Act 2018 - anyone seen it used in a case involving a spouse on a dependent visa yet?
ordinary:judgment | CJEU judgment C-621/21 of 16 January 2024 - women as a whole can be a particular social group. Has IPAT started citing it? Para 57 onwards is the key bit.
ordinary:meeting | Regional meeting moved to Tues 15 Dec, 10.30, room 2.14 in the Galway hub. Tea from 10.
ordinary:document | v3.2 of the referral protocol is on the shared drive - changes are on p.17 (section 4.3) and the new consent form in annex B.
ordinary:postcode | We're the Dublin 7 service, near Smithfield, covering D7, D15 and D11. Drop-ins Wed mornings.
ordinary:budget | Got the grant!! €45,000 over 2 yrs, €12,500 ringfenced for interpreting. Thanks to everyone who read drafts.
ordinary:percentages | Our annual figures: 62% of referrals came from GPs and maternity units, only 8% from Gardaí. Up from 5% last year though.
ordinary:public_figure | Helen McEntee launched the Zero Tolerance strategy in June 2022 as Minister for Justice - the migrant women actions are in the implementation plan, worth holding them to it.
ordinary:colleague | Our new outreach worker in Sligo starts Monday - ask the coordinator for her contact, she speaks Arabic and French.
ordinary:anonymised_case | Woman in her 40s from Sudan, two kids, in emergency accommodation in Co. Clare, disclosed rape in transit through Libya. What counselling is there in Ennis that doesn't have a 6 month wait? She's been on the HSE list since August, the GP is great but has no interpreter budget, and the centre manager keeps moving her between rooms which isn't helping at all. We tried Rape Crisis Midwest but they're full till spring apparently. Any leads welcome, even online in Arabic.
ordinary:years | Between 2019 and 2024 the number of women in direct provision disclosing SGBV at intake roughly doubled, per our own records.
ordinary:training | Trauma-informed interviewing training: 3 sessions, 12, 19 and 26 Jan, 9.30-13.00 online. Max 25 places.
ordinary:long_number | Our CERV grant agreement no. is 101095231 - finance need it on every invoice from now on, sorry for the hassle.
ordinary:date_not_birth | Her District Court hearing was adjourned to 14/02/2027, so the safety order stays in place till then.
ordinary:org_account | For press queries send to our comms inbox, media@safe-harbour-network.ie, and tag the network's own account @SafeHarbourNetIE rather than individual staff.

[ga]
phone | An féidir le duine ón bhfoireann i nGaillimh glaoch ar ais ar an mbean a chuir mé chugaibh? A fón póca féin: 083 300 6777, tar éis a sé a chlog amháin.
phone | uimhir nua aici: a náid, a hocht, a seacht, sé seacht ceathair, a haon a náid a cúig a trí. téacs amháin le do thoil
email | Is fearr léi ríomhphost ná litir, seo é: nora.okafor.ire@gmail.com - ná cuir aon rud chuig an seoladh baile.
email | a seoladh sábháilte: siobhan ponc ni bhriain ag yahoo ponc ie — ná cuir é sa ghrúpa whatsapp
id_number | Uimhir PSP na mná atá i gceist: 5214025D. Tá an Roinn Coimirce Sóisialaí ag lorg cruthúnais seolta uaithi agus níl aon bhille ina hainm.
id_number | an PPSN a thug sí dom ná naoi cúig sé a náid naoi naoi sé, T A — an bhfuil sé sin ceart nó ar scríobh mé mícheart é?
case_number | Uimhir chomhaid IPO 90217/24 - tá an t-agallamh curtha siar arís. Cé leis ar chóir labhairt?
case_number | Tagairt na Cúirte Dúiche 2025/DV/3318 don ordú sábháilteachta - an féidir le duine dul léi Déardaoin?
social | Tá sé ag cur grianghraf di ar instagram arís, cuntas @lucia.ferreira.gaillimh - an féidir é a thuairisciú?
social | próifíl facebook falsa ina hainm: facebook ponc com slais amal punc hassan punc 1997 — tuairiscithe faoi dhó cheana
plate | Carr dubh lasmuigh den tearmann arís anocht, 12-G-30917, Toyota Avensis. Cuireadh na Gardaí ar an eolas.
plate | bíonn sé ag fanacht léi ag an scoil i dTrá Lí, veain bhán 08 KY 4412 — aon duine sa cheantar a d'fheicfeadh í?
address | D'aistrigh sí go 6 Bóthar na Trá, An Spidéal, Co. na Gaillimhe. Ná scríobh an seoladh sin ar aon fhoirm a fheicfidh seisean.
address | an t-árasán nua: uimh 4, 19 sráid an droichid, trá lí - ná roinn é le do thoil
date_of_birth | Dáta breithe an bhuachalla: 03/11/2007. Deir Tusla gur aosach é ach tá teastas baiste aige.
date_of_birth | rugadh í ar an gcúigiú lá déag de Bhealtaine, míle naoi gcéad nócha a sé, i Kinshasa - sin an dáta ceart, ní an ceann ar an bpas
named_person | An bhfaca aon duine Ayesha Rahman, 34, ón mBanglaidéis, a oibríonn san óstán ar an gCeathrú Rua? Níor tháinig sí chuig an gcoinne.
named_person | joseph mensah, gánach, thart ar 25, ag obair ar fheirm muisiriún i Muineachán - ba mhaith leis labhairt le dlíodóir faoina chás
iban | Aistriú ón gciste éigeandála: a cuntas féin amháin, IE51 AIBK 6282 1145 1979 55, ní an comhchuntas.
iban | an cuntas nua atá aici: IE05BARC28644599929865 - cuir an éarlais ar ais ansin
ordinary:helplines | Líne Chabhrach Náisiúnta Women's Aid: 1800 341 900, 24 uair an chloig, saor in aisce. 112 nó 999 i gcás éigeandála.
ordinary:helplines | Líne Chabhrach an Ionaid Éigeandála Éignithe: 1800 77 8888. Tá seirbhís ateangaireachta acu freisin.
ordinary:helplines | Samaritans ar 116 123 - saor in aisce ó aon fhón, fiú gan chreidmheas. Cuir ar an gcárta fáilte é.
ordinary:public_office | Tá Oifig na Cosanta Idirnáisiúnta ag 79-83 Sráid an Mhóta Íochtarach, Baile Átha Cliath 2. Tabhair an litir bhunaidh leat.
ordinary:judgment | Cás Rantsev v. an Chipir agus an Rúis (iarratas 25965/04, 2010) - an bhfuil achoimre as Gaeilge ag aon duine don seisiún oiliúna? Tá alt 4 den Choinbhinsiún i gceist.
ordinary:statistics | De réir an Phríomh-Oifig Staidrimh, bhí foréigean gnéasach ag 4 as gach 10 duine fásta ag pointe éigin. Figiúr maith don iarratas maoinithe.
ordinary:law | Alt 39 den Acht um Fhoréigean Baile 2018 - rialú comhéigneach. An bhfaca aon duine é in úsáid i gcás mná ar víosa cleithiúnaí?
ordinary:meeting | Cruinniú réigiúnach: Dé Máirt 15 Nollaig, 10.30, seomra 2.14, mol na Gaillimhe. Beidh tae ann ó 10.
ordinary:document | Leagan 3.2 den phrótacal atreoraithe ar an tiomántán roinnte - na hathruithe ar leathanach 17, alt 4.3.
ordinary:postcode | Clúdaímid Conamara ar fad ó H91 go dtí an Clochán, le clinic oscailte ar an Déardaoin.
ordinary:budget | Fuaireamar an deontas! €38,000 thar dhá bhliain, €9,000 de le haghaidh ateangaireachta.
ordinary:percentages | 58% dár n-atreoruithe ó dhochtúirí teaghlaigh, 11% ó na Gardaí, an chuid eile ó eagraíochtaí pobail.
ordinary:public_figure | Bhí Uachtarán na hÉireann ag labhairt faoi fhoréigean in aghaidh na mban ag an ócáid i mí na Samhna - óráid mhaith, fiú an píosa faoi mhná imirceacha.
ordinary:colleague | Tosaíonn an oibrí for-rochtana nua i nDún na nGall Dé Luain - iarr ar an gcomhordaitheoir a sonraí teagmhála.
ordinary:anonymised_case | Bean ina tríochaidí ón Afganastáin, leanbh amháin, i lóistín éigeandála i gCo. Mhaigh Eo. Níl Béarla aici - cá bhfaighinn ateangaire Daraí?
ordinary:years | Idir 2020 agus 2025 mhéadaigh líon na mban a nocht foréigean ag an gcéad agallamh go mór, de réir ár dtaifead féin.
ordinary:training | Oiliúint ar agallaimh atá bunaithe ar thráma: 13, 20 agus 27 Eanáir, 9.30-1.00, ar líne. 20 áit.
ordinary:long_number | Uimhir charthanais na heagraíochta: 20084519 - cuir ar gach sonrasc í ón lá inniu amach.
ordinary:date_not_birth | Cuireadh éisteacht na Cúirte Dúiche siar go dtí 22/03/2027, mar sin fanann an t-ordú cosanta i bhfeidhm.
ordinary:org_account | Ceisteanna ón bpreas chuig ár mbosca ríomhphoist, preas@lionra-tearmainn.ie, nó clib ar ár gcuntas @LionraTearmainn.

[nl]
phone | Kan iemand van het Utrechtse team haar terugbellen? Alleen op haar eigen nummer 06 35844375, liefst na 17u want dan is hij naar zijn werk.
phone | nieuw nummer cliënte: nul zes, twee zes negen, één zes, zes zeven acht. ALLEEN appen, niet bellen aub
email | Ze wil liever mailen dan post ontvangen op de azc-locatie: h.yilmaz1993@hotmail.com
email | veilig mailadres van mevr.: samira punt boukhari apenstaartje protonmail punt com - niet in de cc bij de advocaat van meneer
id_number | BSN van de cliënte is 062747484, de gemeente Rotterdam zegt dat ze niet in de BRP staat terwijl ze wel een brief hebben gestuurd??
id_number | Kan iemand bij de GGD checken of dit bsn klopt: 4261 52 098. Huisarts in Tilburg wil haar pas inschrijven als dat rond is.
case_number | Zaaknummer rechtbank Den Haag AWB 24/18822 - zitting is weer uitgesteld, iemand ervaring met een spoedverzoek daar?
case_number | Proces-verbaal nummer PL0900-2025187741 van haar aangifte in Eindhoven, maar de recherche heeft nog steeds niks laten horen.
social | Hij zet steeds foto's van haar op insta via @zarinaa.nl_x, kan iemand die trusted flagger is dit melden?
social | nep-facebookprofiel op haar naam: facebook . com / mariam.elidrissi.0312 - al 2x gemeld, nog steeds online
plate | Grijze Opel Astra met kenteken HN-482-T stond vanavond weer voor de opvang in Zwolle. Politie is ingelicht.
plate | hij wacht haar op bij het ROC in Almere, zwarte bestelbus 4 KZF 82 - kunnen jullie de beveiliging daar waarschuwen?
address | Ze woont sinds vorige week op Van Ostadestraat 214-2, 1073 TM Amsterdam. NIET doorgeven aan de ex-partner of zijn familie.
address | nieuw adres: lange nieuwstraat 88 bis, utrecht. graag alleen per post naar de opvang sturen, niet hierheen
date_of_birth | Voor de leeftijdsschouwing: hij geeft als geboortedatum 21-06-2008 op, de IND heeft 01-01-2006 aangehouden. Heeft iemand ervaring met bezwaar?
date_of_birth | ze is geboren op zeven maart negentienhonderdnegentig in Asmara, dat moet in het dossier, niet de datum uit het paspoort van de smokkelaar
named_person | Kent iemand Elif Demir, 31, Turkse, werkt in de kassenbouw in het Westland? Ze belde ons over haar zus maar is nu onbereikbaar.
named_person | heeft iemand nog iets gehoord van mohammed al-saleh? syrisch, rond de 40, werkt in de bakkerij op de Kruiskade in rotterdam, kwam niet opdagen bij de intake
iban | Voor de noodfonds-overboeking: alleen haar eigen rekening, NL47 ABNA 4052 6839 64 — NIET de gezamenlijke.
iban | borg terugstorten op nl49ingb0040552607 graag, die rekening heeft ze zelf geopend
ordinary:helplines | Voor de folder: Veilig Thuis 0800-2000 (gratis, 24/7), Centrum Seksueel Geweld 0800-0188, en bij direct gevaar altijd 112.
ordinary:helplines | 113 Zelfmoordpreventie: bel 113 of gratis 0800-0113. Graag ook op de poster in het azc.
ordinary:helplines | Politie zonder spoed is 0900-8844, en Meld Misdaad Anoniem 0800-7000 als iemand geen aangifte durft te doen.
ordinary:public_office | Stadsloket Amsterdam zit in het stadhuis op Amstel 1, 1011 PN. Afspraak maken via 14 020, niet zomaar langsgaan.
ordinary:statistics | Veilig Thuis krijgt landelijk elk jaar ruim 100.000 meldingen en adviesvragen binnen. Handig voor de subsidieaanvraag.
ordinary:law | De Wet seksuele misdrijven is sinds 1 juli 2024 van kracht. Weet iemand al hoe OM omgaat met de nieuwe strafbaarstelling van seksuele intimidatie op straat?
ordinary:judgment | EHRM Opuz t. Turkije (nr. 33401/02) uit 2009 blijft de basis voor onze training over positieve verplichtingen van de staat.
ordinary:meeting | Regio-overleg Noord: do 17 dec, 13.30-16.00, zaal 3.07 in het stadskantoor Groningen. Lunch vanaf 13.
ordinary:document | Versie 2.4 van het werkproces staat op SharePoint - wijzigingen staan op blz. 11 t/m 14, vooral de meldcode-stappen.
ordinary:postcode | We zitten in 3531 (Lombok, Utrecht), bereik is de hele wijk West plus Overvecht.
ordinary:budget | Begroting 2027 rond: €72.500 van de gemeente, waarvan €18.000 voor tolken via de Tolkentelefoon.
ordinary:percentages | Van onze cliënten in 2025 had 64% een verblijfsvergunning afhankelijk van de partner. Vorig jaar was dat 57%.
ordinary:public_figure | De burgemeester van Rotterdam heeft op de conferentie beloofd de aanpak huwelijksdwang uit te breiden, we houden hem eraan.
ordinary:colleague | Onze nieuwe aandachtsfunctionaris in Arnhem begint maandag, spreekt Tigrinya. Mail de teamleider voor haar gegevens.
ordinary:anonymised_case | Vrouw van begin 20 uit Eritrea, zwanger, in de noodopvang in Ter Apel, spreekt alleen Tigrinya. Welke verloskundige praktijk werkt daar met tolken?
ordinary:years | Tussen 2018 en 2025 is het aantal meldingen bij ons bijna verdrievoudigd, vooral sinds 2022.
ordinary:training | Training meldcode huiselijk geweld: 14, 21 en 28 januari, 9:30-12:30, online. Max 20 deelnemers, aanmelden via de coördinator.
ordinary:long_number | Ons KvK-nummer is 41216593 en het subsidiebeschikkingsnummer 2025-0004417-SZW, graag vermelden op elke factuur.
ordinary:date_not_birth | Zitting verplaatst naar 09-03-2027, het contactverbod blijft tot dan gewoon gelden.
ordinary:org_account | Persvragen graag naar pers@netwerk-veiligeopvang.nl of via ons eigen account @VeiligeOpvangNL, niet naar collega's persoonlijk.

[de]
phone | Kann jemand aus dem Münchner Team sie zurückrufen? Nur auf ihrem eigenen Handy 0163 13776709, am besten vormittags wenn er nicht zu Hause ist.
phone | neue nr. der klientin: null eins sechs drei, zwei zwei acht, neun fünf drei sechs neun — bitte NUR whatsapp
email | Sie möchte lieber per Mail kontaktiert werden als über die Unterkunft: oksana.petrenko.88@gmx.de
email | sichere mailadresse: leyla punkt aksoy at web punkt de — bitte nicht an die Anwältin vom Ehemann weiterleiten
id_number | Steuer-ID der Klientin: 78 002 643 191. Das Jobcenter Neukölln behauptet, die gehört zu jemand anderem - kennt jemand das Problem?
id_number | ihre steuerliche id ist 14750255361, brauch ich für den Kindergeldantrag, Familienkasse stellt sich quer
case_number | BAMF-Aktenzeichen 8841527-423, die Anhörung wurde zweimal verschoben. Wer hat einen guten Draht zur Außenstelle Bielefeld? Sie ist inzwischen im siebten Monat schwanger, die Unterkunft ist völlig ungeeignet und die Anwältin meint, ohne Anhörungstermin bewegt sich bei der Zuweisung nichts. Wir haben schon zweimal schriftlich um Vorziehung gebeten, mit Attest der Frauenärztin, aber bisher nur eine Eingangsbestätigung bekommen. Bin für jeden Tipp dankbar, auch wer dort für vulnerable Personen zuständig ist.
case_number | Tagebuchnr. der Polizei Köln: ST/0817234/2025 — Anzeige wegen Vergewaltigung seit März, nichts gehört. Hat jemand Kontakt zum KK 12?
social | Er postet weiter Fotos von ihr auf Instagram unter @nour.h_berlin99 — kann jemand mit Trusted-Flagger-Status das melden?
social | fake-profil auf tiktok in ihrem namen: tiktok punkt com slash at amira punkt b punkt 2001 - schon dreimal gemeldet
plate | Silberner BMW mit Kennzeichen B-KM 4521 stand heute Abend wieder vor dem Frauenhaus. Polizei ist informiert.
plate | er wartet auf sie vor der berufsschule in offenbach, weißer transporter OF ZR 837 — bitte die Schulsozialarbeit informieren
address | Sie wohnt seit letzter Woche in der Hermannstraße 118, Hinterhaus 3. OG, 12051 Berlin. BITTE nicht an das Jugendamt in seiner Stadt weitergeben.
address | neue adresse: kastanienweg 7a bei Yilmaz, 44137 dortmund — post bitte weiter über die beratungsstelle
date_of_birth | Zur Altersfeststellung: er gibt als Geburtsdatum den 09.05.2008 an, das Jugendamt hat den 01.01.2006 eingetragen. Erfahrungen mit dem Widerspruch?
date_of_birth | sie ist am vierzehnten august neunzehnhundertzweiundneunzig in Herat geboren, das muss so in die Akte, nicht das Datum aus dem gefälschten Pass
named_person | Kennt jemand Svitlana Koval, 37, Ukrainerin, arbeitet in der Pflege im Klinikum Nürnberg Nord? Sie hat wegen ihrer Tochter angerufen und ist jetzt nicht erreichbar.
named_person | hat jemand was von ahmad rezaei gehört? afghane, anfang 20, arbeitet in der dönerbude am hauptbahnhof in kassel, kam nicht zum termin
iban | Für die Überweisung aus dem Notfallfonds: nur ihr eigenes Konto, DE62 9729 0267 1536 1204 65 — NICHT das gemeinsame.
iban | kaution bitte zurück auf de11699063053783880019, das konto hat sie selbst eröffnet
ordinary:helplines | Für den Flyer: Hilfetelefon Gewalt gegen Frauen 116 016 (kostenlos, rund um die Uhr, 18 Sprachen), Polizei 110, Notruf 112.
ordinary:helplines | Hilfetelefon Sexueller Missbrauch 0800 22 55 530, und die TelefonSeelsorge unter 0800 111 0 111 oder 0800 111 0 222.
ordinary:helplines | Nummer gegen Kummer für Kinder und Jugendliche: 116 111. Bitte auch in den Jugendwohngruppen aushängen.
ordinary:public_office | BAMF-Zentrale: Frankenstraße 210, 90461 Nürnberg. Für Anhörungstermine aber immer die zuständige Außenstelle anschreiben.
ordinary:statistics | Laut BKA-Lagebild Häusliche Gewalt 2023 gab es über 256.000 Betroffene, rund 70 % davon Frauen. Gute Zahl für den Förderantrag.
ordinary:law | § 31 Abs. 2 AufenthG - eigenständiges Aufenthaltsrecht bei besonderer Härte, auch vor Ablauf der drei Jahre. Hat jemand aktuelle Erfahrungen mit der ABH Hamburg?
ordinary:law | § 177 StGB (sexueller Übergriff, „Nein heißt Nein") seit 2016 - gibt es dazu neuere BGH-Entscheidungen, die für die Schulung taugen?
ordinary:meeting | Vernetzungstreffen Süd: Mi, 16.12., 14-17 Uhr, Raum 2.112 im Rathaus Augsburg. Kaffee ab 13:30.
ordinary:document | Version 1.7 des Schutzkonzepts liegt im Cloud-Ordner, Änderungen auf S. 9-12 und in Anlage 3.
ordinary:postcode | Wir sind die Beratungsstelle in 50667 Köln-Altstadt-Nord und zuständig für Innenstadt und Ehrenfeld.
ordinary:budget | Bewilligt! 84.000 € für 2027, davon 21.500 € Sprachmittlung. Danke an alle, die gegengelesen haben.
ordinary:percentages | 2025 hatten 41 % unserer Klientinnen einen vom Ehemann abgeleiteten Aufenthaltstitel, 2024 waren es 36 %.
ordinary:public_figure | Die Bundesfamilienministerin hat auf der Konferenz mehr Geld für Frauenhäuser angekündigt - mal sehen, was davon im Haushalt ankommt.
ordinary:colleague | Unsere neue Kollegin in der Beratung Leipzig fängt Montag an, spricht Dari und Farsi. Kontakt über die Teamleitung.
ordinary:anonymised_case | Frau Mitte 30 aus Guinea, zwei Kinder, Gemeinschaftsunterkunft im Landkreis Harburg, berichtet von FGM und Gewalt durch den Partner. Wer kennt eine Fachärztin in der Nähe?
ordinary:years | Seit 2019 hat sich die Zahl der Anfragen bei uns mehr als verdoppelt, vor allem 2022 und 2023.
ordinary:training | Fortbildung traumasensible Gesprächsführung: 18. und 25. Januar, 9-13 Uhr, online über BigBlueButton. 25 Plätze.
ordinary:long_number | Unser Vereinsregister ist VR 39871 B, Förderkennzeichen 3923 0114 7720 — bitte auf jedem Verwendungsnachweis angeben.
ordinary:date_not_birth | Der Gerichtstermin wurde auf den 11.02.2027 verlegt, die Schutzanordnung nach GewSchG gilt bis dahin weiter.
ordinary:org_account | Presseanfragen bitte an presse@netzwerk-schutzraum.de oder über unseren Vereinsaccount @SchutzraumNetz, nicht an einzelne Kolleginnen.

[fr]
phone | Quelqu'un de l'équipe de Lyon peut la rappeler ? Uniquement sur son portable perso, 07 68 28 90 73, plutôt le matin quand il n'est pas là.
phone | nouveau num de la dame : zéro sept, quarante-six, zéro cinq, trente-quatre, dix-huit. SMS seulement svp, pas d'appel
email | Elle préfère être contactée par mail plutôt qu'au CADA : aissatou.diallo.93@yahoo.fr
email | son adresse sûre c'est mariama point konate arobase gmail point com — surtout pas en copie à l'avocat du mari
id_number | Son numéro de sécu : 2 89 12 99 350 272 37. La CPAM de Seine-Saint-Denis dit que le dossier est bloqué depuis août, quelqu'un a un contact ?
id_number | NIR provisoire du monsieur: 192049935202794, la PASS de l'hôpital en a besoin pour la suite des soins
case_number | Numéro de dossier OFPRA 24-08-12873, l'entretien a été reporté deux fois. Quelqu'un sait à qui écrire à Fontenay ?
case_number | plainte déposée au commissariat de Marseille 3e, n° de procédure 2025/004417 — aucune nouvelle depuis mars, un contact à la brigade de protection des familles ?
social | Il continue de publier des photos d'elle sur insta, compte @fatou.ndiaye_off — quelqu'un avec le statut de signaleur de confiance peut signaler ?
social | faux profil snap à son nom : snapchat point com slash add slash kenza point b 2002, déjà signalé 3 fois
plate | Clio grise immatriculée GH-482-TK garée devant le foyer ce soir encore. La police est prévenue.
plate | il l'attend à la sortie du lycée pro à Roubaix, utilitaire blanc fw 719 xn — vous pouvez prévenir la CPE ?
address | Elle habite depuis la semaine dernière au 12 rue des Lilas, bât. C, 3e étage, 93200 Saint-Denis. NE PAS communiquer à la famille du conjoint.
address | nouvelle adresse : 47 bis avenue jean-jaurès, appt 21, 69007 lyon. le courrier passe toujours par l'asso
date_of_birth | Pour l'évaluation de minorité : il donne comme date de naissance le 02/04/2008, le département a retenu le 01/01/2006. Quelqu'un a déjà fait un recours devant le juge des enfants ?
date_of_birth | elle est née le dix-neuf novembre mille neuf cent quatre-vingt-quinze à Conakry, c'est cette date qu'il faut mettre, pas celle du passeport du passeur
named_person | Quelqu'un connaît Mariam Traoré, 28 ans, Malienne, femme de ménage à l'hôtel Ibis de Bobigny ? Elle nous a appelées pour sa sœur et ne répond plus.
named_person | des nouvelles de yasmina belkacem ? algérienne, la quarantaine, travaille à la cantine de l'école Jules-Ferry à Montreuil, pas venue au rdv
iban | Pour le virement du fonds d'urgence : uniquement son compte à elle, FR35 9219 0482 2297 2004 7813 520, PAS le compte joint.
iban | la caution peut être remboursée sur fr5956428845735667001663680, c'est elle qui a ouvert le compte
ordinary:helplines | Pour le flyer : 3919 Violences Femmes Info (gratuit, anonyme, 24h/24), le 17 pour la police et le 114 par SMS pour les personnes sourdes ou qui ne peuvent pas parler.
ordinary:helplines | Enfance en danger : le 119, gratuit 24h/24. Et le 115 pour l'hébergement d'urgence, même si on sait tous que c'est saturé.
ordinary:helplines | Le 3114 pour la prévention du suicide, et le 116 006 pour l'aide aux victimes (France Victimes). À afficher dans le hall.
ordinary:public_office | L'OFPRA est au 201 rue Carnot, 94136 Fontenay-sous-Bois. Venir avec la convocation originale, la copie ne passe pas à l'accueil.
ordinary:statistics | D'après la MIVIPROF, on estime à environ 213 000 les femmes victimes de violences conjugales chaque année. Bon chiffre pour le dossier de subvention.
ordinary:law | Article L. 425-6 du CESEDA : titre de séjour pour la personne bénéficiant d'une ordonnance de protection (art. 515-9 du Code civil). Quelqu'un l'a obtenu récemment en préfecture du 93 ?
ordinary:judgment | CJUE, 16 janvier 2024, C-621/21 : les femmes dans leur ensemble peuvent constituer un groupe social. La CNDA commence-t-elle à la citer ?
ordinary:meeting | Réunion du réseau Île-de-France : jeudi 17 décembre, 14h-17h, salle 4.08 à la Maison des associations du 12e.
ordinary:document | La v2.3 du protocole est sur le drive, les changements sont p. 14 à 16 (repérage) et l'annexe 2.
ordinary:postcode | On couvre le 18e et le 19e, permanence au local près de Château-Rouge le mardi matin.
ordinary:budget | Subvention accordée : 56 000 € pour 2027, dont 14 500 € d'interprétariat. Merci pour les relectures !
ordinary:percentages | En 2025, 47 % de nos accompagnées avaient un titre de séjour lié au conjoint, contre 39 % en 2024.
ordinary:public_figure | La maire de Paris a annoncé de nouvelles places d'hébergement pour femmes victimes, on attend de voir combien seront accessibles sans titre de séjour.
ordinary:colleague | Notre nouvelle juriste à Lille commence lundi, elle parle arabe et anglais. Demandez ses coordonnées à la coordinatrice.
ordinary:anonymised_case | Femme d'une vingtaine d'années, ivoirienne, enceinte de 6 mois, hébergée au 115 à Toulouse, a subi des violences pendant le parcours migratoire. Quelle maternité travaille avec des interprètes ? Elle parle dioula et un peu de français, la sage-femme de la PMI a fait ce qu'elle pouvait mais le suivi est très irrégulier parce qu'elle change d'hôtel toutes les semaines. On a aussi besoin d'une psy qui connaisse le psychotrauma, idéalement pas trop loin de la ligne A du métro. Merci d'avance pour vos pistes.
ordinary:years | Entre 2017 et 2024 le nombre de demandes reçues a presque triplé, surtout après 2020.
ordinary:training | Formation « recueil de la parole » : 12, 19 et 26 janvier, 9h30-12h30, en visio. 20 places max.
ordinary:long_number | Notre SIRET : 374 095 461 00017 — merci de l'indiquer sur toutes les factures et les conventions.
ordinary:date_not_birth | L'audience devant le JAF est renvoyée au 08/03/2027, l'ordonnance de protection reste valable jusque-là.
ordinary:org_account | Questions presse : presse@reseau-abri-solidaire.fr ou via notre compte @AbriSolidaire, pas les collègues en direct.

[es]
phone | ¿Alguien del equipo de Sevilla puede devolverle la llamada? Solo a su móvil personal, 697 68 56 59, mejor por la mañana cuando él no está.
phone | numero nuevo de la usuaria: seis cero tres, cuarenta y siete, cincuenta y cinco, diecinueve. solo whatsapp x favor
email | Prefiere que la contactemos por correo y no a través del centro de acogida: nadia.elkhatib94@hotmail.es
email | su correo seguro: rosa punto quispe arroba gmail punto com — no la pongáis en copia con el abogado del marido
id_number | NIE de la señora: X8505148R. En la Seguridad Social de Usera dicen que no aparece, ¿alguien sabe cómo desbloquearlo?
id_number | el DNI de la chica es cero cinco nueve nueve dos dos siete siete H, lo necesita el centro de salud para la tarjeta sanitaria
case_number | Número de expediente de asilo 2809-24-118734, la entrevista se ha aplazado dos veces. ¿Alguien tiene contacto en la OAR?
case_number | Diligencias previas 1187/2025 del Juzgado de Violencia sobre la Mujer nº 2 de Valencia — la orden de protección sigue sin notificarse, ¿qué hacemos?
social | Sigue subiendo fotos de ella en insta desde @karina.vlz_oficial — ¿alguien con estatus de alertador fiable puede denunciarlo?
social | perfil falso en tiktok con su nombre: tiktok punto com barra arroba luz punto marina 99, ya denunciado 3 veces
plate | Seat León gris con matrícula 4821 LKP aparcado otra vez delante de la casa de acogida. Policía avisada.
plate | la espera a la salida del instituto en Badalona, furgoneta blanca 2739-MZB, ¿podéis avisar a la orientadora?
address | Vive desde la semana pasada en C/ de la Alegría 14, 3º B, 28045 Madrid. NO facilitar a la familia del agresor.
address | nueva dirección: avda. de américa 56, bajo izq, cartagena. el correo sigue llegando a la asociación
date_of_birth | Para la determinación de edad: él da como fecha de nacimiento el 17/10/2008, Fiscalía de Menores ha fijado el 01/01/2006. ¿Alguien ha recurrido?
date_of_birth | nació el treinta de junio de mil novecientos noventa y tres en Tánger, esa es la fecha buena, no la del pasaporte falso
named_person | ¿Alguien conoce a Lucía Mamani, 33 años, boliviana, trabaja de interna en una casa en Pozuelo? Llamó por su hermana y ya no contesta.
named_person | alguien sabe algo de omar benali? marroquí, unos 25, trabaja en los invernaderos de El Ejido, no vino a la cita
iban | Para la transferencia del fondo de emergencia: solo su cuenta propia, ES27 0511 7502 0159 2458 9384, NO la compartida.
iban | la fianza se puede devolver a es46 3448 9327 3122 2667 0251, la cuenta la abrió ella sola
ordinary:helplines | Para el folleto: 016 (gratuito, no deja rastro en la factura, 24h), 112 en emergencias y el WhatsApp del 016 también.
ordinary:helplines | Línea 024 de atención a la conducta suicida, y la Fundación ANAR para menores 900 20 20 10. Ponedlo en el tablón.
ordinary:helplines | El 116 111 es la línea de ayuda a la infancia (la lleva ANAR) y el 016 atiende también a familiares y allegadas, no solo a la víctima.
ordinary:public_office | La Oficina de Asilo y Refugio está en la calle Pradillo 40, Madrid. Llevad la cita impresa, que en la puerta no miran el móvil.
ordinary:statistics | Según la Macroencuesta de 2019, el 13,7 % de las mujeres residentes en España de 16 o más años ha sufrido violencia sexual alguna vez. Dato útil para la memoria.
ordinary:law | Art. 31 bis de la LO 4/2000: autorización de residencia para mujeres extranjeras víctimas de violencia de género. ¿Alguien lo ha tramitado en Murcia este año?
ordinary:law | La LO 10/2022 («solo sí es sí») se reformó con la LO 4/2023. Para la formación nos vendría bien alguna sentencia del Supremo posterior, ¿alguna recomendación?
ordinary:meeting | Reunión de la red andaluza: miércoles 16 de diciembre, 10:00-13:00, sala 1.05 del Centro Cívico San Julián, Sevilla.
ordinary:document | Versión 3.0 del protocolo de derivación en la carpeta compartida, cambios en las págs. 8-10 y en el anexo IV.
ordinary:postcode | Atendemos en el distrito de Ciutat Vella (08001), sobre todo el Raval, con atención sin cita los jueves.
ordinary:budget | ¡Concedida! 62.000 € para 2027, de los cuales 15.000 € son para mediación intercultural.
ordinary:percentages | En 2025 el 53 % de nuestras usuarias estaba en situación administrativa irregular, frente al 48 % en 2024.
ordinary:public_figure | La ministra de Igualdad presentó ayer la nueva estrategia en el Congreso, habrá que ver qué medidas llegan a las mujeres migrantes.
ordinary:colleague | La nueva trabajadora social de Almería empieza el lunes, habla árabe y francés. Pedidle el contacto a la coordinadora.
ordinary:anonymised_case | Mujer de unos 30 años, nigeriana, con un bebé, en un piso de acogida en Málaga, posible víctima de trata. ¿Qué entidad de la zona tiene plazas específicas? Ha hablado con la policía pero no quiere declarar todavía, tiene mucho miedo por su familia en Edo State, y la abogada dice que el periodo de restablecimiento y reflexión se lo tendrían que ofrecer igual. Yo no lo tengo nada claro, así que si alguien ha pasado por esto hace poco, os agradecería que me contarais cómo fue.
ordinary:years | Desde 2018 las consultas se han duplicado, sobre todo a partir de 2021.
ordinary:training | Curso de entrevista con perspectiva de trauma: 13, 20 y 27 de enero, de 9:30 a 13:30, online. 25 plazas.
ordinary:long_number | Nuestro número en el Registro Nacional de Asociaciones es 612847 y el CIF G11465697, para las facturas.
ordinary:date_not_birth | El juicio rápido se ha señalado para el 10/02/2027, la orden de alejamiento sigue vigente hasta entonces.
ordinary:org_account | Prensa: prensa@redacogida-sur.org o por nuestra cuenta @RedAcogidaSur, no escribáis a las compañeras a título personal.

[it]
phone | Qualcuno del team di Bologna può richiamarla? Solo sul suo cellulare personale, 325 418 0207, meglio la mattina quando lui è al lavoro.
phone | nuovo numero della signora: tre sette sette, cinque due due, cinque sei otto cinque. solo whatsapp per favore, niente chiamate
email | Preferisce essere contattata via mail e non tramite il CAS: blessing.okoro92@libero.it
email | la sua mail sicura: hanane punto zerouali chiocciola gmail punto com — non mettetela in copia all'avvocato del marito
id_number | Codice fiscale della signora: CGNMGO83L63H151T. All'ASL dicono che risulta a un'altra persona, qualcuno sa come si sistema?
id_number | il cf del ragazzo è BDZ TRU 83H04 H198A, serve al centro per l'impiego per l'iscrizione, ma a me sembra strano
case_number | Numero di pratica della Commissione territoriale di Roma 24/118822, l'audizione è stata rinviata due volte. Contatti?
case_number | denuncia in Questura a Padova, R.G.N.R. n. 4512/2025 — da marzo nessuna notizia, qualcuno conosce qualcuno alla Squadra Mobile?
social | Continua a pubblicare foto di lei su insta dal profilo @sara.kone_official, qualcuno con lo status di segnalatore attendibile può segnalarlo?
social | profilo falso su facebook a suo nome: facebook punto com barra joy punto eze punto 1998, segnalato già tre volte
plate | Panda grigia targata GA 482 KM parcheggiata di nuovo davanti alla casa rifugio. Carabinieri avvisati.
plate | la aspetta all'uscita dell'istituto professionale a Prato, furgone bianco FX-719WL, potete avvisare la scuola?
address | Da settimana scorsa abita in via dei Mille 23, scala B, int. 7, 10123 Torino. NON comunicare alla famiglia del marito.
address | nuovo indirizzo: vicolo del pozzo 4, piano terra, castel volturno. la posta passa sempre dall'associazione
date_of_birth | Per l'accertamento dell'età: lui dichiara come data di nascita il 25/09/2008, la Procura minori ha indicato 01/01/2006. Qualcuno ha fatto reclamo?
date_of_birth | è nata il dodici gennaio millenovecentonovantasei a Benin City, è quella la data giusta, non quella sul passaporto del trafficante
named_person | Qualcuno conosce Precious Idahosa, 24 anni, nigeriana, lavora in un'azienda agricola a Latina? Ci ha chiamato per la sorella e ora non risponde.
named_person | notizie di karim haddad? tunisino, sui 35, lavora al mercato ortofrutticolo di Vittoria, non si è presentato all'appuntamento
iban | Per il bonifico del fondo emergenze: solo il suo conto personale, IT53 R302 5968 2454 8985 3161 260, NON quello cointestato.
iban | la caparra si può restituire su it97p1433397113193850282275, il conto l'ha aperto lei
ordinary:helplines | Per il volantino: 1522 numero antiviolenza e stalking (gratuito, 24h, multilingue), 112 per le emergenze.
ordinary:helplines | Numero verde antitratta 800 290 290, e il 114 Emergenza Infanzia. Da appendere anche nei CAS.
ordinary:helplines | Telefono Azzurro 19696 per bambini e ragazzi, e il 116 000 per i minori scomparsi. Tutti gratuiti.
ordinary:public_office | La Questura di Roma è in via di San Vitale 15. Per il permesso di soggiorno però si va all'Ufficio Immigrazione, non lì.
ordinary:statistics | Secondo l'ISTAT il 31,5 % delle donne tra 16 e 70 anni ha subito qualche forma di violenza fisica o sessuale nel corso della vita. Utile per il bando.
ordinary:law | Art. 18-bis del D.Lgs. 286/1998: permesso di soggiorno per le vittime di violenza domestica. Qualcuno l'ha ottenuto di recente a Milano?
ordinary:law | Legge 69/2019, il «Codice rosso»: la querela va sentita entro tre giorni. Vi risulta che in pratica succeda?
ordinary:meeting | Coordinamento regionale: giovedì 17 dicembre, 10-13, sala 2.04 del Palazzo della Provincia, Firenze.
ordinary:document | La versione 1.5 del protocollo d'intesa è nella cartella condivisa, modifiche alle pagg. 6-9 e nell'allegato C.
ordinary:postcode | Siamo allo sportello di Ballarò (90134 Palermo), copriamo tutto il centro storico.
ordinary:budget | Finanziato! 48.000 € per il 2027, di cui 11.000 € per la mediazione linguistico-culturale.
ordinary:percentages | Nel 2025 il 44 % delle donne seguite aveva un permesso per motivi familiari legato al marito, nel 2024 era il 38 %.
ordinary:public_figure | La presidente della Commissione femminicidio ha parlato del nostro progetto in audizione, ottimo per la visibilità.
ordinary:colleague | La nuova mediatrice di Bari comincia lunedì, parla tigrino e arabo. Chiedete i contatti alla coordinatrice.
ordinary:anonymised_case | Donna sui 40, ivoriana, con due figli, in un CAS in provincia di Caserta, racconta violenze subite in Libia. Quale consultorio della zona ha una psicologa?
ordinary:years | Tra il 2019 e il 2025 le richieste sono raddoppiate, soprattutto dal 2022.
ordinary:training | Formazione sull'intervista trauma-informed: 14, 21 e 28 gennaio, 9.30-12.30, su Zoom. 20 posti.
ordinary:long_number | Codice fiscale dell'associazione: 84895449993 — va indicato su ogni fattura e sul 5x1000.
ordinary:date_not_birth | L'udienza è stata rinviata al 04/03/2027, l'ordine di allontanamento resta in vigore fino ad allora.
ordinary:org_account | Per la stampa: stampa@retecasarifugio.it oppure il nostro account @ReteCasaRifugio, non scrivete alle colleghe sui profili personali.

[pl]
phone | Czy ktoś z zespołu w Gdańsku może do niej oddzwonić? Tylko na jej prywatną komórkę 789 873 091, najlepiej rano, kiedy on jest w pracy.
phone | nowy numer klientki: siedem osiem jeden, siedem jeden osiem, trzy siedem dziewięć. tylko sms prosze, bez dzwonienia
email | Woli kontakt mailowy niż przez ośrodek: olena.shevchuk.87@wp.pl
email | jej bezpieczny mail: tetiana kropka bondar małpa gmail kropka com - nie dawać w kopii do adwokata męża
id_number | PESEL klientki: 75030601448. ZUS w Łodzi twierdzi, że jest przypisany do kogoś innego, ktoś zna ten problem?
id_number | jej pesel to 7912 0832 954, potrzebny do rejestracji w przychodni, ale lekarka mówi że system go nie przyjmuje
case_number | Sygnatura sprawy w Urzędzie do Spraw Cudzoziemców DPU-420-4517/SU/2024, przesłuchanie przesunięte dwa razy. Ma ktoś kontakt?
case_number | zawiadomienie złożone w KRP Warszawa I, sygn. RSD-1187/25 - od marca cisza, zna ktoś kogoś w wydziale kryminalnym?
social | Dalej wrzuca jej zdjęcia na insta z konta @anastasiia.k_pl — czy ktoś z statusem zaufanego podmiotu sygnalizującego może to zgłosić?
social | fałszywy profil na fb na jej nazwisko: facebook kropka com ukośnik maryna kropka lysenko kropka 1994, zgłaszany 3 razy
plate | Szara skoda octavia WX 4821K znów stała wieczorem pod ośrodkiem. Policja poinformowana.
plate | czeka na nią pod szkołą w Krakowie, biały bus kr5tm21 - możecie uprzedzić pedagoga szkolnego?
address | Od zeszłego tygodnia mieszka przy ul. Ogrodowej 12 m. 4, 90-123 Łódź. NIE przekazywać rodzinie męża.
address | nowy adres: os. słoneczne 7/23, lublin. korespondencja dalej przez fundację
date_of_birth | Do ustalenia wieku: chłopak podaje datę urodzenia 11.12.2008, Straż Graniczna wpisała 01.01.2006. Ktoś się od tego odwoływał?
date_of_birth | urodziła się dwudziestego ósmego lutego tysiąc dziewięćset dziewięćdziesiątego pierwszego roku w Mińsku, to jest prawdziwa data, nie ta z paszportu
named_person | Zna ktoś Natalię Hrytsenko, 36 lat, Ukrainka, pracuje w pralni hotelu Hilton w Gdańsku? Dzwoniła w sprawie siostry, teraz nie odbiera.
named_person | czy ktoś ma wieści od dawita tesfaye? etiopczyk, ok. 30, pracuje w magazynie pod Strykowem, nie przyszedł na spotkanie
iban | Do przelewu z funduszu awaryjnego: tylko jej własne konto, PL29 1345 1639 7384 7421 1662 5648, NIE wspólne.
iban | kaucję można zwrócić na pl23036136157987715609772996, konto założyła sama
ordinary:helplines | Do ulotki: Niebieska Linia 800 120 002 (bezpłatnie, całą dobę), numer alarmowy 112.
ordinary:helplines | Telefon zaufania dla dorosłych w kryzysie emocjonalnym 116 123, dla dzieci i młodzieży 116 111. Proszę powiesić w świetlicy.
ordinary:helplines | Centrum Praw Kobiet ma telefon interwencyjny 600 070 717, warto dać go klientkom z Ukrainy, mają konsultantki mówiące po ukraińsku.
ordinary:public_office | Urząd do Spraw Cudzoziemców: ul. Taborowa 33, 02-699 Warszawa. Na przesłuchanie trzeba mieć oryginał wezwania.
ordinary:statistics | Według UdSC status UKR ma blisko 1 000 000 osób z Ukrainy, w większości kobiety i dzieci. Przyda się do wniosku.
ordinary:law | Ustawa z 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej po nowelizacji z 2023 r. obejmuje też przemoc ekonomiczną. Jak to wygląda w praktyce w Waszych gminach?
ordinary:law | Art. 197 kk po zmianie definicji zgwałcenia (brak zgody, od lutego 2025 r.). Szukam wyroków sądów apelacyjnych do szkolenia, ktoś coś poleci?
ordinary:meeting | Spotkanie sieci regionalnej: środa 16 grudnia, 11:00-14:00, sala 3.12 w Urzędzie Miasta Poznania.
ordinary:document | Wersja 2.1 procedury jest na dysku, zmiany na str. 7-10 i w załączniku nr 3.
ordinary:postcode | Działamy na Pradze-Północ (03-7xx), punkt konsultacyjny przy ul. Targowej w czwartki.
ordinary:budget | Dostaliśmy grant! 210 000 zł na 2027, z czego 48 000 zł na tłumaczy.
ordinary:percentages | W 2025 r. 68 % naszych klientek pochodziło z Ukrainy, 12 % z Białorusi.
ordinary:public_figure | Rzecznik Praw Obywatelskich wspomniał w raporcie o kobietach w ośrodkach strzeżonych, warto to cytować.
ordinary:colleague | Nowa psycholożka w Rzeszowie zaczyna w poniedziałek, mówi po ukraińsku i rosyjsku. Kontakt przez koordynatorkę.
ordinary:anonymised_case | Kobieta po trzydziestce z Białorusi, z dzieckiem, w ośrodku dla cudzoziemców w Białej Podlaskiej, zgłasza przemoc ze strony partnera. Gdzie w okolicy jest prawniczka?
ordinary:years | Od 2022 r. liczba zgłoszeń wzrosła ponad trzykrotnie, głównie po lutym 2022.
ordinary:training | Szkolenie z rozmowy z osobą po traumie: 15, 22 i 29 stycznia, 9:00-12:30, online. 20 miejsc.
ordinary:long_number | KRS fundacji 0000412896, NIP 7031797405 - proszę podawać na każdej fakturze.
ordinary:date_not_birth | Rozprawa przełożona na 03.03.2027, zakaz zbliżania się obowiązuje do tego czasu.
ordinary:org_account | Media: media@fundacja-bezpieczny-azyl.pl albo nasze konto @BezpiecznyAzyl, nie piszcie do koleżanek prywatnie.
"""

POSTS = parse(_TEXT)
