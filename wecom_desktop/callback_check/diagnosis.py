"""What went wrong with a callback server's answer, as translatable text: network failures,
HTTP statuses and the common ways a URL-verification body differs from the plaintext."""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Sequence
from urllib.parse import quote, unquote_plus, urlsplit

import httpx

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Source, Text
from wecom_desktop.crypto.callback_errors import explain_code

PREVIEW_CHARS = 500
_BOM = b"\xef\xbb\xbf"
_SERVER_CODE = re.compile(r"-400(?:0[1-9]|1[01])\b")


def preview(body: bytes | str) -> str:
    """The repr of a body (invisible characters shown), cut to PREVIEW_CHARS characters."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if len(text) <= PREVIEW_CHARS:
        return repr(text)
    return f"{text[:PREVIEW_CHARS]!r}… ({len(text)})"


def listed(items: Sequence[Text | str], pair: Source) -> Text | str:
    """The items joined pairwise with `pair`, a "{first}…{rest}" template holding the language's separator."""
    if len(items) == 1:
        return items[0]
    return Text(pair, first=items[0], rest=listed(items[1:], pair))


def _host_port(url: str) -> str:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    default = 443 if parts.scheme == "https" else 80
    return f"{parts.hostname}:{port or default}"


def _root_cause(exc: BaseException) -> BaseException:
    seen = exc
    while True:
        nested = seen.__cause__ or seen.__context__
        if nested is None or nested is seen:
            return seen
        seen = nested


def transport_failure(exc: httpx.HTTPError | httpx.InvalidURL, url: str, limit_s: float) -> Text:
    """One line saying why no HTTP response came back."""
    where = _host_port(url)
    if isinstance(exc, httpx.ConnectTimeout):
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis",
                "{limit} 秒内连不上 {where}：企业微信会放弃并重试（检查防火墙和端口映射）",
            ),
            limit=f"{limit_s:g}",
            where=where,
        )
    if isinstance(exc, httpx.TimeoutException):
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis",
                "{limit} 秒内没有响应：企业微信会放弃并重试（耗时的处理应在返回 200 之后异步进行）",
            ),
            limit=f"{limit_s:g}",
        )
    if isinstance(exc, httpx.ProxyError):
        return Text(QT_TRANSLATE_NOOP("CallbackDiagnosis", "代理出错：{error}"), error=str(exc))
    cause = _root_cause(exc)
    if isinstance(cause, socket.gaierror):
        return Text(
            QT_TRANSLATE_NOOP("CallbackDiagnosis", "域名解析失败：找不到 {host}（{reason}）"),
            host=str(urlsplit(url).hostname),
            reason=str(cause.strerror),
        )
    if isinstance(cause, ConnectionRefusedError):
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis", "连接被拒绝：{where} 上没有程序在监听（服务没有启动，或端口不对）"
            ),
            where=where,
        )
    if isinstance(cause, ssl.SSLCertVerificationError):
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis",
                "TLS 证书不被信任：{reason}（企业微信要求由受信任机构签发、与域名一致的证书）",
            ),
            reason=str(cause.verify_message),
        )
    if isinstance(cause, ssl.SSLError):
        return Text(
            QT_TRANSLATE_NOOP("CallbackDiagnosis", "TLS 握手失败：{reason}（该端口是否真的提供 HTTPS？）"),
            reason=str(cause.reason or cause),
        )
    if isinstance(exc, httpx.RemoteProtocolError):
        return Text(
            QT_TRANSLATE_NOOP("CallbackDiagnosis", "服务器没有返回有效的 HTTP 响应就断开了连接（{error}）"),
            error=str(exc),
        )
    if isinstance(cause, OSError) and cause.strerror:
        return Text(QT_TRANSLATE_NOOP("CallbackDiagnosis", "网络错误：{reason}"), reason=cause.strerror)
    return Text(
        QT_TRANSLATE_NOOP("CallbackDiagnosis", "网络错误：{kind}：{error}"),
        kind=type(exc).__name__,
        error=str(exc),
    )


