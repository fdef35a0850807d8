"""Recommendation documents, their versions and clauses, consultation rounds,
feedback and endorsements."""

from .documents import Clause, DocumentVersion, RecommendationDocument, VersionFrozen
from .exports import Export
from .feedback import ConsultationRound, Endorsement, Feedback

__all__ = [
    "Clause",
    "ConsultationRound",
    "DocumentVersion",
    "Endorsement",
    "Export",
    "Feedback",
    "RecommendationDocument",
    "VersionFrozen",
]
