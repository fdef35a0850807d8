"""Forms of the consultation pages: they parse; services decide."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult.models import Country, Sector

from ..models import Feedback


class RoundForm(forms.Form):
    opens_at = forms.DateTimeField(label=_("Opens at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    closes_at = forms.DateTimeField(label=_("Closes at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    countries = forms.ModelMultipleChoiceField(
        label=_("Countries (none: all)"),
        queryset=Country.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors (none: all)"), choices=Sector.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            now = timezone.localtime().replace(second=0, microsecond=0)
            self.initial.setdefault("opens_at", now)
            self.initial.setdefault("closes_at", now + timezone.timedelta(days=28))


class FeedbackForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Feedback.Kind.choices, initial=Feedback.Kind.COMMENT)
    text = forms.CharField(
        label=_("Your feedback"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("Do not name or describe anyone who could be recognised."),
    )
    quoted_span = forms.CharField(
        label=_("Quoted part of the clause (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Copy the words your amendment replaces."),
    )
    proposed_text = forms.CharField(
        label=_("Proposed text (amendments)"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[c for c in Feedback.Decision.choices if c[0] != Feedback.Decision.UNDECIDED]
    )
    reason = forms.CharField(
        label=_("Public reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Required except for accept. Shown to everyone who can read the feedback."),
    )
    duplicate_of = forms.IntegerField(label=_("Duplicate of item #"), required=False, min_value=1)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)


class BulkDecisionForm(DecisionForm):
    items = forms.TypedMultipleChoiceField(coerce=int, choices=(), required=False)

    def __init__(self, *args, item_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:  # only a posted form checks them (a page of 1,000 ids: normalising them costs)
            self.fields["items"].choices = [(pk, pk) for pk in item_ids]


class TriageFilterForm(forms.Form):
    clause = forms.UUIDField(required=False, widget=forms.HiddenInput)
    kind = forms.ChoiceField(label=_("Kind"), choices=[("", _("all")), *Feedback.Kind.choices], required=False)
    decision = forms.ChoiceField(
        label=_("Status"), choices=[("", _("all")), *Feedback.Decision.choices], required=False
    )
    sector = forms.ChoiceField(label=_("Sector"), choices=[("", _("all")), *Sector.choices], required=False)
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.order_by("name"), required=False, empty_label=_("all")
    )
    endorsed = forms.ChoiceField(
        label=_("Endorsed"), choices=[("", _("all")), ("yes", _("endorsed")), ("no", _("not endorsed"))], required=False
    )
