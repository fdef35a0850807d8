#!/usr/bin/env bash
# Benchmark the public pages against a bare view through the same middleware.
#   bench/run.sh                     SQLite (var/bench.sqlite3)
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/protect_bench bench/run.sh
# Settings: bench/settings.py (production plus a bare view and a query counter);
# bench/wsgi.py adds /bench/tiny/, a tiny bare view with no middleware, in the same workers.
set -euo pipefail
cd "$(dirname "$0")/.."
# the project venv (.venv), or the one on PATH (a worktree sharing a venv)
VENV_BIN="$(pwd)/.venv/bin"
[ -x "$VENV_BIN/python" ] || VENV_BIN="$(dirname "$(command -v python)")"
PY="$VENV_BIN/python"
PORT="${PORT:-8099}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

export DJANGO_SETTINGS_MODULE=bench.settings
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-bench-only-$(head -c 48 /dev/urandom | base64 | tr -dc a-zA-Z0-9)}"
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export CACHE_URL="${CACHE_URL:-locmemcache://bench}"
export CELERY_BROKER_URL="${CELERY_BROKER_URL:-memory://}"
if [ -z "${DATABASE_URL:-}" ]; then
  mkdir -p var
  export DATABASE_URL="sqlite:///$(pwd)/var/bench.sqlite3"
  label="SQLite"
else
  db="${DATABASE_URL##*/}"
  psql "${DATABASE_URL%/*}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 \
    || psql "${DATABASE_URL%/*}/postgres" -c "CREATE DATABASE \"$db\"" >/dev/null
  label="PostgreSQL"
fi

# BENCH_SKIP_SETUP=1: the database is already migrated and seeded (a second run)
if [ -z "${BENCH_SKIP_SETUP:-}" ]; then
  $PY manage.py migrate --no-input -v0
  $PY manage.py seed >/dev/null 2>&1
  $PY manage.py collectstatic --no-input -v0
fi
# BENCH_VOLUME=1: the volume data set (bench/seed_volume.py) and its rows;
# BENCH_SCALE=0.01 a hundredth of it, to try the script quickly
extra=""
if [ -n "${BENCH_VOLUME:-}" ]; then
  $PY bench/seed_volume.py --scale "${BENCH_SCALE:-1}" --targets var/bench-targets.json
  extra="--extra var/bench-targets.json"
fi

"$VENV_BIN/gunicorn" bench.wsgi --workers 2 --worker-class sync --bind "127.0.0.1:$PORT" \
  --env DJANGO_SETTINGS_MODULE=bench.settings --log-level warning &
master=$!
trap 'kill $master 2>/dev/null; wait $master 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/bench/bare/" >/dev/null && break; sleep 0.2; done
# warm up every worker and page, through the page cache and around it
for path in /bench/tiny/ /bench/bare/ /en/ /en/countries/nl/ /ar/countries/nl/ /api/countries/nl/services; do
  for _ in $(seq 1 10); do
    curl -sf "http://127.0.0.1:$PORT$path" >/dev/null
    curl -sf -H "X-Bench-Uncached: 1" "http://127.0.0.1:$PORT$path" >/dev/null
  done
done
$PY bench/measure.py --master "$master" --base "http://127.0.0.1:$PORT" \
  --label "$label, $(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" $extra "$@"
