"""The person's side of moderation (their statements of reasons and
appeals) and the moderators' side of appeals and house rules."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..access import permission_required
from ..models import Appeal, Country, Flag, HouseRule, ReviewItem, StatementOfReasons
from ..predicates import is_administrator, is_moderator_of
from ..reader_time import reader_time
from ..refusals import Refusal
from ..sanitising import FORUM_POST, render_markdown
from . import appeals, flag_appeals, statements
from .views import moderated_country_ids


def _content_html(obj):
    if obj is None or not hasattr(obj, "get_moderation_text"):
        return ""
    # nh3 sanitised it (consult/sanitising.py)
    return mark_safe(render_markdown(obj.get_moderation_text(), FORUM_POST))  # noqa: S308


EXCERPT_CHARACTERS = 90


def _describe_contents(rows):
    """Set ``about`` (what the content is: "Forum post in “thread”") and
    ``excerpt`` (its first words) on rows with a ``content_type_id`` and an
    ``object_id``, so that two hidden posts of one day can be told apart.
    One query per kind of content, its required relations joined."""
    from collections import defaultdict

    from django.contrib.contenttypes.models import ContentType
    from django.utils.text import Truncator

    from .notices import noticeable_for

    wanted = defaultdict(set)
    for row in rows:
        if row.content_type_id and row.object_id:
            wanted[row.content_type_id].add(row.object_id)
    found = {}
    for content_type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        joined = [field.name for field in model._meta.concrete_fields if field.many_to_one and not field.null]
        for obj in model._default_manager.filter(pk__in=ids).select_related(*joined):
            found[(content_type_id, obj.pk)] = obj
    for row in rows:
        obj = found.get((row.content_type_id, row.object_id))
        entry = noticeable_for(obj) if obj is not None else None
        row.content = obj
        row.about = str(entry.label_of(obj)) if entry is not None else ""
        text = " ".join(obj.get_moderation_text().split()) if hasattr(obj, "get_moderation_text") else ""
        row.excerpt = Truncator(text).chars(EXCERPT_CHARACTERS) if text else ""
    return rows


def _decide_appeal(request, decide, appealed, **options):
    """The moderator's decision of an appeal from the form's outcome and
    reasons: ``decide`` is appeals.decide_appeal (a statement's appeal) or
    flag_appeals.decide_appeal (a report's). The moderator is told it is
    decided, or that the content was deleted by its author meanwhile. A
    Refusal goes up to the view, which shows it on the form."""
    decided = decide(
        appealed,
        moderator=request.user,
        outcome=request.POST.get("outcome", ""),
        reasons=request.POST.get("reasons", ""),
        **options,
    )
    if decided.content_gone:
        messages.warning(
            request,
            _("The decision is recorded; the content was deleted by its author meanwhile and stays deleted."),
        )
    else:
        messages.success(request, _("The appeal is decided; the appellant is told."))
    return decided


@login_required
def my_moderation(request):
    """The person's statements of reasons (with their appeals) and their
    contributions in the review queue."""
    own = StatementOfReasons.objects.filter(user=request.user).select_related("house_rule", "appeal", "country")
    items = ReviewItem.objects.filter(author=request.user).select_related("content_type").order_by("-created_at")
    now = timezone.now()
    rows = list(own[:100])
    for statement in rows:
        statement.appealable = statement.may_be_appealed(now)
    reports = list(Flag.objects.filter(user=request.user).select_related("content_type").order_by("-created_at")[:100])
    states = flag_appeals.states_of(reports)
    for report in reports:
        report.standing = states[report.pk]
        report.appealable = flag_appeals.may_appeal(report, state=report.standing, now=now)
    items = list(items[:100])
    # one post's history reads the same in both lists: an item decided with a
    # statement of reasons shows the statement's state ("reversed on appeal")
    by_item = {statement.review_item_id: statement for statement in rows if statement.review_item_id}
    for item in items:
        item.statement = by_item.get(item.pk)
    _describe_contents(rows + items)
    _describe_contents(reports)
    return render(request, "consult/moderation/mine.html", {"statements": rows, "items": items, "reports": reports})


@login_required
@require_http_methods(["GET", "POST"])
def flag_appeal(request, pk):
    """A member's report (flag): where it stands, the appeal of its
    dismissal (the member, once), and the decision of another moderator."""
    flag = get_object_or_404(Flag.objects.select_related("country", "content_type"), pk=pk)
    if not flag_appeals.may_read(request.user, flag):
        raise Http404  # someone else's report is no one's business
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "appeal":
                flag_appeals.appeal_dismissal(flag, user=request.user, text=request.POST.get("text", ""))
                messages.success(
                    request,
                    _("Your appeal is received. Another moderator will decide it; you will be told the outcome."),
                )
            elif action == "decide":
                _decide_appeal(
                    request, flag_appeals.decide_appeal, flag, house_rule=request.POST.get("house_rule") or None
                )
            else:
                raise Refusal(_("Choose an action."))
        except Refusal as error:
            messages.error(request, error.message)
            status = error.status
        else:
            return redirect("moderation:flag", flag.pk)
        flag.refresh_from_db()
    standing = flag_appeals.state_of(flag)
    obj = flag.content_object
    return render(
        request,
        "consult/moderation/flag.html",
        {
            "flag": flag,
            "standing": standing,
            "is_flagger": flag.user_id == request.user.pk,
            "appeal_due": flag_appeals.appeal_due_at(flag),
            "appealable": flag.user_id == request.user.pk and flag_appeals.may_appeal(flag, state=standing),
            "may_decide": flag_appeals.may_decide(request.user, flag),
            "took_decision": flag.dismissed_by_id is not None and flag.dismissed_by_id == request.user.pk,
            "content_html": _content_html(obj),
            "content_url": obj.get_absolute_url() if obj is not None and hasattr(obj, "get_absolute_url") else "",
            "house_rules": HouseRule.objects.for_country(flag.country_id),
            "form_values": request.POST if request.method == "POST" else {},
        },
        status=status,
    )


def _statement_for(request, pk):
    statement = get_object_or_404(StatementOfReasons.objects.select_related("house_rule", "country"), pk=pk)
    user = request.user
    if statement.user_id == user.pk or is_administrator(user) or is_moderator_of(user, statement):
        return statement
    raise Http404  # whether someone else's statement exists is no one's business


@login_required
@require_http_methods(["GET", "POST"])
def statement(request, pk):
    """One statement of reasons; its recipient appeals from here."""
    statement = _statement_for(request, pk)
    typed = ""
    status = 200
    if request.method == "POST":
        typed = request.POST.get("text", "")[:4000]
        try:
            appeal = appeals.file_appeal(statement, user=request.user, text=typed)
        except Refusal as error:
            messages.error(request, error.message)
            status = error.status
        else:
            messages.success(
                request,
                _(
                    "Your appeal is received. A moderator who did not take the decision decides it by %(due)s; "
                    "you will get an e-mail, and you can follow it under My moderated contributions."
                )
                % {"due": reader_time(appeal.due_at, "DATE_FORMAT")},
            )
            # Post/Redirect/Get: reloading the confirmation sends nothing again
            return redirect("moderation:appeal", appeal.pk)
    appeal = Appeal.objects.filter(statement=statement).first()
    return render(
        request,
        "consult/moderation/statement.html",
        {
            "statement": statement,
            "appeal": appeal,
            "is_recipient": statement.user_id == request.user.pk,
            "appealable": statement.may_be_appealed(),
            "content_html": _content_html(statement.content_object),
            "typed": typed,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def appeal(request, pk):
    """An appeal's thread: the appeal, a moderator's question, the
    appellant's one reply, and the decision with its reasons."""
    appeal = get_object_or_404(Appeal.objects.select_related("statement__house_rule", "country"), pk=pk)
    if not appeals.may_read(request.user, appeal):
        raise Http404
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "reply":
                appeals.reply_to_appeal(appeal, user=request.user, text=request.POST.get("reply", ""))
                messages.success(request, _("Your reply is added to the appeal."))
            elif action == "ask":
                appeals.ask_appellant(appeal, moderator=request.user, text=request.POST.get("question", ""))
                messages.success(request, _("Your question is sent to the appellant."))
            elif action == "decide":
                _decide_appeal(request, appeals.decide_appeal, appeal)
            else:
                raise Refusal(_("Choose an action."))
        except Refusal as error:
            messages.error(request, error.message)
            status = error.status
        else:
            return redirect("moderation:appeal", appeal.pk)
        appeal.refresh_from_db()
    statement = appeal.statement
    return render(
        request,
        "consult/moderation/appeal.html",
        {
            "appeal": appeal,
            "statement": statement,
            "is_appellant": appeal.appellant_id == request.user.pk,
            "may_decide": appeals.may_decide(request.user, appeal),
            "took_decision": statement.decided_by_id == request.user.pk,
            "content_html": _content_html(statement.content_object),
            "form_values": request.POST if request.method == "POST" else {},
        },
        status=status,
    )


@require_http_methods(["GET"])
@permission_required("consult.moderate_country")
def appeal_list(request):
    """Appeals of the moderated countries: open ones first, overdue marked."""
    country_ids = moderated_country_ids(request.user)
    rows = Appeal.objects.select_related("statement", "country")
    if country_ids is not None:
        rows = rows.filter(country_id__in=country_ids)
    state = request.GET.get("state", Appeal.State.OPEN)
    if state in Appeal.State.values:
        rows = rows.filter(state=state)
    now = timezone.now()
    rows = list(rows.order_by("created_at")[:200])
    for row in rows:
        row.overdue = row.is_open and row.due_at < now
        row.mine_to_decide = row.statement.decided_by_id != request.user.pk
    reports = flag_appeals.appeals_for(country_ids)
    if state in Flag.AppealOutcome.values:
        reports = reports.filter(appeal_outcome=state)
    return render(
        request,
        "consult/moderation/appeals.html",
        {"appeals": rows, "state": state, "states": Appeal.State.choices, "report_appeals": list(reports[:200])},
    )


@require_http_methods(["GET", "POST"])
@permission_required("consult.moderate_country")
def house_rules(request):
    """The house rules moderators cite: the common ones (administrators
    change them) and each moderated country's own."""
    country_ids = moderated_country_ids(request.user)
    countries = Country.objects.all() if country_ids is None else Country.objects.filter(pk__in=country_ids)
    rules = HouseRule.objects.originals().select_related("country")
    if country_ids is not None:
        rules = rules.filter(Q(country__isnull=True) | Q(country_id__in=country_ids))
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "add":
                country_pk = request.POST.get("country") or ""
                country = None
                if country_pk:
                    country = countries.filter(pk=int(country_pk) if country_pk.isdigit() else 0).first()
                    if country is None:
                        raise Refusal(_("Choose one of your countries."))
                statements.save_house_rule(
                    user=request.user,
                    country=country,
                    title=request.POST.get("title", ""),
                    explanation=request.POST.get("explanation", ""),
                )
                messages.success(request, _("The rule is added."))
            elif action in {"edit", "retire", "restore"}:
                rule_pk = request.POST.get("rule") or ""
                rule = rules.filter(pk=int(rule_pk) if rule_pk.isdigit() else 0).first()
                if rule is None:
                    raise Refusal(_("Choose one of the rules listed."))
                if action == "edit":
                    statements.save_house_rule(
                        user=request.user,
                        country=rule.country,
                        rule=rule,
                        title=request.POST.get("title", ""),
                        explanation=request.POST.get("explanation", ""),
                    )
                else:
                    statements.set_house_rule_in_force(rule, user=request.user, in_force=action == "restore")
                messages.success(request, _("The rules are updated."))
            else:
                raise Refusal(_("Choose an action."))
        except Refusal as error:
            messages.error(request, error.message)
        return redirect("moderation:house_rules")
    return render(
        request,
        "consult/moderation/house_rules.html",
        {
            "rules": rules.order_by("country__name", "position", "pk"),
            "countries": countries,
            "may_edit_common": is_administrator(request.user),
        },
    )
