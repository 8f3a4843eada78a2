"""Import decrypted messages, one JSON object per line, as produced by existing archive servers."""

from __future__ import annotations

import codecs
import dataclasses
import functools
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
from wecom_desktop.core.parse import message_id, not_json, parse_message
from wecom_desktop.core.stored_message import stored_form
from wecom_desktop.store import audit
from wecom_desktop.store.writer import ArchiveWriter

BATCH_SIZE = 5000  # one transaction each; memory stays bounded
_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_CHUNK = 1 << 16
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


def _utf16_lines(stream: BinaryIO, codec: str) -> Iterator[tuple[int, str | RejectedRecord]]:
    """The lines of a UTF-16 file after its BOM, each decoded alone: a bad one is rejected, not the file."""
    newline = "\n".encode(codec)
    pending = bytearray()
    number = searched = 0
    for chunk in iter(functools.partial(stream.read, _CHUNK), b""):
        pending += chunk
        start = 0
        while (end := pending.find(newline, searched)) != -1:
            if (end - start) % 2:  # the second byte of one unit and the first of the next
                searched = end + 1
                continue
            number += 1
            yield number, _decode_utf16(bytes(pending[start:end]), codec)
            start = searched = end + 2
        del pending[:start]
        searched = max(0, len(pending) - 1)  # a newline may straddle this chunk and the next
    if len(pending) % 2 and pending[-1] in b"\x00\x1a":  # a byte of padding, such as DOS's end-of-file mark
        del pending[-1]
    if pending:
        yield number + 1, _decode_utf16(bytes(pending), codec)


def _decode_utf16(line: bytes, codec: str) -> str | RejectedRecord:
    try:
        return line.decode(codec)
    except UnicodeDecodeError as exc:
        return RejectedRecord(
            QT_TRANSLATE_NOOP("RejectedRecord", "不是有效的 UTF-16 文本（该行第 {offset} 字节）"),
            offset=exc.start + 1,
        )


def _lines(stream: BinaryIO) -> Iterator[tuple[int, str | RejectedRecord]]:
    """The non-blank lines, split on \\n only: str.splitlines() would also split on \\x1c, \\x85, U+2028
    inside messages. A BOM at a line's start (files joined with cat) is dropped."""
    codec = _UTF16_BOMS.get(stream.read(2))
    if codec is None:
        stream.seek(0)
    numbered = (
        _utf16_lines(stream, codec)
        if codec is not None
        else ((n, _decode(line)) for n, line in enumerate(stream, start=1))
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
    What does not decode comes last, whole: with why, counted in the line's columns, or with None
    for parse_message to say why it is rejected."""
    index = _after_space(line, 0)
    while index < len(line):
        try:
            value, end = _DECODER.raw_decode(line, index)
        except json.JSONDecodeError as exc:
            yield line[index:], not_json(exc)
            return
        except (ValueError, RecursionError):
            yield line[index:], None
            return
        yield line[index:end], value
        index = _after_space(line, end)


def _after_space(line: str, index: int) -> int:
    """Past whitespace, and the NUL or Ctrl-Z padding some tools write at the end of a file."""
    while index < len(line) and line[index] in " \t\r\n\x00\x1a":
        index += 1
    return index


def _held_message(value: Any) -> tuple[str, dict[str, Any]] | None:
    """The JSON text and object of a decrypted message that `value` is, as an object or a JSON string."""
    text = value if isinstance(value, str) and value.lstrip().startswith("{") else None
    if text is not None:
        try:
            value = f.loads(text)
        except (ValueError, RecursionError):
            return None
    if not isinstance(value, dict) or not _names_a_message(value):
        return None
    if text is None:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (ValueError, RecursionError) as exc:
            raise RejectedRecord(QT_TRANSLATE_NOOP("RejectedRecord", "JSON 嵌套过深")) from exc
    # A lone surrogate decoded from the line would make the text unstorable: shown as U+FFFD, as
    # for a message on a line of its own.
    return f.without_lone_surrogates(text), value


def _names_a_message(value: dict[str, Any]) -> bool:
    return "msgtype" in value or "action" in value


def parse_record(text: str, value: Any) -> Message:
    """The message, or the one a record of another tool wraps, whatever its key: `{"seq", "msgid",
    "publickey_ver", "<any key>": message}`, the message as an object or a JSON string, the record
    perhaps repeating its msgtype. A wrapped message takes the record's seq, key version and msgid:
    the sync, too, keys a message on the record's msgid (the reference: key on the outer one)."""
    if not isinstance(value, dict):
        return parse_message(text)
    own: Message | RejectedRecord | None = None
    if _names_a_message(value):
        try:
            own = parse_message(text)
        except RejectedRecord as exc:
            own = exc
        if isinstance(own, Message) and own.status is not MessageStatus.UNSUPPORTED:
            return own
    held = [found for item in value.values() if (found := _held_message(item)) is not None]
    if len(held) != 1 or (
        isinstance(own, Message) and value.get("msgtype") not in (None, "", held[0][1].get("msgtype"))
    ):
        # No message inside, or one inside a message of another type: the record is its own message.
        if isinstance(own, RejectedRecord):
            raise own
        return own if own is not None else parse_message(text)
    inner_text, inner = held[0]
    outer_msgid = _record_msgid(value)
    if not inner.get("msgid") and outer_msgid is not None:
        inner_text = f.without_lone_surrogates(
            json.dumps({"msgid": outer_msgid, **inner}, ensure_ascii=False)
        )
    try:
        message = parse_message(inner_text)
    except RejectedRecord:
        if isinstance(own, Message):
            return own
        raise
    return dataclasses.replace(
        message,
        msgid=outer_msgid or message.msgid,
        seq=_integer_or(value, "seq", message.seq),
        publickey_ver=_integer_or(value, "publickey_ver", message.publickey_ver),
    )


def _record_msgid(record: dict[str, Any]) -> str | None:
    """The record's msgid as the archive keys it, or None where it has none it could key on."""
    try:
        return str(f.without_lone_surrogates(message_id(record)))
    except RejectedRecord:
        return None


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
                    if isinstance(value, RejectedRecord):
                        reject(number, value)
                        continue
                    try:
                        batch.append((number, parse_record(text, value)))
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
