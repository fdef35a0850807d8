"""The digest of a round: its visible feedback counted per clause (by kind,
sector and country), amendments ranked by endorsements, undecided items and
the forum discussions of each clause, stored as one JSON snapshot.

Computed by the ``recommendations.build_digest`` task when a round closes or
an editor asks; the same data always gives the same snapshot and hash.
"""

import hashlib
import json
import uuid
from collections import Counter

from django.db import transaction
from django.utils import timezone

from consult import discussions
from consult.outbox import schedule
from consult.refusals import require

from ..models import Feedback, RoundDigest


def digest_snapshot(round):
    """The digest of a round as plain JSON-able data, in a fixed order and
    without the time it was made, so the same data gives the same snapshot.

    Per clause (and for the whole document): visible feedback counted by
    kind, sector and country; amendments ranked by endorsements; the items
    not decided yet; the published forum threads about the clause (in any
    version of the document) with their activity. Five queries.
    """
    version = round.version
    clauses = list(version.clauses.in_order().values("key", "number", "kind", "text"))
    sections = {str(c["key"]): _digest_section(c) for c in clauses}
    document_section = _digest_section({"key": None, "number": "", "kind": "document", "text": ""})
    items = (
        Feedback.objects.filter(round=round)
        .visible()
        .values_list(
            "pk",
            "clause_key",
            "kind",
            "author_sector",
            "author_country__code",
            "author_id",
            "decision",
            "endorsement_count",
            "proposed_text",
            "quoted_span",
        )
        .order_by("pk")
    )
    totals, authors = Counter(), set()
    for pk, key, kind, sector, country, author, decision, endorsements, proposed, span in items:
        section = sections.get(str(key)) if key else document_section
        if section is None:
            continue
        section["total"] += 1
        section["by_kind"][kind] = section["by_kind"].get(kind, 0) + 1
        section["by_sector"][sector or "-"] = section["by_sector"].get(sector or "-", 0) + 1
        section["by_country"][country or "-"] = section["by_country"].get(country or "-", 0) + 1
        if kind == Feedback.Kind.AMENDMENT:
            section["amendments"].append(
                {
                    "id": pk,
                    "endorsements": endorsements,
                    "decision": decision,
                    "proposed_text": proposed,
                    "quoted_span": span,
                    "sector": sector,
                    "country": country or "",
                }
            )
        if decision == Feedback.Decision.UNDECIDED:
            section["undecided"].append(pk)
        totals["feedback"] += 1
        totals["undecided"] += decision == Feedback.Decision.UNDECIDED
        authors.add(author)
    for thread in discussions.discussions_of(document_id=version.document_id, clause_keys=list(sections)):
        sections[thread.clause_key]["threads"].append(
            {
                "id": thread.id,
                "forum_id": thread.forum_id,
                "title": thread.title,
                "posts": thread.posts,
                "last_activity": thread.last_activity.isoformat(),
            }
        )
    for section in [*sections.values(), document_section]:
        section["amendments"].sort(key=lambda a: (-a["endorsements"], a["id"]))
    return {
        "round": round.pk,
        "version": version.pk,
        "totals": {"feedback": totals["feedback"], "undecided": totals["undecided"], "participants": len(authors)},
        "document": document_section,
        "clauses": [sections[str(c["key"])] for c in clauses],
    }


def _digest_section(clause):
    return {
        "key": str(clause["key"]) if clause["key"] else None,
        "number": clause["number"],
        "kind": clause["kind"],
        "excerpt": clause["text"][:160],
        "total": 0,
        "by_kind": {},
        "by_sector": {},
        "by_country": {},
        "amendments": [],
        "undecided": [],
        "threads": [],
    }


def snapshot_hash(snapshot):
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def refresh_digest(round):
    """Compute the round's digest and store it (one row per round). Running
    it again on the same data stores the same snapshot and hash."""
    snapshot = digest_snapshot(round)
    digest, _created = RoundDigest.objects.update_or_create(
        round=round,
        defaults={"snapshot": snapshot, "content_hash": snapshot_hash(snapshot), "generated_at": timezone.now()},
    )
    return digest


def request_digest(*, editor, round):
    """An editor asks for a fresh digest; a worker makes it."""
    require(editor, "recommendations.merge_round", round)
    with transaction.atomic():
        return schedule(
            "recommendations.build_digest", key=f"recommendations-digest-{round.pk}-{uuid.uuid4()}", round_id=round.pk
        )


def visible_thread_ids(user, snapshot):
    """The ids of the snapshot's threads that ``user`` may read in the forums (one query)."""
    sections = [snapshot.get("document", {}), *snapshot.get("clauses", [])]
    ids = [thread["id"] for section in sections for thread in section.get("threads", [])]
    return discussions.readable_by(user, ids)
