"""Staff uploads: only the listed document types, within the size limit."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.forms import get_document_form
from wagtail.models import Collection

from consult.models import CountryDocument

pytestmark = pytest.mark.django_db


def _form(name, content=b"%PDF-1.4 leaflet", **data):
    form_class = get_document_form(CountryDocument)
    return form_class(
        data={"title": "Leaflet", "collection": Collection.get_first_root_node().pk, "language": "ar",
              "kind": "leaflet", **data},
        files={"file": SimpleUploadedFile(name, content)},
    )  # fmt: skip


def test_a_pdf_leaflet_in_arabic_is_accepted():
    form = _form("leaflet-ar.pdf")
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("name", ["leaflet.html", "logo.svg", "run.js", "macro.docm", "page.htm"])
def test_types_that_can_run_script_are_refused_with_a_message(name):
    form = _form(name, b"<script>alert(1)</script>")
    assert not form.is_valid()
    assert "file" in form.errors


def test_an_oversized_upload_is_refused_with_a_message(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    form = _form("big.pdf", b"%PDF" + b"0" * 2048)
    assert not form.is_valid()
    assert "file" in form.errors
