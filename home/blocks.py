from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LegalInstrumentBlock(blocks.StructBlock):
    """One law, policy or convention and what it means for victims."""

    instrument = blocks.CharBlock(label=_("instrument"), max_length=200)
    summary = blocks.RichTextBlock(label=_("summary"), features=["bold", "italic", "link", "ul"])
    link = blocks.URLBlock(label=_("link to the text"), required=False)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/legal_instrument.html"
