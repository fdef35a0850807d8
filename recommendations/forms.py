"""Forms of the recommendations pages: they parse; services decide."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult.models import Country, Sector

from .importing import MAX_UPLOAD_BYTES
from .models import Clause, Feedback


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=False
    )
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.order_by("name"), required=False, empty_label=_("EU-wide")
    )
    members_only_in_consultation = forms.BooleanField(
        label=_("Only approved members may read it while in consultation"), required=False
    )
    file = forms.FileField(label=_("Word document (.docx)"), required=False)
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
        if not upload.name.lower().endswith((".docx", ".md", ".markdown", ".txt")):
            raise forms.ValidationError(_("Upload a Word document (.docx) or a Markdown file (.md)."))
        return upload

    def clean(self):
        data = super().clean()
        if not data.get("file") and not (data.get("markdown_text") or "").strip() and not self.errors:
            raise forms.ValidationError(_("Upload a Word document or paste the text in Markdown."))
        return data


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


def _version_choices(versions):
    return [
        (v.pk, _("Version %(number)s (%(status)s)") % {"number": v.number, "status": v.get_status_display()})
        for v in versions
    ]


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
        self.fields["old"].choices = self.fields["new"].choices = _version_choices(versions)

    def clean(self):
        data = super().clean()
        if data.get("old") is not None and data.get("old") == data.get("new"):
            raise forms.ValidationError(_("Choose two different versions."))
        return data


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
        from .models import Export

        super().__init__(*args, **kwargs)
        labels = {
            Export.Kind.VERSION: _("This version"),
            Export.Kind.DIFF: _("The changes since another version"),
            Export.Kind.REPORT: _("The consultation report of this version"),
        }
        self.fields["kind"].choices = [(kind, labels[kind]) for kind in kinds]
        self.fields["format"].choices = Export.Format.choices
        self.fields["base_version"].choices = [("", "—"), *_version_choices(other_versions)]
        if other_versions:
            self.fields["base_version"].initial = other_versions[-1].pk

    def clean(self):
        data = super().clean()
        if data.get("kind") == "diff" and not data.get("base_version"):
            self.add_error("base_version", _("Choose the version to compare with."))


# --- merging, building, publishing ------------------------------------------------------


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
