"""A forum's title and description in the site's languages
(``Forum.translations``): the form fields the Django admin (administrators)
and the Wagtail admin's "Forum names" (country offices,
forums/wagtail_hooks.py) edit them with, and who may write which language.

An office names its own country's forum in every language, and the theme
forums (shared by every country) in its country's languages only; the other
languages are shown, not editable. A name left empty falls back to the
forum's original title or description.
"""

from django import forms
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_noop

from consult.cldr import native_language_name
from consult.models import Country
from consult.permission_policies import office_country_ids

from .models import Forum


def name_languages():
    """Every site language, in the settings' order."""
    return [code for code, _name in settings.LANGUAGES]


def languages_named_by(user, forum):
    """The languages ``user`` may name ``forum`` in (see the module's docstring)."""
    if user is None or user.is_superuser:
        return set(name_languages())
    offices = office_country_ids(user)
    if forum.country_id is not None:
        return set(name_languages()) if forum.country_id in offices else set()
    spoken = Country.objects.filter(pk__in=offices).values_list("languages", flat=True)
    return {code for languages in spoken for code in languages or ()} & set(name_languages())


def _label(text, code):
    """``text`` in the reader's language, naming the language ``code`` in itself."""
    return gettext(text) % {"language": native_language_name(code)}


# the form classes are made once; their labels are translated when shown
_lazy_label = lazy(_label, str)


def _name_fields():
    fields = {}
    for code in name_languages():
        fields[f"title_{code}"] = forms.CharField(
            label=_lazy_label(gettext_noop("Title (%(language)s)"), code),
            max_length=120,
            required=False,
        )
        fields[f"description_{code}"] = forms.CharField(
            label=_lazy_label(gettext_noop("Description (%(language)s)"), code),
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
    return fields


def name_field_names():
    return [name for code in name_languages() for name in (f"title_{code}", f"description_{code}")]


class ForumNamesMixin:
    """A model form of a forum with a title and a description field per site
    language, filled from and written to ``translations``; the languages the
    editing user may not write (``languages_named_by``) are disabled."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = self.instance.translations or {}
        allowed = languages_named_by(getattr(self, "for_user", None), self.instance)
        for code in name_languages():
            for field in ("title", "description"):
                form_field = self.fields[f"{field}_{code}"]
                form_field.initial = names.get(code, {}).get(field, "")
                form_field.disabled = code not in allowed

    def save(self, commit=True):
        names = dict(self.instance.translations or {})
        for code in name_languages():
            named = {field: self.cleaned_data.get(f"{field}_{code}", "").strip() for field in ("title", "description")}
            named = {field: text for field, text in named.items() if text}
            if named:
                names[code] = named
            else:
                names.pop(code, None)
        self.instance.translations = names
        return super().save(commit)


def forum_names_form(base, **attrs):
    """A form class on ``base`` (a model form class) with the name fields."""

    class Meta:
        model = Forum
        exclude = ["translations"]

    return type("ForumNamesForm", (ForumNamesMixin, base), {**_name_fields(), "Meta": Meta, **attrs})
