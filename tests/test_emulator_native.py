"""The finance SDK emulator (native/emulator/) through ctypes, and the fixture packer feeding it."""

from __future__ import annotations

import argparse
import base64
import ctypes
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from wecom_desktop.sdk import emulator_pack
from wecom_desktop.sdk.emulator_build import EMULATOR_DIR, ensure_emulator_built
from wecom_desktop.sdk.emulator_pack import CHUNK_SIZE, MEDIA_SIZE_CAP, PackResult, pack, synthetic_media

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the emulator is a Linux .so")

CORP = b"wwemulatorcorp0001"
SECRET = b"emulator-secret"
FAULT_VARIABLES = (
    "NETWORK_ERROR_EVERY",
    "SLOW_MS",
    "ERRCODE",
    "ERRMSG",
    "TRUNCATE_JSON",
    "ABORT_ON_CALL",
    "IP_NOT_ALLOWED",
    "EXPIRE_MEDIA",
)
OFFICIAL_SYMBOLS = {
    "NewSdk",
    "Init",
    "GetChatData",
    "DecryptData",
    "GetMediaData",
    "DestroySdk",
    "NewSlice",
    "FreeSlice",
    "GetContentFromSlice",
    "GetSliceLen",
    "NewMediaData",
    "FreeMediaData",
    "GetOutIndexBuf",
    "GetData",
    "GetIndexLen",
    "GetDataLen",
    "IsMediaDataFinish",
}

_P = ctypes.c_void_p
_S = ctypes.c_char_p
SIGNATURES: dict[str, tuple[list[Any], Any]] = {
    "NewSdk": ([], _P),
    "Init": ([_P, _S, _S], ctypes.c_int),
    "GetChatData": ([_P, ctypes.c_ulonglong, ctypes.c_uint, _S, _S, ctypes.c_int, _P], ctypes.c_int),
    "DecryptData": ([_S, _S, _P], ctypes.c_int),
    "GetMediaData": ([_P, _S, _S, _S, _S, ctypes.c_int, _P], ctypes.c_int),
    "DestroySdk": ([_P], None),
    "NewSlice": ([], _P),
    "FreeSlice": ([_P], None),
    "GetContentFromSlice": ([_P], _P),
    "GetSliceLen": ([_P], ctypes.c_int),
    "NewMediaData": ([], _P),
    "FreeMediaData": ([_P], None),
    "GetOutIndexBuf": ([_P], _P),
    "GetData": ([_P], _P),
    "GetIndexLen": ([_P], ctypes.c_int),
    "GetDataLen": ([_P], ctypes.c_int),
    "IsMediaDataFinish": ([_P], ctypes.c_int),
}

# Media of the fixture.
NUL_SIZE = 1_300_000  # three chunks: 524288 + 524288 + 251424
NUL_MD5 = hashlib.md5(bytes(NUL_SIZE)).hexdigest()
NUL_FILEID = "CtYBMzA2OTAyMDEwMjA0NjIz/MDYwMDIwMTAw+MDIwNGZkYjQ3MmZh=="
SYNTH_FILEID = "CtYBMzA2OTAy+synthetic/Image+0001=="
SYNTH_SIZE = 2 * CHUNK_SIZE  # exactly two chunks
SYNTH_MD5 = hashlib.md5(synthetic_media(SYNTH_FILEID, SYNTH_SIZE)).hexdigest()
NESTED_FILEID = "CtYBnested/chatrecord+image"
MIXED_FILEID = "CtYBnested/mixed+image"
EMPTY_FILEID = "CtYBempty/voice"
HUGE_FILEID = "CtYBhuge/video"
NAMED_FILEID = "CtYBnamed/by+fileid"
NAMED_BYTES = b"GIF89a\x00\x01\x02 named by its sdkfileid"
QUIRK_MSGID = 'quirk"msg\\id_外部\x01_external'


