"""Media files on disk: resumable partial downloads, content-addressed storage, storage errors.

Layout under the profile's media folder::

    media/<md5[0:2]>/<md5><ext>      a verified file, named by the MD5 of its bytes
    media/.partial/<row id>.part     bytes fetched so far of a download in progress
    media/.partial/<row id>.index    {"sdkfileid", "index", "offset"}: the GetMediaData index
                                     that continues the .part once it is cut to `offset` bytes

A final file only ever appears by an atomic rename of a complete, verified, fsynced .part, so
a crash or a full disk never leaves a truncated file under its content name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from pathlib import Path

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from wecom_desktop.core.write_errors import failure_reason, free_space, free_space_description

PARTIAL_DIR = ".partial"
_MD5 = re.compile(r"[0-9a-f]{32}")
_EXTENSION = re.compile(r"[a-z0-9]{1,16}")
_KIND_EXTENSIONS = {"image": ".jpg", "voice": ".amr", "video": ".mp4"}  # reference §1.5
_READ_BLOCK = 1 << 20


class MediaStorageError(TranslatableError):
    """Media could not be written to the media folder; the whole download run stops."""

    def __init__(self, folder: Path, cause: OSError) -> None:
        self.folder = folder
        self.errno = cause.errno
        self.free_bytes = free_space(folder)
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP(
                    "MediaStorageError",
                    "无法写入媒体文件夹 {folder}：{reason}（剩余空间 {free}）。"
                    "请释放磁盘空间或更换数据目录后重新同步；已下载的部分会保留，下次从断点继续。",
                ),
                folder=folder,
                reason=failure_reason(cause),
                free=free_space_description(self.free_bytes),
            )
        )


def extension_for(kind: str, filename: str) -> str:
    """The stored file's extension: fixed for image/voice/video, else the filename's own
    extension when it is short and plain (letters and digits), else none. Never a path."""
    fixed = _KIND_EXTENSIONS.get(kind)
    if fixed is not None:
        return fixed
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in name:
        return ""
    suffix = name.rsplit(".", 1)[1].strip().lower()
    return f".{suffix}" if _EXTENSION.fullmatch(suffix) else ""


def is_md5(value: str) -> bool:
    return _MD5.fullmatch(value) is not None


def content_path(md5: str, extension: str) -> str:
    """The stored file's path relative to the media folder, '/'-separated."""
    if not is_md5(md5) or (extension and not _EXTENSION.fullmatch(extension[1:])):
        raise ValueError(f"not a content name: {md5!r} {extension!r}")
    return f"{md5[:2]}/{md5}{extension}"


def md5_of_prefix(path: Path, length: int) -> hashlib._Hash:
    """An MD5 object fed with the first `length` bytes of `path` (to continue a resumed download)."""
    digest = hashlib.md5()
    remaining = length
    with path.open("rb") as stream:
        while remaining > 0:
            block = stream.read(min(_READ_BLOCK, remaining))
            if not block:
                raise ValueError(f"{path} is shorter than {length} bytes")
            digest.update(block)
            remaining -= len(block)
    return digest


def holds_content(path: Path, md5: str) -> bool:
    """Whether `path` is a file whose bytes have this MD5 (a stored file may have been damaged)."""
    try:
        return path.is_file() and md5_of_prefix(path, path.stat().st_size).hexdigest() == md5
    except (OSError, ValueError):
        return False


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


class Partial:
    """The resumable state of one media row's download."""

    def __init__(self, media_dir: Path, media_id: int) -> None:
        self.folder = media_dir / PARTIAL_DIR
        self.part = self.folder / f"{media_id}.part"
        self.index = self.folder / f"{media_id}.index"

    def resume_point(self, sdkfileid: str) -> tuple[str, int] | None:
        """(index, offset) to continue from, if a usable partial download of `sdkfileid` exists."""
        try:
            saved = json.loads(self.index.read_text(encoding="utf-8"))
            part_size = self.part.stat().st_size
        except (OSError, ValueError):
            return None
        if not isinstance(saved, dict) or saved.get("sdkfileid") != sdkfileid:
            return None
        index, offset = saved.get("index"), saved.get("offset")
        if not isinstance(index, str) or not index or not isinstance(offset, int):
            return None
        if isinstance(offset, bool) or not 0 < offset <= part_size:
            return None
        return index, offset

    def save(self, sdkfileid: str, index: str, offset: int) -> None:
        """Record that the .part cut to `offset` bytes continues with `index` (atomically)."""
        temporary = self.index.with_suffix(".index-tmp")
        payload = json.dumps({"sdkfileid": sdkfileid, "index": index, "offset": offset})
        with temporary.open("w", encoding="utf-8") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, self.index)

    def discard(self) -> None:
        for path in (self.index, self.index.with_suffix(".index-tmp"), self.part):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def store_part(partial: Partial, media_dir: Path, relative: str, md5: str) -> bool:
    """Move the complete .part (already flushed and fsynced, its bytes of MD5 `md5`) to its content
    path, atomically. Returns False when an identical file was already there (the .part is then
    deleted); a damaged one there is replaced."""
    target = media_dir / relative
    if holds_content(target, md5):
        partial.discard()
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(partial.part, target)
    fsync_folder(target.parent)
    partial.discard()
    return True
