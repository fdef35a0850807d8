from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AmbassadorRequest


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
        return cleaned
