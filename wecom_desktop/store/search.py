"""Searching the archive: exact substring matches, filters, newest first, cancellable.

Two plans, chosen per query by estimated size:
- text-driven: read each index segment newest-first through FTS5, re-order within the
  segment's lateness bound, merge the segments by time;
- filter-driven: read the messages of a conversation/sender/type/date range newest-first
  through their B-tree indexes and check the text of each.
Both return message ids ordered by (msgtime, id) descending; verification against the
normalised text makes every hit exact.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Engine

from wecom_desktop.core.search_text import Term, parse_query
from wecom_desktop.store.models import UNINDEXED_MSGTYPE
from wecom_desktop.store.search_index import LATENESS_MS, time_key

_ESTIMATE_CAP = 20_000


class SearchCancelled(Exception):
    """The search was cancelled (the user typed on)."""


class DbapiConnection(Protocol):
    """What a search needs of the driver's connection (sqlite3, or sqlcipher3 for an encrypted archive)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def interrupt(self) -> None: ...


@dataclass(frozen=True, slots=True)
class SearchFilters:
    conversation_id: int | None = None
    sender: str | None = None
    msgtypes: tuple[str, ...] = ()
    since_ms: int | None = None  # inclusive
    until_ms: int | None = None  # exclusive

    @property
    def narrows_messages(self) -> bool:
        return self.conversation_id is not None or self.sender is not None or bool(self.msgtypes)


@dataclass(slots=True)
class _Sql:
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)

    def add_types(self, column: str, types: Sequence[str]) -> None:
        """`column IN (types)`, and `column != 'text'` when text is not among them: implied, but
        SQLite uses the partial (conversation, type) index only for a query that spells it out."""
        self.add(f"{column} IN ({', '.join('?' * len(types))})", *types)
        if UNINDEXED_MSGTYPE not in types:
            self.add(f"{column} != '{UNINDEXED_MSGTYPE}'")


