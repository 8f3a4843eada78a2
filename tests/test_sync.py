"""The sync pipeline against the emulator: rotation, missing keys, faults, cancel, resume."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import random
import threading
import time
from collections.abc import Iterator
from concurrent.futures import CancelledError
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.sync_helpers import Packed, growth_stops, packed_archive, stored
from wecom_desktop.core.parse import parse_message
from wecom_desktop.crypto.keys import load_private_key
from wecom_desktop.demo.generator import iter_demo_messages
from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.sdk.emulator_pack import pack
from wecom_desktop.sdk.errors import Fault, SdkError
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.errors import ArchiveStorageError
from wecom_desktop.store.status import archive_status
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.sync.decrypt_workers import DecryptWorkers
from wecom_desktop.sync.pipeline import SyncProgress, SyncResult, SyncSettings, retry_undecryptable, run_sync

MESSAGES = 4_000
FAST_RETRY = {"backoff_s": 0.01, "backoff_max_s": 0.05}


@pytest.fixture(scope="module")
def archive3(tmp_path_factory: pytest.TempPathFactory) -> Packed:
    return packed_archive(tmp_path_factory.mktemp("rotation"), MESSAGES, (1, 2, 3))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_archive(tmp_path / "profile" / "archive.sqlite3")
    yield engine
    engine.dispose()


@pytest.fixture
def client(archive3: Packed, monkeypatch: pytest.MonkeyPatch) -> Iterator[FinanceClient]:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(archive3.result.out))
    client = FinanceClient(ensure_emulator_built(), archive3.result.corp_id, archive3.result.secret)
    yield client
    client.close()


def settings(packed: Packed, **overrides: float) -> SyncSettings:
    return SyncSettings(packed.result.corp_id, **overrides)  # type: ignore[arg-type]


def sync_with_faults(
    engine: Engine,
    archive3: Packed,
    monkeypatch: pytest.MonkeyPatch,
    faults: dict[str, str],
    **overrides: float,
) -> tuple[SyncResult, list[SyncProgress]]:
    """A sync from an emulator with `faults` (WECOM_EMULATOR_<name> switches); its result and every report."""
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(archive3.result.out))
    for name, value in faults.items():
        monkeypatch.setenv(f"WECOM_EMULATOR_{name}", value)
    client = FinanceClient(ensure_emulator_built(), archive3.result.corp_id, archive3.result.secret)
    reports: list[SyncProgress] = []
    try:
        result = run_sync(
            engine,
            client,
            archive3.pems,
            settings(archive3, **FAST_RETRY, **overrides),
            progress=reports.append,
        )
    finally:
        client.close()
    return result, reports


def bodies(engine: Engine) -> dict[str, str]:
    return {str(msgid): str(body) for msgid, body in stored(engine, "SELECT msgid, body FROM messages")}


def test_full_sync_across_a_key_rotation(engine: Engine, client: FinanceClient, archive3: Packed) -> None:
    result = run_sync(engine, client, archive3.pems, settings(archive3))
    assert result.error is None and not result.cancelled
    assert bodies(engine) == archive3.lines
    assert {row[0] for row in stored(engine, "SELECT DISTINCT publickey_ver FROM messages")} == {1, 2, 3}
    assert stored(engine, "SELECT high_water_seq FROM sync_state") == [(archive3.result.last_seq,)]
    outcome, detail = stored(engine, "SELECT outcome, detail FROM audit_log WHERE action = 'sync'")[0]
    assert outcome == "ok" and f'"to_seq": {archive3.result.last_seq}' in str(detail)
    again = run_sync(engine, client, archive3.pems, settings(archive3))
    assert (again.progress.stored, again.last_seq) == (0, archive3.result.last_seq)


def test_a_rotation_to_a_longer_key_is_decrypted_on_both_sides(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WeCom takes any RSA key of at least 2048 bits; a company may rotate to a 4096-bit one."""
    lines = list(iter_demo_messages(300, seed=5))
    source = tmp_path / "messages.jsonl"
    source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "fixture"
    pack(source, out, key_versions=(1,), media_size_cap=0)
    packed = pack(source, out, key_versions=(1, 2), media_size_cap=0, key_bits=4096)  # keeps v1, adds v2
    pems = {version: path.read_text() for version, path in packed.private_keys.items()}
    assert {v: load_private_key(pem).bits for v, pem in pems.items()} == {1: 2048, 2: 4096}
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(out))
    with contextlib.closing(FinanceClient(ensure_emulator_built(), packed.corp_id, packed.secret)) as client:
        result = run_sync(engine, client, pems, SyncSettings(packed.corp_id, page_size=100))
    assert result.error is None and result.progress.undecryptable == 0
    assert bodies(engine) == {json.loads(line)["msgid"]: line for line in lines}
    assert {row[0] for row in stored(engine, "SELECT DISTINCT publickey_ver FROM messages")} == {1, 2}


