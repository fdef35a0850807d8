"""What a review-queue entry says of its content: what kind of content it
is, whose it is, and its text with any quotes shown as quotes.

Apps whose content quotes other content register how (``register_quotes``):
the forums' replies hold a token where the quoted author's name goes
(forums/quotes.py); the queue shows "Name wrote:" and a short excerpt in
its place, never the token.
"""

import json

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..models import Country, Profile, Sector

_quotes = {}


def register_quotes(model, *, names, shorten):
    """``names(objects)`` gives ``{pk: {token: quoted author's name, or None}}``
    for the tokens in ``objects``' texts (a name: who is quoted; None: a
    quote of something the reader may not see); ``shorten(markdown)`` cuts
    the quotes in a text to a short excerpt."""
    _quotes[model] = (names, shorten)


def quote_names(contents):
    """``{(content type id, pk): {token: name or None}}`` for ``contents``
    (``{(content type id, pk): object}``), one call per registered model."""
    by_model = {}
    for key, content in contents.items():
        if type(content) in _quotes:
            by_model.setdefault(type(content), []).append((key, content))
    found = {}
    for model, pairs in by_model.items():
        names = _quotes[model][0]([content for _key, content in pairs])
        for key, content in pairs:
            if content.pk in names:
                found[key] = names[content.pk]
    return found


def text_for_review(content):
    """The Markdown the queue renders for ``content``: its moderation text,
    quotes shortened where its app says how."""
    text = content.get_moderation_text()
    registered = _quotes.get(type(content))
    return registered[1](text) if registered else text


def resolve_quotes(html, names):
    """``html`` with each quote token of ``names`` replaced by who is quoted
    ("Name wrote:"; a quote of what the reader may not see: "Quoted:")."""
    for token, name in (names or {}).items():
        label = _("%(name)s wrote:") % {"name": name} if name else _("Quoted:")
        html = html.replace(escape(token), f'<strong class="quote__author">{escape(label)}</strong>')
    return mark_safe(html)  # noqa: S308 - sanitised HTML and escaped labels


def kind_of(content):
    """``(what the content is, what it is in)``: the model's own words
    (``moderation_kind``), else its name."""
    kind = getattr(content, "moderation_kind", None)
    if kind is not None:
        return kind()
    return capfirst(str(content._meta.verbose_name)), ""


def author_of(item, sectors=None):
    """What the queue shows of the author of ``item`` (a row of the queue's
    SQL, with the ``author_…`` columns): the name members see, the sector,
    the organisation (and whether members see it) and the countries of
    work, in the reader's language. All of it is part of the entry's key."""
    if item.author_id is None:
        return {"name": _("former member"), "sector": "", "organisation": "", "organisation_hidden": False,
                "countries": []}  # fmt: skip
    profile = Profile(display_name=item.author_name or "", status=item.author_status or "")
    gone = profile.status == Profile.Status.DELETED
    sectors = sectors if sectors is not None else dict(Sector.choices)
    countries = item.author_countries
    if isinstance(countries, str):  # SQLite gives the JSON as text
        countries = json.loads(countries)
    countries = sorted(str(Country(code=code or "", name=name or "")) for code, name in (countries or ()))
    return {
        "name": profile.public_name,
        "sector": str(sectors.get(item.author_sector, "")) if item.author_sector else "",
        "organisation": "" if gone else (item.author_organisation or ""),
        "organisation_hidden": not item.author_shows_organisation,
        "countries": countries,
    }


def author_line(author):
    """The entry's line about its author (``author_of``), put in on every
    view: the cached entries hold no member's name or organisation."""
    facts = [author["sector"]] if author["sector"] else []
    if author["organisation"]:
        hidden = f" ({_('hidden from members')})" if author["organisation_hidden"] else ""
        facts.append(f"{author['organisation']}{hidden}")
    if author["countries"]:
        facts.append(", ".join(author["countries"]))
    return format_html(
        '<p class="review-item__author"><span class="review-item__label">{}:</span> <strong>{}</strong>{}</p>',
        _("Author"),
        author["name"],
        format_html_join("", " · {}", ((fact,) for fact in facts)),
    )
