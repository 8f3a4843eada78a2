"""The audit log: who did what to the archive, and when."""

from __future__ import annotations

import getpass
import json
from typing import Any

from sqlalchemy import Engine

from wecom_desktop.store.models import AUDIT_LOG
from wecom_desktop.store.writer import now_ms


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, services)
        return "unknown"


def record(engine: Engine, action: str, outcome: str, detail: dict[str, Any]) -> int:
    """Add an entry; returns its id (an action still running can be finished later)."""
    with engine.begin() as connection:
        result = connection.execute(
            AUDIT_LOG.insert(),
            {
                "at": now_ms(),
                "actor": current_actor(),
                "action": action,
                "outcome": outcome,
                "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True),
            },
        )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def finish(engine: Engine, entry_id: int, outcome: str, detail: dict[str, Any]) -> None:
    """Close an entry opened with outcome 'running' (an entry left 'running' was interrupted)."""
    with engine.begin() as connection:
        connection.execute(
            AUDIT_LOG.update()
            .where(AUDIT_LOG.c.id == entry_id)
            .values(outcome=outcome, detail=json.dumps(detail, ensure_ascii=False, sort_keys=True))
        )
