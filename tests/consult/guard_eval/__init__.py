"""The evaluation corpus of the personal-data guard, in parts.

``heldback`` was written in one go before the guard's third round of
tuning and is not read while tuning. The tuning part is ``tuning`` with
the held-back parts of earlier rounds, whose misses have been read:
``former_heldback`` (first round), ``second_heldback`` (second round),
``fourth_heldback`` (written by a writer who never read the guard, measured
once on 2026-12-06; its misses were read from 2026-12-06),
``fifth_heldback`` (written by a second writer who never read the guard,
measured on 2026-12-06 as the independent part; its misses were read from
2026-12-07) and ``sixth_heldback_a`` / ``sixth_heldback_b`` (written by two
more writers who never read the guard, measured three times on 2026-12-07 as
the independent part; its misses were read from the seventh round,
2026-12-07), and ``eighth_heldback_a`` / ``eighth_heldback_b`` (two more
writers, measured three times on 2026-12-07 as the independent part; its
misses are read from the eighth round). The tenth, ``tenth_heldback_a`` / ``tenth_heldback_b`` (two more writers,
measured twice on 2026-12-07 as the independent part), is tuning data
since: its misses are read from the ninth round. The eleventh,
``eleventh_heldback_a`` / ``eleventh_heldback_b`` (two more writers, measured
twice on 2026-12-07 as the independent part), is tuning data since: its
misses are read from the tenth round. The twelfth, ``twelfth_heldback_a``
to ``twelfth_heldback_d`` (four more writers, measured twice on 2026-12-07 as
the independent part), is tuning data since: its misses are read from the
thirteenth round. The thirteenth, ``thirteenth_heldback_a`` to ``_c`` (three
more writers, measured twice on 2026-12-07 as the independent part), is
tuning data since: its misses are read from the fourteenth round. The
independent part is the fourteenth, written by writers who never read the
guard, in ``fourteenth_heldback_a`` to ``fourteenth_heldback_c`` (three
writers, 640 posts, added after the fourteenth round was merged;
``figures.parts()`` has an "independent" part only when its modules are
present);
the ninth was measured once and lost with its machine. All are lists of
``(language, kind, text)``: ``kind`` is what identifies a person in an
identifying post, or ``"ordinary:<theme>"`` for a post that must pass.
All names, numbers, plates and addresses are invented.
"""

KINDS = (
    "phone",
    "email",
    "id_number",
    "case_number",
    "social",
    "plate",
    "address",
    "date_of_birth",
    "named_person",
)


def is_ordinary(kind):
    return kind.startswith("ordinary")


def parse(text):
    """Posts written one a line under ``[language]`` headings, as
    ``kind | text``, into ``(language, kind, text)``."""
    posts, language = [], None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            language = line[1:-1]
            continue
        kind, _, post = line.partition(" | ")
        posts.append((language, kind.strip(), post.strip()))
    return posts
