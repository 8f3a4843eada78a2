"""Errors raised by the store."""

from __future__ import annotations

import errno
from pathlib import Path

from wecom_desktop.core.write_errors import WRITE_FAILURE_REASONS, free_space, free_space_text


class ArchiveError(RuntimeError):
    """The archive database cannot be opened or used; the message says why and what to do."""


class ArchiveStorageError(ArchiveError):
    """The disk under the archive database failed a read or write: full, removed or failing.

    SQLite's own words ("database or disk is full", "disk I/O error") say neither where nor
    what to do; the transaction they ended was rolled back, so nothing stored is lost.
    """

    def __init__(self, database: Path, full: bool) -> None:
        self.database = database
        self.free_bytes = free_space(database.parent)
        free_zh, free_en = free_space_text(self.free_bytes)
        reason_zh, reason_en = (
            WRITE_FAILURE_REASONS[errno.ENOSPC]
            if full
            else (
                "磁盘读写出错（磁盘可能已满、已拔出或已损坏）",
                "a disk I/O error (the disk may be full, removed or failing)",
            )
        )
        self.message_zh = (
            f"档案数据库 {database} 读写失败：{reason_zh}（剩余空间 {free_zh}）。"
            "已保存的内容不受影响；请释放磁盘空间或检查磁盘后重试，同步会从上次保存的位置继续。"
        )
        self.message_en = (
            f"The archive database {database} could not be read or written: {reason_en} ({free_en} free). "
            "What is already stored is intact; free some space or check the disk and try again. "
            "A sync continues where it stopped."
        )
        super().__init__(f"{self.message_zh} / {self.message_en}")
