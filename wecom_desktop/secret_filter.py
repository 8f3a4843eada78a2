"""Log redaction: PEM blocks and every registered secret (plain, base64, hex) never reach a log.

`install()` puts one `SecretFilter` on the root logger and on each of its handlers (a handler's
filters see the records of every logger, a logger's filters only its own). Call it again after
adding a handler: it is idempotent. The credentials module registers every secret it reads or
writes with `register_secret`; anything else holding a secret may register it too.

The filter formats the record once (message with its args, exception text, stack text),
redacts the text and stores it back, so every handler after it sees only the redacted text.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import traceback

__all__ = [
    "FILTER",
    "MIN_SECRET_LENGTH",
    "REDACTED",
    "SecretFilter",
    "clear_registered_secrets",
    "install",
    "redact",
    "register_secret",
]

REDACTED = "[已隐藏/redacted]"
MIN_SECRET_LENGTH = 4  # shorter values would blank out ordinary words and digits
_MIN_LINE_LENGTH = 16  # lines of a multi-line secret (a PEM body) registered on their own

# A PEM block from its BEGIN line up to its END line, or up to the next dash run / the end of the
# text when the END line is missing (a partial paste). Tolerates damaged dashes and escaped
# newlines (a repr), and any case. Whether a match is redacted is decided in `_pem_block`.
_PEM_LABEL = r"[ \t]*[A-Za-z0-9 ]{0,60}?"
_PEM_BEGIN = re.compile(
    rf"-{{2,}}[ \t]*BEGIN{_PEM_LABEL}[ \t]*-{{2,}}(?P<body>(?:(?!-{{2}})[\s\S])*)"
    rf"(?P<end>-{{2,}}[ \t]*END{_PEM_LABEL}[ \t]*-{{2,}})?",
    re.IGNORECASE,
)
_PEM_END = re.compile(rf"-{{2,}}[ \t]*END{_PEM_LABEL}[ \t]*-{{2,}}", re.IGNORECASE)
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}")
_BODY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\\ \t\r\n")


def _pem_block(match: re.Match[str]) -> str:
    if match.group("end") is not None or _BASE64_RUN.search(match.group("body")):
        return REDACTED
    return match.group(0)  # prose that mentions a BEGIN line, e.g. "starts with -----BEGIN …-----"


class _Registry:
    """The registered secrets as one pattern, compiled when a text is first redacted after a change.

    Compiling is the costly part (a key's forms are tens of kilobytes of pattern), and secrets
    are registered at start-up, long before anything is logged.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._literals: dict[str, bool] = {}  # literal → may be followed by base64 padding
        self._pattern: re.Pattern[str] | None = None
        self._stale = False

    @property
    def pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._stale:
                self._compile()
                self._stale = False
            return self._pattern

    def add(self, value: str | bytes) -> None:
        if isinstance(value, bytes):
            key, raw = value.hex(), value
        else:
            key, raw = value, value.encode("utf-8", errors="surrogatepass")
        if len(raw) < MIN_SECRET_LENGTH:
            return
        with self._lock:
            if key in self._values:
                return
            self._values.add(key)
            for literal, padded in _forms(value, raw):
                if len(literal) >= MIN_SECRET_LENGTH:
                    self._literals[literal] = self._literals.get(literal, False) or padded
            self._stale = True

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._literals.clear()
            self._pattern = None
            self._stale = False

    def _compile(self) -> None:
        ordered = sorted(self._literals, key=len, reverse=True)  # longest first: no half-redacted forms
        alternatives = (re.escape(lit) + ("={0,2}" if self._literals[lit] else "") for lit in ordered)
        self._pattern = re.compile("|".join(alternatives)) if ordered else None


def _forms(value: str | bytes, raw: bytes) -> list[tuple[str, bool]]:
    """The value as text, base64 (standard, URL-safe) and hex, and a multi-line value's long lines."""
    forms: list[tuple[str, bool]] = [
        (base64.b64encode(raw).decode("ascii").rstrip("="), True),
        (base64.urlsafe_b64encode(raw).decode("ascii").rstrip("="), True),
        (raw.hex(), False),
        (raw.hex().upper(), False),
    ]
    text = value if isinstance(value, str) else raw.decode("utf-8", errors="ignore")
    if text:
        forms.append((text, False))
    lines = [line.strip() for line in text.splitlines()]
    if len(lines) > 1:
        forms.extend((line, False) for line in lines if len(line) >= _MIN_LINE_LENGTH)
        body = "".join(line for line in lines if not line.startswith("-----"))
        if len(body) >= _MIN_LINE_LENGTH:
            forms.append((body, False))  # a PEM body logged as one line
        forms.append(("\\n".join(text.splitlines()), False))  # the value inside a repr()
    return forms


_registry = _Registry()


def register_secret(value: str | bytes | None) -> None:
    """Redact `value` (and its base64 and hex forms) from every log record from now on.

    Values shorter than MIN_SECRET_LENGTH bytes are ignored: redacting them would blank out
    ordinary text.
    """
    if value:
        _registry.add(value)


def clear_registered_secrets() -> None:
    """Forget every registered secret (for tests)."""
    _registry.clear()


def redact(text: str) -> str:
    """`text` with PEM blocks and registered secrets replaced by REDACTED."""
    pattern = _registry.pattern
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    if "--" in text:
        text = _redact_tails(_PEM_BEGIN.sub(_pem_block, text))
    return text


def _redact_tails(text: str) -> str:
    """Redact the rest of a block whose BEGIN line was cut off: base64 lines, then an END line.

    Scans back from each END line (linear time: a regex for this backtracks on long base64).
    """
    pieces: list[str] = []
    done = 0
    for match in _PEM_END.finditer(text):
        start = match.start()
        while start > done and text[start - 1] in _BODY_CHARS:
            start -= 1
        while text[start] in " \t\r\n":  # keep the separator before the fragment
            start += 1
        if _BASE64_RUN.search(text, start, match.start()):
            pieces.append(text[done:start])
            pieces.append(REDACTED)
            done = match.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


class SecretFilter(logging.Filter):
    """Redacts the message, its arguments, the exception text and the stack text of each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad format arguments: keep what there is, redacted
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = ()
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_info = None  # formatters now print the redacted exc_text
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


FILTER = SecretFilter()


def install(logger: logging.Logger | None = None) -> SecretFilter:
    """Attach the filter to `logger` (default: the root logger) and to each of its handlers; idempotent."""
    target = logger if logger is not None else logging.getLogger()
    for holder in (target, *target.handlers):
        if not any(isinstance(existing, SecretFilter) for existing in holder.filters):
            holder.addFilter(FILTER)
    return FILTER
