"""Errors raised by the store."""

from __future__ import annotations


class ArchiveError(RuntimeError):
    """The archive database cannot be opened or used; the message says why and what to do."""
