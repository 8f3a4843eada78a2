"""The callback library's error codes (-40001 … -40011), explained in Chinese and English.

The codes are the official WXBizMsgCrypt ones, so a code read in a server's log means the
same thing here. Each error carries what exactly went wrong and the likely cause; none ever
contains the token or the EncodingAESKey. Texts are Chinese sources marked for Qt Linguist
(context "CallbackError"); English comes from the translation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError


class CallbackCode(enum.IntEnum):
    OK = 0
    VALIDATE_SIGNATURE = -40001
    PARSE = -40002
    COMPUTE_SIGNATURE = -40003
    ILLEGAL_AES_KEY = -40004
    VALIDATE_RECEIVE_ID = -40005
    ENCRYPT_AES = -40006
    DECRYPT_AES = -40007
    ILLEGAL_BUFFER = -40008
    ENCODE_BASE64 = -40009
    DECODE_BASE64 = -40010
    GENERATE_REPLY = -40011


@dataclass(frozen=True)
class CodeText:
    """What a code means and its usual likely cause (None for OK, which has none)."""

    name: Text
    cause: Text | None

    @property
    def zh(self) -> str:
        return self.name.zh

    @property
    def en(self) -> str:
        return self.name.en


CODE_TEXTS: dict[CallbackCode, CodeText] = {
    CallbackCode.OK: CodeText(Text(QT_TRANSLATE_NOOP("CallbackError", "成功")), None),
    CallbackCode.VALIDATE_SIGNATURE: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "签名校验失败")),
        Text(
            QT_TRANSLATE_NOOP(
                "CallbackError",
                "Token 与企业微信后台填写的不一致；或 timestamp、nonce、echostr/Encrypt 在传递中被改动"
                "（常见：URL 解码把 “+” 变成了空格，或参数被解码了两次）。",
            )
        ),
    ),
    CallbackCode.PARSE: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "XML/JSON 解析失败")),
        Text(
            QT_TRANSLATE_NOOP(
                "CallbackError",
                "请求体不是合法的 XML 或 JSON，或缺少 Encrypt/encrypt 字段；为安全起见，含 DTD 或实体声明的 XML 一律拒绝。",
            )
        ),
    ),
    CallbackCode.COMPUTE_SIGNATURE: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "计算签名失败")),
        Text(QT_TRANSLATE_NOOP("CallbackError", "参数中含有无法编码的字符。")),
    ),
    CallbackCode.ILLEGAL_AES_KEY: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "EncodingAESKey 非法")),
        Text(
            QT_TRANSLATE_NOOP(
                "CallbackError",
                "EncodingAESKey 必须是 43 个字母或数字，Base64 解码后为 32 字节；请从企业微信后台重新复制。",
            )
        ),
    ),
    CallbackCode.VALIDATE_RECEIVE_ID: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "ReceiveId 校验失败")),
        Text(
            QT_TRANSLATE_NOOP(
                "CallbackError",
                "自建应用（包括会话存档）填企业 ID（corpid），第三方应用填 suiteid，企业内部智能机器人和个人主体的第三方应用填空字符串。",
            )
        ),
    ),
    CallbackCode.ENCRYPT_AES: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "AES 加密失败")),
        Text(QT_TRANSLATE_NOOP("CallbackError", "EncodingAESKey 不可用。")),
    ),
    CallbackCode.DECRYPT_AES: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "AES 解密失败")),
        Text(QT_TRANSLATE_NOOP("CallbackError", "密文被截断或改动（长度不是 16 字节的倍数）。")),
    ),
    CallbackCode.ILLEGAL_BUFFER: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "解密后的内容不合法")),
        Text(
            QT_TRANSLATE_NOOP(
                "CallbackError",
                "签名已通过而解密结果不对，多半是 EncodingAESKey 与企业微信后台的不一致（Token 是对的）。",
            )
        ),
    ),
    CallbackCode.ENCODE_BASE64: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "Base64 编码失败")),
        Text(QT_TRANSLATE_NOOP("CallbackError", "内部错误。")),
    ),
    CallbackCode.DECODE_BASE64: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "Base64 解码失败")),
        Text(
            QT_TRANSLATE_NOOP(
                "CallbackError", "密文中有 Base64 以外的字符：若出现空格，是 URL 解码把 “+” 变成了空格。"
            )
        ),
    ),
    CallbackCode.GENERATE_REPLY: CodeText(
        Text(QT_TRANSLATE_NOOP("CallbackError", "生成回包失败")),
        Text(QT_TRANSLATE_NOOP("CallbackError", "回复内容无法编码。")),
    ),
}

_MESSAGE = QT_TRANSLATE_NOOP("CallbackError", "[{code}] {name}：{detail}\n可能原因：{cause}")
LIKELY_CAUSE = QT_TRANSLATE_NOOP("CallbackError", "可能原因：{cause}")
_LIST = QT_TRANSLATE_NOOP("CallbackError", "{first}、{rest}")  # joins the items of a list


def text_list(items: list[str]) -> Text | str:
    """The items as one list in the language it is rendered in ("a、b、c" / "a, b, c")."""
    joined: Text | str = items[0] if items else ""
    for item in items[1:]:
        joined = Text(_LIST, first=joined, rest=item)
    return joined


class CallbackError(TranslatableError):
    """A callback check that failed, with the official code, what exactly went wrong and why."""

    def __init__(self, code: CallbackCode, detail: Text, cause: Text | None = None) -> None:
        """`cause` replaces the code's usual likely cause when the case is known."""
        self.code = code
        self.detail = detail
        code_text = CODE_TEXTS[code]
        self.cause = cause or code_text.cause
        super().__init__(
            Text(_MESSAGE, code=int(code), name=code_text.name, detail=detail, cause=self.cause or "")
        )
        self._given_cause = cause

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.code, self.detail, self._given_cause))

    @property
    def detail_zh(self) -> str:
        return self.detail.zh

    @property
    def detail_en(self) -> str:
        return self.detail.en

    def __str__(self) -> str:
        return f"{self.message_zh}\n{self.message_en}"


def explain_code(code: int) -> CodeText | None:
    """The meaning of a code read from a server log, or None when it is not a callback code."""
    try:
        return CODE_TEXTS[CallbackCode(code)]
    except ValueError:
        return None
