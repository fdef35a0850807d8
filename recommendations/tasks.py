"""Background work of the recommendations app, one module so Celery's
autodiscovery finds every task. Services schedule these by name through the
outbox (consult.outbox.schedule); nothing here is imported by a service."""

from celery import shared_task

from consult.models import OutboxEntry
from consult.outbox import outbox_task

from .consultation import decision_emails, rounds
from .consultation import services as consultation
from .drafting.variants import forward_port, office_mail
from .exports import services as exports
from .merging.building import run_build
from .merging.digest import refresh_digest
from .models import ConsultationRound


@shared_task(name="recommendations.close_due_rounds")
def close_due_rounds():
    """Close every consultation round past its closing time (beat, every minute).

    Safe to run twice: a closed round is skipped (close_round locks the row
    and checks ``closed_at``).
    """
    return consultation.close_due_rounds()


@outbox_task(name="recommendations.build_export")
def build_export_task(export_id):
    """Render an export and store its file (scheduled through the outbox by
    recommendations.exports.services.request_export).

    Safe to run twice: the outbox entry is done at most once, and a done
    export is left alone.
    """
    exports.build_export(export_id)


@outbox_task(name="recommendations.build_digest")
def build_digest(round_id):
    """Compute and store the digest of a round.

    Safe to run twice: the digest is one row per round, and the same data
    gives the same snapshot and hash.
    """
    round = ConsultationRound.objects.select_related("version").filter(pk=round_id).first()
    if round is not None:
        refresh_digest(round)


@shared_task(name="recommendations.build_version", acks_late=True, reject_on_worker_lost=True)
def build_version(outbox_id):
    """Build the next version of a round's document (Build row named in the outbox entry).

    Not wrapped in the outbox's transaction like other tasks: the build
    commits its progress as it goes, then writes the version, the build's
    result and the entry's "done" mark in one transaction of its own
    (recommendations.merging.building). Running it twice, or again after the
    worker was killed, leaves exactly one new version.
    """
    entry = OutboxEntry.objects.filter(
        pk=outbox_id, state=OutboxEntry.State.PENDING, task_name="recommendations.build_version"
    ).first()
    if entry is None:
        return False
    run_build(entry.arguments["build_id"], outbox_id=outbox_id)
    return True


@outbox_task(name="recommendations.tell_round_participants")
def tell_round_participants(change_id):
    """Tell a round's participants that an editor closed, extended or re-dated it.

    Safe to run twice: the outbox entry is done at most once, and each
    participant's e-mail has its own outbox key.
    """
    rounds.tell_participants_of_change(change_id)


@shared_task(name="recommendations.send_decision_digests")
def send_decision_digests():
    """Send each member one e-mail per round with today's decisions on their feedback (beat, hourly).

    Safe to run any number of times a day: each e-mail has the outbox key
    ``recommendations-decisions-<member>-<round>-<day>`` and its notices are
    marked sent in the same transaction.
    """
    return decision_emails.send_decision_digests()


@outbox_task(name="recommendations.forward_port_master", acks_late=True, reject_on_worker_lost=True)
def forward_port_master(master_version_id):
    """A master version was published: write one forward-port row per country variant.

    Safe to run twice: each variant's row has the outbox key of the version
    and the variant, so a second run schedules nothing new.
    """
    forward_port.schedule_variants(master_version_id)


@outbox_task(name="recommendations.forward_port_variant", acks_late=True, reject_on_worker_lost=True)
def forward_port_variant(variant_id, master_version_id):
    """Bring one country variant forward to a master version, all or nothing.

    Runs in the outbox row's transaction, so the variant's changes and the
    "done" mark commit together: a worker killed mid-way leaves the variant
    as it was and the sweep runs it again. Safe to run twice: a variant
    already in step with the version (or a newer one) is left alone, and a
    variant waiting for its national round says so and is scheduled again
    when the round closes.
    """
    forward_port.forward_port_variant(variant_id, master_version_id)


@outbox_task(name="recommendations.email_office_about_review_items")
def email_office_about_review_items(variant_id, master_version_id):
    """E-mail a country office a link to the review items a new master version left it.

    Safe to run twice: the outbox row (keyed by version and variant) is
    marked done in the same transaction, so a second delivery sends nothing.
    """
    office_mail.email_office_about_review_items(variant_id, master_version_id)
