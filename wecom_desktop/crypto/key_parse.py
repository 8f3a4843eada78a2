"""Pasted text, a file's bytes or DER → one RSA private key, or the one specific reason why not."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa, x448, x25519
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.crypto.key_errors import KeyProblem, PrivateKeyError
from wecom_desktop.crypto.key_repair import (
    MAX_DER,
    MAX_TEXT,
    Base64Run,
    Region,
    der_length,
    normalize,
    regions,
    strip_header_lines,
    take_der,
    words,
)

MIN_BITS = 2048
_UNKNOWN_KIND = Text(QT_TRANSLATE_NOOP("PrivateKeyError", "未知"))  # the type of a key of no known kind
_MAX_CANDIDATES = 64  # words starting with "M" tried as a bare key body; a paste holds a few

# Labels compared without spaces, so a label broken by a stray space or line break still counts.
_SSH_LABELS = {"OPENSSHPRIVATEKEY", "SSH2ENCRYPTEDPRIVATEKEY"}
_OTHER_PRIVATE_LABELS = {"ECPRIVATEKEY": "EC", "DSAPRIVATEKEY": "DSA"}
_PUBLIC_LABELS = {"PUBLICKEY", "RSAPUBLICKEY", "SSH2PUBLICKEY", "ECPUBLICKEY", "DSAPUBLICKEY"}
_CERT_LABELS = {
    "CERTIFICATE",
    "X509CERTIFICATE",
    "TRUSTEDCERTIFICATE",
    "CERTIFICATEREQUEST",
    "NEWCERTIFICATEREQUEST",
    "X509CRL",
    "PKCS7",
    "CMS",
}
_SSH_PUBLIC_LINE = re.compile(r"(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+)\s+AAAA[A-Za-z0-9+/]{20,}")
_OPENSSH_BODY = "b3BlbnNzaC1rZXktdjE"  # base64 of "openssh-key-v1"
_PROC_TYPE = re.compile(r"Proc-Type:\s*4\s*,\s*ENCRYPTED", re.I)
_DEK_INFO = re.compile(r"DEK-Info:\s*([A-Za-z0-9-]+)\s*,\s*", re.I)
_LEGACY_IV_HEX = {"AES-128-CBC": 32, "AES-192-CBC": 32, "AES-256-CBC": 32, "DES-EDE3-CBC": 16, "DES-CBC": 16}
_LEGACY_AES_KEY = {"AES-128-CBC": 16, "AES-256-CBC": 32}  # what cryptography loads, and we can pre-check
_LEGACY_SUPPORTED = {*_LEGACY_AES_KEY, "DES-EDE3-CBC"}
_PKCS1_START = b"\x02\x01\x00\x02"  # RSAPrivateKey: version 0, then the modulus

# When nothing yields a key, the most specific reason wins: what went wrong with a private
# key beats what else the text holds.
_RANK = [
    KeyProblem.WRONG_PASSPHRASE,
    KeyProblem.PASSPHRASE_REQUIRED,
    KeyProblem.UNSUPPORTED_ENCRYPTION,
    KeyProblem.TOO_SMALL,
    KeyProblem.NOT_RSA,
    KeyProblem.TRUNCATED,
    KeyProblem.CORRUPT,
    KeyProblem.OPENSSH,
    KeyProblem.PUTTY,
    KeyProblem.PUBLIC_KEY,
    KeyProblem.CERTIFICATE,
    KeyProblem.NOT_A_KEY,
]


@dataclass(frozen=True, slots=True)
class _Outcome:
    key: rsa.RSAPrivateKey | None
    error: PrivateKeyError | None
    private_block: bool  # came from a block labelled as a private key


def _attempt(load: Callable[[], rsa.RSAPrivateKey], private_block: bool) -> _Outcome:
    try:
        return _Outcome(load(), None, private_block)
    except PrivateKeyError as exc:
        return _Outcome(None, exc, private_block)


def _fail(problem: KeyProblem, private_block: bool = False, detail: str = "") -> _Outcome:
    return _Outcome(None, PrivateKeyError(problem, detail=detail), private_block)


def parse_private_key(source: str | bytes, passphrase: str | bytes | None = None) -> rsa.RSAPrivateKey:
    """The one RSA private key (≥ 2048 bits) in `source`; PrivateKeyError says why there is none."""
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    try:
        return _parse(source, secret or None)
    except PrivateKeyError as exc:
        trimmed = secret.strip() if secret else b""
        if exc.reason is KeyProblem.WRONG_PASSPHRASE and trimmed and trimmed != secret:
            return _parse(source, trimmed)  # a line break or space copied along with it
        raise


def _parse(source: str | bytes, secret: bytes | None) -> rsa.RSAPrivateKey:
    if isinstance(source, bytes):
        if len(source) >= 2 and source[0] == 0x30 and source[1] >= 0x80:  # binary DER, not text
            length = der_length(source[:5])
            if length is None or length < len(source):
                raise PrivateKeyError(KeyProblem.CORRUPT)
            if length > len(source):
                raise PrivateKeyError(KeyProblem.TRUNCATED)
            return _load_der(source, secret, private_block=True)
        source = _decode_text(source)
    if len(source) > MAX_TEXT:
        raise PrivateKeyError(KeyProblem.NOT_A_KEY)
    text = normalize(source)
    if not text.strip():
        raise PrivateKeyError(KeyProblem.EMPTY)
    outcomes = [outcome for region in regions(text) for outcome in _region(region, secret)]
    return _choose(outcomes)


def _decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def _choose(outcomes: list[_Outcome]) -> rsa.RSAPrivateKey:
    found: dict[tuple[int, int], rsa.RSAPrivateKey] = {}
    for outcome in outcomes:
        if outcome.key is not None:
            numbers = outcome.key.public_key().public_numbers()
            found.setdefault((numbers.n, numbers.e), outcome.key)
    if found:
        broken_private = any(o.error is not None and o.private_block for o in outcomes)
        if len(found) > 1 or broken_private:
            raise PrivateKeyError(KeyProblem.MULTIPLE_KEYS)
        return next(iter(found.values()))
    errors = [o.error for o in outcomes if o.error is not None]
    if not errors:
        raise PrivateKeyError(KeyProblem.NOT_A_KEY)
    raise min(errors, key=lambda e: _RANK.index(e.reason) if e.reason in _RANK else len(_RANK))


def _region(region: Region, secret: bytes | None) -> list[_Outcome]:
    if region.label is None:
        return _bare(region.inner, secret)
    label = region.label.replace(" ", "")
    if label in _SSH_LABELS:
        return [_fail(KeyProblem.OPENSSH)]
    if label in _OTHER_PRIVATE_LABELS:
        return [_fail(KeyProblem.NOT_RSA, detail=_OTHER_PRIVATE_LABELS[label])]
    if label in _PUBLIC_LABELS:
        return [_fail(KeyProblem.PUBLIC_KEY)]
    if label in _CERT_LABELS:
        return [_fail(KeyProblem.CERTIFICATE)]
    if "PRIVATEKEY" not in label:
        return [_fail(KeyProblem.NOT_A_KEY)]
    if _DEK_INFO.search(region.inner) or _PROC_TYPE.search(region.inner):
        return [_attempt(partial(_load_legacy, region.inner, region.has_end, secret), True)]
    run = words(strip_header_lines(region.inner))
    if not run:  # BEGIN line and nothing after it
        return [_fail(KeyProblem.TRUNCATED, private_block=True)]
    taken = take_der(run, exact=region.has_end)
    if taken.data is None:  # a start that is no DER structure: its first line is damaged or lost
        problem = KeyProblem.CORRUPT if taken.problem is KeyProblem.NOT_A_KEY else taken.problem
        return [_fail(problem or KeyProblem.CORRUPT, private_block=True)]
    return [_attempt(partial(_load_der, taken.data, secret, private_block=True), True)]


def _bare(text: str, secret: bytes | None) -> list[_Outcome]:
    """Text outside any block: find whole DER structures by their length headers."""
    if _DEK_INFO.search(text):  # an encrypted PKCS#1 body whose BEGIN line was lost
        return [_attempt(partial(_load_legacy, text, False, secret), True)]
    outcomes: list[_Outcome] = []
    if "PuTTY-User-Key-File" in text:
        outcomes.append(_fail(KeyProblem.PUTTY))
    if _OPENSSH_BODY in text:
        outcomes.append(_fail(KeyProblem.OPENSSH))
    if _SSH_PUBLIC_LINE.search(text):
        outcomes.append(_fail(KeyProblem.PUBLIC_KEY))
    run = words(text)
    i = tried = 0
    while i < len(run) and tried < _MAX_CANDIDATES:
        if not run[i].startswith("M"):  # every DER SEQUENCE starts with "M" in base64
            i += 1
            continue
        tried += 1
        taken = take_der(run[i:], exact=False)
        if taken.data is not None:
            outcomes.append(_attempt(partial(_load_der, taken.data, secret, private_block=False), False))
            i += taken.used
            continue
        if taken.problem is KeyProblem.TRUNCATED and _plausible_start(run[i:]):
            outcomes.append(_fail(KeyProblem.TRUNCATED))
        i += 1
    return outcomes


def _plausible_start(run: list[str]) -> bool:
    """Long enough and announcing a key-sized structure: a cut-off key, not a word starting with M."""
    length = der_length(Base64Run(run).peek(5))
    return length is not None and 64 <= length <= MAX_DER and sum(len(w) for w in run) >= 48


def _load_der(der: bytes, secret: bytes | None, *, private_block: bool) -> rsa.RSAPrivateKey:
    try:
        key = serialization.load_der_private_key(der, password=None)
    except TypeError:  # encrypted PKCS#8
        if secret is None:
            raise PrivateKeyError(KeyProblem.PASSPHRASE_REQUIRED) from None
        try:
            key = serialization.load_der_private_key(der, password=secret)
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
            raise _passphrase_failure(exc, "PKCS#8") from None
    except UnsupportedAlgorithm:
        raise PrivateKeyError(KeyProblem.NOT_RSA, detail=_UNKNOWN_KIND) from None
    except ValueError:
        raise _not_private(der, private_block) from None
    return _checked(key)


def _passphrase_failure(exc: Exception, scheme: str) -> PrivateKeyError:
    text = str(exc).lower()
    if "password" not in text and ("unknown" in text or "unsupported" in text):
        return PrivateKeyError(KeyProblem.UNSUPPORTED_ENCRYPTION, detail=scheme)
    return PrivateKeyError(KeyProblem.WRONG_PASSPHRASE)


def _not_private(der: bytes, private_block: bool) -> PrivateKeyError:
    for loader in (serialization.load_der_public_key, x509.load_der_x509_certificate, x509.load_der_x509_csr):
        try:
            loader(der)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            continue
        return PrivateKeyError(
            KeyProblem.PUBLIC_KEY if loader is serialization.load_der_public_key else KeyProblem.CERTIFICATE
        )
    head = der[2 + (der[1] - 0x80 if der[1] > 0x80 else 0) :]
    if private_block or head.startswith(_PKCS1_START) or head.startswith(b"\x02\x01\x00\x30"):
        return PrivateKeyError(KeyProblem.CORRUPT)  # shaped like a private key, but inconsistent
    return PrivateKeyError(KeyProblem.NOT_A_KEY)


def _checked(key: object) -> rsa.RSAPrivateKey:
    if not isinstance(key, rsa.RSAPrivateKey):
        raise PrivateKeyError(KeyProblem.NOT_RSA, detail=_kind(key))
    if key.key_size < MIN_BITS:
        raise PrivateKeyError(KeyProblem.TOO_SMALL, bits=key.key_size)
    return key


def _kind(key: object) -> str | Text:
    kinds: list[tuple[type, str]] = [
        (ec.EllipticCurvePrivateKey, "EC"),
        (ed25519.Ed25519PrivateKey, "Ed25519"),
        (ed448.Ed448PrivateKey, "Ed448"),
        (x25519.X25519PrivateKey, "X25519"),
        (x448.X448PrivateKey, "X448"),
        (dsa.DSAPrivateKey, "DSA"),
    ]
    return next((name for cls, name in kinds if isinstance(key, cls)), _UNKNOWN_KIND)


def _load_legacy(inner: str, has_end: bool, secret: bytes | None) -> rsa.RSAPrivateKey:
    """PKCS#1 encrypted the OpenSSL way (Proc-Type: 4,ENCRYPTED + DEK-Info), rebuilt line by line."""
    dek = _DEK_INFO.search(inner)
    if dek is None:
        raise PrivateKeyError(KeyProblem.CORRUPT)
    cipher = dek.group(1).upper()
    rest = inner[dek.end() :]
    width = _LEGACY_IV_HEX.get(cipher)
    iv_match = re.match(rf"[0-9A-Fa-f]{{{width}}}" if width else r"[0-9A-Fa-f]+", rest)
    if cipher not in _LEGACY_SUPPORTED:
        raise PrivateKeyError(KeyProblem.UNSUPPORTED_ENCRYPTION, detail=cipher)
    if iv_match is None:
        raise PrivateKeyError(KeyProblem.CORRUPT)
    if secret is None:
        raise PrivateKeyError(KeyProblem.PASSPHRASE_REQUIRED)
    iv_hex = iv_match.group(0)
    reader = Base64Run(words(rest[iv_match.end() :]))
    size = _legacy_size(reader, cipher, bytes.fromhex(iv_hex), secret)
    prechecked = size is not None
    if size is None:  # no pre-check for this cipher: the body is all there is
        size = len(reader.peek(MAX_TEXT))
        if size % 8:
            raise PrivateKeyError(KeyProblem.CORRUPT if has_end else KeyProblem.TRUNCATED)
    taken = reader.take(size, exact=has_end)
    if taken.data is None:
        raise PrivateKeyError(taken.problem or KeyProblem.CORRUPT)
    body = base64.b64encode(taken.data).decode("ascii")
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    pem = (
        "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
        f"DEK-Info: {cipher},{iv_hex}\n\n{lines}\n-----END RSA PRIVATE KEY-----\n"
    )
    try:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=secret)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        if prechecked:  # the first block proved the passphrase right
            raise PrivateKeyError(KeyProblem.CORRUPT) from None
        if not has_end:
            raise PrivateKeyError(KeyProblem.TRUNCATED) from None
        raise _passphrase_failure(exc, cipher) from None
    return _checked(key)


def _legacy_size(reader: Base64Run, cipher: str, iv: bytes, secret: bytes) -> int | None:
    """Ciphertext size, read from the first decrypted block; proves the passphrase (AES only)."""
    key_size = _LEGACY_AES_KEY.get(cipher)
    if key_size is None:
        return None
    first = reader.peek(16)
    if len(first) < 16:
        raise PrivateKeyError(KeyProblem.TRUNCATED)
    key = _evp_bytes_to_key(secret, iv[:8], key_size)
    block = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(first)
    length = der_length(block[:5])
    header = 2 + (block[1] - 0x80 if block[1] > 0x80 else 0)
    if length is None or block[header : header + 4] != _PKCS1_START:
        raise PrivateKeyError(KeyProblem.WRONG_PASSPHRASE)
    return (length // 16 + 1) * 16  # PKCS#7 padding always adds 1–16 bytes


def _evp_bytes_to_key(secret: bytes, salt: bytes, size: int) -> bytes:
    """OpenSSL's EVP_BytesToKey with MD5 and one round, as legacy PEM encryption uses."""
    out = b""
    block = b""
    while len(out) < size:
        block = hashlib.md5(block + secret + salt, usedforsecurity=False).digest()
        out += block
    return out[:size]
