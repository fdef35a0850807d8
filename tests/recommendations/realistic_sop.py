"""A realistic multi-page SOP draft as a country office would write it in Word:
header and footer, title and subtitle, a typed contents list, page breaks,
numbered headings on three levels, bulleted and numbered lists, italic notes,
a definitions table, a referral table and a table with merged cells."""

import io

from docx import Document
from docx.enum.text import WD_BREAK


def realistic_sop_docx():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "PROTECT - Draft SOP - Netherlands - for consultation"
    d.sections[0].footer.paragraphs[0].text = "Draft v1 - do not circulate outside the consultation"
    d.add_heading(
        "Standard Operating Procedures for responding to sexual and gender-based violence "
        "against migrants, refugees and asylum seekers in the Netherlands",
        0,
    )
    p = d.add_paragraph("Draft for consultation. ")
    p.add_run("Status: ").bold = True
    p.add_run("version 1, prepared by the PROTECT country office.").italic = True
    d.add_paragraph("Draft for consultation with partner organisations", style="Subtitle")
    d.add_paragraph("Contents")
    for line in [
        "1. Introduction",
        "2. Guiding principles",
        "3. Procedures",
        "4. Referral pathways",
        "5. Roles and responsibilities",
        "6. Monitoring",
    ]:
        d.add_paragraph(line)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("1. Introduction", 1)
    for _ in range(3):
        d.add_paragraph(
            "These standard operating procedures set out how staff of reception centres, health services, police, "
            "municipalities and civil-society organisations respond when a migrant, refugee or asylum seeker discloses "
            "sexual or gender-based violence, or when staff suspect it. " * 2
        )
    d.add_heading("1.1 Scope", 2)
    d.add_paragraph("They apply to:")
    for item in [
        "reception centres of the asylum agency",
        "municipal shelters",
        "general practitioners and hospitals",
        "police and the immigration police",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("1.2 Definitions", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (term, meaning) in enumerate(
        [
            ("Term", "Meaning"),
            ("SGBV", "Sexual and gender-based violence"),
            ("Survivor", "A person who experienced SGBV; the person decides what happens next"),
            ("Focal point", "The staff member designated in each organisation"),
        ]
    ):
        t.cell(r, 0).text, t.cell(r, 1).text = term, meaning

    d.add_heading("2. Guiding principles", 1)
    for principle in [
        "Safety first: the person's safety and that of their children come before every procedure.",
        "Confidentiality: information is shared only with informed consent, except where the law requires.",
        "Respect and non-discrimination, whatever the residence status.",
        "Informed consent at every step; the person may withdraw it.",
        "An interpreter of the gender the person chooses, never a family member.",
    ]:
        d.add_paragraph(principle, style="List Number")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("3. Procedures", 1)
    steps = {
        "3.1 Identification": [
            "Notice signs without asking leading questions.",
            "Offer a private space.",
            "Do not ask for proof.",
        ],
        "3.2 First contact and disclosure": [
            "Listen; believe; do not judge.",
            "Explain confidentiality and its limits.",
            "Ask what the person needs now.",
        ],
        "3.3 Immediate medical care": [
            "Within 7 days of a rape: refer to a sexual assault centre (Centrum Seksueel Geweld).",
            "Offer emergency contraception and HIV post-exposure prophylaxis.",
            "Forensic examination only with consent.",
        ],
        "3.4 Safety planning": [
            "Assess immediate danger; call 112 when life is at risk.",
            "Consider a transfer to another reception location.",
            "Agree on a safe way to stay in contact.",
        ],
    }
    for heading, items in steps.items():
        d.add_heading(heading, 2)
        d.add_paragraph("Staff should follow these steps in order, adapting them to the person's wishes. " * 3)
        for item in items:
            d.add_paragraph(item, style="List Number")
        d.add_paragraph(
            "Note: record only what is needed; never record the account of the violence in the asylum file."
        ).runs[0].italic = True
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("4. Referral pathways", 1)
    d.add_paragraph("The table lists where to refer, by need. Sample contacts must be verified by the country office.")
    t = d.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    rows = [
        ("Need", "Service", "When", "Open to people without papers"),
        ("Medical care after rape", "Sexual assault centre", "Within 7 days", "Yes"),
        ("Emergency", "112", "Immediately", "Yes"),
        ("Shelter", "Women's shelter", "When unsafe", "Yes"),
        ("Psychosocial support", "Mental-health service", "Any time", "Yes"),
        ("Legal advice", "Legal aid office", "Any time", "Yes"),
        ("Report to police", "Police (vice unit)", "When the person decides", "Yes (firewall)"),
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    merged = d.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "Out-of-hours: all services"
    merged.cell(1, 0).text, merged.cell(1, 1).text, merged.cell(1, 2).text = "Helpline", "24/7", "Free"

    d.add_heading("5. Roles and responsibilities", 1)
    for role in ["Reception staff", "Health professionals", "Police", "Municipalities", "Community ambassadors"]:
        d.add_heading(role, 3)
        d.add_paragraph(f"{role} designate a focal point, train staff every year and apply these procedures. " * 2)
    d.add_heading("6. Monitoring and review", 1)
    d.add_paragraph("The country office reviews these procedures every two years with all partners.")
    d.add_paragraph("")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()
