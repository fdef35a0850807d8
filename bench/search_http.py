"""Forum search through gunicorn (2 sync workers), as a browser waits for it:
one request at a time over the search terms, wall p50/p95/max and the
workers' CPU per request, for one or more checkouts in turn (alternated
round after round, so a noisy minute hits both).

    source /tmp/benchenv.sh     # DATABASE_URL of the volume data set and the bench settings
    .venv/bin/python bench/search_http.py --tree . --tree ../base --rounds 3 --requests 120 --port 8310

Each tree is served by its own gunicorn (``bench.wsgi``, ``bench.settings``,
the environment's DATABASE_URL), started for its round and stopped after it;
the terms, path and session cookie are var/bench-targets.json's ``search``
(bench/seed_volume.py), as in bench/measure.py's search row. The p95 is the
same as bench/measure.py's and bench/search_bench.py's.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from bench.measure import cpu_seconds, worker_pids  # noqa: E402

DEFAULT_SEARCH = {  # bench/search_bench.py's, without its Django set-up
    "path": "/en/forums/search/?q=",
    "terms": ["interpreter", "shelter referral", "zorgpad007", "court lawyer", "zorgpad042", "trust"],
}


def percentile(values, fraction):
    """The same p95 as bench/measure.py: the value at rank ⌊n·fraction⌋ of the sorted list."""
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * fraction) - 1, 0)]


def load():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def get(url, headers):
    request = urllib.request.Request(url, headers=dict(h.split(": ", 1) for h in headers))  # noqa: S310 -- http://127.0.0.1 only
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        response.read()
        return response.status


def serve(tree, port):
    gunicorn = Path(sys.executable).parent / "gunicorn"
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="bench.settings")
    command = [str(gunicorn), "bench.wsgi", "--workers", "2", "--worker-class", "sync"]
    master = subprocess.Popen(  # noqa: S603 -- this venv's gunicorn, fixed arguments
        [*command, "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=tree,
        env=env,
    )
    for _ in range(300):
        try:
            get(f"http://127.0.0.1:{port}/bench/bare/", [])
            return master
        except OSError:
            time.sleep(0.2)
    master.terminate()
    raise SystemExit(f"gunicorn in {tree} did not answer")


def one_round(tree, search, port, requests):
    master = serve(tree, port)
    try:
        base = f"http://127.0.0.1:{port}" + search["path"]
        urls = [base + urllib.parse.quote(term) for term in search["terms"]]
        headers = search.get("headers", [])
        for url in urls * 6:  # both workers warm: templates, the member's cached rows
            get(url, headers)
        pids = worker_pids(master.pid)
        started_load, cpu = load(), cpu_seconds(pids)
        walls = []
        for i in range(requests):
            started = time.perf_counter()
            if get(urls[i % len(urls)], headers) != 200:
                raise SystemExit(f"{urls[i % len(urls)]} did not answer 200")
            walls.append((time.perf_counter() - started) * 1000)
        cpu = (cpu_seconds(pids) - cpu) * 1000 / requests
        return (
            f"{Path(tree).resolve().name:<14} load {started_load} -> {load()}  server CPU {cpu:5.1f} ms/req  "
            f"wall p50 {statistics.median(walls):6.1f}  p95 {percentile(walls, 0.95):6.1f}  max {max(walls):6.1f}"
        )
    finally:
        master.terminate()
        master.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", action="append", help="a checkout to serve (repeatable; default: this one)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--requests", type=int, default=120)
    parser.add_argument("--port", type=int, default=8310)
    options = parser.parse_args()

    targets = HERE.parent / "var" / "bench-targets.json"
    search = json.loads(targets.read_text()).get("search", DEFAULT_SEARCH) if targets.exists() else DEFAULT_SEARCH
    trees = options.tree or [str(HERE.parent)]
    print(f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, {os.cpu_count()} cores, gunicorn 2 sync workers")
    for number in range(options.rounds):
        for tree in trees if number % 2 == 0 else trees[::-1]:
            print(f"round {number + 1}  {one_round(tree, search, options.port, options.requests)}", flush=True)


if __name__ == "__main__":
    main()
