"""Closing day: many signed-in members at once, an editor at work and exports
being built, against gunicorn + a Celery worker + Redis + PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench bench/closing_day.sh --users 500 --minutes 10

(bench/closing_day.sh migrates, seeds and writes the volume data set first;
this script expects them.) It starts gunicorn and a Celery worker itself, as
subprocesses with their own PIDs, stopped at the end, and then:

- signs in ``--users`` members of the volume data set, spread evenly over the
  twelve countries (a session each, made in the database like a sign-in);
- runs each member as a thread that, after a think time (``--think`` seconds
  on average, uniform from half to one and a half times that), reads a thread
  of their country's forums, a version in consultation or one of its clauses,
  searches the forums, looks at the forum index, replies to a thread, gives
  feedback on a clause or endorses someone else's feedback;
- runs an editor who imports a ``--clauses``-clause document from Markdown,
  then adds a clause to it every few seconds and asks for an export (the draft,
  or the report of the consultation round of the volume data set's 500-clause
  version) every ``--export-every`` seconds, in turn as HTML, Markdown, DOCX
  and PDF;
- samples the Celery worker's resident memory (the main process and its
  children) and the load average every 5 s.

When the load stops it times the outbox's drain (every OutboxEntry done and
every export built) and counts in the database every write the members and
the editor made, against the writes the script saw succeed. It prints
throughput, p50/p95/p99 per page kind, errors (5xx, connection errors and
any unexpected status) and refusals (an expected 4xx, e.g. a rate limit).
"""

import argparse
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

import django  # noqa: E402

django.setup()

import requests  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.stack import EDITOR, session_cookie, staff_cookie  # noqa: E402

EMAIL = "volume-{n}@bench.invalid"
CSRF = "closingdaycsrfsecret0123456789ab"  # any 32 letters and digits: Django accepts it unmasked
WORDS = (  # noqa: SIM905 (reads as prose)
    "shelter interpreter referral report medical examination evidence counselling asylum reception centre "
    "permit legal aid lawyer court protection order helpline survivor community leaflet translation women "
    "children outreach municipality social worker consent safety plan hospital clinic training network"
).split()
SEARCHES = ["interpreter", "shelter referral", "zorgpad007", "court lawyer", "zorgpad042", "trust", "legal aid"]
# page kind: weight in a member's choice of what to do next
MIX = {
    "thread": 30,
    "version": 12,
    "clause": 12,
    "search": 10,
    "forum index": 6,
    "reply": 6,
    "feedback": 12,
    "endorse": 12,
}
WRITES = ("reply", "feedback", "endorse", "import", "add clause", "export")


# --- what the members can see ---------------------------------------------------


class Targets:
    """Per country: its forum threads, the versions in consultation its members
    may read (the country's and the EU-wide documents), their clause keys and
    visible feedback to endorse."""

    def __init__(self):
        from consult.models import Country
        from forums.models import Thread, Visibility
        from recommendations.models import Clause, ConsultationRound, Feedback

        self.countries = list(Country.objects.order_by("code").values_list("pk", flat=True))
        self.threads = defaultdict(list)
        for pk, country in Thread.objects.filter(
            status=Visibility.PUBLISHED, forum__country__isnull=False, is_closed=False, is_locked=False
        ).values_list("pk", "forum__country"):
            self.threads[country].append(pk)
        now = timezone.now()
        rounds = ConsultationRound.objects.filter(opens_at__lte=now, closes_at__gt=now, closed_at__isnull=True)
        self.versions = defaultdict(list)  # country -> [(version, round)]
        self.clauses = {}  # version -> [key]
        self.feedback = defaultdict(list)  # version -> [(feedback, author)]
        for round_pk, version_pk, country in rounds.values_list("pk", "version", "version__document__country"):
            for c in [country] if country else self.countries:
                self.versions[c].append((version_pk, round_pk))
            self.clauses[version_pk] = [
                str(k)
                for k in Clause.objects.filter(version_id=version_pk, kind="paragraph").values_list("key", flat=True)
            ]
            self.feedback[version_pk] = list(
                Feedback.objects.filter(version_id=version_pk, visibility="visible").values_list("pk", "author")
            )


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = defaultdict(list)  # kind -> [seconds]
        self.errors = defaultdict(int)  # kind -> count
        self.error_samples = []
        self.refused = defaultdict(int)  # kind -> count (an expected 4xx or the form shown again)
        self.writes = defaultdict(int)  # kind -> succeeded
        self.running = True

    def record(self, kind, seconds, *, error=None, refused=False, wrote=False):
        with self.lock:
            self.latency[kind].append(seconds)
            if error:
                self.errors[kind] += 1
                if len(self.error_samples) < 20:
                    self.error_samples.append(f"{kind}: {error}")
            elif refused:
                self.refused[kind] += 1
            elif wrote:
                self.writes[kind] += 1


