# ruff: noqa: RUF001, RUF003 -- endings in Greek, Cyrillic and Arabic letters: their letters are meant
"""Plural folding for forum search: a word typed in the plural is looked
for by a shorter form that its singular holds too ("tolken" by "tolk",
"Dolmetscherinnen" by "Dolmetscherin", "interpreti" by "interpret", which
"interprete" and "interpreti" both hold). Search matches words inside
longer ones, so the folded form still finds the plural itself: a rule only
ever cuts the end of a word, never changes it.

Each language has its own few endings, tried longest first, and one at
most is cut, only when enough of the word stays (``MIN_KEPT``), so a short
or common word is never cut down to something found everywhere. Which
languages: the reader's (the page's language), and for a word in Greek,
Cyrillic or Arabic script the language of that script among the site's,
whatever the page's language. English's rule (one final "s") holds in every
language, as before. Irish and Maltese are left as typed: their plurals
change the word's inside or its ending in ways a cut cannot fold safely.
"""

# (ending, what stays of it): the word keeps ``what stays``; it is always a
# prefix of the ending, so the folded word is a prefix of the word typed.
# A final "s" alone is every language's rule (``_english_s``), not listed.
ENDINGS = {
    "en": [("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("ies", "")],
    "nl": [("eren", ""), ("ën", ""), ("en", "")],
    # a singular "-in" stays whole (the plain "n" is for "Regeln", "Stellen")
    "de": [("innen", "in"), ("nen", ""), ("en", ""), ("in", "in"), ("e", ""), ("n", "")],
    "fr": [("eaux", "eau"), ("aux", "a"), ("eux", "eu"), ("x", "")],
    "es": [("ces", "c"), ("es", "")],
    "it": [("che", "c"), ("chi", "c"), ("ghe", "g"), ("ghi", "g"), ("i", ""), ("e", "")],
    "pl": [("owie", ""), ("ami", ""), ("ach", ""), ("ów", ""), ("om", ""), ("y", ""), ("i", ""), ("e", "")],
    "hu": [("ok", ""), ("ek", ""), ("ök", ""), ("ak", ""), ("k", "")],
    "sl": [("ami", ""), ("ih", ""), ("ov", ""), ("ev", ""), ("i", ""), ("e", ""), ("a", "")],
    "hr": [("ima", ""), ("ama", ""), ("ovi", ""), ("evi", ""), ("i", ""), ("e", ""), ("a", "")],
    "el": [
        *(("ματα", "μα"), ("ες", ""), ("οι", ""), ("ων", ""), ("ους", ""), ("εις", ""), ("ας", ""), ("ης", "")),
        *(("ές", ""), ("οί", ""), ("ών", ""), ("ούς", ""), ("είς", ""), ("άς", ""), ("ής", "")),
    ],
    "bg": [("ове", ""), ("еве", ""), ("ища", ""), ("ите", ""), ("ата", ""), ("и", ""), ("е", "")],
    "ar": [("ون", ""), ("ين", ""), ("ات", "")],
    "fa": [("\u200cهای", ""), ("\u200cها", ""), ("های", ""), ("ها", "")],
}
# Letters that must stay after a cut: a shorter stem would match too much.
MIN_KEPT = {"ar": 3, "fa": 3}
DEFAULT_MIN_KEPT = 4
# The site's language of each script other than Latin.
SCRIPT_LANGUAGES = {"greek": "el", "cyrillic": "bg", "arabic": "ar"}


def _script(word):
    for letter in word:
        if "\u0370" <= letter <= "\u03ff" or "\u1f00" <= letter <= "\u1fff":
            return "greek"
        if "\u0400" <= letter <= "\u04ff":
            return "cyrillic"
        if "\u0600" <= letter <= "\u06ff":
            return "arabic"
    return "latin"


def _languages_for(word, language):
    """The languages whose endings are tried on ``word`` for a reader of ``language``."""
    language = (language or "en").split("-")[0].lower()
    script = _script(word)
    if script == "latin":
        return [language] if ENDINGS.get(language) else []
    if script == "arabic" and language == "fa":
        return ["fa"]
    return [SCRIPT_LANGUAGES[script]]


def _cut(word, language):
    """``word`` with the longest of ``language``'s endings cut, or as it was."""
    least = MIN_KEPT.get(language, DEFAULT_MIN_KEPT)
    for ending, kept in sorted(ENDINGS.get(language, ()), key=lambda rule: len(rule[0]), reverse=True):
        # lower(), not casefold(): it keeps each letter one letter, and a final sigma final
        if word[len(word) - len(ending) :].lower() == ending and len(word) - len(ending) + len(kept) >= least:
            stem = word[: len(word) - len(ending) + len(kept)]
            if language == "nl" and ending == "en" and _doubled(stem) and len(stem) > least:
                stem = stem[:-1]  # Dutch doubles a consonant before "-en": "mannen", "bussen"
            return stem
    return word


def _doubled(stem):
    return stem[-1] == stem[-2] and stem[-1].lower() not in "aeiou"


def _english_s(word):
    """One final "s" off a word of five letters or more (not "ss"): the rule
    of every language (an English plural is typed whatever the page's)."""
    if len(word) >= 5 and word[-1] in "sS" and word[-2] not in "sS":
        return word[:-1]
    return word


def fold_plural(word, language):
    """The form ``word`` is looked for by, for a reader of ``language``: the
    shortest of the forms the rules of its languages and English's one "s"
    give. Words that are not all letters (numbers, codes) stay as typed."""
    if not word.replace("\u200c", "").isalpha():  # Farsi joins a plural's "ها" with a zero-width non-joiner
        return word
    forms = [_english_s(word), *(_cut(word, code) for code in _languages_for(word, language))]
    return min(forms, key=len)
