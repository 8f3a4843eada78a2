"""The "live test" tab: send WeCom's GET and a POST to the user's callback URL and judge the answers."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QThread, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wecom_desktop.callback_check.live_test import LiveSettings, StepResult
from wecom_desktop.crypto.callback import BodyForm
from wecom_desktop.ui.callback.config_group import ERROR_COLOR, OK_COLOR, CallbackConfigGroup
from wecom_desktop.ui.callback.live_worker import LiveTestWorker
from wecom_desktop.ui.i18n import describe_error, pick
from wecom_desktop.ui.threads import start_worker, stop_worker

URL_KEY, FORM_KEY = "callback/url", "callback/form"
ICON, STEP, STATUS, ELAPSED, SUMMARY = range(5)


def elapsed_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


class LiveTab(QWidget):
    """Runs `run_live_test` on a worker thread; one row per step as its result arrives."""

    def __init__(self, config: CallbackConfigGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        stored = QSettings()
        self.url = QLineEdit(str(stored.value(URL_KEY, "")))
        self.url.setObjectName("liveUrl")
        self.url.setPlaceholderText("https://example.com/wecom/callback")
        self.form = QComboBox()
        self.form.setObjectName("liveForm")
        self.form.addItem("XML", "xml")
        self.form.addItem("JSON", "json")
        self.form.setCurrentIndex(max(self.form.findData(str(stored.value(FORM_KEY, "xml"))), 0))
        self.agent_id = QLineEdit()
        self.agent_id.setObjectName("liveAgentId")
        self.agent_id.setPlaceholderText(self.tr("可选"))
        self.start_button = QPushButton(self.tr("开始测试"))
        self.start_button.setObjectName("liveStart")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("停止"))
        self.stop_button.setObjectName("liveStop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.state = QLabel(
            self.tr("按企业微信的方式向回调 URL 发送验证请求（GET）和一条加密事件（POST），检查响应。")
        )
        self.state.setObjectName("liveState")
        self.state.setWordWrap(True)
        self.steps = QTreeWidget()
        self.steps.setObjectName("liveSteps")
        self.steps.setRootIsDecorated(False)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setHeaderLabels(["", self.tr("步骤"), "HTTP", self.tr("耗时"), self.tr("结果")])
        header = self.steps.header()
        header.setStretchLastSection(True)
        for column in (ICON, STEP, STATUS, ELAPSED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.steps.currentItemChanged.connect(self.on_current_step_changed)
        self.details = QPlainTextEdit()
        self.details.setObjectName("liveDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("选择一个步骤查看详情"))
        fields = QFormLayout()
        fields.addRow(self.tr("回调 URL"), self.url)
        options = QHBoxLayout()
        options.addWidget(self.form)
        options.addWidget(QLabel("AgentID"))
        options.addWidget(self.agent_id, 1)
        options.addWidget(self.start_button)
        options.addWidget(self.stop_button)
        fields.addRow(self.tr("格式"), options)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.details)
        splitter.setSizes([120, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.state)
        layout.addWidget(splitter, 1)
        self.results: list[StepResult] = []
        self.worker: LiveTestWorker | None = None
        self.thread_: QThread | None = None

    @property
    def running(self) -> bool:
        return self.worker is not None

    def step_name(self, step: str) -> str:
        names = {
            "config": self.tr("检查配置"),
            "verify_url": self.tr("验证 URL（GET）"),
            "post_event": self.tr("推送事件（POST）"),
        }
        return names.get(step, step)

    # -- running ------------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        if self.running:
            return
        url = self.url.text().strip()
        if not url:
            self._set_state(self.tr("请填写回调 URL。"), ERROR_COLOR)
            return
        form: BodyForm = "json" if self.form.currentData() == "json" else "xml"
        stored = QSettings()
        stored.setValue(URL_KEY, url)
        stored.setValue(FORM_KEY, form)
        settings = LiveSettings(
            url=url,
            token=self.config.token.text().strip(),
            encoding_aes_key=self.config.aes_key.text().strip(),
            receive_id=self.config.sending_receive_id(),
            form=form,
            agent_id=self.agent_id.text().strip(),
        )
        self.steps.clear()
        self.details.clear()
        self.results = []
        worker = LiveTestWorker(settings)
        worker.progress.connect(self.on_step)
        worker.succeeded.connect(self.on_worker_succeeded)
        worker.failed.connect(self.on_worker_failed)
        worker.finished.connect(self.on_worker_finished)
        self.worker = worker
        self._set_state(self.tr("正在测试…"), None)
        self._show_running(True)
        self.thread_ = start_worker(worker, self)

    @Slot()
    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()
            self.stop_button.setEnabled(False)
            self._set_state(self.tr("正在停止…"), None)

    def shutdown(self) -> None:
        """Stop a running test and wait for its thread (the dialog is closing)."""
        self.stop()
        stop_worker(None, self.thread_)
        self.worker, self.thread_ = None, None
        self._show_running(False)

    @Slot(object)
    def on_step(self, result: StepResult) -> None:
        current = self.steps.currentItem()
        # Follow the newest step unless the user picked an earlier one to read.
        follow = current is None or self.steps.indexOfTopLevelItem(current) == len(self.results) - 1
        self.results.append(result)
        item = QTreeWidgetItem(
            [
                "✓" if result.ok else "✗",
                self.step_name(result.step),
                "" if result.status is None else str(result.status),
                elapsed_text(result.elapsed_s),
                pick(result.summary_zh, result.summary_en),
            ]
        )
        item.setForeground(ICON, QBrush(QColor(OK_COLOR if result.ok else ERROR_COLOR)))
        item.setToolTip(SUMMARY, pick(result.summary_zh, result.summary_en))
        self.steps.addTopLevelItem(item)
        if follow:
            self.steps.setCurrentItem(item)

    @Slot(object)
    def on_worker_succeeded(self, results: list[StepResult]) -> None:
        if self.worker is not None and self.worker.cancel.is_set():
            self._set_state(self.tr("测试已停止。"), None)
        elif results and all(result.ok for result in results):
            self._set_state(self.tr("✓ 全部通过：回调服务器工作正常。"), OK_COLOR)
        else:
            self._set_state(self.tr("✗ 有步骤未通过，选择它查看原因。"), ERROR_COLOR)

    @Slot(object)
    def on_worker_failed(self, error: BaseException) -> None:
        self._set_state(self.tr("测试出错：{error}").format(error=describe_error(error)), ERROR_COLOR)

    @Slot()
    def on_worker_finished(self) -> None:
        stop_worker(None, self.thread_)
        self.worker, self.thread_ = None, None
        self._show_running(False)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def on_current_step_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        row = self.steps.indexOfTopLevelItem(current) if current is not None else -1
        if 0 <= row < len(self.results):
            result = self.results[row]
            summary = pick(result.summary_zh, result.summary_en)
            details = pick(result.details_zh, result.details_en)
            self.details.setPlainText(summary + ("\n\n" + details if details else ""))
        else:
            self.details.clear()

    def _show_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def _set_state(self, text: str, color: str | None) -> None:
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {color};" if color else "")