class Client:
    """One signed-in browser: a session cookie and the CSRF cookie."""

    def __init__(self, base, cookie, stats):
        self.base, self.stats = base, stats
        self.http = requests.Session()
        name, value = cookie.split("=", 1)
        self.http.cookies.set(name, value)
        self.http.cookies.set(settings.CSRF_COOKIE_NAME, CSRF)

    def get(self, kind, path, expect=(200,)):
        return self._send(kind, "GET", path, None, expect, ())

    def post(self, kind, path, data, ok=(302,), refused=(200, 400, 403, 409, 429)):
        return self._send(kind, "POST", path, data, ok, refused)

    def _send(self, kind, method, path, data, ok, refused):
        started = time.perf_counter()
        try:
            response = self.http.request(
                method,
                self.base + path,
                data=data,
                headers={"X-CSRFToken": CSRF} if method == "POST" else None,
                allow_redirects=False,
                timeout=120,
            )
        except requests.RequestException as error:
            self.stats.record(kind, time.perf_counter() - started, error=type(error).__name__)
            return None
        elapsed = time.perf_counter() - started
        if response.status_code in ok:
            self.stats.record(kind, elapsed, wrote=method == "POST")
        elif response.status_code in refused:
            self.stats.record(kind, elapsed, refused=True)
        else:
            self.stats.record(kind, elapsed, error=f"{method} {path} -> {response.status_code}")
        return response


# --- the members and the editor ------------------------------------------------------


def member(client, user_pk, country, targets, stats, think, rng, until, endorsed):
    kinds, weights = list(MIX), list(MIX.values())
    versions = targets.versions[country]
    threads = targets.threads[country]
    while stats.running and time.monotonic() < until:
        time.sleep(think * rng.uniform(0.5, 1.5))
        if not stats.running or time.monotonic() >= until:
            return
        kind = rng.choices(kinds, weights)[0]
        version, _round = rng.choice(versions)
        if kind == "thread":
            client.get(kind, f"/en/forums/threads/{rng.choice(threads)}/")
        elif kind == "version":
            client.get(kind, f"/en/recommendations/versions/{version}/")
        elif kind == "clause":
            client.get(kind, f"/en/recommendations/versions/{version}/clauses/{rng.choice(targets.clauses[version])}/")
        elif kind == "search":
            client.get(kind, "/en/forums/search/?q=" + rng.choice(SEARCHES).replace(" ", "+"))
        elif kind == "forum index":
            client.get(kind, "/en/forums/")
        elif kind == "reply":
            body = " ".join(rng.choices(WORDS, k=rng.randrange(15, 60))).capitalize() + "."
            client.post(kind, f"/en/forums/threads/{rng.choice(threads)}/", {"body": body})
        elif kind == "feedback":
            key = rng.choice(targets.clauses[version])
            text = " ".join(rng.choices(WORDS, k=rng.randrange(10, 40))).capitalize() + "."
            client.post(
                kind,
                f"/en/recommendations/versions/{version}/clauses/{key}/",
                {"kind": rng.choice(["comment", "support", "concern", "question"]), "text": text},
            )
        elif kind == "endorse" and targets.feedback[version]:
            for _ in range(20):
                feedback, author = rng.choice(targets.feedback[version])
                if author != user_pk and feedback not in endorsed:
                    endorsed.add(feedback)
                    client.post(kind, f"/en/recommendations/feedback/{feedback}/endorse/", {})
                    break


