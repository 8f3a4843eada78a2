"""The media queue end to end: real SQLite, the emulator library in its worker process, real files."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from wecom_desktop.core.parse import parse_message
from wecom_desktop.profile import Profile
from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.sdk.emulator_pack import CHUNK_SIZE, PackResult, pack, synthetic_media
from wecom_desktop.sdk.errors import Fault, SdkError
from wecom_desktop.store import media_queue
from wecom_desktop.store.models import MEDIA
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.sync.media import ALL_MEDIA_KINDS, MediaProgress, MediaSettings, download_media
from wecom_desktop.sync.media_files import PARTIAL_DIR

REPO = Path(__file__).resolve().parents[1]
FAST = MediaSettings(backoff_s=0.01, backoff_max_s=0.05)

NUL_FILE = b"\0" * 1_300_000  # three 512 KiB chunks
NUL_MD5 = hashlib.md5(NUL_FILE).hexdigest()
PDF_FILE = bytes(range(256)) * 400
PDF_MD5 = hashlib.md5(PDF_FILE).hexdigest()
BAD_MD5 = "0123456789abcdef0123456789abcdef"  # not what the emulator serves for its file

# sdkfileid → size of the synthetic files the emulator serves
SYNTHETIC = {
    "img-photo": 40_000,
    "voice-memo": 6_810,
    "video-clip": 100_000,
    "file-evil": 3_000,
    "rec-docx": 18_181,
    "rec-img": 51_200,
    "mix-img": 13_177,
    "img-bad": 5_000,
}
CALL_ID, CALL_SIZE = "call-audio", 32 * 1024  # meeting audio states no size: the packer's default


def synthetic_md5(sdkfileid: str) -> str:
    return hashlib.md5(synthetic_media(sdkfileid, SYNTHETIC[sdkfileid])).hexdigest()


def _image(fileid: str, md5: str | None = None) -> dict[str, Any]:
    return {"md5sum": md5 or synthetic_md5(fileid), "filesize": SYNTHETIC[fileid], "sdkfileid": fileid}


def _file(fileid: str, md5: str, size: int, filename: str) -> dict[str, Any]:
    ext = filename.rsplit(".", 1)[-1]
    return {"md5sum": md5, "filename": filename, "fileext": ext, "filesize": size, "sdkfileid": fileid}


def _message(msgid: str, seq: int, msgtype: str, body: dict[str, Any], **extra: Any) -> str:
    obj: dict[str, Any] = {
        "msgid": msgid, "action": "send", "from": "zhangwei", "tolist": ["lina"], "roomid": "",
        "msgtime": 1_790_000_000_000 + seq, "msgtype": msgtype, "seq": seq, msgtype: body, **extra,
    }  # fmt: skip
    return json.dumps(obj, ensure_ascii=False)


def _messages() -> dict[str, str]:
    record_items = [
        {"type": "ChatRecordText", "msgtime": 1603875610, "content": json.dumps({"content": "见附件"})},
        {
            "type": "ChatRecordFile",
            "msgtime": 1603875620,
            "content": json.dumps(
                _file("rec-docx", synthetic_md5("rec-docx"), SYNTHETIC["rec-docx"], "会议纪要.docx"),
                ensure_ascii=False,
            ),
        },
        {
            "type": "ChatRecordMixed",
            "msgtime": 1603875670,
            "content": json.dumps({"item": [{"type": "image", "content": json.dumps(_image("rec-img"))}]}),
        },
    ]
    mixed_items = [
        {"type": "text", "content": json.dumps({"content": "产品截图"}, ensure_ascii=False)},
        {"type": "image", "content": json.dumps(_image("mix-img"))},
        {"type": "image", "content": json.dumps(_image("img-photo"))},  # the same picture again
    ]
    voice = {**_image("voice-memo"), "voice_size": SYNTHETIC["voice-memo"], "play_length": 10}
    del voice["filesize"]
    video = {**_image("video-clip"), "play_length": 12}
    call = {"endtime": 1594197635, "sdkfileid": CALL_ID, "demofiledata": [], "sharescreendata": []}
    lines = [
        _message("m_image", 1, "image", _image("img-photo")),
        _message("m_voice", 2, "voice", voice),
        _message("m_pdf", 3, "file", _file("file-pdf", PDF_MD5, len(PDF_FILE), "季度报告.PDF")),
        _message(
            "m_evil",
            4,
            "file",
            _file("file-evil", synthetic_md5("file-evil"), 3_000, "../../outside/evil.sh"),
        ),
        _message("m_nul", 5, "file", _file("file-nul", NUL_MD5, len(NUL_FILE), "zeros.bin")),
        _message("m_record", 6, "chatrecord", {"title": "聊天记录", "item": record_items}),
        _message("m_mixed", 7, "mixed", {"item": mixed_items}),
        _message("m_bad", 8, "image", _image("img-bad", BAD_MD5)),
        _message("m_video", 9, "video", video),
        _message("m_call", 10, "meeting_voice_call", call, voiceid="grb8a4c48a3c"),
        _message("m_liar", 11, "file", _file("file-liar", PDF_MD5, 100, "说小了.pdf")),  # the PDF's bytes
        _message("m_pdf_copy", 12, "file", _file("file-pdf-copy", PDF_MD5, len(PDF_FILE), "副本.pdf")),
        _message("m_pdf_na", 13, "file", _file("file-pdf-na", "N/A", len(PDF_FILE), "无校验.pdf")),
    ]
    return {json.loads(line)["msgid"]: line for line in lines}


@dataclass
class Archive:
    packed: PackResult
    lines: dict[str, str]
    library: Path


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    folder = tmp_path_factory.mktemp("media-emulator")
    lines = _messages()
    source = folder / "messages.jsonl"
    source.write_text("".join(line + "\n" for line in lines.values()), encoding="utf-8")
    served = folder / "media-in"
    served.mkdir()
    (served / f"{NUL_MD5}.bin").write_bytes(NUL_FILE)
    (served / f"{PDF_MD5}.pdf").write_bytes(PDF_FILE)
    (served / "file-pdf-na.pdf").write_bytes(PDF_FILE)
    packed = pack(source, folder / "fixture", media_dir=served)
    assert packed.media["file-nul"].md5 == NUL_MD5 and packed.media[CALL_ID].size == CALL_SIZE
    return Archive(packed, lines, ensure_emulator_built())


@pytest.fixture
def emulator(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> Archive:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(archive.packed.out))
    for switch in ("EXPIRE_MEDIA", "NETWORK_ERROR_EVERY", "SLOW_MS"):
        monkeypatch.delenv(f"WECOM_EMULATOR_{switch}", raising=False)
    return archive


def new_client(archive: Archive) -> FinanceClient:
    """A client reading the emulator's fault switches from the environment as it is now."""
    return FinanceClient(
        archive.library, archive.packed.corp_id, archive.packed.secret, Connection(timeout_s=5)
    )


