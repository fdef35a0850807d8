"""Forms of the forums' moderation actions and of members' flags. Every
action carries a reason, recorded in the audit log and shown to the member
concerned."""

from django import forms
from django.utils.translation import gettext_lazy as _

from consult.models import Flag, HouseRule

from ..models import Forum


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Recorded in the audit log; the member concerned is shown it."),
    )


class GroundForm(ReasonForm):
    """A reason and the house rule it rests on (the member's statement of reasons cites both)."""

    house_rule = forms.ModelChoiceField(
        label=_("House rule"),
        required=False,
        empty_label=_("None: the reason above"),
        queryset=HouseRule.objects.none(),
    )

    def __init__(self, *args, country_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        rules = HouseRule.objects.for_country(country_id)
        self.fields["house_rule"].queryset = rules.order_by("country_id", "position", "pk")


class SlowModeForm(ReasonForm):
    seconds = forms.TypedChoiceField(
        label=_("Slow mode"),
        coerce=int,
        choices=[
            (0, _("off")),
            (30, _("30 seconds")),
            (120, _("2 minutes")),
            (600, _("10 minutes")),
            (3600, _("1 hour")),
        ],
    )


class MoveForm(ReasonForm):
    to_forum = forms.ModelChoiceField(label=_("Move to"), queryset=Forum.objects.none())

    def __init__(self, *args, forums, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_forum"].queryset = Forum.objects.filter(pk__in=[forum.pk for forum in forums])


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong?"), choices=Flag.Reason.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
