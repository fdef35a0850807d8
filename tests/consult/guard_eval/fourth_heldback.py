"""Fourth held-back evaluation corpus for the personal-data guard (issue 17).

Written on 2026-12-06 by a helper session started by the project session,
independently of the detector: the author did not read the guard's code, its
tests, its other corpora, its benchmark or its documentation, and did not run
it. The posts were written in one go from the text of issue 17 and the brief
(the 16 site languages taken from LANGUAGES in config/settings/base.py), and
were not revised against the guard's output.

Format: one post per line under a ``[lang]`` heading, ``kind | text``.
Identifying kinds: phone, email, id_number, case_number, social, plate,
address, date_of_birth, named_person, iban. Ordinary kinds are
``ordinary:<theme>``. Every language has 14 identifying and 12 ordinary posts.

All private names, numbers, plates, handles, e-mail addresses and street
addresses are invented. Check digits were computed with python-stdnum 2.2
(from the project's .venv) so that the numbers validate: BSN (11-test),
Belgian national register (mod 97, born-after-2000 rule), Spanish DNI/NIE
letter, Italian codice fiscale, PESEL, Greek AMKA (Luhn), Irish PPSN
(mod 23 letter, checked with stdnum.ie.pps), Croatian OIB (ISO 7064
mod 11,10), Bulgarian EGN and LNCh, Slovenian EMSO, German Steuer-ID, and all
IBANs (ISO 13616 mod 97, checked with stdnum.iban). The Hungarian TAJ check
digit (weights 3,7 mod 10) was computed by hand, as stdnum has no TAJ module;
Maltese ID card numbers have no check digit. Phone numbers written with digits
were checked with phonenumbers 9.0.43 to be valid mobile numbers of the
country they belong to (one Slovenian number deliberately starts with a
letter O instead of a zero). Public helpline numbers in the ordinary posts are
the published national and harmonised (112, 116 xxx) numbers.

Measured once as a held-back part on 2026-12-06, before any tuning on it
(88.8 % identifying held, 7.3 % ordinary held; docs/guard.md). Since then it
is part of what the guard is tuned on: its misses were read from 2026-12-06
(``bench/guard.py --misses``).
"""

from . import parse

