"""The house rules a moderator may cite on the review queue, as the form's
choices: ``(pk, label)`` in the reader's language, the common rules and
those of the moderator's countries.

Read on every view of the queue and changed a few times a year, so they
are cached per set of countries and language, under a version that a saved
or deleted rule moves on (consult/cache_versions.py) and the countries'
version (their names are in the labels).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..cache_versions import CacheVersion
from ..country_data_cache import data_version

_VERSION = CacheVersion("house-rules-version")
TIMEOUT = 24 * 3600


def house_rules_for(country_ids):
    """The rules a moderator may cite: the common ones and their countries' own."""
    from ..models import HouseRule

    rules = HouseRule.objects.originals().filter(is_active=True).select_related("country")
    if country_ids is not None:
        rules = rules.filter(Q(country__isnull=True) | Q(country_id__in=country_ids))
    return rules.order_by("country__name", "position", "pk")


def choices(country_ids):
    """``[(pk, label)]`` of the rules ``house_rules_for`` gives, each titled in
    the active language (its translation, or the rule itself)."""
    from ..models.fairness import in_reader_language

    language = get_language() or settings.LANGUAGE_CODE
    countries = "all" if country_ids is None else ",".join(str(pk) for pk in sorted(country_ids))
    key = f"house-rule-choices:{_VERSION.current()}:{data_version()}:{language}:{countries}"
    found = cache.get(key)
    if found is None:
        found = [(rule.pk, _label(rule)) for rule in in_reader_language(house_rules_for(country_ids), language)]
        cache.set(key, found, TIMEOUT)
    return found


def options_html(country_ids):
    """The same rules as the ``<option>`` elements of the queue's select,
    escaped once and cached beside ``choices``: a moderator of every country
    reads about 130 of them, and the template's loop over them was a third
    of the queue's rendering on every view."""
    language = get_language() or settings.LANGUAGE_CODE
    countries = "all" if country_ids is None else ",".join(str(pk) for pk in sorted(country_ids))
    key = f"house-rule-options:{_VERSION.current()}:{data_version()}:{language}:{countries}"
    html = cache.get(key)
    if html is None:
        html = str(format_html_join("", '<option value="{}">{}</option>', choices(country_ids)))
        cache.set(key, html, TIMEOUT)
    return mark_safe(html)  # noqa: S308 - built by format_html_join, which escapes every label


def _label(rule):
    title = rule.in_reader_language.title
    return f"{rule.country}: {title}" if rule.country else title


def connect():
    from ..models import HouseRule

    post_save.connect(_VERSION.bump, sender=HouseRule, dispatch_uid="house-rules-version:save")
    post_delete.connect(_VERSION.bump, sender=HouseRule, dispatch_uid="house-rules-version:delete")