def bad_status(response: httpx.Response) -> Text:
    """One line for a response whose status is not 200."""
    status = response.status_code
    if response.is_redirect:
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis",
                "HTTP {status} 重定向到 {location}：企业微信不跟随重定向，请直接填写最终的地址",
            ),
            status=status,
            location=response.headers.get("location", ""),
        )
    found = _SERVER_CODE.search(response.content[:2000].decode("utf-8", "replace"))
    if found:
        explained = explain_code(int(found.group()))
        if explained is not None:
            return Text(
                QT_TRANSLATE_NOOP(
                    "CallbackDiagnosis",
                    "HTTP {status}：企业微信只接受 200，会当作失败并重试；服务器报告 {code}（{meaning}）",
                ),
                status=status,
                code=found.group(),
                meaning=explained.name,
            )
    return Text(
        QT_TRANSLATE_NOOP("CallbackDiagnosis", "HTTP {status}：企业微信只接受 200，会当作失败并重试"),
        status=status,
    )


def echo_mismatch(body: bytes, plaintext: str, echostr: str) -> Text | None:
    """Why a verification body is not the plaintext, or None when it is exactly the plaintext."""
    expected = plaintext.encode("utf-8")
    if body == expected:
        return None
    problems: list[Text] = []
    rest = body
    if rest.startswith(_BOM):
        problems.append(Text(QT_TRANSLATE_NOOP("CallbackDiagnosis", "开头有 UTF-8 BOM（EF BB BF）")))
        rest = rest[len(_BOM) :]
    stripped = rest.strip()
    leading = rest[: len(rest) - len(rest.lstrip())]
    trailing = rest[len(rest.rstrip()) :]
    if leading:
        problems.append(
            Text(
                QT_TRANSLATE_NOOP("CallbackDiagnosis", "开头多了空白 {shown}"),
                shown=repr(leading.decode("latin-1")),
            )
        )
    if trailing:
        problems.append(
            Text(
                QT_TRANSLATE_NOOP("CallbackDiagnosis", "末尾多了换行或空白 {shown}"),
                shown=repr(trailing.decode("latin-1")),
            )
        )
    rest = stripped
    if len(rest) >= 2 and rest[:1] == rest[-1:] and rest[:1] in (b'"', b"'"):
        problems.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "CallbackDiagnosis", "明文被加上了引号（被当作 JSON 字符串输出了，这是框架常见的错误）"
                )
            )
        )
        rest = rest[1:-1]
    if problems and rest == expected:
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis", "返回的内容不完全是明文：{problems}。企业微信逐字节比较，只返回明文本身"
            ),
            problems=listed(problems, QT_TRANSLATE_NOOP("CallbackDiagnosis", "{first}；{rest}")),
        )
    return _other_mismatch(body, expected, echostr)


def _other_mismatch(body: bytes, expected: bytes, echostr: str) -> Text:
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return Text(QT_TRANSLATE_NOOP("CallbackDiagnosis", "响应体是空的：应返回解密 echostr 得到的明文"))
    lowered = text[:200].lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered or "<body" in lowered:
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis",
                "返回的是一个 HTML 页面而不是明文：请求多半没有到达回调处理程序（网站首页、登录页或错误页）",
            )
        )
    if text in (echostr, quote(echostr, safe=""), unquote_plus(echostr)):
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackDiagnosis", "原样返回了加密的 echostr：应先验证签名并解密，再返回其中的明文"
            )
        )
    if expected in body:
        return Text(
            QT_TRANSLATE_NOOP("CallbackDiagnosis", "响应中含有明文，但还有别的内容：只应返回明文本身")
        )
    return Text(
        QT_TRANSLATE_NOOP("CallbackDiagnosis", "返回的内容不是明文：应为 {expected}，收到 {received}"),
        expected=preview(expected),
        received=preview(body),
    )
