"""A session-wide archive for the message view: one group of 100,000 messages, a conversation
holding every message type (built from tests/samples), and a small single chat."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.engine import create_archive_engine, open_archive
from wecom_desktop.store.media_queue import mark_downloaded
from wecom_desktop.store.writer import ArchiveWriter, set_contact_names, set_conversation_titles

BIG_MESSAGES = 100_000
BIG_ROOM = "wrBigGroupRoom0000000000000000001"
TYPES_ROOM = "wrEveryTypeRoom000000000000000002"
_BATCH = 5000
_START_MS = 1_672_531_200_000  # 2023-01-01 00:00 UTC
SAMPLES = Path(__file__).with_name("samples")
STAFF = ("zhangwei", "lina", "wangfang", "liuyang", "chenjing")
CUSTOMER = "wmEAlECwAAHrbWYDOK5u3Af13xlYDDNQ"
NAMES = {
    "zhangwei": "张伟",
    "lina": "李娜",
    "wangfang": "王芳",
    "liuyang": "刘洋",
    "chenjing": "陈静",
    CUSTOMER: "赵先生（客户）",
}
# Every sample in the type conversation, in this order (switch has no conversation).
TYPE_SAMPLES = (
    "agree", "text", "image", "voice", "video", "emotion", "file", "link", "location", "card",
    "weapp", "chatrecord", "mixed", "meeting", "meeting_notification", "meeting_voice_call",
    "docmsg", "todo", "vote_top_level", "vote_nested", "calendar", "collect", "redpacket",
    "external_redpacket", "news", "markdown", "sphfeed_number", "voiptext", "qydiskfile",
    "voip_doc_share", "disagree",
)  # fmt: skip
REVOKED_MSGID = "types-revoked"
UNSUPPORTED_MSGID = "types-unsupported"
UNDECRYPTABLE_MSGID = "types-undecryptable"
LINK_TEXT_MSGID = "types-link-text"
LINK_URL = "https://work.weixin.qq.com/api/doc/90000/90135/91774"


@dataclass(frozen=True)
class BigArchive:
    path: Path
    big_id: int  # the 100,000-message group
    types_id: int  # every message type
    small_id: int  # a five-message single chat


def big_msgid(index: int) -> str:
    """The msgid of the big group's `index`-th message in time order."""
    return f"big-{index:06d}"


def big_msgtime(index: int) -> int:
    # About four minutes apart, so the conversation spans months and has day separators.
    return _START_MS + index * 240_000 + (index % 7) * 1_000


def _big_message(index: int) -> str:
    sender = STAFF[index % len(STAFF)] if index % 11 else CUSTOMER
    return json.dumps(
        {
            "msgid": big_msgid(index),
            "action": "send",
            "from": sender,
            "tolist": [party for party in (*STAFF, CUSTOMER) if party != sender],
            "roomid": BIG_ROOM,
            "msgtime": big_msgtime(index),
            "msgtype": "text",
            "text": {"content": f"第 {index} 条消息：请确认合同编号 HT-{index:06d} 的付款进度。"},
        },
        ensure_ascii=False,
    )


def _into_types_room(sample: dict[str, Any], msgid: str, msgtime: int, sender: str) -> str:
    sample.update(
        msgid=msgid,
        msgtime=msgtime,
        roomid=TYPES_ROOM,
        tolist=[party for party in (*STAFF, CUSTOMER) if party != sender],
    )
    sample["from"] = sender
    return json.dumps(sample, ensure_ascii=False)


def type_messages() -> list[str]:
    """The type conversation: every sample, a revoked text and its revoke, a text with a link,
    and a message of an unknown type."""
    moment = _START_MS + 400 * 86_400_000
    lines = []
    for number, name in enumerate(TYPE_SAMPLES):
        sample = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
        sender = CUSTOMER if number % 3 == 0 else STAFF[number % len(STAFF)]
        lines.append(_into_types_room(sample, f"types-{name}", moment + number * 600_000, sender))
    moment += len(TYPE_SAMPLES) * 600_000
    extra = [
        (LINK_TEXT_MSGID, {"msgtype": "text", "text": {"content": f"文档在这里：{LINK_URL} 请看第三节"}}),
        (REVOKED_MSGID, {"msgtype": "text", "text": {"content": "这条消息后来被撤回了"}}),
        ("types-revoke", {"msgtype": "revoke", "revoke": {"pre_msgid": REVOKED_MSGID}, "action": "recall"}),
        (
            UNSUPPORTED_MSGID,
            {"msgtype": "solitaire", "solitaire": {"title": "接龙报名", "content": "1. 张伟"}},
        ),
    ]
    for number, (msgid, fields) in enumerate(extra):
        sample = {"action": "send", **fields}
        lines.append(_into_types_room(sample, msgid, moment + (number + 1) * 86_400_000, "zhangwei"))
    return lines


