"""``{% report_this obj %}``: the "report this" link on public content."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from ..moderation import notices

register = template.Library()


@register.inclusion_tag("includes/report_this.html", takes_context=True)
def report_this(context, obj, label=""):
    """A link to the notice form about ``obj`` (nothing for an object that
    cannot be reported). A plain link, so cached pages carry no CSRF token."""
    if obj is None or notices.noticeable_for(obj) is None:
        return {"url": ""}
    request = context.get("request")
    query = {"about": notices.reference_of(obj)}
    if request is not None:
        query["next"] = request.path  # the same for every reader: safe inside a cached fragment
    return {"url": reverse("notices:new") + "?" + urlencode(query), "label": label}
