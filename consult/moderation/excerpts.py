"""What a review-queue entry says of its content: what kind of content it
is, whose it is, and its text with any quotes shown as quotes.

Apps whose content quotes other content register how (``register_quotes``):
the forums' replies hold a token where the quoted author's name goes
(forums/quotes.py); the queue shows "Name wrote:" and a short excerpt in
its place, never the token.
"""

import json

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..cldr import country_name
from ..models import Profile, Sector

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


def author_labels():
    """What ``author_of`` and ``author_line`` say in the reader's language,
    translated once for a page of entries: the sectors, "former member",
    "Author" and "hidden from members"."""
    return {
        "sectors": {value: str(label) for value, label in Sector.choices},
        "former member": _("former member"),
        "Author": _("Author"),
        "hidden from members": _("hidden from members"),
    }


def author_of(item, labels=None):
    """What the queue shows of the author of ``item`` (a row of the queue's
    SQL, with the ``author_…`` columns): the name members see, the sector,
    the organisation (and whether members see it) and the countries of
    work, in the reader's language (``labels``: ``author_labels()``). Read
    from the row's plain values, with no model instance: a page of 50
    entries built a profile and its countries for each."""
    labels = labels if labels is not None else author_labels()
    if item.author_id is None:
        return {"name": labels["former member"], "sector": "", "organisation": "", "organisation_hidden": False,
                "countries": []}  # fmt: skip
    gone = item.author_status == Profile.Status.DELETED
    # as Profile.public_name
    name = labels["former member"] if gone or not item.author_name else item.author_name
    countries = item.author_countries
    if isinstance(countries, str):  # SQLite gives the JSON as text
        countries = json.loads(countries)
    # as str(Country): its name in the reader's language, else the name kept
    countries = sorted((country_name(code) if code else (kept or "")) for code, kept in (countries or ()))
    return {
        "name": name,
        "sector": labels["sectors"].get(item.author_sector, "") if item.author_sector else "",
        "organisation": "" if gone else (item.author_organisation or ""),
        "organisation_hidden": not item.author_shows_organisation,
        "countries": countries,
    }


def author_line(author, labels=None):
    """The entry's line about its author (``author_of``), put in on every
    view: the cached entries hold no member's name or organisation."""
    labels = labels if labels is not None else author_labels()
    facts = [author["sector"]] if author["sector"] else []
    if author["organisation"]:
        hidden = f" ({labels['hidden from members']})" if author["organisation_hidden"] else ""
        facts.append(f"{author['organisation']}{hidden}")
    if author["countries"]:
        facts.append(", ".join(author["countries"]))
    # as format_html would write it, every value escaped
    return mark_safe(  # noqa: S308 - each value escaped here
        f'<p class="review-item__author"><span class="review-item__label">{escape(labels["Author"])}:</span>'
        f" <strong>{escape(author['name'])}</strong>{''.join(f' · {escape(fact)}' for fact in facts)}</p>"
    )
