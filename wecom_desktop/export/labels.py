"""Words written into export files (column headers, transcript header), per language.

These are file content chosen by the export's `language`, not interface text, so both
languages live here rather than in the Qt translation files.
"""

from __future__ import annotations

from collections.abc import Mapping

SOURCE_LANGUAGE = "zh_CN"

LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "time": "时间",
        "conversation": "会话",
        "sender_id": "发送人 ID",
        "sender_name": "发送人",
        "type": "类型",
        "text": "内容",
        "msgid": "消息 ID",
        "status": "状态",
        "sheet": "消息",
        "transcript": "聊天记录",
        "search_results": "搜索结果",
        "exported_at": "导出时间",
        "message_count": "消息数",
        "time_range": "时间范围",
        "no_time": "（无时间）",
        "no_messages": "没有消息。",
        "status_ok": "正常",
        "status_unsupported": "不支持的消息",
        "status_undecryptable": "无法解密",
        "revoked": "已撤回",
    },
    "en": {
        "time": "Time",
        "conversation": "Conversation",
        "sender_id": "Sender ID",
        "sender_name": "Sender",
        "type": "Type",
        "text": "Text",
        "msgid": "Message ID",
        "status": "Status",
        "sheet": "Messages",
        "transcript": "Chat transcript",
        "search_results": "Search results",
        "exported_at": "Exported",
        "message_count": "Messages",
        "time_range": "Time range",
        "no_time": "(no time)",
        "no_messages": "No messages.",
        "status_ok": "ok",
        "status_unsupported": "unsupported",
        "status_undecryptable": "undecryptable",
        "revoked": "revoked",
    },
}


def labels_for(language: str) -> Mapping[str, str]:
    try:
        return LABELS[language]
    except KeyError:
        raise ValueError(f"no export labels for language {language!r} (known: {', '.join(LABELS)})") from None
