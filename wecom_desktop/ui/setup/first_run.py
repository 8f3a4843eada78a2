"""The set-up a profile gets before its first sync: the wizard, then storing what it collected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from wecom_desktop.credentials import CredentialError, CredentialStore
from wecom_desktop.profile import Profile
from wecom_desktop.ui.i18n import describe_error
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.setup.storing import StoreCredentialsWorker, save_settings
from wecom_desktop.ui.setup.wizard import SetupWizard
from wecom_desktop.ui.threads import run_with_progress


def needs_setup(store: CredentialStore, settings: ProfileSettings) -> bool | CredentialError:
    """Whether to offer the wizard at start: no complete credentials and not declined before.

    A CredentialError (no keyring, a damaged entry) is returned for the caller to show.
    """
    if settings.setup_declined:
        return False
    try:
        return not store.load().complete
    except CredentialError as exc:
        return exc


def store_setup(wizard: SetupWizard, profile: Profile, parent: QWidget | None) -> bool:
    """Keep what `wizard` collected: secrets to the keyring (off the GUI thread), the rest to settings."""
    values = wizard.values()
    outcome = run_with_progress(
        StoreCredentialsWorker(CredentialStore.for_folder(profile.root), values),
        parent,
        QCoreApplication.translate("FirstRun", "正在把凭据保存到系统钥匙串…"),
    )
    if not outcome.ok:
        QMessageBox.critical(
            parent, QCoreApplication.translate("FirstRun", "无法保存凭据"), describe_error(outcome.value)
        )
        return False
    save_settings(values, ProfileSettings(profile))
    return True


def run_setup(profile: Profile, parent: QWidget | None = None) -> bool:
    """Show the wizard; True when it was completed and its values stored."""
    wizard = SetupWizard(parent)
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    settings = ProfileSettings(profile)
    if not accepted:
        settings.setup_declined = True  # the viewer opens; Settings offers the wizard again
        return False
    settings.setup_declined = False
    return store_setup(wizard, profile, parent)
