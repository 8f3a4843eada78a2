"""A one-line label that never widens its window: what does not fit ends in "…", the whole
text is its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

_MINIMUM_CHARACTERS = 12  # what the label keeps when its layout is short of room


class ElidedLabel(QLabel):
    """`text()` is the whole text; the label shows as much of it as its width allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        self._text = text
        self._show_what_fits()
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._text) + margins.left() + margins.right()
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = min(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * _MINIMUM_CHARACTERS)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_what_fits()

    def _show_what_fits(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._text, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        QLabel.setText(self, shown)
        self.setToolTip("" if shown == self._text else self._text)
