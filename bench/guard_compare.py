"""Compare the guard's findings, post by post, between two trees.

    cd /work/wt/base  && python /path/to/bench/guard_compare.py --dump /tmp/before.json
    cd /work/wt/guard && python bench/guard_compare.py --dump /tmp/after.json
    python bench/guard_compare.py --compare /tmp/before.json /tmp/after.json

``--dump`` scans every post of every part of the evaluation corpus
(tests/consult/guard_eval: tuning with its legacy posts, held-back, selfmade
and the independent part when present) in its own language and in English,
and the two 20,000-character posts of ``bench/guard.py --speed`` in each
language of the corpus, with the tree of the current directory. Each finding
is kept whole: kind, span in the matching copy, masked excerpt, detail and
context.

The held-back and independent parts are never to be read while tuning, so
their findings are written as a digest per post, not as text: a difference
there is counted and its post's number given, never its text.
"""

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

# the tree to measure is the current directory's (run from /work/wt/base for the baseline)
sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

SEALED = ("heldback", "independent")


def _findings(guard, text, language, spans):
    spans.clear()
    items = guard.scan(text, language, listed_words=["bench-listed-word"])
    # the span of each finding as it was added (None for one the scan dropped as seen already)
    return [
        [item.kind, item.excerpt, str(item.detail), item.context, spans.get((item.kind, item.excerpt))]
        for item in items
    ]


def dump(path):
    import django

    django.setup()
    from consult.moderation import guard
    from tests.consult.guard_eval import is_ordinary
    from tests.consult.guard_eval.figures import parts

    spans = {}
    original_add = guard._Findings.add

    def recording_add(self, kind, matched, detail="", span=None):
        key = (kind, guard._mask(matched))
        spans.setdefault(key, list(span) if span is not None else None)
        return original_add(self, kind, matched, detail, span)

    guard._Findings.add = recording_add
    available = parts()
    result = {"tree": os.getcwd(), "parts": {}}
    languages = set()
    for name, posts in available.items():
        rows = []
        for language, kind, text in posts:
            languages.add(language)
            row = {lang: _findings(guard, text, lang, spans) for lang in dict.fromkeys((language, "en"))}
            if name in SEALED:
                row = hashlib.sha256(json.dumps(row, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
            else:
                row = {"language": language, "kind": kind, "text": text, "findings": row}
            rows.append(row)
        result["parts"][name] = rows
    ordinary = "\n\n".join(text for _, kind, text in available["tuning"] + available["heldback"] if is_ordinary(kind))
    dense = "\n\n".join(text for _, kind, text in available["tuning"] if not is_ordinary(kind))
    long_posts = []
    for label, source in (("long ordinary post", ordinary), ("dense identifiers", dense)):
        text = (source * (20000 // len(source) + 1))[:20000]
        for language in sorted(languages):
            long_posts.append(
                hashlib.sha256(
                    json.dumps(_findings(guard, text, language, spans), ensure_ascii=False).encode()
                ).hexdigest()
                + f" {label} [{language}] {len(_findings(guard, text, language, spans))} findings"
            )
    result["parts"]["speed posts"] = long_posts
    Path(path).write_text(json.dumps(result, ensure_ascii=False))
    total = sum(len(rows) for rows in result["parts"].values())
    print(f"{total} posts scanned in {os.getcwd()}, written to {path}")


def compare(before_path, after_path):
    before = json.loads(Path(before_path).read_text())
    after = json.loads(Path(after_path).read_text())
    print(f"before: {before['tree']}\nafter:  {after['tree']}")
    differing_total = 0
    for name in sorted(set(before["parts"]) | set(after["parts"])):
        old, new = before["parts"].get(name), after["parts"].get(name)
        if old is None or new is None or len(old) != len(new):
            print(f"  {name}: present in one tree only or of another length")
            differing_total += 1
            continue
        differing = [index for index, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        findings = sum(len(scan) for row in new if isinstance(row, dict) for scan in row["findings"].values())
        shown = f", {findings} findings" if findings else ""
        print(f"  {name:12} {len(new):5} posts{shown}: {len(differing)} differ")
        differing_total += len(differing)
        for index in differing[:20]:
            if name in SEALED:
                print(f"      post {index} differs (sealed part: not shown)")
            elif isinstance(new[index], dict):
                print(f"      [{new[index]['language']}] {new[index]['text'][:120]}")
                for language in new[index]["findings"]:
                    print(f"        {language} before: {old[index]['findings'][language]}")
                    print(f"        {language} after:  {new[index]['findings'][language]}")
            else:
                print(f"      before {old[index]}\n      after  {new[index]}")
    print("identical" if not differing_total else f"{differing_total} DIFFERENCES")
    return differing_total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", metavar="FILE")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)


if __name__ == "__main__":
    main()
