"""Notification fan-out with a real Celery worker: one reply to a thread with
1,000 watchers, timed until every in-site notification exists and every
e-mail task has run.

    bench/fanout.sh                      # SQLite bench database, Redis db 8
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench_perf bench/fanout.sh

Needs the volume data set (bench/seed_volume.py) and Redis. The worker is a
subprocess with its own PID, stopped at the end. E-mails go to Django's dummy
backend: the figure is the platform's work, not an SMTP server's.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

WATCHERS = int(os.environ.get("FANOUT_WATCHERS", "1000"))


def main():
    import django

    django.setup()
    from django.conf import settings
    from django.db import transaction

    from consult.models import OutboxEntry, Profile, User
    from forums.discussion import services
    from forums.models import Notification, Subscription, Thread

    # the benchmark's author is not a new member whose first posts wait for a moderator
    settings.MODERATION_FIRST_POSTS = 0
    thread = Thread.objects.select_related("forum").get(title__startswith="[bench] ")
    country = thread.forum.country
    members = list(
        User.objects.filter(profile__status=Profile.Status.APPROVED, email__endswith="@bench.invalid")
        .order_by("pk")
        .values_list("pk", flat=True)[: WATCHERS + 1]
    )
    # every watcher may read the thread: they work in its country (too)
    Profile.countries.through.objects.bulk_create(
        [
            Profile.countries.through(profile_id=profile_id, country_id=country.pk)
            for profile_id in Profile.objects.filter(user_id__in=members).values_list("pk", flat=True)
        ],
        ignore_conflicts=True,
    )
    author_id, watchers = members[0], members[1 : WATCHERS + 1]
    Subscription.objects.filter(thread=thread).delete()
    Subscription.objects.bulk_create([Subscription(user_id=pk, thread=thread) for pk in watchers])
    # every watcher wants e-mail at once: the most work per post
    Profile.objects.filter(user_id__in=watchers).update(email_frequency=Profile.EmailFrequency.IMMEDIATELY)

    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=prefork",
            "--concurrency=2",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        time.sleep(8)  # worker start-up
        author = User.objects.get(pk=author_id)
        before = OutboxEntry.objects.filter(state=OutboxEntry.State.DONE).count()
        started = time.perf_counter()
        with transaction.atomic():
            post = services.reply(thread, author, body="A reply every watcher of this thread hears about.")
        posted = time.perf_counter()
        print(f"post #{post.pk}: {post.status}")
        notified = mailed = None
        deadline = started + 300
        while time.perf_counter() < deadline and mailed is None:
            count = Notification.objects.filter(post=post).count()
            if notified is None and count >= len(watchers):
                notified = time.perf_counter()
            pending = OutboxEntry.objects.filter(state=OutboxEntry.State.PENDING).count()
            if notified is not None and pending == 0:
                mailed = time.perf_counter()
            time.sleep(0.2)
        done = OutboxEntry.objects.filter(state=OutboxEntry.State.DONE).count() - before
        print(f"fan-out: one reply to a thread with {len(watchers)} watchers, 1 worker process x 2 (prefork)")
        print(f"  reply saved (request side):      {(posted - started) * 1000:.0f} ms")
        if notified:
            print(f"  all {len(watchers)} notifications:        {notified - started:.1f} s")
        if mailed:
            print(f"  all e-mail tasks done:           {mailed - started:.1f} s ({done} outbox rows done)")
            print(f"  throughput:                      {len(watchers) / (mailed - started):.0f} e-mails/s")
        else:
            print("  not finished within 300 s")
    finally:
        worker.terminate()
        worker.wait(timeout=30)


if __name__ == "__main__":
    main()
