"""Why an export stopped, in Chinese and English; nothing partial is left behind either way."""

from __future__ import annotations

import errno
from pathlib import Path

from wecom_desktop.core.write_errors import WRITE_FAILURE_REASONS, free_space, free_space_text

_REASONS = {
    **WRITE_FAILURE_REASONS,
    errno.ENOENT: ("文件夹不存在", "the folder does not exist"),
    errno.ENOTDIR: ("路径中有一部分不是文件夹", "a part of the path is not a folder"),
    errno.EISDIR: ("目标是一个文件夹", "the destination is a folder"),
}
_SPACE_ERRORS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class ExportError(Exception):
    """An export failed; `message_zh` / `message_en` say why and what to do."""

    def __init__(self, message_zh: str, message_en: str, os_errno: int | None = None) -> None:
        self.message_zh = message_zh
        self.message_en = message_en
        self.os_errno = os_errno
        super().__init__(f"{message_zh} / {message_en}")

    @classmethod
    def writing(cls, destination: Path, cause: OSError) -> ExportError:
        """The destination could not be written (missing or read-only folder, full disk, …)."""
        reason_zh, reason_en = _REASONS.get(
            cause.errno or 0, (cause.strerror or str(cause), cause.strerror or str(cause))
        )
        if cause.errno in _SPACE_ERRORS:
            free_zh, free_en = free_space_text(free_space(destination.parent))
            reason_zh += f"（剩余空间 {free_zh}）"
            reason_en += f" ({free_en} free)"
        return cls(
            f"无法写入导出文件 {destination}：{reason_zh}。未留下任何不完整的文件；"
            "请选择其他文件夹或释放磁盘空间后重试。",
            f"Cannot write the export {destination}: {reason_en}. No partial file was left; "
            "choose another folder or free some space, then try again.",
            cause.errno,
        )


class ExportCancelled(ExportError):
    """The export was cancelled; its temporary file is gone."""

    def __init__(self) -> None:
        super().__init__("导出已取消，未留下任何文件。", "The export was cancelled; no file was left.")
