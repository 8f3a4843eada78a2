"""Why an export stopped; nothing partial is left behind either way."""

from __future__ import annotations

import errno
from pathlib import Path

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Source, Text, TranslatableError
from wecom_desktop.core.write_errors import WRITE_FAILURES, failure_reason, free_space, free_space_description

_REASONS: dict[int, Source] = {
    **WRITE_FAILURES,
    errno.ENOENT: QT_TRANSLATE_NOOP("ExportError", "文件夹不存在"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("ExportError", "路径中有一部分不是文件夹"),
    errno.EISDIR: QT_TRANSLATE_NOOP("ExportError", "目标是一个文件夹"),
}
_SPACE_ERRORS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class ExportError(TranslatableError):
    """An export failed; `message_zh` / `message_en` (or `render`) say why and what to do."""

    def __init__(self, text: Text, os_errno: int | None = None) -> None:
        super().__init__(text)
        self.os_errno = os_errno

    @classmethod
    def writing(cls, destination: Path, cause: OSError) -> ExportError:
        """The destination could not be written (missing or read-only folder, full disk, …)."""
        reason = failure_reason(cause, _REASONS)
        if cause.errno in _SPACE_ERRORS:
            reason = Text(
                QT_TRANSLATE_NOOP("ExportError", "{reason}（剩余空间 {free}）"),
                reason=reason,
                free=free_space_description(free_space(destination.parent)),
            )
        return cls(
            Text(
                QT_TRANSLATE_NOOP(
                    "ExportError",
                    "无法写入导出文件 {destination}：{reason}。未留下任何不完整的文件；"
                    "请选择其他文件夹或释放磁盘空间后重试。",
                ),
                destination=destination,
                reason=reason,
            ),
            cause.errno,
        )


class ExportCancelled(ExportError):
    """The export was cancelled; its temporary file is gone."""

    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP("ExportError", "导出已取消，未留下任何文件。")))
