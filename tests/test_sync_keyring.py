"""`wecom-desktop sync` with the credentials in the profile's keyring entries (no environment)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.keyring_session import SecretServiceSession
from tests.sync_helpers import packed_archive
from wecom_desktop.credentials import CredentialStore
from wecom_desktop.sdk.emulator_build import ensure_emulator_built


def test_sync_reads_its_credentials_from_the_keyring(
    secret_service: SecretServiceSession, tmp_path: Path
) -> None:
    packed = packed_archive(tmp_path, 300, (1, 2))
    profile = tmp_path / "profile"
    store = CredentialStore.for_folder(profile)
    store.set_corp_id(packed.result.corp_id)
    store.set_secret(packed.result.secret)
    for version, pem in packed.pems.items():
        store.set_private_key(version, pem)
    env = {key: value for key, value in os.environ.items() if not key.startswith("WECOM_")}
    env.pop("PYTHON_KEYRING_BACKEND")  # this child uses the test Secret Service
    env.update(WECOM_FINANCE_SDK=str(ensure_emulator_built()), WECOM_EMULATOR_ARCHIVE=str(packed.result.out))
    completed = subprocess.run(
        [sys.executable, "-m", "wecom_desktop", "sync", "--data-dir", str(profile), "--no-media"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert "stored 300 (undecryptable 0)" in completed.stdout
    log = (profile / "logs" / "wecom-desktop.log").read_text(encoding="utf-8")
    assert packed.result.secret not in log and "PRIVATE KEY" not in log
    store.delete_all()
