"""One profile = one folder: the archive database, downloaded media and logs."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from wecom_desktop import secret_filter

APP_NAME = "wecom-desktop"
LOG_FILE_BYTES = 5 * 1024 * 1024
LOG_FILE_COUNT = 5
DEMO_MESSAGES = 200_000  # size of the demo profile built on first use


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "default"


def demo_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


@dataclass(frozen=True)
class Profile:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "archive.sqlite3"

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    def create(self) -> Profile:
        for folder in (self.root, self.media_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def start_logging(self, level: int = logging.INFO) -> logging.Handler:
        """Attach a rotating log file in logs/ to the root logger; returns it so callers can detach it."""
        self.create()
        path = self.logs_dir / "wecom-desktop.log"
        root = logging.getLogger()
        for existing in root.handlers:
            if isinstance(existing, logging.FileHandler) and Path(existing.baseFilename) == path.resolve():
                return existing
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        secret_filter.install()  # nothing that looks like a key or a known secret reaches the log
        if root.level > level or root.level == logging.NOTSET:
            root.setLevel(level)
        return handler


def remove_profile_files(profile: Profile) -> None:
    """Delete what the application wrote into a profile folder (its archive, media and logs)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if (
            isinstance(handler, logging.FileHandler)
            and Path(handler.baseFilename).parent == profile.logs_dir.resolve()
        ):
            root.removeHandler(handler)
            handler.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        profile.database.with_name(profile.database.name + suffix).unlink(missing_ok=True)
    for folder in (profile.media_dir, profile.logs_dir):
        shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):
        profile.root.rmdir()  # only when nothing else was kept there


def profile_for(data_dir: str | Path | None) -> Profile:
    return Profile(Path(data_dir).expanduser() if data_dir else default_data_dir())
