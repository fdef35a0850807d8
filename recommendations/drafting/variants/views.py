"""Pages of master documents and their country variants.

Thin: load, ask the named rule (recommendations/rules.py), call a service,
render. A refusal is shown beside what was typed, with the status it carries.
"""

import csv

from django.contrib import messages
from django.forms import HiddenInput
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from consult import ratelimit
from consult.models import Country
from consult.predicates import is_approved_member, is_country_staff_of, role_country_ids
from consult.ratelimit import client_address
from consult.refusals import Refusal

from ...access import refuse_or_sign_in
from ...models import (
    CountryVariant,
    Feedback,
    ForwardedFeedback,
    RecommendationDocument,
    VariantClause,
    VariantReviewItem,
)
from . import forwarding, review, services
from .forms import (
    AddClauseForm,
    ClauseStateForm,
    DecisionForm,
    ForwardedDecisionForm,
    MatrixFilterForm,
    TranslationForm,
    VariantCreateForm,
    VariantStartForm,
)
from .reading import european_matrix, summary_of, variant_lines

MATRIX_EXPORTS_PER_MINUTE = 10


def _master_or_404(pk):
    master = get_object_or_404(RecommendationDocument.objects.prefetch_related("editors"), pk=pk)
    if not master.is_master:
        raise Http404
    return master


def _variant_or_404(pk):
    return get_object_or_404(
        CountryVariant.objects.select_related("country", "master", "master_version", "document", "waiting_for"), pk=pk
    )


def _visible_variants(user, master, variants):
    """Published variants; unpublished ones for their office, the master's editors and administrators."""
    sees_all = user.has_perm("recommendations.edit_document", master)
    return [v for v in variants if v.is_published or sees_all or user.has_perm("recommendations.view_variant", v)]


def _countries_for_new_variant(user, master):
    """The countries whose office the user works in and that have no variant yet."""
    countries = Country.objects.exclude(recommendation_variants__master=master).order_by("name")
    staff, lead = role_country_ids(user, "country_staff"), role_country_ids(user, "country_lead")
    if staff is None or lead is None:
        return countries
    return countries.filter(pk__in=staff | lead)


def _matrix_for(request, master):
    """The matrix, its filter form and the filters applied: only the columns the user may read."""
    matrix = european_matrix(master)
    form = MatrixFilterForm(request.GET or None, chapters=matrix.chapters)
    chapter = state = ""
    if form.is_valid():
        chapter, state = form.cleaned_data["chapter"], form.cleaned_data["state"]
    shown = {v.pk for v in _visible_variants(request.user, master, matrix.variants)}
    return matrix.filtered(chapter=chapter, state=state, variant_ids=shown), form


def _matrix_refusal(request, master):
    """The matrix page and its three exports follow one rule, the master's
    audience (``recommendations.view_matrix``): everyone for a public
    master, an account with access for a members-only one."""
    if request.user.has_perm("recommendations.view_matrix", master):
        return None
    return refuse_or_sign_in(request, "recommendations.view_matrix")


def variant_matrix(request, pk):
    """The European view: which countries inherit, adapt or omit each clause, with the reasons."""
    master = _master_or_404(pk)
    refused = _matrix_refusal(request, master)
    if refused:
        return refused
    matrix, form = _matrix_for(request, master)
    create_form = None
    if request.user.is_authenticated:
        countries = _countries_for_new_variant(request.user, master)
        if countries.exists():
            create_form = VariantCreateForm(countries=countries)
    return render(
        request,
        "recommendations/variants/matrix.html",
        {
            "master": master,
            "matrix": matrix,
            "form": form,
            "create_form": create_form,
            "query": request.GET.urlencode(),
            "forwarded_count": (
                master.forwarded_feedback.count()
                if request.user.has_perm("recommendations.edit_document", master)
                else None
            ),
        },
    )


def variant_matrix_csv(request, pk):
    """The matrix as CSV: one row per master clause, and per country the
    state in the page's words (in the reader's language), its code for
    machines ("inherited", "not_yet", …) and the reason."""
    master = _master_or_404(pk)
    refused = _matrix_refusal(request, master)
    if refused:
        return refused
    matrix, _form = _matrix_for(request, master)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="variants-{master.pk}.csv"'
    writer = csv.writer(response)
    header = ["number", "kind", "master text"]
    for variant in matrix.variants:
        code = variant.country.code
        header += [f"{code} state", f"{code} state code", f"{code} reason"]
    writer.writerow(header)
    for row in matrix.rows:
        line = [row.clause.number, row.clause.kind, _csv_safe(row.clause.text)]
        for _variant, cell_state, state_word, reason, _pending in row.cells:
            line += [str(state_word), cell_state, _csv_safe(reason)]
        writer.writerow(line)
    return response


