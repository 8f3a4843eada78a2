"""RSA private keys of the chat archive: loading, generating, and unwrapping `encrypt_random_key`.

Each record names the key version that encrypted it (`publickey_ver`); a `KeySet` holds the
private key of every version, loaded once and reused for every record.

Note on PKCS#1 v1.5: with OpenSSL 3.2 and later (the one cryptography ships), decrypting
with the wrong key does not fail; OpenSSL returns deterministic random bytes instead
("implicit rejection", a Bleichenbacher defence). So the fast `unwrap` cannot tell a wrong
key by itself. `unwrap(verify=True)` recomputes the padding exactly (a few milliseconds);
`KeySet.unwrap` does that for the first record of each version, then takes the fast path.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.crypto.key_errors import (
    KeyFileProblem,
    KeyFolderError,
    KeyProblem,
    MissingKeyError,
    PrivateKeyError,
    UnwrapError,
    UnwrapProblem,
)
from wecom_desktop.crypto.key_parse import MIN_BITS, parse_private_key
from wecom_desktop.crypto.key_repair import MAX_TEXT

__all__ = [
    "KEY_FILE_PATTERN",
    "KEY_FOLDER_ENV",
    "FolderKeys",
    "KeyFileProblem",
    "KeyFolderError",
    "KeyProblem",
    "KeySet",
    "MissingKeyError",
    "PrivateKey",
    "PrivateKeyError",
    "UnwrapError",
    "UnwrapProblem",
    "generate_key_pair",
    "load_private_key",
]

KEY_FOLDER_ENV = "WECOM_PRIVATE_KEYS"  # headless sync: folder of private_key_v<N>.pem files
KEY_FILE_PATTERN = re.compile(r"private_key_v(\d+)\.pem", re.IGNORECASE)
_KEY_FILE_LOOKALIKE = re.compile(r"private[ _-]?key", re.IGNORECASE)
_PKCS1V15 = padding.PKCS1v15()
_WHITESPACE = re.compile(rb"\s+")


class PrivateKey:
    """One loaded RSA private key; `repr` and errors never show key material."""

    __slots__ = ("_fingerprint", "_key", "_size")

    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        if not isinstance(key, rsa.RSAPrivateKey):
            raise TypeError("PrivateKey wraps an RSA private key")
        self._key = key
        self._size = (key.key_size + 7) // 8
        spki = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self._fingerprint = hashlib.sha256(spki).hexdigest()

    @classmethod
    def from_own_pkcs8(cls, pem: str) -> PrivateKey:
        """A key from `private_pem_pkcs8()` of a key this application loaded, and so checked, before
        (the keyring's copy, or what a worker process is given). RSA's consistency check, 30 ms per
        key, is not repeated; a damaged key still fails the exact padding check of the first
        record it unwraps."""
        try:
            key = serialization.load_pem_private_key(
                pem.encode("ascii"), None, unsafe_skip_rsa_key_validation=True
            )
        except (ValueError, TypeError) as exc:
            raise PrivateKeyError(KeyProblem.CORRUPT) from exc
        if not isinstance(key, rsa.RSAPrivateKey):
            raise PrivateKeyError(KeyProblem.NOT_RSA)
        return cls(key)

    @property
    def rsa_key(self) -> rsa.RSAPrivateKey:
        """The underlying cryptography key object."""
        return self._key

    @property
    def bits(self) -> int:
        return self._key.key_size

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the DER SubjectPublicKeyInfo, 64 lowercase hex digits: same for the public key."""
        return self._fingerprint

    def public_pem(self) -> str:
        """The SubjectPublicKeyInfo PEM the admin console (会话内容存档 → 消息加密公钥) accepts."""
        return (
            self._key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    def private_pem_pkcs8(self) -> str:
        """Unencrypted PKCS#8 PEM, for the OS keyring. A secret: never log or display it."""
        return self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode("ascii")

    def unwrap(self, encrypt_random_key_b64: str | bytes, *, verify: bool = False) -> bytes:
        """base64-decode and RSA PKCS#1 v1.5-decrypt a record's `encrypt_random_key`.

        The fast path (≈0.3 ms) cannot detect a wrong key (see the module note); `verify`
        checks the padding exactly, at ≈6 ms.
        """
        ciphertext = _decode_base64(encrypt_random_key_b64)
        if len(ciphertext) != self._size:
            raise UnwrapError(UnwrapProblem.WRONG_LENGTH)
        try:
            plain = self._key.decrypt(ciphertext, _PKCS1V15)
        except ValueError:
            raise UnwrapError(UnwrapProblem.WRONG_KEY) from None
        # DecryptData takes the key as a C string: empty or NUL-bearing output is never right.
        if not plain or b"\0" in plain or (verify and not self._padding_holds(ciphertext, plain)):
            raise UnwrapError(UnwrapProblem.WRONG_KEY)
        return plain

    def _padding_holds(self, ciphertext: bytes, plain: bytes) -> bool:
        """Recompute the raw RSA block and check it is 00 02 PS(≥ 8 non-zero) 00 `plain`."""
        numbers = self._key.private_numbers()
        c = int.from_bytes(ciphertext, "big")
        if c >= numbers.public_numbers.n:
            return False
        m1 = pow(c, numbers.dmp1, numbers.p)
        m2 = pow(c, numbers.dmq1, numbers.q)
        block = (m2 + numbers.q * ((numbers.iqmp * (m1 - m2)) % numbers.p)).to_bytes(self._size, "big")
        separator = block.find(b"\0", 2)
        return (
            block[:2] == b"\x00\x02"
            and separator >= 10
            and hmac.compare_digest(block[separator + 1 :], plain)
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PrivateKey) and hmac.compare_digest(self._fingerprint, other._fingerprint)

    def __hash__(self) -> int:
        return hash(self._fingerprint)

    def __repr__(self) -> str:
        return f"PrivateKey(bits={self.bits}, fingerprint={self._fingerprint[:16]}…)"


def _decode_base64(value: str | bytes) -> bytes:
    raw = value.encode("ascii", errors="replace") if isinstance(value, str) else value
    try:
        return base64.b64decode(_WHITESPACE.sub(b"", raw), validate=True)
    except (binascii.Error, ValueError):
        raise UnwrapError(UnwrapProblem.BAD_BASE64) from None


def load_private_key(text: str | bytes, passphrase: str | bytes | None = None) -> PrivateKey:
    """Parse a pasted or read private key (PKCS#1/PKCS#8 PEM, encrypted or not, DER, bare base64).

    Usual paste damage is repaired; anything else raises PrivateKeyError with one specific
    `reason` and a Chinese/English message. An empty passphrase counts as none; a
    passphrase given for an unencrypted key is ignored.
    """
    return PrivateKey(parse_private_key(text, passphrase))


def generate_key_pair(bits: int = MIN_BITS) -> PrivateKey:
    """A new RSA key pair (public exponent 65537); put `public_pem()` in the admin console."""
    if bits < MIN_BITS:
        raise ValueError(f"WeCom asks for RSA keys of at least {MIN_BITS} bits, not {bits}")
    return PrivateKey(rsa.generate_private_key(public_exponent=65537, key_size=bits))


@dataclass(frozen=True, slots=True)
class FolderKeys:
    """What a key folder gave: the keys, and each file that did not give one."""

    keys: KeySet
    problems: tuple[KeyFileProblem, ...]


class KeySet:
    """Private keys by `publickey_ver` (an int ≥ 1); unwraps each record with its version's key."""

    def __init__(self, keys: Mapping[int, PrivateKey] | None = None) -> None:
        self._keys: dict[int, PrivateKey] = {}
        self._verified: set[int] = set()
        for version, key in (keys or {}).items():
            self.add(version, key)

    def add(self, version: int, key: PrivateKey) -> None:
        """Set the key of `version` (replacing any previous one)."""
        if type(version) is not int or version < 1:
            raise ValueError(f"publickey_ver must be an integer ≥ 1, not {version!r}")
        if not isinstance(key, PrivateKey):
            raise TypeError("KeySet holds PrivateKey objects")
        if self._keys.get(version) != key:
            self._verified.discard(version)
        self._keys[version] = key

    def remove(self, version: int) -> None:
        self._keys.pop(version, None)
        self._verified.discard(version)

    def get(self, version: int) -> PrivateKey | None:
        return self._keys.get(version)

    def versions(self) -> tuple[int, ...]:
        return tuple(sorted(self._keys))

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, version: object) -> bool:
        return version in self._keys

    def __repr__(self) -> str:
        return f"KeySet(versions={list(self.versions())})"

    def unwrap(self, version: int, encrypt_random_key_b64: str | bytes) -> bytes:
        """The record's random key; MissingKeyError if `version` has no key, UnwrapError if it fails.

        The first success per version is verified exactly (wrong-key detection, see the module
        note); later records of that version take the fast path.
        """
        key = self._keys.get(version)
        if key is None:
            raise MissingKeyError(version)
        verify = version not in self._verified
        try:
            plain = key.unwrap(encrypt_random_key_b64, verify=verify)
        except UnwrapError as exc:
            raise UnwrapError(exc.reason, version) from None
        if verify:
            self._verified.add(version)
        return plain

    @classmethod
    def from_folder(cls, path: str | os.PathLike[str], passphrase: str | bytes | None = None) -> KeySet:
        """All `private_key_v<N>.pem` of a folder; KeyFolderError (listing every bad file) otherwise."""
        folder = Path(path)
        found = cls.read_folder(folder, passphrase)
        if found.problems:
            raise KeyFolderError(
                Text(
                    QT_TRANSLATE_NOOP("KeyFolderError", "私钥文件夹 {folder} 中有无法使用的私钥文件："),
                    folder=folder,
                ),
                found.problems,
            )
        if not found.keys:
            raise KeyFolderError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "KeyFolderError",
                        "私钥文件夹 {folder} 中没有私钥文件：请把每个版本的私钥保存为 private_key_v<版本号>.pem。",
                    ),
                    folder=folder,
                )
            )
        return found.keys

    @classmethod
    def read_folder(cls, path: str | os.PathLike[str], passphrase: str | bytes | None = None) -> FolderKeys:
        """Like `from_folder`, but returns the good keys and the problems instead of raising."""
        folder = Path(path)
        if not folder.is_dir():
            raise KeyFolderError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "KeyFolderError", "找不到私钥文件夹：{folder}（{variable} 应指向一个文件夹）。"
                    ),
                    folder=folder,
                    variable=KEY_FOLDER_ENV,
                )
            )
        keys = cls()
        problems: list[KeyFileProblem] = []
        for file in sorted(folder.iterdir()):
            match = KEY_FILE_PATTERN.fullmatch(file.name)
            if match is None:
                if _KEY_FILE_LOOKALIKE.search(file.name) and file.suffix.lower() in {".pem", ".key", ".txt"}:
                    problems.append(KeyFileProblem(file.name, PrivateKeyError(KeyProblem.BAD_FILE_NAME)))
                continue
            version = int(match.group(1))
            if version < 1 or version in keys:
                problems.append(KeyFileProblem(file.name, PrivateKeyError(KeyProblem.BAD_FILE_NAME)))
                continue
            try:
                keys.add(version, _read_key_file(file, passphrase))
            except PrivateKeyError as exc:
                problems.append(KeyFileProblem(file.name, exc))
        return FolderKeys(keys, tuple(problems))


def _read_key_file(file: Path, passphrase: str | bytes | None) -> PrivateKey:
    try:
        if file.stat().st_size > MAX_TEXT:
            raise PrivateKeyError(KeyProblem.NOT_A_KEY)
        data = file.read_bytes()
    except OSError as exc:
        raise PrivateKeyError(KeyProblem.UNREADABLE, detail=exc.strerror or type(exc).__name__) from None
    return load_private_key(data, passphrase)
