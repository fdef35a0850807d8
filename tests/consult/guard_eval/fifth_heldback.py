"""Fifth, held-back evaluation corpus for the personal-data guard (issue 17).

Written by a helper session, independently: without reading the detector,
its documentation, its benchmark or any of the other guard corpora, in one
go (one sitting) from the text of issue 17 and the brief, on 2026-12-06.
It was measured on 2026-12-06 as the independent part, before and after the
guard's fourth round, without being read; since 2026-12-07 it is part of the
tuning corpus and its misses are read (tests/consult/guard_eval/figures.py).

416 posts, 26 per site language (14 identifying, 12 ordinary). Every private
name, number, plate, handle, e-mail and address is invented. Public helplines
and court references are real published ones as far as the writer knew them.

Check digits: national ID numbers were generated at random and kept only when
python-stdnum (the project's .venv) validated them: nl.bsn, be.nn, es.nie,
es.dni, it.codicefiscale (check letter from calc_check_digit), pl.pesel,
gr.amka, gr.vat (AFM), ie.pps, hr.oib, bg.egn, si.emso, de.idnr. The Hungarian
TAJ number (no stdnum module) was computed with its own rule (weights 3 and 7
on the first eight digits, sum mod 10), the Iranian code meli with its mod-11
rule. The Maltese ID card number has no check digit. IBANs were built with
stdnum.iban.calc_check_digits (mod 97) over BBANs whose national check digits
were also made valid (es.ccc, Belgian mod 97, and so on) and all pass
stdnum.iban.is_valid. The same valid numbers are also written with
separators, in Arabic-Indic digits (ar: Belgian national register number)
and in Persian digits (fa: BSN, code meli). Phone numbers were checked with
phonenumbers.is_valid_number for their country before being spaced oddly or
spelled out in words.
"""

from . import parse

