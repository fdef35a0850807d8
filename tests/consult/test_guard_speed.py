"""The guard's shortcuts for long posts (issue #17) find what the plain
searches found: each is checked here against the search it replaces, on the
posts and phrases where they could part ways. The findings of the whole
corpus are compared by bench/guard_compare.py."""

import re
import re._parser

import pytest

from consult.moderation import guard
from consult.moderation.guard import contacts, documents, numbers, places, roles
from tests.consult.guard_eval.figures import parts


def _tuning_texts(step=7):
    """Every ``step``-th post of the tuning part, normalised as the scan reads it."""
    posts = parts()["tuning"][::step]
    return [guard.normalise(text, languages=(language, "en")) for language, _, text in posts]


def _windows(text, step=3):
    for start in range(0, len(text), step):
        for end in (start + 12, start + 40, start + 150, len(text)):
            yield start, min(end, len(text))


# --- the word lists grouped by their first letter ------------------------------

# Each grouped pattern beside the plain alternation of the same words: the
# guard only asks whether one is there, and the answer must not change.
GROUPED = [
    ("law words", documents._LAW_WORDS, re.compile(f"(?:{documents._LAW_WORD_LIST})", re.IGNORECASE)),
    ("citing words", documents._CITED, re.compile(rf"(?<![\w])(?:{documents._CITED_WORDS})(?![\w])", re.IGNORECASE)),
    ("judgment words", documents._JUDGMENT_WORDS, re.compile(f"(?:{documents._JUDGMENT_WORD_LIST})", re.IGNORECASE)),
    (
        "a file's context",
        documents.CASE_CONTEXT,
        re.compile(rf"(?<![\w])(?:{documents._CONTEXT_WORDS})", re.IGNORECASE | re.UNICODE),
    ),
    (
        "an organisation",
        places._ORGANISATION,
        re.compile(
            r"(?<![\w])(?:our|ons|nos|onze|ár|NGO)(?![\w])|" rf"(?<![\w])(?:{places._ORGANISATION_WORDS})",
            re.IGNORECASE,
        ),
    ),
    ("a public place", places._PUBLIC_PLACE, re.compile(f"(?:{places._PUBLIC_PLACE_WORDS})", re.IGNORECASE)),
    (
        "a personal place",
        places._PERSONAL_PLACE,
        re.compile(rf"(?<![\w])(?:{places._PERSONAL_PLACE_WORDS})", re.IGNORECASE),
    ),
    ("a post-office box", places._POSTBOX, re.compile(rf"(?<![\w])(?:{places._POSTBOX_WORDS})", re.IGNORECASE)),
]


def _plain_words(alternation):
    """The alternatives that are plain words (letters, spaces, hyphens, apostrophes)."""
    return [word for word in alternation.split("|") if re.fullmatch("[^\\W\\d_][\\w '\u2019-]*", word)]


@pytest.mark.parametrize(("name", "grouped", "plain"), GROUPED, ids=[name for name, _, _ in GROUPED])
def test_grouped_words_are_found_where_the_plain_list_found_them(name, grouped, plain):
    words = _plain_words(plain.pattern)
    assert len(words) > 5
    for word in words:
        for written in (word, word.upper(), word.capitalize(), f"x{word}", f"{word}x"):
            for text in (f"Seen at the {written} on Monday", f"{written}: 12/2024", f"-{written}-"):
                assert bool(grouped.search(text)) == bool(plain.search(text)), (name, text)
                assert bool(grouped.match(text, 12)) == bool(plain.match(text, 12)), (name, text)
    for text in _tuning_texts(step=17):
        for start, end in _windows(text, step=6):
            assert bool(grouped.search(text, start, end)) == bool(plain.search(text, start, end)), (name, text)


# --- a published judgment --------------------------------------------------------


