"""Wizard page: private keys by publickey_ver — paste, load from a file, or generate here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from wecom_desktop.crypto.keys import PrivateKey, PrivateKeyError, generate_key_pair, load_private_key


class KeysPage(QWizardPage):
    """Collects one private key per publickey_ver; a generated pair shows its public key to copy."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("消息加密私钥"))
        self.setSubTitle(
            self.tr(
                "每个公钥版本对应一个私钥。请保留所有旧版本的私钥：用旧公钥加密的消息只能用对应的旧私钥解密。"
                "也可以在这里生成新的密钥对，然后把公钥粘贴到管理后台「管理工具 → 会话内容存档 → 消息加密公钥」。"
            )
        )
        self.keys: dict[int, PrivateKey] = {}
        self.version = QSpinBox()
        self.version.setObjectName("keyVersion")
        self.version.setRange(1, 999)
        self.pem = QPlainTextEdit()
        self.pem.setObjectName("privateKeyText")
        self.pem.setPlaceholderText("-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.added = QListWidget()
        self.added.setObjectName("addedKeys")
        self.public_key = QPlainTextEdit()
        self.public_key.setObjectName("publicKey")
        self.public_key.setReadOnly(True)
        self.public_key.setVisible(False)
        add = QPushButton(self.tr("添加此私钥"))
        add.setObjectName("addKey")
        add.clicked.connect(self.on_add_clicked)
        load = QPushButton(self.tr("从文件载入…"))
        load.clicked.connect(self.on_load_clicked)
        generate = QPushButton(self.tr("生成新的密钥对"))
        generate.setObjectName("generateKey")
        generate.clicked.connect(self.on_generate_clicked)
        self.copy = QPushButton(self.tr("复制公钥"))
        self.copy.setObjectName("copyPublicKey")
        self.copy.setVisible(False)
        self.copy.clicked.connect(self.on_copy_clicked)
        version_row = QHBoxLayout()
        version_row.addWidget(QLabel(self.tr("公钥版本号")))
        version_row.addWidget(self.version)
        version_row.addStretch(1)
        buttons = QHBoxLayout()
        for button in (add, load, generate, self.copy):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(version_row)
        layout.addWidget(self.pem)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.public_key)
        layout.addWidget(QLabel(self.tr("已添加的私钥")))
        layout.addWidget(self.added)

    def ask_key_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择私钥文件"), "", self.tr("私钥 (*.pem *.key *.txt);;所有文件 (*)")
        )
        return Path(name) if name else None

    def on_load_clicked(self) -> None:
        path = self.ask_key_file()
        if path is not None:
            self.pem.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
            self.on_add_clicked()

    def on_add_clicked(self) -> None:
        try:
            key = load_private_key(self.pem.toPlainText())
        except PrivateKeyError as exc:
            self.problem.setText(exc.message_zh + "\n" + exc.message_en)
            return
        self._add(self.version.value(), key)
        self.pem.clear()

    def on_generate_clicked(self) -> None:
        key = generate_key_pair()
        self._add(self.version.value(), key)
        self.public_key.setPlainText(key.public_pem())
        self.public_key.setVisible(True)
        self.copy.setVisible(True)

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.public_key.toPlainText())  # the public key only

    def _add(self, version: int, key: PrivateKey) -> None:
        self.keys[version] = key
        self.problem.setText(
            self.tr("已添加版本 {version} 的私钥（RSA-{bits}）。").format(version=version, bits=key.bits)
        )
        self.added.clear()
        for known in sorted(self.keys):
            self.added.addItem(
                self.tr("版本 {version}：RSA-{bits}，指纹 {fingerprint}").format(
                    version=known, bits=self.keys[known].bits, fingerprint=self.keys[known].fingerprint[:16]
                )
            )
        self.version.setValue(max(self.keys) + 1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.keys)
