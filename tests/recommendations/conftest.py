import pytest

from consult.models import CountryRole
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff

from .factories import draft, open_round


@pytest.fixture(autouse=True)
def _eager_email(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def editor(db):
    """An editor for the Netherlands (country role), with TOTP."""
    return staff(CountryRole.Role.EDITOR, "NL")


@pytest.fixture
def version(db, editor):
    """A Dutch draft of six clauses (two headings, four paragraphs)."""
    return draft("NL", 6)


@pytest.fixture
def round(version):
    """An open round on the draft, for everyone."""
    return open_round(version)


@pytest.fixture
def author(db):
    """An approved member in the Netherlands, social support sector."""
    return member(("NL",))


@pytest.fixture
def signed_in(client):
    return lambda user: sign_in(client, user)


@pytest.fixture(autouse=True)
def _no_first_post_review(settings):
    """Most tests are about feedback, not the first-posts queue (tested on its own)."""
    settings.MODERATION_FIRST_POSTS = 0
