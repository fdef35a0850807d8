#!/usr/bin/env bash
# Closing day (bench/closing_day.py): members, an editor and exports at once
# against gunicorn + a Celery worker + Redis + PostgreSQL, all on this machine.
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench bench/closing_day.sh --users 500 --minutes 10
#   BENCH_SKIP_SETUP=1 ... a second run on the same database (migrated, seeded, volume data set)
#   REDIS_URL=redis://127.0.0.1:6379/11 (default: db 11): the broker and the cache (sessions, pages)
# Options after the script's name go to bench/closing_day.py (--help).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="$(pwd)/.venv/bin"
[ -x "$VENV_BIN/python" ] || VENV_BIN="$(dirname "$(command -v python)")"
PY="$VENV_BIN/python"
: "${DATABASE_URL:?closing day runs on PostgreSQL: DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/11}"

export DJANGO_SETTINGS_MODULE=bench.settings
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-bench-only-$(head -c 48 /dev/urandom | base64 | tr -dc a-zA-Z0-9)}"
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export CACHE_URL="$REDIS_URL" CELERY_BROKER_URL="$REDIS_URL"
# e-mail goes nowhere: the figure is the platform's work, not an SMTP server's
export EMAIL_BACKEND="${EMAIL_BACKEND:-django.core.mail.backends.dummy.EmailBackend}"
mkdir -p var

db="${DATABASE_URL##*/}"
psql "${DATABASE_URL%/*}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 \
  || psql "${DATABASE_URL%/*}/postgres" -c "CREATE DATABASE \"$db\"" >/dev/null
if [ -z "${BENCH_SKIP_SETUP:-}" ]; then
  $PY manage.py migrate --no-input -v0
  $PY manage.py seed >/dev/null 2>&1
  $PY manage.py collectstatic --no-input -v0
  $PY bench/seed_volume.py --scale "${BENCH_SCALE:-1}"
fi
exec $PY bench/closing_day.py "$@"
