"""Detection and false-positive counts of the guard on a list of posts
(shared by bench/guard.py and the floor tests)."""

from collections import defaultdict
from dataclasses import dataclass, field

from consult.moderation import guard

from . import fifth_heldback, former_heldback, fourth_heldback, heldback, is_ordinary, second_heldback, tuning


def _legacy_posts():
    """The older English corpora (tuned on as well)."""
    from tests.consult import guard_corpus as consult_corpus
    from tests.forums import guard_corpus as forums_corpus

    kinds = {"id_number": "id_number"}
    posts = [("en", kinds.get(kind, kind), text) for kind, text in consult_corpus.IDENTIFYING]
    posts += [("en", "ordinary:practice", text) for text in consult_corpus.ORDINARY]
    posts += [("en", "legacy", text) for text in forums_corpus.IDENTIFYING]
    posts += [("en", "ordinary:practice", text) for text in forums_corpus.ORDINARY]
    return posts


def parts():
    return {
        # fourth_heldback was written by a writer who never read the guard; it
        # was measured once as a held-back part, and its misses have been read
        # since 2026-12-06
        "tuning": (
            tuning.POSTS + former_heldback.POSTS + second_heldback.POSTS + fourth_heldback.POSTS + _legacy_posts()
        ),
        "heldback": heldback.POSTS,
        # written by a second writer who never read the guard nor the other
        # corpora; nobody tuning has read it (measured, never listed)
        "independent": fifth_heldback.POSTS,
    }


@dataclass
class Figures:
    identifying: list = field(default_factory=lambda: [0, 0])  # [held, total]
    ordinary: list = field(default_factory=lambda: [0, 0])
    by_kind: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_language: dict = field(default_factory=lambda: defaultdict(lambda: ([0, 0], [0, 0])))
    by_theme: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def rate(self, counts):
        held, total = counts
        return held / total if total else None


def measure(posts):
    figures = Figures()
    for language, kind, text in posts:
        held = bool(guard.scan(text, language, listed_words=[]))
        ident, ordinary = figures.by_language[language]
        if is_ordinary(kind):
            counters = (figures.ordinary, ordinary, figures.by_theme[kind.partition(":")[2]])
        else:
            counters = (figures.identifying, ident, figures.by_kind[kind])
        for counter in counters:
            counter[0] += held
            counter[1] += 1
    return figures
