"""Schema migrations: an old archive opens and upgrades; the models and migrations agree."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from wecom_desktop.store import media_queue
from wecom_desktop.store.engine import HEAD_REVISION, alembic_config, create_archive_engine, open_archive
from wecom_desktop.store.errors import ArchiveError
from wecom_desktop.store.migrations.env_filters import include_name
from wecom_desktop.store.models import Base

FIRST_REVISION = "0001"


def test_database_of_the_first_schema_opens_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = create_archive_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(old), FIRST_REVISION)
    with old.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO messages (msgid, action, sender, recipients, roomid, msgtype, body, summary, status, problem)"
                " VALUES ('legacy', 'send', 'zhangwei', '[]', '', 'text', '{}', '旧消息', 'ok', '')"
            )
        )
    old.dispose()

    engine = open_archive(path)
    with engine.connect() as connection:
        head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
        assert MigrationContext.configure(connection).get_current_revision() == head
        assert (
            connection.execute(text("SELECT summary FROM messages WHERE msgid='legacy'")).scalar_one()
            == "旧消息"
        )
        assert (
            compare_metadata(
                MigrationContext.configure(connection, opts={"include_name": include_name}), Base.metadata
            )
            == []
        )
    engine.dispose()


def _indexes(connection: Connection, table: str) -> set[str]:
    return set(connection.scalars(text(f"SELECT name FROM pragma_index_list('{table}') WHERE origin = 'c'")))


def test_an_archive_of_the_second_schema_opens_with_the_query_indexes(tmp_path: Path) -> None:
    path = tmp_path / "0002.sqlite3"
    old = create_archive_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(old), "0002")
    with old.begin() as connection:
        message_id = connection.execute(
            text(
                "INSERT INTO messages (msgid, action, sender, recipients, roomid, msgtype, body, summary, status, problem)"
                " VALUES ('f', 'send', 'zhangwei', '[]', '', 'file', '{}', '合同.pdf', 'ok', '') RETURNING id"
            )
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO media (message_id, part, kind, sdkfileid, md5sum, size, filename, status, error, attempts)"
                " VALUES (:id, 0, 'file', 'f', '', 10, '合同.pdf', 'pending', '', 0)"
            ),
            {"id": message_id},
        )
    old.dispose()

    engine = open_archive(path)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0003"
        assert {"ix_media_status_kind", "ix_media_status_size"} <= _indexes(connection, "media")
        assert "ix_media_status" not in _indexes(connection, "media")  # both new ones start with status
        assert "ix_messages_conversation_type_time" in _indexes(connection, "messages")
        assert (
            connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'ix_messages_conversation_type_time'")
            )
            .scalar_one()
            .endswith("WHERE msgtype != 'text'")
        )
    assert media_queue.count_queued(engine, 5, {"file"}) == 1

    command.downgrade(alembic_config(engine), "0002")
    with engine.connect() as connection:
        assert "ix_media_status" in _indexes(connection, "media")
        assert not {"ix_media_status_kind", "ix_media_status_size"} & _indexes(connection, "media")
        assert "ix_messages_conversation_type_time" not in _indexes(connection, "messages")
    engine.dispose()


def test_the_head_revision_the_fast_path_trusts_is_alembics(tmp_path: Path) -> None:
    engine = create_archive_engine(f"sqlite:///{tmp_path / 'any.sqlite3'}")
    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == HEAD_REVISION
    engine.dispose()


def test_opening_a_current_archive_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    open_archive(path).dispose()
    probe = (
        "import sys; from pathlib import Path; from wecom_desktop.store.engine import open_archive; "
        f"open_archive(Path({str(path)!r})).dispose(); print('alembic' in sys.modules)"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    engine = open_archive(tmp_path / "new.sqlite3")
    with engine.connect() as connection:
        assert (
            compare_metadata(
                MigrationContext.configure(connection, opts={"include_name": include_name}), Base.metadata
            )
            == []
        )
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    engine.dispose()


def test_archive_from_a_newer_version_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_archive(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(ArchiveError, match=r"更新版本.*9999"):
        open_archive(path)


def test_a_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    path.write_bytes(b"this is a text file, not an archive\n" * 100)
    with pytest.raises(ArchiveError, match="无法打开档案数据库"):
        open_archive(path)
    assert path.read_bytes().startswith(b"this is a text file")  # nothing overwritten
