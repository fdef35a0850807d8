"""Forms of the variants' pages: they parse; the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from consult.models import Country

from ...models import ForwardedFeedback, RecommendationDocument, VariantClause
from .reading import MATRIX_STATES, STATE_WORDS

REASON_HELP = _(
    "Public: readers see it beside the clause (e.g. “Belgian law: the CPVS is the first point of contact”)."
)


class VariantCreateForm(forms.Form):
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.none())
    language = forms.CharField(
        label=_("Language of the national text"),
        max_length=10,
        required=False,
        help_text=_("A language code such as nl, fr or mt; empty: the country's first language."),
    )

    def __init__(self, *args, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = countries


class ClauseStateForm(forms.Form):
    state = forms.ChoiceField(
        label=_("This clause in the variant"),
        choices=[
            (VariantClause.State.INHERITED, _("Inherited: the master's text")),
            (VariantClause.State.ADAPTED, _("Adapted: national text")),
            (VariantClause.State.OMITTED, _("Omitted")),
        ],
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("National text (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        max_length=VariantClause.MAX_LENGTH,
    )
    reason = forms.CharField(
        label=_("Public reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
        help_text=REASON_HELP,
    )
    revision = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, added=False, **kwargs):
        super().__init__(*args, **kwargs)
        if added:
            self.fields["state"].choices = [(VariantClause.State.ADDED, _("Added: a national clause"))]


class TranslationForm(forms.Form):
    translation = forms.CharField(
        label=_("Translation of the master's wording"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=VariantClause.MAX_LENGTH,
        help_text=_("A translation, not an adaptation; empty: none."),
    )
    revision = forms.IntegerField(widget=forms.HiddenInput)


class AddClauseForm(forms.Form):
    after_key = forms.ChoiceField(label=_("After"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=[("paragraph", _("paragraph")), ("heading", _("heading"))])
    level = forms.IntegerField(label=_("Heading level"), min_value=1, max_value=6, initial=1)
    text = forms.CharField(label=_("Text (Markdown)"), widget=forms.Textarea(attrs={"rows": 5}), max_length=20000)
    reason = forms.CharField(
        label=_("Public reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, help_text=REASON_HELP
    )

    def __init__(self, *args, lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["after_key"].choices = [("", _("At the start"))] + [
            (
                str(line.key),
                f"{line.number or '—'} {(line.master or line.row).text[:60] if (line.master or line.row) else ''}",
            )
            for line in lines
            if line.row is not None
        ]


class DecisionForm(forms.Form):
    choice = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    text = forms.CharField(
        label=_("New national text or translation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=20000,
    )
    reason = forms.CharField(
        label=_("Public reason"), widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2000
    )
    revision = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, item, **kwargs):
        kwargs.setdefault("prefix", f"item-{item.pk}")
        super().__init__(*args, **kwargs)
        self.fields["choice"].choices = item.choices()
        self.item = item


class MatrixFilterForm(forms.Form):
    chapter = forms.ChoiceField(label=_("Chapter"), required=False)
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("any"))] + [(s, STATE_WORDS[s]) for s in MATRIX_STATES],
    )

    def __init__(self, *args, chapters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chapter"].choices = [("", _("all"))] + [(n, f"{n} {t[:50]}") for n, t in chapters]


class ForwardedDecisionForm(forms.Form):
    """The master's editors' decision on feedback a country office forwarded."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[c for c in ForwardedFeedback._meta.get_field("decision").choices if c[0] != "undecided"],
    )
    reason = forms.CharField(
        label=_("Public reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
        help_text=_("Required except for accept. The country office reads it beside its own decision."),
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)


class VariantStartForm(forms.Form):
    """Start a country's variant from the staff member's own tools: which
    master, for which of the offices they work in, in which language."""

    master = forms.ModelChoiceField(label=_("European master document"), queryset=RecommendationDocument.objects.none())
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.none())
    language = forms.CharField(
        label=_("Language of the national text"),
        max_length=10,
        required=False,
        help_text=_("A language code such as nl, fr or mt; empty: the country's first language."),
    )

    def __init__(self, *args, masters, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["master"].queryset = masters
        self.fields["country"].queryset = countries
        only = list(countries[:2])
        if len(only) == 1 and not self.initial.get("country"):
            self.initial["country"] = only[0].pk
