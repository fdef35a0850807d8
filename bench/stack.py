"""CPU milliseconds per request inside one process, the server side only.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench .venv/bin/python bench/stack.py
    .venv/bin/python bench/stack.py --pages              # + the member pages (volume data set)
    .venv/bin/python bench/stack.py --no-prefixes --pages --rounds 7
    .venv/bin/python bench/stack.py --no-prefixes --page thread     # one member page

Rows, measured in turn, round after round (the median of the rounds is
printed), all in one process so their ratios come from the same run:

- the tiny bare view: one URL, one view, no middleware (bench/tiny_urls.py);
- the project's bare view (bench/urls.py) through the whole production
  middleware stack, anonymous and signed in as a member;
- with ``--prefixes`` (the default): the bare view behind the first k
  middleware of the stack, for every k, anonymous and signed in; the cost of
  middleware k is the difference between prefix k and prefix k-1;
- with ``--pages``: the member pages (a thread of 50 posts and a version of
  500 clauses from var/bench-targets.json, the forum index, the review queue
  as a moderator, the triage of a round of 1,000 items as an editor).

Each request is a real WSGI call (the response is read and closed, so
Django's request_finished work is counted); time is the process's own CPU
(``time.process_time``: user + system), so another program on the machine
slows the wall clock but not these figures much. The queries column counts
one extra request per row. The database is the one bench/run.sh fills
(``manage.py seed``, and bench/seed_volume.py for ``--pages``); the cache is
the process's own ``locmem`` unless CACHE_URL says otherwise.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.standalone import start  # noqa: E402

start(ROOT)

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from bench.handlers import TINY_PATH, handler_with, tiny_handler  # noqa: E402
from config.settings.production import MIDDLEWARE  # noqa: E402

BARE_PATH = "/bench/bare/"
COUNTRY_PATH = "/en/countries/nl/"
MEMBER = "bench.member@volume.protect.example"
DEMO_MEMBER = "member.nl@demo.protect.example"
MODERATOR = "moderator.nl@demo.protect.example"
EDITOR = "editor@demo.protect.example"


def session_cookie(email):
    """A signed-in session for ``email`` (created in the database, like a sign-in)."""
    from django.contrib.sessions.backends.db import SessionStore

    from consult.models import User

    user = User.objects.get(email=email)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def staff_cookie(email):
    """Staff must use MFA; give the benchmark's staff account a TOTP authenticator."""
    from allauth.mfa.models import Authenticator

    from consult.models import User

    user = User.objects.get(email=email)
    Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "JBSWY3DPEHPK3PXP"}}
    )
    return session_cookie(email)


class Row:
    def __init__(self, name, handler, path, cookie=None, expect=200):
        self.name, self.handler, self.path, self.expect = name, handler, path, expect
        self.environ = RequestFactory()._base_environ(
            PATH_INFO=path.split("?")[0],
            QUERY_STRING=path.split("?")[1] if "?" in path else "",
            REQUEST_METHOD="GET",
            SERVER_NAME="127.0.0.1",
            HTTP_HOST="127.0.0.1",
            **({"HTTP_COOKIE": cookie} if cookie else {}),
        )
        self.samples = []
        self.queries = None
        self.count = 1

    def call(self):
        status = []
        response = self.handler(dict(self.environ), lambda s, h, exc_info=None: status.append(s))
        try:
            for _chunk in response:
                pass
        finally:
            response.close()
        return int(status[0].split()[0])

    def warm(self, budget):
        for _ in range(5):
            code = self.call()
        if code != self.expect:
            raise SystemExit(f"{self.name}: {self.path} answered {code}, expected {self.expect}")
        started = time.process_time()
        self.call()
        cost = max(time.process_time() - started, 1e-5)
        self.count = max(5, min(5000, int(budget / cost)))

    def measure(self):
        started = time.process_time()
        for _ in range(self.count):
            self.call()
        self.samples.append((time.process_time() - started) / self.count)

    def count_queries(self):
        seen = []
        with connection.execute_wrapper(lambda execute, sql, *args: seen.append(sql) or execute(sql, *args)):
            self.call()
        self.queries = len(seen)

    @property
    def ms(self):
        return statistics.median(self.samples) * 1000


def member_pages(member, moderator, editor):
    from recommendations.models import ConsultationRound

    rows = []
    targets = ROOT / "var" / "bench-targets.json"
    extra = json.loads(targets.read_text()) if targets.exists() else {"targets": []}
    full = handler_with(MIDDLEWARE)
    for target in extra["targets"]:
        rows.append(Row(target["name"] + ", member", full, target["path"], member))
    rows.append(Row("forum index, member", full, "/en/forums/", member))
    rows.append(Row("review queue, moderator", full, "/en/moderation/", moderator))
    rounds = sorted(ConsultationRound.objects.all(), key=lambda r: abs(r.feedback.count() - 1000))
    if rounds:
        round_ = rounds[0]
        path = f"/en/recommendations/rounds/{round_.pk}/triage/"
        rows.append(Row(f"triage ({round_.feedback.count()} items), editor", full, path, editor))
    return rows


