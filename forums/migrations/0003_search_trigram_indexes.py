"""Trigram indexes for forum search on PostgreSQL (issue #9).

The search view filters with ``icontains`` (``UPPER(col) LIKE UPPER('%word%')``
on PostgreSQL); a GIN index of ``UPPER(col)`` with ``gin_trgm_ops`` answers
that without reading every post the member may read. ``EXPLAIN ANALYZE`` over
the volume data set (100,000 posts): a rare word 128 -> 0.7 ms, a common one
224 -> 17 ms (docs/performance.md). Nothing on
SQLite; no model change (the index is on an expression Django's ``Meta``
would also accept, but ``pg_trgm`` is PostgreSQL-only).
"""

from django.db import migrations

INDEXES = [
    ("post_body_trgm_idx", "forums_post", "body_markdown"),
    ("thread_title_trgm_idx", "forums_thread", "title"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (UPPER({column}) gin_trgm_ops)")
        # Statistics of the indexed expression: without them the planner takes
        # every word for a rare one and a common word cost 1.1 s instead of 17 ms.
        schema_editor.execute(f"ANALYZE {table}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("forums", "0002_thread_clause")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