def test_a_sync_stores_what_an_import_of_the_same_messages_stores(
    engine: Engine, client: FinanceClient, archive3: Packed, tmp_path: Path
) -> None:
    """Decrypt workers parse and derive every row; the result must not differ from the in-process path."""
    run_sync(engine, client, archive3.pems, settings(archive3))
    order = [str(msgid) for (msgid,) in stored(engine, "SELECT msgid FROM messages ORDER BY seq")]
    imported = open_archive(tmp_path / "imported.sqlite3")
    writer = ArchiveWriter(imported)
    for start in range(0, len(order), 1000):
        writer.write_batch([parse_message(archive3.lines[msgid]) for msgid in order[start : start + 1000]])
    columns = (
        "msgid, action, sender, recipients, roomid, conversation_id, msgtime, msgtype, body, summary, status, "
        "problem, revokes_msgid, revoked_by_msgid, search_docid"
    )
    for sql in (
        f"SELECT {columns} FROM messages ORDER BY id",
        "SELECT docid, message_id, text FROM search_docs ORDER BY docid",
        "SELECT term, doc FROM search_vocab ORDER BY term",
        "SELECT * FROM conversations ORDER BY id",
        "SELECT * FROM conversation_members ORDER BY conversation_id, contact_id",
        "SELECT * FROM contacts ORDER BY id",
        "SELECT * FROM media ORDER BY id",
    ):
        assert stored(engine, sql) == stored(imported, sql), sql
    assert len(stored(engine, "SELECT term FROM search_vocab")) > 1000
    imported.dispose()


def test_missing_key_is_kept_encrypted_then_retried_after_adding_it(
    engine: Engine, client: FinanceClient, archive3: Packed
) -> None:
    without_v2 = {version: pem for version, pem in archive3.pems.items() if version != 2}
    result = run_sync(engine, client, without_v2, settings(archive3))
    first, last = archive3.result.key_ranges[2]
    assert result.error is None and result.progress.undecryptable == last - first + 1
    status = archive_status(engine)
    assert status.undecryptable == [{"reason": "missing_key", "publickey_ver": 2, "count": last - first + 1}]
    assert status.messages == MESSAGES and status.gaps == []
    kept = stored(engine, "SELECT count(*) FROM messages WHERE encrypt_chat_msg IS NOT NULL AND body IS NULL")
    assert kept == [(last - first + 1,)]
    # The reason, made in a decrypt worker (no translator there), is rendered here in both languages.
    (why,) = stored(engine, "SELECT DISTINCT problem FROM messages WHERE body IS NULL")
    assert (
        why[0].startswith("missing_key:2: 没有版本 2 的私钥")
        and "No private key for publickey_ver 2" in why[0]
    )

    retried = retry_undecryptable(engine, client, archive3.pems, settings(archive3))
    assert retried.error is None and retried.progress.stored == last - first + 1
    assert bodies(engine) == archive3.lines
    assert archive_status(engine).undecryptable == []
    counted = stored(engine, "SELECT sum(message_count) FROM conversations")
    assert counted == stored(engine, "SELECT count(*) FROM messages WHERE conversation_id IS NOT NULL")


