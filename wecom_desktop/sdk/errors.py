"""Typed SDK errors: every return code and server errcode, with what the user should do."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Source, Text, TranslatableError


class Fault(enum.StrEnum):
    BAD_REQUEST = "bad_request"
    NETWORK = "network"
    PARSE = "parse"
    SYSTEM = "system"
    SECRET = "secret"
    FILEID = "fileid"
    DECRYPT = "decrypt"
    MISSING_KEY = "missing_key"
    ENCRYPT_KEY = "encrypt_key"
    IP_NOT_ALLOWED = "ip_not_allowed"
    EXPIRED = "expired"
    CERTIFICATE = "certificate"
    SERVER = "server"
    RATE_LIMIT = "rate_limit"
    NOT_ENABLED = "not_enabled"
    CORRUPT_RESPONSE = "corrupt_response"
    TIMEOUT = "timeout"
    WORKER_DIED = "worker_died"
    CANCELLED = "cancelled"
    LIBRARY = "library"


@dataclass(frozen=True)
class _Code:
    fault: Fault
    source: Source  # what the code means for the user (marked for translation)
    retryable: bool = False
    max_retries: int | None = None  # the reference's own limit; None: the caller's general rule

    @property
    def text(self) -> Text:
        return Text(self.source)


# SDK function return codes (WeWorkFinanceSdk_C.h).
SDK_CODES: dict[int, _Code] = {
    10000: _Code(
        Fault.BAD_REQUEST,
        QT_TRANSLATE_NOOP(
            "SdkError", "请求参数错误：请检查企业 ID、会话存档 Secret，且每次拉取条数须在 1–1000 之间。"
        ),
    ),
    10001: _Code(
        Fault.NETWORK,
        QT_TRANSLATE_NOOP(
            "SdkError",
            "网络错误：无法连接企业微信服务器。请检查网络连接；如需代理，请在设置中填写代理地址和账号。",
        ),
        True,
    ),
    10002: _Code(Fault.PARSE, QT_TRANSLATE_NOOP("SdkError", "SDK 解析数据失败，稍后会自动重试。"), True),
    10003: _Code(
        Fault.SYSTEM, QT_TRANSLATE_NOOP("SdkError", "企业微信 SDK 系统错误，稍后会自动重试。"), True
    ),
    10004: _Code(
        Fault.SECRET,
        QT_TRANSLATE_NOOP(
            "SdkError", "密钥错误导致加密失败：请确认填写的是本企业「会话内容存档」的 Secret。"
        ),
    ),
    10005: _Code(
        Fault.FILEID,
        QT_TRANSLATE_NOOP("SdkError", "媒体文件 ID（sdkfileid）错误：文件 ID 不完整或已被改动。"),
    ),
    10006: _Code(
        Fault.DECRYPT,
        QT_TRANSLATE_NOOP("SdkError", "解密失败：私钥与该消息的加密版本不匹配，或消息密文已损坏。"),
    ),
    10007: _Code(
        Fault.MISSING_KEY,
        QT_TRANSLATE_NOOP("SdkError", "找不到该消息加密版本的私钥：请在设置中添加对应版本的私钥。"),
    ),
    10008: _Code(
        Fault.ENCRYPT_KEY,
        QT_TRANSLATE_NOOP("SdkError", "解析 encrypt_key 出错：RSA 解密结果不正确（私钥不匹配）。"),
    ),
    10009: _Code(
        Fault.IP_NOT_ALLOWED,
        QT_TRANSLATE_NOOP(
            "SdkError",
            "IP 非法：本机的公网出口 IP 不在会话存档的可信 IP 列表中。请在管理后台「会话内容存档」中添加该 IP，或使用出口 IP 已在列表中的代理。",
        ),
    ),
    10010: _Code(
        Fault.EXPIRED,
        QT_TRANSLATE_NOOP("SdkError", "数据已过期：该消息或媒体文件已超出企业微信的保存期限，无法再拉取。"),
    ),
    10011: _Code(
        Fault.CERTIFICATE,
        QT_TRANSLATE_NOOP("SdkError", "证书错误：请检查系统时间是否正确，以及代理是否篡改了 HTTPS 证书。"),
    ),
}

# Codes whose meaning depends on the SDK function that returned them.
CALL_CODES: dict[tuple[int, str], _Code] = {
    (10002, "GetMediaData"): _Code(
        Fault.PARSE,
        QT_TRANSLATE_NOOP(
            "SdkError", "媒体文件数据解析失败，稍后会自动重试；若同一文件反复失败，说明 sdkfileid 有误。"
        ),
        True,
    ),
}

# errcode values inside the JSON returned by GetChatData (server side).
SERVER_CODES: dict[int, _Code] = {
    -1: _Code(
        Fault.SERVER,
        QT_TRANSLATE_NOOP("SdkError", "企业微信服务器繁忙，稍后会自动重试（最多 3 次）。"),
        True,
        3,
    ),
    40001: _Code(
        Fault.SECRET,
        QT_TRANSLATE_NOOP("SdkError", "Secret 无效：请重新填写「会话内容存档」的 Secret（是否已被重置？）。"),
    ),
    40013: _Code(
        Fault.SECRET, QT_TRANSLATE_NOOP("SdkError", "企业 ID（corpid）无效：请在管理后台「我的企业」中核对。")
    ),
    40091: _Code(Fault.SECRET, QT_TRANSLATE_NOOP("SdkError", "Secret 无效：它可能属于另一个企业。")),
    40014: _Code(
        Fault.SECRET,
        QT_TRANSLATE_NOOP("SdkError", "access_token 无效：SDK 会重新获取 access_token，将自动重试一次。"),
        True,
        1,
    ),
    40096: _Code(
        Fault.SERVER,
        QT_TRANSLATE_NOOP("SdkError", "外部联系人 ID（external_userid）无效：请使用本企业主体下的 ID。"),
    ),
    41001: _Code(
        Fault.SECRET,
        QT_TRANSLATE_NOOP("SdkError", "缺少 access_token：SDK 会重新获取 access_token，将自动重试一次。"),
        True,
        1,
    ),
    41004: _Code(Fault.SECRET, QT_TRANSLATE_NOOP("SdkError", "缺少 Secret。")),
    42001: _Code(
        Fault.SECRET,
        QT_TRANSLATE_NOOP("SdkError", "access_token 已过期：SDK 会重新获取 access_token，将自动重试一次。"),
        True,
        1,
    ),
    45009: _Code(
        Fault.RATE_LIMIT,
        QT_TRANSLATE_NOOP("SdkError", "调用过于频繁，已超出接口频率限制，稍后会自动重试。"),
        True,
    ),
    45033: _Code(
        Fault.RATE_LIMIT, QT_TRANSLATE_NOOP("SdkError", "并发调用过多，请减少同时进行的拉取。"), True
    ),
    48002: _Code(
        Fault.SECRET,
        QT_TRANSLATE_NOOP(
            "SdkError", "接口无权限：使用了应用自己的 Secret，而这里需要「会话内容存档」的 Secret。"
        ),
    ),
    60011: _Code(
        Fault.SERVER, QT_TRANSLATE_NOOP("SdkError", "无权限操作该成员或部门：该成员不在应用的可见范围内。")
    ),
    60020: _Code(
        Fault.IP_NOT_ALLOWED,
        QT_TRANSLATE_NOOP(
            "SdkError", "来源 IP 不受信任：请在应用的「企业可信IP」中添加本机公网出口 IP（约 1 分钟后生效）。"
        ),
    ),
    84061: _Code(
        Fault.SERVER,
        QT_TRANSLATE_NOOP(
            "SdkError", "成员与该客户不存在外部联系人关系（成员可能已删除该客户），客户名称需从其他来源获取。"
        ),
    ),
    301042: _Code(
        Fault.IP_NOT_ALLOWED,
        QT_TRANSLATE_NOOP("SdkError", "IP 不在会话存档的可信 IP 范围内：请在管理后台添加本机公网出口 IP。"),
    ),
    301048: _Code(Fault.EXPIRED, QT_TRANSLATE_NOOP("SdkError", "媒体文件不存在或已过期。")),
    301052: _Code(Fault.NOT_ENABLED, QT_TRANSLATE_NOOP("SdkError", "会话内容存档服务已过期，请续费。")),
    301053: _Code(
        Fault.NOT_ENABLED, QT_TRANSLATE_NOOP("SdkError", "会话内容存档未开启，请在管理后台开启并完成配置。")
    ),
    301058: _Code(
        Fault.BAD_REQUEST,
        QT_TRANSLATE_NOOP("SdkError", "拉取的数据超出大小限制：即使每次只拉取 1 条也超限。"),
    ),
    301059: _Code(
        Fault.SERVER,
        QT_TRANSLATE_NOOP(
            "SdkError", "该群不是内部群，没有数据：客户群请用 externalcontact/groupchat/get 获取。"
        ),
    ),
    301060: _Code(
        Fault.BAD_REQUEST, QT_TRANSLATE_NOOP("SdkError", "查询同意情况的请求过大：每次最多 100 项。")
    ),
    301061: _Code(
        Fault.SERVER, QT_TRANSLATE_NOOP("SdkError", "userid 或外部联系人 ID 不存在（可跳过这一对）。")
    ),
}


CANCELLED = QT_TRANSLATE_NOOP("SdkError", "已取消。")  # the message of Fault.CANCELLED

# The wire form of an SdkError between the worker process and the application: fault, Text, code, retryable.
SdkWire = tuple[str, Text, int | None, bool]


class SdkError(TranslatableError):
    """A failure of the SDK or of the worker process hosting it, explained for the user."""

    def __init__(
        self,
        fault: Fault,
        text: Text,
        code: int | None = None,
        retryable: bool = False,
        max_retries: int | None = None,
    ):
        super().__init__(text)
        self.fault = fault
        self.code = code
        self.retryable = retryable
        self.max_retries = max_retries  # a limit of this code's own, below the caller's general one

    def __str__(self) -> str:
        prefix = f"[{self.code}] " if self.code is not None else ""
        return f"{prefix}{self.message_zh} / {self.message_en}"

    @classmethod
    def from_return_code(cls, code: int, call: str) -> SdkError:
        known = CALL_CODES.get((code, call)) or SDK_CODES.get(code)
        if known is None:
            return cls(
                Fault.SYSTEM,
                Text(QT_TRANSLATE_NOOP("SdkError", "{call} 返回未知错误码 {code}。"), call=call, code=code),
                code,
            )
        return cls(known.fault, known.text, code, known.retryable)

    @classmethod
    def from_errcode(cls, errcode: int, errmsg: str) -> SdkError:
        known = SERVER_CODES.get(errcode)
        if known is None:
            text = (
                Text(
                    QT_TRANSLATE_NOOP("SdkError", "企业微信服务器返回错误 {errcode}（errmsg: {errmsg}）。"),
                    errcode=errcode,
                    errmsg=errmsg,
                )
                if errmsg
                else Text(
                    QT_TRANSLATE_NOOP("SdkError", "企业微信服务器返回错误 {errcode}。"), errcode=errcode
                )
            )
            return cls(Fault.SERVER, text, errcode)
        if errmsg:
            text = Text(
                QT_TRANSLATE_NOOP("SdkError", "{message}（errmsg: {errmsg}）"),
                message=known.text,
                errmsg=errmsg,
            )
        else:
            text = known.text
        return cls(known.fault, text, errcode, known.retryable, known.max_retries)

    def to_wire(self) -> SdkWire:
        return (self.fault.value, self.text, self.code, self.retryable)

    @classmethod
    def from_wire(cls, wire: SdkWire) -> SdkError:
        fault, text, code, retryable = wire
        return cls(Fault(fault), text, code, retryable)
