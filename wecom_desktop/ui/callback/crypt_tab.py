"""The "decrypt / encrypt" tab: open a POST body or a passive reply, or make one."""

from __future__ import annotations

import time
from urllib.parse import urlencode

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wecom_desktop.crypto.callback import (
    BodyForm,
    CallbackCrypto,
    Decrypted,
    encrypted_field,
    random_nonce,
    reply_fields,
    signature,
)
from wecom_desktop.crypto.callback_errors import CallbackError
from wecom_desktop.crypto.callback_paste import pasted_parameters, readings
from wecom_desktop.ui.callback.config_group import ERROR_COLOR, OK_COLOR, CallbackConfigGroup, MissingToken
from wecom_desktop.ui.i18n import describe_error

SIGNED = ("msg_signature", "timestamp", "nonce")
REPLY, REQUEST = "reply", "request"


class IncompleteSignature(Exception):
    """Some, but not all, of msg_signature, timestamp and nonce were given."""


def now_timestamp() -> str:
    return str(int(time.time()))


class CryptTab(QWidget):
    """Decrypt on the left, encrypt on the right; both instant, on the GUI thread."""

    def __init__(self, config: CallbackConfigGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        layout = QHBoxLayout(self)
        layout.addWidget(self._decrypt_group(), 1)
        layout.addWidget(self._encrypt_group(), 1)

    # -- building -----------------------------------------------------------------------------

    def _decrypt_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("解密"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("decryptBody")
        self.body.setPlaceholderText(self.tr("粘贴 POST 请求体（XML 或 JSON）或加密的被动回复包"))
        self.body.setTabChangesFocus(True)
        self.query = QLineEdit()
        self.query.setObjectName("decryptQuery")
        self.query.setPlaceholderText(self.tr("可选：回调 URL 或查询字符串"))
        self.signed_fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow("URL", self.query)
        for name in SIGNED:
            field = QLineEdit()
            field.setObjectName(f"decryptField_{name}")
            self.signed_fields[name] = field
            form.addRow(name, field)
        hint = QLabel(
            self.tr("签名参数依次取自 URL、上面三个字段、回复包自带的值；都没有时只解密，不校验签名。")
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.decrypt_button = QPushButton(self.tr("解密"))
        self.decrypt_button.setObjectName("decryptButton")
        self.decrypt_button.clicked.connect(self.decrypt)
        self.decrypt_status = QLabel()
        self.decrypt_status.setObjectName("decryptStatus")
        self.decrypt_status.setWordWrap(True)
        self.decrypt_output = QPlainTextEdit()
        self.decrypt_output.setObjectName("decryptOutput")
        self.decrypt_output.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.decrypt_status, 1)
        row.addWidget(self.decrypt_button)
        layout = QVBoxLayout(group)
        layout.addWidget(self.body, 1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.decrypt_output, 1)
        return group

    def _encrypt_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("加密"))
        self.plain = QPlainTextEdit()
        self.plain.setObjectName("encryptPlain")
        self.plain.setPlaceholderText(self.tr("要加密的明文（XML 或 JSON 消息、回复内容）"))
        self.plain.setTabChangesFocus(True)
        self.form = QComboBox()
        self.form.setObjectName("encryptForm")
        self.form.addItem("XML", "xml")
        self.form.addItem("JSON", "json")
        self.kind = QComboBox()
        self.kind.setObjectName("encryptKind")
        self.kind.addItem(self.tr("被动回复包"), REPLY)
        self.kind.addItem(self.tr("回调请求体（带签名的查询字符串）"), REQUEST)
        self.timestamp = QLineEdit(now_timestamp())
        self.timestamp.setObjectName("encryptTimestamp")
        self.nonce = QLineEdit(random_nonce())
        self.nonce.setObjectName("encryptNonce")
        renew = QPushButton(self.tr("重新生成"))
        renew.setObjectName("renewTimestampNonce")
        renew.setToolTip(self.tr("当前时间和新的随机 nonce"))
        renew.clicked.connect(self.on_renew_clicked)
        stamp_row = QHBoxLayout()
        stamp_row.addWidget(self.timestamp, 1)
        stamp_row.addWidget(renew)
        form = QFormLayout()
        form.addRow(self.tr("格式"), self.form)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow("timestamp", stamp_row)
        form.addRow("nonce", self.nonce)
        self.encrypt_button = QPushButton(self.tr("加密"))
        self.encrypt_button.setObjectName("encryptButton")
        self.encrypt_button.clicked.connect(self.encrypt)
        self.encrypt_status = QLabel()
        self.encrypt_status.setObjectName("encryptStatus")
        self.encrypt_status.setWordWrap(True)
        self.encrypt_output = QPlainTextEdit()
        self.encrypt_output.setObjectName("encryptOutput")
        self.encrypt_output.setReadOnly(True)
        copy_output = QPushButton(self.tr("复制结果"))
        copy_output.setObjectName("copyEncrypted")
        copy_output.clicked.connect(self.on_copy_output_clicked)
        self.signed_query = QLineEdit()
        self.signed_query.setObjectName("encryptSignedQuery")
        self.signed_query.setReadOnly(True)
        self.signed_query.setPlaceholderText(self.tr("回调请求体的签名查询字符串"))
        self.copy_query = QPushButton(self.tr("复制查询字符串"))
        self.copy_query.setObjectName("copySignedQuery")
        self.copy_query.clicked.connect(self.on_copy_query_clicked)
        row = QHBoxLayout()
        row.addWidget(self.encrypt_status, 1)
        row.addWidget(self.encrypt_button)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.signed_query, 1)
        copy_row.addWidget(self.copy_query)
        copy_row.addStretch(0)
        copy_row.addWidget(copy_output)
        layout = QVBoxLayout(group)
        layout.addWidget(self.plain, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.encrypt_output, 1)
        layout.addLayout(copy_row)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.on_kind_changed()
        return group

    # -- decrypting ---------------------------------------------------------------------------

    @Slot()
    def decrypt(self) -> None:
        body = self.body.toPlainText().strip()
        try:
            crypto = self.config.crypto()
            if not body:
                raise IncompleteSignature(self.tr("请先粘贴要解密的请求体或回复包。"))
            signed = self._signature_parameters(body)
            if signed is None:
                decrypted = crypto.decrypt(encrypted_field(body))
                notes = [self.tr("未校验签名：没有提供 msg_signature、timestamp 和 nonce。")]
                notes += self._unchecked_receive_id_note(crypto, decrypted)
            else:
                decrypted = crypto.decrypt_body(
                    body, signed["msg_signature"], signed["timestamp"], signed["nonce"]
                )
                notes = [self.tr("签名校验通过。")]
        except (MissingToken, IncompleteSignature, CallbackError) as exc:
            self.decrypt_status.setText(self.tr("✗ 解密失败"))
            self.decrypt_status.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
            self.decrypt_output.setPlainText(describe_error(exc))
            return
        carried = decrypted.receive_id or self.tr("（空）")
        self.decrypt_status.setText(self.tr("✓ ReceiveId：{id}").format(id=carried) + "\n" + "\n".join(notes))
        self.decrypt_status.setStyleSheet(f"color: {OK_COLOR};")
        self.decrypt_output.setPlainText(decrypted.message)

    def _signature_parameters(self, body: str) -> dict[str, str] | None:
        """msg_signature, timestamp and nonce from the URL box, the fields or the reply envelope."""
        url = self.query.text().strip()
        if url:
            raw = pasted_parameters(url)
            values = readings(raw)[0].values if raw else {}
            return self._complete(values, self.tr("URL 中缺少：{names}。"))
        typed = {name: field.text().strip() for name, field in self.signed_fields.items()}
        if any(typed.values()):
            return self._complete(typed, self.tr("参数字段中缺少：{names}。"))
        envelope = reply_fields(body)
        return envelope if all(envelope.get(name) for name in SIGNED) else None

    def _complete(self, values: dict[str, str], missing_text: str) -> dict[str, str]:
        missing = [name for name in SIGNED if not values.get(name)]
        if missing:
            raise IncompleteSignature(missing_text.format(names=", ".join(missing)))
        return values

    def _unchecked_receive_id_note(self, crypto: CallbackCrypto, decrypted: Decrypted) -> list[str]:
        expected = crypto.receive_id
        if expected is None or decrypted.receive_id == expected:
            return []
        return [self.tr("注意：与填写的 ReceiveId {id} 不一致。").format(id=expected or self.tr("（空）"))]

    # -- encrypting ---------------------------------------------------------------------------

    @Slot()
    def on_renew_clicked(self) -> None:
        self.timestamp.setText(now_timestamp())
        self.nonce.setText(random_nonce())

    @Slot()
    def on_kind_changed(self) -> None:
        request = self.kind.currentData() == REQUEST
        self.signed_query.setVisible(request)
        self.copy_query.setVisible(request)

    @Slot()
    def encrypt(self) -> None:
        timestamp, nonce = self.timestamp.text().strip(), self.nonce.text().strip()
        form: BodyForm = "json" if self.form.currentData() == "json" else "xml"
        self.signed_query.clear()
        try:
            crypto = self.config.crypto(for_sending=True)
            if not timestamp or not nonce:
                raise IncompleteSignature(self.tr("请填写 timestamp 和 nonce（或点“重新生成”）。"))
            message = self.plain.toPlainText()
            if self.kind.currentData() == REPLY:
                output = crypto.encrypt_reply(message, timestamp, nonce, form)
            else:
                output = crypto.encrypt_body(message, form)
                signed = signature(crypto.token, timestamp, nonce, encrypted_field(output))
                self.signed_query.setText(
                    urlencode({"msg_signature": signed, "timestamp": timestamp, "nonce": nonce})
                )
        except (MissingToken, IncompleteSignature, CallbackError) as exc:
            self.encrypt_status.setText(self.tr("✗ 加密失败"))
            self.encrypt_status.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
            self.encrypt_output.setPlainText(describe_error(exc))
            return
        self.encrypt_status.setText(self.tr("✓ 已加密"))
        self.encrypt_status.setStyleSheet(f"color: {OK_COLOR};")
        self.encrypt_output.setPlainText(output)

    @Slot()
    def on_copy_output_clicked(self) -> None:
        QApplication.clipboard().setText(self.encrypt_output.toPlainText())

    @Slot()
    def on_copy_query_clicked(self) -> None:
        QApplication.clipboard().setText(self.signed_query.text())
