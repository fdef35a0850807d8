"""How many items wait in each country's review queue, for the header.

The header shows a moderator the count on every page, so it must cost no
query: the counts of every country are one cache entry, recomputed (one
grouped query) whenever a review item is saved or deleted, at once and
again when the change commits, and when a moderator signs in. A miss (an
evicted entry, a restarted cache) recomputes it on the spot.

Beside it, three more entries of the same kind (``work_for``): the open
notices from the public per country, the applications waiting per country
(as profile ids: an applicant in two countries counts once) and the open
appeals (of a statement, of a dismissed flag, of a dismissed notice) per
country and per the people who may not decide them (who took the
decision, who appealed). All four are read in one cache call.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count

KEY = "moderation:waiting-counts"
TIMEOUT = 24 * 3600
NOTICES_KEY = "moderation:open-notice-counts"
APPLICATIONS_KEY = "moderation:application-ids"
APPEALS_KEY = "moderation:open-appeal-counts"
# an application also leaves the queue when its owner is deactivated: a
# change no signal here sees, so that entry is recounted at least this often
APPLICATIONS_TIMEOUT = 300


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


def refresh_notices():
    from ..models import Notice

    rows = Notice.objects.filter(state=Notice.State.OPEN).order_by().values_list("country_id").annotate(n=Count("pk"))
    found = dict(rows)
    cache.set(NOTICES_KEY, found, TIMEOUT)
    return found


def refresh_applications():
    from ..models import Profile

    found = {}
    for pk, country_id in Profile.objects.awaiting_vetting().order_by().values_list("pk", "countries"):
        found.setdefault(country_id, set()).add(pk)
    found = {country_id: sorted(ids) for country_id, ids in found.items()}
    cache.set(APPLICATIONS_KEY, found, APPLICATIONS_TIMEOUT)
    return found


def refresh_appeals():
    """``{(country_id, ids who may not decide): count}`` of open appeals."""
    from ..models import Appeal, Flag, Notice

    found = {}

    def add(rows):
        for country_id, *excluded, count in rows:
            key = (country_id, tuple(sorted({pk for pk in excluded if pk is not None})))
            found[key] = found.get(key, 0) + count

    add(
        Appeal.objects.filter(state=Appeal.State.OPEN)
        .order_by()
        .values_list("country_id", "statement__decided_by_id", "appellant_id")
        .annotate(n=Count("pk"))
    )
    add(
        Flag.objects.filter(appeal_outcome=Flag.AppealOutcome.OPEN)
        .order_by()
        .values_list("country_id", "dismissed_by_id", "user_id")
        .annotate(n=Count("pk"))
    )
    add(
        Notice.objects.filter(appeal_outcome=Notice.AppealOutcome.OPEN)
        .order_by()
        .values_list("country_id", "decided_by_id")
        .annotate(n=Count("pk"))
    )
    cache.set(APPEALS_KEY, found, TIMEOUT)
    return found


REFRESH = {
    KEY: refresh,
    NOTICES_KEY: refresh_notices,
    APPLICATIONS_KEY: refresh_applications,
    APPEALS_KEY: refresh_appeals,
}


def work_for(user_id, country_ids):
    """What waits for this moderator (``country_ids`` None: every country),
    as ``(review, applications, appeals)``: review items and open notices;
    applications; open appeals they did not decide nor file. One cache read
    on a warm cache, no query."""
    found = cache.get_many(list(REFRESH))
    for key, recount in REFRESH.items():
        if key not in found:
            found[key] = recount()

    def mine(country_id):
        return country_ids is None or country_id in country_ids

    review = sum(n for c, n in found[KEY].items() if mine(c)) + sum(n for c, n in found[NOTICES_KEY].items() if mine(c))
    applications = len({pk for c, ids in found[APPLICATIONS_KEY].items() if mine(c) for pk in ids})
    appeals = sum(n for (c, excluded), n in found[APPEALS_KEY].items() if mine(c) and user_id not in excluded)
    return review, applications, appeals


def open_notices_for(country_ids):
    """Open notices from the public in these countries (``None``: every country), from the cache."""
    found = cache.get(NOTICES_KEY)
    if found is None:
        found = refresh_notices()
    return sum(n for country_id, n in found.items() if country_ids is None or country_id in country_ids)


def _refresher(function):
    def receiver(**signal_arguments):
        function()
        transaction.on_commit(function)

    return receiver


on_notice_change = _refresher(lambda: (refresh_notices(), refresh_appeals()))
on_appeal_change = _refresher(refresh_appeals)
_applications_changed = _refresher(refresh_applications)


def on_flag_change(instance=None, **signal_arguments):
    """Only an appealed flag is counted: flagging itself costs nothing here."""
    if instance is None or instance.appealed_at is not None:
        on_appeal_change()


def on_profile_change(instance=None, **signal_arguments):
    """A pending profile, or one that was waiting until now (approved,
    refused): the other saves of a profile cost a cache read."""
    from ..models import Profile

    if not isinstance(instance, Profile):  # a country's members changed, or a delete by query
        return _applications_changed()

    waiting = cache.get(APPLICATIONS_KEY) or {}
    if instance.status == Profile.Status.PENDING or any(instance.pk in ids for ids in waiting.values()):
        _applications_changed()


def on_email_confirmed(**signal_arguments):
    """A verified address puts a pending application in the queue."""
    _applications_changed()


def on_sign_in(user, **signal_arguments):
    """A moderator's first page after signing in finds the counts ready."""
    from ..models import CountryRole

    if user.is_superuser or CountryRole.objects.filter(user=user, role=CountryRole.Role.MODERATOR).exists():
        work_for(user.pk, None)
