"""Seed data of recommendations: a Dutch SOP with its whole story so far, so
every demo account can do its job at once (``manage.py seed`` runs it).

- Version 1 was consulted on, closed early by the editor (with a reason),
  triaged with public reasons, merged (amendments carried out, an accepted
  comment explained, one item left undecided and confirmed) and built into
  version 2, which is published: its diff, clause histories and the report
  "what you said, what we did" are there to read.
- Version 2 is in consultation now (extended once, with a reason), with
  feedback from members of six countries and sectors, endorsements, some
  items decided and most still to triage; one item is held for the
  moderators (it names a person) and one is flagged by a member.

Idempotent: nothing is created when the document exists. Participants are
demo accounts without a usable password (only the DEMO_ACCOUNTS sign in).
"""

from contextlib import suppress
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from consult.demo import verify_email
from consult.models import Country, OutboxEntry, Profile, Sector
from consult.refusals import Refusal

from .consultation import decisions, rounds
from .consultation import services as consultation
from .drafting import services as drafting
from .merging import building, workbench
from .merging.digest import refresh_digest
from .models import ConsultationRound, DocumentVersion, Endorsement, Feedback, RecommendationDocument, RoundChange

TITLE = "First response to sexual violence against migrants: standard operating procedures (Netherlands)"
EDITOR = "editor@demo.protect.example"
MEMBER = "member.nl@demo.protect.example"

DRAFT = """# Purpose and scope

These procedures set out what **every professional** does in the first 72 hours after a migrant,
refugee or asylum seeker discloses sexual violence.

They apply in reception centres, health services, police stations and municipal services.

# First contact

Listen, believe and do not judge. Do *not* ask for details of the assault beyond what is needed for care and safety.

Offer a professional interpreter. Family members, other residents and children are never used as interpreters.

Refer the person to a sexual assault centre.

# Medical care

Emergency contraception and HIV post-exposure prophylaxis are offered within 72 hours.

| Care | Time limit | Where |
|---|---|---|
| Emergency contraception | 120 hours | GP or sexual assault centre |
| HIV prophylaxis | 72 hours | Sexual assault centre |

# Reporting to the police

Reporting is the person's choice. Care does not depend on a report to the police.

# Follow-up

Staff agree a follow-up appointment and write down how the person can be reached safely.
"""

# (e-mail, display name, sector, country code)
PARTICIPANTS = [
    ("participant.be@participants.demo.protect.example", "Demo BE doctor", Sector.MEDICAL, "BE"),
    ("participant.gr@participants.demo.protect.example", "Demo GR legal aid", Sector.LEGAL_AID, "GR"),
    ("participant.it@participants.demo.protect.example", "Demo IT police", Sector.POLICE, "IT"),
    ("participant.es@participants.demo.protect.example", "Demo ES social worker", Sector.SOCIAL_SUPPORT, "ES"),
    ("participant.pl@participants.demo.protect.example", "Demo PL LGBTQI+ organisation", Sector.LGBTQI, "PL"),
    ("participant.nl@participants.demo.protect.example", "Demo NL municipality", Sector.MUNICIPALITY, "NL"),
]


def seed_recommendations():
    """Create the demo document and its rounds unless it exists; returns how many documents were created."""
    User = get_user_model()
    editor = User.objects.filter(email=EDITOR).first()
    if editor is None or RecommendationDocument.objects.filter(title=TITLE).exists():
        return 0
    people = _participants()
    member = User.objects.filter(email=MEMBER).first()
    if member is not None:
        people["NL-member"] = member
    with transaction.atomic():
        version1 = _first_version(editor)
    round1 = _first_round(editor, version1, people)
    version2 = _build_and_publish(editor, round1)
    _second_round(editor, version2, people)
    return 1


def _participants():
    User = get_user_model()
    people = {}
    for email, name, sector, code in PARTICIPANTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=None)
            verify_email(user)
        profile, created = Profile.objects.get_or_create(
            user=user,
            defaults={
                "display_name": name,
                "organisation": "PROTECT demo partner",
                "sector": sector,
                "job_role": "Demo participant",
                "motivation": "Demo account created by the seed command.",
                "status": Profile.Status.APPROVED,
                "status_changed_at": timezone.now(),
                "consent_version": "demo",
                "consent_accepted_at": timezone.now(),
            },
        )
        if created:
            profile.countries.add(Country.objects.get(code=code))
        people[code] = user
    return people


def _first_version(editor):
    blocks = drafting.read_import(markdown_text=DRAFT).blocks
    document = drafting.create_document(
        editor=editor,
        title=TITLE,
        summary=(
            "What reception staff, doctors, police officers and municipal staff do in the first 72 hours "
            "after a migrant discloses sexual violence. Sample content for the demo."
        ),
        country=Country.objects.get(code="NL"),
        blocks=blocks,
    )
    return document.versions.get(number=1)


