"""The first-run set-up wizard."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from wecom_desktop.sdk.client import Connection
from wecom_desktop.ui.i18n import pick
from wecom_desktop.ui.setup.company_page import CompanyPage
from wecom_desktop.ui.setup.connection_page import ConnectionPage
from wecom_desktop.ui.setup.connection_test import ConnectionTestResult, ConnectionTestWorker
from wecom_desktop.ui.setup.keys_page import KeysPage
from wecom_desktop.ui.setup.values import SetupValues
from wecom_desktop.ui.threads import start_worker, stop_worker


class TestPage(QWizardPage):
    """Initialises the SDK and pulls one record through the worker process, off the GUI thread."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setup_wizard = wizard
        self.setTitle(self.tr("测试连接"))
        self.setSubTitle(self.tr("用以上设置初始化 SDK 并拉取一条消息。失败时会说明原因和解决办法。"))
        self.button = QPushButton(self.tr("测试连接"))
        self.button.setObjectName("testConnection")
        self.button.clicked.connect(self.on_button_clicked)
        self.result = QLabel()
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.button)
        layout.addWidget(self.result, 1)
        self.passed = False
        self.worker: ConnectionTestWorker | None = None
        self.thread_: QThread | None = None

    def on_button_clicked(self) -> None:
        values = self.setup_wizard.values()
        if values.sdk_library is None:
            return
        self.button.setEnabled(False)
        self.result.setText(self.tr("正在连接…"))
        worker = ConnectionTestWorker(
            values.sdk_library, values.corp_id, values.secret, Connection(values.proxy, values.proxy_password)
        )
        self.worker = worker
        worker.succeeded.connect(self.on_worker_succeeded)
        worker.failed.connect(self.on_worker_failed)
        worker.finished.connect(self.on_worker_finished)
        self.thread_ = start_worker(worker, self)

    @Slot(object)
    def on_worker_succeeded(self, outcome: ConnectionTestResult) -> None:
        if outcome.error is None:
            self.passed = True
            self.result.setText(
                self.tr("连接成功。")
                + (self.tr("已拉取到消息。") if outcome.records else self.tr("暂时没有可拉取的消息。"))
            )
        else:
            error = outcome.error
            text = pick(error.message_zh, error.message_en)
            code = f" [{error.code}]" if error.code is not None else ""
            self.result.setText(self.tr("连接失败{code}：").format(code=code) + text)
        self.completeChanged.emit()

    @Slot(object)
    def on_worker_failed(self, error: BaseException) -> None:
        self.result.setText(self.tr("连接测试出错：{error}").format(error=error))

    @Slot()
    def on_worker_finished(self) -> None:
        self.stop()
        self.button.setEnabled(True)

    def stop(self) -> None:
        """End a running test and its thread (the wizard is closing, or the test is over)."""
        stop_worker(self.worker, self.thread_)
        self.worker, self.thread_ = None, None

    def isComplete(self) -> bool:
        return self.passed


class SetupWizard(QWizard):
    """Company, keys, connection and a live test; `completed` carries the SetupValues."""

    completed = Signal(object)  # SetupValues, for the caller to store (secrets: keyring only)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置会话存档"))
        self.company = CompanyPage()
        self.keys = KeysPage()
        self.connection = ConnectionPage()
        self.test = TestPage(self)
        for page in (self.company, self.keys, self.connection, self.test):
            self.addPage(page)
        self.accepted.connect(self.on_accepted)
        self.resize(760, 560)

    def values(self) -> SetupValues:
        return SetupValues(
            corp_id=self.company.corp_id.text().strip(),
            secret=self.company.secret.text().strip(),
            keys=dict(self.keys.keys),
            proxy=self.connection.proxy.text().strip(),
            proxy_password=self.connection.proxy_password.text(),
            sdk_library=self.connection.selected_library(),
        )

    def done(self, result: int) -> None:
        self.test.stop()
        super().done(result)

    def on_accepted(self) -> None:
        self.completed.emit(self.values())
