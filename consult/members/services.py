"""Every write about members: one function per use case.

Each checks the actor's permission through consult/rules.py, changes rows
in one transaction, writes the audit-log row and schedules the e-mail on
commit. Views, admin and commands call these and nothing else.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .. import audit
from ..models import CountryRole, Profile
from ..moderation.statements import Ground, Restriction, issue_statement, lift_statements_about, rule_for
from ..notifications import notify_user
from ..predicates import forget_roles
from ..refusals import Conflict, require
from . import signals


class InvalidTransition(Conflict):
    """The decision does not apply to the membership's current status."""


def _decision_country(profile, actor):
    """The country an audit row about ``profile`` belongs to: the first of
    its countries the actor moderates, else its first country."""
    from ..predicates import role_country_ids

    countries = list(profile.countries.all())
    moderated = role_country_ids(actor, CountryRole.Role.MODERATOR) if actor is not None else set()
    for country in countries:
        if moderated is None or country.pk in (moderated or set()):
            return country
    return countries[0] if countries else None


def _locked(profile):
    return Profile.objects.select_for_update().get(pk=profile.pk)


@transaction.atomic
def create_member_profile(user, *, countries, **fields):
    """Create the profile of a new account (status pending), with the
    current code-of-conduct consent. Called inside the sign-up transaction."""
    now = timezone.now()
    profile = Profile.objects.create(
        user=user,
        consent_version=settings.CODE_OF_CONDUCT_VERSION,
        consent_accepted_at=now,
        status_changed_at=now,
        **fields,
    )
    profile.countries.set(countries)
    country = profile.countries.order_by("name").first()
    audit.record(actor=user, action="member.apply", target=profile, country=country)
    audit.record(
        actor=user,
        action="consent.accept",
        target=profile,
        reason=f"code of conduct and privacy notice {settings.CODE_OF_CONDUCT_VERSION}",
    )
    return profile


@transaction.atomic
def accept_consent(user):
    """Record that ``user`` accepted the current code of conduct and privacy
    notice. Idempotent: accepting the same version again changes nothing."""
    profile = _locked(user.profile)
    if profile.has_current_consent():
        return profile
    profile.consent_version = settings.CODE_OF_CONDUCT_VERSION
    profile.consent_accepted_at = timezone.now()
    profile.save(update_fields=["consent_version", "consent_accepted_at"])
    audit.record(
        actor=user,
        action="consent.accept",
        target=profile,
        reason=f"code of conduct and privacy notice {settings.CODE_OF_CONDUCT_VERSION}",
    )
    return profile


@transaction.atomic
def update_own_profile(profile, **fields):
    """Save the changes a member made to their own profile (no audit row:
    it is their data, and the export shows its current state)."""
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save(update_fields=list(fields))
    return profile


def announce_application(user):
    """Tell the moderators of the applicant's countries that an application
    waits (called once the e-mail address is verified). The e-mail names no
    one; each moderator gets it once per application."""
    profile = Profile.objects.filter(user=user, status=Profile.Status.PENDING).first()
    if profile is None:
        return 0
    country_ids = list(profile.countries.values_list("pk", flat=True))
    roles = CountryRole.objects.filter(role=CountryRole.Role.MODERATOR).filter(
        country__in=country_ids
    ) | CountryRole.objects.filter(role=CountryRole.Role.MODERATOR, country__isnull=True)
    moderator_ids = set(roles.exclude(user=user).values_list("user_id", flat=True))
    moderators = Profile.objects.approved().filter(user_id__in=moderator_ids).select_related("user")
    sent = 0
    with transaction.atomic():
        for moderator_profile in moderators:
            notify_user(
                moderator_profile.user,
                "vetting_new_application",
                key=f"new-application:{profile.pk}:{moderator_profile.user_id}",
            )
            sent += 1
    return sent


@transaction.atomic
def approve_member(profile, *, moderator, reason=""):
    """Approve a pending (or earlier rejected) application and tell the
    applicant. Idempotent: approving an approved member does nothing."""
    require(moderator, "consult.approve_member", profile)
    profile = _locked(profile)
    if profile.status == Profile.Status.APPROVED:
        return profile
    if profile.status not in (Profile.Status.PENDING, Profile.Status.REJECTED):
        raise InvalidTransition(f"cannot approve a {profile.status} membership")
    _set_status(profile, Profile.Status.APPROVED, reason)
    lift_statements_about(profile, [Restriction.ACCOUNT_REFUSED])
    audit.record(
        actor=moderator,
        action="member.approve",
        target=profile,
        reason=reason,
        country=_decision_country(profile, moderator),
    )
    notify_user(profile.user, "member_approved")
    return profile


@transaction.atomic
def reject_member(profile, *, moderator, reason, house_rule=None):
    """Decline a pending application with a reason the applicant reads on
    their account page. Idempotent for an already rejected application."""
    require(moderator, "consult.reject_member", profile)
    if not reason.strip():
        raise ValueError("a rejection needs a reason")
    profile = _locked(profile)
    if profile.status == Profile.Status.REJECTED:
        return profile
    if profile.status != Profile.Status.PENDING:
        raise InvalidTransition(f"cannot reject a {profile.status} membership")
    _set_status(profile, Profile.Status.REJECTED, reason)
    country = _decision_country(profile, moderator)
    audit.record(actor=moderator, action="member.reject", target=profile, reason=reason, country=country)
    _state_reasons(profile, Restriction.ACCOUNT_REFUSED, moderator, reason, country, house_rule)
    notify_user(profile.user, "member_rejected")
    return profile


