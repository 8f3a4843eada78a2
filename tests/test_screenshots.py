"""The README's screenshots: the main window on the demo archive, Chinese and English, light and dark.

Each run rewrites docs/screenshots/main-<language>-<scheme>.png, so they always show the
current window. Besides saving, the test checks what a reader would notice first: the
conversation list and the message view are filled, and the text is in the right language.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from wecom_desktop.demo.build import build_demo
from wecom_desktop.profile import Profile
from wecom_desktop.store.engine import open_archive
from wecom_desktop.ui.callback.callback_check_dialog import CallbackCheckDialog
from wecom_desktop.ui.i18n import SOURCE_LANGUAGE, install_language
from wecom_desktop.ui.main_window import MainWindow
from wecom_desktop.ui.theme import apply_scheme

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Profile, Engine]]:
    profile = Profile(tmp_path_factory.mktemp("screenshots") / "demo").create()
    build_demo(profile, 20_000)
    engine = open_archive(profile.database)
    yield profile, engine
    engine.dispose()


def busiest_group(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT id FROM conversations WHERE kind = 'group' ORDER BY message_count DESC LIMIT 1")
            ).scalar_one()
        )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", [SOURCE_LANGUAGE, "en"])
def test_main_window_screenshot(
    qtbot: QtBot, demo: tuple[Profile, Engine], language: str, scheme: str
) -> None:
    profile, engine = demo
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, language)
    apply_scheme(app, scheme)
    try:
        window = MainWindow(profile, engine, demo=True)
        qtbot.addWidget(window)
        # The window reopens the conversation an earlier parameter left open, so its first page
        # may be shown before the selection below; record every one from the start.
        shown: list[int] = []
        window.messages.first_page_shown.connect(shown.append)
        window.resize(1360, 820)
        window.show()
        qtbot.waitUntil(lambda: window.conversations.model.rowCount() > 0, timeout=30_000)
        busiest = busiest_group(engine)
        window.conversations.select_conversation(busiest)
        qtbot.waitUntil(lambda: busiest in shown, timeout=30_000)
        window.show_search()
        window.search.set_query("合同")
        qtbot.waitUntil(lambda: window.search.results.rowCount() > 0, timeout=30_000)
        qtbot.waitUntil(lambda: window.archive_label.text() != "", timeout=30_000)
        qtbot.wait(300)  # thumbnails and the last layout pass
        image = window.grab().toImage()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert image.save(str(SCREENSHOTS / f"main-{language}-{scheme}.png"))
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == ("文件(&F)" if language == SOURCE_LANGUAGE else "&File")
        background = QImage(image).pixelColor(image.width() // 2, image.height() - 5)
        assert (background.lightness() < 100) == (scheme == "dark")
        window.close()
    finally:
        install_language(app, SOURCE_LANGUAGE)
        apply_scheme(app, "light")


@pytest.mark.parametrize(("language", "scheme"), [(SOURCE_LANGUAGE, "light"), ("en", "dark")])
def test_callback_checker_screenshot(qtbot: QtBot, language: str, scheme: str) -> None:
    """The callback checker after verifying the WeCom documentation's sample URL (a log line whose
    '+' became spaces, the case it exists for)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, language)
    apply_scheme(app, scheme)
    try:
        dialog = CallbackCheckDialog()
        qtbot.addWidget(dialog)
        dialog.resize(900, 700)
        dialog.config.token.setText("QDG6eK")
        dialog.config.aes_key.setText("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C")
        dialog.config.receive_id.setText("wx5823bf96d3bd56c7")
        dialog.verify_tab.paste.setPlainText(
            "GET /wecom/callback?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589"
            "&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp 4RPcs8TgAE7"
            "OaBO FZXvnaqQ== HTTP/1.1"
        )
        dialog.show()
        dialog.verify_tab.verify()
        assert dialog.verify_tab.plaintext.text() == "1616140317555161061"
        qtbot.wait(100)
        image = dialog.grab().toImage()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert image.save(str(SCREENSHOTS / f"callback-{language}-{scheme}.png"))
        assert dialog.tabs.tabText(0) == ("验证 URL" if language == SOURCE_LANGUAGE else "Verify URL")
        dialog.close()
    finally:
        install_language(app, SOURCE_LANGUAGE)
        apply_scheme(app, "light")
