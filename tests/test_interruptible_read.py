"""A whole-archive read that a closing window stops at once, even between two of its statements."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import Connection, Engine, text

from wecom_desktop.store.interruptible_read import InterruptibleRead, ReadCancelled


def _counting_to(n: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) SELECT count(*) FROM n"


_LONG = _counting_to(10_000_000)


def _long_count(engine: Engine) -> float:
    started = time.monotonic()
    with engine.connect() as connection:
        connection.execute(text(_LONG)).scalar_one()
    return time.monotonic() - started


def test_a_cancel_during_a_statement_stops_it(engine: Engine) -> None:
    full = _long_count(engine)
    read = InterruptibleRead(engine, lambda connection: connection.execute(text(_LONG)).scalar_one())
    timer = threading.Timer(full / 10, read.cancel)
    timer.start()
    started = time.monotonic()
    with pytest.raises(ReadCancelled):
        read()
    assert time.monotonic() - started < full / 2
    assert not read.reading


def test_a_cancel_between_two_statements_stops_the_next(engine: Engine) -> None:
    full = _long_count(engine)
    ran: list[str] = []

    def two_statements(connection: Connection) -> int:
        connection.execute(text("SELECT 1")).scalar_one()
        read.cancel()  # as if the window closed right here, while no statement ran
        ran.append("second")
        return int(connection.execute(text(_LONG)).scalar_one())

    read = InterruptibleRead(engine, two_statements)
    started = time.monotonic()
    with pytest.raises(ReadCancelled):
        read()
    assert ran == ["second"] and time.monotonic() - started < full / 2


def test_a_cancelled_read_runs_no_more_and_leaves_the_pooled_connection_as_it_was(engine: Engine) -> None:
    read = InterruptibleRead(engine, lambda connection: connection.execute(text("SELECT 1")).scalar_one())
    assert read() == 1
    read.cancel()
    with pytest.raises(ReadCancelled):
        read()
    with engine.connect() as connection:  # no progress handler left behind to stop other reads
        assert connection.execute(text(_counting_to(100_000))).scalar_one() == 100_000
