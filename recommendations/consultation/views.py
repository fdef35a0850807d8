"""Pages of a version under consultation: reading it with its feedback,
giving, editing, endorsing and flagging feedback, and opening a round.

Thin: parse the request, ask recommendations/rules.py, call a service,
render. A service's refusal is shown in the page beside what was typed.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from consult.access import permission_required
from consult.models import ContentWarning, Flag
from consult.moderation import content_warnings, in_context
from consult.predicates import profile_of
from consult.refusals import Refusal

from ..access import refuse_or_sign_in
from ..drafting.lookups import current_version
from ..models import Clause, DocumentVersion, Endorsement, Feedback
from . import decision_emails, services
from .forms import DecisionEmailsForm, DocumentFeedbackForm, FeedbackForm, RoundForm


def version(request, pk, printable=False):
    """A version: table of contents, numbered clauses with anchors, feedback
    counts per clause, the round's countdown and participation."""
    version = get_object_or_404(DocumentVersion.objects.for_page(), pk=pk)
    if not request.user.has_perm("recommendations.view_version", version):
        return refuse_or_sign_in(request, "recommendations.view_version")
    round = version.round_or_none
    can_see_feedback = request.user.has_perm("recommendations.view_feedback_of_version", version)
    versions = [
        v
        for v in version.document.versions.order_by("number")
        if not v.is_draft or request.user.has_perm("recommendations.edit_document", version)
    ]
    counts, document_level = (
        version.feedback.counts_for_page(request.user) if can_see_feedback and round else ({}, False)
    )
    # A built draft not published yet: it may be published, or discarded to build again.
    built_draft = version.is_draft and hasattr(version, "built_by")
    context = {
        "version": version,
        "document": version.document,
        "round": round,
        "now": timezone.now(),
        "can_see_feedback": can_see_feedback,
        "hide_names": can_see_feedback and not request.user.has_perm("recommendations.view_feedback", version),
        "can_edit": request.user.has_perm("recommendations.edit_document", version),
        "versions": versions,
        "previous_version": next((v for v in reversed(versions) if v.number < version.number), None),
        "current": current_version(versions),
        "can_read_report": bool(round) and request.user.has_perm("recommendations.view_report", round),
        "can_publish": built_draft and request.user.has_perm("recommendations.publish_version", version),
        "can_discard": built_draft and request.user.has_perm("recommendations.build_version", version),
    }
    if round and can_see_feedback:
        context["participation"] = round.feedback.visible().aggregate(
            items=Count("pk"), people=Count("author", distinct=True)
        )
        context["can_give_feedback"] = round.is_open() and services.may_give_feedback(request.user, round)
        context["document_feedback"] = (
            _with_warnings(
                request.user,
                list(
                    Feedback.objects.filter(version=version, clause__isnull=True)
                    .visible_to(request.user)
                    .for_listing()
                    .select_related("round__version__document")
                    .prefetch_related(_my_endorsements(request.user))
                ),
            )
            if document_level
            else []
        )
        if document_level:  # what each item offers: Edit to its author, Endorse to the others (as under a clause)
            context["round_open"] = round.is_open()
            context["may_endorse"] = services.may_take_part(request.user, "recommendations.take_part", round)
        context.update(_warning_context(request.user))
        context["feedback_form"] = DocumentFeedbackForm()
    if round and round.is_open() and version.document.is_variant and not context.get("can_give_feedback"):
        # a national round open to one country's members: the others are told why they see no feedback links
        context["national_round_country"] = version.document.country
    context.update(_clauses_context(version, counts, context, cached=not printable))
    if not printable:  # opened from the review queue: the feedback item's panel
        context["review_panel"] = in_context.review_panel(
            request, lambda content: getattr(content, "version_id", None) == version.pk
        )
    template = "recommendations/version_print.html" if printable else "recommendations/version.html"
    return render(request, template, context)


def _clauses_context(version, counts, context, *, cached):
    """The clauses and the contents' headings. A version out of draft never
    changes: its clauses are rendered once per set of feedback counts,
    language and what the reader may do (rendering 500 clauses costs
    ~100 ms), and when that fragment is in the cache the page reads only
    the headings, as plain values, instead of 500 clauses as objects."""
    fragment = "|".join(
        str(part)
        for part in (
            version.pk,
            hash(frozenset(counts.items())),
            get_language(),
            bool(context["can_see_feedback"]),
            bool(context.get("can_give_feedback")),
            context["round"].pk if context["round"] else "",
        )
    )
    seconds = 0 if version.is_draft or not cached else 3600
    # asked whether it is there, not read: the template reads it (half a megabyte for 500 clauses)
    if seconds and cache.has_key(make_template_fragment_key("version_clauses", [fragment])):
        # the contents are kept beside the clauses (version.html): read only if they expired
        headings = _Once(lambda: _heading_rows(version))
        clauses = _clauses_if_needed(version, counts)
    else:
        clauses = _clause_objects(version, counts)
        headings = [c for c in clauses if c.is_heading]
    return {"clauses_cache_seconds": seconds, "clauses_cache_key": fragment, "clauses": clauses, "headings": headings}


