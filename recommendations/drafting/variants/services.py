r"""Master documents and their country variants: the office's use cases.

Each function checks the named permission (``require``), refuses bad input
with a ``Refusal`` carrying the form field, changes rows in one transaction
and writes the audit log and the variant's own history (VariantEvent). An
edit made on a page that is out of date (another member of the office saved
first) is refused with StaleDecision, never overwritten.
"""

import uuid

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.refusals import Conflict, NotAllowed, Refusal, require
from consult.text import refuse_unstorable

from ...models import (
    ConsultationRound,
    CountryVariant,
    DocumentVersion,
    RecommendationDocument,
    VariantClause,
    VariantEvent,
    VariantReviewItem,
)
from ...rules import is_variant_office
from ..services import StaleDecision, clean_clause_text

State = VariantClause.State
Choice = VariantReviewItem.Choice
REASON_MAX = 2000


class VariantRefused(Conflict):
    """The variant cannot be created or changed in its present state; the message says why."""


# --- who edits a variant ---------------------------------------------------------------


def may_edit_variant(user, variant):
    """Only the staff (or lead) of the variant's country office, whatever else
    they are: master editors never edit a variant, and neither does an
    administrator (whom Django would otherwise grant every rule). A variant
    is the office's own public statement of its country's law."""
    return is_variant_office.test(user, variant) and user.has_perm("recommendations.edit_variant", variant)


def may_create_variant(user, country):
    """Only the office of ``country`` creates its variant, an administrator
    not excepted (see may_edit_variant)."""
    return is_variant_office.test(user, country) and user.has_perm("recommendations.create_variant", country)


def require_variant_office(user, variant):
    """Raise NotAllowed unless ``user`` may edit ``variant`` (may_edit_variant)."""
    if not may_edit_variant(user, variant):
        raise NotAllowed()


# --- masters ----------------------------------------------------------------------------


def mark_master(*, editor, document, is_master=True):
    """Mark ``document`` as a master that country offices may adapt (or
    unmark it while it has no variant). A variant is never a master."""
    require(editor, "recommendations.mark_master", document)
    with transaction.atomic():
        document = RecommendationDocument.objects.select_for_update().get(pk=document.pk)
        if document.is_variant:
            raise VariantRefused(_("A country variant cannot be a master itself."))
        if not is_master and document.variants.exists():
            raise VariantRefused(_("This master has country variants; it stays a master."))
        if document.is_master != is_master:
            document.is_master = is_master
            document.save(update_fields=["is_master"])
            record(actor=editor, action=f"recommendations.mark_master.{is_master}", target=document)
    return document


def published_master_version(master):
    """The master's current published (final) version, or None."""
    return master.versions.filter(status=DocumentVersion.Status.FINAL).order_by("-number").first()


# --- variants ---------------------------------------------------------------------------


def create_variant(*, staff, master, country, language=""):
    """Create ``country``'s variant of ``master`` from its published version:
    every master clause inherited, clause for clause, under the same keys.

    Refused for another country's office, a document that is not a master or
    has no published version, a language the country does not speak, and a
    second variant for the same country (also when two offices' requests
    race: the unique constraint decides).
    """
    if not may_create_variant(staff, country):
        raise NotAllowed()
    if not master.is_master:
        raise VariantRefused(_("Only a master document can have country variants."))
    version = published_master_version(master)
    if version is None:
        raise VariantRefused(
            _("This master has no published version yet; a variant starts from a published version."),
            field="master",
        )
    language = (language or "").strip() or (country.languages[0] if country.languages else "en")
    if language not in set(country.languages) | {"en"}:
        raise Refusal(
            _("Choose one of %(country)s's languages.") % {"country": country},
            field="language",
        )
    try:
        with transaction.atomic():
            document = RecommendationDocument.objects.create(
                title=f"{master.title} — {country.name}",
                summary=master.summary,
                country=country,
                is_variant=True,
                # the national round's audience starts as the master's (public, or members only)
                members_only_in_consultation=master.members_only_in_consultation,
                created_by=staff,
            )
            variant = CountryVariant.objects.create(
                master=master,
                country=country,
                document=document,
                language=language,
                master_version=version,
                created_by=staff,
            )
            VariantClause.objects.bulk_create(
                VariantClause(variant=variant, key=clause.key, master_clause=clause, changed_by=staff)
                for clause in version.clauses.in_order()
            )
            VariantEvent.objects.create(
                variant=variant,
                origin=VariantEvent.Origin.MASTER,
                summary=_("Created from master version %(n)s") % {"n": version.number},
                master_version=version,
                actor=staff,
            )
            record(actor=staff, action="recommendations.create_variant", target=variant, country=country)
    except IntegrityError as error:
        raise VariantRefused(
            _("%(country)s already has a variant of this master.") % {"country": country}, field="country"
        ) from error
    return variant


def publish_variant(*, staff, variant):
    """Make the variant readable by everyone (idempotent)."""
    require_variant_office(staff, variant)
    with transaction.atomic():
        variant = CountryVariant.objects.select_for_update().get(pk=variant.pk)
        if variant.published_at is None:
            variant.published_at = timezone.now()
            variant.save(update_fields=["published_at"])
            record(actor=staff, action="recommendations.publish_variant", target=variant, country=variant.country)
    return variant


def clean_reason(reason, *, required):
    refuse_unstorable(reason=reason)
    reason = (reason or "").strip()
    if required and not reason:
        raise Refusal(_("Give the public reason (readers see it beside the clause)."), field="reason")
    if len(reason) > REASON_MAX:
        raise Refusal(_("The reason can be at most %(n)s characters long.") % {"n": REASON_MAX}, field="reason")
    return reason


