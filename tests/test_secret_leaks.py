"""A whole session with known secret values, then every file it left behind is searched for them.

Wizard with a generated key → test connection → credentials stored → sync with media from the
emulator → search → export in every format → an induced SDK error → the settings dialog with the
secret revealed and hidden again → the archive encrypted and searched again. Afterwards the profile folder (database, WAL, media, logs,
exports), the QSettings store and everything written to stdout/stderr must hold none of the
secrets, in plain, base64 or hex form, nor any PEM marker.
"""

from __future__ import annotations

import base64
import logging
import os
import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.keyring_session import SecretServiceSession
from tests.sync_helpers import packed_archive
from wecom_desktop.archive_access import encrypt_profile_archive, open_profile_archive
from wecom_desktop.credentials import CredentialStore
from wecom_desktop.crypto.keys import load_private_key
from wecom_desktop.export import ExportSelection, export_messages
from wecom_desktop.profile import Profile
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.queries import list_conversations
from wecom_desktop.store.search import Search
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.settings.settings_dialog import SettingsDialog
from wecom_desktop.ui.setup.first_run import store_setup
from wecom_desktop.ui.setup.wizard import SetupWizard
from wecom_desktop.ui.sync.sync_panel import SyncPanel
from wecom_desktop.ui.sync.sync_worker import SyncRequest

CORP_ID = "ww0a1b2c3d4e5f6a7b"


def needles(secret: str, proxy_password: str, private_pem: str) -> dict[str, bytes]:
    """Every form of the secrets that must not appear, named for the failure message."""
    found: dict[str, bytes] = {}
    for name, value in (("secret", secret), ("proxy password", proxy_password)):
        raw = value.encode()
        found[name] = raw
        found[f"{name} (base64)"] = base64.b64encode(raw).rstrip(b"=")
        found[f"{name} (hex)"] = raw.hex().encode()
        found[f"{name} (HEX)"] = raw.hex().upper().encode()
    found["proxy password alone"] = proxy_password.split(":", 1)[1].encode()
    body = [line for line in private_pem.splitlines() if line and not line.startswith("-----")]
    for index in (1, len(body) // 2, len(body) - 2):
        found[f"private key body line {index}"] = body[index].encode()
    der = load_private_key(private_pem).rsa_key.private_numbers()
    found["private exponent (hex)"] = f"{der.d:x}"[:48].encode()
    for marker in ("PRIVATE KEY", "BEGIN RSA", "-----BEGIN"):
        found[f"PEM marker {marker!r}"] = marker.encode()
    return found


def files_under(*roots: Path) -> list[Path]:
    return [path for root in roots if root.exists() for path in root.rglob("*") if path.is_file()]


@pytest.mark.slow
def test_no_secret_survives_a_full_session(
    qtbot: QtBot,
    secret_service: SecretServiceSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    secret = "LeakProbe_" + secrets.token_urlsafe(24).replace("-", "x")[:30]
    proxy_password = "auditor:PxLeak" + secrets.token_hex(8)
    profile = Profile(tmp_path / "profile").create()
    log_handler = profile.start_logging(logging.DEBUG)
    store = CredentialStore.for_folder(profile.root)

    # The wizard: a key pair generated here; the emulator is then packed for its public key.
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.company.corp_id.setText(CORP_ID)
    wizard.company.secret.setText(secret)
    wizard.keys.on_generate_clicked()
    wizard.keys.on_copy_clicked()  # the public key goes to the clipboard, as the user would do
    private_pem = wizard.keys.keys[1].private_pem_pkcs8()
    fixture = tmp_path / "emulator"
    fixture.mkdir()
    (fixture / "fixture").mkdir()
    (fixture / "fixture" / "private_key_v1.pem").write_text(private_pem)
    packed = packed_archive(fixture, 400, (1,), corp_id=CORP_ID, secret=secret)
    assert packed.result.generated_keys == ()  # the wizard's key encrypted the fixture
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(packed.result.out))
    wizard.connection.proxy.setText("socks5://127.0.0.1:1080")
    wizard.connection.proxy_password.setText(proxy_password)
    wizard.connection.library.setText(str(ensure_emulator_built()))
    wizard.test.button.click()
    qtbot.waitUntil(lambda: wizard.test.isComplete() and wizard.test.button.isEnabled(), timeout=60_000)
    assert store_setup(wizard, profile, None)
    wizard.close()

    engine = open_archive(profile.database)
    settings = ProfileSettings(profile)
    request = SyncRequest(profile, settings.sdk_library, settings.proxy, download_media=True)
    panel = SyncPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sync_ended, timeout=180_000) as ended:
        panel.start(engine, request, store)
    result = ended.args[0]
    assert result.error is None and result.sync.progress.stored == 400
    assert result.media is not None and result.media.downloaded > 0

    hits = list(Search(engine, "客户").message_ids())
    assert hits
    conversation = list_conversations(engine)[0].id
    exports = profile.root / "exports"
    exports.mkdir()
    for fmt in ("jsonl", "csv", "xlsx", "html"):
        export_messages(engine, ExportSelection(conversation_id=conversation), fmt, exports / f"c.{fmt}")
        export_messages(engine, ExportSelection(message_ids=tuple(hits[:50])), fmt, exports / f"s.{fmt}")

    monkeypatch.setenv("WECOM_EMULATOR_IP_NOT_ALLOWED", "1")  # an SDK error, logged and shown
    with qtbot.waitSignal(panel.sync_ended, timeout=60_000) as failed:
        panel.start(engine, request, store)
    assert failed.args[0].error is not None and panel.error_box is not None
    panel.error_box.close()
    panel.shutdown()

    dialog = SettingsDialog(profile, engine, store.load())
    qtbot.addWidget(dialog)
    dialog.company.reveal.setChecked(True)
    dialog.company.reveal.setChecked(False)
    dialog.on_ok()
    engine.dispose()
    encrypt_profile_archive(profile)  # the archive at rest, its key a fourth secret
    encrypted = open_profile_archive(profile)
    assert list(Search(encrypted, "客户").message_ids()) == hits
    encrypted.dispose()
    database_key = store.database_key()
    assert database_key
    log_handler.flush()
    QSettings().sync()

    forms = needles(secret, proxy_password, private_pem)
    forms["database key"] = database_key.encode()
    forms["database key (upper)"] = database_key.upper().encode()
    forms["database key (bytes)"] = bytes.fromhex(database_key)
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    scanned = files_under(profile.root, config_home)
    assert any(path.name.endswith(".log") for path in scanned)
    assert any(path.suffix == ".conf" or path.suffix == ".ini" for path in scanned), "QSettings file scanned"
    assert any(path.parent.name == "exports" for path in scanned)
    captured = capfd.readouterr()
    sources = {str(path): path.read_bytes() for path in scanned}
    sources["stdout/stderr"] = (captured.out + captured.err).encode()
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard.startswith("-----BEGIN PUBLIC KEY-----")  # what the user copied; public
    sources["clipboard"] = clipboard.replace("-----BEGIN PUBLIC KEY-----", "").encode()
    leaks = [
        f"{name} in {source}"
        for source, data in sources.items()
        for name, form in forms.items()
        if form in data
    ]
    assert leaks == []
    store.delete_all()
