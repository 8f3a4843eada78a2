"""Pack decrypted messages into a fixture archive for the finance SDK emulator (native/emulator/).

The fixture is what WeCom's server would hold for a company: every message encrypted the way
the archive delivers it (a random key per message, RSA-wrapped with one of the company's
public-key versions), plus its media files. The emulator library serves it through the
official SDK's C ABI; the private keys written here let a client unwrap the random keys.

Layout of the output folder (see native/emulator/README.md):

- ``chatdata.tsv``: ``seq \\t msgid \\t publickey_ver \\t encrypt_random_key \\t encrypt_chat_msg``
  per line, sorted by seq (``#`` lines are comments);
- ``media/index.tsv``: ``sdkfileid \\t file \\t NAME`` (served from ``media/NAME``) or
  ``sdkfileid \\t synthetic \\t SIZE`` (generated on the fly, see :func:`synthetic_media`);
- ``media_md5.tsv``: ``sdkfileid \\t md5 \\t size \\t file|synthetic`` — what each download yields;
- ``credentials``: ``corpid=…`` and ``secret=…``;
- ``private_key_v<N>.pem`` (PKCS#8, unencrypted) and ``public_key_v<N>.pem`` per key version.

A ``faults.conf`` in the folder is never written or removed by packing.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import itertools
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

DEFAULT_CORP_ID = "wwemulatorcorp0001"
DEFAULT_SECRET = "emulator-secret"
CHUNK_SIZE = 524288  # GetMediaData serves at most this many bytes per call
NONCE_SIZE = 16
TAG_SIZE = 32
KEY_BITS = 2048
MEDIA_SIZE_CAP = 3 * 1024 * 1024  # synthetic media are at most this large
DEFAULT_MEDIA_SIZE = 32 * 1024  # synthetic size when the message states none
SYNTHETIC_PAGE = 4096
_SYNTHETIC_PREFIX = b"wecom-emulator-media\x00"
_SIZE_KEYS = ("filesize", "voice_size", "imagesize")
_BOM = b"\xef\xbb\xbf"
_TSV_UNSAFE = ("\t", "\n", "\r", "\x00")

CHATDATA_FILE = "chatdata.tsv"
MEDIA_DIR = "media"
MEDIA_INDEX_FILE = "index.tsv"
MEDIA_MD5_FILE = "media_md5.tsv"
CREDENTIALS_FILE = "credentials"


# ---------------------------------------------------------------- the emulator's message format


def _keystream_xor(key: bytes, nonce: bytes, data: bytes) -> bytes:
    base = hashlib.sha256(key + nonce)
    blocks = []
    for counter in range((len(data) + 31) // 32):
        block = base.copy()
        block.update(counter.to_bytes(8, "big"))
        blocks.append(block.digest())
    stream = b"".join(blocks)[: len(data)]
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(len(data), "big")


def _tag(key: bytes, nonce: bytes, ciphertext: bytes) -> bytes:
    return hashlib.sha256(key + nonce + ciphertext).digest()


def seal(key: bytes, plaintext: bytes, nonce: bytes) -> str:
    """`encrypt_chat_msg` as the emulator's DecryptData(key, …) reads it.

    base64(nonce[16] || ciphertext || tag[32]), where ciphertext = plaintext XOR
    SHA-256(key || nonce || be64(0)) || SHA-256(key || nonce || be64(1)) || …, and
    tag = SHA-256(key || nonce || ciphertext).
    """
    if len(nonce) != NONCE_SIZE:
        raise ValueError(f"nonce must be {NONCE_SIZE} bytes")
    if not key or b"\x00" in key:
        raise ValueError("key must be non-empty and free of NUL bytes (it is passed as a C string)")
    ciphertext = _keystream_xor(key, nonce, plaintext)
    return base64.b64encode(nonce + ciphertext + _tag(key, nonce, ciphertext)).decode("ascii")


def unseal(key: bytes, encrypt_chat_msg: str) -> bytes:
    """The inverse of :func:`seal`; ValueError where the emulator would return 10006."""
    try:
        blob = base64.b64decode(encrypt_chat_msg, validate=True)
    except ValueError as exc:
        raise ValueError("not base64") from exc
    if len(blob) < NONCE_SIZE + TAG_SIZE:
        raise ValueError("too short")
    nonce, ciphertext, tag = blob[:NONCE_SIZE], blob[NONCE_SIZE:-TAG_SIZE], blob[-TAG_SIZE:]
    if _tag(key, nonce, ciphertext) != tag:
        raise ValueError("wrong key or corrupted message")
    return _keystream_xor(key, nonce, ciphertext)


def synthetic_media(sdkfileid: str, size: int) -> bytes:
    """The bytes the emulator serves for a synthetic media entry (deterministic).

    One 4 KiB page P = SHA-256(b"wecom-emulator-media\\0" || sdkfileid || be64(i)) for i = 0..127,
    repeated; page k starts with be64(k) instead of P's first 8 bytes; cut to `size` bytes.
    """
    if size < 0:
        raise ValueError("size must be >= 0")
    base = hashlib.sha256(_SYNTHETIC_PREFIX + sdkfileid.encode("utf-8"))
    blocks = []
    for index in range(SYNTHETIC_PAGE // 32):
        block = base.copy()
        block.update(index.to_bytes(8, "big"))
        blocks.append(block.digest())
    tail = b"".join(blocks)[8:]
    pages = (size + SYNTHETIC_PAGE - 1) // SYNTHETIC_PAGE
    return b"".join(number.to_bytes(8, "big") + tail for number in range(pages))[:size]


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class MediaFile:
    """One downloadable media file of the fixture."""

    sdkfileid: str
    md5: str  # hex MD5 of the bytes GetMediaData yields
    size: int
    synthetic: bool  # generated by the emulator (see synthetic_media), else copied from media_dir
    path: Path | None  # the copy inside the fixture; None when synthetic


@dataclass(frozen=True, slots=True)
class PackResult:
    out: Path
    messages: int
    first_seq: int  # 0 when there are no messages
    last_seq: int
    corp_id: str
    secret: str
    private_keys: dict[int, Path]  # key version → PKCS#8 PEM
    public_keys: dict[int, Path]
    generated_keys: tuple[int, ...]  # versions whose key pair was created now (the others were reused)
    key_ranges: dict[int, tuple[int, int]]  # key version → (first seq, last seq) it encrypted
    media: dict[str, MediaFile] = field(default_factory=dict)  # by sdkfileid
    seconds: float = 0.0


# ---------------------------------------------------------------- reading the messages


@dataclass(slots=True)
class _Record:
    seq: int
    msgid: str
    line: bytes
    media: list[tuple[str, int | None, str]]  # sdkfileid, stated size, md5sum


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _media_refs(value: Any, found: list[tuple[str, int | None, str]]) -> None:
    """Every object with an `sdkfileid`, also inside JSON-string `content` (chatrecord, mixed)."""
    if isinstance(value, dict):
        fileid = value.get("sdkfileid")
        if isinstance(fileid, str) and fileid:
            size = next((s for s in (_int(value.get(k)) for k in _SIZE_KEYS) if s is not None), None)
            md5 = value.get("md5sum")
            found.append((fileid, size, md5.lower() if isinstance(md5, str) else ""))
        for item in value.values():
            _media_refs(item, found)
    elif isinstance(value, list):
        for item in value:
            _media_refs(item, found)
    elif isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
        try:
            inner = json.loads(value, strict=False)
        except ValueError:
            return
        _media_refs(inner, found)


def _records(messages: Path) -> list[_Record]:
    records: list[_Record] = []
    with messages.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            line = raw.rstrip(b"\n").removesuffix(b"\r")
            if number == 1:
                line = line.removeprefix(_BOM)
            if not line.strip():
                continue
            where = f"{messages}:{number}"
            try:
                obj = json.loads(line.decode("utf-8"), strict=False)
            except ValueError as exc:
                raise ValueError(f"{where}: not a JSON object in UTF-8: {exc}") from exc
            if not isinstance(obj, dict):
                raise ValueError(f"{where}: not a JSON object")
            msgid = obj.get("msgid")
            if not isinstance(msgid, str) or not msgid:
                raise ValueError(f"{where}: no msgid")
            if any(c in msgid for c in _TSV_UNSAFE):
                raise ValueError(f"{where}: msgid contains a tab, line break or NUL")
            seq = obj.get("seq", number)
            if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq < 2**64:
                raise ValueError(f"{where}: seq must be an integer from 1 to 2^64-1")
            media: list[tuple[str, int | None, str]] = []
            _media_refs(obj, media)
            for fileid, _, _ in media:
                if any(c in fileid for c in _TSV_UNSAFE):
                    raise ValueError(f"{where}: sdkfileid contains a tab, line break or NUL")
            records.append(_Record(seq, msgid, line, media))
    records.sort(key=lambda record: record.seq)
    for before, after in itertools.pairwise(records):
        if before.seq == after.seq:
            raise ValueError(f"{messages}: seq {after.seq} is used twice ({before.msgid}, {after.msgid})")
    return records


# ---------------------------------------------------------------- writing


@contextmanager
def _replacing(path: Path) -> Iterator[IO[bytes]]:
    """Write `path` atomically: the emulator reloads files when they change and must never see half of one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as stream:
            yield stream
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _key_pair(out: Path, version: int, bits: int) -> tuple[rsa.RSAPublicKey, bool]:
    private_path = out / f"private_key_v{version}.pem"
    generated = not private_path.exists()
    if generated:
        private = rsa.generate_private_key(public_exponent=65537, key_size=bits)
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        with _replacing(private_path) as stream:
            os.chmod(stream.name, 0o600)
            stream.write(pem)
    else:
        loaded = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
        if not isinstance(loaded, rsa.RSAPrivateKey):
            raise ValueError(f"{private_path}: not an RSA private key")
        private = loaded
    public = private.public_key()
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with _replacing(out / f"public_key_v{version}.pem") as stream:
        stream.write(pem)
    return public, generated


