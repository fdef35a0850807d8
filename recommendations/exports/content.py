"""What exports are made of: the plain values every renderer reads.

Three kinds of subject (a version, the changes between two versions, a
round's consultation report), each first gathered into plain values
(``*Content``): that is what the export's fingerprint hashes and what every
renderer (``to_html``, ``to_pdf``, ``to_docx``, ``to_markdown``) reads, so the
file and the fingerprint can never disagree.

Privacy: a report's authors appear as "Participant 1, 2, …" (numbered in the
order they first appear, sector and country kept) unless their profile says
``named_in_exports``; feedback that is held or hidden is dropped here
whatever the report gave us.
"""

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from consult.models import Profile

from ..merging.diffing import ClauseSnapshot, snapshots
from ..merging.report import consultation_report
from ..models import Build, ClauseChange, Export, Feedback

# Bump when the renderers change what they write: every fingerprint changes,
# so old files are not handed out as if they were current.
RENDERER_REVISION = 2


def available_kinds():
    """The export kinds that can be built (the report needs the report builder)."""
    kinds = [Export.Kind.VERSION, Export.Kind.DIFF]
    if consultation_report is not None:
        kinds.append(Export.Kind.REPORT)
    return kinds


# --- what an export is made of ---------------------------------------------------


@dataclass
class Header:
    document_title: str
    scope: str
    version_number: int
    version_status: str
    base_version_number: int | None = None


@dataclass
class VersionContent:
    header: Header
    clauses: list[ClauseSnapshot]


@dataclass
class DiffContent:
    header: Header
    old: list[ClauseSnapshot]
    new: list[ClauseSnapshot]
    # Who made the changes and when (a Word revision's w:author and w:date):
    # the editor who started the newest build between the two versions.
    author: str = "PROTECT"
    date: str = ""
    # The decisions behind each change, by clause key, authors anonymised as the report does.
    reasons: dict = field(default_factory=dict)


@dataclass
class ReportContent:
    header: Header
    report: object  # a recommendations.merging.report.ConsultationReport, pseudonymised


def header_of(version, base_version=None):
    document = version.document
    return Header(
        document_title=document.title,
        scope=str(document.country) if document.country_id else _("EU-wide"),
        version_number=version.number,
        version_status=str(version.get_status_display()),
        base_version_number=base_version.number if base_version else None,
    )


def version_content(version):
    return VersionContent(header=header_of(version), clauses=snapshots(version))


def diff_content(base_version, version):
    author, date, reasons = change_reasons(base_version, version)
    return DiffContent(
        header=header_of(version, base_version),
        old=snapshots(base_version),
        new=snapshots(version),
        author=author,
        date=date,
        reasons=reasons,
    )


def change_reasons(base_version, version):
    """``(author, date, reasons)`` of the builds between two versions: the
    editor who started the newest build, when it finished, and for each
    changed clause (by key) the decisions on the visible feedback that caused
    the change, "amendment from Participant 4 (decision: accepted): reason". Three queries."""
    low, high = sorted((base_version.number, version.number))
    builds = list(
        Build.objects.filter(
            status=Build.Status.DONE,
            result_version__document_id=version.document_id,
            result_version__number__gt=low,
            result_version__number__lte=high,
        )
        .select_related("started_by__profile", "result_version")
        .order_by("-result_version__number")
    )
    newest = builds[0] if builds else None
    if newest is not None and newest.started_by is not None:
        profile = getattr(newest.started_by, "profile", None)
        author = profile.public_name if profile is not None else newest.started_by.get_username()
    else:
        author = "PROTECT"
    when = (newest.finished_at if newest is not None else None) or version.frozen_at or version.created_at
    changes = (
        ClauseChange.objects.filter(build__in=builds)
        .exclude(change=ClauseChange.Change.UNCHANGED)
        .prefetch_related(
            Prefetch("feedback", queryset=Feedback.objects.for_report().select_related("author__profile"))
        )
        .order_by("version__number", "pk")
    )
    kinds, decisions = dict(Feedback.Kind.choices), dict(Feedback.Decision.choices)
    numbers, reasons = {}, {}
    for change in changes:
        for item in sorted(change.feedback.all(), key=lambda f: f.pk):
            profile = getattr(item.author, "profile", None)
            if profile is not None and profile.named_in_exports and profile.display_name:
                name = profile.public_name
            else:
                number = numbers.setdefault(item.author_id, len(numbers) + 1)
                name = _("Participant %(number)s") % {"number": number}
            text = _("%(kind)s from %(author)s (decision: %(decision)s)") % {
                "decision": decisions.get(item.decision, item.decision),
                "kind": kinds.get(item.kind, item.kind),
                "author": name,
            }
            if item.decision_reason:
                text += f": {item.decision_reason}"
            reasons.setdefault(str(change.clause_key), []).append(str(text))
    return str(author), when.isoformat() if when else "", reasons


