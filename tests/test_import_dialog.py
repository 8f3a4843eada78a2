"""Importing a JSONL file from the window: progress, a report of every line not imported, cancel."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from tests.conftest import message_json
from wecom_desktop.profile import Profile
from wecom_desktop.ui.import_dialog import ImportDialog
from wecom_desktop.ui.main_window import MainWindow

T0 = 1_700_000_000_000


def count(engine: Engine, sql: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(sql)).scalar_one())


@pytest.fixture
def window(qtbot: QtBot, profile: Profile, engine: Engine) -> Iterator[MainWindow]:
    window = MainWindow(profile, engine)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.close()


def start_import(window: MainWindow, path: Path) -> ImportDialog:
    window.ask_import_file = lambda: path  # type: ignore[method-assign]
    window.import_action.trigger()
    (dialog,) = window.findChildren(ImportDialog)
    assert dialog.isVisible()
    return dialog


def test_an_import_reports_each_line_not_imported_and_the_window_shows_the_new_messages(
    qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    source = tmp_path / "server-dump.jsonl"
    lines = [
        message_json("a1", msgtime=T0),
        "{not json",
        message_json("a1", msgtime=T0),  # the same message again
        json.dumps({"seq": 7, "msgid": "b1", "decrypt_msg": json.loads(message_json("b1", msgtime=T0 + 1))}),
        message_json("c1", msgtime=T0 + 2, msgtype="solitaire", solitaire={"title": "接龙"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = start_import(window, source)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.status.text() == "已导入 3 条（其中 1 条有问题），重复 1 条，未导入 1 条。"
    notes = dialog.notes.toPlainText().splitlines()
    assert len(notes) == 2 and dialog.notes.isVisible()
    assert notes[0].startswith("第 2 行：未导入，")
    assert notes[1] == "第 5 行：已保存，但有问题：未知的消息类型“solitaire”"
    assert count(engine, "SELECT count(*) FROM messages") == 3
    assert count(engine, "SELECT seq FROM messages WHERE msgid = 'b1'") == 7
    qtbot.waitUntil(lambda: window.conversations.model.rowCount() == 1, timeout=30_000)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(ImportDialog))


def test_a_file_that_is_not_jsonl_is_refused_whole(
    qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    source = tmp_path / "array.json"
    source.write_text("[" + message_json("a1") + ",\n" + message_json("a2") + "]\n", encoding="utf-8")
    dialog = start_import(window, source)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.status.text().startswith("此文件是一个 JSON 数组")
    assert "jq -c '.[]'" in dialog.status.text()
    assert count(engine, "SELECT count(*) FROM messages") == 0


def test_a_file_that_cannot_be_read_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "a folder.jsonl"
    folder.mkdir()
    dialog = start_import(window, folder)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.status.text().startswith(f"无法读取 {folder}：")


def test_cancel_stops_after_the_batch_being_written_and_keeps_what_was_stored(
    qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    source = tmp_path / "big.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(60_000):
            out.write(message_json(f"m{i:05d}", msgtime=T0 + i) + "\n")
    dialog = start_import(window, source)
    assert dialog.worker is not None
    dialog.worker.progress.connect(lambda _progress: dialog.reject())  # Cancel once the first batch is in
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.isVisible()  # it stays open to say what was kept
    assert dialog.outcome is not None and dialog.outcome.result.cancelled
    kept = count(engine, "SELECT count(*) FROM messages")
    assert 0 < kept < 60_000 and kept % 5000 == 0
    assert dialog.status.text().startswith("导入已取消。")
    assert (
        count(engine, "SELECT count(*) FROM audit_log WHERE action = 'import' AND outcome = 'cancelled'") == 1
    )
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(ImportDialog))