def _clause_objects(version, counts):
    clauses = list(version.clauses.in_order())
    for clause in clauses:
        # what the clause's list shows the reader, their own held and hidden items included
        clause.feedback_count, clause.own_waiting, clause.own_hidden = counts.get(clause.pk, (0, 0, 0))
    return clauses


def _clauses_if_needed(version, counts):
    """The clauses, read only if the template iterates them: the fragment
    may have expired between the view's look-up and the template's."""
    return lambda: _clause_objects(version, counts)


def _heading_rows(version):
    rows = version.clauses.in_order().filter(kind=Clause.Kind.HEADING).values("key", "level", "number", "text")
    return [HeadingRow(row) for row in rows]


class _Once:
    """A value the template reads only if it needs it, at most once (the
    template calls it for each ``{% if %}`` and ``{% for %}``)."""

    def __init__(self, read):
        self.read, self.value = read, None

    def __call__(self):
        if self.value is None:
            self.value = self.read()
        return self.value


class HeadingRow:
    """What the contents show of a heading, from a row of plain values."""

    __slots__ = ("key", "level", "number", "text")

    def __init__(self, row):
        self.key, self.level, self.number, self.text = row["key"], row["level"], row["number"], row["text"]

    @property
    def anchor(self):
        return f"clause-{self.key}"


def version_print(request, pk):
    return version(request, pk, printable=True)


@require_http_methods(["GET", "POST"])
def clause(request, pk, key):
    """One clause with everyone's feedback on it, and the form to add one
    (a plain form: works without JavaScript)."""
    version = get_object_or_404(DocumentVersion.objects.for_page(), pk=pk)
    if not request.user.has_perm("recommendations.view_version", version):
        return refuse_or_sign_in(request, "recommendations.view_version")
    clause = get_object_or_404(Clause, version=version, key=key)
    round = version.round_or_none
    can_see_feedback = request.user.has_perm("recommendations.view_feedback_of_version", version)
    can_give = bool(round and round.is_open() and services.may_give_feedback(request.user, round))
    form = FeedbackForm(request.POST or None)
    inline = request.GET.get("inline") == "1"
    status = 200
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if round is None:
            raise Http404
        if form.is_valid():
            try:
                result = services.give_feedback(author=request.user, round=round, clause=clause, **form.cleaned_data)
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
            else:
                _tell_if_held(request, result)
                if not inline:
                    return redirect(result.feedback.get_absolute_url())
                form = FeedbackForm()
                status = 201
        else:
            status = 400
    feedback = []
    if can_see_feedback:
        feedback = _with_warnings(
            request.user,
            list(
                clause.feedback.visible_to(request.user)
                .for_listing()
                .select_related("round__version__document")
                .prefetch_related(_my_endorsements(request.user))
            ),
        )
    # the reader's own items the list shows to them only, named beside the count
    own = [item.visibility for item in feedback if item.author_id == request.user.pk]
    # ?inline=1: only the clause's feedback and form, for the version page's
    # script to show under the clause (the page itself works without it).
    return render(
        request,
        "recommendations/includes/clause_feedback.html" if inline else "recommendations/clause.html",
        {
            "version": version,
            "document": version.document,
            "clause": clause,
            "round": round,
            "feedback": feedback,
            "own_waiting": own.count(Feedback.Visibility.HELD),
            "own_hidden": own.count(Feedback.Visibility.HIDDEN),
            "form": form,
            "can_give_feedback": can_give,
            "can_see_feedback": can_see_feedback,
            "hide_names": can_see_feedback and not request.user.has_perm("recommendations.view_feedback", version),
            "round_open": bool(round and round.is_open()),
            "may_endorse": bool(round and services.may_take_part(request.user, "recommendations.take_part", round)),
            "flag_reasons": Flag.Reason.choices,
            "inline": inline,
            # opened from the review queue: the feedback item's panel
            "review_panel": None
            if inline
            else in_context.review_panel(request, lambda content: getattr(content, "clause_id", None) == clause.pk),
            **_warning_context(request.user),
        },
        status=status,
    )


def _with_warnings(user, items):
    """The feedback items with their content warnings (one query) and
    whether the reader may change them (the author, a moderator: the items
    come with ``round__version__document``, which that check reads)."""
    content_warnings.attach(items)
    for item in items:
        item.may_warn = content_warnings.may_set_warning(user, item)
    return items


def _warning_context(user):
    return {"unfold_warnings": content_warnings.unfolds(user), "warning_kinds": ContentWarning.Kind.choices}


def _my_endorsements(user):
    user_id = user.pk if user.is_authenticated else None
    return Prefetch("endorsements", queryset=Endorsement.objects.filter(user_id=user_id), to_attr="my_endorsements")


