"""The decrypted JSON of one message, pretty-printed without changing a value of it."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from wecom_desktop.ui.message_view.loader import LoadedRawJson, PageLoader

_INDENT = "  "


class _Number(str):
    """A number literal kept as written (no float rounding, no digit limit)."""


class _Object(list[tuple[str, Any]]):
    """An object's members in their order, duplicates included."""


def _dump(value: Any, depth: int) -> str:
    inner, outer = _INDENT * (depth + 1), _INDENT * depth
    if isinstance(value, _Object):
        members = [
            f"{inner}{json.dumps(key, ensure_ascii=False)}: {_dump(item, depth + 1)}" for key, item in value
        ]
        return "{\n" + ",\n".join(members) + f"\n{outer}}}" if members else "{}"
    if isinstance(value, list):
        items = [f"{inner}{_dump(item, depth + 1)}" for item in value]
        return "[\n" + ",\n".join(items) + f"\n{outer}]" if items else "[]"
    if isinstance(value, _Number):
        return str.__str__(value)
    return json.dumps(value, ensure_ascii=False)


def pretty_json(raw: str) -> str:
    """`raw` indented, with every key, its order, duplicates and number literals as stored;
    `raw` itself when it is not JSON."""
    try:
        value = json.loads(
            raw,
            strict=False,
            object_pairs_hook=_Object,
            parse_int=_Number,
            parse_float=_Number,
            parse_constant=_Number,
        )
    except (ValueError, RecursionError):
        return raw
    return _dump(value, 0)


class RawJsonDialog(QDialog):
    """Shows a message's JSON exactly as stored (read through the loader); copies it verbatim."""

    def __init__(
        self, loader: PageLoader, message_id: int, msgid: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rawJsonDialog")
        self.setWindowTitle(self.tr("原始 JSON — {msgid}").format(msgid=msgid))
        self.message_id = message_id
        self.raw: str | None = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("rawJsonText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText(self.tr("正在加载…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.setObjectName("copyRawJson")
        self.copy_button.setEnabled(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)
        loader.raw_json_loaded.connect(self.on_loaded)
        loader.failed.connect(self.on_failed)
        loader.request_raw_json(message_id)

    @Slot(object)
    def on_loaded(self, loaded: LoadedRawJson) -> None:
        if loaded.message_id != self.message_id:
            return
        self.raw = loaded.text
        if loaded.text is None:
            self.text.setPlainText(self.tr("这条记录没有解密后的 JSON（无法解密）。"))
            return
        self.text.setPlainText(pretty_json(loaded.text))
        self.copy_button.setEnabled(True)

    @Slot(object, str)
    def on_failed(self, request: object, reason: str) -> None:
        if request == self.message_id:
            self.text.setPlainText(self.tr("无法读取原始 JSON：{reason}").format(reason=reason))

    @Slot()
    def copy(self) -> None:
        """Copies the JSON exactly as stored (not the indented view)."""
        if self.raw is not None:
            QGuiApplication.clipboard().setText(self.raw)
