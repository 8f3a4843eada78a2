"""The credential store against a real Secret Service (gnome-keyring), and the log redaction filter."""

from __future__ import annotations

import base64
import io
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail, null
from keyring.backends.chainer import ChainerBackend

from tests.keyring_session import SecretServiceSession, newest_connection_serial
from wecom_desktop import secret_filter
from wecom_desktop.credentials import (
    DEFAULT_PART_LIMIT,
    CredentialStore,
    DamageProblem,
    KeyringUnavailable,
    StoredValueDamaged,
    UnavailableReason,
    backend_name,
    profile_key_for_folder,
    profile_key_for_name,
)
from wecom_desktop.credentials_chunks import HEADER_PREFIX, header_for, split_parts, utf16_units
from wecom_desktop.crypto.keys import PrivateKey, generate_key_pair, load_private_key
from wecom_desktop.profile import Profile
from wecom_desktop.secret_filter import REDACTED

CORP_ID = "ww0123456789abcdef"
SECRET = "Xk3_s9QvT-2mWn8LpRr4YbZc7hJd1FgA5eUoIi6Ny0"
PROXY_PASSWORD = "proxyuser:p@ss wörd 🙂"
HEADER = re.compile(r"wecom-parts/1:(\d+):[0-9a-f]{64}")


@pytest.fixture(scope="module")
def key2048() -> PrivateKey:
    return generate_key_pair(2048)


@pytest.fixture(scope="module")
def key4096() -> PrivateKey:
    return generate_key_pair(4096)


@pytest.fixture
def store(secret_service: SecretServiceSession, profile: Profile) -> Iterator[CredentialStore]:
    store = CredentialStore.for_folder(profile.root)
    yield store
    store.delete_all()


@pytest.fixture
def small_store(secret_service: SecretServiceSession, tmp_path: Path) -> Iterator[CredentialStore]:
    """A store whose entries hold at most 100 characters: everything long goes through the parts."""
    store = CredentialStore.for_folder(tmp_path / "small", part_limit=100)
    yield store
    store.delete_all()


@pytest.fixture
def backend_swap(secret_service: SecretServiceSession) -> Iterator[None]:
    """Let a test set another keyring backend; the test Secret Service comes back afterwards."""
    yield
    keyring.set_keyring(SecretService.Keyring())


def raw(store: CredentialStore, username: str) -> str | None:
    return keyring.get_password(store.service, username)


