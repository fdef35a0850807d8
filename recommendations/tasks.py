"""Background work of the recommendations app."""

from celery import shared_task

from . import services


@shared_task(name="recommendations.close_due_rounds")
def close_due_rounds():
    """Close every consultation round past its closing time (beat, every minute).

    Safe to run twice: a closed round is skipped (close_round locks the row
    and checks ``closed_at``).
    """
    return services.close_due_rounds()