class Emulator:
    """The emulator library with every function's ctypes types declared; calls return (code, bytes)."""

    def __init__(self, path: Path) -> None:
        self.lib = ctypes.CDLL(str(path))
        for name, (argtypes, restype) in SIGNATURES.items():
            function = getattr(self.lib, name)
            function.argtypes = argtypes
            function.restype = restype

    def sdk(self, corp: bytes | None = CORP, secret: bytes | None = SECRET) -> tuple[int, int]:
        handle = self.lib.NewSdk()
        assert handle
        return handle, self.lib.Init(handle, corp, secret)

    def _slice(self, call: Any, *args: Any) -> tuple[int, bytes]:
        slice_ = self.lib.NewSlice()
        try:
            code = call(*args, slice_)
            return code, ctypes.string_at(self.lib.GetContentFromSlice(slice_), self.lib.GetSliceLen(slice_))
        finally:
            self.lib.FreeSlice(slice_)

    def chat(self, sdk: int, seq: int, limit: int) -> tuple[int, bytes]:
        return self._slice(self.lib.GetChatData, sdk, seq, limit, b"", b"", 5)

    def decrypt(self, key: bytes, message: bytes) -> tuple[int, bytes]:
        return self._slice(self.lib.DecryptData, key, message)

    def chunk(self, sdk: int, index: bytes, fileid: bytes) -> tuple[int, bytes, bytes, bool]:
        media = self.lib.NewMediaData()
        try:
            code = self.lib.GetMediaData(sdk, index, fileid, b"", b"", 5, media)
            data = ctypes.string_at(self.lib.GetData(media), self.lib.GetDataLen(media))
            out_index = ctypes.string_at(self.lib.GetOutIndexBuf(media), self.lib.GetIndexLen(media))
            return code, data, out_index, bool(self.lib.IsMediaDataFinish(media))
        finally:
            self.lib.FreeMediaData(media)

    def download(self, sdk: int, fileid: str) -> tuple[bytes, list[bytes]]:
        """The whole file, and the indexbuf of every call made."""
        index, parts, indexes = b"", [], []
        while True:
            indexes.append(index)
            code, data, index, finished = self.chunk(sdk, index, fileid.encode())
            assert code == 0, code
            parts.append(data)
            if finished:
                return b"".join(parts), indexes


@dataclass(frozen=True)
class Fixture:
    result: PackResult
    lines: dict[str, bytes]  # msgid → the exact line packed
    seqs: list[int]
    keys: dict[int, rsa.RSAPrivateKey]

    @property
    def dir(self) -> Path:
        return self.result.out


def _text(msgid: str, seq: int, content: str) -> dict[str, Any]:
    return {
        "msgid": msgid,
        "seq": seq,
        "action": "send",
        "from": "zhangwei",
        "tolist": ["wmEAlECwAAHrbWYDOK5u3Af13xlYDDNQ"],
        "roomid": "",
        "msgtime": 1_700_000_000_000 + seq,
        "msgtype": "text",
        "text": {"content": content},
    }


def _media_messages(seq: int) -> list[dict[str, Any]]:
    def item(kind: str, content: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": kind,
            "msgtime": 1_700_000_000,
            "content": json.dumps(content),
            "from_chatroom": False,
        }

    base = {
        "action": "send",
        "from": "zhangwei",
        "tolist": ["lisi"],
        "roomid": "",
        "msgtime": 1_700_000_000_000,
    }
    nested = {"md5sum": "", "filesize": 5000, "sdkfileid": NESTED_FILEID}
    return [
        {**base, "msgid": "m-file", "seq": seq, "msgtype": "file",
         "file": {"md5sum": NUL_MD5, "filename": "零.bin", "fileext": "bin", "filesize": NUL_SIZE,
                  "sdkfileid": NUL_FILEID}},
        {**base, "msgid": "m-image", "seq": seq + 1, "msgtype": "image",
         "image": {"md5sum": SYNTH_MD5, "filesize": SYNTH_SIZE, "sdkfileid": SYNTH_FILEID}},
        {**base, "msgid": "m-record", "seq": seq + 2, "msgtype": "chatrecord",
         "chatrecord": {"title": "记录", "item": [item("ChatRecordText", {"content": "hi"}),
                                                 item("ChatRecordImage", nested)]}},
        {**base, "msgid": "m-mixed", "seq": seq + 3, "msgtype": "mixed",
         "mixed": {"item": [{"type": "image", "content": json.dumps({"sdkfileid": MIXED_FILEID})}]}},
        {**base, "msgid": "m-voice", "seq": seq + 4, "msgtype": "voice",
         "voice": {"md5sum": "", "voice_size": 0, "play_length": 0, "sdkfileid": EMPTY_FILEID}},
        {**base, "msgid": "m-video", "seq": seq + 5, "msgtype": "video",
         "video": {"md5sum": "", "filesize": 50_000_000, "play_length": 9, "sdkfileid": HUGE_FILEID}},
        {**base, "msgid": "m-emotion", "seq": seq + 6, "msgtype": "emotion",
         "emotion": {"type": 1, "md5sum": "not-in-media-dir", "imagesize": 40, "sdkfileid": NAMED_FILEID}},
    ]  # fmt: skip


