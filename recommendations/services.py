"""Every write of the recommendations app, one function per use case.

Each checks what the permission rules cannot (a draft, an open round, the
text itself), changes rows in one transaction, writes the audit log and
schedules background work through the outbox. Refusals raise
``RecommendationError`` (or a subclass) with a message meant for the person
who asked; views show it in the page, the API returns it as a 4xx.
"""

import re
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from consult.audit import record
from consult.predicates import profile_of
from consult.refusals import Refusal

from . import importing
from .models import Clause, ConsultationRound, DocumentVersion, Endorsement, Feedback, RecommendationDocument


class RecommendationError(Exception):
    """A refusal with a message for the person who asked (HTTP 400)."""

    status = 400

    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class NotAllowed(RecommendationError):
    status = 403


class RoundNotOpen(RecommendationError):
    status = 409


class TooMuchFeedback(RecommendationError):
    """More feedback than RECOMMENDATIONS_FEEDBACK_PER_MINUTE: a flood."""

    status = 429


class StaleDecision(RecommendationError):
    """Someone else decided the item since the editor loaded it."""

    status = 409


def _require(user, permission, obj):
    if not user.has_perm(permission, obj):
        raise NotAllowed(_("You are not allowed to do this."))


def _audit_country(document):
    return document.country if document.country_id else None


# --- documents, versions and clauses ------------------------------------------


def create_document(*, editor, title, summary="", country=None, blocks, members_only_in_consultation=False):
    """Create a document with version 1 as a draft holding ``blocks``
    (from ``importing``); the editor becomes one of its editors."""
    if country is not None and not editor.has_perm("consult.edit_recommendations", country):
        raise NotAllowed(_("You are not an editor for %(country)s.") % {"country": country})
    if country is None and not editor.has_perm("consult.edit_recommendations", None) and not editor.is_superuser:
        raise NotAllowed(_("You are not an editor."))
    from consult.predicates import role_country_ids

    if country is None and not editor.is_superuser and role_country_ids(editor, "editor") is not None:
        raise NotAllowed(_("Only editors for every country create EU-wide documents."))
    with transaction.atomic():
        document = RecommendationDocument.objects.create(
            title=title,
            summary=summary,
            country=country,
            created_by=editor,
            members_only_in_consultation=members_only_in_consultation,
        )
        document.editors.add(editor)
        version = DocumentVersion.objects.create(document=document, number=1)
        _write_blocks(version, blocks)
        record(actor=editor, action="recommendations.create_document", target=document, country=country)
    return document


def import_blocks(*, docx=None, markdown_text=None):
    """Blocks from an uploaded .docx (bytes) or Markdown text; ImportRefused says why not."""
    try:
        if docx is not None:
            return importing.blocks_from_docx(docx)
        return importing.blocks_from_markdown(markdown_text or "")
    except importing.ImportRefused as refusal:
        raise RecommendationError(str(refusal), field="file") from refusal


def _write_blocks(version, blocks):
    clauses = [
        Clause(version=version, position=i, kind=b.kind, level=b.level, text=b.text) for i, b in enumerate(blocks)
    ]
    for clause in clauses:
        clause.html = _render(clause.text)
    Clause.objects.bulk_create(clauses)
    renumber(version)


def _render(text):
    from .models.documents import render_markdown

    return render_markdown(text)


def _letters(n):
    """1 -> a, 26 -> z, 27 -> aa."""
    text = ""
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def renumber(version):
    """Recompute positions and display numbers from the order.

    Headings are numbered by their place among headings (1, 1.1, 1.2, 2),
    as Word numbers them, so an imported "3.2 First contact" stays 3.2 (a
    level skipped in Word counts as the next one down). Paragraphs take
    their heading's number and their place under it: 3.2.1, 3.2.2; under a
    heading that also has sub-headings they take letters (3.a, 3.b) so they
    never share a number with a sub-heading; before any heading: 0.1, 0.2.
    """
    clauses = list(version.clauses.in_order())
    counters, open_levels, owner = [], [], None
    owners = {}  # clause index -> index of its heading (None before any)
    has_subheadings = set()
    for index, clause in enumerate(clauses):
        clause.position = index
        if not clause.is_heading:
            owners[index] = owner
            continue
        while open_levels and clauses[open_levels[-1]].level >= clause.level:
            open_levels.pop()
        if open_levels:
            has_subheadings.add(open_levels[-1])
        depth = len(open_levels) + 1
        open_levels.append(index)
        counters = counters[:depth] + [0] * (depth - len(counters))
        counters[depth - 1] += 1
        clause.number = ".".join(str(n) for n in counters[:depth])
        owner = index
    paragraph_counts = {}
    for index, heading in owners.items():
        paragraph_counts[heading] = paragraph_counts.get(heading, 0) + 1
        n = paragraph_counts[heading]
        if heading is None:
            clauses[index].number = f"0.{n}"
        elif heading in has_subheadings:
            clauses[index].number = f"{clauses[heading].number}.{_letters(n)}"
        else:
            clauses[index].number = f"{clauses[heading].number}.{n}"
    Clause.objects.bulk_update(clauses, ["position", "number"])


