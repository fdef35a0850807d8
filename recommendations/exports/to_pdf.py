"""PDF exports: the HTML export through weasyprint, with its print stylesheet.

weasyprint is imported inside the functions: importing it takes about 1.6 s
(pango and cairo through cffi), which only the worker that renders a PDF
should pay, not every web process and test run that loads this app.
"""

from .to_html import render_html


def local_only_url_fetcher():
    """weasyprint's fetcher limited to ``data:`` URLs: rendering never reaches
    the network or the file system, whatever a clause links to."""
    from weasyprint.urls import URLFetcher  # slow import, see the module docstring

    return URLFetcher(allowed_protocols=("data",), timeout=1)


def render_pdf(kind, content):
    from weasyprint import HTML  # slow import, see the module docstring

    return HTML(string=render_html(kind, content), url_fetcher=local_only_url_fetcher()).write_pdf()
