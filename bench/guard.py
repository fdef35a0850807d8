"""The personal-data guard's figures on its evaluation corpus, and its speed.

    python bench/guard.py                 # tuning part, held-back part, speed
    python bench/guard.py --part tuning   # one part only
    python bench/guard.py --misses --part tuning   # the posts it got wrong (tuning or selfmade only)
    python bench/guard.py --speed         # the speed only

Prints, per part: the share of identifying posts held (detection) per kind
and per language, and the share of ordinary posts held (false positives)
per language and theme. The held-back part was written before the guard was
rebuilt, and the independent part (the thirteenth, present only once it is
written) by writers who never read the guard; never tune on their misses
(--misses refuses to list them).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from consult.moderation import guard  # noqa: E402
from tests.consult.guard_eval import KINDS, is_ordinary  # noqa: E402
from tests.consult.guard_eval.figures import measure, parts  # noqa: E402


def _rate(held, total):
    return f"{held}/{total} {100 * held / total:5.1f} %" if total else "-"


def print_part(name, posts):
    result = measure(posts)
    print(f"\n== {name}: {len(posts)} posts ==")
    print(f"identifying held: {_rate(*result.identifying)}    ordinary held: {_rate(*result.ordinary)}")
    print("\nper kind (identifying posts held):")
    for kind in [*KINDS, *sorted(set(result.by_kind) - set(KINDS))]:
        if kind in result.by_kind:
            print(f"  {kind:15} {_rate(*result.by_kind[kind])}")
    print("\nper language:  identifying held | ordinary held")
    for language in sorted(result.by_language):
        ident, ordinary = result.by_language[language]
        print(f"  {language:4} {_rate(*ident):>20} | {_rate(*ordinary)}")
    print("\nordinary posts held, per theme:")
    for theme in sorted(result.by_theme):
        print(f"  {theme:22} {_rate(*result.by_theme[theme])}")
    return result


def print_misses(posts):
    for language, kind, text in posts:
        findings = guard.scan(text, language, listed_words=[])
        if is_ordinary(kind) and findings:
            print(f"FALSE POSITIVE [{language}] {text}\n    -> {[(f.kind, f.excerpt) for f in findings]}")
        elif not is_ordinary(kind) and not findings:
            print(f"MISS [{language}/{kind}] {text}")


def speed():
    """CPU time (the process's own, so other load on a shared machine does
    not count) and wall time of 20 scans of 20,000-character posts: a realistic
    long post (all ordinary posts of the corpus, repeated) and a dense one
    (every identifying post of the tuning part, repeated)."""
    ordinary = "\n\n".join(text for _, kind, text in parts()["tuning"] + parts()["heldback"] if is_ordinary(kind))
    dense = "\n\n".join(text for _, kind, text in parts()["tuning"] if not is_ordinary(kind))
    print("\n== speed (20,000 characters, 20 runs) ==")
    for label, source in (("long ordinary post", ordinary), ("dense identifiers", dense)):
        text = (source * (20000 // len(source) + 1))[:20000]
        guard.scan(text, "en", listed_words=[])
        cpu, wall = [], []
        for _ in range(20):
            started, started_cpu = time.perf_counter(), time.process_time()
            guard.scan(text, "en", listed_words=[])
            cpu.append((time.process_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
        print(
            f"  {label:20} CPU median {statistics.median(cpu):6.1f} ms, worst {max(cpu):6.1f} ms"
            f"   (wall clock median {statistics.median(wall):6.1f} ms on this machine's load)"
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=["tuning", "heldback", "selfmade", "independent"])
    parser.add_argument("--speed", action="store_true", help="only the speed (no part's figures)")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    available = parts()
    if args.speed:
        speed()
        return
    if args.misses:
        args.part = args.part or "tuning"
        if args.part not in ("tuning", "selfmade"):
            sys.exit("The held-back parts are not for tuning: only their figures are reported.")
        print_misses(available[args.part])
        return
    if args.part and args.part not in available:
        sys.exit(f"There is no {args.part} part yet (its modules are not in tests/consult/guard_eval).")
    for name in (
        [args.part]
        if args.part
        else [name for name in ("tuning", "heldback", "selfmade", "independent") if name in available]
    ):
        print_part(name, available[name])
    if not args.part:
        speed()


if __name__ == "__main__":
    main()
