"""Private keys: paste repair that never changes the key, one reason per bad input, RSA unwrap, KeySet."""

from __future__ import annotations

import base64
import datetime
import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives import padding as symmetric_padding
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.ciphers import BlockCipherAlgorithm, Cipher, algorithms, modes
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wecom_desktop.crypto.keys import (
    KeyFolderError,
    KeyProblem,
    KeySet,
    MissingKeyError,
    PrivateKey,
    PrivateKeyError,
    UnwrapError,
    UnwrapProblem,
    generate_key_pair,
    load_private_key,
)

PASSPHRASE = "口令 pass-123"
BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{40,}")
Enc = serialization.Encoding
Fmt = serialization.PrivateFormat


@dataclass(frozen=True)
class Keys:
    """One 2048-bit key in every serialization the tests paste, plus a few keys of the wrong kind."""

    key: rsa.RSAPrivateKey
    other: rsa.RSAPrivateKey
    small: rsa.RSAPrivateKey
    pkcs1: str
    pkcs8: str
    der: bytes

    def pem(self, fmt: Fmt, encryption: serialization.KeySerializationEncryption | None = None) -> str:
        return self.key.private_bytes(Enc.PEM, fmt, encryption or serialization.NoEncryption()).decode()

    def body_lines(self) -> list[str]:
        return [line for pem in (self.pkcs1, self.pkcs8) for line in _body(pem).splitlines()]


def _body(pem: str) -> str:
    return "\n".join(line for line in pem.splitlines() if line and not line.startswith("-----"))


@pytest.fixture(scope="module")
def keys() -> Keys:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return Keys(
        key=key,
        other=rsa.generate_private_key(public_exponent=65537, key_size=2048),
        small=rsa.generate_private_key(public_exponent=65537, key_size=1024),
        pkcs1=key.private_bytes(Enc.PEM, Fmt.TraditionalOpenSSL, serialization.NoEncryption()).decode(),
        pkcs8=key.private_bytes(Enc.PEM, Fmt.PKCS8, serialization.NoEncryption()).decode(),
        der=key.private_bytes(Enc.DER, Fmt.PKCS8, serialization.NoEncryption()),
    )


def same_key(loaded: PrivateKey, key: rsa.RSAPrivateKey) -> bool:
    return loaded.rsa_key.public_key().public_numbers() == key.public_key().public_numbers()


def legacy_pem(der: bytes, cipher: str, passphrase: bytes) -> str:
    """PKCS#1 encrypted the way `openssl rsa -aes128/-des3` writes it, built by hand."""
    algorithm: Callable[[bytes], BlockCipherAlgorithm]
    if cipher == "DES-EDE3-CBC":
        algorithm, key_size, block = TripleDES, 24, 8
    else:
        algorithm, key_size, block = algorithms.AES, int(cipher[4:7]) // 8, 16
    iv = os.urandom(block)
    material = b""
    digest = b""
    while len(material) < key_size:  # EVP_BytesToKey, MD5, one round
        digest = hashlib.md5(digest + passphrase + iv[:8]).digest()
        material += digest
    padder = symmetric_padding.PKCS7(block * 8).padder()
    encryptor = Cipher(algorithm(material[:key_size]), modes.CBC(iv)).encryptor()
    body = base64.b64encode(encryptor.update(padder.update(der) + padder.finalize()) + encryptor.finalize())
    lines = "\n".join(body[i : i + 64].decode() for i in range(0, len(body), 64))
    return (
        "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
        f"DEK-Info: {cipher},{iv.hex().upper()}\n\n{lines}\n-----END RSA PRIVATE KEY-----\n"
    )


def rewrap(pem: str, width: int, newline: str = "\n") -> str:
    lines = pem.strip().splitlines()
    body = "".join(lines[1:-1])
    return newline.join([lines[0], *(body[i : i + width] for i in range(0, len(body), width)), lines[-1]])


# ---------------------------------------------------------------- repair


