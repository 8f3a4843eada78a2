"""The completeness report in the window: what `wecom-desktop status` prints, to show that
nothing is missing, or exactly what is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.core.message_problems import shown_problem
from wecom_desktop.export.whole_file import replaced_whole
from wecom_desktop.sdk.client import MALFORMED
from wecom_desktop.store.interruptible_read import InterruptibleRead
from wecom_desktop.store.media_queue import MediaStatus
from wecom_desktop.store.status import ArchiveStatus, read_archive_status
from wecom_desktop.sync.pipeline import UNSTORABLE
from wecom_desktop.ui.background_call import BackgroundCall
from wecom_desktop.ui.time_labels import full_time


class CompletenessDialog(QDialog):
    """Counts, seq gaps, unreadable records by reason and key version, media by state; the
    report copies or saves as the command line's JSON."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completenessDialog")
        self.setWindowTitle(self.tr("档案完整性报告"))
        self.status: ArchiveStatus | None = None
        self.error_box: QMessageBox | None = None
        self.state = QLabel(self.tr("正在统计档案…"))
        self.state.setObjectName("completenessState")
        self.state.setWordWrap(True)
        bold = QFont(self.state.font())
        bold.setBold(True)
        self.state.setFont(bold)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (
            ("messages", self.tr("消息")),
            ("seq", self.tr("seq 范围")),
            ("missing", self.tr("缺失的 seq")),
            ("last_sync", self.tr("上次同步")),
            ("last_run", self.tr("最近一次同步")),
            ("interrupted", self.tr("未结束的同步")),
            ("undecryptable", self.tr("无法解密")),
            ("unsupported", self.tr("有问题的消息")),
            ("media", self.tr("媒体文件")),
            ("encryption", self.tr("数据库加密")),
        ):
            label = QLabel("—")
            label.setObjectName(f"completeness_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            form.addRow(caption, label)
        self.gaps = self._table(
            "completenessGaps", [self.tr("从 seq"), self.tr("到 seq"), self.tr("缺失条数")]
        )
        self.undecryptable = self._table(
            "completenessUndecryptable", [self.tr("原因"), self.tr("公钥版本"), self.tr("条数")], wide=0
        )
        self.unsupported = self._table(
            "completenessUnsupported", [self.tr("消息类型"), self.tr("问题"), self.tr("条数")], wide=1
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.gaps, self.tr("缺失的 seq"))
        self.tabs.addTab(self.undecryptable, self.tr("无法解密"))
        self.tabs.addTab(self.unsupported, self.tr("有问题的消息"))
        self.refresh_button = QPushButton(self.tr("重新统计"))
        self.copy_button = QPushButton(self.tr("复制为 JSON"))
        self.save_button = QPushButton(self.tr("保存为 JSON…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.refresh_button, self.copy_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_json)
        self.save_button.clicked.connect(self.on_save_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.count = InterruptibleRead(engine, read_archive_status)
        self.counting = BackgroundCall(self.count, self)
        self.counting.succeeded.connect(self.on_counted)
        self.counting.failed.connect(self.on_count_failed)
        self._saving_to: tuple[Path, str] | None = None  # where the report is being saved, and what
        self.saving = BackgroundCall(self._save_report, self)
        self.saving.succeeded.connect(self.on_save_ended)
        self.saving.failed.connect(self.on_save_ended)
        self.resize(720, 620)
        self.refresh()

    def _table(self, name: str, headers: list[str], wide: int | None = None) -> QTableWidget:
        """A read-only table; the `wide` column, a text, takes the room the others leave."""
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if wide is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        return table

    @Slot()
    def refresh(self) -> None:
        self.state.setText(self.tr("正在统计档案…"))
        for button in (self.copy_button, self.save_button):
            button.setEnabled(False)
        self.counting.start()

    def shutdown(self) -> None:
        """Stops a count in flight at once and waits for it, and for a report being saved."""
        self.count.cancel()
        self.counting.wait()
        self.saving.wait()

    def done(self, result: int) -> None:
        self.shutdown()  # the count reads the archive, which may be closed next
        super().done(result)

    @Slot(object)
    def on_counted(self, status: ArchiveStatus) -> None:
        self.status = status
        locale = QLocale()
        number = locale.toString
        self.state.setText(self._verdict(status))
        v = self.values
        v["messages"].setText(
            self.tr("{n} 条（{distinct} 个不同的 msgid；{outside} 条不属于任何会话）").format(
                n=number(status.messages),
                distinct=number(status.distinct_msgids),
                outside=number(status.outside_conversations),
            )
        )
        v["seq"].setText("—" if status.min_seq is None else f"{status.min_seq} – {status.max_seq}")
        v["missing"].setText(
            self.tr("无")
            if not status.gaps
            else self.tr("{n} 个，共 {gaps} 段").format(
                n=number(status.missing_seqs), gaps=number(len(status.gaps))
            )
        )
        v["last_sync"].setText(full_time(status.last_sync) if status.last_sync else self.tr("从未同步"))
        v["last_run"].setText(self._last_run(status))
        v["interrupted"].setText(number(status.interrupted_syncs))
        v["undecryptable"].setText(number(status.undecryptable_total))
        v["unsupported"].setText(number(status.unsupported_total))
        v["media"].setText(self._media(status.media))
        v["encryption"].setText(
            self.tr("SQLCipher（数据库密钥在系统钥匙串中）") if status.encrypted else self.tr("未加密")
        )
        _fill(self.gaps, [(first, last, last - first + 1) for first, last in status.gaps])
        _fill(
            self.undecryptable,
            [
                (self._reason(i["reason"]), i["publickey_ver"] or "—", i["count"])
                for i in status.undecryptable
            ],
        )
        _fill(
            self.unsupported,
            [
                (i["msgtype"] or "—", shown_problem(i["problem"], QCoreApplication.translate), i["count"])
                for i in status.unsupported
            ],
        )
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(not self.saving.running)

    def _verdict(self, status: ArchiveStatus) -> str:
        if not status.messages:
            return self.tr("档案中还没有消息。")
        number = QLocale().toString
        seq = (
            self.tr("seq 有 {gaps} 处不连续，共 {n} 个 seq 不在档案中").format(
                gaps=number(len(status.gaps)), n=number(status.missing_seqs)
            )
            if status.gaps
            else self.tr("seq 从 {first} 到 {last} 连续").format(first=status.min_seq, last=status.max_seq)
        )
        records = (
            self.tr("{n} 条记录无法解密").format(n=number(status.undecryptable_total))
            if status.undecryptable
            else self.tr("所有记录均已解密")
        )
        return self.tr("{seq}；{records}").format(seq=seq, records=records)

    @Slot(str)
    def on_count_failed(self, error: str) -> None:
        if self.count.cancelled:
            return
        self.state.setText(self.tr("无法统计档案：{error}").format(error=error))

    def _last_run(self, status: ArchiveStatus) -> str:
        run = status.last_run
        if run is None:
            return "—"
        outcome = {
            "ok": self.tr("成功"),
            "failed": self.tr("失败"),
            "cancelled": self.tr("已取消"),
            "running": self.tr("未结束（仍在运行，或进程被中止）"),
        }.get(run["outcome"], run["outcome"])
        text = f"{full_time(run['at'])} · {outcome}"
        return f"{text}\n{run['error']}" if run["error"] else text

    def _media(self, counts: dict[str, int]) -> str:
        names: dict[str, str] = {
            MediaStatus.DOWNLOADED: self.tr("已下载"),
            MediaStatus.PENDING: self.tr("待下载"),
            MediaStatus.FAILED: self.tr("失败"),
            MediaStatus.EXPIRED: self.tr("服务器已过期"),
            MediaStatus.SKIPPED: self.tr("按设置跳过"),
        }
        locale = QLocale()
        return " · ".join(
            f"{names.get(state, state)} {locale.toString(count)}" for state, count in counts.items()
        )

    def _reason(self, reason: str) -> str:
        names = {
            "missing_key": self.tr("缺少该版本的私钥"),
            "unwrap_failed": self.tr("私钥解不开随机密钥"),
            "decrypt_failed": self.tr("DecryptData 失败"),
            "corrupt_message": self.tr("解密后的内容损坏"),
            MALFORMED: self.tr("记录的字段不可用"),
            "worker_died": self.tr("SDK 进程在此记录上终止"),
            UNSTORABLE: self.tr("档案拒收了其中的值"),
        }
        return f"{names[reason]} ({reason})" if reason in names else reason

    @Slot()
    def copy_json(self) -> None:
        if self.status is not None:
            QGuiApplication.clipboard().setText(self.status.json_text())
            self.state.setText(self.tr("已复制报告（JSON）。"))

    def ask_destination(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存完整性报告"), "completeness.json", self.tr("JSON 文件 (*.json)")
        )
        return path

    @Slot()
    def on_save_clicked(self) -> None:
        if self.status is None:
            return
        target = self.ask_destination()
        if not target:
            return
        self._saving_to = (Path(target), self.status.json_text() + "\n")
        self.save_button.setEnabled(False)
        self.state.setText(self.tr("正在保存报告…"))
        self.saving.start()

    def _save_report(self) -> str | None:
        """Off the GUI thread: the file is flushed to disk, which a network folder can make slow.
        Why it could not be written, or None."""
        assert self._saving_to is not None
        target, report = self._saving_to
        try:
            with replaced_whole(target) as stream:
                stream.write(report.encode("utf-8"))
        except OSError as exc:
            return exc.strerror or str(exc)
        return None

    @Slot(object)
    def on_save_ended(self, error: str | None) -> None:
        """`error`: None when saved, else why not (from the write, or any other failure's text)."""
        assert self._saving_to is not None
        target = self._saving_to[0]
        counting = self.counting.running
        self.save_button.setEnabled(not counting)
        if error is None:
            self.state.setText(self.tr("报告已保存到 {path}").format(path=target))
            return
        if not counting:
            self.state.setText(self._verdict(self.status) if self.status is not None else "")
        self.error_box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("无法保存报告"),
            self.tr("无法写入 {path}：{error}").format(path=target, error=error),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.error_box.open()  # window-modal, without a nested event loop


def _fill(table: QTableWidget, rows: list[tuple[object, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
