"""The callback checker: one configuration, three ways to check a WeCom callback with it."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from wecom_desktop.ui.callback.config_group import CallbackConfigGroup
from wecom_desktop.ui.callback.crypt_tab import CryptTab
from wecom_desktop.ui.callback.live_tab import LiveTab
from wecom_desktop.ui.callback.verify_tab import VerifyTab


class CallbackCheckDialog(QDialog):
    """Needs no archive profile; the token and key it is given live only as long as it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackCheckDialog")
        self.setWindowTitle(self.tr("回调检查"))
        self.config = CallbackConfigGroup()
        self.verify_tab = VerifyTab(self.config)
        self.crypt_tab = CryptTab(self.config)
        self.live_tab = LiveTab(self.config)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("callbackTabs")
        self.tabs.addTab(self.verify_tab, self.tr("验证 URL"))
        self.tabs.addTab(self.crypt_tab, self.tr("解密 / 加密"))
        self.tabs.addTab(self.live_tab, self.tr("在线测试"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.config)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)

    def shutdown(self) -> None:
        """Stop a running live test and wait for its thread."""
        self.live_tab.shutdown()

    def done(self, result: int) -> None:  # accept, reject, Escape and the Close button
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
