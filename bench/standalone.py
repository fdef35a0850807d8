"""What a benchmark script run on its own (``python bench/<script>.py``) sets
before Django starts: the benchmark's settings, a throw-away secret, the
local hosts, the process's own cache and an in-memory broker, each only
where the environment does not say otherwise (``DATABASE_URL`` and
``CACHE_URL`` choose the database and the cache)."""

import os

import django


def start(root, *, cache="locmemcache://bench", database=True):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-" + "x" * 60)
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("CACHE_URL", cache)
    os.environ.setdefault("CELERY_BROKER_URL", "memory://")
    if database:
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{root / 'var' / 'bench.sqlite3'}")
    django.setup()
