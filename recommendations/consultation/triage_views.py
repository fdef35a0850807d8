"""Pages of editors in a consultation: triage of a round's feedback,
single and bulk decisions, and the round's statistics.

Thin: parse the request, ask recommendations/rules.py, call a service,
render. A service's refusal is shown in the page beside what was typed.
"""

import hashlib
import html
import json
import uuid

from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from consult.country_data_cache import data_version
from consult.models import Sector
from consult.refusals import Refusal
from consult.sanitising import CLAUSE, render_markdown

from ..access import refuse_or_sign_in, round_for_editor
from ..drafting.variants.forwarding import forwarded_with_numbers, forwarding_state, variant_of_feedback
from ..drafting.variants.services import may_edit_variant
from ..models import Clause, Feedback, ForwardedFeedback
from . import decisions
from .forms import BulkDecisionForm, DecisionForm, TriageFilterForm
from .statistics import round_statistics

TRIAGE_PAGE_SIZE = 1000


@require_http_methods(["GET", "POST"])
def triage(request, pk, key=None):
    """All feedback of a round, filtered, with single and bulk decisions;
    with ``key``, one clause's text beside its feedback."""
    round, denied = round_for_editor(request, pk, "recommendations.decide_feedback")
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
    page = Paginator(items.values(*ROW_FIELDS), TRIAGE_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    bulk = BulkDecisionForm(request.POST or None, item_ids=[row["pk"] for row in rows])
    status = 200
    if request.method == "POST":
        if bulk.is_valid():
            # the chosen items of this page (the form accepts only its ids), as objects
            chosen = list(items.filter(pk__in=bulk.cleaned_data["items"]))
            try:
                duplicate_of = _duplicate_target(round, bulk.cleaned_data.get("duplicate_of"))
                decided = decisions.decide_in_bulk(
                    items=chosen,
                    editor=request.user,
                    decision=bulk.cleaned_data["decision"],
                    reason=bulk.cleaned_data["reason"],
                    duplicate_of=duplicate_of,
                    expected_revisions=_revisions_seen(request.POST, chosen),
                )
            except Refusal as error:
                error.add_to_form(bulk)
                status = error.status
            else:
                messages.success(
                    request, ngettext("%(n)s item decided.", "%(n)s items decided.", len(decided)) % {"n": len(decided)}
                )
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
            "rows_html": _rows_html(round, rows),
            "filters": filters,
            "filters_html": _filters_html(request, filters),
            "bulk": bulk,
            "bulk_html": _bulk_html(bulk),
            "decisions": DecisionForm.base_fields["decision"].choices,
            "forwarded": forwarded_with_numbers(round, clause.key if clause else None),
        },
        status=status,
    )


def _filters_html(request, filters):
    """The filter form's fields. Rendering form widgets through templates is
    a good part of the page, and the result depends only on the language,
    the countries (the country data version moves when one changes),
    whether the form was sent and the values sent: kept in the cache by those."""
    sent = [request.GET.get(name) for name in filters.fields] if filters.is_bound else None
    key = "triage-filters:" + _digest([get_language(), data_version(), sent])
    html = cache.get(key)
    if html is None:
        html = render_to_string("recommendations/includes/triage_filters.html", {"filters": filters})
        cache.set(key, html, FORMS_SECONDS)
    return html


def _bulk_html(bulk):
    """The bulk decision's fields: the same for every page in a language
    unless the form was posted (then with what was typed and its errors)."""
    if bulk.is_bound:
        return render_to_string("recommendations/includes/triage_bulk.html", {"bulk": bulk})
    key = f"triage-bulk:{get_language()}"
    html = cache.get(key)
    if html is None:
        html = render_to_string("recommendations/includes/triage_bulk.html", {"bulk": bulk})
        cache.set(key, html, FORMS_SECONDS)
    return html


def _digest(parts):
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


FORMS_SECONDS = 3600

# ids no real row has: links are reversed once with them, then filled in per item
_PK_SENTINEL = 987654321
_KEY_SENTINEL = uuid.UUID(int=0x5E471E1)
# what a row shows, read as plain values (no model instances for 1,000 rows)
ROW_FIELDS = (
    "pk",
    "kind",
    "text",
    "proposed_text",
    "author_sector",
    "author_country__code",
    "clause_id",
    "clause__key",
    "clause__number",
    "endorsement_count",
    "decision",
    "duplicate_of_id",
    "decision_revision",
)


def _escape(text):
    """Django's ``escape`` (which is ``html.escape``) without its lazy-string wrapper, for plain strings."""
    return html.escape(text)


