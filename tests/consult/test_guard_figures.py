"""Floors of the personal-data guard's figures on its evaluation corpus
(tests/consult/guard_eval; bench/guard.py prints the tables).

The floors are the figures measured at the end of the last round: a change
that holds fewer identifying posts or more ordinary ones fails. The
held-back part's floors are lower than the tuning part's, which is the
honest gap between the two.
"""

import pytest

from tests.consult.guard_eval import is_ordinary
from tests.consult.guard_eval.figures import measure, parts

# part -> (identifying held at least, ordinary held at most,
#          per language: identifying held at least, ordinary held at most)
FLOORS = {
    # tuning, former_heldback, second_heldback, fourth_heldback, fifth_heldback,
    # sixth_heldback_a/_b, eighth_heldback_a/_b and tenth_heldback_a/_b (each of
    # the last five written by writers who never read the guard and measured as
    # the independent part first: the fourth at 88.8 % identifying, 7.3 %
    # ordinary held before its round; the fifth at 90.2 % / 8.9 % before the
    # fourth round and 95.5 % / 3.1 % after it; the sixth at 77.8 % / 8.75 %
    # before the fifth round, 83.8 % / 4.1 % after the sixth; the eighth at
    # 79.1 % / 15.3 % before the seventh round and 81.9 % / 9.4 % after the
    # organisations' round; the tenth at 87.2 % / 7.2 % before the eighth round
    # and 91.9 % / 5.0 % after it). The tenth's misses were read in the ninth
    # round (2026-12-07): with the tenth part added the tuning part stood at
    # 1922/1950 (98.6 %) identifying and 24/1719 (1.4 %) ordinary held; after
    # it 1948/1950 (99.9 %) and 0/1719. The two misses are English legacy posts
    # (a year of birth alone, a brother's workplace): en 98.9 %, every other
    # language 100 %.
    # Tenth round (2026-12-07): with the eleventh part joined, the tuning part
    # stood at 2242/2270 (98.8 %) identifying and 23/2039 (1.1 %) ordinary
    # held; after the round (its two halves merged) 2268/2270 (99.9 %) and
    # 0/2039, the same two English legacy posts missed (en 195/197, 99.0 %):
    # floors 0.998 -> 0.999 and 0.988 -> 0.989 per language.
    # Thirteenth round (2026-12-07): with the twelfth part joined, the tuning
    # part stood at 2546/2590 (98.3 %) identifying and 45/2359 (1.9 %)
    # ordinary held; after the round 2573/2590 (99.3 %) and 35/2359 (1.5 %),
    # ga 155/158 the lowest identifying, es 5/143 the highest ordinary.
    # Fourteenth round (2026-12-08, the thirteenth part's misses read through a
    # script outside the repository): 2573/2590 (99.3 %) identifying and 33/2359
    # (1.4 %) ordinary held (a region's and a street's names, and a day's name,
    # no longer read as persons): floor 0.015 -> 0.014. (The thirteenth part, still
    # measured below as the independent part until the fourteenth replaces it,
    # stood at 310/320 and 4/320 after the round; its floors are left as they were.)
    # The thirteenth part joined the tuning part after that round: 2883/2910
    # (99.1 %) identifying and 37/2679 (1.4 %) ordinary held; de and ga 174/178
    # the lowest identifying, es and hr 5/163 and 5/162 the highest ordinary.
    "tuning": (0.990, 0.014, 0.977, 0.031),
    # the third round's held-back part (320 posts), measured after the third
    # round (97.2 % identifying, 2.1 % ordinary held) and after the fifth:
    # 173/176 (98.3 %) identifying, 1/144 (0.7 %) ordinary held; hr 9/11
    # identifying, mt 1/9 ordinary held
    # After the sixth round (2026-12-07): 174/176 (98.9 %) identifying, 1/144
    # ordinary held (the round's rules hold one more identifying post); the
    # same after the seventh.
    # After the tenth round's misses: 175/176 (99.4 %) identifying (the flats'
    # and number-word addresses hold one more), pl 10/11 the lowest: floors
    # 0.988 -> 0.994 and 0.81 -> 0.90 per language.
    "heldback": (0.994, 0.007, 0.90, 0.12),
    # The sixth round's tuner's own set (tests/consult/guard_eval/seventh_selfmade,
    # tuning data): 98/98 identifying and 0/112 ordinary held after the round
    # (main before it: 71/98 and 28/112); the same after the seventh.
    "selfmade": (0.98, 0.0, 0.8, 0.0),
    # The independent part is the fourteenth (fourteenth_heldback_a to _c, 640
    # posts by three writers who never read the guard, nobody tuning has read
    # it), measured on 2026-12-08 with main before the fourteenth round: 278/320
    # (86.9 %) identifying and 20/320 (6.2 %) ordinary held; after the round
    # 282/320 (88.1 %) and 19/320 (5.9 %); mt 15/20 the lowest identifying,
    # seven languages at 2/20 the highest ordinary. (The thirteenth, measured
    # twice as the independent part at 92.5 % identifying and 4.7 % ordinary
    # held, is tuning data since the fourteenth round.)
    "independent": (0.881, 0.060, 0.75, 0.10),
}


@pytest.fixture(scope="module")
def figures():
    return {name: measure(posts) for name, posts in parts().items()}


def _rate(counts):
    held, total = counts
    return held / total


def _part(figures, part):
    # every part is in the repository (the independent one is the fourteenth): a
    # missing part is a lost measure, so it fails rather than skips
    assert part in figures, f"the {part} part is missing from tests/consult/guard_eval"
    return figures[part]


@pytest.mark.parametrize("part", FLOORS)
def test_the_guard_holds_at_least_the_measured_share_of_identifying_posts(figures, part):
    assert _rate(_part(figures, part).identifying) >= FLOORS[part][0]


@pytest.mark.parametrize("part", FLOORS)
def test_the_guard_holds_at_most_the_measured_share_of_ordinary_posts(figures, part):
    assert _rate(_part(figures, part).ordinary) <= FLOORS[part][1]


@pytest.mark.parametrize("part", FLOORS)
def test_no_language_falls_below_its_floor(figures, part):
    _, _, identifying_floor, ordinary_ceiling = FLOORS[part]
    for language, (identifying, ordinary) in _part(figures, part).by_language.items():
        assert _rate(identifying) >= identifying_floor, language
        assert _rate(ordinary) <= ordinary_ceiling, language


def test_the_corpus_covers_every_site_language_and_kind_with_at_least_400_posts():
    from django.conf import settings

    from tests.consult.guard_eval import KINDS

    posts = parts()["tuning"] + parts()["heldback"]
    assert len(posts) >= 400
    languages = {language for language, _, _ in posts}
    assert {code for code, _ in settings.LANGUAGES} <= languages
    for name in ("tuning", "heldback"):
        kinds = {kind for _, kind, _ in parts()[name] if not is_ordinary(kind)}
        assert set(KINDS) <= kinds, name


def test_the_independent_part_is_measured_only_when_its_modules_are_present(monkeypatch):
    from tests.consult.guard_eval import fifth_heldback, figures

    monkeypatch.setattr(figures, "INDEPENDENT_MODULES", ("no_such_part_a", "no_such_part_b"))
    assert "independent" not in figures.parts()
    # one module present (standing in for one of the independent part's writers)
    monkeypatch.setattr(figures, "INDEPENDENT_MODULES", ("fifth_heldback", "no_such_part_b"))
    assert figures.parts()["independent"] == fifth_heldback.POSTS
