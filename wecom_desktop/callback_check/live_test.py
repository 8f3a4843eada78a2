"""Live test of a callback URL: the GET verification and a msgaudit_notify POST, sent as WeCom
sends them, each step diagnosed in translatable text (Chinese source, English translation).

No step's text ever holds the token or the EncodingAESKey.
"""

from __future__ import annotations

import functools
import json
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import quote, urlsplit, urlunsplit
from xml.sax.saxutils import escape

import httpx

from wecom_desktop.callback_check.diagnosis import (
    bad_status,
    echo_mismatch,
    listed,
    preview,
    transport_failure,
)
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.crypto.callback import (
    CallbackCrypto,
    encrypted_field,
    random_nonce,
    reply_fields,
    signature,
)
from wecom_desktop.crypto.callback_errors import CallbackError
from wecom_desktop.secret_filter import MIN_SECRET_LENGTH, REDACTED

Step = Literal["config", "verify_url", "post_event"]
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
_USER_AGENT = "wecom-desktop callback live test"
_CANCEL_POLL_S = 0.05


@dataclass(frozen=True)
class LiveSettings:
    url: str
    token: str
    encoding_aes_key: str
    receive_id: str
    form: Literal["xml", "json"] = "xml"  # POST body format
    agent_id: str = ""  # optional, goes into the POST body
    limit_s: float = 5.0  # WeCom's limit
    proxy: str | None = None  # http(s) or socks5 proxy URL


@dataclass(frozen=True)
class StepResult:
    step: Step
    ok: bool
    elapsed_s: float | None
    status: int | None  # HTTP status when there was a response
    summary: Text
    details: tuple[Text, ...]  # blocks of lines, shown one below the other

    @property
    def summary_zh(self) -> str:
        return self.summary.zh

    @property
    def summary_en(self) -> str:
        return self.summary.en

    @property
    def details_zh(self) -> str:
        return "\n".join(block.zh for block in self.details)

    @property
    def details_en(self) -> str:
        return "\n".join(block.en for block in self.details)


def run_live_test(
    settings: LiveSettings,
    report: Callable[[StepResult], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[StepResult]:
    """Check the configuration, then GET-verify the URL and POST an event to it; `report` sees each step."""
    results: list[StepResult] = []

    def done(result: StepResult) -> None:
        result = _without_secrets(result, settings)
        results.append(result)
        if report is not None:
            report(result)

    config, crypto, proxy = _check_config(settings)
    done(config)
    if crypto is None:
        return results
    with httpx.Client(
        follow_redirects=False,
        trust_env=proxy is not None,
        proxy=proxy,
        timeout=httpx.Timeout(settings.limit_s),
        headers={"User-Agent": _USER_AGENT},
    ) as client:
        for step in (_verify_url, _post_event):
            result = _unless_cancelled(functools.partial(step, client, crypto, settings), cancel)
            if result is None:
                break
            done(result)
    return results


def _unless_cancelled(call: Callable[[], StepResult], cancel: threading.Event | None) -> StepResult | None:
    """`call()`'s result, or None as soon as `cancel` is set.

    A request cannot be interrupted, so a cancelled one runs on unseen in its own thread, where
    the time limit ends it; whoever stopped the test does not wait for it.
    """
    if cancel is None:
        return call()
    if cancel.is_set():
        return None
    outcome: Future[StepResult] = Future()

    def run() -> None:
        try:
            outcome.set_result(call())
        except BaseException as exc:  # handed to the caller, unless it has stopped listening
            outcome.set_exception(exc)

    threading.Thread(target=run, name="callback-live-request", daemon=True).start()
    finished = threading.Event()
    outcome.add_done_callback(lambda _: finished.set())
    while not finished.wait(_CANCEL_POLL_S):
        if cancel.is_set():
            return None
    return outcome.result()


# -- config ----------------------------------------------------------------------------------


def _check_config(settings: LiveSettings) -> tuple[StepResult, CallbackCrypto | None, str | None]:
    """The config step, the crypto to send with and the proxy to send through (None: none or failed)."""
    try:
        crypto = CallbackCrypto(settings.token, settings.encoding_aes_key, settings.receive_id)
    except CallbackError as exc:
        failed = _config_failed(Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "EncodingAESKey 无效")), exc.text)
        return failed, None, None
    empty_token = None if settings.token else Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "Token 为空"))
    problem = empty_token or _url_problem(settings.url) or _proxy_problem(settings.proxy)
    if problem is not None:
        return _config_failed(problem, problem), None, None
    proxy = settings.proxy or None
    summary = Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "配置有效"))
    details = Text(
        QT_TRANSLATE_NOOP(
            "CallbackLiveTest",
            "URL：{url}\nReceiveId：{receive_id}\nPOST 格式：{form}\nAgentID：{agent_id}\n"
            "时限：{limit} 秒\n代理：{proxy}",
        ),
        url=settings.url,
        receive_id=repr(settings.receive_id),
        form=settings.form,
        agent_id=repr(settings.agent_id),
        limit=f"{settings.limit_s:g}",
        proxy=_shown_proxy(proxy) or Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "无")),
    )
    return StepResult("config", True, None, None, summary, (details,)), crypto, proxy


