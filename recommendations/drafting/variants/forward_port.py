"""Bringing every country variant forward to a new master version.

``schedule_forward_port`` runs in the transaction that publishes the master
version: it writes one outbox row for the whole master (keyed by version),
whose task writes one outbox row per variant (keyed by variant and
version). Each variant is then brought forward in ONE transaction together
with its outbox row's "done" mark, so a worker killed mid-way leaves that
variant exactly as it was and the sweep runs it again; a second delivery
finds the variant already in step and does nothing.

What happens to each clause:

- inherited: its pointer moves to the new master clause, so it reads the new
  text at once; if it carries a translation and the wording changed, a
  "translate the change" item is opened;
- adapted: if the master's wording changed, a review item (old master, new
  master, national text) is opened and the clause stays as it is until the
  office decides; otherwise the pointer moves;
- omitted: stays omitted, following the new clause;
- a clause new in the master: proposed for inclusion (a review item);
- a clause removed from the master: flagged (a review item); the variant
  keeps it until the office decides.

When the forward-port opens review items, the office gets one e-mail (a
link, through the outbox, keyed by version and variant).

A variant with a national round that is not closed waits: it records what
it waits for and why; closing the round schedules the forward-port again.
"""

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.outbox import schedule
from consult.refusals import require

from ...models import Clause, CountryVariant, DocumentVersion, VariantClause, VariantEvent, VariantReviewItem
from .office_mail import schedule_review_mail
from .services import VariantRefused, open_round_of

State = VariantClause.State
Kind = VariantReviewItem.Kind


def schedule_forward_port(master_version):
    """Ask for every variant of the master to be brought forward to
    ``master_version`` (call inside the transaction that publishes it)."""
    if not master_version.document.is_master:
        return None
    return schedule(
        "recommendations.forward_port_master",
        key=f"recommendations-forward-port-{master_version.pk}",
        master_version_id=master_version.pk,
    )


def publish_master_draft(*, editor, version):
    """Publish a master's draft as its final version (a master's editors
    write it by hand once the common text is agreed, or build it from a
    consultation), supersede the previous one and bring every variant
    forward."""
    require(editor, "recommendations.publish_version", version)
    with transaction.atomic():
        version = DocumentVersion.objects.select_for_update(of=("self",)).select_related("document").get(pk=version.pk)
        if not version.document.is_master:
            raise VariantRefused(_("Only a master document's drafts are published here."))
        if not version.is_draft:
            raise VariantRefused(_("This version is already %(status)s.") % {"status": version.get_status_display()})
        version.status = DocumentVersion.Status.FINAL
        version.frozen_at = timezone.now()
        version.save(update_fields=["status", "frozen_at"])
        DocumentVersion.objects.filter(
            document_id=version.document_id,
            number__lt=version.number,
            status__in=[DocumentVersion.Status.CLOSED, DocumentVersion.Status.FINAL],
        ).update(status=DocumentVersion.Status.SUPERSEDED)
        record(actor=editor, action="recommendations.publish_final", target=version)
        schedule_forward_port(version)
    return version


def schedule_variants(master_version_id):
    """One outbox row per variant of the version's master (the master task's work)."""
    version = DocumentVersion.objects.filter(pk=master_version_id).first()
    if version is None:
        return 0
    variant_ids = list(CountryVariant.objects.filter(master_id=version.document_id).values_list("pk", flat=True))
    for variant_id in variant_ids:
        schedule_variant(variant_id, version.pk)
    return len(variant_ids)


def schedule_variant(variant_id, master_version_id):
    return schedule(
        "recommendations.forward_port_variant",
        key=f"recommendations-forward-port-{master_version_id}-variant-{variant_id}",
        variant_id=variant_id,
        master_version_id=master_version_id,
    )


def schedule_waiting_after_round(round):
    """A national round closed: bring its variant forward if it was waiting."""
    variant = CountryVariant.objects.filter(document_id=round.version.document_id, waiting_for__isnull=False).first()
    if variant is not None:
        schedule(
            "recommendations.forward_port_variant",
            key=f"recommendations-forward-port-{variant.waiting_for_id}-variant-{variant.pk}-after-round-{round.pk}",
            variant_id=variant.pk,
            master_version_id=variant.waiting_for_id,
        )


