"""Forms of sign-up, My account, vetting and suspension."""

from datetime import datetime, time

from allauth.account.forms import ResetPasswordForm, SignupForm, default_token_generator
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ..models import Country, Profile
from . import services

RESERVED_DISPLAY_NAMES = {"former member", "moderator", "administrator", "admin", "protect"}


def clean_display_name(value):
    value = " ".join(value.split())
    if len(value) < 2:
        raise forms.ValidationError(_("Choose a display name of at least 2 characters."))
    if "@" in value:
        raise forms.ValidationError(_("A display name cannot contain an e-mail address; choose a name others can see."))
    if value.casefold() in RESERVED_DISPLAY_NAMES:
        raise forms.ValidationError(_("This name is reserved; choose another one."))
    return value


class ConsentFields(forms.Form):
    """The two consents asked at sign-up and again for each new version."""

    accept_code_of_conduct = forms.BooleanField(
        required=True,
        error_messages={"required": _("You can only join if you accept the code of conduct.")},
    )
    accept_privacy_notice = forms.BooleanField(
        required=True,
        error_messages={"required": _("You can only join if you accept the privacy notice.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        version = settings.CODE_OF_CONDUCT_VERSION
        self.fields["accept_code_of_conduct"].label = mark_safe(  # noqa: S308 -- our own translated text and URL
            _('I accept the <a href="%(url)s" target="_blank">code of conduct</a> (version %(version)s).')
            % {"url": reverse_lazy("members:code_of_conduct"), "version": version}
        )
        self.fields["accept_privacy_notice"].label = mark_safe(  # noqa: S308 -- our own translated text and URL
            _('I have read the <a href="%(url)s" target="_blank">privacy notice</a> (version %(version)s).')
            % {"url": reverse_lazy("members:privacy_notice"), "version": version}
        )


class MemberSignupForm(SignupForm):
    """allauth's sign-up plus the profile and the consents (ACCOUNT_FORMS).

    The account, its e-mail address and its profile are saved in one
    transaction: a failure leaves nothing behind.
    """

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        help_text=_("Shown to other members instead of your name. It may be a pseudonym."),
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    show_organisation = forms.BooleanField(label=_("Show my organisation to other members"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), choices=[("", "—"), *Profile._meta.get_field("sector").choices])
    countries = forms.ModelMultipleChoiceField(
        label=_("Countries where you work"),
        queryset=Country.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one country.")},
    )
    job_role = forms.CharField(label=_("Job role"), max_length=200)
    motivation = forms.CharField(
        label=_("Why do you want to join?"),
        min_length=20,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Moderators of your countries read this when they review your application."),
    )
    discreet_emails = forms.BooleanField(
        label=_("Discreet e-mails: neutral subject lines and no content in messages"),
        required=False,
    )
    accept_code_of_conduct = ConsentFields.base_fields["accept_code_of_conduct"]
    accept_privacy_notice = ConsentFields.base_fields["accept_privacy_notice"]

    field_order = [
        "email",
        "password1",
        "password2",
        "display_name",
        "organisation",
        "show_organisation",
        "sector",
        "countries",
        "job_role",
        "motivation",
        "discreet_emails",
        "accept_code_of_conduct",
        "accept_privacy_notice",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        consent = ConsentFields()
        for name in ("accept_code_of_conduct", "accept_privacy_notice"):
            self.fields[name] = consent.fields[name]
        # allauth's labels and placeholders are in its catalogue (no Irish or
        # Maltese, another voice): ours, and the label alone says what to type.
        labels = {"email": _("E-mail address"), "password1": _("Password"), "password2": _("Password (again)")}
        for name, label in labels.items():
            if name in self.fields:
                self.fields[name].label = label
                self.fields[name].widget.attrs.pop("placeholder", None)

    def clean_display_name(self):
        return clean_display_name(self.cleaned_data["display_name"])

    def try_save(self, request):
        """Sign up, or, for an address that has an account, only e-mail it
        (ACCOUNT_PREVENT_ENUMERATION). That second answer must take as long as
        the first, or its speed tells who has an account: it hashes the
        password as a new account's ``set_password`` does (the bulk of the
        time), and both send their e-mail through the same adapter and
        outbox (bench/enumeration_timing.py measures the three flows)."""
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

    def save(self, request):
        with transaction.atomic():
            user = super().save(request)
            services.create_member_profile(
                user,
                display_name=self.cleaned_data["display_name"],
                organisation=self.cleaned_data["organisation"].strip(),
                show_organisation=self.cleaned_data["show_organisation"],
                sector=self.cleaned_data["sector"],
                countries=self.cleaned_data["countries"],
                job_role=self.cleaned_data["job_role"].strip(),
                motivation=self.cleaned_data["motivation"].strip(),
                discreet_emails=self.cleaned_data["discreet_emails"],
            )
        return user


class MemberResetPasswordForm(ResetPasswordForm):
    """allauth's password reset (ACCOUNT_FORMS), as long for any address.

    Both answers e-mail the address (a reset link, or "there is no account")
    through the same adapter and outbox; an account's also makes a reset
    token, which reads its e-mail addresses. For an address without an
    account the same token is made for an unsaved, address-less user (the
    same query, no row), so the answer's speed tells nothing.
    """

    def save(self, request, **kwargs):
        if not self.users:
            kwargs.get("token_generator", default_token_generator).make_token(get_user_model()())
        return super().save(request, **kwargs)


class ConsentForm(ConsentFields):
    pass


class ProfileForm(forms.ModelForm):
    """What a member changes on their own profile. Sector and countries are
    what moderators vetted; changing them means asking a moderator."""

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "organisation",
            "show_organisation",
            "job_role",
            "email_frequency",
            "discreet_emails",
            "named_in_exports",
            "unfold_content_warnings",
        ]
        help_texts = {
            "display_name": _("Shown to other members instead of your name."),
            "discreet_emails": _("Neutral subject lines and no content or excerpts in the e-mails we send you."),
            "named_in_exports": _(
                'Otherwise your feedback appears as "Participant 1", "Participant 2"…, with your sector and country.'
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("display_name", "organisation", "job_role"):
            self.fields[name].required = True
        if self.instance.status == Profile.Status.PENDING:
            self.fields["motivation"] = forms.CharField(
                label=_("Why do you want to join?"),
                min_length=20,
                max_length=2000,
                initial=self.instance.motivation,
                widget=forms.Textarea(attrs={"rows": 5}),
                help_text=_("If a moderator asked for more information, add it here."),
            )

    def clean_display_name(self):
        return clean_display_name(self.cleaned_data["display_name"])


class VettingDecisionForm(forms.Form):
    DECISIONS = [
        ("approve", _("Approve")),
        ("request_information", _("Ask for more information")),
        ("reject", _("Reject")),
    ]
    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "The applicant reads this on their account page. Required to reject or ask for information. "
            "Do not write anything about other people."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") in ("reject", "request_information") and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Give a reason: the applicant will read it."))
        return cleaned


class SuspensionForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    until = forms.DateField(
        label=_("Suspended until (end of day)"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_until(self):
        until = self.cleaned_data["until"]
        if until <= timezone.localdate():
            raise forms.ValidationError(_("Choose a date after today."))
        if (until - timezone.localdate()).days > 366:
            raise forms.ValidationError(_("A suspension lasts at most one year."))
        return until

    def until_datetime(self):
        return timezone.make_aware(datetime.combine(self.cleaned_data["until"], time.max.replace(microsecond=0)))


class AccountDeletionForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "I understand that my account and personal data will be deleted, and that what I wrote stays, "
            'shown as written by a "former member" with my sector and country.'
        ),
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )
