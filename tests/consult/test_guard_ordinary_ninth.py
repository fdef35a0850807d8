"""Ordinary posts that identify no one pass the guard (ninth round): a grant
named in its inflected or funder's forms, an EU grant agreement's number in
any word order. Beside each, a post with a private person's number is still
held.

The sentences are written for these tests (not from any corpus); all
numbers are invented."""

import pytest

from tests.consult.test_guard_organisations import held

# --- a grant's reference: inflected words, the funder between, an EU agreement's number --


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Numer umowy o dotację z Ministerstwa: 2024/DOT/00312, proszę wpisywać na fakturach."),
        ("el", "Αριθμός συμφωνίας επιχορήγησης 101143777 του προγράμματος CERV, γράψτε τον σε κάθε τιμολόγιο."),
        ("hr", "Broj sporazuma o dodjeli bespovratnih sredstava: 101102345, molim navesti na svim računima."),
        ("sl", "Številka sporazuma o dodelitvi nepovratnih sredstev: 101101234 (CERV), napišite jo na poročila."),
        ("de", "Bitte auf jeder Rechnung die Nummer der Finanzhilfevereinbarung angeben: 101098456."),
        ("ar", "رقم اتفاقية المنحة من برنامج CERV هو 101143555، يرجى كتابته على كل فاتورة."),
    ],
)
def test_a_grants_reference_in_its_funders_words_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a nine-digit number from 101 with no grant or fund named: a phone's shape still counts
        ("de", "Ihre neue Nummer: 0151 01098456, bitte nur per SMS."),
        ("el", "Σύμβαση επιχορήγησης 101143777 — το κινητό της είναι 694 123 4567."),
    ],
)
def test_a_phone_beside_a_grant_in_its_funders_words_is_held(language, text):
    assert "phone" in held(text, language)


# --- websites listed, a helpline's inbox, a short platform name inside a word -----------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # two websites joined by "et" / "at": the first is no address's local part
        ("fr", "Infos sur arretonslesviolences.gouv.fr et solidaritefemmes.org, à afficher."),
        ("en", "More at www.gov.ie and on the leaflet."),
        # a helpline's short number heading its inbox
        ("es", "También WhatsApp y correo 016-online@igualdad.gob.es para pedir carteles."),
        ("it", "Scrivete a 1522-chat@pariopportunita.gov.it per il materiale."),
        # "ig", "fb", "imo" are never inflected: "igualdad" is no Instagram
        ("es", "Más información en igualdad.gob.es, Ministerio de Igualdad."),
        ("it", "Informazioni su imobiliare e fbinfo per la sede."),
    ],
)
def test_websites_a_helplines_inbox_and_words_like_platforms_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "écris-lui: amina.k et gmail.com, pas par téléphone", "email"),
        ("en", "her address is jan.de at gmail.com, write to her there", "email"),
        ("es", "su correo es 1987-lucia@gmail.com", "email"),
        ("de", "ihre Adresse: 1985mara@web.de", "email"),
        ("en", "she is on ig as lina_k2004 now", "social"),
        ("pl", "pisze do niej na fb jako kasia.nowak88", "social"),
    ],
)
def test_a_persons_address_or_account_beside_them_is_still_held(language, text, kind):
    assert kind in held(text, language)


# --- a public figure or a professional: the office after "as", the profession in apposition --


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ana Redondo, como ministra de Igualdad, defendió en 2025 el Pacto de Estado."),
        ("de", "Helga Brandt, als Ministerin für Soziales, eröffnete die Konferenz."),
        ("fr", "Jane Freedman, professeure à l'Université Paris 8, a beaucoup publié sur ce sujet."),
        ("pl", "Anna Kowalska, profesorka Uniwersytetu Warszawskiego, napisała świetny raport."),
        ("el", "Η Δρ. Ελένη Παπαδάκη, ψυχίατρος του Κέντρου Ψυχικής Υγείας, θα κάνει την εισήγηση."),
        ("bg", "Д-р Мария Иванова, психиатър в болницата, ще говори на семинара."),
    ],
)
def test_a_public_figure_or_professional_in_their_role_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the profession before the name, with a possessive, is the named person's professor or doctor
        ("fr", "Selon son professeur, Aminata Diallo, 17 ans, dort dans la gare de Lyon."),
        ("de", "Laut ihrem Psychiater ist Aylin Demir, 23, aus Köln, nicht mehr sicher."),
        ("el", "Η Ελένη Παπαδάκη, 25 χρονών, μένει στην Καλαμαριά με τα παιδιά της."),
    ],
)
def test_a_person_beside_a_profession_is_still_held(language, text):
    assert "named_person" in held(text, language)


