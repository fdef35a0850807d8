"""Exports of a version, of a diff between two versions, and of a round's
consultation report, as files built by a Celery task.

Files live under ``settings.PRIVATE_MEDIA_ROOT``, never under MEDIA_ROOT: no
web server serves them; ``recommendations:export_download`` does, after a
permission check. The ``fingerprint`` (kind, format, subject, language and a
hash of the content) is unique, so the same request twice gets the same
export, and a changed subject gets a new one.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class PrivateExportStorage(FileSystemStorage):
    """FileSystemStorage under PRIVATE_MEDIA_ROOT (read on every use, so
    tests can point it at a temporary folder). Files have no public URL."""

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Exports have no public URL; use the download view.")


def private_export_storage():
    return PrivateExportStorage()


def export_path(export, filename):
    return f"exports/{timezone.now():%Y/%m}/{export.fingerprint[:16]}-{filename}"


class Export(models.Model):
    class Kind(models.TextChoices):
        VERSION = "version", _("version")
        DIFF = "diff", _("changes between two versions")
        REPORT = "report", _("consultation report")

    class Format(models.TextChoices):
        HTML = "html", "HTML"
        PDF = "pdf", "PDF"
        DOCX = "docx", _("Word (DOCX)")
        MARKDOWN = "md", "Markdown"

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("being built")
        DONE = "done", _("ready")
        FAILED = "failed", _("failed")

    CONTENT_TYPES = {
        Format.HTML: "text/html; charset=utf-8",
        Format.PDF: "application/pdf",
        Format.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Format.MARKDOWN: "text/markdown; charset=utf-8",
    }

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    format = models.CharField(_("format"), max_length=5, choices=Format.choices)
    # The version exported; for a diff the newer side, for a report the round's version.
    version = models.ForeignKey("recommendations.DocumentVersion", on_delete=models.CASCADE, related_name="exports")
    # A diff: the version compared against (the older side).
    base_version = models.ForeignKey(
        "recommendations.DocumentVersion", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # A report: the round reported on.
    round = models.ForeignKey(
        "recommendations.ConsultationRound", on_delete=models.CASCADE, null=True, blank=True, related_name="exports"
    )
    language = models.CharField(max_length=10, default="en")
    # sha256 of what the file is made from; requesting the same export again finds this row.
    fingerprint = models.CharField(max_length=64, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    # Each retry of a failed export is a new outbox entry (its key carries the attempt).
    attempt = models.PositiveSmallIntegerField(default=1)
    file = models.FileField(storage=private_export_storage, upload_to=export_path, max_length=255, blank=True)
    size = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="diff") | Q(base_version__isnull=False), name="export_diff_has_base_version"
            ),
            models.CheckConstraint(
                condition=~Q(kind="report") | Q(round__isnull=False), name="export_report_has_round"
            ),
        ]

    def __str__(self):
        return f"Export #{self.pk} ({self.kind}, {self.format})"

    @property
    def is_ready(self):
        return self.status == self.Status.DONE and bool(self.file)

    @property
    def content_type(self):
        return self.CONTENT_TYPES[self.format]

    @property
    def download_name(self):
        """``sop-recommendations-v2.pdf``, ``…-v1-v2-changes.docx``, ``…-v1-report.md``."""
        stem = slugify(self.version.document.title)[:60] or "document"
        if self.kind == self.Kind.DIFF:
            stem += f"-v{self.base_version.number}-v{self.version.number}-changes"
        elif self.kind == self.Kind.REPORT:
            stem += f"-v{self.version.number}-report"
        else:
            stem += f"-v{self.version.number}"
        return f"{stem}.{self.format}"
