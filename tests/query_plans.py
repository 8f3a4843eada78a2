"""Capturing the SQL a call runs and SQLite's plan for it, to check queries stay on indexes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Engine, event

Statements = list[tuple[str, tuple[object, ...]]]


def captured(engine: Engine, call: Callable[[], object]) -> Statements:
    """The statements `call` runs, through SQLAlchemy or on a raw driver connection (search)."""
    seen: Statements = []

    def record(_conn: object, _cursor: object, statement: str, parameters: object, *_: object) -> None:
        seen.append((statement, tuple(parameters) if isinstance(parameters, tuple | list) else ()))

    def trace(dbapi_connection: Any, *_: object) -> None:  # the statement with its values inlined
        dbapi_connection.set_trace_callback(lambda statement: seen.append((statement, ())))

    def untrace(dbapi_connection: Any, *_: object) -> None:
        dbapi_connection.set_trace_callback(None)

    event.listen(engine, "before_cursor_execute", record)
    event.listen(engine, "checkout", trace)
    event.listen(engine, "checkin", untrace)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", record)
        event.remove(engine, "checkout", trace)
        event.remove(engine, "checkin", untrace)
    return seen


def plans_of(engine: Engine, statements: Statements, about: str = "") -> Iterator[tuple[str, str]]:
    """The query plans of the SELECT, UPDATE and DELETE statements mentioning `about`."""
    raw = engine.raw_connection()
    try:
        for statement, parameters in statements:
            if about not in statement or not statement.lstrip().upper().startswith(
                ("SELECT", "UPDATE", "DELETE")
            ):
                continue
            cursor = raw.cursor()
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            yield statement, "\n".join(str(row[-1]) for row in cursor.fetchall())
    finally:
        raw.close()


def reads_every_row(plan: str, table: str) -> bool:
    """Whether `plan` reads all of `table` row by row (not through an index)."""
    return any(f"SCAN {table}" in line and "INDEX" not in line for line in plan.splitlines())


def reads_rows_of(plan: str, table: str) -> bool:
    """Whether `plan` reads rows of `table`, not only the entries of a covering index."""
    return any(
        line.split()[:2] in (["SCAN", table], ["SEARCH", table]) and "COVERING INDEX" not in line
        for line in plan.splitlines()
    )
