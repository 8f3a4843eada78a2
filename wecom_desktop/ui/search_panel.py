"""The search panel: search as you type, filters, highlighted hits, more hits on scroll."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget
from sqlalchemy import Engine

from wecom_desktop.store.queries import ContactEntry, ConversationSummary, list_contacts, list_conversations
from wecom_desktop.store.search import SearchFilters
from wecom_desktop.store.search_results import SearchHit
from wecom_desktop.ui.background_call import BackgroundCall
from wecom_desktop.ui.search_filter_bar import SearchFilterBar
from wecom_desktop.ui.search_result_delegate import SearchResultDelegate
from wecom_desktop.ui.search_results_model import ConversationIdRole, MessageIdRole, SearchResultsModel
from wecom_desktop.ui.search_worker import SearchRequest, SearchRunner

DEBOUNCE_MS = 250
PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class ShownSearch:
    """The search whose hits the panel lists, and how many of them it has loaded."""

    query: str
    filters: SearchFilters
    loaded: int
    complete: bool  # every hit is loaded


def _choices(engine: Engine) -> tuple[list[ConversationSummary], list[ContactEntry]]:
    return list_conversations(engine), list_contacts(engine)


class SearchPanel(QWidget):
    """Finds messages; `result_activated(conversation_id, message_id)` when a hit is opened."""

    result_activated = Signal(int, int)

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.page_size = PAGE_SIZE
        # For tests and diagnostics: searches that began running, delivered hits, were interrupted.
        self.started_count = self.completed_count = self.cancelled_count = 0
        self._generation = 0
        self._searching = False
        self._run: tuple[str, SearchFilters] | None = None  # the query and filters of the listed hits

        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setPlaceholderText(self.tr('搜索消息（空格分隔多个词，"引号"精确短语）'))
        self.query_edit.setClearButtonEnabled(True)
        self.filter_bar = SearchFilterBar()
        self.status_label = QLabel()
        self.status_label.setObjectName("searchStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)

        self.results = SearchResultsModel(self)
        self.results_view = QListView()
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.results)
        self.results_view.setItemDelegate(SearchResultDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.results_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.on_open_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results_view, 1)

        self.runner = SearchRunner(engine, self)
        self.runner.started.connect(self.on_search_started)
        self.runner.page_ready.connect(self.on_page_ready)
        self.runner.failed.connect(self.on_search_failed)
        self.runner.cancelled.connect(self.on_search_cancelled)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.choices = BackgroundCall(lambda: _choices(engine), self)
        self.choices.succeeded.connect(self.on_choices_loaded)

        self.query_edit.textChanged.connect(self.on_input_changed)
        self.query_edit.returnPressed.connect(self.run_search)
        self.filter_bar.changed.connect(self.on_input_changed)
        self.results.more_wanted.connect(self.on_more_wanted)
        self.results_view.clicked.connect(self.on_result_clicked)
        self._show_idle()

    # -- public ---------------------------------------------------------------------------------

    def focus_query(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def set_query(self, text: str) -> None:
        """Search for `text` after the debounce, like typing it (again, if it is already there)."""
        if text == self.query_edit.text():
            self.on_input_changed()
        else:
            self.query_edit.setText(text)

    def set_conversation_filter(self, conversation_id: int | None) -> None:
        self.filter_bar.set_conversation(conversation_id)

    def shown_search(self) -> ShownSearch | None:
        """The search whose hits are listed (what an export of the results runs again in full)."""
        if self._run is None or not self.results.hits:
            return None
        return ShownSearch(*self._run, len(self.results.hits), not self.results.more_available)

    def reload_choices(self) -> None:
        """Re-read the conversations and contacts the filters offer (off the GUI thread)."""
        self.choices.start()

    def shutdown(self) -> None:
        """Stop the search in flight and wait for the worker threads (the window is closing)."""
        self.timer.stop()
        self._generation += 1
        self.runner.shutdown()
        self.choices.wait()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload_choices()

    # -- searching ------------------------------------------------------------------------------

    @Slot()
    def on_input_changed(self) -> None:
        """Every keystroke or filter change: stop the running search and restart the debounce."""
        self._generation += 1
        self.runner.supersede(self._generation)
        self.timer.start()

    @Slot()
    def run_search(self) -> None:
        self.timer.stop()
        self._generation += 1
        query = self.query_edit.text()
        filters = self.filter_bar.filters()
        self.results.clear()
        self._run = None
        if not query.strip() and not self.filter_bar.active:
            self.runner.supersede(self._generation)
            self._searching = False
            self._show_idle()
            return
        self._run = (query, filters)
        self._searching = True
        self.status_label.setText(self.tr("正在搜索…"))
        self.runner.start(SearchRequest(self._generation, query, filters, self.page_size))

    @Slot()
    def on_more_wanted(self) -> None:
        self.status_label.setText(self.tr("正在加载更多…"))
        self.runner.more(self._generation, self.page_size)

    @Slot(int)
    def on_search_started(self, _generation: int) -> None:
        self.started_count += 1

    @Slot(int, object, bool)
    def on_page_ready(self, generation: int, hits: list[SearchHit], exhausted: bool) -> None:
        if generation != self._generation:
            return
        if self._searching:
            self._searching = False
            self.completed_count += 1
        self.results.append(hits, not exhausted)
        self._show_count()

    @Slot(int, str)
    def on_search_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._searching = False
        self._run = None
        self.results.more_available = self.results.fetching = False
        self.status_label.setText(self.tr("搜索出错：{error}").format(error=message))

    @Slot(int)
    def on_search_cancelled(self, _generation: int) -> None:
        self.cancelled_count += 1

    def _show_count(self) -> None:
        count = len(self.results.hits)
        shown = QLocale().toString(count)
        if count == 0:
            self.status_label.setText(self.tr("无结果"))
        elif self.results.more_available:
            self.status_label.setText(self.tr("已加载 {n} 条，滚动加载更多").format(n=shown))
        else:
            self.status_label.setText(self.tr("{n} 条结果").format(n=shown))

    def _show_idle(self) -> None:
        self.status_label.setText(self.tr("输入关键词或选择筛选条件开始搜索"))

    # -- choices and results --------------------------------------------------------------------

    @Slot(object)
    def on_choices_loaded(self, choices: tuple[list[ConversationSummary], list[ContactEntry]]) -> None:
        conversations, contacts = choices
        self.filter_bar.set_conversations([(summary.id, summary.title) for summary in conversations])
        self.filter_bar.set_contacts(contacts)

    @Slot(QModelIndex)
    def on_result_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._open(index)

    @Slot()
    def on_open_current(self) -> None:
        self._open(self.results_view.currentIndex())

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        conversation_id, message_id = index.data(ConversationIdRole), index.data(MessageIdRole)
        if isinstance(conversation_id, int) and isinstance(message_id, int):
            self.result_activated.emit(conversation_id, message_id)
