"""Numbers in ordinary posts that identify no one pass the guard (eighth
round): the hours of a meeting, a public office's or a helpline's published
number, a grant's or a project's reference, an organisation's own accounts.
Beside each, a post with a private person's number or account is still held.

The sentences are written for these tests (not from any corpus); all
numbers are invented."""

import pytest

from tests.consult.test_guard_organisations import held

# --- the hours of a meeting -----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Schulung am 3. März, 9.30-12.30 im Rathaus, 15 Plätze."),
        ("fr", "Permanence juridique le mardi, 14.00-17.30, salle 2."),
        ("pl", "Spotkanie w czwartek 10.15-12.45 w sali 4."),
        ("hr", "Sastanak u utorak, 09.00-11.30, dvorana B."),
    ],
)
def test_the_hours_of_a_meeting_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Schulung 9.30-12.30, ihre Handynummer ist 0151 23456789."),
        ("nl", "bel haar op 20.30-14.55, dat is haar nummer"),  # runs backwards: no hours
    ],
)
def test_a_phone_beside_or_shaped_like_hours_is_held(language, text):
    assert "phone" in held(text, language)


# --- a grant's or a project's reference ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Notre convention de subvention n° 101087654 doit figurer sur chaque facture."),
        ("pl", "Numer umowy o dofinansowanie: 101045231, wpiszcie go do raportu."),
        ("hu", "A támogatási szerződés száma 101078123, ezt írjátok a beszámolóba."),
        ("es", "La referencia es ES/2023/FAMI/0042, ponedla en las facturas."),
        ("ga", "Uimhir charthanais na heagraíochta: 20084519, cuir ar gach sonrasc í."),
    ],
)
def test_a_grants_or_projects_reference_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Grant no. 101095231 — her mobile is 087 123 4567."),
        ("hr", "Projekt AMIF, a njezin broj 091 234 5678."),
    ],
)
def test_a_phone_beside_a_grants_reference_is_held(language, text):
    assert held(text, language) == ["phone"]


# --- an ombudsman's, an equality body's or a helpline's published line -------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Defensor del Pueblo, calle Zurbano 42, Madrid, teléfono 914 327 900, atienden quejas de extranjería."),
        ("it", "Il Difensore civico regionale risponde allo 06 6593 2014 dal lunedì al venerdì."),
        ("de", "Die Antidiskriminierungsstelle des Bundes ist unter 030 18555 1855 erreichbar."),
        ("el", "Συνήγορος του Πολίτη, Χαλκοκονδύλη 17, Αθήνα, τηλ. 213 1306 600."),
        ("fr", "Pour les personnes LGBTQI+ : SOS homophobie au 01 48 06 42 41."),
        ("bg", "Посолството е на +359 2 937 3100, работи до 17 ч."),
    ],
)
def test_a_public_offices_or_helplines_line_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("el", "Ο Συνήγορος του Πολίτη είπε ότι το κινητό της είναι 213 1306 600."),
        ("hr", "Pravobraniteljica je rekla da je njezin broj 01 4848 100."),
        ("fr", "SOS homophobie, ou appelle sa sœur chez elle au 01 48 06 42 41."),
        ("hu", "Az ügyfelünk száma +36 1 475 7100, csak este hívjátok."),
    ],
)
def test_a_persons_number_beside_an_office_is_held(language, text):
    assert held(text, language) == ["phone"]


# --- an organisation's own press mailbox and accounts ---------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mt", "Segwuna fuq Instagram @netwerk.kenn.mt jew ibagħtu email fuq info@kenn-netwerk.mt."),
        ("hr", "Za novinare: tisak@udruga-sigurna.hr, a pratite nas i na Instagramu @udruga.sigurna."),
        ("pl", "Obserwujcie nas na Facebooku: facebook.com/fundacja.bezpieczna, piszcie na prasa@bezpieczna.pl."),
        ("hu", "Kövessetek minket a facebookon: facebook.com/menedek.pelda.egyesulet."),
        ("it", "Seguiteci su Instagram @rete.mimosa.it, scriveteci a stampa@rete-mimosa.it."),
    ],
)
def test_an_organisations_press_mailbox_and_followed_account_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "her cousin is on Instagram @lina.k.1999, she posts from the camp"),
        ("de", "Sie schreibt ihm auf Instagram @ali.rezai.93, bitte nicht weitergeben."),
        ("hu", "Az ügyfelünk fiókja: facebook.com/kovacs.anna.1990, ne írjatok rá."),
    ],
)
def test_a_persons_account_after_its_platform_is_held(language, text):
    assert held(text, language) == ["social"]


