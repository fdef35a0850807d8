"""The Celery application; its settings are the CELERY_* names in config/settings.

Production and CI: Redis (CELERY_BROKER_URL=redis://...). The embedded
default: kombu's server-less filesystem transport, with a real worker and
beat started by `make run` (README.md, "Background work", says why).
"""

import os
from pathlib import Path

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("protect")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def create_filesystem_broker_folders(sender, **kwargs):
    """The filesystem transport expects its folders to exist."""
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "processed_folder", "control_folder"):
        if key in options:
            Path(options[key]).mkdir(parents=True, exist_ok=True)


__all__ = ["app"]
