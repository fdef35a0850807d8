"""Access lines of the development server without what people typed or were sent.

``runserver`` logs each request line on the ``django.server`` logger:
``"GET /en/forums/search/?q=... HTTP/1.1" 200 5120``. Query strings carry
search terms and filters of member pages; the paths of one-time links carry
the key that confirms an address, resets a password or deletes an account.
This filter rewrites the line before any handler sees it: each query value
becomes ``…`` (the parameter names stay, for debugging) and the last
segment of a one-time link's path, which holds the key, becomes ``…``.
"""

import logging
import re
from urllib.parse import parse_qsl, unquote

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

# Routes whose last path segment is a secret (a one-time key or token).
ONE_TIME_LINKS = {"account_confirm_email", "account_reset_password_from_key", "members:delete_confirm"}
MASK = "…"
REQUEST_LINE = re.compile(r"^(?P<method>[A-Z]+) (?P<target>\S+) (?P<protocol>HTTP/[\d.]+)$")
# a query inside another message (http.server's "Bad request syntax ('GET /?q=...')")
ANY_QUERY = re.compile(r"\?[^\s'\"]*")


def private_path(target):
    """``target`` (a path with an optional query) without query values or one-time keys."""
    path, _, query = target.partition("?")
    path = _without_secrets(path)
    if query:
        names = dict.fromkeys(name for name, _value in parse_qsl(query, keep_blank_values=True))
        path += "?" + ("&".join(f"{name}={MASK}" for name in names) if names else MASK)
    return path


def _without_secrets(path):
    path = unquote(path)
    # i18n_patterns match the active language's prefix only: resolve in the path's language.
    prefix = path.strip("/").split("/", 1)[0]
    language = prefix if prefix in dict(settings.LANGUAGES) else None
    try:
        with translation.override(language):
            match = resolve(path)
    except Resolver404:
        return path
    if match.view_name not in ONE_TIME_LINKS:
        return path
    head = path.rstrip("/").rpartition("/")[0]
    return f"{head}/{MASK}/" if path.endswith("/") else f"{head}/{MASK}"


class AccessLinePrivacyFilter(logging.Filter):
    """On the ``django.server`` logger (settings.LOGGING): rewrites the request line."""

    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(_private_argument(argument) for argument in record.args)
        return True


def _private_argument(argument):
    if not isinstance(argument, str):
        return argument
    line = REQUEST_LINE.match(argument)
    if line:
        return f"{line['method']} {private_path(line['target'])} {line['protocol']}"
    return ANY_QUERY.sub("?" + MASK, argument)
