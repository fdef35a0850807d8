"""Pages of draft recommendations: reading, authoring, feedback, triage.

Thin: parse the request, ask recommendations/rules.py, call a service,
render. A service's refusal is shown in the page beside what was typed.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from consult.access import refuse
from consult.models import Flag

from . import services
from .forms import (
    BulkDecisionForm,
    ClauseForm,
    DecisionForm,
    DocumentForm,
    FeedbackForm,
    MoveForm,
    RoundForm,
    SplitForm,
    TriageFilterForm,
)
from .models import Clause, ConsultationRound, DocumentVersion, Feedback, RecommendationDocument
from .models.documents import feedback_counts_by_clause
from .statistics import round_statistics

TRIAGE_PAGE_SIZE = 1000


def _deny(request, permission):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return refuse(request, permission)


def _allowed(request, permission, obj):
    return request.user.has_perm(permission, obj)


def _version(pk):
    return get_object_or_404(
        DocumentVersion.objects.select_related("document__country").prefetch_related("document__editors"), pk=pk
    )


def _round_of(version):
    try:
        return version.consultation_round
    except ConsultationRound.DoesNotExist:
        return None


def _apply_error(form, error):
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


# --- reading --------------------------------------------------------------------


def index(request):
    """Documents with the versions this visitor may read."""
    documents = RecommendationDocument.objects.for_index().order_by("title", "pk")
    rows = []
    for document in documents:
        versions = [
            v
            for v in document.versions.all()
            if v.is_public or request.user.has_perm("recommendations.view_version", v)
        ]
        if versions:
            rows.append((document, versions))
    can_add = request.user.is_authenticated and request.user.has_perm("recommendations.add_document")
    return render(request, "recommendations/index.html", {"rows": rows, "can_add": can_add})


def current_version(versions):
    """The document's current version: the newest in consultation, closed or
    final (earlier ones are superseded; drafts are not current)."""
    current = [v for v in versions if v.status in ("consultation", "closed", "final")]
    return current[-1] if current else None


def document(request, pk):
    """The current version, else the newest version the visitor may read."""
    document = get_object_or_404(RecommendationDocument, pk=pk)
    versions = list(document.versions.order_by("number"))
    current = current_version(versions)
    if current is not None and request.user.has_perm("recommendations.view_version", current):
        return redirect(current)
    for version in reversed(versions):
        if request.user.has_perm("recommendations.view_version", version):
            return redirect(version)
    return _deny(request, "recommendations.view_version")


def version(request, pk, printable=False):
    """A version: table of contents, numbered clauses with anchors, feedback
    counts per clause, the round's countdown and participation."""
    version = _version(pk)
    if not _allowed(request, "recommendations.view_version", version):
        return _deny(request, "recommendations.view_version")
    clauses = list(version.clauses.in_order())
    round = _round_of(version)
    can_see_feedback = _allowed(request, "recommendations.view_feedback", version)
    versions = [
        v
        for v in version.document.versions.order_by("number")
        if not v.is_draft or _allowed(request, "recommendations.edit_document", version)
    ]
    counts = feedback_counts_by_clause(version) if can_see_feedback and round else {}
    # A built draft not published yet: it may be published, or discarded to build again.
    built_draft = version.is_draft and hasattr(version, "built_by")
    for clause in clauses:
        clause.feedback_count = counts.get(clause.pk, 0)
    context = {
        # A version out of draft never changes: its clauses are rendered once
        # per set of feedback counts (issue #9; 500 clauses cost ~100 ms).
        "clauses_cache_seconds": 0 if version.is_draft else 3600,
        "clauses_cache_key": f"{version.pk}:{hash(frozenset(counts.items()))}",
        "version": version,
        "document": version.document,
        "clauses": clauses,
        "headings": [c for c in clauses if c.is_heading],
        "round": round,
        "now": timezone.now(),
        "can_see_feedback": can_see_feedback,
        "can_edit": _allowed(request, "recommendations.edit_document", version),
        "versions": versions,
        "previous_version": next((v for v in reversed(versions) if v.number < version.number), None),
        "current": current_version(versions),
        "can_read_report": bool(round) and _allowed(request, "recommendations.view_report", round),
        "can_publish": built_draft and _allowed(request, "recommendations.publish_version", version),
        "can_discard": built_draft and _allowed(request, "recommendations.build_version", version),
    }
    if round and can_see_feedback:
        context["participation"] = round.feedback.visible().aggregate(
            items=Count("pk"), people=Count("author", distinct=True)
        )
        context["can_give_feedback"] = round.is_open() and _allowed(request, "recommendations.give_feedback", round)
        context["document_feedback"] = (
            Feedback.objects.filter(version=version, clause__isnull=True).visible_to(request.user).for_listing()
        )
        context["feedback_form"] = FeedbackForm()
    template = "recommendations/version_print.html" if printable else "recommendations/version.html"
    return render(request, template, context)


