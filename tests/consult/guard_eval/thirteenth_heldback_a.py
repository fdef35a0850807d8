"""The thirteenth round's held-back part ``a``: en, ga, nl, de, fr.

Written on 2026-12-07 by writer ``a``, who never read the guard. Countries:
en Ireland and Malta, ga Ireland, nl Belgium and the Netherlands, de Belgium's
German-speaking community, fr Belgium. Phone numbers were checked with
``phonenumbers.is_valid_number`` for their country; PPSN, BSN, Belgian
national register numbers and IBANs (IE, MT, NL, BE) were generated with
correct check digits and checked with python-stdnum (``stdnum.ie.pps``,
``stdnum.nl.bsn``, ``stdnum.be.nn``, ``stdnum.iban``, ``stdnum.be.iban``).
Maltese ID card numbers, case numbers, plates, handles and addresses follow
local formats and have no check digit. All private details are invented;
helplines, offices, laws and judgments are the published ones as far as the
writer knows them.
"""

from . import parse

_TEXT = """
[en]
phone | Quick one – client's new number is 087 412 9836, she's only reachable after 6pm when he's gone to work. Please don't leave voicemails, he sometimes checks the phone.
phone | Handover for the Marsa team: the lady from the open centre asked that we ring her cousin instead of her, nine nine two three, six one zero four, and ask for "Mimi". Cousin knows everything and is safe.
email | Can someone from the Limerick team follow up with the survivor I met Tuesday? She prefers email: amira.salehh92@gmail.com (two h's, yes). Arabic only pls, she doesn't trust the translate app.
email | her sister's mail is joy dot okafor dot 77 at yahoo dot com — she asked us to send appointment letters there and not to the centre because staff open the post
id_number | For the hardship fund application I need her PPSN, it's 4127839PA. She has no medical card yet either – can anyone advise whether the centre manager can fast-track it?
id_number | Malta colleagues – client's ID card number is two eight four one nine six M. She lost the card and the landlord kept the photocopy. How do we get Identità to reissue without her having to go to the Valletta office with him?
iban | The emergency payment from our hardship fund went to the wrong account!! Correct one for the client is IE74 AIBK 9311 5244 0187 63 (her own account, opened last month, husband has no access). Finance pls redo.
iban | ok so the rent deposit — landlord wants it paid to MT90MMEB44093000000040827163550 which is apparently in the client's name but she says she never opened an account with that bank. Something's off, flagging before we pay anything.
case_number | IPO reference for the Congolese woman in Mosney is 62-24-014823 – her interview got rescheduled and nobody told her solicitor. Can our IPO liaison chase it?
case_number | Police report was filed at Ħamrun station, report no. 2025/HMR/18427. She's been waiting 3 weeks for the protection order to be heard. Anyone have a contact in the Gender-Based and Domestic Violence Unit?
social | Perpetrator has made a new profile to contact her: facebook.com/darius.mk.7731 – she blocked the old one. Screenshotted everything, the guard asked us to keep it.
social | the girl (17) said the guy who recruited her is on tiktok as marek underscore wro underscore 98, no at sign, posts about "modelling jobs in Dublin". Ugh. Reported to the platform, nothing back.
plate | The ex has been parked outside the refuge twice this week, silver Octavia 211-D-48213. Gardaí informed, staff please write it on the board in the office.
plate | For Gozo team: the van that collects the women from the farm is a white Transit, reg R K L four one eight. Client is too scared to give us more than that.
address | Emergency accommodation confirmed for tonight. Client and 2 kids moving out of 14 Ardmore Park, Clondalkin, Dublin 22 — please do NOT send any post to that address anymore, he still lives there.
address | She's staying at her friend's – it's the yellow house past the Centra on the Ballybane road, number nine, the one with the broken gate. Outreach can only visit Thursdays.
date_of_birth | Need the ages checked for the Tusla referral: eldest daughter DOB 03/11/2009, so she's 17 now.
date_of_birth | He says he's 18 but the papers from Eritrea say born the fourth of February two thousand and nine, so he'd be 17 – should we flag to the separated children team before the age assessment?
named_person | Fatima Yousef, 34, Syrian, living in the Athlone centre, disclosed FGM today during the GP visit. Can the AkiDwA referral go in this week?
named_person | Handover from the Sliema office before I go on leave. Grace Adebayo (Nigerian, arrived Jan 2024, works in the laundry of a hotel in St Julian's) is the one whose employer kept her passport "for safekeeping" and deducts "rent" from her wages. She has not yet decided whether she wants to go to the police, please don't push it. She's coming in Monday at 10 with her friend who interprets, but we should book a professional interpreter anyway (Yoruba or English is fine, she prefers a woman). She's worried about losing the job because she sends money home to her mother and two kids. Notes are on the shared drive under her initials.
ordinary:helplines | Reminder for new volunteers: Women's Aid 24hr freephone is 1800 341 900, and the Dublin Rape Crisis Centre national helpline is 1800 77 8888. Emergencies 999 or 112 obviously.
ordinary:helplines | For Malta: Supportline 179 is 24/7, emergencies 112. In my experience they'll try to get an interpreter if you ask them.
ordinary:statistics | The CSO Sexual Violence Survey (2022) found about half of women had experienced sexual violence in their lifetime. Useful for the funding pitch but no breakdown for migrant women – has anyone seen one?
ordinary:percentages | Our own figures for 2025: 61% of referrals came through IPAS centres, 23% from GPs, the rest self-referred. Interpreter needed in 78% of first appointments.
ordinary:law | Section 39 of the Domestic Violence Act 2018 makes coercive control an offence – worth remembering when a client says "but he never hit me".
ordinary:judgment | For the women-as-a-social-group argument cite CJEU C-621/21 WS (16 January 2024) and Joined Cases C-608/22 and C-609/22 on Afghan women (4 October 2024). Both very helpful at appeal stage.
ordinary:meeting | Network meeting moved: Thursday 14 January, 10:30–12:30, Room 2.14, Civic Offices. Teams link to follow for Cork and Galway people.
ordinary:version | Uploaded v3.1 of the referral pathway (draft of 2 December 2026). Changes in section 4 only, track changes on. Comments by Friday please.
ordinary:postcode | We cover D07, D09 and D11 for outreach; anything from D15 goes to the Blanchardstown team.
ordinary:org_contact | DRCC admin line is 01 661 4911 (70 Lower Leeson Street, Dublin 2) if you need to ask about accompaniment, not for clients in crisis – they use the helpline.
ordinary:public_office | Complaints about how a centre or a public body treated a resident can go to the Office of the Ombudsman, 6 Earlsfort Terrace, Dublin 2.
ordinary:public_figure | Helen McEntee launched the Third National Strategy on DSGBV in June 2022 and the migrant women section was thin then – we said so at the consultation, worth saying again.
ordinary:grant_number | CERV-2023-DAPHNE project 101143826 – interim report due end of March. Who has the timesheets from Q3?
ordinary:budget | Interpretation budget for 2027 is €42,000, down from €55k. That's roughly 1,100 hours at the framework rate, so we'll need to prioritise.
ordinary:long_number | Leaflets (Arabic, Tigrinya, Somali, French) ordered, PO number 4500183726. Also put the Istanbul Convention as CETS No. 210 in the footnote, not 201.
ordinary:opening_hours | Drop-in at the Sliema office is Tue and Thu 9:00–13:00, closed on public holidays (8 Dec!).
ordinary:training | Trauma-informed interviewing training: 2 days, 9–10 February, 24 places, CPD for social workers. Sign up by 20 Jan.
ordinary:colleague | Sinéad Moran from our Galway office is the contact for the FGM pathway now that Paul has left, she's great with the midwives at UHG.
ordinary:anonymised_case | Looking for advice. Woman in her 30s, international protection applicant, disclosed rape in her country of origin during the IPO interview and has been very distressed since. Her solicitor wants a medico-legal report before the appeal. Who does these outside Dublin and what's the waiting time these days? We've tried two GPs who said it's not their area. Any pointers welcome, also on whether the cost can be covered by legal aid.
ordinary:date_not_birth | The transposition deadline for Directive (EU) 2024/1385 is 14 June 2027 – will Ireland be ready?
[ga]
phone | An uimhir nua atá aici ná 086 217 4490 – ná glaoigh roimh a sé tráthnóna, bíonn seisean sa teach.
phone | Uimhir a deirféar más gá: a náid a hocht a cúig, a haon a seacht a náid, a trí a trí a sé a dó. Labhraíonn sí Béarla agus Fraincis.
email | Chuir an cliant ríomhphost chugainn ó aisha.bello.dub@gmail.com ag iarraidh coinne – an féidir le duine éigin ón bhfoireann i mBÁC freagra a thabhairt uirthi inniu?
email | Seoladh ríomhphoist an fhir: k ponc murphy seachtó a trí ag outlook ponc ie — thug an Garda dúinn é. Ná seol aon rud chuige, ar ndóigh.
id_number | Uimhir PPS an chliaint: 7730514BA. Tá sí ag fanacht ar an íocaíocht leasa shóisialaigh le trí seachtaine anois.
id_number | PPSN na máthar – 2986 405 HA – bhí sé ag teastáil ón Roinn Coimirce Sóisialaí don fhoirm. Seol ar aghaidh chuig Máire le do thoil.
iban | Sonraí bainc don íocaíocht éigeandála: IE08 BOFI 9014 9926 7135 08, cuntas ina hainm féin. Níl rochtain ag a fear céile air.
iban | IBAN an tiarna talún (duine príobháideach, ní gníomhaireacht é): IE95-AIBK-933270-12558410 — tá sé ag éileamh éarlais €900 uirthi, in airgead tirim más féidir. Drochrud.
case_number | Uimhir eachtra PULSE: 26104482. Tuairiscíodh an t-ionsaí ag stáisiún na nGardaí i nGaillimh Dé hAoine.
case_number | Tá an t-iarratas ar ordú urchoisc i gCúirt Dúiche Chorcaí, uimhir taifid 2025/118042. An féidir le duine a dheimhniú go bhfuil an dáta éisteachta fós ann?
social | Tá próifíl nua Instagram ag an bhfear: @ruairi.og_galway88 — bíonn sé ag seoladh teachtaireachtaí chuici gach oíche.
social | Cuntas TikTok an chailín: noor_dublin_2008, gan an @. Tá grianghraif aici ansin a thaispeánann cá bhfuil sí ina cónaí, labhair léi faoi sin le do thoil.
plate | Carr an fhir: Toyota Corolla gorm, 161-KY-2274. Chonaic an fhoireann é taobh amuigh den lárionad faoi dhó an tseachtain seo.
plate | Uimhir chláraithe na veain bháin: a náid a hocht, G, a haon a haon a naoi a trí a dó. Tugadh do na Gardaí í.
address | Tá sí ag fanacht lena col ceathrar ag 23 Bóthar na Trá, Bearna, Co. na Gaillimhe go dtí go mbeidh áit sa tearmann.
address | An teach bán in aice leis an siopa poitigéara, uimhir a dó dhéag ar Shráid an Mhuilinn i nDún Garbhán – is ansin atá sé ag fanacht anois. Do na Gardaí amháin.
date_of_birth | Dáta breithe an linbh: 14/06/2019. Teastaíonn sé don atreorú chuig Tusla.
date_of_birth | Rugadh í ar an dara lá is fiche de Mhárta, míle naoi gcéad nócha a seacht — níl aon chárta aitheantais aici, mar sin ná bíodh sé sin ina fhadhb ag an HSE.
named_person | Leila Haidari, 29, ón Afganastáin, ina cónaí san ionad lóistín i Mainistir na Corann – nocht sí foréigean gnéasach inné. Teastaíonn ateangaire Dari, bean más féidir.
named_person | Blessing Okoro, bean ón Nigéir a tháinig go hÉirinn i mí Lúnasa 2024 agus atá ag obair i dteach altranais i Leitir Ceanainn – is í an bhean a ndearnadh gáinneáil uirthi. Bí cúramach leis an bhfostóir, tá aithne aige ar gach duine sa bhaile.
ordinary:helplines | Líne chabhrach Women's Aid, 24 uair: 1800 341 900. Líne náisiúnta DRCC: 1800 77 8888. Éigeandáil: 112 nó 999.
ordinary:helplines | Na Samáraigh: 116 123, saor in aisce, de lá nó d'oíche. Úsáideach do chliaint atá trína chéile go mór tar éis agallaimh.
ordinary:statistics | De réir Shuirbhé na bhForéigean Gnéasach (CSO, 2022), d'fhulaing thart ar leath de na mná foréigean gnéasach le linn a saoil. Níl aon bhriseadh síos ann do mhná imirceacha.
ordinary:percentages | Anuraidh bhí 38% dár gcliaint ina n-iarratasóirí ar chosaint idirnáisiúnta, agus 12% gan chead cónaithe ar bith.
ordinary:law | Airteagal 59 agus Airteagal 60 de Choinbhinsiún Iostanbúl – stádas cónaithe neamhspleách agus iarratais tearmainn atá bunaithe ar inscne. Luaigh iad sa tuarascáil.
ordinary:judgment | N.V.H. v Minister for Justice and Equality [2017] IESC 35 – an breithiúnas faoin gceart oibre d'iarratasóirí. Is fiú é a léamh arís.
ordinary:meeting | Cruinniú an líonra: Dé Máirt 12 Eanáir, 14:00–15:30, Seomra 3, Áras an Chontae. Beidh nasc Teams ann freisin.
ordinary:version | Leagan 2.4 den pholasaí cosanta (dréacht 30 Samhain 2026) curtha suas ar an tairseach. Tráchtanna roimh Dé hAoine, le bhur dtoil.
ordinary:postcode | Clúdaíonn ár seirbhís H91 agus H65; téann atreoruithe ó F91 chuig an oifig i Sligeach.
ordinary:org_contact | Oifig riaracháin DRCC: 70 Sráid Líosáin Íochtarach, Baile Átha Cliath 2, fón 01 661 4911. Ní líne chabhrach í sin.
ordinary:public_office | Is féidir gearán a dhéanamh le hOifig an Ombudsman, 6 Ardán Phort an Iarla, Baile Átha Cliath 2, má chaith comhlacht poiblí go dona leis an gcliant.
ordinary:public_figure | Nuair a sheol Helen McEntee an Tríú Straitéis Náisiúnta in 2022 gheall sí "zero tolerance". Táimid fós ag fanacht ar an ngné imirceach.
ordinary:grant_number | Uimhir an tionscadail CERV: 101143826 – caithfear í a lua ar gach sonrasc.
ordinary:budget | Buiséad 2027: €18,500 don ateangaireacht agus €6,000 don oiliúint. Níl sé go leor.
ordinary:long_number | Uimhir an ordaithe do na bileoga i dTigrinis agus in Araibis: 4500219837. Ba chóir go dtiocfaidís an tseachtain seo chugainn.
ordinary:opening_hours | Uaireanta oscailte: Luan go hAoine 9:30–17:00, dúnta idir 13:00 agus 14:00.
ordinary:training | Oiliúint ar obair le hateangairí i gcásanna foréigin ghnéasaigh, 3 Feabhra, 10:00–16:00, i nGaillimh. 20 áit ar fáil.
ordinary:colleague | Beidh Caoimhe Ní Bhriain ag glacadh leis na hatreoruithe go léir ón tseachtain seo chugainn, fad atá Seán ar saoire.
ordinary:anonymised_case | Cás le plé: bean óg, iarratasóir ar chosaint, beirt pháistí aici, agus deir sí go bhfuil fear eile san ionad ag cur isteach uirthi san oíche. Níl sí ag iarraidh dul chuig na Gardaí go fóill. Cad é an bealach is fearr leis seo a ardú le bainistíocht an ionaid gan í a chur i mbaol? An bhfuil taithí ag éinne ar aistriú éigeandála chuig ionad eile?
ordinary:date_not_birth | Caithfear tuarascáil na bliana a chur isteach faoin 31 Eanáir 2027.
[nl]
phone | Nieuw mobiel nummer van cliënte: 06 4823 1957. Alleen sms'en, niet bellen, hij leest mee als hij thuis is.
phone | nummer van haar nicht in Gent (veilig contact): nul vier zeven acht, tweeënvijftig, negentien, nul zes. vraag naar 'Sara'
email | Cliënte vraagt of de uitnodiging voor het gehoor naar haar eigen mail kan: hanan.elamrani94@hotmail.com – in het centrum wordt de post gelezen.
email | mailadres van de dader (voor de politie, NIET zelf contacteren!): d punt vermeulen apenstaartje telenet punt be
id_number | BSN van mevrouw is 928655672, nodig voor de aanvraag bijzondere bijstand. Kan iemand van het wijkteam dit oppakken?
id_number | Rijksregisternummer cliënte 91.04.17-214.51 — het OCMW vraagt het voor het leefloondossier, graag via de beveiligde mailbox doorsturen en niet via WhatsApp.
iban | Noodbudget mag overgemaakt worden naar NL22 INGB 2195 7920 19 t.n.v. cliënte zelf. Partner heeft er geen toegang toe.
iban | rekeningnr van de huisbaas (particulier) voor de waarborg: B E 8 1 0 0 1 1 2 9 9 4 5 7 2 4 — hij wil eigenlijk cash, dat doen we niet.
case_number | V-nummer 2904187736 – IND heeft de aanvraag voortgezet verblijf na huiselijk geweld nog steeds niet in behandeling. Iemand ervaring met een ingebrekestelling?
case_number | Dossier DVZ 9.412.337, CGVS 25/10482. Gehoor verplaatst naar 14 januari en de advocaat weet het nog niet, wie belt haar?
social | Hij heeft haar gevonden via Insta, zijn account is @mo.ekeren_03. Kunnen we dit aan de wijkagent doorgeven?
social | profiel van de 'vriend' die haar onderdak bood: facebook . com / jeroen.dewitte . 5581 (met spaties zodat het niet linkt)
plate | Wagen van de ex: zwarte Golf, nummerplaat 2-FKR-319. Staat soms 's avonds aan de school in Borgerhout.
plate | NL kenteken van het busje dat de vrouwen naar het 'massagesalon' brengt: G J - 4 1 8 - V. Is doorgegeven aan de politie Rotterdam.
address | Cliënte verblijft voorlopig bij een kennis op de Kanaalstraat 87-II in Utrecht, tot er plek is in de opvang.
address | ze zit in het rijhuis met de groene deur, nummer honderdtwaalf op de Sint-Bernardsesteenweg in Hoboken, bovenste bel. hij kent het adres niet!!
date_of_birth | Geboortedatum cliënte: 08-09-1996, zo staat het ook op haar oranje kaart.
date_of_birth | zoon is geboren op drieëntwintig september tweeduizend acht, dus hij is al 18 en valt niet meer onder het jeugdhulptraject.. klopt dat?
named_person | Mariam Tesfay (22, Eritrea), sinds oktober in het azc Ter Apel, heeft vandaag verteld over verkrachting onderweg in Libië. Wie kan een afspraak bij het CSG regelen?
named_person | Overdracht voor mijn verlof: Samira Benali, Marokkaanse, 41 jaar, werkt als poetsvrouw in Mechelen — zij is degene wiens man haar paspoort heeft afgenomen en die dreigt haar 'terug te sturen'. Ze heeft nog geen klacht ingediend en wil eerst weten wat er met haar verblijf gebeurt als ze vertrekt. Ik heb haar gezegd dat we dat met de advocaat bekijken. Ze komt donderdag om 14u, met tolk Arabisch (vrouw). Niet bellen naar haar vaste nummer, alleen via haar zus. Alles staat in het dossier onder haar initialen.
ordinary:helplines | Veilig Thuis: 0800-2000 (gratis, 24/7). Centrum Seksueel Geweld: 0800-0188. In België: 1712. Bij acuut gevaar altijd 112.
ordinary:helplines | Voor de Vlaamse collega's: Tele-Onthaal 106, 1712 voor geweld, Child Focus 116 000. Politie dringend: 101.
ordinary:statistics | In 2025 meldden zich 214 vrouwen bij ons, van wie 131 met een lopende verblijfsprocedure en 27 zonder papieren.
ordinary:percentages | 64% van onze cliënten had bij de intake geen huisarts; na drie maanden was dat nog 22%.
ordinary:law | Artikel 59 van het Verdrag van Istanbul (zelfstandige verblijfstitel) en richtlijn 2012/29/EU over slachtofferrechten – die twee standaard in je rapport opnemen.
ordinary:judgment | Voor 'verwesterde' vrouwen: HvJ EU 11 juni 2024, C-646/21 (K. en L.). En het EHRM-arrest M.S.S. t. België en Griekenland, nr. 30696/09, blijft relevant voor de opvang.
ordinary:meeting | Intervisie verplaatst naar dinsdag 19 januari, 13u30–15u, lokaal 0.12 (gelijkvloers). Koffie voorzien.
ordinary:version | Nieuwe versie van het verwijsprotocol: v2.3 van 25/11/2026. De oude versie (v2.1) graag niet meer gebruiken.
ordinary:postcode | Wij werken in 2060, 2140 en 2180; voor 2100 (Deurne) verwijzen we door naar het CAW.
ordinary:org_contact | Zorgcentrum na Seksueel Geweld Brussel zit in het UMC Sint-Pieter, Hoogstraat 322, 1000 Brussel – dag en nacht, je hoeft niet op voorhand te bellen.
ordinary:public_office | Het Agentschap Integratie en Inburgering heeft een tolkendienst; aanvragen via hun website, liefst ruim op voorhand.
ordinary:public_figure | Sarah Schlitz heeft als staatssecretaris de feminicidewet van 2023 er toch maar doorgekregen. Nu de uitvoering nog.
ordinary:grant_number | Subsidiedossier AMIF BE/2024/SO2/117 – eindrapport tegen 31 maart, wie heeft de tijdsregistratie?
ordinary:budget | Voor tolken hebben we in 2027 €31.500, te weinig voor Tigrinya én Dari samen.
ordinary:long_number | Bestelnummer bij de drukkerij: 2026-004418. De folders in het Arabisch en het Frans komen volgende week.
ordinary:opening_hours | Inloopspreekuur: ma en wo 9-12u, do 13-16u. Gesloten tussen kerst en nieuwjaar.
ordinary:training | Vorming 'werken met tolken bij seksueel geweld', 4 februari, 9u30–16u30 in Antwerpen. Max 18 deelnemers, inschrijven via de link.
ordinary:colleague | Els Peeters (maatschappelijk werker) neemt vanaf maandag de dossiers van het Mechelse team over, FYI.
ordinary:anonymised_case | Vraag aan het forum: jonge vrouw, begin twintig, verblijft in een opvangcentrum, vertelt dat een man uit de buurt haar geld aanbiedt voor 'gezelschap'. Ze ziet het zelf niet als uitbuiting. Hoe pakken jullie dit aan zonder haar procedure te schaden en zonder dat ze afhaakt? Melden bij de politie wil ze nu niet.
ordinary:date_not_birth | Let op: vanaf 1 januari 2027 geldt het nieuwe aanmeldformulier.
[de]
phone | Neue Handynummer der Klientin: 0471 28 44 19. Bitte nur SMS, sie ruft zurück, wenn er aus dem Haus ist.
phone | Die Schwester (sicherer Kontakt) erreicht man unter null vier neun sieben – dreiundsechzig – zwanzig – achtundvierzig. Sie spricht Deutsch und Russisch.
email | Die Klientin hat uns ihre private Mail gegeben: elena.morozova.eupen@gmx.net – Termine bitte nur dorthin, nicht über das ÖSHZ.
email | Mailadresse des Täters (für die Polizei): marco punkt schr 81 at web punkt de — NICHT selbst anschreiben!
id_number | Nationalregisternummer des Mannes: 88.03.02-137.23 – wird vom Friedensgericht für den Antrag gebraucht.
id_number | NN der Klientin für die Krankenkasse: 950923 086 21 (ohne Punkte, so hat sie es aufgeschrieben). Wer kann das weiterleiten?
iban | Für die Notfallhilfe: BE03 0686 0493 6584, Konto auf ihren eigenen Namen. Der Mann hat keinen Zugriff darauf.
iban | Kaution an den Vermieter (Privatperson): B E 7 4 – 3 6 3 2 – 2 8 7 6 – 1 5 0 7. Er will bar, wir zahlen nur per Überweisung.
case_number | PV-Nummer der Polizeizone Weser-Göhl: EU.43.L5.002174/2025. Die Anzeige wurde am Montag aufgenommen, bitte bei der Staatsanwaltschaft nachhaken.
case_number | Asylverfahren läuft noch, Akte beim Generalkommissariat 25/20931, DVZ-Nummer 9.387.562. Die Anhörung war im November.
social | Er hat ihr wieder über Instagram geschrieben, Account @dennis_kelmis_92. Screenshots sind gesichert.
social | Snapchat vom „Freund", der das Zimmer vermittelt hat: yusuf punkt eupen null vier, ohne @. Die Jugendliche hat Angst, ihn zu melden.
plate | Auto des Ex-Partners: grauer Audi A4, Kennzeichen 1-GXP-473. Er fährt abends öfter am Frauenhaus vorbei.
plate | Der Wagen mit Aachener Kennzeichen, A C – K M 2 1 8 4, holt die Frauen morgens an der Bushaltestelle ab. Polizei ist informiert.
address | Sie wohnt vorübergehend bei einer Bekannten, Herbesthaler Straße 118, 4700 Eupen – bitte keine Post dorthin.
address | Das grüne Haus gegenüber der Bäckerei, Hausnummer vierzehn in der Kirchstraße in Kelmis, Klingel ganz unten — da wohnt er jetzt.
date_of_birth | Geburtsdatum der Tochter: 07.05.2011, wird für das Formular des Jugendhilfedienstes gebraucht.
date_of_birth | Laut Pass ist sie am zwölften Oktober zweitausendsechs geboren, also schon 20 – ist Kaleido dann überhaupt noch zuständig?
named_person | Amina Sadiković, 27, aus Bosnien, wohnt seit März in Raeren und hat gestern beim Hausarzt Gewalt durch ihren Mann geschildert. Wer übernimmt?
named_person | Übergabe vor meinem Urlaub: Frau Olga Kravets (Ukrainerin, 52, arbeitet in der Wäscherei in St. Vith) ist die Klientin, die vom Vorarbeiter bedrängt wird. Sie will keine Anzeige, aber den Arbeitsplatz wechseln, und hat Angst um ihren vorübergehenden Schutzstatus. Termin Donnerstag 10 Uhr mit Dolmetscherin Ukrainisch. Bitte vorher mit dem Arbeitsamt klären, ob ein Wechsel schnell geht. Unterlagen liegen im Schrank, Ordner mit ihren Initialen.
ordinary:helplines | Notruf 112, Polizei 101. Telefonhilfe Ostbelgien: 108, rund um die Uhr und anonym.
ordinary:helplines | Für französischsprachige Klientinnen: Écoute violences conjugales 0800 30 030, kostenlos. Bei vermissten Kindern Child Focus 116 000.
ordinary:statistics | 2025 hatten wir 87 Erstkontakte, davon 34 Frauen mit laufendem Asylverfahren und 9 ohne Aufenthaltspapiere.
ordinary:percentages | Rund 40 % unserer Klientinnen brauchen beim Erstgespräch eine Dolmetscherin, davon etwa 15 % für Tigrinya.
ordinary:law | Art. 11 § 2 Abs. 4 des Ausländergesetzes vom 15. Dezember 1980 schützt Opfer häuslicher Gewalt bei der Familienzusammenführung – bitte in der Stellungnahme zitieren.
ordinary:judgment | EGMR, Opuz gegen Türkei, Nr. 33401/02, Urteil vom 9. Juni 2009 – der Klassiker zu den Schutzpflichten des Staates.
ordinary:meeting | Netzwerktreffen Gewalt in Paarbeziehungen: Mittwoch, 20. Januar, 9:30–11:30, Sitzungssaal 2 im Ministerium der DG, Gospertstraße 1, Eupen.
ordinary:version | Version 1.4 des Leitfadens (Stand 01.12.2026) liegt auf dem Laufwerk. Die alte Fassung 1.2 bitte löschen.
ordinary:postcode | Wir betreuen 4700, 4701, 4710, 4711, 4720, 4721, 4728 und 4730; der Süden (4750–4790) läuft über das Büro in St. Vith.
ordinary:org_contact | Beratung für Frauen in Eupen: Frauenliga VoG, info@frauenliga.be – die vermitteln auch weiter, wenn sie selbst nicht zuständig sind.
ordinary:public_office | Für Aufenthaltsfragen ist zuerst die Bevölkerungsabteilung der Gemeinde zuständig, danach das Ausländeramt in Brüssel.
ordinary:public_figure | Ministerpräsident Oliver Paasch hat beim Empfang das Thema Gewalt gegen Frauen angesprochen, leider ohne konkrete Zusagen für zusätzliche Plätze.
ordinary:grant_number | Förderakte DG 2026/SOZ/0413 – Zwischenbericht bis 31. März einreichen.
ordinary:budget | Budget Dolmetschdienst 2027: 12.800 €, das reicht für ca. 250 Stunden.
ordinary:long_number | Bestellnummer der Broschüren (Arabisch, Paschtu, Russisch): 4500312879. Lieferung Mitte Januar.
ordinary:opening_hours | Die Beratungsstelle ist Mo–Fr 8:30–12:00 geöffnet, nachmittags nur nach Termin.
ordinary:training | Fortbildung „Traumasensible Gesprächsführung mit Dolmetschenden", 11.–12. Februar in Eupen, 16 Plätze, Anmeldung bis 20.01.
ordinary:colleague | Frau Lambertz aus dem Team Kelmis übernimmt ab Januar die Koordination mit der Polizei, bitte alle Anfragen an sie.
ordinary:anonymised_case | Fallfrage: Frau Mitte 30, über Familiennachzug gekommen, Aufenthalt hängt am Ehemann, erlebt seit Monaten Gewalt. Welche Schritte empfehlt ihr, bevor sie auszieht, damit der Aufenthalt nicht gefährdet wird? Welche Belege braucht das Ausländeramt?
ordinary:date_not_birth | Die Frist für die Stellungnahme zum Aktionsplan endet am 15. Januar 2027.
[fr]
phone | Nouveau numéro de la cliente : 0492 18 73 05. Uniquement par SMS, il contrôle les appels.
phone | Le numéro de sa tante (contact sûr) : zéro quatre cent soixante-cinq, trente, quatre-vingt-un, soixante-douze. Demander "Maman Nadia".
email | Elle préfère qu'on lui écrive sur son adresse perso : fatoumata.diallo.lg@gmail.com (au centre le courrier est ouvert).
email | adresse mail du monsieur qui lui "loue" la chambre : jp point lambert arobase skynet point be — transmis à la police, ne pas le contacter svp
id_number | Numéro de registre national de la cliente : 02.11.05-052.43. Le CPAS le demande pour l'aide urgente.
id_number | NN de l'auteur pour la demande d'interdiction temporaire de résidence : 79061131190.
iban | Virement de l'aide d'urgence sur son compte à elle : BE44 7503 6339 9245. Le mari n'y a pas accès.
iban | compte du propriétaire (un particulier) pour la garantie locative : BE22.1436.5635.4847 — il insiste pour du cash, on refuse.
case_number | PV BR.21.L3.047215/2025 rédigé à la zone Bruxelles-Midi, la cliente n'a jamais reçu de copie. Quelqu'un a un contact au parquet ?
case_number | Dossier CGRA 25/18877, n° OE 9.514.208 — l'audition est reportée au 21 janvier et l'avocate n'est pas au courant.
social | L'ex a créé un nouveau compte Instagram pour la harceler : @kevin.lgg_4020. Captures d'écran faites.
social | Compte TikTok de la jeune (16 ans) : aya point brx deux mille dix, sans arobase. Elle y publie sa localisation... il faut lui en parler.
plate | Voiture du mari : Peugeot 308 noire, plaque 2-BNJ-846. Il attend parfois devant l'école à Schaerbeek.
plate | La camionnette blanche qui dépose les filles : 1 - T Z M - 0 5 2. La police de Charleroi est prévenue.
address | Elle loge chez une amie, rue Saint-Léonard 214, 4000 Liège, en attendant une place en maison d'accueil.
address | il habite la maison jaune juste après la boulangerie, au numéro quatre-vingt-seize de la chaussée de Mons à Anderlecht, sonnette du haut
date_of_birth | Date de naissance de la cliente : 19/08/1998, à mettre dans le formulaire pour le CPVS.
date_of_birth | Son fils est né le trois mars deux mille neuf — il a donc 17 ans, le SAJ est encore compétent non ?
named_person | Aïcha Konaté, 24 ans, Guinéenne, hébergée au centre Fedasil de Jodoigne depuis septembre, a révélé une excision et un mariage forcé. Qui peut la voir cette semaine ?
named_person | Passation avant mon congé : Mme Nadia Haddad, Syrienne, 45 ans, aide-ménagère à Namur — c'est elle dont le mari garde les papiers et les cartes bancaires. Elle ne veut pas porter plainte pour l'instant, elle veut d'abord savoir ce qui se passe pour son séjour si elle part. J'ai pris rendez-vous avec l'avocate pour le 12. Ne jamais appeler sur le fixe, uniquement via sa sœur. Interprète arabe (femme) à réserver. Tout est dans le dossier à ses initiales.
ordinary:helplines | Écoute violences conjugales : 0800 30 030 (gratuit, 24h/24). Violences sexuelles / SOS Viol : 0800 98 100. Urgences : 112, police : 101.
ordinary:helplines | Autres lignes utiles : Télé-Accueil 107, Écoute-Enfants 103, Child Focus 116 000.
ordinary:statistics | En 2025 nous avons accompagné 156 femmes, dont 61 en procédure d'asile et 23 sans titre de séjour.
ordinary:percentages | 72 % des premières consultations se sont faites avec interprète, contre 58 % en 2024.
ordinary:law | Article 417/5 du Code pénal (définition du consentement), depuis la réforme du droit pénal sexuel de 2022 — à citer dans le rapport.
ordinary:judgment | CJUE, 16 janvier 2024, WS, C-621/21 : les femmes peuvent constituer un groupe social. Et CEDH, M.C. c. Bulgarie, n° 39272/98, sur le consentement.
ordinary:meeting | Réunion du réseau : jeudi 21 janvier à 14h, salle 3.02. Visio possible pour les collègues de Liège.
ordinary:version | Version 4 du protocole d'orientation (mise à jour du 3/12/2026) sur le drive. Merci de supprimer la v3.
ordinary:postcode | On couvre 1030, 1210 et 1000 ; pour 1080, voir l'équipe de Molenbeek.
ordinary:org_contact | CPVS de Bruxelles : CHU Saint-Pierre, rue Haute 322, 1000 Bruxelles — accessible 24h/24, pas besoin de rendez-vous.
ordinary:public_office | Pour les mineurs, on peut saisir le Délégué général aux droits de l'enfant ; pour les questions de séjour c'est l'Office des étrangers.
ordinary:public_figure | La loi « stop féminicide » du 13 juillet 2023, portée par Sarah Schlitz, impose enfin une collecte de données. Reste à voir l'application.
ordinary:grant_number | Convention FWB n° 2026/EGA/118 — rapport intermédiaire pour le 31 mars.
ordinary:budget | Budget interprétariat 2027 : 24 000 €, soit environ 480 heures.
ordinary:long_number | Numéro de commande des brochures (arabe, dari, tigrinya) : 4500298163. Livraison prévue fin janvier.
ordinary:opening_hours | Permanence sociale : lundi et mercredi de 9h à 12h, jeudi de 13h à 16h. Fermé du 24/12 au 2/01.
ordinary:training | Formation « MGF : repérer et orienter » avec le GAMS, 9 février, 9h30–16h à Bruxelles. 20 places, inscription par le formulaire.
ordinary:colleague | Julie Renard (assistante sociale) reprend les dossiers de l'antenne de Charleroi à partir de lundi.
ordinary:anonymised_case | Question : une jeune femme d'une vingtaine d'années, en centre d'accueil, enceinte, dit avoir été violée sur la route migratoire. Elle refuse l'examen médical et ne veut pas en parler à l'audition. Comment faites-vous pour le suivi sans la brusquer ? Et faut-il en informer l'avocat contre son avis ?
ordinary:date_not_birth | Attention : à partir du 1er février 2027, les demandes d'interprètes passent par le nouveau formulaire.
"""

POSTS = parse(_TEXT)
