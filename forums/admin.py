"""Administrators set forums up in the Django admin, their names in every
site language included (forums/names.py); country offices name their
forums in the Wagtail admin (forums/wagtail_hooks.py). Threads and posts are
moderated on the site (review queue, thread moderation page), not here."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Forum
from .names import forum_names_form, name_field_names


@admin.register(Forum)
class ForumAdmin(admin.ModelAdmin):
    form = forum_names_form(forms.ModelForm)
    list_display = ["title", "slug", "country", "premoderated", "sort_order"]
    list_filter = ["premoderated", "country"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["limited_to_countries"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "slug",
                    "title",
                    "description",
                    "country",
                    "limited_to_countries",
                    "limited_to_sectors",
                    "premoderated",
                    "sort_order",
                    "created_at",
                ]
            },
        ),
        (
            _("Names in the site's languages"),
            {
                "fields": name_field_names(),
                "description": _("Empty: readers of that language see the title and description above."),
            },
        ),
    ]