@pytest.fixture
def client(emulator: Archive) -> Iterator[FinanceClient]:
    client = new_client(emulator)
    yield client
    client.close()


def store(engine: Engine, archive: Archive, *msgids: str) -> None:
    ArchiveWriter(engine).write_batch([parse_message(archive.lines[msgid]) for msgid in msgids])


def rows(engine: Engine) -> dict[str, dict[str, Any]]:
    """Media rows by sdkfileid (the last one wins for a repeated file)."""
    with engine.connect() as connection:
        found = connection.execute(select(MEDIA).order_by(MEDIA.c.id)).mappings().all()
    return {row["sdkfileid"]: dict(row) for row in found}


def row_id(engine: Engine, sdkfileid: str) -> int:
    return int(rows(engine)[sdkfileid]["id"])


def stored_files(media_dir: Path) -> dict[str, bytes]:
    """Files under the content folders (not the partial downloads), by relative path."""
    return {
        path.relative_to(media_dir).as_posix(): path.read_bytes()
        for path in media_dir.rglob("*")
        if path.is_file() and path.relative_to(media_dir).parts[0] != PARTIAL_DIR
    }


def partials(media_dir: Path) -> list[str]:
    folder = media_dir / PARTIAL_DIR
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


# ---------------------------------------------------------------- downloads


