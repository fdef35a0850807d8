from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Notice


class NoticeForm(forms.Form):
    """What a visitor tells us about content shown in public."""

    reason = forms.ChoiceField(
        label=_("Why should it not be here?"), choices=Notice.Reason.choices, widget=forms.RadioSelect
    )
    explanation = forms.CharField(
        label=_("What is wrong (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Do not repeat the personal data you are reporting: say where it is, not what it says."),
    )
    reporter_email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        help_text=_("Only to tell you the decision. Leave it empty to stay anonymous."),
    )