def report_content(round):
    if consultation_report is None:
        raise LookupError("The consultation report is not available in this installation.")
    report = consultation_report(round)
    return ReportContent(header=header_of(round.version), report=pseudonymised(report, round=round))


def content_for(kind, *, version, base_version=None, round=None):
    if kind == Export.Kind.VERSION:
        return version_content(version)
    if kind == Export.Kind.DIFF:
        return diff_content(base_version, version)
    return report_content(round)


def content_hash(content):
    """sha256 of the content as canonical JSON."""
    data = json.dumps(dataclasses.asdict(content), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def fingerprint(*, kind, format, language, version, base_version=None, round=None, content):
    parts = [
        f"r{RENDERER_REVISION}",
        kind,
        format,
        language,
        str(version.pk),
        str(base_version.pk if base_version else ""),
        str(round.pk if round else ""),
        content_hash(content),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


# --- privacy ----------------------------------------------------------------------


def pseudonymised(report, *, round):
    """The report with held and hidden feedback dropped and every author who
    did not choose to be named shown as "Participant N" (N in order of first
    appearance: clauses first, then the whole-document feedback)."""
    items = [item for clause in report.clauses for item in clause.items] + list(report.document_items)
    visible = set(
        Feedback.objects.filter(round=round, pk__in=[item.feedback_id for item in items])
        .for_report()
        .values_list("pk", flat=True)
    )
    named = dict(
        Profile.objects.filter(user_id__in={item.author_id for item in items}, named_in_exports=True)
        .exclude(status=Profile.Status.DELETED)
        .exclude(display_name="")
        .values_list("user_id", "display_name")
    )
    numbers = {}

    def shown(item):
        if item.author_id in named:
            author = named[item.author_id]
        else:
            number = numbers.setdefault(item.author_id, len(numbers) + 1)
            author = _("Participant %(number)s") % {"number": number}
        # author_id is dropped too: the file must not let anyone join pseudonyms to accounts.
        return dataclasses.replace(item, author_display=author, author_id=0)

    clauses = [
        dataclasses.replace(clause, items=[shown(item) for item in clause.items if item.feedback_id in visible])
        for clause in report.clauses
    ]
    document_items = [shown(item) for item in report.document_items if item.feedback_id in visible]
    return dataclasses.replace(report, clauses=clauses, document_items=document_items)


def change_labels():
    """What the build did to a clause, in words, by ClauseChange value."""
    return {
        "unchanged": _("Unchanged"),
        "changed": _("Changed"),
        "added": _("Added"),
        "removed": _("Removed"),
        "moved": _("Moved"),
        "": "",
    }


def summary_sentence(counts):
    """The diff summary as one sentence."""
    return _(
        "Changed: %(changed)s, added: %(added)s, removed: %(removed)s, moved: %(moved)s, unchanged: %(unchanged)s."
    ) % {
        "changed": counts["changed"],
        "added": counts["added"],
        "removed": counts["removed"],
        "moved": counts["moved_total"],
        "unchanged": counts["unchanged"],
    }
