"""Where a country office starts its variant: ``{% may_start_variant master as can_start %}``
on the master's page, the recommendations index, the country page and the account's tools."""

from django import template

from consult.predicates import is_approved_member, is_country_staff_of

register = template.Library()


@register.simple_tag(takes_context=True)
def may_start_variant(context, master=None, country=None):
    """Whether the signed-in user works in a country office (of ``country``,
    if given) and so may start a variant (of ``master``, if given, when it
    is a master). Administrators as such do not: only an office adapts."""
    user = context.get("user")
    if user is None or not user.is_authenticated or not is_approved_member(user):
        return False
    if master is not None and not master.is_master:
        return False
    return bool(is_country_staff_of(user, country) if country is not None else is_country_staff_of(user))
