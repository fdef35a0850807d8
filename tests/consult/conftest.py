import time

import pytest
from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from django.core.cache import cache

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's rate limits and used TOTP codes live in the cache."""
    cache.clear()
    yield
    cache.clear()


def sign_in(client, user):
    """Sign ``user`` in as if they had just typed their password (and TOTP):
    pages that ask for recent re-authentication let them through."""
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [{"method": "password", "at": time.time(), "reauthenticated": True}]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
    return client


@pytest.fixture
def signed_in(client):
    return lambda user: sign_in(client, user)
