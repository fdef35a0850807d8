"""The language versions of a support service follow its source version.

Staff write a service in the office's language (the source version);
translators translate its name, description and city through
wagtail-localize into Dutch, Arabic, Farsi... Everything else (phone,
website, address, kind, the access flags: ``SYNCHRONISED_FIELDS``) belongs
to the office and goes public only through the lead's approval. So:

- when the lead publishes (approves) the source version, every language
  version takes its phone, address... at once; their translated texts stay,
  marked out of date in the admin as before (their ``updated_at`` is kept);
- when the lead unpublishes the source version, its language versions go
  off the site with it, and come back when the lead publishes it again;
- a translation's row, whenever saved, takes the source's shared values;
- a translation published while its source is not public is held back
  until the source is published (a translator cannot publish a service the
  lead has not approved);
- deleting the source version deletes its language versions (none is left
  on the site without it).

Wagtail sends ``published``/``unpublished`` after the row is saved, from the
admin's publish button, a workflow's approval or wagtail-localize alike;
the page cache and the guard's list of public numbers follow each row's
save (consult/country_data_cache.py, consult/moderation/guard/public.py).
"""

from django.db import transaction
from wagtail.actions.unpublish import UnpublishAction
from wagtail.signals import published, unpublished

from .models import SupportService


def _keeping_updated_at(version, change):
    """Runs ``change()``, which saves ``version`` whole, without moving its
    ``updated_at``: the translation's text has not changed, so it stays out
    of date against a newer source."""
    updated_at = version.updated_at
    change()
    SupportService.objects.filter(pk=version.pk).update(updated_at=updated_at)
    version.updated_at = updated_at


def follow_source(source):
    """Every other language version of ``source`` takes its published
    shared values; those held back with it come back on the site."""
    values = source.synchronised_values()
    for version in source.other_versions():
        changed = version.take_synchronised_values(values)
        if changed:
            # update_fields: its updated_at stays; post_save retires the cached pages and numbers
            version.save(update_fields=changed)
        if source.live and not version.live and version.expired and not version.workflow_in_progress:
            _republish(version)


def _republish(version):
    """A version held back with its source goes back on the site as it was
    (a new revision of its stored values, published)."""

    def publish():
        revision = version.save_revision(changed=False, clean=False)
        revision.publish(changed=False, log_action=True)

    _keeping_updated_at(version, publish)


def _hold_back(version):
    """Takes ``version`` off the site, marked expired so that it comes back
    when its source is published again (an unpublish by hand is not)."""
    if version.live:
        _keeping_updated_at(
            version,
            lambda: UnpublishAction(version, set_expired=True, user=None).execute(skip_permission_checks=True),
        )


def on_saving(sender, instance, raw=False, update_fields=None, **kwargs):
    """A translation's row, whenever saved whole, holds its source's shared
    values: wagtail-localize saves one from its snapshot of the source,
    which may be older than the lead's last approval."""
    if raw or update_fields is not None:
        return
    source = instance.source_version()
    if source is not None and source.pk != instance.pk:
        instance.take_synchronised_values(source.synchronised_values())


@transaction.atomic
def on_published(sender, instance, **kwargs):
    source = instance.source_version()
    if source is None:
        return
    if source.pk == instance.pk:
        if instance.live:  # not a publication scheduled for later
            follow_source(instance)
        return
    # A translation: public only while its source is.
    if not source.live:
        _hold_back(instance)


@transaction.atomic
def on_unpublished(sender, instance, **kwargs):
    if not instance.is_source_version():
        return
    for version in instance.other_versions().filter(live=True):
        _hold_back(version)


def on_deleting(sender, instance, **kwargs):
    # Asked before the row goes: wagtail-localize forgets the source with it.
    instance.deleting_source_version = instance.is_source_version()


@transaction.atomic
def on_deleted(sender, instance, **kwargs):
    """Deleting the source version deletes its language versions
    (wagtail-localize then forgets its translations of it)."""
    if getattr(instance, "deleting_source_version", False):
        SupportService.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).delete()


def connect():
    from django.db.models.signals import post_delete, pre_delete, pre_save

    pre_save.connect(on_saving, sender=SupportService, dispatch_uid="service-versions:saving")
    pre_delete.connect(on_deleting, sender=SupportService, dispatch_uid="service-versions:deleting")
    published.connect(on_published, sender=SupportService, dispatch_uid="service-versions:published")
    unpublished.connect(on_unpublished, sender=SupportService, dispatch_uid="service-versions:unpublished")
    post_delete.connect(on_deleted, sender=SupportService, dispatch_uid="service-versions:deleted")
