"""The media queue runner: chunked GetMediaData downloads, verified and stored content-addressed.

Plain Python with a progress callback and a cancel flag, like the pull pipeline. Each queued
media row (see store.media_queue) is fetched in 512 KiB chunks into ``media/.partial/<id>.part``;
after each chunk the GetMediaData index that continues the file is saved beside it, so a killed
run resumes where it stopped. A complete file is checked against the message's ``md5sum`` and
renamed to ``media/<md5[0:2]>/<md5><ext>`` (see sync.media_files for the layout).

Outcomes per row: downloaded; failed (retried on later runs up to ``max_attempts``); expired
(10010 / 301048, never retried); skipped (kind switched off, or larger than the maximum size).
A local write error (disk full, quota, read-only…) stops the run with ``MediaStorageError``;
an SDK fault that no file can get past (IP not allowed, bad Secret, certificate…) stops it with
that ``SdkError``. Either way the row being fetched stays pending and keeps its partial download.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from wecom_desktop.core.bodies_base import MEDIA_KINDS
from wecom_desktop.core.formatting import file_size
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.sdk.client import FinanceClient
from wecom_desktop.sdk.errors import Fault, SdkError
from wecom_desktop.store import media_queue
from wecom_desktop.store.media_queue import QueuedMedia
from wecom_desktop.sync.media_files import (
    MediaStorageError,
    Partial,
    content_path,
    extension_for,
    holds_content,
    is_md5,
    md5_of_prefix,
    store_part,
)
from wecom_desktop.sync.pipeline import retry_note

__all__ = [
    "ALL_MEDIA_KINDS",
    "MediaProgress",
    "MediaResult",
    "MediaSettings",
    "MediaStorageError",
    "download_media",
]

ALL_MEDIA_KINDS = MEDIA_KINDS
_EXPIRED_CODES = frozenset({10010, 301048})
# Faults that every file would hit the same way: stop the run instead of failing each row.
_RUN_FAULTS = frozenset(
    {Fault.IP_NOT_ALLOWED, Fault.SECRET, Fault.CERTIFICATE, Fault.NOT_ENABLED, Fault.LIBRARY}
)
_PROGRESS_INTERVAL_S = 0.1
_PAGE = 200
_CHECKED_PAGE = 5000  # downloaded rows whose files are checked per query


@dataclass(frozen=True)
class MediaSettings:
    kinds: frozenset[str] = ALL_MEDIA_KINDS  # kinds to download; the others are skipped
    max_bytes: int | None = None  # larger files are skipped; None = no limit
    max_attempts: int = 5  # runs that may fail on one file before it waits for "retry failed media"
    chunk_attempts: int = 4  # tries of one chunk on retryable SDK errors, within a run
    backoff_s: float = 1.0  # first wait between tries, doubling
    backoff_max_s: float = 30.0
    stop_after_failures: int = 3  # consecutive files failing on retryable errors end the run


@dataclass
class MediaProgress:
    phase: str  # download | backoff | done
    files_done: int = 0
    files_total: int = 0
    bytes: int = 0  # fetched in this run
    current: str = ""  # the file being fetched (its name, else its kind)
    current_bytes: int = 0
    current_size: int | None = None
    elapsed: float = 0.0
    note_text: Text | None = None  # e.g. why the run is waiting, for an interface to render in its language

    @property
    def note(self) -> str:
        """The note in both languages, as the command line shows it."""
        return self.note_text.both if self.note_text is not None else ""


@dataclass
class MediaResult:
    downloaded: int = 0  # files fetched and stored in this run
    reused: int = 0  # rows whose content was already stored (no download, or an identical file)
    failed: int = 0
    expired: int = 0
    skipped: int = 0
    bytes: int = 0  # fetched in this run
    resumed_bytes: int = 0  # kept from partial downloads of earlier runs
    files_total: int = 0
    cancelled: bool = False
    seconds: float = 0.0


class _Cancelled(Exception):
    pass


class _TooLarge(Exception):
    def __init__(self, seen: int) -> None:
        super().__init__(seen)
        self.seen = seen


def _is_expired(error: SdkError) -> bool:
    return error.fault is Fault.EXPIRED or error.code in _EXPIRED_CODES


def _kind_off(kind: str) -> str:
    return Text(
        QT_TRANSLATE_NOOP("MediaDownload", "已跳过：设置中未开启「{kind}」类型的下载。"), kind=kind
    ).both


def _too_large(max_bytes: int) -> str:
    return Text(
        QT_TRANSLATE_NOOP("MediaDownload", "已跳过：文件大于设置的上限 {limit}。"),
        limit=file_size(max_bytes),
    ).both


def _mismatch(expected: str, actual: str) -> str:
    return Text(
        QT_TRANSLATE_NOOP(
            "MediaDownload",
            "文件校验失败：下载内容的 MD5（{actual}）与消息中的 md5sum（{expected}）不一致，已删除，稍后重试。",
        ),
        actual=actual,
        expected=expected,
    ).both


class _Run:
    def __init__(
        self,
        engine: Engine,
        client: FinanceClient,
        media_dir: Path,
        settings: MediaSettings,
        cancel: threading.Event | None,
        report: Callable[[MediaProgress], None] | None,
    ) -> None:
        self.engine, self.client, self.media_dir, self.settings = engine, client, media_dir, settings
        self.cancel = cancel or threading.Event()
        self.report = report
        self.started = time.monotonic()
        self.last_report = 0.0
        self.progress = MediaProgress("download")
        self.result = MediaResult()
        self.failure_streak = 0

    def publish(self, force: bool = False) -> None:
        now = time.monotonic()
        self.progress.elapsed = self.result.seconds = now - self.started
        if self.report is not None and (force or now - self.last_report >= _PROGRESS_INTERVAL_S):
            self.last_report = now
            self.report(dataclasses.replace(self.progress))

    def check(self) -> None:
        if self.cancel.is_set():
            raise _Cancelled

    # ------------------------------------------------------------ the queue

    def requeue_missing(self) -> None:
        """Downloaded files deleted or moved out of the media folder by hand are fetched again
        (while the server still has them) instead of being shown as downloaded."""
        after = 0
        while page := media_queue.downloaded_files(self.engine, after, _CHECKED_PAGE):
            after = page[-1][0]
            missing = [
                media_id for media_id, path in page if not path or not (self.media_dir / path).is_file()
            ]
            media_queue.requeue_downloaded(self.engine, missing)

    def prepare(self) -> None:
        """Apply the settings to the queue: skip what they exclude, requeue what they allow again."""
        s = self.settings
        self.requeue_missing()
        media_queue.requeue_skipped(self.engine, s.kinds, s.max_bytes)
        for kind in sorted(media_queue.queued_kinds(self.engine, s.max_attempts) - s.kinds):
            self.result.skipped += media_queue.skip_kind(self.engine, kind, _kind_off(kind), s.max_attempts)
        if s.max_bytes is not None:
            self.result.skipped += media_queue.skip_larger_than(
                self.engine, s.max_bytes, _too_large(s.max_bytes), s.max_attempts
            )
        self.progress.files_total = self.result.files_total = media_queue.count_queued(
            self.engine, s.max_attempts, s.kinds
        )

    def run(self) -> None:
        self.prepare()
        self.publish(force=True)
        after: tuple[int, int] | None = None
        while batch := media_queue.queued_media(
            self.engine, self.settings.max_attempts, self.settings.kinds, _PAGE, after
        ):
            for row in batch:
                self.check()
                after = (row.message_id, row.part)
                self.one(row)
                self.progress.files_done += 1
                self.publish()

    # ------------------------------------------------------------ one file

    def one(self, row: QueuedMedia) -> None:
        self.progress.current = row.filename or row.kind
        self.progress.current_bytes, self.progress.current_size = 0, row.size
        extension = extension_for(row.kind, row.filename)
        expected = row.md5sum.strip().lower()
        if not is_md5(expected):  # "N/A" or the like states nothing to check against
            expected = ""
        partial = Partial(self.media_dir, row.id)
        try:
            if expected and holds_content(self.media_dir / content_path(expected, extension), expected):
                partial.discard()  # identical content is stored already: no download
                media_queue.mark_downloaded(self.engine, row.id, content_path(expected, extension))
                self.result.reused += 1
                return
            try:
                md5 = self.fetch(row, partial)
            except _TooLarge as exc:
                partial.discard()
                assert self.settings.max_bytes is not None
                media_queue.mark_skipped(self.engine, row.id, _too_large(self.settings.max_bytes), exc.seen)
                self.result.skipped += 1
                return
            except SdkError as exc:
                self.sdk_failure(row, partial, exc)
                return
            self.failure_streak = 0
            if expected and expected != md5:
                partial.discard()
                media_queue.mark_failed(self.engine, row.id, _mismatch(expected, md5))
                self.result.failed += 1
                return
            relative = content_path(md5, extension)
            if store_part(partial, self.media_dir, relative, md5):
                self.result.downloaded += 1
            else:
                self.result.reused += 1
            media_queue.mark_downloaded(self.engine, row.id, relative)
        except OSError as exc:
            raise MediaStorageError(self.media_dir, exc) from exc

    def sdk_failure(self, row: QueuedMedia, partial: Partial, error: SdkError) -> None:
        if error.fault is Fault.CANCELLED:
            raise _Cancelled from error
        if _is_expired(error):
            partial.discard()
            media_queue.mark_expired(self.engine, row.id, str(error))
            self.result.expired += 1
            return
        if error.fault in _RUN_FAULTS:
            raise error
        if not error.retryable:  # this file's own problem (bad sdkfileid…): nothing to resume
            partial.discard()
        media_queue.mark_failed(self.engine, row.id, str(error))
        self.result.failed += 1
        if error.retryable:
            self.failure_streak += 1
            if self.failure_streak >= self.settings.stop_after_failures:
                raise error
        else:
            self.failure_streak = 0

    def fetch(self, row: QueuedMedia, partial: Partial) -> str:
        """Download `row` into its .part (resuming a saved one); returns its MD5 when complete."""
        partial.folder.mkdir(parents=True, exist_ok=True)
        resume = partial.resume_point(row.sdkfileid)
        index, offset = resume if resume is not None else ("", 0)
        digest = md5_of_prefix(partial.part, offset) if offset else hashlib.md5()
        self.result.resumed_bytes += offset
        tries = 0
        with partial.part.open("r+b" if offset else "w+b") as stream:
            while True:
                stream.seek(offset)
                stream.truncate()
                written, running = offset, digest.copy()
                self.progress.current_bytes = offset
                try:
                    for used, data in self.client.media_chunks(row.sdkfileid, index):
                        if used != index:  # a new chunk: the file so far + `used` is a resume point
                            stream.flush()
                            os.fsync(stream.fileno())
                            partial.save(row.sdkfileid, used, written)
                            index, offset, digest = used, written, running.copy()
                            tries = 0
                        stream.write(data)
                        running.update(data)
                        written += len(data)
                        self.result.bytes += len(data)
                        self.progress.bytes += len(data)
                        self.progress.current_bytes = written
                        if self.settings.max_bytes is not None and written > self.settings.max_bytes:
                            raise _TooLarge(written)
                        self.publish()
                        self.check()
                    stream.flush()
                    os.fsync(stream.fileno())
                    return running.hexdigest()
                except SdkError as exc:
                    if exc.fault is Fault.CANCELLED or _is_expired(exc) or exc.fault in _RUN_FAULTS:
                        raise
                    if not exc.retryable:
                        if resume is None or index != resume[0]:
                            raise
                        # The index saved by an earlier run was refused (stale, or the server
                        # changed its ranges): start this file over, once.
                        self.result.resumed_bytes -= resume[1]
                        resume, index, offset, digest = None, "", 0, hashlib.md5()
                        continue
                    tries += 1
                    if tries >= self.settings.chunk_attempts:
                        raise
                    self.back_off(tries, exc)

    def back_off(self, tries: int, error: SdkError) -> None:
        delay = min(self.settings.backoff_max_s, self.settings.backoff_s * 2 ** (tries - 1))
        note = retry_note("GetMediaData", error, delay)
        self.progress.phase, self.progress.note_text = "backoff", note
        self.publish(force=True)
        if self.cancel.wait(delay):
            raise _Cancelled
        self.progress.phase, self.progress.note_text = "download", None


def download_media(
    engine: Engine,
    client: FinanceClient,
    media_dir: Path,
    settings: MediaSettings = MediaSettings(),
    cancel: threading.Event | None = None,
    progress: Callable[[MediaProgress], None] | None = None,
) -> MediaResult:
    """Download every queued media file the settings allow; see the module docstring.

    Returns the counts of this run (`cancelled` set when `cancel` stopped it, between chunks).
    Raises MediaStorageError when the media folder cannot be written, and SdkError for a fault
    that stops every download (the row being fetched stays pending either way)."""
    run = _Run(engine, client, media_dir, settings, cancel, progress)
    try:
        run.run()
    except _Cancelled:
        run.result.cancelled = True
    finally:
        run.progress.phase = "done"
        run.progress.current = ""
        run.publish(force=True)
    return run.result