def long_texts_archive(folder: Path, count: int) -> Packed:
    """An emulator archive of `count` texts of 4,000 distinct-looking characters, the second half under
    key version 2: decrypted and indexed, each takes more room than its encrypted record."""
    rng = random.Random(3)
    lines = [
        json.dumps(
            {
                "msgid": f"long{n}",
                "action": "send",
                "from": "zhangsan",
                "tolist": ["lisi"],
                "roomid": "",
                "msgtime": 1_700_000_000_000 + n,
                "msgtype": "text",
                "text": {"content": "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(4000))},
            },
            ensure_ascii=False,
        )
        for n in range(count)
    ]
    (folder / "long.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = pack(folder / "long.jsonl", folder / "fixture", key_versions=(1, 2))
    return Packed(result, {json.loads(line)["msgid"]: line for line in lines})


def test_a_full_disk_during_retry_keeps_the_records_and_its_audit_entry_says_why(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixture = long_texts_archive(tmp_path, 40)
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(fixture.result.out))
    pems = fixture.pems
    corp = settings(fixture)
    client = FinanceClient(ensure_emulator_built(), fixture.result.corp_id, fixture.result.secret)
    try:
        run_sync(engine, client, {1: pems[1]}, corp)
        with growth_stops(engine) as disk_full:
            disk_full.set()
            with pytest.raises(ArchiveStorageError):
                retry_undecryptable(engine, client, pems, corp)
            assert archive_status(engine).undecryptable == [
                {"reason": "missing_key", "publickey_ver": 2, "count": 20}
            ]
            outcome, detail = stored(
                engine, "SELECT outcome, detail FROM audit_log WHERE action = 'retry_undecryptable'"
            )[0]
            assert outcome == "failed" and "磁盘空间不足" in str(detail)
            disk_full.clear()  # space again
            assert retry_undecryptable(engine, client, pems, corp).progress.stored == 20
    finally:
        client.close()
    assert archive_status(engine).undecryptable == []


def test_network_errors_are_retried_with_back_off(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, reports = sync_with_faults(engine, archive3, monkeypatch, {"NETWORK_ERROR_EVERY": "2"})
    notes = [report.note for report in reports]
    assert result.error is None and bodies(engine) == archive3.lines
    assert any("网络" in note for note in notes)  # the back-off was reported


@pytest.mark.parametrize(
    ("switch", "value", "fault"),
    [
        ("IP_NOT_ALLOWED", "1", Fault.IP_NOT_ALLOWED),
        ("ERRCODE", "48002", Fault.SECRET),
        ("TRUNCATE_JSON", "1", Fault.CORRUPT_RESPONSE),
    ],
)
def test_a_persistent_fault_stops_with_its_typed_error_and_keeps_the_checkpoint(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch, switch: str, value: str, fault: Fault
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(archive3.result.out))
    client = FinanceClient(ensure_emulator_built(), archive3.result.corp_id, archive3.result.secret)
    try:
        run_sync(engine, client, archive3.pems, settings(archive3, page_size=1000))
        monkeypatch.setenv(f"WECOM_EMULATOR_{switch}", value)
        client.close()  # the new worker reads the fault switch
        result = run_sync(engine, client, archive3.pems, settings(archive3, **FAST_RETRY))
    finally:
        client.close()
    assert result.error is not None and result.error.fault is fault
    assert stored(engine, "SELECT high_water_seq FROM sync_state") == [(archive3.result.last_seq,)]
    assert stored(engine, "SELECT outcome FROM audit_log WHERE action = 'sync' ORDER BY id") == [
        ("ok",),
        ("failed",),
    ]


def test_a_full_disk_midway_stops_the_sync_and_its_audit_entry_says_why(
    engine: Engine, client: FinanceClient, archive3: Packed
) -> None:
    with growth_stops(engine) as disk_full, pytest.raises(ArchiveStorageError):

        def fill_the_disk_after_a_page(progress: SyncProgress) -> None:
            if progress.stored:
                disk_full.set()

        run_sync(engine, client, archive3.pems, settings(archive3), progress=fill_the_disk_after_a_page)
    assert stored(engine, "SELECT count(*), max(seq) FROM messages") == [(1000, 1000)]
    outcome, detail = stored(engine, "SELECT outcome, detail FROM audit_log WHERE action = 'sync'")[0]
    assert outcome == "failed" and '"to_seq": 1000' in str(detail) and "磁盘空间不足" in str(detail)
    status = archive_status(engine)
    assert status.interrupted_syncs == 0  # it did not die unnoticed: it failed, and says why
    assert status.last_run is not None and status.last_run["outcome"] == "failed"
    assert "磁盘空间不足" in status.last_run["error"]


def test_cancel_mid_page_keeps_only_whole_pages_and_resumes(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(archive3.result.out))
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "400")
    client = FinanceClient(
        ensure_emulator_built(), archive3.result.corp_id, archive3.result.secret, Connection(timeout_s=5)
    )
    cancel = threading.Event()
    pages: list[int] = []

    def on_progress(progress: object) -> None:
        pages.append(getattr(progress, "pages", 0))
        if getattr(progress, "pages", 0) >= 1:
            cancel.set()

    try:
        started = time.monotonic()
        result = run_sync(
            engine, client, archive3.pems, settings(archive3, page_size=500), cancel, on_progress
        )
        assert time.monotonic() - started < 30
    finally:
        client.close()
    assert result.cancelled
    seq = stored(engine, "SELECT high_water_seq FROM sync_state")[0][0]
    assert isinstance(seq, int) and seq % 500 == 0 and 0 < seq < MESSAGES
    assert stored(engine, "SELECT count(*), max(seq) FROM messages") == [(seq, seq)]
    assert stored(engine, "SELECT outcome FROM audit_log WHERE action = 'sync'") == [("cancelled",)]
    monkeypatch.delenv("WECOM_EMULATOR_SLOW_MS")
    client = FinanceClient(ensure_emulator_built(), archive3.result.corp_id, archive3.result.secret)
    try:
        assert run_sync(engine, client, archive3.pems, settings(archive3)).error is None
    finally:
        client.close()
    assert bodies(engine) == archive3.lines


def test_a_record_that_kills_the_sdk_is_isolated_and_kept_undecryptable(
    engine: Engine, client: FinanceClient, archive3: Packed, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = list(archive3.lines.values())
    poison = next(
        msgid
        for msgid in list(archive3.lines)[1234:]
        if sum(msgid in line for line in lines) == 1  # not quoted by a revoke or a reply
    )
    monkeypatch.setenv("WECOM_EMULATOR_ABORT_ON_DECRYPT", poison)
    result = run_sync(engine, client, archive3.pems, settings(archive3))
    assert result.error is None and result.failures == {"worker_died": 1}
    version, body, problem = stored(
        engine, f"SELECT publickey_ver, body, problem FROM messages WHERE msgid = '{poison}'"
    )[0]
    assert body is None and "SIGABRT" in str(problem)
    assert archive_status(engine).undecryptable == [
        {"reason": "worker_died", "publickey_ver": version, "count": 1}
    ]
    assert {m: b for m, b in bodies(engine).items() if m != poison} == {
        m: line for m, line in archive3.lines.items() if m != poison
    }


def test_stopped_workers_are_not_restarted_by_the_rest_of_the_page(
    client: FinanceClient, archive3: Packed
) -> None:
    page = client.get_chat_data(0, 1000)
    before = {child.pid for child in multiprocessing.active_children()}
    workers = DecryptWorkers(client.host.library_path, archive3.pems, count=2)
    pending = [workers.submit(page) for _ in range(10)]
    assert len(pending[0].result(timeout=60)) == len(
        page
    )  # the workers are busy; most pages wait in the queue
    workers.kill()
    workers.close()
    assert isinstance(pending[-1].exception(timeout=30), (SdkError, CancelledError))
    time.sleep(1.0)  # long enough for a worker restarted by a queued chunk to show up
    assert {child.pid for child in multiprocessing.active_children()} - before == set()


@pytest.mark.parametrize("field", ["encrypt_chat_msg", "publickey_ver"])
def test_a_record_with_a_null_key_field_is_kept_undecryptable_and_the_sync_moves_past_it(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(archive3.result.out))
    monkeypatch.setenv("WECOM_EMULATOR_NULL_FIELD", f"1234:{field}")
    client = FinanceClient(ensure_emulator_built(), archive3.result.corp_id, archive3.result.secret)
    try:
        result = run_sync(engine, client, archive3.pems, settings(archive3, **FAST_RETRY))
        retried = retry_undecryptable(engine, client, archive3.pems, settings(archive3))
    finally:
        client.close()
    assert result.error is None and result.failures == {"malformed_record": 1}
    assert stored(engine, "SELECT high_water_seq FROM sync_state") == [(archive3.result.last_seq,)]
    msgid, version, body, problem = stored(
        engine, "SELECT msgid, publickey_ver, body, problem FROM messages WHERE seq = 1234"
    )[0]
    assert msgid == list(archive3.lines)[1233] and body is None and field in str(problem)
    assert (version is None) == (field == "publickey_ver")
    assert archive_status(engine).undecryptable == [
        {"reason": "malformed_record", "publickey_ver": version, "count": 1}
    ]
    assert {m: b for m, b in bodies(engine).items() if m != msgid} == {
        m: line for m, line in archive3.lines.items() if m != msgid
    }
    assert retried.error is None and retried.failures == {"malformed_record": 1}
    assert archive_status(engine).undecryptable[0]["count"] == 1


def test_a_message_the_archive_refuses_is_kept_encrypted_and_the_sync_moves_past_it(
    engine: Engine, client: FinanceClient, archive3: Packed
) -> None:
    refused = list(archive3.lines)[1500]
    with engine.begin() as connection:  # SQLite itself refuses this one decrypted message
        connection.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.msgid = :m AND NEW.body IS NOT NULL "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END".replace(":m", f"'{refused}'")
            )
        )
    result = run_sync(engine, client, archive3.pems, settings(archive3))
    assert result.error is None and result.failures == {"unstorable": 1}
    assert stored(engine, "SELECT high_water_seq FROM sync_state") == [(archive3.result.last_seq,)]
    body, problem, kept = stored(
        engine,
        "SELECT body, problem, encrypt_chat_msg IS NOT NULL FROM messages WHERE msgid = '" + refused + "'",
    )[0]
    assert body is None and kept and "refused by the test" in str(problem)
    assert {m: b for m, b in bodies(engine).items() if m != refused} == {
        m: line for m, line in archive3.lines.items() if m != refused
    }
    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER refuse"))
    retried = retry_undecryptable(engine, client, archive3.pems, settings(archive3))
    assert retried.error is None and retried.progress.stored == 1
    assert bodies(engine) == archive3.lines


def test_a_record_without_a_msgid_stops_the_sync_at_its_page(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, _ = sync_with_faults(
        engine, archive3, monkeypatch, {"NULL_FIELD": "1500:msgid"}, page_size=1000, pages_ahead=1
    )
    assert result.error is not None and result.error.fault is Fault.CORRUPT_RESPONSE
    assert "chatdata[499]" in str(result.error) and "msgid" in str(result.error)
    assert stored(engine, "SELECT high_water_seq FROM sync_state") == [(1000,)]
    assert stored(engine, "SELECT count(*) FROM messages WHERE msgid = 'None'") == [(0,)]


def test_a_page_too_large_for_the_server_is_pulled_again_at_half_the_size(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 125 records fit, 250 never do
    result, reports = sync_with_faults(engine, archive3, monkeypatch, {"MAX_BODY_BYTES": "250000"})
    notes = [report.note for report in reports]
    assert result.error is None and bodies(engine) == archive3.lines
    assert result.progress.pages == MESSAGES // 125
    assert stored(engine, "SELECT high_water_seq FROM sync_state") == [(archive3.result.last_seq,)]
    assert [size for size in (500, 250, 125, 62) if any(f" {size} " in note for note in notes)] == [
        500,
        250,
        125,
    ]


def test_a_single_record_too_large_for_the_server_stops_the_sync(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch
) -> None:
    # below any one record
    result, reports = sync_with_faults(engine, archive3, monkeypatch, {"MAX_BODY_BYTES": "500"})
    notes = [report.note for report in reports]
    assert result.error is not None and result.error.code == 301058
    assert any(" 1 " in note for note in notes) and result.progress.pages == 0
    assert stored(engine, "SELECT high_water_seq FROM sync_state") == []


@pytest.mark.parametrize(("errcode", "retries"), [("-1", 3), ("42001", 1), ("45009", 5), ("40001", 0)])
def test_server_errcodes_are_retried_as_often_as_the_reference_says(
    engine: Engine, archive3: Packed, monkeypatch: pytest.MonkeyPatch, errcode: str, retries: int
) -> None:
    result, reports = sync_with_faults(engine, archive3, monkeypatch, {"ERRCODE": errcode})
    phases = [report.phase for report in reports]
    assert result.error is not None and result.error.code == int(errcode)
    assert phases.count("backoff") == retries
