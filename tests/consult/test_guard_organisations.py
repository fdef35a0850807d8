"""Organisations' own contacts pass the guard (issue #17): role mailboxes
("info@", "secretariaat@", "biuro@"), the organisations' public e-mail
addresses, websites and social accounts that moderators and country offices
list, and organisations' registration numbers after the register's name.
A person's address, account or national ID number is still held.

The sentences are written for these tests (not from any corpus); the numbers
are invented and made to pass their register's checksum."""

import pytest

from consult.demo import seed_public_contacts
from consult.models import AuditLogEntry, Country, CountryRole, PublicContact, SupportService
from consult.moderation import guard
from consult.moderation import services as moderation
from consult.moderation.guard import public
from consult.moderation.guard.contacts import role_mailbox
from consult.refusals import NotAllowed, Refusal
from tests.consult.factories import add_totp, member, staff


def held(text, language):
    return [finding.kind for finding in guard.scan(text, language, listed_words=[])]


# --- role mailboxes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Email referrals@safehaven-dublin.ie and the intake team will call you back."),
        ("nl", "Meld je aan via secretariaat@stichting-veilig.nl of kom langs op het kantoor."),
        ("fr", "Pour un rendez-vous, écrivez à contact@asso-solidarite.fr ou passez à l'accueil."),
        ("es", "Escríbenos a secretaria@fundacionluz.es y te contestamos en dos días."),
        ("it", "Per informazioni scrivete a segreteria@associazione-mimosa.it."),
        ("pl", "Zgłoszenia przyjmujemy pod adresem biuro@fundacja-pomoc.pl."),
        ("hr", "Pišite nam na ured@udruga-sigurna.hr ili dođite osobno."),
        ("sl", "Za pomoč pišite na tajnistvo@drustvo-sos.si."),
        ("hu", "Írjon a titkarsag@nokert-egyesulet.hu címre."),
        ("el", "Στείλτε μήνυμα στο grammateia@somateio-allilegyi.gr για ραντεβού."),
        ("bg", "Пишете ни на office@sdruzhenie-nadezhda.bg за консултация."),
        ("de", "Anfragen bitte an kontakt@frauenberatung-koeln.de."),
        ("mt", "Ikteb lil info@wrf.org.mt għal appuntament."),
        ("ga", "Scríobh chuig eolas@carthanas-cabhrach.ie le haghaidh cabhrach."),
        ("en", "Press enquiries: press [at] refugeerights dot eu"),
        # the organisation's own name on its own domain
        ("nl", "Mail fier@fier.nl voor hulp."),
    ],
)
def test_an_organisations_role_mailbox_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Schrijf naar j.devries@stichting-veilig.nl voor een afspraak met hem."),
        ("en", "Her own address is aoife.kelly87@gmail.com, please don't share it."),
        # a role's name on a free-mail provider belongs to whoever opened it
        ("en", "You can reach her at info@gmail.com."),
        ("fr", "Son adresse: contact@yahoo.fr"),
        ("pl", "Pisz na biuro@wp.pl, to jej skrzynka."),
        ("it", "La signora scrive da segreteria.rossi@libero.it"),
    ],
)
def test_a_persons_address_is_still_held(language, text):
    assert "email" in held(text, language)


def test_a_role_mailbox_is_told_from_a_persons():
    assert role_mailbox("info@womensaid.ie")
    assert role_mailbox("γραμματεία@syllogos.gr")
    assert role_mailbox("info.gent@vzw-opvang.be")
    assert not role_mailbox("maria.rossi@associazione.it")
    assert not role_mailbox("info@hotmail.co.uk")
    assert not role_mailbox("info@web.de")


@pytest.mark.parametrize(
    ("language", "text", "kinds"),
    [
        ("en", "Follow us on Instagram: @safeharbour_ngo", []),
        ("nl", "Volg ons op Instagram: @opvang_noord", []),
        ("it", "Seguici su Instagram: @mimosa_odv", []),
        ("en", "The foundation's coordinator Anna uses @anna_k88.", ["social"]),
        ("de", "Ihre Kollegin im Verein schreibt als @jule_k_91.", ["social"]),
    ],
)
def test_an_organisations_own_account_passes_and_a_workers_is_held(language, text, kinds):
    assert held(text, language) == kinds


