"""Typed SDK errors: every return code and server errcode, with what the user should do."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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
class _Text:
    fault: Fault
    zh: str
    en: str
    retryable: bool = False
    max_retries: int | None = None  # the reference's own limit; None: the caller's general rule


# SDK function return codes (WeWorkFinanceSdk_C.h).
SDK_CODES: dict[int, _Text] = {
    10000: _Text(
        Fault.BAD_REQUEST,
        "请求参数错误：请检查企业 ID、会话存档 Secret，且每次拉取条数须在 1–1000 之间。",
        "Bad request parameters: check the corp id and archive Secret; a pull takes 1–1000 records.",
    ),
    10001: _Text(
        Fault.NETWORK,
        "网络错误：无法连接企业微信服务器。请检查网络连接；如需代理，请在设置中填写代理地址和账号。",
        "Network error: the WeCom servers could not be reached. Check the connection, or set a proxy.",
        True,
    ),
    10002: _Text(
        Fault.PARSE,
        "SDK 解析数据失败，稍后会自动重试。",
        "The SDK could not parse the data; it will be retried.",
        True,
    ),
    10003: _Text(
        Fault.SYSTEM,
        "企业微信 SDK 系统错误，稍后会自动重试。",
        "WeCom SDK system failure; it will be retried.",
        True,
    ),
    10004: _Text(
        Fault.SECRET,
        "密钥错误导致加密失败：请确认填写的是本企业「会话内容存档」的 Secret。",
        "Key error: make sure the Secret is this company's chat-archive (会话内容存档) Secret.",
    ),
    10005: _Text(
        Fault.FILEID,
        "媒体文件 ID（sdkfileid）错误：文件 ID 不完整或已被改动。",
        "Bad media file id (sdkfileid): it is incomplete or was altered.",
    ),
    10006: _Text(
        Fault.DECRYPT,
        "解密失败：私钥与该消息的加密版本不匹配，或消息密文已损坏。",
        "Decryption failed: the private key does not match this message's key version, or the data is corrupt.",
    ),
    10007: _Text(
        Fault.MISSING_KEY,
        "找不到该消息加密版本的私钥：请在设置中添加对应版本的私钥。",
        "No private key for this message's encryption version: add that version's key in settings.",
    ),
    10008: _Text(
        Fault.ENCRYPT_KEY,
        "解析 encrypt_key 出错：RSA 解密结果不正确（私钥不匹配）。",
        "Could not parse encrypt_key: the RSA-decrypted key is wrong (mismatched private key).",
    ),
    10009: _Text(
        Fault.IP_NOT_ALLOWED,
        "IP 非法：本机的公网出口 IP 不在会话存档的可信 IP 列表中。请在管理后台「会话内容存档」中添加该 IP，或使用出口 IP 已在列表中的代理。",
        "IP not allowed: this machine's public egress IP is not in the archive's trusted IP list. Add it in the "
        "admin console (会话内容存档), or use a proxy whose egress IP is listed.",
    ),
    10010: _Text(
        Fault.EXPIRED,
        "数据已过期：该消息或媒体文件已超出企业微信的保存期限，无法再拉取。",
        "Data expired: this message or media file is past WeCom's retention period and can no longer be fetched.",
    ),
    10011: _Text(
        Fault.CERTIFICATE,
        "证书错误：请检查系统时间是否正确，以及代理是否篡改了 HTTPS 证书。",
        "Certificate error: check the system clock, and whether a proxy intercepts HTTPS.",
    ),
}

# Codes whose meaning depends on the SDK function that returned them.
CALL_CODES: dict[tuple[int, str], _Text] = {
    (10002, "GetMediaData"): _Text(
        Fault.PARSE,
        "媒体文件数据解析失败，稍后会自动重试；若同一文件反复失败，说明 sdkfileid 有误。",
        "The SDK could not parse the media data; it will be retried. If one file keeps failing its sdkfileid is bad.",
        True,
    ),
}

_TOKEN_RETRY = (
    "SDK 会重新获取 access_token，将自动重试一次。",
    "the SDK fetches a new access_token; the call is retried once.",
)

# errcode values inside the JSON returned by GetChatData (server side).
SERVER_CODES: dict[int, _Text] = {
    -1: _Text(
        Fault.SERVER,
        "企业微信服务器繁忙，稍后会自动重试（最多 3 次）。",
        "The WeCom server is busy; it will be retried (at most 3 times).",
        True,
        3,
    ),
    40001: _Text(
        Fault.SECRET,
        "Secret 无效：请重新填写「会话内容存档」的 Secret（是否已被重置？）。",
        "Invalid Secret: enter the chat-archive Secret again (was it reset?).",
    ),
    40013: _Text(
        Fault.SECRET,
        "企业 ID（corpid）无效：请在管理后台「我的企业」中核对。",
        "Invalid corp id: check it in the admin console (我的企业).",
    ),
    40091: _Text(
        Fault.SECRET,
        "Secret 无效：它可能属于另一个企业。",
        "Invalid Secret: it may belong to another company.",
    ),
    40014: _Text(
        Fault.SECRET,
        f"access_token 无效：{_TOKEN_RETRY[0]}",
        f"Invalid access_token: {_TOKEN_RETRY[1]}",
        True,
        1,
    ),
    40096: _Text(
        Fault.SERVER,
        "外部联系人 ID（external_userid）无效：请使用本企业主体下的 ID。",
        "Invalid external contact id (external_userid): use ids of this company's own subject.",
    ),
    41001: _Text(
        Fault.SECRET,
        f"缺少 access_token：{_TOKEN_RETRY[0]}",
        f"The access_token is missing: {_TOKEN_RETRY[1]}",
        True,
        1,
    ),
    41004: _Text(Fault.SECRET, "缺少 Secret。", "The Secret is missing."),
    42001: _Text(
        Fault.SECRET,
        f"access_token 已过期：{_TOKEN_RETRY[0]}",
        f"The access_token has expired: {_TOKEN_RETRY[1]}",
        True,
        1,
    ),
    45009: _Text(
        Fault.RATE_LIMIT,
        "调用过于频繁，已超出接口频率限制，稍后会自动重试。",
        "Calls too frequent: the API rate limit was exceeded; it will be retried later.",
        True,
    ),
    45033: _Text(
        Fault.RATE_LIMIT,
        "并发调用过多，请减少同时进行的拉取。",
        "Too many concurrent calls; reduce parallel pulls.",
        True,
    ),
    48002: _Text(
        Fault.SECRET,
        "接口无权限：使用了应用自己的 Secret，而这里需要「会话内容存档」的 Secret。",
        "API not permitted: an app's own Secret was used where the chat-archive (会话内容存档) Secret is required.",
    ),
    60011: _Text(
        Fault.SERVER,
        "无权限操作该成员或部门：该成员不在应用的可见范围内。",
        "No privilege for this member or department: the member is outside the app's visible range.",
    ),
    60020: _Text(
        Fault.IP_NOT_ALLOWED,
        "来源 IP 不受信任：请在应用的「企业可信IP」中添加本机公网出口 IP（约 1 分钟后生效）。",
        "Untrusted source IP: add this machine's public egress IP to the app's trusted IPs (企业可信IP); "
        "it takes about a minute to apply.",
    ),
    84061: _Text(
        Fault.SERVER,
        "成员与该客户不存在外部联系人关系（成员可能已删除该客户），客户名称需从其他来源获取。",
        "No external-contact relationship between the member and this customer (the member may have "
        "deleted the customer); take the name from another source.",
    ),
    301042: _Text(
        Fault.IP_NOT_ALLOWED,
        "IP 不在会话存档的可信 IP 范围内：请在管理后台添加本机公网出口 IP。",
        "The request IP is outside the archive's trusted IP range: add this machine's public egress IP.",
    ),
    301048: _Text(Fault.EXPIRED, "媒体文件不存在或已过期。", "The media file does not exist or has expired."),
    301052: _Text(
        Fault.NOT_ENABLED,
        "会话内容存档服务已过期，请续费。",
        "The chat archive service has expired; renew it.",
    ),
    301053: _Text(
        Fault.NOT_ENABLED,
        "会话内容存档未开启，请在管理后台开启并完成配置。",
        "The chat archive is not enabled: enable and configure it in the admin console.",
    ),
    301058: _Text(
        Fault.BAD_REQUEST,
        "拉取的数据超出大小限制：即使每次只拉取 1 条也超限。",
        "The pulled data exceeds the size limit, even at one record per pull.",
    ),
    301059: _Text(
        Fault.SERVER,
        "该群不是内部群，没有数据：客户群请用 externalcontact/groupchat/get 获取。",
        "Not an internal group, no data: get a customer group with externalcontact/groupchat/get.",
    ),
    301060: _Text(
        Fault.BAD_REQUEST,
        "查询同意情况的请求过大：每次最多 100 项。",
        "The consent-status request is too large: at most 100 items per request.",
    ),
    301061: _Text(
        Fault.SERVER,
        "userid 或外部联系人 ID 不存在（可跳过这一对）。",
        "The userid or external contact id does not exist (that pair can be skipped).",
    ),
}


class SdkError(Exception):
    """A failure of the SDK or of the worker process hosting it, explained for the user."""

    def __init__(
        self,
        fault: Fault,
        message_zh: str,
        message_en: str,
        code: int | None = None,
        retryable: bool = False,
        max_retries: int | None = None,
    ):
        self.fault = fault
        self.code = code
        self.message_zh = message_zh
        self.message_en = message_en
        self.retryable = retryable
        self.max_retries = max_retries  # a limit of this code's own, below the caller's general one
        prefix = f"[{code}] " if code is not None else ""
        super().__init__(f"{prefix}{message_zh} / {message_en}")

    @classmethod
    def from_return_code(cls, code: int, call: str) -> SdkError:
        text = CALL_CODES.get((code, call)) or SDK_CODES.get(code)
        if text is None:
            return cls(
                Fault.SYSTEM, f"{call} 返回未知错误码 {code}。", f"{call} returned unknown code {code}.", code
            )
        return cls(text.fault, text.zh, text.en, code, text.retryable)

    @classmethod
    def from_errcode(cls, errcode: int, errmsg: str) -> SdkError:
        text = SERVER_CODES.get(errcode)
        detail = f"（errmsg: {errmsg}）" if errmsg else ""
        if text is None:
            return cls(
                Fault.SERVER,
                f"企业微信服务器返回错误 {errcode}{detail}。",
                f"The WeCom server returned error {errcode} ({errmsg}).",
                errcode,
            )
        return cls(
            text.fault,
            text.zh + detail,
            f"{text.en} ({errmsg})" if errmsg else text.en,
            errcode,
            text.retryable,
            text.max_retries,
        )

    def to_wire(self) -> tuple[str, str, str, int | None, bool]:
        return (self.fault.value, self.message_zh, self.message_en, self.code, self.retryable)

    @classmethod
    def from_wire(cls, wire: tuple[str, str, str, int | None, bool]) -> SdkError:
        fault, zh, en, code, retryable = wire
        return cls(Fault(fault), zh, en, code, retryable)
