"""Queries about undecryptable and unsupported records read only those, never the whole archive.

An archive of millions of messages holds few such records; reading every message to find them
made `status`, "retry undecryptable" and the key-version panel take seconds each.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from tests.conftest import message_json
from tests.query_plans import captured, plans_of, reads_every_row
from wecom_desktop.core.message import EncryptedRecord
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.key_versions import sample_wrapped_key, waiting_for_key
from wecom_desktop.store.queries import undecryptable_records
from wecom_desktop.store.status import archive_status
from wecom_desktop.store.writer import ArchiveWriter


@pytest.fixture
def archive(engine: Engine, writer: ArchiveWriter) -> Engine:
    messages = [parse_message(message_json(f"m{i}", seq=i)) for i in range(1, 40)]
    unsupported = parse_message(message_json("odd", seq=40, msgtype="solitaire", solitaire={}))
    records = [
        EncryptedRecord(f"enc{i}", 40 + i, 2, "d3JhcHBlZA==", "bWVzc2FnZQ==", "missing_key:2: …")
        for i in (1, 2)
    ]
    writer.write_batch([*messages, unsupported], records)
    return engine


@pytest.mark.parametrize(
    "query",
    [
        archive_status,
        lambda engine: undecryptable_records(engine, 0, 100),
        lambda engine: sample_wrapped_key(engine, 2),
        lambda engine: waiting_for_key(engine, 2),
    ],
    ids=["status", "retry_undecryptable", "sample_wrapped_key", "waiting_for_key"],
)
def test_status_queries_use_the_index_of_records_not_ok(
    archive: Engine, query: Callable[[Engine], object]
) -> None:
    statements = captured(archive, lambda: query(archive))
    plans = list(plans_of(archive, statements, "messages.status"))
    assert plans, "no query about status ran"
    for statement, plan in plans:
        assert "SCAN messages" not in plan, (statement, plan)
        assert "ix_messages_status" in plan, (statement, plan)


def test_the_completeness_report_reads_no_message_row_but_those_not_ok(archive: Engine) -> None:
    """Counts, seq range and gaps come from indexes; a table scan reads every message body."""
    plans = list(plans_of(archive, captured(archive, lambda: archive_status(archive)), "messages"))
    assert len(plans) >= 5
    for statement, plan in plans:
        assert not reads_every_row(plan, "messages"), (statement, plan)


def test_status_query_results(archive: Engine) -> None:
    report = archive_status(archive)
    assert report.undecryptable == [{"reason": "missing_key", "publickey_ver": 2, "count": 2}]
    assert [entry["msgtype"] for entry in report.unsupported] == ["solitaire"]
    assert [record.msgid for _, record in undecryptable_records(archive, 0, 100)] == ["enc1", "enc2"]
    assert sample_wrapped_key(archive, 2) == "d3JhcHBlZA==" and sample_wrapped_key(archive, 1) is None
    assert waiting_for_key(archive, 2) == 2 and waiting_for_key(archive, 1) == 0
