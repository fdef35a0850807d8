"""Recommendation documents, their versions and clauses, consultation rounds,
feedback and endorsements."""

from .documents import Clause, DocumentVersion, RecommendationDocument, VersionFrozen
from .exports import Export
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
    "Export",
    "Feedback",
    "RecommendationDocument",
    "RoundDigest",
    "VersionFrozen",
]
