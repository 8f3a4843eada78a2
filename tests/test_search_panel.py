"""The search panel: debounced search as you type, filters, highlights, paging, activation, teardown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, create_engine, text

from tests.ime_typing import commit_text
from tests.search_helpers import Sent, brute_force, fresh_archive, write
from wecom_desktop.core.search_text import Snippet
from wecom_desktop.store.search import SearchFilters
from wecom_desktop.store.writer import set_contact_names, set_conversation_titles
from wecom_desktop.ui.message_type_choices import TYPE_CHOICES
from wecom_desktop.ui.search_panel import SearchPanel, ShownSearch
from wecom_desktop.ui.search_result_delegate import SnippetFitter

DAY = 86_400_000
T0 = 1_700_000_000_000
ROOM = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"
GROUP_TITLE = "华东销售项目群"

CORPUS = [
    Sent("a", "这笔合同的回扣怎么算？", T0 + 1 * DAY),
    Sent("b", "私下给你返点，别告诉别人", T0 + 2 * DAY, sender="wangfang"),
    Sent("g", "合同签了😀👍明天发货", T0 + 7 * DAY, roomid=ROOM),
    Sent("h", "电话13800138000，合同编号HT-2024-001", T0 + 8 * DAY, roomid=ROOM, sender="lina"),
    Sent("i", "合同报价单2024版.pdf", T0 + 9 * DAY, msgtype="file"),
    Sent("j", "合同模板下载", T0 + 10 * DAY, msgtype="link"),
    Sent(
        "k",
        "关于上次那份采购合同的补充说明，请大家在本周五之前把意见汇总后发给我，谢谢配合",
        T0 + 11 * DAY,
        sender="wangfang",
        to="zhangwei",
    ),
    Sent("m", "合作愉快", T0 + 12 * DAY),
]
CONTRACT = ["k", "j", "i", "h", "g", "a"]  # messages containing 合同, newest first


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Engine]:
    engine = fresh_archive(tmp_path / "archive")
    write(engine, CORPUS)
    set_contact_names(engine, [("zhangwei", "张伟"), ("lina", "李娜"), ("wangfang", "王芳")], "manual")
    set_conversation_titles(engine, [(ROOM, GROUP_TITLE)])
    yield engine
    engine.dispose()


def open_panel(qtbot: QtBot, engine: Engine) -> SearchPanel:
    panel = SearchPanel(engine)
    qtbot.addWidget(panel)
    panel.resize(420, 640)
    panel.show()  # showing loads the conversations and contacts the filters offer
    qtbot.waitUntil(lambda: panel.filter_bar.conversation_combo.count() > 1 and not panel.choices.running)
    return panel


@pytest.fixture
def panel(qtbot: QtBot, archive: Engine) -> Iterator[SearchPanel]:
    panel = open_panel(qtbot, archive)
    yield panel
    panel.shutdown()


def msgids(panel: SearchPanel) -> list[str]:
    return [hit.msgid for hit in panel.results.hits]


def wait_for_results(qtbot: QtBot, panel: SearchPanel, completed_before: int) -> None:
    qtbot.waitUntil(lambda: panel.completed_count > completed_before)


def message_ids(engine: Engine, msgid: str) -> tuple[int, int]:
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT id, conversation_id FROM messages WHERE msgid = :m"), {"m": msgid}
        ).one()
    return row[0], row[1]


def group_id(engine: Engine) -> int:
    return message_ids(engine, "g")[1]


def test_a_two_character_word_is_searched_after_the_debounce_and_highlighted(
    qtbot: QtBot, panel: SearchPanel, archive: Engine
) -> None:
    commit_text(panel.query_edit, "合同")
    assert panel.timer.isActive() and panel.started_count == 0 and msgids(panel) == []
    wait_for_results(qtbot, panel, 0)
    assert msgids(panel) == CONTRACT == brute_force(archive, "合同")
    assert panel.started_count == 1  # two keystrokes, one search
    for hit in panel.results.hits:
        spans = hit.snippet.highlights
        assert spans and all(hit.snippet.text[begin:end] == "合同" for begin, end in spans)
    assert panel.status_label.text() == "6 条结果"
    first = panel.results.hits[0]
    assert first.conversation_title == "王芳 ↔ 张伟" and first.sender_name == "王芳"


def test_typing_on_discards_the_earlier_searches(qtbot: QtBot, panel: SearchPanel) -> None:
    commit_text(panel.query_edit, "合同模板")
    wait_for_results(qtbot, panel, 0)
    assert msgids(panel) == ["j"] and panel.started_count == 1
    # A search already running when the query changes: only the newest query's hits are shown.
    panel.query_edit.clear()
    commit_text(panel.query_edit, "合")
    panel.run_search()
    commit_text(panel.query_edit, "同")
    panel.run_search()
    wait_for_results(qtbot, panel, 1)
    assert msgids(panel) == CONTRACT
    assert panel.completed_count == 2


def test_the_conversation_filter_narrows_the_hits(qtbot: QtBot, panel: SearchPanel, archive: Engine) -> None:
    commit_text(panel.query_edit, "合同")
    wait_for_results(qtbot, panel, 0)
    group = group_id(archive)
    panel.set_conversation_filter(group)
    wait_for_results(qtbot, panel, 1)
    assert msgids(panel) == ["h", "g"] == brute_force(archive, "合同", SearchFilters(conversation_id=group))
    assert panel.filter_bar.conversation_combo.currentText() == GROUP_TITLE
    combo = panel.filter_bar.conversation_combo
    combo.setCurrentIndex(0)  # 全部会话
    wait_for_results(qtbot, panel, 2)
    assert msgids(panel) == CONTRACT
    combo.setCurrentIndex(combo.findText(GROUP_TITLE))
    wait_for_results(qtbot, panel, 3)
    assert msgids(panel) == ["h", "g"]


def test_the_sender_filter_takes_a_name_or_an_id(qtbot: QtBot, panel: SearchPanel, archive: Engine) -> None:
    commit_text(panel.query_edit, "合同")
    wait_for_results(qtbot, panel, 0)
    sender_edit = panel.filter_bar.sender_combo.lineEdit()
    assert sender_edit is not None
    commit_text(sender_edit, "王芳", per_character=False)
    wait_for_results(qtbot, panel, 1)
    assert msgids(panel) == ["k"] == brute_force(archive, "合同", SearchFilters(sender="wangfang"))
    sender_edit.clear()
    qtbot.keyClicks(sender_edit, "lina")
    wait_for_results(qtbot, panel, 2)
    assert msgids(panel) == ["h"]


def test_the_type_filter_narrows_the_hits(qtbot: QtBot, panel: SearchPanel) -> None:
    commit_text(panel.query_edit, "合同")
    wait_for_results(qtbot, panel, 0)
    names = [name for name, _ in TYPE_CHOICES]
    combo = panel.filter_bar.type_combo
    combo.setCurrentIndex(1 + names.index("文件"))
    wait_for_results(qtbot, panel, 1)
    assert msgids(panel) == ["i"]
    combo.setCurrentIndex(1 + names.index("链接"))
    wait_for_results(qtbot, panel, 2)
    assert msgids(panel) == ["j"]
    combo.setCurrentIndex(1 + names.index("文本"))
    wait_for_results(qtbot, panel, 3)
    assert msgids(panel) == ["k", "h", "g", "a"]


def test_the_date_range_keeps_whole_local_days(qtbot: QtBot, panel: SearchPanel, archive: Engine) -> None:
    commit_text(panel.query_edit, "合同")
    wait_for_results(qtbot, panel, 0)
    bar = panel.filter_bar
    bar.since_edit.setDate(QDateTime.fromMSecsSinceEpoch(T0 + 7 * DAY).date())
    bar.until_edit.setDate(QDateTime.fromMSecsSinceEpoch(T0 + 9 * DAY).date())
    assert msgids(panel) == CONTRACT  # dates count only once the range is switched on
    bar.date_check.setChecked(True)
    wait_for_results(qtbot, panel, 1)
    assert msgids(panel) == ["i", "h", "g"]
    filters = bar.filters()
    assert brute_force(archive, "合同", filters) == ["i", "h", "g"]
    assert filters.until_ms is not None and filters.since_ms is not None
    assert filters.until_ms - filters.since_ms in {3 * DAY - 3_600_000, 3 * DAY, 3 * DAY + 3_600_000}


def test_an_empty_query_lists_nothing_unless_a_filter_is_set(qtbot: QtBot, panel: SearchPanel) -> None:
    commit_text(panel.query_edit, "合同")
    wait_for_results(qtbot, panel, 0)
    panel.query_edit.clear()
    qtbot.waitUntil(lambda: not panel.timer.isActive())
    assert msgids(panel) == [] and panel.started_count == 1
    assert panel.status_label.text() == "输入关键词或选择筛选条件开始搜索"
    panel.filter_bar.type_combo.setCurrentIndex(1 + [name for name, _ in TYPE_CHOICES].index("文件"))
    wait_for_results(qtbot, panel, 1)
    assert msgids(panel) == ["i"]
    panel.filter_bar.reset_button.click()
    qtbot.waitUntil(lambda: not panel.timer.isActive())
    assert msgids(panel) == [] and panel.filter_bar.type_combo.currentIndex() == 0


def test_scrolling_to_the_end_loads_the_next_page(qtbot: QtBot, tmp_path: Path) -> None:
    engine = fresh_archive(tmp_path / "orders")
    write(engine, [Sent(f"o{n}", f"第 {n} 号订单已发货", T0 + n * 60_000) for n in range(130)])
    panel = open_panel(qtbot, engine)
    commit_text(panel.query_edit, "订单")
    wait_for_results(qtbot, panel, 0)
    assert panel.results.rowCount() == 50
    assert panel.status_label.text() == "已加载 50 条，滚动加载更多"
    assert panel.shown_search() == ShownSearch("订单", SearchFilters(), 50, complete=False)
    panel.results_view.scrollToBottom()
    qtbot.waitUntil(lambda: panel.results.rowCount() == 100)
    panel.results_view.scrollToBottom()
    qtbot.waitUntil(lambda: panel.results.rowCount() == 130)
    assert panel.status_label.text() == "130 条结果"
    assert msgids(panel) == brute_force(engine, "订单")
    assert panel.shown_search() == ShownSearch("订单", SearchFilters(), 130, complete=True)
    panel.set_query("")
    qtbot.waitUntil(lambda: panel.results.rowCount() == 0)
    assert panel.shown_search() is None  # nothing listed, nothing to export
    panel.shutdown()
    engine.dispose()


def test_opening_a_hit_reports_its_conversation_and_message(
    qtbot: QtBot, panel: SearchPanel, archive: Engine
) -> None:
    commit_text(panel.query_edit, "合同")
    wait_for_results(qtbot, panel, 0)
    view = panel.results_view
    first = panel.results.index(0)
    with qtbot.waitSignal(panel.result_activated) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(first).center())
    message_id, conversation_id = message_ids(archive, "k")
    assert opened.args == [conversation_id, message_id]
    view.setCurrentIndex(panel.results.index(3))
    with qtbot.waitSignal(panel.result_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    message_id, conversation_id = message_ids(archive, "h")
    assert opened.args == [conversation_id, message_id] and conversation_id == group_id(archive)


def test_a_failing_search_says_why_in_the_status_line(qtbot: QtBot, tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'not-an-archive.sqlite3'}")
    panel = SearchPanel(engine)
    qtbot.addWidget(panel)
    panel.set_query("合同")
    qtbot.waitUntil(lambda: panel.status_label.text().startswith("搜索出错："))
    assert "search_" in panel.status_label.text() and msgids(panel) == []
    panel.shutdown()


def test_snippets_are_cut_to_keep_the_first_match_in_view(qtbot: QtBot, panel: SearchPanel) -> None:
    metrics = QFontMetricsF(panel.font())
    bold_font = panel.font()
    bold_font.setBold(True)
    fitter = SnippetFitter(metrics, QFontMetricsF(bold_font))
    text = "前" * 30 + "合同" + "后" * 30
    fitted = fitter.fit(Snippet(text, ((30, 32),)), metrics.horizontalAdvance("字" * 12))
    assert fitted.text.startswith("…") and fitted.text.endswith("…")
    assert [fitted.text[begin:end] for begin, end in fitted.highlights] == ["合同"]
    short = Snippet("合同签了", ((0, 2),))
    assert fitter.fit(short, 1000) == short


def test_the_panel_paints_and_is_saved_for_review(qtbot: QtBot, panel: SearchPanel) -> None:
    commit_text(panel.query_edit, "合同")
    wait_for_results(qtbot, panel, 0)
    panel.results_view.setCurrentIndex(panel.results.index(1))
    qtbot.waitExposed(panel)
    image = panel.grab().toImage()
    assert not image.isNull()
    image.save("/tmp/search_panel.png")


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = fresh_archive(tmp_path_factory.mktemp("big") / "archive")
    messages = [Sent(f"m{n}", f"关于合同的事情我们同意了，编号 {n}", T0 + n * 1000) for n in range(20_000)]
    write(engine, *[messages[start : start + 1000] for start in range(0, len(messages), 1000)])
    yield engine
    engine.dispose()


def test_destroying_the_panel_during_a_search_neither_crashes_nor_hangs(
    qtbot: QtBot, big_archive: Engine
) -> None:
    panel = SearchPanel(big_archive)
    panel.page_size = 20_000  # one long page: the search is still running when the panel goes
    panel.set_query("合同")
    panel.run_search()
    qtbot.waitUntil(lambda: panel.started_count == 1)
    thread = panel.runner.search_thread
    assert thread is not None
    ended = threading.Event()
    # Set on the search thread itself: a queued delivery would be dropped with the deleted thread object.
    thread.finished.connect(ended.set, Qt.ConnectionType.DirectConnection)
    panel.deleteLater()
    qtbot.waitUntil(ended.is_set, timeout=60_000)
    QApplication.processEvents()


def test_shutdown_during_a_search_stops_the_thread(qtbot: QtBot, big_archive: Engine) -> None:
    panel = SearchPanel(big_archive)
    qtbot.addWidget(panel)
    panel.page_size = 20_000
    panel.set_query("合同 同意")
    panel.run_search()
    qtbot.waitUntil(lambda: panel.started_count == 1)
    thread = panel.runner.search_thread
    assert thread is not None
    panel.shutdown()
    assert thread.isFinished() and panel.runner.search_thread is None
    completed = panel.completed_count
    QApplication.processEvents()
    assert panel.completed_count == completed  # hits arriving after shutdown are dropped
    panel.set_query("编号 19999")  # the panel still works afterwards (a new thread)
    qtbot.waitUntil(lambda: panel.completed_count == completed + 1)
    assert msgids(panel) == ["m19999"]
    panel.shutdown()
