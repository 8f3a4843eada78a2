"""The printable HTML transcript: one self-contained file, rendered as it is written."""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from jinja2 import Environment, PackageLoader, StrictUndefined, Template

from wecom_desktop.core.message import MessageStatus
from wecom_desktop.export.document import ExportDocument, is_revoked, iso_time, local_time, message_text
from wecom_desktop.store.export_queries import ExportRow


@dataclass(frozen=True, slots=True)
class _Mark:
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class _Entry:
    msgid: str
    time: str  # ISO 8601, for the datetime attribute
    shown_time: str
    sender: str
    sender_name: str
    conversation: str
    text: str
    classes: str
    marks: tuple[_Mark, ...]


@functools.cache
def _template() -> Template:
    environment = Environment(
        loader=PackageLoader("wecom_desktop.export", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("transcript.html")


def _shown(iso_time: str) -> str:
    return iso_time.replace("T", " ", 1)


def _entry(row: ExportRow, document: ExportDocument) -> _Entry:
    labels = document.labels
    marks = []
    if is_revoked(row):
        marks.append(_Mark("revoked", labels["revoked"]))
    if row.status != MessageStatus.OK.value:
        marks.append(_Mark(row.status, labels.get(f"status_{row.status}", row.status)))
    return _Entry(
        msgid=row.msgid,
        time=iso_time(row.msgtime) or "",
        shown_time=_shown(local_time(row.msgtime)),
        sender=row.sender,
        sender_name=row.sender_name,
        conversation=row.conversation_title,
        text=message_text(row, document.localize),
        classes=" ".join(["message", *(mark.kind for mark in marks)]),
        marks=tuple(marks),
    )


def write_html(stream: BinaryIO, rows: Iterable[ExportRow], document: ExportDocument) -> int:
    count = 0

    def entries() -> Iterator[_Entry]:
        nonlocal count
        for row in rows:
            yield _entry(row, document)
            count += 1

    overview = document.overview
    parts = _template().generate(
        lang=document.language.replace("_", "-"),
        title=document.title,
        labels=document.labels,
        exported_at=_shown(document.exported_at.isoformat(timespec="seconds")),
        count=overview.count,
        first_time=_shown(local_time(overview.first_msgtime)) or document.labels["no_time"],
        last_time=_shown(local_time(overview.last_msgtime)) or document.labels["no_time"],
        show_conversation=document.listed,
        messages=entries(),
    )
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")
    try:
        text.writelines(parts)
        text.flush()
    finally:
        text.detach()
    return count
