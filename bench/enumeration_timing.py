"""Does sign-up, sign-in or password reset answer faster when the address has an account?

Posts each form through Django's test client in one process, alternating an
address that has an account with one that has none (a fresh address every
time, in shuffled order), and prints the distribution of the wall time per
request for each and their ratio. A ratio near 1.00 with overlapping
distributions means the timing tells nothing about who has an account.

    python bench/enumeration_timing.py [--rounds 40] [--seed 1]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect python bench/enumeration_timing.py

Settings: config.settings.test (a fresh test database: SQLite in memory, or
test_<name> on PostgreSQL) with the production password hasher (PBKDF2,
Django's default iterations), tasks queued on an in-memory broker as in
production (not run in the request) and the rate limits off, so every
request does the whole work. The wrong password at sign-in is what someone
probing addresses would type.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django
from django.conf import global_settings, settings

PASSWORD = "a long and unusual passphrase"  # noqa: S105 -- the benchmark's throw-away accounts
WRONG_PASSWORD = "not the passphrase at all"  # noqa: S105
FLOWS = ["sign-up", "sign-in", "password reset"]
# A reset hashes nothing and takes milliseconds: more requests, to see a small difference.
CHEAP_FLOW_FACTOR = {"password reset": 5}


def configure():
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    settings.ACCOUNT_RATE_LIMITS = False
    django.setup()
    import logging

    from django.test.utils import setup_test_environment

    logging.getLogger("axes").setLevel(logging.ERROR)  # a line per failed sign-in

    from config.celery import app

    app.conf.task_always_eager = False  # queued on the memory:// broker, as a request does in production
    setup_test_environment()


def signup_form(email, country_pk):
    return {
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "display_name": "Probe",
        "organisation": "Legal aid",
        "sector": "legal_aid",
        "countries": [country_pk],
        "job_role": "Lawyer",
        "motivation": "I advise survivors on residence permits and share practice.",
        "accept_code_of_conduct": "on",
        "accept_privacy_notice": "on",
    }


def create_accounts(count, country_pk):
    """``count`` verified accounts, signed up through the site, all with a PBKDF2 hash."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password
    from django.test import Client, override_settings

    from consult.models import User

    emails = [f"member{i}@existing.example" for i in range(count)]
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        for email in emails:
            response = Client().post("/en/accounts/signup/", signup_form(email, country_pk))
            if response.status_code != 302:
                raise SystemExit(f"sign-up of {email} failed: {response.content[:500]!r}")
    User.objects.filter(email__in=emails).update(password=make_password(PASSWORD))
    EmailAddress.objects.filter(email__in=emails).update(verified=True, primary=True)
    return emails


def post(flow, email, country_pk):
    from django.test import Client

    client = Client()
    if flow == "sign-up":
        path, form, expected = "/en/accounts/signup/", signup_form(email, country_pk), 302
    elif flow == "sign-in":
        path, form, expected = "/en/accounts/login/", {"login": email, "password": WRONG_PASSWORD}, 200
    else:
        path, form, expected = "/en/accounts/password/reset/", {"email": email}, 302
    started = time.perf_counter()
    response = client.post(path, form)
    elapsed = time.perf_counter() - started
    if response.status_code != expected:
        raise SystemExit(f"{flow} with {email} answered {response.status_code}, not {expected}")
    return elapsed


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40, help="requests per flow and kind of address (x5 for resets)")
    parser.add_argument("--flow", choices=FLOWS, action="append", help="only this flow (repeatable)")
    parser.add_argument("--warm-up", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    configure()

    from django.db import connection

    from consult.demo import seed_countries
    from consult.models import Country

    flows, warm_up = arguments.flow or FLOWS, arguments.warm_up
    rounds = {flow: arguments.rounds * CHEAP_FLOW_FACTOR.get(flow, 1) for flow in flows}
    print(f"Database: {connection.vendor}; creating a test database…", flush=True)
    connection.creation.create_test_db(verbosity=0)
    seed_countries()
    country_pk = Country.objects.get(code="NL").pk
    accounts = sum(rounds.values()) + warm_up * len(flows)
    print(f"Signing up {accounts} accounts…", flush=True)
    existing = iter(create_accounts(accounts, country_pk))
    fresh = (f"newcomer{i}@nobody.example" for i in range(10**9))

    randomiser = random.Random(arguments.seed)  # noqa: S311 -- the order of requests, not a secret
    times = {(flow, kind): [] for flow in flows for kind in ("existing", "new")}
    for flow in flows:
        for number in range(warm_up + rounds[flow]):
            kinds = ["existing", "new"]
            randomiser.shuffle(kinds)
            for kind in kinds:
                elapsed = post(flow, next(existing) if kind == "existing" else next(fresh), country_pk)
                if number >= warm_up:
                    times[flow, kind].append(elapsed)
        print(f"  {flow}: done", flush=True)

    print(f"\nWall time per request in ms (interleaved, in shuffled pairs; PBKDF2; {os.cpu_count()} CPUs)")
    print(f"{'flow':<16}{'address':<10}{'requests':>9}{'median':>9}{'p90':>9}{'min':>9}{'max':>9}")
    for flow in flows:
        for kind in ("existing", "new"):
            values = [value * 1000 for value in times[flow, kind]]
            print(
                f"{flow:<16}{kind:<10}{len(values):9d}{statistics.median(values):9.1f}{quantile(values, 0.9):9.1f}"
                f"{min(values):9.1f}{max(values):9.1f}"
            )
    print("\nRatio existing / new (1.00: indistinguishable)")
    for flow in flows:
        existing_ms, new_ms = times[flow, "existing"], times[flow, "new"]
        median = statistics.median(existing_ms) / statistics.median(new_ms)
        p90 = quantile(existing_ms, 0.9) / quantile(new_ms, 0.9)
        print(f"{flow:<16}median {median:5.2f}   p90 {p90:5.2f}")


if __name__ == "__main__":
    main()
