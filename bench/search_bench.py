"""Forum search in one process: CPU and wall milliseconds per request, and its queries.

    source /tmp/benchenv.sh        # the volume data set (100,000 posts) in PostgreSQL
    .venv/bin/python bench/search_bench.py                    # 100 requests over the six terms
    .venv/bin/python bench/search_bench.py --requests 300 --rounds 3
    .venv/bin/python bench/search_bench.py --explain          # + each query's EXPLAIN ANALYZE
    .venv/bin/python bench/search_bench.py --profile --requests 60   # cProfile (CPU clock)
    cd ../base && ../search/.venv/bin/python ../search/bench/search_bench.py   # another checkout, this script

The same requests as bench/measure.py's ``measure_search`` (the terms and the
path of var/bench-targets.json's ``search``, one request at a time, a member
of one country), but without gunicorn and HTTP: each request is a real WSGI
call through the production middleware stack (bench/handlers.py), as in
bench/stack.py. Every request is timed twice: ``process_time`` (this
process's CPU: Python, the template, turning rows into objects) and
``perf_counter`` (wall: the CPU plus the time waiting for PostgreSQL). The
gap between the two is mostly the database. p50, p95 and max are printed
over all requests and per term; with ``--rounds`` the whole loop is run that
many times and each round printed, so a noisy minute shows.

``--dump DIR`` writes the pages of many searches (several members, a
moderator and an administrator; en, nl and ar; the terms and others) to DIR,
the CSRF token blanked, to compare two trees' output with ``diff -r``.

``--explain`` runs one request per term, records its queries and runs each
one again under ``EXPLAIN (ANALYZE, BUFFERS)`` (PostgreSQL; ``EXPLAIN QUERY
PLAN`` on SQLite), printing the execution time and, with ``--plans``, the
whole plan.
"""

import argparse
import json
import os
import re
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

# The tree measured: the current directory when it is a checkout (so that
# ``cd ../base && python ../search/bench/search_bench.py`` measures the
# baseline with this script), else the one this script is in.
ROOT = Path.cwd() if (Path.cwd() / "manage.py").exists() else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.standalone import start  # noqa: E402

start(ROOT)

from django.db import connection  # noqa: E402

from bench.handlers import handler_with  # noqa: E402
from bench.stack import DEMO_MEMBER, MEMBER, Row, session_cookie  # noqa: E402
from config.settings.production import MIDDLEWARE  # noqa: E402

BENCH_MEMBER = "volume-0@bench.invalid"  # bench/seed_volume.py's member, whose session measure.py uses
DEFAULT_SEARCH = {
    "path": "/en/forums/search/?q=",
    "terms": ["interpreter", "shelter referral", "zorgpad007", "court lawyer", "zorgpad042", "trust"],
}


def search_target():
    targets = ROOT / "var" / "bench-targets.json"
    if targets.exists():
        return json.loads(targets.read_text()).get("search", DEFAULT_SEARCH)
    return DEFAULT_SEARCH


def percentile(values, fraction):
    """The same p95 as bench/measure.py: the value at rank ⌊n·fraction⌋ of the sorted list."""
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * fraction) - 1, 0)]


def summary(samples):
    cpu = [s[0] * 1000 for s in samples]
    wall = [s[1] * 1000 for s in samples]
    return (
        f"CPU p50 {statistics.median(cpu):6.1f}  p95 {percentile(cpu, 0.95):6.1f}  max {max(cpu):6.1f}   "
        f"wall p50 {statistics.median(wall):6.1f}  p95 {percentile(wall, 0.95):6.1f}  max {max(wall):6.1f}"
    )


def rows_for(terms, path, language, cookie):
    handler = handler_with(MIDDLEWARE)
    base = path.replace("/en/", f"/{language}/", 1)
    return [Row(term, handler, base + urllib.parse.quote(term), cookie) for term in terms]


def timed(row):
    cpu, wall = time.process_time(), time.perf_counter()
    code = row.call()
    if code != 200:
        raise SystemExit(f"{row.path} answered {code}")
    return time.process_time() - cpu, time.perf_counter() - wall


def measure(rows, requests, rounds):
    for row in rows:  # warm: templates compiled, the member's cached access rows filled
        for _ in range(3):
            timed(row)
    everything, per_term = [], {row.name: [] for row in rows}
    for number in range(rounds):
        samples = []
        for i in range(requests):
            row = rows[i % len(rows)]
            sample = timed(row)
            samples.append(sample)
            per_term[row.name].append(sample)
        everything += samples
        print(f"round {number + 1}: {len(samples)} requests  {summary(samples)}")
    print(f"\nall {len(everything)} requests, ms per request")
    print(f"{'all':<20}{summary(everything)}")
    for name, samples in per_term.items():
        print(f"{name:<20}{summary(samples)}")


