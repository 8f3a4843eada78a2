"""Wizard page: proxy (optional) and the SDK library to use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from wecom_desktop.sdk import library
from wecom_desktop.sdk.client import check_proxy
from wecom_desktop.sdk.errors import SdkError


class ConnectionPage(QWizardPage):
    """Where WeCom is reached from, and which finance SDK library is loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("网络与 SDK"))
        self.setSubTitle(
            self.tr(
                "本机的公网出口 IP 必须在会话存档的可信 IP 列表中；如需经代理访问，请填写代理，代理的出口 IP 也须在列表中。"
            )
        )
        self.proxy = QLineEdit()
        self.proxy.setObjectName("proxy")
        self.proxy.setPlaceholderText("socks5://10.0.0.1:1080")
        self.proxy_password = QLineEdit()
        self.proxy_password.setObjectName("proxyPassword")
        self.proxy_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.proxy_password.setPlaceholderText(self.tr("用户名:密码（可选）"))
        self.library = QLineEdit()
        self.library.setObjectName("sdkLibrary")
        detect = QPushButton(self.tr("自动查找"))
        detect.clicked.connect(self.on_detect_clicked)
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.library, 1)
        row.addWidget(detect)
        row.addWidget(browse)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.form = form = QFormLayout(self)
        form.addRow(self.tr("代理地址"), self.proxy)
        form.addRow(self.tr("代理账号"), self.proxy_password)
        form.addRow(self.tr("SDK 库文件"), row)
        form.addRow(self.problem)
        self.proxy.textChanged.connect(self.completeChanged)
        self.library.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        if not self.library.text():
            self.on_detect_clicked()

    def ask_library_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择企业微信会话存档 SDK 库"), "", library.library_name()
        )
        return Path(name) if name else None

    def on_browse_clicked(self) -> None:
        path = self.ask_library_file()
        if path is not None:
            self.library.setText(str(path))

    def on_detect_clicked(self) -> None:
        try:
            self.library.setText(str(library.locate()))
        except SdkError as exc:
            self.problem.setText(exc.message_zh)

    def selected_library(self) -> Path | None:
        try:
            return library.locate(self.library.text().strip() or None)
        except SdkError as exc:
            self.problem.setText(exc.message_zh)
            return None

    def isComplete(self) -> bool:
        try:
            check_proxy(self.proxy.text().strip())
        except SdkError as exc:
            self.problem.setText(exc.message_zh)
            return False
        self.problem.clear()
        return bool(self.library.text().strip())
