"""Changes to a profile's keyring entries, collected by the settings dialog and applied together."""

from __future__ import annotations

from dataclasses import dataclass, field

from wecom_desktop.credentials import CredentialStore


@dataclass(repr=False)
class KeyringChanges:
    """What to write when the dialog is confirmed; `repr` never shows a value."""

    corp_id: str | None = None
    secret: str | None = None
    proxy_password: str | None = None  # "" deletes it
    keys: dict[int, str] = field(default_factory=dict)  # publickey_ver → PKCS#8 PEM
    removed_keys: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return any((self.corp_id, self.secret, self.proxy_password is not None, self.keys, self.removed_keys))

    def __repr__(self) -> str:
        return f"KeyringChanges(keys={sorted(self.keys)}, removed_keys={sorted(self.removed_keys)})"

    def add_key(self, version: int, pem: str) -> None:
        self.keys[version] = pem
        self.removed_keys.discard(version)

    def remove_key(self, version: int) -> None:
        self.keys.pop(version, None)
        self.removed_keys.add(version)

    def apply(self, store: CredentialStore) -> None:
        if self.corp_id:
            store.set_corp_id(self.corp_id)
        if self.secret:
            store.set_secret(self.secret)
        if self.proxy_password == "":
            store.delete_proxy_password()
        elif self.proxy_password is not None:
            store.set_proxy_password(self.proxy_password)
        for version, pem in self.keys.items():
            store.set_private_key(version, pem)
        for version in self.removed_keys:
            store.delete_private_key(version)
