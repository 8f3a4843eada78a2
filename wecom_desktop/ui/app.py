"""Composition root of the window application: profile, archive, translator, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine

from wecom_desktop.archive_access import encrypt_profile_archive, open_profile_archive
from wecom_desktop.credentials import CredentialError, CredentialStore
from wecom_desktop.profile import DEMO_MESSAGES, Profile, default_data_dir, remove_profile_files
from wecom_desktop.resources import resource_path
from wecom_desktop.store.errors import ArchiveError
from wecom_desktop.store.queries import has_completed
from wecom_desktop.ui.demo_build_dialog import DemoBuildDialog
from wecom_desktop.ui.i18n import LANGUAGE_KEY, install_language, pick, preferred_language
from wecom_desktop.ui.main_window import MainWindow
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.setup.first_run import needs_setup, run_setup
from wecom_desktop.ui.theme import follow_system
from wecom_desktop.ui.threads import CallWorker, run_with_progress


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("WeComArchiveDesktop")
    QCoreApplication.setApplicationName("wecom-desktop")
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(resource_path("icons", "wecom-desktop.png"))))
    install_language(app, preferred_language())
    follow_system(app)
    return app


def build_demo_with_progress(profile: Profile, messages: int) -> bool:
    """Build the demo archive behind a progress dialog; False if cancelled or failed."""
    dialog = DemoBuildDialog(profile, messages)
    dialog.exec()
    return dialog.completed


def open_profile(profile: Profile) -> Engine | None:
    try:
        return open_profile_archive(profile.create())
    except ArchiveError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开档案"), str(exc))
        return None


class WindowController(QObject):
    """Owns the archive's engine and the main window: rebuilds the window in another language,
    re-opens the archive after encrypting it, and lets go of a removed profile."""

    def __init__(self, app: QApplication, profile: Profile, engine: Engine, demo: bool) -> None:
        super().__init__(app)
        self.app, self.profile, self.engine, self.demo = app, profile, engine, demo
        self.window: MainWindow | None = None

    def show_window(self) -> MainWindow:
        window = MainWindow(self.profile, self.engine, self.demo)
        window.language_requested.connect(self.on_language_requested)
        window.encrypt_requested.connect(self.on_encrypt_requested)
        window.profile_removed.connect(self.on_profile_removed)
        window.show()
        self.window = window
        return window

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    @Slot(str)
    def on_language_requested(self, language: str) -> None:
        QSettings().setValue(LANGUAGE_KEY, language)
        self.app.setQuitOnLastWindowClosed(False)
        self._close_window()
        install_language(self.app, language)
        self.show_window()
        self.app.setQuitOnLastWindowClosed(True)

    @Slot()
    def on_encrypt_requested(self) -> None:
        self.app.setQuitOnLastWindowClosed(False)
        self._close_window()
        self.engine.dispose()
        outcome = run_with_progress(
            CallWorker(lambda: encrypt_profile_archive(self.profile)),
            None,
            QCoreApplication.translate("App", "正在加密档案数据库…"),
        )
        if not outcome.ok:
            QMessageBox.critical(None, QCoreApplication.translate("App", "加密失败"), str(outcome.value))
        engine = open_profile(self.profile)
        if engine is None:
            self.app.quit()
            return
        self.engine = engine
        self.show_window()
        self.app.setQuitOnLastWindowClosed(True)

    @Slot(bool)
    def on_profile_removed(self, delete_data: bool) -> None:
        self.app.setQuitOnLastWindowClosed(False)
        self._close_window()
        self.engine.dispose()
        if delete_data:
            remove_profile_files(self.profile)
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "档案配置已删除"),
            QCoreApplication.translate("App", "此档案的凭据和设置已删除。程序将退出。"),
        )
        self.app.quit()


def offer_setup(profile: Profile) -> bool:
    """The first-run wizard when the profile has no credentials yet; True when it was completed."""
    settings = ProfileSettings(profile)
    status = needs_setup(CredentialStore.for_folder(profile.root), settings)
    if isinstance(status, CredentialError):
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "无法使用系统钥匙串"),
            pick(status.message_zh, status.message_en)
            + "\n\n"
            + QCoreApplication.translate(
                "App", "仍可查看已有档案；同步需要钥匙串（或命令行的环境变量方式）。"
            ),
        )
        settings.setup_declined = True  # said once; Settings shows it again
        return False
    return bool(status) and run_setup(profile)


def run_gui(profile: Profile | None, demo: bool, demo_dir: Path) -> int:
    app = create_application(sys.argv)
    if demo:
        profile = profile or Profile(demo_dir)
        engine = open_profile(profile)
        if engine is None:
            return 1
        complete = has_completed(engine, "demo_build")
        engine.dispose()
        if not complete and not build_demo_with_progress(profile, DEMO_MESSAGES):
            return 1
    profile = profile or Profile(default_data_dir())
    profile.start_logging()
    set_up_now = not demo and offer_setup(profile)
    engine = open_profile(profile)
    if engine is None:
        return 1
    controller = WindowController(app, profile, engine, demo)
    window = controller.show_window()
    if set_up_now:
        window.start_sync()
    try:
        return app.exec()
    finally:
        controller.engine.dispose()
