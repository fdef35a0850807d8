"""The permission matrix: roles by countries by actions, every cell asserted.

Each cell asks ``user.has_perm(permission, obj)`` for an object of the
given country, the one question views, API and templates ask.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.utils import timezone

from consult.models import CountryRole, Profile
from tests.consult.factories import ProfileFactory, administrator, country_for, member, staff

pytestmark = pytest.mark.django_db

COUNTRIES = ["NL", "BE"]

# action -> (permission, what it is asked about in a country)
ACTIONS = {
    "approve a member": ("consult.approve_member", "pending applicant"),
    "suspend a member": ("consult.suspend_member", "approved member"),
    "read the member area": ("consult.read_member_area", None),
    "moderate the country": ("consult.moderate_country", "country"),
    "edit the country's pages": ("consult.edit_country_pages", "country"),
    "edit the country's recommendations": ("consult.edit_recommendations", "country"),
    "read the country's audit log": ("consult.view_audit_log", "country"),
}

_ = ""
# role -> {action: countries where it is allowed}; "NL BE" = both, _ = none.
EXPECTED = {
    "anonymous": dict.fromkeys(ACTIONS, _),
    "pending applicant (NL)": dict.fromkeys(ACTIONS, _),
    "rejected applicant (NL)": dict.fromkeys(ACTIONS, _),
    "suspended member (NL)": dict.fromkeys(ACTIONS, _),
    "member (NL)": {**dict.fromkeys(ACTIONS, _), "read the member area": "NL BE"},
    "moderator (NL)": {
        **dict.fromkeys(ACTIONS, _),
        "approve a member": "NL",
        "suspend a member": "NL",
        "read the member area": "NL BE",
        "moderate the country": "NL",
        "read the country's audit log": "NL",
    },
    "suspended moderator (NL)": dict.fromkeys(ACTIONS, _),
    "moderator (all countries)": {
        **dict.fromkeys(ACTIONS, _),
        "approve a member": "NL BE",
        "suspend a member": "NL BE",
        "read the member area": "NL BE",
        "moderate the country": "NL BE",
        "read the country's audit log": "NL BE",
    },
    "editor (NL)": {
        **dict.fromkeys(ACTIONS, _),
        "read the member area": "NL BE",
        "edit the country's recommendations": "NL",
    },
    "editor (all countries)": {
        **dict.fromkeys(ACTIONS, _),
        "read the member area": "NL BE",
        "edit the country's recommendations": "NL BE",
    },
    "country-office staff (NL)": {
        **dict.fromkeys(ACTIONS, _),
        "read the member area": "NL BE",
        "edit the country's pages": "NL",
    },
    "administrator": dict.fromkeys(ACTIONS, "NL BE"),
}

CELLS = [
    (role, country, action, country in EXPECTED[role][action].split())
    for role in EXPECTED
    for country in COUNTRIES
    for action in ACTIONS
]


def make_user(role):
    suspended = {"status": Profile.Status.SUSPENDED, "suspended_until": timezone.now() + timezone.timedelta(days=7)}
    return {
        "anonymous": lambda: AnonymousUser(),
        "pending applicant (NL)": lambda: member(status=Profile.Status.PENDING),
        "rejected applicant (NL)": lambda: member(status=Profile.Status.REJECTED),
        "suspended member (NL)": lambda: member(**suspended),
        "member (NL)": lambda: member(),
        "moderator (NL)": lambda: staff(CountryRole.Role.MODERATOR, "NL"),
        "suspended moderator (NL)": lambda: staff(CountryRole.Role.MODERATOR, "NL", **suspended),
        "moderator (all countries)": lambda: staff(CountryRole.Role.MODERATOR, None),
        "editor (NL)": lambda: staff(CountryRole.Role.EDITOR, "NL"),
        "editor (all countries)": lambda: staff(CountryRole.Role.EDITOR, None),
        "country-office staff (NL)": lambda: staff(CountryRole.Role.COUNTRY_STAFF, "NL"),
        "administrator": lambda: administrator(),
    }[role]()


def make_object(kind, code):
    if kind is None:
        return None
    if kind == "country":
        return country_for(code)
    status = Profile.Status.PENDING if kind == "pending applicant" else Profile.Status.APPROVED
    return ProfileFactory(countries=[code], status=status)


def test_the_matrix_has_12_roles_2_countries_and_7_actions():
    assert len(CELLS) == 12 * 2 * 7 == 168


@pytest.mark.parametrize(("role", "country", "action", "allowed"), CELLS)
def test_permission_matrix(role, country, action, allowed):
    for code in COUNTRIES:
        country_for(code)
    user = make_user(role)
    permission, kind = ACTIONS[action]
    obj = make_object(kind, country)
    assert user.has_perm(permission, obj) is allowed


def test_a_moderator_cannot_approve_their_own_application():
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    assert not moderator.has_perm("consult.approve_member", moderator.profile)


def test_a_moderator_of_one_of_an_applicants_countries_may_decide_on_it():
    moderator = staff(CountryRole.Role.MODERATOR, "BE")
    applicant = ProfileFactory(countries=["NL", "BE"], status=Profile.Status.PENDING)
    assert moderator.has_perm("consult.approve_member", applicant)


def test_a_suspension_that_ended_gives_the_member_access_again():
    user = member(status=Profile.Status.SUSPENDED, suspended_until=timezone.now() - timezone.timedelta(minutes=1))
    assert user.has_perm("consult.read_member_area")


def test_a_staff_role_of_an_account_that_is_not_approved_counts_for_nothing():
    user = staff(CountryRole.Role.MODERATOR, "NL", status=Profile.Status.PENDING)
    assert not user.has_perm("consult.moderate_country", country_for("NL"))
    assert not user.has_perm("consult.view_vetting_queue")


def test_templates_ask_the_same_permission_through_has_perm():
    template = Template(
        "{% load rules %}{% has_perm 'consult.moderate_country' user country as allowed %}{{ allowed }}"
    )
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    assert template.render(Context({"user": moderator, "country": country_for("NL")})) == "True"
    assert template.render(Context({"user": moderator, "country": country_for("BE")})) == "False"


def test_an_object_of_another_app_takes_part_through_its_country_id():
    class Thread:
        country_id = None

    thread = Thread()
    thread.country_id = country_for("NL").pk
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    assert moderator.has_perm("consult.moderate_country", thread)
    thread.country_id = country_for("BE").pk
    assert not moderator.has_perm("consult.moderate_country", thread)
