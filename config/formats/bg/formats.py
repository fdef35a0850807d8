"""Bulgarian dates without a leading zero on the day ("7 декември 2026");
the other formats are Django's."""

DATE_FORMAT = "j F Y"
