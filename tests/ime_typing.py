"""Typing Chinese the way it reaches a widget: input-method commits (QTest.keyClicks is ASCII-only)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit_text(widget: QWidget, text: str, per_character: bool = True) -> None:
    """Commit `text` into `widget` as an input method does: one commit per character, or one for all."""
    for piece in text if per_character else [text]:
        event = QInputMethodEvent()
        event.setCommitString(piece)
        QApplication.sendEvent(widget, event)
