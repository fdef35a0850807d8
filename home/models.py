"""The Wagtail pages that compose the public site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from consult.models import Country


class HomePage(Page):
    """The site's front page, one per locale: the programme and its countries."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.CountryIndexPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country_pages"] = (
            CountryPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .select_related("country")
            .order_by("country__name")
        )
        return context


class CountryIndexPage(Page):
    """The list of the 12 country pages."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.CountryPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country_pages"] = (
            CountryPage.objects.child_of(self).live().public().select_related("country").order_by("country__name")
        )
        return context


class CountryPage(Page):
    """One country's page: where to get help, the law, resources."""

    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="pages")
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("country"), FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["home.CountryIndexPage"]
    subpage_types = []
