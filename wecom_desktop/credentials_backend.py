"""Which keyring backend may hold our secrets, and keyring calls with its errors made typed.

Only the operating system's own keyrings are accepted (an allow-list of classes): Secret
Service (directly or through libsecret), KWallet, the Windows Credential Manager and the macOS
Keychain. keyring's `fail` and `null` backends mean "none"; anything else, `keyrings.alt` file
backends above all, is refused even if keyring chose it. When keyring's chainer is active we
use its best secure member and ignore the others, so a plaintext backend is never even read.
"""

from __future__ import annotations

import functools

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import SecretService
from keyring.backends.chainer import ChainerBackend

from wecom_desktop.credentials_errors import CredentialAccessError, KeyringUnavailable, UnavailableReason
from wecom_desktop.secret_filter import redact

__all__ = ["SECURE_BACKENDS", "Vault", "backend_name", "describe_backend", "secure_backend"]

SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
    }
)
_NO_BACKENDS = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
_DETAIL_LENGTH = 200


def _class_path(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def describe_backend(backend: KeyringBackend) -> str:
    """A display name and the class, e.g. `SecretService Keyring (keyring.backends.SecretService.Keyring)`."""
    try:
        name = str(backend.name)
    except Exception:  # a third-party backend's name property may fail: the class says enough
        name = type(backend).__name__
    return f"{name} ({_class_path(backend)})"


@functools.lru_cache(maxsize=4)
def _best_member(chainer: ChainerBackend) -> KeyringBackend | None:
    """The chainer's highest-priority secure backend (its list is computed once: it probes D-Bus)."""
    members: list[KeyringBackend] = list(chainer.backends)
    return next((member for member in members if _class_path(member) in SECURE_BACKENDS), None)


def secure_backend(configured: KeyringBackend | None = None) -> KeyringBackend:
    """The backend to use (`configured`, or keyring's active one); KeyringUnavailable if it is not secure."""
    try:
        active = configured if configured is not None else keyring.get_keyring()
    except Exception as exc:  # keyring's own set-up failed (a broken keyringrc.cfg, an import error)
        raise KeyringUnavailable(UnavailableReason.NO_BACKEND, "none", _detail(exc)) from None
    if isinstance(active, ChainerBackend):
        member = _best_member(active)
        if member is None:
            raise KeyringUnavailable(UnavailableReason.NO_BACKEND, describe_backend(active))
        return member
    path = _class_path(active)
    if path in SECURE_BACKENDS:
        return active
    reason = UnavailableReason.NO_BACKEND if path in _NO_BACKENDS else UnavailableReason.INSECURE_BACKEND
    raise KeyringUnavailable(reason, describe_backend(active))


def backend_or_reason(configured: KeyringBackend | None = None) -> str | KeyringUnavailable:
    """The backend secrets go to, described, or why there is none; never raises."""
    try:
        return describe_backend(secure_backend(configured))
    except KeyringUnavailable as exc:
        return exc


def backend_name(configured: KeyringBackend | None = None) -> str:
    """The backend secrets go to, or why there is none, in one line for the self-test."""
    found = backend_or_reason(configured)
    return found if isinstance(found, str) else f"none: {found.reason.value} ({found.backend})"


def _detail(exc: BaseException) -> str:
    """The failure's type and text, registered secrets redacted, cut short."""
    text = redact(str(exc)).strip()
    detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return detail if len(detail) <= _DETAIL_LENGTH else detail[: _DETAIL_LENGTH - 1] + "…"


def _unavailable(exc: Exception, backend: str) -> KeyringUnavailable | None:
    """The availability failure `exc` stands for, or None when it is some other failure."""
    cls = type(exc)
    module = cls.__module__
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable(UnavailableReason.NO_BACKEND, backend, _detail(exc))
    if isinstance(exc, keyring.errors.KeyringLocked) or cls.__name__ in {
        "LockedException",
        "PromptDismissedException",
    }:
        return KeyringUnavailable(UnavailableReason.LOCKED, backend, _detail(exc))
    if isinstance(exc, keyring.errors.InitError):
        # Secret Service: no default collection and none could be created (prompt refused or impossible)
        return KeyringUnavailable(UnavailableReason.LOCKED, backend, _detail(exc))
    if (
        cls.__name__ == "SecretServiceNotAvailableException"
        or module.startswith(("jeepney", "dbus"))  # D-Bus errors (dbus-python: the KWallet backend)
        or isinstance(exc, OSError)  # the bus socket
    ):
        return KeyringUnavailable(UnavailableReason.NO_SERVICE, backend, _detail(exc))
    return None


def _caller(backend: KeyringBackend) -> KeyringBackend:
    """What makes the calls: keyring's own Secret Service backend is used over one kept connection."""
    if type(backend) is not SecretService.Keyring:
        return backend
    from wecom_desktop.credentials_secret_service import shared_connection  # secretstorage: Linux only

    return shared_connection(backend)


class Vault:
    """The entries of one keyring service: get, set, delete, every failure a CredentialError."""

    def __init__(self, service: str, configured: KeyringBackend | None = None) -> None:
        self.service = service
        self._configured = configured

    def backend(self) -> KeyringBackend:
        return secure_backend(self._configured)

    def get(self, username: str) -> str | None:
        backend = self.backend()
        try:
            return _caller(backend).get_password(self.service, username)
        except Exception as exc:
            raise self._error(exc, backend, "read") from None

    def set(self, username: str, value: str) -> None:
        backend = self.backend()
        try:
            _caller(backend).set_password(self.service, username, value)
        except Exception as exc:
            raise self._error(exc, backend, "store") from None

    def delete(self, username: str) -> bool:
        """Remove one entry; False when there was none."""
        backend = self.backend()
        try:
            _caller(backend).delete_password(self.service, username)
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception as exc:
            raise self._error(exc, backend, "delete") from None
        return True

    @staticmethod
    def _error(exc: Exception, backend: KeyringBackend, operation: str) -> Exception:
        name = describe_backend(backend)
        return _unavailable(exc, name) or CredentialAccessError(operation, name, _detail(exc))
