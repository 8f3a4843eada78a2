"""The key-version panel: every publickey_ver in the archive, its use, and whether a key is held."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from wecom_desktop.crypto.keys import PrivateKey, PrivateKeyError, UnwrapError, load_private_key
from wecom_desktop.store.key_versions import (
    KeyVersionCount,
    KeyVersionUse,
    sample_wrapped_key,
    waiting_for_key,
)
from wecom_desktop.ui.background_call import BackgroundCall


class KeyVersionPanel(QWidget):
    """Lists key versions; adds a key only after it opens a stored record of its version.

    Counting each version's messages reads the whole archive, so it runs off the GUI thread and
    only while the panel is shown; the table shows the versions it knows with their counts
    pending meanwhile."""

    key_added = Signal(int, object)  # publickey_ver, PrivateKey — the caller stores it in the keyring
    key_removed = Signal(int)  # publickey_ver — the caller deletes it from the keyring

    def __init__(self, engine: Engine, held: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.held = set(held)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("keyVersions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("公钥版本"), self.tr("消息数"), self.tr("待解密"), self.tr("私钥")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.status = QLabel()
        self.status.setObjectName("keyStatus")
        self.status.setWordWrap(True)
        add = QPushButton(self.tr("添加私钥…"))
        add.clicked.connect(self.on_add_clicked)
        remove = QPushButton(self.tr("删除所选版本的私钥"))
        remove.clicked.connect(self.on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.uses: dict[int, KeyVersionUse] | None = None  # None until first counted
        self.count = KeyVersionCount(engine)
        self.counting = BackgroundCall(self.count, self)
        self.counting.succeeded.connect(self.on_counted)
        self.counting.failed.connect(self.on_count_failed)
        self._stale = True  # to count when next shown
        self._show()

    def refresh(self) -> None:
        """Shows what is known now (counts from before, if any) and counts again, now if shown."""
        self._show()
        self._stale = not self.isVisible()
        if not self._stale and not self.count.cancelled:
            self.counting.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def shutdown(self) -> None:
        """Stops a count in flight, waits for it and counts no more: the archive may be closed next."""
        self.count.cancel()
        self.counting.wait()

    def on_counted(self, uses: object) -> None:
        assert isinstance(uses, list)
        self.uses = {use.publickey_ver: use for use in uses}
        self._show()

    def on_count_failed(self, error: str) -> None:
        if self.count.cancelled:
            return
        self.status.setText(self.tr("无法统计各版本的消息：{error}").format(error=error))

    def _show(self) -> None:
        counted = self.uses or {}
        versions = sorted(set(counted) | self.held)
        self.table.setRowCount(len(versions))
        for row, version in enumerate(versions):
            use = counted.get(version, KeyVersionUse(version, 0, 0))
            counts = ("…", "…") if self.uses is None else (f"{use.messages:,}", f"{use.undecryptable:,}")
            held = self.tr("已保存") if version in self.held else self.tr("缺少")
            for column, text in enumerate((str(version), *counts, held)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected_version(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.text()) if item is not None else None

    # Seams for tests: every dialog sits behind one small method.
    def ask_key(self) -> tuple[int, str] | None:
        version, ok = QInputDialog.getInt(self, self.tr("添加私钥"), self.tr("公钥版本号"), 1, 1, 999)
        if not ok:
            return None
        text, ok = QInputDialog.getMultiLineText(self, self.tr("添加私钥"), self.tr("粘贴私钥（PEM）"))
        return (version, text) if ok else None

    def confirm_removal(self, version: int, waiting: int) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("删除私钥"),
            self.tr(
                "有 {count} 条版本 {version} 的消息仍未解密，删除此私钥后它们将无法解密。确定删除？"
            ).format(count=waiting, version=version),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def on_add_clicked(self) -> None:
        asked = self.ask_key()
        if asked is not None:
            self.add_key(*asked)

    def add_key(self, version: int, pem: str) -> bool:
        try:
            key = load_private_key(pem)
        except PrivateKeyError as exc:
            self.status.setText(exc.message_zh + "\n" + exc.message_en)
            return False
        if not self._opens_a_stored_record(version, key):
            return False
        self.held.add(version)
        self.key_added.emit(version, key)
        self.refresh()
        return True

    def _opens_a_stored_record(self, version: int, key: PrivateKey) -> bool:
        wrapped = sample_wrapped_key(self.engine, version)
        if wrapped is None:
            self.status.setText(
                self.tr("已添加版本 {version} 的私钥（档案中没有可用于验证的该版本记录）。").format(
                    version=version
                )
            )
            return True
        try:
            key.unwrap(wrapped, verify=True)
        except UnwrapError:
            self.status.setText(
                self.tr("这把私钥解不开档案中版本 {version} 的记录：它不是该版本的私钥，未保存。").format(
                    version=version
                )
            )
            return False
        self.status.setText(self.tr("已验证并添加版本 {version} 的私钥。").format(version=version))
        return True

    def on_remove_clicked(self) -> None:
        version = self.selected_version()
        if version is not None:
            self.remove_key(version)

    def remove_key(self, version: int) -> bool:
        waiting = waiting_for_key(self.engine, version)
        if waiting and not self.confirm_removal(version, waiting):
            return False
        self.held.discard(version)
        self.key_removed.emit(version)
        self.refresh()
        return True
