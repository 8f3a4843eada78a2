"""The completeness report in the window: the command line's figures, gaps and unreadable records,
copied or saved as the same JSON."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.conftest import message_json
from tests.long_reads import insert_bare_messages, seconds_to_stop
from wecom_desktop.cli import main
from wecom_desktop.core.message import EncryptedRecord
from wecom_desktop.core.parse import parse_message
from wecom_desktop.profile import Profile
from wecom_desktop.store.status import archive_status
from wecom_desktop.store.writer import ArchiveWriter, Checkpoint
from wecom_desktop.ui.completeness_dialog import CompletenessDialog
from wecom_desktop.ui.main_window import MainWindow

STORED_SEQS = [*range(1, 11), *range(14, 21), 25]  # missing: 11–13 and 21–24


@pytest.fixture
def window(qtbot: QtBot, profile: Profile, engine: Engine, writer: ArchiveWriter) -> Iterator[MainWindow]:
    readable = [seq for seq in STORED_SEQS if seq not in (5, 6, 7)]
    messages = [parse_message(message_json(f"m{seq}", seq=seq)) for seq in readable]
    messages.append(parse_message(message_json("odd", seq=26, msgtype="solitaire", solitaire={})))
    records = [
        EncryptedRecord(f"m{seq}", seq, 3, "d3JhcHBlZA==", "bWVzc2FnZQ==", "missing_key:3: no key")
        for seq in (5, 6)
    ] + [EncryptedRecord("m7", 7, 2, "d3JhcHBlZA==", "bWVzc2FnZQ==", "decrypt_failed:2: bad")]
    writer.write_batch(messages, records, Checkpoint("corp", 26))
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def opened(qtbot: QtBot, window: MainWindow) -> CompletenessDialog:
    window.completeness_action.trigger()
    dialog = window.findChild(CompletenessDialog)
    assert isinstance(dialog, CompletenessDialog)
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=30_000)
    return dialog


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_report_shows_gaps_and_unreadable_records_by_reason_and_key_version(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = opened(qtbot, window)
    assert dialog.state.text() == "seq 有 2 处不连续，共 7 个 seq 不在档案中；3 条记录无法解密"
    assert dialog.values["messages"].text() == "19 条（19 个不同的 msgid；3 条不属于任何会话）"
    assert dialog.values["seq"].text() == "1 – 26"
    assert dialog.values["missing"].text() == "7 个，共 2 段"
    assert dialog.values["undecryptable"].text() == "3" and dialog.values["unsupported"].text() == "1"
    assert rows(dialog.gaps) == [["11", "13", "3"], ["21", "24", "4"]]
    assert rows(dialog.undecryptable) == [
        ["缺少该版本的私钥 (missing_key)", "3", "2"],
        ["DecryptData 失败 (decrypt_failed)", "2", "1"],
    ]
    assert rows(dialog.unsupported) == [["solitaire", "未知的消息类型“solitaire”", "1"]]
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(CompletenessDialog) is None)  # deleted once closed


def test_the_copied_and_saved_report_is_the_command_lines_json(
    qtbot: QtBot, window: MainWindow, profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dialog = opened(qtbot, window)
    assert main(["status", "--json", "--data-dir", str(profile.root)]) == 0
    printed = json.loads(capsys.readouterr().out)
    dialog.copy_button.click()
    assert json.loads(QGuiApplication.clipboard().text()) == printed
    target = tmp_path / "report.json"
    dialog.ask_destination = lambda: str(target)  # type: ignore[method-assign]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: str(target) in dialog.state.text(), timeout=10_000)
    assert json.loads(target.read_text(encoding="utf-8")) == printed
    assert dialog.save_button.isEnabled()
    dialog.close()


def test_a_report_that_cannot_be_written_says_why_and_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = opened(qtbot, window)
    folder = tmp_path / "reports"
    taken = folder / "report.json"
    taken.mkdir(parents=True)  # the name is a folder: the file cannot take it
    dialog.ask_destination = lambda: str(taken)  # type: ignore[method-assign]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_box is not None, timeout=10_000)
    box = dialog.error_box
    assert box is not None and box.isVisible() and str(taken) in box.text()
    assert [path.name for path in folder.iterdir()] == ["report.json"] and taken.is_dir()  # no part left
    box.close()
    dialog.close()


def test_closing_the_report_while_it_counts_stops_the_count_at_once(qtbot: QtBot, engine: Engine) -> None:
    insert_bare_messages(engine, 400_000, seq_step=2)  # every other seq: 399,999 gaps to find
    started = time.monotonic()
    assert archive_status(engine).missing_seqs == 399_999
    full_count = time.monotonic() - started

    dialog = CompletenessDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    assert seconds_to_stop(qtbot, dialog.count, dialog.close) < full_count / 2
    assert not dialog.counting.running and dialog.status is None
    qtbot.wait(50)
    assert dialog.state.text() == "正在统计档案…"  # a stopped count is no failure to report
