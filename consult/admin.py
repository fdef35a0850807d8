from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from .models import Country, OutboxEntry, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "is_active", "is_staff", "date_joined"]
    search_fields = ["email"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Permissions", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    def save_related(self, request, form, formsets, change):
        """Country-office groups changed here bring the office roles along."""
        from .country_offices import sync_roles_with_groups

        super().save_related(request, form, formsets, change)
        sync_roles_with_groups(form.instance, changed_by=request.user)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "emergency_number"]


@admin.register(OutboxEntry)
class OutboxEntryAdmin(admin.ModelAdmin):
    list_display = ["pk", "task_name", "state", "attempts", "created_at", "finished_at", "last_error"]
    list_filter = ["state", "task_name"]
    readonly_fields = [f.name for f in OutboxEntry._meta.fields]