_TEXT = """
[en]
phone | Quick one before the weekend: the young woman I mentioned on Tuesday has moved out of the direct provision centre and her new mobile is 087 – 319  42 86, she said she prefers texts over calls because her housemates listen in.
phone | Can someone from the Cork team ring our client back? She's on plus three five three, eight five, six one two, seven seven zero four and only speaks Tigrinya and a bit of Arabic.
phone | For the Malta colleagues: the survivor we discussed at the network meeting is now reachable on 7945 2031 (her own number, not the shelter's), she asked me to pass it on for the follow-up appointment.
email | Her solicitor asked that all correspondence go to her personal address, amani.w.tesfaye (at) gmail (dot) com, rather than the hostel, because staff there open the post.
id_number | I'm filling in the form for the Victims of Crime Assistance scheme and the PPS number she gave me, 4812417VW, keeps getting rejected by the online portal. Has anyone had this with numbers issued after 2013?
case_number | Sharing this because it might help others dealing with the Garda National Protective Services Bureau: it took us almost four months, three letters from her solicitor and a complaint to the Ombudsman before the assault was finally linked to the earlier incident (PULSE 24817365). The IPO interview had meanwhile gone ahead without anyone telling the caseworker about the Garda file, so the credibility findings ignored it completely. Lesson learned: ask the client's permission early to share the incident number with the protection office.
social | He keeps posting photos of her outside the school from the account @kev_dunne_dub on Instagram, she has screenshotted everything but the platform hasn't taken it down yet.
plate | The man who drops her off and collects her every evening drives a silver Golf, reg 191-D-48372, and she is clearly frightened of him. Should we report this to the Anti-Human Trafficking Unit ourselves?
address | She is currently staying with a cousin at 14 Ashgrove Lawn, Tallaght, Dublin 24, which the perpetrator does not know about yet, so please don't put it on the referral form going to the HSE.
date_of_birth | Age assessment question: the girl says she was born on 3 March 2010, so she turned sixteen last spring, but the IPAS paperwork records her as an adult. Who can challenge this?
date_of_birth | Client DOB 17/11/1998, Somali national, arrived via Malta in 2023; I need to know whether she can still apply for a stamp 4 under the domestic violence immigration guidelines.
named_person | Fatima Oduya, the 34-year-old Nigerian mother of three we placed in the Limerick refuge last month, told me today that her husband has found out where the children go to school.
named_person | Has anyone worked with Marisol Quintero Reyes before? She's the Colombian woman in her forties who works nights at the hotel on Gardiner Street and she says her employer holds her passport.
iban | The crowdfund for her legal costs is being paid into her own account, IE25 BOFI 9000 0142 5848 18, and I'm worried her ex can see the bank statements.
ordinary:helpline | Reminder for new staff: Women's Aid's 24-hour National Freephone Helpline is 1800 341 900 and the Dublin Rape Crisis Centre's national line is 1800 77 8888. In an emergency always 112 or 999 first.
ordinary:public_service | Does anyone know whether the Legal Aid Board's International Protection office in Dublin is still doing walk-in clinics, or is it appointments only since the summer?
ordinary:statistics | The CSO's Sexual Violence Survey found that 40% of adults in Ireland had experienced sexual violence in their lifetime. I'd like to find comparable figures for women in the international protection system, does anything exist?
ordinary:law | Under section 39 of the Domestic Violence Act 2018 coercive control is a criminal offence. Has anyone seen it used where the victim's immigration status is dependent on the abuser?
ordinary:meeting | The next regional practice meeting is on Thursday 15 January at 10:30 in Room 2.14 of the Civic Offices; the agenda covers safe accommodation for trans women in IPAS centres.
ordinary:organisation | Our organisation now offers drop-in sessions for LGBTQI+ asylum seekers every second Wednesday; anyone can contact the office through the general address on our website.
ordinary:practice | A woman in her twenties from West Africa disclosed FGM during a routine GP visit and was then visibly distressed when the male interpreter came in. How do your services handle requests for a female interpreter at short notice?
ordinary:version | I've uploaded version 3.2 of the referral pathway flowchart (December 2026); changes from 3.1 are on page 4, mainly the new out-of-hours steps.
ordinary:court | For anyone preparing submissions on trafficking: Rantsev v. Cyprus and Russia, application no. 25965/04, is still the key ECtHR judgment on the state's positive obligations.
ordinary:postcode | Services in Dublin 1, Dublin 7 and Dublin 15 are covered by the north-city outreach team; D24 and D22 go to the south-west team from January.
ordinary:date | The deadline for comments on the draft national strategy is 31 January 2027, and the consultation event will be held on 12 February.
ordinary:price | Translating a standard medical report into English costs us around €45 per page, which adds up quickly; does anyone know a funded translation service for protection applicants?
[ga]
phone | Tá uimhir nua ag an gcliant ó inné: 086 204 7731. Iarrann sí orainn gan glaoch uirthi roimh a sé tráthnóna mar bíonn a fear céile sa bhaile.
phone | Más féidir le duine éigin ón ionad i nGaillimh glaoch ar ais uirthi: a náid, a hocht, a trí, a cúig, a dó, a naoi, a seacht, a ceathair, a haon, a sé. Tá sí ag fanacht ar scéala faoin gcóiríocht.
email | Tá sí ag lorg oibre agus ba mhaith léi go seolfaí fógraí poist chuig nuala.ni.bhriain88 ag gmail ponc com.
id_number | Tá uimhir PSP na mná, 5683266V, ag teastáil ón Roinn Coimirce Sóisialaí le haghaidh an íocaíochta éigeandála; ar chóir dom é a sheoladh trí ríomhphost?
case_number | Tá a cás cosanta idirnáisiúnta faoin uimhir IPO/2024/11873 agus tá tuairisc an Gharda Síochána cláraithe faoi PULSE 25561904.
social | Tá sé ag cur bagairtí chuici ar TikTok ón gcuntas tiktok.com/@seanieog_conamara agus tá eagla uirthi go scaipfidh sé grianghraif di.
plate | Chonaic foireann an bhrú an carr céanna taobh amuigh arís aréir, Ford Focus dubh le clárú 12-G-30917.
address | Tá sí ag fanacht anois le deirfiúr a máthar ag 7 Bóthar an Chaisleáin, Baile an Mhuilinn, Co. na Gaillimhe, agus níl a fhios ag an bhfear céile faoi sin fós.
date_of_birth | Rugadh í ar an gceathrú lá déag de Lúnasa 2009, mar sin beidh sí ocht mbliana déag an samhradh seo chugainn agus caillfidh sí tacaíocht Tusla.
date_of_birth | Dáta breithe an chliaint: 22/06/1995, náisiúnach Siriach; tá an Roinn ag iarraidh cóip dá teastas breithe agus níl ceann aici.
named_person | Síle Ní Dhomhnaill, an bhean óg ó Bhéal an Mhuirthead a d'oibrigh san óstán, dúirt sí liom inniu go bhfuil a fostóir ag coinneáil a pas.
named_person | Bhí Ahmed Karimi, an fear óg Afganach 19 bliain d'aois atá ina chónaí sa lóistín i gCill Airne, an-trína chéile tar éis an agallaimh.
iban | Tá sí ag íoc €50 gach seachtain isteach i gcuntas IE69 AIBK 9311 5249 8575 74 chuig an bhfear a d'eagraigh a turas go hÉirinn; 'fiacha' a thugann sé air.
social | Seolann sé teachtaireachtaí chuici ar Snapchat faoin ainm darraghmac_99 gach oíche agus níl a fhios aici conas é a bhlocáil.
ordinary:helpline | Cuimhnigh: is é 1800 341 900 líne chabhrach 24 uair Women's Aid, agus 112 nó 999 i gcás éigeandála.
ordinary:public_service | An bhfuil a fhios ag aon duine an bhfuil seirbhís ateangaireachta Gaeilge ar fáil ag an Oifig um Chosaint Idirnáisiúnta?
ordinary:statistics | De réir an tSuirbé ar Fhoréigean Gnéasach 2022, bhí foréigean gnéasach fulaingthe ag 52% de mhná i rith a saoil.
ordinary:law | Faoi alt 39 den Acht um Fhoréigean Baile 2018 is cion coiriúil é an smacht comhéigneach; an bhfuil taithí ag aon duine air i gcásanna inimirce?
ordinary:meeting | Beidh an chéad chruinniú eile den ghrúpa cleachtais ar an Máirt, 20 Eanáir, ag 11:00 i Seomra 3 in Áras an Chontae.
ordinary:organisation | Tá seisiúin bhuail isteach ag ár n-eagraíocht d'iarrthóirí tearmainn LGBTQI+ gach Céadaoin; is féidir teagmháil a dhéanamh tríd an seoladh ginearálta ar ár suíomh.
ordinary:practice | Fear óg ón Afganastáin ina fhichidí, aerach, ag fanacht i lóistín éigeandála: ní theastaíonn uaidh go mbeadh a fhios ag an bhfoireann faoina ghnéasacht. Conas a thacaíonn sibh le daoine mar é gan é a nochtadh?
ordinary:version | Tá leagan 2.1 den threoir atreoraithe ar fáil anois; tá na hathruithe ar leathanach 6.
ordinary:court | Tá breithiúnas Chúirt Bhreithiúnais an Aontais C-621/21 (Eanáir 2024) tábhachtach do mhná a bhfuil foréigean inscne-bhunaithe orthu mar chúis tearmainn.
ordinary:postcode | Clúdaíonn foireann an iarthair na limistéir H91 agus H54; téann F94 chuig foireann Dhún na nGall.
ordinary:date | Beidh an oifig dúnta ón 23 Nollaig go dtí an 2 Eanáir; beidh an líne chabhrach ar oscailt mar is gnách.
ordinary:price | Is é €300 an táille ar chlárú cead cónaithe; an bhfuil díolúine ann d'íospartaigh gáinneála?
[nl]
phone | Nieuw nummer mw. (zie eerdere casus): 06-41 87 2 93 0.
phone | Kan iemand van het team Utrecht haar terugbellen? Nummer is plus eenendertig, zes, vijfenvijftig, nul twee, achtendertig, negentien. Ze spreekt Dari en een beetje Engels.
email | Wie kan haar de uitnodiging voor de lotgenotengroep sturen? Ze leest haar mail alleen op de bibliotheekcomputer: samira punt elhaddad2001 apenstaartje hotmail punt nl.
id_number | Bij het aanvragen van de schadevergoeding bij het Schadefonds krijg ik een foutmelding op haar BSN 698797309. Moet ik dat telefonisch doorgeven?
case_number | Haar V-nummer is 2918374650 en de aangifte bij de politie staat onder registratienummer 2025178432; de IND wil beide stukken bij de B8/3-aanvraag.
social | Haar ex-vriend heeft een nepaccount aangemaakt op haar naam en stuurt vanaf @jordy.vdberg_010 berichten naar haar collega's bij de thuiszorg. Melden bij Instagram heeft tot nu toe niets opgeleverd; heeft iemand een directe lijn met het platform?
plate | Kenteken van de auto waarmee de 'oom' de meisjes na school ophaalde: GV-218-X. Ik twijfel of ik dit rechtstreeks aan het Expertisecentrum Mensenhandel moet doorgeven.
address | Lang verhaal, excuses. We hebben vanmiddag een overleg gehad met de woningcorporatie en de wijkagent over de vraag of zij in de woning kan blijven nu de meldcode is doorlopen. Uitkomst: tijdelijk een kamer via de corporatie aan de Kastanjelaan 42-bis in Tilburg tot er een urgentieverklaring is. Heeft iemand ervaring met hoe snel zoiets in Brabant gaat?
date_of_birth | Ze zegt dat ze geboren is op 3 maart 2010 (vorig voorjaar zestien geworden), maar bij de aanmelding in Ter Apel is ze als meerderjarige geregistreerd.
date_of_birth | Geb. 17-11-1996, Eritrese nationaliteit, sinds 2022 in Nederland; heeft zij recht op een zelfstandige verblijfsvergunning na huiselijk geweld?
named_person | Mevrouw Nadia Yusuf, de 28-jarige Somalische moeder van twee die vorige maand in de opvang in Zwolle is geplaatst, vertelde vandaag dat haar ex weet op welke school de kinderen zitten.
named_person | Lisa-Marie Koopmans (22), vrijwilliger bij de voedselbank in Almere, heeft zich bij ons gemeld: haar partner beheert haar loon en heeft haar paspoort.
iban | De gemeente stort de bijzondere bijstand op NL12 ABNA 0531 7839 29, maar dat is nog de en/of-rekening met haar man. Kan de betaling worden tegengehouden tot ze een eigen rekening heeft?
phone | Voor de collega's in Den Haag: nieuw nummer van de cliënte uit de vorige casus is 0031 6 1 2 3 4 8 0 7 7, ze belt zelf terug als het veilig is.
ordinary:helpline | Ter herinnering: Veilig Thuis is 24/7 gratis bereikbaar op 0800-2000, het Centrum Seksueel Geweld op 0800-0188, en bij acuut gevaar altijd 112.
ordinary:public_service | Weet iemand of het IND-loket in Zwolle nog inloopspreekuur heeft, of werkt alles sinds 1 oktober alleen nog op afspraak?
ordinary:statistics | In ons jaarverslag over 2025 zien we 14% meer aanmeldingen van vrouwen uit de asielopvang dan in 2024, en bij 38% van hen speelde mensenhandel een rol. Herkennen andere regio's die stijging?
ordinary:law | Sinds 1 juli 2024 is de Wet seksuele misdrijven van kracht; weet iemand hoe de artikelen 242 en 243 Sr (schuld- en opzetverkrachting) in de praktijk wordt toegepast bij slachtoffers zonder verblijfsstatus?
ordinary:meeting | Het volgende casusoverleg is dinsdag 13 januari om 14.00 uur in zaal B2.07 van het stadskantoor; agenda volgt uiterlijk vrijdag.
ordinary:organisation | COC Nederland organiseert maandelijks een inloopavond voor LHBTI-asielzoekers; aanmelden kan via het algemene contactformulier op hun website.
ordinary:practice | Een tienermeisje uit de Hoorn van Afrika (amv) vertelt na maanden dat een medebewoner haar heeft aangerand. De voogd is met verlof. Wie betrekken jullie als eerste in zo'n situatie?
ordinary:version | Versie 4.0 van de meldcode-afwegingskader staat nu op het platform; de wijzigingen ten opzichte van 3.2 staan in bijlage 2.
ordinary:court | Relevant voor de zaak van verwesterde meisjes: HvJ EU 11 juni 2024, C-646/21 (K en L tegen Staatssecretaris van Justitie en Veiligheid).
ordinary:postcode | Cliënten met een postcode tussen 3000 en 3099 vallen onder het wijkteam Rotterdam-Centrum, vanaf 3100 onder Schiedam.
ordinary:date | De reactietermijn voor de internetconsultatie loopt tot 15 februari 2027; de expertmeeting is op 4 maart.
ordinary:price | Een beëdigde vertaling van een geboorteakte kost gemiddeld € 35 tot € 60; vergoedt de gemeente dit bij slachtoffers van mensenhandel?
[de]
phone | Kurze Info für den Nachtdienst: Klientin aus Zimmer 4 hat jetzt ein eigenes Handy, +32 (0)471 / 38 29 64. Bitte nicht auf die Mailbox sprechen.
phone | Kann jemand aus dem Team Eupen sie zurückrufen? Null vier sieben fünf, zwölf, dreiundachtzig, neunzehn. Sie spricht nur Paschtu und etwas Französisch.
email | Sie hat sich für den Deutschkurs angemeldet und möchte die Bestätigung an m.haidari.1999 [at] web [punkt] de bekommen, das Konto kennt ihr Mann nicht.
id_number | Beim Antrag auf Opferhilfe wird ihre Nationalregisternummer 93.05.14-001.15 vom Portal nicht akzeptiert. Hatte jemand schon dieses Problem?
case_number | Die Staatsanwaltschaft Eupen führt das Verfahren unter Aktenzeichen EU.37.L5.004812/25, beim Ausländeramt läuft ihr Dossier unter SP 9.418.227.
social | Ihr Bruder sucht sie über Facebook: facebook.com/dennis.schroeder.eupen. Er hat dort schon einen Aufruf mit ihrem Foto gepostet.
plate | Vor der Schule stand heute zum dritten Mal derselbe graue BMW (belgisches Kennzeichen 1-KTR-482), der Fahrer hat die Tochter angesprochen.
address | Nach der Räumung der Wohnung ist die Familie provisorisch bei der Schwester untergekommen: Aachener Straße 117, 4700 Eupen, 1. Etage links. Wer kann dort einen Hausbesuch machen?
date_of_birth | Sie gibt an, am 12. Februar 2009 geboren zu sein, wäre also erst siebzehn, wurde aber bei der Registrierung als volljährig eingestuft.
date_of_birth | Geb. 04.09.1991 in Kabul, afghanische Staatsangehörige: Für das Attest der Rechtsmedizin braucht das Krankenhaus das Geburtsdatum, reicht das so?
named_person | Zur Fallbesprechung am Mittwoch: Leyla Demirci, Kurdin, 31, arbeitet als Reinigungskraft im Krankenhaus in St. Vith und hat gestern zum ersten Mal von den Schlägen erzählt.
named_person | Kennt jemand Jonas Wintgens? Er ist der 24-jährige Pfleger aus Kelmis, der uns von den Übergriffen im Heim erzählt hat, und hat jetzt Angst um seine Stelle.
iban | Die Miete für die Übergangswohnung zahlt sie von ihrem Konto DE44 3704 0044 9632 6976 61 (noch aus ihrer Zeit in Köln). Muss das ÖSHZ das wissen?
id_number | Für die Krankenkasse brauche ich ihre deutsche Steuer-ID aus der Zeit in Köln: 97285401567. Darf ich die einfach weitergeben?
ordinary:helpline | Zur Erinnerung: Das Hilfetelefon Gewalt gegen Frauen in Deutschland ist rund um die Uhr unter 116 016 erreichbar; in Belgien im Notfall immer 112.
ordinary:public_service | Hat jemand Erfahrung, wie lange das ÖSHZ Eupen derzeit für einen Antrag auf Eingliederungseinkommen braucht?
ordinary:statistics | Laut der FRA-Erhebung von 2014 hat jede dritte Frau in der EU seit ihrem 15. Lebensjahr körperliche und/oder sexuelle Gewalt erlebt. Gibt es Zahlen für geflüchtete Frauen?
ordinary:law | Nach Artikel 59 der Istanbul-Konvention sollen Opfer ein eigenständiges Aufenthaltsrecht erhalten können; wie wird das in Belgien umgesetzt?
ordinary:meeting | Das nächste Fallbesprechungstreffen findet am Mittwoch, 14. Januar, um 9:30 Uhr in Raum 1.03 des Ministeriums der DG statt.
ordinary:organisation | Unsere Beratungsstelle bietet ab Januar jeden zweiten Donnerstag eine offene Sprechstunde für LGBTQI+-Geflüchtete an; Kontakt über die allgemeine Adresse auf der Website.
ordinary:practice | Eine ältere Frau aus Syrien möchte keine Anzeige erstatten, weil sie fürchtet, dass ihr Sohn dann seinen Aufenthaltstitel verliert. Wie beratet ihr in so einer Lage?
ordinary:version | Version 2.3 des Leitfadens zur Gefährdungseinschätzung ist online; die Änderungen gegenüber 2.2 betreffen Kapitel 5.
ordinary:court | Wichtig für Stalking-Fälle: EGMR, Talpis gegen Italien, Beschwerde Nr. 41237/14, Urteil vom 2. März 2017.
ordinary:postcode | Für Klientinnen aus den Postleitzahlen 4700 bis 4731 ist das Team im Norden zuständig, für 4780 bis 4791 das Team St. Vith.
ordinary:date | Die Frist für Stellungnahmen zum Aktionsplan endet am 31. März 2027; die Fachtagung folgt am 22. April.
ordinary:price | Ein Frauenhausplatz kostet die Gemeinde im Schnitt rund 45 € pro Tag; wer trägt das bei Frauen ohne Anspruch auf Sozialleistungen?
[fr]
phone | Elle a perdu son téléphone au centre, elle est joignable sur celui de sa voisine de chambre au 0478.21.64.09, uniquement en semaine entre 14 h et 16 h.
phone | Quelqu'un de l'équipe de Liège peut la rappeler ? Zéro quatre quatre-vingt-six, trente-deux, soixante-dix-sept, quatorze. Elle parle lingala et un peu de français.
email | Pour l'envoi de la convocation à l'audition, elle souhaite recevoir une copie sur aicha.diallo94 arobase yahoo point fr ; est-ce que le CGRA accepte ça ?
id_number | Le portail de la Commission pour l'aide aux victimes refuse son numéro de registre national 87.01.10-118.58 ; est-ce que quelqu'un a déjà eu ce problème ?
case_number | La plainte est enregistrée au parquet de Bruxelles sous la notice BR.12.L1.017364/25 et son dossier au CGRA porte la référence CG 25/14872.
social | Le groupe qui recrutait les filles à la sortie du métro communique via le compte @yanis_bxl_officiel sur Instagram ; l'une d'elles m'a montré les messages.
plate | Plaque notée par la gardienne de l'immeuble : 2-HCL-915, Peugeot blanche, toujours garée devant le salon de massage le mardi soir.
address | Elle a signé hier le bail de son nouveau logement social, rue des Alliés 58, boîte 3, 1190 Forest, et voudrait que son ex n'y ait pas accès via le registre. Faut-il demander une adresse de référence au CPAS ?
date_of_birth | Elle dit être née le 9 juin 2009, donc elle a eu dix-sept ans en juin dernier, mais l'Office des étrangers l'a enregistrée comme majeure.
date_of_birth | Née le 23/02/1990 à Conakry, nationalité guinéenne, en Belgique depuis 2019 : peut-elle demander un titre de séjour autonome après les violences ?
named_person | Mme Grace Mbuyi, la Congolaise de 36 ans mère de quatre enfants que nous avons orientée vers la maison d'accueil de Namur le mois dernier, m'a dit que son mari a retrouvé l'école des enfants.
named_person | Quelqu'un connaît Kevin Lambotte ? C'est le jeune homme de 22 ans de Charleroi qui a dénoncé le réseau de prostitution et il a peur de représailles.
iban | BE73 0526 0181 5960 : c'est le compte sur lequel son employeur lui versait 200 € par mois pour 60 heures par semaine. On l'ajoute au dossier traite ?
iban | Pour le remboursement de ses frais de transport, elle m'a donné son compte français FR82 2004 1173 0486 7614 1169 610 ; est-ce que Fedasil rembourse sur un compte étranger ?
ordinary:helpline | Pour rappel : la ligne Écoute Violences Conjugales est joignable gratuitement au 0800 30 030, en France c'est le 3919, et en cas d'urgence le 112.
ordinary:public_service | Savez-vous si le Centre de prise en charge des violences sexuelles de Liège accepte encore les personnes sans rendez-vous la nuit ?
ordinary:statistics | D'après l'enquête de la FRA, 33 % des femmes dans l'UE ont subi des violences physiques et/ou sexuelles depuis l'âge de 15 ans. Existe-t-il des chiffres pour les demandeuses d'asile ?
ordinary:law | Depuis la réforme du droit pénal sexuel de 2022, l'article 417/5 du Code pénal définit le consentement ; comment est-il appliqué lorsque la victime ne parle pas la langue de la procédure ?
ordinary:meeting | La prochaine intervision aura lieu le jeudi 22 janvier à 13 h 30, salle 4.12 du bâtiment administratif ; l'ordre du jour suivra.
ordinary:organisation | Notre association organise une permanence pour les personnes LGBTQI+ en demande d'asile chaque premier mardi du mois ; contact via l'adresse générale du site.
ordinary:practice | Une femme d'une quarantaine d'années originaire d'Afrique centrale a révélé des violences sexuelles subies pendant le trajet migratoire. Comment organisez-vous le suivi psychologique quand elle doit déménager de centre ?
ordinary:version | La version 1.4 du protocole de prise en charge est en ligne ; les changements par rapport à la 1.3 concernent l'annexe B.
ordinary:court | À citer dans les recours : CJUE, 16 janvier 2024, WS, C-621/21, sur les femmes victimes de violences fondées sur le genre comme groupe social.
ordinary:postcode | Les communes de 1000 à 1210 relèvent de l'équipe mobile bruxelloise ; à partir de 1300 c'est l'équipe du Brabant wallon.
ordinary:date | La date limite d'inscription à la formation est fixée au 16 janvier 2027 ; la session aura lieu les 5 et 6 février.
ordinary:price | Une traduction jurée coûte environ 40 € la page chez nous ; le CPAS prend-il en charge ces frais pour les victimes de traite ?
[es]
phone | Os paso el móvil nuevo de la usuaria para la cita del jueves: 6 12 - 48 37 90. Mejor por WhatsApp, porque su pareja revisa las llamadas.
phone | ¿Alguien del equipo de Almería puede llamarla? Es el seis, cuatro, cuatro, veintiuno, treinta y ocho, cero siete. Solo habla árabe dariya.
email | Me pide que le reenvíe la resolución del ingreso mínimo vital a yasmina.benali87 arroba gmail punto com, porque en el piso no tiene buzón propio.
id_number | Al tramitar la ayuda del artículo 27 de la Ley Integral, la sede electrónica rechaza su NIE Z-8025822-T. ¿A alguien le ha pasado?
case_number | La denuncia está en Diligencias Previas 1432/2025 del Juzgado de Violencia sobre la Mujer n.º 2 de Sevilla, y el atestado de la Policía Nacional es el 18734/25.
social | La captadora le escribía desde el perfil @elchino_malaga22 en TikTok prometiendo trabajo en una peluquería; tengo capturas de todo.
plate | La Guardia Civil me pide la matrícula de la furgoneta que llevaba a las temporeras al invernadero: 4821 LKM, Ford Transit blanca.
address | Dirección de la vivienda donde la tenían encerrada: calle Lepanto 14, 3.º B, 29010 Málaga. ¿Lo pongo en el informe para la UCRIF o basta con decirlo en la declaración?
date_of_birth | Dice que nació el 3 de marzo de 2010, o sea que cumplió dieciséis años en marzo, pero en la Ciudad Autónoma la registraron como mayor de edad.
date_of_birth | F. nac. 17/11/1993, nacionalidad venezolana, en España desde 2021; ¿puede pedir la autorización de residencia del artículo 31 bis de la LOEX?
named_person | Rosa Quispe Mamani, boliviana, cuidadora interna en Getafe desde 2022: su empleadora le retiene el pasaporte y no le ha pagado desde agosto.
named_person | Marcos Villalba, 19 años, de Vallecas, chico trans que vive en un piso tutelado, nos cuenta que su padre lo ha localizado por redes.
iban | Para la ayuda de la Ley Integral ha dado la cuenta ES08 2100 1860 0491 3909 9603, que abrió con ayuda de la trabajadora social.
id_number | Os cuento cómo lo hemos resuelto por si os sirve: la hija mayor, que ya tiene 19 años y DNI propio (91102859C), quería empadronarse aparte para poder pedir la ayuda al alquiler, pero el ayuntamiento le exigía la firma del padre. Al final con un informe de la trabajadora social y la orden de protección lo aceptaron en dos semanas. Si alguien tiene un modelo de informe que funcione en otros municipios, lo agradecería.
ordinary:helpline | Recordad: el 016 atiende 24 horas en 53 idiomas y no deja rastro en la factura; en emergencias el 112. Para menores, la Fundación ANAR en el 900 20 20 10.
ordinary:public_service | ¿Sabéis si la Oficina de Asilo y Refugio de Madrid sigue atendiendo sin cita previa a víctimas de trata?
ordinary:statistics | Según la Macroencuesta de Violencia contra la Mujer de 2019, el 13,7 % de las mujeres residentes en España de 16 años o más ha sufrido violencia sexual a lo largo de su vida.
ordinary:law | El artículo 59 bis de la LOEX prevé un período de restablecimiento y reflexión de al menos 90 días para víctimas de trata; ¿se está respetando en vuestros territorios?
ordinary:meeting | La próxima reunión de coordinación será el martes 20 de enero a las 10:00 en la sala 2.3 de la Delegación del Gobierno.
ordinary:organisation | Nuestra asociación abre un espacio de acogida para personas LGTBI solicitantes de asilo los miércoles por la tarde; contacto por el correo general de la web.
ordinary:practice | Una mujer de unos veinticinco años de África Occidental llegó en patera y relató violencia sexual en Libia. ¿Cómo coordináis la atención psicológica cuando la trasladan de provincia?
ordinary:version | Ya está disponible la versión 2.0 del protocolo de derivación; los cambios respecto a la 1.5 están en el anexo III.
ordinary:court | Para recursos de consentimiento: STS 344/2019, de 4 de julio, del Tribunal Supremo, Sala de lo Penal. También TEDH, B.S. c. España, n.º 47159/08.
ordinary:postcode | Las usuarias con código postal 41001 a 41020 las atiende el punto de Sevilla capital; a partir de 41700 va a Dos Hermanas.
ordinary:date | El plazo para presentar alegaciones al nuevo plan estratégico termina el 28 de febrero de 2027.
ordinary:price | Una traducción jurada de un informe médico nos sale por unos 0,10 € por palabra; ¿alguna comunidad autónoma lo financia para víctimas?
[it]
phone | Numero della signora per il colloquio di martedì con la psicologa: 347 61 20 8 84 (risponde la figlia, che parla italiano).
phone | Qualcuno del centro di Palermo può richiamarla? Tre tre nove, quattro cinque due, diciotto, settantasei. Parla solo tigrino e un po' di inglese.
email | La ragazza ha creato un indirizzo nuovo per comunicare con noi senza che lo sappia la madame: fatou.camara.96 chiocciola libero punto it.
id_number | Per la domanda al Fondo per le vittime il portale non accetta il codice fiscale KMRFTM98E52Z318X; qualcuno ha avuto lo stesso problema con codici di persone nate all'estero?
case_number | La denuncia è iscritta al n. 12874/2025 RGNR della Procura di Bari e il fascicolo in Questura per il permesso ex art. 18 è il CUI 05HK9TZ.
social | Lui pubblica foto di lei su Instagram dal profilo @gianlu_trapani91 indicando il bar dove lavora; lei non esce più di casa.
plate | Targa annotata dalla vicina: FK 482 TZ, Panda grigia, passa ogni giorno davanti al B&B dove è ospitata.
address | Il verbale riporta come domicilio via dei Mille 23, scala B, interno 7, 90139 Palermo, che però è la casa dove veniva sfruttata: come chiediamo la rettifica?
date_of_birth | Dice di essere nata il 14 agosto 2009, quindi ha compiuto diciassette anni quest'estate, ma allo sbarco è stata registrata come maggiorenne.
date_of_birth | Nata a Benin City il ventidue giugno millenovecentonovantasette, nigeriana, in Italia dal 2016: può chiedere il permesso per casi speciali dopo la denuncia?
named_person | La signora Blessing Okafor, 29 anni, nigeriana, ospite della casa rifugio di Caserta con la figlia di tre anni, mi ha detto oggi che la madame ha ritrovato il suo numero.
named_person | Alessio Ferraresi, 20 anni, di Modena, ha lasciato la comunità ieri sera dopo aver saputo che il suo ex compagno è stato scarcerato.
iban | Il contributo del Comune per l'autonomia abitativa sarà accreditato sull'IBAN IT10 S030 6935 1819 0937 8657 975, aperto a suo nome la settimana scorsa.
social | Le scrive ogni notte su Telegram dall'account t.me/marco_bianchi_ct e le ha mandato foto della sua porta di casa.
ordinary:helpline | Promemoria: il 1522 è il numero antiviolenza e stalking, gratuito e attivo 24 ore su 24; il Numero Verde Antitratta è 800 290 290; per le emergenze il 112.
ordinary:public_service | Sapete se lo sportello della Questura di Torino per i permessi ex art. 18 riceve ancora senza appuntamento?
ordinary:statistics | Secondo l'ISTAT, il 31,5% delle donne tra 16 e 70 anni ha subito nel corso della vita una forma di violenza fisica o sessuale. Esistono dati specifici sulle richiedenti asilo?
ordinary:law | L'art. 18-bis del d.lgs. 286/1998 prevede il permesso per le vittime di violenza domestica; come viene applicato nelle vostre Questure?
ordinary:meeting | Il prossimo incontro della rete antitratta è mercoledì 21 gennaio alle 15:00, sala 3 al secondo piano della Prefettura.
ordinary:organisation | La nostra associazione apre uno sportello per persone LGBTQI+ richiedenti asilo ogni giovedì pomeriggio; si può scrivere all'indirizzo generale del sito.
ordinary:practice | Una ragazza di circa vent'anni dell'Africa occidentale, arrivata via Libia, ha raccontato violenze sessuali durante il viaggio. Come gestite il passaggio di informazioni quando viene trasferita in un altro progetto?
ordinary:version | È online la versione 3.1 delle linee guida per l'identificazione delle vittime di tratta; le modifiche rispetto alla 3.0 sono nel capitolo 4.
ordinary:court | Da citare: Corte EDU, Talpis c. Italia, ricorso n. 41237/14, sentenza del 2 marzo 2017, e Landi c. Italia, ricorso n. 10929/19, sentenza del 7 aprile 2022.
ordinary:postcode | I comuni con CAP da 20121 a 20162 sono seguiti dal centro antiviolenza di Milano città; dal 20090 in su dal centro di zona.
ordinary:date | La scadenza per le candidature al bando è il 31 gennaio 2027; la graduatoria sarà pubblicata entro il 15 marzo.
ordinary:price | Una traduzione giurata costa circa 30 € a pagina più la marca da bollo da 16 €; qualcuno sa se i comuni rimborsano?
[pl]
phone | Do pani z Kielc z wczorajszego wątku: jej nowy numer to 512-34 86 79, dzwonić tylko przed południem.
phone | Czy ktoś z zespołu w Lublinie może do niej oddzwonić? Plus czterdzieści osiem, sześćset sześćdziesiąt, dwieście trzydzieści, czterysta osiemnaście. Mówi tylko po ukraińsku i rosyjsku.
email | Prosi, żeby wezwanie na przesłuchanie przesłać też na oksana.melnyk91 małpa wp kropka pl, bo listy do ośrodka otwiera kierowniczka.
id_number | Przy wniosku do Funduszu Sprawiedliwości system odrzuca jej PESEL 97112804422; czy ktoś miał ten problem z numerami nadanymi cudzoziemcom?
case_number | Sprawa toczy się w Sądzie Rejonowym w Białymstoku pod sygn. akt II K 1184/25, a postępowanie w Urzędzie do Spraw Cudzoziemców ma znak DPU.WPM.420.3817.2025.
social | Sprawca założył fanpage facebook.com/tomek.wisniewski.bialystok i publikuje tam jej prywatne nagrania; czy ktoś wie, jak szybko Meta reaguje na zgłoszenie z prokuratury?
plate | Po ostatniej rozprawie ktoś porysował jej samochód; świadek zapamiętał, że sprawca odjechał autem o numerach WPR 48217.
address | Po wyjściu ze szpitala chce wrócić do mieszkania przy ul. Lipowej 17 m. 24, 15-424 Białystok, gdzie nadal mieszka teść. Czy możemy wnioskować o zakaz zbliżania się dla teścia?
date_of_birth | Twierdzi, że urodziła się 3 marca 2010 r., czyli w marcu skończyła szesnaście lat, ale Straż Graniczna zarejestrowała ją jako pełnoletnią.
date_of_birth | Ur. 28.11.1997 w Mińsku; podaję do formularza Niebieskiej Karty, bo w systemie była błędnie wpisana data.
named_person | Olena Kowalczuk, 38 lat, pielęgniarka z Charkowa, pracuje na nocnej zmianie w DPS w Rzeszowie i od miesiąca ukrywa siniaki pod mundurkiem.
named_person | Paweł Nowicki, 23 lata, z Łodzi, gej, mówi, że współlokatorzy z hotelu pracowniczego grożą mu pobiciem.
iban | Sprawca wziął na jej dane kredyt; raty są ściągane z konta PL14 1020 5432 3194 8757 4911 8625. Czy bank może zablokować konto bez jej obecności?
id_number | Dla szkoły potrzebuję jeszcze PESEL jej córki: 0921 2761 884, ale nie wiem, czy mogę go przesłać mailem do pedagoga.
ordinary:helpline | Przypominam: Niebieska Linia (Ogólnopolskie Pogotowie dla Ofiar Przemocy w Rodzinie) to 800 120 002, telefon zaufania Centrum Praw Kobiet 600 070 717, a w nagłych wypadkach 112.
ordinary:public_service | Czy punkty nieodpłatnej pomocy prawnej w powiatach mają już tłumaczy na ukraiński, czy nadal trzeba jechać do miasta wojewódzkiego?
ordinary:statistics | W naszym ośrodku w 2025 r. 27% zgłoszeń dotyczyło cudzoziemek, wobec 18% rok wcześniej; czy w innych województwach widać podobny wzrost?
ordinary:law | Art. 197 § 1 kk po nowelizacji z 2023 r. obejmuje też inne czynności seksualne; czy ktoś ma doświadczenie w sprawach, gdzie pokrzywdzona nie mówi po polsku?
ordinary:meeting | Następne spotkanie zespołu interdyscyplinarnego odbędzie się we wtorek 13 stycznia o 10:00 w sali 214 Urzędu Miasta.
ordinary:organisation | Nasze stowarzyszenie prowadzi dyżury dla osób LGBTQI+ ubiegających się o ochronę międzynarodową w każdy czwartek; kontakt przez ogólny adres na stronie.
ordinary:practice | Kobieta z Białorusi, około czterdziestki, zgłasza przemoc, ale nie chce zakładania Niebieskiej Karty, bo boi się, że odbiorą jej dzieci. Jak rozmawiacie o tym ryzyku?
ordinary:version | Wersja 2.2 procedury Niebieskiej Karty dla cudzoziemców jest dostępna na platformie; zmiany względem 2.1 dotyczą rozdziału 3.
ordinary:court | Warto przywołać: ETPCz, M.C. przeciwko Bułgarii, skarga nr 39272/98, oraz J.L. przeciwko Włochom, skarga nr 5671/16 (2021).
ordinary:postcode | Osoby z kodami pocztowymi od 00-001 do 04-999 obsługuje warszawski punkt interwencyjny, od 05-000 punkt powiatowy.
ordinary:date | Termin zgłaszania uwag do projektu programu przeciwdziałania przemocy mija 27 lutego 2027 r.
ordinary:price | Kurs polskiego w prywatnej szkole to ok. 1200 zł za semestr; znacie bezpłatne kursy dla kobiet z małymi dziećmi?
[el]
phone | Τηλέφωνο επικοινωνίας της κοπέλας για το ραντεβού στο ΚΕΘΙ: 69 4 718 32 05.
phone | Μπορεί κάποιος από την ομάδα της Θεσσαλονίκης να την καλέσει; Έξι εννιά επτά, τέσσερα δύο, οκτώ ένα, εννιά τρία, μηδέν. Μιλάει μόνο φαρσί.
email | Θέλει να παίρνει τις ειδοποιήσεις της Υπηρεσίας Ασύλου στο mariam.rahimi95 παπάκι gmail τελεία com, γιατί το κινητό το κρατάει ο θείος της.
id_number | Στην αίτηση για το επίδομα η πλατφόρμα απορρίπτει τον ΑΜΚΑ της 12079779596. Είχε κανείς το ίδιο πρόβλημα με ΑΜΚΑ αιτούντων άσυλο;
case_number | Μετά από πολλές εβδομάδες αναμονής, η Εισαγγελία Πρωτοδικών Πειραιά μας ενημέρωσε ότι η μήνυση καταχωρήθηκε με ΑΒΜ Ε25/3817 και ότι η προκαταρκτική θα ανατεθεί στην Υποδιεύθυνση Αντιμετώπισης Εμπορίας Ανθρώπων. Παράλληλα, ο φάκελος ασύλου της (5721438) εκκρεμεί ακόμη στην Περιφερειακή Υπηρεσία Αττικής. Έχει κανείς εμπειρία στο πώς μπορούμε να ζητήσουμε να ληφθεί υπόψη η ποινική διαδικασία στη συνέντευξη;
social | Ο λογαριασμός @nikos_pap_ath στο Instagram στέλνει μηνύματα σε ανήλικες της δομής προσφέροντας «δουλειά σε καφετέρια». Το έχουμε αναφέρει στη Δίωξη Ηλεκτρονικού Εγκλήματος.
plate | Πινακίδα ΙΚΥ-4827: είναι το ασημί αυτοκίνητο που έφερε τις γυναίκες στο διαμέρισμα, σύμφωνα με την κατάθεση.
address | Ζήτησε να στέλνουμε την αλληλογραφία στη θεία της, Αγίου Μελετίου 84, 3ος όροφος, 11361 Αθήνα, γιατί στη δομή χάνονται τα γράμματα.
date_of_birth | Λέει ότι γεννήθηκε στις 5 Μαΐου 2009, άρα έκλεισε τα δεκαεπτά τον Μάιο, αλλά στο ΚΥΤ καταγράφηκε ως ενήλικη.
date_of_birth | Ημ. γέννησης 12/07/1997, υπηκοότητα Σομαλίας, στην Ελλάδα από το 2020· δικαιούται αυτοτελή άδεια διαμονής μετά την ενδοοικογενειακή βία;
named_person | Η κυρία Ζαχρά Αχμαντί, 33 χρονών από το Αφγανιστάν, που μεταφέραμε στον ξενώνα της Λάρισας με τα δύο της παιδιά, μου είπε σήμερα ότι ο σύζυγός της βρήκε το σχολείο των παιδιών.
named_person | Ο Γιώργος Σταυρόπουλος, 21 ετών, φοιτητής στην Πάτρα, μας είπε ότι ο προπονητής του τον εκβιάζει με φωτογραφίες.
iban | Το επίδομα ενοικίου θα κατατίθεται στο GR17 0172 0177 4856 2291 8557 893, λογαριασμό που άνοιξε η ίδια με τη βοήθεια της κοινωνικής λειτουργού.
id_number | Για τη σύμβαση εργασίας χρειάζομαι τον ΑΦΜ της: 947478182. Μπορώ να τον στείλω με το έντυπο παραπομπής;
ordinary:helpline | Υπενθύμιση: η Γραμμή SOS 15900 της Γενικής Γραμματείας Ισότητας λειτουργεί 24 ώρες το 24ωρο, και σε έκτακτη ανάγκη το 112 ή το 100.
ordinary:public_service | Ξέρετε αν το Περιφερειακό Γραφείο Ασύλου στη Θεσσαλονίκη δέχεται ακόμη χωρίς ραντεβού τα θύματα εμπορίας;
ordinary:statistics | Στη δομή μας το 2025 το 42% των γυναικών που ζήτησαν ψυχολογική υποστήριξη ανέφεραν βία κατά τη διαδρομή. Έχουν άλλες δομές παρόμοια ποσοστά;
ordinary:law | Ο ν. 3500/2006 για την ενδοοικογενειακή βία τροποποιήθηκε με τον ν. 4531/2018 που κύρωσε τη Σύμβαση της Κωνσταντινούπολης· πώς εφαρμόζεται η διαδικασία της ποινικής διαμεσολάβησης σε μετανάστριες;
ordinary:meeting | Η επόμενη συνάντηση του δικτύου είναι την Τρίτη 20 Ιανουαρίου στις 11:00, αίθουσα 305 του Δημαρχείου.
ordinary:organisation | Η οργάνωσή μας ξεκινά ανοιχτή ώρα για ΛΟΑΤΚΙ+ αιτούντες άσυλο κάθε δεύτερη Τετάρτη· επικοινωνία μέσω της γενικής διεύθυνσης του ιστότοπου.
ordinary:practice | Ένας ασυνόδευτος ανήλικος από το Πακιστάν αποκάλυψε σεξουαλική εκμετάλλευση. Ποια είναι η πρώτη σας κίνηση όταν δεν έχει οριστεί ακόμη επίτροπος;
ordinary:version | Ανέβηκε η έκδοση 1.3 του πρωτοκόλλου παραπομπής· οι αλλαγές σε σχέση με την 1.2 είναι στο παράρτημα Γ.
ordinary:court | Χρήσιμη απόφαση: ΔΕΕ, C-621/21, 16 Ιανουαρίου 2024, και ΕΔΔΑ Opuz κατά Τουρκίας, προσφυγή αρ. 33401/02.
ordinary:postcode | Οι περιοχές με ΤΚ 104 έως 117 ανήκουν στην ομάδα κέντρου Αθηνών, από 121 και πάνω στη Δυτική Αττική.
ordinary:date | Από 1 Μαρτίου 2027 αλλάζει η διαδικασία κλεισίματος ραντεβού στην Υπηρεσία Ασύλου· τα ήδη κλεισμένα ραντεβού ισχύουν.
ordinary:price | Μια επίσημη μετάφραση ιατρικής γνωμάτευσης κοστίζει περίπου 25 € τη σελίδα· ξέρει κανείς αν καλύπτεται από κάποιο πρόγραμμα;
[hr]
phone | Za prijevoz na sud: gospođa čeka na autobusnom kolodvoru, njezin broj je 091 / 482 - 37 - 16.
phone | Može li je netko iz riječkog tima nazvati? Plus tristo osamdeset pet, devedeset osam, dvjesto trideset sedam, četrdeset jedan, nula devet. Govori samo arapski.
email | Za obavijesti iz škole ostavila je adresu amina.hadzic92 et gmail točka com, koju njezin muž ne zna.
id_number | Kod zahtjeva za novčanu naknadu sustav odbija njezin OIB 19596101019; je li netko imao isti problem s OIB-om stranaca?
case_number | Postupak se vodi na Općinskom kaznenom sudu u Zagrebu pod poslovnim brojem K-1847/2025, a predmet u MUP-u ima KLASA: 217-01/25-01/4382.
social | Maloljetnica iz doma dopisuje se s profilom @ivan.horvat.st koji tvrdi da ima 17 godina, a po slikama je odrastao muškarac. Prijaviti odmah ili prvo razgovarati s njom?
plate | Muškarac koji je svake večeri čeka ispred skloništa vozi crni Golf registracije ZG 4817-KT, kaže noćna dežurna.
address | Nakon izlaska iz skloništa dobila je stan od Grada u Ulici Ivana Gundulića 23, 2. kat, 10000 Zagreb. Treba li tu adresu upisati u zahtjev za mjeru zaštite?
date_of_birth | Kaže da je rođena 3. ožujka 2010., znači u ožujku je napunila šesnaest, ali su je na granici upisali kao punoljetnu.
date_of_birth | Rođ. 14.08.1994. u Alepu; upisujem u zahtjev za besplatnu pravnu pomoć, jer bez toga ga ne žele zaprimiti.
named_person | Selma Begović, 41 godina, kuharica u vrtiću u Osijeku, ispričala je da je suprug godinama tuče i da sada prijeti djeci.
named_person | Marko Jurić, 22 godine, iz Slavonskog Broda, vratio se prije tjedan dana iz Irske gdje ga je poslodavac mjesecima držao bez plaće.
iban | Muž joj je oduzeo karticu, a plaća ide na HR12 2340 0092 0324 1065 2. Može li poslodavac privremeno uplaćivati na novi račun?
plate | Drugi automobil koji viđamo ispred kuće je bijeli Passat, ST 392-JM, isti onaj o kojem je pričala u prvom razgovoru.
ordinary:helpline | Podsjetnik: Nacionalni pozivni centar za žrtve kaznenih djela i prekršaja dostupan je na 116 006, a u hitnim slučajevima 112 ili 192.
ordinary:public_service | Zna li netko ima li područni ured Hrvatskog zavoda za socijalni rad u Rijeci dežurstvo vikendom?
ordinary:statistics | U našem savjetovalištu je 2025. godine 31 % korisnica bilo strankinja, gotovo dvostruko više nego 2022.; vidite li isti trend?
ordinary:law | Članak 153. Kaznenog zakona (silovanje) izmijenjen je 2019.; kako se u praksi provodi kada žrtva ne govori hrvatski?
ordinary:meeting | Sljedeći sastanak mreže je u četvrtak 15. siječnja u 10 sati, dvorana 12 na prvom katu Gradske uprave.
ordinary:organisation | Naša udruga od siječnja nudi savjetovanje za LGBTIQ+ tražitelje azila svaki drugi utorak; kontakt preko opće adrese na web stranici.
ordinary:practice | Žena tridesetih godina iz Sjeverne Afrike ispričala je o seksualnom nasilju na balkanskoj ruti. Kako organizirate žensku prevoditeljicu u kratkom roku?
ordinary:version | Objavljena je verzija 2.0 Protokola o postupanju u slučaju seksualnog nasilja; izmjene u odnosu na 1.1 su u poglavlju 4.
ordinary:court | Korisna presuda: ESLJP, Volodina protiv Rusije, zahtjev br. 41261/17, te A. protiv Hrvatske, zahtjev br. 55164/08.
ordinary:postcode | Korisnice s poštanskim brojevima od 10000 do 10090 pokriva zagrebački tim, a 21000 i okolicu splitski.
ordinary:date | Za 25. studenoga sljedeće godine planiramo akciju povodom Međunarodnog dana borbe protiv nasilja nad ženama, od 11 do 14 sati; prijave volontera do 1. listopada.
ordinary:price | Smještaj u skloništu financira se s oko 35 eura po danu po korisnici; pokriva li to i troškove djece?
[bg]
phone | Нов номер на г-жата от миналата седмица: 0888 / 41 27 9 3 (само в работно време).
phone | Може ли някой от екипа в Харманли да ѝ се обади? Плюс триста петдесет и девет, осемдесет и седем, шестстотин двайсет и едно, осемнайсет, четиринайсет. Говори само фарси.
email | Иска да получава резултатите от изследванията от болницата на darina.petkova89 маймунка abv точка bg, а не на домашния адрес.
id_number | При подаването на молбата за компенсация системата не приема ЕГН-то ѝ 9705177177; някой имал ли е същия проблем?
case_number | Делото е ДП № 487/2025 г. по описа на 03 РУ-СДВР, пр. пр. № 12834/2025 г. на СРП, а производството ѝ в ДАБ е с рег. № УП-28417.
social | Профилът facebook.com/georgi.ivanov.plovdiv88 предлага „работа в Германия“ на момичета от центъра; вече подадохме сигнал до ГДБОП.
plate | Съседка видяла бившия ѝ съпруг да дебне детето с колата си, СА 4827 ВХ, пред детската градина.
address | Синът ѝ е записан в училище по адреса на баба си, ул. „Цар Симеон“ № 112, ет. 4, ап. 11, 1000 София, и бащата вече е ходил там. Да сменим ли адреса?
date_of_birth | Казва, че е родена на 5 февруари 2009 г., значи е на седемнайсет, но при регистрацията в ДАБ е записана като пълнолетна.
date_of_birth | Род. 17.05.1997 г. в Кабул, афганистанска гражданка, в България от 2021 г.: има ли право на самостоятелно разрешение за пребиваване?
named_person | Г-жа Мариам Хасани, 35-годишна сирийка с две деца, която настанихме миналия месец в кризисния център във Варна, казва, че съпругът ѝ е разбрал в кое училище ходят децата.
named_person | Някой познава ли Стоян Колев? Това е 24-годишният младеж от Сливен, който подаде сигнал за трудова експлоатация в Германия и се страхува от отмъщение.
iban | Агенцията, която я изпрати на работа в Гърция, ѝ дължи заплати за три месеца; преводите идваха по BG62 UNCR 7000 1583 5304 53. Може ли инспекцията по труда да проследи плащанията?
id_number | За училището ми трябва ЕГН-то на дъщеря ѝ, 0842055398; мога ли да го пратя с формуляра за насочване?
ordinary:helpline | Напомням: Националната гореща линия за пострадали от насилие на фондация „Асоциация Анимус“ е 0800 1 86 76, безплатно, а при спешност 112. За деца: 116 111.
ordinary:public_service | Знаете ли дали регистрационно-приемателният център в Овча купел все още приема без предварителна уговорка?
ordinary:statistics | През 2025 г. 23% от обажданията на нашата линия са от чужденки, спрямо 9% през 2021 г.; наблюдавате ли същото?
ordinary:law | Законът за защита от домашното насилие беше изменен през 2023 г. и вече обхваща и интимни връзки без съжителство; как се прилага при чужденки?
ordinary:meeting | Следващата среща на мрежата е в сряда, 14 януари, от 10:30 ч. в зала 205 на общинската администрация.
ordinary:organisation | Нашата организация започва консултации за ЛГБТИ+ търсещи закрила всеки втори четвъртък; контакт през общия адрес на сайта.
ordinary:practice | Жена от Ирак на около петдесет години иска развод, но съпругът ѝ държи всички документи. Какво правите първо в такъв случай?
ordinary:version | Публикувана е версия 1.2 на координационния механизъм за насочване; промените спрямо 1.1 са в приложение 2.
ordinary:court | Полезно: ЕСПЧ, М.С. срещу България, жалба № 39272/98, решение от 4 декември 2003 г., и решение на СЕС по дело C-621/21.
ordinary:postcode | Клиентките с пощенски код от 1000 до 1799 се поемат от софийския екип, а 4000 и околността от пловдивския.
ordinary:date | От 1 януари 2027 г. влизат в сила новите правила за социалните услуги; сегашните договори остават до 30 юни.
ordinary:price | Психологическа консултация в частен кабинет струва около 60 лв.; знаете ли безплатни услуги за пострадали жени?
[sl]
phone | Gospa je danes prvič poklicala s svojega telefona, 041 / 38 - 27 - 19; dogovorili sva se za geslo 'naročilo pri frizerju', kadar ne more govoriti.
phone | Jo lahko kdo iz mariborske ekipe pokliče? Plus tristo šestinosemdeset, štirideset, sto dvajset tri, štiristo petinpetdeset. Govori samo dari.
email | Prosim, pošljite vabilo na delavnico o samozaposlitvi na nadia.rezai93 afna gmail pika com, prijavila se je sama.
id_number | Pri vlogi za odškodnino sistem ne sprejme njene EMŠO 0703986506870; je imel kdo podobno težavo?
case_number | Zadeva se vodi na Okrajnem sodišču v Ljubljani pod opr. št. I K 28417/2025, postopek na Uradu za migracije pa ima št. 2142-4817/2025.
social | V skupini na Facebooku je nekdo objavil njen naslov; objavo je delil profil @luka_novak_lj. Kaj lahko naredimo, preden zadeva pride na sodišče?
plate | Povzročitelj ji je po ločitvi vzel avto LJ 48-KTR, ki je registriran na njeno ime, zdaj pa ona dobiva njegove kazni za prehitro vožnjo.
address | V policijskem zapisniku je kot njen naslov navedena Celovška cesta 143, 1000 Ljubljana, kjer zdaj živi le še povzročitelj. Kako to popravimo?
date_of_birth | Pravi, da je bila rojena 3. marca 2010, torej je marca dopolnila šestnajst, na meji pa so jo vpisali kot polnoletno.
date_of_birth | Roj. 07.03.1986 v Heratu; v bolnišnici so jo vpisali z datumom 1. 1. 1986, kot pogosto pri afganistanskih ženskah. Kako to popravimo?
named_person | Gospa Amira Selimović, 39-letna mati dveh otrok, ki smo jo prejšnji mesec namestili v varno hišo v Celju, pravi, da mož zdaj ve, v katero šolo hodita otroka.
named_person | Žiga Kranjc, 20 let, iz Velenja, dela v skladišču v Celju; po zabavi je doživel spolni napad in noče na policijo. Kako ga podpreti?
iban | Za povračilo potnih stroškov na sodišče je dala račun SI18 0201 0406 4646 261.
social | Piše ji vsako noč na TikToku z računa tiktok.com/@matej.kos_celje in ji pošilja posnetke njene hiše.
ordinary:helpline | Opomnik: SOS telefon za ženske in otroke – žrtve nasilja je dosegljiv na 080 11 55, v nujnih primerih 112 ali policija 113.
ordinary:public_service | Ali kdo ve, koliko časa trenutno traja izdaja dovoljenja za prebivanje na Upravni enoti Ljubljana?
ordinary:statistics | V naši svetovalnici je bilo leta 2025 kar 35 % uporabnic tujk, leta 2020 pa le 12 %; ali opažate podoben trend?
ordinary:law | Od spremembe 170. člena KZ-1 leta 2021 velja model »ja pomeni ja«; kako se to uporablja, ko žrtev ne govori slovensko?
ordinary:meeting | Naslednji sestanek mreže bo v torek, 13. januarja, ob 9.00 v sejni sobi 2 na Mestni občini.
ordinary:organisation | Naše društvo od januarja ponuja svetovanje za LGBTIQ+ prosilce za azil vsako drugo sredo; kontakt prek splošnega naslova na spletni strani.
ordinary:practice | Transspolna oseba iz Irana v azilnem domu ne želi deliti sobe z moškimi. Kako ste to rešili v vaših nastanitvah?
ordinary:version | Objavljena je različica 3.0 protokola obravnave; spremembe glede na 2.4 so v prilogi 1.
ordinary:court | Koristna sodba: ESČP, Y proti Sloveniji, pritožba št. 41107/10, o zaslišanju žrtve spolnega nasilja.
ordinary:postcode | Stranke s poštnimi številkami od 1000 do 1299 pokriva ljubljanska ekipa, 2000 in okolico pa mariborska.
ordinary:date | Rok za pripombe na resolucijo je 15. februar 2027, posvet bo 10. marca.
ordinary:price | Sodni prevod zdravniškega izvida stane približno 30 € na stran; ali kdo ve, ali to krije kakšen program?
[hu]
phone | A munkáltató szerint a nő a 06 30 / 482 19 3 7 számon érhető el, de valójában ezt a telefont a „főnök” tartja magánál.
phone | Fel tudná hívni valaki a debreceni csapatból? Plusz harminchat, húsz, négyszázhetvenegy, harmincnyolc, huszonkilenc. Csak arabul beszél.
email | Az ügyvédnő a kovacs.reka1994 kukac freemail pont hu címre küldi a válóperes iratokat; kérem, ti is ide írjatok neki.
id_number | A kárenyhítési kérelemnél a rendszer nem fogadja el a TAJ-számát: 659 874 074. Volt már valakinek ilyen problémája?
case_number | Tapasztalatcsere: a rendőrség csak a harmadik alkalommal vette fel a feljelentést, akkor is csak azért, mert ott volt vele az áldozatsegítő munkatárs. A nyomozás ügyszáma végül 01000/4817-3/2025.bü. lett, a menekültügyi eljárása az OIF-nél 106-1-28417/2025 számon fut, és a két hatóság eddig semmit nem tudott egymásról. Hogyan szoktátok összekötni a két eljárást?
social | A volt férje a @bence.szabo.bp91 Instagram-profilon élő adásban beszélt arról, melyik iskolába járnak a gyerekek, és kommentben meg is nevezte a tanítónőt.
plate | Az a kisbusz, amivel a nőket a szállásról az üzembe vitték, AA BC-482 rendszámú, fehér Renault Master.
address | A gyerekek apja a 1087 Budapest, Kerepesi út 29/B, 3. em. 12. alatt lakik, és a gyámhivatal szerint a kapcsolattartásnak ott kellene lennie. Mit tehetünk?
date_of_birth | Azt mondja, 2010. március 3-án született, tehát márciusban töltötte a tizenhatot, de a határon nagykorúként vették nyilvántartásba.
date_of_birth | Szül. 1992. 11. 17., szíriai állampolgár, 2020 óta Magyarországon: jogosult-e önálló tartózkodási engedélyre a kapcsolati erőszak után?
named_person | Horváth Erzsébet, a 42 éves miskolci roma asszony, aki a helyi tanodában dolgozik, azt mondja, a 15 éves lányát a rokonok külföldre akarják adni férjhez.
named_person | Ismeri valaki Farah Noorit? Ő az a 26 éves szomáliai nő, aki a szegedi szállodában takarít, és azt mondja, a munkáltatója elvette az útlevelét.
iban | A volt élettársa a közös lakás hitelét a HU62 1173 5623 0123 8360 7776 7936 számláról fizetteti vele; ez már gazdasági erőszaknak számít?
id_number | Az iskolának kell a lánya TAJ-száma is, 604-008-790; elküldhetem a beutaló űrlappal?
ordinary:helpline | Emlékeztető: az Országos Kríziskezelő és Információs Telefonszolgálat (OKIT) ingyenesen hívható a 06 80 20 55 20 számon, éjjel-nappal; vészhelyzetben 112.
ordinary:public_service | Tudja valaki, hogy az Országos Idegenrendészeti Főigazgatóság budapesti ügyfélszolgálata fogad-e még ügyfeleket időpont nélkül?
ordinary:statistics | A mi krízisközpontunkban 2025-ben a bekerülők 17%-a nem magyar állampolgár volt, 2022-ben még csak 6%; nálatok is nő ez az arány?
ordinary:law | A Btk. 212/A. §-a (kapcsolati erőszak) alkalmazásában van valakinek tapasztalata, ha a sértett nem beszél magyarul?
ordinary:meeting | A jelzőrendszeri esetmegbeszélés következő alkalma január 15-én, csütörtökön 10 órakor lesz a polgármesteri hivatal 214-es termében.
ordinary:organisation | Egyesületünk januártól minden második kedden tanácsadást tart LMBTQI+ menedékkérőknek; elérhetőség a honlap általános címén.
ordinary:practice | Egy harmincas évei közepén járó közép-ázsiai nő a munkáltatója általi szexuális erőszakról beszélt. Hogyan oldjátok meg rövid határidővel a női tolmácsot?
ordinary:version | Felkerült a jelzőrendszeri protokoll 2.1-es verziója; a 2.0-hoz képesti változások a 3. fejezetben vannak.
ordinary:court | Hivatkozható: az EUB C-473/16. sz. F kontra Bevándorlási és Menekültügyi Hivatal ügyben 2018. január 25-én hozott ítélete.
ordinary:postcode | Az 1011 és 1239 közötti irányítószámú klienseket a budapesti team látja el, a 4000-es körzetet a debreceni.
ordinary:date | Irodánk december 22. és január 5. között zárva tart; sürgős esetben hívjátok a 112-t vagy az OKIT-ot.
ordinary:price | Magánrendelésen egy látlelet 15–20 ezer forintba kerül; hol lehet ingyen kérni?
[mt]
phone | Għall-appuntament tal-Ħamis mal-psikologa: 79 4 827 16, iżda tweġibha t-tifla tagħha.
phone | Xi ħadd mit-tim ta' Għawdex jista' jċemplilha lura? Disgħa disgħa, tnejn wieħed, tmienja erbgħa, sebgħa tlieta. Titkellem it-Tigrinja biss.
email | Il-persuna trans li semmejt il-ġimgħa l-oħra tixtieq l-informazzjoni dwar il-grupp ta' appoġġ fuq helen.tesfay90 (at) gmail (punt) com; dak għadu l-isem legali tagħha, jekk jogħġobkom tużawhx fil-grupp.
id_number | Fil-formola għall-għajnuna lill-vittmi, is-sistema ma taċċettax in-numru tal-karta tal-identità tagħha, 0482716M. Xi ħadd kellu l-istess problema?
case_number | Ir-rapport tal-pulizija huwa n-numru 2025/48172 u l-każ fil-Qorti tal-Maġistrati huwa l-Kumpilazzjoni Nru. 482/2025.
social | Il-klijent gay li ġie minn Lagos jibża' li l-profil @jake_borg_mt se jibgħat ir-ritratti tiegħu lill-familja jekk ma jħallasx €500; dan huwa sextortion ċar.
plate | Il-klijenta rat lill-ex tagħha jsuq vann abjad PBX 482 ħdejn l-iskola tat-tfal, għalkemm għandu ordni ta' protezzjoni.
address | Il-klijenta tixtieq li xi ħadd iżur il-post fejn tgħix, Flat 4, 27, Triq il-Kbira San Ġużepp, Ħal Qormi QRM 2401, għax hemm il-moffa u s-sid qed jhedded li jkeċċiha jekk tilmenta.
date_of_birth | Tgħid li twieldet fit-3 ta' Marzu 2010, jiġifieri għalqet is-16 f'Marzu, iżda fiċ-ċentru rreġistrawha bħala adulta.
date_of_birth | Data tat-twelid 21/09/1996, Eritrea: l-iskola tal-Malti qed titlobha ċertifikat tat-twelid li ma għandhiex.
named_person | Amal Idris, 37 sena, Sudaniża, tnaddaf fl-isptar Mater Dei: ilha xahrejn ma titħallas u l-aġenzija żammitilha l-passaport.
named_person | Kurt Camilleri, 21 sena, minn Ħaż-Żabbar, gay, qalli li missieru keċċieh mid-dar wara li sab il-messaġġi tiegħu.
iban | Il-ħaddiem tal-bini minn Bangladesh qalli li l-aġenzija tieħu €300 fix-xahar mill-paga tiegħu mill-kont MT86 MALT 0110 0276 0189 5559 7971 147 għall-'akkomodazzjoni'.
iban | Għall-ħlas lura tal-ispejjeż tat-trasport tatni l-kont tagħha MT98 VALL 2201 3528 7291 3025 6914 555; nistgħu nibagħtu hemm?
ordinary:helpline | Tfakkira: is-Supportline 179 hija disponibbli 24 siegħa kuljum, u f'emerġenza 112.
ordinary:public_service | Xi ħadd jaf kemm qed tieħu Identità biex toħroġ permess ta' residenza għal vittmi tat-traffikar?
ordinary:statistics | Fis-servizz tagħna, fl-2025 madwar 40% tal-klijenti kienu nisa barranin, meta mqabbel ma' 25% fl-2021; qed taraw l-istess xejra?
ordinary:law | Il-Kap. 581, l-Att dwar il-Vjolenza abbażi tas-Sess u l-Vjolenza Domestika, kif qed jiġi applikat meta l-vittma ma titkellimx Malti jew Ingliż?
ordinary:meeting | Il-laqgħa li jmiss tan-netwerk se ssir nhar l-Erbgħa 21 ta' Jannar fl-10:00, kamra 3 fl-ewwel sular tal-Ministeru.
ordinary:organisation | L-għaqda tagħna se toffri sessjonijiet għal persuni LGBTIQ+ li qed ifittxu l-ażil kull it-Tlieta t-tieni; kuntatt permezz tal-indirizz ġenerali fuq is-sit.
ordinary:practice | Mara ta' madwar għoxrin sena mill-Qarn tal-Afrika rrakkontat vjolenza sesswali fil-Libja. Kif torganizzaw interpretu mara fi żmien qasir?
ordinary:version | Il-verżjoni 1.5 tal-protokoll ta' riferiment issa tinsab fuq il-pjattaforma; il-bidliet meta mqabbla mal-1.4 huma fl-Anness A.
ordinary:court | Sentenza utli: il-QEDB, Opuz v. it-Turkija, rikors nru 33401/02, u s-sentenza tal-QĠUE fil-kawżi magħquda C-199/12 sa C-201/12 (X, Y u Z).
ordinary:postcode | Il-klijenti b'kodiċi postali li jibda BKR jew SPB jaqgħu taħt it-tim tat-Tramuntana, dawk ta' VLT u FRN taħt it-tim ċentrali.
ordinary:date | L-aħħar data għall-kummenti dwar l-istrateġija nazzjonali hija l-31 ta' Jannar 2027.
ordinary:price | Traduzzjoni uffiċjali ta' rapport mediku tiswa madwar €35 kull paġna; xi ħadd jaf jekk hemmx fond għal dan?
[ar]
phone | رقم الموكلة الجديد منذ أمس: +٣١ ٦ ٤٨ ٢٧ ١٩ ٣٦، وتفضّل أن نرسل لها رسالة واتساب أولًا لأن أخا زوجها يراقب هاتفها.
phone | هل يستطيع أحد من فريق ملقة الاتصال بها؟ الرقم: ستة أربعة سبعة، اثنان تسعة واحد، ثلاثة ثمانية خمسة. لا تتكلم إلا العربية الدارجة.
phone | للزملاء في بروكسل: رقم السيدة التي تحدثنا عنها في الاجتماع أصبح ٠٤٧٨ ٣٩ ٢١ ٥٦، وهي تقول إن الاتصال بعد الساعة السادسة غير آمن.
email | للتواصل بخصوص موعد المقابلة مع المحامية تفضّل أن نكتب لها على fatima.alhassan88 (at) hotmail نقطة com لأن زوجها لا يعرف هذا البريد.
id_number | عند تقديم طلب التعويض يرفض النظام رقم السجل الوطني البلجيكي الخاص بها ٩٨.٠٦.١١-٧٩٩.٠١، هل واجه أحدكم المشكلة نفسها؟
case_number | ملف لجوئها لدى دائرة الهجرة الهولندية برقم V ٢٨٤٧١٩٣٠٥٦، ومحضر الشكوى لدى الشرطة برقم ٢٠٢٥٣١٨٤٧٢، والمحامي يطلب الربط بينهما.
social | ابن عمها نشر صورها دون حجاب على الحساب facebook.com/profile.php?id=100084736251904 ليضغط عليها كي تعود إلى زوجها، والعائلة في الأردن رأت الصور.
plate | السائق الذي أوصلها من ألمانيا إلى هولندا بسيارة رقمها ZK-482-B ما زال يتصل بها ويطالبها بـ«أجرة الطريق».
address | كانت تعمل خادمة في بيت في Rue de Brabant 142، 1030 Schaerbeek، ولم تحصل على أجر منذ سنة. هل نبلغ مفتشية العمل أولًا أم الشرطة؟
date_of_birth | تقول إنها مولودة في ١٥ رمضان ١٤٣٠ هـ، أي أنها ما زالت في السابعة عشرة، لكنها سُجّلت عند الوصول على أنها بالغة.
date_of_birth | تاريخ الميلاد ٠٣/٠٣/٢٠١٠، سورية الجنسية، أكملت السادسة عشرة في آذار الماضي؛ هل يحق لها طلب وصي قانوني؟
named_person | السيدة هدى الخطيب، سورية عمرها ٣٢ عامًا وأم لثلاثة أطفال، نقلناها الشهر الماضي إلى بيت الإيواء في أوتريخت، أخبرتني اليوم أن زوجها عرف مدرسة الأطفال.
named_person | يوسف بن عمر، ٢٠ عامًا، مغربي، مثلي الجنس، يعيش في مركز الاستقبال في ألميريا ويتعرّض لتهديدات من شبان آخرين في المركز.
iban | أخوها يطلب منها تحويل نصف راتبها شهريًا إلى الحساب NL26 RABO 0385 2251 93 وإلا سيخبر العائلة في المغرب بطلاقها.
ordinary:helpline | للتذكير: الرقم الأوروبي الموحد للطوارئ ١١٢، وخط مساعدة ضحايا الجرائم ١١٦ ٠٠٦، وفي هولندا يمكن الاتصال مجانًا بـ Veilig Thuis على 0800-2000.
ordinary:public_service | هل يعرف أحد إن كان مكتب دائرة الهجرة في زفوله ما زال يستقبل المراجعين بدون موعد؟
ordinary:statistics | بحسب مسح وكالة الحقوق الأساسية الأوروبية، تعرضت ٣٣٪ من النساء في الاتحاد الأوروبي للعنف الجسدي أو الجنسي منذ سن الخامسة عشرة. هل توجد أرقام خاصة بطالبات اللجوء؟
ordinary:law | المادة ٦٠ من اتفاقية إسطنبول تلزم الدول بالاعتراف بالعنف القائم على النوع الاجتماعي كشكل من أشكال الاضطهاد؛ كيف يُطبَّق ذلك في بلدانكم؟
ordinary:meeting | الاجتماع القادم لشبكة الوسطاء الثقافيين يوم الأربعاء ١٤ كانون الثاني الساعة العاشرة صباحًا في القاعة ٣ بمبنى البلدية.
ordinary:organisation | تقدم جمعيتنا ابتداءً من كانون الثاني جلسات استشارية لطالبي اللجوء من مجتمع الميم كل يوم خميس، والتواصل عبر العنوان العام على موقعنا.
ordinary:practice | امرأة في الثلاثينيات من شمال أفريقيا تحدثت عن عنف جنسي تعرضت له في ليبيا، ثم رفضت متابعة الحديث عندما دخل مترجم رجل. كيف تؤمّنون مترجمة امرأة بسرعة؟
ordinary:version | نُشر الإصدار ٢٫١ من دليل الإحالة باللغة العربية؛ التعديلات مقارنة بالإصدار ٢٫٠ في الفصل الرابع.
ordinary:court | حكم مهم للعنف الأسري: المحكمة الأوروبية لحقوق الإنسان، قضية Kurt ضد النمسا، الطلب رقم 62903/15، الغرفة الكبرى ٢٠٢١.
ordinary:postcode | المراجِعات من الرموز البريدية ١٠٠٠ حتى ١٢١٠ يتبعن فريق بروكسل المتنقل، ومن ١٣٠٠ فما فوق فريق برابانت الوالونية.
ordinary:date | آخر موعد للتسجيل في الدورة التدريبية للمترجمين هو ١٥ كانون الثاني ٢٠٢٧.
ordinary:price | تكلفة الترجمة المحلّفة لتقرير طبي حوالي ٤٠ يورو للصفحة؛ هل تعرفون جهة تغطي هذه التكاليف؟
[fa]
phone | شماره جدید مراجع از دیروز: ۰۰۳۰ ۶۹۷ ۴۸۲ ۱۹ ۳۶. خواهش کرده اول پیامک بدهیم چون برادرشوهرش گوشی‌اش را چک می‌کند.
phone | کسی از تیم لاهه می‌تواند با او تماس بگیرد؟ شماره‌اش صفر شش، پنجاه و سه، هشتاد و یک، هفتاد و چهار، بیست است. فقط دری صحبت می‌کند.
email | برای ارسال گواهی پزشکی قانونی ایمیلش را داده: zahra.ahmadi93 اَت یاهو دات کام.
id_number | موقع درخواست غرامت، سیستم شماره BSN او را قبول نمی‌کند: ۶۸۲۰۵۲۵۸۹. کسی همین مشکل را داشته؟
id_number | برای ترجمه مدارکش کد ملی ایرانی‌اش را هم لازم دارند: ۰۷۳-۰۹۰۹۲۲-۰؛ می‌توانم آن را در فرم ارجاع بنویسم؟
case_number | شماره پرونده پناهندگی او در اداره پناهندگی آتن ۵۸۲۷۱۴۳ است و شکایتش در پلیس با شماره ΑΒΜ Ε25/4172 ثبت شده.
social | دختر ۱۵ ساله‌اش ساعت‌ها با صفحه instagram.com/reza.karimi.1370 چت می‌کند که ادعا می‌کند مربی فوتبال است، ولی مادر نگران است.
plate | شوهرش با ماشین ΙΝΚ-2941 هر روز جلوی مدرسه بچه‌ها می‌ایستد، با اینکه دادگاه حکم منع نزدیک شدن داده است.
address | هنوز با شوهرش در آتن، خیابان آخارنون، پلاک ۲۱۲، طبقه سوم زندگی می‌کند و نمی‌خواهد جدا شود؛ فقط می‌خواهد کسی گاهی سر بزند. بازدید خانگی ممکن است؟
date_of_birth | می‌گوید متولد ۱۲ مهر ۱۳۸۸ است، یعنی تازه هفده ساله شده، ولی در ثبت‌نام او را بزرگسال نوشته‌اند.
date_of_birth | تاریخ تولد: ۱۳۷۲/۰۶/۲۱؛ در کارت پناهندگی یونانی ۱/۱/۱۹۹۳ نوشته‌اند، چطور اصلاحش کنیم؟
named_person | خانم مریم حسینی، ۲۷ ساله، اهل هرات، که ماه پیش با دو بچه‌اش به خانه امن لاریسا منتقل شد، امروز به من گفت شوهرش مدرسه بچه‌ها را پیدا کرده.
named_person | کسی علی رضایی را می‌شناسد؟ همان پسر ۱۹ ساله ایرانی که در کارگاه خیاطی در پیرئوس کار می‌کرد و بهره‌کشی را گزارش داد و حالا از انتقام می‌ترسد.
iban | قاچاقچی می‌خواهد بقیه «بدهی» را به حساب NL56 ASNB 0180 7329 79 بریزد؛ آیا باید شماره حساب را به پلیس بدهیم؟
ordinary:helpline | یادآوری: شماره اضطراری اروپا ۱۱۲ است و خط ۲۴ ساعته SOS برای زنان در یونان ۱۵۹۰۰؛ برای قربانیان جرم در بسیاری از کشورها ۱۱۶۰۰۶.
ordinary:public_service | کسی می‌داند اداره پناهندگی آتن برای مصاحبه، مترجم زن فارسی‌زبان فراهم می‌کند؟
ordinary:statistics | در گزارش سالانه سازمان ما، ۳۸ درصد زنانی که در سال ۲۰۲۵ مراجعه کردند از خشونت در مسیر مهاجرت گفتند؛ در سازمان‌های شما این رقم چقدر است؟
ordinary:law | ماده ۵۹ کنوانسیون استانبول به قربانیان اجازه اقامت مستقل می‌دهد؛ در کشورهای شما این ماده چطور اجرا می‌شود؟
ordinary:meeting | جلسه بعدی مترجمان فارسی‌زبان روز سه‌شنبه ۲۰ ژانویه ساعت ۱۰ صبح در اتاق ۲۰۴ ساختمان شهرداری برگزار می‌شود.
ordinary:organisation | انجمن ما از ژانویه هر پنجشنبه جلسات مشاوره برای پناهجویان دگرباش برگزار می‌کند؛ تماس از طریق آدرس عمومی وب‌سایت.
ordinary:practice | مادری افغان حدوداً چهل ساله می‌گوید پسر نوجوانش رفتار خشن پدر را تکرار می‌کند. برای کار با پسرهای نوجوان در خانواده‌های پناهجو چه برنامه‌ای می‌شناسید؟
ordinary:version | نسخه ۱٫۲ راهنمای ارجاع به زبان فارسی منتشر شد؛ تغییرات نسبت به نسخه ۱٫۱ در پیوست ب است.
ordinary:court | حکم مهم دیوان دادگستری اتحادیه اروپا در پرونده‌های الحاقی C-148/13 تا C-150/13 (A، B و C) درباره ارزیابی گرایش جنسی پناهجویان، سال ۲۰۱۴.
ordinary:postcode | مراجعانی که کد پستی‌شان بین ۱۰۴ تا ۱۱۷ است زیر پوشش تیم مرکز آتن هستند.
ordinary:date | مهلت ثبت‌نام در دوره آموزشی مترجمان تا ۱۵ بهمن ۱۴۰۵ (۴ فوریه ۲۰۲۷) است.
ordinary:price | ترجمه رسمی یک گزارش پزشکی حدود ۲۵ یورو برای هر صفحه هزینه دارد؛ برنامه‌ای هست که آن را پوشش دهد؟
"""

POSTS = parse(_TEXT)
