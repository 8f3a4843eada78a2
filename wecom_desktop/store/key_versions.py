"""Which public-key versions the archive holds, and what each still needs its private key for."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, case, func, select

from wecom_desktop.core.message import MessageStatus
from wecom_desktop.store.interruptible_read import InterruptibleRead
from wecom_desktop.store.models import MESSAGES, status_is


@dataclass(frozen=True, slots=True)
class KeyVersionUse:
    publickey_ver: int
    messages: int  # records of this version in the archive
    undecryptable: int  # of which still encrypted, waiting for this version's key


class KeyVersionCount(InterruptibleRead[list[KeyVersionUse]]):
    """Each version's messages and undecryptable records. It reads every message, so it runs off
    the GUI thread, and `cancel()` stops it at once."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, _key_version_uses)


def _key_version_uses(connection: Connection) -> list[KeyVersionUse]:
    undecryptable = func.sum(case((MESSAGES.c.status == MessageStatus.UNDECRYPTABLE.value, 1), else_=0))
    query = (
        select(MESSAGES.c.publickey_ver, func.count(), undecryptable)
        .where(MESSAGES.c.publickey_ver.is_not(None))
        .group_by(MESSAGES.c.publickey_ver)
        .order_by(MESSAGES.c.publickey_ver)
    )
    rows = connection.execute(query).all()
    return [KeyVersionUse(int(v), int(total), int(waiting or 0)) for v, total, waiting in rows]


def waiting_for_key(engine: Engine, publickey_ver: int) -> int:
    """How many records of this version are still encrypted (read from the index of those alone)."""
    query = select(func.count()).where(
        MESSAGES.c.publickey_ver == publickey_ver, status_is(MessageStatus.UNDECRYPTABLE)
    )
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def sample_wrapped_key(engine: Engine, publickey_ver: int) -> str | None:
    """An encrypt_random_key of this version kept in the archive (from an undecryptable record)."""
    query = (
        select(MESSAGES.c.encrypt_random_key)
        .where(
            MESSAGES.c.publickey_ver == publickey_ver,
            status_is(MessageStatus.UNDECRYPTABLE),
            MESSAGES.c.encrypt_random_key.is_not(None),
        )
        .limit(1)
    )
    with engine.connect() as connection:
        found = connection.execute(query).scalar()
    return None if found is None else str(found)
