"""Administrators set forums up in the Django admin; threads and posts are
moderated on the site (review queue, thread moderation page), not here."""

from django.contrib import admin

from .models import Forum


@admin.register(Forum)
class ForumAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "country", "premoderated", "sort_order"]
    list_filter = ["premoderated", "country"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["limited_to_countries"]
