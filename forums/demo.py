"""The forums every installation starts with: one per country and the
cross-country themes. Idempotent; ``manage.py seed_forums`` runs it."""

from django.utils.text import slugify

from consult.models import Country, Sector

from .models import Forum

THEMES = [
    ("health", "Health", "Medical and psychosocial care for survivors.", []),
    ("protection-police", "Protection and police", "Reporting, protection orders, working with police.", []),
    ("legal", "Legal", "Legal aid, residence status and the rights of victims.", []),
    ("lgbtqi", "LGBTQI+", "Supporting LGBTQI+ survivors.", []),
    ("reception-centres", "Reception centres", "Prevention and response in reception and accommodation.", []),
    (
        "ambassadors",
        "Ambassadors",
        "Migrant ambassadors and the people who work with them.",
        [Sector.COMMUNITY_AMBASSADOR, Sector.PROGRAMME_STAFF, Sector.MIGRANT_REPRESENTATION],
    ),
]


def seed_forums():
    """Create what is missing; returns how many forums were created."""
    created = 0
    for order, country in enumerate(Country.objects.order_by("name")):
        _, new = Forum.objects.get_or_create(
            slug=slugify(country.code),
            defaults={
                "title": country.name,
                "description": f"Members and moderators working in {country.name}.",
                "country": country,
                "sort_order": order,
            },
        )
        created += new
    for order, (slug, title, description, sectors) in enumerate(THEMES, start=100):
        _, new = Forum.objects.get_or_create(
            slug=slug,
            defaults={
                "title": title,
                "description": description,
                "limited_to_sectors": list(sectors),
                "sort_order": order,
            },
        )
        created += new
    return created