def _config_failed(summary: Text, details: Text) -> StepResult:
    return StepResult("config", False, None, None, summary, (details,))


def _url_problem(url: str) -> Text | None:
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
        httpx.URL(text)
    except (ValueError, httpx.InvalidURL) as exc:
        return Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "URL 无效：{error}"), error=str(exc))
    if parts.scheme.lower() not in ("http", "https"):
        return Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "URL 必须以 http:// 或 https:// 开头"))
    if not parts.hostname:
        return Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "URL 中没有主机名"))
    if any(char.isspace() for char in text):
        return Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "URL 中含有空白字符"))
    return None


def _proxy_problem(proxy: str | None) -> Text | None:
    if not proxy:
        return None
    try:
        parts = urlsplit(proxy)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        return Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "代理地址无效"))
    if parts.scheme.lower() not in _PROXY_SCHEMES or not parts.hostname:
        schemes = [scheme + "://" for scheme in _PROXY_SCHEMES]
        return Text(
            QT_TRANSLATE_NOOP("CallbackLiveTest", "代理地址应以 {schemes} 开头"),
            schemes=listed(schemes, QT_TRANSLATE_NOOP("CallbackLiveTest", "{first}、{rest}")),
        )
    return None


def _shown_proxy(proxy: str | None) -> str:
    """scheme://host:port of a proxy, without any user name or password."""
    if not proxy:
        return ""
    parts = urlsplit(proxy)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}"


# -- verify_url ------------------------------------------------------------------------------


def _verify_url(client: httpx.Client, crypto: CallbackCrypto, settings: LiveSettings) -> StepResult:
    plaintext = str(10**18 + secrets.randbelow(9 * 10**18))  # 19 digits, like WeCom's
    timestamp, nonce = str(int(time.time())), random_nonce()
    echostr = crypto.encrypt(plaintext)
    query = {
        "msg_signature": signature(crypto.token, timestamp, nonce, echostr),
        "timestamp": timestamp,
        "nonce": nonce,
        "echostr": echostr,
    }
    url = _with_query(settings.url, query)
    sent = Text(
        QT_TRANSLATE_NOOP(
            "CallbackLiveTest", "发送：GET {url}\necho 明文：{plaintext}（随机生成，加密后作为 echostr）"
        ),
        url=url,
        plaintext=repr(plaintext),
    )
    outcome = _send("verify_url", lambda: client.get(url), settings, sent)
    if isinstance(outcome, StepResult):
        return outcome
    response, elapsed, received = outcome
    mismatch = echo_mismatch(response.content, plaintext, echostr)
    if mismatch is not None:
        expected = Text(
            QT_TRANSLATE_NOOP("CallbackLiveTest", "应返回：{plaintext}"), plaintext=repr(plaintext)
        )
        return _result("verify_url", False, elapsed, 200, mismatch, sent, received, expected)
    if elapsed > settings.limit_s:
        return _result(
            "verify_url", False, elapsed, 200, _too_slow(elapsed, settings.limit_s), sent, received
        )
    passed = Text(
        QT_TRANSLATE_NOOP("CallbackLiveTest", "URL 验证通过：{elapsed} 秒内返回了正确的明文"),
        elapsed=f"{elapsed:.2f}",
    )
    return _result("verify_url", True, elapsed, 200, passed, sent, received)


