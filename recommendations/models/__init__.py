"""Recommendation documents, their versions and clauses, consultation rounds,
feedback and endorsements, master documents and their country variants."""

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
from .variants import CountryVariant, ForwardedFeedback, VariantClause, VariantEvent, VariantReviewItem

__all__ = [
    "Build",
    "Clause",
    "ClauseChange",
    "ClauseResolution",
    "ConsultationRound",
    "CountryVariant",
    "DecisionEmailPreference",
    "DecisionNotice",
    "DocumentVersion",
    "Endorsement",
    "Export",
    "Feedback",
    "ForwardedFeedback",
    "NoChangeExplanation",
    "RecommendationDocument",
    "RoundChange",
    "RoundDigest",
    "VariantClause",
    "VariantEvent",
    "VariantReviewItem",
    "VersionFrozen",
]
