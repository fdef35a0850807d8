"""Consultation: rounds, feedback, endorsements, triage, decisions and statistics."""