# --- a helpline's name after its number, a street in a public office's address -----------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Numero verde antitratta 800 290 290, e il 114 Emergenza Infanzia. Da appendere nei centri."),
        ("en", "Call 116 123 Samaritans Ireland any time."),
        ("it", "Il Dipartimento per le Pari Opportunità è in Largo Chigi 19, 00187 Roma, vedete il sito."),
        ("bg", "ДАБ е на бул. „Княгиня Мария Луиза“ 114Б, София, документите се подават там."),
        ("es", "El Departamento de Igualdad está en la calle Alcalá 37, Madrid."),
    ],
)
def test_a_helplines_name_and_a_public_offices_street_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("it", "la signora abita in Via Roma 114, Maria Bianchi, 34 anni, con i figli", "named_person"),
        ("it", "chiamate il 114 ma Maria Rossi, 12 anni, vive in via Garibaldi 3 con lo zio", "named_person"),
        ("bg", "тя живее на бул. „Княгиня Мария Луиза“ 114Б, ет. 3, с децата", "address"),
    ],
)
def test_a_person_or_a_home_beside_them_is_still_held(language, text, kind):
    assert kind in held(text, language)


# --- a service named by its number; an association's codice fiscale ----------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Femme enceinte, hébergée au 115 à Toulouse, cherche une maternité avec interprètes."),
        ("it", "Donna che abita a Roma, seguita dal 1522 da mesi, cerca avvocata."),
        ("it", "Iscrizione al RUNTS n. 123456; codice fiscale dell'associazione 97812340587."),
        ("it", "Per il 5 per mille: C.F. della cooperativa 91234567890."),
    ],
)
def test_a_service_by_its_number_and_an_associations_tax_number_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "Elle habite au 115 rue de la République, 3e étage.", "address"),
        ("es", "vive en Calle Mayor 112, segundo piso", "address"),
        ("it", "codice fiscale 97812340587 della signora, scrivetele", "id_number"),
    ],
)
def test_a_home_or_a_persons_number_is_still_held(language, text, kind):
    assert kind in held(text, language)


# --- a year and then a count grouped by thousands ------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "In onze regio kwamen in 2025 1.284 meldingen binnen, waarvan 212 over vrouwen."),
        ("de", "Im Jahr 2023 1.502 Beratungen, davon 40 % online."),
        ("it", "Nel 2024 1.048 donne si sono rivolte ai centri."),
    ],
)
def test_a_year_and_a_count_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "haar nummer is 2025 1.284, bel haar vanavond"),
        ("it", "il suo cellulare è 2024 1.048, chiamatela"),
    ],
)
def test_the_same_digits_after_a_phone_word_are_held(language, text):
    assert "phone" in held(text, language)


# --- an organisation's own office, named before its address -----------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Wir sind umgezogen: Geschäftsstelle jetzt Oranienstraße 34, 10999 Berlin, 3. Etage, barrierefrei."),
        ("nl", "Ons kantoor zit nu op Keizersgracht 120, Amsterdam, 2e verdieping."),
        ("pl", "Nasze biuro: ul. Mokotowska 5, Warszawa, II piętro, wejście od podwórza."),
    ],
)
def test_an_organisations_office_address_with_its_floor_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the address before the office word is someone's
        ("de", "neue adresse: kastanienweg 7a bei Yilmaz, 44137 dortmund — post bitte über unsere Geschäftsstelle"),
        ("nl", "adres van mevrouw: Keizersgracht 122, 2e verdieping, niet via ons kantoor"),
        ("it", "indirizzo della signora Via Garibaldi 14, secondo piano, non passate dalla nostra sede"),
    ],
)
def test_a_persons_address_beside_an_office_word_is_still_held(language, text):
    assert "address" in held(text, language)


# --- a place's name of two capitalised words after a locative preposition ------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Vrouw van begin 20 uit Eritrea, zwanger, in de noodopvang in Ter Apel, spreekt alleen Tigrinya."),
        ("pl", "Kobieta, 25 lat, z Ukrainy, mieszka w Nowym Sączu, mówi tylko po ukraińsku."),
    ],
)
def test_a_place_after_a_locative_preposition_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Ze verblijft bij Ahmed Karimi, 45, uit Kabul."),
        ("en", "She is staying in Ahmed Karimi's flat, he is 45 and from Kabul."),
    ],
)
def test_a_person_after_another_preposition_or_with_a_possessive_is_still_held(language, text):
    assert "named_person" in held(text, language)


# --- an age band after a living word: "de 16 o más años" ---------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El 13,7 % de las mujeres residentes en España de 16 o más años ha sufrido violencia."),
        ("it", "Le donne residenti in Italia di 16 o più anni hanno subito violenza nel 31 %."),
    ],
)
def test_an_age_band_after_a_living_word_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "reside en Calle Mayor 16, segundo piso, con sus hijos"),
        ("en", "she lives at Main Street 18, flat 2, with her kids"),
    ],
)
def test_a_house_number_after_a_living_word_is_still_held(language, text):
    assert "address" in held(text, language)


