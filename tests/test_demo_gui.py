"""The demo profile behind the README's first command: built off the GUI thread, with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from wecom_desktop.profile import Profile
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.queries import has_completed
from wecom_desktop.ui.app import build_demo_with_progress


def _dialog() -> QProgressDialog | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()), None
    )


def test_demo_is_built_behind_a_progress_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    profile = Profile(tmp_path / "demo").create()
    seen: list[int] = []

    def watch() -> None:
        dialog = _dialog()
        if dialog is not None:
            seen.append(dialog.value())

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(5)
    assert build_demo_with_progress(profile, 30_000)
    timer.stop()
    assert seen, "the progress dialog was shown"
    assert max(seen) > 0
    engine = open_archive(profile.database)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM messages")).scalar_one() == 30_000
    assert has_completed(engine, "demo_build")
    engine.dispose()


def test_cancelling_the_demo_build_keeps_a_consistent_partial_archive(qtbot: QtBot, tmp_path: Path) -> None:
    profile = Profile(tmp_path / "demo").create()

    def cancel_when_shown() -> None:
        dialog = _dialog()
        if dialog is not None and dialog.value() > 0:
            dialog.findChildren(QPushButton)[0].click()
        else:
            QTimer.singleShot(5, cancel_when_shown)

    QTimer.singleShot(5, cancel_when_shown)
    assert not build_demo_with_progress(profile, 200_000)
    engine = open_archive(profile.database)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT count(*) FROM messages")).scalar_one()
        counted = connection.execute(text("SELECT sum(message_count) FROM conversations")).scalar_one()
        in_conversations = connection.execute(
            text("SELECT count(*) FROM messages WHERE conversation_id IS NOT NULL")
        ).scalar_one()
    assert 0 < stored < 200_000
    assert counted == in_conversations
    assert not has_completed(engine, "demo_build")  # the next launch builds the rest
    engine.dispose()
