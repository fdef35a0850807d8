"""Films become translatable (wagtail-localize): each existing film is the
office's own version, in the default locale, with a translation key of its own."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def films_in_the_default_locale(apps, schema_editor):
    Film = apps.get_model("consult", "Film")
    Locale = apps.get_model("wagtailcore", "Locale")
    if not Film.objects.exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for film in Film.objects.all():
        film.locale_id = locale.pk
        film.translation_key = uuid.uuid4()
        film.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("consult", "0010_common_house_rules"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="film",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="film",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(films_in_the_default_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="film",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="film",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="film",
            unique_together={("translation_key", "locale")},
        ),
    ]