def _clause(version, starts):
    return next(c for c in version.clauses.in_order() if c.text.startswith(starts))


def _give(round, author, clause, kind, text="", proposed_text="", quoted_span="", days_ago=0):
    """A visible feedback item, as members give it (the demo skips the first-posts queue)."""
    profile = author.profile
    return Feedback.objects.create(
        round=round,
        version_id=round.version_id,
        clause=clause,
        clause_key=clause.key if clause else None,
        author=author,
        author_sector=profile.sector,
        author_country=profile.countries.first(),
        kind=kind,
        text=text,
        proposed_text=proposed_text,
        quoted_span=quoted_span,
        created_at=timezone.now() - timedelta(days=days_ago),
    )


def _endorse(feedback, *users):
    for user in users:
        Endorsement.objects.get_or_create(feedback=feedback, user=user)
    Feedback.objects.filter(pk=feedback.pk).update(endorsement_count=F("endorsement_count") + len(users))


def _first_round(editor, version, people):
    now = timezone.now()
    round = consultation.open_round(
        editor=editor, version=version, opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=20)
    )
    referral = _clause(version, "Refer the person")
    interpreters = _clause(version, "Offer a professional interpreter")
    medical = _clause(version, "Emergency contraception and HIV")
    follow_up = _clause(version, "Staff agree a follow-up")
    scope = _clause(version, "They apply in")
    amendment = _give(
        round,
        people["BE"],
        referral,
        "amendment",
        text="A referral without an appointment is often lost. The centre should be called while the person is there.",
        quoted_span="Refer the person to a sexual assault centre.",
        proposed_text=(
            "Refer the person to a sexual assault centre **within 24 hours**, and call the centre together "
            "with the person so that an appointment is made before they leave."
        ),
        days_ago=30,
    )
    _endorse(amendment, people["ES"], people["NL"])
    gender = _give(
        round,
        people["PL"],
        interpreters,
        "amendment",
        proposed_text=(
            "Offer a professional interpreter of the gender the person chooses. Family members, other residents "
            "and children are never used as interpreters."
        ),
        days_ago=29,
    )
    _endorse(gender, people["GR"])
    comment = _give(
        round,
        people["GR"],
        medical,
        "comment",
        text="Say explicitly that people **without residence papers** receive this care free of charge.",
        days_ago=28,
    )
    police = _give(
        round,
        people["IT"],
        _clause(version, "Reporting is the person"),
        "concern",
        text="Police officers need to know that evidence can be kept at the centre without a report.",
        days_ago=27,
    )
    _give(round, people["ES"], scope, "support", text="Good that municipal services are named.", days_ago=26)
    _give(  # never decided: the build was confirmed without it, and the report says so
        round,
        people["NL"],
        follow_up,
        "question",
        text="Who pays for the follow-up appointment when the person has moved to another municipality?",
        days_ago=25,
    )
    # The working group finished early: the editor closed the round with a reason.
    rounds.close_round_now(
        editor=editor,
        round=round,
        reason="The working group finished its review two weeks early; every partner organisation had answered.",
    )
    decide = decisions.decide_feedback
    decide(feedback=amendment, editor=editor, decision="accepted", reason="Calling together keeps people in care.")
    decide(
        feedback=gender,
        editor=editor,
        decision="accepted",
        reason="The person's choice of interpreter matters for disclosure.",
    )
    decide(
        feedback=comment,
        editor=editor,
        decision="accepted",
        reason="Right: care does not depend on residence status.",
    )
    decide(
        feedback=police,
        editor=editor,
        decision="out_of_scope",
        reason="Evidence storage is set by the national forensic protocol; we link to it from the police SOP.",
    )
    refresh_digest(round)
    _backdate(round, opened_days_ago=32, closed_days_ago=24)
    return round


def _backdate(round, *, opened_days_ago, closed_days_ago):
    """The first round happened weeks ago: its dates say so."""
    now = timezone.now()
    opens, closes = now - timedelta(days=opened_days_ago), now - timedelta(days=closed_days_ago)
    ConsultationRound.objects.filter(pk=round.pk).update(
        opens_at=opens, closes_at=closes + timedelta(days=14), closed_at=closes, created_at=opens
    )
    RoundChange.objects.filter(round=round).update(
        old_opens_at=opens, new_opens_at=opens, old_closes_at=closes + timedelta(days=14), new_closes_at=closes
    )
    RoundChange.objects.filter(round=round).update(created_at=closes)
    DocumentVersion.objects.filter(pk=round.version_id).update(frozen_at=opens, created_at=opens - timedelta(days=3))


