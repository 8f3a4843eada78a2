"""SQLCipher archives: created or converted encrypted, reopened with the key from a real keyring, searched."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.keyring_session import SecretServiceSession
from tests.search_helpers import Sent, found, write
from wecom_desktop.archive_access import (
    create_encrypted_profile,
    encrypt_profile_archive,
    open_profile_archive,
)
from wecom_desktop.credentials import CredentialStore
from wecom_desktop.profile import Profile
from wecom_desktop.secret_filter import redact
from wecom_desktop.store.engine import SQLITE_HEADER, encrypt_archive, is_encrypted, open_archive
from wecom_desktop.store.errors import ArchiveError
from wecom_desktop.store.search import SearchFilters
from wecom_desktop.store.status import archive_status

SENTENCE = "请把第三季度的差旅报销单据在周五前交给财务部"
WORD = "报销"  # two characters: one bigram of the index
TOKEN = "QUOKKA7431ZEBRA"
TARGET = Sent("target", f"{SENTENCE} {TOKEN}", 1_700_000_500_000)


def filler(count: int) -> list[Sent]:
    return [
        Sent(f"m{i}", f"第 {i} 条：明天上午开会讨论合同", 1_700_000_000_000 + i * 1000) for i in range(count)
    ]


def database_files(profile: Profile) -> list[Path]:
    return [
        path
        for path in (
            profile.database.with_name(profile.database.name + suffix) for suffix in ("", "-wal", "-shm")
        )
        if path.exists()
    ]


def assert_no_plain_text(profile: Profile) -> None:
    files = database_files(profile)
    assert profile.database in files
    for path in files:
        raw = path.read_bytes()
        for needle in (SENTENCE, WORD, TOKEN, "差旅", "合同"):
            assert needle.encode("utf-8") not in raw, f"{needle!r} in {path.name}"


def message_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM messages")).scalar_one())


def assert_found(engine: Engine) -> None:
    assert found(engine, WORD) == ["target"]
    assert found(engine, TOKEN) == ["target"]
    assert found(engine, f"{WORD} {TOKEN.lower()}") == ["target"]
    assert found(engine, WORD, SearchFilters(sender="zhangwei", since_ms=1_700_000_400_000)) == ["target"]


@pytest.fixture
def keyring_profile(secret_service: SecretServiceSession, profile: Profile) -> Iterator[Profile]:
    yield profile
    CredentialStore.for_folder(profile.root).delete_all()


def test_encrypted_profile_reopens_with_the_key_from_the_keyring_and_keeps_no_plain_text(
    secret_service: SecretServiceSession, keyring_profile: Profile
) -> None:
    profile = keyring_profile
    engine = create_encrypted_profile(profile)
    write(engine, filler(200), [TARGET])
    assert_no_plain_text(profile)  # the write-ahead log too, while it holds the new pages
    engine.dispose()
    assert is_encrypted(profile.database)
    assert_no_plain_text(profile)

    store = CredentialStore.for_folder(profile.root)
    assert "database_key" in secret_service.usernames(store.service)
    key = store.database_key()
    assert key is not None and len(key) == 64 and int(key, 16) >= 0
    assert key not in redact(f"the key is {key}")  # registered with the log filter

    engine = open_profile_archive(profile)
    try:
        assert message_count(engine) == 201
        assert_found(engine)
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        engine.dispose()
    assert_no_plain_text(profile)


def test_encrypting_a_plain_archive_keeps_every_message(
    secret_service: SecretServiceSession, keyring_profile: Profile
) -> None:
    profile = keyring_profile
    engine = open_profile_archive(profile)
    write(engine, filler(300), [TARGET])
    with engine.connect() as connection:
        schema = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert profile.database.read_bytes().startswith(SQLITE_HEADER)
    assert SENTENCE.encode() in profile.database.read_bytes()

    encrypt_profile_archive(profile)

    assert is_encrypted(profile.database)
    assert not profile.database.read_bytes().startswith(SQLITE_HEADER)
    assert sorted(path.name for path in profile.root.iterdir() if path.is_file()) == ["archive.sqlite3"]
    assert_no_plain_text(profile)
    engine = open_profile_archive(profile)
    try:
        assert message_count(engine) == 301
        assert_found(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == schema
        assert archive_status(engine).encrypted
        write(engine, [Sent("later", f"加密之后 {TOKEN}", 1_700_000_900_000)])
        assert found(engine, TOKEN) == ["later", "target"]
    finally:
        engine.dispose()
    with pytest.raises(ArchiveError, match="已经加密"):
        encrypt_profile_archive(profile)


def test_without_its_key_or_with_a_wrong_one_the_archive_says_so(
    secret_service: SecretServiceSession, keyring_profile: Profile
) -> None:
    profile = keyring_profile
    engine = create_encrypted_profile(profile)
    write(engine, [TARGET])
    engine.dispose()
    store = CredentialStore.for_folder(profile.root)
    key = store.database_key()
    assert key is not None
    wrong = "f" * 64 if key != "f" * 64 else "0" * 64

    store.delete_all()
    with pytest.raises(ArchiveError) as missing:
        open_profile_archive(profile)
    assert "此档案已加密（SQLCipher）" in str(missing.value)
    assert "this system's keyring does not hold it" in str(missing.value)

    with pytest.raises(ArchiveError) as keyless:
        open_archive(profile.database)
    assert "needs its database key from the system keyring" in str(keyless.value)

    with pytest.raises(ArchiveError) as mistaken:
        open_archive(profile.database, wrong)
    assert "数据库密钥不正确" in str(mistaken.value)

    for error in (missing.value, keyless.value, mistaken.value):
        assert key not in str(error) and wrong not in str(error)
    store.set_database_key(wrong)
    with pytest.raises(ArchiveError, match="数据库密钥不正确"):
        open_profile_archive(profile)
    engine = open_archive(profile.database, key)  # the file itself was never harmed
    try:
        assert found(engine, TOKEN) == ["target"]
    finally:
        engine.dispose()


def test_an_encrypted_archive_without_a_keyring_says_so(profile: Profile) -> None:
    key = "a1" * 32
    open_archive(profile.database, key).dispose()  # the default test keyring fails on any use
    with pytest.raises(ArchiveError) as missing:
        open_profile_archive(profile)
    assert "此档案已加密（SQLCipher）" in str(missing.value)
    assert "no system keyring can be used here" in str(missing.value)
    assert key not in str(missing.value)


def test_a_plain_profile_never_touches_the_keyring(profile: Profile) -> None:
    engine = open_profile_archive(profile)  # the default test keyring fails on any use
    write(engine, [TARGET])
    engine.dispose()
    engine = open_profile_archive(profile)
    try:
        assert found(engine, WORD) == ["target"]
        assert not archive_status(engine).encrypted
    finally:
        engine.dispose()


def test_with_no_keyring_to_keep_the_key_nothing_is_encrypted(profile: Profile) -> None:
    engine = open_profile_archive(profile)
    write(engine, [TARGET])
    engine.dispose()
    before = profile.database.read_bytes()
    with pytest.raises(ArchiveError, match="无法把数据库密钥保存到系统钥匙串"):
        encrypt_profile_archive(profile)
    assert profile.database.read_bytes() == before


def test_a_failed_conversion_leaves_the_original_untouched(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES (?)", (SENTENCE,))
    connection.close()
    before = path.read_bytes()
    key = "b2" * 32
    with pytest.raises(ArchiveError, match="原档案未被改动") as failed:
        encrypt_archive(path, key)  # no messages table: not an archive
    assert key not in str(failed.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["archive.sqlite3"]


def test_a_key_is_64_hex_digits_and_a_plain_archive_takes_none(profile: Profile) -> None:
    with pytest.raises(ValueError, match="64"):
        open_archive(profile.database, "not a key")
    open_archive(profile.database).dispose()
    with pytest.raises(ArchiveError, match="not encrypted"):
        open_archive(profile.database, "c3" * 32)


def test_delete_all_removes_the_database_key(
    secret_service: SecretServiceSession, keyring_profile: Profile
) -> None:
    store = CredentialStore.for_folder(keyring_profile.root)
    store.set_database_key("d4" * 32)
    assert store.database_key() == "d4" * 32
    assert secret_service.usernames(store.service) == {"database_key"}
    store.delete_all()
    assert store.database_key() is None
    assert secret_service.items(store.service) == []


def cli(profile: Profile, *args: str, keyring: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if keyring:
        env.pop("PYTHON_KEYRING_BACKEND")  # this child uses the test Secret Service
    return subprocess.run(
        [sys.executable, "-m", "wecom_desktop", *args, "--data-dir", str(profile.root)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_cli_encrypts_the_archive_and_status_says_so(
    secret_service: SecretServiceSession, keyring_profile: Profile
) -> None:
    profile = keyring_profile
    engine = open_profile_archive(profile)
    write(engine, filler(20), [TARGET])
    engine.dispose()
    plain = cli(profile, "status", "--json")
    assert plain.returncode == 0, plain.stderr
    assert json.loads(plain.stdout)["encrypted"] is False

    encrypted = cli(profile, "archive", "encrypt")
    assert encrypted.returncode == 0, encrypted.stderr
    assert "archive encrypted" in encrypted.stdout and "system keyring" in encrypted.stdout
    assert is_encrypted(profile.database)
    assert_no_plain_text(profile)

    status = cli(profile, "status", "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert report["encrypted"] is True and report["messages"] == 21
    assert "SQLCipher" in cli(profile, "status").stdout
    search = cli(profile, "search", "--json", WORD)
    assert search.returncode == 0, search.stderr
    assert [hit["msgid"] for hit in json.loads(search.stdout)] == ["target"]

    again = cli(profile, "archive", "encrypt")
    assert again.returncode == 1 and "already encrypted" in again.stderr
    keyless = cli(profile, "status", keyring=False)
    assert keyless.returncode == 1
    assert "此档案已加密（SQLCipher）" in keyless.stderr
    key = CredentialStore.for_folder(profile.root).database_key()
    assert key is not None
    for output in (encrypted, status, again, keyless):
        assert key not in output.stdout + output.stderr
    assert key not in (profile.logs_dir / "wecom-desktop.log").read_text(encoding="utf-8")
