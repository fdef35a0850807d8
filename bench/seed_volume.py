"""The benchmark's volume data set, reproducible from a fixed seed.

On top of ``manage.py seed``: every country page in every site language,
600 support services, 5,000 approved members, 200 forum threads per country
with 100,000 posts in all (one thread with exactly 50), 20 recommendation
documents of 100 to 500 clauses (one with 500) in open consultation, and
20,000 feedback items. Rows are written with ``bulk_create``; a second run
finds the data set and only writes the targets file again (with a fresh
session for the benchmark's member).

    DJANGO_SETTINGS_MODULE=bench.settings python bench/seed_volume.py --targets var/bench-targets.json

``--scale 0.01`` writes a hundredth of the members, threads, posts,
documents and feedback (the benchmark's thread of 50 posts and document of
500 clauses stay whole), to try the script quickly. bench/run.sh runs it with
``BENCH_VOLUME=1``. Never run it on a production database: it creates
thousands of accounts.
"""

import argparse
import json
import os
import random
import sys
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from consult.models import Country, Profile, Sector, SupportService, User  # noqa: E402
from consult.sanitising import CLAUSE, FORUM_POST, render_markdown  # noqa: E402
from forums.demo import seed_forums  # noqa: E402
from forums.models import Forum, Post, Thread, Visibility  # noqa: E402
from home.demo import translate_page  # noqa: E402
from home.models import CountryIndexPage, CountryPage, HomePage  # noqa: E402
from recommendations.models import (  # noqa: E402
    Clause,
    ConsultationRound,
    DocumentVersion,
    Feedback,
    RecommendationDocument,
)

SEED = 9
MEMBERS = 5000
SERVICES_PER_COUNTRY = 50
THREADS_PER_COUNTRY = 200
POSTS = 100_000
DOCUMENTS = 20
FEEDBACK = 20_000
BENCH_THREAD_POSTS = 50
BENCH_CLAUSES = 500
EMAIL = "volume-{n}@bench.invalid"
BENCH_MEMBER = EMAIL.format(n=0)

WORDS = (  # noqa: SIM905 (reads as prose)
    "shelter interpreter referral police report medical examination forensic evidence trauma counselling "
    "asylum reception centre residence permit legal aid lawyer court protection order helpline survivor "
    "community ambassador leaflet translation women children unaccompanied minors outreach municipality "
    "social worker psychologist confidentiality consent safety plan emergency hospital clinic nurse doctor "
    "gender violence prevention training workshop network partner organisation caseworker accommodation "
    "transport appointment waiting list funding capacity procedure standard operating coordination data "
    "privacy guideline practice challenge language barrier cultural mediator trust stigma disclosure"
).split()
# Rare words: each in about one post in a thousand, so searches differ in selectivity.
RARE = [f"zorgpad{n:03d}" for n in range(100)]