DAMAGE: dict[str, Callable[[Keys], str | bytes]] = {
    "pkcs1 as is": lambda k: k.pkcs1,
    "pkcs8 as is": lambda k: k.pkcs8,
    "DER bytes": lambda k: k.der,
    "PEM bytes": lambda k: k.pkcs1.encode(),
    "whole PEM on one line": lambda k: k.pkcs1.replace("\n", " "),
    "no newlines at all": lambda k: k.pkcs8.replace("\n", ""),
    "Windows line ends": lambda k: k.pkcs1.replace("\n", "\r\n"),
    "surrounding spaces, tabs, blank lines": lambda k: (
        "\n\n  \t" + k.pkcs8.replace("\n", "  \n\t") + "\n\n \n"
    ),
    "bare PKCS#1 body": lambda k: _body(k.pkcs1),
    "bare PKCS#8 body": lambda k: _body(k.pkcs8),
    "bare body on one line": lambda k: _body(k.pkcs8).replace("\n", ""),
    "spaces inside the base64": lambda k: re.sub(r"([A-Za-z0-9+/]{5})", r"\1 ", k.pkcs1),
    "UTF-8 BOM": lambda k: "\ufeff" + k.pkcs1,
    "UTF-8 BOM bytes": lambda k: "\ufeff".encode() + k.pkcs8.encode(),
    "UTF-16 bytes (Notepad 'Unicode')": lambda k: k.pkcs1.encode("utf-16"),
    "text and smart quotes around the block": lambda k: f"Here is the key:\n“{k.pkcs8}”\nThanks, Mike",
    "Chinese text around the block": lambda k: f"私钥如下：「{k.pkcs1}」请查收。",
    "text around a bare body": lambda k: "Here is the key: " + _body(k.pkcs1) + " — Mike",
    "odd wrap width 37": lambda k: rewrap(k.pkcs1, 37),
    "odd wrap width 76, CRLF": lambda k: rewrap(k.pkcs8, 76, "\r\n"),
    "JSON-escaped newlines": lambda k: k.pkcs1.replace("\n", "\\n"),
    "mail quoting": lambda k: "\n".join("> " + line for line in k.pkcs8.splitlines()),
    "typographic dashes": lambda k: k.pkcs1.replace("-----", "—–—"),
    "full-width characters": lambda k: k.pkcs8.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
    "zero-width spaces": lambda k: k.pkcs1.replace("\n", "\u200b\n"),
    "END line lost": lambda k: k.pkcs1.split("-----END")[0] + "\nregards",
    "BEGIN line lost": lambda k: k.pkcs8.split("-----\n", 1)[1],
    "public key pasted along": lambda k: _public_pem(k.key) + "\n" + k.pkcs1,
    "same key twice, both formats": lambda k: k.pkcs1 + k.pkcs8,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_paste_damage_is_repaired_to_the_same_key(keys: Keys, damage: Callable[[Keys], str | bytes]) -> None:
    assert same_key(load_private_key(damage(keys)), keys.key)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    width=st.integers(min_value=1, max_value=200),
    newline=st.sampled_from(["\n", "\r\n", "\r", " ", "\t", "", "\n\n"]),
    indent=st.sampled_from(["", " ", "\t", "    "]),
    pkcs8=st.booleans(),
)
def test_any_wrap_width_and_line_end_gives_the_same_key(
    keys: Keys, width: int, newline: str, indent: str, pkcs8: bool
) -> None:
    pem = rewrap(keys.pkcs8 if pkcs8 else keys.pkcs1, width, newline + indent)
    assert same_key(load_private_key(indent + pem + newline), keys.key)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_changed_character_never_yields_a_different_key(keys: Keys, data: st.DataObject) -> None:
    pem = data.draw(st.sampled_from([keys.pkcs1, keys.pkcs8]))
    body_at = [i for i, ch in enumerate(pem) if ch.isalnum() and i > 40 and i < len(pem) - 40]
    at = data.draw(st.sampled_from(body_at))
    edit = data.draw(st.sampled_from(["replace", "delete", "insert"]))
    letter = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    if edit == "replace":
        damaged = pem[:at] + letter + pem[at + 1 :]
    elif edit == "delete":
        damaged = pem[:at] + pem[at + 1 :]
    else:
        damaged = pem[:at] + letter + pem[at:]
    try:
        loaded = load_private_key(damaged)
    except PrivateKeyError as exc:
        assert exc.reason in {
            KeyProblem.CORRUPT,
            KeyProblem.TRUNCATED,
            KeyProblem.NOT_RSA,
        }  # OID hit: "unknown"
    else:  # only a change in the unused bits of the last base64 character can keep the key
        assert same_key(loaded, keys.key)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_arbitrary_input_fails_only_with_a_typed_error(source: str | bytes) -> None:
    with pytest.raises(PrivateKeyError):
        load_private_key(source)