@require_GET
def variant_matrix_export(request, pk, format):
    """The matrix as PDF or Word (the filters of the page apply), readable
    by whoever reads the matrix page: the same audience for all three
    formats. What each costs to render is bounded by the one master."""
    from . import matrix_exports

    master = _master_or_404(pk)
    refused = _matrix_refusal(request, master)
    if refused:
        return refused
    # Public now for a public master: each render costs a second of a worker,
    # so one visitor (account, else address) gets a few a minute.
    identity = f"user:{request.user.pk}" if request.user.is_authenticated else client_address(request)
    try:
        ratelimit.consume("variant-matrix-export", identity, limit=MATRIX_EXPORTS_PER_MINUTE, window=60)
    except ratelimit.RateLimited as limited:
        response = render(request, "429.html", status=429)
        response["Retry-After"] = str(limited.retry_after)
        return response
    matrix, _form = _matrix_for(request, master)
    if format == "pdf":
        body, content_type = matrix_exports.matrix_pdf(master, matrix), "application/pdf"
    else:
        body = matrix_exports.matrix_docx(master, matrix)
        content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="variants-{master.pk}.{format}"'
    return response


def _csv_safe(text):
    """No formula injection in spreadsheets: a leading =, +, - or @ is quoted."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _office_countries(user):
    """The countries whose office ``user`` works in (staff or lead), for the start form."""
    staff, lead = role_country_ids(user, "country_staff"), role_country_ids(user, "country_lead")
    countries = Country.objects.order_by("name")
    if staff is None or lead is None:
        return countries
    return countries.filter(pk__in=staff | lead)


@require_http_methods(["GET", "POST"])
def variant_create(request, pk=None):
    """An office starts its country's variant of a master: from the master's
    page and its matrix (``pk``: that master, chosen already), or from the
    staff member's own tools and the country page (any master, chosen in the
    form). An unpublished master, a second variant for the same country, a
    country whose office one is not in: each is told in the form."""
    master = _master_or_404(pk) if pk is not None else None
    if not request.user.is_authenticated:
        return refuse_or_sign_in(request, "recommendations.create_variant")
    # Only country offices start variants, never an administrator as such.
    if not (is_approved_member(request.user) and is_country_staff_of(request.user)):
        return refuse_or_sign_in(request, "recommendations.create_variant")
    masters = RecommendationDocument.objects.filter(is_master=True, is_variant=False).order_by("title")
    countries = _office_countries(request.user)
    data = None
    if request.method == "POST":
        data = request.POST.copy()
        if master is not None:
            data["master"] = str(master.pk)
    initial = {"master": master.pk if master else None}
    chosen_country = countries.filter(code=request.GET.get("country", "")[:2].upper()).first()
    if chosen_country is not None:  # from the country page's link
        initial["country"] = chosen_country.pk
    # A posted country is looked up among all, so another country's is refused (403), not "not a choice".
    form = VariantStartForm(
        data, initial=initial, masters=masters, countries=Country.objects.all() if data else countries
    )
    if master is not None:  # chosen already: the page names it
        form.fields["master"].widget = HiddenInput()
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            country, chosen = form.cleaned_data["country"], form.cleaned_data["master"]
            if not services.may_create_variant(request.user, country):
                return refuse_or_sign_in(request, "recommendations.create_variant")
            try:
                variant = services.create_variant(
                    staff=request.user, master=chosen, country=country, language=form.cleaned_data["language"]
                )
            except Refusal as refusal:
                refusal.add_to_form(form)
                status = refusal.status
            else:
                messages.success(request, _("The variant was created: every clause is inherited from the master."))
                return redirect(variant)
    form.fields["country"].queryset = countries
    existing = CountryVariant.objects.filter(country__in=countries.values("pk")).select_related("master", "country")
    return render(
        request,
        "recommendations/variants/create.html",
        {"master": master, "form": form, "existing": existing.order_by("master__title", "country__name")},
        status=status,
    )


@require_POST
def mark_master(request, pk):
    document = get_object_or_404(RecommendationDocument, pk=pk)
    if not request.user.has_perm("recommendations.mark_master", document):
        return refuse_or_sign_in(request, "recommendations.mark_master")
    try:
        services.mark_master(editor=request.user, document=document, is_master=request.POST.get("is_master") != "0")
    except Refusal as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("Saved."))
    return redirect("recommendations:variant_matrix", document.pk) if document.is_master else redirect(document)


def variant(request, pk):
    """The variant beside the master's wording, with what the office changed and why."""
    variant = _variant_or_404(pk)
    if not request.user.has_perm("recommendations.view_variant", variant):
        return refuse_or_sign_in(request, "recommendations.view_variant")
    lines = variant_lines(variant)
    can_edit = services.may_edit_variant(request.user, variant)
    return render(
        request,
        "recommendations/variants/variant.html",
        {
            "variant": variant,
            "lines": lines,
            "summary": summary_of(lines),
            "can_edit": can_edit,
            "events": variant.events.select_related("master_version")[:30] if can_edit else [],
            # why a newer master version waits, in the reader's language and time zone
            "waiting_round": services.open_round_of(variant) if variant.waiting_for_id else None,
        },
    )


