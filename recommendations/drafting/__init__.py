"""Drafting: documents, their versions and clauses, and importing a draft from Word or Markdown."""
