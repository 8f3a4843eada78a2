"""Which database objects the models describe (the rest are created by hand in migrations)."""

from __future__ import annotations

from typing import Any


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """The FTS5 virtual table and its shadow tables are not SQLAlchemy models."""
    return not (type_ == "table" and name is not None and name.startswith(("search_fts", "search_vocab")))
