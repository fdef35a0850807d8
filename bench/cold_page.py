"""CPU milliseconds and queries of a page with every cache empty (right after
a publish or a deploy): the shared cache is cleared before each request; the
process keeps what a running server keeps (compiled templates, content types).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench .venv/bin/python bench/cold_page.py /en/countries/nl/

PROFILE=1 profiles the cold requests (cProfile) and prints the functions that
cost most; QUERIES=1 prints the queries of the counted request.

Run from another tree (``cd ../main && python .../bench/cold_page.py``) to
measure that tree's code on the same database: the script imports the
project from the current directory.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
from bench.standalone import start

start(Path.cwd(), cache="locmemcache://cold", database=False)

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


def main():
    paths = sys.argv[1:] or ["/en/countries/nl/"]
    rounds = int(os.environ.get("ROUNDS", "30"))
    client = Client(HTTP_HOST="127.0.0.1")
    for path in paths:
        for _ in range(3):
            client.get(path)
        samples = []
        profiler = None
        if os.environ.get("PROFILE"):
            import cProfile

            profiler = cProfile.Profile(time.process_time)  # CPU, as the figures
        for _ in range(rounds):
            cache.clear()
            if profiler:
                profiler.enable()
            started = time.process_time()
            response = client.get(path)
            samples.append(time.process_time() - started)
            if profiler:
                profiler.disable()
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
        if profiler:
            import pstats

            stats = pstats.Stats(profiler).strip_dirs()
            stats.sort_stats("tottime").print_stats(30)
            stats.sort_stats("cumulative").print_stats(80)
        cache.clear()
        seen = []

        def count(execute, sql, *args, seen=seen):
            seen.append(sql)
            return execute(sql, *args)

        with connection.execute_wrapper(count):
            client.get(path)
        if os.environ.get("QUERIES"):
            for sql in seen:
                print("  ", sql[:300])
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        print(
            f"{path}: every cache empty, {connection.vendor}, median of {rounds}: "
            f"{statistics.median(samples) * 1000:.1f} ms CPU, {len(seen)} queries (load {load})"
        )


if __name__ == "__main__":
    main()
