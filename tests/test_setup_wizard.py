"""The first-run set-up wizard, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.sync_helpers import Packed, packed_archive
from wecom_desktop.crypto.keys import generate_key_pair
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.ui.setup.wizard import SetupWizard


@pytest.fixture
def wizard(qtbot: QtBot) -> SetupWizard:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory) -> Packed:
    return packed_archive(tmp_path_factory.mktemp("wizard"), 50, (1,))


def test_invalid_corp_id_is_refused_with_a_reason(wizard: SetupWizard) -> None:
    page = wizard.company
    page.corp_id.setText("wx-not-a-corp")
    page.secret.setText("zJ6k0naVVQ--gt9PUSSEvs03zW_nlDVmjLCTOTAfrew")
    assert not page.isComplete()
    assert "ww" in page.problem.text()
    page.corp_id.setText("wwd08c8e7c775ab44d")
    assert page.isComplete()


def test_secret_is_masked_until_revealed(wizard: SetupWizard) -> None:
    page = wizard.company
    assert page.secret.echoMode() == page.secret.EchoMode.Password
    page.reveal.setChecked(True)
    assert page.secret.echoMode() == page.secret.EchoMode.Normal


def test_damaged_pem_is_repaired(wizard: SetupWizard) -> None:
    key = generate_key_pair()
    damaged = (
        "  " + key.private_pem_pkcs8().replace("\n", " ").replace("-----BEGIN PRIVATE KEY-----", "") + "\r\n"
    )
    page = wizard.keys
    page.version.setValue(3)
    page.pem.setPlainText(damaged)
    page.on_add_clicked()
    assert page.keys[3].fingerprint == key.fingerprint
    assert page.pem.toPlainText() == ""  # the pasted secret does not linger in the editor
    assert page.isComplete()


def test_public_key_instead_of_private_is_rejected(wizard: SetupWizard) -> None:
    page = wizard.keys
    page.pem.setPlainText(generate_key_pair().public_pem())
    page.on_add_clicked()
    assert page.keys == {}
    assert "公钥" in page.problem.text() and "public key" in page.problem.text()


def test_generate_key_pair_and_copy_the_public_key(wizard: SetupWizard) -> None:
    page = wizard.keys
    page.on_generate_clicked()
    assert list(page.keys) == [1]
    assert page.public_key.isVisibleTo(page) and page.public_key.toPlainText() == page.keys[1].public_pem()
    page.on_copy_clicked()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("-----BEGIN PUBLIC KEY-----") and "PRIVATE" not in copied


def _fill(wizard: SetupWizard, fixture: Packed) -> None:
    wizard.company.corp_id.setText(fixture.result.corp_id)
    wizard.company.secret.setText(fixture.result.secret)
    wizard.connection.library.setText(str(ensure_emulator_built()))


def test_connection_test_reports_the_trusted_ip_error(
    wizard: SetupWizard, fixture: Packed, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(fixture.result.out))
    monkeypatch.setenv("WECOM_EMULATOR_IP_NOT_ALLOWED", "1")
    _fill(wizard, fixture)
    wizard.test.button.click()
    qtbot.waitUntil(
        lambda: "10009" in wizard.test.result.text() and wizard.test.button.isEnabled(), timeout=30_000
    )
    assert "可信 IP" in wizard.test.result.text() or "trusted IP" in wizard.test.result.text()
    assert not wizard.test.isComplete()


def test_connection_test_passes_with_good_settings(
    wizard: SetupWizard, fixture: Packed, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(fixture.result.out))
    _fill(wizard, fixture)
    wizard.test.button.click()
    qtbot.waitUntil(lambda: wizard.test.isComplete() and wizard.test.button.isEnabled(), timeout=30_000)
    values = wizard.values()
    assert (values.corp_id, values.sdk_library) == (fixture.result.corp_id, ensure_emulator_built())


def test_closing_the_wizard_during_a_test_stops_it(
    wizard: SetupWizard, fixture: Packed, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WECOM_EMULATOR_ARCHIVE", str(fixture.result.out))
    monkeypatch.setenv("WECOM_EMULATOR_SLOW_MS", "60000")
    _fill(wizard, fixture)
    wizard.test.button.click()
    qtbot.wait(500)
    wizard.reject()  # the user closes the wizard while the SDK call hangs
    assert wizard.test.thread_ is None
