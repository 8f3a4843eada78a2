"""Human formatting of sizes, durations and one-line text."""

from __future__ import annotations

import re

_UNITS = ("B", "KB", "MB", "GB", "TB")
_WHITESPACE = re.compile(r"\s+")


def file_size(size: int | None) -> str:
    if size is None or size < 0:
        return ""
    if size < 1024:
        return f"{size} B"
    for exponent, unit in enumerate(_UNITS[1:], start=1):
        if size < 1024 ** (exponent + 1) or unit == _UNITS[-1]:
            # integer arithmetic: a float would overflow on absurd sizes and lose precision
            tenths = (size * 10 + 1024**exponent // 2) // 1024**exponent
            return f"{tenths // 10}.{tenths % 10} {unit}"
    raise AssertionError("unreachable")


def one_line(text: str, limit: int = 80) -> str:
    flat = _WHITESPACE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