def _media_candidates(media_dir: Path | None) -> dict[str, Path]:
    """Files of media_dir by full name and by name without extension."""
    found: dict[str, Path] = {}
    if media_dir is None:
        return found
    if not media_dir.is_dir():
        raise FileNotFoundError(f"media folder not found: {media_dir}")
    for path in sorted(media_dir.iterdir()):
        if path.is_file():
            found.setdefault(path.name, path)
            found.setdefault(path.name.split(".", 1)[0], path)
    return found


def _md5_of_file(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _synthetic_md5(item: tuple[str, int]) -> str:
    return hashlib.md5(synthetic_media(*item)).hexdigest()


def _pack_media(
    records: list[_Record], out: Path, media_dir: Path | None, size_cap: int
) -> dict[str, MediaFile]:
    candidates = _media_candidates(media_dir)
    folder = out / MEDIA_DIR
    folder.mkdir(exist_ok=True)
    media: dict[str, MediaFile] = {}
    synthetic: dict[str, int] = {}
    for record in records:
        for fileid, stated, md5sum in record.media:
            if fileid in media:
                continue
            source = next(
                (
                    candidates[name]
                    for name in (md5sum, fileid, fileid.replace("/", "_"))
                    if name and "/" not in name and name in candidates
                ),
                None,
            )
            if source is not None:
                name = hashlib.sha256(fileid.encode("utf-8")).hexdigest()[:40] + ".bin"
                copy = folder / name
                shutil.copyfile(source, copy)
                media[fileid] = MediaFile(fileid, _md5_of_file(copy), copy.stat().st_size, False, copy)
            else:
                size = min(stated if stated is not None else DEFAULT_MEDIA_SIZE, size_cap)
                synthetic[fileid] = size
                media[fileid] = MediaFile(fileid, "", size, True, None)
    # MD5 of every synthetic file: the bulk of a large pack's time; hashlib releases the GIL.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for fileid, md5 in zip(synthetic, pool.map(_synthetic_md5, synthetic.items()), strict=True):
            media[fileid] = replace(media[fileid], md5=md5)
    with _replacing(folder / MEDIA_INDEX_FILE) as index:
        index.write(b"# wecom-emulator media 1: sdkfileid, then 'file' NAME or 'synthetic' SIZE\n")
        for item in media.values():
            where = f"file\t{item.path.name}" if item.path is not None else f"synthetic\t{item.size}"
            index.write(f"{item.sdkfileid}\t{where}\n".encode())
    with _replacing(out / MEDIA_MD5_FILE) as sums:
        sums.write(b"# sdkfileid\tmd5\tsize\tsource\n")
        for item in media.values():
            kind = "synthetic" if item.synthetic else "file"
            sums.write(f"{item.sdkfileid}\t{item.md5}\t{item.size}\t{kind}\n".encode())
    return media


def pack(
    messages_jsonl: Path,
    out: Path,
    key_versions: Sequence[int] = (1,),
    media_dir: Path | None = None,
    corp_id: str = DEFAULT_CORP_ID,
    secret: str = DEFAULT_SECRET,
    seed: int = 1,
    media_size_cap: int = MEDIA_SIZE_CAP,
    key_bits: int = KEY_BITS,
) -> PackResult:
    """Encrypt the messages of `messages_jsonl` (decrypted JSON, one per line) into the fixture `out`.

    Each line's `seq` is used if present, else its line number. Messages are spread over
    `key_versions` in contiguous seq ranges (first share → first version, …). Key pairs already
    in `out` (private_key_v<N>.pem) are reused whatever their size, so packing again into the
    same folder keeps a client's keys valid; missing ones are generated with `key_bits` bits.
    Media (`sdkfileid` anywhere in a message) come from `media_dir` if a file there is named by
    the message's md5sum (any extension) or by the sdkfileid (with '/' as '_'); otherwise the
    emulator synthesises them (size from the message, at most `media_size_cap`).
    Raises ValueError for a malformed line (with its line number) or bad arguments.
    """
    started = time.monotonic()
    versions = list(key_versions)
    if not versions:
        raise ValueError("at least one key version is needed")
    if len(set(versions)) != len(versions) or any(not 0 < v < 2**32 for v in versions):
        raise ValueError("key versions must be distinct integers from 1 to 2^32-1")
    for name, value in (("corp id", corp_id), ("secret", secret)):
        if not value or value != value.strip() or any(c in value for c in _TSV_UNSAFE):
            raise ValueError(f"the {name} must be non-empty, without surrounding spaces or line breaks")
    if media_size_cap < 0:
        raise ValueError("media_size_cap must be >= 0")
    if not messages_jsonl.is_file():
        raise FileNotFoundError(f"messages file not found: {messages_jsonl}")
    records = _records(messages_jsonl)
    out.mkdir(parents=True, exist_ok=True)

    public_keys: dict[int, rsa.RSAPublicKey] = {}
    generated: list[int] = []
    for version in versions:
        public_keys[version], fresh = _key_pair(out, version, key_bits)
        if fresh:
            generated.append(version)

    rng = random.Random(seed)
    wrap = padding.PKCS1v15()
    key_ranges: dict[int, tuple[int, int]] = {}
    total = len(records)
    with _replacing(out / CHATDATA_FILE) as chatdata:
        chatdata.write(
            b"# wecom-emulator chatdata 1: seq, msgid, publickey_ver, encrypt_random_key, encrypt_chat_msg\n"
        )
        for position, record in enumerate(records):
            version = versions[position * len(versions) // total]
            first, _ = key_ranges.get(version, (record.seq, record.seq))
            key_ranges[version] = (first, record.seq)
            random_key = f"{rng.getrandbits(128):032x}".encode("ascii")
            nonce = rng.randbytes(NONCE_SIZE)
            wrapped = base64.b64encode(public_keys[version].encrypt(random_key, wrap)).decode("ascii")
            sealed = seal(random_key, record.line, nonce)
            chatdata.write(f"{record.seq}\t{record.msgid}\t{version}\t{wrapped}\t{sealed}\n".encode())

    media = _pack_media(records, out, media_dir, media_size_cap)
    with _replacing(out / CREDENTIALS_FILE) as credentials:
        credentials.write(f"corpid={corp_id}\nsecret={secret}\n".encode())

    return PackResult(
        out=out,
        messages=total,
        first_seq=records[0].seq if records else 0,
        last_seq=records[-1].seq if records else 0,
        corp_id=corp_id,
        secret=secret,
        private_keys={v: out / f"private_key_v{v}.pem" for v in versions},
        public_keys={v: out / f"public_key_v{v}.pem" for v in versions},
        generated_keys=tuple(generated),
        key_ranges=key_ranges,
        media=media,
        seconds=time.monotonic() - started,
    )


# ---------------------------------------------------------------- command line


def _versions(value: str) -> list[int]:
    try:
        versions = [int(part) for part in value.split(",") if part.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of integers: {value!r}") from exc
    if not versions:
        raise argparse.ArgumentTypeError("at least one key version is needed")
    return versions


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    emulator = commands.add_parser(
        "emulator",
        parents=[common],
        help="the finance SDK emulator: test and demo without a WeCom account",
        description=(
            "A stand-in for Tencent's finance SDK library, built from native/emulator/, that serves a local "
            "fixture archive. Point the app at it with WECOM_FINANCE_SDK=<the built .so> and "
            "WECOM_EMULATOR_ARCHIVE=<the fixture folder>."
        ),
    )
    actions = emulator.add_subparsers(dest="emulator_command", metavar="ACTION", required=True)
    pack_parser = actions.add_parser(
        "pack",
        parents=[common],
        help="encrypt decrypted messages into a fixture archive for the emulator",
        description=(
            "Encrypt decrypted messages (JSONL, the format 'wecom-desktop import' takes) the way WeCom's archive "
            "delivers them: a random key per message wrapped with RSA (PKCS#1 v1.5) by one of the company's "
            "public-key versions. Writes the fixture into DIR with the private keys (private_key_v<N>.pem) a "
            "client needs, the credentials the emulator accepts and media_md5.tsv (the MD5 of every media file "
            "the emulator serves). Key pairs already in DIR are reused. A line's 'seq' is kept, otherwise its "
            "line number is the seq."
        ),
    )
    pack_parser.add_argument(
        "messages", metavar="MESSAGES.jsonl", type=Path, help="decrypted messages, one per line"
    )
    pack_parser.add_argument(
        "--out", metavar="DIR", type=Path, required=True, help="fixture folder to write (created if missing)"
    )
    pack_parser.add_argument(
        "--key-versions",
        metavar="V1,V2",
        type=_versions,
        default=[1],
        help="public-key versions, in rotation order: the messages are split into that many contiguous seq "
        "ranges, the first encrypted with the first version and so on (default: 1)",
    )
    pack_parser.add_argument(
        "--media-dir",
        metavar="M",
        type=Path,
        help="folder of real media files, each named by the message's md5sum (any extension) or by its "
        "sdkfileid ('/' written as '_'); media not found there are synthesised",
    )
    pack_parser.add_argument(
        "--corp-id",
        default=DEFAULT_CORP_ID,
        metavar="ID",
        help=f"corp id Init accepts (default {DEFAULT_CORP_ID})",
    )
    pack_parser.add_argument(
        "--secret",
        default=DEFAULT_SECRET,
        metavar="S",
        help=f"secret Init accepts (default {DEFAULT_SECRET})",
    )
    pack_parser.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="N",
        help="seed of the random message keys and nonces (default 1)",
    )
    pack_parser.add_argument(
        "--media-size-cap",
        type=int,
        default=MEDIA_SIZE_CAP,
        metavar="BYTES",
        help=f"largest synthetic media file (default {MEDIA_SIZE_CAP}); the message's stated size otherwise",
    )


def run(args: argparse.Namespace) -> int:
    try:
        result = pack(
            args.messages,
            args.out,
            key_versions=args.key_versions,
            media_dir=args.media_dir,
            corp_id=args.corp_id,
            secret=args.secret,
            seed=args.seed,
            media_size_cap=args.media_size_cap,
        )
    except (OSError, ValueError) as exc:
        print(f"wecom-desktop emulator pack: {exc}", file=sys.stderr)
        return 2
    synthetic = sum(item.synthetic for item in result.media.values())
    print(
        f"packed {result.messages:,} messages (seq {result.first_seq}–{result.last_seq}) and "
        f"{len(result.media):,} media files ({synthetic:,} synthetic) into {result.out} "
        f"in {result.seconds:.1f} s"
    )
    for version, (first, last) in sorted(result.key_ranges.items()):
        state = "new" if version in result.generated_keys else "reused"
        print(f"key v{version} ({state}): seq {first}–{last}, private key {result.private_keys[version]}")
    print(f"corp id {result.corp_id}, secret {result.secret}")
    print(f"use it with: WECOM_EMULATOR_ARCHIVE={result.out.resolve()}")
    return 0
