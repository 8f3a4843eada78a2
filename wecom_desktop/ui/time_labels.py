"""Compact message times for list rows: today's clock time, this year's day, or a full date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def short_time(msgtime_ms: int | None, now: QDateTime | None = None) -> str:
    if msgtime_ms is None:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(msgtime_ms)
    today = (now or QDateTime.currentDateTime()).date()
    locale = QLocale()
    if moment.date() == today:
        return locale.toString(moment.time(), "HH:mm")
    if moment.date().year() == today.year():
        return locale.toString(moment.date(), QCoreApplication.translate("ShortTime", "M月d日"))
    return day_with_year(msgtime_ms)


def day_with_year(msgtime_ms: int) -> str:
    """The local date with its year in full: 2026/3/1, Mar 1, 2026."""
    moment = QDateTime.fromMSecsSinceEpoch(msgtime_ms)
    return QLocale().toString(moment.date(), QCoreApplication.translate("ShortTime", "yyyy/M/d"))


def full_time(msgtime_ms: int | None) -> str:
    """The exact local time, for tool tips."""
    if msgtime_ms is None:
        return ""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(msgtime_ms), QLocale.FormatType.LongFormat)