class VolumeDataSet:
    """Writes the data set; ``scale`` multiplies the bulk counts (1: the full set)."""

    def __init__(self, scale=1.0):
        self.members = max(int(MEMBERS * scale), 24)  # at least two per country
        self.threads_per_country = max(int(THREADS_PER_COUNTRY * scale), 1)
        self.posts = int(POSTS * scale)
        self.documents = max(int(DOCUMENTS * scale), 1)
        self.feedback = int(FEEDBACK * scale)

    def create(self, *, targets=None, no_translations=False):
        rng = random.Random(SEED)  # noqa: S311 (reproducible data, not secrets)
        started = timezone.now()
        if not User.objects.filter(email=BENCH_MEMBER).exists():
            if not no_translations:
                self.translate_pages()
            with transaction.atomic():
                seed_forums()
                members = self.create_members(rng)
                self.create_services(rng)
                thread = self.create_forum_content(rng, members)
                version = self.create_recommendations(rng, members)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")  # fresh statistics for the planner after bulk loads
            print(f"volume data set created in {(timezone.now() - started).total_seconds():.0f} s")
        else:
            thread = Thread.objects.get(title__startswith="[bench] ")
            version = DocumentVersion.objects.get(document__title__startswith="[bench] ")
            print("volume data set already there")
        if targets:
            self.write_targets(Path(targets), thread, version)

    # --- pages ---------------------------------------------------------------

    def translate_pages(self):
        """The home page, the country index and every country page in every site language."""
        english = Locale.get_default()
        sources = [HomePage.objects.get(locale=english), CountryIndexPage.objects.get(locale=english)]
        sources += list(CountryPage.objects.filter(locale=english).order_by("pk"))
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            for page in sources:
                if page.locale_id != locale.pk:
                    translate_page(page, locale, {})

    # --- members and services -------------------------------------------------

    def create_members(self, rng):
        """5,000 approved members (at full scale) spread over the countries; returns {country id: [user ids]}."""
        countries = list(Country.objects.order_by("code"))
        password = make_password(None)  # unusable: the benchmark signs in through a session
        users = User.objects.bulk_create(
            [User(email=EMAIL.format(n=n), password=password) for n in range(self.members)], batch_size=1000
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users], batch_size=1000
        )
        sectors = [value for value, _label in Sector.choices]
        now = timezone.now()
        profiles = Profile.objects.bulk_create(
            [
                Profile(
                    user=u,
                    display_name=f"Member {n}",
                    organisation=f"Organisation {n % 400}",
                    sector=rng.choice(sectors),
                    job_role="Social worker",
                    consent_version=settings.CODE_OF_CONDUCT_VERSION,
                    consent_accepted_at=now,
                    status=Profile.Status.APPROVED,
                    status_changed_at=now,
                )
                for n, u in enumerate(users)
            ],
            batch_size=1000,
        )
        by_country = {c.pk: [] for c in countries}
        through = []
        for n, (user, profile) in enumerate(zip(users, profiles, strict=True)):
            country = countries[n % len(countries)] if n else next(c for c in countries if c.code == "NL")
            by_country[country.pk].append(user.pk)
            through.append(Profile.countries.through(profile_id=profile.pk, country_id=country.pk))
        Profile.countries.through.objects.bulk_create(through, batch_size=2000)
        return by_country

    def create_services(self, rng):
        english = Locale.get_default()
        kinds = [value for value, _label in SupportService.Kind.choices]
        languages = ["en", "fr", "ar", "fa", "ti", "so", "uk", "ru", "tr"]
        rows = []
        for country in Country.objects.order_by("code"):
            have = SupportService.objects.filter(country=country, locale=english).count()
            for n in range(max(SERVICES_PER_COUNTRY - have, 0)):
                rows.append(
                    SupportService(
                        country=country,
                        locale=english,
                        translation_key=uuid.UUID(int=rng.getrandbits(128)),
                        name=f"{rng.choice(WORDS).title()} service {country.code}-{n} (sample)",
                        kind=rng.choice(kinds),
                        description=" ".join(rng.choices(WORDS, k=20)),
                        city=f"City {rng.randrange(8)}",
                        languages=sorted(set(rng.sample(languages, 3))),
                        is_free=rng.random() < 0.7,
                        is_confidential=True,
                        is_sample=True,
                        sort_order=200 + n,
                    )
                )
        SupportService.objects.bulk_create(rows, batch_size=1000)

    # --- forums ---------------------------------------------------------------

    def create_forum_content(self, rng, members):
        """2,400 threads with 100,000 posts (at full scale); returns the benchmark's thread of 50 posts."""
        forums = list(Forum.objects.filter(country__isnull=False).order_by("country__code"))
        bodies = []
        for _ in range(300):
            words = rng.choices(WORDS, k=rng.randrange(30, 120))
            if rng.random() < 0.3:
                words.insert(rng.randrange(len(words)), rng.choice(RARE))
            text = " ".join(words).capitalize() + "."
            bodies.append((text, render_markdown(text, FORUM_POST)))
        start = timezone.now() - timedelta(days=3 * 365)
        threads = []
        for forum in forums:
            for n in range(self.threads_per_country):
                bench = forum.country.code == "NL" and n == 0
                threads.append(
                    Thread(
                        forum=forum,
                        title=("[bench] " if bench else "") + f"{rng.choice(WORDS).title()} and {rng.choice(WORDS)}",
                        author_id=rng.choice(members[forum.country_id]),
                        status=Visibility.PUBLISHED,
                        created_at=start,
                    )
                )
        threads = Thread.objects.bulk_create(threads, batch_size=1000)
        # 50 posts for the benchmark's thread, the rest spread at random over the others
        counts = [0] * len(threads)
        bench_index = next(i for i, t in enumerate(threads) if t.title.startswith("[bench] "))
        counts[bench_index] = BENCH_THREAD_POSTS
        others = [i for i in range(len(threads)) if i != bench_index]
        for i in others:
            counts[i] = 1
        for _ in range(self.posts - BENCH_THREAD_POSTS - len(others)):
            counts[rng.choice(others)] += 1
        span = (timezone.now() - start).total_seconds()
        posts = []
        for thread, count in zip(threads, counts, strict=True):
            moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(count))
            for k, moment in enumerate(moments):
                markdown, html = rng.choice(bodies)
                posts.append(
                    Post(
                        thread=thread,
                        author_id=rng.choice(members[thread.forum.country_id]),
                        is_opening=k == 0,
                        body_markdown=markdown,
                        body_html=html,
                        status=Visibility.PUBLISHED,
                        created_at=moment,
                    )
                )
        posts = Post.objects.bulk_create(posts, batch_size=2000)
        first, last = {}, {}
        for post in posts:  # a thread's posts were created in time order
            first.setdefault(post.thread_id, post)
            last[post.thread_id] = post
        for thread, count in zip(threads, counts, strict=True):
            thread.post_count = count
            thread.created_at = first[thread.pk].created_at
            thread.last_post_id = last[thread.pk].pk
            thread.last_post_at = last[thread.pk].created_at
        Thread.objects.bulk_update(
            threads, ["post_count", "created_at", "last_post_id", "last_post_at"], batch_size=1000
        )
        return threads[bench_index]

    # --- recommendations -------------------------------------------------------

    def create_recommendations(self, rng, members):
        """20 documents (at full scale), each with a version in open consultation; 20,000 feedback items."""
        countries = list(Country.objects.order_by("code"))
        now = timezone.now()
        sizes = [BENCH_CLAUSES] + [rng.randrange(100, 501) for _ in range(self.documents - 1)]
        bench_version = None
        rounds, all_clauses = [], []
        for n, size in enumerate(sizes):
            country = countries[n % len(countries)] if n % 4 else None
            if n == 0:
                country = next(c for c in countries if c.code == "NL")
            document = RecommendationDocument.objects.create(
                title=("[bench] " if n == 0 else "") + f"Standard operating procedures {n + 1}",
                summary="Volume data set for the benchmark.",
                country=country,
            )
            version = DocumentVersion.objects.create(
                document=document, number=1, status=DocumentVersion.Status.CONSULTATION, frozen_at=now
            )
            clauses = []
            for position in range(size):
                heading = position % 10 == 0
                text = (
                    f"Section {position // 10 + 1}"
                    if heading
                    else " ".join(rng.choices(WORDS, k=rng.randrange(20, 60))).capitalize() + "."
                )
                clauses.append(
                    Clause(
                        version=version,
                        key=uuid.UUID(int=rng.getrandbits(128)),
                        position=position,
                        kind=Clause.Kind.HEADING if heading else Clause.Kind.PARAGRAPH,
                        number=str(position + 1),
                        text=text,
                        html=render_markdown(text, CLAUSE),
                    )
                )
            clauses = Clause.objects.bulk_create(clauses, batch_size=1000)  # frozen: save() would refuse
            round = ConsultationRound.objects.create(
                version=version, opens_at=now - timedelta(days=10), closes_at=now + timedelta(days=365)
            )
            rounds.append((round, country))
            all_clauses.append(clauses)
            if n == 0:
                bench_version = version
        everyone = [pk for pks in members.values() for pk in pks]
        country_of = {pk: country_id for country_id, pks in members.items() for pk in pks}
        sectors = dict(Profile.objects.values_list("user_id", "sector"))
        kinds = [Feedback.Kind.COMMENT, Feedback.Kind.SUPPORT, Feedback.Kind.CONCERN, Feedback.Kind.QUESTION]
        feedback = []
        for _ in range(self.feedback):
            index = rng.randrange(len(rounds))
            round, country = rounds[index]
            clause = rng.choice(all_clauses[index])
            author = rng.choice(members[country.pk]) if country else rng.choice(everyone)
            feedback.append(
                Feedback(
                    round=round,
                    version_id=round.version_id,
                    clause=clause,
                    clause_key=clause.key,
                    author_id=author,
                    author_sector=sectors[author],
                    author_country_id=country_of[author],
                    kind=rng.choice(kinds),
                    text=" ".join(rng.choices(WORDS, k=25)).capitalize() + ".",
                    created_at=now - timedelta(days=rng.random() * 9),
                )
            )
        Feedback.objects.bulk_create(feedback, batch_size=2000)
        return bench_version

    # --- the benchmark's rows ----------------------------------------------------

    def write_targets(self, path, thread, version):
        user = User.objects.get(email=BENCH_MEMBER)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookie = [f"Cookie: {settings.SESSION_COOKIE_NAME}={session.session_key}"]
        extra = {
            "targets": [
                {
                    "name": f"forum thread ({thread.post_count} posts)",
                    "path": f"/en/forums/threads/{thread.pk}/",
                    "headers": cookie,
                },
                {
                    "name": f"version ({version.clauses.count()} cl.)",
                    "path": f"/en/recommendations/versions/{version.pk}/",
                    "headers": cookie,
                },
            ],
            "search": {
                "label": f"{Post.objects.count():,} posts",
                "path": "/en/forums/search/?q=",
                "terms": ["interpreter", "shelter referral", "zorgpad007", "court lawyer", "zorgpad042", "trust"],
                "headers": cookie,
            },
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(extra, indent=2))
        print(f"benchmark rows written to {path}")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Create the benchmark's volume data set (reproducible).")
    parser.add_argument("--targets", help="write the benchmark's extra rows (JSON) here")
    parser.add_argument("--no-translations", action="store_true", help="skip the page translations")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full data set (default 1)")
    options = parser.parse_args(argv)
    VolumeDataSet(options.scale).create(targets=options.targets, no_translations=options.no_translations)


if __name__ == "__main__":
    main()
