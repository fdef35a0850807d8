"""An ambassador's photo is resized by a worker once it may be shown, not in
the first visitor's request (consult/renditions.py)."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Locale

from consult.models import Ambassador, Country, OutboxEntry
from consult.renditions import AMBASSADOR_PHOTO

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = io.BytesIO()
    PillowImage.new("RGB", (1200, 900), (90, 140, 200)).save(data, "JPEG")
    return get_image_model().objects.create(title="Amal", file=ImageFile(data, name="amal.jpg"))


def ambassador(photo, *, consent):
    return Ambassador.objects.create(
        country=Country.objects.get(code="NL"),
        locale=Locale.get_default(),
        display_name="Amal",
        photo=photo,
        photo_consent_recorded_at=timezone.now() if consent else None,
    )


def test_the_photo_is_resized_by_the_worker_once_consent_is_recorded(photo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ambassador(photo, consent=True)

    rendition = photo.renditions.get()
    assert rendition.filter_spec == AMBASSADOR_PHOTO
    assert (rendition.width, rendition.height) == (160, 160)
    assert OutboxEntry.objects.get(task_name="consult.prepare_renditions").state == OutboxEntry.State.DONE


def test_without_consent_nothing_is_made_and_saving_again_schedules_nothing_new(
    photo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = ambassador(photo, consent=False)
    assert not photo.renditions.exists()
    assert not OutboxEntry.objects.filter(task_name="consult.prepare_renditions").exists()

    with django_capture_on_commit_callbacks(execute=True):
        person.photo_consent_recorded_at = timezone.now()
        person.save()
        person.region = "Utrecht"
        person.save()
    assert OutboxEntry.objects.filter(task_name="consult.prepare_renditions").count() == 1
    assert photo.renditions.count() == 1


def test_the_country_page_finds_the_rendition_made_and_makes_none(client, photo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ambassador(photo, consent=True)
    made = photo.renditions.get()

    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/countries/nl/").content.decode()

    assert made.url in html
    assert photo.renditions.count() == 1
    assert not [q for q in queries.captured_queries if q["sql"].startswith("INSERT") and "rendition" in q["sql"]]


def test_the_country_page_asks_for_the_size_the_worker_makes():
    source = (Path(settings.BASE_DIR) / "templates/home/country_page.html").read_text()
    assert f"{{% image ambassador.public_photo {AMBASSADOR_PHOTO} " in source
