"""The secrets of a profile in the system keyring: the only code that talks to keyring.

Each profile gets one keyring service, ``wecom-desktop/<profile key>``, with these entries
(usernames):

    corp_id              the corp ID (an identifier, not a secret, kept with the secret it goes with)
    secret               the chat archive Secret
    proxy_password       the proxy's "user:password"
    database_key         the SQLCipher key of an encrypted archive (64 hex digits), when it is encrypted
    key/v<N>             the private key of publickey_ver N, as unencrypted PKCS#8 PEM text
    key_versions         the index: the key versions, e.g. "1,2,5" (keyring cannot list entries)

Values longer than a keyring entry may hold are split into parts (credentials_chunks). The
profile key is `profile_key_for_folder` (a hash of the profile folder's resolved path, so
moving the folder means entering the secrets again) or `profile_key_for_name` (an explicit
name). Only the operating system's keyring is used (credentials_backend): when there is none
every call raises KeyringUnavailable and nothing is written anywhere else, ever.

Every secret read or written is registered with `secret_filter`, so it is redacted from logs.
No exception message or repr holds a secret.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from keyring.backend import KeyringBackend

from wecom_desktop.credentials_backend import Vault, backend_name, backend_or_reason, describe_backend
from wecom_desktop.credentials_chunks import DEFAULT_PART_LIMIT, ChunkedEntries
from wecom_desktop.credentials_errors import (
    HEADLESS_ENV_VARS,
    CredentialAccessError,
    CredentialError,
    DamageProblem,
    KeyringUnavailable,
    StoredValueDamaged,
    UnavailableReason,
)
from wecom_desktop.secret_filter import register_secret

__all__ = [
    "CORP_ID",
    "DATABASE_KEY",
    "DEFAULT_PART_LIMIT",
    "HEADLESS_ENV_VARS",
    "KEY_INDEX",
    "PROXY_PASSWORD",
    "SECRET",
    "SERVICE_PREFIX",
    "CredentialAccessError",
    "CredentialError",
    "CredentialStore",
    "DamageProblem",
    "KeyringUnavailable",
    "StoredCredentials",
    "StoredValueDamaged",
    "UnavailableReason",
    "backend_name",
    "backend_or_reason",
    "key_entry",
    "profile_key_for_folder",
    "profile_key_for_name",
]

SERVICE_PREFIX = "wecom-desktop/"
CORP_ID, SECRET, PROXY_PASSWORD, KEY_INDEX = "corp_id", "secret", "proxy_password", "key_versions"
DATABASE_KEY = "database_key"
_PROFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_PROFILE_KEY = re.compile(r"dir-[0-9a-f]{32}|name-[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_INDEX = re.compile(r"[1-9][0-9]{0,8}(?:,[1-9][0-9]{0,8})*")
_PKCS8_BEGIN, _PKCS8_END = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
_PROBED_VERSIONS = 64  # key versions looked for when the index is damaged (then rewritten)


def profile_key_for_folder(folder: str | os.PathLike[str]) -> str:
    """``dir-`` + 32 hex digits of the SHA-256 of the folder's resolved, case-normalised path."""
    resolved = os.path.normcase(str(Path(folder).expanduser().resolve()))
    return "dir-" + hashlib.sha256(resolved.encode("utf-8", errors="surrogatepass")).hexdigest()[:32]


def profile_key_for_name(name: str) -> str:
    """``name-`` + `name` (letters, digits, ``.``, ``_``, ``-``; at most 64), for a profile named explicitly."""
    if not _PROFILE_NAME.fullmatch(name):
        raise ValueError(f"a profile name is 1-64 letters, digits, '.', '_' or '-', not {name!r}")
    return f"name-{name}"


def key_entry(version: int) -> str:
    """The entry of the private key of `version` (publickey_ver, an int ≥ 1)."""
    if type(version) is not int or version < 1:
        raise ValueError(f"publickey_ver must be an integer ≥ 1, not {version!r}")
    return f"key/v{version}"


