"""Signals other apps listen to (consult imports none of them)."""

from django.dispatch import Signal

# A staff role was granted or revoked: kwargs user, role, country (None: all).
# The country-pages side keeps each country office's Wagtail group in step.
role_changed = Signal()
