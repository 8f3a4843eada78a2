"""The callback library's error codes (-40001 … -40011), explained in Chinese and English.

The codes are the official WXBizMsgCrypt ones, so a code read in a server's log means the
same thing here. Each error carries what exactly went wrong and the likely cause; none ever
contains the token or the EncodingAESKey.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


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
    zh: str
    en: str
    cause_zh: str
    cause_en: str


CODE_TEXTS: dict[CallbackCode, CodeText] = {
    CallbackCode.OK: CodeText("成功", "OK", "", ""),
    CallbackCode.VALIDATE_SIGNATURE: CodeText(
        "签名校验失败",
        "signature verification failed",
        "Token 与企业微信后台填写的不一致；或 timestamp、nonce、echostr/Encrypt 在传递中被改动"
        "（常见：URL 解码把 “+” 变成了空格，或参数被解码了两次）。",
        "the token differs from the one entered in the WeCom admin console, or the timestamp, nonce or "
        "echostr/Encrypt changed on the way (commonly URL decoding turned '+' into a space, or decoded twice).",
    ),
    CallbackCode.PARSE: CodeText(
        "XML/JSON 解析失败",
        "XML/JSON parse failed",
        "请求体不是合法的 XML 或 JSON，或缺少 Encrypt/encrypt 字段；为安全起见，含 DTD 或实体声明的 XML 一律拒绝。",
        "the body is not well-formed XML or JSON, or lacks the Encrypt/encrypt field; XML with a DTD or "
        "entity declarations is always refused for safety.",
    ),
    CallbackCode.COMPUTE_SIGNATURE: CodeText(
        "计算签名失败",
        "computing the signature failed",
        "参数中含有无法编码的字符。",
        "a parameter holds characters that cannot be encoded.",
    ),
    CallbackCode.ILLEGAL_AES_KEY: CodeText(
        "EncodingAESKey 非法",
        "invalid EncodingAESKey",
        "EncodingAESKey 必须是 43 个字母或数字，Base64 解码后为 32 字节；请从企业微信后台重新复制。",
        "the EncodingAESKey must be 43 letters or digits that Base64-decode to 32 bytes; copy it again "
        "from the WeCom admin console.",
    ),
    CallbackCode.VALIDATE_RECEIVE_ID: CodeText(
        "ReceiveId 校验失败",
        "ReceiveId check failed",
        "自建应用（包括会话存档）填企业 ID（corpid），第三方应用填 suiteid，个人主体的第三方应用填空字符串。",
        "self-built apps (including the archive app) use the corp id, third-party apps the suite id, and "
        "third-party apps of personal developers an empty string.",
    ),
    CallbackCode.ENCRYPT_AES: CodeText(
        "AES 加密失败", "AES encryption failed", "EncodingAESKey 不可用。", "the EncodingAESKey is unusable."
    ),
    CallbackCode.DECRYPT_AES: CodeText(
        "AES 解密失败",
        "AES decryption failed",
        "密文被截断或改动（长度不是 16 字节的倍数）。",
        "the ciphertext was truncated or altered (its length is not a multiple of 16 bytes).",
    ),
    CallbackCode.ILLEGAL_BUFFER: CodeText(
        "解密后的内容不合法",
        "decrypted buffer invalid",
        "签名已通过而解密结果不对，多半是 EncodingAESKey 与企业微信后台的不一致（Token 是对的）。",
        "the signature matched but the plaintext is malformed: most likely the EncodingAESKey differs "
        "from the one in the WeCom admin console (the token is right).",
    ),
    CallbackCode.ENCODE_BASE64: CodeText(
        "Base64 编码失败", "Base64 encoding failed", "内部错误。", "an internal error."
    ),
    CallbackCode.DECODE_BASE64: CodeText(
        "Base64 解码失败",
        "Base64 decoding failed",
        "密文中有 Base64 以外的字符：若出现空格，是 URL 解码把 “+” 变成了空格。",
        "the ciphertext holds characters outside Base64: a space means URL decoding turned '+' into a space.",
    ),
    CallbackCode.GENERATE_REPLY: CodeText(
        "生成回包失败",
        "generating the reply failed",
        "回复内容无法编码。",
        "the reply could not be encoded.",
    ),
}


class CallbackError(Exception):
    """A callback check that failed, with the official code, what exactly went wrong and why."""

    def __init__(
        self, code: CallbackCode, detail_zh: str, detail_en: str, cause: tuple[str, str] | None = None
    ) -> None:
        """`cause` (Chinese, English) replaces the code's usual likely cause when the case is known."""
        self.code = code
        self.detail_zh = detail_zh
        self.detail_en = detail_en
        text = CODE_TEXTS[code]
        cause_zh, cause_en = cause or (text.cause_zh, text.cause_en)
        self.message_zh = f"[{int(code)}] {text.zh}：{detail_zh}\n可能原因：{cause_zh}"
        self.message_en = f"[{int(code)}] {text.en}: {detail_en}\nLikely cause: {cause_en}"
        super().__init__(f"{self.message_zh}\n{self.message_en}")


def explain_code(code: int) -> CodeText | None:
    """The meaning of a code read from a server log, or None when it is not a callback code."""
    try:
        return CODE_TEXTS[CallbackCode(code)]
    except ValueError:
        return None
