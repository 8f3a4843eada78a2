"""Import decrypted messages, one JSON object per line, as produced by existing archive servers."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP
from wecom_desktop.core.message import Message
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store import audit
from wecom_desktop.store.writer import ArchiveWriter

BATCH_SIZE = 5000  # one transaction each; memory stays bounded
_BOM = b"\xef\xbb\xbf"

OnRejected = Callable[[int, RejectedRecord], None]
OnProgress = Callable[["ImportResult", int], None]  # counts so far, bytes read


@dataclass(slots=True)
class ImportResult:
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    cancelled: bool = False

    def line(self) -> str:
        return f"imported {self.imported}, duplicates {self.duplicates}, rejected {self.rejected}"


def _numbered_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Split on \\n only: str.splitlines() would also split on \\x1c, \\x85, U+2028 inside messages."""
    for number, line in enumerate(stream, start=1):
        if number == 1 and line.startswith(_BOM):
            line = line[len(_BOM) :]
        yield number, line.rstrip(b"\n").removesuffix(b"\r")


def _decode(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedRecord(
            QT_TRANSLATE_NOOP("RejectedRecord", "不是有效的 UTF-8 文本（第 {offset} 字节）"),
            offset=exc.start + 1,
        ) from exc


def import_jsonl(
    path: Path,
    writer: ArchiveWriter,
    on_rejected: OnRejected,
    on_progress: OnProgress | None = None,
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Stream `path` into the archive in batches; every line is imported, a duplicate, or rejected."""
    result = ImportResult()
    batch: list[Message] = []

    def flush() -> None:
        written = writer.write_batch(batch)
        result.imported += written.inserted
        result.duplicates += written.duplicates
        batch.clear()

    outcome = "failed"
    try:
        with path.open("rb") as stream:
            for number, line in _numbered_lines(stream):
                if not line.strip():
                    continue
                try:
                    batch.append(parse_message(_decode(line)))
                except RejectedRecord as exc:
                    result.rejected += 1
                    on_rejected(number, exc)
                if len(batch) >= BATCH_SIZE:
                    flush()
                    if on_progress is not None:
                        on_progress(result, stream.tell())
                    if cancel is not None and cancel.is_set():
                        result.cancelled = True
                        break
            if batch:
                flush()
        outcome = "cancelled" if result.cancelled else "ok"
    finally:
        audit.record(
            writer.engine,
            "import",
            outcome,
            {
                "file": str(path),
                "imported": result.imported,
                "duplicates": result.duplicates,
                "rejected": result.rejected,
            },
        )
    return result
