"""The ground floor: accounts, countries, the task outbox, members, roles,
the audit log and each country's data.

Every other app imports from here; this app imports none of them.
"""

from .accounts import EmailUserManager, User
from .audit import AuditLogEntry, AuditLogImmutable
from .countries import Country
from .country_data import (
    Ambassador,
    AmbassadorRequest,
    CountryDocument,
    Film,
    SubtitleTrack,
    SupportService,
)
from .country_log import CountryDataLogEntry
from .members import CountryRole, Profile, Sector
from .moderation import Flag, GuardWord, PublicHelpline, ReviewItem
from .outbox import OutboxEntry

__all__ = [
    "Ambassador",
    "AmbassadorRequest",
    "AuditLogEntry",
    "AuditLogImmutable",
    "Country",
    "CountryDataLogEntry",
    "CountryDocument",
    "CountryRole",
    "EmailUserManager",
    "Film",
    "Flag",
    "GuardWord",
    "OutboxEntry",
    "Profile",
    "PublicHelpline",
    "ReviewItem",
    "Sector",
    "SubtitleTrack",
    "SupportService",
    "User",
]
