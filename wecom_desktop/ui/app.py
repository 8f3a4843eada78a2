"""Composition root of the window application: profile, archive, translator, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine

from wecom_desktop.profile import DEMO_MESSAGES, Profile, default_data_dir
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.errors import ArchiveError
from wecom_desktop.store.queries import has_completed
from wecom_desktop.ui.demo_build_dialog import DemoBuildDialog
from wecom_desktop.ui.i18n import load_translator, preferred_language, qt_translator
from wecom_desktop.ui.main_window import MainWindow


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("WeComArchiveDesktop")
    QCoreApplication.setApplicationName("wecom-desktop")
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    language = preferred_language()
    for translator in (qt_translator(language), load_translator(language)):
        if translator is not None:
            translator.setParent(app)  # owned by the application, so it lives as long
            app.installTranslator(translator)
    return app


def build_demo_with_progress(profile: Profile, messages: int) -> bool:
    """Build the demo archive behind a progress dialog; False if cancelled or failed."""
    dialog = DemoBuildDialog(profile, messages)
    dialog.exec()
    return dialog.completed


def open_profile(profile: Profile) -> Engine | None:
    try:
        return open_archive(profile.create().database)
    except ArchiveError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开档案"), str(exc))
        return None


def run_gui(profile: Profile | None, demo: bool, demo_dir: Path) -> int:
    app = create_application(sys.argv)
    suffix = ""
    if demo:
        profile = profile or Profile(demo_dir)
        suffix = QCoreApplication.translate("App", " — 演示档案")
        engine = open_profile(profile)
        if engine is None:
            return 1
        complete = has_completed(engine, "demo_build")
        engine.dispose()
        if not complete and not build_demo_with_progress(profile, DEMO_MESSAGES):
            return 1
    profile = profile or Profile(default_data_dir())
    profile.start_logging()
    engine = open_profile(profile)
    if engine is None:
        return 1
    window = MainWindow(engine, suffix)
    window.show()
    try:
        return app.exec()
    finally:
        engine.dispose()
