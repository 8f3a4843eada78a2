"""Keeping what the wizard collected: secrets in the keyring, everything else in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from wecom_desktop.credentials import CredentialStore
from wecom_desktop.ui.setup.values import SetupValues
from wecom_desktop.ui.threads import Worker

PROXY_KEY, SDK_LIBRARY_KEY = "sync/proxy", "sync/sdk_library"


class StoreCredentialsWorker(Worker):
    """Writes the secrets to the keyring off the GUI thread (an unlock prompt may block)."""

    def __init__(self, store: CredentialStore, values: SetupValues) -> None:
        super().__init__()
        self.store, self.values = store, values

    def work(self) -> object:
        values = self.values
        self.store.set_corp_id(values.corp_id)
        self.store.set_secret(values.secret)
        for version, key in values.keys.items():
            self.store.set_private_key(version, key.private_pem_pkcs8())
        self.store.set_proxy_password(values.proxy_password)
        return sorted(values.keys)


def save_settings(values: SetupValues, settings: QSettings | None = None) -> None:
    """The parts that are not secret."""
    target = settings or QSettings()
    target.setValue(PROXY_KEY, values.proxy)
    target.setValue(SDK_LIBRARY_KEY, str(values.sdk_library) if values.sdk_library else "")
