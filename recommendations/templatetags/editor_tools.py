"""The editor's counts in the header: {% editor_work_counts as counts %}
gives (open rounds, builds waiting); see recommendations/editor_tools.py."""

from django import template

from ..editor_tools import work_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def editor_work_counts(context):
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return (0, 0)
    return work_counts(user)
