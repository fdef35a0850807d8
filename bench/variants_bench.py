"""Benchmark of country variants: forward-porting a master to 12 variants, and the matrix page.

A master of 500 clauses with 12 country variants, each adapting 10 % of
the clauses; a new master version changes 100 clauses; every variant is
brought forward (one transaction each, as the task does) and the total is
timed; then the European matrix page is rendered and timed, with its
number of queries.

    python bench/variants_bench.py            # SQLite in memory
    python bench/variants_bench.py --profile  # and where the matrix request spends its time
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench python bench/variants_bench.py

A throw-away test database is created and destroyed (as the test suite does).
"""

import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

SEED = 20261206
CLAUSES = 500
CHANGED = 100
ADAPTED_SHARE = 0.10


def generate():
    from consult.demo import seed_countries
    from consult.models import Country, CountryRole
    from consult.sanitising import CLAUSE, render_markdown
    from recommendations.drafting.services import renumber
    from recommendations.drafting.variants import services
    from recommendations.models import (
        Clause,
        CountryVariant,
        DocumentVersion,
        RecommendationDocument,
        VariantClause,
    )
    from tests.consult.factories import staff

    rng = random.Random(SEED)  # noqa: S311 - a repeatable benchmark, not a secret
    seed_countries()
    master = RecommendationDocument.objects.create(title="Bench master", is_master=True)
    v1 = DocumentVersion.objects.create(document=master, number=1)
    rows = []
    for i in range(CLAUSES):
        heading = i % 10 == 0
        text = f"Section {i // 10 + 1}" if heading else f"Clause {i}: staff refer the person to a specialised service."
        rows.append(
            Clause(
                version=v1,
                position=i,
                kind="heading" if heading else "paragraph",
                text=text,
                html=render_markdown(text, CLAUSE),
            )
        )
    Clause.objects.bulk_create(rows)
    renumber(v1)
    DocumentVersion.objects.filter(pk=v1.pk).update(status="final", frozen_at=timezone.now())
    v1.refresh_from_db()
    clauses = list(v1.clauses.in_order())
    for country in Country.objects.all():
        office = staff(CountryRole.Role.COUNTRY_STAFF, country.code, with_mfa=False)
        variant = services.create_variant(staff=office, master=master, country=country, language="en")
        adapted = rng.sample(clauses, int(CLAUSES * ADAPTED_SHARE))
        for clause in adapted:
            VariantClause.objects.filter(variant=variant, key=clause.key).update(
                state="adapted", text=f"National wording of clause {clause.number}.", reason="National law."
            )
    CountryVariant.objects.update(published_at=timezone.now())
    v2 = DocumentVersion.objects.create(document=master, number=2, based_on=v1)
    changed = set(rng.sample(range(CLAUSES), CHANGED))
    Clause.objects.bulk_create(
        Clause(
            version=v2,
            key=c.key,
            position=c.position,
            kind=c.kind,
            level=c.level,
            number=c.number,
            text=c.text + (" The master now also asks for an interpreter." if i in changed else ""),
            html=c.html,
        )
        for i, c in enumerate(clauses)
    )
    DocumentVersion.objects.filter(pk=v2.pk).update(status="final", frozen_at=timezone.now())
    DocumentVersion.objects.filter(pk=v1.pk).update(status="superseded")
    return master, v2


def main():
    from django.test import Client

    from recommendations.drafting.variants.forward_port import forward_port_variant
    from recommendations.models import VariantReviewItem

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        master, v2 = generate()
        print(f"generated on {connection.vendor} in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        outcomes = [forward_port_variant(variant.pk, v2.pk) for variant in master.variants.all()]
        took = time.perf_counter() - started
        items = VariantReviewItem.objects.count()
        print(
            f"forward-port of {CHANGED} changed clauses to {len(outcomes)} variants: {took:.2f} s "
            f"({outcomes.count('done')} done, {items} review items)"
        )
        client = Client()
        url = reverse("recommendations:variant_matrix", args=[master.pk])
        client.get(url)
        timings = []
        for _ in range(5):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"matrix page answered {response.status_code}")
        if "--profile" in sys.argv:  # where one matrix request spends its time
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(client.get, url)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        print(
            f"matrix page ({CLAUSES} clauses x {len(outcomes)} countries): median {sorted(timings)[2] * 1000:.0f} ms, "
            f"{len(queries)} queries, {len(response.content) // 1024} KiB"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