@pytest.fixture(scope="module")
def emulator() -> Emulator:
    return Emulator(ensure_emulator_built())


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    root = tmp_path_factory.mktemp("emulator")
    media_dir = root / "media-in"
    media_dir.mkdir()
    (media_dir / f"{NUL_MD5}.bin").write_bytes(bytes(NUL_SIZE))
    (media_dir / NAMED_FILEID.replace("/", "_")).write_bytes(NAMED_BYTES)
    messages = [_text(f"msg-{i:04d}_external", 1000 + 3 * i, f"第 {i} 条消息 ✓") for i in range(290)]
    messages[5]["text"]["content"] = 'quote " backslash \\ tab \t newline \n U+2028 \u2028 emoji 😀'
    lines = [json.dumps(m, ensure_ascii=False).encode() for m in messages]
    # The quirk of real archives: a raw control character inside a JSON string.
    quirk = _text(QUIRK_MSGID, 5000, "raw control characters: <\x01\x1f>")
    lines.append(json.dumps(quirk, ensure_ascii=False).encode().replace(b"\\u0001\\u001f", b"\x01\x1f"))
    lines += [json.dumps(m, ensure_ascii=False).encode() for m in _media_messages(6000)]
    source = root / "messages.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    result = pack(source, root / "fixture", key_versions=[3, 7], media_dir=media_dir, seed=42)
    by_id = {json.loads(line, strict=False)["msgid"]: line for line in lines}
    keys: dict[int, rsa.RSAPrivateKey] = {}
    for version, path in result.private_keys.items():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        keys[version] = key
    seqs = sorted(json.loads(line, strict=False)["seq"] for line in lines)
    return Fixture(result, by_id, seqs, keys)


@pytest.fixture
def archive(fixture: Fixture, monkeypatch: pytest.MonkeyPatch) -> Fixture:
    """The fixture as WECOM_EMULATOR_ARCHIVE, with no fault switch set in the environment."""
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(fixture.dir))
    for name in FAULT_VARIABLES:
        monkeypatch.delenv(f"WECOM_EMULATOR_{name}", raising=False)
    return fixture


@pytest.fixture
def sdk(emulator: Emulator, archive: Fixture) -> Iterator[int]:
    handle, code = emulator.sdk()
    assert code == 0
    yield handle
    emulator.lib.DestroySdk(handle)


def _fresh_sdk(emulator: Emulator) -> int:
    handle, code = emulator.sdk()
    assert code == 0
    return handle


def _unwrap(fixture: Fixture, record: dict[str, Any]) -> bytes:
    key = fixture.keys[record["publickey_ver"]]
    return key.decrypt(base64.b64decode(record["encrypt_random_key"]), padding.PKCS1v15())


def _records(emulator: Emulator, sdk: int, seq: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
    code, body = emulator.chat(sdk, seq, limit)
    assert code == 0
    data = json.loads(body)
    assert data["errcode"] == 0, data
    records: list[dict[str, Any]] = data["chatdata"]
    return records


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


# ---------------------------------------------------------------- library and build


def test_library_exports_exactly_the_official_symbols(tmp_path: Path) -> None:
    if shutil.which("nm") is None:
        pytest.skip("nm not installed")
    built = ensure_emulator_built()
    via_script = tmp_path / "libWeWorkFinanceSdk_C.so"
    subprocess.run([str(EMULATOR_DIR / "build.sh"), str(via_script)], check=True, capture_output=True)
    for library in (built, via_script):
        listing = subprocess.run(
            ["nm", "-D", "--defined-only", str(library)], check=True, capture_output=True, text=True
        ).stdout
        exported = {fields[2] for fields in map(str.split, listing.splitlines()) if fields[1] == "T"}
        assert exported == OFFICIAL_SYMBOLS


def test_ensure_built_is_idempotent() -> None:
    first = ensure_emulator_built()
    stamp = first.stat().st_mtime_ns
    assert ensure_emulator_built() == first
    assert first.stat().st_mtime_ns == stamp


# ---------------------------------------------------------------- Init


def test_init_rules(emulator: Emulator, archive: Fixture, monkeypatch: pytest.MonkeyPatch) -> None:
    for corp, secret in ((b"", SECRET), (CORP, b""), (None, SECRET), (CORP, None), (b"", b"")):
        handle, code = emulator.sdk(corp, secret)
        assert code == 10000
        emulator.lib.DestroySdk(handle)
    assert emulator.lib.Init(None, CORP, SECRET) == 10000
    handle, code = emulator.sdk(b"wwsomeothercorp", b"any-secret")  # Init never checks with the server
    assert code == 0
    emulator.lib.DestroySdk(handle)
    not_ready = emulator.lib.NewSdk()
    assert emulator.chat(not_ready, 0, 10)[0] == 10000  # GetChatData before Init
    emulator.lib.DestroySdk(not_ready)
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(archive.dir / "missing"))
    handle, code = emulator.sdk()
    assert code == 10003
    emulator.lib.DestroySdk(handle)
    emulator.lib.DestroySdk(None)  # harmless, like free(NULL)


