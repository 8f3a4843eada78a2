"""Opening an archive database: engine set-up, SQLite pragmas, SQLCipher encryption, schema migrations."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DatabaseError, OperationalError

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.store.errors import ArchiveError, ArchiveStorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0003"  # the newest of migrations/versions (a test holds it to Alembic's head)
SQLITE_HEADER = b"SQLite format 3\x00"
_KEY = re.compile(r"[0-9a-f]{64}")
_SIDE_FILES = ("-wal", "-shm", "-journal")
_ENCRYPTING_SUFFIX = ".encrypting"
# SQLite's messages for SQLITE_FULL and SQLITE_IOERR (the drivers expose no error code in common)
_DISK_FULL, _DISK_IO = "database or disk is full", "disk I/O error"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: batches touch pages all over the indexes
    cursor.execute("PRAGMA wal_autocheckpoint=10000")  # fewer, larger checkpoints during bulk writes
    cursor.close()


def _storage_failure(context: ExceptionContext) -> None:
    """A full or failing disk becomes an ArchiveStorageError that says where and what to do."""
    said = str(context.original_exception)
    database = context.engine.url.database if context.engine is not None else None
    if (
        isinstance(context.sqlalchemy_exception, OperationalError)  # not a trigger's RAISE with these words
        and database
        and database != ":memory:"
        and (_DISK_FULL in said or _DISK_IO in said)
    ):
        raise ArchiveStorageError(Path(database), full=_DISK_FULL in said) from context.original_exception


def create_archive_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "handle_error", _storage_failure)
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        revision: str | None = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        return revision


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the schema to `revision`; Alembic, slow to import, loads only when there is work."""
    if revision == "head" and _stored_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    scripts = ScriptDirectory.from_config(config)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is not None and current not in {script.revision for script in scripts.walk_revisions()}:
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP(
                    "ArchiveError",
                    "此档案由更新版本的程序写入（数据库版本 {revision}），请升级 WeCom Archive Desktop 后再打开。",
                ),
                revision=current,
            )
        )
    command.upgrade(config, revision)


# --- SQLCipher ---------------------------------------------------------------------------------


def is_encrypted(db_path: Path) -> bool:
    """True when `db_path` exists, is not empty and does not start with the plain SQLite header."""
    try:
        with db_path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER


def _looks_like_sqlcipher(db_path: Path) -> bool:
    # An SQLCipher file is whole pages of noise; other files (text, truncated copies) are "damaged".
    return is_encrypted(db_path) and db_path.stat().st_size % 512 == 0


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ValueError("the database key must be 64 lowercase hexadecimal digits (secrets.token_hex(32))")


def _cipher_connection(path: Path, key: str) -> Any:
    """A sqlcipher3 connection to `path` keyed with the raw 256-bit `key` (never part of a statement
    SQLAlchemy sees, so never in its error texts)."""
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        # SQLCipher logs every failed page decryption to stderr; the failure is reported as ArchiveError.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        if exc.sqlite_errorname == "SQLITE_NOTADB":
            raise ArchiveError(_wrong_key_message(path)) from None
        raise
    return connection


def _wrong_key_message(path: Path) -> Text:
    return Text(
        QT_TRANSLATE_NOOP(
            "ArchiveError",
            "数据库密钥不正确，无法解密档案 {path}（也可能是文件已损坏）。请确认系统钥匙串中保存的是此档案的数据库密钥。",
        ),
        path=path,
    )


def _encrypted_message(path: Path) -> Text:
    return Text(
        QT_TRANSLATE_NOOP(
            "ArchiveError", "此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开：{path}"
        ),
        path=path,
    )


def _create_cipher_engine(db_path: Path, key: str) -> Engine:
    def connect() -> Any:
        return _cipher_connection(db_path, key)

    return create_archive_engine(f"sqlite:///{db_path}", module=sqlcipher3, creator=connect)


def open_archive(db_path: Path, key: str | None = None) -> Engine:
    """Open (creating or upgrading as needed) the archive at `db_path`.

    With `key` (64 hex digits) the database is SQLCipher-encrypted with it (a new one is created
    encrypted). ArchiveError when the file is encrypted and no key, or the wrong key, is given.
    """
    if key is not None:
        _check_key(key)
        if db_path.exists() and db_path.stat().st_size and not is_encrypted(db_path):
            raise ArchiveError(
                Text(
                    QT_TRANSLATE_NOOP("ArchiveError", "档案 {path} 没有加密，不能用数据库密钥打开。"),
                    path=db_path,
                )
            )
    elif _looks_like_sqlcipher(db_path):
        raise ArchiveError(_encrypted_message(db_path))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = (
        create_archive_engine(f"sqlite:///{db_path}") if key is None else _create_cipher_engine(db_path, key)
    )
    try:
        upgrade(engine)
    except DatabaseError as exc:
        engine.dispose()
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP(
                    "ArchiveError",
                    "无法打开档案数据库 {path}：{reason}。文件可能已损坏或不是 WeCom Archive Desktop 的档案。",
                ),
                path=db_path,
                reason=str(exc.orig),
            )
        ) from exc
    except ArchiveError:
        engine.dispose()
        raise
    return engine


def encrypt_archive(db_path: Path, key: str) -> None:
    """Encrypt the plain archive at `db_path` in place with `key` (64 hex digits).

    The encrypted copy is written next to it, checked (it opens with the key and holds as many
    messages) and flushed to disk before it atomically replaces the original. On any failure the
    original is untouched and the copy removed. No connection to the archive may be open.
    """
    _check_key(key)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise ArchiveError(Text(QT_TRANSLATE_NOOP("ArchiveError", "没有可加密的档案：{path}"), path=db_path))
    if is_encrypted(db_path):
        raise ArchiveError(Text(QT_TRANSLATE_NOOP("ArchiveError", "档案已经加密：{path}"), path=db_path))
    copy = db_path.with_name(db_path.name + _ENCRYPTING_SUFFIX)
    _remove_with_side_files(copy)
    try:
        messages = _export_encrypted(db_path, copy, key)
        _verify_copy(db_path, copy, key, messages)
        _fsync(copy)
        for suffix in _SIDE_FILES:  # the original was checkpointed: they hold nothing it needs
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(copy, db_path)
    except ArchiveError:
        _remove_with_side_files(copy)
        raise
    except (sqlcipher3.Error, OSError) as exc:
        _remove_with_side_files(copy)
        raise ArchiveError(
            Text(QT_TRANSLATE_NOOP("ArchiveError", "加密档案失败，原档案未被改动：{reason}"), reason=str(exc))
        ) from None
    _fsync_folder(db_path.parent)


def _export_encrypted(db_path: Path, copy: Path, key: str) -> int:
    """Checkpoint the original, export it into `copy` encrypted; its number of messages."""
    connection = sqlcipher3.connect(str(db_path))
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise ArchiveError(
                Text(
                    QT_TRANSLATE_NOOP("ArchiveError", "档案正在被其他程序使用，请先关闭后再加密：{path}"),
                    path=db_path,
                )
            )
        messages = int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])
        # Bound parameters keep the key out of the statement text.
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(copy), f"x'{key}'"))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    return messages


def _verify_copy(db_path: Path, copy: Path, key: str, messages: int) -> None:
    connection = _cipher_connection(copy, key)
    try:
        copied = int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])
    finally:
        connection.close()
    if copied != messages or not is_encrypted(copy):
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP(
                    "ArchiveError",
                    "加密后的副本与原档案不一致（{copied} / {messages} 条消息），原档案未被改动：{path}",
                ),
                copied=copied,
                messages=messages,
                path=db_path,
            )
        )


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to fsync it
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
