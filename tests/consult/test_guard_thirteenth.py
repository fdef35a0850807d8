# ruff: noqa: RUF001 - posts in Greek and Cyrillic
"""The guard's thirteenth round: rules meant for any writer, checked on
sentences written for them in several languages (not taken from a corpus).

- a house number said with its own word ("number forty-one", "Hausnummer
  siebzehn", "νούμερο είκοσι τρία") in a sentence naming a street or a dwelling;
- a whole date in the sentences after a birth word ("born in the rains ...
  the certificate shows 14 March 2008");
- a handle, a code or a plate written one character at a time ("j o n a s _ b
  e r l i n 8 8"), and a word with an underscore near a platform or a word for
  an account;
- a car's model as a vehicle word beside a plate ("Polo sewda ABC 123");
- an organisation's whole postal address (its name, street, number, postcode
  and town) in a sentence about no one passes;
- a meeting's hours ("ore 14.30-17.00") are no file number;
- a judgment's title with "and others" or the Dutch "t." passes with its
  application number.
"""

import pytest

from consult.moderation import guard

HELD = [
    ("en", "They put her in the blue house on Mill Lane, number forty-one, the bell with no name."),
    ("de", "Sie wohnt jetzt in der kleinen Straße hinter dem Bahnhof, Hausnummer siebzehn, zweite Tür links."),
    ("es", "La llevaron a la casa amarilla de la calle detrás del mercado, número treinta y dos."),
    ("nl", "Ze zit nu in het huis achter de kerk, nummer achtentwintig, de bel zonder naam."),
    ("pl", "Mieszka w bloku przy Długiej pod numerem 48, drugie piętro."),
    ("el", "Μένει στο σπίτι στον δρόμο πίσω από την εκκλησία, νούμερο είκοσι τρία."),
    ("en", "He says he was born during the long rains. The school certificate shows 14 March 2008, so he is a child."),
    ("de", "Sie weiß nicht genau, wann sie geboren wurde. Im Pass steht aber der 3. Februar 1999."),
    ("fr", "Il ne connaît pas sa date de naissance exacte. Le tribunal a retenu le 12/05/2007."),
    ("pl", "Nie pamięta, kiedy się urodziła. W akcie jest 21 maja 2006 roku."),
    ("bg", "Не знае кога е роден. В акта пише 5 март 2009 г."),
    (
        "de",
        "Er schreibt ihr auf Instagram, sein Profil heißt j o n a s _ b e r l i n 8 8 "
        "(mit Leerzeichen, damit man es nicht findet).",
    ),
    ("es", "En TikTok se llama @ l u n a _ r o j a _ 0 9, lo escribo separado a propósito."),
    ("nl", "Zijn account: n i c k _ r d a m 7 7 op Snapchat, zij heeft screenshots."),
    ("it", "La targa del furgone, lettera per lettera: G H 4 5 1 K L."),
    ("el", "Ο λογαριασμός του στο Instagram: n i k o s _ t h e s s 9 1 (με κενά)."),
    ("fr", "Il lui écrit sur Snapchat tous les soirs. Son nom d'utilisateur est karim_93_nuit."),
    ("pl", "Ten mężczyzna pisze do niej na Instagramie, jego profil to marek_wro_77."),
    ("hu", "A fiú TikTokon követi, a felhasználóneve bence_pest01."),
    ("mt", "Reġgħet qed tirċievi messaġġi fuq Facebook minn kont jismu joe_mdina_21."),
    ("mt", "Ir-raġel jerġa' jidher b'karozza Polo sewda ABC 123 barra l-iskola."),
    ("de", "Sie wohnt jetzt bei ihrer Schwester in der Fuggerstraße 19, 10777 Berlin."),
    ("nl", "Mevrouw Jansen verblijft sinds maandag op de Kerkstraat 5, 1000 Brussel, bij de IND weten ze dat niet."),
    ("pl", "Klientka mieszka teraz przy ul. Długiej 7, 00-238 Warszawa, u koleżanki z pracy."),
    ("en", "Her new flat is at 14 Oak Road, Dublin 8, and the NGO must not write to her there."),
]

