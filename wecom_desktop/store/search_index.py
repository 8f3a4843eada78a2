"""The full-text index (SQLite FTS5), maintained inside the writer's transactions.

Every message with indexed text gets a document: its normalised text in `search_docs`
and its bigram tokens in the contentless, position-free FTS5 table `search_fts`, under
the same dense docid. Docids are given in msgtime order within a batch; a *segment* is
a docid range in which no message is more than LATENESS_MS older than one before it,
which lets a search read the index newest-first and still return exact time order.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.parse import parse_message
from wecom_desktop.core.search_text import index_tokens, normalize
from wecom_desktop.store.dialect import execute_many

LATENESS_MS = 10 * 60 * 1000
FTS_CREATE = "CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='', tokenize='ascii', detail=none, columnsize=0)"
VOCAB_CREATE = "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')"
_REINDEX_BATCH = 2000
_NO_TIME = -(2**62)


def time_key(msgtime: int | None) -> int:
    """Ordering key of a msgtime; messages without one sort as the oldest."""
    return _NO_TIME if msgtime is None else msgtime


def assign_docids(connection: Connection, entries: Sequence[tuple[str, int | None]]) -> dict[str, int]:
    """Dense docids for (msgid, msgtime) entries, in time order, extending or opening a segment."""
    if not entries:
        return {}
    ordered = sorted(entries, key=lambda entry: (time_key(entry[1]), entry[0]))
    first = (connection.execute(text("SELECT max(docid) FROM search_docs")).scalar() or 0) + 1
    docids = {msgid: first + offset for offset, (msgid, _) in enumerate(ordered)}
    last_docid = first + len(ordered) - 1
    oldest, newest = time_key(ordered[0][1]), time_key(ordered[-1][1])
    segment = connection.execute(
        text("SELECT id, hi_docid, max_msgtime FROM search_segments ORDER BY id DESC LIMIT 1")
    ).first()
    if segment is not None and segment.hi_docid == first - 1 and oldest >= segment.max_msgtime - LATENESS_MS:
        connection.execute(
            text(
                "UPDATE search_segments SET hi_docid = :hi, max_msgtime = max(max_msgtime, :newest) WHERE id = :id"
            ),
            {"hi": last_docid, "newest": newest, "id": segment.id},
        )
    else:
        connection.execute(
            text("INSERT INTO search_segments (lo_docid, hi_docid, max_msgtime) VALUES (:lo, :hi, :newest)"),
            {"lo": first, "hi": last_docid, "newest": newest},
        )
    return docids


def insert_documents(connection: Connection, documents: Sequence[tuple[int, int, str, str]]) -> None:
    """(docid, message_id, normalised text, its index_tokens) → search_docs and the FTS index."""
    if not documents:
        return
    execute_many(
        connection,
        text("INSERT INTO search_docs (docid, message_id, text) VALUES (:docid, :message_id, :text)"),
        ("docid", "message_id", "text"),
        [(d, m, body) for d, m, body, _ in documents],
    )
    execute_many(
        connection,
        text("INSERT INTO search_fts (rowid, tokens) VALUES (:docid, :tokens)"),
        ("docid", "tokens"),
        [(d, tokens) for d, _, _, tokens in documents],
    )


def reindex_all(connection: Connection) -> None:
    """Index every stored message that has no document yet (upgrading an archive)."""
    last_id = 0
    while True:
        rows = connection.execute(
            text(
                "SELECT id, msgid, msgtime, body FROM messages WHERE id > :after AND search_docid IS NULL "
                "AND body IS NOT NULL ORDER BY id LIMIT :n"
            ),
            {"after": last_id, "n": _REINDEX_BATCH},
        ).all()
        if not rows:
            return
        last_id = rows[-1].id
        texts = {row.msgid: _safe_index_text(row.body) for row in rows}
        indexed = [row for row in rows if texts[row.msgid]]
        docids = assign_docids(connection, [(row.msgid, row.msgtime) for row in indexed])
        insert_documents(
            connection,
            [(docids[r.msgid], r.id, texts[r.msgid], index_tokens(texts[r.msgid])) for r in indexed],
        )
        if indexed:
            connection.execute(
                text("UPDATE messages SET search_docid = :docid WHERE id = :id"),
                [{"docid": docids[r.msgid], "id": r.id} for r in indexed],
            )


def rebuild(connection: Connection) -> None:
    """Drop and rebuild the whole index (after a change of normalisation, or to measure it)."""
    connection.execute(text("INSERT INTO search_fts (search_fts) VALUES ('delete-all')"))
    connection.execute(text("DELETE FROM search_docs"))
    connection.execute(text("DELETE FROM search_segments"))
    connection.execute(text("UPDATE messages SET search_docid = NULL WHERE search_docid IS NOT NULL"))
    reindex_all(connection)
    connection.execute(text("INSERT INTO search_fts (search_fts) VALUES ('optimize')"))


def _safe_index_text(body: str) -> str:
    try:
        return normalize(parse_message(body).index_text)
    except RejectedRecord:  # a stored body that no longer parses has nothing to index
        return ""
