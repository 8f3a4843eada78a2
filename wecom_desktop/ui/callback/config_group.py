"""The callback configuration shared by every tab: Token, EncodingAESKey and the ReceiveId rule.

None of it is persisted: the token and the key are secrets of the user's callback.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wecom_desktop.crypto.callback import CallbackCrypto, generate_aes_key, generate_token, parse_aes_key
from wecom_desktop.crypto.callback_errors import CallbackError
from wecom_desktop.ui.i18n import pick

# ReceiveId choices; the data of each combo item.
CORP_ID, SUITE_ID, EMPTY, UNCHECKED = "corp", "suite", "empty", "unchecked"
OK_COLOR, ERROR_COLOR = "#1e8e3e", "#d93025"


class MissingToken(Exception):
    """The Token field is empty."""


class CallbackConfigGroup(QGroupBox):
    """Token, EncodingAESKey (validated as typed) and which ReceiveId to expect."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("回调配置（与企业微信后台“接收消息”设置一致）"), parent)
        self.token = QLineEdit()
        self.token.setObjectName("callbackToken")
        self.token.setPlaceholderText(self.tr("企业微信后台填写的 Token"))
        self.token_button = QPushButton(self.tr("生成"))
        self.token_button.setObjectName("generateToken")
        self.token_button.setToolTip(self.tr("生成一个随机的 32 位 Token"))
        self.token_button.clicked.connect(self.on_generate_token)
        self.aes_key = QLineEdit()
        self.aes_key.setObjectName("callbackAesKey")
        self.aes_key.setPlaceholderText(self.tr("43 个字母或数字"))
        self.key_button = QPushButton(self.tr("生成"))
        self.key_button.setObjectName("generateAesKey")
        self.key_button.setToolTip(self.tr("生成一个随机的 EncodingAESKey"))
        self.key_button.clicked.connect(self.on_generate_key)
        self.key_status = QLabel()
        self.key_status.setObjectName("aesKeyStatus")
        self.key_status.setWordWrap(True)
        self.receive_id = QLineEdit()
        self.receive_id.setObjectName("receiveId")
        self.receive_kind = QComboBox()
        self.receive_kind.setObjectName("receiveIdKind")
        for text, data in (
            (self.tr("企业 ID（自建应用、会话存档）"), CORP_ID),
            (self.tr("第三方应用 suiteid"), SUITE_ID),
            (self.tr("空（智能机器人，个人主体的第三方应用）"), EMPTY),
            (self.tr("不校验，只显示"), UNCHECKED),
        ):
            self.receive_kind.addItem(text, data)
        self.receive_kind.setToolTip(
            self.tr("解密时按此校验 ReceiveId；“不校验”时只显示消息携带的值，加密时仍使用左侧填写的值。")
        )
        self.receive_kind.currentIndexChanged.connect(self.on_receive_kind_changed)
        grid = QGridLayout(self)
        grid.addWidget(QLabel("Token"), 0, 0)
        grid.addWidget(self.token, 0, 1)
        grid.addWidget(self.token_button, 0, 2)
        grid.addWidget(QLabel("EncodingAESKey"), 1, 0)
        grid.addWidget(self.aes_key, 1, 1)
        grid.addWidget(self.key_button, 1, 2)
        grid.addWidget(self.key_status, 2, 1)
        receive_row = QHBoxLayout()
        receive_row.addWidget(self.receive_id, 1)
        receive_row.addWidget(self.receive_kind)
        grid.addWidget(QLabel("ReceiveId"), 3, 0)
        grid.addLayout(receive_row, 3, 1)
        grid.setColumnStretch(1, 1)
        self.token.textChanged.connect(self.changed)
        self.aes_key.textChanged.connect(self.on_key_changed)
        self.receive_id.textChanged.connect(self.changed)
        self.on_key_changed(self.aes_key.text())
        self.on_receive_kind_changed()

    # -- values -------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.receive_kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.receive_kind.setCurrentIndex(self.receive_kind.findData(kind))

    def expected_receive_id(self) -> str | None:
        """The ReceiveId a decrypted message must carry; None when it is only shown."""
        kind = self.kind()
        if kind == UNCHECKED:
            return None
        return "" if kind == EMPTY else self.receive_id.text().strip()

    def sending_receive_id(self) -> str:
        """The ReceiveId put into what this tool encrypts."""
        return "" if self.kind() == EMPTY else self.receive_id.text().strip()

    def crypto(self, for_sending: bool = False) -> CallbackCrypto:
        """The configured CallbackCrypto; MissingToken or CallbackError(-40004) when unusable."""
        token = self.token.text().strip()
        if not token:
            raise MissingToken(self.tr("请先填写 Token（或点“生成”）。"))
        receive_id = self.sending_receive_id() if for_sending else self.expected_receive_id()
        return CallbackCrypto(token, self.aes_key.text().strip(), receive_id)

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def on_generate_token(self) -> None:
        self.token.setText(generate_token())

    @Slot()
    def on_generate_key(self) -> None:
        self.aes_key.setText(generate_aes_key())

    @Slot(str)
    def on_key_changed(self, text: str) -> None:
        key = text.strip()
        if not key:
            self.key_status.setText(self.tr("企业微信后台“随机获取”的 43 个字符"))
            self.key_status.setStyleSheet("")
        else:
            try:
                decoded = parse_aes_key(key)
            except CallbackError as exc:
                self.key_status.setText("✗ " + pick(exc.detail_zh, exc.detail_en))
                self.key_status.setStyleSheet(f"color: {ERROR_COLOR};")
            else:
                self.key_status.setText(
                    self.tr("✓ {n} 个字符，解码为 {size} 字节").format(n=len(key), size=len(decoded))
                )
                self.key_status.setStyleSheet(f"color: {OK_COLOR};")
        self.changed.emit()

    @Slot()
    def on_receive_kind_changed(self) -> None:
        kind = self.kind()
        self.receive_id.setEnabled(kind not in (EMPTY, UNCHECKED))
        placeholders = {
            CORP_ID: self.tr("企业 ID，如 ww0123456789abcdef"),
            SUITE_ID: self.tr("第三方应用的 suiteid，如 tj0123456789abcdef"),
            EMPTY: self.tr("（空字符串）"),
            UNCHECKED: self.tr("（不校验）"),
        }
        self.receive_id.setPlaceholderText(placeholders[kind])
        self.changed.emit()
