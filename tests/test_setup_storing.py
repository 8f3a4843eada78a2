"""What the wizard collected ends up in the keyring (secrets) and QSettings (the rest) only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.keyring_session import SecretServiceSession
from wecom_desktop.credentials import CredentialStore
from wecom_desktop.crypto.keys import generate_key_pair
from wecom_desktop.profile import Profile
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.setup.storing import StoreCredentialsWorker, save_settings
from wecom_desktop.ui.setup.values import SetupValues
from wecom_desktop.ui.threads import start_worker


def test_wizard_values_go_to_the_keyring_and_settings(
    qtbot: QtBot, secret_service: SecretServiceSession, tmp_path: Path
) -> None:
    key = generate_key_pair()
    values = SetupValues(
        corp_id="wwd08c8e7c775ab44d",
        secret="zJ6k0naVVQ--gt9PUSSEvs03zW_nlDVmjLCTOTAfrew",
        keys={3: key},
        proxy="socks5://10.0.0.1:1080",
        proxy_password="auditor:S3cret-pass",
        sdk_library=tmp_path / "libWeWorkFinanceSdk_C.so",
    )
    store = CredentialStore.for_folder(tmp_path / "profile")
    worker = StoreCredentialsWorker(store, values)
    with qtbot.waitSignal(worker.succeeded, timeout=30_000) as done:
        thread = start_worker(worker, None)
    thread.wait()
    assert done.args == [[3]]
    loaded = store.load()
    assert (loaded.corp_id, loaded.secret, loaded.proxy_password) == (
        values.corp_id,
        values.secret,
        values.proxy_password,
    )
    assert loaded.private_keys == {3: key.private_pem_pkcs8()}

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_settings(values, ProfileSettings(Profile(tmp_path / "profile"), settings))
    reread = ProfileSettings(Profile(tmp_path / "profile"), settings)
    assert (reread.proxy, reread.sdk_library) == (values.proxy, values.sdk_library)
    assert ProfileSettings(Profile(tmp_path / "other"), settings).proxy == ""  # profiles kept apart
    written = (tmp_path / "settings.ini").read_text()
    assert "socks5://10.0.0.1:1080" in written
    for secret in (values.secret, values.proxy_password, "PRIVATE KEY"):
        assert secret not in written
    store.delete_all()
