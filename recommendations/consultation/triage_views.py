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
from django.core.paginator import Page, Paginator
from django.db.models import CharField
from django.db.models.functions import Cast
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
    page = _page(items.values_list(*ROW_FIELDS), request.GET.get("page"))
    rows = list(page.object_list)
    bulk = BulkDecisionForm(request.POST or None, item_ids=[row[0] for row in rows])
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
            "rows_html": _ticked(_rows_html(round, rows), request.POST.getlist("items") if status >= 400 else ()),
            "filters": filters,
            "filters_html": _filters_html(request, filters),
            "bulk": bulk,
            "bulk_html": _bulk_html(bulk),
            "decisions": DecisionForm.base_fields["decision"].choices,
            "forwarded": forwarded_with_numbers(round, clause.key if clause else None),
        },
        status=status,
    )


def _ticked(rows_html, chosen):
    """The rows with the items the editor had ticked ticked again, for a
    refused decision shown again (they came back cleared, and the editor had
    to choose them all again)."""
    for pk in {pk for pk in chosen if pk.isdigit()}:
        box = f'name="items" value="{pk}"'
        rows_html = rows_html.replace(box, f"{box} checked", 1)
    return mark_safe(rows_html)  # noqa: S308 - our own escaped rows, a fixed attribute added


def _page(rows, number):
    """The page ``number`` of ``rows``. The first page (no number asked
    for) reads one row more than it shows: when that row is not there, the
    page holds every item and their count needs no query of its own."""
    paginator = Paginator(rows, TRIAGE_PAGE_SIZE)
    if number is not None:
        return paginator.get_page(number)
    first = list(rows[: TRIAGE_PAGE_SIZE + 1])
    if len(first) <= TRIAGE_PAGE_SIZE:
        paginator.count = len(first)  # a cached property: what a count query would have said
    return Page(first[:TRIAGE_PAGE_SIZE], 1, paginator)


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
    key = f"triage-bulk:2:{get_language()}"  # 2: the duplicate box and its hint
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
# what a row shows, read as plain tuples in this order (no model instances, no dicts, for 1,000 rows)
ROW_FIELDS = (
    "pk",
    "kind",
    "text",
    "proposed_text",
    "author_sector",
    "author_country__code",
    # the clause's key as the database spells it (a UUID object per row costs; see _clause_key)
    Cast("clause__key", CharField()),
    "clause__number",
    "endorsement_count",
    "decision",
    "duplicate_of_id",
    "decision_revision",
    # what the participant reads about what became of their feedback
    "decision_reason",
)
# the most words of an item's text a row shows (what ``truncatewords:40`` showed)
SHOWN_WORDS = 40


class _Labels(dict):
    """Escaped labels by value; a value without a label shows itself, escaped, computed once."""

    def __missing__(self, value):
        label = self[value] = html.escape(value)
        return label


def _around(text, sentinel):
    """``text`` split where ``sentinel`` stands: a row joins the parts with its own value."""
    return text.split(str(sentinel))


def _clause_key(text):
    """A clause key read as text, spelt as in its link: PostgreSQL writes a
    UUID as the link does; SQLite keeps its 32 hex digits."""
    return text if len(text) == 36 else str(uuid.UUID(text))


# Rows already made, in this process: {what every row of a page shares:
# {a row's values: its HTML}}. The key is everything the HTML is made of
# (the values come from the database on every request), so a change of any
# of them is a new key and never finds an old row. A few pages' worth.
_MADE_ROWS = {}
_MADE_PAGES_KEPT = 4
_MADE_ROWS_PER_PAGE = 2 * TRIAGE_PAGE_SIZE