# --- a count in the millions, a service's short number and hours, an office's line ----


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("el", "Η ΕΛΣΤΑΤ δίνει για την απογραφή 2021 πληθυσμό 10.482.487, και τα στοιχεία είναι στο ίδιο αρχείο."),
        ("pl", "W 2023 roku w Polsce mieszkało 37.636.508 osób."),
        ("es", "Para el folleto: 016 (gratuito, 24h), 112 en emergencias y el WhatsApp del 016 también."),
        ("fr", "Le 3919 répond aussi sur WhatsApp 3919, gratuit et anonyme, 24h/24."),
        ("it", "Il 1522 risponde 24 ore su 24, gratis, anche in arabo."),
        ("fa", "اداره مهاجرت هلند IND شماره 088 043 0430 را دارد، ولی باید مدت زیادی پشت خط بمانید."),
        ("pl", "Fedasil ma numer 02 213 44 11, dzwońcie rano."),
    ],
)
def test_a_count_a_services_short_number_and_hours_and_an_offices_line_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("it", "il suo numero è 34.712.345, chiamala stasera", "phone"),
        ("it", "Il suo conto: 12.345.678, ci serve per il rimborso.", "phone"),
        ("en", "her WhatsApp is 0871234567, text only", "social"),
        ("fr", "Dossier n° 24/2024 de sa fille au tribunal pour enfants.", "case_number"),
        ("fa", "اداره مهاجرت IND گفت شماره موبایل او 0612345678 است", "phone"),
    ],
)
def test_a_persons_number_shaped_like_them_is_held(language, text, kind):
    assert kind in held(text, language)


# --- an office's line and address across an abbreviation, our own office ---------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bg", "Омбудсманът на Република България, ул. Джордж Вашингтон 22, София, тел. 02 810 6955."),
        ("pl", "Biuro Rzecznika Praw Obywatelskich: tel. 22 551 77 00, ul. Długa 23/25, Warszawa."),
        ("en", "Our office is at 14 Main Street, Dublin 1, open 9.30-17.00, phone 01 872 1234."),
        ("nl", "Ons kantoor: Oudegracht 12, 3511 AB Utrecht, tel. 030 231 4455."),
        ("de", "Die Bürgerbeauftragte des Landes ist unter 0385 525 2700 zu erreichen."),
    ],
)
def test_an_offices_line_and_address_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Our office is at 14 Main Street, Dublin 1; her mobile is 087 123 4567."),
        ("nl", "Ons kantoor belt haar thuis op 030 231 4455."),
        ("pl", "Biuro Rzecznika Praw Obywatelskich dzwoniło do niej na 22 551 77 00."),
    ],
)
def test_a_persons_line_beside_an_office_is_held(language, text):
    assert held(text, language) == ["phone"]


# --- a helpline's name inflected, a register's number after "its", "is" ------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("el", "Η γραμμή στήριξης του συλλόγου είναι 210 523 4567, καθημερινές."),
        ("bg", "Горещата линия на фондацията е 02 981 7686, от понеделник до петък."),
        ("ar", "خط المساعدة التابع للجمعية هو 020 555 1234 من الاثنين إلى الجمعة."),
        ("el", "Ο ΑΦΜ του σωματείου είναι 094019245."),
        ("pl", "Numer KRS stowarzyszenia to 0000456789."),
    ],
)
def test_an_inflected_helpline_and_a_registers_number_pass(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("el", "Το κινητό της είναι 694 123 4567, μην το δώσετε."),
        ("el", "Ο αριθμός της στο σπίτι είναι 210 523 4567."),
        ("bg", "Горещата линия ѝ даде нейния мобилен 088 123 4567."),
    ],
)
def test_her_number_in_greek_or_bulgarian_is_held(language, text):
    assert held(text, language) == ["phone"]


# --- an asylum office's or an aid organisation's line, read in the writer's country ------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La préfecture de Lyon, service étrangers : 04 72 61 60 60."),
        ("es", "La Oficina de Asilo y Refugio atiende en el 91 537 21 70."),
        ("hu", "Az Országos Idegenrendészeti Főigazgatóság ügyfélszolgálata: 06 1 463 9100."),
        ("de", "Beratungsstelle der Caritas in Mainz: 06131 2826 0, offene Sprechstunde dienstags."),
        ("fa", "شماره اداره اتباع در آتن 213 214 2100 است."),
    ],
)
def test_an_asylum_offices_or_aid_organisations_line_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La préfecture de Lyon a appelé sa fille au 04 72 61 60 60."),
        ("es", "La Oficina de Asilo llamó a su marido al 91 537 21 70."),
        ("de", "Die Caritas hat ihre Handynummer 0151 2345 6789 nicht."),
    ],
)
def test_a_relatives_line_beside_an_office_is_held(language, text):
    assert held(text, language) == ["phone"]