def warm_up(base, members, targets):
    """A few requests of each kind through every gunicorn worker (imports, templates), not counted."""
    _pk, country, cookie = members[0]
    client = Client(base, cookie, Stats())
    version, _round = targets.versions[country][0]
    for _ in range(8):
        client.get("warm", f"/en/forums/threads/{targets.threads[country][0]}/")
        client.get("warm", f"/en/recommendations/versions/{version}/")
        client.get("warm", f"/en/recommendations/versions/{version}/clauses/{targets.clauses[version][0]}/")
        client.get("warm", "/en/forums/search/?q=interpreter")
        client.get("warm", "/en/forums/")


def markdown_document(clauses, rng):
    lines = []
    for n in range(clauses):
        if n % 10 == 0:
            lines.append(f"# Section {n // 10 + 1}")
        else:
            lines.append(" ".join(rng.choices(WORDS, k=rng.randrange(20, 50))).capitalize() + ".")
    return "\n\n".join(lines) + "\n"


def editor(client, stats, args, report_version, until, state):
    """Import a document of ``--clauses`` clauses, then add clauses and ask for exports until the end."""
    rng = random.Random(7)  # noqa: S311 (load, not secrets)
    response = client.post(
        "import",
        "/en/recommendations/new/",
        {"title": f"Closing-day draft {time.strftime('%H:%M:%S')}", "summary": "Built during the load.",
         "country": "", "markdown_text": markdown_document(args.clauses, rng)},
    )  # fmt: skip
    if response is None or response.status_code != 302:
        return
    stats.writes["import"] -= 1  # the upload writes nothing; the confirmation below does
    preview = client.get("import", "/en/recommendations/new/preview/")
    token = re.search(r'name="token" value="([^"]+)"', preview.text if preview is not None else "")
    if not token:
        stats.record("import", 0, error="no token on the import preview")
        return
    response = client.post("import", "/en/recommendations/new/preview/", {"token": token.group(1), "action": "confirm"})
    if response is None or response.status_code != 302:
        return
    version = int(re.search(r"/versions/(\d+)/edit/", response.headers["Location"]).group(1))
    state["version"] = version
    from recommendations.models import Clause

    clause_pks = list(Clause.objects.filter(version_id=version).values_list("pk", flat=True))
    state["imported"] = len(clause_pks)
    formats = ["html", "md", "docx", "pdf"]
    next_export, exports = time.monotonic(), 0
    while stats.running and time.monotonic() < until:
        if time.monotonic() >= next_export:
            kind, target = ("version", version) if exports % 2 == 0 else ("report", report_version)
            client.post(
                "export",
                f"/en/recommendations/versions/{target}/exports/new/",
                {"kind": kind, "format": formats[(exports // 2) % len(formats)]},
            )
            exports += 1
            next_export += args.export_every
        else:
            text = " ".join(rng.choices(WORDS, k=rng.randrange(15, 40))).capitalize() + "."
            client.post(
                "add clause",
                f"/en/recommendations/clauses/{rng.choice(clause_pks)}/add/",
                {"kind": "paragraph", "level": 1, "text": text},
            )
            client.get("version editor", f"/en/recommendations/versions/{version}/edit/")
        time.sleep(rng.uniform(2, 4))


# --- processes ------------------------------------------------------------------------


def children(pid):
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / os.sysconf("SC_CLK_TCK")


def family(pid):
    return [pid, *children(pid)]


def sampler(worker, gunicorn, samples, stats):
    started = time.monotonic()
    while stats.running:
        kids = children(worker.pid)
        samples.append(
            (
                time.monotonic() - started,
                rss_mb(worker.pid),
                sum(rss_mb(k) for k in kids),
                sum(rss_mb(k) for k in children(gunicorn.pid)),
                os.getloadavg()[0],
            )
        )
        for _ in range(50):
            if not stats.running:
                return
            time.sleep(0.1)


def start_services(args, env):
    log = open(ROOT / "var" / "closing-day-services.log", "w")  # noqa: SIM115 (closed at exit with the processes)
    gunicorn = subprocess.Popen(  # noqa: S603 (our own command line)
        [str(Path(sys.executable).parent / "gunicorn"), "bench.wsgi", "--workers", str(args.web_workers),
         "--worker-class", "sync", "--bind", f"127.0.0.1:{args.port}", "--backlog", "2048",
         "--timeout", "120", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=log, stderr=log,
    )  # fmt: skip
    worker = subprocess.Popen(  # noqa: S603 (our own command line)
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=prefork",
         f"--concurrency={args.worker_concurrency}", "--loglevel=WARNING", "--without-gossip",
         "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=env, stdout=log, stderr=log,
    )  # fmt: skip
    base = f"http://127.0.0.1:{args.port}"
    for _ in range(300):
        try:
            requests.get(base + "/bench/bare/", timeout=2)
            break
        except requests.RequestException:
            time.sleep(0.2)
    return gunicorn, worker, base


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


# --- counting -------------------------------------------------------------------------------


def counts(user_pks, editor_pk, since):
    from consult.models import OutboxEntry
    from forums.models import Post
    from recommendations.models import Endorsement, Export, Feedback

    return {
        "reply": Post.objects.filter(author_id__in=user_pks, created_at__gte=since).count(),
        "feedback": Feedback.objects.filter(author_id__in=user_pks, created_at__gte=since).count(),
        "endorse": Endorsement.objects.filter(user_id__in=user_pks, created_at__gte=since).count(),
        "export": Export.objects.filter(requested_by_id=editor_pk, created_at__gte=since).count(),
        "outbox": OutboxEntry.objects.filter(created_at__gte=since).count(),
    }


def pending_work(since):
    from consult.models import OutboxEntry
    from recommendations.models import Export

    return (
        OutboxEntry.objects.filter(state=OutboxEntry.State.PENDING, created_at__gte=since).count(),
        Export.objects.filter(created_at__gte=since, status__in=["queued", "running"]).count(),
    )


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--think", type=float, default=10, help="mean seconds between a member's requests")
    parser.add_argument("--ramp", type=float, default=30, help="seconds over which the members start")
    parser.add_argument("--clauses", type=int, default=500, help="clauses of the editor's imported document")
    parser.add_argument("--export-every", type=float, default=30, help="seconds between the editor's exports")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8150")))
    parser.add_argument("--web-workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--worker-concurrency", type=int, default=2, help="Celery prefork processes")
    parser.add_argument("--drain-timeout", type=float, default=300)
    parser.add_argument("--seed", default=str(int(time.time())), help="the members' random choices (default: the time)")
    args = parser.parse_args(argv)

    from consult.models import User

    targets = Targets()
    per_country = -(-args.users // len(targets.countries))
    by_country = [
        list(
            User.objects.filter(
                email__endswith="@bench.invalid", profile__countries=country, profile__status="approved"
            )
            .order_by("pk")
            .values_list("pk", "email")[:per_country]
        )
        for country in targets.countries
    ]
    # round-robin over the countries, so any number of users spreads evenly
    members = [
        (pk, country, session_cookie(email))
        for row in range(per_country)
        for country, rows in zip(targets.countries, by_country, strict=True)
        if row < len(rows)
        for pk, email in [rows[row]]
    ][: args.users]
    editor_cookie = staff_cookie(EDITOR)
    editor_pk = User.objects.get(email=EDITOR).pk
    user_pks = [pk for pk, _country, _cookie in members]
    from recommendations.models import DocumentVersion

    report_version = DocumentVersion.objects.get(document__title__startswith="[bench] ").pk
    used_countries = len({country for _pk, country, _cookie in members})
    from recommendations.models import Endorsement

    endorsed = defaultdict(set)  # what each member endorsed in an earlier run: endorsing again writes nothing
    for user, feedback in Endorsement.objects.filter(user_id__in=user_pks).values_list("user", "feedback"):
        endorsed[user].add(feedback)

    env = dict(os.environ)
    gunicorn, worker, base = start_services(args, env)
    stats = Stats()
    samples = []
    state = {}
    since = timezone.now()
    before = counts(user_pks, editor_pk, since)
    from recommendations.models import Clause

    clauses_before = Clause.objects.count()
    load_before = os.getloadavg()
    try:
        time.sleep(5)  # the worker's start-up
        warm_up(base, members, targets)
        cpu_before = (cpu_seconds(family(gunicorn.pid)), cpu_seconds(family(worker.pid)))
        started = time.monotonic()
        until = started + args.minutes * 60
        threads = [threading.Thread(target=sampler, args=(worker, gunicorn, samples, stats), daemon=True)]
        editor_client = Client(base, editor_cookie, stats)
        threads.append(
            threading.Thread(
                target=editor, args=(editor_client, stats, args, report_version, until, state), daemon=True
            )
        )
        for n, (pk, country, cookie) in enumerate(members):
            rng = random.Random(f"{args.seed}-{n}")  # noqa: S311 (load, not secrets)
            client = Client(base, cookie, stats)
            thread = threading.Thread(
                target=member,
                args=(client, pk, country, targets, stats, args.think, rng, until, endorsed[pk]),
                daemon=True,
            )
            threads.append(thread)
        for thread in threads[:2]:
            thread.start()
        for n, thread in enumerate(threads[2:]):
            delay = started + args.ramp * n / max(len(members), 1) - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            thread.start()
        while time.monotonic() < until:
            time.sleep(1)
        for thread in threads[1:]:
            thread.join(timeout=150)
        load_stopped = time.monotonic()
        elapsed = load_stopped - started
        cpu_load = (cpu_seconds(family(gunicorn.pid)) - cpu_before[0], cpu_seconds(family(worker.pid)) - cpu_before[1])
        # the outbox's drain: every entry done, every export built
        drained = None
        while time.monotonic() - load_stopped < args.drain_timeout:
            outbox, exports = pending_work(since)
            if outbox == 0 and exports == 0:
                drained = time.monotonic() - load_stopped
                break
            time.sleep(0.5)
        stats.running = False
        threads[0].join(timeout=10)
        cpu_all = (cpu_seconds(family(gunicorn.pid)) - cpu_before[0], cpu_seconds(family(worker.pid)) - cpu_before[1])
        # the PostgreSQL backends of the web and Celery processes (kept open: CONN_MAX_AGE), started with them
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            backends = [row[0] for row in cursor.fetchall()]
        cpu_database = cpu_seconds(backends) if connection.settings_dict["HOST"] in ("127.0.0.1", "localhost") else 0
    finally:
        stats.running = False
        stop(gunicorn)
        stop(worker)
    after = counts(user_pks, editor_pk, since)
    clauses_after = Clause.objects.count()
    load_after = os.getloadavg()
    report(args, stats, samples, elapsed, drained, before, after, clauses_after - clauses_before, state,
           used_countries, load_before, load_after, since)  # fmt: skip
    requests_made = sum(len(v) for v in stats.latency.values())
    print(
        f"\nCPU during the load: gunicorn workers {cpu_load[0]:.1f} s ({cpu_load[0] / elapsed:.2f} cores, "
        f"{cpu_load[0] * 1000 / max(requests_made, 1):.1f} ms per request), Celery {cpu_load[1]:.1f} s "
        f"({cpu_load[1] / elapsed:.2f} cores); Celery until drained {cpu_all[1]:.1f} s; "
        f"this script (the members' and editor's clients) {time.process_time():.1f} s; PostgreSQL backends of "
        f"gunicorn and Celery open at the end {cpu_database:.1f} s (since they opened: with CONN_MAX_AGE "
        f"{connection.settings_dict['CONN_MAX_AGE']} s, only the last of the run)"
    )


def report(args, stats, samples, elapsed, drained, before, after, clauses, state, countries, load_before,
           load_after, since):  # fmt: skip
    from consult.models import OutboxEntry
    from recommendations.models import Export

    total = sum(len(v) for v in stats.latency.values())
    print(
        f"\nclosing day: {args.users} members of {countries} countries, {elapsed / 60:.1f} min, think {args.think} s, "
        f"{args.web_workers} gunicorn sync workers, Celery prefork x{args.worker_concurrency}, "
        f"{connection.vendor}, {os.cpu_count()} cores"
    )
    print(f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")  # fmt: skip
    errors = sum(stats.errors.values())
    print(f"requests {total}, throughput {total / elapsed:.1f} req/s, errors {errors}, "
          f"refused {sum(stats.refused.values())}")  # fmt: skip
    print(f"{'page kind':<18}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'max ms':>8}"
          f"{'errors':>7}{'refused':>8}")  # fmt: skip
    for kind in sorted(stats.latency, key=lambda k: -len(stats.latency[k])):
        values = stats.latency[kind]
        print(
            f"{kind:<18}{len(values):>9}{len(values) / elapsed:>8.2f}{statistics.median(values) * 1000:>8.0f}"
            f"{percentile(values, 0.95) * 1000:>8.0f}{percentile(values, 0.99) * 1000:>8.0f}"
            f"{max(values) * 1000:>8.0f}{stats.errors[kind]:>7}{stats.refused[kind]:>8}"
        )
    for sample in stats.error_samples:
        print(f"  error: {sample}")
    print("\nwrites: made (the script saw them succeed) / found in the database")
    for kind in ("reply", "feedback", "endorse", "export"):
        found = after[kind] - before[kind]
        mark = "ok" if found == stats.writes[kind] else "MISMATCH"
        print(f"  {kind:<10}{stats.writes[kind]:>7} / {found:<7} {mark}")
    made_clauses = state.get("imported", 0) + stats.writes["add clause"]
    mark = "ok" if clauses == made_clauses else "MISMATCH"
    print(f"  {'clauses':<10}{made_clauses:>7} / {clauses:<7} {mark} (import of {state.get('imported', 0)} "
          f"+ {stats.writes['add clause']} added one by one)")  # fmt: skip
    outbox = OutboxEntry.objects.filter(created_at__gte=since)
    exports = Export.objects.filter(created_at__gte=since)
    print(f"  outbox entries written {outbox.count()}: "
          + ", ".join(f"{s} {outbox.filter(state=s).count()}" for s in OutboxEntry.State.values))  # fmt: skip
    print(
        f"  exports {exports.count()}: "
        + ", ".join(f"{s} {exports.filter(status=s).count()}" for s in Export.Status.values)
    )
    if drained is None:
        print(f"outbox NOT drained {args.drain_timeout:.0f} s after the load stopped")
    else:
        print(f"outbox drained {drained:.1f} s after the load stopped (target <= 60 s)")
    if samples:
        print("\nCelery worker memory (MB, main + children), gunicorn workers (MB), load, every ~5 s:")
        step = max(1, len(samples) // 12)
        for t, main_rss, kids, web, load in samples[::step] + ([samples[-1]] if len(samples) % step != 1 else []):
            print(f"  {t:6.0f} s  worker {main_rss:5.0f} + {kids:5.0f}  web {web:5.0f}  load {load:5.2f}")
        half = [s for s in samples if s[0] >= samples[-1][0] / 2]
        print(
            f"  worker children: first {samples[0][2]:.0f}, max {max(s[2] for s in samples):.0f}, "
            f"second half {min(s[2] for s in half):.0f}..{max(s[2] for s in half):.0f} MB"
        )


if __name__ == "__main__":
    main()
