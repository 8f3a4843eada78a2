"""Values longer than a keyring entry may hold, split into numbered parts and verified on read.

The Windows Credential Manager keeps at most 2,560 bytes per entry and keyring stores text
there as UTF-16, so an entry holds at most 1,280 characters; a 2048-bit PKCS#8 PEM is about
1,700 and a 4096-bit one about 3,300. Longer values are stored as parts:

    <entry>#0, <entry>#1, …   the parts, each at most `part_limit` UTF-16 code units
    <entry>                   the header, written last: ``wecom-parts/1:<count>:<sha256 hex>``

`<sha256 hex>` is the SHA-256 of the whole value's UTF-8. A read joins the parts and checks
the count and the checksum: a missing part or a mismatch raises StoredValueDamaged, never a
partial value. A short value is stored as is in `<entry>`, unless it starts with the header
prefix: such a value is always split, so a stored single value is never taken for a header.
Writes and deletes also remove stale parts (`<entry>#<n>` beyond the new count, up to the
first one missing), so shrinking a value or an interrupted write leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from wecom_desktop.credentials_backend import Vault
from wecom_desktop.credentials_errors import DamageProblem, StoredValueDamaged

__all__ = [
    "DEFAULT_PART_LIMIT",
    "HEADER_PREFIX",
    "MIN_PART_LIMIT",
    "ChunkedEntries",
    "header_for",
    "part_name",
    "split_parts",
    "utf16_units",
]

DEFAULT_PART_LIMIT = 1_000  # UTF-16 code units: 2,000 bytes on Windows, under its 2,560-byte cap
MIN_PART_LIMIT = 96  # the header (~82 characters) must fit in one entry too
HEADER_PREFIX = "wecom-parts/"
_HEADER = re.compile(r"wecom-parts/1:([1-9][0-9]{0,5}):([0-9a-f]{64})")


def utf16_units(text: str) -> int:
    """Length in UTF-16 code units (what the Windows Credential Manager counts, two bytes each)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def split_parts(value: str, limit: int) -> list[str]:
    """`value` cut into parts of at most `limit` UTF-16 code units, never inside a character."""
    if len(value) * 2 <= limit:  # fast path: fits whatever the characters
        return [value]
    parts: list[str] = []
    start = units = 0
    for index, char in enumerate(value):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > limit:
            parts.append(value[start:index])
            start, units = index, 0
        units += width
    parts.append(value[start:])
    return parts


def part_name(entry: str, index: int) -> str:
    return f"{entry}#{index}"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", errors="surrogatepass")).hexdigest()


def header_for(value: str, count: int) -> str:
    return f"{HEADER_PREFIX}1:{count}:{_digest(value)}"


class ChunkedEntries:
    """Entries of one keyring service, each of any length (split into parts when needed)."""

    def __init__(self, vault: Vault, part_limit: int = DEFAULT_PART_LIMIT) -> None:
        if part_limit < MIN_PART_LIMIT:
            raise ValueError(f"part_limit must be at least {MIN_PART_LIMIT}, not {part_limit}")
        self.vault = vault
        self.part_limit = part_limit

    def read(self, entry: str) -> str | None:
        """The value of `entry`, None if there is none; StoredValueDamaged rather than anything partial."""
        raw = self.vault.get(entry)
        if raw is None or not raw.startswith(HEADER_PREFIX):
            return raw
        header = _HEADER.fullmatch(raw)
        if header is None:
            raise StoredValueDamaged(entry, DamageProblem.BAD_HEADER)
        parts: list[str] = []
        for index in range(int(header.group(1))):
            part = self.vault.get(part_name(entry, index))
            if part is None:
                raise StoredValueDamaged(entry, DamageProblem.MISSING_PART, index)
            parts.append(part)
        value = "".join(parts)
        if not hmac.compare_digest(_digest(value), header.group(2)):
            raise StoredValueDamaged(entry, DamageProblem.CHECKSUM)
        return value

    def write(self, entry: str, value: str) -> None:
        """Store `value` under `entry`: the parts first, the header last (it makes them count)."""
        old_count = self._part_count(entry)
        if utf16_units(value) <= self.part_limit and not value.startswith(HEADER_PREFIX):
            self.vault.set(entry, value)
            kept = 0
        else:
            parts = split_parts(value, self.part_limit)
            for index, part in enumerate(parts):
                self.vault.set(part_name(entry, index), part)
            self.vault.set(entry, header_for(value, len(parts)))
            kept = len(parts)
        self._delete_parts(entry, kept, old_count)

    def delete(self, entry: str) -> bool:
        """Remove `entry` and all its parts (last the header); False when there was nothing."""
        removed_parts = self._delete_parts(entry, 0, self._part_count(entry))
        return self.vault.delete(entry) or removed_parts

    def _part_count(self, entry: str) -> int:
        """How many parts the stored header names (0 for a single value, none, or a bad header)."""
        raw = self.vault.get(entry)
        header = _HEADER.fullmatch(raw) if raw is not None else None
        return int(header.group(1)) if header is not None else 0

    def _delete_parts(self, entry: str, first: int, known: int) -> bool:
        """Delete parts `first`…`known - 1` (last first), then any further ones up to the first gap."""
        removed = False
        for index in reversed(range(first, known)):
            removed = self.vault.delete(part_name(entry, index)) or removed
        index = max(first, known)
        while self.vault.delete(part_name(entry, index)):
            removed = True
            index += 1
        return removed
