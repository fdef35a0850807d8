"""Times as the reader reads them, with their zone: "1 March 2030 13:00 CET".

    {% load reader_time %}
    {{ post.created_at|reader_time }}  {{ round.closes_at|reader_time:"SHORT_DATETIME_FORMAT" }}

The zone is the one consult.reader_time gives the reader (pages: the
middleware; e-mails: the recipient's).
"""

from django import template

from consult import reader_time as rules

register = template.Library()


@register.filter(name="reader_time")
def reader_time(value, format_name="DATETIME_FORMAT"):
    return rules.reader_time(value, format_name)
