"""The export dialog's life: deleted once closed, and never before its export thread has stopped."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from tests.conftest import message_json
from wecom_desktop.core.parse import parse_message
from wecom_desktop.export import ExportCancelled, ExportResult, ExportSelection, export_messages
from wecom_desktop.export.exporter import Progress
from wecom_desktop.profile import Profile
from wecom_desktop.store.search import SearchFilters
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.ui import export_dialog
from wecom_desktop.ui.export_dialog import ExportDialog, ExportWorker
from wecom_desktop.ui.main_window import MainWindow
from wecom_desktop.ui.search_panel import ShownSearch

T0 = 1_700_000_000_000


class HeldExport:
    """The real export, held after it has begun writing until it is cancelled."""

    def __init__(self) -> None:
        self.writing = threading.Event()
        self.outcomes: list[ExportResult | BaseException] = []

    def __call__(
        self,
        engine: Engine,
        selection: ExportSelection,
        fmt: str,
        path: Path,
        progress: Progress,
        cancel: threading.Event,
        **options: object,
    ) -> ExportResult:
        def hold(done: int, total: int) -> None:
            progress(done, total)
            self.writing.set()
            cancel.wait(timeout=60)

        try:
            result = export_messages(engine, selection, fmt, path, hold, cancel, **options)  # type: ignore[arg-type]
        except BaseException as exc:
            self.outcomes.append(exc)
            raise
        self.outcomes.append(result)
        return result


@pytest.fixture
def window(qtbot: QtBot, profile: Profile, engine: Engine) -> Iterator[MainWindow]:
    ArchiveWriter(engine).write_batch(
        [parse_message(message_json(f"m{i:02d}", msgtime=T0 + i * 1000)) for i in range(5)]
    )
    with engine.connect() as connection:
        conversation_id = connection.execute(text("SELECT id FROM conversations")).scalar_one()
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.conversations.model.rowCount() == 1, timeout=30_000)
    with qtbot.waitSignal(window.messages.first_page_shown, timeout=30_000):
        window.conversations.select_conversation(conversation_id)
    try:
        yield window
    finally:
        for dialog in window.findChildren(ExportDialog):
            dialog.reject()  # never leave a running export to a window about to be deleted


def open_export(window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    (dialog,) = window.findChildren(ExportDialog)
    assert dialog.isVisible()
    return dialog


def start_held_export(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> HeldExport:
    held = HeldExport()
    monkeypatch.setattr(export_dialog, "export_messages", held)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.ask_destination = lambda fmt: folder / "out.csv"  # type: ignore[method-assign]
    dialog.on_save_clicked()
    qtbot.waitUntil(held.writing.is_set, timeout=30_000)
    assert [path.suffix for path in folder.iterdir()] == [".part"]  # a partial file is being written
    return held


def test_closed_export_dialogs_are_deleted(qtbot: QtBot, window: MainWindow) -> None:
    """Each opens anew; a closed one holding the archive must not pile up under the window."""
    for _ in range(2):
        dialog = open_export(window)
        dialog.reject()
        qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))


def _click_cancel(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def _press_escape(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _close_window(_qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.close()  # the title bar's close button


@pytest.mark.parametrize("close", [_click_cancel, _press_escape, _close_window])
def test_closing_during_an_export_cancels_it_and_deletes_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    close: Callable[[QtBot, ExportDialog], None],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = open_export(window)
    held = start_held_export(qtbot, dialog, monkeypatch, folder)
    close(qtbot, dialog)
    # The export has stopped by the time the dialog is closed; deleting it cannot take a live thread.
    assert len(held.outcomes) == 1 and isinstance(held.outcomes[0], ExportCancelled)
    assert list(folder.iterdir()) == []
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))
    assert window.isVisible()


def test_closing_the_window_during_an_export_cancels_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    held = start_held_export(qtbot, open_export(window), monkeypatch, folder)
    window.close()  # the archive may be closed right after: the export must not outlive the window
    assert len(held.outcomes) == 1 and isinstance(held.outcomes[0], ExportCancelled)
    assert list(folder.iterdir()) == []
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))


def test_a_search_export_takes_every_hit_under_the_searchs_filters(engine: Engine, tmp_path: Path) -> None:
    ArchiveWriter(engine).write_batch(
        [
            parse_message(message_json(f"{sender}-{i}", msgtime=T0 + i * 1000, **{"from": sender}))
            for i in range(3)
            for sender in ("zhangwei", "lisi")
        ]
    )
    shown = ShownSearch("合同", SearchFilters(sender="lisi"), loaded=1, complete=False)
    result = ExportWorker(engine, shown, "jsonl", tmp_path / "lisi.jsonl", "en").work()
    lines = (tmp_path / "lisi.jsonl").read_text(encoding="utf-8").splitlines()
    assert result.count == 3
    assert [json.loads(line)["msgid"] for line in lines] == ["lisi-0", "lisi-1", "lisi-2"]

    filters_only = ShownSearch("", SearchFilters(sender="zhangwei"), loaded=3, complete=True)
    ExportWorker(engine, filters_only, "html", tmp_path / "zhangwei.html", "en").work()
    page = (tmp_path / "zhangwei.html").read_text(encoding="utf-8")
    assert "<title>Search results</title>" in page
    assert page.count("您好，合同 zhangwei-") == 3 and "合同 lisi-" not in page


def test_a_search_export_cancelled_before_its_search_writes_nothing(engine: Engine, tmp_path: Path) -> None:
    ArchiveWriter(engine).write_batch([parse_message(message_json("m1"))])
    folder = tmp_path / "out"
    folder.mkdir()
    worker = ExportWorker(
        engine, ShownSearch("合同", SearchFilters(), 1, True), "csv", folder / "x.csv", "en"
    )
    worker.cancel()
    with pytest.raises(ExportCancelled):
        worker.work()
    assert list(folder.iterdir()) == []


def test_a_conversation_export_can_take_only_some_days(
    qtbot: QtBot, profile: Profile, engine: Engine, tmp_path: Path
) -> None:
    def at(day: int, hour: int) -> int:
        return QDateTime(QDate(2024, 3, day), QTime(hour, 0)).toMSecsSinceEpoch()

    ArchiveWriter(engine).write_batch(
        [
            parse_message(message_json(f"d{day}-{hour}", msgtime=at(day, hour)))
            for day in (1, 2, 3, 4)
            for hour in (0, 23)  # a day's first and last hour, local time
        ]
    )
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.conversations.model.rowCount() == 1, timeout=30_000)
    with engine.connect() as connection:
        conversation_id = connection.execute(text("SELECT id FROM conversations")).scalar_one()
    with qtbot.waitSignal(window.messages.first_page_shown, timeout=30_000):
        window.conversations.select_conversation(conversation_id)
    dialog = open_export(window)
    # The days offered are the conversation's own; they apply only once asked for.
    assert (dialog.since_edit.date(), dialog.until_edit.date()) == (QDate(2024, 3, 1), QDate(2024, 3, 4))
    assert not dialog.since_edit.isEnabled()
    dialog.days_check.setChecked(True)
    assert dialog.since_edit.isEnabled() and dialog.until_edit.isEnabled()
    dialog.since_edit.setDate(QDate(2024, 3, 3))
    dialog.until_edit.setDate(QDate(2024, 3, 2))  # either order
    target = tmp_path / "days.jsonl"
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    dialog.ask_destination = lambda _fmt: target  # type: ignore[method-assign]
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.result_path == target and dialog.worker is None, timeout=30_000)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["msgid"] for line in lines] == ["d2-0", "d2-23", "d3-0", "d3-23"]
    dialog.reject()
    window.close()
