"""Run a pattern only where its keyword occurs.

Python's ``re`` tries a long alternation of words at every position of the
text; on a 20,000-character post that costs tens of milliseconds per
pattern. ``str.find`` for each keyword's literal start is a C loop, so the
guard finds the places first and only then asks the full pattern to match
there.
"""

import re

_META = set("()[]{}*+^$|")


def _top_level_alternatives(alternation):
    depth, current, parts = 0, [], []
    escaped = False
    for ch in alternation:
        if escaped:
            current.append("\\" + ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(current)
            current = []
        else:
            current.append(ch)
    parts.append(current)
    return parts


def dispatch_by_first_letter(alternation):
    """The same alternation, grouped by the first letter of each alternative:
    "syri|somal|sudan|afgh" -> "(?:[sS](?:yri|omal|udan)|[aA](?:fgh))". A
    long alternation under IGNORECASE is tried branch by branch at every
    position; grouped, the engine tries a branch only where its letter is.
    It finds the same places (alternatives with one first letter keep their
    order; those that start otherwise come last)."""
    groups, others = {}, []
    for tokens in _top_level_alternatives(alternation):
        first = tokens[0] if tokens else ""
        if len(first) == 1 and first.isalpha() and first.lower() != first.upper():
            groups.setdefault(first.lower(), []).append("".join(tokens[1:]))
        elif len(first) == 1 and first.isalpha():
            groups.setdefault(first, []).append("".join(tokens[1:]))
        else:
            others.append("".join(tokens))
    parts = []
    for letter, rests in groups.items():
        cls = letter if letter.lower() == letter.upper() else f"{letter}{letter.upper()}"
        body = "|".join(rests)
        parts.append(f"[{cls}](?:{body})" if any(rests) else f"[{cls}]")
    return "(?:" + "|".join(parts + others) + ")"


def literal_prefixes(alternation):
    """The literal start of each alternative of a regex alternation, lower case:
    "nacid[oa]" -> "nacid", "st\\.?" -> "st", "Az\\." -> "az."."""
    prefixes = set()
    for tokens in _top_level_alternatives(alternation):
        prefix = []
        for index, piece in enumerate(tokens):
            nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
            if piece.startswith("\\"):
                if piece[1] not in ".-/ '’":
                    break
                char = piece[1]
            elif piece in _META or piece == "?":
                break
            else:
                char = piece
            if nxt in ("?", "*"):
                break
            prefix.append(char)
        literal = "".join(prefix).strip().lower()
        if literal:
            prefixes.add(literal)
    return sorted(prefixes)


def lower_keeping_length(text):
    """``text.lower()`` with the same offsets ("İ" lowers to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


_WORD_START = re.compile(r"[^\W_]+")
# The word starts of the last text read, by their first two characters: every
# recogniser of one post looks its keywords up here instead of searching the
# whole text once per keyword (hundreds of passes over a long post).
_index_of = {"text": None, "starts": None}


def _word_starts(lowered):
    if _index_of["text"] is not lowered and _index_of["text"] != lowered:
        starts = {}
        for match in _WORD_START.finditer(lowered):
            position = match.start()
            starts.setdefault(lowered[position : position + 2], []).append(position)
        _index_of["starts"] = starts
    # (an equal copy, e.g. the normalised post lowered again, reads the same index)
    _index_of["text"] = lowered
    return _index_of["starts"]


class Anchored:
    """A compiled ``pattern`` whose matches start with one of ``prefixes``."""

    def __init__(self, pattern, prefixes, word_start=True):
        self.pattern = pattern
        # "birth" finds every "birthday": only the shortest of such prefixes is searched
        prefixes = sorted(set(prefixes), key=len)
        kept = []
        for prefix in prefixes:
            if not any(prefix.startswith(shorter) for shorter in kept):
                kept.append(prefix)
        self.prefixes = tuple(kept)
        self.word_start = word_start
        # At a word start, a prefix that starts with a letter or digit is
        # looked up by its first two characters; the others ("@", "[", "§")
        # are searched for.
        self._indexed = {}
        self._searched = []
        for prefix in self.prefixes:
            if word_start and prefix[:1].isalnum() and (len(prefix) >= 2):
                self._indexed.setdefault(prefix[:2], []).append(prefix)
            else:
                self._searched.append(prefix)
        # looked up as tuples; None where the two characters are a prefix
        # themselves (every word start under them is one: nothing to compare)
        self._indexed = {key: None if key in prefixes else tuple(prefixes) for key, prefixes in self._indexed.items()}

    def positions(self, lowered):
        found = set()
        if self._indexed:
            starts = _word_starts(lowered)
            for key, prefixes in self._indexed.items():
                if prefixes is None:
                    found.update(starts.get(key, ()))
                    continue
                for start in starts.get(key, ()):
                    if lowered.startswith(prefixes, start):
                        found.add(start)
        for prefix in self._searched:
            start = lowered.find(prefix)
            while start != -1:
                if not self.word_start or start == 0 or not lowered[start - 1].isalnum():
                    found.add(start)
                start = lowered.find(prefix, start + 1)
        return sorted(found)

    def finditer(self, text, lowered=None):
        lowered = lower_keeping_length(text) if lowered is None else lowered
        end_of_last = -1
        for position in self.positions(lowered):
            if position < end_of_last:
                continue
            match = self.pattern.match(text, position)
            if match:
                end_of_last = match.end()
                yield match