def serve_only(which, requests):
    from consult.models import User

    if which == "tiny":
        row = Row("tiny", tiny_handler(), TINY_PATH)
    else:
        member_email = MEMBER if User.objects.filter(email=MEMBER).exists() else DEMO_MEMBER
        cookie = session_cookie(member_email) if which == "member" else None
        row = Row(which, handler_with(MIDDLEWARE), BARE_PATH, cookie)
    row.call()
    for _ in range(requests):
        row.call()


def profile_pages(name, requests):
    import cProfile
    import pstats

    from consult.models import User

    member_email = MEMBER if User.objects.filter(email=MEMBER).exists() else DEMO_MEMBER
    rows = member_pages(session_cookie(member_email), staff_cookie(MODERATOR), staff_cookie(EDITOR))
    for row in rows:
        if name not in row.name:
            continue
        for _ in range(5):
            row.call()
        profiler = cProfile.Profile(time.process_time)  # CPU, as the figures
        profiler.enable()
        for _ in range(requests):
            row.call()
        profiler.disable()
        print(f"\n=== {row.name}: {requests} requests")
        stats = pstats.Stats(profiler).strip_dirs()
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(60)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--budget", type=float, default=0.3, help="CPU seconds per row and round (default 0.3)")
    parser.add_argument("--no-prefixes", dest="prefixes", action="store_false", help="skip the per-middleware rows")
    parser.add_argument("--pages", action="store_true", help="add the member pages (volume data set)")
    parser.add_argument(
        "--only",
        choices=["tiny", "anonymous", "member"],
        help="serve only this bare-view row --requests times and print nothing (to time the whole process "
        "from outside, e.g. with /usr/bin/time, against --requests 0)",
    )
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument(
        "--page",
        metavar="NAME",
        help="measure only the member pages whose name contains NAME (implies --pages), beside the bare rows",
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="profile (cProfile) --requests requests of each member page whose name contains NAME, "
        "after warming it up, and print the functions that cost most; implies --pages",
    )
    options = parser.parse_args(argv)
    if options.only:
        return serve_only(options.only, options.requests)
    if options.profile:
        return profile_pages(options.profile, options.requests)

    from consult.models import User

    member_email = MEMBER if User.objects.filter(email=MEMBER).exists() else DEMO_MEMBER
    member = session_cookie(member_email)
    tiny = Row("tiny bare view", tiny_handler(), TINY_PATH)
    full = handler_with(MIDDLEWARE)
    bare = Row("bare view, anonymous", full, BARE_PATH)
    signed = Row("bare view, member", full, BARE_PATH, member)
    # the anonymous page cache's hits, as a browser asks (gzip) and as a client that reads only text
    cached = Row("country page (cached, gzip), anonymous", full, COUNTRY_PATH)
    cached.environ["HTTP_ACCEPT_ENCODING"] = "gzip, deflate, br"
    public = [cached, Row("country page (cached, text), anonymous", full, COUNTRY_PATH)]
    rows = [tiny, bare, signed, *public]
    prefixes = []
    if options.prefixes:
        for k in range(len(MIDDLEWARE)):
            handler = handler_with(MIDDLEWARE[:k])
            anonymous = Row(f"prefix {k}", handler, BARE_PATH)
            prefixes.append((anonymous, Row(f"prefix {k} member", handler, BARE_PATH, member)))
        rows += [row for pair in prefixes for row in pair]
    pages = []
    if options.pages or options.page:
        pages = member_pages(member, staff_cookie(MODERATOR), staff_cookie(EDITOR))
        pages = [row for row in pages if options.page is None or options.page in row.name]
    rows += pages

    for row in rows:
        row.warm(options.budget)
    for _ in range(options.rounds):
        for row in rows:
            row.measure()
    for row in rows:
        row.count_queries()

    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(
        f"\n{connection.vendor}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
        f"load {load}; {options.rounds} rounds, median CPU ms per request (process_time)"
    )
    print(f"{'row':<44}{'CPU ms':>9}{'queries':>9}{'x tiny':>9}{'vs bare':>9}")
    for row in [tiny, bare, signed, *public, *pages]:
        print(f"{row.name:<44}{row.ms:>9.3f}{row.queries:>9}{row.ms / tiny.ms:>8.1f}x{row.ms / bare.ms:>8.1f}x")
    print(f"{'middleware alone, anonymous (bare - tiny)':<44}{bare.ms - tiny.ms:>9.3f}")
    print(f"{'middleware alone, member (bare - tiny)':<44}{signed.ms - tiny.ms:>9.3f}")
    if prefixes:
        print("\ncost of each middleware (prefix k+1 minus prefix k), ms; queries it adds")
        print(f"{'middleware':<58}{'anonymous':>10}{'member':>10}{'q':>4}")
        names = ["(resolver and bare view, no middleware)", *MIDDLEWARE]
        ends = [*prefixes, (bare, signed)]
        previous = (tiny, tiny)
        for name, (anon, memb) in zip(names, ends, strict=True):
            q = memb.queries - (previous[1].queries if previous[1] is not tiny else 0)
            print(f"{name:<58}{anon.ms - previous[0].ms:>10.3f}{memb.ms - previous[1].ms:>10.3f}{q:>4}")
            previous = (anon, memb)


if __name__ == "__main__":
    main()
