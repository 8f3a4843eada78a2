"""The synthetic demo archive: deterministic, every message type, plausible company, sound archive."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from wecom_desktop.core.bodies_base import UnsupportedBody
from wecom_desktop.core.bodies_nested import ChatRecordBody, MixedBody
from wecom_desktop.core.message import MessageStatus
from wecom_desktop.core.parse import parse_message
from wecom_desktop.demo.bodies import UNKNOWN_TYPES
from wecom_desktop.demo.build import BATCH_SIZE, DemoResult, build_demo
from wecom_desktop.demo.clock import END_MS, START_MS
from wecom_desktop.demo.company import build_company
from wecom_desktop.demo.generator import CHUNK_SIZE, generate_chunk, iter_demo_messages
from wecom_desktop.profile import Profile
from wecom_desktop.store.engine import open_archive

BUILD_SIZE = 5_000
# §2.5 of the reference: every type whose shape is known, plus the switch log
REFERENCE_TYPES = {
    "text", "image", "revoke", "agree", "disagree", "voice", "video", "card", "location", "emotion", "file",
    "link", "weapp", "chatrecord", "todo", "vote", "collect", "redpacket", "meeting", "meeting_notification",
    "switch", "docmsg", "markdown", "news", "calendar", "mixed", "meeting_voice_call", "voip_doc_share",
    "external_redpacket", "sphfeed", "voiptext", "qydiskfile",
}  # fmt: skip
EXTERNAL_ID = re.compile(r"w[mo][A-Za-z0-9_-]{30}")
ROBOT_ID = re.compile(r"wb[A-Za-z0-9_-]{30}")
ROOM_ID = re.compile(r"wr[A-Za-z0-9_-]{30}")
USERID = re.compile(r"[a-z]+\d*")
BODY_KEYS = {  # where the reference (§2.5) puts bodies that are not under their msgtype
    "vote": ("votetitle", "voteitem", "votetype", "voteid"),
    "docmsg": ("doc",),
    "markdown": ("info",),
    "news": ("info",),
    "voiptext": ("info",),
    "qydiskfile": ("info",),
    "meeting_notification": ("info",),
    "external_redpacket": ("redpacket",),
    "meeting_voice_call": ("voiceid", "meeting_voice_call"),
    "voip_doc_share": ("voipid", "voip_doc_share"),
    "revoke": ("revoke",),
}


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Profile, DemoResult, list[dict[str, Any]], list[str]]:
    root = tmp_path_factory.mktemp("demo")
    profile = Profile(root / "profile")
    jsonl = root / "demo.jsonl"
    calls: list[tuple[int, int]] = []
    result = build_demo(
        profile, BUILD_SIZE, seed=1, progress=lambda done, total: calls.append((done, total)), jsonl_out=jsonl
    )
    lines = jsonl.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert calls[-1] == (BUILD_SIZE, BUILD_SIZE)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    return profile, result, [json.loads(line) for line in lines], lines


@pytest.fixture
def archive(built: tuple[Profile, DemoResult, list[dict[str, Any]], list[str]]) -> Any:
    engine = open_archive(built[0].database)
    yield engine
    engine.dispose()


def rows(engine: Engine, sql: str) -> list[Any]:
    with engine.connect() as connection:
        return list(connection.execute(text(sql)))


def conversation_of(obj: dict[str, Any]) -> tuple[str, ...]:
    if obj["roomid"]:
        return (obj["roomid"],)
    return tuple(sorted({obj["from"], *obj["tolist"]}))


def test_same_seed_same_lines_and_other_seed_other_lines() -> None:
    first = list(iter_demo_messages(1_500, seed=1))
    assert first == list(iter_demo_messages(1_500, seed=1))
    assert len(first) == 1_500
    other = list(iter_demo_messages(1_500, seed=2))
    assert len(other) == 1_500
    assert not set(first) & set(other)


def test_chunks_are_independent() -> None:
    count = CHUNK_SIZE + 700
    stream = list(iter_demo_messages(count, seed=3))
    assert generate_chunk(count, 3, 1) == stream[CHUNK_SIZE:]
    assert generate_chunk(count, 3, 0) == stream[:CHUNK_SIZE]


def test_lines_do_not_depend_on_the_interpreter_run() -> None:
    """Hash randomisation must not reach the output: a fresh interpreter gives the same bytes."""
    code = (
        "import hashlib, sys\n"
        "from wecom_desktop.demo.generator import iter_demo_messages\n"
        "digest = hashlib.sha256('\\n'.join(iter_demo_messages(800, seed=5)).encode()).hexdigest()\n"
        "sys.stdout.write(digest)\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert out == hashlib.sha256("\n".join(iter_demo_messages(800, seed=5)).encode()).hexdigest()


def test_company_is_plausible() -> None:
    company = build_company(1)
    assert 280 <= len(company.staff) <= 320
    assert 1_800 <= len(company.customers) <= 2_200
    assert 2 <= len(company.robots) <= 3
    assert all(USERID.fullmatch(person.id) for person in company.staff)
    assert all(EXTERNAL_ID.fullmatch(person.id) for person in company.customers)
    assert all(ROBOT_ID.fullmatch(robot.id) for robot in company.robots)
    assert {"zhangwei", "wangfang"} & {person.id for person in company.staff}
    ids = [person.id for person in company.people()]
    assert len(ids) == len(set(ids))
    groups = [c for c in company.conversations if c.is_group]
    singles = [c for c in company.conversations if not c.is_group]
    assert all(ROOM_ID.fullmatch(c.roomid) and 3 <= len(c.members) <= 200 for c in groups)
    assert max(len(c.members) for c in groups) >= 150
    assert all(len(set(c.members)) == len(c.members) == 2 for c in singles)
    assert {c.kind for c in company.conversations} == {
        "internal_single", "external_single", "internal_group", "customer_group",
    }  # fmt: skip
    assert abs(sum(c.weight for c in company.conversations) - 1.0) < 1e-9


def test_activity_is_skewed() -> None:
    counts = Counter(
        conversation_of(json.loads(line))
        for line in iter_demo_messages(30_000, seed=1)
        if '"switch"' not in line
    )
    top = counts.most_common()
    assert top[0][1] / 30_000 >= 0.2  # a 200,000-message conversation in a 1,000,000 archive
    assert sum(1 for _, n in top if n <= 3) > len(top) / 3  # and a long tail


def test_auditors_words_are_rare_but_present() -> None:
    contents = [
        obj["text"]["content"]
        for obj in map(json.loads, iter_demo_messages(60_000, seed=1))
        if obj.get("msgtype") == "text"
    ]
    for word in ("回扣", "私下", "返点", "合同", "refund", "kickback"):
        hits = sum(word in content.lower() for content in contents)
        assert 0 < hits < len(contents) * 0.05, word
    assert any("\n" in content for content in contents)
    assert any("\t" in content for content in contents)
    assert any(re.search(r"1[3-9]\d{9}", content) for content in contents)
    assert any(re.fullmatch(r"[ -~]+", content) and " " in content for content in contents)  # English


def test_every_type_appears_and_parses(
    built: tuple[Profile, DemoResult, list[dict[str, Any]], list[str]],
) -> None:
    _, _, objs, lines = built
    types = Counter(obj.get("msgtype") or obj["action"] for obj in objs)
    assert set(types) >= REFERENCE_TYPES
    assert set(UNKNOWN_TYPES) <= set(types)
    assert types["text"] / len(objs) > 0.6
    for line in lines:
        message = parse_message(line)
        if message.msgtype in UNKNOWN_TYPES:
            assert message.status is MessageStatus.UNSUPPORTED
        else:
            assert message.status is MessageStatus.OK, (message.problem, line)
        nested: list[Any] = []
        if isinstance(message.body, ChatRecordBody):
            nested = [item.body for item in message.body.items]
        elif isinstance(message.body, MixedBody):
            nested = [part.body for part in message.body.parts]
        assert not any(isinstance(body, UnsupportedBody) for body in nested), line


def test_bodies_sit_where_the_reference_puts_them(
    built: tuple[Profile, DemoResult, list[dict[str, Any]], list[str]],
) -> None:
    _, _, objs, _ = built
    for obj in objs:
        msgtype = obj.get("msgtype")
        if msgtype is None:
            continue
        for key in BODY_KEYS.get(msgtype, (msgtype,)):
            assert key in obj, (key, obj)
        if msgtype in ("chatrecord", "mixed"):
            assert all(isinstance(item["content"], str) for item in obj[msgtype]["item"])
        if msgtype in ("image", "voice", "video", "emotion", "file"):
            assert len(obj[msgtype]["sdkfileid"]) > 100
            assert re.fullmatch(r"[0-9a-f]{32}", obj[msgtype]["md5sum"])


def test_envelopes_are_in_order(built: tuple[Profile, DemoResult, list[dict[str, Any]], list[str]]) -> None:
    _, _, objs, _ = built
    assert [obj["seq"] for obj in objs] == list(range(1, BUILD_SIZE + 1))
    times: list[int] = [obj["msgtime"] if "msgtime" in obj else obj["time"] for obj in objs]
    assert times == sorted(times)
    assert times[0] >= START_MS and times[-1] < END_MS
    versions = [obj["publickey_ver"] for obj in objs]
    assert versions == sorted(versions) and set(versions) == {1, 2}
    assert len({obj["msgid"] for obj in objs}) == BUILD_SIZE
    for obj in objs:
        if obj["action"] == "switch":
            assert set(obj) == {"msgid", "action", "time", "user", "seq", "publickey_ver"}
            continue
        external = any(EXTERNAL_ID.fullmatch(party) for party in (obj["from"], *obj["tolist"]))
        assert obj["msgid"].endswith("_external") == external
        if obj["roomid"]:
            assert obj["from"] not in obj["tolist"]
        else:
            assert len(obj["tolist"]) == 1 and obj["tolist"][0] != obj["from"]


def test_revokes_point_to_earlier_messages_of_the_sender(
    built: tuple[Profile, DemoResult, list[dict[str, Any]], list[str]], archive: Engine
) -> None:
    _, _, objs, _ = built
    seen: dict[str, dict[str, Any]] = {}
    revokes = 0
    for obj in objs:
        if obj.get("msgtype") == "revoke":
            revokes += 1
            assert obj["action"] == "recall"
            target = seen[obj["revoke"]["pre_msgid"]]
            assert conversation_of(target) == conversation_of(obj)
            assert target["from"] == obj["from"]
            assert 0 <= obj["msgtime"] - target["msgtime"] <= 120_000
        seen[obj["msgid"]] = obj
    assert 0.003 < revokes / len(objs) < 0.03
    linked = rows(
        archive,
        "SELECT count(*) FROM messages r JOIN messages t ON t.msgid = r.revokes_msgid "
        "WHERE r.msgtype = 'revoke' AND t.revoked_by_msgid = r.msgid "
        "AND t.conversation_id = r.conversation_id",
    )
    assert linked == [(revokes,)]


def test_archive_counts_names_and_audit(
    built: tuple[Profile, DemoResult, list[dict[str, Any]], list[str]], archive: Engine
) -> None:
    _, result, objs, _ = built
    assert result.messages == BUILD_SIZE and result.duplicates == 0 and not result.cancelled
    conversation_messages = sum(1 for obj in objs if obj["action"] != "switch")
    assert rows(archive, "SELECT sum(message_count) FROM conversations") == [(conversation_messages,)]
    assert rows(archive, "SELECT count(*) FROM messages WHERE conversation_id IS NOT NULL") == [
        (conversation_messages,)
    ]
    assert rows(archive, "SELECT count(*) FROM conversations") == [(result.conversations,)]
    assert rows(
        archive, "SELECT count(*) FROM conversations WHERE kind = 'single' AND member_count != 2"
    ) == [(0,)]
    sizes = rows(
        archive, "SELECT min(member_count), max(member_count) FROM conversations WHERE kind = 'group'"
    )
    assert sizes[0][0] >= 3 and sizes[0][1] <= 200
    assert rows(archive, "SELECT count(*) FROM conversations WHERE kind = 'group' AND title IS NULL") == [
        (0,)
    ]
    unnamed = rows(archive, "SELECT id FROM contacts WHERE display_name IS NULL OR name_source != 'demo'")
    assert unnamed == []
    assert rows(archive, "SELECT count(*) FROM contacts") == [(result.contacts,)]
    assert rows(archive, "SELECT high_water_seq FROM sync_state WHERE corp_id = 'demo-corp'") == [
        (BUILD_SIZE,)
    ]
    audit = rows(archive, "SELECT action, outcome, detail FROM audit_log")
    assert [(action, outcome) for action, outcome, _ in audit] == [("demo_build", "ok")]
    assert json.loads(audit[0][2])["inserted"] == BUILD_SIZE


def test_rebuild_adds_nothing(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "profile")
    assert build_demo(profile, 1_200).messages == 1_200
    again = build_demo(profile, 1_200)
    assert (again.messages, again.duplicates) == (0, 1_200)


def test_cancel_stops_between_batches(tmp_path: Path) -> None:
    cancel = threading.Event()
    result = build_demo(
        Profile(tmp_path / "profile"),
        3 * BATCH_SIZE,
        progress=lambda done, total: cancel.set(),
        cancel=cancel,
    )
    assert result.cancelled
    assert result.messages == BATCH_SIZE
    engine = open_archive(Profile(tmp_path / "profile").database)
    try:
        assert rows(engine, "SELECT count(*) FROM messages") == [(BATCH_SIZE,)]
        assert rows(engine, "SELECT outcome FROM audit_log WHERE action = 'demo_build'") == [("cancelled",)]
        assert rows(engine, "SELECT count(*) FROM contacts WHERE display_name IS NULL") == [(0,)]
    finally:
        engine.dispose()
