"""Country and language names in the reader's language (CLDR, consult.cldr).

{% load names %}
{{ page.country.code|country_name }}      Niederlande on /de/
{{ service.languages|language_names }}    Arabisch, Niederländisch
<p lang="{{ code }}" dir="{{ code|text_direction }}">
"""

from django import template

from consult import cldr

register = template.Library()


@register.filter
def country_name(code):
    return cldr.country_name(code)


@register.filter
def language_name(code):
    return cldr.language_name(code)


@register.filter
def language_names(codes):
    """A list of codes as names in the reader's language, as one phrase."""
    return cldr.language_list(codes or ())


@register.filter
def text_direction(code):
    return cldr.text_direction(code)
