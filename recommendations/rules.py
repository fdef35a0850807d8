"""The named permissions of recommendations, built on consult.predicates.

Views, API and templates ask ``user.has_perm("recommendations.<name>", obj)``.
Time rules (a round not open yet, or closed) are answered by the services
with their own message; these rules say who may, not when.
"""

import rules

from consult.predicates import is_administrator, is_approved_member, is_country_staff_of, is_editor_of, profile_of

from .models import (
    Clause,
    ConsultationRound,
    CountryVariant,
    DocumentVersion,
    Feedback,
    RecommendationDocument,
    VariantReviewItem,
)


def _document_of(obj):
    if isinstance(obj, RecommendationDocument):
        return obj
    if isinstance(obj, DocumentVersion):
        return obj.document
    if isinstance(obj, (ConsultationRound, Clause)):
        return obj.version.document
    if isinstance(obj, Feedback):
        return obj.version.document
    return None


def _version_of(obj):
    if isinstance(obj, DocumentVersion):
        return obj
    if isinstance(obj, (Clause, ConsultationRound, Feedback)):
        return obj.version
    return None


@rules.predicate
def is_document_editor(user, obj=None):
    """Named editor of the document, or an editor of its country (EU-wide
    documents: editors of every country). Without an object: an editor anywhere."""
    if not is_approved_member(user):
        return False
    document = _document_of(obj)
    if document is None:
        return is_editor_of(user, None) or user.edited_recommendations.exists()
    if document.is_variant:  # a country variant's own versions and rounds: its office only
        return is_country_staff_of(user, document)
    if any(editor.pk == user.pk for editor in document.editors.all()):
        return True
    return is_editor_of(user, document)


@rules.predicate
def is_public_version(user, obj):
    version = _version_of(obj)
    return version is not None and version.is_public


@rules.predicate
def is_out_of_draft(user, obj):
    version = _version_of(obj)
    return version is not None and not version.is_draft


@rules.predicate
def is_published_version(user, obj):
    """Final or superseded: its feedback, decisions and report are public."""
    version = _version_of(obj)
    return version is not None and version.is_published


@rules.predicate
def is_in_audience(user, round):
    """The round is open to the user's sector and one of their countries."""
    profile = profile_of(user)
    if profile is None or round is None:
        return False
    if round.sectors and profile.sector not in round.sectors:
        return False
    wanted = {country.pk for country in round.countries.all()}
    if not wanted:
        return True
    return bool(wanted & {country.pk for country in profile.countries.all()})


@rules.predicate
def is_feedback_author(user, feedback):
    return feedback is not None and getattr(user, "pk", None) is not None and feedback.author_id == user.pk


may_edit = is_administrator | is_document_editor


@rules.predicate
def is_national_document(user, obj):
    """A country variant's own document, version, round or feedback (its national round)."""
    document = _document_of(obj)
    return document is not None and document.is_variant


@rules.predicate
def is_member_of_variant_country(user, obj):
    """The member's profile names the variant's country (obj: anything of the variant's document)."""
    document = _document_of(obj)
    profile = profile_of(user)
    if document is None or profile is None:
        return False
    variant = getattr(document, "variant", None)
    return variant is not None and any(country.pk == variant.country_id for country in profile.countries.all())


# A member as a reader: of any country for the common documents; for a
# country variant's own versions and rounds, only of that country (members
# read what their country's audience rules allow).
reads_as_member = is_approved_member & (~is_national_document | is_member_of_variant_country)


def _variant_of(obj):
    if isinstance(obj, CountryVariant):
        return obj
    if isinstance(obj, VariantReviewItem):
        return obj.variant
    return None


@rules.predicate
def is_variant_office(user, obj):
    """Staff (or lead) of the office of the variant's country (obj: a
    variant, a review item, or a Country for creating one)."""
    return obj is not None and is_approved_member(user) and is_country_staff_of(user, obj)


@rules.predicate
def is_published_variant(user, obj):
    variant = _variant_of(obj)
    return variant is not None and variant.is_published


@rules.predicate
def is_master_editor(user, obj):
    """An editor of the variant's master (reads unpublished variants for the European view)."""
    variant = _variant_of(obj)
    return variant is not None and is_document_editor.test(user, variant.master)


@rules.predicate
def is_adaptable_document(user, document):
    """A document that may become a master: not a variant itself."""
    return isinstance(document, RecommendationDocument) and not document.is_variant


may_read = is_public_version | ((reads_as_member | is_administrator) & is_out_of_draft) | may_edit


@rules.predicate
def may_read_both(user, pair):
    """A diff (obj: a pair of versions): the user may read each of them."""
    try:
        old, new = pair
    except (TypeError, ValueError):
        return False
    return may_read.test(user, old) and may_read.test(user, new)


@rules.predicate
def may_download_export(user, export):
    """An export is as readable as its subject: a version or a diff for
    whoever reads the version(s), a report for editors or, once the version
    is published, anyone."""
    if export is None:
        return False
    if export.kind == export.Kind.VERSION:
        return may_read.test(user, export.version)
    if export.kind == export.Kind.DIFF:
        return may_read_both.test(user, (export.base_version, export.version))
    return may_read_report.test(user, export.version)


