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
        window.resize(1360, 820)
        window.show()
        qtbot.waitUntil(lambda: window.conversations.model.rowCount() > 0, timeout=30_000)
        with qtbot.waitSignal(window.messages.first_page_shown, timeout=30_000):
            window.conversations.select_conversation(busiest_group(engine))
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