def tree(folder: Path) -> list[tuple[str, int, int]]:
    return sorted(
        (str(p.relative_to(folder)), p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*")
    )


# --- round trips ------------------------------------------------------------------------------


def test_reads_and_writes_share_one_connection_to_the_secret_service(store: CredentialStore) -> None:
    """keyring alone connects and disconnects for every call, and gnome-keyring-daemon aborts on that
    churn (a client gone while the daemon still handles its request)."""
    store.set_secret(SECRET)
    before = newest_connection_serial()
    for _ in range(20):
        assert store.get_secret() == SECRET
    store.set_corp_id(CORP_ID)
    opened = newest_connection_serial() - before - 1
    assert opened <= 1


def test_every_kind_of_secret_round_trips(
    secret_service: SecretServiceSession, store: CredentialStore, profile: Profile, key2048: PrivateKey
) -> None:
    pem1, pem3 = key2048.private_pem_pkcs8(), generate_key_pair(2048).private_pem_pkcs8()
    assert store.load().corp_id is None and not store.load().complete

    store.set_corp_id(CORP_ID)
    store.set_secret(SECRET)
    store.set_proxy_password(PROXY_PASSWORD)
    store.set_private_key(3, pem3)
    store.set_private_key(1, pem1)

    assert store.get_corp_id() == CORP_ID
    assert store.get_secret() == SECRET
    assert store.get_proxy_password() == PROXY_PASSWORD
    assert store.get_private_key(1) == pem1 and store.get_private_key(3) == pem3
    assert store.get_private_key(2) is None
    assert store.key_versions() == (1, 3)
    assert load_private_key(store.get_private_key(1) or "") == key2048
    loaded = store.load()
    assert loaded.complete
    assert (loaded.corp_id, loaded.secret, loaded.proxy_password) == (CORP_ID, SECRET, PROXY_PASSWORD)
    assert dict(loaded.private_keys) == {1: pem1, 3: pem3}
    assert store.service == f"wecom-desktop/{profile_key_for_folder(profile.root)}"
    # what keyring holds, seen through the Secret Service itself
    assert {
        "corp_id",
        "secret",
        "proxy_password",
        "key_versions",
        "key/v1",
        "key/v3",
    } <= secret_service.usernames(store.service)
    assert raw(store, "key_versions") == "1,3"
    for text in (repr(loaded), repr(store), str(loaded)):
        assert SECRET not in text and "p@ss" not in text and "PRIVATE KEY" not in text
    assert "key_versions=[1, 3]" in repr(loaded)

    store.set_secret(SECRET[::-1])  # replacing
    store.set_proxy_password("")  # an empty proxy password removes it
    assert store.get_secret() == SECRET[::-1] and store.get_proxy_password() is None


def test_profile_keys() -> None:
    a = profile_key_for_folder("/tmp/x/../profile-a")
    assert a == profile_key_for_folder("/tmp/profile-a") and re.fullmatch(r"dir-[0-9a-f]{32}", a)
    assert a != profile_key_for_folder("/tmp/profile-b")
    assert profile_key_for_name("office.2024") == "name-office.2024"
    for bad in ("", "../x", "a b", "x" * 65, "名字"):
        with pytest.raises(ValueError):
            profile_key_for_name(bad)
    with pytest.raises(ValueError):
        CredentialStore("wecom-desktop/other")
    with pytest.raises(ValueError, match="part_limit"):
        CredentialStore.for_name("x", part_limit=50)


def test_bad_values_are_refused_without_echoing_them(store: CredentialStore, key2048: PrivateKey) -> None:
    public = key2048.public_pem()
    with pytest.raises(ValueError) as refused:
        store.set_private_key(1, public)
    assert "PUBLIC KEY" not in str(refused.value) and public[30:60] not in str(refused.value)
    for version in (0, -1, True, 1.0):
        with pytest.raises(ValueError):
            store.set_private_key(version, key2048.private_pem_pkcs8())  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.set_secret("  ")
    assert store.key_versions() == () and store.get_secret() is None


# --- parts ------------------------------------------------------------------------------------


def test_4096_bit_key_goes_through_parts_with_the_default_limit(
    secret_service: SecretServiceSession, store: CredentialStore, key4096: PrivateKey
) -> None:
    pem = key4096.private_pem_pkcs8()
    assert len(pem) > 2 * DEFAULT_PART_LIMIT  # > 2,560 bytes in UTF-8, and far more in UTF-16
    store.set_private_key(7, pem)

    count = -(-len(pem) // DEFAULT_PART_LIMIT)
    header = raw(store, "key/v7") or ""
    assert HEADER.fullmatch(header) and header == header_for(pem, count)
    parts = [raw(store, f"key/v7#{i}") or "" for i in range(count)]
    assert "".join(parts) == pem
    assert all(utf16_units(part) * 2 <= 2560 for part in parts)  # what Windows would accept
    assert {f"key/v7#{i}" for i in range(count)} | {"key/v7"} <= secret_service.usernames(store.service)
    assert store.get_private_key(7) == pem
    assert load_private_key(store.get_private_key(7) or "") == key4096
    assert store.key_versions() == (7,)


def test_parts_with_a_small_limit(secret_service: SecretServiceSession, small_store: CredentialStore) -> None:
    secret = "".join(f"{i:03d}-abcdefgh" for i in range(30))  # 360 characters
    small_store.set_secret(secret)
    assert raw(small_store, "secret") == header_for(secret, 4)
    parts = [raw(small_store, f"secret#{i}") for i in range(4)]
    assert [len(p or "") for p in parts] == [100, 100, 100, 60] and "".join(p or "" for p in parts) == secret
    assert small_store.get_secret() == secret

    # characters outside the BMP count twice (UTF-16), and are never cut in half
    password = "密码🙂" * 40
    small_store.set_proxy_password(password)
    stored = [raw(small_store, f"proxy_password#{i}") or "" for i in range(10)]
    assert "".join(stored) == password and all(utf16_units(p) <= 100 for p in stored)
    assert small_store.get_proxy_password() == password

    # a short value that looks like a header is kept in parts, so it is never mistaken for one
    tricky = HEADER_PREFIX + "1:1:" + "0" * 64
    small_store.set_corp_id(tricky)
    assert raw(small_store, "corp_id") != tricky and small_store.get_corp_id() == tricky


def test_shrinking_a_value_leaves_no_stale_parts(
    secret_service: SecretServiceSession, small_store: CredentialStore
) -> None:
    small_store.set_secret("s" * 450)  # 5 parts
    small_store.set_secret("t" * 250)  # 3 parts
    assert {u for u in secret_service.usernames(small_store.service) if u.startswith("secret")} == {
        "secret",
        "secret#0",
        "secret#1",
        "secret#2",
    }
    small_store.set_secret("short")
    assert {u for u in secret_service.usernames(small_store.service) if u.startswith("secret")} == {"secret"}
    assert small_store.get_secret() == "short"


@pytest.mark.parametrize(
    ("tamper", "problem", "part"),
    [
        (lambda s: keyring.set_password(s, "secret#1", "x" * 100), DamageProblem.CHECKSUM, None),
        (lambda s: keyring.set_password(s, "secret#3", "0123456789"), DamageProblem.CHECKSUM, None),
        (lambda s: keyring.delete_password(s, "secret#2"), DamageProblem.MISSING_PART, 2),
        (lambda s: keyring.delete_password(s, "secret#0"), DamageProblem.MISSING_PART, 0),
        (
            lambda s: keyring.set_password(s, "secret", HEADER_PREFIX + "1:4:abc"),
            DamageProblem.BAD_HEADER,
            None,
        ),
        (
            lambda s: keyring.set_password(s, "secret", HEADER_PREFIX + "2:4:" + "0" * 64),
            DamageProblem.BAD_HEADER,
            None,
        ),
    ],
)
def test_damaged_parts_are_an_error_never_partial_data(
    small_store: CredentialStore, tamper: object, problem: DamageProblem, part: int | None
) -> None:
    secret = "".join(f"[{i:02d}]{SECRET}" for i in range(8))  # 368 characters: 4 parts
    small_store.set_secret(secret)
    tamper(small_store.service)  # type: ignore[operator]
    with pytest.raises(StoredValueDamaged) as damaged:
        small_store.get_secret()
    assert damaged.value.problem is problem and damaged.value.part == part and damaged.value.entry == "secret"
    assert "Secret" in damaged.value.message_en and "已损坏" in damaged.value.message_zh
    assert SECRET not in str(damaged.value) and "[00]" not in str(damaged.value)
    with pytest.raises(StoredValueDamaged):
        small_store.load()
    # writing it again repairs it; deleting it removes every part, damaged or not
    small_store.set_secret(secret)
    assert small_store.get_secret() == secret
    tamper(small_store.service)  # type: ignore[operator]
    assert small_store.delete_secret()
    assert small_store.get_secret() is None


def test_split_parts_never_exceeds_the_limit() -> None:
    for value in ("", "a", "a" * 100, "a" * 101, "🙂" * 50, "a🙂" * 70, "ab" * 999):
        parts = split_parts(value, 100)
        assert "".join(parts) == value and all(utf16_units(p) <= 100 for p in parts)


# --- profiles and deletion --------------------------------------------------------------------


def test_two_profiles_are_kept_apart(
    secret_service: SecretServiceSession, tmp_path: Path, key2048: PrivateKey
) -> None:
    a = CredentialStore.for_folder(tmp_path / "a")
    b = CredentialStore.for_folder(tmp_path / "b", part_limit=100)
    named = CredentialStore.for_name("office")
    try:
        a.set_secret("secret-of-a")
        b.set_secret("secret-of-b")
        a.set_private_key(1, key2048.private_pem_pkcs8())
        named.set_corp_id("ww00000000000000ff")
        assert (a.get_secret(), b.get_secret(), named.get_secret()) == ("secret-of-a", "secret-of-b", None)
        assert (a.key_versions(), b.key_versions(), named.get_corp_id()) == ((1,), (), "ww00000000000000ff")
        assert len({a.service, b.service, named.service}) == 3
        assert CredentialStore.for_folder(tmp_path / "x" / ".." / "a").get_secret() == "secret-of-a"
        a.delete_all()
        assert secret_service.items(a.service) == []
        assert b.get_secret() == "secret-of-b" and named.get_corp_id() == "ww00000000000000ff"
    finally:
        for store in (a, b, named):
            store.delete_all()
    assert all(secret_service.items(s.service) == [] for s in (a, b, named))


def test_deleting_one_key_removes_it_and_all_its_parts(
    secret_service: SecretServiceSession, store: CredentialStore, key2048: PrivateKey, key4096: PrivateKey
) -> None:
    store.set_private_key(1, key2048.private_pem_pkcs8())
    store.set_private_key(2, key4096.private_pem_pkcs8())
    assert store.delete_private_key(2)
    assert store.key_versions() == (1,) and store.get_private_key(2) is None
    assert not {u for u in secret_service.usernames(store.service) if u.startswith("key/v2")}
    assert raw(store, "key_versions") == "1"
    assert not store.delete_private_key(2)
    assert store.delete_private_key(1)
    assert secret_service.usernames(store.service) == set()  # the index goes with the last key


def test_deleting_a_profile_leaves_no_entry(
    secret_service: SecretServiceSession, small_store: CredentialStore, key4096: PrivateKey
) -> None:
    small_store.set_corp_id(CORP_ID)
    small_store.set_secret(SECRET * 5)
    small_store.set_proxy_password(PROXY_PASSWORD * 10)
    for version in (1, 2, 5):
        small_store.set_private_key(version, key4096.private_pem_pkcs8())
    assert len(secret_service.items(small_store.service)) > 100
    small_store.delete_all()
    assert secret_service.items(small_store.service) == []
    assert small_store.load().corp_id is None and small_store.key_versions() == ()


def test_deleting_a_profile_with_a_damaged_index(
    secret_service: SecretServiceSession, store: CredentialStore, key2048: PrivateKey
) -> None:
    store.set_private_key(4, key2048.private_pem_pkcs8())
    keyring.set_password(store.service, "key_versions", "4,,x")
    with pytest.raises(StoredValueDamaged) as damaged:
        store.key_versions()
    assert damaged.value.problem is DamageProblem.BAD_CONTENT
    store.set_private_key(6, key2048.private_pem_pkcs8())  # adding a key repairs the index
    assert store.key_versions() == (4, 6) and raw(store, "key_versions") == "4,6"
    keyring.set_password(store.service, "key_versions", "garbage")
    store.delete_all()
    assert secret_service.items(store.service) == []


# --- no keyring -------------------------------------------------------------------------------


class PlaintextFileKeyring(KeyringBackend):
    """What keyrings.alt does: passwords in a file. It must never be used."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.file = folder / "keyring_pass.cfg"

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        with self.file.open("a") as out:
            out.write(f"{service} {username} {password}\n")

    def delete_password(self, service: str, username: str) -> None:
        self.file.write_text("")


@pytest.mark.usefixtures("backend_swap")
@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (lambda folder: fail.Keyring(), UnavailableReason.NO_BACKEND),
        (lambda folder: null.Keyring(), UnavailableReason.NO_BACKEND),
        (lambda folder: PlaintextFileKeyring(folder), UnavailableReason.INSECURE_BACKEND),
    ],
)
def test_no_secure_keyring_means_an_error_and_no_file(
    profile: Profile, key2048: PrivateKey, backend: object, reason: UnavailableReason
) -> None:
    (profile.logs_dir / "wecom-desktop.log").write_text("log\n")
    before = tree(profile.root)
    keyring.set_keyring(backend(profile.root))  # type: ignore[operator]
    store = CredentialStore.for_folder(profile.root)
    pem = key2048.private_pem_pkcs8()
    calls = [
        lambda: store.set_secret(SECRET),
        lambda: store.set_corp_id(CORP_ID),
        lambda: store.set_proxy_password(PROXY_PASSWORD),
        lambda: store.set_private_key(1, pem),
        store.get_secret,
        store.load,
        store.key_versions,
        lambda: store.delete_private_key(1),
        store.delete_all,
        store.check_available,
    ]
    for call in calls:
        with pytest.raises(KeyringUnavailable) as unavailable:
            call()
        error = unavailable.value
        assert error.reason is reason
        assert "WECOM_PRIVATE_KEYS" in error.message_en and "WECOM_PRIVATE_KEYS" in error.message_zh
        assert "环境变量" in error.message_zh and "never in plain files" in error.message_en
        assert SECRET not in str(error) and "PRIVATE KEY-----" not in str(error)
    if reason is UnavailableReason.NO_BACKEND:
        assert "no Secret Service (gnome-keyring / KWallet) on this session" in error.message_en
    assert tree(profile.root) == before
    assert backend_name().startswith("none: ")


@pytest.mark.usefixtures("backend_swap")
def test_a_chainer_uses_only_its_secure_member(
    monkeypatch: pytest.MonkeyPatch, secret_service: SecretServiceSession, profile: Profile
) -> None:
    plaintext = PlaintextFileKeyring(profile.root)
    monkeypatch.setattr(ChainerBackend, "backends", [plaintext, SecretService.Keyring()])
    keyring.set_keyring(ChainerBackend())
    store = CredentialStore.for_folder(profile.root)
    try:
        store.set_secret(SECRET)
        assert store.get_secret() == SECRET and not plaintext.file.exists()
        assert "SecretService" in backend_name()
    finally:
        store.delete_all()
    monkeypatch.setattr(ChainerBackend, "backends", [plaintext])
    keyring.set_keyring(ChainerBackend())
    with pytest.raises(KeyringUnavailable) as unavailable:
        store.get_secret()
    assert unavailable.value.reason is UnavailableReason.NO_BACKEND and not plaintext.file.exists()


def test_a_secret_service_that_is_not_running(
    monkeypatch: pytest.MonkeyPatch, secret_service: SecretServiceSession, tmp_path: Path
) -> None:
    store = CredentialStore.for_folder(tmp_path)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    with pytest.raises(KeyringUnavailable) as unavailable:
        store.set_secret(SECRET)
    assert unavailable.value.reason is UnavailableReason.NO_SERVICE
    assert "Secret Service" in unavailable.value.message_en and SECRET not in str(unavailable.value)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    with pytest.raises(KeyringUnavailable) as unavailable:
        store.get_secret()
    assert unavailable.value.reason is UnavailableReason.NO_SERVICE
    assert "DBUS_SESSION_BUS_ADDRESS" in unavailable.value.detail


def test_backend_name_and_check(secret_service: SecretServiceSession, store: CredentialStore) -> None:
    assert backend_name() == "SecretService Keyring (keyring.backends.SecretService.Keyring)"
    assert store.check_available() == backend_name()


# --- log redaction ----------------------------------------------------------------------------


@pytest.fixture
def log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """The root logger with one extra handler writing to a string, the filter installed."""
    secret_filter.clear_registered_secrets()
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    secret_filter.install()
    secret_filter.install()  # idempotent
    logger = logging.getLogger("wecom_desktop.test")
    logger.setLevel(logging.INFO)
    yield logger, output
    logger.setLevel(logging.NOTSET)
    root.removeHandler(handler)
    root.removeFilter(secret_filter.FILTER)
    for existing in root.handlers:
        existing.removeFilter(secret_filter.FILTER)
    secret_filter.clear_registered_secrets()


def test_install_is_idempotent(log: tuple[logging.Logger, io.StringIO]) -> None:
    root = logging.getLogger()
    holders = [root, *root.handlers]
    assert all(sum(isinstance(f, secret_filter.SecretFilter) for f in h.filters) == 1 for h in holders)


def test_pem_blocks_are_redacted(log: tuple[logging.Logger, io.StringIO], key2048: PrivateKey) -> None:
    logger, output = log
    pem = key2048.private_pem_pkcs8()
    lines = pem.splitlines()
    logger.info("whole: %s", pem)
    logger.info("in a dict: %r", {"pem": pem})
    logger.warning("cut at the end: " + "\n".join(lines[:6]))
    logger.warning("cut at the start: %s", "\n".join(lines[10:]))
    logger.info("it usually starts with -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY-----.")
    text = output.getvalue()
    for line in lines[1:-1]:
        assert line not in text
    assert text.count(REDACTED) >= 4
    assert "starts with -----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY-----." in text  # prose stays


def test_registered_secrets_are_redacted_in_every_form(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, output = log
    secret = "Zq8-secret_value-with-entropy"
    raw_bytes = secret.encode()
    forms = [
        secret,
        base64.b64encode(raw_bytes).decode(),
        base64.urlsafe_b64encode(raw_bytes).decode().rstrip("="),
        raw_bytes.hex(),
        raw_bytes.hex().upper(),
    ]
    secret_filter.register_secret(secret)
    secret_filter.register_secret("abc")  # too short to register: it would blank out ordinary words
    logger.info("message %s", " | ".join(forms))
    logger.info("as args: %s %r %s", forms[0], {"b64": forms[1]}, forms[3])
    logger.info(f"preformatted {forms[4]} and abc")
    text = output.getvalue()
    assert all(form not in text for form in forms)
    assert text.count(REDACTED) == 5 + 3 + 1 and "and abc" in text


def test_secrets_in_exception_tracebacks_are_redacted(
    log: tuple[logging.Logger, io.StringIO], key2048: PrivateKey
) -> None:
    logger, output = log
    secret = "proxyuser:Tr0ub4dor&3"
    secret_filter.register_secret(secret)
    pem = key2048.private_pem_pkcs8()
    try:
        try:
            raise ValueError(f"cannot parse {pem}")
        except ValueError as inner:
            raise RuntimeError(
                f"login as {secret} ({base64.b64encode(secret.encode()).decode()}) failed"
            ) from inner
    except RuntimeError:
        logger.exception("sync failed for %s", secret.encode().hex())
    text = output.getvalue()
    assert "Traceback (most recent call last)" in text and "RuntimeError: login as" in text
    assert "ValueError: cannot parse" in text
    assert secret not in text and base64.b64encode(secret.encode()).decode() not in text
    assert secret.encode().hex() not in text and pem.splitlines()[5] not in text


def test_the_store_registers_what_it_writes_and_reads(
    log: tuple[logging.Logger, io.StringIO], store: CredentialStore, profile: Profile, key2048: PrivateKey
) -> None:
    logger, output = log
    store.set_secret(SECRET)
    store.set_private_key(1, key2048.private_pem_pkcs8())
    secret_filter.clear_registered_secrets()  # as in a new process: only reading registers now
    logger.info("before reading: %s", SECRET)
    assert SECRET in output.getvalue()
    other = CredentialStore.for_folder(profile.root)
    assert other.get_secret() == SECRET and other.get_proxy_password() is None
    pem = other.get_private_key(1) or ""
    body = "".join(pem.splitlines()[1:-1])
    logger.info("after reading: %s; body %s; line %s", SECRET, body, pem.splitlines()[3])
    after = output.getvalue().split("after reading")[1]
    assert SECRET not in after and body not in after and pem.splitlines()[3] not in after


def test_redaction_of_long_text_is_quick() -> None:
    blob = "QUJD" * 50_000
    started = time.perf_counter()
    assert secret_filter.redact(blob + "\n-----END PRIVATE KEY-----") == REDACTED
    assert secret_filter.redact("-----BEGIN PRIVATE KEY-----\n" + blob) == REDACTED
    assert secret_filter.redact(blob + " -- END") == blob + " -- END"
    assert time.perf_counter() - started < 2


@settings(max_examples=50, deadline=None)
@given(
    secret=st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-:@",
        min_size=12,
        max_size=80,
    ),
    before=st.text(max_size=20),
    after=st.text(max_size=20),
)
def test_a_registered_secret_never_survives_redaction(secret: str, before: str, after: str) -> None:
    secret_filter.clear_registered_secrets()
    try:
        secret_filter.register_secret(secret)
        encoded = secret.encode()
        for form in (secret, base64.b64encode(encoded).decode(), encoded.hex()):
            assert form not in secret_filter.redact(before + form + after)
    finally:
        secret_filter.clear_registered_secrets()
