import pytest
from django.db import connection

from tests.conftest import IN_CI

pytestmark = pytest.mark.django_db


def test_ci_runs_on_postgresql():
    if not IN_CI:
        pytest.skip("only CI promises PostgreSQL")
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000


def test_the_sqlite_default_opens_its_file_in_write_ahead_logging_mode(tmp_path):
    """The embedded default shares one SQLite file between web, worker and beat."""
    from django.db.backends.sqlite3.base import DatabaseWrapper

    from config.settings.base import sqlite_database

    wrapper = DatabaseWrapper({**connection.settings_dict, **sqlite_database(tmp_path / "wal.sqlite3")})
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
    finally:
        wrapper.close()