# ---------------------------------------------------------------- encrypted keys


def test_encrypted_pkcs8_with_passphrase(keys: Keys) -> None:
    pem = keys.pem(Fmt.PKCS8, serialization.BestAvailableEncryption(PASSPHRASE.encode()))
    assert "BEGIN ENCRYPTED PRIVATE KEY" in pem
    assert same_key(load_private_key(pem, PASSPHRASE), keys.key)
    assert same_key(load_private_key(pem.replace("\n", ""), PASSPHRASE.encode()), keys.key)


@pytest.mark.parametrize("cipher", ["AES-128-CBC", "AES-256-CBC", "DES-EDE3-CBC"])
def test_legacy_encrypted_pkcs1_with_passphrase(keys: Keys, cipher: str) -> None:
    der = keys.key.private_bytes(Enc.DER, Fmt.TraditionalOpenSSL, serialization.NoEncryption())
    pem = legacy_pem(der, cipher, PASSPHRASE.encode())
    assert same_key(load_private_key(pem, PASSPHRASE), keys.key)
    assert same_key(load_private_key(pem.replace("\n", " "), PASSPHRASE), keys.key)
    assert same_key(load_private_key(pem.replace("\n", "\r\n"), PASSPHRASE), keys.key)


def test_legacy_pem_written_by_cryptography(keys: Keys) -> None:
    pem = keys.pem(Fmt.TraditionalOpenSSL, serialization.BestAvailableEncryption(b"secret"))
    assert "Proc-Type: 4,ENCRYPTED" in pem
    assert same_key(load_private_key(pem, "secret"), keys.key)
    assert same_key(load_private_key(pem.replace("\n", ""), "secret"), keys.key)  # IV runs into the body
    assert same_key(load_private_key(pem.split("-----END")[0], "secret"), keys.key)  # END line lost


def test_passphrase_details(keys: Keys) -> None:
    pem = keys.pem(Fmt.PKCS8, serialization.BestAvailableEncryption(b"secret"))
    assert same_key(load_private_key(pem, "secret\n"), keys.key)  # copied with its line break
    assert same_key(load_private_key(keys.pkcs1, "not needed"), keys.key)  # unencrypted: ignored
    with pytest.raises(PrivateKeyError) as caught:
        load_private_key(pem, "")
    assert caught.value.reason is KeyProblem.PASSPHRASE_REQUIRED


# ---------------------------------------------------------------- rejections


def _public_pem(
    key: rsa.RSAPrivateKey, fmt: serialization.PublicFormat = serialization.PublicFormat.SubjectPublicKeyInfo
) -> str:
    encoding = Enc.OpenSSH if fmt is serialization.PublicFormat.OpenSSH else Enc.PEM
    return key.public_key().public_bytes(encoding, fmt).decode()


def _certificate(key: rsa.RSAPrivateKey) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "archive")])
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
    )
    return builder.sign(key, hashes.SHA256()).public_bytes(Enc.PEM).decode()


def _truncated(pem: str, keep: int) -> str:
    return pem[:keep] + "\n-----END RSA PRIVATE KEY-----\n"


def _encrypted(fmt: Fmt) -> Callable[[Keys], str]:
    return lambda k: k.pem(fmt, serialization.BestAvailableEncryption(PASSPHRASE.encode()))


