"""Recommendation documents, their versions and clauses, consultation rounds,
feedback and endorsements."""

from .documents import Clause, DocumentVersion, RecommendationDocument, VersionFrozen
from .exports import Export
from .feedback import (
    ConsultationRound,
    DecisionEmailPreference,
    DecisionNotice,
    Endorsement,
    Feedback,
    NoChangeExplanation,
    RoundChange,
)
from .merging import Build, ClauseChange, ClauseResolution, RoundDigest

__all__ = [
    "Build",
    "Clause",
    "ClauseChange",
    "ClauseResolution",
    "ConsultationRound",
    "DecisionEmailPreference",
    "DecisionNotice",
    "DocumentVersion",
    "Endorsement",
    "Export",
    "Feedback",
    "NoChangeExplanation",
    "RecommendationDocument",
    "RoundChange",
    "RoundDigest",
    "VersionFrozen",
]
