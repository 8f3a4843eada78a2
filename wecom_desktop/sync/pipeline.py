"""The pull pipeline: GetChatData pages → RSA unwrap, DecryptData, parse (all cores) → store.

Plain Python with a progress callback and a cancel flag. Each page's messages, index rows
and the new high-water seq commit in one transaction, so a killed sync replays at most the
page it was writing, and msgid uniqueness makes the replay change nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Engine

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.core.message import EncryptedRecord
from wecom_desktop.core.stored_message import StoredMessage
from wecom_desktop.sdk.client import MALFORMED, MAX_LIMIT, ChatRecord, FinanceClient
from wecom_desktop.sdk.errors import Fault, SdkError
from wecom_desktop.store import audit
from wecom_desktop.store.errors import ArchiveError
from wecom_desktop.store.queries import checkpoint, undecryptable_records
from wecom_desktop.store.writer import ArchiveWriter, BatchResult, Checkpoint
from wecom_desktop.sync.decrypt_workers import DecryptWorkers, Outcome

T = TypeVar("T")
UNSTORABLE = "unstorable"  # why a decrypted message is kept encrypted: the archive refused one of its values
_PROGRESS_INTERVAL_S = 0.1
_WAIT_SLICE_S = 0.2
_TOO_LARGE = 301058  # errcode: the page exceeds the server's size limit (the reference: lower `limit`)


def retry_note(what: str, error: SdkError, delay: float) -> Text:
    """The progress note while a failed call waits to be retried."""
    return Text(
        QT_TRANSLATE_NOOP("SyncProgress", "{delay} 秒后重试 {what}：{error}"),
        what=what,
        error=error.text,
        delay=f"{delay:.0f}",
    )


class SyncCancelled(Exception):
    """The user stopped the sync."""


@dataclass(frozen=True)
class SyncSettings:
    corp_id: str
    page_size: int = MAX_LIMIT
    workers: int | None = None  # unwrap-and-decrypt processes (default: all cores)
    pages_ahead: int = 2  # pages pulled and unwrapping while one is written
    max_attempts: int = 6  # per SDK call, for retryable failures (fewer if the reference limits a code)
    backoff_s: float = 1.0
    backoff_max_s: float = 60.0


@dataclass
class SyncProgress:
    phase: str  # pull | backoff | retry | done
    stored: int = 0
    duplicates: int = 0
    undecryptable: int = 0
    pages: int = 0
    seq: int = 0
    elapsed: float = 0.0
    note_text: Text | None = None  # e.g. why the sync is waiting, for an interface to render in its language

    @property
    def rate(self) -> float:
        return self.stored / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def note(self) -> str:
        """The note in both languages, as the command line shows it."""
        return self.note_text.both if self.note_text is not None else ""


@dataclass
class SyncResult:
    progress: SyncProgress
    first_seq: int
    last_seq: int
    cancelled: bool = False
    error: SdkError | None = None
    failures: dict[str, int] = field(default_factory=dict)  # undecryptable reasons → count


class _Run:
    """State of one sync: progress reporting, cancel checks and retries with back-off."""

    def __init__(
        self,
        settings: SyncSettings,
        cancel: threading.Event | None,
        report: Callable[[SyncProgress], None] | None,
    ) -> None:
        self.settings = settings
        self.cancel = cancel or threading.Event()
        self.report = report
        self.started = time.monotonic()
        self.last_report = 0.0
        self.progress = SyncProgress("pull")
        self.failures: dict[str, int] = {}

    def check(self) -> None:
        if self.cancel.is_set():
            raise SyncCancelled

    def publish(self, force: bool = False) -> None:
        now = time.monotonic()
        self.progress.elapsed = now - self.started
        if self.report is not None and (force or now - self.last_report >= _PROGRESS_INTERVAL_S):
            self.last_report = now
            self.report(dataclasses.replace(self.progress))

    def with_retries(self, call: Callable[[], T], what: str) -> T:
        attempt = 0
        while True:
            self.check()
            try:
                return call()
            except SdkError as exc:
                if exc.fault is Fault.CANCELLED:
                    raise SyncCancelled from exc
                attempt += 1
                allowed = self.settings.max_attempts
                if exc.max_retries is not None:
                    allowed = min(allowed, exc.max_retries + 1)
                if not exc.retryable or attempt >= allowed:
                    raise
                delay = min(self.settings.backoff_max_s, self.settings.backoff_s * 2 ** (attempt - 1))
                phase, note = self.progress.phase, retry_note(what, exc, delay)
                self.progress.phase, self.progress.note_text = "backoff", note
                self.publish(force=True)
                if self.cancel.wait(delay):
                    raise SyncCancelled from exc
                self.progress.phase, self.progress.note_text = phase, None

    def wait_for(self, future: Future[list[Outcome]], workers: DecryptWorkers) -> list[Outcome]:
        while True:
            if self.cancel.is_set():
                workers.kill()
                raise SyncCancelled
            try:
                return future.result(timeout=_WAIT_SLICE_S)
            except FutureTimeout:
                continue
            except SdkError as exc:
                if exc.fault is Fault.CANCELLED:
                    raise SyncCancelled from exc
                raise

    def count_failure(self, reason: str) -> None:
        key = reason.split(":", 1)[0]
        self.failures[key] = self.failures.get(key, 0) + 1
        self.progress.undecryptable += 1


def _pull(run: _Run, client: FinanceClient, after: int, limit: int) -> tuple[list[ChatRecord], int]:
    """The page after `after` and the page size it took: halved while the server finds a page too large."""
    while True:
        try:
            page = run.with_retries(functools.partial(client.get_chat_data, after, limit), "GetChatData")
        except SdkError as exc:
            if exc.code != _TOO_LARGE or limit == 1:
                raise
            limit //= 2
            note = Text(
                QT_TRANSLATE_NOOP("SyncProgress", "数据超出大小限制，每次改为拉取 {limit} 条"), limit=limit
            )
            run.progress.note_text = note
            run.publish(force=True)
        else:
            return page, limit


def _submit(workers: DecryptWorkers, records: Sequence[ChatRecord]) -> Future[list[Outcome]]:
    """Decrypt the page's records; a malformed record has nothing to decrypt."""
    return workers.submit([record for record in records if not record.problem])


