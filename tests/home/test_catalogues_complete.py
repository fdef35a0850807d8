"""Every string of the interface, staff pages included, is translated in every site language.

A Dutch moderator's review queue, a Greek editor's version page and the
e-mails a member receives come from the same catalogues as the public pages;
an empty or fuzzy entry shows up as English in the middle of a translated
page (gettext skips both). Two checks: every entry of every catalogue has a
translation, and every string the code and the templates mark for
translation has an entry (so a new string cannot slip past the first check by
never reaching the catalogues).
"""

import ast
from functools import cache
from pathlib import Path

import polib
import pytest
from django.conf import settings

from tests.home.test_interface_translations import LANGUAGES, LOCALE_DIR, TEMPLATES_DIR, template_messages, translated

PYTHON_PACKAGES = ("config", "consult", "forums", "home", "recommendations")
# gettext functions by name, with the positions of (context, singular, plural) in their arguments
_FUNCTIONS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}


# the project's catalogue, and consult's own (the guard's findings, read in the author's language)
CATALOGUE_DIRS = (LOCALE_DIR, Path(settings.BASE_DIR) / "consult" / "locale")


def catalogue_entries(language):
    for directory in CATALOGUE_DIRS:
        yield from (
            entry
            for entry in polib.pofile(str(directory / language / "LC_MESSAGES" / "django.po"))
            if not entry.obsolete
        )


def _literal(arguments, index):
    if index is None or index >= len(arguments):
        return None
    node = arguments[index]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


@cache
def python_messages():
    """(msgctxt, msgid, msgid_plural) of every gettext call with literal arguments in the product's code."""
    base = Path(settings.BASE_DIR)
    messages = set()
    for package in PYTHON_PACKAGES:
        for path in sorted((base / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name not in _FUNCTIONS:
                    continue
                context, singular, plural = (_literal(node.args, index) for index in _FUNCTIONS[name])
                if singular:
                    messages.add((context, singular, plural))
    return frozenset(messages)


@cache
def all_template_messages():
    messages = set()
    for path in sorted(TEMPLATES_DIR.rglob("*")):
        if path.suffix in (".html", ".txt"):
            messages.update(template_messages(path))
    return frozenset(messages)


def test_the_scans_find_staff_strings_in_code_and_templates():
    code, templates = python_messages(), all_template_messages()
    assert len(code) > 300
    assert len(templates) > 300
    # a model field's label, a queue's heading: staff-facing strings the public checks never saw
    assert any(msgid == "Review queue" for _context, msgid, _plural in templates | code)
    assert (None, "%(count)d item updated.", "%(count)d items updated.") in code  # plurals as plurals


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_of_the_catalogue_is_translated(language):
    missing = [
        entry.msgid
        for entry in catalogue_entries(language)
        if entry.msgid and (entry.fuzzy or not translated(entry, entry.msgid_plural))
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_marked_for_translation_has_an_entry(language):
    entries = {(entry.msgctxt, entry.msgid) for entry in catalogue_entries(language)}
    absent = sorted(
        msgid
        for context, msgid, _plural in python_messages() | all_template_messages()
        if (context, msgid) not in entries
    )
    assert absent == []
