"""The audit log's codes in words: ``{{ row.action|action_label }}``."""

from django import template

from consult.audit import action_label as label_of

register = template.Library()


@register.filter
def action_label(code):
    return label_of(code)