PS = serialization.PublicFormat
REJECTED: dict[str, tuple[Callable[[Keys], str | bytes], str | None, KeyProblem]] = {
    "empty": (lambda k: "", None, KeyProblem.EMPTY),
    "blank lines": (lambda k: " \r\n\t\n", None, KeyProblem.EMPTY),
    "random text": (lambda k: "这是我的私钥，请查收 My MIT key", None, KeyProblem.NOT_A_KEY),
    "unknown block": (
        lambda k: "-----BEGIN PGP MESSAGE-----\nhQEMA\n-----END PGP MESSAGE-----",
        None,
        KeyProblem.NOT_A_KEY,
    ),
    "certificate": (lambda k: _certificate(k.key), None, KeyProblem.CERTIFICATE),
    "certificate body": (lambda k: _body(_certificate(k.key)), None, KeyProblem.CERTIFICATE),
    "OpenSSH private key": (lambda k: k.pem(Fmt.OpenSSH), None, KeyProblem.OPENSSH),
    "PuTTY key": (lambda k: "PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\n", None, KeyProblem.PUTTY),
    "public key PEM": (lambda k: _public_pem(k.key), None, KeyProblem.PUBLIC_KEY),
    "RSA PUBLIC KEY PEM": (lambda k: _public_pem(k.key, PS.PKCS1), None, KeyProblem.PUBLIC_KEY),
    "bare public key body": (lambda k: _body(_public_pem(k.key)), None, KeyProblem.PUBLIC_KEY),
    "ssh-rsa line": (lambda k: _public_pem(k.key, PS.OpenSSH) + " me@laptop", None, KeyProblem.PUBLIC_KEY),
    "EC key (SEC1)": (
        lambda k: (
            ec.generate_private_key(ec.SECP256R1())
            .private_bytes(Enc.PEM, Fmt.TraditionalOpenSSL, serialization.NoEncryption())
            .decode()
        ),
        None,
        KeyProblem.NOT_RSA,
    ),
    "EC key (PKCS#8)": (
        lambda k: (
            ec.generate_private_key(ec.SECP256R1())
            .private_bytes(Enc.PEM, Fmt.PKCS8, serialization.NoEncryption())
            .decode()
        ),
        None,
        KeyProblem.NOT_RSA,
    ),
    "Ed25519 key": (
        lambda k: (
            ed25519.Ed25519PrivateKey.generate()
            .private_bytes(Enc.PEM, Fmt.PKCS8, serialization.NoEncryption())
            .decode()
        ),
        None,
        KeyProblem.NOT_RSA,
    ),
    "1024-bit key": (
        lambda k: k.small.private_bytes(
            Enc.PEM, Fmt.TraditionalOpenSSL, serialization.NoEncryption()
        ).decode(),
        None,
        KeyProblem.TOO_SMALL,
    ),
    "truncated, END kept": (lambda k: _truncated(k.pkcs1, 1000), None, KeyProblem.TRUNCATED),
    "truncated, no END": (lambda k: k.pkcs8[:1200], None, KeyProblem.TRUNCATED),
    "truncated bare body": (lambda k: _body(k.pkcs1)[:900], None, KeyProblem.TRUNCATED),
    "truncated DER": (lambda k: k.der[:-40], None, KeyProblem.TRUNCATED),
    "BEGIN line only": (lambda k: "-----BEGIN RSA PRIVATE KEY-----\n", None, KeyProblem.TRUNCATED),
    "truncated legacy encrypted": (
        lambda k: _truncated(_encrypted(Fmt.TraditionalOpenSSL)(k), 900),
        PASSPHRASE,
        KeyProblem.TRUNCATED,
    ),
    "character changed": (
        lambda k: k.pkcs1[:300] + ("Q" if k.pkcs1[300] != "Q" else "R") + k.pkcs1[301:],
        None,
        KeyProblem.CORRUPT,
    ),
    "two different keys": (
        lambda k: k.pkcs1 + _public_pem(k.key) + _other_pem(k),
        None,
        KeyProblem.MULTIPLE_KEYS,
    ),
    "PKCS#8 without passphrase": (_encrypted(Fmt.PKCS8), None, KeyProblem.PASSPHRASE_REQUIRED),
    "legacy without passphrase": (_encrypted(Fmt.TraditionalOpenSSL), None, KeyProblem.PASSPHRASE_REQUIRED),
    "PKCS#8 wrong passphrase": (_encrypted(Fmt.PKCS8), "wrong", KeyProblem.WRONG_PASSPHRASE),
    "legacy wrong passphrase": (_encrypted(Fmt.TraditionalOpenSSL), "wrong", KeyProblem.WRONG_PASSPHRASE),
    "legacy DES3 wrong passphrase": (
        lambda k: legacy_pem(
            k.key.private_bytes(Enc.DER, Fmt.TraditionalOpenSSL, serialization.NoEncryption()),
            "DES-EDE3-CBC",
            b"right",
        ),
        "wrong",
        KeyProblem.WRONG_PASSPHRASE,
    ),
    "legacy AES-192 (unsupported)": (
        lambda k: _encrypted(Fmt.TraditionalOpenSSL)(k).replace("AES-256-CBC", "AES-192-CBC"),
        PASSPHRASE,
        KeyProblem.UNSUPPORTED_ENCRYPTION,
    ),
}