# --- registration numbers of organisations --------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De stichting staat ingeschreven bij de KvK onder nummer 41216593."),
        ("fr", "Association loi 1901, SIRET 732 829 320 00074."),
        ("fr", "Association déclarée, RNA W751234567."),
        ("es", "CIF de la asociación: G28029643."),
        ("it", "Codice fiscale dell'associazione 97735020584."),
        ("it", "Partita IVA 07643520567 della cooperativa."),
        ("pl", "Fundacja, KRS 0000123456, NIP 5260250274, REGON 012100784."),
        ("de", "Der Verein ist im Vereinsregister VR 12345 beim Amtsgericht Köln eingetragen."),
        ("de", "Handelsregister HRB 86891, Amtsgericht Berlin."),
        ("en", "Registered charity number 20013014, CRO 147318."),
        ("hr", "OIB udruge: 69435151530."),
        ("bg", "Сдружението е с ЕИК 175074752."),
        ("sl", "Društvo, matična številka 5300231."),
        ("hu", "Az egyesület adószáma 18123467-1-42, cégjegyzékszám 01-09-123456."),
        ("el", "Το σωματείο (ΑΦΜ 094014201) έχει έδρα στην Αθήνα."),
        ("mt", "Voluntary Organisation VO/0123."),
        ("en", "Our enterprise number is 0403.170.701."),
        ("nl", "BTW-nummer NL004495445B01, KBO-nummer 0403.170.701 voor de vzw."),
        ("hr", "Udruga je upisana u Registar udruga, RNO broj 123456, matični broj 01234567."),
        ("sl", "Davčna številka društva: 15012557."),
        ("es", "Inscrita en el Registro Nacional de Asociaciones con el número 612345."),
        ("it", "Iscritta al RUNTS n. 12345."),
    ],
)
def test_an_organisations_registration_number_passes(language, text):
    assert held(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Haar BSN is 111222333, graag doorgeven aan de IND."),
        ("es", "Su DNI es 12345678Z y vive en Vallecas."),
        ("es", "NIF de la clienta: 12345678Z."),
        ("it", "Il codice fiscale della signora è RSSMRA85T10A562S."),
        ("pl", "Jej PESEL to 44051401359."),
        # the same checksum numbers persons: without an organisation named, it is a person's
        ("hr", "OIB klijentice je 69435151530."),
        ("el", "Ο ΑΦΜ της πελάτισσας είναι 094014201."),
        ("sl", "Njena davčna številka je 15012557."),
        # a number that does not have the register's shape is not let through by its name
        ("nl", "KvK 111222333 staat op haar pasje."),
    ],
)
def test_a_persons_id_number_is_still_held(language, text):
    assert held(text, language) != []


# --- listed contacts ------------------------------------------------------------------


def test_a_seeded_organisations_account_and_address_pass_without_the_database():
    assert held("Follow Women's Aid at facebook.com/womensaidireland for updates.", "en") == []
    assert held("The Rape Crisis Centre answers at rcc@rcc.ie.", "en") == []
    # another page on the same platform is a person's
    assert "social" in held("He posted it on facebook.com/aoife.kelly.87", "en")


@pytest.fixture
def nl_moderator():
    return staff(CountryRole.Role.MODERATOR, "NL")


@pytest.fixture
def nl_office():
    user = member(countries=("NL",))
    user.groups.add(Country.objects.get(code="NL").staff_group)
    add_totp(user)
    return user


@pytest.mark.django_db
def test_a_listed_organisations_address_and_account_pass_and_are_held_again_when_removed(nl_moderator):
    text = "Schrijf naar jvd@veiligehaven.nl of volg facebook.com/VeiligeHavenRotterdam."
    assert set(guard.scan(text, "nl")) != set()
    netherlands = Country.objects.get(code="NL")
    moderation.add_public_contact(
        netherlands, moderator=nl_moderator, name="Veilige Haven", value="jvd@veiligehaven.nl", kind="email"
    )
    account = moderation.add_public_contact(
        netherlands,
        moderator=nl_moderator,
        name="Veilige Haven",
        value="https://www.facebook.com/VeiligeHavenRotterdam/",
        kind="social",
    )
    assert guard.scan(text, "nl") == []
    assert guard.scan("Volg ons: @VeiligeHavenRotterdam", "nl") == []
    assert AuditLogEntry.objects.filter(action="moderation.contact_added").count() == 2
    moderation.remove_public_contact(account, moderator=nl_moderator)
    assert [finding.kind for finding in guard.scan(text, "nl")] == ["social"]


