"""The finance SDK as the application uses it: typed records and errors, calls in the worker."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.sdk.errors import Fault, SdkError
from wecom_desktop.sdk.worker import WorkerHost

MAX_LIMIT = 1000
_BASE64 = re.compile(rb"[A-Za-z0-9+/=\r\n]+")
_MIN_MESSAGE_LENGTH = 16  # the vendor library aborts on encrypt_chat_msg shorter than 13 characters
_DECRYPT_DEADLINE_S = 30.0
_PROXY = re.compile(r"^(socks5h?|https?)://[^\s/]+(:\d+)?/?$")
_INTEGER = re.compile(r"-?[0-9]+")
MALFORMED = "malformed_record"  # the undecryptable reason of a record whose key fields are unusable


@dataclass(frozen=True, slots=True)
class ChatRecord:
    """One encrypted record of GetChatData's `chatdata`."""

    seq: int
    msgid: str
    publickey_ver: int
    encrypt_random_key: str
    encrypt_chat_msg: str
    problem: str = ""  # "malformed_record: …" when a key field was unusable ("" or 0 stands in for it)


@dataclass(frozen=True, slots=True)
class Connection:
    """Where and how the SDK reaches WeCom (the proxy password is a secret: keyring only)."""

    proxy: str = ""
    proxy_password: str = ""  # "user:password"
    timeout_s: int = 10  # the SDK's own per-call timeout
    deadline_margin_s: float = 10.0  # how much longer the worker gets before it is killed

    @property
    def deadline_s(self) -> float:
        return self.timeout_s + self.deadline_margin_s


def _corrupt(detail: Text | str) -> SdkError:
    """`detail`: what is wrong; a str is a technical detail shown as is in both languages."""
    return SdkError(
        Fault.CORRUPT_RESPONSE,
        Text(
            QT_TRANSLATE_NOOP("SdkError", "SDK 返回的数据无法解析（{detail}），本页将重试。"), detail=detail
        ),
        retryable=True,
    )


def _integer(value: object) -> int | None:
    """A JSON integer, also one sent as an integral float or a numeric string; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    return None


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return json.dumps(value, ensure_ascii=False)[:40]


def _unusable(item: dict[str, object], name: str) -> Text:
    """Why field `name` of a record cannot be used."""
    if name not in item:
        return Text(QT_TRANSLATE_NOOP("SdkError", "缺少 {name}"), name=name)
    return Text(
        QT_TRANSLATE_NOOP("SdkError", "{name} 的值 {shown} 无效"), name=name, shown=_shown(item[name])
    )


def _corrupt_field(where: str, item: dict[str, object], name: str) -> SdkError:
    return _corrupt(
        Text(QT_TRANSLATE_NOOP("SdkError", "{where}：{problem}"), where=where, problem=_unusable(item, name))
    )


def _record(index: int, item: object) -> ChatRecord:
    """One chatdata record. Without a msgid and a seq, which identify and order it, the page is
    corrupt; a record with both but unusable key fields is kept, to be stored undecryptable."""
    where = f"chatdata[{index}]"
    if not isinstance(item, dict):
        raise _corrupt(
            Text(QT_TRANSLATE_NOOP("SdkError", "{where} 不是对象：{shown}"), where=where, shown=_shown(item))
        )
    msgid = item.get("msgid")
    if isinstance(msgid, int) and not isinstance(msgid, bool):
        msgid = str(msgid)
    if not isinstance(msgid, str) or not msgid:
        raise _corrupt_field(where, item, "msgid")
    seq = _integer(item.get("seq"))
    if seq is None or seq < 0:
        raise _corrupt_field(where, item, "seq")
    version = _integer(item.get("publickey_ver"))
    key, message = item.get("encrypt_random_key"), item.get("encrypt_chat_msg")
    unusable = [
        _unusable(item, name)
        for name, usable in (
            ("publickey_ver", version is not None),
            ("encrypt_random_key", isinstance(key, str)),
            ("encrypt_chat_msg", isinstance(message, str)),
        )
        if not usable
    ]
    zh, en = "；".join(text.zh for text in unusable), "; ".join(text.en for text in unusable)
    problem = f"{MALFORMED}: {zh} / {en}" if unusable else ""  # stored with the record: both languages
    return ChatRecord(
        seq,
        msgid,
        version or 0,
        key if isinstance(key, str) else "",
        message if isinstance(message, str) else "",
        problem,
    )


def parse_chat_data(raw: bytes) -> list[ChatRecord]:
    """GetChatData's JSON → records; a non-zero errcode or a malformed body is a typed error."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _corrupt(f"{type(exc).__name__}, {len(raw)} bytes") from exc
    if not isinstance(body, dict):
        raise _corrupt(Text(QT_TRANSLATE_NOOP("SdkError", "不是 JSON 对象")))
    errcode = 0 if body.get("errcode") is None else _integer(body["errcode"])
    if errcode is None:
        raise _corrupt(_unusable(body, "errcode"))
    if errcode != 0:
        errmsg = body.get("errmsg")
        raise SdkError.from_errcode(errcode, "" if errmsg is None else str(errmsg))
    chatdata = body.get("chatdata")
    if chatdata is None:
        return []
    if not isinstance(chatdata, list):
        raise _corrupt(_unusable(body, "chatdata"))
    return [_record(index, item) for index, item in enumerate(chatdata)]


