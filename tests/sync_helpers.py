"""Emulator fixtures for sync tests: a packed archive and the reference messages."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text

from wecom_desktop.demo.generator import iter_demo_messages
from wecom_desktop.sdk.emulator_pack import PackResult, pack


@dataclass
class Packed:
    result: PackResult
    lines: dict[str, str]  # msgid → decrypted JSON line

    @property
    def pems(self) -> dict[int, str]:
        return {version: path.read_text() for version, path in self.result.private_keys.items()}


def packed_archive(
    folder: Path,
    messages: int,
    versions: tuple[int, ...],
    seed: int = 11,
    corp_id: str = "",
    secret: str = "",
) -> Packed:
    lines = list(iter_demo_messages(messages, seed=seed))
    source = folder / "messages.jsonl"
    source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    credentials = {"corp_id": corp_id, "secret": secret}
    result = pack(
        source,
        folder / "fixture",
        key_versions=versions,
        media_size_cap=4096,
        **{name: value for name, value in credentials.items() if value},
    )
    return Packed(result, {json.loads(line)["msgid"]: line for line in lines})


def stored(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


@contextlib.contextmanager
def growth_stops(engine: Engine) -> Iterator[threading.Event]:
    """Once the event is set, the database may not grow past its size: SQLite fails with SQLITE_FULL."""
    full = threading.Event()

    def limit(dbapi_connection: Any, _record: object, _proxy: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {1 if full.is_set() else 1 << 30}")

    event.listen(engine, "checkout", limit)
    try:
        yield full
    finally:
        event.remove(engine, "checkout", limit)
