#!/usr/bin/env bash
# Notification fan-out with a real worker (bench/fanout.py). Run bench/run.sh
# with BENCH_VOLUME=1 first (same DATABASE_URL) so the volume data set exists.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="$(pwd)/.venv/bin"
[ -x "$VENV_BIN/python" ] || VENV_BIN="$(dirname "$(command -v python)")"
export DJANGO_SETTINGS_MODULE=bench.settings
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-bench-only-$(head -c 48 /dev/urandom | base64 | tr -dc a-zA-Z0-9)}"
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export CACHE_URL="${CACHE_URL:-locmemcache://bench}"
export CELERY_BROKER_URL="${CELERY_BROKER_URL:-redis://127.0.0.1:6379/8}"
export EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend
export DATABASE_URL="${DATABASE_URL:-sqlite:///$(pwd)/var/bench.sqlite3}"
export PYTHONPATH="$(pwd)"
"$VENV_BIN/python" bench/fanout.py
