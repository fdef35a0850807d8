"""``{% empty_request_fields %}``: the empty ambassador request form's fields (home/country_sections.py)."""

from django import template

from ..country_sections import empty_request_fields_html

register = template.Library()


@register.simple_tag
def empty_request_fields():
    return empty_request_fields_html()
