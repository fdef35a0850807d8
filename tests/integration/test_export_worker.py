"""A real Celery worker builds an export asked for in a transaction."""

import pytest
from django.db import transaction

from consult.models import Country
from recommendations.exports.services import request_export
from recommendations.models import Export
from tests.consult.factories import member
from tests.recommendations.versions import ADDED_TEXT, known_versions
from tests.recommendations.word_files import revisions

from .conftest import wait_for

pytestmark = pytest.mark.integration


@pytest.fixture
def worker_shares_private_media(monkeypatch, settings):
    """The worker process writes its files where this test reads them."""
    monkeypatch.setenv("PRIVATE_MEDIA_ROOT", str(settings.PRIVATE_MEDIA_ROOT))


def test_a_worker_builds_a_diff_export_asked_for_in_a_transaction(worker_shares_private_media, celery_worker_process):
    process, _mail = celery_worker_process
    if not Country.objects.filter(code="NL").exists():  # a transactional test before this one emptied the tables
        from consult.demo import seed_countries

        seed_countries()
    v1, v2 = known_versions()
    with transaction.atomic():
        export, created = request_export(user=member(("NL",)), kind="diff", format="docx", version=v2, base_version=v1)
    assert created

    done = wait_for(lambda: Export.objects.get(pk=export.pk).status in (Export.Status.DONE, Export.Status.FAILED))
    if not done:
        process.terminate()
        pytest.fail("the worker did not build the export within 60 s:\n" + process.communicate(timeout=20)[0])
    export.refresh_from_db()
    assert export.status == Export.Status.DONE, export.error
    with export.file.open("rb") as handle:
        changes = revisions(handle.read())
    assert ("ins", ADDED_TEXT) in [(kind, text) for kind, _author, _date, text in changes]  # a tracked insertion
