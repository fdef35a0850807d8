"""Members: sign-up, vetting, roles, My account, the directory and the audit
log's pages. Models live in consult/models/members.py and audit.py;
permissions in consult/predicates.py and consult/rules.py."""
