"""A sync off the GUI thread: the profile's credentials from the keyring, then `sync.session`."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine

from wecom_desktop.credentials import CredentialStore
from wecom_desktop.profile import Profile
from wecom_desktop.sdk import library
from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.sync.media import MediaSettings
from wecom_desktop.sync.pipeline import SyncSettings
from wecom_desktop.sync.session import SessionOptions, SessionResult, run_session
from wecom_desktop.ui.threads import Worker


@dataclass(frozen=True)
class SyncRequest:
    profile: Profile
    sdk_library: Path | None
    proxy: str = ""
    timeout_s: int = 10
    download_media: bool = True
    retry_undecryptable: bool = False


class MissingCredentials(Exception):
    """The profile has no complete set of credentials in the keyring."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "SyncWorker",
                "钥匙串中没有此档案完整的凭据（企业 ID、Secret 和至少一个私钥）。请在「设置」中填写。",
            )
        )


class SyncWorker(Worker):
    """Emits SyncProgress / MediaProgress as `progress`, and the SessionResult on success."""

    def __init__(self, engine: Engine, request: SyncRequest, store: CredentialStore) -> None:
        super().__init__()
        self.engine, self.request, self.store = engine, request, store
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def work(self) -> SessionResult:
        stored = self.store.load()
        if not stored.complete or stored.corp_id is None or stored.secret is None:
            raise MissingCredentials
        request = self.request
        client = FinanceClient(
            library.locate(request.sdk_library),
            stored.corp_id,
            stored.secret,
            Connection(request.proxy, stored.proxy_password or "", request.timeout_s),
        )
        options = SessionOptions(
            request.profile.media_dir,
            MediaSettings() if request.download_media else None,
            request.retry_undecryptable,
        )
        try:
            return run_session(
                self.engine,
                client,
                dict(stored.private_keys),
                SyncSettings(stored.corp_id),
                options,
                self._cancel,
                self.progress.emit,
            )
        finally:
            client.close()
