"""``wagtail.users`` with the platform's user forms (consult/wagtail_users.py).

Installed in place of ``wagtail.users`` in INSTALLED_APPS, as Wagtail
documents for custom user forms:
https://docs.wagtail.org/en/stable/advanced_topics/customization/custom_user_models.html
(A module of its own: an app config module must not import models.)
"""

from wagtail.users.apps import WagtailUsersAppConfig


class PlatformWagtailUsersConfig(WagtailUsersAppConfig):
    user_viewset = "consult.wagtail_users.PlatformUserViewSet"
