"""The guard of recommendations pages that visitors may also read.

``consult.access.permission_required`` sends every visitor who is not
signed in to the sign-in page before it looks at the object, which is right
for pages only members see. A version, a diff or a report may be public,
so these views load the object, ask the named rule and, when it says no,
call ``refuse_or_sign_in``: a visitor is asked to sign in (they may be
allowed once signed in), a signed-in account gets the kit's 403 page.
The editors' pages of a round load it the same way (``round_for_editor``),
since they need the round itself, loaded once, for the rule and the page.
"""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404

from consult.access import refuse

from .models import ConsultationRound


def refuse_or_sign_in(request, permission):
    """Send a visitor to sign in; show a signed-in account the 403 page for ``permission``."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return refuse(request, permission)


def round_for_editor(request, pk, permission):
    """``(round, None)`` when the user has ``permission`` on round ``pk``, else ``(round, the refusal response)``."""
    round = get_object_or_404(ConsultationRound.objects.for_editor_page(), pk=pk)
    if not request.user.has_perm(permission, round):
        return round, refuse_or_sign_in(request, permission)
    return round, None
