"""Build the demo archive into a profile: generate, parse, write in batches, name contacts and groups."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, func, select

from wecom_desktop.archive_access import open_profile_archive
from wecom_desktop.core.parse import parse_message
from wecom_desktop.demo.generator import chunk_count, generate_chunk, world
from wecom_desktop.profile import Profile
from wecom_desktop.store import audit
from wecom_desktop.store.models import ContactRow, ConversationRow
from wecom_desktop.store.writer import ArchiveWriter, Checkpoint, set_contact_names, set_conversation_titles

CORP_ID = "demo-corp"
BATCH_SIZE = 5000  # one transaction each; memory stays bounded
PROGRESS_INTERVAL = 0.1  # seconds: at most ~10 progress calls a second
NAME_SOURCE = "demo"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What a build wrote, how long it took, and where the time went."""

    requested: int
    messages: int  # inserted
    duplicates: int  # already in the archive (a rebuild of the same seed)
    conversations: int
    contacts: int
    cancelled: bool
    elapsed: float  # seconds, wall clock
    generate_seconds: float
    parse_seconds: float
    write_seconds: float  # batches, names, titles and audit


@dataclass(slots=True)
class _Tally:
    messages: int = 0
    duplicates: int = 0
    done: int = 0
    generate: float = 0.0
    parse: float = 0.0
    write: float = 0.0


class _Throttle:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.last = float("-inf")

    def __call__(self, done: int, final: bool = False) -> None:
        now = time.monotonic()
        if self.progress is not None and (final or now - self.last >= PROGRESS_INTERVAL):
            self.last = now
            self.progress(done, self.total)


def _name_everything(engine: Engine, seed: int) -> tuple[int, int]:
    """Display names for the contacts the archive holds, titles for its groups; returns their counts."""
    company = world(seed).company
    with engine.connect() as connection:
        present = set(connection.scalars(select(ContactRow.id)))
        conversations = connection.scalar(select(func.count()).select_from(ConversationRow))
    names = [(party, name) for party, name in company.display_names() if party in present]
    set_contact_names(engine, names, NAME_SOURCE)
    set_conversation_titles(engine, company.group_titles())
    return conversations or 0, len(present)


def _write_all(
    writer: ArchiveWriter,
    count: int,
    seed: int,
    tally: _Tally,
    throttle: _Throttle,
    cancel: threading.Event | None,
    out: IO[str] | None,
) -> bool:
    """Generate, parse and write every batch; False when cancelled."""
    for chunk in range(chunk_count(count)):
        started = time.perf_counter()
        lines = generate_chunk(count, seed, chunk)
        tally.generate += time.perf_counter() - started
        for first in range(0, len(lines), BATCH_SIZE):
            batch = lines[first : first + BATCH_SIZE]
            if out is not None:
                out.write("\n".join(batch))
                out.write("\n")
            started = time.perf_counter()
            messages = [parse_message(line) for line in batch]
            parsed = time.perf_counter()
            tally.parse += parsed - started
            seq = tally.done + len(batch)  # seq runs 1…count in stream order
            written = writer.write_batch(messages, checkpoint=Checkpoint(CORP_ID, seq))
            tally.write += time.perf_counter() - parsed
            tally.messages += written.inserted
            tally.duplicates += written.duplicates
            tally.done = seq
            throttle(tally.done)
            if cancel is not None and cancel.is_set():
                return False
    return True


def build_demo(
    profile: Profile,
    count: int,
    seed: int = 1,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    jsonl_out: Path | None = None,
) -> DemoResult:
    """Build the deterministic demo archive of `count` messages into `profile` (idempotent by msgid)."""
    started = time.perf_counter()
    engine = open_profile_archive(profile.create())
    tally = _Tally()
    throttle = _Throttle(progress, count)
    cancelled = False
    conversations = contacts = 0
    outcome = "failed"
    try:
        throttle(0)
        stream = jsonl_out.open("w", encoding="utf-8", newline="\n") if jsonl_out else nullcontext(None)
        with stream as out:
            cancelled = not _write_all(ArchiveWriter(engine), count, seed, tally, throttle, cancel, out)
        finishing = time.perf_counter()
        conversations, contacts = _name_everything(engine, seed)
        tally.write += time.perf_counter() - finishing
        throttle(tally.done, final=True)
        outcome = "cancelled" if cancelled else "ok"
    finally:
        detail = {
            "requested": count,
            "seed": seed,
            "inserted": tally.messages,
            "duplicates": tally.duplicates,
        }
        try:
            audit.record(engine, "demo_build", outcome, detail)
        finally:
            engine.dispose()
    return DemoResult(
        requested=count,
        messages=tally.messages,
        duplicates=tally.duplicates,
        conversations=conversations,
        contacts=contacts,
        cancelled=cancelled,
        elapsed=time.perf_counter() - started,
        generate_seconds=tally.generate,
        parse_seconds=tally.parse,
        write_seconds=tally.write,
    )
