"""`wecom-desktop sync` and `wecom-desktop status`: headless pulls and the completeness report."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import sys
import threading
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import Engine

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.credentials import CredentialError, CredentialStore, KeyringUnavailable
from wecom_desktop.crypto.keys import KEY_FOLDER_ENV, KeySet, PrivateKeyError
from wecom_desktop.profile import Profile
from wecom_desktop.sdk import library
from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.sdk.errors import SdkError
from wecom_desktop.secret_filter import register_secret
from wecom_desktop.store.status import archive_status
from wecom_desktop.sync.media import MediaProgress, MediaSettings
from wecom_desktop.sync.pipeline import SyncProgress, SyncSettings
from wecom_desktop.sync.session import SessionOptions, media_counts, run_session

CORP_ID_ENV, SECRET_ENV, PROXY_PASSWORD_ENV = "WECOM_CORP_ID", "WECOM_SECRET", "WECOM_PROXY_PASSWORD"
EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 1, 2, 130


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="pull new messages from WeCom into the archive",
        description=(
            "Pull everything after the stored checkpoint, decrypt it, store it and download its media. "
            "Stopping or killing it at any moment loses and duplicates nothing; the next run resumes. "
            f"Credentials: the profile's keyring entries, or the environment variables {CORP_ID_ENV}, "
            f"{SECRET_ENV} and {KEY_FOLDER_ENV} (a folder of private_key_v<N>.pem files) for headless use; "
            f"the proxy password from {PROXY_PASSWORD_ENV}."
        ),
    )
    sync.add_argument("--sdk-library", metavar="PATH", help="the finance SDK library to use")
    sync.add_argument(
        "--no-media", action="store_true", help="do not download images, voice, video and files"
    )
    sync.add_argument("--json-progress", action="store_true", help="print progress as JSON lines on stdout")
    sync.add_argument("--proxy", default="", metavar="URL", help="socks5://host:port or http://host:port")
    sync.add_argument(
        "--timeout", type=int, default=10, metavar="S", help="the SDK's timeout per call (default 10 s)"
    )
    sync.add_argument(
        "--retry-undecryptable",
        action="store_true",
        help="first decrypt again the records stored undecryptable",
    )
    status = commands.add_parser(
        "status",
        parents=[common],
        help="what the archive holds and what is missing",
        description="Messages stored, the seq range covered and any gaps in it, the last sync, records that "
        "could not be decrypted (by reason and key version), media by state and whether the archive is "
        "encrypted.",
    )
    status.add_argument("--json", action="store_true", help="print one JSON object")


def _credentials(profile: Profile) -> tuple[str, str, dict[int, str], str] | str:
    """The profile's keyring entries, else the headless environment variables; a str says what is wrong."""
    try:
        stored = CredentialStore.for_folder(profile.root).load()
    except KeyringUnavailable:
        stored = None  # a headless machine: the environment is the documented route
    except CredentialError as exc:
        return f"{exc.message_zh} / {exc.message_en}"
    if stored is not None and stored.complete:
        proxy_password = stored.proxy_password or os.environ.get(PROXY_PASSWORD_ENV, "")
        return stored.corp_id or "", stored.secret or "", dict(stored.private_keys), proxy_password
    corp_id, secret, folder = (os.environ.get(name, "") for name in (CORP_ID_ENV, SECRET_ENV, KEY_FOLDER_ENV))
    if not (corp_id and secret and folder):
        return Text(
            QT_TRANSLATE_NOOP(
                "SyncCommand",
                "没有凭据：请在程序中完成设置，或设置环境变量 {corp_id}、{secret}、{keys}。",
            ),
            corp_id=CORP_ID_ENV,
            secret=SECRET_ENV,
            keys=KEY_FOLDER_ENV,
        ).both
    try:
        keys = KeySet.read_folder(Path(folder))
    except (OSError, PrivateKeyError) as exc:
        return str(exc)
    for problem in keys.problems:
        print(f"wecom-desktop sync: {problem.file}: {problem.error}", file=sys.stderr)
    pems = {v: key.private_pem_pkcs8() for v in keys.keys.versions() if (key := keys.keys.get(v)) is not None}
    if not pems:
        return Text(QT_TRANSLATE_NOOP("SyncCommand", "{folder} 中没有私钥"), folder=folder).both
    proxy_password = os.environ.get(PROXY_PASSWORD_ENV, "")
    for secret_value in (secret, proxy_password, *pems.values()):
        register_secret(secret_value)
    return corp_id, secret, pems, proxy_password


def _as_json(progress: SyncProgress | MediaProgress) -> dict[str, object]:
    """The progress's fields; the note as the text it shows (`note`), not as its Text."""
    fields = asdict(progress)
    del fields["note_text"]
    return {**fields, "note": progress.note}


