"""Taking messages out of the archive as evidence: JSONL, CSV, .xlsx and printable HTML. No Qt."""

from wecom_desktop.export.errors import ExportCancelled, ExportError
from wecom_desktop.export.exporter import PAGE_SIZE, ExportResult, export_messages
from wecom_desktop.export.labels import LABELS
from wecom_desktop.export.selection import ExportFormat, ExportSelection

__all__ = [
    "LABELS",
    "PAGE_SIZE",
    "ExportCancelled",
    "ExportError",
    "ExportFormat",
    "ExportResult",
    "ExportSelection",
    "export_messages",
]
