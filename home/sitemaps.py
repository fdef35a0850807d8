from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live public page in every language (Wagtail's lists only the
    default site's tree, which is the English one)."""

    def items(self):
        return Page.objects.live().public().filter(depth__gt=1).order_by("path").specific()
