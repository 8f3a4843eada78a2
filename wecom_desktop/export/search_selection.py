"""Every message a search finds, as an export selection titled by the search's query."""

from __future__ import annotations

from wecom_desktop.export.labels import LABELS
from wecom_desktop.export.selection import ExportSelection
from wecom_desktop.store.search import Search


def search_title(query: str, language: str) -> str:
    title = LABELS[language]["search_results"]
    return f"{title} “{query.strip()}”" if query.strip() else title


def search_selection(search: Search, query: str, language: str) -> ExportSelection:
    """All of the search's hits, however many a results list has loaded; raises SearchCancelled
    when `search` is cancelled while its hits are read."""
    return ExportSelection(message_ids=tuple(search.message_ids()), title=search_title(query, language))
