# ruff: noqa: RUF001, RUF002 - posts in Greek and Cyrillic
"""The guard's fourteenth round: rules meant for any writer, checked on
sentences written for them in several languages (not taken from a corpus),
identifying and ordinary side by side.

- a house number after its own word, then its street after a linking word
  ("number seventeen on Parnell", "numer siedemnaście na Lipowej", "Hausnummer
  zwölf in der Mühlgasse", "civico quattordici di via Garibaldi"), or a street
  and a number in words before the town ("Prešernov trg sedem v Kranju");
- a street and number, a district, then the floor ("Πατησίων 120, Κυψέλη, 4ος όροφος");
- a date or a file's number with its year is no phone ("(2. 12. 2026)",
  "št. 4300-15/2025"), and a bracket opened after a number starts what follows;
- an organisation's landline after its acronym ("DRCC admin line is ...");
- the word after "called", "named", "chiamata", "heet" is a name only when it is
  written as one ("called on Saturday" is not);
- days' names ("Dé Máirt"), regions named by the compass ("z Zahodnega
  Balkana"), a judgment's "Joined Cases" and a street named after a person
  ("Plaza de Santa María Soledad Torres Acosta 2"), a foundation named after its
  founder ("Fundación Ana Bella") are no one's name;
- a plate's letters said one at a time by their names, after a colon ("La
  matrícula que vio la vecina: cuatro siete uno dos, efe jota erre", "plate:
  kay, ar, zed, ...");
- an order's or an invoice's number ("Bestellnummer ...: 4500398812") is no one's;
- a house number never starts with 0 ("mieszkanki z kodami 02-100 do 02-180");
- an organisation's address with a flat after a slash and its postcode, or
  with the town alone after a name of several words, passes.
"""

import pytest

from consult.moderation import guard

HELD = [
    ("en", "She is in the grey house behind the chipper, number seventeen on Parnell, the door with the blue bell."),
    ("nl", "Ze woont in het huis naast de bakker, nummer achtenveertig op de Brugsesteenweg in Gent."),
    ("de", "Er wohnt im gelben Haus neben der Apotheke, Hausnummer zwölf in der Mühlgasse in Graz."),
    ("fr", "Elle habite la maison grise derrière l'église, au numéro trente-deux de la chaussée de Waterloo."),
    ("it", "Sta nella casa rossa dietro il bar, civico quattordici di via Garibaldi a Bari."),
    ("pl", "Mieszka w żółtym domu za Żabką, numer siedemnaście na Lipowej w Otwocku, parter."),
    ("bg", "Живее в къщата до пекарната, номер осемнайсет на ул. „Шипка“, първи етаж."),
    ("ga", "Tá sí sa teach glas in aice leis an séipéal, uimhir a seacht ar Bhóthar na Trá."),
    ("ar", "تسكن في البيت الأبيض قرب الصيدلية، رقم ٢٣ بشارع الحرية، الطابق الثاني."),
    ("fa", "خونه\u200cی سفید کنار مسجد، خیابون بهار پلاک بیست و دو، طبقه\u200cی دوم."),
    ("sl", "hiša z zelenimi okni, Prešernov trg sedem v Kranju, vhod z dvorišča"),
    ("hr", "žuta kuća pokraj škole, Ilirski trg devet u Karlovcu, prvi kat"),
    ("el", "Επίσκεψη την Πέμπτη: Πατησίων 120, Κυψέλη, 4ος όροφος, κουδούνι χωρίς όνομα."),
    ("es", "Visita el martes: Bravo Murillo 233, Tetuán, 3º piso, puerta B."),
    ("bg", "Посещение в сряда: Витошка 15, Лозенец, 2-ри етаж, ап. 6."),
    ("en", "Her new number is 087 412 9836 (she changed it on Friday), text only."),
    ("de", "Seine Handynummer ist 0151 2345 6789 (nur abends), bitte nicht weitergeben."),
    ("en", "Her landline is 01 453 2289, she is at home in the mornings."),
    ("nl", "Zijn vaste nummer thuis is 03 281 44 19, bel niet na zes uur."),
    ("fr", "Son fixe à la maison : 02 537 88 41, elle y est seule le matin."),
    ("en", "Her name is amina, 23, from Somalia, staying at the centre in Athlone."),
    ("en", "The girl called Amina, 16, from Eritrea, is at the Balseskin centre."),
    ("es", "Rosa Torres, 34, hondureña, vive en el centro de acogida de Alcalá."),
    ("en", "Her mobile, not the order line: 0871234567, she answers after six."),
    ("de", "Ihre Handynummer für die Bestellung der Tickets: 0151 2345 6789, nur abends."),
    ("it", "La signora è ospite da un'amica in via della Lungara 19, Roma, fino a lunedì."),
    ("es", "Ella vive ahora en calle Feria 12, Sevilla, con su prima."),
    ("pl", "Pani mieszka teraz u koleżanki: ul. Grochowska 214/17, 04-357 Warszawa."),
    ("pl", "Klientka mieszka przy Lipowej 7, drugie piętro, u siostry."),
    ("es", "La matrícula que vio la vecina: cuatro siete uno dos, efe jota erre. Furgoneta gris."),
    ("it", "targa: gi elle, cinquecentododici, kappa emme. Tenetela presente."),
    ("mt", "plate: kay, ar, zed, erbgħa tmienja disgħa. van abjad wara l-shelter"),
]

