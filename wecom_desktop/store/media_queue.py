"""The media download queue: which files to fetch next, and what became of each.

Rows are queued by the archive writer (status 'pending'). The downloader moves each one to
'downloaded', 'failed' (retried on later runs while attempts < the maximum), 'expired' (never
retried) or 'skipped' (its kind is switched off, or it is larger than the maximum size). Every
write here is its own short transaction, so a downloader killed at any moment leaves the queue
consistent.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Engine, and_, func, or_, select, tuple_
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from wecom_desktop.store.models import MEDIA

# A queue of at most this many rows is read through the status index and sorted; a larger one
# is walked in (message id, part) order instead (see queued_media).
_SORTED_AT_MOST = 2000


class MediaStatus(enum.StrEnum):
    PENDING = "pending"
    DOWNLOADED = "downloaded"
    FAILED = "failed"
    EXPIRED = "expired"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class QueuedMedia:
    """A media row waiting to be downloaded (pending, or failed with attempts left)."""

    id: int
    message_id: int
    part: int
    kind: str
    sdkfileid: str
    md5sum: str
    size: int | None
    filename: str
    status: str
    attempts: int


def _queued(max_attempts: int, status: ColumnElement[str] = MEDIA.c.status) -> ColumnElement[bool]:
    # `status IN (…)` reads one range of a (status, …) index per status. The same test written
    # `pending OR (failed AND attempts < n)` ran one search per branch and collected the row ids
    # of the whole queue to merge them: twice as slow, for counts answered from the index alone.
    return and_(
        status.in_([MediaStatus.PENDING.value, MediaStatus.FAILED.value]),
        or_(status == MediaStatus.PENDING.value, MEDIA.c.attempts < max_attempts),
    )


def _queue_is_small(connection: Connection, max_attempts: int) -> bool:
    queued = select(MEDIA.c.id).where(_queued(max_attempts)).limit(_SORTED_AT_MOST + 1).subquery()
    return int(connection.execute(select(func.count()).select_from(queued)).scalar_one()) <= _SORTED_AT_MOST


def _unindexed(column: ColumnElement[str]) -> ColumnElement[str]:
    """`+column`: the same value, but SQLite answers no term on it from an index."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def queued_media(
    engine: Engine,
    max_attempts: int,
    kinds: Collection[str] | None = None,
    limit: int | None = None,
    after: tuple[int, int] | None = None,
) -> list[QueuedMedia]:
    """Pending rows and failed rows with attempts left, by (message id, part); `after` pages on.

    A small queue (the files of the latest sync, a few failed ones) is read through the status
    index and sorted. A large one (the first download of an archive: every file in it) is walked
    through the (message id, part) index from `after`, checking each row's status: sorting the
    whole queue for every page made paging through it quadratic (the 222,806 files of a
    million-message archive: 97 s of queries sorted, 3 s walked)."""
    with engine.connect() as connection:
        status = MEDIA.c.status if _queue_is_small(connection, max_attempts) else _unindexed(MEDIA.c.status)
        query = select(
            MEDIA.c.id,
            MEDIA.c.message_id,
            MEDIA.c.part,
            MEDIA.c.kind,
            MEDIA.c.sdkfileid,
            MEDIA.c.md5sum,
            MEDIA.c.size,
            MEDIA.c.filename,
            MEDIA.c.status,
            MEDIA.c.attempts,
        ).where(_queued(max_attempts, status))
        if kinds is not None:
            query = query.where(MEDIA.c.kind.in_(sorted(kinds)))
        if after is not None:
            query = query.where(tuple_(MEDIA.c.message_id, MEDIA.c.part) > tuple_(*after))
        query = query.order_by(MEDIA.c.message_id, MEDIA.c.part)
        if limit is not None:
            query = query.limit(limit)
        return [
            QueuedMedia(
                id=row.id,
                message_id=row.message_id,
                part=row.part,
                kind=row.kind,
                sdkfileid=row.sdkfileid,
                md5sum=row.md5sum or "",
                size=row.size,
                filename=row.filename or "",
                status=row.status,
                attempts=row.attempts,
            )
            for row in connection.execute(query)
        ]


def count_queued(engine: Engine, max_attempts: int, kinds: Collection[str] | None = None) -> int:
    query = select(func.count()).select_from(MEDIA).where(_queued(max_attempts))
    if kinds is not None:
        query = query.where(MEDIA.c.kind.in_(sorted(kinds)))
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def queued_kinds(engine: Engine, max_attempts: int) -> set[str]:
    """The kinds present among the queued rows."""
    with engine.connect() as connection:
        return set(connection.scalars(select(MEDIA.c.kind).where(_queued(max_attempts)).distinct()))


def _update(engine: Engine, media_id: int, **values: object) -> None:
    with engine.begin() as connection:
        connection.execute(MEDIA.update().where(MEDIA.c.id == media_id).values(**values))


def mark_downloaded(engine: Engine, media_id: int, local_path: str) -> None:
    """`local_path` is relative to the profile's media folder, '/'-separated."""
    _update(engine, media_id, status=MediaStatus.DOWNLOADED.value, local_path=local_path, error="")


