"""Settings of a profile after set-up: company, keys by version, connection, the archive itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.credentials import CredentialStore, StoredCredentials
from wecom_desktop.crypto.keys import PrivateKey
from wecom_desktop.profile import Profile
from wecom_desktop.sdk.client import check_proxy
from wecom_desktop.sdk.errors import SdkError
from wecom_desktop.store.engine import is_encrypted
from wecom_desktop.ui.i18n import describe_error, pick
from wecom_desktop.ui.key_version_panel import KeyVersionPanel
from wecom_desktop.ui.profile_settings import ProfileSettings
from wecom_desktop.ui.settings.keyring_changes import KeyringChanges
from wecom_desktop.ui.setup.company_page import CompanyPage
from wecom_desktop.ui.setup.connection_page import ConnectionPage
from wecom_desktop.ui.setup.values import corp_id_problem, secret_problem
from wecom_desktop.ui.threads import CallWorker, run_with_progress


class SettingsDialog(QDialog):
    """Edits take effect on OK: secrets to the keyring (off the GUI thread), the rest to QSettings."""

    encrypt_requested = Signal()
    keys_saved = Signal(list)  # the versions whose private keys were added or replaced
    profile_removed = Signal(bool)  # True when the archive files were deleted too

    def __init__(
        self, profile: Profile, engine: Engine, stored: StoredCredentials, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.profile, self.stored = profile, stored
        self.store = CredentialStore.for_folder(profile.root)
        self.settings = ProfileSettings(profile)
        self.changes = KeyringChanges()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._company_tab(), self.tr("企业"))
        self.keys = KeyVersionPanel(engine, set(stored.private_keys))
        self.keys.key_added.connect(self.on_key_added)
        self.keys.key_removed.connect(self.on_key_removed)
        self.tabs.addTab(self.keys, self.tr("私钥版本"))
        self.tabs.addTab(self._connection_tab(), self.tr("网络与 SDK"))
        self.tabs.addTab(self._archive_tab(), self.tr("档案"))
        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _company_tab(self) -> QWidget:
        self.company = CompanyPage()
        self.company.corp_id.setText(self.stored.corp_id or "")
        if self.stored.secret:
            self.company.secret.setPlaceholderText(self.tr("已保存（隐藏）；留空则不修改"))
        self.company.reveal.toggled.connect(self.on_reveal_toggled)
        return self.company

    def _connection_tab(self) -> QWidget:
        self.connection = ConnectionPage()
        self.connection.proxy.setText(self.settings.proxy)
        if self.stored.proxy_password:
            self.connection.proxy_password.setPlaceholderText(self.tr("已保存（隐藏）；留空则不修改"))
        library = self.settings.sdk_library
        self.connection.library.setText(str(library) if library else "")
        self.clear_proxy_password = QCheckBox(self.tr("删除已保存的代理账号"))
        self.clear_proxy_password.setEnabled(bool(self.stored.proxy_password))
        self.timeout = QSpinBox()
        self.timeout.setObjectName("sdkTimeout")
        self.timeout.setRange(1, 300)
        self.timeout.setSuffix(self.tr(" 秒"))
        self.timeout.setValue(self.settings.timeout_s)
        self.download_media = QCheckBox(self.tr("同步时下载图片、语音、视频和文件"))
        self.download_media.setObjectName("downloadMedia")
        self.download_media.setChecked(self.settings.download_media)
        form = self.connection.form
        form.addRow("", self.clear_proxy_password)
        form.addRow(self.tr("每次调用超时"), self.timeout)
        form.addRow("", self.download_media)
        return self.connection

    def _archive_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        folder = QLabel(self.tr("数据文件夹：{path}").format(path=self.profile.root))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        encrypted = is_encrypted(self.profile.database)
        state = QLabel(
            self.tr("档案数据库已用 SQLCipher 加密，密钥保存在系统钥匙串中。")
            if encrypted
            else self.tr("档案数据库未加密。加密后，没有本机钥匙串中的密钥就无法打开它（媒体文件不加密）。")
        )
        state.setObjectName("encryptionState")
        state.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("加密档案数据库…"))
        self.encrypt_button.setObjectName("encryptArchive")
        self.encrypt_button.setEnabled(not encrypted)
        self.encrypt_button.clicked.connect(self.on_encrypt_clicked)
        remove = QPushButton(self.tr("删除此档案配置…"))
        remove.setObjectName("removeProfile")
        remove.clicked.connect(self.on_remove_clicked)
        for widget in (folder, state, self.encrypt_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(remove)
        return tab

    @Slot(bool)
    def on_reveal_toggled(self, shown: bool) -> None:
        secret = self.company.secret
        if shown and not secret.text() and self.stored.secret:
            secret.setText(self.stored.secret)  # shown only on this explicit click
        elif not shown and secret.text() == self.stored.secret:
            secret.clear()

    @Slot(int, object)
    def on_key_added(self, version: int, key: PrivateKey) -> None:
        self.changes.add_key(version, key.private_pem_pkcs8())

    @Slot(int)
    def on_key_removed(self, version: int) -> None:
        self.changes.remove_key(version)

    def collect(self) -> str:
        """Fill `changes` from the fields; returns the problem that prevents saving ('' if none)."""
        corp_id = self.company.corp_id.text().strip()
        if corp_id != (self.stored.corp_id or ""):
            problem = corp_id_problem(corp_id)
            if problem:
                return problem
            self.changes.corp_id = corp_id
        secret = self.company.secret.text().strip()
        if secret and secret != self.stored.secret:
            problem = secret_problem(secret)
            if problem:
                return problem
            self.changes.secret = secret
        try:
            check_proxy(self.connection.proxy.text().strip())
        except SdkError as exc:
            return pick(exc.message_zh, exc.message_en)
        password = self.connection.proxy_password.text()
        if self.clear_proxy_password.isChecked():
            self.changes.proxy_password = ""
        elif password and password != self.stored.proxy_password:
            self.changes.proxy_password = password
        return ""

    @Slot()
    def on_ok(self) -> None:
        problem = self.collect()
        if problem:
            self.problem.setText(problem)
            return
        if self.changes:
            changes, store = self.changes, self.store
            outcome = run_with_progress(
                CallWorker(lambda: changes.apply(store)), self, self.tr("正在保存到系统钥匙串…")
            )
            if not outcome.ok:
                self.problem.setText(describe_error(outcome.value))
                return
        self.settings.proxy = self.connection.proxy.text().strip()
        library = self.connection.library.text().strip()
        self.settings.sdk_library = self.connection.selected_library() if library else None
        self.settings.timeout_s = self.timeout.value()
        self.settings.download_media = self.download_media.isChecked()
        self.settings.settings.sync()
        saved = sorted(self.changes.keys)
        self.accept()
        if saved:
            self.keys_saved.emit(saved)

    @Slot()
    def on_encrypt_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("加密档案数据库"),
            self.tr(
                "将生成一个数据库密钥保存在系统钥匙串中，并把档案改写为加密文件。"
                "此后在没有该钥匙串的电脑上无法打开此档案。继续？"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.keys.shutdown()  # the archive closes for encrypting: no read may still run on it
            self.encrypt_requested.emit()
            self.accept()

    def done(self, result: int) -> None:
        self.keys.shutdown()
        super().done(result)

    # Seam for tests: the confirmation sits behind one method.
    def confirm_removal(self) -> tuple[bool, bool]:
        """(remove?, also delete the archive files?)"""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("删除此档案配置"),
            self.tr(
                "将从系统钥匙串删除此档案的企业 ID、Secret、所有私钥和代理账号，并清除其设置。"
                "保留的加密档案仍保留其数据库密钥。"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        also = QCheckBox(self.tr("同时删除本机上的档案数据库、媒体和日志（不可恢复）"))
        box.setCheckBox(also)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes, also.isChecked()

    @Slot()
    def on_remove_clicked(self) -> None:
        remove, delete_data = self.confirm_removal()
        if not remove:
            return
        store = self.store
        outcome = run_with_progress(
            # An encrypted archive left on disk keeps its key, or it could never be opened again.
            CallWorker(lambda: store.delete_all(keep_database_key=not delete_data)),
            self,
            self.tr("正在删除…"),
        )
        if not outcome.ok:
            self.problem.setText(describe_error(outcome.value))
            return
        self.settings.remove()
        self.keys.shutdown()  # the archive closes and may be deleted: no read may still run on it
        self.profile_removed.emit(delete_data)
        self.accept()
