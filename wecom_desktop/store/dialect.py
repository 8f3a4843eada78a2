"""The few statements whose spelling differs between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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


def execute_many(connection: Connection, statement: ClauseElement, rows: Sequence[Mapping[str, Any]]) -> None:
    """executemany with the statement compiled once. SQLAlchemy's per-row parameter processing
    costs more than SQLite's own insert work in a sync; plain str/int/None values need none of it."""
    if not rows:
        return
    compiled = statement.compile(dialect=connection.dialect, column_keys=list(rows[0]))
    assert isinstance(compiled, SQLCompiler)
    if compiled.positional:
        names = compiled.positiontup or []
        connection.exec_driver_sql(str(compiled), [tuple(row[name] for name in names) for row in rows])
    else:
        connection.exec_driver_sql(str(compiled), [dict(row) for row in rows])
