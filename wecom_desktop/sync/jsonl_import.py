"""Import decrypted messages, one JSON object per line, as produced by existing archive servers."""

from __future__ import annotations

import codecs
import dataclasses
import io
import itertools
import json
import string
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from wecom_desktop.core import fields as f
from wecom_desktop.core.errors import MalformedMessage, RejectedRecord
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from wecom_desktop.core.message import Message, MessageStatus
from wecom_desktop.core.parse import parse_message
from wecom_desktop.core.stored_message import stored_form
from wecom_desktop.store import audit
from wecom_desktop.store.writer import ArchiveWriter

BATCH_SIZE = 5000  # one transaction each; memory stays bounded
# Fields in which archiving tools put the decrypted message, next to the record's seq, msgid and key version
WRAPPERS = ("decrypt_msg", "decrypted_msg", "message", "msg", "content", "data")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DECODER = json.JSONDecoder(strict=False)

OnRejected = Callable[[int, RejectedRecord], None]
OnProblem = Callable[[int, Message], None]  # a message stored with status unsupported
OnProgress = Callable[["ImportResult", int], None]  # counts so far, bytes read


@dataclass(slots=True)
class ImportResult:
    imported: int = 0
    problems: int = 0  # of the imported, stored with a problem
    duplicates: int = 0
    rejected: int = 0
    cancelled: bool = False
    failure: TranslatableError | None = None  # why the file was not read to its end

    @property
    def error(self) -> str:
        """Why the file was not read to its end, in both languages ('' when it was)."""
        return "" if self.failure is None else str(self.failure)

    def line(self) -> str:
        problems = f" (with problems {self.problems})" if self.problems else ""
        return f"imported {self.imported}{problems}, duplicates {self.duplicates}, rejected {self.rejected}"


class _Unreadable(TranslatableError):
    """The file as a whole is not JSONL; the import stops."""


def _decode(line: bytes) -> str | RejectedRecord:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return RejectedRecord(
            QT_TRANSLATE_NOOP(
                "RejectedRecord",
                "不是有效的 UTF-8 文本（第 {offset} 字节），文件可能是 GBK/GB18030 等旧编码，请先转换为 UTF-8",
            ),
            offset=exc.start + 1,
        )


def _utf16_lines(stream: BinaryIO) -> Iterator[tuple[int, str]]:
    number = 0
    try:
        # The utf-16 codec takes the byte order from the BOM; newline="\n" splits on \n only.
        for number, line in enumerate(io.TextIOWrapper(stream, encoding="utf-16", newline="\n"), start=1):
            yield number, line
    except UnicodeDecodeError as exc:
        raise _Unreadable(
            Text(
                QT_TRANSLATE_NOOP("JsonlImport", "第 {line} 行不是有效的 UTF-16 文本，导入已停止"),
                line=number + 1,
            )
        ) from exc


def _lines(stream: BinaryIO) -> Iterator[tuple[int, str | RejectedRecord]]:
    """The non-blank lines, split on \\n only: str.splitlines() would also split on \\x1c, \\x85, U+2028
    inside messages. A BOM at a line's start (files joined with cat) is dropped."""
    utf16 = stream.read(2) in _UTF16_BOMS
    stream.seek(0)
    numbered = (
        _utf16_lines(stream) if utf16 else ((n, _decode(line)) for n, line in enumerate(stream, start=1))
    )
    for number, line in numbered:
        if isinstance(line, str):
            line = line.removesuffix("\n").removesuffix("\r").removeprefix("\ufeff")
            if not line.strip(string.whitespace):
                continue
        yield number, line


def _jsonl_only(
    lines: Iterator[tuple[int, str | RejectedRecord]],
) -> Iterator[tuple[int, str | RejectedRecord]]:
    head = list(itertools.islice(lines, 2))
    if head and isinstance(head[0][1], str):
        _refuse_a_document(head[0][1].strip(), head[1][1] if len(head) == 2 else None)
    yield from head
    yield from lines


def _refuse_a_document(first: str, following: str | RejectedRecord | None) -> None:
    """Stops the import when the first line shows a JSON array, or one JSON object spread over lines."""
    if first.startswith("["):
        raise _Unreadable(
            Text(
                QT_TRANSLATE_NOOP(
                    "JsonlImport",
                    "此文件是一个 JSON 数组，不是每行一个 JSON 对象（JSONL），未导入；可用 {command} 转换",
                ),
                command="jq -c '.[]'",
            )
        )
    if isinstance(following, str) and not following.lstrip().startswith("{") and _continues(first):
        raise _Unreadable(
            Text(
                QT_TRANSLATE_NOOP(
                    "JsonlImport",
                    "此文件是多行排版的 JSON，不是每行一个 JSON 对象（JSONL），未导入；可用 {command} 转换",
                ),
                command="jq -c .",
            )
        )


