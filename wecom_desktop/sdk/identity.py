"""Which finance SDK library a file is: a pinned official build, our emulator, or unknown."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from wecom_desktop.sdk.fetch import FILES, PACKAGE, VERSION

_EMULATOR_MARK = b"wecom-emulator"  # a string every emulator build contains


@dataclass(frozen=True)
class LibraryIdentity:
    path: Path
    sha256: str
    kind: str  # official | emulator | unknown
    version: str  # the official release it came with; "" otherwise


def identify_library(path: Path) -> LibraryIdentity:
    """Hash the library; raises OSError when it cannot be read."""
    digest = hashlib.sha256()
    emulator = False
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            emulator = emulator or _EMULATOR_MARK in tail + chunk
            tail = chunk[-len(_EMULATOR_MARK) :]
    sha256 = digest.hexdigest()
    if any(pinned.sha256 == sha256 for pinned in FILES):
        return LibraryIdentity(path, sha256, "official", f"{PACKAGE} {VERSION}")
    return LibraryIdentity(path, sha256, "emulator" if emulator else "unknown", "")