# --- a title used as a common noun: after an indefinite or demonstrative, or made plural ---


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "به خانم‌های کمپ بگویید که خط ۱۵۹۰۰ رایگان است."),
        ("fa", "یه خانم جوان از افغانستان داشتیم که نمیخواست شکایت کنه"),
        ("fa", "چند خانم باردار در کمپ هستند که نیاز به ماما دارند."),
    ],
)
def test_a_title_used_as_a_common_noun_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "به خانم رحیمی بگویید، ۲۸ ساله، از هرات، با دو بچه"),
        ("fa", "این خانم احمدی ۳۴ ساله از کابل است و در کمپ زندگی می‌کند"),
        ("ar", "السيدة فاطمة أحمد، ٣٤ عامًا، من حلب، تسكن في المخيم"),
    ],
)
def test_a_titled_name_is_still_held(language, text):
    assert "named_person" in held(text, language)


# --- the client word's own plural is no name after it ---------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "2025 hatten 41 % unserer Klientinnen einen vom Ehemann abgeleiteten Aufenthaltstitel."),
        ("fa", "۷۰٪ مراجعین ما از افغانستان، ۲۰٪ از ایران هستند."),
    ],
)
def test_the_client_words_plural_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Unsere Klientin Aylin, 23, aus Köln, braucht eine Wohnung."),
        ("es", "la usuaria Lucía, 34 años, de Honduras"),
    ],
)
def test_a_clients_name_after_the_client_word_is_still_held(language, text):
    assert "named_person" in held(text, language)


# --- a place's name whose second word is also a surname ------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Atendemos en el distrito de Ciutat Vella (08001), con atención sin cita los jueves."),
        ("en", "Our drop-in in Città Vella (08001) opens on Tuesdays."),
    ],
)
def test_a_place_whose_second_word_is_a_surname_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Lucía Vella, 29 años, de Barcelona, vive sola."),
        ("mt", "Marina Borg, 34, minn Ħamrun, qed toqgħod ma' ommha."),
    ],
)
def test_a_person_with_that_surname_is_still_held(language, text):
    assert "named_person" in held(text, language)


# --- in Arabic and Persian script, a function word after the client word is no name ---------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "مراجع ما از افغانستان است و ۲۵ سال دارد، دنبال وکیل هستیم."),
        ("ar", "موكلتي من سوريا، عمرها ٣٠ سنة، تبحث عن محامية."),
    ],
)
def test_a_function_word_after_the_client_word_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "موكلتي فاطمة، ٣٠ سنة، من حلب"),
        ("fa", "مراجع: زهرا، ۲۵ ساله، از هرات"),
    ],
)
def test_a_clients_name_in_arabic_script_is_still_held(language, text):
    assert "named_person" in held(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a given name first, or a home after the pair: a person's, not a place's
        ("de", "Sie schläft jetzt in Maria Kellers Wohnung, sie ist 34 und arbeitet im Lidl."),
        ("pl", "Śpi w Anny Kowalskiej mieszkaniu, 34 lata, pracuje w Biedronce."),
        ("en", "She is hiding in Grace Adeyemi's flat, 34, Nigerian."),
    ],
)
def test_a_person_after_a_locative_preposition_is_still_held(language, text):
    assert "named_person" in held(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a profession with no institution after it describes the person
        ("fr", "Fatou Diallo, médecin guinéenne, 38 ans, dort au foyer de Saint-Denis."),
        ("de", "Aylin Demir, Ärztin aus der Türkei, 41, wohnt jetzt im Heim in Köln-Kalk."),
        ("en", "Amina Yusuf, doctor, 34, in the centre in Mosney since May."),
    ],
)
def test_a_person_named_with_a_profession_and_no_institution_is_still_held(language, text):
    assert "named_person" in held(text, language)


# --- a German noun for a person, capitalised as every noun, is no surname ------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Junge Frau, 22, aus Syrien, in der Unterkunft in Bad Homburg, spricht nur Arabisch."),
        ("de", "Älterer Mann, 60, aus Afghanistan, braucht einen Dolmetscher."),
    ],
)
def test_a_german_noun_for_a_person_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Frau Demir, 23, aus Köln, wohnt bei ihrer Schwester."),
        ("de", "Sie heißt Maria Keller, 34, aus Köln, und arbeitet im Lidl."),
    ],
)
def test_a_german_name_beside_it_is_still_held(language, text):
    assert "named_person" in held(text, language)
