"""The layer rules of DESIGN.md, checked in a fresh interpreter per package."""

from __future__ import annotations

import subprocess
import sys

import pytest

# package → modules it must never load
RULES = {
    "wecom_desktop.core.parse": ("PySide6", "sqlalchemy", "ctypes", "keyring"),
    "wecom_desktop.store.writer": ("PySide6", "ctypes", "keyring"),
    "wecom_desktop.store.queries": ("PySide6", "ctypes", "keyring"),
    "wecom_desktop.sync.jsonl_import": ("PySide6", "keyring"),
    "wecom_desktop.demo.build": ("PySide6", "keyring"),
    "wecom_desktop.crypto.keys": ("PySide6", "sqlalchemy", "keyring"),
    "wecom_desktop.sdk.client": ("PySide6", "sqlalchemy", "keyring"),
    "wecom_desktop.sdk.worker": ("PySide6", "sqlalchemy", "keyring"),
    "wecom_desktop.sync.pipeline": ("PySide6", "keyring"),
    "wecom_desktop.credentials": ("PySide6", "sqlalchemy", "ctypes"),
    "wecom_desktop.secret_filter": ("PySide6", "keyring", "sqlalchemy"),
    "wecom_desktop.sync.media": ("PySide6", "keyring"),
    "wecom_desktop.store.media_queue": ("PySide6", "ctypes", "keyring"),
    "wecom_desktop.store.message_pages": ("PySide6", "ctypes", "keyring"),
    "wecom_desktop.store.export_queries": ("PySide6", "ctypes", "keyring"),
    "wecom_desktop.export": ("PySide6", "ctypes", "keyring", "openpyxl", "jinja2"),  # loaded per format
    "wecom_desktop.sync.decrypt_workers": ("PySide6", "sqlalchemy", "keyring"),  # each worker's start-up
    "wecom_desktop.sync.session": ("PySide6", "keyring"),
    "wecom_desktop.archive_access": ("PySide6", "ctypes"),
    "wecom_desktop.sdk.identity": ("PySide6", "sqlalchemy", "keyring"),
    "wecom_desktop.crypto.callback_paste": ("PySide6", "sqlalchemy", "keyring", "ctypes"),
    "wecom_desktop.callback_check.live_test": ("PySide6", "sqlalchemy", "keyring", "ctypes"),
    "wecom_desktop.callback_check.reference_server": ("PySide6", "sqlalchemy", "keyring", "ctypes"),
    "wecom_desktop.cli_callback": ("PySide6", "sqlalchemy", "keyring"),
    "wecom_desktop.sdk.worker_main": ("PySide6",),
}


@pytest.mark.parametrize(("module", "forbidden"), RULES.items())
def test_module_does_not_load_forbidden_packages(module: str, forbidden: tuple[str, ...]) -> None:
    probe = (
        f"import sys, {module}\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})\n"
        "print(','.join(bad))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.strip() == "", f"{module} loads {loaded.stdout.strip()}"
