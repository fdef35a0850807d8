"""The real-service fixtures of tests/integration (PostgreSQL, Redis, a worker),
for the fault tests: skipped locally without the services, failing under CI=true."""

from tests.integration.conftest import (  # noqa: F401 (fixtures used by name)
    celery_not_eager,
    celery_worker_process,
    postgresql,
    redis_broker_url,
)
