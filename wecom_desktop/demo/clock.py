"""When demo messages are sent: two years ending 2026-10-31 (Beijing time), busiest in working hours.

Message `i` of `N` sits at the quantile `(i + jitter) / N` of an hour-by-hour activity curve,
so times increase with the index and any slice of indices can be timed independently.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools

BEIJING = dt.timezone(dt.timedelta(hours=8))
END = dt.datetime(2026, 11, 1, tzinfo=BEIJING)  # exclusive: the archive ends on 2026-10-31
DAYS = 730
START = END - dt.timedelta(days=DAYS)
START_MS = int(START.timestamp() * 1000)
END_MS = int(END.timestamp() * 1000)
HOUR_MS = 3_600_000
KEY_ROTATION_MS = START_MS + 365 * 24 * HOUR_MS  # publickey_ver 1 before, 2 after

# Relative activity by hour of a working day (Beijing time).
_WORKDAY = (
    0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.6, 2.0, 5.0, 9.0, 10.0, 9.5,
    5.0, 6.0, 9.5, 10.0, 9.5, 8.0, 5.0, 3.5, 3.0, 2.5, 1.5, 0.7,
)  # fmt: skip
_WEEKEND_FACTOR = 0.22
# Spring Festival weeks (start dates) are quiet
_HOLIDAYS = (dt.date(2025, 1, 28), dt.date(2026, 2, 16))
_HOLIDAY_DAYS = 8


def _day_factor(day: dt.date) -> float:
    if any(0 <= (day - start).days < _HOLIDAY_DAYS for start in _HOLIDAYS):
        return 0.08
    if day.month == 10 and day.day <= 7:  # National Day week
        return 0.15
    return _WEEKEND_FACTOR if day.weekday() >= 5 else 1.0


@functools.cache
def _hour_quantiles() -> tuple[list[float], list[float]]:
    """Cumulative activity at the end of each hour (normalised to 1), and each hour's own share."""
    weights: list[float] = []
    for day_index in range(DAYS):
        day = (START + dt.timedelta(days=day_index)).date()
        growth = 0.7 + 0.6 * day_index / DAYS  # the company grows: later months are busier
        factor = _day_factor(day) * growth
        weights.extend(hour * factor for hour in _WORKDAY)
    total = sum(weights)
    cumulative: list[float] = []
    running = 0.0
    for weight in weights:
        running += weight
        cumulative.append(running / total)
    cumulative[-1] = 1.0
    return cumulative, [weight / total for weight in weights]


def time_at(quantile: float) -> int:
    """Milliseconds since the epoch at `quantile` (0 ≤ q < 1) of all activity; monotonic in q."""
    cumulative, shares = _hour_quantiles()
    hour = bisect.bisect_right(cumulative, quantile)
    if hour >= len(cumulative):
        return END_MS - 1
    before = cumulative[hour - 1] if hour else 0.0
    fraction = (quantile - before) / shares[hour]
    return START_MS + hour * HOUR_MS + min(int(fraction * HOUR_MS), HOUR_MS - 1)


def publickey_version(msgtime: int) -> int:
    return 1 if msgtime < KEY_ROTATION_MS else 2
