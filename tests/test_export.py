"""Exports read back with real parsers: JSONL, CSV, .xlsx and HTML, cancel, failures, the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils.escape import unescape
from sqlalchemy import Engine, text

from tests.search_helpers import fresh_archive
from wecom_desktop.core.message import EncryptedRecord
from wecom_desktop.core.parse import parse_message
from wecom_desktop.export import (
    ExportCancelled,
    ExportError,
    ExportResult,
    ExportSelection,
    export_messages,
)
from wecom_desktop.export.document import ExportDocument, local_time
from wecom_desktop.export.labels import LABELS
from wecom_desktop.export.tables import write_xlsx
from wecom_desktop.profile import Profile
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.export_queries import export_source
from wecom_desktop.store.search import Search, SearchFilters
from wecom_desktop.store.writer import ArchiveWriter, set_contact_names, set_conversation_titles

ROOM = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"
ROOM_TITLE = "华东区销售群"
CUSTOMER = "wmEAlECwAAHrbWYDOK5u3Af13xlYDDNQ"
T0 = 1_700_000_000_000
FORMULA = '=HYPERLINK("http://evil.example/x","点我")'
SCRIPT = "<script>alert(1)</script>"
CIPHER_KEY, CIPHER_MSG = "RANDOMKEYCIPHERTEXTxyz", "CHATMSGCIPHERTEXTxyz"
FILLERS = 9


def message(
    msgid: str,
    sender: str,
    msgtime: int,
    msgtype: str = "text",
    roomid: str = ROOM,
    tolist: list[str] | None = None,
    **body: object,
) -> str:
    return json.dumps(
        {
            "msgid": msgid,
            "action": "recall" if msgtype == "revoke" else "send",
            "from": sender,
            "tolist": tolist or [p for p in ("zhangwei", "lina", "wangfang") if p != sender],
            "roomid": roomid,
            "msgtime": msgtime,
            "msgtype": msgtype,
            msgtype: body,
        },
        ensure_ascii=False,
    )


# (msgid, sender, seconds after T0, content) of the group chat, in chronological order
GROUP = [
    ("g01", "zhangwei", 0, "大家好，今天讨论报价"),
    ("g02", "lina", 60, SCRIPT),
    ("g03", "wangfang", 120, FORMULA),
    ("g04", "zhangwei", 180, "第一行\n第二行"),
    ("g05", "lina", 240, "这条会被撤回"),
    *((f"g{6 + i:02d}", "zhangwei", 300 + 60 * i, f"补充消息 {i}") for i in range(FILLERS)),
]
REVOKE = ("r01", "lina", 250)


def build(engine: Engine) -> None:
    writer = ArchiveWriter(engine)
    group = [message(msgid, sender, T0 + s * 1000, content=content) for msgid, sender, s, content in GROUP]
    revoke = message(REVOKE[0], REVOKE[1], T0 + REVOKE[2] * 1000, "revoke", pre_msgid="g05")
    other = message(
        "s01", "zhangwei", T0 + 30_000, roomid="", tolist=[CUSTOMER], content="不应出现在群聊导出中"
    )
    # later messages first: row ids do not follow msgtime
    for batch in (group[5:], [*group[:5], other], [revoke]):
        writer.write_batch([parse_message(raw) for raw in batch])
    writer.write_batch(records=[EncryptedRecord("enc1", 42, 3, CIPHER_KEY, CIPHER_MSG, "no private key v3")])
    set_contact_names(engine, [("zhangwei", "张伟"), ("lina", "李娜"), ("wangfang", "@王芳")], "manual")
    set_conversation_titles(engine, [(ROOM, ROOM_TITLE)])


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = fresh_archive(tmp_path_factory.mktemp("export") / "profile")
    build(engine)
    yield engine
    engine.dispose()


def group_id(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT id FROM conversations WHERE roomid = :r"), {"r": ROOM}
            ).scalar_one()
        )


def row_id(engine: Engine, msgid: str) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(text("SELECT id FROM messages WHERE msgid = :m"), {"m": msgid}).scalar_one()
        )


def chronological_msgids() -> list[str]:
    timed = [(s, msgid) for msgid, _, s, _ in GROUP] + [(REVOKE[2], REVOKE[0])]
    return [msgid for _, msgid in sorted(timed)]


def local_iso(msgtime: int) -> str:
    return dt.datetime.fromtimestamp(msgtime / 1000).astimezone().isoformat(timespec="seconds")


def shown(msgtime: int) -> str:
    return local_iso(msgtime).replace("T", " ")


def last_audit(engine: Engine) -> tuple[str, dict[str, Any]]:
    with engine.connect() as connection:
        outcome, detail = connection.execute(
            text("SELECT outcome, detail FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1")
        ).one()
    return outcome, json.loads(detail)


# -- JSONL --------------------------------------------------------------------------------------


def test_jsonl_keeps_each_stored_json_exactly_in_time_order(archive: Engine, tmp_path: Path) -> None:
    path = tmp_path / "群聊.jsonl"
    result = export_messages(
        archive, ExportSelection(conversation_id=group_id(archive)), "jsonl", path, page_size=4
    )
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert result == ExportResult(len(GROUP) + 1, path) and len(lines) == result.count
    assert [line["msgid"] for line in lines] == chronological_msgids()
    with archive.connect() as connection:
        stored = dict(connection.execute(text("SELECT msgid, body FROM messages")).all())
    for line in lines:
        assert line["body"] == stored[line["msgid"]]
        assert line["conversation"] == ROOM_TITLE and line["roomid"] == ROOM
        assert line["time"] == local_iso(line["msgtime"])
    first = lines[0]
    assert (first["sender"], first["sender_name"], first["msgtype"], first["status"]) == (
        "zhangwei",
        "张伟",
        "text",
        "ok",
    )
    revoked = next(line for line in lines if line["msgid"] == "g05")
    assert revoked["revoked_by_msgid"] == "r01"
    assert (
        json.loads(next(line for line in lines if line["msgid"] == "g03")["body"])["text"]["content"]
        == FORMULA
    )
    assert "不应出现" not in path.read_text(encoding="utf-8")
    umask = os.umask(0o022)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # like any new file, not owner-only


def test_jsonl_of_listed_records_has_the_undecryptable_one_without_its_ciphertext(
    archive: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "listed.jsonl"
    ids = (row_id(archive, "g04"), row_id(archive, "enc1"), row_id(archive, "s01"), row_id(archive, "g01"))
    export_messages(archive, ExportSelection(message_ids=ids), "jsonl", path)
    content = path.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in content.splitlines()]
    # a record without a time comes first, then by time
    assert [line["msgid"] for line in lines] == ["enc1", "g01", "s01", "g04"]
    undecryptable = lines[0]
    assert (undecryptable["status"], undecryptable["problem"], undecryptable["body"]) == (
        "undecryptable",
        "no private key v3",
        None,
    )
    assert (undecryptable["seq"], undecryptable["publickey_ver"], undecryptable["time"]) == (42, 3, None)
    assert "encrypt_random_key" not in content and "encrypt_chat_msg" not in content
    assert CIPHER_KEY not in content and CIPHER_MSG not in content
    assert lines[2]["conversation"] == f"{CUSTOMER} ↔ 张伟"


# -- CSV ----------------------------------------------------------------------------------------


def test_csv_opens_in_excel_with_chinese_and_guards_formulas(archive: Engine, tmp_path: Path) -> None:
    path = tmp_path / "group.csv"
    export_messages(archive, ExportSelection(conversation_id=group_id(archive)), "csv", path, page_size=3)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    labels = LABELS["zh_CN"]
    assert rows[0] == [
        labels[key]
        for key in ("time", "conversation", "sender_id", "sender_name", "type", "text", "msgid", "status")
    ]
    body = {row[6]: row for row in rows[1:]}
    assert [row[6] for row in rows[1:]] == chronological_msgids()
    assert body["g01"] == [
        local_iso(T0),
        ROOM_TITLE,
        "zhangwei",
        "张伟",
        "text",
        "大家好，今天讨论报价",
        "g01",
        "正常",
    ]
    assert body["g03"][5] == "'" + FORMULA
    assert body["g03"][3] == "'@王芳"
    assert body["g02"][5] == SCRIPT
    assert body["g04"][5] == "第一行\n第二行"
    assert body["g05"][7] == "正常; 已撤回"
    assert body["r01"][4] == "revoke" and body["r01"][5] == "[撤回了一条消息]"
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


# -- XLSX ---------------------------------------------------------------------------------------


def test_xlsx_in_english_has_text_cells_only(archive: Engine, tmp_path: Path) -> None:
    path = tmp_path / "group.xlsx"
    export_messages(
        archive, ExportSelection(conversation_id=group_id(archive)), "xlsx", path, language="en", page_size=5
    )
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Messages"]
    sheet = workbook["Messages"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == [
        "Time",
        "Conversation",
        "Sender ID",
        "Sender",
        "Type",
        "Text",
        "Message ID",
        "Status",
    ]
    assert [row[6] for row in values[1:]] == chronological_msgids()
    by_msgid = {row[6]: row for row in values[1:]}
    assert by_msgid["g03"][5] == FORMULA  # a text cell: Excel never evaluates it, so it stays verbatim
    assert by_msgid["g03"][3] == "@王芳"
    assert by_msgid["g04"][5] == "第一行\n第二行"
    assert by_msgid["g05"][7] == "ok; revoked"
    assert by_msgid["g01"][0] == local_iso(T0)
    assert all(cell.data_type == "s" for row in sheet.iter_rows() for cell in row if cell.value is not None)


def test_xlsx_cells_show_each_message_exactly_as_excel_reads_them(tmp_path: Path) -> None:
    texts = {
        "nonchar": "合同金额\uffff确认\ufffe",  # not XML characters: the file would not open
        "crlf": "第一行\r\n第二行\r第三行",
        "escape": "literal _x000D_ and _x0041_",  # Excel would read these as escapes
        "mention": "@所有人 +86 138 0000 0000",
        "emoji": "\U0001f600" * 20_000,  # 20,000 characters, 40,000 UTF-16 units
    }
    engine = fresh_archive(tmp_path / "profile")
    ArchiveWriter(engine).write_batch(
        [
            parse_message(message(msgid, "zhangwei", T0 + i, content=body))
            for i, (msgid, body) in enumerate(texts.items())
        ]
    )
    path = tmp_path / "exact.xlsx"
    export_messages(engine, ExportSelection(conversation_id=group_id(engine)), "xlsx", path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    shown = {row[6]: unescape(row[5]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert shown["nonchar"] == "合同金额\ufffd确认\ufffd"
    assert shown["crlf"] == texts["crlf"]
    assert shown["escape"] == texts["escape"]
    assert shown["mention"] == texts["mention"]
    units = len(shown["emoji"].encode("utf-16-le")) // 2
    assert shown["emoji"].endswith("…") and 32_000 < units <= 32_767
    assert shown["emoji"][:-1] == texts["emoji"][: len(shown["emoji"]) - 1]


def test_a_time_no_calendar_holds_exports_as_its_stored_number(tmp_path: Path) -> None:
    far = 1_700_000_000_000_000  # microseconds, as a tool may have written them
    engine = fresh_archive(tmp_path / "profile")
    ArchiveWriter(engine).write_batch(
        [
            parse_message(message("near", "zhangwei", T0, content="正常的消息")),
            parse_message(message("far", "lina", far, content="时间写成了微秒")),
        ]
    )
    selection = ExportSelection(conversation_id=group_id(engine))
    for fmt in ("jsonl", "csv", "xlsx", "html"):
        assert export_messages(engine, selection, fmt, tmp_path / f"out.{fmt}").count == 2
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"), newline="")))
    assert [(row[0], row[6]) for row in rows[1:]] == [(local_iso(T0), "near"), (str(far), "far")]
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [(line["msgtime"], line["time"]) for line in lines] == [(T0, local_iso(T0)), (far, None)]
    assert str(far) in (tmp_path / "out.html").read_text("utf-8")


def test_long_markdown_mixed_link_and_chat_record_texts_export_whole(tmp_path: Path) -> None:
    clause = "第一条：报价为每件 128 元，含税含运费，交货期为合同签订后 30 日内。\n第二条：争议提交上海仲裁委员会仲裁。"
    forwarded = {
        "type": "ChatRecordText",
        "msgtime": 1,
        "content": json.dumps({"content": clause}, ensure_ascii=False),
    }
    picture = {"md5sum": "m", "filesize": 1, "sdkfileid": "S"}
    mixed = [
        {"type": "text", "content": json.dumps({"content": clause}, ensure_ascii=False)},
        {"type": "image", "content": json.dumps(picture)},
    ]
    raws = [
        message("md", "zhangwei", T0, "markdown", content=clause),
        message("mx", "zhangwei", T0 + 1, "mixed", item=mixed),
        message(
            "ln", "zhangwei", T0 + 2, "link", title="合同", description=clause, link_url="https://e.example/c"
        ),
        message("cr", "zhangwei", T0 + 3, "chatrecord", title="群聊的聊天记录", item=[forwarded]),
    ]
    engine = fresh_archive(tmp_path / "profile")
    ArchiveWriter(engine).write_batch([parse_message(raw) for raw in raws])
    selection = ExportSelection(conversation_id=group_id(engine))
    export_messages(engine, selection, "csv", tmp_path / "out.csv")
    export_messages(engine, selection, "html", tmp_path / "out.html")
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"), newline="")))
    text_of = {row[6]: row[5] for row in rows[1:]}
    assert text_of["md"] == clause
    assert text_of["mx"] == clause + "\n[图片]"
    assert text_of["ln"].startswith("[链接] 合同\n") and clause in text_of["ln"]
    assert text_of["cr"].startswith("[聊天记录] 群聊的聊天记录") and clause in text_of["cr"]
    transcript = Transcript()
    transcript.feed((tmp_path / "out.html").read_text("utf-8"))
    assert all(clause in article["parts"]["text"] for article in transcript.articles)


def test_an_export_may_have_the_longest_name_the_file_system_allows(tmp_path: Path) -> None:
    name = "华东区销售群聊天记录" * 8 + "x" * (255 - 240 - len(".csv")) + ".csv"
    assert len(name.encode("utf-8")) == 255
    engine = fresh_archive(tmp_path / "profile")
    ArchiveWriter(engine).write_batch([parse_message(message("m1", "zhangwei", T0, content="你好"))])
    export_messages(engine, ExportSelection(conversation_id=group_id(engine)), "csv", tmp_path / name)
    assert "你好" in (tmp_path / name).read_text("utf-8-sig")
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(["profile", name])


def test_xlsx_starts_a_new_sheet_at_the_row_limit(archive: Engine, tmp_path: Path) -> None:
    path = tmp_path / "sheets.xlsx"
    with export_source(archive, conversation_id=group_id(archive)) as source, path.open("wb") as stream:
        overview = source.overview()
        document = ExportDocument(
            "t", "zh_CN", LABELS["zh_CN"], lambda _c, s: s, overview, dt.datetime.now().astimezone(), False
        )
        count = write_xlsx(stream, iter(source.page(None, 100)), document, sheet_rows=6)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["消息", "消息 2", "消息 3"]
    msgids = [
        row[6]
        for name in workbook.sheetnames
        for row in workbook[name].iter_rows(min_row=2, values_only=True)
    ]
    assert count == len(GROUP) + 1 and msgids == chronological_msgids()
    assert [workbook[name].max_row for name in workbook.sheetnames] == [7, 7, 4]


# -- HTML ---------------------------------------------------------------------------------------


class Transcript(HTMLParser):
    """What a reader of the transcript sees (per message: text by element class), every tag and link."""

    VOID = frozenset({"meta", "link", "br", "img", "hr", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.articles: list[dict[str, Any]] = []
        self.header: list[str] = []
        self.lang = ""
        self._open: list[str] = []  # first class (or tag name) of each open element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attributes = dict(attrs)
        self.links += [value or "" for name, value in attrs if name in ("src", "href")]
        if tag == "html":
            self.lang = attributes.get("lang") or ""
        if tag == "article":
            self.articles.append({"id": attributes["id"], "class": attributes["class"], "parts": {}})
        if tag not in self.VOID:
            self._open.append((attributes.get("class") or tag).split()[0])

    def handle_endtag(self, tag: str) -> None:
        self._open.pop()

    def handle_data(self, data: str) -> None:
        if "message" in self._open:
            parts = self.articles[-1]["parts"]
            parts[self._open[-1]] = parts.get(self._open[-1], "") + data
        elif "facts" in self._open or self._open[-1:] == ["h1"]:
            self.header.append(data)


def test_html_transcript_is_escaped_printable_and_in_order(archive: Engine, tmp_path: Path) -> None:
    path = tmp_path / "group.html"
    export_messages(archive, ExportSelection(conversation_id=group_id(archive)), "html", path, page_size=4)
    parser = Transcript()
    parser.feed(path.read_text(encoding="utf-8"))
    assert "script" not in parser.tags and parser.links == []
    assert parser.lang == "zh-CN"
    header = "".join(parser.header)
    assert ROOM_TITLE in header and "消息数" in header and str(len(GROUP) + 1) in header
    last = T0 + (300 + 60 * (FILLERS - 1)) * 1000
    assert f"{shown(T0)} – {shown(last)}" in header
    articles = parser.articles
    assert [article["id"] for article in articles] == [f"m-{msgid}" for msgid in chronological_msgids()]
    by_id = {article["id"]: article for article in articles}
    assert by_id["m-g02"]["parts"]["text"] == SCRIPT
    assert by_id["m-g04"]["parts"]["text"] == "第一行\n第二行"
    assert by_id["m-g01"]["parts"]["sender"] == "张伟"
    assert by_id["m-g01"]["parts"]["time"] == shown(T0)
    assert "revoked" in by_id["m-g05"]["class"].split() and by_id["m-g05"]["parts"]["mark"] == "已撤回"
    assert "revoked" not in by_id["m-g04"]["class"].split()


def test_html_of_search_results_marks_the_undecryptable_record(archive: Engine, tmp_path: Path) -> None:
    path = tmp_path / "hits.html"
    found = tuple(Search(archive, "消息", SearchFilters()).message_ids())
    selection = ExportSelection(message_ids=(*found, row_id(archive, "enc1")), title="搜索结果 “消息”")
    result = export_messages(archive, selection, "html", path, language="en")
    parser = Transcript()
    parser.feed(path.read_text(encoding="utf-8"))
    assert result.count == FILLERS + 1 and len(parser.articles) == FILLERS + 1
    assert "搜索结果 “消息”" in "".join(parser.header) and parser.lang == "en"
    first = parser.articles[0]
    assert first["id"] == "m-enc1" and "undecryptable" in first["class"].split()
    assert first["parts"]["mark"] == "undecryptable" and "no private key v3" in first["parts"]["text"]
    assert [article["id"] for article in parser.articles[1:]] == [f"m-g{6 + i:02d}" for i in range(FILLERS)]
    assert all(article["parts"]["conversation"] == f"[{ROOM_TITLE}]" for article in parser.articles[1:])
    assert CIPHER_KEY not in path.read_text(encoding="utf-8")


# -- selection, pages, progress, audit ------------------------------------------------------------


def test_time_range_pages_and_progress(archive: Engine, tmp_path: Path) -> None:
    path = tmp_path / "range.jsonl"
    reports: list[tuple[int, int]] = []
    selection = ExportSelection(
        conversation_id=group_id(archive), since_ms=T0 + 60_000, until_ms=T0 + (300 + 60 * 4) * 1000
    )
    result = export_messages(
        archive,
        selection,
        "jsonl",
        path,
        progress=lambda done, total: reports.append((done, total)),
        page_size=2,
    )
    msgids = [json.loads(line)["msgid"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert msgids == ["g02", "g03", "g04", "g05", "r01", "g06", "g07", "g08", "g09"]
    assert result.count == 9
    assert reports == [(0, 9), (2, 9), (4, 9), (6, 9), (8, 9), (9, 9)]
    outcome, detail = last_audit(archive)
    assert outcome == "ok"
    assert detail == {
        "format": "jsonl",
        "destination": "range.jsonl",
        "language": "zh_CN",
        "conversation_id": group_id(archive),
        "since_ms": selection.since_ms,
        "until_ms": selection.until_ms,
        "count": 9,
    }


def test_a_selection_is_a_conversation_or_a_list() -> None:
    with pytest.raises(ValueError):
        ExportSelection()
    with pytest.raises(ValueError):
        ExportSelection(conversation_id=1, message_ids=(1,))
    with pytest.raises(ValueError):
        ExportSelection(message_ids=(1,), since_ms=0)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx", "html"])
def test_cancel_midway_leaves_no_file(archive: Engine, tmp_path: Path, fmt: str) -> None:
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 3:
            cancel.set()

    spreadsheet_buffers = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    with pytest.raises(ExportCancelled):
        export_messages(
            archive,
            ExportSelection(conversation_id=group_id(archive)),
            fmt,
            tmp_path / f"x.{fmt}",
            progress=progress,
            cancel=cancel,
            page_size=3,
        )
    assert seen == [0, 3]
    assert list(tmp_path.iterdir()) == []
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= spreadsheet_buffers
    assert last_audit(archive)[0] == "cancelled"


def test_missing_folder_is_a_clear_error(archive: Engine, tmp_path: Path) -> None:
    destination = tmp_path / "没有这个文件夹" / "out.csv"
    with pytest.raises(ExportError) as caught:
        export_messages(archive, ExportSelection(conversation_id=group_id(archive)), "csv", destination)
    assert caught.value.os_errno == errno.ENOENT
    assert "文件夹不存在" in caught.value.message_zh and "does not exist" in caught.value.message_en
    assert str(destination) in caught.value.message_en
    outcome, detail = last_audit(archive)
    assert outcome == "failed" and "does not exist" in detail["error"]
    assert list(tmp_path.iterdir()) == []


def test_folder_that_is_a_file_is_a_clear_error(archive: Engine, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportError) as caught:
        export_messages(
            archive, ExportSelection(conversation_id=group_id(archive)), "html", blocker / "out.html"
        )
    assert caught.value.os_errno == errno.ENOTDIR
    assert list(tmp_path.iterdir()) == [blocker]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_a_clear_error(archive: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o555)
    with pytest.raises(ExportError) as caught:
        export_messages(
            archive, ExportSelection(conversation_id=group_id(archive)), "csv", folder / "out.csv"
        )
    assert caught.value.os_errno == errno.EACCES and "没有写入权限" in caught.value.message_zh


def test_times_are_local_with_their_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert local_time(T0) == "2023-11-15T06:13:20+08:00"
        assert local_time(None) == ""
    finally:
        monkeypatch.undo()
        time.tzset()


def test_full_disk_message_says_so() -> None:
    error = ExportError.writing(Path("/mnt/u盘/导出.xlsx"), OSError(errno.ENOSPC, "No space left on device"))
    assert "磁盘空间不足" in error.message_zh and "剩余空间" in error.message_zh
    assert "the disk is full" in error.message_en and "free" in error.message_en
    assert error.os_errno == errno.ENOSPC


def test_a_write_failing_midway_leaves_nothing(tmp_path: Path) -> None:
    """A real write error half-way (file size limit: EFBIG, like a full disk) removes the partial file."""
    engine = fresh_archive(tmp_path / "profile")
    long_text = "证据" * 400
    ArchiveWriter(engine).write_batch(
        [parse_message(message(f"big{i:03d}", "zhangwei", T0 + i, content=long_text)) for i in range(200)]
    )
    engine.dispose()  # the WAL is folded into the database: the export below only appends to a new one
    engine = open_archive(tmp_path / "profile" / "archive.sqlite3")
    out = tmp_path / "out"
    out.mkdir()
    limit = 96 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    try:
        # CPython ignores SIGXFSZ, so writes past the limit fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        with pytest.raises(ExportError) as caught:
            export_messages(
                engine, ExportSelection(conversation_id=1), "jsonl", out / "big.jsonl", page_size=50
            )
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert caught.value.os_errno == errno.EFBIG
    assert list(out.iterdir()) == []
    assert last_audit(engine)[0] == "failed"
    engine.dispose()


def test_export_loads_no_qt_keyring_or_ctypes() -> None:
    probe = (
        "import sys, wecom_desktop.export, wecom_desktop.cli_export\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'keyring', 'ctypes'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.strip() == ""


# -- command line -------------------------------------------------------------------------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wecom_desktop", "export", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def profile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    profile = Profile(tmp_path_factory.mktemp("cli") / "profile").create()
    engine = open_archive(profile.database)
    build(engine)
    engine.dispose()
    return profile.root


def test_cli_exports_a_conversation_named_by_its_title(profile_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "群聊.csv"
    done = cli(
        "--data-dir",
        str(profile_dir),
        "--conversation",
        ROOM_TITLE,
        "--format",
        "csv",
        "--lang",
        "en",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"exported {len(GROUP) + 1} messages to {out}"
    assert f"{len(GROUP) + 1}/{len(GROUP) + 1} messages" in done.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0][0] == "Time" and [row[6] for row in rows[1:]] == chronological_msgids()
    assert rows[1 + chronological_msgids().index("g03")][5] == "'" + FORMULA
    again = cli("--data-dir", str(profile_dir), "--conversation", ROOM, "--format", "csv", "-o", str(out))
    assert again.returncode == 2 and "not overwritten" in again.stderr
    forced = cli(
        "--data-dir", str(profile_dir), "--conversation", ROOM, "--format", "csv", "-o", str(out), "--force"
    )
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("时间,")


def test_cli_exports_search_results_in_a_day_range(profile_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "hits.jsonl"
    day = dt.datetime.fromtimestamp(T0 / 1000).date()
    done = cli(
        "--data-dir", str(profile_dir), "--conversation", str(group_id_in(profile_dir)), "--query", "补充",
        "--since", day.isoformat(), "--until", day.isoformat(), "--format", "jsonl", "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = [
        msgid
        for msgid, _, seconds, _ in GROUP[5:]
        if dt.datetime.fromtimestamp(T0 / 1000 + seconds).date() == day
    ]
    assert [line["msgid"] for line in lines] == expected and len(expected) >= 1


def group_id_in(profile_dir: Path) -> int:
    engine = open_archive(profile_dir / "archive.sqlite3")
    try:
        return group_id(engine)
    finally:
        engine.dispose()


def test_cli_refuses_what_it_cannot_find(profile_dir: Path, tmp_path: Path) -> None:
    missing = cli(
        "--data-dir",
        str(profile_dir),
        "--conversation",
        "没有的群",
        "--format",
        "html",
        "-o",
        str(tmp_path / "x.html"),
    )
    assert missing.returncode == 2 and "no conversation" in missing.stderr
    nothing = cli("--data-dir", str(profile_dir), "--format", "html", "-o", str(tmp_path / "x.html"))
    assert nothing.returncode == 2 and "--conversation" in nothing.stderr
    folder = cli(
        "--data-dir",
        str(profile_dir),
        "--conversation",
        ROOM,
        "--format",
        "xlsx",
        "-o",
        str(tmp_path / "no" / "x.xlsx"),
    )
    assert folder.returncode == 1 and "does not exist" in folder.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_help_describes_every_option() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "wecom_desktop", "export", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    for expected in (
        "--conversation",
        "--query",
        "--since",
        "--until",
        "--format",
        "--lang",
        "--output",
        "--force",
        "--data-dir",
    ):
        assert expected in out