@transaction.atomic
def request_more_information(profile, *, moderator, reason):
    """Ask a pending applicant for more information; the application stays
    pending and the question is shown on their account page."""
    require(moderator, "consult.approve_member", profile)
    if not reason.strip():
        raise ValueError("say what information is missing")
    profile = _locked(profile)
    if profile.status != Profile.Status.PENDING:
        raise InvalidTransition(f"cannot ask a {profile.status} member for information")
    profile.status_reason = reason
    profile.information_requested_at = timezone.now()
    profile.save(update_fields=["status_reason", "information_requested_at"])
    audit.record(
        actor=moderator,
        action="member.request_information",
        target=profile,
        reason=reason,
        country=_decision_country(profile, moderator),
    )
    notify_user(profile.user, "member_more_information")
    return profile


@transaction.atomic
def suspend_member(profile, *, moderator, reason, until, house_rule=None):
    """Suspend an approved member until ``until`` with a reason. The
    suspension ends by itself at that time (see Profile.is_approved)."""
    require(moderator, "consult.suspend_member", profile)
    if not reason.strip():
        raise ValueError("a suspension needs a reason")
    if until <= timezone.now():
        raise ValueError("a suspension ends in the future")
    profile = _locked(profile)
    if not profile.is_approved():
        raise InvalidTransition(f"cannot suspend a {profile.status} membership")
    _set_status(profile, Profile.Status.SUSPENDED, reason, suspended_until=until)
    country = _decision_country(profile, moderator)
    audit.record(
        actor=moderator,
        action="member.suspend",
        target=profile,
        reason=f"{reason} (until {until:%Y-%m-%d %H:%M %Z})",
        country=country,
    )
    _state_reasons(profile, Restriction.ACCOUNT_SUSPENDED, moderator, reason, country, house_rule, ends_at=until)
    notify_user(profile.user, "member_suspended")
    return profile


@transaction.atomic
def reinstate_member(profile, *, moderator, reason=""):
    """End a suspension early. Idempotent for a member who is not suspended."""
    require(moderator, "consult.suspend_member", profile)
    profile = _locked(profile)
    if profile.status != Profile.Status.SUSPENDED:
        return profile
    _set_status(profile, Profile.Status.APPROVED, reason)
    lift_statements_about(profile, [Restriction.ACCOUNT_SUSPENDED])
    audit.record(
        actor=moderator,
        action="member.reinstate",
        target=profile,
        reason=reason,
        country=_decision_country(profile, moderator),
    )
    notify_user(profile.user, "member_reinstated")
    return profile


def _state_reasons(profile, restriction, moderator, reason, country, house_rule, ends_at=None):
    """The statement of reasons of a refusal or suspension (its e-mail is
    the decision's own, which links to it)."""
    rule = rule_for(house_rule, country.pk if country else None)
    issue_statement(
        user=profile.user,
        restriction=restriction,
        ground=Ground.HOUSE_RULE if rule else Ground.OTHER,
        country_id=country.pk if country else None,
        obj=profile,
        house_rule=rule,
        facts=reason,
        decided_by=moderator,
        ends_at=ends_at,
        notify=False,
    )


def _set_status(profile, status, reason, suspended_until=None):
    profile.status = status
    profile.status_reason = reason
    profile.status_changed_at = timezone.now()
    profile.suspended_until = suspended_until
    profile.information_requested_at = None
    profile.save(
        update_fields=["status", "status_reason", "status_changed_at", "suspended_until", "information_requested_at"]
    )


@transaction.atomic
def grant_role(user, role, country=None, *, granted_by):
    """Give ``user`` a staff role in ``country`` (None: every country).

    Administrators only. Idempotent; sends ``signals.role_changed`` so the
    Wagtail side (country-office groups) can follow. The holder must set up
    MFA before they can do anything else (consult.members.middleware).
    """
    require(granted_by, "consult.manage_roles")
    row, created = CountryRole.objects.get_or_create(user=user, role=role, country=country)
    if created:
        audit.record(
            actor=granted_by,
            action="role.grant",
            target=user.profile if hasattr(user, "profile") else user,
            reason=f"{role} ({country.code if country else 'all countries'})",
            country=country,
        )
        forget_roles(user)
        transaction.on_commit(lambda: signals.role_changed.send(CountryRole, user=user, role=role, country=country))
    return row


@transaction.atomic
def revoke_role(user, role, country=None, *, revoked_by):
    """Take a staff role away. Idempotent."""
    require(revoked_by, "consult.manage_roles")
    deleted, _ = CountryRole.objects.filter(user=user, role=role, country=country).delete()
    if deleted:
        audit.record(
            actor=revoked_by,
            action="role.revoke",
            target=user.profile if hasattr(user, "profile") else user,
            reason=f"{role} ({country.code if country else 'all countries'})",
            country=country,
        )
        forget_roles(user)
        transaction.on_commit(lambda: signals.role_changed.send(CountryRole, user=user, role=role, country=country))
    return bool(deleted)
