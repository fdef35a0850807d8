import re

from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from .models import AmbassadorRequest

# What a person types as a phone number: digits with an optional leading +,
# spaces, dots, dashes, slashes and brackets between them. 6 to 15 digits
# (E.164 allows 15; short national numbers exist).
PHONE_SEPARATORS = re.compile(r"[\s./()\-]")
PHONE_DIGITS = re.compile(r"\+?[0-9]{6,15}")


class AmbassadorRequestForm(forms.ModelForm):
    """The public form on each country page.

    ``website`` is a honeypot: hidden from people, filled in by bots.
    """

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = AmbassadorRequest
        fields = [
            "organisation",
            "languages_needed",
            "region",
            "preferred_dates",
            "contact_channel",
            "contact_details",
            "message",
            "consent_to_contact",
        ]
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "languages_needed": _("For example: Arabic, Tigrinya."),
            "preferred_dates": _("For example: weekday evenings in March."),
            "contact_details": _("An e-mail address or phone number where we can reach you."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent_to_contact"].required = True
        # A first option that says what to do, instead of Django's "---------".
        channel = self.fields["contact_channel"]
        channel.choices = [("", _("Choose how to reach you")), *AmbassadorRequest.Channel.choices]
        # Django has no Maltese catalogue: the "required" message is in ours, so
        # it is translated in every site language (the others match Django's).
        for field in self.fields.values():
            field.error_messages["required"] = _("This field is required.")
        self.fields["consent_to_contact"].label = _(
            "I agree that the country office contacts me about this request. "
            "The request is deleted after it has been handled, at the latest after six months."
        )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This field must be left empty."))
        return ""

    def clean(self):
        cleaned = super().clean()
        cleaned.pop("website", None)
        self._check_contact_details_against_channel(cleaned)
        return cleaned

    def _check_contact_details_against_channel(self, cleaned):
        """An e-mail channel needs an e-mail address, a phone channel a phone
        number: a request the office cannot answer is a request lost."""
        channel = cleaned.get("contact_channel")
        details = (cleaned.get("contact_details") or "").strip()
        if not details:
            return
        if channel == AmbassadorRequest.Channel.EMAIL:
            try:
                validate_email(details)
            except forms.ValidationError:
                self.add_error(
                    "contact_details", _("Enter an e-mail address, such as name@example.org, or choose another way.")
                )
        elif channel == AmbassadorRequest.Channel.PHONE and not PHONE_DIGITS.fullmatch(
            PHONE_SEPARATORS.sub("", details)
        ):
            self.add_error(
                "contact_details",
                _("Enter a phone number (digits, with + before a country code), or choose another way."),
            )
