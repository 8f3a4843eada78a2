"""The conversation list panel: off-thread loading, order, filter, badges, reload, painting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.ime_typing import commit_text
from tests.search_helpers import Sent, fresh_archive, write
from wecom_desktop.store.queries import list_conversations
from wecom_desktop.store.writer import set_contact_names, set_conversation_titles
from wecom_desktop.ui.conversation_list_delegate import ConversationDelegate
from wecom_desktop.ui.conversation_list_model import (
    ConversationIdRole,
    ExternalRole,
    IsGroupRole,
    MemberCountRole,
    MessageCountRole,
    TitleRole,
)
from wecom_desktop.ui.conversation_panel import ConversationPanel
from wecom_desktop.ui.conversation_sort_filter import ConversationOrder
from wecom_desktop.ui.time_labels import short_time

HOUR = 3_600_000
T0 = 1_700_000_000_000
ROOM = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"
CUSTOMER = "wmEAlECwAAHrbWYDOK5u3Af13xlYDDNQ"  # an external contact (32 characters, wm…)

NAMES = [
    ("zhangwei", "张伟"),
    ("lina", "李娜"),
    ("wangfang", "王芳"),
    ("liuyang", "刘洋"),
    ("chenjing", "陈静"),
    (CUSTOMER, "Alice Wang"),
]
GROUP_TITLE = "华东销售项目群"
SALES = "李娜 ↔ 张伟"
CUSTOMER_CHAT = "Alice Wang ↔ 张伟"
OLD_CHAT = "陈静 ↔ 刘洋"

CORPUS = [
    Sent("old0", "早", T0 - 2 * HOUR, sender="liuyang", to="chenjing"),
    Sent("old1", "在吗", T0 - 1 * HOUR, sender="chenjing", to="liuyang"),
    Sent("old", "下午好", T0, sender="liuyang", to="chenjing"),
    Sent("sales1", "下周一开会", T0 + 1 * HOUR, sender="zhangwei", to="lina"),
    Sent("customer1", "报价单已发您邮箱", T0 + 2 * HOUR, sender="zhangwei", to=CUSTOMER),
    Sent("customer2", "收到，谢谢", T0 + 2 * HOUR + 1, sender=CUSTOMER, to="zhangwei"),
    Sent("group1", "项目进度同步一下", T0 + 3 * HOUR, sender="lina", roomid=ROOM, to="wangfang"),
    Sent("group2", "好的，今天下班前发", T0 + 4 * HOUR, sender="wangfang", roomid=ROOM, to="lina"),
]


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Engine]:
    engine = fresh_archive(tmp_path / "archive")
    write(engine, CORPUS)
    set_contact_names(engine, NAMES, "manual")
    set_conversation_titles(engine, [(ROOM, GROUP_TITLE)])
    yield engine
    engine.dispose()


def loaded_panel(qtbot: QtBot, engine: Engine) -> ConversationPanel:
    panel = ConversationPanel(engine)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0 and panel.model.loading  # the read runs on a worker thread
    with qtbot.waitSignal(panel.model.loaded):
        pass
    return panel


@pytest.fixture
def panel(qtbot: QtBot, archive: Engine) -> Iterator[ConversationPanel]:
    panel = loaded_panel(qtbot, archive)
    panel.resize(360, 420)
    panel.show()
    yield panel
    panel.shutdown()


def titles(panel: ConversationPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, 0).data(TitleRole) for row in range(proxy.rowCount())]


def row_of_title(panel: ConversationPanel, title: str) -> QModelIndex:
    proxy = panel.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(TitleRole) == title:
            return proxy.index(row, 0)
    raise AssertionError(f"{title} not listed")


def id_of(panel: ConversationPanel, title: str) -> int:
    value = row_of_title(panel, title).data(ConversationIdRole)
    assert isinstance(value, int)
    return value


def test_every_conversation_is_listed_most_recently_active_first(panel: ConversationPanel) -> None:
    assert titles(panel) == [GROUP_TITLE, CUSTOMER_CHAT, SALES, OLD_CHAT]
    assert panel.count_label.text() == "共 4 个会话"
    group = row_of_title(panel, GROUP_TITLE)
    assert group.data(IsGroupRole) is True
    summary = next(s for s in list_conversations(panel.model.engine) if s.title == GROUP_TITLE)
    assert group.data(MemberCountRole) == summary.member_count == 2
    assert row_of_title(panel, CUSTOMER_CHAT).data(MessageCountRole) == 2


def test_other_orders_by_title_and_by_message_count(panel: ConversationPanel) -> None:
    panel.order_combo.setCurrentIndex(panel.order_combo.findData(ConversationOrder.MESSAGES.value))
    assert titles(panel) == [OLD_CHAT, GROUP_TITLE, CUSTOMER_CHAT, SALES]  # 3, 2, 2, 1 messages
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))  # the interface language sets the collation
        panel.order_combo.setCurrentIndex(panel.order_combo.findData(ConversationOrder.TITLE.value))
        assert titles(panel) == [
            OLD_CHAT,
            GROUP_TITLE,
            SALES,
            CUSTOMER_CHAT,
        ]  # pinyin: chen, hua, li; Latin last
        QLocale.setDefault(QLocale("en_US"))
        panel.order_combo.setCurrentIndex(panel.order_combo.findData(ConversationOrder.MESSAGES.value))
        panel.order_combo.setCurrentIndex(panel.order_combo.findData(ConversationOrder.TITLE.value))
        assert titles(panel)[0] == CUSTOMER_CHAT  # Latin first
        assert set(titles(panel)) == {GROUP_TITLE, CUSTOMER_CHAT, SALES, OLD_CHAT}
    finally:
        QLocale.setDefault(previous)
    panel.order_combo.setCurrentIndex(panel.order_combo.findData(ConversationOrder.ACTIVITY.value))
    assert titles(panel) == [GROUP_TITLE, CUSTOMER_CHAT, SALES, OLD_CHAT]


def test_filter_by_a_chinese_part_of_a_title_and_by_a_member_name(
    qtbot: QtBot, panel: ConversationPanel
) -> None:
    commit_text(panel.filter_edit, "销售")
    assert titles(panel) == [GROUP_TITLE]
    assert panel.count_label.text() == "显示 1 个，共 4 个会话"
    panel.filter_edit.clear()
    commit_text(panel.filter_edit, "王芳")  # a group member, not in the group's title
    assert titles(panel) == [GROUP_TITLE]
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "ALICE")  # case-insensitive
    assert titles(panel) == [CUSTOMER_CHAT]
    panel.filter_edit.clear()
    commit_text(panel.filter_edit, "张伟")
    assert titles(panel) == [CUSTOMER_CHAT, SALES]
    panel.filter_edit.clear()
    assert len(titles(panel)) == 4 and panel.count_label.text() == "共 4 个会话"


def test_only_conversations_with_an_external_contact_carry_the_badge(panel: ConversationPanel) -> None:
    flags = {title: row_of_title(panel, title).data(ExternalRole) for title in titles(panel)}
    assert flags == {GROUP_TITLE: False, CUSTOMER_CHAT: True, SALES: False, OLD_CHAT: False}


def test_picking_a_conversation_reports_it_once(qtbot: QtBot, panel: ConversationPanel) -> None:
    index = row_of_title(panel, SALES)
    with qtbot.waitSignal(panel.conversation_selected) as picked:
        qtbot.mouseClick(
            panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
        )
    assert picked.args == [id_of(panel, SALES)]
    assert panel.current_conversation_id() == id_of(panel, SALES)
    summary = panel.model.conversation(id_of(panel, SALES))
    assert summary is not None and summary.title == SALES
    with qtbot.assertNotEmitted(panel.conversation_selected):
        panel.select_conversation(id_of(panel, SALES))


def test_reload_moves_the_active_conversation_to_the_top_and_keeps_the_selection(
    qtbot: QtBot, panel: ConversationPanel, archive: Engine
) -> None:
    panel.select_conversation(id_of(panel, SALES))
    selected = panel.current_conversation_id()
    write(
        archive,
        [
            Sent("old2", "好久不见", T0 + 10 * HOUR, sender="chenjing", to="liuyang"),
            Sent("new1", "你好", T0 + 5 * HOUR, sender="lina", to="wangfang"),
        ],
    )
    with qtbot.assertNotEmitted(panel.conversation_selected), qtbot.waitSignal(panel.model.loaded):
        panel.reload()
    assert titles(panel) == [OLD_CHAT, "李娜 ↔ 王芳", GROUP_TITLE, CUSTOMER_CHAT, SALES]
    assert panel.current_conversation_id() == selected
    assert panel.view.selectionModel().isSelected(row_of_title(panel, SALES))
    assert panel.count_label.text() == "共 5 个会话"
    assert row_of_title(panel, OLD_CHAT).data(MessageCountRole) == 4


def test_reload_keeps_the_scroll_position(qtbot: QtBot, tmp_path: Path) -> None:
    engine = fresh_archive(tmp_path / "many")
    write(
        engine, [Sent(f"m{n}", f"消息 {n}", T0 + n * HOUR, sender=f"user{n}", to="boss") for n in range(80)]
    )
    panel = loaded_panel(qtbot, engine)
    panel.resize(340, 400)
    panel.show()
    bar = panel.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    assert position > 0
    write(engine, [Sent("late", "最新", T0 + 500 * HOUR, sender="user3", to="boss")])
    with qtbot.waitSignal(panel.model.loaded):
        panel.reload()
    assert bar.value() == position
    assert panel.proxy.index(0, 0).data(TitleRole) == "boss ↔ user3"
    panel.shutdown()
    engine.dispose()


def test_a_selection_asked_for_before_the_list_loads_is_applied_and_reported(
    qtbot: QtBot, archive: Engine
) -> None:
    wanted = next(s.id for s in list_conversations(archive) if s.title == SALES)
    panel = ConversationPanel(archive)
    qtbot.addWidget(panel)
    panel.select_conversation(wanted)
    with qtbot.waitSignal(panel.conversation_selected) as picked:
        pass
    assert picked.args == [wanted]
    assert panel.current_conversation_id() == wanted


def test_selecting_a_conversation_hidden_by_the_filter_clears_the_filter(
    qtbot: QtBot, panel: ConversationPanel
) -> None:
    sales = id_of(panel, SALES)
    commit_text(panel.filter_edit, "销售")
    with qtbot.waitSignal(panel.conversation_selected):
        panel.select_conversation(sales)
    assert panel.filter_edit.text() == "" and panel.current_conversation_id() == sales


def test_time_labels_follow_the_age_of_the_message() -> None:
    now = QDateTime.fromString("2024-06-15T18:30:00", Qt.DateFormat.ISODate)
    today = QDateTime.fromString("2024-06-15T09:05:00", Qt.DateFormat.ISODate).toMSecsSinceEpoch()
    this_year = QDateTime.fromString("2024-02-03T09:05:00", Qt.DateFormat.ISODate).toMSecsSinceEpoch()
    long_ago = QDateTime.fromString("2022-12-31T09:05:00", Qt.DateFormat.ISODate).toMSecsSinceEpoch()
    assert short_time(today, now) == "09:05"
    assert short_time(this_year, now) == "2月3日"
    assert short_time(long_ago, now) == "2022/12/31"
    assert short_time(None, now) == ""


def _dark(palette: QPalette) -> QPalette:
    dark = QPalette(palette)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    return dark


def test_rows_paint_in_light_and_dark_palettes(qtbot: QtBot, panel: ConversationPanel) -> None:
    panel.select_conversation(id_of(panel, CUSTOMER_CHAT))
    panel.resize(360, 420)
    qtbot.waitExposed(panel)
    panel.grab().save("/tmp/conversation_panel.png")
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ConversationDelegate)
    for palette in (panel.palette(), _dark(panel.palette())):
        image = QImage(360, 70 * panel.proxy.rowCount(), QImage.Format.Format_ARGB32)
        image.fill(palette.color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        for row in range(panel.proxy.rowCount()):
            option = QStyleOptionViewItem()
            option.initFrom(panel.view)
            option.palette = palette
            index = panel.proxy.index(row, 0)
            size = delegate.sizeHint(option, index)
            option.rect = QRect(0, row * 70, 360, size.height())
            delegate.paint(painter, option, index)
        painter.end()
        assert image.pixelColor(30, 30) != palette.color(QPalette.ColorRole.Base)  # the avatar is there
    sizes = {delegate.sizeHint(QStyleOptionViewItem(), panel.proxy.index(row, 0)) for row in range(4)}
    assert len(sizes) == 1
