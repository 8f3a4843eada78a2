"""Message types as a person names them, each with the msgtypes it covers (for filters)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MessageTypes"

TYPE_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MessageTypes", "文本"), ("text", "markdown")),
    (QT_TRANSLATE_NOOP("MessageTypes", "图片"), ("image",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "语音"), ("voice",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "视频"), ("video",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "表情"), ("emotion",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "文件"), ("file", "qydiskfile")),
    (QT_TRANSLATE_NOOP("MessageTypes", "链接"), ("link", "news")),
    (QT_TRANSLATE_NOOP("MessageTypes", "位置"), ("location",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "名片"), ("card",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "小程序"), ("weapp",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "会话记录"), ("chatrecord",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "图文混合"), ("mixed",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "会议"), ("meeting", "meeting_notification", "meeting_voice_call")),
    (QT_TRANSLATE_NOOP("MessageTypes", "文档"), ("docmsg", "voip_doc_share")),
    (QT_TRANSLATE_NOOP("MessageTypes", "待办"), ("todo",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "投票"), ("vote",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "填表"), ("collect",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "日程"), ("calendar",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "红包"), ("redpacket", "external_redpacket")),
    (QT_TRANSLATE_NOOP("MessageTypes", "视频号"), ("sphfeed",)),
    (QT_TRANSLATE_NOOP("MessageTypes", "音视频通话"), ("voiptext",)),
)


def type_name(source: str) -> str:
    """A TYPE_CHOICES name in the interface language."""
    return QCoreApplication.translate(CONTEXT, source)
