"""Human formatting of sizes, durations, times and one-line text."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_UNITS = ("B", "KB", "MB", "GB", "TB")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_WHITESPACE = re.compile(r"\s+")


def file_size(size: int | None) -> str:
    if size is None or size < 0:
        return ""
    if size < 1024:
        return f"{size} B"
    for exponent, unit in enumerate(_UNITS[1:], start=1):
        # integer arithmetic: a float would overflow on absurd sizes and lose precision
        tenths = (size * 10 + 1024**exponent // 2) // 1024**exponent
        if tenths < 10240 or unit == _UNITS[-1]:  # 1023.96 KB rounds to 1024.0 KB: that is 1.0 MB
            return f"{tenths // 10}.{tenths % 10} {unit}"
    raise AssertionError("unreachable")


def local_moment(msgtime_ms: int) -> dt.datetime | None:
    """A time in ms since the epoch in this computer's time zone; None where no calendar can hold it
    (a stored msgtime is whatever the server or another tool wrote, microseconds included)."""
    try:
        return (_EPOCH + dt.timedelta(milliseconds=msgtime_ms)).astimezone()
    except (OverflowError, OSError, ValueError):
        return None


def one_line(text: str, limit: int = 80) -> str:
    flat = _WHITESPACE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: _whole_characters(flat, limit - 1)] + "…"


# What continues the character before it: a zero-width joiner's partner, variation selectors,
# skin tones, tag characters (subdivision flags) and the keycap mark.
_CONTINUES = re.compile("[\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\u20e3]")
_REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]")  # two of them make one flag


def _whole_characters(text: str, end: int) -> int:
    """`end`, moved back so that text[:end] does not cut an emoji sequence or a combining mark."""
    while 0 < end < len(text) and (
        _CONTINUES.match(text[end]) or unicodedata.combining(text[end]) or text[end - 1] == "\u200d"
    ):
        end -= 1
    regional = 0
    while regional < end and _REGIONAL.match(text[end - 1 - regional]):
        regional += 1
    return end - 1 if regional % 2 and end < len(text) and _REGIONAL.match(text[end]) else end
