"""Command line: GUI launch, JSONL import, search, demo archive."""

from __future__ import annotations

import argparse
import functools
import gc
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import wecom_desktop
from wecom_desktop import (
    cli_archive,
    cli_callback,
    cli_export,
    cli_keys,
    cli_sdk,
    cli_search,
    cli_sync,
)
from wecom_desktop.archive_access import open_profile_archive
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text, Translate, use_english
from wecom_desktop.core.message_problems import shown_problems
from wecom_desktop.profile import DEMO_MESSAGES, Profile, demo_data_dir, profile_for
from wecom_desktop.sdk import emulator_pack
from wecom_desktop.store.errors import ArchiveError

log = logging.getLogger(__name__)


class _VersionAction(argparse.Action):
    """argparse's version action, with the version read only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {wecom_desktop.__version__}")
        parser.exit()


def _data_dir_parent(default: object = None) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="profile folder holding archive.sqlite3, media/ and logs/ (default: the per-user data folder)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    # A command's own --data-dir sets the value only when given: a default there would overwrite
    # the one given before the command.
    common = _data_dir_parent(default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="wecom-desktop",
        description="WeCom chat content archive (会话内容存档) viewer. Without a command, opens the window.",
        parents=[_data_dir_parent()],
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless (Qt offscreen, a demo archive, search, the SDK worker, "
        "the official SDK if present, the keyring backend); one line per check, exit 1 if any failed",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=f"open the demo profile (a synthetic company of {DEMO_MESSAGES:,} messages, built on first use)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    importer = commands.add_parser(
        "import",
        parents=[common],
        help="import decrypted messages from a JSONL file",
        description=(
            "Import decrypted WeCom archive messages, one JSON object per line (JSONL) in the official "
            "format (an optional top-level 'seq' is kept) or records wrapping one under decrypt_msg, "
            "decrypted_msg, message, msg, content or data; UTF-8, or UTF-16 with a BOM. Importing is "
            "idempotent by msgid and streams the file. Prints 'imported N, duplicates D, rejected R' "
            "('imported N (with problems P), …' when P messages were stored with a problem); each rejected "
            "line and each message stored with a problem is reported on stderr with its line number and "
            "reason. A JSON array or pretty-printed JSON is refused whole. Exit status: 1 when any line was "
            "rejected or the file could not be read, 0 when every message was imported or already stored."
        ),
    )
    importer.add_argument("file", metavar="FILE", type=Path, help="JSONL file of decrypted messages")

    cli_search.add_parser(commands, common)
    cli_export.add_parser(commands, common)
    cli_sync.add_parsers(commands, common)
    cli_sdk.add_parser(commands, common)
    emulator_pack.add_parser(commands, common)
    cli_keys.add_parser(commands, common)
    cli_archive.add_parser(commands, common)
    cli_callback.add_parser(commands, common)

    demo = commands.add_parser("demo", parents=[common], help="synthetic demo archives")
    demo_commands = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    build = demo_commands.add_parser(
        "build",
        parents=[common],
        help="build a deterministic synthetic company archive",
        description="Build a deterministic synthetic archive (staff, customers, robots, every message type).",
    )
    build.add_argument("--messages", type=int, default=DEMO_MESSAGES, metavar="N", help="number of messages")
    build.add_argument(
        "--seed", type=int, default=1, metavar="S", help="random seed (same seed, same archive)"
    )
    build.add_argument(
        "--jsonl", type=Path, metavar="FILE", help="also write every message as a JSONL line here"
    )
    return parser


def _run_import(profile: Profile, path: Path) -> int:
    from wecom_desktop.store.writer import ArchiveWriter
    from wecom_desktop.sync.jsonl_import import import_jsonl
    from wecom_desktop.ui.i18n import translate_function

    if not path.is_file():
        print(f"wecom-desktop import: {path}: no such file", file=sys.stderr)
        return 2
    localize = translate_function()
    stored = Text(QT_TRANSLATE_NOOP("JsonlImport", "已保存，但有问题"))
    engine = open_profile_archive(profile)
    try:
        result = import_jsonl(
            path,
            ArchiveWriter(engine),
            on_rejected=lambda number, error: print(
                f"{path}:{number}: {error.render(localize)}", file=sys.stderr
            ),
            on_problem=lambda number, message: print(
                f"{path}:{number}: {stored.render(localize)}: {shown_problems(message.problems, localize)}",
                file=sys.stderr,
            ),
        )
    finally:
        engine.dispose()
    if result.error:
        log.error("import of %s stopped: %s", path, result.error)
        print(f"wecom-desktop import: {path}: {result.error}", file=sys.stderr)
    log.info("import of %s: %s", path, result.line())
    print(result.line())
    return 1 if result.rejected or result.error else 0


def _run_demo_build(profile: Profile, messages: int, seed: int, jsonl: Path | None) -> int:
    from wecom_desktop.demo.build import build_demo

    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,}/{total:,} messages", end="", file=sys.stderr, flush=True)

    result = build_demo(profile, messages, seed=seed, progress=progress, jsonl_out=jsonl)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    size_mb = profile.database.stat().st_size / 1e6
    print(
        f"built {result.messages:,} messages in {time.monotonic() - started:.1f} s "
        f"into {profile.database} ({size_mb:.1f} MB)"
    )
    return 0


@functools.cache
def _english() -> Translate:
    from wecom_desktop.ui.i18n import translate_function  # Qt only once an English message is rendered

    return translate_function("en")


def install_english() -> None:
    """Let text made below the UI render its English (`message_en`) from the Linguist translation."""
    use_english(lambda context, text: _english()(context, text))


def main(argv: Sequence[str] | None = None) -> int:
    install_english()
    args = build_parser().parse_args(argv)
    if args.self_test:
        from wecom_desktop.self_test import run_self_test

        return run_self_test()
    if args.command == "callback":  # needs no profile
        return cli_callback.run(args)
    if args.command is None:
        from wecom_desktop.ui.app import run_gui

        profile = Profile(Path(args.data_dir)) if args.data_dir else None
        return run_gui(profile, demo=args.demo, demo_dir=demo_data_dir())
    profile = profile_for(args.data_dir).create()
    profile.start_logging()
    try:
        if args.command == "import":
            return _run_import(profile, args.file)
        if args.command in ("sync", "status"):
            engine = open_profile_archive(profile)
            try:
                if args.command == "sync":
                    return cli_sync.run_sync_command(profile, engine, args)
                return cli_sync.run_status_command(engine, args.json)
            finally:
                engine.dispose()
        if args.command == "search":
            engine = open_profile_archive(profile)
            try:
                return cli_search.run(engine, args)
            finally:
                engine.dispose()
        if args.command == "export":
            engine = open_profile_archive(profile)
            try:
                return cli_export.run(engine, args)
            finally:
                engine.dispose()
        if args.command == "keys":
            return cli_keys.run(args)
        if args.command == "archive":
            return cli_archive.run(profile, args)
        if args.command == "emulator":
            return emulator_pack.run(args)
        if args.command == "sdk":
            return cli_sdk.run(args)
        if args.command == "demo":
            return _run_demo_build(profile, args.messages, args.seed, args.jsonl)
    except ArchiveError as exc:
        log.error("%s", exc)
        print(f"wecom-desktop {args.command}: {exc}", file=sys.stderr)
        return 1
    raise AssertionError(f"unhandled command {args.command}")


def run() -> NoReturn:
    """The process's entry point: the `wecom-desktop` command and `python -m wecom_desktop`."""
    # The modules loaded so far live as long as the process: the collector need not walk them again
    # on every full collection and at exit, which took a quarter of a second after each sync.
    gc.freeze()
    raise SystemExit(main())
