"""The command line describes every option, through both entry points."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

VENV_BIN = Path(sys.executable).parent


def run(*args: str) -> str:
    completed = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
    return completed.stdout


def test_module_help_lists_every_option_and_command() -> None:
    out = run(sys.executable, "-m", "wecom_desktop", "--help")
    for expected in ("--data-dir", "--demo", "--version", "import", "demo"):
        assert expected in out


def test_import_help_describes_every_option() -> None:
    console_script = VENV_BIN / "wecom-desktop"
    if not console_script.exists():
        pytest.skip(f"the console script is not installed next to {sys.executable}")
    out = run(str(console_script), "import", "--help")
    for expected in (
        "FILE",
        "--data-dir",
        "idempotent",
        "imported N, duplicates D, rejected R",
        "line number",
    ):
        assert expected in out


def test_demo_build_help_describes_every_option() -> None:
    out = run(sys.executable, "-m", "wecom_desktop", "demo", "build", "--help")
    for expected in ("--messages", "--seed", "--jsonl", "--data-dir"):
        assert expected in out


def test_unknown_command_fails_with_usage() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "wecom_desktop", "frobnicate"], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 2
    assert "invalid choice" in completed.stderr


def test_keys_generate_then_check_a_damaged_copy(tmp_path: Path) -> None:
    private = tmp_path / "private_key_v3.pem"
    generated = run(sys.executable, "-m", "wecom_desktop", "keys", "generate", "--out", str(private))
    assert "-----BEGIN PUBLIC KEY-----" in generated
    assert private.stat().st_mode & 0o077 == 0  # readable by the owner only
    pasted = tmp_path / "pasted.pem"
    pasted.write_text("  " + private.read_text().replace("\n", " ") + "\r\n")
    assert run(sys.executable, "-m", "wecom_desktop", "keys", "check", str(pasted)) == generated
    refused = subprocess.run(
        [sys.executable, "-m", "wecom_desktop", "keys", "generate", "--out", str(private)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode == 2 and "not overwritten" in refused.stderr
