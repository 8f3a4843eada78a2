"""The search filters: conversation, sender, message type and a date range."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from wecom_desktop.store.queries import ContactEntry
from wecom_desktop.store.search import SearchFilters
from wecom_desktop.ui.day_range import day_edit, day_range_ms
from wecom_desktop.ui.message_type_choices import TYPE_CHOICES, type_name

_COMBO_CHARACTERS = 12  # combo boxes stay narrow whatever the longest title


class SearchFilterBar(QWidget):
    """Emits `changed` on every edit; `filters()` reads the current choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conversation_id: int | None = None
        self._contact_ids: set[str] = set()
        self._ids_by_name: dict[str, list[str]] = {}

        self.conversation_combo = QComboBox()
        self.conversation_combo.setObjectName("searchConversation")
        self.conversation_combo.addItem(self.tr("全部会话"), None)

        self.sender_combo = QComboBox()
        self.sender_combo.setObjectName("searchSender")
        self.sender_combo.setEditable(True)
        self.sender_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = QLineEdit()
        line_edit.setPlaceholderText(self.tr("全部发送人（输入姓名或账号）"))
        line_edit.setClearButtonEnabled(True)
        self.sender_combo.setLineEdit(line_edit)
        completer = QCompleter(self.sender_combo.model(), self.sender_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.sender_combo.setCompleter(completer)

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("searchType")
        self.type_combo.addItem(self.tr("全部类型"), None)
        for name, msgtypes in TYPE_CHOICES:
            self.type_combo.addItem(type_name(name), list(msgtypes))

        for combo in (self.conversation_combo, self.sender_combo, self.type_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(_COMBO_CHARACTERS)

        self.date_check = QCheckBox(self.tr("日期"))
        self.date_check.setObjectName("searchDateEnabled")
        today = QDate.currentDate()
        self.since_edit = day_edit("searchSince", today.addMonths(-1))
        self.until_edit = day_edit("searchUntil", today)
        self.reset_button = QToolButton()
        self.reset_button.setObjectName("searchResetFilters")
        self.reset_button.setText(self.tr("重置"))
        self.reset_button.setToolTip(self.tr("清除全部筛选条件"))
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.since_edit, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.until_edit, 1)
        dates.addWidget(self.reset_button)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("会话"), self.conversation_combo)
        form.addRow(self.tr("发送人"), self.sender_combo)
        form.addRow(self.tr("类型"), self.type_combo)
        form.addRow(self.date_check, dates)
        self._show_dates_enabled(False)

        self.conversation_combo.currentIndexChanged.connect(self.on_conversation_chosen)
        self.sender_combo.editTextChanged.connect(self.changed)
        self.type_combo.currentIndexChanged.connect(self.changed)
        self.date_check.toggled.connect(self.on_dates_toggled)
        self.since_edit.dateChanged.connect(self.on_date_changed)
        self.until_edit.dateChanged.connect(self.on_date_changed)
        self.reset_button.clicked.connect(self.reset)

    # -- reading --------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        filters = self.filters()
        return filters.narrows_messages or filters.since_ms is not None

    def filters(self) -> SearchFilters:
        since = until = None
        if self.date_check.isChecked():
            since, until = day_range_ms(self.since_edit.date(), self.until_edit.date())
        msgtypes = self.type_combo.currentData()
        return SearchFilters(
            conversation_id=self._conversation_id,
            sender=self.sender_id(),
            msgtypes=tuple(msgtypes) if msgtypes else (),
            since_ms=since,
            until_ms=until,
        )

    def sender_id(self) -> str | None:
        """The sender typed or picked: a listed entry, an id, a unique name, or the text as an id."""
        text = self.sender_combo.currentText().strip()
        if not text:
            return None
        position = self.sender_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if position >= 0:
            return str(self.sender_combo.itemData(position))
        if text in self._contact_ids:
            return text
        named = self._ids_by_name.get(text, [])
        return named[0] if len(named) == 1 else text

    # -- choices --------------------------------------------------------------------------------

    def set_conversations(self, conversations: list[tuple[int, str]]) -> None:
        combo = self.conversation_combo
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for conversation_id, title in conversations:
                combo.addItem(title, conversation_id)
                combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        finally:
            combo.blockSignals(False)
        self._show_conversation()

    def set_contacts(self, contacts: list[ContactEntry]) -> None:
        combo = self.sender_combo
        text = combo.currentText()
        combo.blockSignals(True)
        try:
            combo.clear()
            for contact in contacts:
                label = (
                    contact.id
                    if contact.display_name == contact.id
                    else f"{contact.display_name} ({contact.id})"
                )
                combo.addItem(label, contact.id)
            combo.setCurrentIndex(-1)
            combo.setEditText(text)
        finally:
            combo.blockSignals(False)
        self._contact_ids = {contact.id for contact in contacts}
        self._ids_by_name = {}
        for contact in contacts:
            self._ids_by_name.setdefault(contact.display_name, []).append(contact.id)

    # -- changing -------------------------------------------------------------------------------

    def set_conversation(self, conversation_id: int | None) -> None:
        if conversation_id == self._conversation_id:
            return
        self._conversation_id = conversation_id
        self._show_conversation()
        self.changed.emit()

    @Slot()
    def reset(self) -> None:
        widgets = (self.conversation_combo, self.sender_combo, self.type_combo, self.date_check)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._conversation_id = None
            self._show_conversation()
            self.sender_combo.setCurrentIndex(-1)
            self.sender_combo.setEditText("")
            self.type_combo.setCurrentIndex(0)
            self.date_check.setChecked(False)
            self._show_dates_enabled(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.changed.emit()

    @Slot(int)
    def on_conversation_chosen(self, position: int) -> None:
        chosen = self.conversation_combo.itemData(position)
        self.set_conversation(chosen if isinstance(chosen, int) else None)

    @Slot(bool)
    def on_dates_toggled(self, enabled: bool) -> None:
        self._show_dates_enabled(enabled)
        self.changed.emit()

    @Slot()
    def on_date_changed(self) -> None:
        if self.date_check.isChecked():
            self.changed.emit()

    def _show_dates_enabled(self, enabled: bool) -> None:
        self.since_edit.setEnabled(enabled)
        self.until_edit.setEnabled(enabled)

    def _show_conversation(self) -> None:
        combo = self.conversation_combo
        combo.blockSignals(True)
        try:
            position = combo.findData(self._conversation_id) if self._conversation_id is not None else 0
            if position < 0:
                combo.addItem(self.tr("会话 {id}").format(id=self._conversation_id), self._conversation_id)
                position = combo.count() - 1
            combo.setCurrentIndex(position)
        finally:
            combo.blockSignals(False)
