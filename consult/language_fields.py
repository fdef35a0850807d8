"""The languages a service or an ambassador speaks: stored as codes, picked by
staff from a searchable list of names, shown to readers as names in their
language (consult.cldr)."""

from django import forms
from django.db import models
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .cldr import language_choices_in, programme_language_codes


class SearchableCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes with a search box above them that hides the names that do
    not match (static/js/language-filter.js); without JavaScript, all show."""

    class Media:
        js = ["js/language-filter.js"]

    def render(self, name, value, attrs=None, renderer=None):
        checkboxes = super().render(name, value, attrs, renderer)
        widget_id = (attrs or {}).get("id") or f"id_{name}"
        search = format_html(
            '<input type="search" class="language-filter" data-language-filter="{}" '
            'placeholder="{}" aria-label="{}" autocomplete="off" hidden>',
            widget_id,
            _("Type to find a language"),
            _("Find a language"),
        )
        return mark_safe(f'<div class="language-picker">{search}{checkboxes}</div>')  # noqa: S308 both parts are escaped


class LanguagesFormField(forms.TypedMultipleChoiceField):
    """Several language codes, chosen by name; cleaned in the programme's order."""

    widget = SearchableCheckboxes

    def __init__(self, **kwargs):
        for unused in ("encoder", "decoder", "max_length"):
            kwargs.pop(unused, None)
        kwargs["choices"] = language_choices_in  # called at each render: names in the user's language
        super().__init__(**kwargs)

    def clean(self, value):
        codes = super().clean(value)
        order = {code: index for index, code in enumerate(programme_language_codes())}
        return sorted(set(codes), key=lambda code: order.get(code, len(order)))


class LanguageCodesField(models.JSONField):
    """A list of language codes (["nl", "ar"]) with a picker instead of JSON typing."""

    def formfield(self, **kwargs):
        return models.Field.formfield(self, **{"form_class": LanguagesFormField, "required": not self.blank, **kwargs})
