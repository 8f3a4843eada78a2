"""The settings dialog and the first-run set-up, against a real Secret Service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.keyring_session import SecretServiceSession
from wecom_desktop.archive_access import create_encrypted_profile, open_profile_archive
from wecom_desktop.credentials import CredentialStore
from wecom_desktop.crypto.keys import generate_key_pair
from wecom_desktop.profile import Profile
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.settings.settings_dialog import SettingsDialog
from wecom_desktop.ui.setup.first_run import needs_setup, store_setup
from wecom_desktop.ui.setup.wizard import SetupWizard

CORP_ID = "wwd08c8e7c775ab44d"
SECRET = "zJ6k0naVVQ--gt9PUSSEvs03zW_nlDVmjLCTOTAfrew"
NEW_SECRET = "Qm9vb2stYW5vdGhlci1zZWNyZXQtdmFsdWU_12345"


@pytest.fixture
def store(secret_service: SecretServiceSession, profile: Profile) -> Iterator[CredentialStore]:
    store = CredentialStore.for_folder(profile.root)
    store.set_corp_id(CORP_ID)
    store.set_secret(SECRET)
    store.set_private_key(1, generate_key_pair().private_pem_pkcs8())
    store.set_proxy_password("auditor:Old-pass-1")
    yield store
    store.delete_all()


def dialog_for(qtbot: QtBot, profile: Profile, engine: Engine, store: CredentialStore) -> SettingsDialog:
    dialog = SettingsDialog(profile, engine, store.load())
    qtbot.addWidget(dialog)
    return dialog


def test_secret_stays_masked_until_revealed_and_is_kept_when_left_empty(
    qtbot: QtBot, profile: Profile, engine: Engine, store: CredentialStore
) -> None:
    dialog = dialog_for(qtbot, profile, engine, store)
    secret = dialog.company.secret
    assert secret.text() == "" and secret.echoMode() == secret.EchoMode.Password
    dialog.company.reveal.setChecked(True)
    assert secret.text() == SECRET and secret.echoMode() == secret.EchoMode.Normal
    dialog.company.reveal.setChecked(False)
    assert secret.text() == ""
    dialog.on_ok()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert store.get_secret() == SECRET


def test_changes_are_written_to_keyring_and_settings_on_ok(
    qtbot: QtBot, profile: Profile, engine: Engine, store: CredentialStore
) -> None:
    dialog = dialog_for(qtbot, profile, engine, store)
    dialog.company.secret.setText(NEW_SECRET)
    dialog.connection.proxy.setText("socks5://10.1.2.3:1080")
    dialog.clear_proxy_password.setChecked(True)
    dialog.timeout.setValue(25)
    dialog.download_media.setChecked(False)
    version2 = generate_key_pair()
    assert dialog.keys.add_key(2, version2.private_pem_pkcs8())  # no record of version 2 to verify against
    assert dialog.keys.remove_key(1)
    assert store.get_private_key(2) is None, "nothing is written before OK"
    dialog.on_ok()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert store.get_secret() == NEW_SECRET
    assert store.get_proxy_password() is None
    assert store.key_versions() == (2,)
    assert store.get_private_key(2) == version2.private_pem_pkcs8()
    settings = ProfileSettings(profile)
    assert (settings.proxy, settings.timeout_s, settings.download_media) == (
        "socks5://10.1.2.3:1080",
        25,
        False,
    )


def test_invalid_input_is_explained_and_nothing_is_written(
    qtbot: QtBot, profile: Profile, engine: Engine, store: CredentialStore
) -> None:
    dialog = dialog_for(qtbot, profile, engine, store)
    dialog.company.corp_id.setText("wx-not-a-corp")
    dialog.company.secret.setText(NEW_SECRET)
    dialog.on_ok()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "ww" in dialog.problem.text()
    assert (store.get_corp_id(), store.get_secret()) == (CORP_ID, SECRET)


def test_removing_the_profile_deletes_its_secrets_and_settings(
    qtbot: QtBot, profile: Profile, engine: Engine, store: CredentialStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    ProfileSettings(profile).proxy = "socks5://10.0.0.1:1080"
    dialog = dialog_for(qtbot, profile, engine, store)
    monkeypatch.setattr(dialog, "confirm_removal", lambda: (True, False))
    with qtbot.waitSignal(dialog.profile_removed) as removed:
        dialog.on_remove_clicked()
    assert removed.args == [False]
    loaded = store.load()
    assert (loaded.corp_id, loaded.secret, dict(loaded.private_keys), loaded.proxy_password) == (
        None,
        None,
        {},
        None,
    )
    assert ProfileSettings(profile).proxy == ""
    assert not [key for key in QSettings().allKeys() if key.startswith(ProfileSettings(profile).prefix)]


def test_first_run_offers_the_wizard_and_stores_what_it_collected(
    qtbot: QtBot, secret_service: SecretServiceSession, tmp_path: Path
) -> None:
    profile = Profile(tmp_path / "fresh").create()
    store = CredentialStore.for_folder(profile.root)
    settings = ProfileSettings(profile)
    assert needs_setup(store, settings) is True
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.company.corp_id.setText(CORP_ID)
    wizard.company.secret.setText(SECRET)
    wizard.keys.on_generate_clicked()
    wizard.connection.proxy.setText("socks5://10.0.0.1:1080")
    wizard.connection.library.setText(str(tmp_path / "libWeWorkFinanceSdk_C.so"))
    try:
        assert store_setup(wizard, profile, None)
        assert needs_setup(store, settings) is False
        loaded = store.load()
        assert loaded.secret == SECRET
        assert loaded.private_keys[1] == wizard.keys.keys[1].private_pem_pkcs8()
        assert settings.proxy == "socks5://10.0.0.1:1080"
    finally:
        store.delete_all()


def test_declining_the_wizard_is_remembered(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "viewer-only")
    settings = ProfileSettings(profile)
    settings.setup_declined = True
    store = CredentialStore.for_folder(profile.root)
    assert needs_setup(store, settings) is False  # the keyring is not even asked


def test_no_keyring_is_reported_not_hidden(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "headless")
    outcome = needs_setup(CredentialStore.for_folder(profile.root), ProfileSettings(profile))
    assert not isinstance(outcome, bool)
    assert "钥匙串" in outcome.message_zh


def test_an_encrypted_archive_kept_on_disk_keeps_its_database_key(
    qtbot: QtBot, secret_service: SecretServiceSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = Profile(tmp_path / "encrypted").create()
    engine = create_encrypted_profile(profile)
    store = CredentialStore.for_folder(profile.root)
    store.set_secret(SECRET)
    dialog = SettingsDialog(profile, engine, store.load())
    qtbot.addWidget(dialog)
    assert "已用 SQLCipher 加密" in dialog.findChild(QLabel, "encryptionState").text()
    assert not dialog.encrypt_button.isEnabled()
    monkeypatch.setattr(dialog, "confirm_removal", lambda: (True, False))
    dialog.on_remove_clicked()
    engine.dispose()
    assert store.get_secret() is None
    open_profile_archive(profile).dispose()  # still opens: the key was kept with the files
    store.delete_all()
