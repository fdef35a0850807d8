"""Querysets whose SQL Django builds and compiles once per process.

On a page rendered with every cache empty (right after a publish or a
deploy), building and compiling the page's dozen querysets cost more CPU
than running them: a filter, a few joins and an annotation take Django
about a millisecond each time, and the SQL is the same on every request
but for its parameters. The SQL depends only on the code, so it is kept
for the life of the process (per database connection and *shape*: a name
for everything the SQL depends on besides the parameters).

``rows(shape, build, params)`` calls ``build(*slots)`` the first time, with
placeholder values (``slot(i)``) where the request's values go; every
placeholder must reach the compiled SQL as a parameter of its own, else
nothing is kept and the queryset runs as usual (the result is the same,
only slower). Results are the queryset's own: model instances built as
Django's ``ModelIterable`` builds them (``select_related`` rows and
annotations included), or the tuples of a ``values_list``.

``strict=True`` makes a placeholder that does not reach the SQL an error
(``AssertionError``) instead of a slower query: for reads whose ids decide
what a person may see (the forum thread page), a change that stops an id
reaching the SQL must fail loudly, not run. ``suffix`` (with its ``extra``
parameters) goes after the compiled SQL, as a page's ``LIMIT %s OFFSET
%s``; it needs the SQL kept, so it implies ``strict``.
"""

import contextlib
import weakref
from datetime import UTC, datetime

from django.db import connections
from django.db.models.query import ModelIterable, ValuesListIterable, get_related_populators

# Values no request has: where a request's values go in SQL compiled once.
_INT_SLOTS = tuple(1_918_273_600 + i for i in range(8))  # in range of every integer column but the small ones
_STR_SLOTS = tuple(f"\x00slot{i}\x00" for i in range(8))
_TIME_SLOTS = tuple(datetime(1901, 1, 1, 0, 0, i, tzinfo=UTC) for i in range(8))
_SLOTS = {int: _INT_SLOTS, str: _STR_SLOTS, datetime: _TIME_SLOTS}


def slot(i, kind=int):
    """The placeholder for the ``i``-th parameter (an ``int``, a ``str`` or a ``datetime``)."""
    return _SLOTS[kind][i]


class _Compiled:
    def __init__(self, queryset, count):
        self.alias = queryset.db
        self.model = queryset.model
        self.values = queryset._iterable_class is ValuesListIterable
        if not self.values and (queryset._iterable_class is not ModelIterable or queryset._prefetch_related_lookups):
            raise _NotKept
        compiler = queryset.query.get_compiler(self.alias)
        self.sql, params = compiler.as_sql()
        slots = []
        for param in params:
            # psycopg's ``Int4`` and the like are ints too: a placeholder's value goes in with its wrapper
            kind = _SLOTS.get(int if isinstance(param, int) and not isinstance(param, bool) else type(param))
            if kind is not None and param in kind:
                slots.append((kind.index(param), type(param)))
            elif isinstance(param, str) and "\x00slot" in param:
                raise _NotKept  # a placeholder changed on its way (a pattern, a cast)
            else:
                slots.append(None)
        if {slot[0] for slot in slots if slot is not None} != set(range(count)):
            raise _NotKept  # a placeholder did not reach the SQL as a parameter (SQLite's dates are text)
        self.params = tuple(zip(slots, params, strict=True))
        self.compiler = compiler
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        self.converters = compiler.get_converters(fields)
        if not self.values:
            select, klass_info = compiler.select, compiler.klass_info
            start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
            self.model_slice = (start, end)
            self.init_list = [column[0].target.attname for column in select[start:end]]
            self.klass_info, self.select = klass_info, select
            self.annotations = tuple(compiler.annotation_col_map.items())

    def run(self, values, suffix="", extra=()):
        params = [param if slot is None else _wrap(slot[1], values[slot[0]]) for slot, param in self.params]
        with connections[self.alias].cursor() as cursor:
            cursor.execute(self.sql + suffix, [*params, *extra] if extra else params)
            rows = cursor.fetchall()
        if self.converters:
            rows = list(self.compiler.apply_converters(rows, self.converters))
        if self.values:
            return [tuple(row) for row in rows]
        start, end = self.model_slice
        db = self.alias
        populators = get_related_populators(self.klass_info, self.select, db)
        objects = []
        for row in rows:
            obj = self.model.from_db(db, self.init_list, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            for name, position in self.annotations:
                setattr(obj, name, row[position])
            objects.append(obj)
        return objects


def _wrap(kind, value):
    return value if type(value) is kind else kind(value)


class _NotKept(Exception):
    pass


_BY_CONNECTION = weakref.WeakKeyDictionary()
_NOT_KEPT = object()


def rows(shape, build, params, *, strict=False, suffix="", extra=()):
    """The results of ``build(*params)``, its SQL compiled once per
    connection and ``shape`` (``suffix`` and ``extra`` after it: see the
    module's notes, as for ``strict``)."""
    connection = connections["default"]
    compiled = _BY_CONNECTION.setdefault(connection, {})
    found = compiled.get(shape)
    if found is None:
        if strict or suffix:
            found = compiled[shape] = _compile_strictly(build, params)
        else:
            found = _NOT_KEPT
            if all(type(value) in _SLOTS for value in params):
                placeholders = [slot(i, type(value)) for i, value in enumerate(params)]
                # a placeholder a field refuses, or _NotKept: the real query runs below (and raises its own error)
                with contextlib.suppress(Exception):
                    found = _Compiled(build(*placeholders), len(params))
            compiled[shape] = found
    if found is _NOT_KEPT or found.alias != "default":
        return list(build(*params))
    return found.run(params, suffix, extra)


def _compile_strictly(build, params):
    if not all(type(value) in _SLOTS for value in params):
        raise AssertionError("a value of a kind without placeholders cannot reach the compiled SQL")
    try:
        found = _Compiled(build(*(slot(i, type(value)) for i, value in enumerate(params))), len(params))
    except _NotKept:
        raise AssertionError("a value did not reach the compiled SQL as a parameter") from None
    if found.alias != "default":
        raise AssertionError("a strictly compiled read must use the default database")
    return found
