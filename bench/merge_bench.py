"""Benchmark of the merge: digest, build and a 500-clause diff.

Generates a document of 500 clauses, a closed round with 20,000 feedback
items from 12 countries and 10 sectors, 2,000 of them accepted amendments
(100 clauses with one quoted-span amendment that applies by itself, the
rest spread over 300 clauses in conflict, each resolved by the editor),
200 forum threads about clauses; then times each step and prints its
duration and peak memory. Fixed random seed; rows written with bulk_create.

    python bench/merge_bench.py            # SQLite in memory
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench python bench/merge_bench.py

A throw-away test database is created and destroyed (as the test suite
does). Memory: the peak of Python allocations during the step (tracemalloc,
measured on a second run of the step so the timed run is not slowed by
tracing) and the process's peak resident size (ru_maxrss) at the end.
"""

import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

SEED = 20261128
CLAUSES = 500
FEEDBACK = 20_000
ACCEPTED_AMENDMENTS = 2_000
AUTO_APPLIED = 100  # clauses with one accepted amendment of a quoted span
CONFLICTED = 300  # clauses sharing the other 1,900 accepted amendments
THREADS = 200
WORDS = [
    "staff", "refer", "the", "person", "to", "a", "sexual", "assault", "centre", "within", "one", "day",
    "and", "offer", "an", "interpreter", "of", "the", "person's", "chosen", "gender", "while",
    "keeping", "every", "record", "confidential",
]  # fmt: skip
TARGETS = {"digest": 10.0, "build": 10.0, "diff": 0.3, "workbench": 2.0, "report": 2.0}  # the pages: no target set
MEMORY_TARGET_MB = 500


