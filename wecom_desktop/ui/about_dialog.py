"""About: version, the SDK library in use, the data folder and the keyring in use."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wecom_desktop import __version__
from wecom_desktop.credentials import UnavailableReason, backend_or_reason
from wecom_desktop.profile import Profile
from wecom_desktop.sdk import library
from wecom_desktop.sdk.errors import SdkError
from wecom_desktop.sdk.identity import identify_library
from wecom_desktop.ui.i18n import pick


class AboutDialog(QDialog):
    def __init__(self, profile: Profile, sdk_library: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 WeCom Archive Desktop"))
        self.profile = profile
        title = QLabel(self.tr("<b>WeCom Archive Desktop</b> — 企业微信会话内容存档"))
        form = QFormLayout()
        form.addRow(self.tr("版本"), self._label(__version__, "aboutVersion"))
        form.addRow(self.tr("SDK 库"), self._label(self._sdk_text(sdk_library), "aboutSdk"))
        form.addRow(self.tr("数据文件夹"), self._label(str(profile.root), "aboutDataFolder"))
        form.addRow(self.tr("系统钥匙串"), self._label(self._keyring_text(), "aboutKeyring"))
        form.addRow("Qt / PySide6", self._label(PySide6.__version__, "aboutQt"))
        open_folder = QPushButton(self.tr("打开数据文件夹"))
        open_folder.setObjectName("openDataFolder")
        open_folder.clicked.connect(self.on_open_folder_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 260)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _keyring_text(self) -> str:
        found = backend_or_reason()
        if isinstance(found, str):
            return found
        reasons = {
            UnavailableReason.NO_BACKEND: self.tr("没有可用的系统钥匙串，凭据无法保存"),
            UnavailableReason.INSECURE_BACKEND: self.tr("已拒绝：不是系统钥匙串（可能以明文文件保存密码）"),
            UnavailableReason.NO_SERVICE: self.tr("无法连接系统钥匙串服务"),
            UnavailableReason.LOCKED: self.tr("系统钥匙串已锁定"),
        }
        return self.tr("{reason}（{backend}）").format(reason=reasons[found.reason], backend=found.backend)

    def _sdk_text(self, configured: Path | None) -> str:
        try:
            path = library.locate(configured)
        except SdkError as exc:
            return pick(exc.message_zh, exc.message_en)
        try:
            identity = identify_library(path)
        except OSError as exc:
            return f"{path}\n{exc.strerror}"
        kind = {
            "official": self.tr("腾讯官方库（{version}）").format(version=identity.version),
            "emulator": self.tr("模拟库（测试与演示用）"),
            "unknown": self.tr("未知版本"),
        }[identity.kind]
        return f"{path}\n{kind} · SHA-256 {identity.sha256[:16]}…"

    @Slot()
    def on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.profile.root)))
