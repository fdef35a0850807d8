"""The signed-in account and its profile from the shared cache.

Every signed-in request loads its account (``User``) and, in
``AccountRequirementsMiddleware`` before any view, its ``Profile``: two
queries on every member page for rows that change a few times in an
account's life. ``CachedAuthenticationMiddleware`` (in place of Django's
``AuthenticationMiddleware``) reads both in one query on a miss
(``select_related("profile")``) and keeps them, pickled, in the shared cache
per account, filed with that account's own version:

- ``account-row-version:<pk>`` holds a random token; ``account-row:<pk>``
  holds ``(token, user with its profile)``. Both are read in one round trip;
  the entry counts only when its token is the current one.
- Saving or deleting the account or its profile moves that account's token
  on, at once and again when the transaction commits, so a request that read
  the old rows while the change was being saved files them under a token the
  commit retires (the same rule as consult/cache_versions.py). Other
  accounts' entries are not touched: a member signing in (``last_login``)
  retires only their own.

Everything Django's ``get_user`` checks is still checked on every request,
on the cached row: the backend named in the session must still be
configured, the account must be active (``user_can_authenticate``), and the
session's hash must match the password's (a new password is a save, so the
next request reads the new hash). Only backends that load the account as
Django's ``ModelBackend`` does (``_default_manager.get(pk=...)``) are served
from the cache; any other goes through Django unchanged.

Each request unpickles its own copy, so nothing one request attaches to its
user object (roles, permission caches) reaches another request. Code that
changes these rows with ``QuerySet.update()`` (no signal) must call
``forget_account(pk)``; nothing in the project does. An entry lives at most
``ACCOUNT_SECONDS``. The cache holds the password's hash with the account,
as the database does: Redis is already as private as the database (sessions
live there, docs/performance.md "Scaling plan").
"""

from functools import partial
from uuid import uuid4

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.middleware import AuthenticationMiddleware, auser
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

ACCOUNT_SECONDS = 600


def _version_key(pk):
    return f"account-row-version:{pk}"


def _row_key(pk):
    return f"account-row:{pk}"


def forget_account(pk):
    """Retire the cached account ``pk`` (at once and when the transaction commits)."""
    cache.set(_version_key(pk), uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(_version_key(pk), uuid4().hex, timeout=None))


def remember_account(user):
    """File ``user`` (loaded with its profile) under its account's current token."""
    token = cache.get_or_set(_version_key(user.pk), lambda: uuid4().hex, timeout=None)
    cache.set(_row_key(user.pk), (token, user), timeout=ACCOUNT_SECONDS)


def cached_account(user_id):
    """The active account ``user_id`` with its profile loaded, or None."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    try:
        pk = User._meta.pk.to_python(user_id)
    except ValidationError:  # a malformed session value: no account
        return None
    found = cache.get_many([_version_key(pk), _row_key(pk)])
    token = found.get(_version_key(pk))
    entry = found.get(_row_key(pk))
    if token is not None and entry is not None and entry[0] == token:
        return entry[1]
    if token is None:
        token = uuid4().hex
        if not cache.add(_version_key(pk), token, timeout=None):
            token = cache.get(_version_key(pk))
    try:
        user = User._default_manager.select_related("profile").get(pk=pk)
    except User.DoesNotExist:
        return None
    if token is not None:
        cache.set(_row_key(pk), (token, user), timeout=ACCOUNT_SECONDS)
    return user


def get_user(request):
    """Django's ``auth.get_user``, with the account read through the cache."""
    from django.contrib.auth.models import AnonymousUser

    try:
        user_id = request.session[auth.SESSION_KEY]
        backend_path = request.session[auth.BACKEND_SESSION_KEY]
    except KeyError:
        return AnonymousUser()
    if backend_path not in settings.AUTHENTICATION_BACKENDS:
        return AnonymousUser()
    backend = auth.load_backend(backend_path)
    if getattr(type(backend), "get_user", None) is not ModelBackend.get_user:
        return auth.get_user(request)
    user = cached_account(user_id)
    if user is None or not backend.user_can_authenticate(user):
        return AnonymousUser()
    session_hash = request.session.get(auth.HASH_SESSION_KEY)
    if session_hash and constant_time_compare(session_hash, user.get_session_auth_hash()):
        return user
    # Not the current secret: Django's own path (fallback secrets, cycling
    # the key, or flushing the session) decides, on a fresh row.
    return auth.get_user(request)


def _lazy_user(request):
    if not hasattr(request, "_cached_user"):
        request._cached_user = get_user(request)
    return request._cached_user


class CachedAuthenticationMiddleware(AuthenticationMiddleware):
    """Django's ``AuthenticationMiddleware`` with the account from the cache."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _lazy_user(request))
        request.auser = partial(auser, request)


def _account_changed(sender, instance, **kwargs):
    forget_account(instance.pk)


def _profile_changed(sender, instance, **kwargs):
    if instance.user_id is not None:
        forget_account(instance.user_id)


def connect():
    from django.contrib.auth import get_user_model

    from .models import Profile

    User = get_user_model()
    post_save.connect(_account_changed, sender=User, dispatch_uid="signed-in:save:user")
    post_delete.connect(_account_changed, sender=User, dispatch_uid="signed-in:delete:user")
    post_save.connect(_profile_changed, sender=Profile, dispatch_uid="signed-in:save:profile")
    post_delete.connect(_profile_changed, sender=Profile, dispatch_uid="signed-in:delete:profile")
