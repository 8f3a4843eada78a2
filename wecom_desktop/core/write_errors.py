"""Why writing a file failed, in Chinese and English, by errno, and the space left (shared by media
downloads, exports and the archive database)."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from wecom_desktop.core.formatting import file_size

WRITE_FAILURE_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("磁盘空间不足", "the disk is full"),
    errno.EFBIG: (
        "文件超出了文件系统或系统允许的大小",
        "the file is larger than the file system or system allows",
    ),
    errno.EROFS: ("文件夹所在的磁盘是只读的", "the folder is on a read-only file system"),
    errno.EACCES: ("没有写入权限", "permission denied"),
    errno.EPERM: ("没有写入权限", "operation not permitted"),
}
if hasattr(errno, "EDQUOT"):
    WRITE_FAILURE_REASONS[errno.EDQUOT] = ("超出了磁盘配额", "the disk quota is exceeded")


def free_space(folder: Path) -> int | None:
    """Bytes free for `folder`, or for its nearest existing parent; None when none can be asked."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def free_space_text(free: int | None) -> tuple[str, str]:
    """`free` bytes as shown in an error, in Chinese and English."""
    return (file_size(free), file_size(free)) if free is not None else ("未知", "unknown")
