"""Forms of the consultation pages: they parse; services decide."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult.models import Country, Sector

from ..models import Feedback
from .rounds import REASON_MAX_LENGTH


class RoundForm(forms.Form):
    opens_at = forms.DateTimeField(
        label=_("Opens at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    closes_at = forms.DateTimeField(
        label=_("Closes at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
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


def _time_field(label, **kwargs):
    return forms.DateTimeField(
        label=label,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        **kwargs,
    )


def _reason_field(help_text):
    return forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=REASON_MAX_LENGTH,
        help_text=help_text,
        error_messages={"required": _("Say why; participants and the other editors read the reason.")},
    )


_TOLD = _("Everyone who gave feedback in this consultation receives it by e-mail, once.")


class CloseRoundForm(forms.Form):
    """Close a running round now."""

    reason = _reason_field(_TOLD)


class ExtendRoundForm(forms.Form):
    """Move a running round's closing time later."""

    closes_at = _time_field(_("New closing time"))
    reason = _reason_field(_TOLD)


class RoundDatesForm(forms.Form):
    """Change a running round's dates (once open, its opening time stays)."""

    opens_at = _time_field(_("Opens at"))
    closes_at = _time_field(_("Closes at"))
    reason = _reason_field(_TOLD)

    def __init__(self, *args, opened=False, **kwargs):
        super().__init__(*args, **kwargs)
        if opened:
            # A disabled field keeps its initial value whatever is posted.
            self.fields["opens_at"].disabled = True
            self.fields["opens_at"].help_text = _("The consultation has opened: its opening time stays.")


class NewRoundForm(RoundForm):
    """A further round on a version whose round has closed."""

    reason = _reason_field(_("Why another consultation on this version; kept in the audit log."))


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


class DocumentFeedbackForm(FeedbackForm):
    """Feedback on the whole document: no clause to quote or amend, so neither
    the amendment kind nor its two fields are offered."""

    quoted_span = None
    proposed_text = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            choice for choice in Feedback.Kind.choices if choice[0] != Feedback.Kind.AMENDMENT
        ]


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
    duplicate_of = forms.IntegerField(
        label=_("Duplicate of item #"),
        required=False,
        min_value=1,
        help_text=_("Only for the decision “duplicate”: the number of the item it repeats."),
        # the page's script shows the box only while that decision is chosen (without it, the hint says so)
        widget=forms.NumberInput(attrs={"data-for-decision": Feedback.Decision.DUPLICATE}),
    )
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


class DecisionEmailsForm(forms.Form):
    """How a member hears of the editors' decisions on their feedback."""

    DAILY, EACH = "daily", "each"
    frequency = forms.ChoiceField(
        label=_("E-mails about decisions on my feedback"),
        choices=[
            (DAILY, _("One e-mail a day per consultation, with every decision taken that day (recommended)")),
            (EACH, _("An e-mail for each decision, as soon as it is taken")),
        ],
        widget=forms.RadioSelect,
        initial=DAILY,
    )
