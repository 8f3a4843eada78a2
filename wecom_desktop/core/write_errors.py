"""Why writing a file failed, in Chinese and English, by errno (shared by media downloads and exports)."""

from __future__ import annotations

import errno

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
