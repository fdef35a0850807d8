"""The error summary's name for a field: its label's first sentence, without
the closing full stop, so a consent checkbox whose label is a paragraph reads
"I agree that … contacts me: This field is required." and not the whole
paragraph followed by ".:"."""

import re

from django import template

register = template.Library()

# A full stop, question or exclamation mark (Latin, Arabic script) that ends
# a sentence followed by another.
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+(?=\S)")


@register.filter
def summary_label(label):
    label = str(label).strip()
    first = SENTENCE_END.split(label, maxsplit=1)[0]
    if len(first.split()) < 4:  # "e.g. …", "No. …": an abbreviation, not a sentence
        first = label
    return first.rstrip(" .:")