may_read_report = may_edit | is_published_version
may_read_members_feedback = (reads_as_member & is_out_of_draft) | may_edit | is_administrator
# What was said in a round, wherever it shows (the version's and clause's feedback, the API's list,
# the report "what you said, what we did" and its API, a clause's history): whoever reads the
# members' feedback, and everyone once the version is published. In a national round that is the
# variant's country's members (its editors and moderators among them), its office, administrators;
# never another country's members while the version is in consultation.
may_read_round_feedback = may_read_members_feedback | is_published_version

# Taking part in a round (giving feedback, endorsing someone's): in a variant's
# national round, only members of the variant's country, and never an
# administrator: administrators read a national round for oversight but do
# not take part in it (services.may_take_part asks these rules directly,
# since Django grants a superuser every permission).
takes_part = ~is_national_document | (is_member_of_variant_country & ~is_administrator)

# Feedback in a round: approved members in its audience who take part.
may_give_feedback = is_approved_member & is_in_audience & takes_part


@rules.predicate
def may_read_matrix(user, master):
    """The European matrix of a master and its CSV, PDF and Word exports
    follow the master's audience: everyone for a public master; approved
    members, its editors and administrators for a members-only one."""
    if master is None:
        return False
    if not master.members_only_in_consultation:
        return True
    return is_approved_member.test(user) or is_administrator.test(user) or is_document_editor.test(user, master)


PERMISSIONS = {
    # Create documents (anywhere one is an editor) and edit a document's drafts and rounds.
    "recommendations.add_document": is_administrator | (is_approved_member & is_editor_of),
    "recommendations.edit_document": may_edit,
    "recommendations.open_round": may_edit,
    # Close a running round now, extend it or change its dates (obj: the round).
    "recommendations.change_round": may_edit,
    # Read a version: public versions; members once out of draft; editors always.
    "recommendations.view_version": may_read,
    # Members' feedback on a version with its authors' names (obj: the version or round):
    # approved members once the version is out of draft, its editors, administrators.
    "recommendations.view_feedback": may_read_members_feedback,
    # The feedback given on a version, as its page and /api/recommendations/versions/{id}/feedback
    # list it (obj: the version): as above, and everyone once the version is published (final or
    # superseded). Publishing a version publishes what was said and decided on it, as the
    # consultation report does; the public reads authors as sector and country only.
    "recommendations.view_feedback_of_version": may_read_round_feedback,
    "recommendations.give_feedback": may_give_feedback,
    # Taking part in a round as such (obj: the round or a feedback): whether its pages offer endorsing.
    "recommendations.take_part": is_approved_member & takes_part,
    # Choose how decisions on one's own feedback arrive by e-mail (each at once, or daily).
    "recommendations.choose_decision_emails": is_approved_member,
    "recommendations.edit_feedback": is_approved_member & is_feedback_author,
    # Endorsing is taking part: in a national round, its country's members only (never an administrator).
    "recommendations.endorse_feedback": is_approved_member & ~is_feedback_author & takes_part,
    # Flagging is for whoever reads the feedback as a member (a national round's: its country's).
    "recommendations.flag_feedback": is_approved_member & ~is_feedback_author & reads_as_member,
    # Triage, decisions and statistics (obj: round or feedback).
    "recommendations.decide_feedback": may_edit,
    "recommendations.view_statistics": may_edit | is_administrator,
    # Diffs (obj: a pair (old, new) of versions of one document): whoever reads both.
    "recommendations.view_diff": may_read_both,
    # Exports. Asking for one costs a worker's time, so it needs an account.
    "recommendations.export_version": rules.is_authenticated & may_read,
    "recommendations.export_diff": rules.is_authenticated & may_read_both,
    # The consultation report (obj: the version or its round): editors, or anyone once published.
    "recommendations.export_report": rules.is_authenticated & may_read_report,
    "recommendations.download_export": may_download_export,
    # Merging a closed round into the next version (obj: round or version).
    "recommendations.view_digest": may_edit,
    "recommendations.merge_round": may_edit,
    "recommendations.build_version": may_edit,
    "recommendations.publish_version": may_edit,
    # "What you said, what we did" (obj: round): whoever reads the round's feedback (members
    # once the version is out of draft, in a national round its country's only; editors,
    # administrators); everyone once it is final or superseded.
    "recommendations.view_report": may_read_round_feedback,
    # Master documents and country variants. The master's editors mark it;
    # only a country's office creates and edits that country's variant (obj:
    # the Country, then the variant or a review item); master editors never
    # edit a variant and offices never edit the master.
    "recommendations.mark_master": is_adaptable_document & may_edit,
    "recommendations.create_variant": is_variant_office,
    "recommendations.edit_variant": is_variant_office,
    # A published variant is public; before that, its office, the master's editors and administrators.
    "recommendations.view_variant": is_published_variant | is_variant_office | is_master_editor | is_administrator,
    # The European matrix and its exports (obj: the master): as the master's audience allows.
    "recommendations.view_matrix": may_read_matrix,
    # Master editors decide feedback the offices forwarded to them (obj: the master).
    "recommendations.decide_forwarded": is_adaptable_document & may_edit,
}

for name, predicate in PERMISSIONS.items():
    rules.set_perm(name, predicate)