@dataclass(frozen=True, slots=True, repr=False)
class StoredCredentials:
    """Everything a profile keeps in the keyring; `repr` says what is set, never the values."""

    corp_id: str | None
    secret: str | None = field(default=None)
    private_keys: Mapping[int, str] = field(default_factory=dict)  # publickey_ver → PKCS#8 PEM
    proxy_password: str | None = field(default=None)

    @property
    def complete(self) -> bool:
        """Enough to sync: a corp ID, a Secret and at least one private key."""
        return bool(self.corp_id and self.secret and self.private_keys)

    def __repr__(self) -> str:
        return (
            f"StoredCredentials(corp_id={self.corp_id!r}, secret={_state(self.secret)}, "
            f"key_versions={sorted(self.private_keys)}, proxy_password={_state(self.proxy_password)})"
        )


def _state(value: str | None) -> str:
    return "set" if value else "unset"


class CredentialStore:
    """The secrets of one profile in the system keyring (service ``wecom-desktop/<profile key>``).

    `part_limit` is the longest value (in UTF-16 code units) kept in one entry; longer values
    are split. `backend` overrides keyring's active backend (it must still be a secure one).
    Every method raises KeyringUnavailable when there is no usable keyring, and
    CredentialAccessError when the keyring fails an operation.
    """

    def __init__(
        self,
        profile_key: str,
        *,
        part_limit: int = DEFAULT_PART_LIMIT,
        backend: KeyringBackend | None = None,
    ) -> None:
        if not _PROFILE_KEY.fullmatch(profile_key):
            raise ValueError("use profile_key_for_folder() or profile_key_for_name() for the profile key")
        self.profile_key = profile_key
        self.service = SERVICE_PREFIX + profile_key
        self._entries = ChunkedEntries(Vault(self.service, backend), part_limit)

    @classmethod
    def for_folder(
        cls,
        folder: str | os.PathLike[str],
        *,
        part_limit: int = DEFAULT_PART_LIMIT,
        backend: KeyringBackend | None = None,
    ) -> CredentialStore:
        """The store of the profile in `folder` (keyed by its resolved path)."""
        return cls(profile_key_for_folder(folder), part_limit=part_limit, backend=backend)

    @classmethod
    def for_name(
        cls, name: str, *, part_limit: int = DEFAULT_PART_LIMIT, backend: KeyringBackend | None = None
    ) -> CredentialStore:
        """The store of a profile named explicitly (stays the same if its folder moves)."""
        return cls(profile_key_for_name(name), part_limit=part_limit, backend=backend)

    def __repr__(self) -> str:
        return f"CredentialStore(profile_key={self.profile_key!r}, part_limit={self._entries.part_limit})"

    # --- the keyring ---------------------------------------------------------------------------

    def check_available(self) -> str:
        """Reach the keyring (unlocking it if it asks) and return its name; KeyringUnavailable if not."""
        vault = self._entries.vault
        backend = vault.backend()
        vault.get(CORP_ID)  # a read: Secret Service unlocks the collection or says it cannot
        return describe_backend(backend)

    # --- corp ID, Secret, proxy password --------------------------------------------------------

    def get_corp_id(self) -> str | None:
        return self._entries.read(CORP_ID)

    def set_corp_id(self, corp_id: str) -> None:
        self._entries.write(CORP_ID, _required(corp_id, "corp ID"))

    def delete_corp_id(self) -> bool:
        return self._entries.delete(CORP_ID)

    def get_secret(self) -> str | None:
        return self._read_secret(SECRET)

    def set_secret(self, secret: str) -> None:
        self._write_secret(SECRET, _required(secret, "Secret"))

    def delete_secret(self) -> bool:
        return self._entries.delete(SECRET)

    def get_proxy_password(self) -> str | None:
        return self._read_secret(PROXY_PASSWORD)

    def set_proxy_password(self, password: str) -> None:
        """Store the proxy's "user:password"; an empty text removes it."""
        if not isinstance(password, str):
            raise TypeError("the proxy password is text")
        if password:
            self._write_secret(PROXY_PASSWORD, password)
        else:
            self._entries.delete(PROXY_PASSWORD)

    def delete_proxy_password(self) -> bool:
        return self._entries.delete(PROXY_PASSWORD)

    # --- the archive's database key -------------------------------------------------------------

    def database_key(self) -> str | None:
        """The SQLCipher key of the profile's encrypted archive, None if there is none."""
        return self._read_secret(DATABASE_KEY)

    def set_database_key(self, value: str) -> None:
        self._write_secret(DATABASE_KEY, _required(value, "database key"))

    # --- private keys ---------------------------------------------------------------------------

    def key_versions(self) -> tuple[int, ...]:
        """The versions that have a stored key, ascending."""
        vault = self._entries.vault
        return tuple(v for v in self._read_index() if vault.get(key_entry(v)) is not None)

    def get_private_key(self, version: int) -> str | None:
        """The PKCS#8 PEM of `version`, None if there is none; StoredValueDamaged if it cannot be trusted."""
        return self._read_secret(key_entry(version))

    def set_private_key(self, version: int, pem: str) -> None:
        """Store `PrivateKey.private_pem_pkcs8()` as the key of `version` (replacing any previous one)."""
        entry = key_entry(version)
        if not isinstance(pem, str):
            raise TypeError("the private key is PEM text")
        text = pem.strip()
        if not (text.startswith(_PKCS8_BEGIN) and text.endswith(_PKCS8_END)):
            raise ValueError(
                "the private key must be unencrypted PKCS#8 PEM text (PrivateKey.private_pem_pkcs8())"
            )
        register_secret(pem)
        versions, damaged = self._index_for_update()
        if damaged or version not in versions:  # the index first: a key is never stored unlisted
            self._write_index([*versions, version])
        self._entries.write(entry, pem)

    def delete_private_key(self, version: int) -> bool:
        """Remove the key of `version` (all its parts); False if there was none."""
        removed = self._entries.delete(key_entry(version))
        versions, damaged = self._index_for_update()
        if damaged or version in versions:
            self._write_index([v for v in versions if v != version])
        return removed

    def get_private_keys(self) -> dict[int, str]:
        """Every stored key by version; StoredValueDamaged if one of them cannot be trusted."""
        keys: dict[int, str] = {}
        for version in self._read_index():
            pem = self.get_private_key(version)
            if pem is not None:
                keys[version] = pem
        return keys

    # --- the whole profile ----------------------------------------------------------------------

    def load(self) -> StoredCredentials:
        """Everything stored for the profile (missing values are None or empty)."""
        return StoredCredentials(
            corp_id=self.get_corp_id(),
            secret=self.get_secret(),
            private_keys=self.get_private_keys(),
            proxy_password=self.get_proxy_password(),
        )

    def delete_all(self, keep_database_key: bool = False) -> None:
        """Remove every secret of the profile, all parts included (also when the index is damaged).

        `keep_database_key` keeps the key of an encrypted archive whose files stay on disk.
        """
        versions, _ = self._index_for_update()
        for version in versions:
            self._entries.delete(key_entry(version))
        for entry in (CORP_ID, SECRET, PROXY_PASSWORD, KEY_INDEX):
            self._entries.delete(entry)
        if not keep_database_key:
            self._entries.delete(DATABASE_KEY)

    # --- internals ------------------------------------------------------------------------------

    def _read_secret(self, entry: str) -> str | None:
        value = self._entries.read(entry)
        register_secret(value)
        return value

    def _write_secret(self, entry: str, value: str) -> None:
        register_secret(value)  # before the write: a failure's message is redacted too
        self._entries.write(entry, value)

    def _read_index(self) -> list[int]:
        raw = self._entries.read(KEY_INDEX)
        if raw is None or raw == "":
            return []
        if not _INDEX.fullmatch(raw):
            raise StoredValueDamaged(KEY_INDEX, DamageProblem.BAD_CONTENT)
        return sorted({int(item) for item in raw.split(",")})

    def _index_for_update(self) -> tuple[list[int], bool]:
        """The index and False; or, when it is damaged, the versions that have a key and True."""
        try:
            return self._read_index(), False
        except StoredValueDamaged:
            vault = self._entries.vault
            return [v for v in range(1, _PROBED_VERSIONS + 1) if vault.get(key_entry(v)) is not None], True

    def _write_index(self, versions: list[int]) -> None:
        if versions:
            self._entries.write(KEY_INDEX, ",".join(str(v) for v in sorted(set(versions))))
        else:
            self._entries.delete(KEY_INDEX)


def _required(value: str, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"the {what} is text")
    if not value.strip():
        raise ValueError(f"the {what} is empty")
    return value
