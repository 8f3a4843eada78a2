"""The main window: conversation list on the left, the selected conversation on the right."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import QListView, QListWidget, QMainWindow, QSplitter
from sqlalchemy import Engine

from wecom_desktop.store.queries import conversation_messages, list_conversations
from wecom_desktop.ui.conversation_list_model import ConversationIdRole, ConversationListModel

PAGE = 200


class MainWindow(QMainWindow):
    """Lists the archive's conversations and shows the newest messages of the selected one."""

    def __init__(self, engine: Engine, title_suffix: str = "") -> None:
        super().__init__()
        self.engine = engine
        self.setWindowTitle(self.tr("企业微信会话存档") + title_suffix)
        self.conversations = QListView()
        self.conversations.setObjectName("conversationList")
        self.conversations.setUniformItemSizes(True)
        self.messages = QListWidget()
        self.messages.setObjectName("messageList")
        self.messages.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.conversations)
        splitter.addWidget(self.messages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        self.setCentralWidget(splitter)
        self.model = ConversationListModel(list_conversations(engine))
        self.conversations.setModel(self.model)
        self.conversations.selectionModel().currentChanged.connect(self.on_conversations_current_changed)
        self.statusBar().showMessage(self.tr("{n} 个会话").format(n=self.model.rowCount()))
        self.resize(1100, 720)

    def on_conversations_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.messages.clear()
        conversation_id = current.data(ConversationIdRole)
        if conversation_id is None:
            return
        for line in reversed(conversation_messages(self.engine, conversation_id, limit=PAGE)):
            when = (
                QDateTime.fromMSecsSinceEpoch(line.msgtime).toString("yyyy-MM-dd HH:mm")
                if line.msgtime
                else ""
            )
            self.messages.addItem(f"{when}  {line.sender_name}: {line.summary}")
        self.messages.scrollToBottom()
