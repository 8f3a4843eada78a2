"""Picking a range of whole days, as the search filters and the export take it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit


def day_edit(name: str, day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def day_range_ms(one: QDate, other: QDate) -> tuple[int, int]:
    """From local midnight of the earlier day to local midnight after the later (exclusive), in ms."""
    first, last = sorted((one, other), key=lambda day: day.toJulianDay())
    return (
        QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch(),
        QDateTime(last.addDays(1), QTime(0, 0)).toMSecsSinceEpoch(),
    )


def local_day(msgtime: int | None) -> QDate:
    """The local day of a message time in ms (today for none)."""
    return QDate.currentDate() if msgtime is None else QDateTime.fromMSecsSinceEpoch(msgtime).date()
