"""How many items wait in each country's review queue, for the header.

The header shows a moderator the count on every page, so it must cost no
query: the counts of every country are one cache entry, recomputed (one
grouped query) whenever a review item is saved or deleted, at once and
again when the change commits, and when a moderator signs in. A miss (an
evicted entry, a restarted cache) recomputes it on the spot.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count

KEY = "moderation:waiting-counts"
TIMEOUT = 24 * 3600


def refresh():
    """Recount the pending items per country; return ``{country_id: count}``
    (the key ``None`` holds the items of no country)."""
    from ..models import ReviewItem

    rows = ReviewItem.objects.pending().order_by().values_list("country_id").annotate(count=Count("pk"))
    counts = dict(rows)
    cache.set(KEY, counts, TIMEOUT)
    return counts


def counts():
    found = cache.get(KEY)
    return refresh() if found is None else found


def waiting_for(country_ids):
    """Pending items in these countries (``None``: in every country)."""
    by_country = counts()
    if country_ids is None:
        return sum(by_country.values())
    return sum(count for country_id, count in by_country.items() if country_id in country_ids)


def on_review_item_change(**signal_arguments):
    """A signal receiver: recount now and once the change commits."""
    refresh()
    transaction.on_commit(refresh)


def on_sign_in(user, **signal_arguments):
    """A moderator's first page after signing in finds the counts ready."""
    from ..models import CountryRole

    if user.is_superuser or CountryRole.objects.filter(user=user, role=CountryRole.Role.MODERATOR).exists():
        counts()
