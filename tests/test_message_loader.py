"""The message page loader reports a failing disk instead of leaving the view waiting."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from wecom_desktop.store import message_pages
from wecom_desktop.store.errors import ArchiveStorageError
from wecom_desktop.ui.message_view.loader import PageKind, PageLoader, PageRequest


def test_a_disk_that_fails_under_a_read_is_reported(
    qtbot: QtBot, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read that meets a failing disk (here raised where the store would raise it: the disk
    # itself cannot be made to fail a read on this machine).
    def failing_disk(*_: object) -> list[message_pages.PageMessage]:
        raise ArchiveStorageError(tmp_path / "archive.sqlite3", full=False)

    monkeypatch.setattr(message_pages, "newest", failing_disk)
    loader = PageLoader(engine, tmp_path / "media")
    try:
        request = PageRequest(1, 1, PageKind.NEWEST, 50)
        with qtbot.waitSignal(loader.failed, timeout=10_000) as failed:
            loader.request_page(request)
        assert failed.args[0] == request
        assert "disk I/O error" in failed.args[1] or "磁盘读写出错" in failed.args[1]
        assert str(tmp_path / "archive.sqlite3") in failed.args[1]
    finally:
        loader.shutdown()
