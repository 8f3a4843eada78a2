"""Above the messages: which conversation is open, with its members, size and time span."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from wecom_desktop.core.conversation import ConversationKind
from wecom_desktop.store.queries import ConversationSummary
from wecom_desktop.ui.conversation_list_model import listed_names
from wecom_desktop.ui.elided_label import ElidedLabel
from wecom_desktop.ui.time_labels import day_with_year

_TOOLTIP_NAMES = 50


class ConversationHeader(QFrame):
    """Hidden until a conversation is shown; `show_summary(None)` hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = ElidedLabel()
        self.title.setObjectName("conversationHeaderTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)
        self.details = ElidedLabel()
        self.details.setObjectName("conversationHeaderDetails")
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a caption, not content
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        self.hide()

    def show_summary(self, summary: ConversationSummary | None) -> None:
        if summary is None:
            self.hide()
            return
        self.title.setText(summary.title)
        self.details.setText(" · ".join(self._details(summary)))
        self.setToolTip(self._members_tooltip(summary))
        self.show()

    def _details(self, summary: ConversationSummary) -> list[str]:
        locale = QLocale()
        group = summary.kind == ConversationKind.GROUP.value
        parts = [self.tr("群聊") if group else self.tr("单聊")]
        if summary.has_external:
            parts.append(self.tr("含外部联系人"))
        if group:
            parts.append(self.tr("{n} 位成员").format(n=locale.toString(summary.member_count)))
        parts.append(self.tr("{n} 条消息").format(n=locale.toString(summary.message_count)))
        span = _span(summary.first_msgtime, summary.last_msgtime)
        if span:
            parts.append(span)
        if summary.roomid:
            parts.append(summary.roomid)
        return parts

    def _members_tooltip(self, summary: ConversationSummary) -> str:
        """Over the header (a cut label shows its whole text instead)."""
        names = listed_names(summary.member_names, _TOOLTIP_NAMES)
        return self.tr("成员：{names}").format(names=names) if names else ""


def _span(first_ms: int | None, last_ms: int | None) -> str:
    """The days of the first and last message, or one day when they are the same."""
    days = [day_with_year(ms) for ms in (first_ms, last_ms) if ms is not None]
    if len(days) == 2 and days[0] == days[1]:
        days.pop()
    return " – ".join(days)
