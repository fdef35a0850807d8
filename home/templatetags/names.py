"""Country and language names in the reader's language (CLDR, consult.cldr).

{% load names %}
{{ page.country.code|country_name }}      Niederlande on /de/
{{ service.languages|language_names }}    Arabisch, Niederländisch
<p lang="{{ code }}" dir="{{ code|text_direction }}">
"""

from django import template
from django.utils import translation
from django.utils.html import format_html

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


@register.simple_tag
def separated(*parts):
    """{% separated kind extension %}: "Leaflet, PDF", or "منشور، PDF" on /ar/."""
    return cldr.separated(parts)


@register.simple_tag
def lang_attrs(code):
    """<p{% lang_attrs page.locale.language_code %}>: text written in another
    language than the page's (the office's English, shown until translated)
    says so, so screen readers pronounce it and its punctuation runs the
    right way; nothing when it is the page's own language."""
    if not code or code == translation.get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, cldr.text_direction(code))


@register.filter
def text_direction(code):
    return cldr.text_direction(code)