def _published_judgment_as_before(text, start, end):
    """documents._published_judgment as it read before the shortcut (the
    judgment words first, in every window)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    left, right = max(line_start, start - 120), min(line_end, end + 80)
    cited = documents._CITED.search(text, left, right)
    if not (documents._JUDGMENT_WORDS.search(text, left, right) or cited):
        return False
    if documents._HIGH_COURT.search(text, left, right):
        return True
    return (
        bool(cited)
        and bool(documents._JUDGMENT_WORDS.search(text, left, right))
        and not roles.about_a_person(text, start, end)
    )


JUDGMENT_SENTENCES = [
    "Véase la STC 84/2023 sobre el arraigo.",  # a high court and a citing word
    "The Supreme Court ruling 12/2024 is clear.",  # a high court and a judgment word
    "The Supreme Court 12/2024 says nothing of it.",  # a high court alone
    "See the judgment of the district court 3 K 1234/24 for the reasoning.",  # citing and judgment words
    "See the judgment 3 K 1234/24 about her, she lives in Graz.",  # ... in a sentence about a person
    "See page 12/2024 of the handbook.",  # a citing word alone
    "The judgment 3 K 1234/24 was sent to her lawyer.",  # a judgment word alone
    "Her file 3 K 1234/24 is at the district court.",  # neither
]


@pytest.mark.parametrize("sentence", JUDGMENT_SENTENCES)
def test_a_published_judgment_is_told_as_before(sentence):
    text = f"Line before.\n{sentence}\nLine after."
    number = re.search(r"\d[\d /K]*\d", sentence)
    start = text.index(sentence) + number.start()
    for end in range(start + 1, start + len(number.group()) + 1):
        assert documents._published_judgment(text, start, end) == _published_judgment_as_before(text, start, end)


def test_a_published_judgment_is_told_as_before_in_the_corpus():
    for text in _tuning_texts(step=5):
        for match in re.finditer(r"\d[\d./-]{3,}\d", text):
            assert documents._published_judgment(text, *match.span()) == _published_judgment_as_before(
                text, *match.span()
            ), text


# --- e-mail addresses --------------------------------------------------------------


def _plain_emails_as_before(text):
    end_of_last = 0
    at = text.find("@")
    while at != -1:
        if at >= end_of_last:
            match = contacts.EMAIL.search(text, max(end_of_last, at - 64), at + 700)
            if match and match.start() <= at < match.end():
                end_of_last = match.end()
                yield match
        at = text.find("@", at + 1)


EMAIL_TEXTS = [
    "her instagram is @amina_k and her mail amina.k@example.com",
    "a.@b.com, +x@y.co, x-@y.co, _@y.co",  # a local part ending in a sign
    "@start.com and end@",
    "a@b.c@d.e and a@@b.com and @@",
    "x@-y.com x@_y.com x@.y.com x@é.fr",
    "mail: amina@example.com@other.org",
    "write to @ example.com or name @example.com",
    "@" * 5 + "x" * 70 + "@y.com",
]


@pytest.mark.parametrize("text", EMAIL_TEXTS)
def test_an_email_address_is_found_as_before(text):
    assert [m.span() for m in contacts._plain_emails(text)] == [m.span() for m in _plain_emails_as_before(text)]


def test_email_addresses_are_found_as_before_in_the_corpus():
    for text in _tuning_texts(step=1):
        if "@" in text:
            assert [m.span() for m in contacts._plain_emails(text)] == [
                m.span() for m in _plain_emails_as_before(text)
            ], text


# --- Hungarian numbers before "számon" ----------------------------------------------


def test_the_reach_before_szam_is_the_patterns_own():
    """SZAMON_REACH covers the longest number NUMBER_THEN_SZAMON reads before "szám"."""
    before_the_word = documents.NUMBER_THEN_SZAMON.pattern.split(r"\s(?:számon")[0]
    assert re._parser.parse(before_the_word + r"\s").getwidth()[1] <= documents.SZAMON_REACH


SZAMON_TEXTS = [
    "Az ügy 2025/1834 számon fut a hivatalnál.",
    "A kérelmet AB-12345678 szám alatt iktatták.",
    "a szám 12345678 számon és 1234/5678 szám alatt",
    "x12345 számon, /12345 számon, 12345.számon",
    "1234-5678-9012-3456-7890-1234-56 számon",  # the longest number the pattern reads
    "abcd 1234-5678-9012-3456-7890-1234-56 számon",
    "szám számon 12345 számon 23456 számon",
]


@pytest.mark.parametrize("text", SZAMON_TEXTS)
def test_numbers_before_szamon_are_found_as_before(text):
    assert [m.span() for m in documents._numbers_then_szamon(text)] == [
        m.span() for m in documents.NUMBER_THEN_SZAMON.finditer(text)
    ]


def test_numbers_before_szamon_are_found_as_before_in_the_corpus():
    for text in _tuning_texts(step=1):
        if "szám" in text:
            assert [m.span() for m in documents._numbers_then_szamon(text)] == [
                m.span() for m in documents.NUMBER_THEN_SZAMON.finditer(text)
            ], text


# --- account numbers -------------------------------------------------------------------

PL_AS_BEFORE = re.compile(r"(?<![\w-])\d{2}(?:[ -]?\d{4}){6}(?![\w-])")
HU_AS_BEFORE = re.compile(r"(?<![\w-])\d{8}[ -]\d{8}(?:[ -]\d{8})?(?![\w-])")
ACCOUNT_TEXTS = [
    "19 1140 2004 0771 0037 5865 8427",
    "nr 19114020040771003758658427, x19 1140 2004 0771 0037 5865 8427, -19 1140 2004 0771 0037 5865 8427",
    "_19 1140 2004 0771 0037 5865 8427 and 119 1140 2004 0771 0037 5865 8427",
    "10403507-12808197-83616310 and 10403507 12808197, a10403507-12808197, -10403507-12808197",
    "\u066010403507-12808197 and 10403507-12808197x",  # after an Arabic-Indic digit
]


@pytest.mark.parametrize("text", ACCOUNT_TEXTS)
def test_account_numbers_are_found_as_before(text):
    assert [m.span() for m in numbers.PL_ACCOUNT.finditer(text)] == [m.span() for m in PL_AS_BEFORE.finditer(text)]
    assert [m.span() for m in numbers.HU_ACCOUNT.finditer(text)] == [m.span() for m in HU_AS_BEFORE.finditer(text)]


# --- a finding's context ----------------------------------------------------------------


def _context_as_before(text, start, end):
    floor, ceiling = max(0, start - guard.WORD_REACH), min(len(text), end + guard.WORD_REACH)
    while start > floor and text[start - 1].isalnum():
        start -= 1
    while end < ceiling and text[end].isalnum():
        end += 1
    low, high = max(0, start - guard.CONTEXT_REACH), min(len(text), end + guard.CONTEXT_REACH)
    before, after = text[low:start].split(), text[end:high].split()
    if low > 0 and before and not text[low - 1].isspace() and not text[low].isspace():
        before = before[1:]
    if high < len(text) and after and not text[high].isspace() and not text[high - 1].isspace():
        after = after[:-1]
    more_before = len(before) > guard.CONTEXT_WORDS or guard._NOT_SPACE.search(text, 0, low) is not None
    more_after = len(after) > guard.CONTEXT_WORDS or guard._NOT_SPACE.search(text, high) is not None
    head = " ".join(map(guard._shown, before[-guard.CONTEXT_WORDS :]))
    tail = " ".join(map(guard._shown, after[: guard.CONTEXT_WORDS]))
    return "".join(
        (
            "… " if more_before else "",
            head + (" " if text[start - 1 : start].isspace() else "") if head else "",
            f"[{guard._mask(text[start:end])}]",
            (" " if text[end : end + 1].isspace() else "") + tail if tail else "",
            " …" if more_after else "",
        )
    )


def test_a_findings_context_reads_as_before():
    # long words: the reach (200 characters) holds five of them or fewer and cuts the first
    words = ["a", "Bb", "c1", "dd.", "x" * 30, "z" * 47, "Q" * 61, "\n", "  ", "é", "@x"]
    # word counts around the finding from none to more than shown, and words cut by the reach
    for count_before in range(0, 9):
        for count_after in range(0, 9):
            for filler in words:
                text = " ".join([filler] * count_before + ["0612345678"] + [filler] * count_after)
                start = text.index("0612345678")
                assert guard._context(text, start, start + 10) == _context_as_before(text, start, start + 10), text
    long = " ".join(f"word{i}" if i % 3 else "Word" for i in range(120))
    for start in range(0, len(long), 5):
        for length in (1, 4, 9):
            end = min(len(long), start + length)
            assert guard._context(long, start, end) == _context_as_before(long, start, end)


def test_the_findings_context_of_the_corpus_reads_as_before():
    for text in _tuning_texts(step=7):
        for start, end in _windows(text, step=9):
            if start < end:
                assert guard._context(text, start, end) == _context_as_before(text, start, end)


def test_a_finding_shows_its_words_around_it():
    """What a moderator reads: four words either side, more words marked."""
    text = "we met in the park and then call her on 0612345678 after lunch in the evening please"
    (finding,) = [f for f in guard.scan(text, "en", listed_words=[]) if f.kind == "phone"]
    assert finding.context == "… then call her on [0•••••••••] after lunch in the …"