def version_print(request, pk):
    return version(request, pk, printable=True)


@require_http_methods(["GET", "POST"])
def clause(request, pk, key):
    """One clause with everyone's feedback on it, and the form to add one
    (a plain form: works without JavaScript)."""
    version = _version(pk)
    if not _allowed(request, "recommendations.view_version", version):
        return _deny(request, "recommendations.view_version")
    clause = get_object_or_404(Clause, version=version, key=key)
    round = _round_of(version)
    can_see_feedback = _allowed(request, "recommendations.view_feedback", version)
    can_give = bool(round and round.is_open() and _allowed(request, "recommendations.give_feedback", round))
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
            except services.RecommendationError as error:
                _apply_error(form, error)
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
        feedback = list(
            clause.feedback.visible_to(request.user).for_listing().prefetch_related(_my_endorsements(request.user))
        )
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
            "form": form,
            "can_give_feedback": can_give,
            "can_see_feedback": can_see_feedback,
            "round_open": bool(round and round.is_open()),
            "flag_reasons": Flag.Reason.choices,
            "inline": inline,
        },
        status=status,
    )


def _my_endorsements(user):
    from .models import Endorsement

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
    version = _version(pk)
    round = _round_of(version)
    if round is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(version.get_absolute_url())
    form = FeedbackForm(request.POST)
    status = 400
    if form.is_valid():
        try:
            result = services.give_feedback(author=request.user, round=round, clause=None, **form.cleaned_data)
        except services.RecommendationError as error:
            _apply_error(form, error)
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
    if not _allowed(request, "recommendations.edit_feedback", feedback):
        return _deny(request, "recommendations.edit_feedback")
    initial = {k: getattr(feedback, k) for k in ("kind", "text", "quoted_span", "proposed_text")}
    form = FeedbackForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                result = services.edit_feedback(author=request.user, feedback=feedback, **form.cleaned_data)
            except services.RecommendationError as error:
                _apply_error(form, error)
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
    if not _allowed(request, "recommendations.endorse_feedback", feedback):
        return _deny(request, "recommendations.endorse_feedback")
    try:
        if request.POST.get("withdraw"):
            services.withdraw_endorsement(user=request.user, feedback=feedback)
        else:
            services.endorse(user=request.user, feedback=feedback)
    except services.RecommendationError as error:
        messages.error(request, error.message)
    return redirect(feedback.get_absolute_url())


@require_POST
def flag(request, pk):
    feedback = get_object_or_404(Feedback.objects.select_related("round", "version__document"), pk=pk)
    if not _allowed(request, "recommendations.flag_feedback", feedback):
        return _deny(request, "recommendations.flag_feedback")
    try:
        services.flag_feedback(
            user=request.user,
            feedback=feedback,
            reason=request.POST.get("reason", ""),
            note=request.POST.get("note", ""),
        )
    except services.RecommendationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Thank you: the moderators will look at it."))
    return redirect(feedback.get_absolute_url())


# --- authoring --------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def document_create(request):
    if not request.user.is_authenticated or not request.user.has_perm("recommendations.add_document"):
        return _deny(request, "recommendations.add_document")
    form = DocumentForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                upload = data.get("file")
                if upload is not None and upload.name.lower().endswith(".docx"):
                    blocks = services.import_blocks(docx=upload.read())
                elif upload is not None:
                    try:
                        text = upload.read().decode("utf-8")
                    except UnicodeDecodeError as error:
                        raise services.RecommendationError(
                            _("The Markdown file is not UTF-8 text."), field="file"
                        ) from error
                    blocks = services.import_blocks(markdown_text=text)
                else:
                    blocks = services.import_blocks(markdown_text=data["markdown_text"])
                document = services.create_document(
                    editor=request.user,
                    title=data["title"],
                    summary=data["summary"],
                    country=data["country"],
                    blocks=blocks,
                    members_only_in_consultation=data["members_only_in_consultation"],
                )
            except services.RecommendationError as error:
                _apply_error(form, error)
                status = error.status
            else:
                version = document.versions.get(number=1)
                messages.success(request, _("Imported %(n)s clauses.") % {"n": version.clauses.count()})
                return redirect("recommendations:version_edit", pk=version.pk)
        else:
            status = 400
    return render(request, "recommendations/document_form.html", {"form": form}, status=status)


