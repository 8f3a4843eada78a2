"""The main window driven as an auditor drives it: keyboard, mouse, menus and dialogs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from tests.big_conversation import (
    BIG_MESSAGES,
    BIG_ROOM,
    BigArchive,
    big_archive_fixture,  # noqa: F401 - fixtures
    big_archive_template_fixture,  # noqa: F401
    big_msgid,
    big_msgtime,
)
from tests.ime_typing import commit_text
from tests.keyring_session import SecretServiceSession
from tests.sync_helpers import Packed, packed_archive, stored
from wecom_desktop import __version__
from wecom_desktop.core.message import EncryptedRecord
from wecom_desktop.core.parse import parse_message
from wecom_desktop.credentials import CredentialStore
from wecom_desktop.profile import Profile
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.writer import ArchiveWriter, Checkpoint
from wecom_desktop.ui.about_dialog import AboutDialog
from wecom_desktop.ui.app import WindowController
from wecom_desktop.ui.conversation_list_model import ConversationIdRole
from wecom_desktop.ui.i18n import LANGUAGE_KEY, SOURCE_LANGUAGE, current_language, install_language
from wecom_desktop.ui.main_window import MainWindow
from wecom_desktop.ui.message_view.items import MessageItem
from wecom_desktop.ui.message_view.model import HighlightRole, MessageIdRole, MessageItemRole
from wecom_desktop.ui.message_view.raw_json_dialog import RawJsonDialog
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.search_results_model import HitRole
from wecom_desktop.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture
def big_window(
    qtbot: QtBot, big_archive: tuple[BigArchive, Engine]
) -> Iterator[tuple[MainWindow, BigArchive]]:
    archive, engine = big_archive
    window = MainWindow(Profile(archive.path.parent), engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.conversations.model.rowCount() == 3, timeout=30_000)
    yield window, archive
    window.close()


def click_conversation(qtbot: QtBot, window: MainWindow, conversation_id: int) -> None:
    view = window.conversations.view
    model = view.model()
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(ConversationIdRole) == conversation_id
    )
    rect = view.visualRect(model.index(row, 0))
    with qtbot.waitSignal(window.messages.first_page_shown, timeout=30_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_msgids(window: MainWindow) -> list[str]:
    model = window.messages.model
    items = [model.index(row).data(MessageItemRole) for row in range(model.rowCount())]
    return [item.msgid for item in items if isinstance(item, MessageItem)]


def test_select_a_conversation_and_go_to_its_first_message(
    qtbot: QtBot, big_window: tuple[MainWindow, BigArchive]
) -> None:
    window, archive = big_window
    click_conversation(qtbot, window, archive.big_id)
    assert shown_msgids(window)[-1] == big_msgid(BIG_MESSAGES - 1)  # newest at the bottom
    assert window.messages.model.rowCount() < 1_000  # pages, not the whole conversation
    window.messages.list.setFocus()
    qtbot.keyClick(window.messages.list, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown_msgids(window)[:1] == [big_msgid(0)], timeout=30_000)
    top = window.messages.list.indexAt(QPoint(10, 10))
    qtbot.waitUntil(lambda: window.messages.list.verticalScrollBar().value() == 0, timeout=10_000)
    assert top.isValid()
    qtbot.waitUntil(lambda: window.archive_label.text().replace(",", "").startswith("1000"), timeout=30_000)


def test_the_open_conversation_is_named_above_its_messages_with_its_figures(
    qtbot: QtBot, big_window: tuple[MainWindow, BigArchive]
) -> None:
    window, archive = big_window
    header, locale = window.header, QLocale()
    assert not header.isVisible()  # nothing open yet

    def day(ms: int) -> str:
        return QDateTime.fromMSecsSinceEpoch(ms).date().toString("yyyy/M/d")

    click_conversation(qtbot, window, archive.big_id)
    assert header.isVisible() and header.title.text() == "华东区销售群"
    span = f"{day(big_msgtime(0))} – {day(big_msgtime(BIG_MESSAGES - 1))}"
    assert header.details.text() == " · ".join(
        ["群聊", "含外部联系人", "6 位成员", f"{locale.toString(BIG_MESSAGES)} 条消息", span, BIG_ROOM]
    )
    assert "赵先生（客户）" in header.toolTip()

    newer = big_msgtime(BIG_MESSAGES) + 86_400_000 * 30  # a later day
    late = {"msgid": "late-one", "action": "send", "from": "lina", "tolist": ["zhangwei"],
        "roomid": BIG_ROOM, "msgtime": newer, "msgtype": "text", "text": {"content": "晚到的消息"}}  # fmt: skip
    ArchiveWriter(window.engine).write_batch([parse_message(json.dumps(late, ensure_ascii=False))])
    window.refresh()  # as after a sync
    more = f"{locale.toString(BIG_MESSAGES + 1)} 条消息"
    qtbot.waitUntil(lambda: more in header.details.text(), timeout=30_000)
    assert f"{day(big_msgtime(0))} – {day(newer)}" in header.details.text()

    with window.engine.connect() as connection:
        small_message = connection.execute(
            text("SELECT id FROM messages WHERE conversation_id = :c"), {"c": archive.small_id}
        ).first()
    assert small_message is not None
    window.on_search_result_activated(archive.small_id, small_message[0])  # a search hit elsewhere
    qtbot.waitUntil(lambda: header.details.text().startswith("单聊 · 5 条消息"), timeout=10_000)
    small = window.conversations.model.conversation(archive.small_id)
    assert small is not None and header.title.text() == small.title
    assert "wr" not in header.details.text()  # a single chat has no roomid


def test_search_a_two_character_word_and_open_the_hit_in_context(
    qtbot: QtBot, big_window: tuple[MainWindow, BigArchive]
) -> None:
    window, archive = big_window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_dock.isVisible()
    query = window.search.query_edit
    assert query.hasFocus()
    commit_text(query, "付款")  # as the input method delivers it
    results = window.search.results
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=30_000)
    hit_index = results.index(min(3, results.rowCount() - 1))
    hit = hit_index.data(HitRole)
    view = window.search.results_view
    view.scrollTo(hit_index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(hit_index).center())
    model = window.messages.model

    def highlighted() -> list[int]:
        return [
            model.index(r).data(MessageIdRole)
            for r in range(model.rowCount())
            if model.index(r).data(HighlightRole)
        ]

    qtbot.waitUntil(lambda: highlighted() == [hit.message_id], timeout=30_000)
    row = next(r for r in range(model.rowCount()) if model.index(r).data(MessageIdRole) == hit.message_id)
    shown = window.messages.list.visualRect(model.index(row))
    assert window.messages.list.viewport().rect().intersects(shown)
    assert window.messages.current_conversation_id == archive.big_id
    assert window.conversations.current_conversation_id() == archive.big_id


def test_open_the_raw_json_of_a_message(qtbot: QtBot, big_window: tuple[MainWindow, BigArchive]) -> None:
    window, archive = big_window
    click_conversation(qtbot, window, archive.small_id)
    model = window.messages.model
    item = model.index(model.rowCount() - 1).data(MessageItemRole)
    menu = window.messages.context_menu(item)
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text().startswith("查看原始 JSON"))
    action.trigger()
    dialog = window.findChild(RawJsonDialog, "rawJsonDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: item.msgid in dialog.text.toPlainText(), timeout=10_000)
    assert json.loads(dialog.text.toPlainText())["msgid"] == item.msgid
    dialog.close()


def test_export_the_open_conversation(
    qtbot: QtBot, big_window: tuple[MainWindow, BigArchive], tmp_path: Path
) -> None:
    window, archive = big_window
    click_conversation(qtbot, window, archive.small_id)
    window.export_action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "exportDialog" and w.isVisible()
    )
    target = tmp_path / "small.csv"
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.ask_destination = lambda fmt: target  # type: ignore[method-assign]
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.result_path == target and dialog.worker is None, timeout=30_000)
    assert target.read_text(encoding="utf-8-sig").count("单聊消息") == 5
    dialog.close()


def test_export_every_hit_of_a_search_not_only_the_loaded_ones(
    qtbot: QtBot, big_window: tuple[MainWindow, BigArchive], tmp_path: Path
) -> None:
    window, _archive = big_window
    window.show_search()
    commit_text(window.search.query_edit, "HT-0001")  # contract numbers HT-000100 … HT-000199
    qtbot.waitUntil(lambda: window.search.results.rowCount() == 50, timeout=30_000)
    window.export_action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "exportDialog" and w.isVisible()
    )
    assert dialog.search_scope.isEnabled()
    assert dialog.search_scope.text() == "搜索“HT-0001”的结果（全部，不只是已加载的 50 条）"
    dialog.search_scope.setChecked(True)
    for fmt in ("jsonl", "html"):
        target = tmp_path / f"hits.{fmt}"
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.ask_destination = lambda _fmt, target=target: target  # type: ignore[method-assign]
        dialog.on_save_clicked()
        qtbot.waitUntil(
            lambda target=target: dialog.result_path == target and dialog.worker is None, timeout=30_000
        )
    lines = (tmp_path / "hits.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["msgid"] for line in lines] == [
        big_msgid(i) for i in range(100, 200)
    ]  # oldest first
    assert "搜索结果 “HT-0001”" in (tmp_path / "hits.html").read_text(encoding="utf-8")
    dialog.close()


def test_window_state_and_last_conversation_persist(
    qtbot: QtBot, big_archive: tuple[BigArchive, Engine]
) -> None:
    archive, engine = big_archive
    profile = Profile(archive.path.parent)
    first = MainWindow(profile, engine)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.conversations.model.rowCount() == 3, timeout=30_000)
    click_conversation(qtbot, first, archive.types_id)
    first.splitter.setSizes([400, 700])
    saved = first.splitter.sizes()
    first.close()
    second = MainWindow(profile, engine)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.messages.first_page_shown, timeout=30_000):
        second.show()
    assert second.messages.current_conversation_id == archive.types_id
    assert second.splitter.sizes() == saved
    second.close()


# -- sync from the window ------------------------------------------------------------------------


def syncing_from_the_emulator(
    profile: Profile, packed: Packed, monkeypatch: pytest.MonkeyPatch
) -> CredentialStore:
    """The profile's keyring holds the fixture's corp id, Secret and version 1's key; it syncs from the emulator."""
    store = CredentialStore.for_folder(profile.root)
    store.set_corp_id(packed.result.corp_id)
    store.set_secret(packed.result.secret)
    store.set_private_key(1, packed.pems[1])
    ProfileSettings(profile).sdk_library = ensure_emulator_built()
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(packed.result.out))
    return store


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> Packed:
    return packed_archive(tmp_path_factory.mktemp("window-sync"), 6000, (1,))


