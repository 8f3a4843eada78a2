"""keyring's Secret Service backend over one D-Bus connection per process instead of one per call.

keyring opens a D-Bus connection for every read, write and delete and closes it at once.
gnome-keyring-daemon aborts, taking every application's secrets with it, when it handles a
request of a client whose connection has gone (GLib: "invoke_get_property_in_idle_cb:
assertion failed: (error != NULL)", after "gkd_secret_service_get_pkcs11_session: assertion
'client' failed"), an upstream bug that this connect, read, disconnect churn sets off. A
credential read here is several calls (a secret split in parts), so one connection is kept and
reused: the daemon sees one long-lived client. The collection lookup and the three overridden
methods follow keyring 25.7's own (`get_preferred_collection`, `get_password`, `set_password`,
`delete_password`), without the disconnect: compare them when keyring is upgraded.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import secretstorage
from keyring.backends import SecretService
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError

T = TypeVar("T")


class SharedConnectionKeyring(SecretService.Keyring):
    """The same backend, configured as `original` (scheme, preferred collection), one connection."""

    def __init__(self, original: SecretService.Keyring) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.__dict__.update(original.__dict__)
        self._lock = threading.Lock()  # a jeepney connection serves one call at a time
        self._bus: Any = None

    def _call(self, operation: Callable[[secretstorage.Collection], T]) -> T:
        with self._lock:
            if self._bus is None:
                self._bus = secretstorage.dbus_init()
            try:
                return operation(self._collection(self._bus))
            except (OSError, secretstorage.exceptions.SecretServiceNotAvailableException):
                self._bus.close()  # the bus went away: the next call connects again
                self._bus = None
                raise

    def _collection(self, bus: Any) -> secretstorage.Collection:
        try:
            if hasattr(self, "preferred_collection"):
                collection = secretstorage.Collection(bus, self.preferred_collection)
            else:
                collection = secretstorage.get_default_collection(bus)
        except secretstorage.exceptions.SecretStorageException as exc:
            raise InitError(f"Failed to create the collection: {exc}.") from exc
        if collection.is_locked():
            collection.unlock()
            if collection.is_locked():  # the user dismissed the prompt
                raise KeyringLocked("Failed to unlock the collection!")
        return collection

    def get_password(self, service: str, username: str) -> str | None:
        def read(collection: secretstorage.Collection) -> str | None:
            for item in collection.search_items(self._query(service, username)):
                self.unlock(item)  # type: ignore[no-untyped-call]
                return str(item.get_secret().decode("utf-8"))
            return None

        return self._call(read)

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = self._query(service, username, application=self.appid)
        label = f"Password for '{username}' on '{service}'"
        self._call(
            lambda collection: collection.create_item(
                label, attributes, password.encode("utf-8"), replace=True
            )
        )

    def delete_password(self, service: str, username: str) -> None:
        def delete(collection: secretstorage.Collection) -> None:
            for item in collection.search_items(self._query(service, username)):
                item.delete()
                return
            raise PasswordDeleteError("No such password!")

        self._call(delete)


@functools.lru_cache(maxsize=4)
def shared_connection(original: SecretService.Keyring) -> SharedConnectionKeyring:
    """The one-connection twin of a configured Secret Service backend (one per backend object)."""
    return SharedConnectionKeyring(original)
