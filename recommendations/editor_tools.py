"""What waits for an editor: the consultation rounds still open, the closed
rounds with no build yet, and the builds not yet published, each only where
the editor may act (the same permissions as the pages they link to).

The header shows the counts on every page of an editor, so they are cached
per person under a version that every change to a round, a build or a
version retires (``CHANGES``), and worked out when an editor signs in: a
page costs no query for them on a warm cache.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils import timezone

from consult.cache_versions import CacheVersion

from .models import Build, ConsultationRound, DocumentVersion

CHANGES = CacheVersion("recommendations:editor-work-version")
TIMEOUT = 3600


@dataclass
class EditorWork:
    open_rounds: list = field(default_factory=list)  # ConsultationRound, soonest closing first
    awaiting_build: list = field(default_factory=list)  # closed ConsultationRound with no build
    builds: list = field(default_factory=list)  # Build not yet published (running, failed or a draft)

    @property
    def build_count(self):
        return len(self.awaiting_build) + len(self.builds)

    def rounds_at(self, now):
        """The open rounds as the editor's page lists them at ``now``:
        ``(taking feedback, scheduled, past their closing time)``; the first
        is what the header counts (``work_counts``), the last are closed by
        the next run of the periodic task."""
        open_now, scheduled, past_due = [], [], []
        for round in self.open_rounds:
            if takes_feedback(round.opens_at, round.closes_at, now):
                open_now.append(round)
            elif now < round.opens_at:
                scheduled.append(round)
            else:
                past_due.append(round)
        return open_now, scheduled, past_due


def takes_feedback(opens_at, closes_at, now):
    """Whether a round not yet closed takes feedback at ``now``: "open" as on
    the round's page and the home page."""
    return opens_at <= now < closes_at


def editor_work(user):
    """The ``EditorWork`` of ``user`` (empty for someone who edits nothing); four queries."""
    rounds = (
        ConsultationRound.objects.for_editor_page()
        .select_related("build__result_version")
        .exclude(build__result_version__status__in=_PUBLISHED)
        .order_by("closes_at", "pk")
    )
    work = EditorWork()
    for round in rounds:
        if not user.has_perm("recommendations.merge_round", round):
            continue
        build = getattr(round, "build", None)
        if round.closed_at is None:
            work.open_rounds.append(round)
        elif build is None:
            work.awaiting_build.append(round)
        else:
            work.builds.append(build)
    return work


_PUBLISHED = [
    DocumentVersion.Status.CONSULTATION,
    DocumentVersion.Status.CLOSED,
    DocumentVersion.Status.FINAL,
    DocumentVersion.Status.SUPERSEDED,
]


def work_counts(user, now=None):
    """``(rounds open for feedback now, versions to build or publish)`` of
    ``user``, from the cache when it can.

    The cache holds the windows of the rounds not yet closed, so that a
    round opening or passing its closing time by the clock alone (no row
    saved) is counted right on the next page: "open" means what it means
    on the round's page and the home page, taking feedback at this moment.
    """
    key = f"recommendations:editor-work:{user.pk}:{CHANGES.current()}"
    found = cache.get(key)
    if found is None:
        work = editor_work(user)
        found = ([(round.opens_at, round.closes_at) for round in work.open_rounds], work.build_count)
        cache.set(key, found, TIMEOUT)
    windows, builds = found
    now = now or timezone.now()
    return (sum(1 for opens_at, closes_at in windows if takes_feedback(opens_at, closes_at, now)), builds)


def on_sign_in(user, **signal_arguments):
    """An editor's first page after signing in finds the counts ready. Asked
    of the database directly, not through the permission rules, so that
    signing in warms nothing else for the other roles."""
    from consult.models import CountryRole

    if (
        user.is_superuser
        or CountryRole.objects.filter(user=user, role=CountryRole.Role.EDITOR).exists()
        or user.edited_recommendations.exists()
    ):
        work_counts(user)


def connect_signals():
    from django.contrib.auth.signals import user_logged_in
    from django.db.models.signals import post_delete, post_save

    for model in (ConsultationRound, Build, DocumentVersion):
        post_save.connect(CHANGES.bump, sender=model, dispatch_uid=f"editor-work-{model.__name__}-save")
        post_delete.connect(CHANGES.bump, sender=model, dispatch_uid=f"editor-work-{model.__name__}-delete")
    user_logged_in.connect(on_sign_in, dispatch_uid="editor-work-sign-in")