def forward_port_variant(variant_id, master_version_id):
    """Bring one variant forward to ``master_version_id``, all or nothing.

    Returns "done", "already" (in step with this version or a newer one),
    "waiting" (a national round is open) or "gone".
    """
    with transaction.atomic():
        variant = (
            CountryVariant.objects.select_for_update(of=("self",))
            .select_related("master_version")
            .filter(pk=variant_id)
            .first()
        )
        target = DocumentVersion.objects.filter(pk=master_version_id).first()
        if variant is None or target is None:
            return "gone"
        if target.number <= variant.master_version.number:
            return "already"
        national_round = open_round_of(variant)
        if national_round is not None:
            if variant.waiting_for_id != target.pk:
                variant.waiting_for = target
                variant.waiting_reason = _(
                    "Master version %(n)s waits until the national consultation closes (%(closes)s)."
                ) % {"n": target.number, "closes": national_round.closes_at.strftime("%Y-%m-%d %H:%M UTC")}
                variant.save(update_fields=["waiting_for", "waiting_reason"])
                VariantEvent.objects.create(
                    variant=variant,
                    origin=VariantEvent.Origin.MASTER,
                    summary=variant.waiting_reason,
                    master_version=target,
                )
            return "waiting"
        _bring_forward(variant, target)
    return "done"


def _bring_forward(variant, target):
    new_clauses = list(target.clauses.in_order())
    new_by_key = {clause.key: clause for clause in new_clauses}
    rows = {row.key: row for row in variant.clauses.for_reading()}
    open_items = {(item.key, item.kind): item for item in variant.review_items.still_open()}
    moved, events, new_items, refreshed = [], [], [], []
    counts = {"inherited": 0, "review": 0}

    def review(kind, key, old, new):
        item = open_items.get((key, kind))
        if item is None:
            new_items.append(
                VariantReviewItem(
                    variant=variant,
                    key=key,
                    kind=kind,
                    old_master_clause=old,
                    new_master_clause=new,
                    master_version=target,
                )
            )
        else:  # still undecided from an earlier master version: show the newest wording
            item.new_master_clause, item.master_version = new, target
            item.revision += 1
            refreshed.append(item)
        counts["review"] += 1

    for clause in new_clauses:
        row = rows.get(clause.key)
        if row is None:
            review(Kind.NEW, clause.key, None, clause)
            continue
        if row.master_clause is None:
            continue  # a national clause that happens to share the key cannot happen (new keys are random)
        changed = _wording(row.master_clause) != _wording(clause)
        if row.state == State.ADAPTED and changed:
            review(Kind.CHANGED, clause.key, row.master_clause, clause)
            continue
        if row.state == State.INHERITED and changed:
            counts["inherited"] += 1
            events.append(
                VariantEvent(
                    variant=variant,
                    key=clause.key,
                    origin=VariantEvent.Origin.MASTER,
                    summary=_("Inherited the master's new wording (version %(n)s)") % {"n": target.number},
                    master_version=target,
                )
            )
            if row.translation:
                review(Kind.TRANSLATE, clause.key, row.translation_of or row.master_clause, clause)
        row.master_clause = clause
        moved.append(row)
    removed = [key for key, row in rows.items() if row.master_clause_id is not None and key not in new_by_key]
    # What was asked about a clause the master removed is replaced by the one question that is left.
    variant.review_items.still_open().filter(key__in=removed).exclude(kind=Kind.REMOVED).delete()
    for key in removed:
        review(Kind.REMOVED, key, rows[key].master_clause, None)
    # Proposals for clauses the master has dropped again are withdrawn.
    variant.review_items.still_open().filter(kind=Kind.NEW).exclude(key__in=list(new_by_key)).delete()

    # One UPDATE moves every pointer to the new version's clause of the same key.
    VariantClause.objects.filter(pk__in=[row.pk for row in moved]).update(
        master_clause=Subquery(Clause.objects.filter(version=target, key=OuterRef("key")).values("pk")[:1])
    )
    VariantReviewItem.objects.bulk_update(
        refreshed, ["new_master_clause", "master_version", "revision"], batch_size=500
    )
    VariantReviewItem.objects.bulk_create(new_items, batch_size=500)
    if new_items:  # the office hears of it once per forward-port (the outbox key is version and variant)
        schedule_review_mail(variant, target)
    events.append(
        VariantEvent(
            variant=variant,
            origin=VariantEvent.Origin.MASTER,
            summary=_(
                "Brought forward to master version %(n)s; inherited changes: %(inherited)s, items to review: %(review)s"
            )
            % {"n": target.number, **counts},
            master_version=target,
        )
    )
    VariantEvent.objects.bulk_create(events, batch_size=500)
    variant.master_version = target
    variant.waiting_for, variant.waiting_reason = None, ""
    variant.save(update_fields=["master_version", "waiting_for", "waiting_reason"])


def _wording(clause):
    return (clause.kind, clause.level, clause.text.strip())
