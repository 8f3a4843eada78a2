"""Why writing a file failed, by errno, and the space left (shared by media downloads, exports and the
archive database), as marked Chinese source text."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Mapping
from pathlib import Path

from wecom_desktop.core.formatting import file_size
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Source, Text

WRITE_FAILURES: dict[int, Source] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("WriteFailure", "磁盘空间不足"),
    errno.EFBIG: QT_TRANSLATE_NOOP("WriteFailure", "文件超出了文件系统或系统允许的大小"),
    errno.EROFS: QT_TRANSLATE_NOOP("WriteFailure", "文件夹所在的磁盘是只读的"),
    errno.EACCES: QT_TRANSLATE_NOOP("WriteFailure", "没有写入权限"),
    # The same Chinese as EACCES, another English: a context of its own keeps the two translations apart.
    errno.EPERM: QT_TRANSLATE_NOOP("WriteFailureNotPermitted", "没有写入权限"),
}
if hasattr(errno, "EDQUOT"):
    WRITE_FAILURES[errno.EDQUOT] = QT_TRANSLATE_NOOP("WriteFailure", "超出了磁盘配额")
_UNKNOWN = QT_TRANSLATE_NOOP("WriteFailure", "未知")


def failure_reason(cause: OSError, reasons: Mapping[int, Source] = WRITE_FAILURES) -> Text | str:
    """Why `cause` failed: the marked reason for its errno, else the system's own words."""
    source = reasons.get(cause.errno or 0)
    return Text(source) if source is not None else cause.strerror or str(cause)


def free_space(folder: Path) -> int | None:
    """Bytes free for `folder`, or for its nearest existing parent; None when none can be asked."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def free_space_description(free: int | None) -> Text | str:
    """`free` bytes as shown in an error (a size, or "unknown")."""
    return file_size(free) if free is not None else Text(_UNKNOWN)
