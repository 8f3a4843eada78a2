"""`wecom-desktop --self-test`: a headless check that an installation (or a bundle) works.

One line per check, `PASS`/`FAIL`/`SKIP`/`INFO`, and a non-zero exit when any check failed.
Everything runs in a temporary folder; nothing touches the user's profiles or keyring entries.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_WINDOW_TIMEOUT_MS = 30_000


class Skipped(Exception):
    """The check does not apply here (e.g. no official SDK was fetched)."""


class Informational(Exception):
    """A fact worth showing that is not a pass or a failure (e.g. which keyring backend is used)."""


@dataclass
class CheckResult:
    name: str
    status: str  # PASS | FAIL | SKIP | INFO
    detail: str


def process_age_ms() -> float | None:
    """Milliseconds since this process started, where the platform tells."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime_s = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime_s - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return None


def _check_qt(work: Path) -> str:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QGuiApplication, QImageReader
    from PySide6.QtWidgets import QApplication

    from wecom_desktop.resources import resource_path

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    formats = {bytes(fmt.data()).decode() for fmt in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "gif", "ico"} - formats
    if missing:
        raise RuntimeError(f"image formats missing: {', '.join(sorted(missing))}")
    for language in ("zh_CN", "en"):
        qm = resource_path("translations", f"wecom_desktop_{language}.qm")
        if not QTranslator().load(str(qm)):
            raise RuntimeError(f"translation not loadable: {qm}")
    return f"platform {QGuiApplication.platformName()}, image formats ok, translations zh_CN/en ok"


def _check_window(work: Path) -> str:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from wecom_desktop.archive_access import open_profile_archive
    from wecom_desktop.profile import Profile
    from wecom_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    profile = Profile(work / "window-profile").create()
    engine = open_profile_archive(profile)
    window = MainWindow(profile, engine, demo=False)
    loop = QEventLoop()
    painted: list[float | None] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(process_age_ms())
                QTimer.singleShot(0, loop.quit)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    QTimer.singleShot(_WINDOW_TIMEOUT_MS, loop.quit)
    window.show()
    loop.exec()
    window.close()
    window.deleteLater()
    engine.dispose()
    if not painted:
        raise RuntimeError(f"the main window was not painted within {_WINDOW_TIMEOUT_MS / 1000:.0f} s")
    age = painted[0]
    return "main window painted" + (f" {age:.0f} ms after process start" if age is not None else "")


def _check_demo_and_search(work: Path) -> str:
    from sqlalchemy import text

    from wecom_desktop.archive_access import open_profile_archive
    from wecom_desktop.demo.build import build_demo
    from wecom_desktop.profile import Profile
    from wecom_desktop.store.search import Search, SearchFilters

    profile = Profile(work / "demo-profile")
    result = build_demo(profile, 400, seed=7)
    engine = open_profile_archive(profile)
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT count(*) FROM messages")).scalar_one()
            sample = connection.execute(
                text("SELECT text FROM search_docs WHERE length(text) >= 4 ORDER BY docid LIMIT 1")
            ).scalar_one()
        term = sample[:4]
        hits = sum(1 for _ in Search(engine, term, SearchFilters()).message_ids())
    finally:
        engine.dispose()
    if stored != result.messages or hits == 0:
        raise RuntimeError(f"demo stored {stored} of {result.messages}; search for {term!r} found {hits}")
    return f"demo archive of {stored} messages built; search for {term!r} found {hits}"


def _check_sdk_worker(work: Path) -> str:
    from wecom_desktop.archive_access import open_profile_archive
    from wecom_desktop.demo.generator import iter_demo_messages
    from wecom_desktop.profile import Profile
    from wecom_desktop.sdk.client import FinanceClient
    from wecom_desktop.sdk.emulator_build import EmulatorBuildError, ensure_emulator_built
    from wecom_desktop.sdk.emulator_pack import pack
    from wecom_desktop.sync.pipeline import SyncSettings, run_sync

    try:
        emulator = ensure_emulator_built()
    except EmulatorBuildError as exc:
        raise Skipped(f"no SDK emulator here ({exc})") from exc
    source = work / "fixture.jsonl"
    source.write_text("".join(line + "\n" for line in iter_demo_messages(60, seed=3)), encoding="utf-8")
    packed = pack(source, work / "fixture", key_versions=(1,), media_size_cap=0)
    os.environ["WECOM_EMULATOR_ARCHIVE"] = str(packed.out)
    engine = open_profile_archive(Profile(work / "sync-profile").create())
    client = FinanceClient(emulator, packed.corp_id, packed.secret)
    try:
        client.start()
        keys = {version: path.read_text() for version, path in packed.private_keys.items()}
        result = run_sync(engine, client, keys, SyncSettings(packed.corp_id, page_size=100, workers=1))
    finally:
        client.close()
        engine.dispose()
    if result.error is not None or result.progress.stored != packed.messages:
        raise RuntimeError(f"stored {result.progress.stored} of {packed.messages}: {result.error}")
    return f"SDK worker process pulled and a decrypt worker decrypted {packed.messages} messages (emulator)"


def _check_official_sdk(work: Path) -> str:
    from wecom_desktop.sdk.client import FinanceClient
    from wecom_desktop.sdk.errors import SdkError
    from wecom_desktop.sdk.library import library_name, native_folder

    path = native_folder() / library_name()
    if not path.is_file():
        raise Skipped(f"official SDK not present ({path}); `wecom-desktop sdk fetch` downloads it")
    client = FinanceClient(path, "wwselftest0000000", "self-test-secret")
    try:
        client.start()
    except SdkError as exc:
        raise RuntimeError(f"{path.name} loaded but Init failed: {exc.message_en}") from exc
    finally:
        client.close()
    return f"{path} loaded in the SDK worker process; Init returned 0"


def _check_keyring(work: Path) -> str:
    from wecom_desktop.credentials_backend import backend_name

    raise Informational(f"keyring backend: {backend_name()}")


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("qt", _check_qt),
    ("window", _check_window),
    ("demo+search", _check_demo_and_search),
    ("sdk-worker", _check_sdk_worker),
    ("official-sdk", _check_official_sdk),
    ("keyring", _check_keyring),
]


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every check, print one line each, return the exit code (1 if any failed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wecom_desktop import __version__

    out(f"wecom-desktop {__version__} self-test ({'bundle' if getattr(sys, 'frozen', False) else 'source'})")
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="wecom-self-test-") as folder:
        for name, check in CHECKS:
            work = Path(folder) / name
            work.mkdir()
            started = time.perf_counter()
            try:
                detail, status = check(work), "PASS"
            except Skipped as exc:
                detail, status = str(exc), "SKIP"
            except Informational as exc:
                detail, status = str(exc), "INFO"
            except Exception as exc:  # a self-test reports every failure and goes on
                detail = f"{type(exc).__name__}: {exc}"
                if os.environ.get("WECOM_SELF_TEST_TRACEBACK"):
                    detail += "\n" + traceback.format_exc()
                status = "FAIL"
            seconds = time.perf_counter() - started
            results.append(CheckResult(name, status, detail))
            out(f"{status:4} {name:13} {detail} ({seconds:.1f} s)")
    failed = [r.name for r in results if r.status == "FAIL"]
    out(f"self-test {'failed: ' + ', '.join(failed) if failed else 'passed'}")
    return 1 if failed else 0
