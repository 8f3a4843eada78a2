"""What went wrong with a callback server's answer, in Chinese and English: network failures,
HTTP statuses and the common ways a URL-verification body differs from the plaintext."""

from __future__ import annotations

import re
import socket
import ssl
from urllib.parse import quote, unquote_plus, urlsplit

import httpx

from wecom_desktop.crypto.callback_errors import explain_code

Text = tuple[str, str]  # (zh, en)

PREVIEW_CHARS = 500
_BOM = b"\xef\xbb\xbf"
_SERVER_CODE = re.compile(r"-400(?:0[1-9]|1[01])\b")


def preview(body: bytes | str) -> str:
    """The repr of a body (invisible characters shown), cut to PREVIEW_CHARS characters."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if len(text) <= PREVIEW_CHARS:
        return repr(text)
    return f"{text[:PREVIEW_CHARS]!r}… ({len(text)})"


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
        return (
            f"{limit_s:g} 秒内连不上 {where}：企业微信会放弃并重试（检查防火墙和端口映射）",
            f"could not connect to {where} within {limit_s:g} s — WeCom gives up and retries "
            "(check the firewall and port forwarding)",
        )
    if isinstance(exc, httpx.TimeoutException):
        return (
            f"{limit_s:g} 秒内没有响应：企业微信会放弃并重试（耗时的处理应在返回 200 之后异步进行）",
            f"no answer within {limit_s:g} s — WeCom gives up and retries (do slow work after answering 200)",
        )
    if isinstance(exc, httpx.ProxyError):
        return (f"代理出错：{exc}", f"the proxy failed: {exc}")
    cause = _root_cause(exc)
    if isinstance(cause, socket.gaierror):
        host = urlsplit(url).hostname
        return (
            f"域名解析失败：找不到 {host}（{cause.strerror}）",
            f"DNS lookup failed: {host} cannot be resolved ({cause.strerror})",
        )
    if isinstance(cause, ConnectionRefusedError):
        return (
            f"连接被拒绝：{where} 上没有程序在监听（服务没有启动，或端口不对）",
            f"connection refused: nothing listens on {where} (the server is not running, or the port is wrong)",
        )
    if isinstance(cause, ssl.SSLCertVerificationError):
        return (
            f"TLS 证书不被信任：{cause.verify_message}（企业微信要求由受信任机构签发、与域名一致的证书）",
            f"the TLS certificate is not trusted: {cause.verify_message} (WeCom needs a certificate from a "
            "trusted authority that matches the host name)",
        )
    if isinstance(cause, ssl.SSLError):
        return (
            f"TLS 握手失败：{cause.reason or cause}（该端口是否真的提供 HTTPS？）",
            f"the TLS handshake failed: {cause.reason or cause} (does this port really serve HTTPS?)",
        )
    if isinstance(exc, httpx.RemoteProtocolError):
        return (
            f"服务器没有返回有效的 HTTP 响应就断开了连接（{exc}）",
            f"the server closed the connection without a valid HTTP response ({exc})",
        )
    if isinstance(cause, OSError) and cause.strerror:
        return (f"网络错误：{cause.strerror}", f"network error: {cause.strerror}")
    return (f"网络错误：{type(exc).__name__}：{exc}", f"network error: {type(exc).__name__}: {exc}")


def bad_status(response: httpx.Response) -> Text:
    """One line for a response whose status is not 200."""
    status = response.status_code
    if response.is_redirect:
        location = response.headers.get("location", "")
        return (
            f"HTTP {status} 重定向到 {location}：企业微信不跟随重定向，请直接填写最终的地址",
            f"HTTP {status} redirect to {location}: WeCom does not follow redirects, enter the final URL",
        )
    zh = f"HTTP {status}：企业微信只接受 200，会当作失败并重试"
    en = f"HTTP {status}: WeCom accepts only 200 and retries otherwise"
    found = _SERVER_CODE.search(response.content[:2000].decode("utf-8", "replace"))
    if found:
        explained = explain_code(int(found.group()))
        if explained is not None:
            zh += f"；服务器报告 {found.group()}（{explained.zh}）"
            en += f"; the server reports {found.group()} ({explained.en})"
    return zh, en


def echo_mismatch(body: bytes, plaintext: str, echostr: str) -> Text | None:
    """Why a verification body is not the plaintext, or None when it is exactly the plaintext."""
    expected = plaintext.encode("utf-8")
    if body == expected:
        return None
    problems: list[Text] = []
    rest = body
    if rest.startswith(_BOM):
        problems.append(("开头有 UTF-8 BOM（EF BB BF）", "it starts with a UTF-8 BOM (EF BB BF)"))
        rest = rest[len(_BOM) :]
    stripped = rest.strip()
    leading = rest[: len(rest) - len(rest.lstrip())]
    trailing = rest[len(rest.rstrip()) :]
    if leading:
        shown = repr(leading.decode("latin-1"))
        problems.append((f"开头多了空白 {shown}", f"it has leading whitespace {shown}"))
    if trailing:
        shown = repr(trailing.decode("latin-1"))
        problems.append((f"末尾多了换行或空白 {shown}", f"it has a trailing newline or whitespace {shown}"))
    rest = stripped
    if len(rest) >= 2 and rest[:1] == rest[-1:] and rest[:1] in (b'"', b"'"):
        problems.append(
            (
                "明文被加上了引号（被当作 JSON 字符串输出了，这是框架常见的错误）",
                "the plaintext is wrapped in quotes (output as a JSON string, a common framework mistake)",
            )
        )
        rest = rest[1:-1]
    if problems and rest == expected:
        return (
            "返回的内容不完全是明文："
            + "；".join(zh for zh, _ in problems)
            + "。企业微信逐字节比较，只返回明文本身",
            "the body is not exactly the plaintext: "
            + "; ".join(en for _, en in problems)
            + ". WeCom compares byte for byte: return the bare plaintext",
        )
    return _other_mismatch(body, expected, echostr)


def _other_mismatch(body: bytes, expected: bytes, echostr: str) -> Text:
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return (
            "响应体是空的：应返回解密 echostr 得到的明文",
            "the body is empty: return the decrypted echostr",
        )
    lowered = text[:200].lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered or "<body" in lowered:
        return (
            "返回的是一个 HTML 页面而不是明文：请求多半没有到达回调处理程序（网站首页、登录页或错误页）",
            "an HTML page came back instead of the plaintext: the request most likely did not reach the "
            "callback handler (a home, login or error page)",
        )
    if text in (echostr, quote(echostr, safe=""), unquote_plus(echostr)):
        return (
            "原样返回了加密的 echostr：应先验证签名并解密，再返回其中的明文",
            "the encrypted echostr was echoed back: verify and decrypt it, then return the plaintext inside",
        )
    if expected in body:
        return (
            "响应中含有明文，但还有别的内容：只应返回明文本身",
            "the body holds the plaintext and more: return the bare plaintext only",
        )
    return (
        f"返回的内容不是明文：应为 {preview(expected)}，收到 {preview(body)}",
        f"the body is not the plaintext: expected {preview(expected)}, received {preview(body)}",
    )