def mark_failed(engine: Engine, media_id: int, error: str) -> None:
    """Failed this time; the row is queued again on later runs while attempts < the maximum."""
    with engine.begin() as connection:
        connection.execute(
            MEDIA.update()
            .where(MEDIA.c.id == media_id)
            .values(status=MediaStatus.FAILED.value, error=error, attempts=MEDIA.c.attempts + 1)
        )


def mark_expired(engine: Engine, media_id: int, error: str) -> None:
    """Past WeCom's retention (10010 / 301048): never fetched again."""
    _update(engine, media_id, status=MediaStatus.EXPIRED.value, error=error)


def mark_skipped(engine: Engine, media_id: int, reason: str, size_at_least: int | None = None) -> None:
    """Not downloaded by choice. `size_at_least` records a lower bound of the size (a download
    stopped at the maximum size, whatever the message stated), so the row is not tried again until
    the maximum grows."""
    values: dict[str, object] = {"status": MediaStatus.SKIPPED.value, "error": reason}
    if size_at_least is not None:  # a stated size below it is wrong: it would requeue the row each run
        values["size"] = func.max(func.coalesce(MEDIA.c.size, 0), size_at_least)
    _update(engine, media_id, **values)


def skip_kind(engine: Engine, kind: str, reason: str, max_attempts: int) -> int:
    """Skip every queued row of `kind`; returns how many."""
    with engine.begin() as connection:
        result = connection.execute(
            MEDIA.update()
            .where(_queued(max_attempts), MEDIA.c.kind == kind)
            .values(status=MediaStatus.SKIPPED.value, error=reason)
        )
    return int(result.rowcount)


def skip_larger_than(engine: Engine, max_bytes: int, reason: str, max_attempts: int) -> int:
    """Skip every queued row whose stated size exceeds `max_bytes`; returns how many."""
    with engine.begin() as connection:
        result = connection.execute(
            MEDIA.update()
            .where(_queued(max_attempts), MEDIA.c.size > max_bytes)
            .values(status=MediaStatus.SKIPPED.value, error=reason)
        )
    return int(result.rowcount)


def requeue_skipped(engine: Engine, kinds: Collection[str], max_bytes: int | None) -> int:
    """Queue again skipped rows that the current settings allow (a kind switched back on, a
    larger maximum); returns how many."""
    query = MEDIA.update().where(MEDIA.c.status == MediaStatus.SKIPPED.value, MEDIA.c.kind.in_(sorted(kinds)))
    if max_bytes is not None:
        query = query.where(or_(MEDIA.c.size.is_(None), MEDIA.c.size <= max_bytes))
    with engine.begin() as connection:
        result = connection.execute(query.values(status=MediaStatus.PENDING.value, error=""))
    return int(result.rowcount)


def downloaded_files(engine: Engine, after_id: int, limit: int) -> list[tuple[int, str | None]]:
    """(row id, local path) of downloaded files, in row-id order after `after_id`."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(MEDIA.c.id, MEDIA.c.local_path)
            .where(MEDIA.c.status == MediaStatus.DOWNLOADED.value, MEDIA.c.id > after_id)
            .order_by(MEDIA.c.id)
            .limit(limit)
        ).all()
    return [(int(media_id), path) for media_id, path in rows]


def requeue_downloaded(engine: Engine, media_ids: Collection[int]) -> int:
    """Queue again downloaded files whose stored copy is gone; returns how many."""
    ids = sorted(media_ids)
    with engine.begin() as connection:
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            connection.execute(
                MEDIA.update()
                .where(MEDIA.c.id.in_(chunk), MEDIA.c.status == MediaStatus.DOWNLOADED.value)
                .values(status=MediaStatus.PENDING.value, local_path=None, attempts=0, error="")
            )
    return len(ids)


def retry_failed(engine: Engine) -> int:
    """Retry failed media: failed rows become pending with their attempts reset; returns how many."""
    with engine.begin() as connection:
        result = connection.execute(
            MEDIA.update()
            .where(MEDIA.c.status == MediaStatus.FAILED.value)
            .values(status=MediaStatus.PENDING.value, error="", attempts=0)
        )
    return int(result.rowcount)


def media_counts(engine: Engine) -> dict[str, int]:
    """Rows by status; every status is present (0 when none)."""
    with engine.connect() as connection:
        return counted_media(connection)


def counted_media(connection: Connection) -> dict[str, int]:
    counts = {status.value: 0 for status in MediaStatus}
    for status, count in connection.execute(select(MEDIA.c.status, func.count()).group_by(MEDIA.c.status)):
        counts[str(status)] = int(count)
    return counts


def media_row(engine: Engine, media_id: int) -> dict[str, object] | None:
    """One row as a mapping (for tests and diagnostics)."""
    with engine.connect() as connection:
        row = connection.execute(select(MEDIA).where(MEDIA.c.id == media_id)).mappings().first()
    return dict(row) if row is not None else None
