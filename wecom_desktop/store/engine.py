"""Opening an archive database: engine set-up, SQLite pragmas, schema migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from wecom_desktop.store.errors import ArchiveError

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: batches touch pages all over the indexes
    cursor.execute("PRAGMA wal_autocheckpoint=10000")  # fewer, larger checkpoints during bulk writes
    cursor.close()


def create_archive_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config(engine)
    scripts = ScriptDirectory.from_config(config)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is not None and current not in {script.revision for script in scripts.walk_revisions()}:
        raise ArchiveError(
            f"此档案由更新版本的程序写入（数据库版本 {current}），请升级 WeCom Archive Desktop 后再打开。"
            f" / This archive was written by a newer version (schema {current}); upgrade the application."
        )
    command.upgrade(config, revision)


def open_archive(db_path: Path) -> Engine:
    """Open (creating or upgrading as needed) the archive at `db_path`."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_archive_engine(f"sqlite:///{db_path}")
    try:
        upgrade(engine)
    except DatabaseError as exc:
        engine.dispose()
        raise ArchiveError(
            f"无法打开档案数据库 {db_path}：{exc.orig}。文件可能已损坏或不是 WeCom Archive Desktop 的档案。"
            f" / Cannot open the archive database {db_path}: {exc.orig}."
        ) from exc
    except ArchiveError:
        engine.dispose()
        raise
    return engine
