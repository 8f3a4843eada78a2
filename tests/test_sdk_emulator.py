"""The SDK path end to end against the emulator library: our binding, in its worker process."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from wecom_desktop.crypto.keys import KeySet
from wecom_desktop.demo.generator import iter_demo_messages
from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.sdk.emulator_pack import PackResult, pack
from wecom_desktop.sdk.errors import Fault, SdkError

MESSAGES = 10_000
NUL_FILE = b"\0" * 1_300_000  # spans three 512 KiB chunks; a c_char_p would stop at the first byte
NUL_MD5 = hashlib.md5(NUL_FILE).hexdigest()
NUL_SDKFILEID = "CtYBMzA2OTAyMDEwMjA0NDAwNzAwbnVsbGZpbGU="


@dataclass
class Fixture:
    packed: PackResult
    lines: dict[str, str]  # msgid → the decrypted JSON line as packed


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    folder = tmp_path_factory.mktemp("emulator")
    lines = list(iter_demo_messages(MESSAGES, seed=3))
    nul_message = {
        "msgid": "nulfile_1", "action": "send", "from": "zhangwei", "tolist": ["lina"], "roomid": "",
        "msgtime": 1_790_000_000_000, "msgtype": "file", "seq": MESSAGES + 1,
        "file": {"md5sum": NUL_MD5, "filename": "zeros.bin", "fileext": "bin", "filesize": len(NUL_FILE),
                 "sdkfileid": NUL_SDKFILEID},
    }  # fmt: skip
    lines.append(json.dumps(nul_message, ensure_ascii=False))
    source = folder / "messages.jsonl"
    source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    media = folder / "media-in"
    media.mkdir()
    (media / f"{NUL_MD5}.bin").write_bytes(NUL_FILE)
    packed = pack(source, folder / "fixture", key_versions=(1, 2), media_dir=media, media_size_cap=200_000)
    return Fixture(packed, {json.loads(line)["msgid"]: line for line in lines})


@pytest.fixture
def emulator(fixture: Fixture, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(fixture.packed.out))
    return ensure_emulator_built()


def client_for(
    library: Path, fixture: Fixture, connection: Connection = Connection(timeout_s=5)
) -> FinanceClient:
    return FinanceClient(library, fixture.packed.corp_id, fixture.packed.secret, connection)


@pytest.fixture
def client(emulator: Path, fixture: Fixture) -> Iterator[FinanceClient]:
    client = client_for(emulator, fixture)
    yield client
    client.close()


def test_full_pull_with_two_key_versions(client: FinanceClient, fixture: Fixture) -> None:
    keys = KeySet.from_folder(fixture.packed.out)
    seq, pulled, versions = 0, {}, set()
    while records := client.get_chat_data(seq, 1000):
        keys_and_messages = [
            (keys.unwrap(r.publickey_ver, r.encrypt_random_key), r.encrypt_chat_msg) for r in records
        ]
        for record, plain in zip(records, client.decrypt_many(keys_and_messages), strict=True):
            assert isinstance(plain, str), plain
            pulled[record.msgid] = plain
            versions.add(record.publickey_ver)
        seq = records[-1].seq
    assert pulled == fixture.lines  # every message, byte for byte
    assert versions == {1, 2}
    assert seq == fixture.packed.last_seq


def test_a_wrong_key_fails_to_decrypt_instead_of_giving_garbage(
    client: FinanceClient, fixture: Fixture
) -> None:
    record = client.get_chat_data(0, 1)[0]
    result = client.decrypt_many([(b"0123456789abcdef0123456789abcdef", record.encrypt_chat_msg)])[0]
    assert isinstance(result, SdkError) and result.code == 10006 and result.fault is Fault.DECRYPT
    assert result.message_zh.startswith("解密失败") and result.message_en.startswith("Decryption failed")


def test_media_in_chunks_with_nul_bytes_verified_by_md5(client: FinanceClient) -> None:
    chunks = list(client.media_chunks(NUL_SDKFILEID))
    assert len(chunks) == 3 and chunks[0][0] == ""
    data = b"".join(chunk for _, chunk in chunks)
    assert data == NUL_FILE and hashlib.md5(data).hexdigest() == NUL_MD5
    resumed = b"".join(chunk for _, chunk in client.media_chunks(NUL_SDKFILEID, start_index=chunks[1][0]))
    assert chunks[0][1] + resumed == NUL_FILE


def test_synthetic_media_matches_its_recorded_md5(client: FinanceClient, fixture: Fixture) -> None:
    media = next(m for m in fixture.packed.media.values() if m.synthetic and m.size > 0)
    data = b"".join(chunk for _, chunk in client.media_chunks(media.sdkfileid))
    assert (len(data), hashlib.md5(data).hexdigest()) == (media.size, media.md5)


@pytest.mark.parametrize(
    ("switch", "value", "fault", "code", "words"),
    [
        ("NETWORK_ERROR_EVERY", "1", Fault.NETWORK, 10001, "代理"),
        ("IP_NOT_ALLOWED", "1", Fault.IP_NOT_ALLOWED, 10009, "可信 IP"),
        ("ERRCODE", "48002", Fault.SECRET, 48002, "会话内容存档"),
        ("TRUNCATE_JSON", "1", Fault.CORRUPT_RESPONSE, None, "无法解析"),
        ("MAX_BODY_BYTES", "100", Fault.BAD_REQUEST, 301058, "大小限制"),
    ],
)
def test_each_injected_fault_is_its_typed_error(
    emulator: Path, fixture: Fixture, monkeypatch: pytest.MonkeyPatch,
    switch: str, value: str, fault: Fault, code: int | None, words: str,
) -> None:  # fmt: skip
    monkeypatch.setenv(f"WECOM_EMULATOR_{switch}", value)
    client = client_for(emulator, fixture)
    try:
        with pytest.raises(SdkError) as error:
            client.get_chat_data(0, 10)
        assert (error.value.fault, error.value.code) == (fault, code)
        assert words in error.value.message_zh
    finally:
        client.close()


def test_a_record_field_served_as_null_is_kept_as_malformed(
    emulator: Path, fixture: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_NULL_FIELD", "3:encrypt_random_key")
    client = client_for(emulator, fixture)
    try:
        records = client.get_chat_data(0, 5)
    finally:
        client.close()
    assert [record.seq for record in records if record.problem] == [3]
    assert "encrypt_random_key" in records[2].problem


def test_wrong_secret_is_the_invalid_secret_error(emulator: Path, fixture: Fixture) -> None:
    client = FinanceClient(emulator, fixture.packed.corp_id, "not-the-secret")
    try:
        with pytest.raises(SdkError) as error:
            client.get_chat_data(0, 10)
        assert (error.value.fault, error.value.code) == (Fault.SECRET, 40001)
    finally:
        client.close()


def test_expired_media_is_marked_expired(
    emulator: Path, fixture: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_EXPIRE_MEDIA", NUL_SDKFILEID)
    client = client_for(emulator, fixture)
    try:
        with pytest.raises(SdkError) as error:
            list(client.media_chunks(NUL_SDKFILEID))
        assert (error.value.fault, error.value.code, error.value.retryable) == (Fault.EXPIRED, 10010, False)
    finally:
        client.close()


def test_worker_restarts_after_an_abort(
    emulator: Path, fixture: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ABORT_ON_CALL", "1")
    client = client_for(emulator, fixture)
    try:
        with pytest.raises(SdkError) as error:
            client.get_chat_data(0, 10)
        assert error.value.fault is Fault.WORKER_DIED and "SIGABRT" in error.value.message_en
        monkeypatch.delenv("WECOM_EMULATOR_ABORT_ON_CALL")
        assert len(client.get_chat_data(0, 10)) == 10  # a new worker, initialised again
        assert client.host.restarts == 1
    finally:
        client.close()


def test_a_hung_call_is_cut_off_by_the_deadline(
    emulator: Path, fixture: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "60000")
    client = client_for(emulator, fixture, Connection(timeout_s=1, deadline_margin_s=1.0))
    try:
        started = time.monotonic()
        with pytest.raises(SdkError) as error:
            client.get_chat_data(0, 10)
        assert error.value.fault is Fault.TIMEOUT and error.value.retryable
        assert time.monotonic() - started < 30
        monkeypatch.delenv("WECOM_EMULATOR_SLOW_MS")
        assert len(client.get_chat_data(0, 10)) == 10
    finally:
        client.close()


def test_cancel_kills_the_worker_mid_call(
    emulator: Path, fixture: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "60000")
    client = client_for(emulator, fixture, Connection(timeout_s=60))
    client.start()
    outcome: list[BaseException] = []

    def pull() -> None:
        try:
            client.get_chat_data(0, 10)
        except SdkError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=pull)
    thread.start()
    time.sleep(0.5)
    client.cancel()
    thread.join(20)
    client.close()
    assert not thread.is_alive()
    assert isinstance(outcome[0], SdkError) and outcome[0].fault is Fault.CANCELLED


def test_ten_thousand_pulls_leak_nothing(client: FinanceClient) -> None:
    client.start()
    client.host.call("loop_chat_data", 1_000, 0, 100, deadline=120)  # warm up allocator and caches
    before = client.host.call("rss_kb", deadline=10)
    client.host.call("loop_chat_data", 10_000, 0, 100, deadline=300)
    after = client.host.call("rss_kb", deadline=10)
    assert after - before < 4_096, f"worker RSS grew {before} → {after} kB over 10,000 pulls"


PROBE = """
import os, sys
from pathlib import Path
from wecom_desktop.sdk.client import FinanceClient
if __name__ == "__main__":
    client = FinanceClient(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    assert len(client.get_chat_data(0, 5)) == 5
    client.close()
    print("libWeWorkFinanceSdk" in Path("/proc/self/maps").read_text())
"""


@pytest.mark.skipif(
    not Path("/proc/self/maps").exists(), reason="needs /proc to list a process's mapped files"
)
def test_the_application_process_never_loads_the_sdk(
    emulator: Path, fixture: Fixture, tmp_path: Path
) -> None:
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    completed = subprocess.run(
        [sys.executable, str(script), str(emulator), fixture.packed.corp_id, fixture.packed.secret],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert completed.stdout.strip() == "False"