class _Reporter:
    """Progress on the terminal (a line redrawn in place) or as JSON lines."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.tty = sys.stderr.isatty()

    def __call__(self, progress: SyncProgress | MediaProgress) -> None:
        if isinstance(progress, MediaProgress):
            if self.as_json:
                print(json.dumps({"media": _as_json(progress)}, ensure_ascii=False), flush=True)
        elif self.as_json:
            print(
                json.dumps({**_as_json(progress), "rate": round(progress.rate, 1)}, ensure_ascii=False),
                flush=True,
            )
        elif self.tty:
            line = (
                f"\rseq {progress.seq:,}  stored {progress.stored:,}  undecryptable {progress.undecryptable:,}  "
                f"{progress.rate:,.0f}/s  {progress.note}"
            )
            print(line[:200].ljust(120), end="", file=sys.stderr, flush=True)


def run_sync_command(profile: Profile, engine: Engine, args: argparse.Namespace) -> int:
    found = _credentials(profile)
    if isinstance(found, str):
        print(f"wecom-desktop sync: {found}", file=sys.stderr)
        return EXIT_USAGE
    corp_id, secret, pems, proxy_password = found
    try:
        client = FinanceClient(
            library.locate(args.sdk_library),
            corp_id,
            secret,
            Connection(args.proxy, proxy_password, args.timeout),
        )
    except SdkError as exc:
        print(f"wecom-desktop sync: {exc}", file=sys.stderr)
        return EXIT_USAGE
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    reporter = _Reporter(args.json_progress)
    options = SessionOptions(
        profile.media_dir, None if args.no_media else MediaSettings(), args.retry_undecryptable
    )
    try:
        result = run_session(engine, client, pems, SyncSettings(corp_id), options, cancel, reporter)
    finally:
        signal.signal(signal.SIGINT, previous)
        client.close()
    if reporter.tty and not args.json_progress:
        print(file=sys.stderr)
    out = sys.stderr if args.json_progress else sys.stdout
    p = result.sync.progress
    summary = (
        f"stored {p.stored} (undecryptable {p.undecryptable}), duplicates {p.duplicates}, "
        f"seq {result.sync.first_seq}→{result.sync.last_seq}, {p.elapsed:.1f} s"
    )
    print(summary, file=out)
    if result.media is not None:
        print("media " + ", ".join(f"{k} {v}" for k, v in media_counts(result.media).items()), file=out)
    if result.error is not None:
        print(f"wecom-desktop sync: {result.error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_CANCELLED if result.cancelled else 0


def run_status_command(engine: Engine, as_json: bool) -> int:
    status = archive_status(engine)
    if as_json:
        print(status.json_text())
        return 0
    last = (
        dt.datetime.fromtimestamp(status.last_sync / 1000).strftime("%Y-%m-%d %H:%M:%S")
        if status.last_sync
        else "—"
    )
    print(
        f"messages          {status.messages:,} ({status.distinct_msgids:,} distinct msgids, "
        f"{status.outside_conversations:,} in no conversation)"
    )
    print(
        f"seq range         {status.min_seq} – {status.max_seq}, missing {status.missing_seqs:,} in {len(status.gaps)} gaps"
    )
    for first, last_seq in status.gaps[:20]:
        print(f"  gap             {first} – {last_seq}")
    print(
        f"last sync         {last}"
        + (f"  ({status.interrupted_syncs} interrupted)" if status.interrupted_syncs else "")
    )
    if status.last_run is not None:
        run = status.last_run
        at = dt.datetime.fromtimestamp(run["at"] / 1000).strftime("%Y-%m-%d %H:%M:%S")
        print(f"last sync run     {at} {run['outcome']}" + (f": {run['error']}" if run["error"] else ""))
    print(f"undecryptable     {status.undecryptable_total:,}")
    for item in status.undecryptable:
        print(f"  {item['reason']:<15} publickey_ver {item['publickey_ver']}: {item['count']:,}")
    print(f"unsupported       {status.unsupported_total:,}  (stored with a problem)")
    for item in status.unsupported[:20]:
        print(f"  {item['msgtype'] or '—':<15} {item['problem']}: {item['count']:,}")
    if len(status.unsupported) > 20:
        print(f"  … {len(status.unsupported) - 20} more kinds (--json lists all)")
    print(
        "media             "
        + (", ".join(f"{state} {count:,}" for state, count in sorted(status.media.items())) or "none")
    )
    print(
        f"encryption        {'SQLCipher (database key in the system keyring)' if status.encrypted else 'none'}"
    )
    return 0
