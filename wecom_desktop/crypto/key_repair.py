"""Undo the usual paste damage of a PEM/base64 private key without ever changing the key.

The repair only ever *removes* what base64 cannot contain (whitespace, quotes, escapes,
mail quoting, zero-width characters, text around the block) and folds look-alike
characters (full-width letters, typographic dashes) back to ASCII. It never guesses a
base64 character. The DER structure says exactly how long the key is, so a cut-off copy is
told apart from a complete one, and whatever survives must still pass the RSA consistency
check when the key is loaded: a "repair" cannot produce a different valid key.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass

from wecom_desktop.crypto.key_errors import KeyProblem

MAX_TEXT = 1 << 20  # a private key is a few kilobytes; anything this big is not one
MAX_DER = 1 << 16  # the DER of a 16384-bit RSA key is under 10 KB

_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63", "-"))
_ESCAPED_BREAK = re.compile(r"\\+(?:r\\+n|[nrt])")  # literal \n from JSON, code or shell strings
_ESCAPED_SLASH = re.compile(r"\\+/")  # JSON's \/
_HTML_BREAK = re.compile(r"<\s*/?\s*(?:br|p|div)\s*/?\s*>", re.I)
_MARKER = re.compile(r"-{2,}[ \t]*(BEGIN|END)[ \t]+([A-Z0-9]+(?:\s+[A-Z0-9]+)*?)[ \t]*-{2,}", re.IGNORECASE)
_HEADER_LINE = re.compile(r"(?m)^[ \t]*[A-Za-z][A-Za-z0-9-]*:[^\n]*$")
_WORD = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def normalize(text: str) -> str:
    """Fold look-alikes to ASCII and turn escapes and markup into plain line breaks."""
    text = unicodedata.normalize("NFKC", text)  # full-width letters, ligatures, no-break spaces
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")  # BOM, zero-width marks
    text = text.translate(_DASHES)
    text = _ESCAPED_BREAK.sub("\n", text)
    text = _ESCAPED_SLASH.sub("/", text)
    return _HTML_BREAK.sub("\n", text)


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the pasted text: a BEGIN block (label set) or text outside any block."""

    label: str | None  # "RSA PRIVATE KEY", ...; None outside blocks
    inner: str  # after the BEGIN line, up to its END line (or the next marker / the end)
    has_end: bool  # the block's END line was found


def regions(text: str) -> list[Region]:
    """Split normalized text at BEGIN/END lines; an END without its BEGIN leaves plain text."""
    marks = [
        (m.start(), m.end(), m.group(1).upper(), " ".join(m.group(2).upper().split()))
        for m in _MARKER.finditer(text)
    ]
    found: list[Region] = []
    pos = 0
    i = 0
    while i < len(marks):
        start, end, kind, label = marks[i]
        found.append(Region(None, text[pos:start], False))
        if kind == "END":  # its BEGIN line was lost: what precedes is a bare body
            pos = end
            i += 1
            continue
        following = marks[i + 1] if i + 1 < len(marks) else None
        if following is not None and following[2] == "END":
            found.append(Region(label, text[end : following[0]], True))
            pos = following[1]
            i += 2
        else:
            stop = following[0] if following is not None else len(text)
            found.append(Region(label, text[end:stop], False))
            pos = stop
            i += 1
    found.append(Region(None, text[pos:], False))
    return [r for r in found if r.label is not None or r.inner.strip()]


def strip_header_lines(inner: str) -> str:
    """Drop RFC 1421 style `Name: value` lines (no base64 line contains a colon)."""
    return _HEADER_LINE.sub("", inner)


def words(text: str) -> list[str]:
    """Runs of base64 characters; everything else (spaces, quotes, escapes) separates them."""
    return _WORD.findall(text)


def der_length(prefix: bytes) -> int | None:
    """Total length of the DER SEQUENCE starting `prefix`, or None if it does not start one."""
    if len(prefix) < 2 or prefix[0] != 0x30:
        return None
    first = prefix[1]
    if first < 0x80:
        return 2 + first
    count = first - 0x80
    if not 1 <= count <= 3 or len(prefix) < 2 + count:
        return None
    length = int.from_bytes(prefix[2 : 2 + count], "big")
    if length < (0x80 if count == 1 else 1 << (8 * (count - 1))):  # not minimal: not DER
        return None
    return 2 + count + length


def _decode(chars: str) -> bytes:
    chars = chars[: len(chars) - len(chars) % 4 if len(chars) % 4 == 1 else len(chars)]
    return base64.b64decode(chars + "=" * (-len(chars) % 4), validate=True)


@dataclass(frozen=True, slots=True)
class Taken:
    """Exactly `size` bytes read from a run of base64 words, or why they could not be."""

    data: bytes | None
    problem: KeyProblem | None
    used: int  # words consumed


class Base64Run:
    """Consecutive base64 words read as one body, the way a PEM body is split into lines."""

    def __init__(self, run: list[str]) -> None:
        self.run = run

    def peek(self, size: int) -> bytes:
        """Up to `size` leading bytes of the body (fewer when the body is shorter)."""
        want = 4 * -(-size // 3)
        parts: list[str] = []
        have = 0
        for word in self.run:
            parts.append(word.rstrip("="))
            have += len(parts[-1])
            if have >= want or word.endswith("="):  # padding ends a base64 body
                break
        return _decode("".join(parts)[:want])[:size]

    def take(self, size: int, *, exact: bool) -> Taken:
        """The first `size` bytes; `exact`: nothing may follow them."""
        need = (4 * size + 2) // 3  # base64 characters without padding
        chars = used = 0
        while used < len(self.run) and chars < need:
            word = self.run[used]
            chars += len(word.rstrip("="))
            used += 1
            if word.endswith("="):
                break
        if chars < need:
            return Taken(None, KeyProblem.TRUNCATED, used)
        last = self.run[used - 1]
        padding = len(last) - len(last.rstrip("="))
        if chars > need or padding > -need % 4 or (exact and used < len(self.run)):
            return Taken(None, KeyProblem.CORRUPT, used)  # more text than the structure holds
        body = "".join(w.rstrip("=") for w in self.run[:used])
        try:
            data = _decode(body)
        except (binascii.Error, ValueError):
            return Taken(None, KeyProblem.CORRUPT, used)
        return Taken(data, None, used)


def take_der(run: list[str], *, exact: bool) -> Taken:
    """The DER structure that `run` starts with, sized by its own length header."""
    reader = Base64Run(run)
    try:
        length = der_length(reader.peek(5))
    except (binascii.Error, ValueError):
        length = None
    if length is None or length > MAX_DER:
        return Taken(None, KeyProblem.NOT_A_KEY, 1)
    return reader.take(length, exact=exact)