@pytest.mark.django_db
def test_the_country_office_keeps_its_own_countrys_list_but_not_anothers(nl_office):
    moderation.add_public_contact(
        Country.objects.get(code="NL"), moderator=nl_office, name="Opvang", value="@opvang_rdam", kind="social"
    )
    assert guard.scan("Instagram: @opvang_rdam", "nl") == []
    with pytest.raises(NotAllowed):
        moderation.add_public_contact(
            Country.objects.get(code="BE"), moderator=nl_office, name="x", value="@x_be_2", kind="social"
        )


@pytest.mark.django_db
def test_a_support_services_own_website_passes(nl_moderator):
    # the office's own version: its language versions take their website from it
    service = SupportService.objects.live().filter(country__code="NL", locale__language_code="en").first()
    service.website = "https://www.facebook.com/OpvangNoord"
    service.save()
    public.bump()
    assert guard.scan("Zie facebook.com/OpvangNoord", "nl") == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "kind"),
    [("not an address", "email"), ("", "website"), ("x" * 400, "social"), ("info@example.org", "phone")],
)
def test_a_contact_that_is_not_one_is_refused(nl_moderator, value, kind):
    with pytest.raises(Refusal):
        moderation.add_public_contact(
            Country.objects.get(code="NL"), moderator=nl_moderator, name="Org", value=value, kind=kind
        )
    assert not PublicContact.objects.filter(name="Org").exists()


@pytest.mark.django_db
def test_the_seeded_contacts_are_samples_to_verify_and_seeding_twice_adds_none():
    assert PublicContact.objects.filter(country__code="IE", value="rcc@rcc.ie", is_sample=True).exists()
    assert seed_public_contacts() == 0


@pytest.mark.django_db
def test_the_office_sees_and_changes_its_countrys_contacts_on_the_page(client, nl_office):
    client.force_login(nl_office)
    page = client.get("/en/moderation/public-helplines/")
    assert page.status_code == 200
    assert "Veilig Thuis" in page.content.decode()
    netherlands = Country.objects.get(code="NL")
    response = client.post(
        "/en/moderation/public-helplines/",
        {
            "action": "add_contact",
            "country": netherlands.pk,
            "name": "Stichting Opvang",
            "value": "www.opvang-noord.nl",
            "kind": "website",
        },
        follow=True,
    )
    assert "The contact was added." in response.content.decode()
    assert "www.opvang-noord.nl" in response.content.decode()
    contact = PublicContact.objects.get(value="www.opvang-noord.nl")
    client.post("/en/moderation/public-helplines/", {"action": "verify_contact", "contact": contact.pk})
    contact.refresh_from_db()
    assert not contact.is_sample
    client.post("/en/moderation/public-helplines/", {"action": "remove_contact", "contact": contact.pk})
    assert not PublicContact.objects.filter(pk=contact.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"action": "add_contact", "country": "abc", "name": "x", "value": "@x_1", "kind": "social"},
        {"action": "add_contact", "country": "", "name": "", "value": "", "kind": ""},
        {"action": "remove_contact", "contact": "9999999"},
        {"action": "verify_contact", "contact": "not-a-number"},
    ],
)
def test_bad_input_on_the_contacts_page_answers_with_a_message_not_an_error(client, nl_moderator, data):
    client.force_login(nl_moderator)
    contacts = list(PublicContact.objects.values_list("pk", "value", "is_sample"))
    response = client.post("/en/moderation/public-helplines/", data, follow=True)
    assert response.status_code == 200
    assert "message--error" in response.content.decode()  # told what went wrong, on the page
    assert list(PublicContact.objects.values_list("pk", "value", "is_sample")) == contacts  # nothing changed


@pytest.mark.django_db
def test_a_member_without_a_role_is_refused_the_page(client):
    client.force_login(member(countries=("NL",)))
    assert client.get("/en/moderation/public-helplines/").status_code == 403