def _other_pem(k: Keys) -> str:
    return k.other.private_bytes(Enc.PEM, Fmt.PKCS8, serialization.NoEncryption()).decode()


@pytest.mark.parametrize(("make", "passphrase", "reason"), REJECTED.values(), ids=REJECTED.keys())
def test_each_wrong_input_has_its_own_reason(
    keys: Keys, make: Callable[[Keys], str | bytes], passphrase: str | None, reason: KeyProblem
) -> None:
    with pytest.raises(PrivateKeyError) as caught:
        load_private_key(make(keys), passphrase)
    error = caught.value
    assert error.reason is reason
    assert str(error).startswith(error.message_zh) and str(error).endswith(error.message_en)
    for text in (str(error), error.message_zh, error.message_en, repr(error)):
        assert not any(line in text for line in keys.body_lines())
        assert BASE64_RUN.search(text) is None


def test_every_reason_has_its_own_message_in_both_languages() -> None:
    errors = [PrivateKeyError(reason) for reason in KeyProblem]
    assert len({e.message_zh for e in errors}) == len({e.message_en for e in errors}) == len(errors)
    assert all(re.search(r"[\u4e00-\u9fff]", e.message_zh) for e in errors)
    openssh = PrivateKeyError(KeyProblem.OPENSSH)
    assert "ssh-keygen -p -m PEM" in openssh.message_zh and "ssh-keygen -p -m PEM" in openssh.message_en
    public = PrivateKeyError(KeyProblem.PUBLIC_KEY)
    assert "消息加密公钥" in public.message_zh and "stays with you" in public.message_en
    assert "truncated" in PrivateKeyError(KeyProblem.TRUNCATED).message_en


# ---------------------------------------------------------------- PrivateKey


@pytest.fixture(scope="module")
def generated() -> PrivateKey:
    return generate_key_pair()