def _draft_version_for_edit(editor, version):
    _require(editor, "recommendations.edit_document", version)
    locked = DocumentVersion.objects.select_for_update().filter(pk=version.pk).first()
    if locked is None:  # a built draft discarded while this editor had it open (building.discard_build)
        raise StaleDecision(_("Another editor discarded this version a moment ago; nothing was changed."))
    version = locked
    if not version.is_draft:
        raise RecommendationError(
            _("This version is %(status)s; only a draft can be edited.") % {"status": version.get_status_display()}
        )
    return version


def _clean_clause_text(text):
    _refuse_unstorable(text=text)
    text = (text or "").strip()
    if not text:
        raise RecommendationError(_("A clause needs some text."), field="text")
    if len(text) > Clause.MAX_LENGTH:
        raise RecommendationError(
            _("A clause can be at most %(n)s characters long.") % {"n": Clause.MAX_LENGTH}, field="text"
        )
    return text


def update_clause(*, editor, clause, text, kind=None, level=None):
    """Change a draft clause's text (and kind/level); its key stays."""
    with transaction.atomic():
        version = _draft_version_for_edit(editor, clause.version)
        clause = version.clauses.get(pk=clause.pk)
        clause.text = _clean_clause_text(text)
        if kind in Clause.Kind.values:
            clause.kind = kind
        if level is not None:
            clause.level = max(1, min(int(level), 6))
        clause.save()
        renumber(version)
        clause.refresh_from_db()
    return clause


def add_clause(*, editor, version, after=None, text, kind=Clause.Kind.PARAGRAPH, level=1):
    """Insert a new clause (new key) after ``after`` (None: at the start)."""
    with transaction.atomic():
        version = _draft_version_for_edit(editor, version)
        text = _clean_clause_text(text)
        position = (after.position + 1) if after is not None else 0
        version.clauses.filter(position__gte=position).update(position=F("position") + 1)
        clause = Clause(version=version, position=position, kind=kind, level=max(1, min(int(level), 6)), text=text)
        clause.save()
        renumber(version)
        clause.refresh_from_db()
    return clause


def split_clause(*, editor, clause, at):
    """Split a draft clause at character ``at``: the first part keeps the
    key (it is the clause that was there), the second part is a new clause."""
    with transaction.atomic():
        version = _draft_version_for_edit(editor, clause.version)
        clause = version.clauses.get(pk=clause.pk)
        first, second = clause.text[:at].strip(), clause.text[at:].strip()
        if not first or not second:
            raise RecommendationError(_("Split inside the text, so both parts have some."), field="at")
        clause.text = first
        clause.save()
        version.clauses.filter(position__gt=clause.position).update(position=F("position") + 1)
        new = Clause(version=version, position=clause.position + 1, kind=Clause.Kind.PARAGRAPH, text=second)
        new.save()
        renumber(version)
        clause.refresh_from_db()
        new.refresh_from_db()
    return clause, new


def merge_with_next(*, editor, clause):
    """Append the next clause's text to this one and delete the next: this
    clause keeps its key; the absorbed clause's key ends in this version."""
    with transaction.atomic():
        version = _draft_version_for_edit(editor, clause.version)
        clause = version.clauses.get(pk=clause.pk)
        following = version.clauses.filter(position__gt=clause.position).in_order().first()
        if following is None:
            raise RecommendationError(_("This is the last clause; there is nothing to merge it with."))
        clause.text = _clean_clause_text(clause.text + "\n\n" + following.text)
        clause.save()
        following.delete()
        renumber(version)
        clause.refresh_from_db()
    return clause


