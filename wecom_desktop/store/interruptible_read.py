"""A read of the whole archive, run off the GUI thread, that a closing window can stop at once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

T = TypeVar("T")
_CHECK_EVERY = 10_000  # virtual-machine instructions between two looks at the cancel flag


class ReadCancelled(Exception):
    """The read was stopped before it finished."""


class InterruptibleRead(Generic[T]):
    """Calling it runs `read` on a connection of its own; `cancel()`, from any thread, stops the
    statement running and any later one, and refuses any later run.

    A progress handler checks for the cancel: unlike SQLite's `interrupt`, which only stops the
    statements running at the moment it is called, it also catches a cancel that lands between two
    statements of a read.
    """

    def __init__(self, engine: Engine, read: Callable[[Connection], T]) -> None:
        self.engine = engine
        self.read = read
        self._cancelled = threading.Event()
        self._reading = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def reading(self) -> bool:
        return self._reading.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def __call__(self) -> T:
        if self._cancelled.is_set():
            raise ReadCancelled
        with self.engine.connect() as connection:
            driver: Any = connection.connection.driver_connection
            driver.set_progress_handler(self._cancelled.is_set, _CHECK_EVERY)
            self._reading.set()
            try:
                return self.read(connection)
            except OperationalError as exc:
                if self._cancelled.is_set():
                    raise ReadCancelled from exc
                raise
            finally:
                self._reading.clear()
                driver.set_progress_handler(None, 0)
