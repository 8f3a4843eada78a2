"""`wecom-desktop sync` and `status` as a headless user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync_helpers import Packed, packed_archive
from wecom_desktop.sdk.emulator_build import ensure_emulator_built


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> Packed:
    return packed_archive(tmp_path_factory.mktemp("cli"), 1_500, (1, 2))


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wecom_desktop", *args], env=env, capture_output=True, text=True, timeout=300
    )


def environment(packed: Packed, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "WECOM_FINANCE_SDK": str(ensure_emulator_built()),
        "WECOM_EMULATOR_ARCHIVE": str(packed.result.out),
        "WECOM_CORP_ID": packed.result.corp_id,
        "WECOM_SECRET": packed.result.secret,
        "WECOM_PRIVATE_KEYS": str(packed.result.out),
        **extra,
    }


def test_sync_with_media_then_status(packed: Packed, tmp_path: Path) -> None:
    profile = str(tmp_path / "profile")
    synced = run("sync", "--data-dir", profile, "--json-progress", env=environment(packed))
    assert synced.returncode == 0, synced.stderr
    lines = [json.loads(line) for line in synced.stdout.splitlines()]
    assert lines[-1].get("phase") == "done" or "media" in lines[-1]
    assert max(line.get("stored", 0) for line in lines) == 1_500
    status = json.loads(run("status", "--data-dir", profile, "--json", env=environment(packed)).stdout)
    assert (status["messages"], status["max_seq"], status["undecryptable"], status["gaps"]) == (
        1_500,
        1_500,
        [],
        [],
    )
    assert status["media"]["downloaded"] > 0 and status["media"]["pending"] == 0
    files = [
        path
        for path in (tmp_path / "profile" / "media").rglob("*")
        if path.is_file() and ".partial" not in path.parts
    ]
    assert len(files) >= 1


def test_sync_without_credentials_says_how_to_provide_them(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WECOM_")}
    completed = run("sync", "--data-dir", str(tmp_path / "p"), env=env)
    assert completed.returncode == 2
    assert "WECOM_CORP_ID" in completed.stderr


def test_sync_stops_with_the_typed_error_and_a_nonzero_exit(packed: Packed, tmp_path: Path) -> None:
    completed = run(
        "sync",
        "--data-dir",
        str(tmp_path / "p"),
        "--no-media",
        env=environment(packed, WECOM_EMULATOR_IP_NOT_ALLOWED="1"),
    )
    assert completed.returncode == 1
    assert "10009" in completed.stderr and "trusted IP" in completed.stderr
