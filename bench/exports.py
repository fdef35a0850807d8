"""Time the export renderers on a 500-clause document (no database needed):
each (kind, format) with its wall time and the process's peak memory.

    DJANGO_SETTINGS_MODULE=config.settings.test python bench/exports.py [--clauses 500] [--items 2000]

The renderers read plain values (recommendations.exports.content's *Content), so
this measures rendering alone; the queries that gather a version are two.
"""

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from recommendations.exports import content as exporting  # noqa: E402
from recommendations.exports.rendering import render  # noqa: E402
from recommendations.merging.diffing import ClauseSnapshot  # noqa: E402
from recommendations.merging.report import ConsultationReport, ReportClause, ReportItem  # noqa: E402

SENTENCE = (
    "Staff who receive a disclosure of sexual violence refer the person, with their consent, to the nearest "
    "sexual assault centre and offer an interpreter of the gender the person chooses."
)


def versions(count):
    old, new = [], []
    for i in range(count):
        heading = i % 10 == 0
        text = f"Section {i // 10 + 1}" if heading else f"{SENTENCE} ({i})"
        kind = "heading" if heading else "paragraph"
        clause = ClauseSnapshot(key=f"k{i}", text=text, kind=kind, number=str(i + 1))
        old.append(clause)
        if i % 7 == 3:
            continue  # removed
        changed = text.replace("nearest", "nearest specialist") if i % 3 == 1 else text
        new.append(ClauseSnapshot(key=f"k{i}", text=changed, kind=kind, number=str(i + 1)))
    new.insert(5, new.pop(len(new) // 2))  # one moved
    new.append(ClauseSnapshot(key="added", text=SENTENCE, number=str(count + 1)))
    return old, new


def report(clauses, items):
    per_clause = max(1, items // len(clauses))
    rows = []
    for i, clause in enumerate(clauses):
        entries = [
            ReportItem(i * 100 + j, j, f"Participant {j + 1}", "Medical", "Greece", "comment", "comment",
                 SENTENCE, "", "", "accepted", "accepted", "Agreed with the partners.", j)
            for j in range(per_clause)
        ]  # fmt: skip
        rows.append(ReportClause(clause.key, clause.number, clause.kind, clause.text, "changed", clause.text, entries,
                           {"comment": per_clause}))  # fmt: skip
    return ConsultationReport(1, "SOP", 1, 2, rows, [])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clauses", type=int, default=500)
    parser.add_argument("--items", type=int, default=2000)
    args = parser.parse_args()
    old, new = versions(args.clauses)
    header = exporting.Header("Benchmark SOP", "Greece", 2, "final", 1)
    contents = {
        "version": exporting.VersionContent(header, new),
        "diff": exporting.DiffContent(header, old, new),
        "report": exporting.ReportContent(header, report(old, args.items)),
    }
    print(f"{args.clauses} clauses, report with {args.items} items")
    print(f"{'kind':8} {'format':6} {'seconds':>8} {'size KB':>8} {'peak RSS MB':>12}")
    for kind, content in contents.items():
        for format in ("html", "md", "docx", "pdf"):
            started = time.perf_counter()
            data = render(kind, format, content)
            elapsed = time.perf_counter() - started
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{kind:8} {format:6} {elapsed:8.2f} {len(data) / 1024:8.0f} {peak:12.0f}")


if __name__ == "__main__":
    main()
