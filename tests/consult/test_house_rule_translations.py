"""House rules are translatable (Wagtail locales): the person a statement is
addressed to reads its rule in their language; moderators cite one rule,
not one per language (consult/models/fairness.py, migration 0013)."""

import pytest

from consult.models import Country, CountryRole, HouseRule, ReviewItem, StatementOfReasons
from consult.moderation import services as moderation
from consult.moderation import statements
from forums.moderation.forms import GroundForm
from tests.consult.factories import member, staff
from tests.moderation_app.models import Note

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement():
    nl = Country.objects.get(code="NL")
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    note = Note.objects.create(author=member(countries=("NL",)), country=nl, text="Her address is ...")
    item = moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS)
    rule = HouseRule.objects.originals().get(code="personal-data", country=None)
    moderation.hide(item, moderator=moderator, reason="It gives an address.", house_rule=rule)
    return StatementOfReasons.objects.get(object_id=note.pk, restriction=StatementOfReasons.Restriction.CONTENT_HIDDEN)


def test_every_common_rule_is_seeded_in_all_fifteen_other_languages(settings):
    others = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    assert len(others) == 15
    for rule in HouseRule.objects.originals().filter(country=None):
        translations = rule.get_translations()
        assert {t.locale.language_code for t in translations} == others, rule.code
        assert all(t.title and t.title != rule.title for t in translations)
        if rule.explanation:
            assert all(t.explanation and t.explanation != rule.explanation for t in translations)


@pytest.mark.parametrize(
    ("language", "title", "explanation"),
    [
        ("ar", "لا معلومات قد تكشف هوية إحدى الناجيات أو أي شخص آخر", "الأسماء وأرقام الهواتف والعناوين"),
        ("nl", "Geen informatie waardoor een overlevende", "Namen, telefoonnummers, adressen"),
        ("pl", "Żadnych informacji, które mogłyby pozwolić", "Imiona i nazwiska, numery telefonów"),
    ],
)
def test_the_member_reads_the_house_rule_of_their_statement_in_their_language(
    client, statement, language, title, explanation
):
    client.force_login(statement.user)
    html = client.get(f"/{language}/moderation/statements/{statement.pk}/").content.decode()
    assert title in html
    assert explanation in html
    assert "No information that could identify" not in html


def test_in_english_the_rule_reads_as_written(client, statement):
    client.force_login(statement.user)
    html = client.get(f"/en/moderation/statements/{statement.pk}/").content.decode()
    assert "No information that could identify a survivor or any other person" in html


def test_moderators_are_offered_each_rule_once_not_once_per_language():
    nl = Country.objects.get(code="NL")
    offered = list(GroundForm(country_id=nl.pk).fields["house_rule"].queryset)
    assert len(offered) == HouseRule.objects.originals().filter(country=None, is_active=True).count()
    assert len({rule.code for rule in offered}) == len(offered)


def test_a_country_rule_added_by_a_moderator_has_no_translation_and_shows_as_written(client):
    nl = Country.objects.get(code="NL")
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    rule = statements.save_house_rule(user=moderator, country=nl, title="Schrijf in het Nederlands of Engels")
    assert rule.locale.language_code == "en"
    assert HouseRule.objects.for_country(nl.pk).filter(pk=rule.pk).exists()


def test_changing_a_rule_drops_translations_of_the_old_wording(settings):
    from tests.consult.factories import administrator

    rule = HouseRule.objects.originals().get(code="lawful", country=None)
    assert rule.get_translations().count() == 15
    statements.save_house_rule(user=administrator(), country=None, rule=rule, title="Nothing illegal, anywhere")
    assert rule.get_translations().count() == 0


def _queue_rule_options(client, language="en"):
    """The house rules offered to hide the items of a moderator's queue (one item waits)."""
    if not ReviewItem.objects.pending().exists():
        for code in ("NL", "BE"):
            country = Country.objects.get(code=code)
            note = Note.objects.create(author=member(countries=(code,)), country=country, text="Practice question")
            moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    html = client.get(f"/{language}/moderation/").content.decode()
    select = html.split('id="house_rule"', 1)[1].split("</select>", 1)[0]
    return select


def test_the_queue_offers_the_rules_in_the_moderators_language_and_a_new_rule_at_once(client):
    nl = Country.objects.get(code="NL")
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    client.force_login(moderator)
    assert "Geen informatie waardoor een overlevende" in _queue_rule_options(client, "nl")
    assert "No information that could identify" in _queue_rule_options(client, "en")  # cached per language
    rule = statements.save_house_rule(user=moderator, country=nl, title="Schrijf in het Nederlands of Engels")
    assert "Netherlands: Schrijf in het Nederlands of Engels" in _queue_rule_options(client)
    statements.save_house_rule(user=moderator, country=nl, rule=rule, title="Schrijf in het Nederlands")
    options = _queue_rule_options(client)
    assert "Netherlands: Schrijf in het Nederlands<" in options
    assert "of Engels" not in options


def test_a_belgian_rule_is_not_offered_to_a_dutch_moderator(client):
    be = Country.objects.get(code="BE")
    statements.save_house_rule(user=staff(CountryRole.Role.MODERATOR, "BE"), country=be, title="Règle belge")
    client.force_login(staff(CountryRole.Role.MODERATOR, "NL"))
    assert "Règle belge" not in _queue_rule_options(client)


def test_a_dutch_moderator_reads_country_names_in_dutch(client):
    nl = Country.objects.get(code="NL")
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    statements.save_house_rule(user=moderator, country=nl, title="Schrijf in het Nederlands")
    client.force_login(moderator)
    options = _queue_rule_options(client, "nl")
    assert "Nederland: Schrijf in het Nederlands" in options
    queue = client.get("/nl/moderation/").content.decode()
    assert " · Nederland · " in queue  # the item's country
    assert "Netherlands" not in queue
    assert "Niederlande: Schrijf" in _queue_rule_options(client, "de")
