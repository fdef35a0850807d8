"""Image renditions made by a worker when a photo is saved.

Wagtail makes a rendition (a resized copy) the first time a template asks
for it, inside that visitor's request: resizing a phone photo takes a
noticeable part of a second. An ambassador's photo, once it may be shown
(consent recorded), is resized by a background task instead, so the first
visitor after a publish, often on a slow phone, does not wait for it.
"""

from django.db.models.signals import post_save

from .outbox import schedule

# The size the country page shows (templates/home/country_page.html uses the
# same spec; tests/consult/test_renditions.py holds them equal).
AMBASSADOR_PHOTO = "fill-160x160"


def _ambassador_saved(sender, instance, **kwargs):
    image = instance.public_photo
    if image is None:
        return
    # a replaced file gets a new hash: its renditions are made again
    key = f"renditions:{image.pk}:{image.file_hash or image.file.name}:{AMBASSADOR_PHOTO}"
    schedule("consult.prepare_renditions", key=key, image_id=image.pk, filter_specs=[AMBASSADOR_PHOTO])


def connect():
    from .models import Ambassador

    post_save.connect(_ambassador_saved, sender=Ambassador, dispatch_uid="renditions:ambassador")