def _tell_if_held(request, result):
    if not result.held:
        messages.success(request, _("Thank you: your feedback was saved."))
    elif result.findings:
        found = ", ".join(sorted({str(f.label) for f in result.findings}))
        messages.warning(
            request,
            _("Your feedback was saved but is waiting for a moderator: it may contain personal data (%(found)s).")
            % {"found": found},
        )
    else:
        messages.info(
            request, _("Your feedback was saved; a moderator reviews new members' first posts before others see them.")
        )


@require_POST
def give_document_feedback(request, pk):
    """Feedback on the whole document (no clause)."""
    version = get_object_or_404(DocumentVersion.objects.for_page(), pk=pk)
    round = version.round_or_none
    if round is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(version.get_absolute_url())
    form = DocumentFeedbackForm(request.POST)
    status = 400
    if form.is_valid():
        try:
            result = services.give_feedback(author=request.user, round=round, clause=None, **form.cleaned_data)
        except Refusal as error:
            error.add_to_form(form)
            status = error.status
        else:
            _tell_if_held(request, result)
            return redirect(result.feedback.get_absolute_url())
    return render(
        request, "recommendations/feedback_form.html", {"form": form, "version": version, "round": round}, status=status
    )


@require_http_methods(["GET", "POST"])
def feedback_edit(request, pk):
    feedback = get_object_or_404(Feedback.objects.select_related("round", "clause", "version__document"), pk=pk)
    if not services.may_edit_feedback(request.user, feedback):
        return refuse_or_sign_in(request, "recommendations.edit_feedback")
    initial = {k: getattr(feedback, k) for k in ("kind", "text", "quoted_span", "proposed_text")}
    form_class = FeedbackForm if feedback.clause_id else DocumentFeedbackForm
    form = form_class(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                result = services.edit_feedback(author=request.user, feedback=feedback, **form.cleaned_data)
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
            else:
                _tell_if_held(request, result)
                return redirect(result.feedback.get_absolute_url())
        else:
            status = 400
    return render(
        request,
        "recommendations/feedback_form.html",
        {"form": form, "feedback": feedback, "version": feedback.version, "round": feedback.round},
        status=status,
    )


@require_POST
def endorse(request, pk):
    feedback = get_object_or_404(Feedback.objects.select_related("round", "version__document"), pk=pk)
    if not services.may_take_part(request.user, "recommendations.endorse_feedback", feedback):
        return refuse_or_sign_in(request, "recommendations.endorse_feedback")
    try:
        if request.POST.get("withdraw"):
            services.withdraw_endorsement(user=request.user, feedback=feedback)
        else:
            services.endorse(user=request.user, feedback=feedback)
    except Refusal as error:
        messages.error(request, error.message)
    return redirect(feedback.get_absolute_url())


@require_POST
def flag(request, pk):
    feedback = get_object_or_404(Feedback.objects.select_related("round", "version__document"), pk=pk)
    if not request.user.has_perm("recommendations.flag_feedback", feedback):
        return refuse_or_sign_in(request, "recommendations.flag_feedback")
    try:
        services.flag_feedback(
            user=request.user,
            feedback=feedback,
            reason=request.POST.get("reason", ""),
            note=request.POST.get("note", ""),
        )
    except Refusal as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Thank you: the moderators will look at it."))
    return redirect(feedback.get_absolute_url())


@require_http_methods(["GET", "POST"])
def round_create(request, pk):
    version = get_object_or_404(DocumentVersion.objects.for_page(), pk=pk)
    if not request.user.has_perm("recommendations.open_round", version):
        return refuse_or_sign_in(request, "recommendations.open_round")
    form = RoundForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.open_round(editor=request.user, version=version, **form.cleaned_data)
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
            else:
                messages.success(request, _("The consultation is set up; the version can no longer be edited."))
                return redirect(version)
        else:
            status = 400
    return render(request, "recommendations/round_form.html", {"form": form, "version": version}, status=status)


@require_http_methods(["GET", "POST"])
@permission_required("recommendations.choose_decision_emails")
def decision_email_preference(request):
    """The member's choice: decisions on their feedback as one e-mail a day
    per consultation (the default), or each at once."""
    current = DecisionEmailsForm.EACH if decision_emails.wants_each_decision(request.user) else DecisionEmailsForm.DAILY
    form = DecisionEmailsForm(request.POST or None, initial={"frequency": current})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            each = form.cleaned_data["frequency"] == DecisionEmailsForm.EACH
            decision_emails.set_preference(user=request.user, immediately=each)
            messages.success(
                request,
                _("Saved: you receive an e-mail for each decision on your feedback.")
                if each
                else _("Saved: you receive one e-mail a day per consultation about the decisions on your feedback."),
            )
            return redirect("recommendations:decision_emails")
        status = 400
    profile = profile_of(request.user)
    return render(
        request,
        "recommendations/decision_emails.html",
        {
            "form": form,
            "discreet": bool(profile and profile.discreet_emails),
            "digest_hour": decision_emails.DIGEST_HOUR,
            "time_zone": timezone.get_current_timezone_name(),
        },
        status=status,
    )
