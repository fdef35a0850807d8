"""Background work of the recommendations app."""

from celery import shared_task

from consult.outbox import outbox_task

from . import exports, services


@shared_task(name="recommendations.close_due_rounds")
def close_due_rounds():
    """Close every consultation round past its closing time (beat, every minute).

    Safe to run twice: a closed round is skipped (close_round locks the row
    and checks ``closed_at``).
    """
    return services.close_due_rounds()


@outbox_task(name="recommendations.build_export")
def build_export_task(export_id):
    """Render an export and store its file (started through the outbox by
    recommendations.exports.request_export).

    Safe to run twice: the outbox entry is done at most once, and a done
    export is left alone.
    """
    exports.build_export(export_id)
