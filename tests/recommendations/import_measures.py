"""What a reader of the clauses sees, to compare an import with the draft:
the words (no link targets, emphasis marks or footnote labels), and the
words lost and added."""

import re
from collections import Counter


def words(text):
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"\[\^\d+\]:?", " ", text)
    return re.findall(r"\w+", text)


def lost_and_added(blocks, expected):
    """The words of ``expected`` (kind, level, text) missing from ``blocks``, and the words they add."""
    imported = Counter(w for b in blocks for w in words(b.text))
    shown = Counter(w for _kind, _level, text in expected for w in words(text))
    return shown - imported, imported - shown
