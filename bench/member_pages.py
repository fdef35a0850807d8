"""Render the member pages the benchmark measures (the forum index, the
review queue, versions under consultation) for several people, languages,
filters and pages, twice each (the caches of the process empty, then
warm), and write each page's status and body, byte for byte (only the CSRF
token and the CSP nonce masked), to a folder, to compare two trees' output:

    python bench/member_pages.py /tmp/after
    (cd ../base && python ../mine/bench/member_pages.py /tmp/before)   # the tree is the working directory
    diff -r /tmp/before /tmp/after

Run it against the volume data set (bench/seed_volume.py); it reads, and
writes only the sessions it signs in with.
"""

import re
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
from bench.handlers import handler_with  # noqa: E402
from bench.queue_pages import QUERIES  # noqa: E402
from bench.stack import Row, session_cookie, staff_cookie  # noqa: E402  (starts Django)
from config.settings.production import MIDDLEWARE  # noqa: E402

MEMBERS = ["member.nl@demo.protect.example", "bench.member@volume.protect.example"]
STAFF = [
    "moderator.nl@demo.protect.example",
    "moderator2.nl@demo.protect.example",
    "admin@demo.protect.example",
    "editor@demo.protect.example",
    "staff.be@demo.protect.example",
]
LANGUAGES = ["en", "nl", "ar", "de"]
INDEX_QUERIES = ["", "?clause=12", "?clause=x"]
QUEUE_QUERIES = QUERIES  # the review queue's addresses, as bench/queue_pages.py dumps them
MASKS = [
    (re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"'), b'name="csrfmiddlewaretoken" value="..."'),
    (re.compile(rb'nonce="[^"]*"'), b'nonce="..."'),
]


def render(row):
    status = []
    response = row.handler(dict(row.environ), lambda s, h, exc_info=None: status.append(s))
    try:
        body = b"".join(response)
    finally:
        response.close()
    for pattern, replacement in MASKS:
        body = pattern.sub(replacement, body)
    return status[0].encode() + b"\n" + body


def versions():
    """The 500-clause version the benchmark reads and a few others under consultation."""
    from recommendations.models import DocumentVersion

    found = [6, *DocumentVersion.objects.exclude(pk=6).order_by("pk").values_list("pk", flat=True)[:3]]
    return [f"/recommendations/versions/{pk}/" for pk in found]


def main(folder):
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    from consult.models import User

    handler = handler_with(MIDDLEWARE)
    there = set(User.objects.filter(email__in=MEMBERS + STAFF).values_list("email", flat=True))
    cookies = {email: session_cookie(email) for email in MEMBERS if email in there}
    cookies.update({email: staff_cookie(email) for email in STAFF if email in there})
    cookies["visitor"] = None
    moderators = STAFF[:3]
    pages = []
    for who in cookies:
        for query in INDEX_QUERIES:
            pages.append((who, "/forums/" + query))
        for path in versions():
            pages.append((who, path))
        if who in moderators:
            for query in QUEUE_QUERIES:
                pages.append((who, "/moderation/" + query))
    count = 0
    for warmth in ("cold", "warm"):
        for who, path in pages:
            for language in LANGUAGES:
                row = Row("page", handler, f"/{language}{path}", cookies[who])
                name = f"{warmth}-{who.split('@')[0]}-{language}-{re.sub(r'[^a-z0-9]+', '_', path).strip('_')}"
                (out / f"{name}.html").write_bytes(render(row))
                count += 1
    print(f"{count} pages in {out}")


if __name__ == "__main__":
    main(sys.argv[1])
