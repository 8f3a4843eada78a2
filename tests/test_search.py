"""Search: exact substring semantics, filters, order, paging, cancel, context, command line."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.search_helpers import Sent, brute_force, found, fresh_archive, message_position, write
from wecom_desktop.cli import main
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.search import Search, SearchCancelled, SearchFilters
from wecom_desktop.store.search_results import SearchPager
from wecom_desktop.store.writer import ArchiveWriter

DAY = 86_400_000
T0 = 1_700_000_000_000
ROOM = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"

CORPUS = [
    Sent("a", "这笔合同的回扣怎么算？", T0 + 1 * DAY),
    Sent("b", "私下给你返点，别告诉别人", T0 + 2 * DAY, sender="wangfang"),
    Sent("c", "Please process the REFUND today", T0 + 3 * DAY),
    Sent("d", "ＲＥＦＵＮＤ已经处理（全角）", T0 + 4 * DAY, sender="wangfang"),
    Sent("e", "回", T0 + 5 * DAY),
    Sent("f", "扣", T0 + 6 * DAY),
    Sent("g", "合同签了😀👍明天发货", T0 + 7 * DAY, roomid=ROOM),
    Sent("h", "电话13800138000，合同编号HT-2024-001", T0 + 8 * DAY, roomid=ROOM, sender="lina"),
    Sent("i", "报价单2024版.pdf", T0 + 9 * DAY, msgtype="file"),
    Sent("j", "合同模板下载", T0 + 10 * DAY, msgtype="link"),
    Sent("k", "hello  world", T0 + 11 * DAY),
    Sent("l", "hello world", T0 + 12 * DAY),
]


@pytest.fixture
def archive(tmp_path: Path) -> Engine:
    engine = fresh_archive(tmp_path / "archive")
    write(engine, CORPUS)
    return engine


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("回", ["e", "a"]),  # one character, as a whole message and inside one
        ("扣", ["f", "a"]),
        ("回扣", ["a"]),  # two characters
        ("返点", ["b"]),
        ("合同", ["j", "h", "g", "a"]),
        ("😀", ["g"]),  # emoji
        ("签了😀", ["g"]),
        ("refund", ["d", "c"]),  # case-insensitive, full-width ≡ half-width
        ("ＲｅＦｕＮｄ", ["d", "c"]),
        ("合同 回扣", ["a"]),  # AND
        ("合同 13800138000", ["h"]),  # mixed Chinese and digits
        ("HT-2024", ["h"]),
        ("0", ["i", "h"]),
        ('"hello world"', ["l"]),  # a phrase matched as written
        ("hello world", ["l", "k"]),  # two words
        ("2024版", ["i"]),  # file names are indexed
        ("模板下载", ["j"]),  # link titles
        ("example.com", ["j"]),  # and link urls
        ("不存在的词", []),
        ("z", []),
    ],
)
def test_results_are_exactly_the_messages_containing_the_query(
    archive: Engine, query: str, expected: list[str]
) -> None:
    assert found(archive, query) == expected
    assert brute_force(archive, query) == expected


def test_every_filter_combines_with_text(archive: Engine) -> None:
    with archive.connect() as connection:
        group = connection.execute(
            text("SELECT id FROM conversations WHERE roomid = :r"), {"r": ROOM}
        ).scalar_one()
    assert found(archive, "合同", SearchFilters(conversation_id=group)) == ["h", "g"]
    assert found(archive, "合同", SearchFilters(sender="lina")) == ["h"]
    assert found(archive, "", SearchFilters(sender="wangfang")) == ["d", "b"]
    assert found(archive, "合同", SearchFilters(msgtypes=("link", "file"))) == ["j"]
    assert found(archive, "", SearchFilters(msgtypes=("link", "file"))) == ["j", "i"]
    window = SearchFilters(since_ms=T0 + 2 * DAY, until_ms=T0 + 8 * DAY)
    assert found(archive, "", window) == ["g", "f", "e", "d", "c", "b"]
    assert found(archive, "合同", window) == ["g"]
    assert found(archive, "合同", SearchFilters(conversation_id=group, until_ms=T0 + 8 * DAY)) == ["g"]


def test_revoked_message_is_found_and_flagged(archive: Engine) -> None:
    revoke = {
        "msgid": "rev",
        "action": "recall",
        "from": "wangfang",
        "tolist": ["lina"],
        "roomid": "",
        "msgtime": T0 + 2 * DAY + 60_000,
        "msgtype": "revoke",
        "revoke": {"pre_msgid": "b"},
    }
    ArchiveWriter(archive).write_batch([parse_message(json.dumps(revoke))])
    hits = SearchPager(archive, Search(archive, "返点")).next_page()
    assert [(hit.msgid, hit.revoked) for hit in hits] == [("b", True)]


def test_message_imported_twice_is_one_hit(archive: Engine) -> None:
    write(archive, CORPUS[:3])
    assert found(archive, "回扣") == ["a"]


def test_order_is_exact_across_out_of_order_imports(tmp_path: Path) -> None:
    engine = fresh_archive(tmp_path / "order")
    recent = [Sent(f"new{i}", f"合同 {i}", T0 + 100 * DAY + i * 60_000) for i in range(30)]
    old = [Sent(f"old{i}", f"合同 {i}", T0 + i * DAY) for i in range(30)]
    # Slightly late messages within a page, as a sync delivers them.
    jitter = [
        Sent(f"late{i}", f"合同 {i}", T0 + 100 * DAY + i * 60_000 - 5 * 60_000) for i in range(0, 30, 3)
    ]
    write(engine, recent[:15], old, recent[15:], jitter)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM search_segments")).scalar_one() >= 2
    assert found(engine, "合同") == brute_force(engine, "合同")
    assert found(engine, "合同", SearchFilters(since_ms=T0 + 10 * DAY)) == brute_force(
        engine, "合同", SearchFilters(since_ms=T0 + 10 * DAY)
    )


def test_pages_continue_where_the_last_ended(archive: Engine) -> None:
    pager = SearchPager(archive, Search(archive, "合同"))
    first, second = pager.next_page(3), pager.next_page(3)
    assert [hit.msgid for hit in first + second] == ["j", "h", "g", "a"]
    assert pager.exhausted
    assert first[0].snippet.marked().startswith("【合同】模板下载 https://example.com")
    assert first[1].conversation_title  # the group's members, as no title is known


def test_cancel_stops_a_running_search(archive: Engine) -> None:
    search = Search(archive, "合同")
    ids = search.message_ids()
    next(ids)
    search.cancel()
    with pytest.raises(SearchCancelled):
        list(ids)


def test_cancel_from_another_thread_before_start(archive: Engine) -> None:
    search = Search(archive, "")
    worker = threading.Thread(target=search.cancel)
    worker.start()
    worker.join()
    with pytest.raises(SearchCancelled):
        list(search.message_ids())


def test_show_in_context_gives_the_position_in_the_conversation(archive: Engine) -> None:
    hit = SearchPager(archive, Search(archive, "13800138000")).next_page()[0]
    conversation_id, position = message_position(archive, hit.message_id)
    assert conversation_id == hit.conversation_id
    assert position == 1  # "g" came first in the group


def test_command_line_json_and_limits(
    archive: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(Path(str(archive.url.database)).parent)
    assert main(["search", "合同", "--data-dir", data_dir, "--json", "--limit", "2"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [hit["msgid"] for hit in hits] == ["j", "h"]
    assert {"msgid", "msgtime", "msgtype", "sender", "conversation", "snippet"} <= set(hits[0])
    assert main(["search", "合同", "--data-dir", data_dir, "--json", "--limit", "0", "--type", "text"]) == 0
    assert [hit["msgid"] for hit in json.loads(capsys.readouterr().out)] == ["h", "g", "a"]
    assert main(["search", "回扣", "--data-dir", data_dir, "--sender", "zhangwei"]) == 0
    assert "【回扣】" in capsys.readouterr().out
    assert main(["search", "x", "--data-dir", data_dir, "--conversation", "wrUNKNOWN"]) == 2


def test_command_line_shows_a_time_no_calendar_holds_as_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = fresh_archive(tmp_path / "archive")
    write(engine, [Sent("far", "时间写成了微秒的合同", T0 * 1000), Sent("near", "普通的合同", T0)])
    data_dir = str(Path(str(engine.url.database)).parent)
    assert main(["search", "合同", "--data-dir", data_dir]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("????-??-?? ??:??:??") and "微秒" in line for line in lines), lines
    assert any("普通的" in line and "????" not in line for line in lines), lines


def test_rebuilding_the_index_gives_the_same_results(archive: Engine) -> None:
    from wecom_desktop.store import search_index

    queries = ["合同", "回", "refund", '"hello world"', "2024版"]
    before = {query: found(archive, query) for query in queries}
    with archive.begin() as connection:
        search_index.rebuild(connection)
    assert {query: found(archive, query) for query in queries} == before


def test_index_folding_table_matches_the_rule_on_every_code_point() -> None:
    from wecom_desktop.core.search_text import _fold, _folded

    every = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert [char for char in every if _folded(char) != _fold(char)] == []
