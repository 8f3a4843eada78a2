"""`wecom-desktop export`: a conversation or search results to a JSONL, CSV, .xlsx or HTML file."""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import threading
from pathlib import Path

from sqlalchemy import Engine

from wecom_desktop.export import (
    LABELS,
    ExportCancelled,
    ExportError,
    ExportFormat,
    ExportSelection,
    export_messages,
)
from wecom_desktop.export.search_selection import search_selection
from wecom_desktop.store.export_queries import conversations_titled
from wecom_desktop.store.queries import find_conversation
from wecom_desktop.store.search import Search, SearchFilters

EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 1, 2, 130


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    export = commands.add_parser(
        "export",
        parents=[common],
        help="export a conversation or search results to a JSONL, CSV, .xlsx or HTML file",
        description=(
            "Write a conversation (or the messages a search finds) oldest first to one file. jsonl is the "
            "evidence format: every message's decrypted JSON exactly as stored, with its envelope; csv and "
            "xlsx are one row per message; html is a printable chat transcript. The file appears only when "
            "complete; Ctrl+C or an error leaves nothing behind. Progress goes to stderr. Dates are local: "
            "YYYY-MM-DD (a whole day) or YYYY-MM-DDTHH:MM."
        ),
    )
    export.add_argument(
        "--conversation",
        metavar="REF",
        help="the conversation: its number, a group's roomid, 'userA,userB' for a single chat, or a group's exact name",
    )
    export.add_argument(
        "--query",
        metavar="TEXT",
        help="export the messages this search finds (as in 'search'; '' for all), within --conversation if given",
    )
    export.add_argument(
        "--since", metavar="DATE", type=_moment, help="from this day or moment on (inclusive)"
    )
    export.add_argument(
        "--until", metavar="DATE", type=_moment, help="up to and including this day (or before this moment)"
    )
    export.add_argument(
        "--format", required=True, choices=[fmt.value for fmt in ExportFormat], help="the file format"
    )
    export.add_argument(
        "--lang",
        choices=tuple(LABELS),
        default="zh_CN",
        help="language of the column headers, the transcript's header and message summaries (default zh_CN)",
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="PATH", help="the file to write")
    export.add_argument("--force", action="store_true", help="replace PATH if it already exists")


def _moment(value: str) -> tuple[dt.datetime, bool]:
    """A local moment, and whether it was given as a whole day."""
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value), dt.time()), True
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value), False
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD or YYYY-MM-DDTHH:MM: {value!r}") from exc


def _ms(moment: dt.datetime) -> int:
    return int(moment.astimezone().timestamp() * 1000)


def _range(args: argparse.Namespace) -> tuple[int | None, int | None]:
    since = _ms(args.since[0]) if args.since else None
    until = None
    if args.until:
        moment, whole_day = args.until
        until = _ms(moment + dt.timedelta(days=1) if whole_day else moment)
    return since, until


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"wecom-desktop export: {message}", file=sys.stderr)
    return code


def _conversation(engine: Engine, reference: str) -> int | str:
    """The conversation's number, or why there is none."""
    found = find_conversation(engine, reference)
    if found is not None:
        return found
    titled = conversations_titled(engine, reference)
    if len(titled) == 1:
        return titled[0]
    if titled:
        numbers = ", ".join(str(number) for number in titled)
        return f"{len(titled)} conversations are named {reference!r} ({numbers}); give the number"
    return f"no conversation {reference!r}"


def _selection(engine: Engine, args: argparse.Namespace) -> ExportSelection | str:
    if args.conversation is None and args.query is None:
        return "give --conversation, --query, or both"
    conversation_id = None
    if args.conversation is not None:
        found = _conversation(engine, args.conversation)
        if isinstance(found, str):
            return found
        conversation_id = found
    since_ms, until_ms = _range(args)
    if args.query is None:
        return ExportSelection(conversation_id=conversation_id, since_ms=since_ms, until_ms=until_ms)
    search = Search(engine, args.query, SearchFilters(conversation_id, since_ms=since_ms, until_ms=until_ms))
    return search_selection(search, args.query, args.lang)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done:,}/{total:,} messages", end="", file=sys.stderr, flush=True)
    else:
        print(f"{done:,}/{total:,} messages", file=sys.stderr, flush=True)


def run(engine: Engine, args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.exists() and not args.force:
        return _fail(f"{output} exists; not overwritten (use --force to replace it)")
    selection = _selection(engine, args)
    if isinstance(selection, str):
        return _fail(selection)
    from wecom_desktop.ui.i18n import translate_function  # Qt's translations render the summaries

    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        result = export_messages(
            engine,
            selection,
            args.format,
            output,
            _progress,
            cancel,
            language=args.lang,
            localize=translate_function(args.lang),
        )
    except ExportCancelled as exc:
        return _fail(exc.message_en, EXIT_CANCELLED)
    except ExportError as exc:
        return _fail(str(exc), EXIT_FAILED)
    finally:
        signal.signal(signal.SIGINT, previous)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    print(f"exported {result.count:,} messages to {result.path}")
    return 0
