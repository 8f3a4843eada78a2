"""Writing a file whole or not at all: into a hidden file beside it, renamed over it at the end."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_NAME_BYTES = 100


@contextlib.contextmanager
def replaced_whole(destination: Path) -> Iterator[BinaryIO]:
    """A stream whose bytes become `destination` once the block ends, flushed to disk first; on any
    error, a full disk or a cancel, the hidden file goes and `destination` stays as it was."""
    handle, temporary = _create_beside(destination)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _create_beside(destination: Path) -> tuple[int, Path]:
    """A new hidden file next to `destination`, with the permissions the user's umask gives any
    new file (tempfile's are owner-only, which would make an export unreadable to colleagues)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    # Part of the name only: the whole one may already be as long as a file system allows.
    shown = destination.name.encode("utf-8")[:_NAME_BYTES].decode("utf-8", "ignore")
    while True:
        path = destination.with_name(f".{shown}.{secrets.token_hex(4)}.part")
        try:
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue
