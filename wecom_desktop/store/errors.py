"""Errors raised by the store."""

from __future__ import annotations

import errno
from pathlib import Path

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from wecom_desktop.core.write_errors import WRITE_FAILURES, free_space, free_space_description


class ArchiveError(TranslatableError, RuntimeError):
    """The archive database cannot be opened or used; the message says why and what to do."""


class ArchiveStorageError(ArchiveError):
    """The disk under the archive database failed a read or write: full, removed or failing.

    SQLite's own words ("database or disk is full", "disk I/O error") say neither where nor
    what to do; the transaction they ended was rolled back, so nothing stored is lost.
    """

    def __init__(self, database: Path, full: bool) -> None:
        self.database = database
        self.free_bytes = free_space(database.parent)
        reason = Text(
            WRITE_FAILURES[errno.ENOSPC]
            if full
            else QT_TRANSLATE_NOOP("ArchiveStorageError", "磁盘读写出错（磁盘可能已满、已拔出或已损坏）")
        )
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP(
                    "ArchiveStorageError",
                    "档案数据库 {database} 读写失败：{reason}（剩余空间 {free}）。"
                    "已保存的内容不受影响；请释放磁盘空间或检查磁盘后重试，同步会从上次保存的位置继续。",
                ),
                database=database,
                reason=reason,
                free=free_space_description(self.free_bytes),
            )
        )
