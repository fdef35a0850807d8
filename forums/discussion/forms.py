"""Forms for writing in the forums. They validate shape only; services
decide the rest, and a refusal from a service is shown beside the form with
the text kept."""

from django import forms
from django.utils.translation import gettext_lazy as _

from consult.models import Country, Sector

from ..models import Thread

MARKDOWN_HELP = _(
    "Markdown: **bold**, *italic*, [link](https://…), > quote, - list. Do not name or describe anyone in a way "
    "that could identify them: no names, phone numbers, addresses, case numbers or dates of birth."
)
SAFEGUARDING_LABEL = _(
    "This describes someone who may need protection now. A moderator reads it first and may contact you; "
    "it is not published until then."
)


class PostBodyField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Message"))
        kwargs.setdefault("help_text", MARKDOWN_HELP)
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 8}))
        kwargs.setdefault("error_messages", {"required": _("Write something before posting.")})
        super().__init__(strip=True, **kwargs)


class ThreadForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Thread.Kind.choices, initial=Thread.Kind.DISCUSSION)
    title = forms.CharField(label=_("Title"), max_length=160)
    body = PostBodyField()
    practice_context = forms.CharField(
        label=_("Context"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    practice_action = forms.CharField(
        label=_("What was done"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    practice_outcome = forms.CharField(
        label=_("What worked"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    practice_challenges = forms.CharField(
        label=_("Challenges"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    practice_country = forms.ModelChoiceField(
        label=_("Country of the practice"), queryset=Country.objects.all(), required=False
    )
    practice_sectors = forms.MultipleChoiceField(
        label=_("Sectors involved"), choices=Sector.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    safeguarding = forms.BooleanField(label=SAFEGUARDING_LABEL, required=False)

    def clean(self):
        data = super().clean()
        if data.get("kind") == Thread.Kind.PRACTICE:
            for name in ("practice_context", "practice_action", "practice_outcome"):
                if not data.get(name):
                    self.add_error(name, _("A good practice needs its context, what was done and what worked."))
        return data

    def practice_fields(self):
        return {name: self.cleaned_data.get(name) for name in self.fields if name.startswith("practice_")}


class ReplyForm(forms.Form):
    body = PostBodyField(label=_("Your reply"))
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # the post quoted above the reply (forums/quotes.py): put before the text when it is sent
    quote = forms.IntegerField(required=False, widget=forms.HiddenInput)
    safeguarding = forms.BooleanField(label=SAFEGUARDING_LABEL, required=False)


class EditPostForm(forms.Form):
    body = PostBodyField()
    version = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note to the author (moderators)"),
        required=False,
        max_length=500,
        help_text=_("Required when you edit someone else's post; the author is shown it."),
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the forums"), min_length=2, max_length=100)
    order = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("relevance", _("Most relevant first")), ("newest", _("Newest first"))],
        required=False,
    )

    def __init__(self, data=None, **kwargs):
        # no order, or one the form does not offer (an old or edited link),
        # is the default one, shown chosen, not an error: the search itself
        # is still answered
        if data is not None and data.get("order") not in ("relevance", "newest"):
            data = data.copy()
            data["order"] = "relevance"
        super().__init__(data, **kwargs)

    def clean_order(self):
        return self.cleaned_data.get("order") or "relevance"