def _page_results(
    run: _Run, records: Sequence[ChatRecord], outcomes: Sequence[Outcome]
) -> tuple[list[StoredMessage], list[EncryptedRecord]]:
    """Every record of a page ends as a message or an encrypted record with its reason."""
    messages: list[StoredMessage] = []
    failed: list[EncryptedRecord] = []
    decrypted = iter(outcomes)
    for record in records:
        outcome = record.problem or next(decrypted)
        if not isinstance(outcome, str):
            messages.append(outcome)
            continue
        run.count_failure(outcome)
        failed.append(_kept_encrypted(record, outcome))
    return messages, failed


def _kept_encrypted(record: ChatRecord, why: str) -> EncryptedRecord:
    return EncryptedRecord(
        record.msgid,
        record.seq,
        record.publickey_ver or None,  # 0: a malformed record without a usable version
        record.encrypt_random_key,
        record.encrypt_chat_msg,
        why,
    )


def _write_page(
    run: _Run,
    writer: ArchiveWriter,
    records: Sequence[ChatRecord],
    messages: list[StoredMessage],
    failed: list[EncryptedRecord],
    page_checkpoint: Checkpoint,
) -> BatchResult:
    """Store a page with its checkpoint; a message the archive refuses is kept as its encrypted record."""
    by_msgid = {record.msgid: record for record in records}

    def keep_encrypted(message: StoredMessage, why: str) -> EncryptedRecord:
        record = by_msgid[message.msgid]
        outcome = f"{UNSTORABLE}:{record.publickey_ver}: {why}"
        run.count_failure(outcome)
        return _kept_encrypted(record, outcome)

    written, _refused = writer.write_batch_isolating(
        messages, failed, page_checkpoint, keep_refused=keep_encrypted
    )
    return written


@contextlib.contextmanager
def _running(
    client: FinanceClient, private_keys: Mapping[int, str], run: _Run, result: SyncResult
) -> Iterator[DecryptWorkers]:
    """Decrypt workers for the run; a cancel or an SDK error ends the run into `result`."""
    workers = DecryptWorkers(client.host.library_path, private_keys, run.settings.workers)
    try:
        yield workers
    except SyncCancelled:
        result.cancelled = True
    except SdkError as exc:
        result.error = exc
    finally:
        workers.close()
        run.progress.phase = "done"
        run.publish(force=True)
        result.failures = dict(run.failures)


@contextlib.contextmanager
def _failure_audited(record_failure: Callable[[str], object]) -> Iterator[None]:
    """A database failure that ends a run, a full disk above all, is audited with its reason when
    the database still takes that small write; otherwise the entry reads as interrupted."""
    try:
        yield
    except ArchiveError as exc:
        with contextlib.suppress(Exception):  # best effort: the error that ended the run is the one to raise
            record_failure(str(exc))
        raise


