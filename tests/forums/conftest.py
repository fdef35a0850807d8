import pytest

from tests.consult.conftest import sign_in


@pytest.fixture(autouse=True)
def _moderation_settings(settings):
    """Most tests are about other rules: first posts publish at once unless a
    test sets MODERATION_FIRST_POSTS itself."""
    settings.MODERATION_FIRST_POSTS = 0
    settings.MODERATION_AUTO_HIDE_FLAGS = 3


@pytest.fixture
def signed_in(client):
    return lambda user: sign_in(client, user)
