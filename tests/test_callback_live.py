"""The live tester against the reference server and against deliberately broken local servers."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

from tests.callback_vectors import CORP, KEY, TOKEN
from wecom_desktop.callback_check.live_test import LiveSettings, StepResult, run_live_test
from wecom_desktop.callback_check.reference_server import CallbackServer, raw_query
from wecom_desktop.crypto.callback import CallbackCrypto

CRYPTO = CallbackCrypto(TOKEN, KEY, CORP)


def settings(url: str, **changes: Any) -> LiveSettings:
    return replace(LiveSettings(url, TOKEN, KEY, CORP), **changes)


def live(config: LiveSettings, cancel: threading.Event | None = None) -> list[StepResult]:
    """Run the tester; every step is reported once, in order, and never shows the token or key."""
    reported: list[StepResult] = []
    results = run_live_test(config, reported.append, cancel)
    assert reported == results
    for result in results:
        for name in ("summary_zh", "summary_en", "details_zh", "details_en"):
            text = getattr(result, name)
            assert TOKEN not in text and KEY not in text, (name, text)
    return results


def by_step(results: list[StepResult]) -> dict[str, StepResult]:
    return {result.step: result for result in results}


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


@contextmanager
def serving(
    on_get: Callable[[str, str], Answer], on_post: Callable[[bytes], Answer] = lambda body: Answer()
) -> Iterator[str]:
    """A deliberately imperfect callback server: on_get sees the decrypted plaintext and the echostr."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            params = raw_query(urlsplit(self.path).query)
            plaintext = CRYPTO.verify_url(
                params["msg_signature"], params["timestamp"], params["nonce"], params["echostr"]
            ).message
            self._send(on_get(plaintext, params["echostr"]))

        def do_POST(self) -> None:
            self._send(on_post(self.rfile.read(int(self.headers["Content-Length"]))))

        def _send(self, answer: Answer) -> None:
            time.sleep(answer.delay_s)
            try:
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except OSError:
                pass  # the tester gave up waiting (the slow-server case)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/callback?app=archive"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize("form", ["xml", "json"])
def test_every_step_passes_against_the_reference_server(form: Literal["xml", "json"]) -> None:
    with CallbackServer(TOKEN, KEY, CORP) as server:
        results = live(settings(server.url, form=form, agent_id="1000002"))
        received = list(server.received)
    assert [(r.step, r.ok) for r in results] == [("config", True), ("verify_url", True), ("post_event", True)]
    steps = by_step(results)
    assert steps["verify_url"].status == 200 and steps["post_event"].status == 200
    assert steps["verify_url"].summary_en.startswith("URL verification passed")
    assert "empty body" in steps["post_event"].summary_en
    assert len(received) == 1 and received[0].receive_id == CORP
    if form == "xml":
        root = ElementTree.fromstring(received[0].message)
        event = {child.tag: child.text for child in root}
    else:
        event = json.loads(received[0].message)
    assert event["Event"] == "msgaudit_notify" and event["MsgType"] == "event"
    assert event["ToUserName"] == CORP and event["FromUserName"] == "sys"
    assert str(event["AgentID"]) == "1000002" and int(str(event["CreateTime"])) > 1_600_000_000


def test_the_query_of_the_url_is_kept_and_the_echostr_is_percent_encoded() -> None:
    def on_get(plaintext: str, echostr: str) -> Answer:
        return Answer(body=plaintext.encode())

    with serving(on_get) as url:
        results = live(settings(url))
    assert all(result.ok for result in results)
    sent = by_step(results)["verify_url"].details_en.splitlines()[0]
    assert sent.startswith("sent: GET http://127.0.0.1:") and "/callback?app=archive&msg_signature=" in sent
    echostr = sent.rsplit("echostr=", 1)[1]
    assert "+" not in echostr and "/" not in echostr and "=" not in echostr


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (lambda plain, echo: Answer(body=b"1234567890"), "the body is not the plaintext: expected"),
        (lambda plain, echo: Answer(body=f'"{plain}"'.encode()), "wrapped in quotes"),
        (lambda plain, echo: Answer(body=f"{plain}\n".encode()), "trailing newline or whitespace '\\n'"),
        (lambda plain, echo: Answer(body=b"\xef\xbb\xbf" + plain.encode()), "UTF-8 BOM"),
        (
            lambda plain, echo: Answer(body=b"<!DOCTYPE html><html><body>Welcome to nginx!</body></html>"),
            "an HTML page came back",
        ),
        (lambda plain, echo: Answer(body=echo.encode()), "the encrypted echostr was echoed back"),
        (lambda plain, echo: Answer(body=b""), "the body is empty"),
    ],
    ids=["wrong", "quoted", "newline", "bom", "html", "ciphertext", "empty"],
)
def test_a_wrong_verification_body_is_named(answer: Callable[[str, str], Answer], expected: str) -> None:
    with serving(answer) as url:
        results = live(settings(url))
    steps = by_step(results)
    assert steps["config"].ok and steps["post_event"].ok  # the POST step still runs and passes
    verify = steps["verify_url"]
    assert not verify.ok and verify.status == 200
    assert expected in verify.summary_en
    assert verify.summary_zh and "expected: '" in verify.details_en


def test_a_slow_server_is_reported_as_no_answer_within_the_limit() -> None:
    with serving(
        lambda plain, echo: Answer(body=plain.encode(), delay_s=1.0),
        lambda body: Answer(delay_s=1.0),
    ) as url:
        results = live(settings(url, limit_s=0.5))
    steps = by_step(results)
    for step in ("verify_url", "post_event"):
        assert not steps[step].ok and steps[step].status is None
        assert "no answer within 0.5 s" in steps[step].summary_en and "retries" in steps[step].summary_en


