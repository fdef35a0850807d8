"""Use cases of exports: ask for one, build it (in a Celery task), list them.

``request_export`` is what views call; ``build_export`` is what the task
calls. The Export row and its outbox entry are written in one transaction,
so an export asked for is built even if the broker loses the message.
"""

import logging

from django.core.files.base import ContentFile
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from consult.outbox import schedule
from consult.refusals import Refusal, require

from ..models import Export
from . import content as contents
from . import rendering

logger = logging.getLogger(__name__)

PERMISSIONS = {
    Export.Kind.VERSION: "recommendations.export_version",
    Export.Kind.DIFF: "recommendations.export_diff",
    Export.Kind.REPORT: "recommendations.export_report",
}


class ExportRefused(Refusal):
    """The export cannot be made as asked (an unknown kind or format, a diff across documents, no round)."""


def permission_object(kind, version, base_version=None):
    """What the export's permission is asked about: the pair of versions of a diff, else the version."""
    return (base_version, version) if kind == Export.Kind.DIFF else version


def request_export(*, user, kind, format, version, base_version=None, language=None):
    """The export of ``version`` (a diff: from ``base_version`` to ``version``;
    a report: of the version's round) in ``format``, queued for building.

    Returns ``(export, created)``. The same request for unchanged content
    returns the existing export (the fingerprint is unique); a failed one is
    queued again. Raises ExportRefused for an unknown kind or format, a diff
    across documents or a version without a round, NotAllowed without the permission.
    """
    if kind not in contents.available_kinds():
        raise ExportRefused(_("Unknown kind of export."))
    if format not in Export.Format.values:
        raise ExportRefused(_("Unknown export format. Choose HTML, PDF, DOCX or Markdown."))
    round = None
    if kind == Export.Kind.DIFF:
        if base_version is None:
            raise ExportRefused(_("Choose the version to compare with."))
        if base_version.document_id != version.document_id:
            raise ExportRefused(_("Both versions must belong to the same document."))
        if base_version.pk == version.pk:
            raise ExportRefused(_("Choose two different versions."))
    else:
        base_version = None
    if kind == Export.Kind.REPORT:
        round = version.round_or_none
        if round is None:
            raise ExportRefused(_("This version had no consultation round, so there is no report."))
    require(user, PERMISSIONS[kind], permission_object(kind, version, base_version))

    language = language or translation.get_language() or "en"
    with translation.override(language):
        content = contents.content_for(kind, version=version, base_version=base_version, round=round)
    fingerprint = contents.fingerprint(
        kind=kind,
        format=format,
        language=language,
        version=version,
        base_version=base_version,
        round=round,
        content=content,
    )
    with transaction.atomic():
        export, created = Export.objects.select_for_update().get_or_create(
            fingerprint=fingerprint,
            defaults={
                "kind": kind,
                "format": format,
                "version": version,
                "base_version": base_version,
                "round": round,
                "language": language,
                "requested_by": user,
            },
        )
        if not created and export.status == Export.Status.FAILED:
            export.status = Export.Status.QUEUED
            export.attempt += 1
            export.error = ""
            export.save(update_fields=["status", "attempt", "error"])
            created = True
        if created:
            schedule(
                "recommendations.build_export",
                key=f"recommendations.export:{export.pk}:{export.attempt}",
                export_id=export.pk,
            )
    return export, created


def build_export(export_id):
    """Render one export and store its file.

    Safe to run twice: a done export is left alone. A rendering error marks
    the export failed with a short reason (asking again retries it); a
    database error propagates so the outbox retries the whole task.
    """
    export = (
        Export.objects.select_for_update(of=("self",))
        .select_related("version__document__country", "base_version", "round__version")
        .filter(pk=export_id)
        .first()
    )
    if export is None or export.status == Export.Status.DONE:
        return
    export.status = Export.Status.RUNNING
    try:
        with translation.override(export.language):
            content = contents.content_for(
                export.kind, version=export.version, base_version=export.base_version, round=export.round
            )
            data = rendering.render(export.kind, export.format, content)
    except DatabaseError:
        raise
    except Exception as error:  # any renderer failure is recorded on the export
        logger.exception("export %s failed", export.pk)
        export.status = Export.Status.FAILED
        export.error = f"{type(error).__name__}"[:500]
    else:
        export.file.save(export.download_name, ContentFile(data), save=False)
        export.size = len(data)
        export.status = Export.Status.DONE
        export.error = ""
    export.finished_at = timezone.now()
    export.save()


def exports_for_listing(version):
    """The exports of ``version`` (its own, the diffs ending at it, its
    report), newest first, each marked ``is_current`` when no newer export of
    the same subject and format exists. Two queries."""
    exports = list(Export.objects.filter(version=version).select_related("base_version")[:100])
    seen = set()
    for export in exports:
        export.version = version  # already loaded, with its document and editors
        if export.base_version is not None:
            export.base_version.document = version.document
        group = (export.kind, export.format, export.base_version_id, export.language)
        export.is_current = group not in seen
        seen.add(group)
    return exports
