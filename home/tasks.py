"""Background work of the site's pages."""

from celery import shared_task
from django.core.management import call_command


@shared_task(name="home.publish_scheduled_pages")
def publish_scheduled_pages():
    """Publish revisions whose "go live" time has come, unpublish expired pages.

    Wagtail's own command; safe to run twice: a revision is published once
    and then has no pending schedule.
    """
    call_command("publish_scheduled", verbosity=0)
