"""CPU milliseconds to render the base template every page shares, around an
empty body, for a visitor and for the demo member, moderator and editor.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_q .venv/bin/python bench/base_template.py

The database is one ``manage.py seed`` filled (bench/run.sh). Each figure is
the median of 5 runs of 200 renders on the process's own CPU clock, after 20
renders to warm what the process keeps.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.standalone import start  # noqa: E402

start(ROOT)

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.utils import translation  # noqa: E402

from consult.models import User  # noqa: E402

PEOPLE = (
    ("visitor", None),
    ("member", "member.nl@demo.protect.example"),
    ("moderator", "moderator.nl@demo.protect.example"),
    ("editor", "editor@demo.protect.example"),
)


def main():
    template = engines["django"].from_string('{% extends "base/base.html" %}{% block content %}x{% endblock %}')
    translation.activate("en")
    for label, email in PEOPLE:
        request = RequestFactory().get("/en/forums/", HTTP_HOST="127.0.0.1")
        request.user = User.objects.get(email=email) if email else AnonymousUser()
        for _ in range(20):
            template.render({}, request)
        samples = []
        for _ in range(5):
            started = time.process_time()
            for _ in range(200):
                template.render({}, request)
            samples.append((time.process_time() - started) / 200 * 1000)
        print(f"base template, {label:10} {statistics.median(samples):6.3f} ms CPU")


if __name__ == "__main__":
    main()
