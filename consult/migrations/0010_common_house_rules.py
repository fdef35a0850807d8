"""The house rules common to every country (administrators may change them;
each country's moderators add their own)."""

from django.db import migrations

COMMON_RULES = [
    (
        "personal-data",
        "No information that could identify a survivor or any other person",
        "Names, phone numbers, addresses, ID numbers, photos or details of a case that point to one person.",
    ),
    (
        "respect",
        "Be respectful: no harassment, insults or discrimination",
        "Disagree with ideas, never attack people, groups or professions.",
    ),
    (
        "safeguarding",
        "A case that needs a safeguarding response goes to the safeguarding channel",
        "The forum is not the place to handle a live case; tell your organisation's safeguarding lead.",
    ),
    (
        "accurate-information",
        "No false or dangerous information about services, rights or procedures",
        "Wrong opening hours, numbers, eligibility or legal advice can put a survivor at risk.",
    ),
    ("on-topic", "Stay on the topic of the forum or the consultation", ""),
    ("no-advertising", "No advertising, fundraising or spam", ""),
    ("confidential", "What members share here stays here", "Do not copy members' posts outside the platform."),
    ("lawful", "Nothing illegal", "Content that is illegal in the country where it is posted or read."),
]


def add_rules(apps, schema_editor):
    HouseRule = apps.get_model("consult", "HouseRule")
    for position, (code, title, explanation) in enumerate(COMMON_RULES):
        HouseRule.objects.get_or_create(
            country=None, code=code, defaults={"title": title, "explanation": explanation, "position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("consult", "0009_fair_moderation")]

    operations = [migrations.RunPython(add_rules, migrations.RunPython.noop)]