def explain(rows, plans):
    for row in rows:
        seen = []

        def record(execute, sql, params, many, context, seen=seen):
            seen.append((sql, params))
            return execute(sql, params, many, context)

        with connection.execute_wrapper(record):
            row.call()
        print(f"\n=== q={row.name!r}: {len(seen)} queries")
        for sql, params in seen:
            short = " ".join(sql.split())
            if len(short) > 160:
                short = short[:157] + "..."
            if not sql.lstrip().upper().startswith("SELECT"):
                print(f"  {'':>9}  {short}")
                continue
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                    plan = [line[0] for line in cursor.fetchall()]
                    took = next((p for p in plan if p.startswith("Execution Time")), "?")
                    took = took.replace("Execution Time: ", "").replace(" ms", "")
                else:
                    started = time.perf_counter()
                    cursor.execute(sql, params)
                    cursor.fetchall()
                    took = f"{(time.perf_counter() - started) * 1000:.3f}"
                    cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
                    plan = [" ".join(str(c) for c in line) for line in cursor.fetchall()]
            print(f"  {float(took):>7.2f} ms  {short}")
            if plans:
                for line in plan:
                    print(f"             | {line}")


DUMP_USERS = [
    ("volume-0@bench.invalid", False),  # the Netherlands, legal aid
    ("volume-1@bench.invalid", False),  # Bulgaria
    ("volume-3@bench.invalid", False),  # Greece
    ("member.nl@demo.protect.example", False),  # the demo's posts, held ones among them
    ("participant.be@participants.demo.protect.example", False),
    ("moderator.nl@demo.protect.example", True),
    ("admin@demo.protect.example", True),  # every forum
]
DUMP_TERMS = [
    *DEFAULT_SEARCH["terms"],
    *("survivor interpreter", "interpreter's gender", "municipality", "tolk", "مترجم", "ZORGPAD", "Trust me"),
    *("50%", "a_b", "x", "  shelter   ", "<b>court</b>", "police report filed", "the the the the the the the the the"),
]
CSRF = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*"|(csrftoken=)[^;" ]*')


def page(row):
    """The status line and the text of ``row``'s response."""
    status = []
    response = row.handler(dict(row.environ), lambda line, headers, exc_info=None: status.append(line))
    try:
        return status[0], b"".join(response).decode()
    finally:
        response.close()


def dump(directory, path):
    from bench.stack import staff_cookie

    directory.mkdir(parents=True, exist_ok=True)
    handler = handler_with(MIDDLEWARE)
    count = 0
    for number, (email, staff) in enumerate(DUMP_USERS):
        cookie = staff_cookie(email) if staff else session_cookie(email)
        for language in ("en", "nl", "ar"):
            base = path.replace("/en/", f"/{language}/", 1)
            for index, term in enumerate([None, *DUMP_TERMS]):
                url = base[: -len("?q=")] if term is None else base + urllib.parse.quote(term)
                status, body = page(Row(term, handler, url, cookie))
                body = CSRF.sub(lambda m: (m.group(1) or m.group(2)) + "-", body)
                name = f"u{number}-{language}-t{index:02d}.html"
                (directory / name).write_text(f"{email} {url} {status}\n{body}")
                count += 1
    print(f"{count} pages written to {directory}")


def profile(rows, requests):
    import cProfile
    import pstats

    for row in rows:
        row.call()
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for i in range(requests):
        rows[i % len(rows)].call()
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=100, help="requests per round, over the terms in turn")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--language", default="en", help="the URL's language prefix (default en)")
    parser.add_argument("--term", action="append", help="a term instead of var/bench-targets.json's (repeatable)")
    parser.add_argument("--email", help="search as this user (default: the volume data set's member)")
    parser.add_argument("--explain", action="store_true", help="each query's EXPLAIN ANALYZE time, one request a term")
    parser.add_argument("--plans", action="store_true", help="with --explain: print the whole plans")
    parser.add_argument("--profile", action="store_true", help="cProfile --requests requests instead")
    parser.add_argument("--dump", metavar="DIR", type=Path, help="write many searches' pages to DIR instead")
    options = parser.parse_args(argv)

    from consult.models import User

    target = search_target()
    if options.dump:
        return dump(options.dump, target["path"])
    terms = options.term or target["terms"]
    member = next((u for u in (BENCH_MEMBER, MEMBER, DEMO_MEMBER) if User.objects.filter(email=u).exists()), None)
    if options.email:
        member = options.email
    rows = rows_for(terms, target["path"], options.language, session_cookie(member))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(
        f"{connection.vendor}, {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, {os.cpu_count()} cores, "
        f"load {load}; {ROOT.name}; {member}; {len(terms)} terms"
    )
    if options.profile:
        return profile(rows, options.requests)
    measure(rows, options.requests, options.rounds)
    if options.explain:
        explain(rows, options.plans)
    print(f"\nload at the end {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")


if __name__ == "__main__":
    main()
