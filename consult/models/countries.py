"""The programme's countries."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.Model):
    """One of the programme's 12 countries (seeded, rarely changed)."""

    code = models.CharField(_("ISO code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=80)
    # Official languages, first one first: ["nl", "fr", "de"] for Belgium.
    languages = models.JSONField(_("official languages"), default=list)
    emergency_number = models.CharField(_("emergency number"), max_length=20, default="112")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    @property
    def first_language(self):
        return self.languages[0] if self.languages else "en"
