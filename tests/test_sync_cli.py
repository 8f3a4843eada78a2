"""`wecom-desktop sync` and `status` as a headless user runs them."""

from __future__ import annotations

import json
import os
import re
import resource
import signal
import sqlite3
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
    assert (status["last_run"]["outcome"], status["last_run"]["error"]) == ("ok", "")
    report = run("status", "--data-dir", profile, env=environment(packed)).stdout
    assert re.search(r"^last sync run +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ok$", report, re.MULTILINE), report
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


def _file_size_limit(limit: int) -> None:
    """Files of the process may not grow past `limit` bytes: writes beyond fail as on a full disk."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def test_a_full_disk_stops_the_sync_with_a_clear_error_and_the_next_run_completes(
    packed: Packed, tmp_path: Path
) -> None:
    complete = tmp_path / "complete"
    assert run("sync", "--data-dir", str(complete), "--no-media", env=environment(packed)).returncode == 0
    largest = max(path.stat().st_size for path in complete.glob("archive.sqlite3*"))
    profile = tmp_path / "profile"
    command = [sys.executable, "-m", "wecom_desktop", "sync", "--data-dir", str(profile), "--no-media"]
    stopped = subprocess.run(
        command,
        env=environment(packed),
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=lambda: _file_size_limit(largest),  # a write-ahead log of all pages is larger
    )
    assert stopped.returncode == 1, stopped.stderr
    assert "Traceback" not in stopped.stderr
    assert f"档案数据库 {profile / 'archive.sqlite3'} 读写失败" in stopped.stderr
    assert "could not be read or written" in stopped.stderr and "free" in stopped.stderr
    database = sqlite3.connect(profile / "archive.sqlite3")
    try:
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        kept = database.execute("SELECT count(*) FROM messages").fetchone()[0]
    finally:
        database.close()
    assert kept in (0, 1_000)  # a page is stored whole or not at all

    resumed = run("sync", "--data-dir", str(profile), "--no-media", env=environment(packed))
    assert resumed.returncode == 0, resumed.stderr
    status = json.loads(run("status", "--data-dir", str(profile), "--json", env=environment(packed)).stdout)
    assert (status["messages"], status["distinct_msgids"], status["max_seq"], status["gaps"]) == (
        1_500,
        1_500,
        1_500,
        [],
    )
