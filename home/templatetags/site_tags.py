from django import template
from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages this page exists in, as [{code, name, url}] in settings order.

    On a Wagtail page: only its live translations, so the switcher never leads
    to a missing page. Elsewhere: every site language, by URL prefix.
    """
    request = context.get("request")
    page = context.get("page")
    names = dict(settings.LANGUAGES)
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    if isinstance(page, Page):
        # live only: a translation behind a view restriction asks for its password itself
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        links = [
            {
                "code": p.locale.language_code,
                "name": names.get(p.locale.language_code, p.locale.language_code),
                "url": p.get_url(request),
            }
            for p in translations
        ]
    elif request is not None:
        links = [
            {"code": code, "name": name, "url": translate_url(request.path, code)} for code, name in settings.LANGUAGES
        ]
    else:
        links = []
    return sorted(links, key=lambda link: order.get(link["code"], len(order)))
