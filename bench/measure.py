"""Load each page type and the bare view alternately with wrk, several rounds,
and print req/s, latency, server CPU per request, queries and the ratio to
the bare view. Called by bench/run.sh with the gunicorn master's PID."""

import argparse
import re
import statistics
import subprocess
import urllib.request
from pathlib import Path

TICKS = 100  # os.sysconf("SC_CLK_TCK") on Linux


def worker_pids(master):
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICKS


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


def queries(url):
    with urllib.request.urlopen(url) as response:  # noqa: S310 (a local URL)
        return int(response.headers.get("X-Query-Count", "-1"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8099")
    parser.add_argument("--master", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    targets = {
        "bare view": "/bench/bare/",
        "home page (en)": "/en/",
        "country page (nl)": "/en/countries/nl/",
        "country page (ar)": "/ar/countries/nl/",
        "countries API": "/api/countries/nl/services",
    }
    results = {name: [] for name in targets}
    for _round in range(args.rounds):
        for name, path in targets.items():
            url = args.base + path
            pids = worker_pids(args.master)
            before = cpu_seconds(pids)
            output = subprocess.run(  # noqa: S603 (our own fixed command)
                ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency", url],  # noqa: S607
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            cpu = cpu_seconds(pids) - before
            rps, requests, p50, p99, errors = parse_wrk(output)
            results[name].append((rps, p50, p99, cpu / max(requests, 1), errors))
    bare_rps = statistics.median(r[0] for r in results["bare view"])
    print(f"\n{args.label}  ({args.rounds} rounds x {args.seconds} s, {args.connections} connections, 2 sync workers)")
    print(
        f"{'page':<20}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/req':>12}{'queries':>9}{'vs bare':>9}{'errors':>8}"
    )
    for name, path in targets.items():
        rows = results[name]
        rps = statistics.median(r[0] for r in rows)
        print(
            f"{name:<20}{rps:>9.0f}{statistics.median(r[1] for r in rows) * 1000:>9.1f}"
            f"{statistics.median(r[2] for r in rows) * 1000:>9.1f}{statistics.median(r[3] for r in rows) * 1000:>12.1f}"
            f"{queries(args.base + path):>9}{rps / bare_rps:>8.1%}{sum(r[4] for r in rows):>8}"
        )


if __name__ == "__main__":
    main()
