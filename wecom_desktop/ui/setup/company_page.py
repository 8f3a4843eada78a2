"""Wizard page: corp id and the chat-archive Secret."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWizardPage

from wecom_desktop.ui.setup.values import corp_id_problem, secret_problem


class CompanyPage(QWizardPage):
    """Corp id (format-checked) and the archive Secret (masked unless revealed)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("企业与会话存档 Secret"))
        self.setSubTitle(
            self.tr(
                "在企业微信管理后台查看：我的企业 → 企业信息（企业 ID）；管理工具 → 会话内容存档（Secret）。"
            )
        )
        self.corp_id = QLineEdit()
        self.corp_id.setObjectName("corpId")
        self.corp_id.setPlaceholderText("ww0123456789abcdef")
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QCheckBox(self.tr("显示 Secret"))
        self.reveal.toggled.connect(self.on_reveal_toggled)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        form = QFormLayout(self)
        form.addRow(self.tr("企业 ID"), self.corp_id)
        form.addRow(self.tr("会话存档 Secret"), self.secret)
        form.addRow("", self.reveal)
        form.addRow(self.problem)
        self.corp_id.textChanged.connect(self.completeChanged)
        self.secret.textChanged.connect(self.completeChanged)

    def on_reveal_toggled(self, shown: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def isComplete(self) -> bool:
        problem = corp_id_problem(self.corp_id.text()) if self.corp_id.text() else ""
        problem = problem or (secret_problem(self.secret.text()) if self.secret.text() else "")
        self.problem.setText(problem)
        return not corp_id_problem(self.corp_id.text()) and not secret_problem(self.secret.text())
