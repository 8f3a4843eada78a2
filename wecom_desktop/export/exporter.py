"""Running an export: read in pages, write a temporary file, rename it into place, audit."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from wecom_desktop.core.i18n import Translate, untranslated
from wecom_desktop.export.document import ExportDocument
from wecom_desktop.export.errors import ExportCancelled, ExportError
from wecom_desktop.export.labels import SOURCE_LANGUAGE, labels_for
from wecom_desktop.export.selection import ExportFormat, ExportSelection
from wecom_desktop.export.whole_file import replaced_whole
from wecom_desktop.store import audit
from wecom_desktop.store.export_queries import ExportRow, ExportSource, export_source
from wecom_desktop.store.queries import conversation_titles

PAGE_SIZE = 2_000

Progress = Callable[[int, int], None]
_Writer = Callable[[BinaryIO, Iterator[ExportRow], ExportDocument], int]


def _writer(fmt: ExportFormat) -> _Writer:
    """The format's writer, imported on first use: loading openpyxl and Jinja2 takes a fifth of a
    second, which every command and the window's start-up would otherwise pay."""
    if fmt is ExportFormat.JSONL:
        from wecom_desktop.export.jsonl import write_jsonl

        return write_jsonl
    if fmt is ExportFormat.HTML:
        from wecom_desktop.export.transcript import write_html

        return write_html
    from wecom_desktop.export.tables import write_csv, write_xlsx

    return write_xlsx if fmt is ExportFormat.XLSX else write_csv


@dataclass(frozen=True, slots=True)
class ExportResult:
    count: int
    path: Path


def export_messages(
    engine: Engine,
    selection: ExportSelection,
    fmt: ExportFormat | str,
    destination: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    language: str = SOURCE_LANGUAGE,
    localize: Translate = untranslated,
    page_size: int = PAGE_SIZE,
) -> ExportResult:
    """Write the selected messages, oldest first, to `destination` in format `fmt`.

    The file appears only once complete (written beside it under a temporary name, then
    renamed); on cancel (ExportCancelled) or failure (ExportError) nothing is left. `progress`
    gets (messages written, messages selected) after each page. `language` (zh_CN or en)
    chooses the words of headers; `localize` renders message summaries.
    """
    if page_size < 1:
        raise ValueError(f"page_size must be positive, not {page_size}")
    fmt = ExportFormat(fmt)
    labels = labels_for(language)
    detail: dict[str, object] = {
        "format": fmt.value,
        "destination": destination.name,
        "language": language,
        **selection.audit_detail(),
    }
    entry = audit.record(engine, "export", "running", detail)
    options = _Options(language, labels, localize, page_size, progress, cancel)
    try:
        count = _export(engine, selection, _writer(fmt), destination, options)
    except ExportCancelled:
        audit.finish(engine, entry, "cancelled", detail)
        raise
    except BaseException as exc:
        error = f"{exc.message_zh} / {exc.message_en}" if isinstance(exc, ExportError) else type(exc).__name__
        audit.finish(engine, entry, "failed", {**detail, "error": error})
        raise
    audit.finish(engine, entry, "ok", {**detail, "count": count})
    return ExportResult(count, destination)


@dataclass(frozen=True, slots=True)
class _Options:
    language: str
    labels: Mapping[str, str]
    localize: Translate
    page_size: int
    progress: Progress | None
    cancel: threading.Event | None

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ExportCancelled


def _export(
    engine: Engine, selection: ExportSelection, writer: _Writer, destination: Path, options: _Options
) -> int:
    options.check_cancel()
    try:
        with (
            replaced_whole(destination) as stream,
            export_source(
                engine,
                selection.conversation_id,
                selection.since_ms,
                selection.until_ms,
                selection.message_ids,
            ) as source,
        ):
            overview = source.overview()
            document = ExportDocument(
                title=_title(engine, selection, options.labels),
                language=options.language,
                labels=options.labels,
                localize=options.localize,
                overview=overview,
                exported_at=dt.datetime.now().astimezone(),
                listed=selection.message_ids is not None,
            )
            count = writer(stream, _pages(source, overview.count, options), document)
    except OSError as exc:
        raise ExportError.writing(destination, exc) from exc
    return count


def _pages(source: ExportSource, total: int, options: _Options) -> Iterator[ExportRow]:
    """The selected rows, page by page, reporting progress and honouring cancel between pages."""
    done = 0
    after: tuple[int | None, int] | None = None
    if options.progress is not None:
        options.progress(0, total)
    while True:
        options.check_cancel()
        page = source.page(after, options.page_size)
        yield from page
        done += len(page)
        if options.progress is not None and page:
            options.progress(done, total)
        if len(page) < options.page_size:
            return
        after = (page[-1].msgtime, page[-1].id)


def _title(engine: Engine, selection: ExportSelection, labels: Mapping[str, str]) -> str:
    if selection.conversation_id is None:
        return selection.title or labels["search_results"]
    found = conversation_titles(engine, {selection.conversation_id}).get(selection.conversation_id)
    return selection.title or found or labels["transcript"]