def _outcome(result: SyncResult) -> str:
    return "cancelled" if result.cancelled else "failed" if result.error else "ok"


def run_sync(
    engine: Engine,
    client: FinanceClient,
    private_keys: Mapping[int, str],
    settings: SyncSettings,
    cancel: threading.Event | None = None,
    progress: Callable[[SyncProgress], None] | None = None,
) -> SyncResult:
    """Pull everything after the stored checkpoint until a page comes back empty."""
    run = _Run(settings, cancel, progress)
    first_seq = checkpoint(engine, settings.corp_id)
    run.progress.seq = first_seq
    entry = audit.record(engine, "sync", "running", {"corp_id": settings.corp_id, "from_seq": first_seq})
    result = SyncResult(run.progress, first_seq, first_seq)

    def failed(why: str) -> None:
        audit.finish(engine, entry, "failed", _audit_detail(settings, result, why))

    with _failure_audited(failed), _running(client, private_keys, run, result) as workers:
        _pull_all(run, client, ArchiveWriter(engine), workers, result)
    audit.finish(engine, entry, _outcome(result), _audit_detail(settings, result))
    return result


def _pull_all(
    run: _Run, client: FinanceClient, writer: ArchiveWriter, workers: DecryptWorkers, result: SyncResult
) -> None:
    """Pages after the checkpoint until one comes back empty, `pages_ahead` decrypting while one is written."""
    queue: deque[tuple[list[ChatRecord], Future[list[Outcome]]]] = deque()
    next_seq, limit, exhausted = result.first_seq, run.settings.page_size, False
    while True:
        while not exhausted and len(queue) < run.settings.pages_ahead:
            page, limit = _pull(run, client, next_seq, limit)
            if not page:
                exhausted = True
                break
            queue.append((page, _submit(workers, page)))
            next_seq = page[-1].seq
        if not queue:
            return
        records, future = queue.popleft()
        messages, failed = _page_results(run, records, run.wait_for(future, workers))
        written = _write_page(
            run, writer, records, messages, failed, Checkpoint(run.settings.corp_id, records[-1].seq)
        )
        run.progress.stored += written.inserted
        run.progress.duplicates += written.duplicates
        run.progress.pages += 1
        run.progress.seq = result.last_seq = records[-1].seq
        run.publish()


def _audit_detail(settings: SyncSettings, result: SyncResult, error: str = "") -> dict[str, object]:
    progress = result.progress
    return {
        "corp_id": settings.corp_id,
        "from_seq": result.first_seq,
        "to_seq": result.last_seq,
        "stored": progress.stored,
        "duplicates": progress.duplicates,
        "undecryptable": progress.undecryptable,
        "failures": result.failures,
        "error": error or (str(result.error) if result.error else ""),
        "seconds": round(progress.elapsed, 1),
    }


def retry_undecryptable(
    engine: Engine,
    client: FinanceClient,
    private_keys: Mapping[int, str],
    settings: SyncSettings,
    cancel: threading.Event | None = None,
    progress: Callable[[SyncProgress], None] | None = None,
) -> SyncResult:
    """Decrypt again the records stored undecryptable (after a key was added)."""
    run = _Run(settings, cancel, progress)
    run.progress.phase = "retry"
    writer = ArchiveWriter(engine)
    result = SyncResult(run.progress, 0, 0)
    after = 0

    def audited(outcome: str, error: str = "") -> None:
        detail = {"recovered": run.progress.stored, "still_undecryptable": run.progress.undecryptable}
        audit.record(engine, "retry_undecryptable", outcome, {**detail, "error": error} if error else detail)

    with (
        _failure_audited(functools.partial(audited, "failed")),
        _running(client, private_keys, run, result) as workers,
    ):
        while batch := undecryptable_records(engine, after, settings.page_size):
            after = batch[-1][0]
            records = [
                ChatRecord(
                    r.seq or 0,
                    r.msgid,
                    r.publickey_ver or 0,
                    r.encrypt_random_key,
                    r.encrypt_chat_msg,
                    r.error if r.error.startswith(MALFORMED) else "",
                )
                for _, r in batch
            ]
            messages, _still_failing = _page_results(
                run, records, run.wait_for(_submit(workers, records), workers)
            )
            written, refused = writer.write_batch_isolating(messages, replace_undecryptable=True)
            for _message, reason in refused:  # it stays stored as the record it was
                run.count_failure(f"{UNSTORABLE}: {reason}")
            run.progress.stored += written.inserted
            run.progress.pages += 1
            run.publish()
    audited(_outcome(result), str(result.error) if result.error else "")
    return result
