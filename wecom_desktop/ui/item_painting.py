"""Pieces shared by the list delegates: the item background and palette-aware colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem


def draw_item_background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The style's selection, hover and focus decoration, without any text."""
    plain = QStyleOptionViewItem(option)
    plain.text = ""
    plain.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay
    style = plain.widget.style() if plain.widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)


def is_selected(option: QStyleOptionViewItem) -> bool:
    return bool(option.state & QStyle.StateFlag.State_Selected)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def text_colour(option: QStyleOptionViewItem) -> QColor:
    role = QPalette.ColorRole.HighlightedText if is_selected(option) else QPalette.ColorRole.Text
    return option.palette.color(role)


def secondary_colour(option: QStyleOptionViewItem) -> QColor:
    """Grey text that stays readable on the row's background (selected or not)."""
    text = text_colour(option)
    background = option.palette.color(
        QPalette.ColorRole.Highlight if is_selected(option) else QPalette.ColorRole.Base
    )
    weight = 0.6
    return QColor(
        round(text.red() * weight + background.red() * (1 - weight)),
        round(text.green() * weight + background.green() * (1 - weight)),
        round(text.blue() * weight + background.blue() * (1 - weight)),
    )
