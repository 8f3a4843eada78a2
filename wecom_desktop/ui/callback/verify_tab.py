"""The "verify URL" tab: what a server must answer to WeCom's GET, from a pasted URL or four fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wecom_desktop.crypto.callback import CallbackCrypto
from wecom_desktop.crypto.callback_errors import CallbackError
from wecom_desktop.crypto.callback_paste import (
    PARAMETERS,
    PasteResult,
    missing_parameters,
    readings,
    verify_pasted,
    verify_readings,
)
from wecom_desktop.ui.callback.config_group import ERROR_COLOR, OK_COLOR, CallbackConfigGroup, MissingToken
from wecom_desktop.ui.i18n import describe_error, pick


class VerifyTab(QWidget):
    """Runs VerifyURL on the GUI thread (it is instant) and explains the outcome."""

    def __init__(self, config: CallbackConfigGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("verifyPaste")
        self.paste.setPlaceholderText(self.tr("粘贴回调 URL、查询字符串或服务器日志中的一行"))
        self.paste.setTabChangesFocus(True)
        self.verify_button = QPushButton(self.tr("验证"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.fields_toggle = QToolButton()
        self.fields_toggle.setObjectName("separateFieldsToggle")
        self.fields_toggle.setText(self.tr("或分别填写四个参数"))
        self.fields_toggle.setCheckable(True)
        self.fields_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fields_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.fields_toggle.setAutoRaise(True)
        self.fields_toggle.toggled.connect(self.on_fields_toggled)
        self.fields: dict[str, QLineEdit] = {}
        self.fields_box = QWidget()
        form = QFormLayout(self.fields_box)
        form.setContentsMargins(20, 0, 0, 0)
        for name in PARAMETERS:
            field = QLineEdit()
            field.setObjectName(f"verifyField_{name}")
            self.fields[name] = field
            form.addRow(name, field)
        self.fields_box.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("verifyStatus")
        self.plaintext = QLineEdit()
        self.plaintext.setObjectName("verifyPlaintext")
        self.plaintext.setReadOnly(True)
        self.plaintext.setPlaceholderText(self.tr("验证通过后，这里是服务器应原样返回的明文"))
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.setObjectName("copyPlaintext")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.details = QPlainTextEdit()
        self.details.setObjectName("verifyDetails")
        self.details.setReadOnly(True)
        top = QHBoxLayout()
        top.addWidget(self.paste, 1)
        top.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        answer = QHBoxLayout()
        answer.addWidget(QLabel(self.tr("应返回的明文")))
        answer.addWidget(self.plaintext, 1)
        answer.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 2)
        layout.addWidget(self.fields_toggle)
        layout.addWidget(self.fields_box)
        layout.addWidget(self.status)
        layout.addLayout(answer)
        layout.addWidget(self.details, 3)

    @Slot(bool)
    def on_fields_toggled(self, shown: bool) -> None:
        self.fields_box.setVisible(shown)
        self.fields_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    @Slot()
    def on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.plaintext.text())

    @Slot()
    def verify(self) -> None:
        try:
            crypto = self.config.crypto()
        except (MissingToken, CallbackError) as exc:
            self._show_failure(describe_error(exc))
            return
        text = self.paste.toPlainText().strip()
        result = verify_pasted(crypto, text) if text else self._verify_fields(crypto)
        if result is None:
            return
        if result.decrypted is not None and result.reading is not None:
            self._show_success(result)
            return
        lines = [describe_error(result.error)]
        if len(result.tried) > 1:
            tried = "".join("\n  • " + pick(reading.how_zh, reading.how_en) for reading, _ in result.tried)
            lines.append(self.tr("已尝试的解读：") + tried)
        self._show_failure("\n\n".join(lines))

    def _verify_fields(self, crypto: CallbackCrypto) -> PasteResult | None:
        raw = {name: field.text().strip() for name, field in self.fields.items()}
        missing = missing_parameters(raw)
        if missing:
            self._show_failure(
                self.tr("请粘贴回调 URL，或填写全部四个参数（缺少：{names}）。").format(
                    names=", ".join(missing)
                )
            )
            return None
        return verify_readings(crypto, readings(raw))

    def _show_success(self, result: PasteResult) -> None:
        assert result.decrypted is not None and result.reading is not None
        self.status.setText(self.tr("✓ 验证通过：把下面的明文作为响应正文原样返回"))
        self.status.setStyleSheet(f"color: {OK_COLOR}; font-weight: bold;")
        self.plaintext.setText(result.decrypted.message)
        self.copy_button.setEnabled(True)
        carried = result.decrypted.receive_id
        lines = [
            self.tr("采用的解读：{how}").format(how=pick(result.reading.how_zh, result.reading.how_en)),
            self.tr("消息携带的 ReceiveId：{id}").format(id=carried if carried else self.tr("（空）")),
        ]
        if self.config.expected_receive_id() is None:
            lines.append(self.tr("ReceiveId 未校验（选择了“不校验，只显示”）。"))
        self.details.setPlainText("\n".join(lines))

    def _show_failure(self, text: str) -> None:
        self.status.setText(self.tr("✗ 验证失败"))
        self.status.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.plaintext.clear()
        self.copy_button.setEnabled(False)
        self.details.setPlainText(text)