def generate():
    from django.contrib.auth import get_user_model

    from consult.demo import seed_countries
    from consult.models import Country, Profile, Sector
    from consult.sanitising import CLAUSE, render_markdown
    from forums.models import Forum, Thread
    from recommendations.drafting.services import renumber
    from recommendations.models import (
        Clause,
        ClauseResolution,
        ConsultationRound,
        DocumentVersion,
        Feedback,
        RecommendationDocument,
    )

    rng = random.Random(SEED)  # noqa: S311 - reproducible benchmark data, not a secret
    seed_countries()
    countries = list(Country.objects.order_by("code"))
    sectors = [value for value, _label in Sector.choices]
    User = get_user_model()
    now = timezone.now()

    # One member per country and sector (120), and the editor.
    users = User.objects.bulk_create(
        [User(email=f"bench-{c.code}-{s}@example.org") for c in countries for s in sectors]
    )
    profiles = Profile.objects.bulk_create(
        [
            Profile(user=u, display_name=f"Member {i}", sector=sectors[i % len(sectors)], status="approved")
            for i, u in enumerate(users)
        ]
    )
    Through = Profile.countries.through
    Through.objects.bulk_create(
        [Through(profile_id=p.pk, country_id=countries[i // len(sectors)].pk) for i, p in enumerate(profiles)]
    )
    editor = User.objects.create(email="bench-editor@example.org")
    from django.conf import settings

    Profile.objects.create(user=editor, display_name="Editor", sector="programme_staff", status="approved",
                           consent_version=settings.CODE_OF_CONDUCT_VERSION, consent_accepted_at=now)  # fmt: skip

    document = RecommendationDocument.objects.create(title="Benchmark SOP", country=None)
    document.editors.add(editor)
    version = DocumentVersion.objects.create(document=document, number=1)
    words = WORDS
    clauses = []
    for i in range(CLAUSES):
        heading = i % 10 == 0
        text = f"Section {i // 10 + 1}" if heading else f"Clause {i}: " + " ".join(rng.choices(words, k=40)) + "."
        clauses.append(Clause(version=version, position=i, kind="heading" if heading else "paragraph",
                              text=text, html=render_markdown(text, CLAUSE)))  # fmt: skip
    Clause.objects.bulk_create(clauses)
    renumber(version)
    version.status, version.frozen_at = "closed", now
    version.save()
    round = ConsultationRound.objects.create(version=version, opens_at=now - timezone.timedelta(days=30),
                                             closes_at=now - timezone.timedelta(days=1), closed_at=now)  # fmt: skip
    clauses = list(version.clauses.in_order())
    paragraphs = [c for c in clauses if c.kind == "paragraph"]
    rng.shuffle(paragraphs)
    auto, conflicted, rest = paragraphs[:AUTO_APPLIED], paragraphs[AUTO_APPLIED : AUTO_APPLIED + CONFLICTED], clauses

    def item(clause, kind, **fields):
        author = rng.choice(users)
        return Feedback(round=round, version=version, clause=clause, clause_key=clause.key if clause else None,
                        author=author, author_sector=rng.choice(sectors), author_country=rng.choice(countries),
                        kind=kind, endorsement_count=rng.randint(0, 20), **fields)  # fmt: skip

    items = []
    for clause in auto:
        span = " ".join(clause.text.split()[2:5])
        items.append(item(clause, "amendment", proposed_text=span + " (amended)", quoted_span=span,
                          decision="accepted"))  # fmt: skip
    for n in range(ACCEPTED_AMENDMENTS - AUTO_APPLIED):
        clause = conflicted[n % CONFLICTED]
        items.append(item(clause, "amendment", proposed_text=f"Amended text {n} for clause {clause.number}.",
                          decision=rng.choice(["accepted", "accepted", "partly_accepted"]),
                          decision_reason="Taken up in the combined text."))  # fmt: skip
    kinds = ["comment", "support", "concern", "question", "amendment"]
    while len(items) < FEEDBACK:
        clause = None if rng.random() < 0.05 else rng.choice(rest)
        kind = rng.choice(kinds) if clause is not None else rng.choice(kinds[:4])
        decision = rng.choice(["undecided", "rejected", "out_of_scope", "accepted"])
        if kind == "amendment" and decision == "accepted":
            decision = "rejected"
        visibility = rng.choices(["visible", "held", "hidden"], weights=[97, 2, 1])[0]
        items.append(item(clause, kind, text=" ".join(rng.choices(words, k=30)),
                          proposed_text="Replacement text." if kind == "amendment" else "",
                          decision=decision, decision_reason="" if decision in ("undecided", "accepted") else "Why.",
                          visibility=visibility))  # fmt: skip
    Feedback.objects.bulk_create(items, batch_size=2000)

    # The editor's resolutions of the conflicted clauses: combine the accepted amendments.
    accepted = {}
    for pk, key in Feedback.objects.filter(round=round, kind="amendment", decision__in=["accepted", "partly_accepted"],
                                           clause__in=conflicted).values_list("pk", "clause_key"):  # fmt: skip
        accepted.setdefault(key, []).append(pk)
    resolutions = ClauseResolution.objects.bulk_create(
        [
            ClauseResolution(
                round=round,
                clause_key=c.key,
                resolved_text=c.text + " Combined from the amendments.",
                resolved_by=editor,
            )
            for c in conflicted
        ]
    )
    Chosen = ClauseResolution.chosen_amendments.through
    Chosen.objects.bulk_create(
        [
            Chosen(clauseresolution_id=r.pk, feedback_id=pk)
            for r in resolutions
            for pk in accepted.get(r.clause_key, [])
        ],
        batch_size=2000,
    )

    forum = Forum.objects.create(slug="bench", title="Benchmark forum", country=countries[0])
    Thread.objects.bulk_create(
        [
            Thread(
                forum=forum,
                title=f"Thread {n}",
                author=rng.choice(users),
                status="published",
                clause=rng.choice(clauses),
                post_count=rng.randint(1, 40),
                last_post_at=now - timezone.timedelta(hours=n),
            )
            for n in range(THREADS)
        ]
    )
    return round, editor


def measure(name, step, repeat_for_memory=True, reset=None):
    started = time.perf_counter()
    result = step()
    seconds = time.perf_counter() - started
    peak_mb = None
    if repeat_for_memory:
        if reset:
            reset()
        tracemalloc.start()
        step()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        peak_mb = peak / 2**20
    return name, seconds, peak_mb, result


def main():
    from django.db.models import Count

    from recommendations.merging import diffing
    from recommendations.merging.building import run_build
    from recommendations.merging.digest import refresh_digest
    from recommendations.models import Build, ClauseChange, DocumentVersion

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        generate_started = time.perf_counter()
        round, editor = generate()
        print(f"generated on {connection.vendor} in {time.perf_counter() - generate_started:.1f} s: "
              f"{round.version.clauses.count()} clauses, {round.feedback.count()} feedback items, "
              f"{round.feedback.filter(kind='amendment', decision__in=['accepted', 'partly_accepted']).count()} "
              f"accepted amendments, {round.resolutions.count()} resolutions")  # fmt: skip
        rows = []

        rows.append(measure("digest", lambda: refresh_digest(round)))

        def build():
            b = Build.objects.create(round=round, started_by=editor)
            return run_build(b.pk)

        def reset_build():
            version = Build.objects.get(round=round).result_version
            ClauseChange.objects.filter(version=version).delete()
            Build.objects.filter(round=round).delete()
            version.clauses.all().delete()
            DocumentVersion.objects.filter(pk=version.pk).delete()

        rows.append(measure("build", build, reset=reset_build))
        new = round.version.document.versions.get(number=2)
        changes = dict(ClauseChange.objects.filter(version=new).values_list("change").annotate(n=Count("pk")))

        def diff_page():
            rows = diffing.diff_versions(round.version, new)
            html = "".join(str(diffing.redline_html(r.words)) for r in rows if r.words)
            return len(rows), len(html)

        rows.append(measure("diff", diff_page))

        # The editors' and members' pages over the same data, through the test client.
        from django.test import Client
        from django.urls import reverse

        client = Client()
        client.force_login(editor)

        def page(name):
            def get():
                response = client.get(reverse(f"recommendations:{name}", args=[round.pk]))
                if response.status_code != 200:
                    raise SystemExit(f"{name}: {response.status_code} {response.get('Location')}")
                return len(response.content)

            return get

        rows.append(measure("workbench", page("merge")))
        rows.append(measure("report", page("report")))

        print(f"built version 2: {new.clauses.count()} clauses; changes {changes}")
        print()
        print(f"{'step':<10}{'seconds':>10}{'target':>10}{'peak MB':>10}")
        for name, seconds, peak_mb, _result in rows:
            print(f"{name:<10}{seconds:>10.3f}{TARGETS[name]:>10.1f}{peak_mb:>10.1f}"
                  f"  {'ok' if seconds < TARGETS[name] else 'OVER'}")  # fmt: skip
        maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process peak resident size (everything, data generation included): {maxrss_mb:.0f} MB "
              f"(target < {MEMORY_TARGET_MB} MB: {'ok' if maxrss_mb < MEMORY_TARGET_MB else 'OVER'})")  # fmt: skip
        print("diff: diff_versions() of the two 500-clause versions plus the redline HTML of every changed clause "
              "(the diff page lives in the exports branch; its template is not timed here).")  # fmt: skip
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
