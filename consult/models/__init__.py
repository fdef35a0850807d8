"""The ground floor: accounts, countries, the task outbox and, with their
issues, members, roles, the audit log and each country's data.

Every other app imports from here; this app imports none of them.
"""

from .accounts import EmailUserManager, User
from .countries import Country
from .outbox import OutboxEntry

__all__ = ["Country", "EmailUserManager", "OutboxEntry", "User"]