def test_sync_from_the_window_and_cancel_it_midway(
    qtbot: QtBot,
    secret_service: SecretServiceSession,
    profile: Profile,
    packed: Packed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = syncing_from_the_emulator(profile, packed, monkeypatch)
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "1000")
    engine = open_archive(profile.database)
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.show()
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
        with qtbot.waitSignal(window.sync_panel.sync_ended, timeout=120_000) as ended:
            qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
            assert window.sync_panel.running and not window.sync_action.isEnabled()
            qtbot.waitUntil(lambda: stored(engine, "SELECT count(*) FROM messages") != [(0,)], timeout=60_000)
            qtbot.mouseClick(window.sync_panel.cancel_button, Qt.MouseButton.LeftButton)
        assert ended.args[0].cancelled
        count = int(stored(engine, "SELECT count(*) FROM messages")[0][0])  # type: ignore[call-overload]
        assert 0 < count < 6000
        qtbot.waitUntil(lambda: window.conversations.model.rowCount() > 0, timeout=30_000)  # the list updated
        assert window.sync_action.isEnabled()
    finally:
        window.close()
        engine.dispose()
        store.delete_all()


@pytest.fixture(scope="module")
def rotated(tmp_path_factory: pytest.TempPathFactory) -> Packed:
    return packed_archive(tmp_path_factory.mktemp("window-retry"), 400, (1, 2))


