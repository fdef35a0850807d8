"""Exports of a version, of the changes between two versions and of a consultation
report, as HTML, PDF, DOCX and Markdown files built by a worker."""