class Search:
    """One search over one archive; `cancel()` may be called from another thread."""

    def __init__(self, engine: Engine, query: str, filters: SearchFilters = SearchFilters()) -> None:
        self.terms: list[Term] = parse_query(query)
        self.filters = filters
        self._engine = engine
        self._cancelled = threading.Event()
        self._connection: DbapiConnection | None = None
        self._index_counts: dict[tuple[tuple[str, ...], tuple[Any, ...]], int] = {}

    def cancel(self) -> None:
        self._cancelled.set()
        if self._connection is not None:
            self._connection.interrupt()

    def message_ids(self) -> Iterator[int]:
        """Matching message ids, newest first (ties by id), read lazily."""
        raw = self._engine.raw_connection()
        try:
            connection: DbapiConnection | None = raw.driver_connection
            assert connection is not None
            self._connection = connection
            if self._cancelled.is_set():
                raise SearchCancelled
            try:
                yield from self._plan(connection)
            except self._engine.dialect.loaded_dbapi.OperationalError as exc:
                if self._cancelled.is_set():
                    raise SearchCancelled from exc
                raise
        finally:
            self._connection = None
            raw.close()

    def _check(self) -> None:
        if self._cancelled.is_set():
            raise SearchCancelled

    # -- planning -------------------------------------------------------------------------

    def _plan(self, connection: DbapiConnection) -> Iterator[int]:
        if not self.terms:
            return self._filter_driven(connection)
        if self.filters.narrows_messages and self._filtered_estimate(connection) < self._text_estimate(
            connection
        ):
            return self._filter_driven(connection)
        return self._text_driven(connection)

    def _text_estimate(self, connection: DbapiConnection) -> int:
        """Upper bound of documents containing the rarest term (from the index vocabulary)."""
        best = None
        for term in self.terms:
            counts = []
            for bigram in term.bigrams:
                if len(bigram) == 1:
                    row = connection.execute(
                        "SELECT coalesce(sum(doc), 0) FROM search_vocab WHERE term >= ? AND term < ?",
                        (bigram, bigram + "\U0010ffff"),
                    ).fetchone()
                else:
                    row = connection.execute(
                        "SELECT coalesce(sum(doc), 0) FROM search_vocab WHERE term = ?", (bigram,)
                    ).fetchone()
                counts.append(row[0])
            estimate = min(counts)
            best = estimate if best is None else min(best, estimate)
        return best or 0

    def _filtered_estimate(self, connection: DbapiConnection) -> int:
        sql = self._message_filters(driver=self._driver(connection, self.filters.msgtypes))
        where = " AND ".join(sql.where) or "1"
        row = connection.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM messages m WHERE {where} LIMIT {_ESTIMATE_CAP})", sql.params
        ).fetchone()
        return int(row[0])

    def _message_filters(
        self, types: Iterable[str] | None = None, driver: tuple[str, ...] | None = None
    ) -> _Sql:
        """The filters as SQL on `messages m`. With a `driver` (the filter columns an index starts
        with), the other filter columns are written `+m.column`: the same test, but SQLite reads
        the messages through the driver's index alone. (Unary + also drops the column's affinity;
        the values compared are of the column's own type, so no match changes.)"""
        sql = _Sql()
        f = self.filters

        def column(name: str) -> str:
            return f"m.{name}" if driver is None or name in driver else f"+m.{name}"

        if f.conversation_id is not None:
            sql.add(f"{column('conversation_id')} = ?", f.conversation_id)
        if f.sender is not None:
            sql.add(f"{column('sender')} = ?", f.sender)
        chosen = tuple(types if types is not None else f.msgtypes)
        if chosen:
            sql.add_types(column("msgtype"), chosen)
        if f.since_ms is not None:
            sql.add("m.msgtime >= ?", f.since_ms)
        if f.until_ms is not None:
            sql.add("m.msgtime < ?", f.until_ms)
        return sql

    def _driver(self, connection: DbapiConnection, types: Iterable[str]) -> tuple[str, ...] | None:
        """The filter columns whose index holds the fewest messages in the date range, when two or
        more indexes could read the messages and one holds fewer than the estimate cap.

        Conversation, sender, type, and conversation with type each have an index ending in
        (msgtime, id) that yields the search's order. SQLite, without statistics, cannot tell a
        conversation of fifty messages from a sender of a hundred thousand: it read every message
        of a busy sender, checking each one's conversation, to search a small conversation (68,148
        rows, 0.1-0.2 s on a million messages). Counting each in its own index (at most
        _ESTIMATE_CAP entries, never a message row) tells them apart. A conversation and types
        other than text are counted together, in their shared index, which never holds more than
        either alone."""
        f = self.filters
        chosen = list(types)
        candidates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        if f.conversation_id is not None and chosen and UNINDEXED_MSGTYPE not in chosen:
            candidates[("conversation_id", "msgtype")] = [(f.conversation_id, msgtype) for msgtype in chosen]
        else:
            if f.conversation_id is not None:
                candidates[("conversation_id",)] = [(f.conversation_id,)]
            if chosen:
                candidates[("msgtype",)] = [(msgtype,) for msgtype in chosen]
        if f.sender is not None:
            candidates[("sender",)] = [(f.sender,)]
        if len(candidates) < 2:
            return None
        sizes = {
            columns: sum(self._index_count(connection, columns, value) for value in values)
            for columns, values in candidates.items()
        }
        smallest = min(sizes, key=lambda columns: sizes[columns])
        return smallest if sizes[smallest] < _ESTIMATE_CAP else None

    def _index_count(
        self, connection: DbapiConnection, columns: tuple[str, ...], values: tuple[Any, ...]
    ) -> int:
        """Messages with `columns` = `values` in the date range, counted up to _ESTIMATE_CAP."""
        if (columns, values) not in self._index_counts:
            sql = _Sql()
            for name, value in zip(columns, values, strict=True):
                if name == "msgtype":
                    sql.add_types("m.msgtype", [value])
                else:
                    sql.add(f"m.{name} = ?", value)
            if self.filters.since_ms is not None:
                sql.add("m.msgtime >= ?", self.filters.since_ms)
            if self.filters.until_ms is not None:
                sql.add("m.msgtime < ?", self.filters.until_ms)
            row = connection.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM messages m WHERE {' AND '.join(sql.where)} "
                f"LIMIT {_ESTIMATE_CAP})",
                sql.params,
            ).fetchone()
            self._index_counts[(columns, values)] = int(row[0])
        return self._index_counts[(columns, values)]

    # -- filter-driven plan -----------------------------------------------------------------

    def _filter_driven(self, connection: DbapiConnection) -> Iterator[int]:
        # One ordered stream per message type keeps each on its (msgtype, msgtime) index.
        type_groups: list[tuple[str, ...] | None] = [(t,) for t in self.filters.msgtypes] or [None]
        streams = [self._filtered_stream(connection, group) for group in type_groups]
        for _, message_id in heapq.merge(*streams, key=lambda hit: (-hit[0], -hit[1])):
            yield message_id

    def _filtered_stream(
        self, connection: DbapiConnection, types: tuple[str, ...] | None
    ) -> Iterator[tuple[int, int]]:
        sql = self._message_filters(types, self._driver(connection, types or ()))
        join = ""
        if self.terms:
            join = "JOIN search_docs d ON d.docid = m.search_docid"
            for term in self.terms:
                sql.add("instr(d.text, ?) > 0", term.text)
        where = " AND ".join(sql.where) or "1"
        cursor = connection.execute(
            f"SELECT m.msgtime, m.id FROM messages m {join} WHERE {where} ORDER BY m.msgtime DESC, m.id DESC",
            sql.params,
        )
        for msgtime, message_id in cursor:
            self._check()
            yield time_key(msgtime), message_id

    # -- text-driven plan -------------------------------------------------------------------

    def _text_driven(self, connection: DbapiConnection) -> Iterator[int]:
        segments = connection.execute(
            "SELECT lo_docid, hi_docid FROM search_segments ORDER BY max_msgtime DESC"
        ).fetchall()
        streams = [self._segment_stream(connection, lo, hi) for lo, hi in segments]
        for _, message_id in heapq.merge(*streams, key=lambda hit: (-hit[0], -hit[1])):
            yield message_id

    def _segment_stream(self, connection: DbapiConnection, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """A segment's hits in exact (msgtime, id) descending order."""
        f = self.filters
        if f.since_ms is not None:
            lo = max(
                lo, self._cut(connection, lo, hi, lambda t: t < f.since_ms - LATENESS_MS, lowest=False) + 1
            )
        if f.until_ms is not None:
            hi = min(
                hi, self._cut(connection, lo, hi, lambda t: t > f.until_ms + LATENESS_MS, lowest=True) - 1
            )
        if lo > hi:
            return
        sql = self._message_filters()
        for term in self.terms:
            if not term.exact_in_index:
                sql.add("instr(d.text, ?) > 0", term.text)
        match = " AND ".join(f"({term.match})" for term in self.terms)
        where = "".join(f" AND {clause}" for clause in sql.where)
        cursor = connection.execute(
            "SELECT m.msgtime, d.message_id FROM search_fts JOIN search_docs d ON d.docid = search_fts.rowid "
            "JOIN messages m ON m.id = d.message_id "
            f"WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ? AND ?{where} ORDER BY search_fts.rowid DESC",
            [match, lo, hi, *sql.params],
        )
        pending: list[tuple[int, int]] = []  # max-heap of (-time, -id)
        oldest_read: int | None = None
        for msgtime, message_id in cursor:
            self._check()
            moment = time_key(msgtime)
            heapq.heappush(pending, (-moment, -message_id))
            oldest_read = moment if oldest_read is None else min(oldest_read, moment)
            # Nothing not yet read can be newer than oldest_read + LATENESS_MS.
            while pending and -pending[0][0] > oldest_read + LATENESS_MS:
                negative_time, negative_id = heapq.heappop(pending)
                yield -negative_time, -negative_id
        while pending:
            negative_time, negative_id = heapq.heappop(pending)
            yield -negative_time, -negative_id

    def _cut(self, connection: DbapiConnection, lo: int, hi: int, beyond: Any, lowest: bool) -> int:
        """A docid past which the segment holds nothing inside the time range (binary search).

        With lateness bounded, a document whose time is `beyond` the range plus the bound proves
        every document on the far side of it is outside the range too.
        """
        found = hi + 1 if lowest else lo - 1
        left, right = lo, hi
        while left <= right:
            middle = (left + right) // 2
            row = connection.execute(
                "SELECT m.msgtime FROM search_docs d JOIN messages m ON m.id = d.message_id WHERE d.docid = ?",
                (middle,),
            ).fetchone()
            moment = time_key(row[0] if row else None)
            if beyond(moment):
                found = middle
                if lowest:
                    right = middle - 1
                else:
                    left = middle + 1
            elif lowest:
                left = middle + 1
            else:
                right = middle - 1
        return found
