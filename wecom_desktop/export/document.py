"""How a stored message reads in a human export: local time, its text, its state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from wecom_desktop.core.bodies_base import EncryptedBody
from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.formatting import local_moment
from wecom_desktop.core.i18n import Translate
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.export_queries import ExportOverview, ExportRow

_INJECTION_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """What every format needs besides the rows."""

    title: str
    language: str
    labels: Mapping[str, str]
    localize: Translate  # renders message summaries (stored as Chinese source text)
    overview: ExportOverview
    exported_at: dt.datetime
    listed: bool  # listed messages may come from many conversations: name each one's


def iso_time(msgtime: int | None) -> str | None:
    """ISO 8601 in this computer's time zone, with its offset; None without a time or for a time
    no calendar holds."""
    moment = None if msgtime is None else local_moment(msgtime)
    return None if moment is None else moment.isoformat(timespec="seconds")


def local_time(msgtime: int | None) -> str:
    """The time as a reader sees it: ISO 8601, '' without a time, the stored number itself for a
    time no calendar holds."""
    if msgtime is None:
        return ""
    return iso_time(msgtime) or str(msgtime)


def message_text(row: ExportRow, localize: Translate) -> str:
    """All a message says, in the export's language (a summary cuts long text to one line)."""
    if row.body is None:
        return EncryptedBody(row.problem).summary(localize)
    try:
        message = parse_message(row.body, localize)
    except RejectedRecord:
        return row.summary
    text = message.body.full_text(localize)
    # JSON escapes can decode to lone surrogates, which no file encoding accepts.
    return text.encode("utf-8", "replace").decode("utf-8")


def is_revoked(row: ExportRow) -> bool:
    return row.revoked_by_msgid is not None


def status_text(row: ExportRow, labels: Mapping[str, str]) -> str:
    status = labels.get(f"status_{row.status}", row.status)
    return f"{status}; {labels['revoked']}" if is_revoked(row) else status


def guard_cell(value: str) -> str:
    """Keep a spreadsheet from reading text as a formula (CSV/formula injection)."""
    return f"'{value}" if value.startswith(_INJECTION_STARTS) else value
