"""The callback checker dialog driven as a developer setting up a WeCom callback drives it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import quote

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.callback_vectors import CORP, ECHOSTR, KEY, NONCE, PLAINTEXT, SIGNATURE, TIMESTAMP, TOKEN
from wecom_desktop.callback_check.reference_server import CallbackServer
from wecom_desktop.crypto.callback import generate_aes_key, generate_token, parse_aes_key
from wecom_desktop.profile import Profile
from wecom_desktop.ui.callback.callback_check_dialog import CallbackCheckDialog
from wecom_desktop.ui.callback.config_group import CORP_ID, UNCHECKED
from wecom_desktop.ui.callback.crypt_tab import REPLY, REQUEST
from wecom_desktop.ui.callback.standalone import run_callback_checker
from wecom_desktop.ui.i18n import current_language, install_language
from wecom_desktop.ui.main_window import MainWindow
from wecom_desktop.ui.theme import apply_scheme


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[CallbackCheckDialog]:
    dialog = CallbackCheckDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.close()


def configure(
    dialog: CallbackCheckDialog, token: str = TOKEN, receive_id: str = CORP, kind: str = CORP_ID
) -> None:
    dialog.config.token.setText(token)
    dialog.config.aes_key.setText(KEY)
    dialog.config.receive_id.setText(receive_id)
    dialog.config.set_kind(kind)


def verify(dialog: CallbackCheckDialog, pasted: str) -> str:
    dialog.tabs.setCurrentWidget(dialog.verify_tab)
    dialog.verify_tab.paste.setPlainText(pasted)
    dialog.verify_tab.verify_button.click()
    return dialog.verify_tab.details.toPlainText()


def official_url() -> str:
    query = f"msg_signature={SIGNATURE}&timestamp={TIMESTAMP}&nonce={NONCE}&echostr={quote(ECHOSTR, safe='')}"
    return "https://example.com/wecom/callback?" + query


# -- configuration ---------------------------------------------------------------------------


def test_the_key_is_checked_as_it_is_typed(dialog: CallbackCheckDialog) -> None:
    status = dialog.config.key_status
    dialog.config.aes_key.setText(KEY[:-1])
    assert "42" in status.text() and "43" in status.text() and "漏掉" in status.text()
    dialog.config.aes_key.setText(KEY[:10] + "/" + KEY[11:])
    assert "第 11 个字符 '/'" in status.text() and "不是字母或数字" in status.text()
    dialog.config.aes_key.setText(KEY)
    assert status.text() == "✓ 43 个字符，解码为 32 字节"


def test_generate_buttons_fill_in_valid_values(dialog: CallbackCheckDialog) -> None:
    dialog.config.token_button.click()
    dialog.config.key_button.click()
    token, key = dialog.config.token.text(), dialog.config.aes_key.text()
    assert len(token) == 32 and token.isalnum()
    assert len(parse_aes_key(key)) == 32
    assert dialog.config.key_status.text().startswith("✓")
    dialog.config.token_button.click()
    assert dialog.config.token.text() != token


def test_choosing_an_empty_or_unchecked_receive_id_disables_the_field(dialog: CallbackCheckDialog) -> None:
    config = dialog.config
    for index in range(config.receive_kind.count()):
        config.receive_kind.setCurrentIndex(index)
        assert config.receive_id.isEnabled() == (index < 2)
    assert config.expected_receive_id() is None


# -- verify URL ------------------------------------------------------------------------------


def test_verify_the_official_sample_url_and_copy_the_answer(dialog: CallbackCheckDialog) -> None:
    configure(dialog)
    details = verify(dialog, official_url())
    tab = dialog.verify_tab
    assert tab.plaintext.text() == PLAINTEXT
    assert tab.status.text().startswith("✓")
    assert "按 URL 编码解码" in details and CORP in details
    tab.copy_button.click()
    assert QApplication.clipboard().text() == PLAINTEXT


def test_a_log_line_whose_plus_signs_became_spaces_still_verifies(dialog: CallbackCheckDialog) -> None:
    configure(dialog)
    logged = ECHOSTR.replace("+", " ")
    line = f'127.0.0.1 - - "GET /cb?msg_signature={SIGNATURE}&timestamp={TIMESTAMP}&nonce={NONCE}&echostr={logged} HTTP/1.1" 200'
    details = verify(dialog, line)
    assert dialog.verify_tab.plaintext.text() == PLAINTEXT
    assert "把空格还原成 “+”" in details


def test_the_four_separate_fields_verify_too(dialog: CallbackCheckDialog) -> None:
    configure(dialog)
    tab = dialog.verify_tab
    tab.fields_toggle.click()
    assert tab.fields_box.isVisible()
    for name, value in (
        ("msg_signature", SIGNATURE),
        ("timestamp", TIMESTAMP),
        ("nonce", NONCE),
        ("echostr", ECHOSTR),
    ):
        tab.fields[name].setText(value)
    tab.verify_button.click()
    assert tab.plaintext.text() == PLAINTEXT


def test_a_wrong_token_fails_with_the_signature_error_and_the_readings_tried(
    dialog: CallbackCheckDialog,
) -> None:
    configure(dialog, token="WrongToken")
    details = verify(dialog, official_url())
    assert dialog.verify_tab.status.text().startswith("✗")
    assert dialog.verify_tab.plaintext.text() == ""
    assert not dialog.verify_tab.copy_button.isEnabled()
    assert details.startswith("[-40001] 签名校验失败")
    assert "已尝试的解读" in details and "原样" in details


def test_a_receive_id_mismatch_names_the_carried_id(dialog: CallbackCheckDialog) -> None:
    configure(dialog, receive_id="ww0000000000000000")
    details = verify(dialog, official_url())
    assert details.startswith("[-40005]")
    assert CORP in details and "ww0000000000000000" in details


def test_do_not_check_shows_the_carried_receive_id(dialog: CallbackCheckDialog) -> None:
    configure(dialog, receive_id="ww0000000000000000", kind=UNCHECKED)
    details = verify(dialog, official_url())
    assert dialog.verify_tab.plaintext.text() == PLAINTEXT
    assert f"消息携带的 ReceiveId：{CORP}" in details


def test_a_bad_key_is_explained_instead_of_verifying(dialog: CallbackCheckDialog) -> None:
    configure(dialog)
    dialog.config.aes_key.setText(KEY + "=")
    details = verify(dialog, official_url())
    assert details.startswith("[-40004]") and "去掉它" in details


# -- decrypt / encrypt -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [REPLY, REQUEST])
@pytest.mark.parametrize("form", ["xml", "json"])
def test_what_is_encrypted_decrypts_back(dialog: CallbackCheckDialog, form: str, kind: str) -> None:
    configure(dialog)
    tab = dialog.crypt_tab
    dialog.tabs.setCurrentWidget(tab)
    message = (
        "<xml><Content><![CDATA[你好，回调]]></Content></xml>"
        if form == "xml"
        else '{"Content": "你好，回调"}'
    )
    tab.plain.setPlainText(message)
    tab.form.setCurrentIndex(tab.form.findData(form))
    tab.kind.setCurrentIndex(tab.kind.findData(kind))
    tab.encrypt_button.click()
    assert tab.encrypt_status.text() == "✓ 已加密"
    output = tab.encrypt_output.toPlainText()
    assert output.lstrip().startswith("{" if form == "json" else "<xml>")
    assert tab.signed_query.isVisible() == (kind == REQUEST)
    tab.body.setPlainText(output)
    tab.query.setText(tab.signed_query.text())  # empty for a passive reply: its envelope is signed
    tab.decrypt_button.click()
    assert tab.decrypt_output.toPlainText() == message
    assert CORP in tab.decrypt_status.text() and "签名校验通过" in tab.decrypt_status.text()


def test_a_tampered_signature_fails_to_decrypt(dialog: CallbackCheckDialog) -> None:
    configure(dialog)
    tab = dialog.crypt_tab
    tab.plain.setPlainText("hello")
    tab.kind.setCurrentIndex(tab.kind.findData(REQUEST))
    tab.encrypt_button.click()
    tab.body.setPlainText(tab.encrypt_output.toPlainText())
    tab.query.setText(tab.signed_query.text().replace("msg_signature=", "msg_signature=0"))
    tab.decrypt_button.click()
    assert tab.decrypt_status.text().startswith("✗")
    assert tab.decrypt_output.toPlainText().startswith("[-40001]")


# -- live test -------------------------------------------------------------------------------


def step_row(dialog: CallbackCheckDialog, row: int) -> QTreeWidgetItem:
    item = dialog.live_tab.steps.topLevelItem(row)
    assert item is not None
    return item


def run_live(qtbot: QtBot, dialog: CallbackCheckDialog, url: str) -> list[str]:
    tab = dialog.live_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.url.setText(url)
    tab.start_button.click()
    assert tab.running and not tab.start_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    return [step_row(dialog, row).text(0) for row in range(tab.steps.topLevelItemCount())]


def test_live_test_against_a_working_server_passes_both_steps(
    qtbot: QtBot, dialog: CallbackCheckDialog
) -> None:
    token, key = generate_token(), generate_aes_key()
    configure(dialog, token=token)
    dialog.config.aes_key.setText(key)
    with CallbackServer(token, key, CORP) as server:
        icons = run_live(qtbot, dialog, server.url)
        assert len(server.received) == 1
    tab = dialog.live_tab
    assert icons == ["✓", "✓", "✓"]
    steps = [step_row(dialog, row).text(1) for row in range(3)]
    assert steps == ["检查配置", "验证 URL（GET）", "推送事件（POST）"]
    assert step_row(dialog, 1).text(2) == "200"
    assert tab.state.text().startswith("✓")
    tab.steps.setCurrentItem(step_row(dialog, 1))
    assert "URL 验证通过" in tab.details.toPlainText()
    assert token not in tab.details.toPlainText()


def test_live_test_against_a_closed_port_says_nothing_listens(
    qtbot: QtBot, dialog: CallbackCheckDialog
) -> None:
    configure(dialog)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    icons = run_live(qtbot, dialog, f"http://127.0.0.1:{port}/callback")
    tab = dialog.live_tab
    assert icons[0] == "✓" and "✗" in icons[1:]
    failed = step_row(dialog, 1)
    assert failed.text(4).startswith("连接被拒绝") and str(port) in failed.text(4)
    assert tab.state.text().startswith("✗")


def test_stopping_a_hanging_test_and_closing_leaves_no_thread(qtbot: QtBot) -> None:
    dialog = CallbackCheckDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    configure(dialog)
    with socket.socket() as silent:  # accepts the connection but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        tab = dialog.live_tab
        tab.url.setText(f"http://127.0.0.1:{silent.getsockname()[1]}/")
        tab.start_button.click()
        thread = tab.thread_
        assert isinstance(thread, QThread)
        silent.settimeout(60)
        connection, _ = silent.accept()  # the GET is under way
        with connection:
            tab.stop_button.click()
            assert not tab.stop_button.isEnabled()
            dialog.close()
        assert not (shiboken6.isValid(thread) and thread.isRunning())
        assert tab.thread_ is None and not tab.running
    assert tab.start_button.isEnabled()


def test_the_last_url_and_format_are_remembered_but_not_the_secrets(qtbot: QtBot) -> None:
    first = CallbackCheckDialog()
    qtbot.addWidget(first)
    configure(first)
    first.live_tab.url.setText("http://127.0.0.1:9/")
    first.live_tab.form.setCurrentIndex(first.live_tab.form.findData("json"))
    first.live_tab.start_button.click()
    qtbot.waitUntil(lambda: not first.live_tab.running, timeout=60_000)
    first.close()
    second = CallbackCheckDialog()
    qtbot.addWidget(second)
    assert second.live_tab.url.text() == "http://127.0.0.1:9/"
    assert second.live_tab.form.currentData() == "json"
    assert second.config.token.text() == "" and second.config.aes_key.text() == ""


# -- standalone and main window -------------------------------------------------------------------------------


def test_the_tools_menu_opens_one_callback_checker(qtbot: QtBot, profile: Profile, engine: Engine) -> None:
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.show()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("工具(&T)") == titles.index("查看(&V)") + 1
    assert titles.index("帮助(&H)") == titles.index("工具(&T)") + 1
    tools = window.menuBar().actions()[titles.index("工具(&T)")].menu()
    assert isinstance(tools, QMenu)
    assert [action.text() for action in tools.actions()] == ["回调检查(&C)…", "完整性报告(&R)…"]
    tools.actions()[0].trigger()
    dialog = window.callback_dialog
    assert isinstance(dialog, CallbackCheckDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()
    window.callback_action.trigger()
    assert window.callback_dialog is dialog and dialog.isVisible()
    window.close()


def test_the_standalone_checker_shows_only_the_dialog(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown: list[CallbackCheckDialog] = []

    def close_when_shown() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, CallbackCheckDialog) and widget.isVisible():
                shown.append(widget)
                widget.reject()

    windows_before = {id(w) for w in app.topLevelWidgets() if isinstance(w, MainWindow)}  # earlier tests'
    poll = QTimer()
    poll.timeout.connect(close_when_shown)
    poll.start(20)
    language, locale = current_language(), QLocale()  # the launcher sets both process-wide
    try:
        assert run_callback_checker([]) == 0
    finally:
        poll.stop()
        install_language(app, language)
        QLocale.setDefault(locale)
        apply_scheme(app, "light")
    assert len(shown) == 1
    assert not any(isinstance(w, MainWindow) and id(w) not in windows_before for w in app.topLevelWidgets())