def version_edit(request, pk):
    """The draft editor: every clause with edit, split, merge, move and delete."""
    version = _version(pk)
    if not _allowed(request, "recommendations.edit_document", version):
        return _deny(request, "recommendations.edit_document")
    return render(
        request,
        "recommendations/version_edit.html",
        {"version": version, "document": version.document, "clauses": list(version.clauses.in_order()),
         "add_form": ClauseForm(initial={"kind": "paragraph", "level": 1})},
    )  # fmt: skip


def _clause_for_edit(request, pk):
    clause = get_object_or_404(Clause.objects.select_related("version__document"), pk=pk)
    if not _allowed(request, "recommendations.edit_document", clause.version):
        return clause, _deny(request, "recommendations.edit_document")
    return clause, None


@require_http_methods(["GET", "POST"])
def clause_edit(request, pk):
    clause, denied = _clause_for_edit(request, pk)
    if denied:
        return denied
    form = ClauseForm(request.POST or None, initial={"kind": clause.kind, "level": clause.level, "text": clause.text})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.update_clause(editor=request.user, clause=clause, **form.cleaned_data)
            except services.RecommendationError as error:
                _apply_error(form, error)
                status = error.status
            else:
                return redirect(reverse("recommendations:version_edit", args=[clause.version_id]) + f"#{clause.anchor}")
        else:
            status = 400
    return render(
        request,
        "recommendations/clause_form.html",
        {"form": form, "clause": clause, "version": clause.version},
        status=status,
    )


@require_POST
def clause_action(request, pk, action):
    """Split, merge with next, move, delete or add after a draft clause."""
    clause, denied = _clause_for_edit(request, pk)
    if denied:
        return denied
    back = reverse("recommendations:version_edit", args=[clause.version_id])
    try:
        if action == "split":
            form = SplitForm(request.POST)
            if not form.is_valid():
                raise services.RecommendationError(_("Give the character to split after."))
            services.split_clause(editor=request.user, clause=clause, at=form.cleaned_data["at"])
        elif action == "merge":
            services.merge_with_next(editor=request.user, clause=clause)
        elif action == "move":
            form = MoveForm(request.POST)
            if not form.is_valid():
                raise services.RecommendationError(_("Give the position to move to."))
            services.move_clause(editor=request.user, clause=clause, to_position=form.cleaned_data["to_position"] - 1)
        elif action in ("up", "down"):
            services.move_clause(
                editor=request.user, clause=clause, to_position=clause.position + (-1 if action == "up" else 1)
            )
        elif action == "delete":
            services.delete_clause(editor=request.user, clause=clause)
        elif action == "add":
            form = ClauseForm(request.POST)
            if not form.is_valid():
                raise services.RecommendationError(_("A new clause needs its kind and text."))
            services.add_clause(editor=request.user, version=clause.version, after=clause, **form.cleaned_data)
        else:
            raise Http404
    except services.RecommendationError as error:
        messages.error(request, error.message)
    return redirect(f"{back}#{clause.anchor}")


@require_http_methods(["GET", "POST"])
def round_create(request, pk):
    version = _version(pk)
    if not _allowed(request, "recommendations.open_round", version):
        return _deny(request, "recommendations.open_round")
    form = RoundForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.open_round(editor=request.user, version=version, **form.cleaned_data)
            except services.RecommendationError as error:
                _apply_error(form, error)
                status = error.status
            else:
                messages.success(request, _("The consultation is set up; the version can no longer be edited."))
                return redirect(version)
        else:
            status = 400
    return render(request, "recommendations/round_form.html", {"form": form, "version": version}, status=status)


# --- triage and statistics ---------------------------------------------------------


def _round_for_editor(request, pk, permission="recommendations.decide_feedback"):
    round = get_object_or_404(
        ConsultationRound.objects.select_related("version__document__country").prefetch_related(
            "version__document__editors"
        ),
        pk=pk,
    )
    if not _allowed(request, permission, round):
        return round, _deny(request, permission)
    return round, None