def _rows_html(round, rows):
    """The table's rows, built here rather than by a template loop: the
    page shows up to 1,000 items, and the template engine, a ``reverse``
    and three ``get_FOO_display`` calls (each rebuilds and hashes its
    choices, translating every label) cost over half a second per page.

    Everything a row shows but its number, text and counts repeats from
    row to row (labels, links, a clause's cell, a sector and country), so
    it is escaped and formatted once per page and looked up per row; what
    is left per row is its text and the editor's public reason (the only
    values escaped per row) and one f-string. A row made before from the
    same values, with the same labels and links, is taken as it was
    (``_MADE_ROWS``). Every value is escaped."""
    kinds = _Labels({value: html.escape(str(label)) for value, label in Feedback.Kind.choices})
    decided = _Labels({value: html.escape(str(label)) for value, label in Feedback.Decision.choices})
    sectors = {value: html.escape(str(label)) for value, label in Sector.choices}
    decide_before, decide_after = _around(escape(reverse("recommendations:decide", args=[_PK_SENTINEL])), _PK_SENTINEL)
    clause_before, clause_after = _around(
        escape(reverse("recommendations:triage_clause", args=[round.pk, _KEY_SENTINEL])), _KEY_SENTINEL
    )
    # the translation decides where (and how often) the number stands in the label
    choose = _around(html.escape(_("Choose item %(pk)s")) % {"pk": _PK_SENTINEL}, _PK_SENTINEL)
    on_document, decide_word = html.escape(_("document")), html.escape(_("decide"))
    reason_label = html.escape(_("Public reason"))
    # each short cell's column heading, which a phone shows beside its value (the table becomes a card per item)
    column = {
        name: f' data-label="{html.escape(label)}"'
        for name, label in (
            ("clause", _("Clause")),
            ("kind", _("Kind")),
            ("author", _("Sector, country")),
            ("endorsed", _("Endorsed")),
            ("decision", _("Decision")),
        )
    }
    shared = (
        tuple(kinds.items()),
        tuple(decided.items()),
        tuple(sectors.items()),
        decide_before,
        decide_after,
        clause_before,
        clause_after,
        tuple(choose),
        on_document,
        decide_word,
        reason_label,
        tuple(column.values()),
    )
    made = _MADE_ROWS.get(shared)
    if made is None or len(made) > _MADE_ROWS_PER_PAGE:
        if len(_MADE_ROWS) >= _MADE_PAGES_KEPT:
            _MADE_ROWS.clear()
        made = _MADE_ROWS[shared] = {}
    clauses = {(None, None): on_document}  # (clause key, number): the cell's content
    authors = {}  # (sector, country code): the cell's content
    on_clause, of_kind, by_author, endorsed_by, decided_as = column.values()
    shown = SHOWN_WORDS
    escape_text = html.escape
    out = []
    append = out.append
    for row in rows:
        made_row = made.get(row)
        if made_row is not None:
            append(made_row)
            continue
        (
            pk,
            kind,
            text,
            proposed_text,
            sector,
            country,
            key,
            number,
            endorsements,
            decision,
            duplicate_of,
            revision,
            reason,
        ) = row
        clause = clauses.get((key, number))
        if clause is None:
            clause = f'<a href="{clause_before}{_clause_key(key)}{clause_after}">{escape_text(number)}</a>'
            clauses[key, number] = clause
        author = authors.get((sector, country))
        if author is None:
            author = sectors.get(sector) or escape_text(sector)
            if country:
                author += f", {escape_text(country)}"
            authors[sector, country] = author
        words = text.split(None, shown)  # the first ``shown`` words, then the rest (if any) in one
        text = escape_text(" ".join(words[:shown]))
        if len(words) > shown:
            text += " …"
        if proposed_text:
            # Markdown (a table, a list) through the site's sanitiser, as on the clause page.
            text += f'<div class="recs-proposed recs-text">{render_markdown(proposed_text, CLAUSE)}</div>'
        if reason:
            # the editor's reason, as the participant reads it (kept whole: it is the editor's own words)
            text += (
                f'<p class="recs-row-reason"><strong class="recs-row-reason__label">{reason_label}</strong> '
                f'<span dir="auto">{escape_text(reason)}</span></p>'
            )
        decision = decided[decision]
        if duplicate_of:
            decision += f" (#{duplicate_of})"
        pk = str(pk)
        label = f"{choose[0]}{pk}{choose[1]}" if len(choose) == 2 else pk.join(choose)
        made_row = made[row] = (
            f'<tr id="feedback-{pk}">'
            f'<td><input type="hidden" name="rev-{pk}" value="{revision}">'
            f'<input type="checkbox" name="items" value="{pk}" aria-label="{label}"></td>'
            f"<td>{pk}</td><td{on_clause}>{clause}</td><td{of_kind}>{kinds[kind]}</td>"
            f"<td>{text}</td><td{by_author}>{author}</td><td{endorsed_by}>{endorsements}</td>"
            f'<td{decided_as}>{decision} · <a href="{decide_before}{pk}{decide_after}">{decide_word}</a></td></tr>\n'
        )
        append(made_row)
    return mark_safe("".join(out))  # noqa: S308 - every value above is escaped


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
