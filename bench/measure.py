"""Load each page type and the bare view alternately with wrk, several rounds,
and print req/s, latency, server CPU per request, queries and the ratio to
the bare view. Called by bench/run.sh with the gunicorn master's PID.

``--extra var/bench-targets.json`` (written by ``bench/seed_volume.py``)
adds the volume rows: a forum thread read by a signed-in member, a
recommendation version with 500 clauses, forum search (p95 over a loop of
queries) and the workers' resident memory over a run of mixed requests.
"""

import argparse
import contextlib
import json
import re
import statistics
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

TICKS = 100  # os.sysconf("SC_CLK_TCK") on Linux
UNCACHED = ["X-Bench-Uncached: 1"]  # config/bench_urls.py: skip the anonymous page cache
GZIP = ["Accept-Encoding: gzip, deflate, br"]  # what every browser sends: the cache's compressed copy

TARGETS = [
    {"name": "tiny bare view", "path": "/bench/tiny/"},
    {"name": "bare view", "path": "/bench/bare/"},
    {"name": "home (cached)", "path": "/en/"},
    {"name": "home (cached, gzip)", "path": "/en/", "headers": GZIP},
    {"name": "home (en)", "path": "/en/", "headers": UNCACHED},
    {"name": "country (cached)", "path": "/en/countries/nl/"},
    {"name": "country (cached, gzip)", "path": "/en/countries/nl/", "headers": GZIP},
    {"name": "country (nl)", "path": "/en/countries/nl/", "headers": UNCACHED},
    {"name": "country (ar)", "path": "/ar/countries/nl/", "headers": UNCACHED},
    {"name": "services API", "path": "/api/countries/nl/services"},
]


def worker_pids(master):
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICKS


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def parse_wrk(output):
    def seconds(text):
        value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
        return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    p50 = seconds(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE).group(1))
    p99 = seconds(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, requests, p50, p99, int(non_2xx.group(1)) if non_2xx else 0


def fetch(url, headers=(), *, timeout=60):
    request = urllib.request.Request(url, headers=dict(h.split(": ", 1) for h in headers))  # noqa: S310
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (a local URL)
        response.read()
        return response


def queries(url, headers):
    fetch(url, headers)  # a cached row counts its cache hits, not the first fill
    return int(fetch(url, headers).headers.get("X-Query-Count", "0"))


def run_wrk(url, headers, args):
    command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    return subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603


def measure_rows(targets, args):
    results = {t["name"]: [] for t in targets}
    for _round in range(args.rounds):
        for target in targets:
            url = args.base + target["path"]
            pids = worker_pids(args.master)
            before = cpu_seconds(pids)
            output = run_wrk(url, target.get("headers", []), args)
            cpu = cpu_seconds(pids) - before
            rps, requests, p50, p99, errors = parse_wrk(output)
            results[target["name"]].append((rps, p50, p99, cpu / max(requests, 1), errors))
    bare_rps = statistics.median(r[0] for r in results["bare view"])
    tiny_rps = statistics.median(r[0] for r in results["tiny bare view"])
    print(f"\n{args.label}  ({args.rounds} rounds x {args.seconds} s, {args.connections} connections, 2 sync workers)")
    print(
        f"{'page':<34}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'CPU ms/req':>11}{'queries':>8}"
        f"{'vs tiny':>9}{'vs bare':>9}{'errors':>7}"
    )
    for target in targets:
        rows = results[target["name"]]
        rps = statistics.median(r[0] for r in rows)
        print(
            f"{target['name']:<34}{rps:>8.0f}{statistics.median(r[1] for r in rows) * 1000:>8.1f}"
            f"{statistics.median(r[2] for r in rows) * 1000:>8.1f}{statistics.median(r[3] for r in rows) * 1000:>11.2f}"
            f"{queries(args.base + target['path'], target.get('headers', [])):>8}{rps / tiny_rps:>8.1%}"
            f"{rps / bare_rps:>8.1%}{sum(r[4] for r in rows):>7}"
        )


def measure_search(search, args):
    """p50/p95/max latency of one search request at a time, over a loop of terms."""
    latencies = []
    terms = search["terms"]
    for i in range(args.search_requests):
        url = args.base + search["path"] + urllib.parse.quote(terms[i % len(terms)])
        started = time.perf_counter()
        fetch(url, search.get("headers", []))
        latencies.append(time.perf_counter() - started)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(
        f"{'search (' + search['label'] + ')':<28} {len(latencies)} requests, one at a time: "
        f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
    )


def measure_memory(targets, args):
    """Resident memory of each worker at the half and the end of a run of mixed requests."""
    urls = [(args.base + t["path"], t.get("headers", [])) for t in targets]
    total = args.memory_requests
    counter = iter(range(total))
    lock = threading.Lock()
    marks = {}
    pids = worker_pids(args.master)
    start = {pid: rss_mb(pid) for pid in pids}

    def client():
        while True:
            with lock:
                n = next(counter, None)
                if n == total // 2:
                    marks["half"] = {pid: rss_mb(pid) for pid in pids}
            if n is None:
                return
            url, headers = urls[n % len(urls)]
            with contextlib.suppress(OSError):
                fetch(url, headers)

    threads = [threading.Thread(target=client) for _ in range(args.connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    end = {pid: rss_mb(pid) for pid in pids}
    half = marks.get("half", start)
    print(f"\nworker memory over {total} mixed requests ({len(urls)} kinds, {time.perf_counter() - started:.0f} s):")
    for pid in pids:
        print(
            f"  worker {pid}: start {start[pid]:.0f} MB, half {half[pid]:.0f} MB, end {end[pid]:.0f} MB, "
            f"growth over the last half {end[pid] - half[pid]:+.1f} MB"
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8099")
    parser.add_argument("--master", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--label", default="")
    parser.add_argument("--extra", help="JSON written by bench/seed_volume.py (volume rows)")
    parser.add_argument("--search-requests", type=int, default=100)
    parser.add_argument("--memory-requests", type=int, default=0, help="e.g. 10000; 0 skips the memory run")
    args = parser.parse_args()
    targets = list(TARGETS)
    extra = json.loads(Path(args.extra).read_text()) if args.extra and Path(args.extra).exists() else {}
    for target in extra.get("targets", [])[:1]:  # a member's session: the bare view signed in
        targets.insert(2, {"name": "bare view, member", "path": "/bench/bare/", "headers": target["headers"]})
    targets += extra.get("targets", [])
    measure_rows(targets, args)
    if extra.get("search"):
        measure_search(extra["search"], args)
    if args.memory_requests:
        measure_memory(targets, args)


if __name__ == "__main__":
    main()
