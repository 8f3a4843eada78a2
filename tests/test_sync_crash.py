"""Killing `wecom-desktop sync` with SIGKILL at random moments loses and duplicates nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync_helpers import packed_archive
from wecom_desktop.sdk.emulator_build import ensure_emulator_built

MESSAGES = 50_000
KILLS = 5


@pytest.mark.slow
def test_sync_survives_kill_9_at_random_moments(tmp_path: Path) -> None:
    packed = packed_archive(tmp_path, MESSAGES, (1, 2))
    profile = tmp_path / "profile"
    env = {
        **os.environ,
        "WECOM_FINANCE_SDK": str(ensure_emulator_built()),
        "WECOM_EMULATOR_ARCHIVE": str(packed.result.out),
        "WECOM_CORP_ID": packed.result.corp_id,
        "WECOM_SECRET": packed.result.secret,
        "WECOM_PRIVATE_KEYS": str(packed.result.out),
    }
    command = [
        sys.executable,
        "-m",
        "wecom_desktop",
        "sync",
        "--data-dir",
        str(profile),
        "--no-media",
        "--json-progress",
    ]
    rng = random.Random(20261121)
    kills = 0
    for _ in range(KILLS * 3):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(1.0, 3.5))
        if process.poll() is not None:
            break  # it finished before this kill
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        kills += 1
        if kills >= KILLS:
            break
    assert kills >= KILLS, "the sync finished too quickly to be killed enough times"
    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr

    with sqlite3.connect(profile / "archive.sqlite3") as db:
        msgids = [row[0] for row in db.execute("SELECT msgid FROM messages")]
        assert sorted(msgids) == sorted(packed.lines)  # every message exactly once
        assert db.execute("SELECT high_water_seq FROM sync_state").fetchone()[0] == packed.result.last_seq
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
            == db.execute("SELECT count(*) FROM messages WHERE search_docid IS NOT NULL").fetchone()[0]
        )
        interrupted = db.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'sync' AND outcome = 'running'"
        )
        # Killed runs stay visible in the audit log (a kill during start-up may come before the entry).
        assert 1 <= interrupted.fetchone()[0] <= kills
