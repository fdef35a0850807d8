"""Pages of the forums' moderation: closing a thread, the moderators'
thread actions, warning a member, hiding a post, and members' flags. Each
action asks for a reason that the audit log keeps."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from consult.access import member_required
from consult.moderation.services import URGENT_FLAG_REASONS
from consult.moderation.services import country_for_review as moderation_country_of
from consult.refusals import Refusal

from ..access import on_post, on_thread, post_of_url, thread_of_url
from ..refusals import ForumError
from . import services
from .forms import FlagForm, GroundForm, MoveForm, ReasonForm, SlowModeForm


@member_required
@require_POST
@on_thread("forums.close_thread")
def close_thread(request, pk):
    thread = thread_of_url(request, pk)
    closed = request.POST.get("action") != "reopen"
    try:
        services.close_thread(thread, request.user, reason=request.POST.get("reason", ""), closed=closed)
    except ForumError as error:
        messages.error(request, error.message)
    return redirect(thread)


THREAD_ACTIONS = {
    "lock": (ReasonForm, lambda t, u, d: services.lock_thread(t, u, reason=d["reason"])),
    "unlock": (ReasonForm, lambda t, u, d: services.lock_thread(t, u, reason=d["reason"], locked=False)),
    "pin": (ReasonForm, lambda t, u, d: services.pin_thread(t, u, reason=d["reason"])),
    "unpin": (ReasonForm, lambda t, u, d: services.pin_thread(t, u, reason=d["reason"], pinned=False)),
    "close": (ReasonForm, lambda t, u, d: services.close_thread(t, u, reason=d["reason"])),
    "reopen": (ReasonForm, lambda t, u, d: services.close_thread(t, u, reason=d["reason"], closed=False)),
    "slow_mode": (SlowModeForm, lambda t, u, d: services.set_slow_mode(t, u, seconds=d["seconds"], reason=d["reason"])),
    "move": (MoveForm, lambda t, u, d: services.move_thread(t, u, to_forum=d["to_forum"], reason=d["reason"])),
}


@member_required
@require_http_methods(["GET", "POST"])
@on_thread("forums.moderate_forum")
def moderate_thread(request, pk):
    """The moderators' actions on a thread, each with a reason."""
    thread = thread_of_url(request, pk)
    forums = [f for f in services.moderator_forum_choices(request.user) if f.pk != thread.forum_id]
    action = request.POST.get("action") if request.method == "POST" else None
    forms_by_action = {}
    for name, (form_class, _call) in THREAD_ACTIONS.items():
        data = request.POST if name == action else None
        kwargs = {"forums": forums} if form_class is MoveForm else {}
        forms_by_action[name] = form_class(data, prefix=name, **kwargs)
    if action in THREAD_ACTIONS:
        form = forms_by_action[action]
        if form.is_valid():
            try:
                THREAD_ACTIONS[action][1](thread, request.user, form.cleaned_data)
            except ForumError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Done; the action is recorded in the audit log."))
                return redirect(thread)
    return render(
        request,
        "forums/thread_moderate.html",
        {"thread": thread, "forms": forms_by_action, "can_move": bool(forums)},
        status=400 if action and forms_by_action.get(action) and forms_by_action[action].errors else 200,
    )


# Moderating a post's forum implies reading its thread (forums/rules.py:
# a forum's moderators read it, and see every thread in it).


@member_required
@require_http_methods(["GET", "POST"])
@on_post("forums.moderate_forum")
def warn_member(request, pk):
    post = post_of_url(request, pk)
    form = GroundForm(request.POST or None, country_id=moderation_country_of(post))
    if request.method == "POST" and form.is_valid():
        services.warn_member(
            post, request.user, reason=form.cleaned_data["reason"], house_rule=form.cleaned_data["house_rule"]
        )
        messages.success(request, _("The member is warned; the warning is recorded in the audit log."))
        return redirect(post)
    return render(request, "forums/warn.html", {"post": post, "form": form})


@member_required
@require_http_methods(["GET", "POST"])
@on_post("forums.moderate_forum")
def hide_post(request, pk):
    post = post_of_url(request, pk)
    form = GroundForm(request.POST or None, country_id=moderation_country_of(post))
    if request.method == "POST" and form.is_valid():
        try:
            services.hide_post(
                post, request.user, reason=form.cleaned_data["reason"], house_rule=form.cleaned_data["house_rule"]
            )
        except Refusal as error:
            error.add_to_form(form)
        else:
            messages.success(request, _("The post is hidden; you can restore it from the review queue."))
            return redirect(post.thread)
    return render(request, "forums/post_hide.html", {"post": post, "form": form})


def flag_message(flag):
    """What the flagger is told: what did happen, no more."""
    if not flag.is_new:
        return _("You had already reported this post; it is in the moderators' review queue.")
    if flag.content_hidden:
        if flag.reason in URGENT_FLAG_REASONS:
            return _(
                "Thank you. The post is hidden from members now, and the moderators of its country "
                "have been alerted by e-mail."
            )
        return _("Thank you. The post is hidden from members until a moderator decides.")
    return _("Thank you. The post is in the moderators' review queue; it stays visible until a moderator decides.")


@member_required
@require_http_methods(["GET", "POST"])
@on_post("forums.flag_post")
def flag_post(request, pk):
    post = post_of_url(request, pk)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        flag = services.flag_post(
            post, request.user, reason=form.cleaned_data["reason"], note=form.cleaned_data["note"]
        )
        messages.success(request, flag_message(flag))
        return redirect(post.thread)
    return render(request, "forums/post_flag.html", {"post": post, "form": form})
