"""A known closed round for the merge, build and report tests.

The Dutch draft of six clauses (factories.draft):

    0  heading    "Section 1"
    1  paragraph  "Clause text number 1: staff refer the person to a sexual assault centre."
    2  paragraph  "Clause text number 2: ..."
    3  heading    "Section 2"
    4  paragraph  "Clause text number 4: ..."
    5  paragraph  "Clause text number 5: ..."

Decisions: clause 1 has one accepted amendment of a quoted span (applies by
itself); clause 2 has two accepted amendments (a conflict); clause 4 has a
rejected amendment, an accepted comment and an accepted amendment that a
moderator hid afterwards (never applied, never shown); clause 5 has an
accepted concern; one comment on the whole document is undecided and one
held item waits for a moderator.
"""

from dataclasses import dataclass

from django.utils import timezone

from recommendations.models import Feedback
from tests.consult.factories import member

from .factories import FeedbackFactory

TAIL = "staff refer the person to a sexual assault centre."


@dataclass
class KnownRound:
    round: object
    clauses: list
    span_amendment: Feedback
    rival_a: Feedback
    rival_b: Feedback
    rejected: Feedback
    accepted_comment: Feedback
    hidden_amendment: Feedback
    concern: Feedback
    document_comment: Feedback
    held: Feedback


def decided(round, author, clause, kind, decision, *, reason="", visibility="visible", **fields):
    return FeedbackFactory(
        round=round,
        author=author,
        clause=clause,
        kind=kind,
        decision=decision,
        decision_reason=reason or ("" if decision in ("accepted", "undecided") else "Reason given in public."),
        visibility=visibility,
        decided_at=timezone.now() if decision != "undecided" else None,
        **fields,
    )


def known_round(round, *, close=True):
    """Fill ``round`` with the feedback above and close it (unless ``close`` is False)."""
    clauses = list(round.version.clauses.in_order())
    nl, be = member(("NL",)), member(("BE",), sector="police")
    a = "amendment"
    centre = "a sexual assault centre"
    known = KnownRound(
        round=round,
        clauses=clauses,
        span_amendment=decided(round, nl, clauses[1], a, "accepted", text="Hospitals too.",
                               quoted_span=centre, proposed_text=f"{centre} or a hospital",
                               endorsement_count=3),
        rival_a=decided(round, nl, clauses[2], a, "accepted", proposed_text="Staff must refer the person at once.",
                        endorsement_count=5),
        rival_b=decided(round, be, clauses[2], a, "partly_accepted",
                        proposed_text="Staff refer the person within a day.", endorsement_count=1),
        rejected=decided(round, be, clauses[4], a, "rejected", proposed_text="Delete this clause."),
        accepted_comment=decided(round, nl, clauses[4], "comment", "accepted", text="Mention interpreters."),
        hidden_amendment=decided(round, be, clauses[4], a, "accepted", proposed_text="SECRET hidden text.",
                                 visibility="hidden"),
        concern=decided(round, be, clauses[5], "concern", "accepted", text="This clause repeats clause 4."),
        document_comment=decided(round, nl, None, "comment", "undecided", text="Good document overall."),
        held=decided(round, be, clauses[1], "comment", "undecided", text="HELD text with a phone number.",
                     visibility="held"),
    )  # fmt: skip
    from recommendations.consultation.services import close_round

    if close:
        close_round(round)
    round.refresh_from_db()
    round.version.refresh_from_db()
    return known
