"""The official Linux finance SDK, driven through our lookup, binding and worker process."""

from __future__ import annotations

import io
import os
import platform
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from wecom_desktop.sdk import fetch, library
from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.sdk.errors import Fault, SdkError

OFFICIAL = library.native_folder() / library.library_name()
CORP_ID = "wwd08c8e7c775ab44d"  # the header's example shape
SECRET = "zJ6k0naVVQ--gt9PUSSEvs03zW_nlDVmjLCTOTAfrew"

needs_official = pytest.mark.skipif(
    not (sys.platform == "linux" and platform.machine() == "x86_64"),
    reason="the official SDK tests run on Linux x86-64 (the library's platform)",
)


@pytest.fixture
def official() -> Path:
    if not OFFICIAL.is_file():
        pytest.fail(f"{OFFICIAL} is missing: scripts/setup.sh fetches it with `wecom-desktop sdk fetch`")
    return OFFICIAL


@pytest.fixture
def client(official: Path) -> Iterator[FinanceClient]:
    client = FinanceClient(official, CORP_ID, SECRET, Connection(timeout_s=3))
    yield client
    client.close()


@needs_official
def test_lookup_finds_the_fetched_library(official: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(library.ENV_VAR, raising=False)
    assert library.locate() == official


@needs_official
def test_init_rejects_empty_ids_and_accepts_well_formed_ones(official: Path) -> None:
    empty = FinanceClient(official, "", "")
    with pytest.raises(SdkError) as error:
        empty.start()
    empty.close()
    assert (error.value.code, error.value.fault) == (10000, Fault.BAD_REQUEST)
    good = FinanceClient(official, CORP_ID, SECRET)
    good.start()  # Init returned 0
    good.close()


@needs_official
def test_pull_without_network_is_a_quick_network_error(client: FinanceClient) -> None:
    client.start()
    started = time.monotonic()
    with pytest.raises(SdkError) as error:
        client.get_chat_data(0, 10)
    assert time.monotonic() - started < 5, "the call must fail fast, not wait for a network timeout"
    assert (error.value.code, error.value.fault, error.value.retryable) == (10001, Fault.NETWORK, True)
    assert "代理" in error.value.message_zh and "proxy" in error.value.message_en


@needs_official
def test_limit_above_1000_is_a_bad_request(client: FinanceClient) -> None:
    with pytest.raises(SdkError) as error:
        client.get_chat_data(0, 1001)
    assert error.value.code == 10000


@needs_official
def test_malformed_decrypt_kills_only_the_worker_which_restarts(client: FinanceClient) -> None:
    client.start()
    first_pid = client.host.pid
    # Bypass our own validation to show what it protects against: the vendor code aborts.
    with pytest.raises(SdkError) as error:
        client.host.call("decrypt_many", [(b"abcdefghijklmnop", b"def")], deadline=30)
    assert error.value.fault is Fault.WORKER_DIED
    assert "SIGABRT" in error.value.message_en
    assert client.host.call("rss_kb", deadline=30) > 0  # restarted and initialised again
    assert client.host.pid != first_pid and client.host.restarts == 1
    assert os.getpid()  # this process is alive and well


@needs_official
def test_validation_stops_the_crashing_input_before_the_library(client: FinanceClient) -> None:
    client.start()
    pid = client.host.pid
    result = client.decrypt_many([(b"abcdefghijklmnop", "def")])[0]
    assert isinstance(result, SdkError) and result.fault is Fault.DECRYPT
    assert client.host.pid == pid and client.host.restarts == 0


def test_explicit_library_that_does_not_exist_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "libWeWorkFinanceSdk_C.so"
    with pytest.raises(SdkError) as error:
        library.locate(missing)
    assert str(missing) in error.value.message_zh and "--sdk-library" in error.value.message_en


def test_environment_variable_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "lib.so"
    fake.write_bytes(b"not a library")
    monkeypatch.setenv(library.ENV_VAR, str(fake))
    with pytest.raises(SdkError) as error:
        library.locate()
    assert "not a loadable shared library" in error.value.message_en


@needs_official
def test_wrong_architecture_is_explained(official: Path) -> None:
    arm = official.parent.parent / "linuxarm64" / library.library_name()
    if not arm.is_file():
        pytest.fail(f"{arm} is missing: `wecom-desktop sdk fetch` places it")
    with pytest.raises(SdkError) as error:
        library.locate(arm)
    assert "aarch64" in error.value.message_en and "x86_64" in error.value.message_en


def test_nothing_found_says_where_it_looked_and_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(library.ENV_VAR, raising=False)
    monkeypatch.setattr(library, "native_folder", lambda: tmp_path / "native" / "linux64")
    with pytest.raises(SdkError) as error:
        library.locate()
    assert "sdk fetch" in error.value.message_en and str(tmp_path) in error.value.message_en


def test_a_tampered_wheel_is_rejected(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for pinned in fetch.FILES:
            archive.writestr(pinned.member, b"tampered")
    with pytest.raises(SdkError) as error:
        fetch.install_from_wheel(buffer.getvalue(), tmp_path)
    assert "SHA-256" in error.value.message_en
    assert not any(tmp_path.rglob("*.so"))
