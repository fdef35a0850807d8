"""The diff engine shared by the workbench, the build, the diff page and exports."""

from recommendations.merging.diffing import (
    ADDED,
    CHANGED,
    DELETE,
    EQUAL,
    INSERT,
    MOVED,
    REMOVED,
    UNCHANGED,
    ClauseSnapshot,
    diff_clauses,
    redline_html,
    summary,
    word_diff,
)


def clauses(*pairs):
    return [ClauseSnapshot(key=key, text=text) for key, text in pairs]


def test_word_diff_rebuilds_both_texts():
    old = "Victims must be referred to a shelter within 24 hours."
    new = "Victims must be offered a referral to a specialist shelter within 12 hours, with consent."
    ops = word_diff(old, new)
    assert "".join(text for op, text in ops if op != INSERT) == old
    assert "".join(text for op, text in ops if op != DELETE) == new
    assert (DELETE, "24") in ops
    assert (INSERT, "12") in ops
    assert (INSERT, "specialist ") in ops


def test_word_diff_of_equal_texts_is_one_equal_part():
    assert word_diff("Same text.", "Same text.") == [(EQUAL, "Same text.")]
    assert word_diff("", "New") == [(INSERT, "New")]


def test_punctuation_is_its_own_token():
    ops = word_diff("police, health", "police; health")
    assert (DELETE, ",") in ops
    assert (INSERT, ";") in ops
    assert (EQUAL, "police") in ops


def test_redline_escapes_and_labels_changes():
    html = redline_html(word_diff("a <b>", "a <script>alert(1)</script>"))
    assert "<script" not in html
    assert "<b>" not in html
    assert "&lt;/script&gt;" in html
    assert '<del class="redline-del"><span class="visually-hidden">deleted: </span>' in html
    assert '<ins class="redline-ins"><span class="visually-hidden">inserted: </span>' in html


def test_clause_level_changes_by_key():
    old = clauses(("a", "One"), ("b", "Two"), ("c", "Three"), ("d", "Four"), ("e", "Five"))
    # d moved to the front, b changed, c removed, x added after e
    new = clauses(("d", "Four"), ("a", "One"), ("b", "Two, changed"), ("e", "Five"), ("x", "Six"))
    rows = diff_clauses(old, new)
    assert [(row.key, row.change) for row in rows] == [
        ("d", MOVED),
        ("a", UNCHANGED),
        ("b", CHANGED),
        ("c", REMOVED),
        ("e", UNCHANGED),
        ("x", ADDED),
    ]
    assert rows[2].words == [(EQUAL, "Two"), (INSERT, ", changed")]
    assert summary(rows) == {UNCHANGED: 2, CHANGED: 1, MOVED: 1, ADDED: 1, REMOVED: 1, "moved_total": 1}


def test_moving_one_clause_far_marks_only_that_clause():
    old = clauses(*[(str(i), f"Clause {i}") for i in range(10)])
    new = old[1:] + old[:1]
    rows = diff_clauses(old, new)
    assert [row.key for row in rows if row.change == MOVED] == ["0"]


def test_moved_and_changed_is_changed_with_moved_flag():
    old = clauses(("a", "One"), ("b", "Two"), ("c", "Three"))
    new = clauses(("b", "Two"), ("c", "Three"), ("a", "One and more"))
    row = next(row for row in diff_clauses(old, new) if row.key == "a")
    assert row.change == CHANGED
    assert row.moved


def test_removed_first_clause_comes_first():
    rows = diff_clauses(clauses(("a", "One"), ("b", "Two")), clauses(("b", "Two")))
    assert [(row.key, row.change) for row in rows] == [("a", REMOVED), ("b", UNCHANGED)]
