"""Forms of the merging pages: comparing versions, resolving clauses,
building, discarding and publishing. They parse; services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..consultation.forms import RoundForm
from ..drafting.forms import version_choices
from ..models import Clause


class DiffPickerForm(forms.Form):
    """Which two versions to compare (GET; works without JavaScript)."""

    old = forms.TypedChoiceField(label=_("Compare version"), coerce=int)
    new = forms.TypedChoiceField(label=_("with version"), coerce=int)
    changes = forms.ChoiceField(
        label=_("Show"),
        choices=[("all", _("every clause")), ("only", _("only the clauses that changed"))],
        required=False,
    )

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old"].choices = self.fields["new"].choices = version_choices(versions)

    def clean(self):
        data = super().clean()
        if data.get("old") is not None and data.get("old") == data.get("new"):
            raise forms.ValidationError(_("Choose two different versions."))
        return data


class ResolutionForm(forms.Form):
    """What one clause becomes in the next version."""

    resolved_text = forms.CharField(
        label=_("Text for the next version (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=Clause.MAX_LENGTH,
        required=False,
    )
    chosen_amendments = forms.TypedMultipleChoiceField(
        label=_("Accepted feedback this text carries out"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    remove = forms.BooleanField(label=_("Remove this clause from the next version"), required=False)

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chosen_amendments"].choices = choices

    def clean(self):
        data = super().clean()
        if not data.get("remove") and not (data.get("resolved_text") or "").strip():
            self.add_error("resolved_text", _("Write the text the clause should have, or remove the clause."))
        return data


class MergeMoveForm(forms.Form):
    after = forms.ChoiceField(label=_("Place this clause after"))

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["after"].choices = [("start", _("(at the start)")), *choices]


class MergeAddForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Clause.Kind.choices, initial=Clause.Kind.PARAGRAPH)
    level = forms.IntegerField(label=_("Heading level"), min_value=1, max_value=6, initial=1)
    text = forms.CharField(
        label=_("Text of the new clause (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=Clause.MAX_LENGTH,
    )


class DiscardBuildForm(forms.Form):
    """Why a built draft is thrown away (kept in the audit log)."""

    reason = forms.CharField(
        label=_("Why are you discarding this build?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the audit log with your name, so the other editors know what happened."),
    )


class PublishForm(RoundForm):
    """Final, or in consultation (then the round's times and audience)."""

    status = forms.ChoiceField(
        label=_("Publish as"),
        choices=[("final", _("final")), ("consultation", _("in consultation (opens a new round)"))],
        widget=forms.RadioSelect,
        initial="final",
    )
    field_order = ["status", "opens_at", "closes_at", "countries", "sectors"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opens_at"].required = False
        self.fields["closes_at"].required = False

    def clean(self):
        data = super().clean()
        if data.get("status") == "consultation":
            for name in ("opens_at", "closes_at"):
                if not data.get(name):
                    self.add_error(name, _("A consultation needs this time."))
        return data