def _send(
    step: Step, request: Callable[[], httpx.Response], settings: LiveSettings, sent: Text
) -> tuple[httpx.Response, float, Text] | StepResult:
    """The response, its time and its description; or the failed step when none or not HTTP 200 came."""
    started = time.monotonic()
    try:
        response = request()
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        elapsed = time.monotonic() - started
        failure = transport_failure(exc, settings.url, settings.limit_s)
        return _result(step, False, elapsed, None, failure, sent, _no_response(elapsed))
    elapsed = time.monotonic() - started
    received = _received(response, elapsed)
    if response.status_code != 200:
        return _result(step, False, elapsed, response.status_code, bad_status(response), sent, received)
    return response, elapsed, received


# -- post_event ------------------------------------------------------------------------------


def _post_event(client: httpx.Client, crypto: CallbackCrypto, settings: LiveSettings) -> StepResult:
    now = int(time.time())
    event = _notify_event(settings, now)
    body = crypto.encrypt_body(event, settings.form, settings.agent_id)
    timestamp, nonce = str(now), random_nonce()
    query = {
        "msg_signature": signature(crypto.token, timestamp, nonce, encrypted_field(body)),
        "timestamp": timestamp,
        "nonce": nonce,
    }
    url = _with_query(settings.url, query)
    content_type = "application/json" if settings.form == "json" else "text/xml"
    sent = Text(
        QT_TRANSLATE_NOOP(
            "CallbackLiveTest",
            "发送：POST {url}\nContent-Type: {content_type}\n事件明文：{event}\n请求体：{body}",
        ),
        url=url,
        content_type=content_type,
        event=preview(event),
        body=preview(body),
    )
    outcome = _send(
        "post_event",
        lambda: client.post(url, content=body.encode("utf-8"), headers={"Content-Type": content_type}),
        settings,
        sent,
    )
    if isinstance(outcome, StepResult):
        return outcome
    response, elapsed, received = outcome
    if elapsed > settings.limit_s:
        return _result(
            "post_event", False, elapsed, 200, _too_slow(elapsed, settings.limit_s), sent, received
        )
    delivered = Text(
        QT_TRANSLATE_NOOP("CallbackLiveTest", "事件推送成功：{elapsed} 秒内返回了 HTTP 200，{reply}"),
        elapsed=f"{elapsed:.2f}",
        reply=_reply(response.text, crypto),
    )
    return _result("post_event", True, elapsed, 200, delivered, sent, received)


def _notify_event(settings: LiveSettings, now: int) -> str:
    """The decrypted msgaudit_notify event WeCom pushes when there are new archive messages."""
    if settings.form == "json":
        agent: int | str = int(settings.agent_id) if settings.agent_id.isdigit() else settings.agent_id
        return json.dumps(
            {
                "ToUserName": settings.receive_id,
                "FromUserName": "sys",
                "CreateTime": now,
                "MsgType": "event",
                "AgentID": agent,
                "Event": "msgaudit_notify",
            },
            ensure_ascii=False,
        )
    return (
        f"<xml><ToUserName><![CDATA[{settings.receive_id}]]></ToUserName>"
        f"<FromUserName><![CDATA[sys]]></FromUserName><CreateTime>{now}</CreateTime>"
        f"<MsgType><![CDATA[event]]></MsgType><AgentID>{escape(settings.agent_id)}</AgentID>"
        f"<Event><![CDATA[msgaudit_notify]]></Event></xml>"
    )


