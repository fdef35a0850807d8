"""The backup drill: a seeded platform is backed up, restored into another
database and other folders, and the restored platform is the same."""

import hashlib
from pathlib import Path

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.db import connection

from consult.models import CountryDocument
from consult.operations.backup import MANIFEST, BackupError, create_backup, restore_backup
from home.models import HomePage
from recommendations.models import Clause, DocumentVersion, Export
from tests.conftest import require, seed_site

pytestmark = pytest.mark.integration

# What "the same platform" means: these rows, column by column.
COMPARED = {
    "pages": ("wagtailcore_page", "id, path, url_path, title, live, content_type_id, locale_id", "id"),
    "page revisions": ("wagtailcore_revision", "id, object_id, content::text", "id"),
    "documents": (CountryDocument._meta.db_table, "id, title, file, file_hash", "id"),
    "versions": (DocumentVersion._meta.db_table, "id, document_id, number, status", "id"),
    "clause keys": (Clause._meta.db_table, "version_id, position, key, text", "version_id, position"),
    "exports": (Export._meta.db_table, "fingerprint, status, file, size", "fingerprint"),
}


def url_of(name):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = f"{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}"
    return f"postgres://{db.get('USER') or 'postgres'}{password}@{host}/{name}"


def rows(url, query):
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
        return conn.execute(query).fetchall()


def files_under(folder):
    folder = Path(folder)
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def restore_database(transactional_db):
    require(connection.vendor == "postgresql", "PostgreSQL (DATABASE_URL=postgres://...)")
    name = f"{connection.settings_dict['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield url_of(name)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def seeded_platform(restore_database, settings):
    """Pages, a document, two versions of a recommendation and an export with its file."""
    from tests.recommendations.versions import known_versions

    if not HomePage.objects.exists():  # an earlier transactional test emptied the tables
        seed_site(translations=False)
    HomePage.objects.first().save_revision()  # the seed makes pages without revisions after a flush
    CountryDocument.objects.create(title="Leaflet", file=ContentFile(b"%PDF-1.4 leaflet", name="leaflet.pdf"))
    v1, v2 = known_versions()
    export = Export(kind="diff", format="md", version=v2, base_version=v1, fingerprint="f" * 64, status="done")
    export.file.save("changes.md", ContentFile(b"# Changes\n"), save=True)
    return settings


def test_a_backup_restores_the_same_platform_elsewhere(seeded_platform, restore_database, tmp_path):
    settings = seeded_platform
    source_url = url_of(connection.settings_dict["NAME"])
    folder = create_backup(tmp_path / "backups")
    assert {path.name for path in folder.iterdir()} == {MANIFEST, "database.dump", "media.tar", "private.tar"}

    manifest = restore_backup(
        folder, database_url=restore_database, media_root=tmp_path / "media2", private_root=tmp_path / "private2"
    )

    assert manifest["rows"]["recommendations.Clause"] >= 12
    for what, (table, columns, order) in COMPARED.items():
        query = f"SELECT {columns} FROM {table} ORDER BY {order}"  # noqa: S608 (names from this module)
        original = rows(source_url, query)
        assert original, f"nothing to compare in {what}"
        assert rows(restore_database, query) == original, what
    assert files_under(tmp_path / "media2") == files_under(settings.MEDIA_ROOT)
    assert files_under(tmp_path / "private2") == files_under(settings.PRIVATE_MEDIA_ROOT)
    assert any(name.endswith("changes.md") for name in files_under(tmp_path / "private2"))

    with pytest.raises(BackupError, match="not empty"):
        restore_backup(
            folder, database_url=restore_database, media_root=tmp_path / "media3", private_root=tmp_path / "p3"
        )


def test_a_damaged_backup_is_refused_before_anything_is_restored(seeded_platform, restore_database, tmp_path):
    folder = create_backup(tmp_path / "backups")
    with open(folder / "media.tar", "r+b") as archive:
        archive.seek(600)
        archive.write(b"X")
    with pytest.raises(BackupError, match=r"media\.tar"):
        restore_backup(folder, database_url=restore_database, media_root=tmp_path / "m", private_root=tmp_path / "p")
    assert rows(restore_database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
