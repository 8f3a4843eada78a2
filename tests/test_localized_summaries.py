"""Stored summaries are Chinese; lists and search hits show them in the reader's language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.search_helpers import Sent, fresh_archive, write
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.queries import list_conversations
from wecom_desktop.store.search import Search, SearchFilters
from wecom_desktop.store.search_results import SearchPager
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.ui.i18n import translate_function

IMAGE = {
    "msgid": "img-1",
    "action": "send",
    "from": "zhangwei",
    "tolist": ["wangfang"],
    "roomid": "",
    "msgtime": 1_700_000_300_000,
    "msgtype": "image",
    "image": {"sdkfileid": "f1", "md5sum": "", "filesize": 2048},
}


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Engine]:
    engine = fresh_archive(tmp_path / "profile")
    write(
        engine,
        [
            Sent("t-1", "明天见", 1_700_000_100_000, to="lina"),
            Sent("f-1", "合同.pdf", 1_700_000_200_000, to="zhaoli", msgtype="file"),
        ],
    )
    ArchiveWriter(engine).write_batch([parse_message(json.dumps(IMAGE))])
    yield engine
    engine.dispose()


def summaries(engine: Engine, language: str) -> set[str]:
    return {row.last_summary for row in list_conversations(engine, translate_function(language))}


def test_the_conversation_list_summarises_in_the_readers_language(archive: Engine) -> None:
    assert summaries(archive, "en") == {"明天见", "[File] 合同.pdf (10 B)", "[Image]"}
    assert summaries(archive, "zh_CN") == {"明天见", "[文件] 合同.pdf (10 B)", "[图片]"}
    assert {row.last_summary for row in list_conversations(archive)} == summaries(archive, "zh_CN")


def test_search_hits_summarise_in_the_readers_language(archive: Engine) -> None:
    english = translate_function("en")
    files = SearchPager(archive, Search(archive, "合同"), english).next_page()
    assert [(hit.msgid, hit.summary, hit.snippet.text) for hit in files] == [
        ("f-1", "[File] 合同.pdf (10 B)", "合同.pdf")
    ]
    images = SearchPager(
        archive, Search(archive, "", SearchFilters(msgtypes=("image",))), english
    ).next_page()
    assert [(hit.msgid, hit.summary, hit.snippet.text) for hit in images] == [("img-1", "[Image]", "[Image]")]
