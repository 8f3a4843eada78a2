"""Reads of the whole archive that take a while, and how fast a closing window stops them."""

from __future__ import annotations

import time
from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from wecom_desktop.store.interruptible_read import InterruptibleRead


def insert_bare_messages(engine: Engine, count: int, seq_step: int = 1, key_versions: int = 1) -> None:
    """Messages m1…m`count` at seq `seq_step`·i, their key versions 1…`key_versions` in turn."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO messages (msgid, seq, publickey_ver, action, sender, recipients, roomid, msgtype, summary, status, problem) "
            "SELECT 'm' || i, ? * i, 1 + i % ?, 'send', 'a', '[]', '', 'text', '', 'ok', '' FROM n",
            (count, seq_step, key_versions),
        )


def seconds_to_stop(qtbot: QtBot, read: InterruptibleRead[object], stop: Callable[[], None]) -> float:
    """How long `stop()` takes once `read` has been running for a moment."""
    qtbot.waitUntil(lambda: read.reading, timeout=5_000)
    qtbot.wait(20)
    started = time.monotonic()
    stop()
    return time.monotonic() - started
