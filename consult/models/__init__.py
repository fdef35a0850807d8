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
from .fairness import Appeal, HouseRule, StatementOfReasons, TransparencyReport
from .members import CountryRole, Profile, Sector
from .moderation import Flag, GuardWord, PublicContact, PublicHelpline, ReviewItem
from .notices import ContentWarning, Notice
from .outbox import OutboxEntry

__all__ = [
    "Ambassador",
    "AmbassadorRequest",
    "Appeal",
    "AuditLogEntry",
    "AuditLogImmutable",
    "ContentWarning",
    "Country",
    "CountryDataLogEntry",
    "CountryDocument",
    "CountryRole",
    "EmailUserManager",
    "Film",
    "Flag",
    "GuardWord",
    "HouseRule",
    "Notice",
    "OutboxEntry",
    "Profile",
    "PublicContact",
    "PublicHelpline",
    "ReviewItem",
    "Sector",
    "StatementOfReasons",
    "SubtitleTrack",
    "SupportService",
    "TransparencyReport",
    "User",
]