def _locked_row(staff, variant, key, expected_revision):
    require_variant_office(staff, variant)
    row = (
        VariantClause.objects.select_for_update(of=("self",))
        .select_related("master_clause")
        .filter(variant=variant, key=key)
    )
    row = row.first()
    if row is None:
        raise VariantRefused(_("This clause is not part of the variant (any more)."))
    if expected_revision is not None and row.revision != int(expected_revision):
        raise StaleDecision(
            _(
                "Someone else in your office changed this clause while you were editing it; nothing was saved. "
                "Check their change and edit again if needed."
            )
        )
    return row


def _refuse_if_under_review(row):
    if VariantReviewItem.objects.still_open().filter(variant_id=row.variant_id, key=row.key).exclude(kind="translate"):
        raise VariantRefused(_("The master changed this clause; decide its review item first."))


def set_clause_state(*, staff, variant, key, state, text="", reason="", expected_revision=None):
    """Inherit, adapt or omit one master clause of the variant, with a
    public reason for an adaptation or omission; an added clause's text and
    reason are changed the same way (state ``added``)."""
    if state not in State.values:
        raise Refusal(_("Choose inherited, adapted, omitted or added."), field="state")
    with transaction.atomic():
        row = _locked_row(staff, variant, key, expected_revision)
        _refuse_if_under_review(row)
        if (state == State.ADDED) != (row.state == State.ADDED):
            raise Refusal(
                _("A master clause can be inherited, adapted or omitted; only national clauses are added."),
                field="state",
            )
        if state == State.INHERITED:
            row.text, row.reason = "", ""
        elif state in (State.ADAPTED, State.ADDED):
            text = clean_clause_text(text)
            if state == State.ADAPTED and text == row.master_clause.text.strip():
                raise Refusal(_("This is the master's wording; keep the clause inherited instead."), field="text")
            row.text, row.reason = text, clean_reason(reason, required=True)
        else:
            row.text, row.reason = "", clean_reason(reason, required=True)
        before = row.state
        row.state = state
        _save_row(row, staff)
        _event(variant, key, staff, _("%(before)s → %(after)s") % {"before": before, "after": state})
        record(
            actor=staff,
            action=f"recommendations.variant_clause.{state}",
            target=variant,
            country=variant.country,  # the draft's reason stays with the clause, not in the moderators' log
        )
    return row


def set_translation(*, staff, variant, key, translation, expected_revision=None):
    """The office's translation of an inherited clause (empty: none); it is
    marked as translating the master's present wording."""
    with transaction.atomic():
        row = _locked_row(staff, variant, key, expected_revision)
        if row.state != State.INHERITED:
            raise Refusal(
                _("Only inherited clauses are translated; an adaptation is national text already."), field="translation"
            )
        refuse_unstorable(translation=translation)
        translation = (translation or "").strip()
        if len(translation) > VariantClause.MAX_LENGTH:
            raise Refusal(_("The translation is too long."), field="translation")
        row.translation = translation
        row.translation_of = row.master_clause if translation else None
        _save_row(row, staff)
        VariantReviewItem.objects.still_open().filter(
            variant=variant, key=key, kind=VariantReviewItem.Kind.TRANSLATE
        ).update(
            choice=Choice.UPDATE_TRANSLATION, decided_by=staff, decided_at=timezone.now(), revision=F("revision") + 1
        )
        _event(variant, key, staff, _("Translation updated"))
    return row


def add_national_clause(*, staff, variant, after_key=None, text, reason, kind="paragraph", level=1):
    """Add a national clause after the clause with ``after_key`` (None: at the start)."""
    require_variant_office(staff, variant)
    text = clean_clause_text(text)
    reason = clean_reason(reason, required=True)
    if kind not in ("heading", "paragraph"):
        raise Refusal(_("Choose heading or paragraph."), field="kind")
    with transaction.atomic():
        variant = CountryVariant.objects.select_for_update().get(pk=variant.pk)
        if after_key is not None and not variant.clauses.filter(key=after_key).exists():
            raise Refusal(_("Choose a clause of this variant to add it after."), field="after_key")
        row = VariantClause(
            variant=variant,
            key=uuid.uuid4(),
            state=State.ADDED,
            text=text,
            reason=reason,
            kind=kind,
            level=max(1, min(int(level), 6)),
            after_key=after_key,
            changed_by=staff,
        )
        row.save()
        _event(variant, row.key, staff, _("National clause added"))
        record(
            actor=staff,
            action="recommendations.variant_clause.added",
            target=variant,
            country=variant.country,  # the draft's reason stays with the clause, not in the moderators' log
        )
    return row


def remove_national_clause(*, staff, variant, key, expected_revision=None):
    """Remove a clause the office added (master clauses are omitted instead)."""
    with transaction.atomic():
        row = _locked_row(staff, variant, key, expected_revision)
        if row.state != State.ADDED:
            raise Refusal(_("A master clause is omitted with a reason, not removed."))
        VariantClause.objects.filter(variant=variant, after_key=key).update(after_key=row.after_key)
        row.delete()
        _event(variant, key, staff, _("National clause removed"))


def _save_row(row, actor):
    row.revision += 1
    row.changed_by = actor
    row.changed_at = timezone.now()
    row.save()


def _event(variant, key, actor, summary, origin=VariantEvent.Origin.NATIONAL, master_version=None):
    VariantEvent.objects.create(
        variant=variant, key=key, origin=origin, summary=summary[:300], actor=actor, master_version=master_version
    )


def open_round_of(variant):
    """The variant's national consultation round that is not closed, or None."""
    return ConsultationRound.objects.filter(version__document_id=variant.document_id, closed_at__isnull=True).first()
