"""Backups that restore: the database, the media and the private exports,
with a manifest of checksums, and the restore into an empty place.

A backup is one folder::

    protect-backup-20250101T030000Z/
      manifest.json     format, time, versions, migrations, files and their
                        SHA-256, row counts to check a restore against
      database.dump     pg_dump --format=custom (PostgreSQL), or
      database.sqlite3  SQLite's online backup (the embedded default)
      media.tar         MEDIA_ROOT: documents, images, subtitles
      private.tar       PRIVATE_MEDIA_ROOT: exports of recommendations

The restore checks every checksum before it touches anything, refuses a
database that has tables or folders that have files, restores, then counts
the rows again against the manifest. What a backup does not hold (Redis,
the broker's messages, secrets, the static files) is listed in README.md,
"Backups".
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "protect-backup/1"
MANIFEST = "manifest.json"
# Rows counted into the manifest and checked after a restore (model labels;
# a label whose model does not exist is skipped).
COUNTED_MODELS = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "consult.CountryDocument",
    "wagtailimages.Image",
    "consult.User",
    "consult.AuditLogEntry",
    "recommendations.RecommendationDocument",
    "recommendations.DocumentVersion",
    "recommendations.Clause",
    "recommendations.Feedback",
    "recommendations.Export",
    "forums.Post",
]


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def database_of(url=None):
    """(vendor, settings dict) of DATABASE_URL-style ``url``, or of the default database."""
    if url is None:
        db = connection.settings_dict
        vendor = connection.vendor
        return vendor, {
            "NAME": db["NAME"],
            "USER": db.get("USER") or "",
            "PASSWORD": db.get("PASSWORD") or "",
            "HOST": db.get("HOST") or "",
            "PORT": str(db.get("PORT") or ""),
        }
    parsed = urlparse(url)
    if parsed.scheme.startswith("postgres"):
        return "postgresql", {
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
        }
    if parsed.scheme == "sqlite":
        return "sqlite", {"NAME": unquote(parsed.path)}
    raise BackupError(f"unsupported database URL scheme: {parsed.scheme}")


def _pg_arguments(db):
    arguments = ["--dbname", db["NAME"]]
    if db["HOST"]:
        arguments += ["--host", db["HOST"]]
    if db["PORT"]:
        arguments += ["--port", db["PORT"]]
    if db["USER"]:
        arguments += ["--username", db["USER"]]
    return arguments


def _pg_environment(db):
    environment = {**os.environ}
    if db["PASSWORD"]:
        environment["PGPASSWORD"] = db["PASSWORD"]
    return environment


def _run(command, environment=None):
    result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")
    return result


def _tar_folder(folder, target):
    """Every file under ``folder`` into the tar ``target`` (paths relative to it)."""
    with tarfile.open(target, "w") as archive:
        folder = Path(folder)
        if folder.exists():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    archive.add(path, arcname=str(path.relative_to(folder)), recursive=False)


def _row_counts():
    counts = {}
    for label in COUNTED_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        counts[label] = model._base_manager.count()
    return counts


def _applied_migrations():
    """The last applied migration of every app: a restore needs code at least this new."""
    latest = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, ""), name)
    return dict(sorted(latest.items()))


def _code_version():
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],  # noqa: S607
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=False,
            timeout=5,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def create_backup(destination, *, media_root=None, private_root=None, now=None):
    """Write a backup of the default database and both media folders under
    ``destination``; returns the backup's folder."""
    now = now or timezone.now()
    folder = Path(destination) / f"protect-backup-{now:%Y%m%dT%H%M%SZ}"
    folder.mkdir(parents=True, exist_ok=False)
    vendor, db = database_of()
    if vendor == "postgresql":
        dump = folder / "database.dump"
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump), *_pg_arguments(db)],
            _pg_environment(db),
        )
    elif vendor == "sqlite":
        dump = folder / "database.sqlite3"
        source = sqlite3.connect(db["NAME"])
        target = sqlite3.connect(dump)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    else:
        raise BackupError(f"unsupported database: {vendor}")
    _tar_folder(media_root or settings.MEDIA_ROOT, folder / "media.tar")
    _tar_folder(private_root or settings.PRIVATE_MEDIA_ROOT, folder / "private.tar")
    files = {
        path.name: {"sha256": sha256_of(path), "size": path.stat().st_size}
        for path in sorted(folder.iterdir())
        if path.name != MANIFEST
    }
    manifest = {
        "format": FORMAT,
        "created_at": now.isoformat(),
        "database": {"vendor": vendor, "file": dump.name},
        "code": _code_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "migrations": _applied_migrations(),
        "rows": _row_counts(),
        "files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return folder


def read_manifest(folder):
    """The manifest, after checking every file's size and SHA-256."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"no readable {MANIFEST} in {folder}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    for name, expected in manifest["files"].items():
        path = folder / name
        if not path.is_file() or path.stat().st_size != expected["size"] or sha256_of(path) != expected["sha256"]:
            raise BackupError(f"{name} is missing or does not match its checksum")
    return manifest


def _database_is_empty(vendor, db):
    if vendor == "postgresql":
        result = _run(
            ["psql", "-tAc", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", *_pg_arguments(db)],
            _pg_environment(db),
        )
        return result.stdout.strip() == "0"
    path = Path(db["NAME"])
    if not path.exists():
        return True
    with sqlite3.connect(path) as probe:
        return probe.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] == 0


def _folder_is_empty(folder):
    folder = Path(folder)
    return not folder.exists() or not any(path.is_file() for path in folder.rglob("*"))


def _count_rows(vendor, db, manifest):
    """Row counts of the restored database, read with its own client."""
    tables = {}
    for label in manifest["rows"]:
        try:
            tables[label] = apps.get_model(label)._meta.db_table
        except LookupError:
            continue
    counts = {}
    for label, table in tables.items():
        query = f'SELECT count(*) FROM "{table}"'  # noqa: S608 (table names from the models)
        if vendor == "postgresql":
            counts[label] = int(_run(["psql", "-tAc", query, *_pg_arguments(db)], _pg_environment(db)).stdout)
        else:
            with sqlite3.connect(db["NAME"]) as restored:
                counts[label] = restored.execute(query).fetchone()[0]
    return counts


def restore_backup(folder, *, database_url=None, media_root=None, private_root=None):
    """Restore the backup in ``folder`` into an empty database and empty
    folders (default: this site's own); returns the manifest."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    vendor, db = database_of(database_url)
    if vendor != manifest["database"]["vendor"]:
        raise BackupError(f"the backup holds a {manifest['database']['vendor']} database, not {vendor}")
    media_root = Path(media_root or settings.MEDIA_ROOT)
    private_root = Path(private_root or settings.PRIVATE_MEDIA_ROOT)
    if not _database_is_empty(vendor, db):
        raise BackupError("the target database is not empty: restore into a new database")
    for target in (media_root, private_root):
        if not _folder_is_empty(target):
            raise BackupError(f"{target} is not empty: restore into new folders")

    dump = folder / manifest["database"]["file"]
    if vendor == "postgresql":
        _run(
            ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
             *_pg_arguments(db), str(dump)],
            _pg_environment(db),
        )  # fmt: skip
    else:
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dump, db["NAME"])
    for archive_name, target in (("media.tar", media_root), ("private.tar", private_root)):
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(folder / archive_name) as archive:
            archive.extractall(target, filter="data")  # refuses absolute paths, "..", links out
    counts = _count_rows(vendor, db, manifest)
    differing = {label: (n, counts.get(label)) for label, n in manifest["rows"].items() if counts.get(label) != n}
    if differing:
        raise BackupError(f"restored row counts differ from the manifest: {differing}")
    return manifest
