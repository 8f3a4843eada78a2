"""The threaded message view over a real archive: paging, keeping the place, every message type,
clicks, the context menu and the raw JSON dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from tests.big_conversation import (
    BIG_MESSAGES,
    LINK_TEXT_MSGID,
    LINK_URL,
    REVOKED_MSGID,
    TYPE_SAMPLES,
    UNDECRYPTABLE_MSGID,
    UNSUPPORTED_MSGID,
    BigArchive,
    big_archive_fixture,  # noqa: F401 - fixtures
    big_archive_template_fixture,  # noqa: F401
    big_msgid,
    big_msgtime,
    mark_media_downloaded,
)
from tests.search_helpers import message_position
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store import message_pages
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.ui.message_view import model as model_module
from wecom_desktop.ui.message_view.blocks import CardBlock, PictureBlock, RecordBlock, TextBlock
from wecom_desktop.ui.message_view.items import ItemKind, MessageItem
from wecom_desktop.ui.message_view.model import PAGE_SIZE, HighlightRole, MessageItemRole
from wecom_desktop.ui.message_view.raw_json_dialog import RawJsonDialog, pretty_json
from wecom_desktop.ui.message_view.row_layout import text_document
from wecom_desktop.ui.message_view.view import MessageView

Archive = tuple[BigArchive, Engine]


@pytest.fixture(autouse=True)
def chinese_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def view(qtbot: QtBot, big_archive: Archive, tmp_path: Path) -> Iterator[MessageView]:
    _, engine = big_archive
    view = MessageView(engine, tmp_path / "media")
    qtbot.addWidget(view)
    view.resize(820, 640)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.shutdown()


def open_and_wait(qtbot: QtBot, view: MessageView, conversation_id: int) -> None:
    with qtbot.waitSignal(view.first_page_shown, timeout=20_000) as shown:
        view.open_conversation(conversation_id)
    assert shown.args == [conversation_id]


def message_id(engine: Engine, msgid: str) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(text("SELECT id FROM messages WHERE msgid = :m"), {"m": msgid}).scalar_one()
        )


def row_of_msgid(view: MessageView, msgid: str) -> int:
    rows = [row for row in range(view.model.rowCount()) if view.model.item(row).msgid == msgid]
    assert rows, f"{msgid} is not in the window"
    return rows[0]


def item_of(view: MessageView, msgid: str) -> MessageItem:
    return view.model.item(row_of_msgid(view, msgid))


def top_visible(view: MessageView) -> tuple[str, int]:
    index = view.list.indexAt(QPoint(1, 1))
    assert index.isValid()
    return index.data(MessageItemRole).msgid, view.list.visualRect(index).bottom()


def bottom_of(view: MessageView, msgid: str) -> int:
    return view.list.visualRect(view.model.index(row_of_msgid(view, msgid))).bottom()


def loader_idle(qtbot: QtBot, view: MessageView) -> None:
    """Wait until every request queued before now has been answered (the loader is FIFO)."""
    with qtbot.waitSignal(view.loader.raw_json_loaded, timeout=20_000):
        view.loader.request_raw_json(0)


def scroll_into_view(qtbot: QtBot, view: MessageView, msgid: str) -> QRect:
    index = view.model.index(row_of_msgid(view, msgid))
    view.list.scrollTo(index)
    qtbot.wait(0)
    return view.list.visualRect(index)


# -- the store's pages --------------------------------------------------------------------------


def test_pages_follow_the_conversation_order_with_undated_messages_first(tmp_path: Path) -> None:
    engine = open_archive(tmp_path / "archive.sqlite3")
    lines = []
    for index in range(23):
        moment = None if index % 5 == 0 else 1_700_000_000_000 + (index // 3) * 1000  # ties and gaps
        obj = {
            "msgid": f"m{index}",
            "action": "send",
            "from": "zhangwei",
            "tolist": ["lina"],
            "roomid": "",
            "msgtime": moment,
            "msgtype": "text",
            "text": {"content": f"消息 {index}"},
        }
        lines.append(parse_message(json.dumps(obj, ensure_ascii=False)))
    ArchiveWriter(engine).write_batch(lines)
    with engine.connect() as connection:
        conversation = connection.execute(text("SELECT id FROM conversations")).scalar_one()
        ids = [row[0] for row in connection.execute(text("SELECT id FROM messages"))]
    expected = sorted(ids, key=lambda i: message_position(engine, i)[1])
    forward = message_pages.oldest(engine, conversation, 4)
    while True:
        page = message_pages.newer_than(engine, conversation, forward[-1].anchor, 4)
        if not page:
            break
        forward += page
    backward = message_pages.newest(engine, conversation, 4)
    while True:
        page = message_pages.older_than(engine, conversation, backward[0].anchor, 4)
        if not page:
            break
        backward = page + backward
    assert [m.id for m in forward] == expected
    assert [m.id for m in backward] == expected
    middle = expected[11]
    around = message_pages.around(engine, conversation, middle, 7)
    assert [m.id for m in around] == expected[8:15]
    assert message_pages.around(engine, conversation + 1, middle, 7) == []
    engine.dispose()


def test_a_page_carries_names_revokes_and_media(big_archive: Archive) -> None:
    archive, engine = big_archive
    page = {m.msgid: m for m in message_pages.newest(engine, archive.types_id, 100)}
    assert page["types-text"].sender_name and page["types-file"].media[0].kind == "file"
    revoked = page[REVOKED_MSGID]
    assert revoked.revoked_by_msgid == "types-revoke"
    assert revoked.revoke_msgtime == page["types-revoke"].msgtime
    assert page[UNDECRYPTABLE_MSGID].body is None and page[UNDECRYPTABLE_MSGID].status == "undecryptable"
    assert message_pages.message_raw_json(engine, page["types-text"].id) == page["types-text"].body


# -- opening, paging and keeping the place ------------------------------------------------------


def test_opening_the_big_conversation_shows_the_newest_at_the_bottom(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.big_id)
    loader_idle(qtbot, view)
    model = view.model
    assert model.rowCount() <= 2 * PAGE_SIZE  # a page or two, never the conversation
    assert model.item(model.rowCount() - 1).msgid == big_msgid(BIG_MESSAGES - 1)
    assert model.at_newest and not model.at_oldest
    bar = view.list.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    last = view.list.visualRect(model.index(model.rowCount() - 1))
    assert view.list.viewport().rect().contains(last.bottomLeft() - QPoint(0, 8))
    assert view.current_conversation_id == archive.big_id
    view.resize(520, 640)  # narrower: every row grows taller, the view stays at the end
    qtbot.waitUntil(lambda: view.delegate.set_width(view.list.viewport().width()) is False)
    last = view.list.visualRect(model.index(model.rowCount() - 1))
    assert bar.value() == bar.maximum()
    assert view.list.viewport().rect().contains(last.bottomLeft() - QPoint(0, 8))


def test_scrolling_to_the_top_prepends_older_pages_without_moving_the_content(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.big_id)
    loader_idle(qtbot, view)
    bar = view.list.verticalScrollBar()
    for _ in range(4):
        before = view.model.rowCount()
        oldest_before = view.model.item(0).msgid
        bar.setValue(bar.minimum())  # asks for the older page; it arrives through the event loop
        anchor, anchor_bottom = top_visible(view)
        qtbot.waitUntil(lambda before=before: view.model.rowCount() > before, timeout=20_000)
        assert view.model.item(0).msgid < oldest_before
        assert abs(bottom_of(view, anchor) - anchor_bottom) <= 2  # its bubble did not move
        assert view.list.visualRect(view.model.index(row_of_msgid(view, anchor))).intersects(
            view.list.viewport().rect()
        )
        assert bar.value() > 0
    assert view.model.rowCount() <= 6 * PAGE_SIZE


def test_home_jumps_to_the_first_message_and_the_window_grows_downwards(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.big_id)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.at_oldest and view.model.item(0).msgid == big_msgid(0), timeout=20_000)
    loader_idle(qtbot, view)
    assert view.list.verticalScrollBar().value() == 0
    assert top_visible(view)[0] == big_msgid(0)
    assert not view.model.at_newest
    before = view.model.rowCount()
    bar = view.list.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.model.rowCount() > before, timeout=20_000)
    assert view.model.item(0).msgid == big_msgid(0)
    assert view.model.item(view.model.rowCount() - 1).msgid == big_msgid(view.model.rowCount() - 1)
    qtbot.keyClick(view.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.model.at_newest and view.at_bottom(), timeout=20_000)
    assert view.model.item(view.model.rowCount() - 1).msgid == big_msgid(BIG_MESSAGES - 1)


def test_show_message_opens_around_a_middle_message_and_highlights_it(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, engine = big_archive
    open_and_wait(qtbot, view, archive.small_id)
    target = message_id(engine, big_msgid(50_000))
    with qtbot.waitSignal(view.first_page_shown, timeout=20_000):
        view.show_message(archive.big_id, target)
    model = view.model
    row = row_of_msgid(view, big_msgid(50_000))
    assert model.rowCount() <= PAGE_SIZE + 1 and not model.at_oldest and not model.at_newest
    assert all(model.item(r).msgid.startswith("big-") for r in range(model.rowCount()))
    assert model.index(row).data(HighlightRole) and model.highlighted == target
    assert sum(bool(model.index(r).data(HighlightRole)) for r in range(model.rowCount())) == 1
    assert view.list.currentIndex().row() == row
    rect = view.list.visualRect(model.index(row))
    assert rect.intersects(view.list.viewport().rect())
    assert abs(rect.center().y() - view.list.viewport().rect().center().y()) <= rect.height()
    view.jump_to_newest()
    assert model.highlighted is None  # a jump clears the highlight


def test_refresh_after_new_messages_follows_the_bottom(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, engine = big_archive
    open_and_wait(qtbot, view, archive.big_id)
    loader_idle(qtbot, view)
    template = json.loads(
        message_pages.newest(engine, archive.big_id, 1)[0].body or "{}"
    )  # the same room and parties
    template.update(
        msgid="big-new", msgtime=big_msgtime(BIG_MESSAGES + 5), text={"content": "同步后到达的新消息"}
    )
    ArchiveWriter(engine).write_batch([parse_message(json.dumps(template, ensure_ascii=False))])
    with qtbot.waitSignal(view.model.window_changed, timeout=20_000):
        view.refresh()
    assert view.model.item(view.model.rowCount() - 1).msgid == "big-new"
    assert view.at_bottom()


def test_refresh_in_the_middle_keeps_the_message_at_the_top_in_place(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.big_id)
    loader_idle(qtbot, view)
    bar = view.list.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    loader_idle(qtbot, view)
    anchor, anchor_bottom = top_visible(view)
    with qtbot.waitSignal(view.model.window_changed, timeout=20_000):
        view.refresh()
    assert abs(bottom_of(view, anchor) - anchor_bottom) <= 2


def test_a_page_of_the_conversation_left_behind_never_shows(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    seen: list[str] = []

    def record() -> None:
        seen.extend(view.model.item(row).msgid for row in range(view.model.rowCount()))

    view.model.modelReset.connect(record)
    view.model.rowsInserted.connect(record)
    view.open_conversation(archive.big_id)  # its first page is being read…
    with qtbot.waitSignal(view.first_page_shown, timeout=20_000) as shown:
        view.open_conversation(archive.small_id)  # …when the user picks another conversation
    loader_idle(qtbot, view)  # the big conversation's page has been read and delivered by now
    assert shown.args == [archive.small_id]
    assert seen and not [msgid for msgid in seen if not msgid.startswith("small-")]
    assert [view.model.item(row).msgid for row in range(view.model.rowCount())] == [
        f"small-{i}" for i in range(5)
    ]


# -- every message type --------------------------------------------------------------------------


def _signature(item: MessageItem) -> tuple[object, ...]:
    parts: list[object] = [item.kind, item.line.split(" ", 1)[-1]]
    for block in item.blocks:
        if isinstance(block, CardBlock):
            parts.append((block.icon, block.caption))
        elif isinstance(block, TextBlock):
            parts.append(("text", block.markdown))
        elif isinstance(block, PictureBlock):
            parts.append(("picture", block.placeholder))
        else:
            parts.append(type(block).__name__)
    return tuple(parts)


def test_every_message_type_has_its_own_rendering_and_paints(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.types_id)
    model = view.model
    items = [model.item(row) for row in range(model.rowCount())]
    by_type: dict[str, set[tuple[object, ...]]] = {}
    for row, item in enumerate(items):
        index = model.index(row)
        hint = view.delegate.sizeHint(view.list.option_for(index), index)
        assert hint.width() > 0 and hint.height() >= 30, item.msgid
        if item.msgid.startswith("types-") and item.msgid[6:] in TYPE_SAMPLES:
            by_type.setdefault(item.msgtype, set()).add(_signature(item))
    assert len(by_type) == len(
        {name.split("_")[0] if name.startswith("vote") else name for name in TYPE_SAMPLES}
    )
    signatures = [signature for group in by_type.values() for signature in group]
    assert len(signatures) == len(set(signatures)), "two message types look the same"
    assert item_of(view, "types-agree").kind is ItemKind.SYSTEM
    assert isinstance(item_of(view, "types-image").blocks[0], PictureBlock)
    assert isinstance(item_of(view, "types-chatrecord").blocks[0], RecordBlock)
    voice = item_of(view, "types-voice").blocks[0]
    assert isinstance(voice, CardBlock) and "10秒" in voice.title
    file = item_of(view, "types-file").blocks[0]
    assert (
        isinstance(file, CardBlock)
        and file.title == "2024年度服务合同（终版）.pdf"
        and file.lines == ("1.2 MB",)
    )
    bar = view.list.verticalScrollBar()
    frames = 0
    for value in range(0, bar.maximum() + view.list.viewport().height(), view.list.viewport().height()):
        bar.setValue(min(value, bar.maximum()))
        image = view.grab().toImage()
        assert not image.isNull()
        frames += 1
    assert frames >= 3
    bar.setValue(bar.maximum())
    view.grab().save("/tmp/message_view.png")


def test_revoked_and_undecryptable_messages_say_what_happened(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.types_id)
    revoked = item_of(view, REVOKED_MSGID)
    revoke = item_of(view, "types-revoke")
    assert revoked.revoked and revoked.revoked_text.startswith("撤回于 ")
    assert revoke.msgtime is not None and revoke.time_text in revoked.revoked_text
    assert revoke.kind is ItemKind.SYSTEM and revoke.line == "张伟 撤回了一条消息"
    index = view.model.index(row_of_msgid(view, REVOKED_MSGID))
    _, layout = view.delegate.layout_for(view.list.option_for(index), index)
    assert (
        layout.revoked is not None
        and layout.bubble is not None
        and layout.revoked.top() > layout.bubble.bottom()
    )
    blocked = item_of(view, UNDECRYPTABLE_MSGID)
    assert blocked.kind is ItemKind.WARNING and "缺少版本 3 的私钥" in blocked.line
    unsupported = item_of(view, UNSUPPORTED_MSGID)
    assert "接龙报名" in unsupported.copy_text
    assert (
        "无法完整显示：未知的消息类型“solitaire”" in unsupported.copy_text
    )  # the stored problem, in Chinese


# -- clicks ---------------------------------------------------------------------------------------


def _link_point(view: MessageView, msgid: str, url: str) -> QPoint:
    index = view.model.index(row_of_msgid(view, msgid))
    _, layout = view.delegate.layout_for(view.list.option_for(index), index)
    placed = next(block for block in layout.blocks if block.document is not None)
    assert placed.document is not None
    cursor = placed.document.find(url)
    assert not cursor.isNull()
    start = cursor.selectionStart() + 5
    block = placed.document.findBlock(start)
    line = block.layout().lineForTextPosition(start - block.position())
    x = line.cursorToX(start - block.position())[0]
    y = placed.document.documentLayout().blockBoundingRect(block).top() + line.y() + line.height() / 2
    return view.list.visualRect(index).topLeft() + placed.rect.topLeft() + QPoint(round(x), round(y))


def test_clicking_links_emits_link_activated(
    qtbot: QtBot, view: MessageView, big_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, _ = big_archive
    opened: list[QUrl] = []
    monkeypatch.setattr(view, "open_external", opened.append)
    open_and_wait(qtbot, view, archive.types_id)
    scroll_into_view(qtbot, view, LINK_TEXT_MSGID)
    with qtbot.waitSignal(view.delegate.link_activated) as clicked:
        qtbot.mouseClick(
            view.list.viewport(), Qt.MouseButton.LeftButton, pos=_link_point(view, LINK_TEXT_MSGID, LINK_URL)
        )
    assert clicked.args == [QUrl(LINK_URL)]
    assert opened == [QUrl(LINK_URL)]
    rect = scroll_into_view(qtbot, view, "types-link")
    index = view.model.index(row_of_msgid(view, "types-link"))
    _, layout = view.delegate.layout_for(view.list.option_for(index), index)
    card = rect.topLeft() + layout.blocks[0].rect.center()
    with qtbot.waitSignal(view.delegate.link_activated) as clicked:
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=card)
    assert clicked.args == [QUrl("https://developer.work.weixin.qq.com/document/path/91774")]


def test_clicking_a_chat_record_toggles_its_items(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.types_id)
    rect = scroll_into_view(qtbot, view, "types-chatrecord")
    collapsed = rect.height()
    index = view.model.index(row_of_msgid(view, "types-chatrecord"))
    _, layout = view.delegate.layout_for(view.list.option_for(index), index)
    record = layout.blocks[0]
    assert record.toggles and record.entries_shown == 3
    qtbot.mouseClick(
        view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + record.rect.center()
    )
    qtbot.waitUntil(lambda: view.list.visualRect(index).height() > collapsed)
    _, expanded = view.delegate.layout_for(view.list.option_for(index), index)
    assert expanded.blocks[0].entries_shown == 7
    rect = scroll_into_view(qtbot, view, "types-chatrecord")
    qtbot.mouseClick(
        view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + record.rect.center()
    )
    qtbot.waitUntil(lambda: view.list.visualRect(index).height() == collapsed)


# -- context menu, clipboard, raw JSON, files ---------------------------------------------------


def test_context_menu_copies_the_msgid_and_the_text(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.types_id)
    item = item_of(view, "types-text")
    menu = view.context_menu(item)
    actions = {action.objectName(): action for action in menu.actions() if action.objectName()}
    assert {"copyTextAction", "copyMsgidAction", "rawJsonAction", "searchAction"} <= set(actions)
    assert "openFileAction" not in actions  # nothing downloaded
    clipboard = QGuiApplication.clipboard()
    actions["copyMsgidAction"].trigger()
    assert clipboard.text() == "types-text"
    actions["copyTextAction"].trigger()
    assert clipboard.text() == "您好，合同已经发到您邮箱，请查收。\n如有问题随时联系我。"
    with qtbot.waitSignal(view.search_requested) as searched:
        actions["searchAction"].trigger()
    assert searched.args == ["您好，合同已经发到您邮箱，请查收。"]
    clipboard.clear()
    view.list.setCurrentIndex(view.model.index(row_of_msgid(view, LINK_TEXT_MSGID)))
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == f"文档在这里：{LINK_URL} 请看第三节"


def test_raw_json_dialog_shows_the_stored_json(qtbot: QtBot, view: MessageView, big_archive: Archive) -> None:
    archive, engine = big_archive
    open_and_wait(qtbot, view, archive.types_id)
    item = item_of(view, "types-location")
    stored = message_pages.message_raw_json(engine, item.id)
    assert stored is not None
    actions = {action.objectName(): action for action in view.context_menu(item).actions()}
    actions["rawJsonAction"].trigger()
    dialog = view.findChild(RawJsonDialog, "rawJsonDialog")
    assert isinstance(dialog, RawJsonDialog)
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled(), timeout=20_000)
    shown = dialog.text.toPlainText()
    assert json.loads(shown) == json.loads(stored)
    assert "39.911125799" in shown and "116.586285899" in shown and "\n  " in shown
    assert "SOHO现代城" in shown  # not \u-escaped
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == stored
    dialog.close()


def test_a_file_that_runs_programs_opens_only_once_confirmed_and_saves_under_a_plain_name(
    qtbot: QtBot,
    view: MessageView,
    big_archive: Archive,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive, engine = big_archive
    program = mark_media_downloaded(engine, tmp_path / "media", "types-file", b"MZ", "invoice.pdf.exe")
    opened: list[QUrl] = []
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(view, "open_external", opened.append)
    monkeypatch.setattr(view, "confirm_running", lambda extension: asked.append(extension) or answers.pop(0))
    open_and_wait(qtbot, view, archive.types_id)
    file_item = item_of(view, "types-file")
    view.on_delegate_file_action(file_item.id, str(program), "open")
    assert (asked, opened) == ([".exe"], [])
    actions = {action.objectName(): action for action in view.context_menu(file_item).actions()}
    actions["openFileAction"].trigger()
    assert (asked, opened) == ([".exe", ".exe"], [QUrl.fromLocalFile(str(program))])
    offered: list[str] = []
    monkeypatch.setattr(view, "ask_save_path", lambda name: offered.append(name) or "")
    view.save_copy(str(program), "../../.config/autostart/update.desktop")
    view.save_copy(str(program), "")
    assert offered == ["update.desktop", "invoice.pdf.exe"]


def test_pretty_json_keeps_every_value_as_stored() -> None:
    raw = '{"b":1.10,"a":[1e3,{"k":"值"}],"b":12345678901234567890123,"e":{},"l":[]}'
    assert pretty_json(raw) == (
        '{\n  "b": 1.10,\n  "a": [\n    1e3,\n    {\n      "k": "值"\n    }\n  ],\n'
        '  "b": 12345678901234567890123,\n  "e": {},\n  "l": []\n}'
    )
    assert pretty_json("not json") == "not json"


def test_downloaded_files_can_be_opened_saved_and_shown(
    qtbot: QtBot,
    view: MessageView,
    big_archive: Archive,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive, engine = big_archive
    media = tmp_path / "media"
    pdf = mark_media_downloaded(engine, media, "types-file", b"%PDF-1.4 contract", "contract.pdf")
    picture = QImage(300, 150, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3388cc"))
    png = media / "te" / "picture.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    assert picture.save(str(png))
    mark_media_downloaded(engine, media, "types-image", png.read_bytes(), "picture.png")
    opened: list[QUrl] = []
    monkeypatch.setattr(view, "open_external", opened.append)
    target = tmp_path / "saved" / "合同.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(view, "ask_save_path", lambda name: str(target))
    open_and_wait(qtbot, view, archive.types_id)
    file_item = item_of(view, "types-file")
    assert [local.path for local in file_item.files] == [str(pdf)]
    assert file_item.files[0].name == "2024年度服务合同（终版）.pdf"
    actions = {action.objectName(): action for action in view.context_menu(file_item).actions()}
    actions["openFileAction"].trigger()
    assert opened == [QUrl.fromLocalFile(str(pdf))]
    actions["saveFileAction"].trigger()
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == b"%PDF-1.4 contract", timeout=20_000)
    rect = scroll_into_view(qtbot, view, "types-file")
    index = view.model.index(row_of_msgid(view, "types-file"))
    _, layout = view.delegate.layout_for(view.list.option_for(index), index)
    with qtbot.waitSignal(view.delegate.file_action) as clicked:
        qtbot.mouseClick(
            view.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=rect.topLeft() + layout.blocks[0].rect.center(),
        )
    assert clicked.args == [file_item.id, str(pdf), "open"]
    image = item_of(view, "types-image").blocks[0]
    assert isinstance(image, PictureBlock) and (image.width, image.height) == (300, 150)
    assert image.path is not None
    scroll_into_view(qtbot, view, "types-image")
    view.grab()
    qtbot.waitUntil(lambda: view.thumbnails.get(str(png)) is not None, timeout=20_000)
    thumbnail = view.thumbnails.get(str(png))
    assert thumbnail is not None and thumbnail.width() == 300
    frame = view.grab().toImage()
    rect = view.list.visualRect(view.model.index(row_of_msgid(view, "types-image")))
    _, layout = view.delegate.layout_for(
        view.list.option_for(index), view.model.index(row_of_msgid(view, "types-image"))
    )
    center = view.list.viewport().mapTo(view, rect.topLeft() + layout.blocks[0].rect.center())
    assert frame.pixelColor(center) == QColor("#3388cc")


def test_empty_states(qtbot: QtBot, view: MessageView) -> None:
    assert view.empty.isVisible() and view.current_conversation_id is None
    assert view.empty.text() == "选择一个会话以查看消息"


def test_the_window_is_trimmed_at_the_far_end_and_grows_back(
    qtbot: QtBot, view: MessageView, big_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, _ = big_archive
    monkeypatch.setattr(model_module, "WINDOW_CAP", 250)
    open_and_wait(qtbot, view, archive.big_id)
    loader_idle(qtbot, view)
    bar = view.list.verticalScrollBar()
    for _ in range(3):
        oldest = view.model.item(0).msgid
        bar.setValue(bar.minimum())
        qtbot.waitUntil(lambda oldest=oldest: view.model.item(0).msgid < oldest, timeout=20_000)
    loader_idle(qtbot, view)
    assert view.model.rowCount() <= 250 and not view.model.at_newest
    rows = [view.model.item(row).msgid for row in range(view.model.rowCount())]
    assert rows == sorted(rows) and len(set(rows)) == len(rows)  # consecutive, in order, once each
    newest = rows[-1]
    bar.setValue(bar.maximum())  # the trimmed end is read again
    anchor, anchor_bottom = top_visible(view)
    qtbot.waitUntil(lambda: view.model.item(view.model.rowCount() - 1).msgid > newest, timeout=20_000)
    assert abs(bottom_of(view, anchor) - anchor_bottom) <= 2  # the top was trimmed, the content stayed
    rows = [view.model.item(row).msgid for row in range(view.model.rowCount())]
    assert rows == [big_msgid(int(rows[0][4:]) + offset) for offset in range(len(rows))]


def test_double_click_opens_the_text_for_selection(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.types_id)
    rect = scroll_into_view(qtbot, view, "types-text")
    index = view.model.index(row_of_msgid(view, "types-text"))
    _, layout = view.delegate.layout_for(view.list.option_for(index), index)
    assert layout.bubble is not None
    point = rect.topLeft() + layout.bubble.center()
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = view.list.findChild(QPlainTextEdit, "messageTextSelector")
    assert isinstance(editor, QPlainTextEdit) and editor.isReadOnly()
    assert editor.toPlainText() == "您好，合同已经发到您邮箱，请查收。\n如有问题随时联系我。"
    assert editor.geometry() == layout.bubble.translated(view.list.visualRect(index).topLeft())


def test_senders_of_the_archive_owner_sit_on_the_right(
    qtbot: QtBot, view: MessageView, big_archive: Archive
) -> None:
    archive, _ = big_archive
    open_and_wait(qtbot, view, archive.types_id)
    view.self_side_senders = {"zhangwei"}
    width = view.list.viewport().width()
    for msgid, right in ((LINK_TEXT_MSGID, True), ("types-text", False)):
        index = view.model.index(row_of_msgid(view, msgid))
        _, layout = view.delegate.layout_for(view.list.option_for(index), index)
        assert layout.right is right and layout.avatar is not None and layout.bubble is not None
        if right:
            assert layout.avatar.right() > width - 60 and layout.bubble.right() < layout.avatar.left()
        else:
            assert layout.avatar.left() < 60 and layout.bubble.left() > layout.avatar.right()


def test_wecom_markdown_font_colours_render_as_colours_not_black(qtbot: QtBot) -> None:
    markdown = (
        '新增反馈<font color="warning">132例</font>，请注意。\n'
        "> 类型:<font color=comment>用户反馈</font>\n"
        "> 状态:<FONT COLOR='Info'>已处理</FONT> <font color=\"#123456\">原样</font>"
    )
    document = text_document(TextBlock(markdown, "", markdown=True), QGuiApplication.font(), 400)

    def colour(word: str) -> str:
        found = document.find(word)
        assert not found.isNull(), word
        return str(found.charFormat().foreground().color().name())

    assert [colour(word) for word in ("132例", "用户反馈", "已处理", "原样")] == [
        "#e8590c",
        "#868e96",
        "#2f9e44",
        "#123456",
    ]
    assert "<font" not in document.toPlainText()
