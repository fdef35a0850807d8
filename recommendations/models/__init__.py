"""Recommendation documents, their versions and clauses, consultation rounds,
feedback and endorsements."""

from .documents import Clause, DocumentVersion, RecommendationDocument, VersionFrozen
from .feedback import ConsultationRound, Endorsement, Feedback
from .merging import Build, ClauseChange, ClauseResolution, RoundDigest

__all__ = [
    "Build",
    "Clause",
    "ClauseChange",
    "ClauseResolution",
    "ConsultationRound",
    "DocumentVersion",
    "Endorsement",
    "Feedback",
    "RecommendationDocument",
    "RoundDigest",
    "VersionFrozen",
]