def test_generated_pair_round_trips(generated: PrivateKey) -> None:
    assert generated.bits == 2048
    public = serialization.load_pem_public_key(generated.public_pem().encode())
    assert generated.public_pem().startswith("-----BEGIN PUBLIC KEY-----\n")
    assert isinstance(public, rsa.RSAPublicKey)
    assert public.public_numbers() == generated.rsa_key.public_key().public_numbers()
    spki = public.public_bytes(Enc.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert generated.fingerprint == hashlib.sha256(spki).hexdigest()
    stored = generated.private_pem_pkcs8()
    assert stored.startswith("-----BEGIN PRIVATE KEY-----\n")
    reloaded = load_private_key(stored)
    assert reloaded == generated and hash(reloaded) == hash(generated)
    assert reloaded.fingerprint == generated.fingerprint


def test_own_pkcs8_reloads_the_same_key_and_refuses_anything_else(generated: PrivateKey) -> None:
    stored = generated.private_pem_pkcs8()
    reloaded = PrivateKey.from_own_pkcs8(stored)
    assert reloaded == generated and reloaded.fingerprint == generated.fingerprint
    wrapped = _wrap(generated, b"0123456789abcdef0123456789abcdef")
    assert reloaded.unwrap(wrapped, verify=True) == b"0123456789abcdef0123456789abcdef"
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(Enc.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        .decode()
    )
    lines = stored.splitlines()
    truncated = "\n".join([*lines[:5], lines[-1]])
    for text, reason in ((ec_pem, KeyProblem.NOT_RSA), (truncated, KeyProblem.CORRUPT)):
        with pytest.raises(PrivateKeyError) as caught:
            PrivateKey.from_own_pkcs8(text)
        assert caught.value.reason is reason and "PRIVATE" not in str(caught.value)


def test_repr_shows_no_key_material(generated: PrivateKey) -> None:
    text = repr(generated) + repr(KeySet({1: generated}))
    numbers = generated.rsa_key.private_numbers()
    assert str(numbers.p)[:12] not in text and str(numbers.public_numbers.n)[:12] not in text
    assert BASE64_RUN.search(text) is None and "BEGIN" not in text


def test_generate_refuses_small_keys() -> None:
    with pytest.raises(ValueError):
        generate_key_pair(1024)


def _wrap(key: PrivateKey | rsa.RSAPrivateKey, plain: bytes) -> str:
    rsa_key = key.rsa_key if isinstance(key, PrivateKey) else key
    return base64.b64encode(rsa_key.public_key().encrypt(plain, padding.PKCS1v15())).decode()


@settings(max_examples=30, deadline=None)
@given(plain=st.binary(min_size=1, max_size=200).filter(lambda b: b"\0" not in b))
def test_unwrap_returns_what_the_public_key_wrapped(generated: PrivateKey, plain: bytes) -> None:
    wrapped = _wrap(generated, plain)
    assert generated.unwrap(wrapped) == plain
    assert generated.unwrap(wrapped.encode(), verify=True) == plain
    assert generated.unwrap("\n".join(wrapped[i : i + 76] for i in range(0, len(wrapped), 76))) == plain


def test_unwrap_with_the_wrong_key_raises(keys: Keys, generated: PrivateKey) -> None:
    for n in range(12):
        wrapped = _wrap(keys.other, f"random key {n:02d} 0123456789abcdef".encode())
        with pytest.raises(UnwrapError) as caught:
            generated.unwrap(wrapped, verify=True)
        assert caught.value.reason is UnwrapProblem.WRONG_KEY


def test_unwrap_rejects_bad_input(generated: PrivateKey, keys: Keys) -> None:
    cases = {
        "not base64!": UnwrapProblem.BAD_BASE64,
        "QUJD": UnwrapProblem.WRONG_LENGTH,
        _wrap(keys.small, b"abc"): UnwrapProblem.WRONG_LENGTH,
        base64.b64encode(b"\xff" * 256).decode(): UnwrapProblem.WRONG_KEY,  # larger than the modulus
    }
    for value, reason in cases.items():
        with pytest.raises(UnwrapError) as caught:
            generated.unwrap(value)
        assert caught.value.reason is reason
        assert str(caught.value).startswith(caught.value.message_zh)


# ---------------------------------------------------------------- KeySet


def test_keyset_unwraps_by_version_and_names_the_missing_one(generated: PrivateKey, keys: Keys) -> None:
    other = PrivateKey(keys.other)
    key_set = KeySet({2: generated})
    key_set.add(1, other)
    assert key_set.versions() == (1, 2) and 2 in key_set and len(key_set) == 2
    assert key_set.get(2) is generated and key_set.get(3) is None
    assert key_set.unwrap(2, _wrap(generated, b"k2")) == b"k2"
    assert key_set.unwrap(2, _wrap(generated, b"again")) == b"again"
    with pytest.raises(MissingKeyError) as missing:
        key_set.unwrap(7, _wrap(generated, b"k7"))
    assert missing.value.version == 7
    assert "没有版本 7 的私钥" in missing.value.message_zh
    assert "No private key for publickey_ver 7" in missing.value.message_en
    assert str(missing.value).startswith(missing.value.message_zh)


def test_keyset_detects_a_wrong_key_on_the_first_record(generated: PrivateKey, keys: Keys) -> None:
    key_set = KeySet({3: PrivateKey(keys.other)})
    with pytest.raises(UnwrapError) as caught:
        key_set.unwrap(3, _wrap(generated, b"0123456789abcdef0123456789abcdef"))
    assert caught.value.version == 3 and "版本 3" in caught.value.message_zh
    key_set.add(3, generated)  # replacing the key: verified again, then right
    assert key_set.unwrap(3, _wrap(generated, b"ok")) == b"ok"
    key_set.remove(3)
    assert key_set.versions() == ()


@pytest.mark.parametrize("version", [0, -1, True, "1", 1.0])
def test_keyset_rejects_bad_versions(generated: PrivateKey, version: object) -> None:
    with pytest.raises(ValueError):
        KeySet().add(version, generated)  # type: ignore[arg-type]


def test_from_folder_loads_good_files_and_reports_bad_ones(tmp_path: Path, keys: Keys) -> None:
    (tmp_path / "private_key_v1.pem").write_text(keys.pkcs1, encoding="utf-8")
    (tmp_path / "PRIVATE_KEY_V3.PEM").write_bytes(keys.der)
    (tmp_path / "private_key_v2.pem").write_text(_truncated(keys.pkcs1, 700), encoding="utf-8")
    (tmp_path / "README.txt").write_text("keys for the archive", encoding="utf-8")
    with pytest.raises(KeyFolderError) as caught:
        KeySet.from_folder(tmp_path)
    (problem,) = caught.value.problems
    assert problem.file == "private_key_v2.pem" and problem.error.reason is KeyProblem.TRUNCATED
    assert "private_key_v2.pem" in caught.value.message_zh and "private_key_v2.pem" in caught.value.message_en
    assert not any(line in str(caught.value) for line in keys.body_lines())

    found = KeySet.read_folder(tmp_path)
    assert found.keys.versions() == (1, 3) and len(found.problems) == 1

    (tmp_path / "private_key_v2.pem").unlink()
    key_set = KeySet.from_folder(str(tmp_path))
    assert key_set.versions() == (1, 3)
    key = key_set.get(1)
    assert key is not None and same_key(key, keys.key)


def test_from_folder_problems(tmp_path: Path, keys: Keys) -> None:
    with pytest.raises(KeyFolderError):
        KeySet.from_folder(tmp_path / "missing")
    with pytest.raises(KeyFolderError):
        KeySet.from_folder(tmp_path)  # no key files at all
    encrypted = keys.pem(Fmt.PKCS8, serialization.BestAvailableEncryption(b"pw"))
    (tmp_path / "private_key_v1.pem").write_text(encrypted, encoding="utf-8")
    (tmp_path / "private_key_v0.pem").write_text(keys.pkcs1, encoding="utf-8")
    (tmp_path / "private_key.pem").write_text(keys.pkcs1, encoding="utf-8")
    found = KeySet.read_folder(tmp_path)
    reasons = {p.file: p.error.reason for p in found.problems}
    assert reasons == {
        "private_key.pem": KeyProblem.BAD_FILE_NAME,
        "private_key_v0.pem": KeyProblem.BAD_FILE_NAME,
        "private_key_v1.pem": KeyProblem.PASSPHRASE_REQUIRED,
    }
    assert KeySet.read_folder(tmp_path, passphrase="pw").keys.versions() == (1,)


def test_keys_module_loads_no_ui_database_or_keyring() -> None:
    probe = (
        "import sys, wecom_desktop.crypto.keys\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'keyring')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.strip() == "[]"
