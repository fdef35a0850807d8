"""The named permissions of the whole platform, in one place.

Views, API and templates ask ``user.has_perm("consult.<name>", obj)`` or
``{% has_perm "consult.<name>" user obj as allowed %}``; they never decide
themselves. forums and recommendations add their own names in their own
``rules.py``, built from the predicates in consult/predicates.py.
Administrators (superusers) pass every check through Django itself.
"""

import rules

from .predicates import (
    is_administrator,
    is_approved_member,
    is_country_staff_of,
    is_editor_of,
    is_moderator_of,
    is_self,
    works_in_country_office_of,
)

may_vet = is_administrator | (is_moderator_of & ~is_self)

PERMISSIONS = {
    # Member content (forums, drafts, the directory): approved members only.
    "consult.read_member_area": is_approved_member | is_administrator,
    "consult.view_member_directory": is_approved_member | is_administrator,
    # Vetting: moderators of one of the applicant's countries, never their own.
    "consult.view_vetting_queue": is_administrator | is_moderator_of,
    "consult.approve_member": may_vet,
    "consult.reject_member": may_vet,
    "consult.suspend_member": may_vet,
    # Moderation of a country's forums and members.
    "consult.moderate_country": is_administrator | is_moderator_of,
    # The country office edits its country's Wagtail pages.
    "consult.edit_country_pages": is_administrator | is_country_staff_of,
    # The country's services, ambassadors and ambassador requests in the
    # Wagtail admin: its office's groups (staff and lead).
    "consult.manage_country_data": is_administrator | works_in_country_office_of,
    # Editors of a country's (or every) recommendation document.
    "consult.edit_recommendations": is_administrator | is_editor_of,
    # Audit log: administrators all of it, moderators their countries' rows.
    "consult.view_audit_log": is_administrator | is_moderator_of,
    "consult.manage_roles": is_administrator,
}

for name, predicate in PERMISSIONS.items():
    rules.set_perm(name, predicate)
