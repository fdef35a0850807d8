"""For the country office on its own public pages.

{% load office_tags %}
{% cms_edit_url page as edit_url %}   the page's editor in the CMS, or "" if
                                      the signed-in person may not edit it
"""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def cms_edit_url(context, page):
    """Asked only for people with an office role (the header's ``role_nav.cms``):
    Wagtail's own page permissions decide, as in the CMS."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if page is None or user is None or not user.is_authenticated:
        return ""
    if not page.permissions_for_user(user).can_edit():
        return ""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])
