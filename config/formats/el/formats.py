"""Greek dates: the day, the month's name in the genitive and the year
("7 Δεκεμβρίου 2026"), as Greek is written, instead of Django's numeric
"07/12/2026"; the other formats are Django's."""

DATE_FORMAT = "j E Y"
MONTH_DAY_FORMAT = "j E"
