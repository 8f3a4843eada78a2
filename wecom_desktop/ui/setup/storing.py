"""Keeping what the wizard collected: secrets in the keyring, everything else in QSettings."""

from __future__ import annotations

from wecom_desktop.credentials import CredentialStore
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.setup.values import SetupValues
from wecom_desktop.ui.threads import Worker


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


def save_settings(values: SetupValues, settings: ProfileSettings) -> None:
    """The parts that are not secret."""
    settings.proxy = values.proxy
    settings.sdk_library = values.sdk_library
    settings.settings.sync()
