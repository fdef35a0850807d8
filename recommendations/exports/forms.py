"""The form asking for an export: it parses; the export services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..drafting.forms import version_choices
from ..models import Export


class ExportRequestForm(forms.Form):
    """Ask for an export of this version, of its changes since another
    version, or of its consultation report."""

    kind = forms.ChoiceField(label=_("What"))
    format = forms.ChoiceField(label=_("Format"))
    base_version = forms.TypedChoiceField(
        label=_("Changes since version"),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_("Only for the changes between two versions."),
    )

    def __init__(self, *args, kinds, other_versions, **kwargs):
        super().__init__(*args, **kwargs)
        labels = {
            Export.Kind.VERSION: _("This version"),
            Export.Kind.DIFF: _("The changes since another version"),
            Export.Kind.REPORT: _("The consultation report of this version"),
        }
        self.fields["kind"].choices = [(kind, labels[kind]) for kind in kinds]
        self.fields["format"].choices = Export.Format.choices
        self.fields["base_version"].choices = [("", "—"), *version_choices(other_versions)]
        if other_versions:
            self.fields["base_version"].initial = other_versions[-1].pk

    def clean(self):
        data = super().clean()
        if data.get("kind") == "diff" and not data.get("base_version"):
            self.add_error("base_version", _("Choose the version to compare with."))
