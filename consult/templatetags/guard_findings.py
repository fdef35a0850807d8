"""Findings of the personal-data guard in the reader's language.

A finding is stored with the label of the language it was saved in; these
filters give the label (and the moderator's detail) in the active language.

    {% load guard_findings %}
    {{ finding|finding_label }}: <code>{{ finding.excerpt }}</code> {{ finding|finding_detail }}
"""

from django import template

from consult.moderation import guard

register = template.Library()


@register.filter
def finding_label(finding):
    return guard.label_for(finding)


@register.filter
def finding_detail(finding):
    return guard.detail_for(finding)


@register.filter
def distinct_findings(findings):
    """The findings without repeats: a name the guard found four times in a
    post is read once (same kind, same words shown), in the order found."""
    seen, kept = set(), []
    for finding in findings or ():
        read = finding.get if isinstance(finding, dict) else lambda name, f=finding: getattr(f, name, None)
        key = (read("kind"), read("context") or read("excerpt"))
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept
