"""Support services go public through the country lead's approval
(DraftStateMixin, RevisionMixin, WorkflowMixin, LockableMixin).

Existing services stay live (``live`` defaults to True) with their values.
The lead groups of existing offices get the new publish/lock/unlock
permissions; staff groups get none of them (they save and submit).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

LEAD_ACTIONS = ("publish", "lock", "unlock")


def grant_leads(apps, schema_editor):
    """Wagtail creates the snippet's publish/lock/unlock permissions after
    migrating (post_migrate); create them here, with Wagtail's codenames and
    names, so the existing lead groups can have them at once."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Country = apps.get_model("consult", "Country")
    lead_group_ids = list(Country.objects.exclude(lead_group=None).values_list("lead_group_id", flat=True))
    if not lead_group_ids:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="consult", model="supportservice")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_supportservice",
            defaults={"name": f"Can {action} support service"},
        )[0]
        for action in LEAD_ACTIONS
    ]
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(pk__in=lead_group_ids):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("consult", "0013_notice_language_and_flag_appeals"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="supportservice",
            name="expire_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="expired",
            field=models.BooleanField(default=False, editable=False, verbose_name="expired"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="first_published_at",
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="first published at"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="go_live_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="go live date/time"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="has_unpublished_changes",
            field=models.BooleanField(default=False, editable=False, verbose_name="has unpublished changes"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="last_published_at",
            field=models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="live",
            field=models.BooleanField(default=True, editable=False, verbose_name="live"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="locked",
            field=models.BooleanField(default=False, editable=False, verbose_name="locked"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="locked_at",
            field=models.DateTimeField(editable=False, null=True, verbose_name="locked at"),
        ),
        migrations.AddField(
            model_name="supportservice",
            name="locked_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="locked_%(class)ss",
                to=settings.AUTH_USER_MODEL,
                verbose_name="locked by",
            ),
        ),
        migrations.RunPython(grant_leads, migrations.RunPython.noop),
    ]
