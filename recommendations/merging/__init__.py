"""Merging a closed round into the next version: the digest, the workbench, the build,
diffs and redlines, a clause's history and the "what you said, what we did" report."""
