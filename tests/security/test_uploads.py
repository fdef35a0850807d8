"""Uploaded files never run as script on the site's origin.

Documents are served only through Wagtail's view (WAGTAILDOCS_SERVE_METHOD
= "serve_view"): attachment for every type but PDF, with
``X-Content-Type-Options: nosniff`` and ``Content-Security-Policy:
default-src 'none'``; the site itself never serves MEDIA_ROOT.
"""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from tests.consult.factories import administrator

pytestmark = pytest.mark.django_db

SCRIPT = b"<html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'


@pytest.mark.parametrize(
    ("name", "content"),
    [("leaflet.html", SCRIPT), ("leaflet.htm", SCRIPT), ("flyer.svg", SVG), ("report.xhtml", SCRIPT)],
)
def test_the_document_upload_form_refuses_html_and_svg(name, content):
    Form = get_document_form(get_document_model())
    form = Form(
        data={"title": "Leaflet", "language": "en", "kind": "leaflet", "collection": 1},
        files={"file": SimpleUploadedFile(name, content)},
        user=administrator(),
    )
    assert not form.is_valid()
    assert "file" in form.errors
    assert "is not allowed" in " ".join(form.errors["file"])


@pytest.mark.parametrize("name", ["photo.svg", "photo.html"])
def test_the_image_upload_form_refuses_svg_and_html(name):
    Form = get_image_form(get_image_model())
    form = Form(
        data={"title": "Photo", "collection": 1},
        files={"file": SimpleUploadedFile(name, SVG)},
        user=administrator(),
    )
    assert not form.is_valid()
    assert "file" in form.errors


def _document(name, content):
    return get_document_model().objects.create(title="Disguised", file=ContentFile(content, name=name))


@pytest.mark.parametrize(
    ("name", "content_type", "disposition"),
    [
        ("leaflet.txt", "text/plain", "attachment"),  # HTML in a .txt: downloaded, and text if opened
        ("leaflet.pdf", "application/pdf", "inline"),
        ("leaflet.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment"),
        ("subtitles.vtt", "text/vtt", "attachment"),
        ("film.mp4", "video/mp4", "attachment"),
    ],
)
def test_html_disguised_as_an_allowed_document_is_served_inert(client, name, content_type, disposition):
    document = _document(name, SCRIPT)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] == content_type
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_the_site_never_serves_the_media_folder_itself(client, settings):
    document = _document("leaflet.txt", SCRIPT)
    assert (settings.MEDIA_ROOT / document.file.name).exists()
    response = client.get(settings.MEDIA_URL + document.file.name)
    assert response.status_code == 404
    assert b"<script>" not in response.content
