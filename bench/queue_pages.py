"""Render the review queue for several moderators, languages, filters and
pages, twice each (the entries' cache cold, then warm), and write each
page's HTML (the CSRF token and CSP nonce masked) to a folder, to compare
two trees' output:

    python bench/queue_pages.py /tmp/after
    (cd ../base && python ../mine/bench/queue_pages.py /tmp/before)   # the tree is the working directory
    diff -r /tmp/before /tmp/after

Run it against a copy of a database with enough items for several pages.
"""

import re
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
from bench.handlers import handler_with  # noqa: E402
from bench.stack import Row, staff_cookie  # noqa: E402  (starts Django)
from config.settings.production import MIDDLEWARE  # noqa: E402

USERS = ["moderator.nl@demo.protect.example", "moderator2.nl@demo.protect.example", "admin@demo.protect.example"]
LANGUAGES = ["en", "nl", "ar"]
QUERIES = [
    "",
    "?page=2",
    "?page=3",
    "?page=99",
    "?page=0",
    "?page=x",
    "?state=hidden",
    "?state=approved",
    "?state=bogus",
    "?reason=flags",
    "?reason=personal_data&page=2",
    "?state=pending&reason=first_posts",
]
MASKS = [
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"'), 'name="csrfmiddlewaretoken" value="…"'),
    (re.compile(r'nonce="[^"]*"'), 'nonce="…"'),
]


def render(row):
    status = []
    response = row.handler(dict(row.environ), lambda s, h, exc_info=None: status.append(s))
    try:
        body = b"".join(response).decode()
    finally:
        response.close()
    for pattern, replacement in MASKS:
        body = pattern.sub(replacement, body)
    return f"{status[0]}\n" + "\n".join(line.strip() for line in body.splitlines() if line.strip())


def main(folder):
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    handler = handler_with(MIDDLEWARE)
    cookies = {email: staff_cookie(email) for email in USERS}
    pages = 0
    for warmth in ("cold", "warm"):
        for email in USERS:
            for language in LANGUAGES:
                for query in QUERIES:
                    row = Row("queue", handler, f"/{language}/moderation/{query}", cookies[email])
                    name = f"{warmth}-{email.split('@')[0]}-{language}-{re.sub(r'[^a-z0-9]+', '_', query) or 'first'}"
                    (out / f"{name}.html").write_text(render(row))
                    pages += 1
    print(f"{pages} pages in {out}")


if __name__ == "__main__":
    main(sys.argv[1])
