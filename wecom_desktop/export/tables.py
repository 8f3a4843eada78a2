"""Spreadsheet exports: CSV (UTF-8 with BOM, for Excel) and .xlsx, one row per message."""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterable
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils.exceptions import WorkbookAlreadySaved
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from wecom_desktop.export.document import ExportDocument, guard_cell, local_time, message_text, status_text
from wecom_desktop.store.export_queries import ExportRow

EXCEL_MAX_ROWS = 1_048_576
_EXCEL_MAX_CELL = 32_767
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not an XML 1.0 Char
_OOXML_ESCAPED = re.compile("_(?=x[0-9A-Fa-f]{4}_)|\r")
_COLUMNS = ("time", "conversation", "sender_id", "sender_name", "type", "text", "msgid", "status")
_WIDTHS = (26, 24, 24, 16, 12, 80, 36, 14)


def _header(document: ExportDocument) -> list[str]:
    return [document.labels[column] for column in _COLUMNS]


def _cells(row: ExportRow, document: ExportDocument) -> list[str]:
    return [
        local_time(row.msgtime),
        row.conversation_title,
        row.sender,
        row.sender_name,
        row.msgtype,
        message_text(row, document.localize),
        row.msgid,
        status_text(row, document.labels),
    ]


def write_csv(stream: BinaryIO, rows: Iterable[ExportRow], document: ExportDocument) -> int:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    count = 0
    try:
        writer = csv.writer(text)
        writer.writerow(_header(document))
        for row in rows:
            writer.writerow([guard_cell(value) for value in _cells(row, document)])
            count += 1
        text.flush()
    finally:
        text.detach()
    return count


def _xlsx_text(value: str) -> str:
    """The text as a cell holds it: what XML cannot hold as U+FFFD, cut at Excel's limit (counted in
    UTF-16 units, as Excel counts), and escaped so that Excel shows it exactly (ECMA-376 ST_Xstring:
    a literal "_x000D_" would otherwise read as a carriage return, and XML turns a raw one into a
    line feed)."""
    value = _XML_ILLEGAL.sub("\ufffd", value)
    if len(value) > _EXCEL_MAX_CELL // 2 and len(encoded := value.encode("utf-16-le")) > 2 * _EXCEL_MAX_CELL:
        value = encoded[: 2 * (_EXCEL_MAX_CELL - 1)].decode("utf-16-le", "ignore") + "…"
    return _OOXML_ESCAPED.sub(lambda match: "_x000D_" if match.group() == "\r" else "_x005F_", value)


def _string_cell(sheet: WriteOnlyWorksheet, value: str) -> Cell:
    """A text cell whatever the text: openpyxl would store "=…" as a formula."""
    cell = WriteOnlyCell(sheet, _xlsx_text(value))
    cell.data_type = "s"
    return cell


def _add_sheet(workbook: Workbook, document: ExportDocument, number: int) -> WriteOnlyWorksheet:
    title = document.labels["sheet"] if number == 1 else f"{document.labels['sheet']} {number}"
    sheet = workbook.create_sheet(title)
    assert isinstance(sheet, WriteOnlyWorksheet)
    columns = sheet.column_dimensions  # type: ignore[attr-defined]  # present at run time, not in the stubs
    for index, width in enumerate(_WIDTHS):
        columns[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(_header(document))
    return sheet


def write_xlsx(
    stream: BinaryIO,
    rows: Iterable[ExportRow],
    document: ExportDocument,
    sheet_rows: int = EXCEL_MAX_ROWS - 1,
) -> int:
    """A workbook streamed row by row; past `sheet_rows` messages (Excel's limit) a new sheet starts."""
    workbook = Workbook(write_only=True)
    count = 0
    try:
        sheet = _add_sheet(workbook, document, 1)
        for row in rows:
            if count and count % sheet_rows == 0:
                sheet = _add_sheet(workbook, document, count // sheet_rows + 1)
            sheet.append([_string_cell(sheet, value) for value in _cells(row, document)])
            count += 1
        workbook.save(stream)
    except BaseException:
        _discard_buffers(workbook)
        raise
    return count


def _discard_buffers(workbook: Workbook) -> None:
    """Remove the temporary files in which openpyxl keeps a write-only sheet's rows until saving
    (otherwise they stay in the system's temporary folder until the program exits)."""
    for sheet in workbook.worksheets:
        buffer = getattr(sheet, "_writer", None)
        if buffer is None:
            continue
        with contextlib.suppress(OSError, ValueError, WorkbookAlreadySaved):
            sheet.close()  # ends the row stream, which would otherwise write to the file when collected
        with contextlib.suppress(OSError, ValueError):
            buffer.cleanup()