@require_http_methods(["GET", "POST"])
def triage(request, pk, key=None):
    """All feedback of a round, filtered, with single and bulk decisions;
    with ``key``, one clause's text beside its feedback."""
    round, denied = _round_for_editor(request, pk)
    if denied:
        return denied
    clause = get_object_or_404(Clause, version_id=round.version_id, key=key) if key else None
    filters = TriageFilterForm(request.GET or None)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    items = round.feedback.for_triage(
        clause=clause,
        kind=criteria.get("kind", ""),
        decision=criteria.get("decision", ""),
        sector=criteria.get("sector", ""),
        country=criteria.get("country"),
        endorsed={"yes": True, "no": False}.get(criteria.get("endorsed", "")),
    )
    page = Paginator(items, TRIAGE_PAGE_SIZE).get_page(request.GET.get("page"))
    bulk = BulkDecisionForm(request.POST or None, item_ids=[item.pk for item in page.object_list])
    status = 200
    if request.method == "POST":
        if bulk.is_valid():
            chosen = [item for item in page.object_list if item.pk in set(bulk.cleaned_data["items"])]
            try:
                duplicate_of = _duplicate_target(round, bulk.cleaned_data.get("duplicate_of"))
                decided = services.decide_in_bulk(
                    items=chosen,
                    editor=request.user,
                    decision=bulk.cleaned_data["decision"],
                    reason=bulk.cleaned_data["reason"],
                    duplicate_of=duplicate_of,
                    expected_revisions=_revisions_seen(request.POST, chosen),
                )
            except services.RecommendationError as error:
                _apply_error(bulk, error)
                status = error.status
            else:
                messages.success(request, _("%(n)s items decided.") % {"n": len(decided)})
                return redirect(request.get_full_path())
        else:
            status = 400
    return render(
        request,
        "recommendations/triage.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "clause": clause,
            "page": page,
            "filters": filters,
            "bulk": bulk,
            "decisions": DecisionForm.base_fields["decision"].choices,
        },
        status=status,
    )


def _revisions_seen(post, items):
    """{item id: the decision_revision the editor's page showed} from the form's hidden fields."""
    seen = {}
    for item in items:
        value = post.get(f"rev-{item.pk}", "")
        if value.isdigit():
            seen[item.pk] = int(value)
    return seen


def _duplicate_target(round, pk):
    if not pk:
        return None
    target = Feedback.objects.filter(round=round, pk=pk).first()
    if target is None:
        raise services.RecommendationError(
            _("There is no item #%(pk)s in this consultation.") % {"pk": pk}, field="duplicate_of"
        )
    return target


@require_http_methods(["GET", "POST"])
def decide(request, pk):
    # Only feedback members can see: held or hidden feedback waits for a moderator.
    feedback = get_object_or_404(
        Feedback.objects.visible().select_related(
            "round", "clause", "version__document", "author__profile", "author_country"
        ),
        pk=pk,
    )
    if not _allowed(request, "recommendations.decide_feedback", feedback):
        return _deny(request, "recommendations.decide_feedback")
    initial = {
        "decision": feedback.decision if feedback.is_decided else Feedback.Decision.ACCEPTED,
        "reason": feedback.decision_reason,
        "revision": feedback.decision_revision,
        "duplicate_of": feedback.duplicate_of_id,
    }
    form = DecisionForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.decide_feedback(
                    feedback=feedback,
                    editor=request.user,
                    decision=data["decision"],
                    reason=data["reason"],
                    duplicate_of=_duplicate_target(feedback.round, data.get("duplicate_of")),
                    expected_revision=data.get("revision"),
                )
            except services.RecommendationError as error:
                _apply_error(form, error)
                status = error.status
                feedback.refresh_from_db()
            else:
                messages.success(request, _("Decision saved; the author will be told."))
                return redirect("recommendations:triage", pk=feedback.round_id)
        else:
            status = 400
    return render(request, "recommendations/decide.html", {"form": form, "feedback": feedback}, status=status)


def statistics(request, pk):
    round, denied = _round_for_editor(request, pk, "recommendations.view_statistics")
    if denied:
        return denied
    return render(
        request,
        "recommendations/statistics.html",
        {"round": round, "version": round.version, "stats": round_statistics(round)},
    )