def test_http_500_fails_both_steps() -> None:
    with serving(lambda plain, echo: Answer(500, b"boom"), lambda body: Answer(500, b"boom")) as url:
        results = live(settings(url))
    steps = by_step(results)
    for step in ("verify_url", "post_event"):
        assert not steps[step].ok and steps[step].status == 500
        assert steps[step].summary_en.startswith("HTTP 500: WeCom accepts only 200")


def test_a_redirect_is_a_failure_because_wecom_does_not_follow_it() -> None:
    moved = Answer(302, headers={"Location": "https://example.com/callback"})
    with serving(lambda plain, echo: moved, lambda body: moved) as url:
        results = live(settings(url))
    verify = by_step(results)["verify_url"]
    assert not verify.ok and verify.status == 302
    assert "https://example.com/callback" in verify.summary_en
    assert "does not follow redirects" in verify.summary_en
    assert not by_step(results)["post_event"].ok


def test_a_closed_port_is_reported_as_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    results = live(settings(f"http://127.0.0.1:{port}/"))
    steps = by_step(results)
    assert steps["config"].ok
    for step in ("verify_url", "post_event"):
        assert not steps[step].ok and steps[step].status is None
        assert steps[step].summary_en.startswith(f"connection refused: nothing listens on 127.0.0.1:{port}")
        assert "连接被拒绝" in steps[step].summary_zh


def test_a_receive_id_mismatch_fails_with_the_servers_code() -> None:
    with CallbackServer(TOKEN, KEY, "ww0000000000000000") as server:
        results = live(settings(server.url))
        assert server.received == []
    for step in ("verify_url", "post_event"):
        result = by_step(results)[step]
        assert not result.ok and result.status == 400
        assert "the server reports -40005 (ReceiveId check failed)" in result.summary_en
        assert "-40005" in result.details_en and "'wx5823bf96d3bd56c7'" in result.details_en


def test_an_encrypted_passive_reply_is_decrypted_and_reported() -> None:
    def on_post(body: bytes) -> Answer:
        return Answer(
            body=CRYPTO.encrypt_reply("<xml><Content>hello</Content></xml>", "1409659813", "42").encode()
        )

    with serving(lambda plain, echo: Answer(body=plain.encode()), on_post) as url:
        results = live(settings(url))
    post = by_step(results)["post_event"]
    assert post.ok and "decrypts to '<xml><Content>hello</Content></xml>'" in post.summary_en


def test_a_plain_reply_body_is_accepted_but_named() -> None:
    with serving(
        lambda plain, echo: Answer(body=plain.encode()), lambda body: Answer(body=b"success")
    ) as url:
        results = live(settings(url))
    post = by_step(results)["post_event"]
    assert post.ok and "not an encrypted passive reply" in post.summary_en


def test_a_server_echoing_the_token_never_shows_it() -> None:
    echoing = Answer(500, f"token={TOKEN} key={KEY}".encode())
    with serving(lambda plain, echo: echoing, lambda body: echoing) as url:
        results = live(settings(url))  # live() asserts neither appears
    assert "[已隐藏/redacted]" in by_step(results)["verify_url"].details_en


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"encoding_aes_key": KEY[:-1]}, "an EncodingAESKey has 43 characters; this one has 42"),
        ({"url": "ftp://example.com/"}, "the URL must start with http:// or https://"),
        ({"url": "http:///path"}, "the URL has no host name"),
        ({"url": "http://[::1/"}, "the URL is invalid"),
        ({"token": ""}, "the token is empty"),
        ({"proxy": "gopher://proxy:1"}, "the proxy URL must start with"),
    ],
)
def test_a_bad_configuration_stops_at_the_config_step(changes: dict[str, Any], expected: str) -> None:
    results = live(replace(settings("http://127.0.0.1:9/"), **changes))
    assert len(results) == 1
    assert results[0].step == "config" and not results[0].ok
    assert expected in results[0].details_en or expected in results[0].summary_en


def test_cancelling_between_steps_returns_the_steps_done() -> None:
    cancel = threading.Event()
    with CallbackServer(TOKEN, KEY, CORP) as server:

        def report(result: StepResult) -> None:
            if result.step == "verify_url":
                cancel.set()

        results = run_live_test(settings(server.url), report, cancel)
        assert server.received == []
    assert [result.step for result in results] == ["config", "verify_url"]


def test_cancelling_during_a_request_returns_at_once_without_waiting_for_the_time_limit() -> None:
    cancel = threading.Event()
    with socket.socket() as silent:  # accepts the connection but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        finished: list[list[StepResult]] = []
        tester = threading.Thread(target=lambda: finished.append(live(settings(url, limit_s=30.0), cancel)))
        tester.start()
        silent.settimeout(30)
        connection, _ = silent.accept()  # the GET is under way
        with connection:
            cancelled_at = time.monotonic()
            cancel.set()
            tester.join(5)
            returned_after = time.monotonic() - cancelled_at
    assert not tester.is_alive() and returned_after < 2.0  # the request alone would hang for 30 s
    assert [result.step for result in finished[0]] == ["config"]


def test_an_unreachable_socks_proxy_fails_the_requests_without_showing_its_password() -> None:
    with CallbackServer(TOKEN, KEY, CORP) as server:
        results = live(settings(server.url, proxy="socks5://user:secret@127.0.0.1:1"))
        assert server.received == []
    steps = by_step(results)
    assert steps["config"].ok and "socks5://127.0.0.1:1" in steps["config"].details_en
    assert not steps["verify_url"].ok and not steps["post_event"].ok
    assert all(
        "secret" not in text
        for r in results
        for text in (r.summary_en, r.details_en, r.summary_zh, r.details_zh)
    )