def check_proxy(proxy: str) -> None:
    if proxy and not _PROXY.match(proxy):
        raise SdkError(
            Fault.BAD_REQUEST,
            Text(
                QT_TRANSLATE_NOOP(
                    "SdkError", "代理地址格式不正确：{proxy}。应为 socks5://主机:端口 或 http://主机:端口。"
                ),
                proxy=proxy,
            ),
        )


def check_decrypt_input(encrypt_key: bytes, encrypt_msg: bytes) -> SdkError | None:
    """Reject what the vendor library would crash on, before it gets there."""
    if not encrypt_key or b"\0" in encrypt_key:
        return SdkError(
            Fault.ENCRYPT_KEY, Text(QT_TRANSLATE_NOOP("SdkError", "RSA 解密得到的密钥为空或无效。"))
        )
    if len(encrypt_msg) < _MIN_MESSAGE_LENGTH or not _BASE64.fullmatch(encrypt_msg):
        return SdkError(
            Fault.DECRYPT,
            Text(
                QT_TRANSLATE_NOOP(
                    "SdkError", "消息密文（encrypt_chat_msg）格式不正确或被截断，未交给 SDK 解密。"
                )
            ),
        )
    return None


class FinanceClient:
    """The finance SDK in its own process. Every call has a deadline; cancel() kills the process."""

    def __init__(
        self, library: Path, corp_id: str, secret: str, connection: Connection = Connection()
    ) -> None:
        self.connection = connection
        check_proxy(connection.proxy)
        self.host = WorkerHost(library)
        self.host.setup = [("init", (corp_id, secret))]

    def start(self) -> None:
        """Start the worker and initialise the SDK (errors here are bad ids or a bad library)."""
        self.host.call("rss_kb", deadline=_DECRYPT_DEADLINE_S)

    def get_chat_data(self, seq: int, limit: int = MAX_LIMIT) -> list[ChatRecord]:
        c = self.connection
        raw = self.host.call(
            "get_chat_data",
            seq,
            limit,
            c.proxy,
            c.proxy_password,
            c.timeout_s,
            deadline=c.deadline_s,
        )
        return parse_chat_data(raw)

    def decrypt(self, encrypt_key: bytes, encrypt_msg: str) -> str:
        result = self.decrypt_many([(encrypt_key, encrypt_msg)])[0]
        if isinstance(result, SdkError):
            raise result
        return result

    def decrypt_many(self, items: Sequence[tuple[bytes, str]]) -> list[str | SdkError]:
        """DecryptData for many records in one round trip; each item fails on its own."""
        results: list[str | SdkError | None] = [None] * len(items)
        to_send = []
        for index, (key, message) in enumerate(items):
            encoded = message.encode("ascii", "replace")
            problem = check_decrypt_input(key, encoded)
            if problem is None:
                to_send.append((index, key, encoded))
            else:
                results[index] = problem
        if to_send:
            replies = self.host.call(
                "decrypt_many", [(key, message) for _, key, message in to_send], deadline=_DECRYPT_DEADLINE_S
            )
            for (index, _, _), (ok, value) in zip(to_send, replies, strict=True):
                results[index] = _decoded(value) if ok else SdkError.from_wire(value)
        return [result for result in results if result is not None]

    def media_chunks(self, sdkfileid: str, start_index: str = "") -> Iterator[tuple[str, bytes]]:
        """(index used, chunk) pairs until the file is complete; resume from a saved index."""
        if not sdkfileid or "\0" in sdkfileid:
            raise SdkError.from_return_code(10005, "GetMediaData")
        c = self.connection
        index = start_index
        while True:
            data, next_index, finished = self.host.call(
                "media_chunk",
                index,
                sdkfileid,
                c.proxy,
                c.proxy_password,
                c.timeout_s,
                deadline=c.deadline_s,
            )
            yield index, data
            if finished:
                return
            if not next_index or next_index == index:
                raise _corrupt("media index did not advance")
            index = next_index

    def cancel(self) -> None:
        self.host.kill()

    def close(self) -> None:
        self.host.close()


def _decoded(value: bytes) -> str | SdkError:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return _corrupt("decrypted message is not UTF-8")
