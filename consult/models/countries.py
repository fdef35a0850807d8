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
    # The country office in the Wagtail admin: staff edit and submit, the lead
    # approves publication; documents and images live in the collection.
    staff_group = models.OneToOneField(
        "auth.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="staff_of_country"
    )
    lead_group = models.OneToOneField(
        "auth.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="lead_of_country"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", null=True, blank=True, on_delete=models.SET_NULL, related_name="country"
    )
    office_email = models.EmailField(_("country office e-mail"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("countries")

    def __str__(self):
        """The country's name in the reader's language (CLDR); ``name`` is the English one the office keeps."""
        from ..cldr import country_name

        return country_name(self.code) if self.code else self.name

    @classmethod
    def staffed_by(cls, user):
        """The countries whose office (staff or lead group) the user belongs to."""
        if not user.is_authenticated:
            return cls.objects.none()
        if user.is_superuser:
            return cls.objects.all()
        group_ids = list(user.groups.values_list("pk", flat=True))
        return cls.objects.filter(models.Q(staff_group__in=group_ids) | models.Q(lead_group__in=group_ids))

    @property
    def first_language(self):
        return self.languages[0] if self.languages else "en"
