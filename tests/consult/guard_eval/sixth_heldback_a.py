"""Sixth held-back corpus of the personal-data guard, part A (en, ga, nl,
de, fr, es, it, pl; the other eight languages are part B).

Written on 2026-12-07 (00:40-01:30 UTC) in one sitting by an independent
corpus writer who never read the guard, its documentation, its tuning
corpora or any earlier held-back part; only ``__init__.py`` was read, for
the format. Nothing here was run through the guard while writing.

Per language there are 40 posts: 20 identifying ones (two each of phone,
email, id_number, case_number, social, plate, address, date_of_birth,
named_person, iban; about a third disguised: digits in words, "(at)"/"dot"
spelled out, odd spacing and separators, lower-case names, names with
particles) and 20 ordinary ones that must pass (three or more published
helplines, public offices, statistics, law, court references, meetings,
organisations, anonymous practice, versions, districts, dates, prices,
public figures in their role, colleagues by role, and a few hard ones).

All people, numbers, plates, handles and private addresses are invented.
Numbers were generated, not typed: national numbers (UK NHS number, Irish
PPSN, BSN, Steuer-ID, French NIR and numero fiscal, DNI, NIE, codice
fiscale, PESEL) and IBANs were drawn at random until python-stdnum's
``is_valid`` accepted them, and private phone numbers until
``phonenumbers.is_valid_number`` accepted them for the country (mobiles
also checked to be of type MOBILE). Helplines, ministries and public
offices are the real published ones as the writer knew them.
"""

from . import parse

