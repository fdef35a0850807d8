"""No Wagtail admin for an account whose membership is not in standing.

Country-office staff and leads reach the admin through Wagtail groups
(consult/country_offices.py), which a moderator's suspension does not touch:
the groups stay so that the role comes back as it was when the suspension
ends. This backend refuses ``wagtailadmin.access_admin`` while the profile
is suspended, refused or deleted, before any other backend can grant it, so
the whole admin (every Wagtail view asks that permission first) is closed at
once and opens again by itself when the suspension ends or is lifted.
"""

from django.core.exceptions import PermissionDenied

ADMIN_ACCESS = "wagtailadmin.access_admin"


class MembershipStandingBackend:
    def authenticate(self, request, **credentials):
        return None

    def has_perm(self, user_obj, perm, obj=None):
        if perm == ADMIN_ACCESS and not user_obj.is_superuser and not in_standing(user_obj):
            # PermissionDenied stops Django asking the backends after this one.
            raise PermissionDenied
        return False


def in_standing(user):
    from ..models import Profile
    from ..predicates import profile_of

    profile = profile_of(user)
    if profile is None:
        return True  # accounts made outside sign-up (the administrator's tools)
    if profile.status in (Profile.Status.REJECTED, Profile.Status.DELETED):
        return False
    return not profile.is_suspended()
