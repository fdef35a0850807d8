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
from dataclasses import dataclass

from django.utils.translation import gettext as _

from consult.models import Profile

from ..merging.diffing import ClauseSnapshot, snapshots
from ..merging.report import consultation_report
from ..models import Export, Feedback

# Bump when the renderers change what they write: every fingerprint changes,
# so old files are not handed out as if they were current.
RENDERER_REVISION = 1


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


@dataclass
class ReportContent:
    header: Header
    report: object  # a recommendations.merging.report.ConsultationReport, pseudonymised


def header_of(version, base_version=None):
    document = version.document
    return Header(
        document_title=document.title,
        scope=document.country.name if document.country_id else _("EU-wide"),
        version_number=version.number,
        version_status=str(version.get_status_display()),
        base_version_number=base_version.number if base_version else None,
    )


def version_content(version):
    return VersionContent(header=header_of(version), clauses=snapshots(version))


def diff_content(base_version, version):
    return DiffContent(header=header_of(version, base_version), old=snapshots(base_version), new=snapshots(version))


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
        .visible()
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
    return _("%(changed)s changed, %(added)s added, %(removed)s removed, %(moved)s moved, %(unchanged)s unchanged.") % {
        "changed": counts["changed"],
        "added": counts["added"],
        "removed": counts["removed"],
        "moved": counts["moved_total"],
        "unchanged": counts["unchanged"],
    }
