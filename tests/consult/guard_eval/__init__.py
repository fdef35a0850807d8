"""The evaluation corpus of the personal-data guard, in two parts.

``heldback`` was written in one go before the guard was rebuilt and was not
read while tuning; ``tuning`` is the part the guard was tuned on. Both are
lists of ``(language, kind, text)``: ``kind`` is what identifies a person in
an identifying post, or ``"ordinary:<theme>"`` for a post that must pass.
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