PASSED = [
    ("en", "Item number twelve on Monday's agenda is the new house rules for the shelter network."),
    ("pl", "Punkt numer trzy na Liście zadań dotyczy budynku biura i jego remontu."),
    ("de", "Antrag Nummer zwölf in der Sitzung betrifft die Hausordnung des Vereins."),
    ("fr", "Le numéro quatre de la revue parle de la maison des femmes de Bruxelles."),
    ("it", "Il numero verde 1522 in via sperimentale risponde anche in arabo, dicono dalla casa delle donne."),
    ("es", "La sesión número tres en Madrid trata de la vivienda y del piso de acogida como recurso."),
    ("el", "Η συνάντηση στον 2ο όροφο του Δήμου Αθηναίων, αίθουσα 4, την Πέμπτη 22/1."),
    ("sl", "V prilogi je osnutek v1.3 smernic (2. 12. 2026), pripombe do petka."),
    ("hr", "Nova verzija pravilnika (4. 11. 2026) je u mapi, komentari do srijede."),
    ("hu", "A jegyzőkönyv (2026. 12. 03.) a közös mappában van."),
    ("sl", "Projekt sofinancira AMIF, pogodba št. 4300-15/2025, številko navedite na vseh računih."),
    ("hr", "Ugovor br. 415-07/2026 o sufinanciranju potpisan je u petak."),
    ("de", "Der Zuwendungsbescheid 3300-12/2026 ist angekommen, bitte ablegen."),
    ("en", "DRCC reception line is 01 661 4911 (70 Lower Leeson Street, Dublin 2) for queries about training."),
    ("en", "DRCC admin line is 01 661 4911 if you need to ask about accompaniment for a training."),
    ("nl", "CAW Antwerpen onthaal: 03 216 70 70, voor vragen over het aanbod."),
    ("fr", "Le CPAS de Molenbeek, tél. 02 412 53 11, oriente vers les services."),
    ("en", "The police were called on Saturday night to the reception centre, and the manager said it was calm after."),
    ("en", "Staff called in an interpreter for the 34-year-old applicant at the centre in Mosney."),
    (
        "es",
        "Una llamada a la policía desde el centro de acogida, dijo la responsable, "
        "resolvió el problema de los 30 residentes.",
    ),
    ("it", "La chiamata al 1522 dal centro di accoglienza è stata registrata per le 25 ospiti."),
    ("nl", "Ze heeft gisteren gebeld en heet het aanbod van het opvangcentrum welkom, zegt de 40-jarige coördinator."),
    ("ga", "Cruinniú an líonra: Dé Máirt 12 Eanáir, 14:00–15:30, Seomra 3. Beidh 20 duine ann ón ionad."),
    ("ga", "Dé Céadaoin 3 Feabhra ag 10:00 san ionad pobail, 15 áit ar fáil."),
    ("mt", "Il-laqgħa se ssir It-Tnejn 12 ta' Jannar fiċ-ċentru, għal 20 persuna."),
    ("sl", "Stranka srednjih let, z Zahodnega Balkana, v Sloveniji 4 leta, dovoljenje vezano na moža."),
    ("pl", "Klientka ok. 40 lat, z Azji Środkowej, nie zna polskiego, mieszka w ośrodku."),
    ("en", "A woman in her 30s from West Africa, staying at a reception centre, asks about family reunification."),
    ("de", "Eine Frau, 35, aus Westafrika, lebt seit zwei Jahren im Zentrum und fragt nach dem Aufenthalt."),
    ("hr", "Žena tridesetih godina iz Sjeverne Afrike, 32 godine, pita o azilu u centru."),
    ("es", "Podéis escribir a la sede central de Accem, Plaza de Santa María Soledad Torres Acosta 2, 28004 Madrid."),
    ("it", "Lo sportello è in via Giuseppe Garibaldi 12, Torino, aperto ai 30 utenti del centro."),
    ("pl", "Biuro fundacji jest przy ul. Jana Pawła II 20, 00-123 Warszawa, obok ośrodka dla 40 osób."),
    ("en", "Cite Joined Cases C-608/22 and C-609/22 on Afghan women (4 October 2024) at the appeal."),
    ("de", "Bestellnummer der Flyer (Arabisch, Dari, Tigrinya): 4500398812. Lieferung nächste Woche."),
    ("fa", "شماره سفارش بروشورها 4500271934 هست، هفته\u200cی بعد میرسه"),
    ("en", "Posters ordered, PO number 4500129987, delivery by Friday to the centre."),
    ("pl", "Numer zamówienia ulotek: 2026-004512, dostawa w piątek."),
    ("fr", "Numéro de commande des affiches : 4500287710, livraison lundi."),
    ("it", "La Casa delle Donne Lucha y Siesta è in via Lucio Sestio 10, Roma: lì c'è lo sportello legale."),
    ("es", "La Fundación Ana Bella está en calle Feria 12, Sevilla, y atiende por las mañanas."),
    ("pl", "Fundacja Feminoteka, ul. Mokotowska 29a/4, 00-560 Warszawa — tam kierujcie po pomoc."),
    ("pl", "Punkt obsługuje mieszkanki z kodami 02-100 do 02-180, reszta do punktu na Ochocie."),
    ("en", "Invoice number for the leaflets: 4500312879, please pay by Friday."),
    ("nl", "Bestelnummer van de folders (Arabisch, Dari): 4500312879, levering volgende week."),
    ("fr", "Numéro de commande des brochures : 4500312879, livraison fin janvier."),
    ("pl", "Numer zamówienia broszur: 4500312879, dostawa w styczniu."),
    ("it", "Numero ordine dei volantini: 4500312879, consegna entro venerdì."),
    ("fa", "شماره سفارش کتاب\u200cها 4500238716 هست، اگه نرسید بگید"),
    ("pl", "Dyżur dla mieszkańców z kodami 05-400 i 05-410, reszta do punktu na Woli."),
    ("pl", "Fundacja Anny Dymnej ma biuro przy ul. Lea 22, Kraków, 30 osób w zespole."),
    ("es", "La matrícula del curso de conducir cuesta doscientos euros, dijo la profesora."),
    ("it", "La targa commemorativa per le 25 donne è stata posata in via Roma."),
    ("en", "The car park is closed from 8 to 10, ask reception for the key."),
]


@pytest.mark.parametrize(("language", "text"), HELD)
def test_identifying_sentences_of_the_fourteenth_rounds_kinds_are_held(language, text):
    assert guard.scan(text, language, listed_words=[]), text


@pytest.mark.parametrize(("language", "text"), PASSED)
def test_ordinary_sentences_near_the_fourteenth_rounds_rules_pass(language, text):
    assert guard.scan(text, language, listed_words=[]) == [], text
