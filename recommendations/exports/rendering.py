"""The bytes of an export file, by format."""

from ..models import Export
from .to_docx import render_docx
from .to_html import render_html
from .to_markdown import render_markdown_export
from .to_pdf import render_pdf


def render(kind, format, content):
    """The file's bytes for one (kind, format)."""
    if format == Export.Format.HTML:
        return render_html(kind, content).encode()
    if format == Export.Format.PDF:
        return render_pdf(kind, content)
    if format == Export.Format.DOCX:
        return render_docx(kind, content)
    if format == Export.Format.MARKDOWN:
        return render_markdown_export(kind, content)
    raise ValueError(f"unknown export format {format!r}")
