"""What the header and the account page offer each role: the tools the
signed-in person may use, and nothing else.

Built from what every request has already loaded (the user, their profile
and roles, see consult/predicates.py), and what waits for a moderator
(review items and notices, applications, appeals) from the cache
(consult/moderation/queue_counts.py): no query of its own on a warm cache.
Each entry asks the same predicates as the pages it links to.
"""

from dataclasses import astuple, dataclass

from .models import CountryRole, Profile
from .predicates import is_administrator, must_set_up_mfa, profile_of, role_country_ids

OFFICE_ROLES = {CountryRole.Role.COUNTRY_STAFF, CountryRole.Role.COUNTRY_LEAD}


@dataclass(frozen=True)
class RoleNavigation:
    signed_in: bool = False
    # "waiting" or "more_information" while the person's application is open
    application: str = ""
    member: bool = False
    review_queue: bool = False
    # review items and open notices from the public
    review_count: int = 0
    # applications waiting in the person's countries; appeals they may decide
    applications_count: int = 0
    appeals_count: int = 0
    # the count covers every country (an administrator, a moderator of all countries)
    review_everywhere: bool = False
    applications: bool = False
    audit_log: bool = False
    editor_tools: bool = False
    # the editor's counts cover every document, national versions' included: an
    # administrator's (an editor of every country edits the common documents,
    # while a national version's consultation is its country office's)
    edits_everything: bool = False
    cms: bool = False
    # works in a country office: starts and keeps its country's national versions
    national_versions: bool = False

    @property
    def fingerprint(self):
        """Every value, as a tuple: what the header shows depends on nothing else."""
        return astuple(self)

    @property
    def has_tools(self):
        return self.review_queue or self.applications or self.editor_tools or self.cms or self.national_versions


def navigation_for(user):
    """The ``RoleNavigation`` of ``user`` (anonymous: only ``signed_in=False``)."""
    if not getattr(user, "is_authenticated", False):
        return RoleNavigation()
    if must_set_up_mfa(user):
        return RoleNavigation(signed_in=True)  # only the set-up page is reachable until then
    profile = profile_of(user)
    admin = is_administrator(user)
    moderated = None if admin else role_country_ids(user, CountryRole.Role.MODERATOR)
    moderates = admin or moderated is None or bool(moderated)
    edited = None if admin else role_country_ids(user, CountryRole.Role.EDITOR)
    edits = edited != set()
    in_office = any(role_country_ids(user, role) != set() for role in OFFICE_ROLES)
    office = admin or in_office
    review_count = applications_count = appeals_count = 0
    if moderates:
        from .moderation.queue_counts import work_for

        review_count, applications_count, appeals_count = work_for(user.pk, moderated)
    application = ""
    if profile is not None and profile.status == Profile.Status.PENDING:
        application = "more_information" if profile.information_requested_at else "waiting"
    return RoleNavigation(
        signed_in=True,
        application=application,
        member=bool(profile is not None and profile.is_approved()),
        review_queue=moderates,
        review_count=review_count,
        applications_count=applications_count,
        appeals_count=appeals_count,
        review_everywhere=moderates and moderated is None,
        applications=moderates,
        audit_log=moderates,
        editor_tools=edits,
        edits_everything=admin,
        cms=office,
        # administrators oversee national versions but never start one (only an office adapts)
        national_versions=in_office and profile is not None and profile.is_approved(),
    )
