"""The ground floor: accounts, countries, the task outbox and, with their
issues, members, roles, the audit log and each country's data.

Every other app imports from here; this app imports none of them.
"""

from .accounts import EmailUserManager, User
from .audit import AuditLogEntry, AuditLogImmutable
from .countries import Country
from .members import CountryRole, Profile, Sector
from .outbox import OutboxEntry

__all__ = [
    "AuditLogEntry",
    "AuditLogImmutable",
    "Country",
    "CountryRole",
    "EmailUserManager",
    "OutboxEntry",
    "Profile",
    "Sector",
    "User",
]