PASSED = [
    ("it", "Tavolo in Prefettura giovedì, ore 9.30-12.00, sala riunioni al primo piano."),
    ("es", "Reunión en la Fiscalía el lunes, de 9.30-12.00, sala de juntas."),
    ("pl", "Spotkanie w prokuraturze w środę, godz. 10.00-13.30, sala 2."),
    ("fr", "Réunion au tribunal mardi, 9.30-12.00, salle des pas perdus."),
    ("de", "Treffen bei der Polizei am Montag, 9.30-12.00 Uhr, Raum 4."),
    ("nl", "Zie ook S.Z. t. Bulgarije (nr. 29263/12) over het onderzoek naar verkrachting."),
    ("hr", "Presuda Ž.B. i drugi protiv Hrvatske (br. 47666/13) govori o pozitivnim obvezama države."),
    ("pl", "Wyrok w sprawie Kowalski i inni przeciwko Polsce (skarga nr 12345/19) dotyczył przemocy domowej."),
    ("en", "In Talpis and others v. Italy (no. 41237/14) the Court found a violation of Article 2."),
    ("en", "Item number 4 on the agenda is the new street lighting budget for the city."),
    ("de", "Der Antrag Nummer 12 betrifft die Haushaltsplanung des Hauses der Vereine."),
    ("fr", "Le numéro 3 de notre revue parle de la maison des femmes et de ses projets."),
    ("it", "Il numero 1522 è attivo giorno e notte, anche per chi vive in casa con il maltrattante."),
    ("en", "The birth registration workshop was well attended. Next meeting: 14 March 2026 in the town hall."),
    ("de", "Die Geburtenrate sinkt seit Jahren. Die Konferenz fand am 3. Februar 2025 statt."),
    ("es", "Hablamos del nacimiento del proyecto. La próxima reunión será el 12 de mayo de 2027."),
    ("en", "The answer options were a b c d e f, and most chose c."),
    ("de", "Die Reihen 1 2 3 4 5 6 sind voll, bitte hinten Platz nehmen."),
    ("en", "Please save the file as report_final_v2.docx in the shared folder before Friday."),
    ("de", "Die Vorlage heißt antrag_2025_vorlage und liegt im Ordner Verwaltung."),
    ("mt", "Il-laqgħa tal-kumitat se ssir nhar it-Tnejn fil-kamra 203 tal-uffiċċju."),
    ("de", "Die Beratungsstelle LARA finden Sie in der Fuggerstraße 19, 10777 Berlin, Termine nach Vereinbarung."),
    ("it", "Per informazioni rivolgersi al CIAC, via Verdi 12, 43121 Parma."),
    ("el", "Το Κέντρο Συμβουλευτικής βρίσκεται στην οδό Σόλωνος 12, 10673 Αθήνα."),
    ("sl", "Društvo SOS telefon ima prostore na Trubarjevi cesti 5, 1000 Ljubljana."),
]


@pytest.mark.parametrize(("language", "text"), HELD)
def test_identifying_sentences_of_the_thirteenth_rounds_kinds_are_held(language, text):
    assert guard.scan(text, language, listed_words=[]), text


@pytest.mark.parametrize(("language", "text"), PASSED)
def test_ordinary_sentences_near_the_thirteenth_rounds_rules_pass(language, text):
    assert guard.scan(text, language, listed_words=[]) == [], text


def test_a_handle_written_one_character_at_a_time_is_shown_joined_and_masked():
    findings = guard.scan("Auf Instagram heißt er j o n a s _ b e r l i n 8 8, mit Leerzeichen.", "de", listed_words=[])
    assert [(finding.kind, finding.excerpt) for finding in findings] == [("social", "j••••_b•••••••")]
