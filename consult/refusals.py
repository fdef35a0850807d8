"""Refusals: the one exception family every app raises when it says no.

A service refuses with a ``Refusal`` (or a subclass): a message the person
reads as it is, the form field it concerns (or none) and the HTTP status an
API answers with. Views turn it into a form error with ``add_to_form``; the
JSON API turns it into ``{"detail": ..., "field": ...}`` with that status
(consult/api.py registers the handler once for every router). So the same
refusal reads the same wherever it is met.

    from consult.refusals import Refusal, require

    def give_feedback(*, author, round, ...):
        require(author, "recommendations.give_feedback", round)
        if round.is_closed:
            raise Refusal(_("This consultation is closed."), status=409)
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _


class Refusal(Exception):
    """A request the platform refuses, with a message for the person who asked.

    Subclasses may set ``message`` (the default text) and ``status``.
    """

    message = _("This cannot be done.")
    status = 400

    def __init__(self, message=None, *, field=None, status=None):
        self.message = str(message or self.message)
        self.field = field
        if status is not None:
            self.status = status
        super().__init__(self.message)

    def add_to_form(self, form):
        """Show the refusal on ``form``: on its field if the form has it, else above the form."""
        form.add_error(self.field if self.field in getattr(form, "fields", {}) else None, self.message)


class NotAllowed(Refusal, PermissionDenied):
    """The actor lacks the named permission. A PermissionDenied too, so a view
    that lets it through answers Django's 403."""

    message = _("You are not allowed to do this.")
    status = 403


class Conflict(Refusal):
    """The request clashes with the object's state (closed, changed meanwhile, decided)."""

    status = 409


class TooFrequent(Refusal):
    """More requests than a flood limit allows."""

    status = 429


def require(user, permission, obj=None):
    """The service-side permission check: raise NotAllowed unless
    ``user.has_perm(permission, obj)`` (the named rules of each app's rules.py)."""
    if not user.has_perm(permission, obj):
        raise NotAllowed()
