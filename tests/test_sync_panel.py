"""Syncing from the window: progress, cancel, and typed errors, against the emulator library."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.keyring_session import SecretServiceSession
from tests.sync_helpers import Packed, growth_stops, packed_archive, stored
from wecom_desktop.credentials import CredentialStore
from wecom_desktop.profile import Profile
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.sdk.errors import SdkError
from wecom_desktop.sync.pipeline import SyncProgress, retry_note
from wecom_desktop.sync.session import SessionResult
from wecom_desktop.ui.i18n import current_language, install_language
from wecom_desktop.ui.main_window import MainWindow
from wecom_desktop.ui.sync.sync_panel import SyncPanel
from wecom_desktop.ui.sync.sync_worker import SyncRequest

MESSAGES = 6000


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> Packed:
    return packed_archive(tmp_path_factory.mktemp("gui-sync"), MESSAGES, (1,))


@pytest.fixture
def store(
    secret_service: SecretServiceSession, profile: Profile, packed: Packed
) -> Iterator[CredentialStore]:
    store = CredentialStore.for_folder(profile.root)
    store.set_corp_id(packed.result.corp_id)
    store.set_secret(packed.result.secret)
    store.set_private_key(1, packed.pems[1])
    yield store
    store.delete_all()


@pytest.fixture
def panel(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, packed: Packed) -> Iterator[SyncPanel]:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(packed.result.out))
    panel = SyncPanel()
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.shutdown()


def request(profile: Profile) -> SyncRequest:
    return SyncRequest(profile, ensure_emulator_built(), download_media=False)


def test_why_a_sync_waits_is_shown_in_the_interface_language(panel: SyncPanel) -> None:
    error = SdkError.from_return_code(10001, "GetChatData")  # a network error
    waiting = SyncProgress("backoff", stored=2000, note_text=retry_note("GetChatData", error, 4))
    app, language, locale = QApplication.instance(), current_language(), QLocale()
    assert isinstance(app, QApplication)
    try:
        panel.on_worker_progress(waiting)
        assert panel.label.text().startswith("4 秒后重试 GetChatData：")
        install_language(app, "en")
        panel.on_worker_progress(waiting)
        assert panel.label.text().startswith("Retrying GetChatData in 4 s: ")
        assert "秒" not in panel.label.text()
    finally:
        install_language(app, language)
        QLocale.setDefault(locale)


def test_a_long_reason_to_wait_is_cut_with_an_ellipsis_and_kept_whole_in_the_tooltip(
    qtbot: QtBot, profile: Profile, engine: Engine
) -> None:
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    error = SdkError.from_return_code(10001, "GetChatData")
    waiting = SyncProgress(
        "backoff", stored=123456, seq=123456, elapsed=10, note_text=retry_note("GetChatData", error, 4)
    )
    label = window.sync_panel.label
    window.sync_panel.on_worker_progress(waiting)
    qtbot.waitUntil(lambda: QLabel.text(label).endswith("…"))  # once the status bar has laid it out
    assert label.text().startswith("4 秒后重试 GetChatData：") and "已存 123" in label.text()
    shown = QLabel.text(label)
    assert label.text().startswith(shown[:-1]) and label.toolTip() == label.text()
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert window.width() == 900 and window.minimumSizeHint().width() < 900  # it could still narrow
    window.sync_panel.on_worker_progress(SyncProgress("pull", stored=123456, seq=123456, elapsed=10))
    qtbot.waitUntil(lambda: label.toolTip() == "")
    assert QLabel.text(label) == label.text()  # it fits: the whole text, no tooltip
    window.close()


def test_a_sync_shows_progress_and_stores_everything(
    qtbot: QtBot, panel: SyncPanel, profile: Profile, engine: Engine, store: CredentialStore
) -> None:
    with qtbot.waitSignal(panel.sync_ended, timeout=120_000) as ended:
        assert panel.start(engine, request(profile), store)
        assert panel.bar.isVisible() and panel.cancel_button.isVisible()
        qtbot.waitUntil(lambda: "seq" in panel.label.text(), timeout=60_000)
    result = ended.args[0]
    assert isinstance(result, SessionResult) and result.error is None and not result.cancelled
    assert result.sync.progress.stored == MESSAGES
    assert stored(engine, "SELECT count(*) FROM messages") == [(MESSAGES,)]
    assert not panel.bar.isVisible() and not panel.running
    assert str(MESSAGES) in panel.label.text().replace(",", "")


def test_cancelling_midway_keeps_what_was_stored(
    qtbot: QtBot,
    panel: SyncPanel,
    profile: Profile,
    engine: Engine,
    store: CredentialStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "1000")  # every page takes a second to arrive
    with qtbot.waitSignal(panel.sync_ended, timeout=120_000) as ended:
        panel.start(engine, request(profile), store)
        qtbot.waitUntil(lambda: stored(engine, "SELECT count(*) FROM messages") != [(0,)], timeout=60_000)
        panel.cancel_button.click()
    result = ended.args[0]
    assert result.cancelled and result.error is None
    (count,) = stored(engine, "SELECT count(*) FROM messages")[0]
    assert 0 < int(count) < MESSAGES  # type: ignore[call-overload]
    assert "取消" in panel.label.text()


def test_a_typed_sdk_error_is_shown_with_its_code_and_remedy(
    qtbot: QtBot,
    panel: SyncPanel,
    profile: Profile,
    engine: Engine,
    store: CredentialStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_IP_NOT_ALLOWED", "1")
    with qtbot.waitSignal(panel.sync_ended, timeout=120_000):
        panel.start(engine, request(profile), store)
    box = panel.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "10009" in box.text() and "可信 IP" in box.text()
    box.close()


def test_missing_credentials_say_where_to_enter_them(
    qtbot: QtBot, panel: SyncPanel, profile: Profile, engine: Engine, secret_service: SecretServiceSession
) -> None:
    with qtbot.waitSignal(panel.sync_ended, timeout=30_000) as ended:
        panel.start(engine, request(profile), CredentialStore.for_folder(profile.root))
    assert ended.args == [None]
    assert panel.error_box is not None and "设置" in panel.error_box.text()
    panel.error_box.close()


def test_a_full_disk_midway_is_explained_and_keeps_what_was_stored(
    qtbot: QtBot,
    panel: SyncPanel,
    profile: Profile,
    engine: Engine,
    store: CredentialStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "1000")  # every page takes a second to arrive
    with growth_stops(engine) as disk_full, qtbot.waitSignal(panel.sync_ended, timeout=120_000) as ended:
        panel.start(engine, request(profile), store)
        qtbot.waitUntil(lambda: stored(engine, "SELECT count(*) FROM messages") != [(0,)], timeout=60_000)
        disk_full.set()
    assert ended.args == [None]
    box = panel.error_box
    assert isinstance(box, QMessageBox) and "磁盘空间不足" in box.text() and "剩余空间" in box.text()
    assert "同步中断" in panel.label.text() and not panel.running
    box.close()
    (count,) = stored(engine, "SELECT count(*) FROM messages")[0]
    assert count == 1000 and stored(engine, "SELECT high_water_seq FROM sync_state") == [(1000,)]
    assert stored(engine, "SELECT outcome FROM audit_log WHERE action = 'sync'") == [("failed",)]