# --- a meeting's public venue ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Reunión regional: martes 17 de marzo, 10.00-13.00, Centro Cívico, calle Mayor 5, 28013 Madrid."),
        ("it", "Incontro regionale: martedì 17 marzo, 10.00-13.00, Casa delle Donne, via Marsala 8, 00185 Roma."),
        ("hu", "A találkozó a közösségi házban lesz, Fő utca 12, Szeged."),
    ],
)
def test_a_meetings_public_venue_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ella vive al lado del Centro Cívico, calle Mayor 5, 2º B."),
        ("it", "Lei abita vicino alla Casa delle Donne, via Marsala 8, interno 4."),
    ],
)
def test_a_home_beside_a_venue_is_held(language, text):
    assert held(text, language) == ["address"]


# --- a private line that a helpline or an office passed on ------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Das Hilfetelefon hat die Nummer ihres Mannes: 030 1234567."),
        ("bg", "Горещата линия има домашния номер на бившия ѝ: 02 123 4567."),
        ("pl", "Rzecznik Praw Obywatelskich ma jej numer domowy 22 123 45 67."),
        ("mt", "Il-linja ta' għajnuna għandha n-numru tad-dar ta' żewġha: 2123 4567."),
    ],
)
def test_a_private_line_passed_on_by_a_helpline_is_held(language, text):
    assert held(text, language) == ["phone"]


# --- an association's or a foundation's own landline ----------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La Fundación ANAR atiende en el 91 726 27 00."),
        ("pl", "Fundacja Centrum Praw Kobiet, tel. 22 621 35 37."),
        ("hu", "A NANE Egyesület irodája: 06 1 267 4900."),
        ("bg", "Фондация „Асоциация Анимус“, тел. 02 983 5205."),
        ("de", "Der Verein Frauen helfen Frauen ist unter 0221 1234567 erreichbar."),
    ],
)
def test_an_organisations_own_landline_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Our association's lawyer, Mrs Byrne, 01 868 4722."),
        ("nl", "De vrijwilliger van de stichting, Jan, woont in Delft: 015 212 3456."),
        ("es", "La fundación llamó a su hermana al 91 726 27 00."),
        ("it", "L'associazione ci ha dato il numero della madre, 06 7820 0361."),
    ],
)
def test_a_workers_or_relatives_line_beside_an_organisation_is_held(language, text):
    assert held(text, language) == ["phone"]


# --- an organisation's sign-up, donation and volunteering mailboxes ---------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Registration: bookings@safeharbour.ie by Friday."),
        ("fr", "Inscriptions avant vendredi : inscriptions@reseau-abri.fr."),
        ("hr", "Prijave do petka na prijave@udruga-sigurna.hr."),
        ("hu", "Jelentkezés péntekig: jelentkezes@menedek-egyesulet.hu."),
        ("de", "Spenden an spenden@netzwerk-schutzraum.de, Ehrenamt: ehrenamt@netzwerk-schutzraum.de."),
    ],
)
def test_an_organisations_sign_up_mailbox_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ihre Mail: anmeldung.lea@gmx.de."),
        ("fr", "Son adresse : inscriptions@orange.fr"),
    ],
)
def test_a_sign_up_word_on_a_free_mail_domain_is_held(language, text):
    assert held(text, language) == ["email"]


# --- an organisation's invoice, purchase order or booking -------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Factuurnummer 20240117 van het tolkenbureau staat nog open."),
        ("de", "Die Rechnung Nr. 2024117 des Dolmetscherdienstes ist noch offen."),
        ("pl", "Faktura nr 20240117 od biura tłumaczy nadal nieopłacona."),
        ("fr", "Commande n° 7712034 pour les dépliants envoyée aujourd'hui."),
        ("en", "The room booking reference is 88123456, quote it at reception."),
    ],
)
def test_an_invoices_or_bookings_number_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "The protection order no. 2024117 was served on him yesterday.", "phone"),
        ("de", "Rechnung an ihre Privatadresse, ihre Handynummer 0151 23456789.", "phone"),
    ],
)
def test_a_protection_order_or_a_phone_beside_an_invoice_is_held(language, text, kind):
    assert kind in held(text, language)