def _small_messages() -> list[str]:
    return [
        json.dumps(
            {
                "msgid": f"small-{index}",
                "action": "send",
                "from": "lina" if index % 2 else "zhangwei",
                "tolist": ["zhangwei" if index % 2 else "lina"],
                "roomid": "",
                "msgtime": _START_MS + index * 60_000,
                "msgtype": "text",
                "text": {"content": f"单聊消息 {index}"},
            },
            ensure_ascii=False,
        )
        for index in range(5)
    ]


def _conversation(engine: Engine, condition: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT id FROM conversations WHERE {condition}")).scalar_one())


def build(folder: Path) -> BigArchive:
    path = folder / "archive.sqlite3"
    engine = open_archive(path)
    writer = ArchiveWriter(engine)
    for first in range(0, BIG_MESSAGES, _BATCH):
        batch = range(first, min(first + _BATCH, BIG_MESSAGES))
        writer.write_batch([parse_message(_big_message(index)) for index in batch])
    writer.write_batch([parse_message(line) for line in (*type_messages(), *_small_messages())])
    set_contact_names(engine, NAMES.items(), "manual")
    set_conversation_titles(engine, [(BIG_ROOM, "华东区销售群"), (TYPES_ROOM, "消息类型样例群")])
    archive = BigArchive(
        path,
        _conversation(engine, f"roomid = '{BIG_ROOM}'"),
        _conversation(engine, f"roomid = '{TYPES_ROOM}'"),
        _conversation(engine, "kind = 'single'"),
    )
    with engine.begin() as connection:
        # An undecryptable record has no conversation of its own; this one is placed in the
        # type conversation to show how the view renders one.
        connection.execute(
            text(
                "INSERT INTO messages (msgid, seq, action, sender, recipients, roomid, conversation_id, "
                "msgtime, msgtype, summary, status, problem) VALUES (:msgid, 999, '', '', '[]', '', :conv, "
                ":t, '', '[无法解密]', 'undecryptable', :problem)"
            ),
            {
                "msgid": UNDECRYPTABLE_MSGID,
                "conv": archive.types_id,
                "t": _START_MS + 420 * 86_400_000,
                "problem": "缺少版本 3 的私钥",
            },
        )
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # one file to copy per test
    engine.dispose()
    return archive


@pytest.fixture(scope="session", name="big_archive_template")
def big_archive_template_fixture(tmp_path_factory: pytest.TempPathFactory) -> BigArchive:
    return build(tmp_path_factory.mktemp("big-conversation"))


@pytest.fixture(name="big_archive")
def big_archive_fixture(
    big_archive_template: BigArchive, tmp_path: Path
) -> Iterator[tuple[BigArchive, Engine]]:
    """A private copy of the session's archive (tests may write to it), with its engine."""
    target = tmp_path / "archive.sqlite3"
    shutil.copyfile(big_archive_template.path, target)
    engine = create_archive_engine(f"sqlite:///{target}")
    yield replace(big_archive_template, path=target), engine
    engine.dispose()


def mark_media_downloaded(engine: Engine, media_root: Path, msgid: str, payload: bytes, name: str) -> Path:
    """Pretend the media of message `msgid` (part 0) was downloaded as `payload`."""
    relative = f"te/{name}"
    target = media_root / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(payload)
    with engine.connect() as connection:
        media_id = connection.execute(
            text(
                "SELECT media.id FROM media JOIN messages ON messages.id = media.message_id "
                "WHERE messages.msgid = :msgid AND media.part = 0"
            ),
            {"msgid": msgid},
        ).scalar_one()
    mark_downloaded(engine, int(media_id), relative)
    return target