def test_saving_a_missing_key_offers_to_decrypt_its_records_again(
    qtbot: QtBot,
    secret_service: SecretServiceSession,
    profile: Profile,
    rotated: Packed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = syncing_from_the_emulator(profile, rotated, monkeypatch)  # version 2's key is missing
    engine = open_archive(profile.database)
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.show()
    undecryptable = "SELECT count(*) FROM messages WHERE status = 'undecryptable'"
    try:
        with qtbot.waitSignal(window.sync_panel.sync_ended, timeout=120_000):
            window.sync_action.trigger()
        ((waiting,),) = stored(engine, undecryptable)
        assert isinstance(waiting, int) and waiting > 0
        offered: list[int] = []
        window.confirm_retry = lambda n: offered.append(n) or True  # type: ignore[method-assign]
        window.open_settings()
        (settings,) = window.findChildren(SettingsDialog)
        # Saved at once, before the key tab's own count of each version's records could end.
        assert settings.keys.add_key(2, rotated.pems[2])
        with qtbot.waitSignal(window.sync_panel.sync_ended, timeout=120_000) as ended:
            settings.on_ok()
        assert offered == [waiting]
        assert ended.args[0].error is None
        assert stored(engine, undecryptable) == [(0,)]
        assert stored(engine, "SELECT count(*) FROM messages") == [(len(rotated.lines),)]
        assert stored(engine, "SELECT outcome FROM audit_log WHERE action = 'retry_undecryptable'") == [
            ("ok",)
        ]
        assert window.retry_action.isEnabled() and window.sync_action.isEnabled()
        window.open_settings()
        (again,) = [dialog for dialog in window.findChildren(SettingsDialog) if dialog.isVisible()]
        assert again.keys.add_key(2, rotated.pems[2])
        with qtbot.waitSignal(window.waiting_count.succeeded, timeout=30_000):
            again.on_ok()
        assert offered == [waiting]  # nothing is left to decrypt: no question
    finally:
        window.close()
        engine.dispose()
        store.delete_all()


def test_keys_saved_twice_while_their_records_are_counted_raise_one_question_for_both(
    qtbot: QtBot, profile: Profile, engine: Engine, writer: ArchiveWriter
) -> None:
    records = [
        EncryptedRecord(
            f"m{seq}", seq, version, "d3JhcHBlZA==", "bWVzc2FnZQ==", f"missing_key:{version}: no key"
        )
        for seq, version in enumerate([2] * 3 + [3] * 4 + [4] * 5, start=1)
    ]
    writer.write_batch([], records, Checkpoint("corp", len(records)))
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    offered: list[int] = []
    window.confirm_retry = lambda n: offered.append(n) and False  # type: ignore[method-assign]
    try:
        window.on_keys_saved([2])
        window.on_keys_saved([3])  # a second save while the first one's count runs
        qtbot.waitUntil(lambda: not window.waiting_count.running, timeout=10_000)
        qtbot.wait(100)
        assert offered == [3 + 4]
        window.on_keys_saved([4])  # later: only the newly saved key's records
        qtbot.waitUntil(lambda: len(offered) == 2, timeout=10_000)
        assert offered == [7, 5]
    finally:
        window.close()


# -- language ------------------------------------------------------------------------------------


def test_switching_the_language_rebuilds_the_window_in_english(
    qtbot: QtBot, profile: Profile, engine: Engine
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, SOURCE_LANGUAGE)
    controller = WindowController(app, profile, engine, demo=True)
    window = controller.show_window()
    assert window.windowTitle().startswith("企业微信会话存档")
    try:
        window.language_actions["en"].trigger()
        english = controller.window
        assert english is not None and english is not window
        assert current_language() == "en" and QSettings().value(LANGUAGE_KEY) == "en"
        assert english.windowTitle().startswith("WeCom Chat Archive")
        assert [action.text() for action in english.menuBar().actions()][:2] == ["&File", "&View"]
        english.language_actions[SOURCE_LANGUAGE].trigger()
        assert controller.window is not None and controller.window.windowTitle().startswith(
            "企业微信会话存档"
        )
    finally:
        install_language(app, SOURCE_LANGUAGE)
        QSettings().remove(LANGUAGE_KEY)
        if controller.window is not None:
            controller.window.close()


def _about_texts(qtbot: QtBot, profile: Profile, sdk_library: Path) -> dict[str, str]:
    about = AboutDialog(profile, sdk_library)
    qtbot.addWidget(about)
    return {label.objectName(): label.text() for label in about.findChildren(QLabel) if label.objectName()}


def test_about_names_the_version_sdk_library_data_folder_and_keyring(
    qtbot: QtBot, secret_service: SecretServiceSession, profile: Profile
) -> None:
    emulator = ensure_emulator_built()
    texts = _about_texts(qtbot, profile, emulator)
    assert texts["aboutVersion"] == __version__
    assert texts["aboutSdk"].startswith(f"{emulator}\n模拟库（测试与演示用） · SHA-256 ")
    assert texts["aboutDataFolder"] == str(profile.root)
    assert texts["aboutKeyring"] == "SecretService Keyring (keyring.backends.SecretService.Keyring)"


def test_about_says_in_words_why_no_keyring_is_used(qtbot: QtBot, profile: Profile) -> None:
    texts = _about_texts(
        qtbot, profile, ensure_emulator_built()
    )  # the tests' default: keyring's fail backend
    assert (
        texts["aboutKeyring"]
        == "没有可用的系统钥匙串，凭据无法保存（fail Keyring (keyring.backends.fail.Keyring)）"
    )


def test_closed_settings_and_about_dialogs_are_deleted(
    qtbot: QtBot, secret_service: SecretServiceSession, profile: Profile
) -> None:
    """Each opens anew; a closed one holding the archive must not pile up under the window."""
    store = CredentialStore.for_folder(profile.root)
    store.set_corp_id("ww0123456789abcdef")
    engine = open_archive(profile.database)
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    try:
        for _ in range(2):
            window.open_settings()
            (settings,) = window.findChildren(SettingsDialog)
            settings.reject()
            qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog))
            window.show_about()
            (about,) = window.findChildren(AboutDialog)
            about.reject()
            qtbot.waitUntil(lambda: not window.findChildren(AboutDialog))
    finally:
        window.close()
        engine.dispose()
        store.delete_all()
