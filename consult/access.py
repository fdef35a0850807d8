"""Guards for views of every app: approved members only, or a named permission.

    from consult.access import member_required, MemberRequiredMixin, permission_required

    @member_required
    def thread(request, pk): ...

    @permission_required("forums.moderate_forum", lambda request, pk: get_object_or_404(Forum, pk=pk))
    def lock_thread(request, pk): ...

A visitor who is not signed in is sent to the sign-in page; a signed-in
account without the permission gets a 403 page that says why (application
pending, rejected, suspended) without showing anything meant for members.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render

from .predicates import profile_of


def refuse(request, permission="consult.read_member_area"):
    """The 403 page for a signed-in account that may not see this page."""
    return render(
        request,
        "consult/access_refused.html",
        {"profile": profile_of(request.user), "permission": permission},
        status=403,
    )


def permission_required(permission, get_object=None):
    """Allow the view only if ``request.user.has_perm(permission, obj)``;
    ``get_object(request, *args, **kwargs)`` finds the object (may 404)."""

    def decorate(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            obj = get_object(request, *args, **kwargs) if get_object else None
            if not request.user.has_perm(permission, obj):
                return refuse(request, permission)
            return view(request, *args, **kwargs)

        return guarded

    return decorate


member_required = permission_required("consult.read_member_area")
member_required.__doc__ = "Approved members (and administrators) only."


class PermissionRequiredMixin:
    """Class-based views: set ``permission_required``; override
    ``get_permission_object()`` for an object-level check."""

    permission_required = None

    def get_permission_object(self):
        return None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perm(self.permission_required, self.get_permission_object()):
            return refuse(request, self.permission_required)
        return super().dispatch(request, *args, **kwargs)


class MemberRequiredMixin(PermissionRequiredMixin):
    """Approved members (and administrators) only."""

    permission_required = "consult.read_member_area"
