"""Recommendation documents, their versions and clauses, consultation rounds,
feedback and endorsements."""

from .documents import Clause, DocumentVersion, RecommendationDocument, VersionFrozen
from .feedback import ConsultationRound, Endorsement, Feedback

__all__ = [
    "Clause",
    "ConsultationRound",
    "DocumentVersion",
    "Endorsement",
    "Feedback",
    "RecommendationDocument",
    "VersionFrozen",
]
