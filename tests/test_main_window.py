"""The main window lists the archive's conversations and shows the selected one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.conftest import message_json
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.writer import ArchiveWriter, set_contact_names, set_conversation_titles
from wecom_desktop.ui.main_window import MainWindow

ROOM = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"


def test_conversations_listed_newest_first_and_selection_shows_messages(
    qtbot: QtBot, engine: Engine, writer: ArchiveWriter
) -> None:
    writer.write_batch(
        [
            parse_message(message_json("old", msgtime=1_600_000_000_000, tolist=["lina"])),
            parse_message(
                message_json("g1", roomid=ROOM, tolist=["lina", "wangfang"], msgtime=1_700_000_000_000)
            ),
            parse_message(
                message_json(
                    "g2",
                    roomid=ROOM,
                    tolist=["lina"],
                    msgtime=1_700_000_100_000,
                    text={"content": "请查收报价单"},
                )
            ),
        ]
    )
    set_contact_names(engine, [("zhangwei", "张伟"), ("lina", "李娜")], source="demo")
    set_conversation_titles(engine, [(ROOM, "华东区销售群")])
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    titles = [window.model.index(row).data().split("\n")[0] for row in range(window.model.rowCount())]
    assert titles == ["华东区销售群", "李娜 ↔ 张伟"]
    window.conversations.setCurrentIndex(window.model.index(0))
    shown = [window.messages.item(row).text() for row in range(window.messages.count())]
    assert len(shown) == 2
    assert shown[-1].endswith("张伟: 请查收报价单")