def test_wrong_credentials_give_server_errcodes(emulator: Emulator, archive: Fixture) -> None:
    for corp, secret, errcode, errmsg in (
        (CORP, b"reset-secret", 40001, "invalid secret"),
        (b"wwothercorp", SECRET, 40013, "invalid corpid"),
    ):
        handle, code = emulator.sdk(corp, secret)
        assert code == 0
        code, body = emulator.chat(handle, 0, 10)
        assert code == 0
        data = json.loads(body)
        assert data["errcode"] == errcode
        assert data["errmsg"].startswith(errmsg)
        assert "chatdata" not in data
        emulator.lib.DestroySdk(handle)


# ---------------------------------------------------------------- GetChatData


def test_paging_by_seq_and_limit(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    seen: list[int] = []
    seq = 0
    while page := _records(emulator, sdk, seq, 37):
        assert len(page) <= 37
        seen += [record["seq"] for record in page]
        seq = page[-1]["seq"]
    assert seen == archive.seqs
    assert [r["seq"] for r in _records(emulator, sdk, 1000, 2)] == [1003, 1006]  # strictly after seq
    assert [r["seq"] for r in _records(emulator, sdk, 1001, 2)] == [1003, 1006]  # seq between records
    assert _records(emulator, sdk, archive.seqs[-1], 10) == []
    assert _records(emulator, sdk, 2**64 - 1, 10) == []
    assert len(_records(emulator, sdk, 0, 1000)) == len(archive.seqs)
    assert len(_records(emulator, sdk, 0, 1)) == 1
    for limit in (1001, 0, 2**32 - 1):
        assert emulator.chat(sdk, 0, limit)[0] == 10000


def test_response_json_shape(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    code, body = emulator.chat(sdk, 0, 2)
    assert code == 0
    assert body.startswith(b'{"errcode":0,"errmsg":"ok","chatdata":[{"seq":1000,"msgid":"msg-0000_external",')
    data = json.loads(body)
    assert list(data) == ["errcode", "errmsg", "chatdata"]
    for record in data["chatdata"]:
        assert list(record) == ["seq", "msgid", "publickey_ver", "encrypt_random_key", "encrypt_chat_msg"]
        assert isinstance(record["seq"], int) and isinstance(record["publickey_ver"], int)
        assert len(base64.b64decode(record["encrypt_random_key"], validate=True)) == 256  # RSA-2048
    # msgids with quotes, backslashes, control characters and CJK come out as valid, exact JSON strings.
    (quirk,) = _records(emulator, sdk, 4999, 1)
    assert quirk["msgid"] == QUIRK_MSGID


def test_key_versions_rotate_in_contiguous_ranges(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    versions = [record["publickey_ver"] for record in _records(emulator, sdk)]
    half = len(versions) // 2
    assert versions == [3] * half + [7] * (len(versions) - half)
    assert archive.result.key_ranges == {3: (1000, archive.seqs[half - 1]), 7: (archive.seqs[half], 6006)}


# ---------------------------------------------------------------- DecryptData


def test_decrypt_returns_the_exact_line(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    records = _records(emulator, sdk)
    assert len(records) == len(archive.lines)
    for record in records:
        key = _unwrap(archive, record)
        assert len(key) == 32 and key.isascii() and key.isalnum()
        code, plain = emulator.decrypt(key, record["encrypt_chat_msg"].encode())
        assert code == 0
        assert plain == archive.lines[record["msgid"]]
        assert emulator_pack.unseal(key, record["encrypt_chat_msg"]) == plain  # Python twin agrees
    quirk = archive.lines[QUIRK_MSGID]
    assert b"\x01\x1f" in quirk and json.loads(quirk, strict=False)["msgid"] == QUIRK_MSGID


def test_decrypt_failures(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    record = _records(emulator, sdk, 0, 1)[0]
    key = _unwrap(archive, record)
    message = record["encrypt_chat_msg"].encode()
    wrong = bytes(reversed(key))
    assert emulator.decrypt(wrong, message)[0] == 10006
    assert emulator.decrypt(b"0" * 32, message)[0] == 10006
    assert emulator.decrypt(key + b"x", message)[0] == 10006
    middle = len(message) // 2
    flipped = (
        message[:middle] + (b"B" if message[middle : middle + 1] == b"A" else b"A") + message[middle + 1 :]
    )
    assert emulator.decrypt(key, flipped)[0] == 10006
    assert emulator.decrypt(key, message[:-8])[0] == 10006  # truncated
    assert emulator.decrypt(key, message[:40])[0] == 10006
    assert emulator.decrypt(key, b"not base64 at all!")[0] == 10006
    assert emulator.decrypt(key, b"")[0] == 10006
    assert emulator.decrypt(b"", message)[0] == 10008
    assert emulator.decrypt(None, message)[0] == 10000  # type: ignore[arg-type]
    assert emulator.lib.DecryptData(key, message, None) == 10000
    assert emulator.decrypt(key, message)[0] == 0


def test_seal_round_trip_edge_cases(emulator: Emulator) -> None:
    for plain in (b"", b"x", bytes(range(256)) * 3, "消息".encode() * 1000):
        sealed = emulator_pack.seal(b"k", plain, b"\x07" * 16)
        assert emulator.decrypt(b"k", sealed.encode()) == (0, plain)
        assert emulator.decrypt(b"k", sealed.rstrip("=").encode()) == (0, plain)  # padding optional
        with pytest.raises(ValueError):
            emulator_pack.unseal(b"K", sealed)


# ---------------------------------------------------------------- GetMediaData


def test_media_chunks_reassemble_binary_files(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    data, indexes = emulator.download(sdk, NUL_FILEID)
    assert data == bytes(NUL_SIZE)
    assert hashlib.md5(data).hexdigest() == NUL_MD5
    assert indexes == [b"", b"Range:bytes=524288-1048575", b"Range:bytes=1048576-1299999"]
    code, chunk, next_index, finished = emulator.chunk(sdk, indexes[1], NUL_FILEID.encode())
    assert (code, len(chunk), next_index, finished) == (0, CHUNK_SIZE, indexes[2], False)  # retry a chunk

    data, indexes = emulator.download(sdk, SYNTH_FILEID)
    assert len(indexes) == 2 and len(data) == SYNTH_SIZE
    assert hashlib.md5(data).hexdigest() == SYNTH_MD5  # the md5sum the message carries

    assert emulator.download(sdk, NAMED_FILEID)[0] == NAMED_BYTES
    assert emulator.download(sdk, EMPTY_FILEID) == (b"", [b""])
    assert len(emulator.download(sdk, HUGE_FILEID)[0]) == MEDIA_SIZE_CAP
    # Inside chatrecord / mixed JSON-string contents; the mixed image states no size.
    assert emulator.download(sdk, NESTED_FILEID)[0] == synthetic_media(NESTED_FILEID, 5000)
    assert emulator.download(sdk, MIXED_FILEID)[0] == synthetic_media(
        MIXED_FILEID, emulator_pack.DEFAULT_MEDIA_SIZE
    )


def test_media_md5_sidecar(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    rows = [
        line.split("\t")
        for line in (archive.dir / "media_md5.tsv").read_text().splitlines()
        if not line.startswith("#")
    ]
    assert {row[0] for row in rows} == {
        NUL_FILEID, SYNTH_FILEID, NESTED_FILEID, MIXED_FILEID, EMPTY_FILEID, HUGE_FILEID, NAMED_FILEID,
    }  # fmt: skip
    for fileid, md5, size, source in rows:
        data = emulator.download(sdk, fileid)[0]
        assert hashlib.md5(data).hexdigest() == md5
        assert len(data) == int(size)
        assert source == ("synthetic" if archive.result.media[fileid].synthetic else "file")
    assert archive.result.media[NESTED_FILEID].size == 5000
    assert archive.result.media[MIXED_FILEID].size == emulator_pack.DEFAULT_MEDIA_SIZE


def test_media_errors(emulator: Emulator, sdk: int) -> None:
    assert emulator.chunk(sdk, b"", b"CtYBno-such-file")[0] == 10005
    assert emulator.chunk(sdk, b"", NUL_FILEID.encode()[:-2])[0] == 10005  # truncated sdkfileid
    assert emulator.chunk(sdk, b"", b"")[0] == 10000
    assert emulator.chunk(sdk, b"", None)[0] == 10000  # type: ignore[arg-type]
    for index in (b"bytes=0-1", b"Range:bytes=x-1", b"Range:bytes=5000000-5000001", b"Range:bytes=9-1"):
        assert emulator.chunk(sdk, index, NUL_FILEID.encode())[0] == 10000
    assert emulator.lib.GetMediaData(sdk, b"", NUL_FILEID.encode(), b"", b"", 5, None) == 10000


def test_fresh_objects_are_empty_not_null(emulator: Emulator) -> None:
    slice_ = emulator.lib.NewSlice()
    assert emulator.lib.GetContentFromSlice(slice_) and emulator.lib.GetSliceLen(slice_) == 0
    emulator.lib.FreeSlice(slice_)
    media = emulator.lib.NewMediaData()
    assert emulator.lib.GetData(media) and emulator.lib.GetOutIndexBuf(media)
    assert (emulator.lib.GetDataLen(media), emulator.lib.GetIndexLen(media)) == (0, 0)
    assert emulator.lib.IsMediaDataFinish(media) == 0
    emulator.lib.FreeMediaData(media)
    emulator.lib.FreeSlice(None)
    emulator.lib.FreeMediaData(None)


# ---------------------------------------------------------------- faults


def test_network_error_every_nth_call(
    emulator: Emulator, archive: Fixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_NETWORK_ERROR_EVERY", "3")
    handle = _fresh_sdk(emulator)
    assert [emulator.chat(handle, 0, 5)[0] for _ in range(7)] == [0, 0, 10001, 0, 0, 10001, 0]
    codes = [emulator.chunk(handle, b"", SYNTH_FILEID.encode())[0] for _ in range(4)]
    assert codes == [0, 0, 10001, 0]  # GetMediaData counts its own calls
    emulator.lib.DestroySdk(handle)


def test_errcode_in_body(emulator: Emulator, archive: Fixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ERRCODE", "48002")
    handle = _fresh_sdk(emulator)
    code, body = emulator.chat(handle, 0, 5)
    assert code == 0
    data = json.loads(body)
    assert data["errcode"] == 48002 and data["errmsg"].startswith("api forbidden")
    monkeypatch.setenv("WECOM_EMULATOR_ERRCODE", "-1")
    monkeypatch.setenv("WECOM_EMULATOR_ERRMSG", "系统繁忙")
    other = _fresh_sdk(emulator)
    data = json.loads(emulator.chat(other, 0, 5)[1])
    assert data["errcode"] == -1 and data["errmsg"].startswith("系统繁忙")
    assert emulator.download(other, SYNTH_FILEID)[0]  # media are unaffected
    for h in (handle, other):
        emulator.lib.DestroySdk(h)


def test_truncated_json(emulator: Emulator, archive: Fixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_TRUNCATE_JSON", "1")
    handle = _fresh_sdk(emulator)
    for limit in (1, 10):
        code, body = emulator.chat(handle, 0, limit)
        assert code == 0 and body.startswith(b'{"errcode":0')
        with pytest.raises(ValueError):
            json.loads(body)
    emulator.lib.DestroySdk(handle)


def test_ip_not_allowed(emulator: Emulator, archive: Fixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_IP_NOT_ALLOWED", "1")
    handle = _fresh_sdk(emulator)
    assert emulator.chat(handle, 0, 5)[0] == 10009
    assert emulator.chunk(handle, b"", SYNTH_FILEID.encode())[0] == 10009
    emulator.lib.DestroySdk(handle)


def test_expire_media(emulator: Emulator, archive: Fixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_EXPIRE_MEDIA", f"{NUL_FILEID},{NESTED_FILEID}")
    handle = _fresh_sdk(emulator)
    assert emulator.chunk(handle, b"", NUL_FILEID.encode())[0] == 10010
    assert emulator.chunk(handle, b"Range:bytes=524288-1048575", NUL_FILEID.encode())[0] == 10010
    assert emulator.chunk(handle, b"", NESTED_FILEID.encode())[0] == 10010
    assert emulator.chunk(handle, b"", SYNTH_FILEID.encode())[0] == 0
    assert len(_records(emulator, handle)) == len(archive.seqs)
    emulator.lib.DestroySdk(handle)


def test_slow_ms(emulator: Emulator, archive: Fixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "300")
    handle = _fresh_sdk(emulator)
    started = time.monotonic()
    assert emulator.lib.GetChatData(handle, 0, 5, b"", b"", 0, None) == 10000
    code, _ = emulator.chat(handle, 0, 5)  # the timeout argument (5 s) is not honoured
    assert code == 0
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    assert emulator.chunk(handle, b"", SYNTH_FILEID.encode())[0] == 0
    assert time.monotonic() - started >= 0.3
    emulator.lib.DestroySdk(handle)


def test_faults_conf_is_reread_when_changed(
    emulator: Emulator, fixture: Fixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "fixture"
    shutil.copytree(fixture.dir, copy)
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(copy))
    for name in FAULT_VARIABLES:
        monkeypatch.delenv(f"WECOM_EMULATOR_{name}", raising=False)
    conf = copy / "faults.conf"
    conf.write_text("# comment\n errcode = 45009 \nexpire_media=CtYBa\nexpire_media=" + SYNTH_FILEID + "\n")
    handle = _fresh_sdk(emulator)
    assert json.loads(emulator.chat(handle, 0, 5)[1])["errcode"] == 45009
    assert emulator.chunk(handle, b"", SYNTH_FILEID.encode())[0] == 10010
    conf.write_text("ip_not_allowed=1\n")
    assert emulator.chat(handle, 0, 5)[0] == 10009  # same instance: the change is seen at once
    conf.unlink()
    assert emulator.chat(handle, 0, 5)[0] == 0
    assert emulator.chunk(handle, b"", SYNTH_FILEID.encode())[0] == 0
    conf.write_text("errcode=45009\n")
    monkeypatch.setenv("WECOM_EMULATOR_ERRCODE", "0")  # an environment variable overrides the file
    other = _fresh_sdk(emulator)
    assert json.loads(emulator.chat(other, 0, 5)[1])["errcode"] == 0
    for h in (handle, other):
        emulator.lib.DestroySdk(h)


def test_abort_on_call_kills_the_process(fixture: Fixture) -> None:
    script = f"""
import ctypes, resource
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
lib = ctypes.CDLL({str(ensure_emulator_built())!r})
lib.NewSdk.restype = ctypes.c_void_p
lib.Init.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
lib.NewSlice.restype = ctypes.c_void_p
lib.FreeSlice.argtypes = [ctypes.c_void_p]
lib.GetChatData.argtypes = [ctypes.c_void_p, ctypes.c_ulonglong, ctypes.c_uint, ctypes.c_char_p,
                            ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
sdk = lib.NewSdk()
assert lib.Init(sdk, {CORP!r}, {SECRET!r}) == 0
for call in (1, 2, 3):
    s = lib.NewSlice()
    print("call", call, lib.GetChatData(sdk, 0, 10, b"", b"", 5, s), flush=True)
    lib.FreeSlice(s)
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WECOM_EMULATOR_")}
    env |= {"WECOM_EMULATOR_ARCHIVE": str(fixture.dir), "WECOM_EMULATOR_ABORT_ON_CALL": "2"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGABRT, done.stderr
    assert done.stdout == "call 1 0\n"
    assert "abort_on_call" in done.stderr


# ---------------------------------------------------------------- memory, threads, reloads


def test_rss_stays_flat(emulator: Emulator, sdk: int, archive: Fixture) -> None:
    record = _records(emulator, sdk, 0, 1)[0]
    key, message = _unwrap(archive, record), record["encrypt_chat_msg"].encode()

    def churn(rounds: int) -> None:
        for i in range(rounds):
            slice_ = emulator.lib.NewSlice()
            assert emulator.lib.GetChatData(sdk, (i * 7) % 1000, 50, b"", b"", 5, slice_) == 0
            emulator.lib.FreeSlice(slice_)
            if i % 10 == 0:
                slice_ = emulator.lib.NewSlice()
                assert emulator.lib.DecryptData(key, message, slice_) == 0
                emulator.lib.FreeSlice(slice_)
            if i % 100 == 0:
                assert emulator.chunk(sdk, b"", NUL_FILEID.encode())[0] == 0

    churn(1000)  # warm up the allocator
    before = _rss_kb()
    churn(10_000)
    assert _rss_kb() - before < 4096


def test_concurrent_instances(emulator: Emulator, archive: Fixture) -> None:
    results: dict[int, list[bytes]] = {}
    errors: list[BaseException] = []

    def worker(number: int) -> None:
        try:
            handle = _fresh_sdk(emulator)
            plain: list[bytes] = []
            for _ in range(3):
                seq = 0
                while page := _records(emulator, handle, seq, 23):
                    for record in page[:: 7 + number]:
                        code, text = emulator.decrypt(
                            _unwrap(archive, record), record["encrypt_chat_msg"].encode()
                        )
                        assert code == 0
                        plain.append(text)
                    seq = page[-1]["seq"]
                assert hashlib.md5(emulator.download(handle, NUL_FILEID)[0]).hexdigest() == NUL_MD5
            results[number] = plain
            emulator.lib.DestroySdk(handle)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert all(text in archive.lines.values() for texts in results.values() for text in texts)


def test_repack_reuses_keys_and_running_instances_see_new_records(
    emulator: Emulator, fixture: Fixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "growing"
    out.mkdir()
    shutil.copy(fixture.result.private_keys[3], out / "private_key_v1.pem")  # no key generation: faster
    source = tmp_path / "messages.jsonl"
    first = [json.dumps(_text(f"g-{i}", i + 1, "x")) for i in range(5)]
    source.write_text("\n".join(first) + "\n")
    assert pack(source, out).generated_keys == ()
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(out))
    handle = _fresh_sdk(emulator)
    assert len(_records(emulator, handle)) == 5
    source.write_text("\n".join([*first, json.dumps(_text("g-new", 6, "y"))]) + "\n")
    assert pack(source, out).generated_keys == ()
    (new,) = _records(emulator, handle, 5)
    assert new["msgid"] == "g-new"
    assert (
        emulator.decrypt(_unwrap(fixture, {**new, "publickey_ver": 3}), new["encrypt_chat_msg"].encode())[0]
        == 0
    )
    emulator.lib.DestroySdk(handle)


# ---------------------------------------------------------------- the packer


def test_pack_seq_defaults_to_line_number(fixture: Fixture, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(fixture.result.private_keys[3], out / "private_key_v1.pem")
    source = tmp_path / "m.jsonl"
    source.write_bytes(b'\xef\xbb\xbf{"msgid":"a"}\r\n\n{"msgid":"b"}\n{"msgid":"c","seq":99}')
    result = pack(source, out)
    rows = [line.split("\t") for line in (out / "chatdata.tsv").read_text().splitlines()[1:]]
    assert [(row[0], row[1]) for row in rows] == [("1", "a"), ("3", "b"), ("99", "c")]
    assert (result.first_seq, result.last_seq, result.messages) == (1, 99, 3)
    assert (out / "credentials").read_text() == "corpid=wwemulatorcorp0001\nsecret=emulator-secret\n"
    assert result.media == {}


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b'{"msgid":"a"}\n{"text":1}\n', ":2: no msgid"),
        (b'{"msgid":"a","seq":5}\n{"msgid":"b","seq":5}\n', "seq 5 is used twice"),
        (b'{"msgid":"a","seq":0}\n', "seq must be"),
        (b'{"msgid":"a"\n', ":1: not a JSON object"),
        (b'{"msgid":"a\\tb"}\n', "msgid contains"),
    ],
)
def test_pack_rejects_bad_input(tmp_path: Path, content: bytes, error: str) -> None:
    source = tmp_path / "m.jsonl"
    source.write_bytes(content)
    with pytest.raises(ValueError, match=error):
        pack(source, tmp_path / "out")


def test_cli_pack(fixture: Fixture, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="wecom-desktop")
    emulator_pack.add_parser(parser.add_subparsers(dest="command"), argparse.ArgumentParser(add_help=False))
    out = tmp_path / "out"
    out.mkdir()
    for version in (1, 2):
        shutil.copy(fixture.result.private_keys[3], out / f"private_key_v{version}.pem")
    source = tmp_path / "m.jsonl"
    source.write_text("".join(json.dumps(_text(f"c-{i}", i + 1, "x")) + "\n" for i in range(4)))
    args = parser.parse_args(["emulator", "pack", str(source), "--out", str(out), "--key-versions", "1,2"])
    assert emulator_pack.run(args) == 0
    printed = capsys.readouterr().out
    assert "packed 4 messages" in printed and "key v2 (reused): seq 3–4" in printed
    args = parser.parse_args(["emulator", "pack", str(tmp_path / "missing.jsonl"), "--out", str(out)])
    assert emulator_pack.run(args) == 2
    assert "not found" in capsys.readouterr().err
