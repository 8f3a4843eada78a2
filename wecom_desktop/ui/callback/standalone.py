"""The callback checker on its own: no archive profile, no main window."""

from __future__ import annotations

from wecom_desktop.ui.app import create_application
from wecom_desktop.ui.callback.callback_check_dialog import CallbackCheckDialog


def run_callback_checker(argv: list[str]) -> int:
    create_application(argv)
    dialog = CallbackCheckDialog()
    dialog.exec()
    return 0
