"""Django admin pages of members, roles and the audit log (read-only log)."""

from django.contrib import admin

from ..models import AuditLogEntry, CountryRole, Profile


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["pk", "display_name", "sector", "status", "created_at"]
    list_filter = ["status", "sector", "countries"]
    search_fields = ["display_name", "organisation"]
    filter_horizontal = ["countries"]
    # Status changes go through the vetting pages, which write the audit log.
    readonly_fields = [
        "user",
        "status",
        "status_reason",
        "status_changed_at",
        "suspended_until",
        "information_requested_at",
        "consent_version",
        "consent_accepted_at",
        "deletion_requested_at",
        "created_at",
    ]


@admin.register(CountryRole)
class CountryRoleAdmin(admin.ModelAdmin):
    """Roles are granted here by administrators; prefer
    consult.members.services.grant_role in code (it writes the audit log)."""

    list_display = ["user", "role", "country", "granted_at"]
    list_filter = ["role", "country"]
    raw_id_fields = ["user"]

    def save_model(self, request, obj, form, change):
        from .services import grant_role, revoke_role

        if change:
            old = CountryRole.objects.get(pk=obj.pk)
            revoke_role(old.user, old.role, old.country, revoked_by=request.user)
        grant_role(obj.user, obj.role, obj.country, granted_by=request.user)

    def delete_model(self, request, obj):
        from .services import revoke_role

        revoke_role(obj.user, obj.role, obj.country, revoked_by=request.user)


@admin.register(AuditLogEntry)
class AuditLogEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "target_repr", "country", "actor"]
    list_filter = ["action", "country"]
    date_hierarchy = "created_at"
    readonly_fields = [field.name for field in AuditLogEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
