"""Content warnings: the author of a post or a feedback item, or a
moderator of its country, puts a warning on it ("describes sexual
violence"...); the body is folded behind the warning (<details>, so without
JavaScript too) until the reader opens it, unless the reader chose in their
profile to always unfold. One row per object (ContentWarning), whatever app
owns the object: the object only needs the moderation protocol
(``moderation_author`` and ``get_permission_country_ids``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from .. import audit
from ..models import ContentWarning
from ..predicates import profile_of
from ..refusals import NotAllowed, Refusal

Kind = ContentWarning.Kind


def may_set_warning(user, obj):
    """The author, or a moderator of the object's country."""
    if not getattr(user, "is_authenticated", False) or obj is None:
        return False
    author = getattr(obj, "moderation_author", None)
    return (author is not None and author.pk == user.pk) or user.has_perm("consult.moderate_country", obj)


def set_warning(obj, *, user, kind):
    """Put ``kind`` on ``obj`` (replacing its warning), or take it off with
    an empty kind. Returns the ContentWarning or None."""
    if not may_set_warning(user, obj):
        raise NotAllowed(_("Only the author or a moderator can change the content warning."))
    if kind and kind not in Kind.values:
        raise Refusal(_("Choose a content warning from the list."), field="kind")
    content_type = ContentType.objects.get_for_model(obj)
    with transaction.atomic():
        current = ContentWarning.objects.select_for_update().filter(content_type=content_type, object_id=obj.pk).first()
        if not kind:
            if current is not None:
                current.delete()
                audit.record(actor=user, action="moderation.content_warning_removed", target=obj)
            return None
        if current is not None and current.kind == kind:
            return current
        if current is None:
            current = ContentWarning(content_type=content_type, object_id=obj.pk)
        current.kind, current.set_by = kind, user
        current.save()
        audit.record(actor=user, action="moderation.content_warning_set", target=obj, reason=kind)
    return current


def attach(objects):
    """Set ``content_warning`` (the translated label, or "") and
    ``content_warning_kind`` on each of ``objects``, in one query."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return objects
    meta = objects[0]._meta.concrete_model._meta
    # the content type by its natural key, joined: no query of its own, whatever the cache holds
    kinds = dict(
        ContentWarning.objects.filter(
            content_type__app_label=meta.app_label,
            content_type__model=meta.model_name,
            object_id__in=[obj.pk for obj in objects],
        ).values_list("object_id", "kind")
    )
    labels = dict(Kind.choices)
    for obj in objects:
        kind = kinds.get(obj.pk, "")
        obj.content_warning_kind = kind
        obj.content_warning = str(labels[kind]) if kind else ""
    return objects


def warning_kind_of(model):
    """An annotation: the kind of the content warning on each row of
    ``model`` ("" when none), so a page's objects come with their warnings
    in the query that reads them (see ``attach`` for a list already read)."""
    meta = model._meta.concrete_model._meta
    warnings = ContentWarning.objects.filter(
        content_type__app_label=meta.app_label, content_type__model=meta.model_name, object_id=OuterRef("pk")
    )
    return Coalesce(Subquery(warnings.values("kind")[:1]), Value(""))


def label_annotated(objects):
    """Set ``content_warning`` (the translated label, or "") on ``objects``
    read with ``warning_kind_of`` as ``content_warning_kind``."""
    labels = dict(Kind.choices)
    for obj in objects:
        obj.content_warning = str(labels[obj.content_warning_kind]) if obj.content_warning_kind else ""
    return objects


def unfolds(user):
    """Whether the reader chose to read warned content unfolded."""
    profile = profile_of(user)
    return bool(profile and profile.unfold_content_warnings)
