"""The key-version panel: versions in the archive, verified adds, guarded removals."""

from __future__ import annotations

import base64
import os
import time

import pytest
from cryptography.hazmat.primitives.asymmetric import padding
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.conftest import message_json
from tests.long_reads import insert_bare_messages, seconds_to_stop
from wecom_desktop.core.message import EncryptedRecord
from wecom_desktop.core.parse import parse_message
from wecom_desktop.crypto.keys import PrivateKey, generate_key_pair
from wecom_desktop.store.interruptible_read import ReadCancelled
from wecom_desktop.store.key_versions import KeyVersionCount
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.ui.key_version_panel import KeyVersionPanel


def wrapped_for(key: PrivateKey) -> str:
    ciphertext = key.rsa_key.public_key().encrypt(os.urandom(16).hex().encode(), padding.PKCS1v15())
    return base64.b64encode(ciphertext).decode()


def rows(panel: KeyVersionPanel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_versions_listed_and_only_the_right_key_is_added(
    qtbot: QtBot, engine: Engine, writer: ArchiveWriter
) -> None:
    version2 = generate_key_pair()
    v1_message = parse_message(message_json("v1msg", publickey_ver=1))
    records = [
        EncryptedRecord(
            f"enc{i}", 10 + i, 2, wrapped_for(version2), "b3BhcXVlY2lwaGVydGV4dA==", "missing_key:2: …"
        )
        for i in range(3)
    ]
    writer.write_batch([v1_message], records)
    panel = KeyVersionPanel(engine, held={1})
    qtbot.addWidget(panel)
    added: list[tuple[int, object]] = []
    panel.key_added.connect(lambda version, key: added.append((version, key)))
    # Counting reads every message, off the GUI thread and once shown: until then counts are pending.
    assert rows(panel) == [["1", "…", "…", "已保存"]]
    qtbot.wait(50)
    assert rows(panel) == [["1", "…", "…", "已保存"]] and not panel.counting.running
    panel.show()
    qtbot.waitUntil(lambda: rows(panel) == [["1", "1", "0", "已保存"], ["2", "3", "3", "缺少"]])

    assert not panel.add_key(2, generate_key_pair().private_pem_pkcs8())  # another company's key
    assert added == [] and "不是该版本的私钥" in panel.status.text()
    assert not panel.add_key(2, version2.public_pem())  # the public key instead of the private one
    assert panel.add_key(2, version2.private_pem_pkcs8())
    assert [(version, key.fingerprint) for version, key in added] == [(2, version2.fingerprint)]  # type: ignore[attr-defined]
    assert rows(panel)[1][3] == "已保存"
    qtbot.waitUntil(lambda: not panel.counting.running)


def test_removing_a_key_still_needed_asks_first(qtbot: QtBot, engine: Engine, writer: ArchiveWriter) -> None:
    version2 = generate_key_pair()
    writer.write_batch(
        records=[EncryptedRecord("enc", 1, 2, wrapped_for(version2), "b3BhcXVlY2lwaGVydGV4dA==", "x")]
    )
    panel = KeyVersionPanel(engine, held={2})
    qtbot.addWidget(panel)
    panel.show()
    removed: list[int] = []
    panel.key_removed.connect(removed.append)
    asked: list[tuple[int, int]] = []
    panel.confirm_removal = lambda version, waiting: asked.append((version, waiting)) or False  # type: ignore[method-assign]
    assert not panel.remove_key(2)
    assert asked == [(2, 1)] and removed == []
    panel.confirm_removal = lambda version, waiting: True  # type: ignore[method-assign]
    assert panel.remove_key(2) and removed == [2]
    qtbot.waitUntil(lambda: rows(panel) == [["2", "1", "1", "缺少"]])


def test_a_count_in_flight_stops_at_once_when_the_panel_shuts_down(qtbot: QtBot, engine: Engine) -> None:
    insert_bare_messages(engine, 600_000, key_versions=3)
    started = time.monotonic()
    assert KeyVersionCount(engine)()[0].messages == 200_000
    full_count = time.monotonic() - started

    panel = KeyVersionPanel(engine, held={1})
    qtbot.addWidget(panel)
    panel.show()
    assert seconds_to_stop(qtbot, panel.count, panel.shutdown) < full_count / 2
    assert not panel.counting.running and panel.uses is None
    qtbot.wait(50)
    assert panel.status.text() == ""  # a stopped count is no failure to report
    panel.refresh()
    assert not panel.counting.running  # after shutdown, nothing more is read


def test_a_count_cancelled_before_it_runs_reads_nothing(engine: Engine) -> None:
    count = KeyVersionCount(engine)
    count.cancel()
    with pytest.raises(ReadCancelled):
        count()
