"""What every signed-in request asks about its account, from the shared cache.

Each signed-in request needs the account's country roles, its country
offices (Wagtail groups) and, for staff, whether MFA is set up: three
queries that rarely change answer (``AccountRequirementsMiddleware`` asks
all of them before any view runs). They are kept in the cache per user
under ``STANDING_VERSION``, which moves on, at once and again when the
transaction commits (consult/cache_versions.py), whenever anything they are
read from changes:

- a country role is granted or withdrawn (``CountryRole``, any way: the
  services, the admin, an account's erasure);
- a group membership changes (either side of ``User.groups``), a group is
  deleted, or a country's staff or lead group changes;
- an authenticator is added or removed (MFA set up, reset or erased);
- an account is deleted.

The key also holds whether the account is a superuser. An entry lives at
most ``STANDING_SECONDS``; losing it (eviction, a Redis restart) costs only
the queries it saved. The version is read before the rows are, so a request
that read the old rows while a change was being saved files them under a
version the change's commit retires.
"""

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from .cache_versions import CacheVersion

STANDING_VERSION = CacheVersion("account-standing-version")
STANDING_SECONDS = 600
_MISSING = object()


def remembered(user, name, compute):
    """``compute()`` for ``user``, from the cache while nothing it reads has changed."""
    key = f"account-standing:{STANDING_VERSION.current()}:{user.pk}:{int(user.is_superuser)}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout=STANDING_SECONDS)
    return value


def _groups_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        STANDING_VERSION.bump()


def connect():
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model

    from .models import Country, CountryRole

    User = get_user_model()
    for model in (CountryRole, Country, Authenticator, Group):
        label = model._meta.label_lower
        post_save.connect(STANDING_VERSION.bump, sender=model, dispatch_uid=f"account-standing:save:{label}")
        post_delete.connect(STANDING_VERSION.bump, sender=model, dispatch_uid=f"account-standing:delete:{label}")
    post_delete.connect(STANDING_VERSION.bump, sender=User, dispatch_uid="account-standing:delete:user")
    m2m_changed.connect(_groups_changed, sender=User.groups.through, dispatch_uid="account-standing:groups")