def _reply(text: str, crypto: CallbackCrypto) -> Text:
    """What a 200 answer to an event held: nothing, an encrypted passive reply, or something else."""
    if not text.strip():
        return Text(QT_TRANSLATE_NOOP("CallbackLiveTest", "响应体为空（正确）"))
    fields = reply_fields(text)
    if {"msg_signature", "timestamp", "nonce"} <= fields.keys():
        try:
            decrypted = crypto.decrypt_body(
                text, fields["msg_signature"], fields["timestamp"], fields["nonce"]
            )
        except CallbackError as exc:
            return Text(
                QT_TRANSLATE_NOOP(
                    "CallbackLiveTest", "但附带的被动回复无法解密（企业微信只需要 200）：{error}"
                ),
                error=exc.text,
            )
        return Text(
            QT_TRANSLATE_NOOP("CallbackLiveTest", "附带的被动回复已解密：{message}"),
            message=preview(decrypted.message),
        )
    return Text(
        QT_TRANSLATE_NOOP(
            "CallbackLiveTest", "响应体不是加密的被动回复，企业微信会忽略它（事件只需返回空响应体）"
        )
    )


# -- shared ----------------------------------------------------------------------------------


def _with_query(url: str, params: dict[str, str]) -> str:
    """The URL with `params` appended to its own query, percent-encoded as WeCom does ('+' → %2B)."""
    parts = urlsplit(url.strip())
    added = "&".join(f"{name}={quote(value, safe='')}" for name, value in params.items())
    query = f"{parts.query}&{added}" if parts.query else added
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def _received(response: httpx.Response, elapsed: float) -> Text:
    kind = response.headers.get("content-type", "—")
    size = len(response.content)
    return Text(
        QT_TRANSLATE_NOOP(
            "CallbackLiveTest",
            "收到：HTTP {status}，用时 {elapsed} 秒，Content-Type: {content_type}\n响应体（{size} 字节）：{body}",
        ),
        status=response.status_code,
        elapsed=f"{elapsed:.3f}",
        content_type=kind,
        size=size,
        body=preview(response.content),
    )


def _no_response(elapsed: float) -> Text:
    return Text(
        QT_TRANSLATE_NOOP("CallbackLiveTest", "没有收到响应（{elapsed} 秒后放弃）"), elapsed=f"{elapsed:.3f}"
    )


def _too_slow(elapsed: float, limit_s: float) -> Text:
    return Text(
        QT_TRANSLATE_NOOP("CallbackLiveTest", "响应用了 {elapsed} 秒，超过 {limit} 秒：企业微信会放弃并重试"),
        elapsed=f"{elapsed:.2f}",
        limit=f"{limit_s:g}",
    )


def _result(
    step: Step, ok: bool, elapsed: float, status: int | None, summary: Text, *details: Text
) -> StepResult:
    return StepResult(step, ok, elapsed, status, summary, details)


def _without_secrets(result: StepResult, settings: LiveSettings) -> StepResult:
    """The result with the token and key blanked out, should a server have echoed them back."""
    secrets_shown = [
        value
        for value in (settings.token, settings.encoding_aes_key.strip())
        if len(value) >= MIN_SECRET_LENGTH
    ]

    def clean(text: Text) -> Text:
        """The text with the secrets blanked out of its values: its templates never hold any."""
        params = {}
        for name, value in text.params.items():
            if isinstance(value, Text):
                value = clean(value)
            elif isinstance(value, str):
                for secret in secrets_shown:
                    value = value.replace(secret, REDACTED)
            params[name] = value
        return Text(text.source, **params)

    return replace(
        result, summary=clean(result.summary), details=tuple(clean(block) for block in result.details)
    )
