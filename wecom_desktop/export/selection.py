"""What an export takes out of the archive, and in which file format."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ExportFormat(enum.StrEnum):
    JSONL = "jsonl"  # the evidence format: every stored message JSON, exactly as decrypted
    CSV = "csv"
    XLSX = "xlsx"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class ExportSelection:
    """One conversation (optionally only msgtime in [since_ms, until_ms)), or listed message ids.

    `title` names a listed selection in the transcript header (e.g. the search query).
    """

    conversation_id: int | None = None
    since_ms: int | None = None  # inclusive, ms UTC
    until_ms: int | None = None  # exclusive
    message_ids: tuple[int, ...] | None = None
    title: str = ""

    def __post_init__(self) -> None:
        if (self.conversation_id is None) == (self.message_ids is None):
            raise ValueError("an export selects either a conversation or a list of message ids")
        if self.message_ids is not None and (self.since_ms is not None or self.until_ms is not None):
            raise ValueError("a time range applies to a conversation, not to listed messages")

    def audit_detail(self) -> dict[str, object]:
        if self.message_ids is not None:
            return {"listed_messages": len(self.message_ids)}
        return {"conversation_id": self.conversation_id, "since_ms": self.since_ms, "until_ms": self.until_ms}
