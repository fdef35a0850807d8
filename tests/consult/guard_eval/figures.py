"""Detection and false-positive counts of the guard on a list of posts
(shared by bench/guard.py and the floor tests)."""

import importlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from consult.moderation import guard

from . import (
    eighth_heldback_a,
    eighth_heldback_b,
    eleventh_heldback_a,
    eleventh_heldback_b,
    fifth_heldback,
    former_heldback,
    fourth_heldback,
    heldback,
    is_ordinary,
    second_heldback,
    seventh_selfmade,
    sixth_heldback_a,
    sixth_heldback_b,
    tenth_heldback_a,
    tenth_heldback_b,
    thirteenth_heldback_a,
    thirteenth_heldback_b,
    thirteenth_heldback_c,
    tuning,
    twelfth_heldback_a,
    twelfth_heldback_b,
    twelfth_heldback_c,
    twelfth_heldback_d,
)

# The independent part: the fourteenth, written by writers who never read
# the guard, added once they are written. (The ninth was measured once on
# 2026-12-07 and its posts were lost.)
INDEPENDENT_MODULES = ("fourteenth_heldback_a", "fourteenth_heldback_b", "fourteenth_heldback_c")


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


def _independent_posts():
    """The posts of the independent part's modules that are present (none until they
    are written), or None when there is none."""
    here = Path(__file__).resolve().parent
    present = [name for name in INDEPENDENT_MODULES if (here / f"{name}.py").exists()]
    if not present:
        return None
    posts = []
    for name in present:
        posts += importlib.import_module(f"{__package__}.{name}").POSTS
    return posts


def parts():
    found = {
        # fourth_heldback, fifth_heldback and sixth_heldback_a/_b were
        # written by writers who never read the guard, and measured as the
        # independent part before being moved here: the fourth once on
        # 2026-12-06 (its misses read since 2026-12-06), the fifth twice on
        # 2026-12-06 (its misses read since 2026-12-07), the sixth three times
        # on 2026-12-07 (its misses read since the seventh round, 2026-12-07),
        # the eighth (a/b) three times on 2026-12-07, at last 81.9 % identifying
        # and 9.4 % ordinary held (its misses read since the eighth round),
        # the tenth (a/b) twice on 2026-12-07, 91.9 % identifying and 5.0 %
        # ordinary held after the eighth round (its misses read since the ninth),
        # the eleventh (a/b) twice on 2026-12-07, 91.9 % identifying and 7.2 %
        # ordinary held after the ninth round (its misses read since the tenth),
        # the twelfth (a-d) twice on 2026-12-07, 86.9 % identifying and 14.1 %
        # ordinary held after the tenth round (its misses read since the thirteenth)
        # the thirteenth (a-c) twice on 2026-12-07, 92.5 % identifying and 4.7 %
        # ordinary held after the thirteenth round (its misses read since the fourteenth)
        "tuning": (
            tuning.POSTS
            + former_heldback.POSTS
            + second_heldback.POSTS
            + fourth_heldback.POSTS
            + fifth_heldback.POSTS
            + sixth_heldback_a.POSTS
            + sixth_heldback_b.POSTS
            + eighth_heldback_a.POSTS
            + eighth_heldback_b.POSTS
            + tenth_heldback_a.POSTS
            + tenth_heldback_b.POSTS
            + eleventh_heldback_a.POSTS
            + eleventh_heldback_b.POSTS
            + twelfth_heldback_a.POSTS
            + twelfth_heldback_b.POSTS
            + twelfth_heldback_c.POSTS
            + twelfth_heldback_d.POSTS
            + thirteenth_heldback_a.POSTS
            + thirteenth_heldback_b.POSTS
            + thirteenth_heldback_c.POSTS
            + _legacy_posts()
        ),
        "heldback": heldback.POSTS,
        # written by the tuner of the sixth round to check its rules in the 16
        # languages (tuning data: its FRESH half was measured once before being read)
        "selfmade": seventh_selfmade.POSTS + seventh_selfmade.FRESH,
    }
    independent = _independent_posts()
    if independent is not None:
        # written by writers who never read the guard nor the other corpora;
        # nobody tuning has read it (measured, never listed)
        found["independent"] = independent
    return found


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