def _build_and_publish(editor, round):
    version = round.version
    accepted = {f.clause_key: f for f in round.feedback.filter(decision="accepted", kind="amendment")}
    for key, item in accepted.items():
        workbench.resolve_clause(
            editor=editor, round=round, clause_key=str(key), text=item.proposed_text, chosen_ids=[item.pk]
        )
    medical = _clause(version, "Emergency contraception and HIV")
    workbench.resolve_clause(
        editor=editor,
        round=round,
        clause_key=str(medical.key),
        text=(
            "Emergency contraception and HIV post-exposure prophylaxis are offered within 72 hours, **free of "
            "charge and whatever the person's residence status**."
        ),
        chosen_ids=list(
            round.feedback.filter(clause_key=medical.key, decision="accepted").values_list("pk", flat=True)
        ),
    )
    build = building.start_build(editor=editor, round=round, confirm_open_todos=True, confirm_undecided=True)
    entry = OutboxEntry.objects.filter(dedupe_key=f"recommendations-build-{build.pk}-{build.attempts}").first()
    version2 = building.run_build(build.pk, outbox_id=entry.pk if entry else None)
    return version2


def _second_round(editor, version, people):
    now = timezone.now()
    building.publish_version(
        editor=editor,
        version=version,
        status=DocumentVersion.Status.CONSULTATION,
        opens_at=now - timedelta(days=6),
        closes_at=now + timedelta(days=8),
    )
    round = version.round_or_none
    follow_up = _clause(version, "Staff agree a follow-up")
    first_contact = _clause(version, "Listen, believe")
    referral = _clause(version, "Refer the person")
    table = _clause(version, "| Care")
    items = [
        _give(
            round,
            people["ES"],
            follow_up,
            "amendment",
            quoted_span="write down how the person can be reached safely",
            proposed_text=(
                "Staff agree a follow-up appointment and write down how the person can be reached safely:\n\n"
                "- a phone number that no one else uses\n- whether messages may be left\n"
                "- a safe time to call"
            ),
            days_ago=5,
        ),
        _give(
            round,
            people["PL"],
            first_contact,
            "comment",
            text="Add that staff do not assume the gender of the perpetrator or of the person's partner.",
            days_ago=5,
        ),
        _give(
            round,
            people["GR"],
            table,
            "amendment",
            text="The table should say where to go outside office hours.",
            proposed_text=(
                "| Care | Time limit | Where |\n|---|---|---|\n"
                "| Emergency contraception | 120 hours | GP, out-of-hours GP or sexual assault centre |\n"
                "| HIV prophylaxis | 72 hours | Sexual assault centre or hospital emergency department |"
            ),
            days_ago=4,
        ),
        _give(round, people["IT"], referral, "support", text="Calling the centre together works well.", days_ago=4),
        _give(
            round,
            people["BE"],
            None,
            "concern",
            text="The whole document should say how staff look after themselves after a disclosure.",
            days_ago=3,
        ),
        _give(
            round,
            people["NL"],
            referral,
            "question",
            text="Can municipalities pay for the taxi to the centre?",
            days_ago=2,
        ),
    ]
    _endorse(items[0], people["PL"], people["BE"], people["IT"])
    _endorse(items[2], people["ES"])
    decisions.decide_feedback(
        feedback=items[3], editor=editor, decision="accepted", reason="Thank you; the clause stays as it is."
    )
    decisions.decide_feedback(
        feedback=items[5],
        editor=editor,
        decision="out_of_scope",
        reason="Transport costs are agreed per municipality; see the municipal guide.",
    )
    # Waiting for the Dutch moderators (items are moderated in their author's country): an item that
    # names a person (held by the guard) and a flagged one.
    member = people.get("NL-member")
    if member is not None:
        flagged = _give(
            round,
            people["NL"],
            first_contact,
            "comment",
            text="Most women who report this are lying to get a residence permit.",
            days_ago=1,
        )
        consultation.flag_feedback(
            user=member, feedback=flagged, reason="misinformation", note="A harmful stereotype, not feedback."
        )
    with suppress(Refusal):  # the demo goes on without it (e.g. a pace limit)
        consultation.give_feedback(
            author=people["NL"],
            round=round,
            clause=follow_up,
            kind="comment",
            text="Last week Fatima Benali at the Ter Apel centre was called on +31 6 1234 5678 by her husband.",
        )
    rounds.extend_round(
        editor=editor,
        round=round,
        closes_at=round.closes_at + timedelta(days=7),
        reason="Extended by a week: the Greek and Italian partners asked for time to consult their networks.",
    )
    refresh_digest(round)
    return round
