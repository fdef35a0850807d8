"""A minimal moderated object, installed only in the test settings, to test
the moderation core apart from forums and recommendations."""

from django.conf import settings
from django.db import models


class Note(models.Model):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    country = models.ForeignKey("consult.Country", null=True, blank=True, on_delete=models.CASCADE)
    text = models.TextField()
    is_visible = models.BooleanField(default=True)
    decisions = models.JSONField(default=list)

    def __str__(self):
        return f"Note #{self.pk}"

    def get_absolute_url(self):
        return f"/notes/{self.pk}/"

    @property
    def moderation_country_id(self):
        return self.country_id

    @property
    def moderation_author(self):
        return self.author

    @property
    def is_hidden_from_members(self):
        return not self.is_visible

    def get_moderation_text(self):
        return self.text

    def on_moderation_decision(self, decision):
        self.is_visible = decision in {"approved", "restored"}
        self.decisions = [*self.decisions, decision]
        self.save(update_fields=["is_visible", "decisions"])
