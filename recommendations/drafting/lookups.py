"""Versions as the pages find them: by id, sharing one document object, the
versions of a document a user may read, and a document's current version."""

from django.http import Http404

from ..models import DocumentVersion


def versions_or_404(*pks):
    """The versions with these ids, in that order, sharing one document object (two queries); 404 if one is missing."""
    found = {v.pk: v for v in DocumentVersion.objects.filter(pk__in=pks).for_page()}
    versions = [found.get(pk) for pk in pks]
    if None in versions:
        raise Http404
    for version in versions[1:]:
        if version.document_id == versions[0].document_id:
            version.document = versions[0].document
    return versions


def readable_versions(user, document):
    """The versions of ``document`` the user may read, in order (one query)."""
    versions = list(document.versions.order_by("number"))
    for version in versions:
        version.document = document
    return [v for v in versions if user.has_perm("recommendations.view_version", v)]


def current_version(versions):
    """The document's current version: the newest in consultation, closed or
    final (earlier ones are superseded; drafts are not current)."""
    current = [v for v in versions if v.status in ("consultation", "closed", "final")]
    return current[-1] if current else None
