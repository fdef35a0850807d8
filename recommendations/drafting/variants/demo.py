"""Seed data of recommendations: the European master SOP and its country variants.

The master (EU-wide) has a published version 1; Ireland inherits it as it
is, Belgium adapts, adds, omits and translates, and runs a national
consultation; Malta adapts. Then the master's version 2 is published: Ireland
follows at once, Malta has review items waiting, Belgium waits for its
round to close and says so. Everything goes through the services, as the
offices and editors would do it. Idempotent: a second run changes nothing.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from consult.demo import seed_demo_account
from consult.models import Country

from ...consultation.services import give_feedback, open_round
from ...models import RecommendationDocument
from .. import importing
from ..services import add_clause, create_document, next_draft_version
from . import forward_port, services
from .forwarding import decide_forwarded, forward_feedback_to_master
from .national_drafts import start_national_draft

MASTER_TITLE = "European SOP: responding to sexual and gender-based violence against migrants"

# The master's text: chapters (level-1 headings) and their paragraphs.
MASTER_BLOCKS = [
    "# Purpose and scope",
    (
        "These standard operating procedures set out how reception, health, police, legal and social services"
        " respond when a migrant, refugee or asylum seeker discloses sexual or gender-based violence, or when"
        " staff suspect it."
    ),
    (
        "They apply to every organisation taking part in the national referral pathway, whatever the person's"
        " residence status."
    ),
    "# Guiding principles",
    (
        "Staff put the survivor's safety, dignity and choices first: nothing is done without their informed "
        "consent, except where a child is at risk."
    ),
    (
        "Staff offer an interpreter of the gender the person prefers, and never use family members, children "
        "or other residents to interpret."
    ),
    (
        "Information about the person is shared only with their consent and only with the services that need "
        "it to help them."
    ),
    "# First contact",
    "The first point of contact listens, believes, and explains the options without pressure.",
    (
        "Staff refer the person to the nearest specialised sexual violence service within 24 hours, and to "
        "emergency medical care at once if the assault happened in the last 72 hours."
    ),
    "In an emergency, staff call 112.",
    "# Medical care and evidence",
    (
        "Forensic evidence is collected only with the person's consent, and the person may decide later "
        "whether to report to the police."
    ),
    "Emergency contraception and post-exposure prophylaxis against HIV are offered free of charge.",
    "# Reporting to the police",
    "Reporting is the person's choice; staff explain what a report involves and who can accompany them.",
    "A report of sexual violence does not lead to checks of the person's residence status.",
    "# Protection and follow-up",
    "The person is offered safe accommodation, separate from the alleged perpetrator.",
    "A named case worker follows up within one week and again after one month.",
]
MASTER_MARKDOWN = "\n\n".join(MASTER_BLOCKS)

# Changes of version 2: clause text by its first words -> new text.
MASTER_V2_CHANGES = {
    "Staff refer the person": (
        "Staff refer the person to the nearest specialised sexual violence service within 24 hours, and to emergency "
        "medical care at once if the assault happened in the last 7 days; the service arranges transport if needed."
    ),
    "A named case worker": (
        "A named case worker follows up within one week, after one month and after three months, and closes the "
        "case only with the person's agreement."
    ),
}
MASTER_V2_NEW = (
    "Information about the person is shared only with their consent",
    "Staff record disclosures in the case file using the agreed minimum data set, never in shared logbooks.",
)

BE_PARTICIPANT = "participant.be@participants.demo.protect.example"

# (country code, e-mail of its office's demo staff, language)
OFFICES = [
    ("IE", "staff.ie@demo.protect.example", "en"),
    ("BE", "staff.be@demo.protect.example", "fr"),
    ("MT", "staff.mt@demo.protect.example", "en"),
]


def seed_variants():
    """Create the master SOP and its three variants unless they exist; return how many documents were created."""
    if RecommendationDocument.objects.filter(title=MASTER_TITLE).exists():
        return 0
    User = get_user_model()
    editor = User.objects.filter(email="editor@demo.protect.example").first()
    if editor is None:
        return 0
    offices = {code: (_office_account(code, email), language) for code, email, language in OFFICES}
    with transaction.atomic():
        master = create_document(
            editor=editor,
            title=MASTER_TITLE,
            summary="The common European procedures; each country office adapts them to its law and services.",
            blocks=importing.blocks_from_markdown(MASTER_MARKDOWN),
        )
        master.is_master = True
        master.save(update_fields=["is_master"])
        v1 = forward_port.publish_master_draft(editor=editor, version=master.versions.get())
    variants = {}
    for code, (staff, language) in offices.items():
        country = Country.objects.get(code=code)
        variants[code] = services.create_variant(staff=staff, master=master, country=country, language=language)
        services.publish_variant(staff=staff, variant=variants[code])
    v1_clauses = list(v1.clauses.in_order())

    def clause(start):
        return next(c for c in v1_clauses if c.text.startswith(start))

    be_staff, mt_staff = offices["BE"][0], offices["MT"][0]
    be, mt = variants["BE"], variants["MT"]
    services.set_clause_state(
        staff=be_staff,
        variant=be,
        key=clause("Staff refer the person").key,
        state="adapted",
        text=(
            "Le personnel oriente la personne vers le Centre de Prise en charge des Violences Sexuelles (CPVS) le "
            "plus proche, ouvert jour et nuit, et vers les soins médicaux d'urgence si l'agression date de moins de "
            "72 heures."
        ),
        reason="Belgian law and practice: the CPVS is the first point of contact for every victim of sexual violence.",
    )
    services.set_clause_state(
        staff=be_staff,
        variant=be,
        key=clause("Emergency contraception").key,
        state="omitted",
        reason="In Belgium the CPVS provides this as part of its care (clause above); a second clause would repeat it.",
    )
    services.add_national_clause(
        staff=be_staff,
        variant=be,
        after_key=clause("In an emergency").key,
        text="Sample content, to be verified by the country office: the CPVS addresses are listed on the Belgium page.",
        reason="National services: where to find the CPVS.",
    )
    services.set_translation(
        staff=be_staff,
        variant=be,
        key=clause("A named case worker").key,
        translation="Un travailleur social référent assure le suivi dans la semaine, puis après un mois.",
    )
    national = start_national_draft(staff=be_staff, variant=be)
    now = timezone.now()
    national_round = open_round(
        editor=be_staff,
        version=national,
        opens_at=now - timedelta(days=2),
        closes_at=now + timedelta(days=21),
        countries=[be.country],
    )
    _national_feedback(national_round, be_staff, clause("Staff offer an interpreter").key, editor)
    services.set_clause_state(
        staff=mt_staff,
        variant=mt,
        key=clause("A named case worker").key,
        state="adapted",
        text="A named case worker from the Victim Support Agency follows up within one week and again after one month.",
        reason="Maltese law: the Victim Support Agency is responsible for follow-up of victims of crime.",
    )
    services.set_clause_state(
        staff=mt_staff,
        variant=mt,
        key=clause("Staff refer the person").key,
        state="adapted",
        text=(
            "Staff refer the person to the Sexual Assault Response Team at Mater Dei Hospital within 24 hours, and to "
            "emergency care at once if the assault happened in the last 72 hours."
        ),
        reason="Malta has one specialised service, at Mater Dei Hospital (sample content, to be verified).",
    )
    _publish_master_v2(editor, v1, variants)
    return 1


def _national_feedback(national_round, be_staff, inherited_key, editor):
    """A Belgian doctor's comment on an inherited clause in the national
    round, forwarded by the office to the master's editors (their list shows
    it with Belgium, its variant and the clause), who accept it in part: the
    Belgian office reads their decision on its own decision page."""
    doctor = get_user_model().objects.filter(email=BE_PARTICIPANT).first()
    if doctor is None:  # the consultation's seed (recommendations.demo) made no participants
        return None
    clause = national_round.version.clauses.get(key=inherited_key)
    result = give_feedback(
        author=doctor,
        round=national_round,
        clause=clause,
        kind="comment",
        text=(
            "Interpreters also need a short training on trauma and on confidentiality; this is true in every "
            "country, not only in Belgium."
        ),
    )
    if result.held:  # waiting for a moderator: the office forwards it once it is visible
        return None
    forwarded, _created = forward_feedback_to_master(staff=be_staff, feedback=result.feedback)
    return decide_forwarded(
        editor=editor,
        forwarded=forwarded,
        decision="partly_accepted",
        reason=(
            "Trauma-informed interpreting goes into the next European version; confidentiality is already in the "
            "clause on interpreters."
        ),
    )


def _publish_master_v2(editor, v1, variants):
    v2 = next_draft_version(editor=editor, version=v1)
    for c in v2.clauses.in_order():
        for start, text in MASTER_V2_CHANGES.items():
            if c.text.startswith(start):
                c.text = text
                c.save()
    after = next(c for c in v2.clauses.in_order() if c.text.startswith(MASTER_V2_NEW[0]))
    add_clause(editor=editor, version=v2, after=after, text=MASTER_V2_NEW[1])
    v2 = forward_port.publish_master_draft(editor=editor, version=v2)
    # Bring the variants forward now, so the demo shows the outcome even without a worker;
    # the scheduled tasks then find each variant in step (or still waiting) and do nothing more.
    for variant in variants.values():
        forward_port.forward_port_variant(variant.pk, v2.pk)
    return v2


def _office_account(code, email):
    """The demo account of ``code``'s office: one of the platform's demo
    accounts (consult.demo), with a verified address, its country's staff
    role and groups, and a password printed by ``make run``."""
    return seed_demo_account(email)[0]