def test_everything_downloads_verified_and_content_addressed(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_image", "m_voice", "m_pdf", "m_evil", "m_nul", "m_record", "m_mixed")
    reports: list[MediaProgress] = []
    started = time.monotonic()
    result = download_media(engine, client, profile.media_dir, FAST, progress=reports.append)
    seconds = time.monotonic() - started

    expected = {
        "img-photo": (synthetic_md5("img-photo"), ".jpg"),
        "voice-memo": (synthetic_md5("voice-memo"), ".amr"),
        "file-pdf": (PDF_MD5, ".pdf"),  # the sender's extension, lower-cased
        "file-evil": (synthetic_md5("file-evil"), ".sh"),  # "../../outside/evil.sh": only its extension
        "file-nul": (NUL_MD5, ".bin"),
        "rec-docx": (synthetic_md5("rec-docx"), ".docx"),  # nested in a chat record
        "rec-img": (synthetic_md5("rec-img"), ".jpg"),  # nested in a mixed item of a chat record
        "mix-img": (synthetic_md5("mix-img"), ".jpg"),
    }
    media = rows(engine)
    assert set(media) == set(expected)
    for fileid, (md5, ext) in expected.items():
        row = media[fileid]
        assert (row["status"], row["error"]) == ("downloaded", ""), fileid
        assert row["local_path"] == f"{md5[:2]}/{md5}{ext}"
        assert hashlib.md5((profile.media_dir / row["local_path"]).read_bytes()).hexdigest() == md5
    files = stored_files(profile.media_dir)
    assert sorted(files) == sorted(f"{md5[:2]}/{md5}{ext}" for md5, ext in expected.values())
    assert files[f"{NUL_MD5[:2]}/{NUL_MD5}.bin"] == NUL_FILE
    assert not (profile.root.parent / "outside").exists()
    assert partials(profile.media_dir) == []
    # the mixed message's second picture is the first message's: stored once, not fetched again
    assert (result.downloaded, result.reused, result.failed, result.files_total) == (8, 1, 0, 9)
    total_bytes = (
        len(NUL_FILE)
        + len(PDF_FILE)
        + sum(SYNTHETIC[f] for f in expected if f not in ("file-nul", "file-pdf"))
    )
    assert result.bytes == total_bytes and result.resumed_bytes == 0
    assert media_queue.media_counts(engine) == {
        "pending": 0, "downloaded": 9, "failed": 0, "expired": 0, "skipped": 0,
    }  # fmt: skip
    final = reports[-1]
    assert (final.phase, final.files_done, final.files_total, final.bytes) == ("done", 9, 9, total_bytes)
    assert len(reports) <= 2 + 10 * seconds + 2  # at most ~10 reports a second
    again = download_media(engine, client, profile.media_dir, FAST)
    assert (again.files_total, again.bytes) == (0, 0)


def test_md5_mismatch_fails_keeps_no_file_and_is_retried_up_to_the_maximum(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_bad")
    settings = MediaSettings(max_attempts=2, backoff_s=0.01)
    result = download_media(engine, client, profile.media_dir, settings)
    row = rows(engine)["img-bad"]
    assert result.failed == 1 and (row["status"], row["attempts"]) == ("failed", 1)
    assert BAD_MD5 in row["error"] and "MD5" in row["error"] and "校验" in row["error"]
    assert stored_files(profile.media_dir) == {} and partials(profile.media_dir) == []
    assert download_media(engine, client, profile.media_dir, settings).failed == 1  # a later run retries
    assert rows(engine)["img-bad"]["attempts"] == 2
    assert download_media(engine, client, profile.media_dir, settings).files_total == 0  # then it stops
    assert media_queue.media_counts(engine)["failed"] == 1


def test_expired_media_is_marked_expired_and_never_retried(
    engine: Engine, profile: Profile, emulator: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    store(engine, emulator, "m_image", "m_voice")
    monkeypatch.setenv("WECOM_EMULATOR_EXPIRE_MEDIA", "img-photo")
    client = new_client(emulator)
    try:
        result = download_media(engine, client, profile.media_dir, FAST)
    finally:
        client.close()
    media = rows(engine)
    assert (result.expired, result.downloaded) == (1, 1)
    assert media["img-photo"]["status"] == "expired" and "[10010]" in media["img-photo"]["error"]
    assert "过期" in media["img-photo"]["error"] and "expired" in media["img-photo"]["error"]
    assert media["img-photo"]["local_path"] is None and partials(profile.media_dir) == []
    monkeypatch.delenv("WECOM_EMULATOR_EXPIRE_MEDIA")
    client = new_client(emulator)  # the file would be served now: expired rows are still not asked for
    try:
        again = download_media(engine, client, profile.media_dir, FAST)
    finally:
        client.close()
    assert again.files_total == 0 and rows(engine)["img-photo"]["status"] == "expired"
    media_queue.retry_failed(engine)  # "retry failed media" does not revive expired files either
    assert media_queue.media_counts(engine)["expired"] == 1


def test_kinds_switched_off_and_files_over_the_maximum_are_skipped_then_requeued(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_image", "m_voice", "m_video", "m_call")
    settings = MediaSettings(kinds=ALL_MEDIA_KINDS - {"video"}, max_bytes=20_000, backoff_s=0.01)
    result = download_media(engine, client, profile.media_dir, settings)
    media = rows(engine)
    assert (result.downloaded, result.skipped) == (1, 3)
    assert media["voice-memo"]["status"] == "downloaded"
    assert media["video-clip"]["status"] == "skipped" and "video" in media["video-clip"]["error"]
    assert media["img-photo"]["status"] == "skipped" and "19.5 KB" in media["img-photo"]["error"]
    # meeting audio states no size: the download stops once it passes the maximum
    call = media[CALL_ID]
    assert call["status"] == "skipped" and "上限" in call["error"] and call["size"] == CALL_SIZE
    assert partials(profile.media_dir) == [] and len(stored_files(profile.media_dir)) == 1
    assert media_queue.media_counts(engine)["skipped"] == 3
    again = download_media(engine, client, profile.media_dir, settings)  # same settings: nothing to do
    assert (again.files_total, again.bytes) == (0, 0)
    everything = download_media(engine, client, profile.media_dir, FAST)  # settings widened: requeued
    assert everything.downloaded == 3
    assert {row["status"] for row in rows(engine).values()} == {"downloaded"}


def test_a_file_larger_than_its_message_states_is_not_fetched_again_on_every_run(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_liar")
    settings = MediaSettings(max_bytes=50_000, backoff_s=0.01)
    first = download_media(engine, client, profile.media_dir, settings)
    liar = rows(engine)["file-liar"]
    assert first.skipped == 1 and liar["status"] == "skipped" and liar["size"] > 50_000
    again = download_media(engine, client, profile.media_dir, settings)
    assert (again.files_total, again.bytes) == (0, 0)


def test_a_damaged_stored_copy_is_replaced_by_a_verified_download_not_reused(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_pdf")
    download_media(engine, client, profile.media_dir, FAST)
    stored = profile.media_dir / rows(engine)["file-pdf"]["local_path"]
    stored.write_bytes(b"")  # damaged on disk after it was verified
    store(engine, emulator, "m_pdf_copy")  # the same content arrives again
    assert download_media(engine, client, profile.media_dir, FAST).downloaded == 1
    assert stored.read_bytes() == PDF_FILE
    flipped = bytearray(PDF_FILE)
    flipped[1000] ^= 0xFF
    stored.write_bytes(bytes(flipped))  # same size, other bytes
    store(engine, emulator, "m_pdf_na")  # a message whose md5sum states nothing
    result = download_media(engine, client, profile.media_dir, FAST)
    assert (result.downloaded, result.failed) == (1, 0)
    assert rows(engine)["file-pdf-na"]["local_path"] == rows(engine)["file-pdf"]["local_path"]
    assert stored.read_bytes() == PDF_FILE


def test_files_deleted_from_the_media_folder_are_fetched_again(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_image", "m_pdf")
    download_media(engine, client, profile.media_dir, FAST)
    before = stored_files(profile.media_dir)
    shutil.rmtree(profile.media_dir)
    again = download_media(engine, client, profile.media_dir, FAST)
    assert (again.files_total, again.downloaded) == (2, 2)
    assert stored_files(profile.media_dir) == before
    assert {row["status"] for row in rows(engine).values()} == {"downloaded"}


def test_retry_failed_media_resets_and_downloads(
    engine: Engine, profile: Profile, emulator: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    store(engine, emulator, "m_image")
    monkeypatch.setenv("WECOM_EMULATOR_NETWORK_ERROR_EVERY", "1")
    settings = MediaSettings(max_attempts=1, chunk_attempts=3, backoff_s=0.01)
    reports: list[MediaProgress] = []
    client = new_client(emulator)
    try:
        result = download_media(engine, client, profile.media_dir, settings, progress=reports.append)
    finally:
        client.close()
    row = rows(engine)["img-photo"]
    assert result.failed == 1 and (row["status"], row["attempts"]) == ("failed", 1)
    assert "[10001]" in row["error"] and "网络" in row["error"] and "Network error" in row["error"]
    assert [r.phase for r in reports].count("backoff") == 2  # three tries of the chunk
    monkeypatch.delenv("WECOM_EMULATOR_NETWORK_ERROR_EVERY")
    client = new_client(emulator)
    try:
        assert download_media(engine, client, profile.media_dir, settings).files_total == 0
        assert media_queue.retry_failed(engine) == 1
        assert rows(engine)["img-photo"]["attempts"] == 0
        assert download_media(engine, client, profile.media_dir, settings).downloaded == 1
    finally:
        client.close()
    assert rows(engine)["img-photo"]["status"] == "downloaded"


def test_a_run_of_network_failures_stops_the_run(
    engine: Engine, profile: Profile, emulator: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    store(engine, emulator, "m_image", "m_voice", "m_pdf")
    monkeypatch.setenv("WECOM_EMULATOR_NETWORK_ERROR_EVERY", "1")
    client = new_client(emulator)
    try:
        with pytest.raises(SdkError) as error:
            download_media(
                engine, client, profile.media_dir, MediaSettings(chunk_attempts=1, stop_after_failures=2)
            )
    finally:
        client.close()
    assert error.value.fault is Fault.NETWORK
    assert [row["status"] for row in rows(engine).values()] == ["failed", "failed", "pending"]


def test_cancel_between_chunks_keeps_the_partial_download(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store(engine, emulator, "m_nul")
    cancel = threading.Event()

    def report(progress: MediaProgress) -> None:
        if progress.current_bytes > CHUNK_SIZE:  # the second chunk is in
            cancel.set()

    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "150")  # a report after every chunk
    slow = new_client(emulator)
    try:
        result = download_media(engine, slow, profile.media_dir, FAST, cancel, report)
    finally:
        slow.close()
    assert result.cancelled and result.bytes == 2 * CHUNK_SIZE
    assert rows(engine)["file-nul"]["status"] == "pending"
    media_id = row_id(engine, "file-nul")
    assert partials(profile.media_dir) == [f"{media_id}.index", f"{media_id}.part"]
    resumed = download_media(engine, client, profile.media_dir, FAST)
    assert resumed.resumed_bytes == CHUNK_SIZE and resumed.bytes == len(NUL_FILE) - CHUNK_SIZE
    assert stored_files(profile.media_dir) == {f"{NUL_MD5[:2]}/{NUL_MD5}.bin": NUL_FILE}


def test_a_saved_index_the_server_refuses_starts_the_file_over(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_nul")
    media_id = row_id(engine, "file-nul")
    folder = profile.media_dir / PARTIAL_DIR
    folder.mkdir(parents=True)
    (folder / f"{media_id}.part").write_bytes(b"\xff" * CHUNK_SIZE)  # not what the file holds
    (folder / f"{media_id}.index").write_text(
        json.dumps({"sdkfileid": "file-nul", "index": "Range:bytes=90000000-90524287", "offset": CHUNK_SIZE})
    )  # out of range: the emulator answers 10000
    result = download_media(engine, client, profile.media_dir, FAST)
    assert (result.downloaded, result.resumed_bytes, result.bytes) == (1, 0, len(NUL_FILE))
    assert stored_files(profile.media_dir) == {f"{NUL_MD5[:2]}/{NUL_MD5}.bin": NUL_FILE}


# ---------------------------------------------------------------- crashes and full disks

_DOWNLOADER = """
import json, resource, signal, sys
from pathlib import Path

database, media_dir, library, corp_id, secret, limit = sys.argv[1:7]
if int(limit):
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writing past the limit fails with EFBIG

from wecom_desktop.cli import install_english
from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.store.engine import create_archive_engine
from wecom_desktop.sync.media import MediaStorageError, download_media

install_english()  # message_en, as the program's entry point installs it

engine = create_archive_engine(f"sqlite:///{database}")
client = FinanceClient(Path(library), corp_id, secret, Connection(timeout_s=5))
try:
    result = download_media(engine, client, Path(media_dir))
except MediaStorageError as exc:
    print(json.dumps({"errno": exc.errno, "zh": exc.message_zh, "en": exc.message_en, "free": exc.free_bytes}))
    sys.exit(3)
finally:
    client.close()
print(json.dumps({"downloaded": result.downloaded}))
"""


def downloader(profile: Profile, archive: Archive, limit: int = 0, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable, "-c", _DOWNLOADER, str(profile.database), str(profile.media_dir),
            str(archive.library), archive.packed.corp_id, archive.packed.secret, str(limit),
        ],
        cwd=REPO, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip


def quiesce(engine: Engine) -> None:
    """Fold the WAL into the database so another process starts from a short WAL file."""
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()


def saved_index(profile: Profile, media_id: int) -> dict[str, Any]:
    saved: dict[str, Any] = json.loads(
        (profile.media_dir / PARTIAL_DIR / f"{media_id}.index").read_text(encoding="utf-8")
    )
    return saved


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 of a POSIX process")
def test_a_killed_download_resumes_from_the_saved_index(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_nul")
    media_id = row_id(engine, "file-nul")
    quiesce(engine)
    index_file = profile.media_dir / PARTIAL_DIR / f"{media_id}.index"
    process = downloader(profile, emulator, WECOM_EMULATOR_SLOW_MS="700")
    try:
        deadline = time.monotonic() + 30
        while not index_file.exists():  # written when the second chunk arrives: the first is saved
            assert process.poll() is None and time.monotonic() < deadline, "the downloader ended early"
            time.sleep(0.005)
        process.kill()  # SIGKILL: no clean-up of any kind
    finally:
        process.kill()
        process.wait(10)
    part = profile.media_dir / PARTIAL_DIR / f"{media_id}.part"
    saved = saved_index(profile, media_id)
    assert saved["offset"] == CHUNK_SIZE and saved["index"].startswith("Range:bytes=524288-")
    assert part.stat().st_size >= CHUNK_SIZE  # the second chunk may be (partly) written too
    assert stored_files(profile.media_dir) == {} and rows(engine)["file-nul"]["status"] == "pending"

    result = download_media(engine, client, profile.media_dir, FAST)
    assert (result.downloaded, result.resumed_bytes) == (1, CHUNK_SIZE)
    assert result.bytes == len(NUL_FILE) - CHUNK_SIZE  # chunks 2 and 3 only
    assert stored_files(profile.media_dir) == {f"{NUL_MD5[:2]}/{NUL_MD5}.bin": NUL_FILE}
    assert partials(profile.media_dir) == [] and rows(engine)["file-nul"]["status"] == "downloaded"


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_stops_the_run_without_a_partial_file_and_a_later_run_completes(
    engine: Engine, profile: Profile, emulator: Archive, client: FinanceClient
) -> None:
    store(engine, emulator, "m_image", "m_nul")
    limit = 800_000  # the 1.3 MB file cannot be written; the small picture and the database can
    quiesce(engine)
    assert profile.database.stat().st_size < limit // 2
    process = downloader(profile, emulator, limit)
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 3, out
    error = json.loads(out)
    assert error["errno"] == errno.EFBIG and str(profile.media_dir) in error["zh"]
    assert "剩余空间" in error["zh"] and "free" in error["en"] and error["free"] > 0
    photo = synthetic_md5("img-photo")
    assert stored_files(profile.media_dir) == {
        f"{photo[:2]}/{photo}.jpg": synthetic_media("img-photo", SYNTHETIC["img-photo"])
    }  # nothing of the large file outside .partial
    nul = rows(engine)["file-nul"]
    assert (nul["status"], nul["attempts"], nul["local_path"]) == ("pending", 0, None)
    assert saved_index(profile, nul["id"])["offset"] == CHUNK_SIZE

    result = download_media(engine, client, profile.media_dir, FAST)  # space again
    assert (result.downloaded, result.resumed_bytes) == (1, CHUNK_SIZE)
    assert stored_files(profile.media_dir)[f"{NUL_MD5[:2]}/{NUL_MD5}.bin"] == NUL_FILE
    assert media_queue.media_counts(engine)["downloaded"] == 2 and partials(profile.media_dir) == []
