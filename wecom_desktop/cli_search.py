"""`wecom-desktop search`: the archive's full-text search from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from sqlalchemy import Engine

from wecom_desktop.core.formatting import local_moment
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP
from wecom_desktop.store.queries import find_conversation
from wecom_desktop.store.search import Search, SearchFilters
from wecom_desktop.store.search_results import SearchHit, SearchPager

PAGE = 500


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    search = commands.add_parser(
        "search",
        parents=[common],
        help="full-text search of the archive",
        description=(
            "Find the messages whose text contains every word of QUERY (exact substring match of any length; "
            'case and full-/half-width insensitive; "quoted phrases" are matched as written). An empty QUERY '
            "('') lists the messages matching the filters. Results are newest first. Dates are local days."
        ),
    )
    search.add_argument("query", metavar="QUERY", help="words to find, separated by spaces; quote a phrase")
    search.add_argument(
        "--conversation",
        metavar="ID",
        help="only this conversation: its number, a group's roomid, or 'userA,userB'",
    )
    search.add_argument("--sender", metavar="ID", help="only messages sent by this userid / external_userid")
    search.add_argument(
        "--type",
        dest="types",
        action="append",
        default=[],
        metavar="T",
        help="only this msgtype (repeatable)",
    )
    search.add_argument("--since", metavar="YYYY-MM-DD", type=_day, help="from this day on (inclusive)")
    search.add_argument("--until", metavar="YYYY-MM-DD", type=_day, help="up to and including this day")
    search.add_argument(
        "--limit", metavar="N", type=int, default=50, help="at most N hits (0: all hits; default 50)"
    )
    search.add_argument("--json", action="store_true", help="print a JSON array of hits")


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from exc


def _day_start_ms(day: dt.date) -> int:
    return int(dt.datetime.combine(day, dt.time()).astimezone().timestamp() * 1000)


def _local_time(msgtime: int | None) -> str:
    moment = None if msgtime is None else local_moment(msgtime)
    return "????-??-?? ??:??:??" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S")


def _as_json(hit: SearchHit) -> dict[str, object]:
    return {
        "msgid": hit.msgid,
        "msgtime": hit.msgtime,
        "msgtype": hit.msgtype,
        "sender": hit.sender,
        "sender_name": hit.sender_name,
        "conversation": hit.conversation_id,
        "conversation_title": hit.conversation_title,
        "snippet": hit.snippet.text,
        "highlights": [list(span) for span in hit.snippet.highlights],
        "revoked": hit.revoked,
    }


def run(engine: Engine, args: argparse.Namespace) -> int:
    conversation_id = None
    if args.conversation:
        conversation_id = find_conversation(engine, args.conversation)
        if conversation_id is None:
            print(f"wecom-desktop search: no conversation {args.conversation!r}", file=sys.stderr)
            return 2
    filters = SearchFilters(
        conversation_id=conversation_id,
        sender=args.sender,
        msgtypes=tuple(args.types),
        since_ms=_day_start_ms(args.since) if args.since else None,
        until_ms=_day_start_ms(args.until + dt.timedelta(days=1)) if args.until else None,
    )
    from wecom_desktop.ui.i18n import translate_function  # Qt only when results are printed

    localize = translate_function()
    pager = SearchPager(engine, Search(engine, args.query, filters), localize)
    hits: list[SearchHit] = []
    try:
        while not pager.exhausted and (args.limit <= 0 or len(hits) < args.limit):
            size = PAGE if args.limit <= 0 else min(PAGE, args.limit - len(hits))
            page = pager.next_page(size)
            hits.extend(page)
            if not args.json:
                for hit in page:
                    where = f" [{hit.conversation_title}]" if hit.conversation_title else ""
                    revoked = (
                        localize("Search", QT_TRANSLATE_NOOP("Search", "（已撤回）")) if hit.revoked else ""
                    )
                    when = _local_time(hit.msgtime)
                    print(f"{when}  {hit.sender_name}{where}{revoked}  {hit.snippet.marked()}")
    finally:
        pager.close()
    if args.json:
        json.dump([_as_json(hit) for hit in hits], sys.stdout, ensure_ascii=False, indent=1)
        print()
    return 0