def _continues(line: str) -> bool:
    """Whether `line` is the start of a JSON value that goes on past the line's end."""
    try:
        _DECODER.raw_decode(line)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(line)
    except (ValueError, RecursionError):
        return False
    return False


def _objects(line: str) -> Iterator[tuple[str, Any]]:
    """Each JSON text on the line (several where files were joined without a final newline) and its value.
    What does not decode comes last, whole, with None: parse_message says why it is rejected."""
    index = _after_space(line, 0)
    while index < len(line):
        try:
            value, end = _DECODER.raw_decode(line, index)
        except (ValueError, RecursionError):
            yield line[index:], None
            return
        yield line[index:end], value
        index = _after_space(line, end)


def _after_space(line: str, index: int) -> int:
    while index < len(line) and line[index] in " \t\r\n":
        index += 1
    return index


def _wrapped(value: Any) -> tuple[str, dict[str, Any]] | None:
    """The JSON text and object of a decrypted message when `value` is an object holding one."""
    text = value if isinstance(value, str) else None
    if text is not None:
        try:
            value = f.loads(text)
        except (ValueError, RecursionError):
            return None
    if not isinstance(value, dict) or not ("msgtype" in value or "action" in value):
        return None
    return text if text is not None else json.dumps(value, ensure_ascii=False), value


def _parse(text: str, value: Any) -> Message:
    """The message; for a record wrapping it (`{"seq", "msgid", "publickey_ver", "<wrapper>": message}`),
    the inner message with the record's seq and key version, and its msgid when the message has none."""
    if not isinstance(value, dict) or "msgtype" in value or "action" in value:
        return parse_message(text)
    found = [hit for key in WRAPPERS if (hit := _wrapped(value.get(key))) is not None]
    if len(found) != 1:
        return parse_message(text)
    inner_text, inner = found[0]
    if not inner.get("msgid") and value.get("msgid"):
        inner_text = json.dumps({"msgid": value["msgid"], **inner}, ensure_ascii=False)
    message = parse_message(inner_text)
    return dataclasses.replace(
        message,
        seq=_integer_or(value, "seq", message.seq),
        publickey_ver=_integer_or(value, "publickey_ver", message.publickey_ver),
    )


def _integer_or(obj: dict[str, Any], key: str, default: int | None) -> int | None:
    try:
        found = f.stored_integer(obj, key)
    except MalformedMessage:
        return default
    return default if found is None else found


def import_jsonl(
    path: Path,
    writer: ArchiveWriter,
    on_rejected: OnRejected,
    on_problem: OnProblem | None = None,
    on_progress: OnProgress | None = None,
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Stream `path` into the archive in batches; every object is imported, a duplicate, or rejected.
    A file that is not JSONL (a JSON array, pretty-printed JSON) imports nothing and sets `error`."""
    result = ImportResult()
    batch: list[tuple[int, Message]] = []

    def reject(number: int, error: RejectedRecord) -> None:
        result.rejected += 1
        on_rejected(number, error)

    def flush() -> None:
        # A message the database refuses is rejected alone: the rest of its batch is still imported.
        stored = [stored_form(message) for _, message in batch]
        written, refused = writer.write_batch_isolating(stored)
        result.imported += written.inserted
        result.duplicates += written.duplicates
        why_refused = {id(message): why for message, why in refused}
        inserted = set(written.message_ids)
        for (number, message), form in zip(batch, stored, strict=True):
            if id(form) in why_refused:
                template = QT_TRANSLATE_NOOP("RejectedRecord", "档案数据库拒绝保存：{reason}")
                reject(number, RejectedRecord(template, reason=why_refused[id(form)]))
                continue
            if message.msgid not in inserted:
                continue
            inserted.discard(message.msgid)  # a later copy in the batch is the duplicate
            if message.status == MessageStatus.UNSUPPORTED:
                result.problems += 1
                if on_problem is not None:
                    on_problem(number, message)
        batch.clear()

    outcome = "failed"
    try:
        with path.open("rb") as stream:
            for number, line in _jsonl_only(_lines(stream)):
                if isinstance(line, RejectedRecord):
                    reject(number, line)
                    continue
                for text, value in _objects(line):
                    try:
                        batch.append((number, _parse(text, value)))
                    except RejectedRecord as exc:
                        reject(number, exc)
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
    except _Unreadable as exc:
        result.failure = exc
    finally:
        audit.record(
            writer.engine,
            "import",
            outcome,
            {
                "file": str(path),
                "imported": result.imported,
                "problems": result.problems,
                "duplicates": result.duplicates,
                "rejected": result.rejected,
                **({"error": result.error} if result.error else {}),
            },
        )
    return result