def _edit_guard(request, variant):
    if not services.may_edit_variant(request.user, variant):
        return refuse_or_sign_in(request, "recommendations.edit_variant")
    return None


@require_http_methods(["GET", "POST"])
def variant_clause(request, pk, key):
    """The office sets one clause's state (with its reason) or its translation."""
    variant = _variant_or_404(pk)
    refused = _edit_guard(request, variant)
    if refused:
        return refused
    row = get_object_or_404(VariantClause.objects.for_reading(), variant=variant, key=key)
    added = row.state == VariantClause.State.ADDED
    initial = {
        "state": row.state,
        "text": row.text or (row.master_clause.text if row.master_clause else ""),
        "reason": row.reason,
        "revision": row.revision,
    }
    form = ClauseStateForm(initial=initial, added=added)
    translation_form = TranslationForm(initial={"translation": row.translation, "revision": row.revision})
    status = 200
    if request.method == "POST":
        try:
            if "translation" in request.POST:
                translation_form = TranslationForm(request.POST)
                if translation_form.is_valid():
                    services.set_translation(
                        staff=request.user,
                        variant=variant,
                        key=row.key,
                        translation=translation_form.cleaned_data["translation"],
                        expected_revision=translation_form.cleaned_data["revision"],
                    )
                    messages.success(request, _("The translation was saved."))
                    return redirect(reverse("recommendations:variant", args=[variant.pk]) + f"#clause-{row.key}")
            elif "remove" in request.POST and added:
                services.remove_national_clause(
                    staff=request.user, variant=variant, key=row.key, expected_revision=request.POST.get("revision")
                )
                messages.success(request, _("The national clause was removed."))
                return redirect(variant)
            else:
                form = ClauseStateForm(request.POST, added=added)
                if form.is_valid():
                    services.set_clause_state(
                        staff=request.user,
                        variant=variant,
                        key=row.key,
                        state=form.cleaned_data["state"],
                        text=form.cleaned_data["text"],
                        reason=form.cleaned_data["reason"],
                        expected_revision=form.cleaned_data["revision"],
                    )
                    messages.success(request, _("The clause was saved."))
                    return redirect(reverse("recommendations:variant", args=[variant.pk]) + f"#clause-{row.key}")
        except Refusal as refusal:
            refusal.add_to_form(translation_form if "translation" in request.POST else form)
            status = refusal.status
        else:
            status = 400
    return render(
        request,
        "recommendations/variants/clause_form.html",
        {"variant": variant, "row": row, "form": form, "translation_form": translation_form, "added": added},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def variant_add_clause(request, pk):
    variant = _variant_or_404(pk)
    refused = _edit_guard(request, variant)
    if refused:
        return refused
    lines = variant_lines(variant)
    form = AddClauseForm(request.POST or None, lines=lines)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                row = services.add_national_clause(
                    staff=request.user,
                    variant=variant,
                    after_key=data["after_key"] or None,
                    text=data["text"],
                    reason=data["reason"],
                    kind=data["kind"],
                    level=data["level"],
                )
            except Refusal as refusal:
                refusal.add_to_form(form)
                status = refusal.status
            else:
                messages.success(request, _("The national clause was added."))
                return redirect(reverse("recommendations:variant", args=[variant.pk]) + f"#clause-{row.key}")
    return render(
        request, "recommendations/variants/add_clause.html", {"variant": variant, "form": form}, status=status
    )


@require_http_methods(["GET", "POST"])
def variant_review(request, pk):
    """The office's review items, each with the three-way view and its decision form."""
    variant = _variant_or_404(pk)
    refused = _edit_guard(request, variant)
    if refused:
        return refused
    items = list(variant.review_items.for_review_page())
    rows = {r.key: r for r in VariantClause.objects.filter(variant=variant, key__in=[i.key for i in items])}
    forms = {
        item.pk: DecisionForm(
            item=item, initial={"revision": item.revision, "reason": getattr(rows.get(item.key), "reason", "")}
        )
        for item in items
    }
    status = 200
    if request.method == "POST":
        item = get_object_or_404(VariantReviewItem, pk=request.POST.get("item") or 0, variant=variant)
        form = DecisionForm(request.POST, item=item)
        status = 400
        if form.is_valid():
            try:
                review.decide_review_item(
                    staff=request.user,
                    item=item,
                    choice=form.cleaned_data["choice"],
                    text=form.cleaned_data["text"],
                    reason=form.cleaned_data["reason"],
                    expected_revision=form.cleaned_data["revision"],
                )
            except Refusal as refusal:
                refusal.add_to_form(form)
                status = refusal.status
            else:
                messages.success(request, _("Decided."))
                return redirect("recommendations:variant_review", variant.pk)
        forms[item.pk] = form
        if item not in items:  # decided by someone else meanwhile: show it with the refusal
            items.append(item)
            rows.setdefault(item.key, VariantClause.objects.filter(variant=variant, key=item.key).first())
    entries = [(item, rows.get(item.key), forms[item.pk]) for item in items]
    return render(
        request, "recommendations/variants/review.html", {"variant": variant, "entries": entries}, status=status
    )


@require_POST
def variant_publish(request, pk):
    variant = _variant_or_404(pk)
    refused = _edit_guard(request, variant)
    if refused:
        return refused
    services.publish_variant(staff=request.user, variant=variant)
    messages.success(request, _("The variant is published: everyone can read it."))
    return redirect(variant)


@require_POST
def forward_feedback(request, pk):
    """The office forwards one item of its national round's feedback to the master's editors."""
    feedback = get_object_or_404(
        Feedback.objects.visible().select_related("round", "clause", "version__document", "author_country"), pk=pk
    )
    variant = forwarding.variant_of_feedback(feedback)
    if variant is None or not services.may_edit_variant(request.user, variant):
        return refuse_or_sign_in(request, "recommendations.edit_variant")
    try:
        _row, created = forwarding.forward_feedback_to_master(staff=request.user, feedback=feedback)
    except Refusal as refusal:
        from ...consultation.forms import DecisionForm
        from ...consultation.triage_views import forwarding_context

        context = {"form": DecisionForm(), "feedback": feedback, "forward_error": refusal.message}
        context.update(forwarding_context(request.user, feedback))
        return render(request, "recommendations/decide.html", context, status=refusal.status)
    if created:
        messages.success(request, _("Forwarded: the master's editors see it with your country and the clause."))
    else:
        messages.info(request, _("This feedback was already forwarded to the master's editors."))
    return redirect("recommendations:decide", feedback.pk)


def forwarded_feedback(request, pk):
    """For the master's editors: feedback the offices forwarded from their
    national rounds, with its country, variant and clause."""
    master = _master_or_404(pk)
    if not request.user.has_perm("recommendations.edit_document", master):
        return refuse_or_sign_in(request, "recommendations.edit_document")
    version = services.published_master_version(master)
    numbers = dict(version.clauses.values_list("key", "number")) if version else {}
    rows = list(forwarding.forwarded_to(master))
    for row in rows:
        row.master_number = numbers.get(row.key, "")
    return render(request, "recommendations/variants/forwarded.html", {"master": master, "rows": rows})


@require_http_methods(["GET", "POST"])
def forwarded_decide(request, pk):
    """The master's editors decide one forwarded item, seeing where it came
    from (country, variant, the author's sector) and the master's clause."""
    forwarded = get_object_or_404(
        ForwardedFeedback.objects.select_related(
            "master", "variant__country", "feedback__clause", "feedback__author_country", "decided_by"
        ),
        pk=pk,
    )
    if not request.user.has_perm("recommendations.decide_forwarded", forwarded.master):
        return refuse_or_sign_in(request, "recommendations.decide_forwarded")
    version = services.published_master_version(forwarded.master)
    master_clause = version.clauses.filter(key=forwarded.key).first() if version else None
    initial = {
        "decision": forwarded.decision if forwarded.is_decided else "accepted",
        "reason": forwarded.decision_reason,
        "revision": forwarded.decision_revision,
    }
    form = ForwardedDecisionForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                forwarding.decide_forwarded(
                    editor=request.user,
                    forwarded=forwarded,
                    decision=form.cleaned_data["decision"],
                    reason=form.cleaned_data["reason"],
                    expected_revision=form.cleaned_data["revision"],
                )
            except Refusal as refusal:
                refusal.add_to_form(form)
                status = refusal.status
                forwarded.refresh_from_db()
            else:
                messages.success(request, _("Decision saved; the country office sees it beside its own."))
                back = request.POST.get("next", "")
                if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
                    return redirect(back)
                return redirect("recommendations:variant_forwarded_feedback", forwarded.master_id)
    return render(
        request,
        "recommendations/variants/forwarded_decide.html",
        {
            "forwarded": forwarded,
            "master_clause": master_clause,
            "form": form,
            "next": request.GET.get("next") or request.POST.get("next", ""),
        },
        status=status,
    )