def _first_words(text, count=40):
    """What the ``truncatewords:40`` filter shows: the first ``count`` words, then " …" if there were more."""
    words = text.split()
    if len(words) <= count:
        return " ".join(words)
    return " ".join(words[:count]) + " …"


def _rows_html(round, rows):
    """The table's rows, built here rather than by a template loop: the
    page shows up to 1,000 items, and the template engine, a ``reverse``
    and three ``get_FOO_display`` calls (each rebuilds and hashes its
    choices, translating every label) cost over half a second per page.
    Every value is escaped; labels and links are computed once per page."""
    kinds = {value: _escape(str(label)) for value, label in Feedback.Kind.choices}
    sectors = {value: _escape(str(label)) for value, label in Sector.choices}
    decided = {value: _escape(str(label)) for value, label in Feedback.Decision.choices}
    decide = escape(reverse("recommendations:decide", args=[_PK_SENTINEL])).replace(str(_PK_SENTINEL), "{pk}")
    clause_link = escape(reverse("recommendations:triage_clause", args=[round.pk, _KEY_SENTINEL]))
    clause_link = clause_link.replace(str(_KEY_SENTINEL), "{key}")
    choose, on_document, decide_word = _escape(_("Choose item %(pk)s")), _escape(_("document")), _escape(_("decide"))
    html = []
    for row in rows:
        pk = str(row["pk"])
        if row["clause_id"]:
            clause = f'<a href="{clause_link.format(key=row["clause__key"])}">{_escape(row["clause__number"])}</a>'
        else:
            clause = on_document
        text = _escape(_first_words(row["text"]))
        if row["proposed_text"]:
            # Markdown (a table, a list) through the site's sanitiser, as on the clause page.
            proposed = render_markdown(row["proposed_text"], CLAUSE)
            text += f'<div class="recs-proposed recs-text">{proposed}</div>'
        sector = sectors.get(row["author_sector"]) or _escape(row["author_sector"])
        if row["author_country__code"]:
            sector += f", {_escape(row['author_country__code'])}"
        decision = decided.get(row["decision"]) or _escape(row["decision"])
        if row["duplicate_of_id"]:
            decision += f" (#{row['duplicate_of_id']})"
        html.append(
            f'<tr id="feedback-{pk}">'
            f'<td><input type="hidden" name="rev-{pk}" value="{row["decision_revision"]}">'
            f'<input type="checkbox" name="items" value="{pk}" aria-label="{choose % {"pk": pk}}"></td>'
            f"<td>{pk}</td><td>{clause}</td><td>{kinds.get(row['kind']) or _escape(row['kind'])}</td>"
            f"<td>{text}</td><td>{sector}</td><td>{row['endorsement_count']}</td>"
            f'<td>{decision} · <a href="{decide.format(pk=pk)}">{decide_word}</a></td></tr>\n'
        )
    return mark_safe("".join(html))  # noqa: S308 - every value above is escaped


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
        raise Refusal(_("There is no item #%(pk)s in this consultation.") % {"pk": pk}, field="duplicate_of")
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
    if not request.user.has_perm("recommendations.decide_feedback", feedback):
        return refuse_or_sign_in(request, "recommendations.decide_feedback")
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
                decisions.decide_feedback(
                    feedback=feedback,
                    editor=request.user,
                    decision=data["decision"],
                    reason=data["reason"],
                    duplicate_of=_duplicate_target(feedback.round, data.get("duplicate_of")),
                    expected_revision=data.get("revision"),
                )
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
                feedback.refresh_from_db()
            else:
                messages.success(request, _("Decision saved; the author will be told."))
                return redirect("recommendations:triage", pk=feedback.round_id)
        else:
            status = 400
    return render(
        request,
        "recommendations/decide.html",
        {"form": form, "feedback": feedback, **forwarding_context(request.user, feedback)},
        status=status,
    )


def forwarding_context(user, feedback):
    """On a variant's national round: whether the office may forward this
    feedback to the master's editors, or why it stays national."""
    variant = variant_of_feedback(feedback)
    if variant is None:
        return {}
    state = forwarding_state(feedback, variant)
    return {
        "variant": variant,
        "forwarding": state,
        "forwarded": ForwardedFeedback.objects.filter(feedback=feedback).first() if state == "forwarded" else None,
        "may_forward": may_edit_variant(user, variant),
    }


def statistics(request, pk):
    round, denied = round_for_editor(request, pk, "recommendations.view_statistics")
    if denied:
        return denied
    return render(
        request,
        "recommendations/statistics.html",
        {"round": round, "version": round.version, "stats": round_statistics(round)},
    )
