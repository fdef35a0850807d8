"""Site search over pages, support services and documents, per language."""

from dataclasses import dataclass

from wagtail.models import Page

from consult.models import CountryDocument, SupportService


@dataclass
class SearchResults:
    pages: list
    services: list
    documents: list

    def __bool__(self):
        return bool(self.pages or self.services or self.documents)


def search_site(query, locale, limit=20):
    """Search live public pages, published services in ``locale`` and documents in its language."""
    pages = list(Page.objects.live().public().filter(locale=locale).specific().search(query)[:limit])
    services = list(SupportService.objects.live().filter(locale=locale).select_related("country").search(query)[:limit])
    documents = list(CountryDocument.objects.filter(language=locale.language_code).search(query)[:limit])
    return SearchResults(pages, services, documents)
