"""The few statements whose spelling differs between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ClauseElement, Connection, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.compiler import SQLCompiler


def _insert_for(connection: Connection, table: Table) -> Any:
    module = postgresql if connection.dialect.name == "postgresql" else sqlite
    return module.insert(table)


def insert_ignoring_conflicts(connection: Connection, table: Table) -> Any:
    """INSERT that skips rows whose key already exists."""
    return _insert_for(connection, table).on_conflict_do_nothing()


def upsert(
    connection: Connection, table: Table, keys: list[str], update: Callable[[Any], dict[str, Any]]
) -> Any:
    """INSERT … ON CONFLICT (keys) DO UPDATE SET update(excluded), `excluded` being the proposed row."""
    statement = _insert_for(connection, table)
    return statement.on_conflict_do_update(index_elements=keys, set_=update(statement.excluded))


def execute_many(
    connection: Connection, statement: ClauseElement, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """executemany of value tuples in `columns` order, the statement compiled once.

    In a sync, SQLAlchemy's per-row parameter processing, even a dict per row, would cost more
    than SQLite's own insert work; plain str/int/None values need none of it. Tuples already in
    the compiled statement's parameter order go to the driver untouched.
    """
    if not rows:
        return
    compiled = statement.compile(dialect=connection.dialect, column_keys=list(columns))
    assert isinstance(compiled, SQLCompiler)
    if not compiled.positional:
        connection.exec_driver_sql(str(compiled), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    order = [columns.index(name) for name in compiled.positiontup or []]
    if order != list(range(len(columns))):
        rows = [tuple(row[i] for i in order) for row in rows]
    connection.exec_driver_sql(str(compiled), list(rows))
