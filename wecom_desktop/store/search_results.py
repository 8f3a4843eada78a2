"""Turning matching message ids into displayable hits, page by page."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import Engine, func, select

from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.i18n import Translate, untranslated
from wecom_desktop.core.parse import parse_message
from wecom_desktop.core.search_text import Snippet, Term, snippet
from wecom_desktop.store.models import CONTACTS, MESSAGES
from wecom_desktop.store.queries import conversation_titles
from wecom_desktop.store.search import Search


@dataclass(frozen=True, slots=True)
class SearchHit:
    message_id: int
    msgid: str
    msgtime: int | None
    msgtype: str
    sender: str
    sender_name: str
    conversation_id: int | None
    conversation_title: str
    summary: str
    snippet: Snippet
    revoked: bool


def _summary_and_snippet(
    body: str | None, summary: str, terms: list[Term], localize: Translate
) -> tuple[str, Snippet]:
    """The summary in `localize`'s language, and the snippet: the message's words, or that summary."""
    text = summary
    if body:
        with contextlib.suppress(RejectedRecord):
            message = parse_message(body, localize)
            summary = message.summary
            text = message.index_text or summary
    return summary, snippet(text, terms)


def load_hits(
    engine: Engine, message_ids: list[int], terms: list[Term], localize: Translate = untranslated
) -> list[SearchHit]:
    """Hits for `message_ids`, in the given order, summaries in `localize`'s language."""
    if not message_ids:
        return []
    query = (
        select(
            MESSAGES.c.id,
            MESSAGES.c.msgid,
            MESSAGES.c.msgtime,
            MESSAGES.c.msgtype,
            MESSAGES.c.sender,
            func.coalesce(CONTACTS.c.display_name, MESSAGES.c.sender),
            MESSAGES.c.conversation_id,
            MESSAGES.c.summary,
            MESSAGES.c.body,
            MESSAGES.c.revoked_by_msgid,
        )
        .join(CONTACTS, CONTACTS.c.id == MESSAGES.c.sender, isouter=True)
        .where(MESSAGES.c.id.in_(message_ids))
    )
    with engine.connect() as connection:
        rows = {row[0]: row for row in connection.execute(query)}
    titles = conversation_titles(engine, {row[6] for row in rows.values() if row[6] is not None})
    return [
        _hit(row, titles, terms, localize)
        for row in (rows[message_id] for message_id in message_ids if message_id in rows)
    ]


def _hit(row: Sequence[Any], titles: dict[int, str], terms: list[Term], localize: Translate) -> SearchHit:
    summary, found = _summary_and_snippet(row[8], row[7], terms, localize)
    return SearchHit(
        message_id=row[0],
        msgid=row[1],
        msgtime=row[2],
        msgtype=row[3],
        sender=row[4],
        sender_name=row[5],
        conversation_id=row[6],
        conversation_title=titles.get(row[6], "") if row[6] is not None else "",
        summary=summary,
        snippet=found,
        revoked=row[9] is not None,
    )


class SearchPager:
    """Pages of hits over one search, reading the index only as far as the pages asked for."""

    def __init__(self, engine: Engine, search: Search, localize: Translate = untranslated) -> None:
        self.engine = engine
        self.search = search
        self.localize = localize
        self._ids: Iterator[int] = search.message_ids()
        self.exhausted = False

    def next_page(self, size: int = 50) -> list[SearchHit]:
        ids = list(islice(self._ids, size))
        if len(ids) < size:
            self.exhausted = True
        return load_hits(self.engine, ids, self.search.terms, self.localize)

    def close(self) -> None:
        close = getattr(self._ids, "close", None)
        if close is not None:
            close()
