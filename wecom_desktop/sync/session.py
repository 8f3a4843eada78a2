"""One complete sync as the command line and the window run it: messages, then their media."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from wecom_desktop.sdk.client import FinanceClient
from wecom_desktop.sdk.errors import SdkError
from wecom_desktop.store import audit
from wecom_desktop.sync.media import (
    MediaProgress,
    MediaResult,
    MediaSettings,
    MediaStorageError,
    download_media,
)
from wecom_desktop.sync.pipeline import SyncProgress, SyncResult, SyncSettings, retry_undecryptable, run_sync


@dataclass(frozen=True)
class SessionOptions:
    media_dir: Path
    media: MediaSettings | None = field(default_factory=MediaSettings)  # None: do not download media
    retry_undecryptable: bool = False


@dataclass
class SessionResult:
    sync: SyncResult
    media: MediaResult | None = None
    media_error: SdkError | MediaStorageError | None = None

    @property
    def cancelled(self) -> bool:
        return self.sync.cancelled or (self.media is not None and self.media.cancelled)

    @property
    def error(self) -> SdkError | MediaStorageError | None:
        return self.sync.error or self.media_error


def media_counts(result: MediaResult) -> dict[str, int]:
    return {"downloaded": result.downloaded, "reused": result.reused, "failed": result.failed,
            "expired": result.expired, "skipped": result.skipped, "bytes": result.bytes}  # fmt: skip


def run_session(
    engine: Engine,
    client: FinanceClient,
    private_keys: Mapping[int, str],
    settings: SyncSettings,
    options: SessionOptions,
    cancel: threading.Event | None = None,
    progress: Callable[[SyncProgress | MediaProgress], None] | None = None,
) -> SessionResult:
    """Pull new messages (after retrying undecryptable ones if asked), then download their media."""
    if options.retry_undecryptable:
        retry_undecryptable(engine, client, private_keys, settings, cancel, progress)
    result = SessionResult(run_sync(engine, client, private_keys, settings, cancel, progress))
    if options.media is None or result.sync.error is not None or result.sync.cancelled:
        return result
    try:
        result.media = download_media(engine, client, options.media_dir, options.media, cancel, progress)
    except (MediaStorageError, SdkError) as exc:
        audit.record(engine, "media", "failed", {"error": f"{exc.message_zh} / {exc.message_en}"})
        result.media_error = exc
        return result
    audit.record(engine, "media", "cancelled" if result.media.cancelled else "ok", media_counts(result.media))
    return result