_TEXT = """
[en]
phone | Client asked us to ring her on her new mobile only, 07745 333147, NOT the old one — partner still checks that phone. Please note on file before the Tuesday callback.
phone | can someone from the Manchester hub call back the woman staying with her cousin? landline is oh one six one, eight eight two, four two four three, she picks up after 6pm
email | For the referral to the IDVA service, the survivor's own email is farida.noori91@gmail.com — she's fine with us using it but says never cc her husband.
email | Her new contact is tsegereda dot h at outlook dot com, she set it up in the library because he knew the old password.
id_number | NHS number for the GP registration is 523 747 1439 — can anyone confirm the practice in Leeds will accept her without proof of address?
id_number | Ref for the hospital letter: nhs no. 085-085-4989 (it's hers, not the baby's), the midwife needs it before the safeguarding meeting.
case_number | Home Office ref for her asylum claim is M1428871/26 and the Met crime reference is 6029173/26 — how do we get the two teams talking to each other?
case_number | Quick one: family court case no. ZW26P01843, hearing in Croydon next month, mum wants a Tigrinya interpreter, who do I ask?
social | He keeps messaging her from a new account, instagram.com/dani_kral_07 — he's been posting photos of her front door. Police said screenshot everything.
social | the perpetrator's tiktok is @ rashid.m . bolton (spaces because that's how she typed it) — can she report it without him finding out it was her?
plate | Neighbours saw a silver Ford Focus, reg LB19 XKP, parked outside the refuge twice this week. She thinks it's the ex.
plate | She gave the reg as "Y-R-sixty-eight, N-O-U" — white van, the same one that drove the girls to the nail bar every morning.
address | She is sleeping at a friend's place, 14 Alderney Road, Stockport SK4 2PL, until the refuge space opens. Please don't share with children's services in her old borough.
address | new addr for post: flat 3, 27 victoria terr, leamington spa CV31 3AB — nothing to go to the old house pls
date_of_birth | Her date of birth is 03/11/1997 but the Home Office have her as 11/03/1997 — any tips on getting it corrected before the substantive interview?
date_of_birth | The young man says he was born on the twenty-second of June two thousand and eight, so he's 18 now, but the age assessment disputed it.
named_person | Grace Adeyemi, 34, Nigerian, works nights at the big Tesco on Kingsland Road — her shift manager is the man who's been threatening her. How do we approach this without her losing the job?
named_person | we've got mehmet yilmaz (the husband, 41, runs the barber shop by Bradford Interchange) turning up at the school gates every day. School wants advice.
iban | She asked us to send the deposit refund to her own account: GB11 NWBK 3355 8277 0887 52, account in her maiden name.
iban | Universal Credit is going into his account, not hers. Her own account is GB28NWBK02820641052151 — how do we get DWP to switch the payment?
ordinary:helpline | For anyone new: the National Domestic Abuse Helpline is 0808 2000 247, free and 24 hours, and they use interpreters for most languages.
ordinary:helpline | Rape Crisis England & Wales 24/7 support line: 0808 500 2222. Modern Slavery & Exploitation Helpline: 08000 121 700. Both worth having on the wall.
ordinary:helpline | Teen clients — remind them Childline is 0800 1111 and doesn't show on the phone bill. Switchboard LGBT+ is 0800 0119 100 for the queer young people we see. Emergencies 999 or 112.
ordinary:public_service | The Home Office is at 2 Marsham Street, London SW1P 4DF; public enquiries 020 7035 4848, Monday to Friday 9am to 5pm.
ordinary:statistics | ONS figures for the year ending March 2024: an estimated 2.3 million people aged 16 and over experienced domestic abuse, about 1.6 million women and 712,000 men.
ordinary:law | Reminder that s.76 Serious Crime Act 2015 (controlling or coercive behaviour) covers ex-partners too since s.68 of the Domestic Abuse Act 2021 came in.
ordinary:court | Good summary of positive obligations in Opuz v. Turkey, no. 33401/02, and Kurt v. Austria [GC], no. 62903/15 — both useful for the risk assessment training.
ordinary:meeting | MARAC for the north locality is moved to Thursday 14 January, 10:00–12:30, Room 3.07, Civic Centre. Agenda out by Monday.
ordinary:organisation | Southall Black Sisters and the Latin American Women's Rights Service both do no-recourse-to-public-funds advice — good first call for migrant women.
ordinary:practice | We're supporting a woman in her late twenties from Eritrea with two small children, NRPF, whose husband holds the visa. She wants to leave but is scared about her status. Where do we start?
ordinary:version | The updated referral form is v2.4 (Nov 2026); the old v2.1 is missing the consent section on page 3, please bin it.
ordinary:postcode | Anyone have contacts for outreach in E13 / E6? We're getting a lot of referrals from Newham and can't cover it.
ordinary:date | The Migrant Victims of Domestic Abuse Concession gives three months, so for someone who left on 1 February the application needs to be in before 1 May.
ordinary:price | Interpreters have gone up to £42 an hour plus travel; the grant covers £3,500 for the whole year, so we'll prioritise phone interpreting.
ordinary:public_figure | Jess Phillips, the safeguarding minister, told the Commons yesterday that the review of the destitution concession will report in spring — anyone heard more?
ordinary:professional | The IDVA at the hospital is brilliant with Arabic-speaking clients — ask the duty manager to put you through to her, she's in on Wednesdays.
ordinary:hard | Our service was born in 1998 out of a women's group in Brixton; we turn 28 this year and there's a small do on the 12th.
ordinary:hard | Survey results: 112 responses from 47 services, 38% report waits of over 16 weeks for counselling — full report p. 24.
ordinary:hard | For training: Judith Herman's "Trauma and Recovery" (1992, rev. 2015), chapter 3, is still the best text on captivity and control.
ordinary:hard | Article 59 of the Istanbul Convention (CETS No. 210) covers autonomous residence status; the UK ratified in July 2022 with a reservation on it.

[ga]
phone | Iarrann an cliant orainn glaoch uirthi ar a fón nua amháin: 087 072 3862. Ná húsáid an seanuimhir, tá sé fós ag a fear céile.
phone | uimhir nua na mná atá ag fanacht lena deirfiúr: náid a hocht a sé, cúig cúig a haon, a haon a hocht a ceathair a hocht — glaoigh tar éis a sé tráthnóna más féidir
email | Seoladh ríomhphoist an chliaint don atreorú: amina.warsame88@gmail.com — tá cead againn é a úsáid, ach gan aon rud a sheoladh chuig an seoladh a roinneann sí leis.
email | a seoladh nua: nadia.haddad (at) outlook [dot] ie — rinne sí é sa leabharlann mar bhí an seanphasfhocal ar eolas aige.
id_number | Teastaíonn a huimhir PPS ón Roinn Coimirce Sóisialaí: 9386490G. An féidir le duine éigin cabhrú léi leis an iarratas ar íocaíocht aonair?
id_number | uimhir pps: 1364531 A (spás ann mar a scríobh sí é) — an bhfuil sé ceart go leor í a chur ar an bhfoirm HAP?
case_number | Is é IPO/25/08813 a huimhir thagartha san Oifig um Chosaint Idirnáisiúnta agus PULSE 28841172 an uimhir ón nGarda. Cé a dhéanfaidh teagmháil leis an dá oifig?
case_number | An cás sa Chúirt Dúiche, uimhir 2026/41872, éisteacht i mBaile Átha Cliath an mhí seo chugainn — teastaíonn ateangaire Araibise uaithi.
social | Tá sé ag seoladh teachtaireachtaí chuici ó chuntas nua: instagram.com/ciaran_obyrne_lk — tá grianghraif dá doras tosaigh curtha suas aige.
social | a chuntas tiktok: @ fawad . kabul . cork (leis na spásanna, sin mar a thug sí dom é) — ar cheart di é a thuairisciú?
plate | Chonaic na comharsana carr dubh, 191-D-45123, páirceáilte taobh amuigh den dídean faoi dhó an tseachtain seo.
plate | Thug sí uimhir na veaine mar "dhá trí dhá, K-Y, ceathair a hocht a haon a seacht" — veain bhán, an ceann céanna a thug na cailíní chuig an salon ingne gach maidin.
address | Tá sí ag fanacht le cara ag 27 Ascaill Shéamais, Bóthar na Trá, Gaillimh H91 K7P2 go dtí go mbeidh áit ar fáil sa dídean. Ná roinn é le Tusla sa seanchontae.
address | seoladh poist nua: árasán 4, 12 sráid an mhuilinn, trá lí, co. chiarraí V92 X4T8 — gan aon litir chuig an seanteach le do thoil
date_of_birth | Is é 14/02/1996 a dáta breithe ach tá 02/14/1996 ar a cárta IRP — conas is féidir é a cheartú roimh an agallamh?
date_of_birth | Deir an buachaill gur rugadh é ar an aonú lá déag de Mhárta, dhá mhíle is a hocht, ach tá amhras ar Tusla faoina aois.
named_person | Precious Okafor, 29, ón Nigéir, ag obair san óstán ar Shráid Uí Chonaill — is é an bainisteoir oíche an fear atá ag bagairt uirthi.
named_person | tá seán mac giolla phádraig (an fear céile, 45, feirmeoir taobh amuigh de Bhéal Tairbirt) ag teacht go geata na scoile gach lá. Teastaíonn comhairle ón bpríomhoide.
iban | Ba mhaith léi go n-aisíocfaí an éarlais isteach ina cuntas féin: IE81 AIBK 9247 2987 5252 26.
iban | Tá an liúntas leanaí ag dul isteach ina chuntas seisean. A cuntas féin: IE05AIBK33035911084734 — conas is féidir é a athrú?
ordinary:helpline | Do dhaoine nua: is é 1800 341 900 líne chabhrach náisiúnta Women's Aid, saor in aisce agus ar oscailt 24 uair an chloig.
ordinary:helpline | Líne Náisiúnta 24 Uair Ionad Éigeandála Éignithe Bhaile Átha Cliath: 1800 77 8888. Samaritans: 116 123. Cuir ar an mballa iad.
ordinary:helpline | Do dhaoine óga: Childline 1800 66 66 66, agus líne chabhrach LGBT Ireland 1800 929 539. I gcás éigeandála, 999 nó 112.
ordinary:public_service | Tá oifig chlárúcháin na Seirbhíse Inimirce ag 13-14 Cé Bhurgh, Baile Átha Cliath 2; oscailte Luan go hAoine, ach le coinne amháin.
ordinary:statistics | De réir Shuirbhé an CSO ar Fhoréigean Gnéasach 2022, d'fhulaing 52% de mhná foréigean gnéasach éigin le linn a saoil.
ordinary:law | Clúdaíonn alt 39 den Acht um Fhoréigean Baile 2018 rialú comhéigneach; féach freisin alt 28 den Acht um Chosaint Idirnáisiúnta 2015.
ordinary:court | Achoimre mhaith in Opuz v. an Tuirc, iarratas uimh. 33401/02, agus i gcás C-621/21 de chuid CBAE (ECLI:EU:C:2024:47) faoi mhná mar ghrúpa sóisialta.
ordinary:meeting | Athraíodh an cruinniú idirghníomhaireachta go Déardaoin 14 Eanáir, 10:00–12:30, Seomra 2.14, Halla an Chontae. Clár oibre Dé Luain.
ordinary:organisation | Tá seirbhísí comhairle do mhná imirceacha ag Comhairle Inimirceach na hÉireann agus ag AkiDwA — glaoch maith tosaigh.
ordinary:practice | Táimid ag tacú le bean ina tríochaidí ón tSiria a bhfuil beirt pháistí aici, ina cónaí i lóistín soláthair dhírigh. Tá sí ag iarraidh imeacht ach tá eagla uirthi faoina stádas.
ordinary:version | Is é leagan 3.2 (Samhain 2026) an fhoirm atreoraithe nua; níl an chuid faoi thoiliú ar leathanach 4 sa seanleagan.
ordinary:postcode | An bhfuil teagmhálaithe ag aon duine d'obair for-rochtana i mBaile Átha Cliath 15 agus D22? Tá go leor atreoruithe ag teacht ó Chluain Dolcáin.
ordinary:date | Is é an 25 Samhain Lá Idirnáisiúnta um Dheireadh a Chur le Foréigean in aghaidh na mBan; leanann na 16 Lá Gníomhaíochta go dtí an 10 Nollaig.
ordinary:price | Tá ateangaireacht anois €45 san uair; clúdaíonn an deontas €4,000 don bhliain ar fad.
ordinary:public_figure | Dúirt Jim O'Callaghan, an tAire Dlí agus Cirt, sa Dáil inné go bhfoilseofar an plean nua roimh an samhradh — an bhfuil tuilleadh eolais ag aon duine?
ordinary:professional | Tá oibrí sóisialta an ospidéil thar cionn le cliaint a labhraíonn Fraincis — iarr ar an mbainisteoir dualgais tú a chur tríd chuici.
ordinary:hard | Rugadh an eagraíocht i 1998 as grúpa ban i gCorcaigh; beidh comóradh 28 bliain againn i mbliana.
ordinary:hard | Torthaí an tsuirbhé: 112 freagra ó 47 seirbhís, 38% ag fanacht níos mó ná 16 seachtaine — tuarascáil iomlán ar lch. 24.
ordinary:hard | Leabhar maith don oiliúint: "Trauma and Recovery" le Judith Herman (1992), caibidil 3.
ordinary:hard | Pléann Airteagal 59 de Choinbhinsiún Iostanbúl (CETS Uimh. 210) le stádas cónaithe neamhspleách d'íospartaigh.

[nl]
phone | Cliënte wil alleen gebeld worden op haar nieuwe nummer 06 45333147, niet op het oude — daar kijkt hij nog in mee. Graag noteren voor het terugbelmoment dinsdag.
phone | nieuw nr van mevrouw die bij haar nicht logeert: nul zes, acht nul, vier acht, nul vijf, drie nul. na 18u bereikbaar
email | Voor de doorverwijzing naar Veilig Thuis: haar eigen mailadres is samira.elhaddouti@hotmail.com, vindt ze goed zolang er niks naar het gezamenlijke adres gaat.
email | haar nieuwe mail: hanna punt tesfay apenstaartje gmail punt com — heeft ze in de bieb aangemaakt omdat hij het oude wachtwoord wist.
id_number | BSN van cliënte voor de zorgverzekering begint met 5621, de rest is 83966 — kan iemand checken of de huisarts in Zwolle haar zonder woonadres inschrijft?
id_number | bsn (van haar, niet van het kind): 913.037.527 — de verloskundige heeft het nodig vóór het MDO.
case_number | Haar V-nummer is 3081245519 en de aangifte staat bij de politie onder registratienummer PL0900-2026318754 — hoe krijgen we IND en politie op één lijn?
case_number | Zaaknummer familierechter C/13/748211 / FA RK 26-2201, zitting in Amsterdam volgende maand, tolk Tigrinya nodig. Wie regelt dat?
social | Hij stuurt haar berichten vanaf een nieuw account, instagram.com/jordy_vd_berg_ — heeft foto's van haar voordeur gepost.
social | tiktok van de dader: @ murat . ensch . 053 (met spaties zoals zij het typte) — kan ze melden zonder dat hij weet dat zij het was?
plate | Buren zagen een grijze Opel Corsa met kenteken GV-218-K twee keer deze week bij de opvang staan. Volgens haar is het de ex.
plate | Ze gaf het kenteken door als "acht, K-T-R, een-en-veertig" — witte bus, dezelfde die de meiden elke ochtend naar de nagelstudio bracht.
address | Ze slaapt voorlopig bij een vriendin op de Van Heemskerckstraat 41-II, 3531 KG Utrecht tot er plek is in de opvang. Niet delen met de gemeente waar ze vandaan komt.
address | nieuw postadres: dorpsstraat 17a, 7941 bk meppel — niks meer naar het oude huis sturen aub
date_of_birth | Haar geboortedatum is 03-11-1997 maar bij de IND staat 11-03-1997. Tips om dat vóór het nader gehoor te laten corrigeren?
date_of_birth | De jongen zegt dat hij geboren is op tweeëntwintig juni tweeduizend acht, dus nu 18, maar het leeftijdsonderzoek betwistte dat.
named_person | Fatima Bouali, 34, Marokkaanse, werkt nachtdiensten bij een distributiecentrum in Waalwijk — haar teamleider is de man die haar bedreigt. Hoe pakken we dit aan zonder dat ze haar baan kwijtraakt?
named_person | we hebben gerrit van der meulen (de echtgenoot, 52, eigenaar van de kapsalon bij station Zwolle) die elke dag bij het schoolhek staat. School wil advies.
iban | Ze wil dat de borg teruggestort wordt op haar eigen rekening: NL14 INGB 4035 4531 32, ten name van haar meisjesnaam.
iban | Toeslagen gaan naar zijn rekening. Haar eigen rekening is NL88INGB8280234365 — hoe krijgen we Dienst Toeslagen zover om dat om te zetten?
ordinary:helpline | Voor nieuwe collega's: Veilig Thuis is 24/7 bereikbaar op 0800 2000, gratis en anoniem.
ordinary:helpline | Centrum Seksueel Geweld: 0800 0188, dag en nacht. De Kindertelefoon is 0800 0432 voor kinderen en jongeren.
ordinary:helpline | Bij vermoedens van mensenhandel kun je CoMensha bellen op 033 448 1186; bij acuut gevaar altijd 112, anders politie 0900 8844.
ordinary:public_service | Het Stadsloket van de gemeente Amsterdam zit aan de Amstel 1; telefonisch via 14 020, maandag t/m vrijdag 8.00–18.00 uur.
ordinary:statistics | Volgens de Prevalentiemonitor van CBS en WODC (2022) heeft 5% van de mensen van 16 jaar en ouder in de afgelopen 12 maanden huiselijk geweld meegemaakt.
ordinary:law | Sinds 1 juli 2024 geldt de Wet seksuele misdrijven (art. 242 en 243 Sr); voor verblijf bij mensenhandel zie paragraaf B8/3 Vc 2000.
ordinary:court | Handig voor de training: Rantsev t. Cyprus en Rusland, nr. 25965/04, en HvJ EU 16 januari 2024, C-621/21, ECLI:EU:C:2024:47.
ordinary:meeting | MDO regio Oost is verplaatst naar donderdag 14 januari, 10.00–12.30 uur, zaal 3.07 in het stadskantoor. Agenda volgt maandag.
ordinary:organisation | Fier en het Landelijk Knooppunt Mensenhandel hebben allebei goede info over opvang voor slachtoffers zonder verblijfsvergunning.
ordinary:practice | We begeleiden een vrouw van eind twintig uit Eritrea met twee kleine kinderen; haar verblijf is afhankelijk van haar man. Ze wil weg maar is bang voor haar status. Waar beginnen we?
ordinary:version | Het nieuwe aanmeldformulier is versie 2.4 (nov 2026); in v2.1 ontbreekt het toestemmingsblok op pagina 3.
ordinary:postcode | Heeft iemand contacten voor outreach in 1102 en 1103 (Bijlmer)? We krijgen veel aanmeldingen uit Zuidoost.
ordinary:date | Orange the World loopt van 25 november t/m 10 december; op 6 december is onze open dag.
ordinary:price | Tolkkosten zijn gestegen naar € 52,50 per uur; het budget is € 4.000 voor het hele jaar.
ordinary:public_figure | Minister Van Weel van Justitie en Veiligheid zei gisteren in de Kamer dat het wetsvoorstel over femicide voor de zomer komt — weet iemand meer?
ordinary:professional | De aandachtsfunctionaris van het ziekenhuis is top met Arabischsprekende cliënten — vraag de dienstdoende coördinator om je door te verbinden.
ordinary:hard | Onze stichting is in 1998 geboren uit een vrouwengroep in Rotterdam-Zuid; dit jaar bestaan we 28 jaar.
ordinary:hard | Enquête: 112 reacties van 47 organisaties, 38% meldt wachttijden boven de 16 weken — volledig rapport p. 24.
ordinary:hard | Aanrader voor de training: "Trauma en herstel" van Judith Herman (1992), hoofdstuk 3.
ordinary:hard | Artikel 59 van het Verdrag van Istanbul (CETS nr. 210) gaat over een zelfstandige verblijfsstatus voor slachtoffers.

[de]
phone | Klientin möchte nur noch auf ihrer neuen Handynummer angerufen werden: 0151 89328804. Die alte liest er noch mit. Bitte vor dem Rückruf am Dienstag vermerken.
phone | neue nummer der frau, die bei ihrer cousine wohnt: null eins sieben null - null sieben zwei - drei acht sechs zwei, ab 18 uhr erreichbar
email | Für die Weiterleitung an die Fachberatungsstelle: ihre eigene Mailadresse ist leyla.demirtas87@web.de — bitte nichts an die gemeinsame Adresse.
email | ihre neue mail: mariam punkt haidari ät gmx punkt de, hat sie in der Stadtbücherei angelegt, weil er das alte Passwort kannte.
id_number | Ihre Steuer-ID für den Kindergeldantrag ist 90912574389 — weiß jemand, ob die Familienkasse das ohne Meldeadresse bearbeitet?
id_number | Steuer-ID (ihre, nicht die vom Kind): 91 256 378 644 — die Hebamme braucht sie vor der Fallkonferenz.
case_number | Ihr BAMF-Aktenzeichen ist 8712345-438 und die Anzeige läuft bei der Staatsanwaltschaft unter 276 Js 4187/26 — wie bringen wir das zusammen?
case_number | Familiengericht Köln, Az. 312 F 1184/26, Anhörung nächsten Monat, sie braucht eine Dolmetscherin für Dari.
social | Er schreibt ihr von einem neuen Account: instagram.com/kevin.schaefer_hro — hat Fotos von ihrer Haustür gepostet.
social | sein tiktok: @ ahmad . k . neukoelln (mit Leerzeichen, so hat sie es getippt) — kann sie das melden, ohne dass er erfährt, dass sie es war?
plate | Nachbarn haben einen silbernen VW Golf mit dem Kennzeichen B-KL 4821 zweimal diese Woche vor dem Frauenhaus gesehen.
plate | Sie hat das Kennzeichen als "M, A-X, drei-neun-eins-sieben" angegeben — weißer Transporter, derselbe, der die Frauen jeden Morgen ins Nagelstudio fuhr.
address | Sie übernachtet erstmal bei einer Freundin, Weserstraße 112, 12059 Berlin, 3. OG links, bis ein Frauenhausplatz frei wird. Bitte nicht ans Jugendamt am alten Wohnort geben.
address | neue postanschrift: bei müller, lindenallee 7 b, 47053 duisburg — nix mehr an die alte wohnung schicken bitte
date_of_birth | Ihr Geburtsdatum ist der 03.11.1997, aber im Ankunftsnachweis steht 11.03.1997. Tipps, wie wir das vor der Anhörung korrigieren?
date_of_birth | Der Junge sagt, er sei am zweiundzwanzigsten Juni zweitausendacht geboren, also jetzt 18, aber das Jugendamt hat die Alterseinschätzung angezweifelt.
named_person | Olena Kovalenko, 38, Ukrainerin, arbeitet nachts in der Wäscherei des Klinikums Nord in Hamburg — ihr Schichtleiter ist der Mann, der sie bedroht.
named_person | wir haben hans-peter von der heide (der Ehemann, 57, hat die Autowerkstatt in Bielefeld-Brackwede), der jeden Tag vor der Kita steht. Die Kita will Rat.
iban | Sie möchte, dass die Kaution auf ihr eigenes Konto zurückgeht: DE69 7029 1905 0645 3600 09, lautet auf ihren Geburtsnamen.
iban | Das Bürgergeld geht auf sein Konto. Ihres: DE17874471010973727882 — wie bekommen wir das Jobcenter dazu, das umzustellen?
ordinary:helpline | Für neue Kolleginnen: Das Hilfetelefon „Gewalt gegen Frauen" ist rund um die Uhr unter 116 016 erreichbar, kostenlos und in 18 Sprachen.
ordinary:helpline | Hilfetelefon Sexueller Missbrauch: 0800 22 55 530. Nummer gegen Kummer für Kinder und Jugendliche: 116 111.
ordinary:helpline | Bei akuter Gefahr immer 110 oder 112. Die TelefonSeelsorge ist rund um die Uhr unter 0800 111 0 111 und 0800 111 0 222 erreichbar.
ordinary:public_service | Das BAMF sitzt in der Frankenstraße 210, 90461 Nürnberg; Zentrale 0911 943-0, Servicezeiten Mo–Fr 8–16 Uhr.
ordinary:statistics | Laut BKA-Lagebild Häusliche Gewalt 2023 wurden 256.276 Opfer registriert, davon 70,5 % weiblich.
ordinary:law | § 31 AufenthG gibt nach drei Jahren ehelicher Lebensgemeinschaft ein eigenständiges Aufenthaltsrecht, bei besonderer Härte (Abs. 2) auch früher; vgl. § 1 GewSchG.
ordinary:court | Gut für die Schulung: EGMR, Talpis gegen Italien, Nr. 41237/14, und EuGH, Urteil vom 16.01.2024, C-621/21, ECLI:EU:C:2024:47.
ordinary:meeting | Die Fallkonferenz Nord ist verschoben auf Donnerstag, 14. Januar, 10:00–12:30 Uhr, Raum 3.07 im Rathaus. Tagesordnung kommt Montag.
ordinary:organisation | Der KOK e.V. und Ban Ying in Berlin haben beide gute Infos zur Unterbringung von Betroffenen von Menschenhandel ohne Aufenthaltstitel.
ordinary:practice | Wir begleiten eine Frau Ende zwanzig aus Eritrea mit zwei kleinen Kindern, ihr Aufenthalt hängt am Ehemann. Sie will gehen, hat aber Angst um ihren Status. Wo fangen wir an?
ordinary:version | Der neue Aufnahmebogen ist Version 2.4 (Nov. 2026); in 2.1 fehlt die Einwilligung auf Seite 3.
ordinary:postcode | Hat jemand Kontakte für aufsuchende Arbeit in 12043/12047 (Nord-Neukölln)? Wir bekommen viele Anfragen von dort.
ordinary:date | Am 25. November ist der Internationale Tag gegen Gewalt an Frauen; unsere Aktionswoche geht bis zum 10. Dezember.
ordinary:price | Dolmetschen kostet jetzt 85 € pro Stunde nach JVEG; das Budget liegt bei 4.000 € fürs ganze Jahr.
ordinary:public_figure | Bundesfamilienministerin Karin Prien hat gestern im Bundestag zum Stand der Umsetzung des Gewalthilfegesetzes gesprochen — weiß jemand Genaueres?
ordinary:professional | Die Kinderschutzfachkraft im Klinikum ist super mit arabischsprachigen Familien — einfach die Stationsleitung bitten, durchzustellen.
ordinary:hard | Unser Verein wurde 1998 aus einer Frauengruppe in Kreuzberg geboren; dieses Jahr feiern wir 28 Jahre.
ordinary:hard | Umfrage: 112 Rückmeldungen aus 47 Einrichtungen, 38 % melden Wartezeiten über 16 Wochen — Bericht S. 24.
ordinary:hard | Leseempfehlung: „Die Narben der Gewalt" von Judith Herman (1992), Kapitel 3.
ordinary:hard | Zu Artikel 59 der Istanbul-Konvention (SEV Nr. 210) hatte Deutschland bis Februar 2023 einen Vorbehalt.

[fr]
phone | La cliente ne veut être appelée que sur son nouveau portable : 06 55 11 84 87. L'ancien, il le surveille encore. Merci de noter avant le rappel de mardi.
phone | nouveau num de la dame hébergée chez sa cousine : zéro sept, trente-trois, trente et un, treize, quatre-vingt-sept — joignable après 18h
email | Pour l'orientation vers le CIDFF, son adresse mail perso c'est aissatou.diallo93@yahoo.fr, elle est d'accord tant que rien ne part sur l'adresse commune.
email | sa nouvelle adresse : nour.kassem [arobase] laposte [point] net — créée à la médiathèque parce qu'il connaissait l'ancien mot de passe.
id_number | Son numéro de sécu pour l'AME : 2 83 03 33 166 909 62 — quelqu'un sait si la CPAM de Bordeaux accepte sans domiciliation ?
id_number | numéro fiscal (le sien, pas celui du mari) : 2411616240285, il faut le donner aux impôts pour séparer les déclarations.
case_number | Son numéro OFPRA est 2601-04518872 et la plainte est enregistrée sous le PV n° 02841/2026/004512 — comment faire le lien entre les deux ?
case_number | JAF de Créteil, RG n° 26/01843, audience le mois prochain pour l'ordonnance de protection, il faut un interprète en tigrinya.
social | Il lui écrit depuis un nouveau compte : instagram.com/kevin.marchal_13 — il a posté des photos de sa porte d'entrée.
social | son tiktok : @ yanis . b . saintdenis (avec espaces comme elle l'a tapé) — elle peut signaler sans qu'il sache que c'est elle ?
plate | Des voisins ont vu une Clio grise immatriculée GH-417-PZ deux fois cette semaine devant le centre d'hébergement.
plate | Elle a donné la plaque comme « F-T, huit cent vingt-trois, L-M » — camionnette blanche, celle qui emmenait les filles au salon d'ongles.
address | Elle dort chez une amie, 18 rue des Pyrénées, bât. B, 75020 Paris, en attendant une place en CHRS. Ne pas transmettre à l'ASE de son ancien département.
address | nouvelle adresse postale : chez mme petit, 4 impasse des lilas, 69008 lyon — plus rien à l'ancienne adresse svp
date_of_birth | Sa date de naissance est le 03/11/1997 mais la préfecture a mis 11/03/1997 sur le récépissé. Des astuces pour corriger avant l'entretien OFPRA ?
date_of_birth | Le jeune dit être né le vingt-deux juin deux mille huit, donc majeur aujourd'hui, mais l'évaluation de minorité l'a contesté.
named_person | Mariama Camara, 31 ans, Guinéenne, fait le ménage de nuit dans un hôtel près de la gare Part-Dieu — son chef d'équipe est l'homme qui la menace.
named_person | on a jean-marc de la fontaine (le mari, 49 ans, garagiste à Vénissieux) qui attend tous les jours devant l'école. L'école demande conseil.
iban | Elle souhaite que la caution soit remboursée sur son propre compte : FR13 1247 9540 5641 3231 2496 207, à son nom de naissance.
iban | La CAF verse sur le compte du mari. Le sien : FR0782605746724558361507333 — comment faire changer le RIB ?
ordinary:helpline | Pour les nouvelles : le 3919 (Violences Femmes Info) est gratuit, anonyme et ouvert 24h/24, 7j/7.
ordinary:helpline | Enfants en danger : le 119. Viols Femmes Informations : 0800 05 95 95. En urgence : le 17, ou le 114 par SMS.
ordinary:helpline | Pour les personnes LGBTQI+ : SOS homophobie au 01 48 06 42 41. Aide aux victimes : le 116 006 (France Victimes).
ordinary:public_service | Préfecture de police, service des étrangers : 1 bis rue de Lutèce, 75004 Paris, uniquement sur rendez-vous, du lundi au vendredi.
ordinary:statistics | En 2023, 96 femmes ont été tuées par leur conjoint ou ex-conjoint selon l'étude nationale sur les morts violentes au sein du couple.
ordinary:law | L'article L. 425-1 du CESEDA prévoit une carte de séjour pour les victimes de traite qui portent plainte ; voir aussi l'art. 515-9 du code civil (ordonnance de protection).
ordinary:court | Pour la formation : CEDH, Volodina c. Russie, n° 41261/17, et CJUE, 16 janvier 2024, C-621/21, ECLI:EU:C:2024:47.
ordinary:meeting | La réunion partenariale est décalée au jeudi 14 janvier, 10h–12h30, salle 3.07 à la mairie. Ordre du jour lundi.
ordinary:organisation | Le Comité contre l'esclavage moderne et l'Amicale du Nid ont de bonnes ressources sur l'hébergement des victimes sans titre de séjour.
ordinary:practice | On accompagne une femme d'une trentaine d'années, originaire d'Érythrée, avec deux jeunes enfants, dont le titre dépend du mari. Elle veut partir mais craint pour son séjour. Par où commencer ?
ordinary:version | La nouvelle fiche d'orientation est la v2.4 (nov. 2026) ; la v2.1 n'a pas le consentement en page 3.
ordinary:postcode | Quelqu'un a des contacts pour de l'aller-vers dans le 93 (Saint-Denis, Aubervilliers) ? Beaucoup d'orientations de là-bas.
ordinary:date | Le 25 novembre, journée internationale pour l'élimination de la violence à l'égard des femmes ; notre semaine d'actions va jusqu'au 10 décembre.
ordinary:price | L'interprétariat est passé à 48 € de l'heure ; l'enveloppe est de 4 000 € pour l'année.
ordinary:public_figure | Aurore Bergé, ministre chargée de l'Égalité entre les femmes et les hommes, a annoncé hier un nouveau plan — quelqu'un a le détail ?
ordinary:professional | L'assistante sociale de l'hôpital est top avec les patientes arabophones, demandez à la cadre de santé de vous la passer.
ordinary:hard | Notre association est née en 1998 d'un groupe de femmes à Marseille ; cette année on fête nos 28 ans.
ordinary:hard | Enquête : 112 réponses de 47 structures, 38 % signalent plus de 16 semaines d'attente — rapport complet p. 24.
ordinary:hard | À lire : « Trauma and Recovery » de Judith Herman (1992), chapitre 3.
ordinary:hard | L'article 59 de la Convention d'Istanbul (STCE n° 210) porte sur le statut de résident autonome des victimes.

[es]
phone | La usuaria solo quiere que la llamemos al móvil nuevo: 698 113 511. El antiguo lo sigue controlando él. Apuntadlo antes de la llamada del martes.
phone | nuevo tlf de la señora que está en casa de su prima: seis nueve siete, dieciocho, catorce, setenta y ocho — mejor después de las 18h
email | Para la derivación al centro de la mujer, su correo personal es yasmina.benali88@hotmail.es, le parece bien siempre que no llegue nada al correo compartido.
email | su correo nuevo: daniela punto quispe arroba gmail punto com — lo creó en la biblioteca porque él sabía la contraseña del otro.
id_number | Su NIE es Z4427661M, ¿alguien sabe si el centro de salud de Lavapiés le da tarjeta sanitaria sin empadronamiento?
id_number | DNI (el de ella, no el del marido): 52.747.006-W — lo pide la trabajadora social para la solicitud del IMV.
case_number | Su expediente de protección internacional es el 2826001234560 y la denuncia está en el atestado nº 4512/26 de la Comisaría de Usera — ¿cómo coordinamos?
case_number | Juzgado de Violencia sobre la Mujer nº 2 de Sevilla, Diligencias Previas 1184/2026, vista el mes que viene, necesita intérprete de árabe.
social | Le escribe desde una cuenta nueva: instagram.com/javi_moreno_mlg — ha subido fotos de su portal.
social | su tiktok: @ kike . r . vallecas (con espacios, así lo escribió ella) — ¿puede denunciarlo sin que sepa que fue ella?
plate | Los vecinos vieron un Seat León gris con matrícula 4821 LKT dos veces esta semana frente al piso de acogida.
plate | Dio la matrícula como "nueve tres cero siete, ele-ge-erre" — furgoneta blanca, la misma que llevaba a las chicas al salón de uñas.
address | Está durmiendo en casa de una amiga, C/ Amparo 23, 3º izq., 28012 Madrid, hasta que haya plaza en la casa de acogida. No compartir con servicios sociales de su antiguo municipio.
address | nueva dirección para cartas: avda. de la constitución 45, bajo b, 41001 sevilla — nada a la casa antigua porfa
date_of_birth | Su fecha de nacimiento es 03/11/1997 pero en la tarjeta roja pone 11/03/1997. ¿Cómo corregirlo antes de la entrevista?
date_of_birth | El chico dice que nació el veintidós de junio de dos mil ocho, o sea que ya tiene 18, pero la prueba de determinación de edad lo cuestionó.
named_person | Rosa Mamani, 36 años, boliviana, trabaja de interna en una casa en Pedralbes — el hijo de la familia es quien la acosa.
named_person | tenemos a josé luis de la torre (el marido, 44, dueño del bar de la plaza en Dos Hermanas) esperando cada día en la puerta del colegio. El cole pide consejo.
iban | Quiere que le devuelvan la fianza a su propia cuenta: ES16 ０１３６ 6991 9516 ４１７９ 0157, a nombre suyo.
iban | La prestación entra en la cuenta de él. La de ella es ES9613953453975384486185 — ¿cómo hacemos que la Seguridad Social la cambie?
ordinary:helpline | Para las nuevas: el 016 es gratuito, 24 horas, no deja rastro en la factura y atiende en muchos idiomas.
ordinary:helpline | Fundación ANAR para menores: 900 20 20 10. Para víctimas de trata, la línea de la Policía Nacional 900 10 50 90. Emergencias, 112.
ordinary:helpline | Personas LGTBI: la línea 028 es gratuita y confidencial. Niños y adolescentes también tienen el 116 111.
ordinary:public_service | El registro del Ministerio de Igualdad está en C/ de Alcalá 37, 28014 Madrid, de lunes a viernes de 9 a 14 h.
ordinary:statistics | Según la Macroencuesta de Violencia contra la Mujer 2019, el 57,3 % de las mujeres de 16 o más años residentes en España ha sufrido violencia a lo largo de su vida.
ordinary:law | El art. 31 bis de la LO 4/2000 protege a las extranjeras en situación irregular víctimas de violencia de género; ver también la LO 10/2022, de 6 de septiembre.
ordinary:court | Para la formación: TEDH, J.L. c. Italia, nº 5671/16, y TJUE, 16 de enero de 2024, C-621/21, ECLI:EU:C:2024:47.
ordinary:meeting | La mesa de coordinación pasa al jueves 14 de enero, de 10:00 a 12:30, sala 3.07 del ayuntamiento. Orden del día el lunes.
ordinary:organisation | APRAMP y Proyecto Esperanza tienen buena información sobre acogida de víctimas de trata sin permiso de residencia.
ordinary:practice | Acompañamos a una mujer de unos treinta años de Honduras con dos niños pequeños, con la residencia ligada al marido. Quiere irse pero tiene miedo por sus papeles. ¿Por dónde empezamos?
ordinary:version | El nuevo formulario de derivación es la v2.4 (nov. 2026); en la v2.1 falta el consentimiento en la pág. 3.
ordinary:postcode | ¿Alguien tiene contactos para intervención en calle en el distrito de Usera y en el 28026? Nos llegan muchas derivaciones de ahí.
ordinary:date | El 25 de noviembre es el Día Internacional de la Eliminación de la Violencia contra la Mujer; la semana de actividades llega hasta el 10 de diciembre.
ordinary:price | La interpretación ha subido a 40 € la hora; el presupuesto es de 4.000 € para todo el año.
ordinary:public_figure | Ana Redondo, ministra de Igualdad, anunció ayer una reforma de la LO 1/2004 — ¿alguien sabe más?
ordinary:professional | La trabajadora social del hospital es genial con pacientes arabófonas, pedid a la supervisora que os pase con ella.
ordinary:hard | Nuestra asociación nació en 1998 de un grupo de mujeres en Vallecas; este año cumplimos 28.
ordinary:hard | Encuesta: 112 respuestas de 47 entidades, el 38 % con esperas de más de 16 semanas — informe completo pág. 24.
ordinary:hard | Lectura recomendada: «Trauma y recuperación» de Judith Herman (1992), cap. 3.
ordinary:hard | El artículo 59 del Convenio de Estambul (STCE n.º 210) trata del estatuto de residente autónomo.

[it]
phone | L'utente vuole essere chiamata solo sul cellulare nuovo: 347 158 0699. Il vecchio lo controlla ancora lui. Segnatelo prima del richiamo di martedì.
phone | nuovo num della signora che sta dalla cugina: tre due zero, otto tre tre, nove sette sei due — meglio dopo le 18
email | Per l'invio al centro antiviolenza, la sua mail personale è blessing.osagie90@libero.it, va bene purché non arrivi niente all'indirizzo condiviso.
email | la sua nuova mail: ana punto popescu chiocciola gmail punto com — l'ha creata in biblioteca perché lui sapeva la password vecchia.
id_number | Codice fiscale dell'utente per l'iscrizione al SSN: DPGSBC68M02H501T — qualcuno sa se la ASL Roma 1 lo iscrive senza residenza?
id_number | cf del marito (serve per la domanda di separazione): msl gcr 66t04 f839e — scritto così nel modulo, va bene lo stesso?
case_number | Il suo fascicolo in Commissione territoriale è il n. 26/RM/004512 e la denuncia è nel procedimento R.G.N.R. 4187/2026 della Procura di Roma — come li colleghiamo?
case_number | Tribunale di Milano, R.G. 11842/2026, udienza il mese prossimo per l'ordine di protezione, serve interprete tigrino.
social | Le scrive da un profilo nuovo: instagram.com/marco_esposito.na — ha pubblicato foto del suo portone.
social | il suo tiktok: @ denis . k . torpignattara (con gli spazi, l'ha scritto così) — può segnalarlo senza che lui capisca che è stata lei?
plate | I vicini hanno visto una Panda grigia targata FG 482 TK due volte questa settimana davanti alla casa rifugio.
plate | Ha dato la targa come "G-B, sei-zero-uno, R-N" — furgone bianco, lo stesso che portava le ragazze al centro estetico.
address | Dorme da un'amica in via dei Volsci 46, scala B, int. 7, 00185 Roma, finché non si libera un posto in casa rifugio. Non condividere con i servizi del comune di prima.
address | nuovo indirizzo per la posta: c/o bianchi, vicolo del pozzo 3, 40126 bologna — niente più alla casa vecchia per favore
date_of_birth | La sua data di nascita è 03/11/1997 ma sul permesso c'è 11/03/1997. Come correggerla prima dell'audizione?
date_of_birth | Il ragazzo dice di essere nato il ventidue giugno duemilaotto, quindi ora maggiorenne, ma l'accertamento dell'età l'ha contestato.
named_person | Joy Edosa, 27 anni, nigeriana, fa le pulizie di notte in un albergo di via Sparano a Bari — il capoturno è l'uomo che la minaccia.
named_person | abbiamo gianluca de santis (il marito, 50 anni, titolare dell'officina a Casoria) che aspetta ogni giorno davanti alla scuola. La scuola chiede consigli.
iban | Vuole che la cauzione le torni sul suo conto: IT94 X092 8123 8575 5923 1970 826.
iban | L'assegno unico va sul conto di lui. Il suo è IT84X6044505036824704450055 — come facciamo a farlo cambiare all'INPS?
ordinary:helpline | Per le nuove: il 1522 è gratuito, attivo 24 ore su 24, anche in inglese, francese, spagnolo e arabo.
ordinary:helpline | Numero Verde Antitratta: 800 290 290. Telefono Azzurro per i minori: 19696. Emergenze: 112.
ordinary:helpline | Gay Help Line per persone LGBT+: 800 713 713. Per l'emergenza infanzia c'è anche il 114.
ordinary:public_service | L'Ufficio Immigrazione della Questura di Roma è in via Teofilo Patini 23; si accede solo su appuntamento, dal lunedì al venerdì.
ordinary:statistics | Secondo l'ISTAT, il 31,5 % delle donne tra 16 e 70 anni ha subito nel corso della vita una forma di violenza fisica o sessuale (indagine 2014).
ordinary:law | L'art. 18-bis del d.lgs. 286/1998 prevede il permesso per le vittime di violenza domestica; v. anche la legge 19 luglio 2019, n. 69 (Codice rosso).
ordinary:court | Per la formazione: Corte EDU, Talpis c. Italia, ric. n. 41237/14, e Landi c. Italia, ric. n. 10929/19.
ordinary:meeting | La riunione di rete è spostata a giovedì 14 gennaio, 10:00–12:30, sala 3.07 del municipio. Ordine del giorno lunedì.
ordinary:organisation | On the Road e la rete D.i.Re hanno buone informazioni sull'accoglienza delle vittime di tratta senza permesso.
ordinary:practice | Seguiamo una donna sui trent'anni dalla Costa d'Avorio con due bambini piccoli, il permesso dipende dal marito. Vuole andarsene ma teme per i documenti. Da dove partiamo?
ordinary:version | Il nuovo modulo di invio è la versione 2.4 (nov. 2026); nella 2.1 manca il consenso a pag. 3.
ordinary:postcode | Qualcuno ha contatti per l'unità di strada nel Municipio V e nel CAP 00177? Arrivano tante segnalazioni da lì.
ordinary:date | Il 25 novembre è la Giornata internazionale per l'eliminazione della violenza contro le donne; le iniziative vanno avanti fino al 10 dicembre.
ordinary:price | L'interpretariato è salito a 35 € l'ora; il budget è di 4.000 € per tutto l'anno.
ordinary:public_figure | La ministra per la Famiglia e le Pari opportunità Eugenia Roccella ha annunciato ieri nuovi fondi per i centri antiviolenza — qualcuno ha dettagli?
ordinary:professional | L'assistente sociale dell'ospedale è bravissima con le pazienti arabofone, chiedete alla coordinatrice di passarvela.
ordinary:hard | La nostra associazione è nata nel 1998 da un gruppo di donne a Palermo; quest'anno compiamo 28 anni.
ordinary:hard | Questionario: 112 risposte da 47 servizi, il 38 % segnala attese oltre le 16 settimane — rapporto completo a pag. 24.
ordinary:hard | Da leggere: «Guarire dal trauma» di Judith Herman (1992), cap. 3.
ordinary:hard | I maltrattamenti sono l'art. 572 c.p., gli atti persecutori il 612-bis c.p., la violenza sessuale il 609-bis.

[pl]
phone | Klientka prosi, żeby dzwonić tylko na nowy numer: 660 007 056. Stary on nadal sprawdza. Zanotujcie przed wtorkowym oddzwonieniem.
phone | nowy nr pani, która mieszka u kuzynki: pięćset czternaście, osiemset dziewięćdziesiąt siedem, zero siedemdziesiąt jeden — najlepiej po 18
email | Do przekierowania do ośrodka interwencji kryzysowej: jej prywatny mail to oksana.melnyk94@wp.pl, zgadza się, byle nic nie szło na wspólny adres.
email | jej nowy mail: iryna kropka bondar małpa gmail kropka com — założyła w bibliotece, bo on znał stare hasło.
id_number | PESEL klientki do wniosku o świadczenie: 94111550804 — czy ktoś wie, czy MOPS w Łodzi przyjmie bez meldunku?
id_number | pesel (jej, nie dziecka): 930 428 221 83 — położna potrzebuje przed posiedzeniem zespołu interdyscyplinarnego.
case_number | Jej sprawa w Urzędzie do Spraw Cudzoziemców ma nr DPU-WPU.420.1845.2026, a zawiadomienie jest w prokuraturze pod sygn. PR 2 Ds. 412.2026 — jak to połączyć?
case_number | Sąd Rejonowy dla Warszawy Pragi-Północ, sygn. akt VI RC 318/26, rozprawa w przyszłym miesiącu, potrzebny tłumacz języka tigrinia.
social | Pisze do niej z nowego konta: instagram.com/dawid_nowak_krk — wrzucił zdjęcia jej klatki schodowej.
social | jego tiktok: @ andrii . s . praga . pld (ze spacjami, tak napisała) — czy może to zgłosić tak, żeby nie wiedział, że to ona?
plate | Sąsiedzi widzieli szarą Skodę Octavię o numerze rejestracyjnym WA 4821K dwa razy w tym tygodniu pod hostelem interwencyjnym.
plate | Podała tablicę jako „K-R, siedem, J-X, dwa-jeden" — biały bus, ten sam, który woził dziewczyny do salonu paznokci.
address | Śpi na razie u koleżanki, ul. Grochowska 214 m. 18, 04-357 Warszawa, dopóki nie zwolni się miejsce w hostelu. Nie przekazywać do OPS z poprzedniej gminy.
address | nowy adres do korespondencji: os. złotego wieku 12/45, 31-618 kraków — nic już na stary adres proszę
date_of_birth | Jej data urodzenia to 03.11.1997, ale w karcie pobytu jest 11.03.1997. Jak to poprawić przed przesłuchaniem?
date_of_birth | Chłopak mówi, że urodził się dwudziestego drugiego czerwca dwa tysiące ósmego roku, czyli ma już 18 lat, ale ocena wieku to podważyła.
named_person | Natalia Hrytsenko, 33 lata, Ukrainka, pracuje na nocne zmiany w magazynie w Strykowie pod Łodzią — jej kierownik zmiany to ten, który jej grozi.
named_person | mamy tomasza kowalczyka (mąż, 46 lat, ma warsztat samochodowy w Piasecznie), który codziennie stoi pod szkołą. Szkoła prosi o radę.
iban | Chce, żeby kaucja wróciła na jej własne konto: PL83 0226 6987 2804 1376 7360 4468.
iban | 800 plus wpływa na konto męża. Jej konto: PL13401544114328271388084042 — jak to zmienić w ZUS?
ordinary:helpline | Dla nowych: Niebieska Linia to 800 120 002, bezpłatnie i całą dobę.
ordinary:helpline | Telefon zaufania dla dzieci i młodzieży: 116 111. Centrum Praw Kobiet ma telefon interwencyjny 600 070 717. W nagłych sytuacjach 112.
ordinary:helpline | Ofiary handlu ludźmi: KCIK prowadzony przez La Stradę, +48 22 628 01 20. Telefon zaufania dla dorosłych w kryzysie emocjonalnym: 116 123.
ordinary:public_service | Urząd do Spraw Cudzoziemców: ul. Taborowa 33, 02-699 Warszawa; kancelaria czynna od poniedziałku do piątku.
ordinary:statistics | Według danych policji w 2023 r. wszczęto ponad 80 tys. procedur „Niebieskie Karty"; ok. 70 % osób doznających przemocy to kobiety.
ordinary:law | Art. 207 § 1 kk (znęcanie się), ustawa z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej oraz art. 176 ustawy o cudzoziemcach z 12 grudnia 2013 r.
ordinary:court | Na szkolenie: ETPC, E.S. i inni przeciwko Słowacji, skarga nr 8227/04, oraz TSUE, 16 stycznia 2024, C-621/21, ECLI:EU:C:2024:47.
ordinary:meeting | Posiedzenie zespołu interdyscyplinarnego przeniesione na czwartek 14 stycznia, 10:00–12:30, sala 3.07 w urzędzie dzielnicy.
ordinary:organisation | Fundacja La Strada i Feminoteka mają dobre informacje o schronieniu dla ofiar handlu ludźmi bez karty pobytu.
ordinary:practice | Wspieramy kobietę koło trzydziestki z Białorusi z dwójką małych dzieci, jej pobyt zależy od męża. Chce odejść, ale boi się o status. Od czego zacząć?
ordinary:version | Nowy formularz skierowania to wersja 2.4 (listopad 2026); w 2.1 brakuje zgody na str. 3.
ordinary:postcode | Czy ktoś ma kontakty do streetworku na Pradze-Północ, kody 03-4xx? Dostajemy stamtąd dużo zgłoszeń.
ordinary:date | 25 listopada to Międzynarodowy Dzień Eliminacji Przemocy wobec Kobiet; nasze działania trwają do 10 grudnia.
ordinary:price | Tłumaczenie kosztuje teraz 120 zł za godzinę; budżet to 16 000 zł na cały rok.
ordinary:public_figure | Minister sprawiedliwości Waldemar Żurek zapowiedział wczoraj zmiany w procedurze zakazu zbliżania się — ktoś wie więcej?
ordinary:professional | Pracowniczka socjalna ze szpitala świetnie pracuje z pacjentkami arabskojęzycznymi, poproście oddziałową o połączenie.
ordinary:hard | Nasze stowarzyszenie narodziło się w 1998 r. z grupy kobiet w Gdańsku; w tym roku mamy 28 lat.
ordinary:hard | Ankieta: 112 odpowiedzi z 47 placówek, 38 % zgłasza czas oczekiwania powyżej 16 tygodni — pełny raport s. 24.
ordinary:hard | Polecam: „Przemoc. Uraz psychiczny i powrót do równowagi" Judith Herman (1992), rozdz. 3.
ordinary:hard | Darowizny można odliczyć do 6 % dochodu; 1,5 % podatku przekazujecie, wpisując nasz numer KRS w zeznaniu PIT.
"""

POSTS = parse(_TEXT)
