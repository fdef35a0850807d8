"""The ground floor: accounts, countries, the task outbox and, with their
issues, members, roles, the audit log and each country's data.

Every other app imports from here; this app imports none of them.
"""

from .accounts import EmailUserManager, User
from .countries import Country
from .country_data import (
    Ambassador,
    AmbassadorRequest,
    CountryDocument,
    Film,
    SubtitleTrack,
    SupportService,
)
from .outbox import OutboxEntry

__all__ = [
    "Ambassador",
    "AmbassadorRequest",
    "Country",
    "CountryDocument",
    "EmailUserManager",
    "Film",
    "OutboxEntry",
    "SubtitleTrack",
    "SupportService",
    "User",
]