_TEXT = """
[en]
phone | Can someone advise? My client (she asked me to share this) can be reached on 087 394 21 68 after 6pm, she wants to talk to a solicitor about a protection order before the hearing.
phone | The survivor's sister called us from Malta, her number is +356 7942-1853. She is worried the partner still has the passport and wants to know if she can collect it with a Garda.
phone | Her mobile is oh eight six, four four seven, two nine one, three. Please only call from a withheld number, he checks the call log.
email | Client prefers email over phone: amina.k.1994 [at] gmail [dot] com. She reads English but slowly, so keep it short.
email | The young man's email is joseph_okafor at outlook dot ie if anyone in the Cork team can follow up on the labour exploitation referral.
id_number | His PPSN is 8473621T but the Intreo office says it isn't linked to his IPO file. Has anyone had this before and how long did it take to fix?
id_number | Maltese ID card 417893M. The woman who holds it says the husband kept the original card, can she get a replacement without his signature?
case_number | IPO reference IPO/26/04718: the applicant disclosed rape in a Libyan detention centre only at the substantive interview. How do we flag this to IPAS for vulnerability assessment? Her solicitor is away until January and the centre manager says it is not their role. She has two children in school here and is terrified of a transfer.
social | The trafficker recruits through Telegram, t.me/jobs_dublin_clean_cash, and the girl still follows him on TikTok as @lilmaria.dub, we think he watches her stories.
plate | The man waits outside the accommodation centre most evenings in a silver Corolla, reg 191-D-40372. Several residents have seen it, is this enough for the Gardaí?
address | She is now staying with a cousin at 14 Clonliffe Gardens, Apartment 3, Drumcondra, Dublin 3. Does anyone know if the council will accept that as her address for the housing list?
date_of_birth | The client was born on the 3rd of November 2009, so she is still a minor for almost another year, whatever the age assessment said.
named_person | Blessing Adeyemi, the Nigerian woman at the Mosney centre who is pregnant, has missed her GP appointment again and the key worker thinks the partner is stopping her.
iban | The shelter wants to refund her deposit. Her account is IE90 AIBK 9311 5288 1293 22 in her own name, but is it safe to transfer if he has access to the banking app?
ordinary:helpline | For colleagues in Ireland: the Women's Aid 24-hour National Freephone Helpline is 1800 341 900 and the Dublin Rape Crisis Centre helpline is 1800 77 88 88, both free and confidential.
ordinary:public_service | In an emergency in Ireland or Malta dial 112 (999 also works in Ireland). The EU hotline for missing children is 116 000 and the victim support number is 116 006.
ordinary:statistics | In 2025 our network logged 1,284 first contacts: 62% women aged 18 to 35, 214 referrals to refuges, 37 suspected trafficking cases, up 11.4% on 2024; median waiting time fell from 19 to 12 days.
ordinary:law | Under section 39 of the Domestic Violence Act 2018 coercive control is a criminal offence, and Article 59 of the Istanbul Convention deals with the residence status of victims whose status depends on a spouse.
ordinary:meeting | Next peer supervision: Thursday 14 January 2027, 10:00 to 12:30 CET, Room 2.14 on the second floor, or join online with the link in the calendar invite.
ordinary:organisation | Supportline 179 in Malta is run by Appoġġ within the Foundation for Social Welfare Services; ask them to connect you to the on-call social worker of the Domestic Violence Unit.
ordinary:practice | A woman in her twenties from West Africa says her sponsor holds a debt of several thousand euros over her. She has no papers and is scared of deportation. What are the first steps you take before involving the police? She has been working in a nail bar, sleeps in the back room and is not allowed out alone. She told us a little in French through a volunteer, and she does not want the volunteer to know more. We have a referral pathway to the NRM but I am not sure she is ready.
ordinary:version | The referral form is now version 3.2 (updated 01/12/2026). Please stop using v2.7, the consent section and the data-sharing annex have changed.
ordinary:court | In its judgment in case C-621/21 of 16 January 2024 the Court of Justice held that women as a whole can be regarded as a particular social group under the Qualification Directive.
ordinary:postcode | Post for the project can go to our office in Dublin 2 (Eircode area D02), marked PROTECT; the Cork hub uses the T12 routing key.
ordinary:date | Applications for the winter training close on 31 January 2027 and results will be sent out by 15 February; the course runs from 1 to 3 March.
ordinary:price | The interpreting agency charges EUR 45 per hour with a 2-hour minimum, phone interpreting is EUR 1.20 per minute; the project budget covers up to EUR 2,500 this quarter.
[bg]
phone | Клиентката може да бъде намерена на 0888 123 457, но само преди обяд, когато мъжът ѝ е на работа.
phone | Телефонът на момичето е +359 87 912 3456, по-добре да ѝ се пише във Viber, не по телефона.
phone | Продиктува ми номера си така: нула осем девет осем, четиристотин петдесет и две, триста и осемнадесет. Моля, обадете ѝ се само от скрит номер.
email | Имейлът ѝ е layla.m маймунка abv точка bg, проверява го от телефона на приятелка.
email | Младият мъж пише от hadi_k91 [at] mail [dot] bg и иска среща с адвокат за трудовата експлоатация.
id_number | ЕГН 8803174530 — НАП твърди, че осигуровките ѝ са прекъснати, някой сблъсквал ли се е с това?
id_number | ЛНЧ на клиентката е 1619119057, но в ДАБ не могат да я открият в системата. Какво да направим?
case_number | По преписка рег. № УРИ 4827р-12345/2026 на СДВР още няма движение, а пострадалата се страхува да излиза.
social | Насилникът я заплашва от Instagram профила @ivo_sofia_88x и от канала в Telegram t.me/ivo88sof, където е качил нейни снимки.
plate | Кара черно Ауди с регистрационен номер СА 4827 ВК и всяка вечер паркира пред центъра на Военна рампа.
address | В момента живее временно при приятелка на ул. „Пиротска“ 112, ет. 3, ап. 9, София. Може ли да се регистрира на този адрес?
date_of_birth | Родена е на пети февруари две хиляди и девета година в Алепо, значи все още е непълнолетна.
named_person | Нур Хасан, сирийката от центъра в Харманли с двете малки деца, ни каза вчера, че съпругът ѝ отново я е бил. Децата не ходят на училище от месец, а социалната работничка в центъра е в отпуск до края на годината.
iban | Помощта трябва да се преведе по сметка BG30 BNBG 9661 1045 2547 23, която е на нейно име. Безопасно ли е, ако той има достъп до телефона ѝ?
ordinary:helpline | Националната телефонна линия за пострадали от домашно насилие е 0800 1 86 76, безплатна и денонощна.
ordinary:public_service | При спешен случай се обадете на 112. Националната телефонна линия за деца е 116 111, а за изчезнали деца 116 000.
ordinary:statistics | През 2025 г. консултирахме 318 жени, 29% от тях търсещи закрила; 54 насочвания към кризисни центрове и 11 случая на трафик, с 7% повече от 2024 г.
ordinary:law | Вижте чл. 4 от Закона за защита от домашното насилие и чл. 159а от Наказателния кодекс за трафика на хора.
ordinary:meeting | Среща на екипа: сряда, 20 януари 2027 г., от 10:00 до 12:30 ч., зала 305, трети етаж.
ordinary:organisation | Българският Червен кръст работи в регистрационно-приемателните центрове на ДАБ и може да помогне с насочването към кризисен център.
ordinary:practice | Жена на около двадесет години от Афганистан, без документи, казва, че са я „продали“ по пътя през Турция. Какво правите първо, преди да се обадите в полицията? Говори само дари, а преводачката в центъра е мъж. Не иска да говори пред него. Имате ли опит с дистанционен превод от жена?
ordinary:version | Излезе версия 2.1 на формуляра за насочване (декември 2026 г.), моля, не използвайте повече версия 1.8.
ordinary:court | В решение по дело C-621/21 от 16 януари 2024 г. Съдът на ЕС отговори на запитване от Административен съд София-град за жените като определена социална група.
ordinary:postcode | Офисът ни е в центъра, пощенски код 1000 София; пратки за проекта се изпращат там с надпис PROTECT.
ordinary:date | Крайният срок за кандидатстване за обучението е 31 март 2027 г., а резултатите ще бъдат обявени до 15 април.
ordinary:price | Преводачът струва около 35 евро на час, а пътните се поемат до 50 евро на посещение; бюджетът за 2027 г. е 4 000 евро.
[de]
phone | Die Klientin erreichen Sie unter 0151 / 234 87 196, bitte nur per SMS, der Ehemann kontrolliert die Anrufliste.
phone | Ihre belgische Handynummer ist +32 471 55 68 20, sie wohnt inzwischen bei einer Tante in Eupen und spricht nur Arabisch.
phone | Sie hat mir die Nummer vorgelesen: null eins sechs null, vier fünf, sieben acht, zwei zwei, neun eins. Kann die Kollegin aus Köln sie heute noch anrufen?
email | Mail der jungen Frau: leyla.aziz98 (at) web (punkt) de, sie schaut nur abends rein, wenn die Kinder schlafen.
email | Bitte nur noch an ihre neue Adresse schreiben: samira punkt k at gmx punkt net, die alte kennt er.
id_number | Ihre Steuer-ID 90932169743 steht auf dem Jobcenter-Bescheid, den der Ex-Partner angeblich abfotografiert hat. Kann man die neu vergeben lassen?
id_number | Nationalregisternummer der Klientin in Belgien: 95.09.23-082.25. Die Gemeinde verlangt trotzdem einen Mietvertrag für die Anmeldung.
case_number | BAMF-Aktenzeichen 8123456-423: Die Anhörung war am Montag, sie hat dort den Menschenhandel aus Scham nicht erwähnt. Wie bringen wir das nachträglich ein? Die Verfahrensberatung hat erst im Februar wieder Termine, und ihre Anwältin meint, ein schriftlicher Nachtrag reiche. Ich bin da skeptisch, weil die Glaubhaftigkeit dann leicht angezweifelt wird.
social | Der Täter schreibt ihr über Instagram vom Account @ali.bln_030_official und droht, intime Fotos zu posten, wenn sie nicht zurückkommt.
plate | Er fährt einen grauen Passat mit dem Kennzeichen B-KX 4821 und steht fast jeden Abend vor der Unterkunft in der Nähe der Bushaltestelle.
address | Sie ist vorübergehend bei einer Bekannten untergekommen, Hermannstraße 112, Hinterhaus, 3. OG, 12051 Berlin.
date_of_birth | Laut Pass ist sie am 7. Mai 2009 geboren, also noch minderjährig; das Jugendamt hat sie trotzdem als volljährig eingeschätzt.
named_person | Frau Hawa Conteh aus Guinea, die mit ihrem Baby in der Erstaufnahme in Suhl lebt, hat große Angst, dass ihre Tochter beschnitten wird.
iban | Das Geld für die Erstausstattung geht auf DE87 3704 0044 0983 3294 95, Kontoinhaberin ist die Klientin selbst.
ordinary:helpline | Hilfetelefon Gewalt gegen Frauen: 116 016, rund um die Uhr, kostenlos und in 18 Sprachen. Hilfetelefon Sexueller Missbrauch: 0800 22 55 530.
ordinary:public_service | Notruf Polizei 110, Feuerwehr und Rettungsdienst 112; in Belgien gilt die 112 für alles, die Polizei erreicht man auch unter 101.
ordinary:statistics | 2025 hatten wir 318 Erstberatungen, davon 41 % mit Dolmetschung, 27 Aufnahmen im Frauenhaus und 12 Verdachtsfälle von Menschenhandel; das sind 3,5 % mehr als 2024.
ordinary:law | Nach § 31 Abs. 2 AufenthG kann bei besonderer Härte ein eigenständiges Aufenthaltsrecht entstehen; für Opfer von Menschenhandel siehe § 25 Abs. 4a AufenthG.
ordinary:meeting | Fallbesprechung am Mittwoch, 13.01.2027, von 15:00 bis 16:30 Uhr in Raum 1.12 im Erdgeschoss; der Online-Zugang folgt per Mail.
ordinary:organisation | Der KOK e. V., der bundesweite Koordinierungskreis gegen Menschenhandel, hat eine aktuelle Liste der Fachberatungsstellen nach Bundesland veröffentlicht.
ordinary:practice | Eine Frau Mitte vierzig aus Nordafrika berichtet, dass ihr Ehemann ihren Pass einbehält. Sie hat nur eine abgeleitete Aufenthaltserlaubnis. Welche Schritte empfehlt ihr als Erstes? Sie hat zwei Kinder im Grundschulalter, spricht gut Französisch und etwas Deutsch. Eine Trennung traut sie sich nicht zu, weil sie Angst hat, ihr Aufenthaltsrecht zu verlieren. Gibt es Erfahrungen mit der Ausländerbehörde in solchen Fällen?
ordinary:version | Bitte ab sofort den Schutzplan in Version 5.0 verwenden; die Vorlage 4.3 hatte noch das alte Kapitel zum Datenschutz.
ordinary:court | Der EuGH hat mit Urteil vom 16.01.2024 in der Rechtssache C-621/21 entschieden, dass Frauen insgesamt eine bestimmte soziale Gruppe sein können.
ordinary:postcode | Unsere Beratungsstelle ist umgezogen, Post bitte an: Postfach 10 12 34, 10117 Berlin. Die Sprechzeiten bleiben gleich.
ordinary:date | Anmeldeschluss für die Fortbildung ist der 28. Februar 2027; die Termine sind der 11. und 12. März.
ordinary:price | Dolmetscherkosten liegen bei etwa 75 Euro pro Stunde zuzüglich 0,30 Euro pro Kilometer; das Budget für 2027 beträgt 6.500 Euro.
[el]
phone | Η κυρία απαντά μόνο στο 694 123 8756, το πρωί, όταν ο σύζυγος λείπει στη δουλειά.
phone | Το κινητό της είναι +30 697-45-82-013, προτιμά να της στέλνετε μήνυμα στο Viber.
phone | Μου είπε τον αριθμό προφορικά: έξι εννέα εννέα, τρία δύο, πέντε οκτώ, ένα ένα, επτά. Μπορεί κάποια συνάδελφος που μιλά φαρσί να την καλέσει;
email | Το email της είναι amal.hassan παπάκι gmail τελεία com, το ανοίγει μόνο από το κινητό της φίλης της.
email | Στείλτε της στη διεύθυνση rania_k88 [at] yahoo [dot] gr για το ραντεβού με τη δικηγόρο.
id_number | Ο ΑΜΚΑ της είναι 12049203461, αλλά το νοσοκομείο λέει ότι δεν είναι ενεργός. Έχει συμβεί σε κάποιον άλλον;
case_number | Στο νοσοκομείο έχει αριθμό εισαγωγής 2026/018734 και η δικογραφία στην Εισαγγελία είναι ΑΒΜ Α2026/4827· πώς ζητάμε αντίγραφο χωρίς να το μάθει ο σύζυγος;
case_number | Η υπόθεσή της στο Περιφερειακό Γραφείο Ασύλου Λέσβου έχει αριθμό φακέλου 8423/2026 και η συνέντευξη ορίστηκε χωρίς διερμηνέα.
social | Ο δράστης της στέλνει μηνύματα από το Instagram @nikos_ath_k13 και έχει ανεβάσει βίντεο στο tiktok.com/@marina.gr.x.
plate | Ο άνδρας οδηγεί ασημί Opel με πινακίδα ΙΚΝ-4827 και περιμένει έξω από τη δομή κάθε βράδυ.
address | Μένει προσωρινά σε μια φίλη της, στην οδό Αχαρνών 145, 3ος όροφος, 104 46 Αθήνα.
date_of_birth | Γεννήθηκε στις δώδεκα Απριλίου του 2009 στο Χαλέπι, σύμφωνα με το έγγραφο που μας έδειξε, άρα είναι ακόμη ανήλικη.
named_person | Η Φάτιμα Χαϊντάρι, η Αφγανή από τη δομή της Μαλακάσας με τα δύο μικρά παιδιά, λέει ότι ο σύζυγός της την απειλεί με μαχαίρι. Δεν θέλει να κάνει καταγγελία γιατί φοβάται ότι θα χάσει τη θέση της στη δομή, και η κοινωνική λειτουργός φεύγει στο τέλος του μήνα.
iban | Το επίδομα μπαίνει στον λογαριασμό GR84 0110 1256 2888 6171 0136 480, που είναι στο όνομά της, αλλά εκείνος έχει την κάρτα.
ordinary:helpline | Η Γραμμή SOS 15900 της Γενικής Γραμματείας Ισότητας λειτουργεί 24 ώρες το 24ωρο, δωρεάν και με διερμηνεία.
ordinary:public_service | Έκτακτη ανάγκη: 112, Αστυνομία 100, ΕΚΑΒ 166. Για εξαφανισμένα παιδιά η γραμμή είναι η 116 000.
ordinary:statistics | Το 2025 υποστηρίξαμε 587 γυναίκες, το 62% αιτούσες άσυλο· έγιναν 104 παραπομπές σε ξενώνες και εντοπίστηκαν 23 πιθανά θύματα εμπορίας, αύξηση 8,2% σε σχέση με το 2024.
ordinary:law | Δείτε το άρθρο 3 του ν. 3500/2006 για την ενδοοικογενειακή βία και το άρθρο 323Α ΠΚ για την εμπορία ανθρώπων.
ordinary:meeting | Συνάντηση ομάδας την Τρίτη 19 Ιανουαρίου 2027, 10:00 με 12:00, στην αίθουσα 2 του 2ου ορόφου.
ordinary:organisation | Το Δίκτυο Δομών της Γενικής Γραμματείας Ισότητας περιλαμβάνει συμβουλευτικά κέντρα και ξενώνες φιλοξενίας σε όλη τη χώρα.
ordinary:practice | Γυναίκα γύρω στα τριάντα από την Κεντρική Αφρική αναφέρει βιασμό σε κέντρο κράτησης στη Λιβύη. Πώς την προετοιμάζετε για τη συνέντευξη ασύλου; Δεν έχει ιατρικά έγγραφα και ντρέπεται να μιλήσει μπροστά σε άνδρα διερμηνέα. Έχει κάποια από εσάς εμπειρία με αίτημα για γυναίκα συνεντεύκτρια;
ordinary:version | Κυκλοφόρησε η έκδοση 2.0 του εντύπου παραπομπής (Δεκέμβριος 2026), παρακαλώ μην χρησιμοποιείτε πλέον την 1.5.
ordinary:court | Στην απόφαση C-621/21 της 16ης Ιανουαρίου 2024 το Δικαστήριο της ΕΕ έκρινε ότι οι γυναίκες μπορούν να αποτελούν ιδιαίτερη κοινωνική ομάδα.
ordinary:postcode | Το γραφείο μας μεταφέρθηκε στην περιοχή του Ψυρρή, ΤΚ 105 54 Αθήνα· η αλληλογραφία στέλνεται εκεί.
ordinary:date | Η προθεσμία για τις αιτήσεις στο εκπαιδευτικό πρόγραμμα λήγει στις 28 Φεβρουαρίου 2027.
ordinary:price | Ο διερμηνέας κοστίζει περίπου 25 ευρώ την ώρα· ο προϋπολογισμός του έργου για το 2027 είναι 12.000 ευρώ.
[es]
phone | La usuaria solo puede hablar entre las 10 y las 12, su móvil es el 612 84 37 90; por favor, no dejéis mensajes de voz.
phone | Número de la chica: +34 655.219.843, mejor por WhatsApp que por llamada, el chico le revisa el registro.
phone | Me lo dictó así: seis cuatro nueve, treinta y dos, cincuenta y ocho, setenta y uno. ¿Alguien del equipo de Almería puede llamarla hoy?
email | Su correo es nadia.elamrani arroba gmail punto com, lo revisa desde el móvil de una amiga.
email | Escribidle a yasmin_b92 @ hotmail . es para confirmar la cita con la abogada del turno de oficio.
id_number | NIE X4244399W: en Extranjería dicen que la tarjeta caducó y no consigue cita previa desde hace tres meses.
id_number | Su DNI es el 88008131-B, lo obtuvo por nacionalidad el año pasado. ¿Afecta eso a la orden de protección que ya tenía?
case_number | Diligencias Previas 1487/2026 del Juzgado de Violencia sobre la Mujer n.º 3 de Madrid: ¿alguien sabe si ya hay fecha para la comparecencia? La abogada de oficio no contesta y la usuaria está muy angustiada porque el agresor sigue viviendo en el mismo barrio.
social | El agresor le escribe desde TikTok @kevin.mrd_93 y ha creado un perfil falso con sus fotos en instagram.com/lucia.bcn.priv
plate | Coche del agresor: Seat León gris, matrícula 4827 LMK. Suele esperar en la puerta del centro de acogida por las tardes.
address | Ahora vive con una prima en la calle de Embajadores 87, 3.º izquierda, 28012 Madrid, hasta que haya plaza en la casa de acogida.
date_of_birth | Fecha de nacimiento: 3 de febrero de 2009, según la partida que trajo, aunque la prueba de edad dice que es mayor.
named_person | Mariama Sow, la senegalesa de Lavapiés que trabaja en la hostelería, dice que su jefe le retiene el pasaporte y no le paga desde el verano.
iban | Para la ayuda de emergencia necesitan su cuenta: ES02 2100 0418 4148 1248 2088, a su nombre.
ordinary:helpline | El 016 atiende a víctimas de violencia machista las 24 horas, en 53 idiomas, y no deja rastro en la factura; también por WhatsApp en el 600 000 016.
ordinary:public_service | Emergencias: 112. Policía Nacional 091, Guardia Civil 062. Para casos de trata, la Policía Nacional tiene la línea 900 10 50 90.
ordinary:statistics | En 2025 atendimos a 1.126 mujeres, el 64 % extranjeras; 312 fueron derivadas a recursos de acogida y 48 presentaban indicios de trata, un 9,3 % más que en 2024.
ordinary:law | El artículo 31 bis de la Ley Orgánica 4/2000 regula la residencia de las mujeres extranjeras víctimas de violencia de género, y el 59 bis la de las víctimas de trata.
ordinary:meeting | Reunión de coordinación: martes 19 de enero de 2027, de 10:00 a 12:00, sala 2B de la segunda planta.
ordinary:organisation | APRAMP y Proyecto Esperanza trabajan con víctimas de trata en Madrid y tienen protocolos de derivación con la Policía Nacional.
ordinary:practice | Una mujer de unos treinta años, latinoamericana y en situación irregular, teme que denunciar le suponga una orden de expulsión. ¿Qué le explicáis en la primera entrevista? Tiene dos hijos pequeños escolarizados aquí y trabaja limpiando casas sin contrato. Le hemos hablado del artículo 31 bis, pero no se fía.
ordinary:version | Se ha publicado la versión 3.1 del protocolo de derivación (diciembre de 2026); cambia el apartado 4 sobre menores no acompañadas.
ordinary:court | La sentencia del TJUE de 16 de enero de 2024, asunto C-621/21, reconoce que las mujeres pueden constituir un determinado grupo social.
ordinary:postcode | Nuestra sede está en el distrito Centro, 28012 Madrid; para el correo postal usad el apartado de correos 14023.
ordinary:date | El plazo para presentar la memoria justificativa termina el 31 de marzo de 2027.
ordinary:price | Una sesión con intérprete cuesta unos 40 euros la hora; el desplazamiento se paga a 0,26 euros por kilómetro.
[fr]
phone | Madame peut être jointe au 0471 28 39 54, uniquement par SMS, son mari contrôle les appels.
phone | Son numéro belge : +32 (0)486.12.73.09. Elle parle dari, prévoir une interprète pour le premier contact.
phone | Elle m'a dicté son numéro : zéro quatre sept cinq, vingt-trois, quarante-huit, quatre-vingt-onze. Quelqu'un de l'équipe de Liège peut-il la rappeler ?
email | Adresse de la jeune fille : mariam.traore07 arobase yahoo point fr, elle la consulte rarement.
email | Contact de la cliente : s.haddad [at] skynet [point] be, merci de ne rien envoyer sur son ancienne adresse.
id_number | Numéro de registre national 87.04.12-154.80 : la commune refuse l'inscription tant qu'elle n'a pas de bail à son nom.
id_number | Le NISS de sa fille, 02011724896, apparaît sur la décision du CPAS ; faut-il le caviarder avant de transmettre au conseil ?
case_number | Dossier à l'Office des étrangers n° SP 9.184.372 ; le CGRA a convoqué madame pour le 14 janvier et elle n'a pas d'avocat.
social | Le proxénète la contacte via Snapchat (pseudo lil.bxl.king) et publie ses photos sur instagram.com/ryad__bx1080.
plate | Il stationne tous les soirs devant le centre avec une Audi noire immatriculée 1-KRT-482.
address | Elle habite actuellement rue de la Poudrière 38, boîte 4, 1000 Bruxelles, chez une compatriote.
date_of_birth | Née le vingt-trois septembre deux mille huit à Conakry, selon l'extrait d'acte qu'elle nous a montré.
named_person | Fatoumata Bah, la Guinéenne hébergée au centre de Jumet avec ses deux enfants, dit avoir été excisée et craint pour sa fille aînée. Elle ne veut pas encore porter plainte, l'assistante sociale du centre est en congé, et l'audition au CGRA approche.
iban | Le remboursement est à verser sur BE92 1505 1348 6123, au nom de la cliente uniquement.
ordinary:helpline | En Belgique francophone, la ligne Écoute violences conjugales est le 0800 30 030 (gratuit, 24 h/24) ; SOS Viol : 0800 98 100.
ordinary:public_service | En France, le 3919 (Violences Femmes Info) est gratuit et anonyme ; urgence : 17 ou 112, et le 114 par SMS pour les personnes sourdes.
ordinary:statistics | En 2025, nos trois permanences ont reçu 926 demandes, dont 58 % de femmes primo-arrivantes, 143 orientations vers un CPVS et 21 signalements de traite (+12,4 % sur un an).
ordinary:law | L'article 11, § 2, alinéa 4, de la loi du 15 décembre 1980 protège le séjour des victimes de violences conjugales ; voir aussi l'article 42quater, § 4, 4°.
ordinary:meeting | Réunion d'intervision le jeudi 21 janvier 2027 de 9 h 30 à 12 h, salle B-204, et en visio pour l'antenne de Liège.
ordinary:organisation | Les Centres de prise en charge des violences sexuelles (CPVS) sont ouverts 24 h/24 ; la liste est publiée par l'Institut pour l'égalité des femmes et des hommes.
ordinary:practice | Une jeune femme d'une vingtaine d'années, originaire d'Afrique centrale, refuse l'examen médico-légal mais veut porter plainte. Comment l'accompagnez-vous ? Elle vit chez un homme qui l'a « aidée » à arriver en Belgique et qui garde son passeport. Elle parle lingala et un peu de français. Nous ne voulons pas la mettre en danger en précipitant les choses.
ordinary:version | La fiche de signalement passe en version 2.3 (mise à jour du 01.12.2026) ; merci de détruire les anciennes versions papier.
ordinary:court | Dans l'arrêt du 16 janvier 2024 (affaire C-621/21), la Cour de justice a jugé que les femmes peuvent constituer un groupe social au sens de la directive qualification.
ordinary:postcode | Le service social a déménagé à 1060 Saint-Gilles ; la permanence du mardi reste inchangée.
ordinary:date | Date limite d'inscription à la formation : 15 février 2027 ; la session aura lieu les 8 et 9 mars.
ordinary:price | L'interprétariat social coûte environ 35 € de l'heure, le déplacement est forfaitaire à 12,50 € ; le budget 2027 prévoit 4 800 €.
[ga]
phone | Is féidir teagmháil a dhéanamh léi ar 086 412 7395, ach tar éis a sé tráthnóna amháin, nuair a bhíonn sé imithe ag obair.
phone | Seo a huimhir mar a thug sí dom í: náid a hocht a seacht, trí a naoi a dó, ceathair a hocht a haon a cúig.
phone | Tá uimhir Mhálta aici freisin, +356 9924 1837, is ansin atá a deirfiúr ina cónaí.
email | A seoladh ríomhphoist: nadia.osei ag gmail ponc com. Ní léann sí é ach uair sa tseachtain.
email | Scríobh chuici ag fatima_r22 [ag] yahoo [ponc] ie le do thoil, ní hé an seanseoladh a úsáid.
id_number | Is é a huimhir PSP ná 6192045C, ach deir an Roinn nach bhfuil sé nasctha lena comhad cosanta idirnáisiúnta.
case_number | Is é uimhir a cairte san ospidéal (MRN) 0048213; tá torthaí an scrúdaithe fhóiréinsigh faoin uimhir sin agus níor mhaith léi go bhfeicfeadh a fear céile iad.
case_number | Uimhir thagartha IPO/26/03192: bhí a hagallamh ar an Máirt agus níor luaigh sí an t-ionsaí gnéasach. Cad is féidir linn a dhéanamh anois?
social | Tá sé ag cur grianghraf di ar Instagram faoin ainm @conor.d.cork_x agus ar TikTok ag tiktok.com/@conord_cork.
plate | Tiomáineann sé carr dubh, clárú 221-C-58304, agus bíonn sé páirceáilte taobh amuigh den ionad gach oíche.
address | Tá sí ag fanacht le cara ag Árasán 2, 27 Bóthar na Trá, Gaillimh, go dtí go mbeidh áit sa tearmann.
date_of_birth | Rugadh í ar an dara lá de Mhárta 2009, de réir a pas, mar sin is mionaoiseach í fós.
named_person | Tá Grace Nwosu, an bhean ón Nigéir atá ina cónaí san ionad i Mosney lena mac beag, ag rá go bhfuil a fear céile ag bagairt uirthi arís. Níl sí ag iarraidh gearán a dhéanamh go fóill, ach tá eagla uirthi go n-aistreofar í go hionad eile.
iban | Is é a cuntas bainc IE90 AIBK 9311 5288 1293 22 agus tá sé ina hainm féin, ach tá an aip ag a fear céile.
ordinary:helpline | Líne Chabhrach Náisiúnta Women's Aid: 1800 341 900, saor in aisce, 24 uair an chloig. Ionad Géarchéime Éignithe Bhaile Átha Cliath: 1800 77 88 88.
ordinary:public_service | I gcás éigeandála glaoigh ar 112 nó 999. Tá Childline ar fáil ar 1800 66 66 66 agus an líne do leanaí atá ar iarraidh ar 116 000.
ordinary:statistics | In 2025 bhí 436 teagmháil againn, 57% ó mhná faoi bhun 35 bliana d'aois, agus 48 atreorú chuig tearmainn, méadú 6% ar 2024.
ordinary:law | Faoi alt 39 den Acht um Fhoréigean Baile 2018 is cion coiriúil é rialú comhéigneach; féach freisin Airteagal 59 de Choinbhinsiún Iostanbúl.
ordinary:meeting | Cruinniú foirne Déardaoin 14 Eanáir 2027 ag 10:30, seomra 3 ar an dara hurlár, agus ar líne dóibh siúd i gCorcaigh.
ordinary:organisation | Oibríonn Ruhama le mná a ndearnadh gáinneáil orthu agus le mná atá i mbun striapachais ar fud na hÉireann.
ordinary:practice | Bean óg ó Oirthear na hAfraice, idir fiche agus tríocha bliain d'aois, a bhfuil eagla uirthi labhairt leis na Gardaí. Conas a thosaíonn sibh an comhrá? Labhraíonn sí Araibis agus beagán Béarla. Dúirt sí linn go raibh sí ag obair i dteach príobháideach gan phá, agus níl a pas aici.
ordinary:version | Tá leagan 3.0 den fhoirm atreoraithe i bhfeidhm ó mhí na Nollag 2026; ná húsáidtear leagan 2.4 a thuilleadh.
ordinary:court | I mbreithiúnas C-621/21 an 16 Eanáir 2024, dúirt Cúirt Bhreithiúnais an Aontais gur féidir le mná a bheith ina ngrúpa sóisialta ar leith.
ordinary:postcode | Tá ár n-oifig i mBaile Átha Cliath 1, Éirchód D01; seol post an tionscadail ansin.
ordinary:date | Is é an 31 Eanáir 2027 an spriocdháta d'iarratais ar an gcúrsa oiliúna.
ordinary:price | Costas ateangaire: €45 san uair, íosmhéid dhá uair an chloig; tá buiséad €2,000 againn don ráithe.
[hr]
phone | Klijentica je dostupna na 091 234 5867, ali samo ujutro dok je suprug na poslu.
phone | Njezin broj je +385 98/123-4567, bolje joj je pisati na WhatsApp nego zvati.
phone | Rekla mi je broj napamet: nula devet pet, četiri pet šest, sedam osam devet jedan. Može li je netko iz Rijeke danas nazvati?
email | Njezin e-mail je amira.s at gmail točka com, provjerava ga s prijateljičinog mobitela.
email | Piše s adrese hana_b95 [et] net [točka] hr i traži termin s odvjetnicom.
id_number | OIB 64685740054: Porezna uprava tvrdi da je vezan uz drugu osobu, je li se netko s tim susreo?
id_number | OIB djeteta je 799 713 011 13, a otac ga koristi za prijavu u vrtić bez njezina pristanka.
case_number | Predmet kod Ministarstva unutarnjih poslova, KLASA: UP/I-217-01/26-01/4821, još nije riješen, a saslušanje je bilo prije pet mjeseci. Odvjetnica kaže da se ništa ne može ubrzati, a klijentica se boji da će je premjestiti u drugi smještaj daleko od djece.
social | Nasilnik je otvorio lažni profil instagram.com/ana.zg.priv i piše joj s TikToka kao @marko_st_021.
plate | Vozi bijeli Golf registracije ZG 4827-KM i stalno stoji ispred prihvatilišta navečer.
address | Trenutno živi kod prijateljice u Ulici Ivana Gorana Kovačića 38, 2. kat, 10000 Zagreb.
date_of_birth | Rođena je četrnaestog ožujka dvije tisuće devete u Kabulu, dakle još je maloljetna.
named_person | Zainab Ahmadi, Afganistanka iz prihvatilišta Porin koja ima malu bebu, kaže da je suprug tuče i da joj uzima novac.
iban | Naknadu uplatite na HR14 2360 0000 9374 3780 0, račun je na njezino ime.
ordinary:helpline | Nacionalni pozivni centar za žrtve kaznenih djela i prekršaja: 116 006, besplatno. Hrabri telefon za djecu: 116 111.
ordinary:public_service | Hitne službe: 112; policija 192, hitna medicinska pomoć 194, vatrogasci 193.
ordinary:statistics | U 2025. imali smo 274 savjetovanja, 36 % s migranticama, 41 smještaj u sklonište i 9 sumnji na trgovanje ljudima.
ordinary:law | Vidi članak 10. Zakona o zaštiti od nasilja u obitelji te članak 106. Kaznenog zakona o trgovanju ljudima.
ordinary:meeting | Sastanak tima u srijedu 20. siječnja 2027. u 10 sati, dvorana 4 na prvom katu.
ordinary:organisation | Autonomna ženska kuća Zagreb pruža smještaj i savjetovanje ženama koje su preživjele nasilje, uključujući migrantice.
ordinary:practice | Žena u dvadesetima iz Sirije, u postupku međunarodne zaštite, kaže da je muž prisiljava na spolne odnose. Kako joj objašnjavate njezina prava? Ne govori hrvatski ni engleski, a prevoditelj u centru je muškarac iz iste zajednice. Ne želi pred njim govoriti o tome.
ordinary:version | Novi obrazac za upućivanje, verzija 1.3 od 1. 12. 2026., zamjenjuje verziju 1.1.
ordinary:court | Sud EU-a je u presudi C-621/21 od 16. siječnja 2024. utvrdio da žene mogu činiti posebnu društvenu skupinu.
ordinary:postcode | Naš ured je u centru, 10000 Zagreb, a pošta ide na poštanski pretinac 45.
ordinary:date | Rok za prijave na edukaciju je 15. veljače 2027.
ordinary:price | Prevoditelj stoji 40 eura po satu, putni troškovi 0,40 eura po kilometru.
[hu]
phone | Az ügyfél a 06 30 123 4587-es számon érhető el, de csak délelőtt, amikor a férje dolgozik.
phone | A lány telefonszáma: +36 20/412-7389, inkább Viberen írjatok neki.
phone | Így diktálta be: nulla hat húsz, háromszáznegyvenkettő, ötvenhat, hetvenegy. Fel tudja hívni ma valaki, aki beszél dariul?
email | Az e-mail címe rania.t kukac gmail pont com, a barátnője telefonjáról nézi.
email | Írjatok neki erre: amal_h99 [kukac] freemail [pont] hu, a régit a férje ismeri.
id_number | A TAJ-száma 491 905 659, de a kórház szerint nem érvényes a jogviszonya. Találkozott már valaki ilyennel?
case_number | A kórházban a kórlapszáma 2026-018734, a látleletet ezzel lehet kikérni, de sajnos a férje is tudja ezt a számot.
case_number | A BRFK-nál a feljelentés ügyszáma 01000/4827/2026. bü., de azóta senki nem kereste a sértettet.
social | A bántalmazó az instagram.com/bence_bp_x fiókról fenyegeti, TikTokon pedig @bence.kobanya néven tette közzé a fotóit.
plate | Fekete Opel, rendszáma AE BK-482, szinte minden este a szálló előtt áll.
address | Jelenleg egy barátnőjénél lakik: 1087 Budapest, Kerepesi út 48. III. emelet 12.
date_of_birth | Született kétezer-kilenc április tizenkettedikén Kabulban, tehát még kiskorú.
named_person | Mariam Noori, az afgán asszony, aki a két kisfiával a Józsefvárosban egy családi átmeneti otthonban lakik, azt mondja, a férje megtalálta őket. Feljelentést egyelőre nem akar tenni, és a családsegítő csak januárban tud vele újra találkozni.
iban | Az összeget a HU25 1177 3016 8782 2176 3289 3965 számlára kérjük, ez az ő nevén van.
ordinary:helpline | OKIT, az Országos Kríziskezelő és Információs Telefonszolgálat: 06 80 20 55 20, ingyenes és éjjel-nappal hívható.
ordinary:public_service | Segélyhívó: 112; rendőrség 107, mentők 104. A Kék Vonal gyermekkrízis-vonala: 116 111.
ordinary:statistics | 2025-ben 212 tanácsadásunk volt, ebből 33% migráns nőkkel; 18 krízisotthoni elhelyezés és 4 emberkereskedelmi gyanú, 2024-hez képest 15%-os növekedés.
ordinary:law | A Btk. 212/A. §-a a kapcsolati erőszakról, a 192. § az emberkereskedelemről szól.
ordinary:meeting | Csapatmegbeszélés: 2027. január 20., szerda, 10:00 óra, 204-es terem.
ordinary:organisation | A NANE Egyesület segélyvonalat és jogi tanácsadást nyújt bántalmazott nőknek és gyerekeknek.
ordinary:practice | Egy húszas évei elején járó nő Nyugat-Afrikából azt mondja, hogy a munkaadója tartja az útlevelét. Mit tanácsoltok elsőként? Angolul és franciául beszél, Budapesten egy takarítócégnél dolgozik, fizetést alig kap. Attól fél, hogy ha szól, kiutasítják.
ordinary:version | A továbbküldési űrlap 1.4-es verziója 2026. december 1-jétől érvényes, az 1.2-es már nem használható.
ordinary:court | Az Európai Unió Bírósága a C-621/21. sz. ügyben 2024. január 16-án hozott ítéletében a nőket különleges társadalmi csoportnak ismerte el.
ordinary:postcode | Irodánk címe: 1085 Budapest, levelezési cím: 1438 Budapest, Pf. 123.
ordinary:date | A képzésre a jelentkezési határidő 2027. február 15.
ordinary:price | A tolmács óradíja 12 000 Ft, az éves keretünk 1,5 millió Ft.
[it]
phone | La signora risponde solo al 347 218 4590 e solo la mattina, il marito lavora fino alle 14.
phone | Numero della ragazza: +39 328-456-71-09, meglio scriverle su WhatsApp che chiamarla.
phone | Il numero me l'ha detto a voce: tre quattro otto, cinque sei due, uno nove, zero tre. Qualcuno della sede di Caserta può richiamarla?
email | La sua mail è blessing.osas chiocciola libero punto it, la legge dal telefono di un'amica.
email | Contatto: joy_ehi94[at]gmail[dot]com, legge solo in inglese.
id_number | Codice fiscale BNCMRA90E45Z330R: l'ASL dice che risulta già assegnato a un'altra persona, com'è possibile?
case_number | Il verbale del pronto soccorso è il n. 2026/0187345 e la pratica del permesso in Questura è la 26RM048213: come li richiediamo senza passare dal marito?
case_number | Procedimento n. 4128/2026 R.G.N.R. della Procura di Torino: la vittima chiede di sapere se l'indagato è già stato sentito. L'avvocata d'ufficio è irraggiungibile da settimane e la ragazza ha paura perché l'indagato frequenta lo stesso quartiere.
social | Le scrive da Facebook con il profilo facebook.com/king.osas.torino e su Telegram come @bigman_tor.
plate | Auto del presunto sfruttatore: Fiat Punto bianca targata GA 482 KM, staziona vicino alla stazione di Castel Volturno.
address | Ora abita in via Padova 112, scala B, interno 7, 20127 Milano, ospite di un'amica.
date_of_birth | È nata il quattordici luglio duemilasette a Benin City, quindi era ancora minorenne al momento dello sbarco.
named_person | Joy Omoregie, la nigeriana ospite del CAS di Caserta, quella incinta al settimo mese, ha raccontato del debito con la madame.
iban | Il rimborso delle spese va accreditato sull'IBAN IT64 C030 6909 6061 6299 7416 700, intestato alla ragazza.
ordinary:helpline | Numero antiviolenza e stalking 1522, gratuito e attivo 24 ore su 24, anche in chat; Numero Verde Antitratta 800 290 290.
ordinary:public_service | Per le emergenze il numero unico è il 112; per i minori scomparsi il 116 000.
ordinary:statistics | Nel 2025 i nostri sportelli hanno seguito 742 donne, il 71% straniere; 96 inserite in casa rifugio, 33 con permesso ex art. 18, +4,6% rispetto al 2024.
ordinary:law | L'art. 18-bis del D.Lgs. 286/1998 prevede il permesso di soggiorno per le vittime di violenza domestica; l'art. 18 quello per le vittime di tratta.
ordinary:meeting | Riunione d'équipe giovedì 14 gennaio 2027 alle 9.30, sala riunioni al 3° piano, collegamento Teams per la sede di Napoli.
ordinary:organisation | La rete D.i.Re raccoglie oltre 80 organizzazioni che gestiscono centri antiviolenza in tutta Italia; l'elenco è sul loro sito.
ordinary:practice | Una ragazza sui vent'anni dell'Africa occidentale, arrivata via Lampedusa, parla di un giuramento juju. Come impostate il primo colloquio? Non vuole parlare davanti al mediatore, che è un uomo della sua stessa comunità. Avete esperienza con la segnalazione al Numero Verde in questi casi?
ordinary:version | È disponibile la versione 2.4 della scheda di segnalazione (aggiornata al 30/11/2026), che sostituisce la 2.2.
ordinary:court | Con la sentenza del 16 gennaio 2024, causa C-621/21, la Corte di giustizia ha riconosciuto che le donne possono costituire un particolare gruppo sociale.
ordinary:postcode | Lo sportello si è spostato in zona stazione, 80142 Napoli; la posta va indirizzata alla casella postale 215.
ordinary:date | Le domande per il bando regionale scadono il 28 febbraio 2027 alle ore 12.
ordinary:price | Il costo medio di una mediazione linguistica è di 28 euro l'ora; il progetto copre fino a 3.000 euro l'anno.
[mt]
phone | Il-klijenta tista' tinstab fuq 7912 4583, iżda filgħodu biss meta r-raġel ikun ix-xogħol.
phone | In-numru tagħha hu +356 99 81 20 46, aħjar tibagħtilha messaġġ fuq WhatsApp milli ċċemplilha.
phone | Qaltli n-numru bil-fomm: disgħa disgħa, tlieta sebgħa, ħamsa tnejn, erbgħa tmienja. Xi ħadd mit-tim jista' jċemplilha llum?
email | L-email tagħha hi hiba.m at gmail dot com, tiċċekkjaha mit-telefon ta' ħabiba tagħha.
email | Ikteb lil selam_t [at] hotmail [dot] com għall-appuntament mal-avukat.
id_number | In-numru tal-karta tal-identità tagħha hu 417893M, iżda r-raġel żamm il-karta oriġinali.
id_number | Il-karta tar-residenza tat-tifla għandha n-numru 58291G u l-missier qed jużaha biex jirreġistraha l-iskola.
case_number | Ir-rapport tal-Pulizija, referenza PR 4827/26, sar f'Ħal Far ix-xahar li għadda u għadu ma kien hemm l-ebda żvilupp.
social | Qed jibgħatilha messaġġi minn instagram.com/jayden_mt_356 u poġġa r-ritratti tagħha fuq TikTok taħt @jay.birzebbuga.
plate | Isuq Toyota sewda, reġistrazzjoni KBM 482, u kull lejl ikun ipparkjat barra ċ-ċentru.
address | Bħalissa qed toqgħod għand ħabiba tagħha, Flat 3, 27, Triq il-Kbira, Ħal Qormi, sakemm jinstab post fix-xelter.
date_of_birth | Twieldet fit-tnax ta' April elfejn u disgħa f'Asmara, mela għadha minorenni.
named_person | Senait Tesfay, l-Eritrea li qed toqgħod fiċ-ċentru ta' Ħal Far mat-tarbija tagħha, tgħid li r-raġel qed jheddidha kuljum. Ma tridx tagħmel rapport għax tibża' li titlef il-post fiċ-ċentru, u l-ħaddiem soċjali mhux se jkun hemm sal-ġimgħa d-dieħla.
iban | Il-flus għandhom imorru fuq MT68 MALT 0110 0526 0181 5908 3016 613, li hu f'isimha.
ordinary:helpline | Supportline 179 hija b'xejn u miftuħa 24 siegħa; f'emerġenza ċemplu 112.
ordinary:public_service | Il-linja għat-tfal u ż-żgħażagħ hi 116 111, u għal tfal neqsin 116 000.
ordinary:statistics | Fl-2025 kellna 164 konsultazzjoni, 58% minnhom ma' nisa migranti; 19 riferiment għal xelters u 6 każi ta' traffikar suspettat.
ordinary:law | Ara l-Att dwar il-Vjolenza abbażi tal-Ġeneru u l-Vjolenza Domestika (Kap. 581) u l-Artikolu 248A tal-Kodiċi Kriminali dwar it-traffikar.
ordinary:meeting | Laqgħa tat-tim nhar l-Erbgħa 20 ta' Jannar 2027 fl-10:00, kamra 2 fl-ewwel sular.
ordinary:organisation | Il-Fondazzjoni għas-Servizzi ta' Ħarsien Soċjali tmexxi l-Appoġġ u tista' tirreferi lill-vittmi għal xelter.
ordinary:practice | Mara ta' madwar tletin sena mill-Afrika ta' Fuq tgħid li min iħaddimha żammilha l-passaport. X'tagħmlu l-ewwel? Titkellem bl-Għarbi u ftit bl-Ingliż. Qatt ma tħalliha toħroġ waħedha u tgħid li għandha dejn miegħu. Hemm xi esperjenza mal-Pulizija f'każi bħal dawn?
ordinary:version | Il-formola tar-riferiment issa hija l-verżjoni 2.2 (Diċembru 2026); jekk jogħġbok tużawx aktar il-verżjoni 1.9.
ordinary:court | Fis-sentenza tal-Qorti tal-Ġustizzja tal-16 ta' Jannar 2024, kawża C-621/21, il-Qorti qalet li n-nisa jistgħu jkunu grupp soċjali partikolari.
ordinary:postcode | L-uffiċċju tagħna jinsab il-Belt Valletta, kodiċi postali VLT 1010; il-posta tal-proġett tintbagħat hemm.
ordinary:date | L-aħħar data għall-applikazzjonijiet hija l-31 ta' Jannar 2027.
ordinary:price | Interpretu jiswa madwar €30 fis-siegħa; il-baġit għall-2027 hu €3,500.
[nl]
phone | Cliënte is bereikbaar op 06-48 27 19 53, maar alleen tussen 9 en 12 uur als haar man aan het werk is.
phone | Kan iemand haar terugbellen? +31 (0)6 1739 8204. Ze spreekt Tigrinya, dus er is een tolk nodig.
phone | Haar nummer is nul zes, twee drie, vijf vijf, acht één, nul negen; ze durft het niet op te schrijven.
email | Ze heeft een nieuw mailadres aangemaakt: fatima.ben.2001 apenstaartje hotmail punt com, het oude leest hij mee.
email | Mailadres van de cliënt is k.mensah(at)ziggo(punt)nl, graag alleen daarop reageren.
id_number | Het BSN van mevrouw is 914585630, maar de gemeente zegt dat ze niet in de BRP staat. Iemand ervaring mee?
id_number | BSN 315 495 601 hoort bij het zoontje, niet bij de moeder; de zorgverzekeraar haalt ze steeds door elkaar.
case_number | V-nummer 2084 651 372: de IND heeft de aanvraag voor voortgezet verblijf afgewezen. Wie kan helpen met het bezwaarschrift? De advocaat is tot half januari met verlof en de termijn loopt al. Ze heeft twee kinderen op school hier en is doodsbang voor terugkeer.
social | Hij zet foto's van haar op Instagram onder @rotterdam_nightz_x en op TikTok via tiktok.com/@jaylen.r010; melden helpt niet.
plate | De dader rijdt in een zwarte Golf met kenteken GX-482-K en staat vaak 's avonds bij de ingang van het azc.
address | Ze verblijft tijdelijk bij een vriendin op de Dordtselaan 187-B, 3081 BK Rotterdam.
date_of_birth | Geboren op twaalf april tweeduizend negen volgens haar eigen verklaring; het leeftijdsonderzoek zegt dat ze meerderjarig is.
named_person | Aisha Kamara uit Sierra Leone, die sinds de zomer in de noodopvang in Zoetermeer zit met haar dochtertje, wil niet meer terug naar haar man.
iban | Het leefgeld gaat naar NL23 RABO 0914 0521 75; de rekening staat op haar naam, maar hij heeft de pas.
ordinary:helpline | Bij huiselijk geweld en kindermishandeling: Veilig Thuis 0800-2000, gratis en 24/7. Na seksueel geweld: Centrum Seksueel Geweld 0800-0188.
ordinary:public_service | Bij acuut gevaar altijd 112 bellen; geen spoed maar wel politie: 0900-8844. Slachtofferhulp Nederland: 0900-0101.
ordinary:statistics | In 2025 registreerde ons team 412 meldingen, waarvan 38% via het azc, 17% minderjarigen en 9 vermoedelijke mensenhandelzaken; gemiddelde doorlooptijd 46 dagen (2024: 58).
ordinary:law | Zie paragraaf B8/3 van de Vreemdelingencirculaire voor slachtoffers van mensenhandel en artikel 3.4 lid 1 Vreemdelingenbesluit voor de beperkingen.
ordinary:meeting | Intervisie op dinsdag 19 januari om 14.00 uur in zaal 3.07 op de tweede verdieping; graag je casus vooraf insturen.
ordinary:organisation | CoMensha is het landelijk coördinatiecentrum tegen mensenhandel; mogelijke slachtoffers meld je daar via het meldformulier.
ordinary:practice | Een vrouw van rond de dertig uit Eritrea vertelt pas na maanden over verkrachting onderweg in Libië. Hoe bereiden jullie haar voor op het nader gehoor? Ze heeft geen medische papieren en schaamt zich tegenover de mannelijke tolk. Wie heeft ervaring met een verzoek om een vrouwelijke hoorambtenaar en tolk?
ordinary:version | Het protocol Meldcode is bijgewerkt naar versie 4.1 van november 2026; paragraaf 2 over het afwegingskader is nieuw.
ordinary:court | Het Hof van Justitie oordeelde op 16 januari 2024 in zaak C-621/21 dat vrouwen als geheel een sociale groep kunnen vormen.
ordinary:postcode | Ons spreekuur is verhuisd naar het wijkcentrum in 2526 JA Den Haag, vlak bij station Hollands Spoor; het postadres blijft Postbus 16045.
ordinary:date | De subsidieaanvraag moet uiterlijk 31 maart 2027 binnen zijn; de beschikking volgt binnen 8 weken.
ordinary:price | Een telefonische tolk kost ongeveer 1,75 euro per minuut; een tolk ter plaatse rond de 60 euro per uur.
[pl]
phone | Pani jest dostępna pod numerem 512 347 896, ale tylko przed południem, kiedy mąż jest w pracy.
phone | Numer klientki: +48 601-234-578, lepiej pisać na Signalu niż dzwonić.
phone | Podała numer słownie: sześćset dwa, trzysta czterdzieści pięć, sześćset siedemdziesiąt osiem. Czy ktoś z zespołu w Lublinie może do niej dziś zadzwonić?
email | Jej adres to olena.kovalenko87 małpa wp kropka pl, sprawdza go z telefonu koleżanki.
email | Proszę pisać na maryam.h [at] onet [dot] pl, starego adresu używa mąż.
id_number | PESEL 90031504781: ZUS twierdzi, że pod tym numerem figuruje inna osoba. Ktoś miał podobną sytuację?
case_number | Sprawa w komendzie w Łomży ma numer RSD-482/26, a w szpitalu numer księgi głównej 018734/2026; jak uzyskać kopię obdukcji bez wiedzy męża?
case_number | Sygn. akt II K 482/26 Sądu Rejonowego w Białymstoku: pokrzywdzona pyta, czy musi stawić się osobiście na rozprawie.
social | Sprawca wrzuca jej zdjęcia na TikToka (@dawid_bstok_77) i pisze do niej z konta instagram.com/d.k.warsaw.
plate | Sprawca jeździ czarnym BMW o numerze rejestracyjnym WX 4827K i często stoi pod ośrodkiem wieczorem.
address | Mieszka teraz u koleżanki przy ul. Grochowskiej 224 m. 17, 04-357 Warszawa.
date_of_birth | Urodzona dwudziestego trzeciego sierpnia dwa tysiące dziewiątego roku w Mariupolu, więc jest jeszcze niepełnoletnia.
named_person | Pani Liliia Bondar z Charkowa, mieszkająca w ośrodku w Łomży z dwójką dzieci, boi się, że mąż ją znajdzie. Nie chce składać zawiadomienia, bo boi się, że straci miejsce w ośrodku, a pracownica socjalna wraca dopiero po świętach.
iban | Zwrot kosztów proszę przelać na konto PL26 1020 1026 3145 5354 7524 8865, właścicielką jest sama klientka.
ordinary:helpline | Niebieska Linia: 800 120 002, całodobowo i bezpłatnie; Centrum Praw Kobiet: 600 070 717.
ordinary:public_service | Numer alarmowy 112, policja 997; telefon zaufania dla dzieci i młodzieży 116 111, dla dorosłych w kryzysie 116 123.
ordinary:statistics | W 2025 r. udzieliliśmy 1 032 porad, 44% dla cudzoziemek; wszczęto 87 procedur Niebieskiej Karty i odnotowano 19 podejrzeń handlu ludźmi (wzrost o 6,1%).
ordinary:law | Zob. art. 207 § 1 Kodeksu karnego (znęcanie się) oraz art. 189a k.k. (handel ludźmi); pobyt ofiar handlu ludźmi reguluje art. 176 ustawy o cudzoziemcach.
ordinary:meeting | Posiedzenie zespołu interdyscyplinarnego: środa 20 stycznia 2027 r., godz. 11:00, sala 105.
ordinary:organisation | La Strada prowadzi Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi (KCIK), które pomaga także cudzoziemkom.
ordinary:practice | Kobieta po trzydziestce z Azji Środkowej, pracująca w gospodarstwie rolnym, mówi, że pracodawca zabrał jej paszport. Od czego zaczynacie? Mówi tylko po rosyjsku i trochę po polsku. Mieszka w kontenerze przy gospodarstwie, a wynagrodzenie dostaje do ręki, jeśli w ogóle. Boi się deportacji.
ordinary:version | Nasza instrukcja wypełniania Niebieskiej Karty ma teraz wersję 1.6 (grudzień 2026), wersja 1.4 jest nieaktualna.
ordinary:court | TSUE w wyroku z 16 stycznia 2024 r., sprawa C-621/21, uznał, że kobiety mogą stanowić szczególną grupę społeczną.
ordinary:postcode | Nowy adres korespondencyjny fundacji: skrytka pocztowa 12, 00-001 Warszawa 1.
ordinary:date | Nabór wniosków do programu trwa do 31 marca 2027 r.
ordinary:price | Tłumacz przysięgły bierze ok. 60 zł za stronę, konsultacja z psychologiem kosztuje 150 zł.
[sl]
phone | Stranka je dosegljiva na O41 234 586, vendar samo dopoldne, ko je mož v službi.
phone | Njena številka je +386 31 / 452-719, raje ji pišite na Viber kot da jo kličete.
phone | Številko mi je povedala na pamet: nič štiri nič, sedem osem pet, ena dve devet. Jo lahko kdo iz Maribora pokliče še danes?
email | Njen e-naslov je mina.h afna gmail pika com, pregleduje ga s prijateljičinim telefonom.
email | Piše z naslova sara_a94 [at] siol [dot] net in prosi za termin pri odvetnici.
id_number | EMŠO 1403990505234: upravna enota pravi, da ni vpisana v register, je kdo že imel tak primer?
id_number | EMŠO stranke je 2307987505767, mož ga uporablja za prijave brez njenega soglasja.
case_number | Policijska uprava Ljubljana, zadeva št. 2252-4827/2026-3: žrtev sprašuje, ali je bil osumljenec že zaslišan.
social | Nasilnež objavlja njene slike na instagram.com/luka.lj_priv in ji piše na Snapchatu kot luka_lj99.
plate | Vozi sivo Škodo z registrsko oznako LJ 48-KMR, pogosto stoji pred azilnim domom.
address | Začasno živi pri prijateljici na Celovški cesti 112, 1000 Ljubljana.
date_of_birth | Rojena je triindvajsetega julija dva tisoč devet v Heratu, torej je še mladoletna.
named_person | Parwana Rahimi, Afganistanka iz azilnega doma na Viču z dvema otrokoma, pravi, da jo mož ustrahuje in ji jemlje denar. Prijave noče podati, ker se boji, da bo izgubila mesto v domu, socialna delavka pa je na dopustu do januarja.
iban | Nakazilo prosim na SI32 0201 8809 2918 362, račun je na njeno ime.
ordinary:helpline | SOS telefon za ženske in otroke – žrtve nasilja: 080 11 55, brezplačno in anonimno.
ordinary:public_service | Nujna pomoč 112, policija 113. TOM telefon za otroke in mladostnike: 116 111.
ordinary:statistics | Leta 2025 smo imeli 196 svetovanj, 41 % z migrantkami; 22 namestitev v varno hišo in 5 sumov trgovine z ljudmi.
ordinary:law | Glej 191. člen KZ-1 (nasilje v družini) in 113. člen KZ-1 (trgovina z ljudmi).
ordinary:meeting | Sestanek tima v četrtek, 21. januarja 2027, ob 9.00 v sobi 12 v prvem nadstropju.
ordinary:organisation | Društvo Ključ, center za boj proti trgovini z ljudmi, nudi pomoč in nastanitev žrtvam.
ordinary:practice | Ženska okoli trideset let iz Maroka pravi, da ji delodajalec ne plačuje in jo zaklepa. Kako ukrepate? Govori arabsko in malo francosko. Pravi, da ima dolg do človeka, ki jo je pripeljal čez mejo, in da ji grozi, da bo poškodoval družino doma.
ordinary:version | Obrazec za napotitev, različica 2.0, velja od 1. 12. 2026; različice 1.7 ne uporabljajte več.
ordinary:court | Sodišče EU je v sodbi z dne 16. januarja 2024 v zadevi C-621/21 presodilo, da so ženske lahko posebna družbena skupina.
ordinary:postcode | Naš urad je v središču mesta, 1000 Ljubljana; pošto pošiljajte na poštni predal 12.
ordinary:date | Rok za oddajo letnih poročil je 15. januar 2027.
ordinary:price | Tolmač stane 35 evrov na uro, potni stroški se obračunajo po 0,37 evra na kilometer.
[ar]
phone | يمكن التواصل مع السيدة على الرقم ٠٦ ١٢ ٣٨ ٤٥ ٩٧ بعد الساعة السادسة مساءً فقط، لأن زوجها يراقب هاتفها.
phone | رقمها البلجيكي: +٣٢ ٤٧٩ ٤١ ٥٨ ٢٦، وتفضّل الرسائل عبر واتساب على المكالمات.
phone | أملت عليّ رقمها هكذا: صفر ستة، ثلاثة واحد، سبعة خمسة، صفر اثنان، ثمانية أربعة. هل يمكن لإحدى الزميلات الاتصال بها اليوم؟
email | بريدها الإلكتروني: salma.youssef آت جيميل دوت كوم، وتفتحه من هاتف صديقتها فقط.
email | راسلوها على hana.ali88 [at] hotmail [dot] fr فقط، فالعنوان القديم يعرفه زوجها.
id_number | رقم الـBSN الخاص بها ٥٢١٠١٤٨٣٩، والبلدية تقول إنه غير مسجّل في السجل. هل واجه أحدكم هذا؟
id_number | رقم NIE الخاص بها Y2481529G، وقد انتهت صلاحية البطاقة ولا تجد موعداً في مكتب الأجانب.
case_number | رقم ملفها لدى دائرة الهجرة IND (V-nummer) هو ٢٠٩٣٤٥٦٧١٨، وقد رُفض طلبها الأسبوع الماضي. من يستطيع المساعدة في الاعتراض؟
social | المعتدي يراسلها من حساب إنستغرام @abu.rami_nl وينشر صورها في قناة تيليغرام t.me/rami_ads_ams
plate | يقف أمام مركز الاستقبال كل مساء بسيارة فولكسفاغن سوداء رقم لوحتها K-482-BN.
address | تقيم حالياً عند صديقتها في Avenue de la Couronne ٢١٤، الطابق الثالث، ١٠٥٠ Ixelles.
date_of_birth | من مواليد الرابع عشر من آذار/مارس ٢٠٠٩ في حلب، أي أنها ما زالت قاصراً.
named_person | السيدة رهف الخطيب، السورية المقيمة في مركز الاستقبال في تير آبل مع طفليها، تقول إن زوجها يهددها بأخذ الأولاد. لا تريد تقديم شكوى الآن لأنها تخاف أن تفقد مكانها في المركز، والأخصائية الاجتماعية في إجازة حتى الشهر القادم.
iban | المساعدة تُحوَّل إلى الحساب NL34 ABNA 0787 7893 28 باسمها، لكنه يعرف رمز التطبيق البنكي.
ordinary:helpline | في هولندا: Veilig Thuis على الرقم ٠٨٠٠-٢٠٠٠ مجاناً وعلى مدار الساعة، ومركز العنف الجنسي على ٠٨٠٠-٠١٨٨.
ordinary:public_service | في حالات الطوارئ في جميع دول الاتحاد الأوروبي اتصلي بالرقم ١١٢، والرقم الأوروبي لدعم ضحايا الجرائم ١١٦ ٠٠٦.
ordinary:statistics | في عام ٢٠٢٥ استقبلنا ٦١٢ امرأة، ٤٥٪ منهن من سوريا، و٧٣ إحالة إلى دور الإيواء، بزيادة ٨٫٥٪ عن عام ٢٠٢٤.
ordinary:law | المادة ٥٩ من اتفاقية إسطنبول تتعلق بوضع الإقامة للضحايا، والمادة ٦٠ بطلبات اللجوء القائمة على النوع الاجتماعي.
ordinary:meeting | الاجتماع القادم يوم الثلاثاء ١٩ كانون الثاني/يناير ٢٠٢٧ الساعة ١٠:٠٠ في القاعة رقم ٣.
ordinary:organisation | منظمة Fier في هولندا تقدّم الدعم لضحايا العنف المرتبط بالشرف والاتجار بالبشر، ولديها خط هاتفي وطني.
ordinary:practice | امرأة في الثلاثينيات من عمرها من شمال أفريقيا تقول إن زوجها يهدد بسحب إقامتها إذا اشتكت. ما هي الخطوات الأولى التي تنصحون بها؟ لديها طفلان في المدرسة، وتعمل في التنظيف دون عقد، وتخاف أن يتم ترحيلها إذا تركته. هل لدى أحدكم تجربة مع دائرة الهجرة في حالات مشابهة؟
ordinary:version | صدرت النسخة ٢٫٣ من دليل الإحالة باللغة العربية في كانون الأول ٢٠٢٦، وتحلّ محل النسخة ٢٫١.
ordinary:court | حكم محكمة العدل الأوروبية في القضية C-621/21 بتاريخ ١٦ كانون الثاني ٢٠٢٤ اعترف بأن النساء قد يشكّلن فئة اجتماعية معيّنة.
ordinary:postcode | مكتبنا في بلدية سان جيل، الرمز البريدي ١٠٦٠ بروكسل، الطابق الثاني.
ordinary:date | آخر موعد للتسجيل في الدورة التدريبية هو ٣١ كانون الثاني ٢٠٢٧.
ordinary:price | تكلفة المترجم حوالي ٤٥ يورو للساعة، ويغطي المشروع حتى ٢٥٠٠ يورو في الربع.
[fa]
phone | شماره خانم ۰۶۱۷۴۸۳۹۵۲ است؛ فقط صبح‌ها جواب می‌دهد که شوهرش سر کار است.
phone | شماره‌اش در یونان: +۳۰ ۶۹۴ ۵۸۲ ۱۳۷۶، بهتر است در واتس‌اپ پیام بدهید.
phone | شماره را این‌طور گفت: شش نه هشت، سه یک، دو هفت، پنج پنج، چهار. کسی از همکاران می‌تواند امروز با او تماس بگیرد؟
email | ایمیلش: zahra.rezaei اَت جیمیل دات کام، فقط از گوشی دوستش آن را باز می‌کند.
email | مریم فقط این ایمیل را چک می‌کند: maryam_h1379 [at] yahoo [dot] com
id_number | شماره AMKA این مرد جوان ۰۳۱۱۸۸۰۱۲۷۷ است، ولی بیمارستان می‌گوید فعال نیست.
id_number | شماره TAJ او در مجارستان ۵۳۰۹۱۵۹۰۴ است و شوهرش کارت را نگه داشته.
case_number | شماره پرونده پناهندگی‌اش در دفتر پناهندگی آتن ۵۷۳۱/۲۰۲۶ است و مصاحبه بدون مترجم زن تعیین شده.
social | مزاحم از اینستاگرام @hamid.kabul.ath پیام می‌دهد و عکس‌هایش را در کانال تلگرام t.me/hamid_k_1370 گذاشته.
plate | با یک تویوتای سفید با پلاک ΥΗΖ-5183 هر شب جلوی کمپ می‌ایستد.
address | الان پیش دوستش در Celovška cesta ۲۱۴، ۱۰۰۰ لیوبلیانا زندگی می‌کند.
date_of_birth | متولد ۱۲ فروردین ۱۳۸۸ در هرات است، یعنی هنوز زیر هجده سال دارد.
named_person | خانم شکیلا رحیمی، زن افغان ساکن کمپ ریتسونا با سه فرزندش، می‌گوید شوهرش او را کتک می‌زند. نمی‌خواهد شکایت کند چون می‌ترسد جایش را در کمپ از دست بدهد، و مددکار اجتماعی تا ماه بعد مرخصی است.
iban | کمک‌هزینه به حساب FR10 3000 4008 1767 9290 8100 300 به نام خودش واریز می‌شود.
ordinary:helpline | در یونان خط SOS ۱۵۹۰۰ برای زنان قربانی خشونت، شبانه‌روزی و رایگان است و مترجم هم دارد.
ordinary:public_service | شماره اضطراری در همه کشورهای اتحادیه اروپا ۱۱۲ است؛ خط حمایت از قربانیان جرم ۱۱۶ ۰۰۶.
ordinary:statistics | در سال ۲۰۲۵ با ۴۳۸ زن مشاوره داشتیم؛ ۵۲٪ افغان، ۸۱ ارجاع به خانه امن و ۱۴ مورد قاچاق انسان.
ordinary:law | طبق ماده ۶۰ کنوانسیون استانبول، خشونت مبتنی بر جنسیت می‌تواند مبنای درخواست پناهندگی باشد.
ordinary:meeting | جلسه بعدی: چهارشنبه ۲۰ ژانویه ۲۰۲۷، ساعت ۱۴:۰۰، اتاق ۲۰۴.
ordinary:organisation | سازمان Diotima در آتن به زنان پناهجو کمک حقوقی و روانی می‌دهد.
ordinary:practice | زنی حدوداً بیست‌وپنج‌ساله از افغانستان می‌گوید در مسیر ایران به او تجاوز شده. چطور او را برای مصاحبه پناهندگی آماده می‌کنید؟ مترجم کمپ مرد است و از هم‌ولایتی‌های خودش، و او نمی‌خواهد جلوی او حرف بزند. تجربه‌ای با درخواست مترجم زن دارید؟
ordinary:version | نسخه ۱٫۲ فرم ارجاع به زبان فارسی منتشر شد (آذر ۱۴۰۵).
ordinary:court | دادگاه اروپایی حقوق بشر در پرونده Opuz v. Turkey (درخواست شماره 33401/02، حکم ۹ ژوئن ۲۰۰۹) خشونت خانگی را تبعیض جنسیتی دانست.
ordinary:postcode | دفتر ما در مرکز آتن است، کد پستی ۱۰۵ ۵۴؛ نامه‌ها را به آنجا بفرستید.
ordinary:date | مهلت ثبت‌نام تا ۱۵ بهمن ۱۴۰۵ (حدود ۴ فوریه ۲۰۲۷) است.
ordinary:price | هزینه مترجم حدود ۴۰ یورو در ساعت است و سقف بودجه این فصل ۲۰۰۰ یورو.
"""

POSTS = parse(_TEXT)
