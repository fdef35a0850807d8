"""Forms of the drafting pages: they parse; services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from consult.models import Country

from ..models import Clause
from .importing import MAX_UPLOAD_BYTES


class DocumentForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_(
            "Left empty, the title is taken from the Word file; you can change it before the draft is created."
        ),
    )
    summary = forms.CharField(
        label=_("Summary"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=False
    )
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.order_by("name"), required=False, empty_label=_("EU-wide")
    )
    members_only_in_consultation = forms.BooleanField(
        label=_("Only approved members may read it while in consultation"), required=False
    )
    file = forms.FileField(
        label=_("Word or OpenDocument file (.docx, .odt)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.odt,.md,.markdown,.txt"}),
    )
    markdown_text = forms.CharField(
        label=_("…or paste Markdown"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
        max_length=MAX_UPLOAD_BYTES,
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        if not upload.name.lower().endswith((".docx", ".odt", ".md", ".markdown", ".txt")):
            raise forms.ValidationError(
                _("Upload a Word document (.docx), an OpenDocument text (.odt) or a Markdown file (.md).")
            )
        return upload

    def clean(self):
        data = super().clean()
        if not data.get("file") and not (data.get("markdown_text") or "").strip() and not self.errors:
            raise forms.ValidationError(_("Upload a Word or OpenDocument file, or paste the text in Markdown."))
        if not data.get("title") and not data.get("file") and "title" not in self.errors:
            self.add_error("title", forms.Field.default_error_messages["required"])
        return data


class ImportConfirmForm(forms.Form):
    """The title on the import report: the one typed or read from the file, editable."""

    title = forms.CharField(label=_("Title"), max_length=200)


class ClauseForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Clause.Kind.choices)
    level = forms.IntegerField(label=_("Heading level"), min_value=1, max_value=6, initial=1)
    text = forms.CharField(
        label=_("Text (Markdown)"), widget=forms.Textarea(attrs={"rows": 6}), max_length=Clause.MAX_LENGTH
    )


class SplitForm(forms.Form):
    at = forms.IntegerField(label=_("Split after character"), min_value=1)


class MoveForm(forms.Form):
    to_position = forms.IntegerField(label=_("Move to position"), min_value=1)


def version_choices(versions):
    """Choices naming each version by number and status."""
    return [
        (v.pk, _("Version %(number)s (%(status)s)") % {"number": v.number, "status": v.get_status_display()})
        for v in versions
    ]
