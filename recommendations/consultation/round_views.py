"""The editor's controls of a consultation round: its page (state, dates,
every change with its reason), closing it now, extending it, changing its
dates, and opening a new round on a version whose round has closed.

Thin: ask recommendations/rules.py, parse the form, call
``consultation.rounds``, render. A refusal (no reason, a time in the past,
a round that closed meanwhile, beat included) is shown on the form beside
what was typed, with its status (400, or 409 for a closed round).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from consult.models import Sector
from consult.refusals import Refusal

from ..access import refuse_or_sign_in, round_for_editor
from ..dates import when
from ..models import DocumentVersion, RoundChange
from . import rounds
from .forms import CloseRoundForm, ExtendRoundForm, NewRoundForm, RoundDatesForm

CHANGE_PERMISSION = "recommendations.change_round"


def _context(round, **extra):
    version = round.version
    return {
        "round": round,
        "version": version,
        "document": version.document,
        "now": timezone.now(),
        "time_zone": timezone.get_current_timezone_name(),
        **extra,
    }


def _closed_message(round):
    return _("This consultation closed on %(when)s; a closed consultation cannot be changed or reopened.") % {
        "when": when(round.closed_at or round.closes_at)
    }


@require_GET
def round_manage(request, pk):
    """A round for its editors: when it opens and closes, what changed and
    why, and the controls that still apply."""
    round, denied = round_for_editor(request, pk, CHANGE_PERMISSION)
    if denied:
        return denied
    closed = round.has_closed()
    labels = dict(Sector.choices)
    changes = RoundChange.objects.filter(round=round).select_related("editor__profile").order_by("created_at", "pk")
    earlier = round.version.rounds.exclude(pk=round.pk).order_by("opens_at", "pk")
    return render(
        request,
        "recommendations/round_manage.html",
        _context(
            round,
            closed=closed,
            changes=changes,
            earlier_rounds=earlier,
            new_round_refusal=rounds.new_round_refusal(round.version) if closed else None,
            # as the statistics and the report count them: the authors of visible feedback
            participants=round.feedback.visible().values("author").distinct().count(),
            sector_labels=[labels[s] for s in round.sectors if s in labels],
        ),
    )


def _change_page(request, pk, *, form_class, template, act, success, initial=None, form_kwargs=None):
    """GET: the form; POST: ``act(round, cleaned_data)`` and back to the round's page."""
    round, denied = round_for_editor(request, pk, CHANGE_PERMISSION)
    if denied:
        return denied
    kwargs = form_kwargs(round) if form_kwargs else {}
    form = form_class(
        request.POST if request.method == "POST" else None, initial=initial(round) if initial else None, **kwargs
    )
    status = 200
    closed = round.has_closed()
    if closed:
        # Beat may not have marked it yet: past its closing time, a round is closed all the same.
        status = 409
        if request.method == "POST":
            form.is_valid()
            form.add_error(None, _closed_message(round))
    elif request.method == "POST":
        if form.is_valid():
            try:
                change = act(round, form.cleaned_data)
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
                round.refresh_from_db()
                closed = round.has_closed()
            else:
                if change is None:
                    messages.info(request, _closed_message(round))
                else:
                    messages.success(request, success(change))
                return redirect("recommendations:round_manage", pk=round.pk)
        else:
            status = 400
    return render(
        request,
        template,
        _context(round, form=form, closed=closed, closed_message=_closed_message(round) if closed else ""),
        status=status,
    )


@require_http_methods(["GET", "POST"])
def round_close(request, pk):
    """Close a running round now, with a reason."""

    def act(round, data):
        return rounds.close_round_now(editor=request.user, round=round, reason=data["reason"])

    return _change_page(
        request,
        pk,
        form_class=CloseRoundForm,
        template="recommendations/round_close.html",
        act=act,
        success=lambda change: _(
            "The consultation is closed. Participants are told by e-mail; the digest is being prepared."
        ),
    )


@require_http_methods(["GET", "POST"])
def round_extend(request, pk):
    """Move a running round's closing time later, with a reason."""

    def act(round, data):
        return rounds.extend_round(editor=request.user, round=round, closes_at=data["closes_at"], reason=data["reason"])

    return _change_page(
        request,
        pk,
        form_class=ExtendRoundForm,
        template="recommendations/round_extend.html",
        act=act,
        initial=lambda round: {"closes_at": timezone.localtime(round.closes_at) + timezone.timedelta(days=7)},
        success=lambda change: (
            _("The consultation now closes on %(when)s. Participants are told by e-mail.")
            % {"when": when(change.new_closes_at)}
        ),
    )


@require_http_methods(["GET", "POST"])
def round_dates(request, pk):
    """Change a running round's opening (before it opens) and closing times, with a reason."""

    def act(round, data):
        # Once open, the (disabled) field shows the opening time to the minute; the round keeps its own.
        opened = round.opens_at <= timezone.now()
        return rounds.change_round_dates(
            editor=request.user,
            round=round,
            opens_at=round.opens_at if opened else data["opens_at"],
            closes_at=data["closes_at"],
            reason=data["reason"],
        )

    return _change_page(
        request,
        pk,
        form_class=RoundDatesForm,
        template="recommendations/round_dates.html",
        act=act,
        initial=lambda round: {
            "opens_at": timezone.localtime(round.opens_at),
            "closes_at": timezone.localtime(round.closes_at),
        },
        form_kwargs=lambda round: {"opened": round.opens_at <= timezone.now()},
        success=lambda change: (
            _(
                "The consultation's dates are changed: it opens on %(opens)s and closes on %(closes)s. "
                "Participants are told by e-mail."
            )
            % {"opens": when(change.new_opens_at), "closes": when(change.new_closes_at)}
        ),
    )


@require_http_methods(["GET", "POST"])
def round_new(request, pk):
    """Open a further round on version ``pk``, whose last round has closed
    and from which no next version was built."""
    version = get_object_or_404(DocumentVersion.objects.for_page(), pk=pk)
    if not request.user.has_perm("recommendations.open_round", version):
        return refuse_or_sign_in(request, "recommendations.open_round")
    refusal = rounds.new_round_refusal(version)
    form = NewRoundForm(request.POST if request.method == "POST" else None)
    status = 409 if refusal else 200
    if request.method == "POST" and not refusal:
        if form.is_valid():
            try:
                round = rounds.open_new_round(editor=request.user, version=version, **form.cleaned_data)
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
            else:
                messages.success(
                    request,
                    _("A new consultation on version %(number)s is set up: it opens on %(opens)s.")
                    % {"number": version.number, "opens": when(round.opens_at)},
                )
                return redirect("recommendations:round_manage", pk=round.pk)
        else:
            status = 400
    return render(
        request,
        "recommendations/round_new.html",
        {
            "version": version,
            "document": version.document,
            "previous_round": version.round_or_none,
            "form": form,
            "refusal": refusal,
            "time_zone": timezone.get_current_timezone_name(),
        },
        status=status,
    )