def move_clause(*, editor, clause, to_position):
    """Move a draft clause to ``to_position`` (0-based); its key stays."""
    with transaction.atomic():
        version = _draft_version_for_edit(editor, clause.version)
        clauses = list(version.clauses.in_order())
        moving = next(c for c in clauses if c.pk == clause.pk)
        clauses.remove(moving)
        clauses.insert(max(0, min(int(to_position), len(clauses))), moving)
        for position, item in enumerate(clauses):
            item.position = position
        Clause.objects.bulk_update(clauses, ["position"])
        renumber(version)
        moving.refresh_from_db()
    return moving


def delete_clause(*, editor, clause):
    with transaction.atomic():
        version = _draft_version_for_edit(editor, clause.version)
        if version.clauses.count() == 1:
            raise RecommendationError(_("A version needs at least one clause."))
        version.clauses.get(pk=clause.pk).delete()
        renumber(version)


def next_draft_version(*, editor, version):
    """Start version N+1 as a draft copy of ``version``, keeping every clause
    key (issue 7's build adds the accepted amendments on top of this)."""
    _require(editor, "recommendations.edit_document", version)
    with transaction.atomic():
        document = RecommendationDocument.objects.select_for_update().get(pk=version.document_id)
        number = (document.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        try:
            with transaction.atomic():
                new = DocumentVersion.objects.create(document=document, number=number, based_on=version)
        except IntegrityError as error:
            raise StaleDecision(_("Another editor started a new version at the same time.")) from error
        Clause.objects.bulk_create(
            Clause(version=new, key=c.key, position=c.position, kind=c.kind, level=c.level, number=c.number,
                   text=c.text, html=c.html)
            for c in version.clauses.in_order()
        )  # fmt: skip
    return new


# --- consultation rounds ---------------------------------------------------------


def open_round(*, editor, version, opens_at, closes_at, countries=(), sectors=()):
    """Freeze a draft version and open it for feedback between two times,
    to everyone (no countries, no sectors) or to the chosen ones."""
    if closes_at <= opens_at:
        raise RecommendationError(_("The round must close after it opens."), field="closes_at")
    if closes_at <= timezone.now():
        raise RecommendationError(_("The closing time is already past."), field="closes_at")
    with transaction.atomic():
        version = _draft_version_for_edit(editor, version)
        if not version.clauses.exists():
            raise RecommendationError(_("A version needs at least one clause."))
        now = timezone.now()
        version.status = DocumentVersion.Status.CONSULTATION
        version.frozen_at = now
        version.save(update_fields=["status", "frozen_at"])
        round = ConsultationRound.objects.create(
            version=version, opens_at=opens_at, closes_at=closes_at, sectors=list(sectors), created_by=editor
        )
        round.countries.set(countries)
        supersede_earlier(version)
        record(
            actor=editor,
            action="recommendations.open_round",
            target=round,
            country=_audit_country(version.document),
        )
    return round


def supersede_earlier(version):
    """The version that was current (closed or final) gives way to ``version``."""
    return DocumentVersion.objects.filter(
        document_id=version.document_id,
        number__lt=version.number,
        status__in=[DocumentVersion.Status.CLOSED, DocumentVersion.Status.FINAL],
    ).update(status=DocumentVersion.Status.SUPERSEDED)


def close_round(round, *, now=None, actor=None):
    """Mark a round closed and its version "consultation closed".

    Idempotent: a closed round stays as it was.
    """
    now = now or timezone.now()
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().select_related("version").get(pk=round.pk)
        if round.closed_at is not None:
            return False
        round.closed_at = now
        round.save(update_fields=["closed_at"])
        DocumentVersion.objects.filter(pk=round.version_id, status=DocumentVersion.Status.CONSULTATION).update(
            status=DocumentVersion.Status.CLOSED
        )
        record(actor=actor, action="recommendations.close_round", target=round)
        from .tasks import build_digest

        build_digest.schedule(key=f"recommendations-digest-{round.pk}-closed", round_id=round.pk)
    return True


def close_due_rounds(now=None):
    """Close every round past its closing time; returns how many were closed."""
    now = now or timezone.now()
    return sum(close_round(round, now=now) for round in ConsultationRound.objects.due_to_close(now))


# --- feedback ---------------------------------------------------------------------


@dataclass
class FeedbackResult:
    feedback: Feedback
    held: bool
    findings: list


def _check_round_open(round, now=None):
    now = now or timezone.now()
    if round.closed_at is not None or now >= round.closes_at:
        raise RoundNotOpen(
            _("This consultation closed on %(when)s; feedback can no longer be given or changed.")
            % {"when": round.closes_at.strftime("%d %B %Y %H:%M")}
        )
    if now < round.opens_at:
        raise RoundNotOpen(
            _("This consultation opens on %(when)s.") % {"when": round.opens_at.strftime("%d %B %Y %H:%M")}
        )


# NUL (PostgreSQL refuses it in text) and lone UTF-16 surrogates (no database
# can encode them; JSON's "\ud800" escapes produce them): forms never pass
# them on, the API would, so the services refuse them.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _refuse_unstorable(**texts):
    for field, value in texts.items():
        if UNSTORABLE.search(value or ""):
            raise RecommendationError(_("The text contains a character that cannot be stored."), field=field)


def _clean_feedback(*, kind, text, proposed_text, quoted_span, clause):
    _refuse_unstorable(text=text, proposed_text=proposed_text, quoted_span=quoted_span)
    text = (text or "").strip()
    proposed_text = (proposed_text or "").strip()
    quoted_span = (quoted_span or "").strip()
    if kind not in Feedback.Kind.values:
        raise RecommendationError(_("Choose a kind of feedback."), field="kind")
    if len(text) > Feedback.MAX_LENGTH:
        raise RecommendationError(
            _("Feedback can be at most %(n)s characters long (yours has %(m)s).")
            % {"n": Feedback.MAX_LENGTH, "m": len(text)},
            field="text",
        )
    if kind == Feedback.Kind.AMENDMENT:
        if clause is None:
            raise RecommendationError(
                _("An amendment proposes new text for one clause; choose the clause."), field="clause"
            )
        if not proposed_text:
            raise RecommendationError(_("An amendment needs the text you propose."), field="proposed_text")
        if len(proposed_text) > Clause.MAX_LENGTH:
            raise RecommendationError(_("The proposed text is too long."), field="proposed_text")
        if quoted_span and quoted_span not in clause.text:
            raise RecommendationError(
                _("The quoted part was not found in the clause; copy it exactly."), field="quoted_span"
            )
        replaced = quoted_span or clause.text
        if " ".join(proposed_text.split()) == " ".join(replaced.split()):
            raise RecommendationError(_("The proposed text is the same as the current text."), field="proposed_text")
    else:
        if quoted_span and (clause is None or quoted_span not in clause.text):
            raise RecommendationError(
                _("The quoted part was not found in the clause; copy it exactly."), field="quoted_span"
            )
        proposed_text = ""
        if not text and kind != Feedback.Kind.SUPPORT:
            raise RecommendationError(_("Write your feedback."), field="text")
    return text, proposed_text, quoted_span


def _author_country(profile, round):
    """The author's country for this feedback: their first country within
    the round's audience (all countries when the round has none)."""
    countries = list(profile.countries.all())
    wanted = {c.pk for c in round.countries.all()}
    for country in sorted(countries, key=lambda c: c.name):
        if not wanted or country.pk in wanted:
            return country
    return countries[0] if countries else None


def _moderate(feedback, *, is_new):
    """Run the shared guard and first-posts rule of consult.moderation:
    held feedback is shown to no one else until a moderator approves it."""
    from consult.models import ReviewItem
    from consult.moderation import guard
    from consult.moderation import services as moderation

    findings = guard.scan(feedback.get_moderation_text(), translation.get_language() or "en")
    reason = None
    if findings:
        reason = ReviewItem.Reason.PERSONAL_DATA
    elif is_new and moderation.first_posts_pending(feedback.author):
        reason = ReviewItem.Reason.FIRST_POSTS
    if reason is None:
        return False, []
    feedback.visibility = Feedback.Visibility.HELD
    feedback.save(update_fields=["visibility"])
    moderation.hold_for_review(feedback, reason=reason, findings=findings)
    return True, list(findings)


def _check_pace(author):
    """The flood limit, counted per member in the shared limiter (only
    feedback that passed every other check counts)."""
    from django.conf import settings

    from consult import ratelimit

    try:
        ratelimit.consume(
            "recommendations-feedback", author.pk, limit=settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE, window=60
        )
    except ratelimit.RateLimited as error:
        raise TooMuchFeedback(
            _("You are giving feedback very quickly. Wait a minute and send again; your text is kept below.")
        ) from error


def give_feedback(*, author, round, clause=None, kind, text="", proposed_text="", quoted_span=""):
    """Record one member's feedback on a clause of the round's version (or
    on the whole document). Held for a moderator when the guard finds
    possible personal data, or while the author's first posts are reviewed."""
    if clause is not None and clause.version_id != round.version_id:
        raise RecommendationError(_("That clause belongs to another version of the document."), field="clause")
    _require(author, "recommendations.give_feedback", round)
    _check_round_open(round)
    text, proposed_text, quoted_span = _clean_feedback(
        kind=kind, text=text, proposed_text=proposed_text, quoted_span=quoted_span, clause=clause
    )
    _check_pace(author)
    profile = profile_of(author)
    with transaction.atomic():
        feedback = Feedback.objects.create(
            round=round,
            version_id=round.version_id,
            clause=clause,
            clause_key=clause.key if clause else None,
            author=author,
            author_sector=profile.sector,
            author_country=_author_country(profile, round),
            kind=kind,
            text=text,
            proposed_text=proposed_text,
            quoted_span=quoted_span,
        )
        held, findings = _moderate(feedback, is_new=True)
    return FeedbackResult(feedback, held, findings)


def edit_feedback(*, author, feedback, text="", proposed_text="", quoted_span="", kind=None):
    """The author changes their own feedback while the round is open; the
    guard looks at the new text again. Decided feedback can no longer change."""
    _require(author, "recommendations.edit_feedback", feedback)
    with transaction.atomic():
        feedback = (
            Feedback.objects.select_for_update(of=("self",)).select_related("round", "clause").get(pk=feedback.pk)
        )
        _check_round_open(feedback.round)
        if feedback.is_decided:
            raise RecommendationError(_("An editor has decided on this feedback; it can no longer be changed."))
        if feedback.visibility == Feedback.Visibility.HIDDEN:
            raise RecommendationError(_("A moderator hid this feedback; it can no longer be changed."))
        kind = kind or feedback.kind
        text, proposed_text, quoted_span = _clean_feedback(
            kind=kind, text=text, proposed_text=proposed_text, quoted_span=quoted_span, clause=feedback.clause
        )
        feedback.kind, feedback.text, feedback.proposed_text, feedback.quoted_span = (
            kind,
            text,
            proposed_text,
            quoted_span,
        )
        feedback.edited_at = timezone.now()
        feedback.save(update_fields=["kind", "text", "proposed_text", "quoted_span", "edited_at"])
        held, findings = (False, [])
        if feedback.visibility == Feedback.Visibility.VISIBLE:
            held, findings = _moderate(feedback, is_new=False)
    return FeedbackResult(feedback, held, findings)


def endorse(*, user, feedback):
    """Endorse someone else's visible feedback while its round is open;
    endorsing twice changes nothing. Returns whether a new endorsement was made."""
    _require(user, "recommendations.endorse_feedback", feedback)
    if not feedback.is_visible:
        raise RecommendationError(_("This feedback cannot be endorsed."))
    _check_round_open(feedback.round)
    try:
        with transaction.atomic():
            Endorsement.objects.create(feedback=feedback, user=user)
            Feedback.objects.filter(pk=feedback.pk).update(endorsement_count=F("endorsement_count") + 1)
    except IntegrityError:
        return False
    return True


def withdraw_endorsement(*, user, feedback):
    _check_round_open(feedback.round)
    with transaction.atomic():
        deleted, _rows = Endorsement.objects.filter(feedback=feedback, user=user).delete()
        if deleted:
            Feedback.objects.filter(pk=feedback.pk).update(endorsement_count=F("endorsement_count") - 1)
    return bool(deleted)


# --- decisions ----------------------------------------------------------------------


def decide_feedback(*, feedback, editor, decision, reason="", duplicate_of=None, expected_revision=None):
    """Record an editor's decision on one feedback item and tell its author.

    ``expected_revision`` is the item's ``decision_revision`` when the editor
    loaded it: if someone decided in between, StaleDecision is raised and
    nothing is overwritten. Deciding the same way again changes nothing.
    """
    _require(editor, "recommendations.decide_feedback", feedback)
    reason = (reason or "").strip()
    if decision not in Feedback.Decision.values or decision == Feedback.Decision.UNDECIDED:
        raise RecommendationError(_("Choose a decision."), field="decision")
    if decision not in Feedback.DECISIONS_WITHOUT_REASON and not reason:
        raise RecommendationError(_("Give the public reason for this decision."), field="reason")
    if len(reason) > Feedback.MAX_LENGTH:
        raise RecommendationError(_("The reason is too long."), field="reason")
    if decision == Feedback.Decision.DUPLICATE:
        if duplicate_of is None:
            raise RecommendationError(_("Say which feedback item this one duplicates."), field="duplicate_of")
        if duplicate_of.pk == feedback.pk or duplicate_of.round_id != feedback.round_id:
            raise RecommendationError(_("Choose another item of the same consultation."), field="duplicate_of")
    else:
        duplicate_of = None
    with transaction.atomic():
        current = Feedback.objects.select_for_update().get(pk=feedback.pk)
        if expected_revision is not None and current.decision_revision != int(expected_revision):
            raise StaleDecision(
                _("Another editor decided on this item (now: %(decision)s) while you were looking at it. "
                  "Nothing was changed; check their decision and decide again if needed.")
                % {"decision": current.get_decision_display()}
            )  # fmt: skip
        if (
            current.decision == decision
            and current.decision_reason == reason
            and current.duplicate_of_id == (duplicate_of.pk if duplicate_of else None)
        ):
            return current
        if current.visibility != Feedback.Visibility.VISIBLE:
            raise RecommendationError(_("Feedback waiting for or hidden by a moderator cannot be decided."))
        updated = Feedback.objects.filter(pk=current.pk, decision_revision=current.decision_revision).update(
            decision=decision,
            decision_reason=reason,
            duplicate_of=duplicate_of,
            decided_by=editor,
            decided_at=timezone.now(),
            decision_revision=F("decision_revision") + 1,
        )
        if not updated:  # pragma: no cover - the row lock makes this unreachable
            raise StaleDecision(_("Another editor decided on this item at the same time."))
        current.refresh_from_db()
        record(
            actor=editor,
            action=f"recommendations.decide_feedback.{decision}",
            target=current,
            reason=reason,
            country=current.author_country,
        )
        _notify_author_of_decision(current)
    return current


def _notify_author_of_decision(feedback):
    from consult.notifications import notify_user

    notify_user(
        feedback.author,
        "recommendations_decision",
        key=f"recommendations-decision-{feedback.pk}-{feedback.decision_revision}",
        feedback_id=feedback.pk,
        path=feedback.get_absolute_url(),
        decision=feedback.get_decision_display(),
    )


def decide_in_bulk(*, items, editor, decision, reason="", duplicate_of=None, expected_revisions=None):
    """One decision with one reason for several items, all or none.

    ``expected_revisions`` ({feedback id: decision_revision as the editor
    saw it}): if another editor decided any of them meanwhile, nothing is
    decided and StaleDecision names the item.
    """
    items = list(items)
    if not items:
        raise RecommendationError(_("Choose at least one feedback item."), field="items")
    expected_revisions = expected_revisions or {}
    with transaction.atomic():
        return [
            decide_feedback(
                feedback=item, editor=editor, decision=decision, reason=reason, duplicate_of=duplicate_of,
                expected_revision=expected_revisions.get(item.pk),
            )
            for item in items
        ]  # fmt: skip


def new_key():
    return uuid.uuid4()


def flag_feedback(*, user, feedback, reason, note=""):
    """A member flags someone's feedback for the country's moderators
    (consult.moderation: enough flags hide it until a moderator decides)."""
    from consult.moderation import services as moderation

    _require(user, "recommendations.flag_feedback", feedback)
    try:
        return moderation.flag(feedback, user=user, reason=reason, note=(note or "")[:500])
    except Refusal as error:
        raise RecommendationError(error.message, field="reason") from error


def export_feedback(user):
    """The member's feedback and endorsements, for their data export."""
    items = Feedback.objects.filter(author=user).select_related("version__document", "clause").order_by("created_at")
    return {
        "feedback": [
            {
                "document": f.version.document.title,
                "version": f.version.number,
                "clause": f.clause.number if f.clause_id else None,
                "kind": f.kind,
                "text": f.text,
                "quoted_span": f.quoted_span,
                "proposed_text": f.proposed_text,
                "created_at": f.created_at.isoformat(),
                "edited_at": f.edited_at.isoformat() if f.edited_at else None,
                "decision": f.decision,
                "decision_reason": f.decision_reason,
            }
            for f in items
        ],
        "endorsed_feedback_ids": list(Endorsement.objects.filter(user=user).values_list("feedback_id", flat=True)),
    }
