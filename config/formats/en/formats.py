"""English date formats: day, month name, year and a 24-hour clock
("6 December 2026, 15:38"), clear to readers on either side of the Atlantic,
instead of Django's American "12/06/2026 3:38 a.m."."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
