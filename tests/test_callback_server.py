"""The reference callback server answers as a correct callback handler must, over real HTTP."""

from __future__ import annotations

import io
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest

from tests.callback_vectors import CORP, ECHOSTR, KEY, NONCE, PLAINTEXT, SIGNATURE, TIMESTAMP, TOKEN
from wecom_desktop.callback_check.reference_server import CallbackServer, raw_query, read_chunked
from wecom_desktop.crypto.callback import CallbackCrypto, encrypted_field, signature


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(trust_env=False) as client:
        yield client


@pytest.fixture
def log() -> list[str]:
    return []


@pytest.fixture
def server(log: list[str]) -> Iterator[CallbackServer]:
    with CallbackServer(TOKEN, KEY, CORP, log=log.append) as running:
        yield running


def official_query(echostr: str = ECHOSTR) -> str:
    return f"msg_signature={SIGNATURE}&timestamp={TIMESTAMP}&nonce={NONCE}&echostr={quote(echostr, safe='')}"


def test_raw_query_keeps_plus_signs() -> None:
    assert raw_query("a=x+y%2Bz&b=%2F&&c") == {"a": "x+y+z", "b": "/", "c": ""}


def test_the_official_verification_request_gets_the_bare_plaintext(
    server: CallbackServer, log: list[str], http: httpx.Client
) -> None:
    response = http.get(f"{server.url}?{official_query()}")
    assert response.status_code == 200
    assert response.content == PLAINTEXT.encode()
    assert response.headers["content-type"].startswith("text/plain")
    assert log == [f"GET / 200 URL verified, ReceiveId '{CORP}' (code 0)"]


def test_a_plus_sent_unencoded_stays_a_plus(server: CallbackServer, http: httpx.Client) -> None:
    query = f"msg_signature={SIGNATURE}&timestamp={TIMESTAMP}&nonce={NONCE}&echostr={ECHOSTR}"
    response = http.get(f"{server.url}?{query}")
    assert response.status_code == 200 and response.text == PLAINTEXT


def test_a_wrong_signature_is_refused_with_its_code(
    server: CallbackServer, log: list[str], http: httpx.Client
) -> None:
    response = http.get(f"{server.url}?{official_query().replace(SIGNATURE, '0' * 40)}")
    assert response.status_code == 400
    assert response.text.startswith("-40001\n[-40001] signature verification failed")
    assert log[-1].startswith("GET / 400 ") and log[-1].endswith("(code -40001)")


def test_a_posted_event_is_decrypted_and_kept(
    server: CallbackServer, log: list[str], http: httpx.Client
) -> None:
    crypto = CallbackCrypto(TOKEN, KEY, CORP)
    body = crypto.encrypt_body('{"Event": "msgaudit_notify"}', "json", "1000002")
    signed = signature(TOKEN, "1409659813", "1372623149", encrypted_field(body))
    response = http.post(
        f"{server.url}?msg_signature={signed}&timestamp=1409659813&nonce=1372623149", content=body
    )
    assert response.status_code == 200 and response.content == b""
    assert [(item.message, item.receive_id) for item in server.received] == [
        ('{"Event": "msgaudit_notify"}', CORP)
    ]
    assert log[-1].startswith("POST / 200 decrypted")


def test_a_post_that_is_not_xml_or_json_is_refused(server: CallbackServer, http: httpx.Client) -> None:
    response = http.post(f"{server.url}?msg_signature=ab&timestamp=1&nonce=2", content=b"hello")
    assert response.status_code == 400 and response.text.startswith("-40002")
    assert server.received == []


def test_missing_parameters_and_methods(server: CallbackServer, log: list[str], http: httpx.Client) -> None:
    missing = http.get(f"{server.url}?timestamp=1")
    assert missing.status_code == 400 and "msg_signature, nonce, echostr" in missing.text
    refused = http.put(server.url, content=b"x")
    assert refused.status_code == 405 and refused.headers["allow"] == "GET, POST"
    assert len(log) == 2


def test_the_path_set_in_wecom_is_answered_whatever_it_is(
    server: CallbackServer, log: list[str], http: httpx.Client
) -> None:
    for path in ("callback", "wecom/cb/"):
        response = http.get(f"{server.url}{path}?{official_query()}")
        assert response.status_code == 200 and response.text == PLAINTEXT
    assert log[-1].startswith("GET /wecom/cb/ 200 URL verified")


def test_a_post_in_chunks_is_decrypted(server: CallbackServer, http: httpx.Client) -> None:
    crypto = CallbackCrypto(TOKEN, KEY, CORP)
    body = crypto.encrypt_body("<xml><Event>msgaudit_notify</Event></xml>", "xml", "1000002").encode()
    signed = signature(TOKEN, "1409659813", "1372623149", encrypted_field(body))
    chunks = iter([body[:100], body[100:101], body[101:]])  # an iterator: httpx sends it chunked
    response = http.post(
        f"{server.url}?msg_signature={signed}&timestamp=1409659813&nonce=1372623149", content=chunks
    )
    assert response.status_code == 200, response.text
    assert [item.message for item in server.received] == ["<xml><Event>msgaudit_notify</Event></xml>"]


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        (b"5\r\nhello\r\n0\r\n\r\n", b"hello"),
        (b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n", b"abcde"),
    ],
)
def test_chunked_bodies_are_read_whole(raw: bytes, body: bytes) -> None:
    assert read_chunked(io.BufferedReader(io.BytesIO(raw)), 100) == body


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"zz\r\nhello\r\n0\r\n\r\n", "chunk size"),
        (b"65\r\n" + b"x" * 101 + b"\r\n0\r\n\r\n", "over 100 bytes"),
        (b"5\r\nhel", "truncated"),
        (b"0x5\r\nhello\r\n0\r\n\r\n", "chunk size"),
        (b"1_0\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n", "chunk size"),
        (b"+5\r\nhello\r\n0\r\n\r\n", "chunk size"),
        (b"\r\nhello\r\n0\r\n\r\n", "chunk size"),
        (
            b"5\r\nhello\r\n0\r\n" + b"X-Pad: " + b"y" * 80 + b"\r\n" + b"X-Pad: y\r\n" * 20 + b"\r\n",
            "over 100",
        ),
    ],
)
def test_malformed_or_oversized_chunked_bodies_are_refused(raw: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        read_chunked(io.BufferedReader(io.BytesIO(raw)), 100)


def test_an_empty_post_says_its_body_is_empty(server: CallbackServer, http: httpx.Client) -> None:
    response = http.post(f"{server.url}?msg_signature=ab&timestamp=1&nonce=2", content=b"")
    assert response.status_code == 400 and response.text.startswith("-40002")
    assert "empty" in response.text


def test_no_log_line_shows_the_token_or_key(
    server: CallbackServer, log: list[str], http: httpx.Client
) -> None:
    http.get(f"{server.url}?{official_query()}")
    http.get(f"{server.url}?{official_query(ECHOSTR.replace('+', ' '))}")
    http.post(f"{server.url}?msg_signature=ab&timestamp=1&nonce=2", content=b"<xml/>")
    assert len(log) == 3
    assert not any(TOKEN in line or KEY in line for line in log)


def test_without_a_receive_id_nothing_is_checked(http: httpx.Client) -> None:
    with CallbackServer(TOKEN, KEY, None) as server:
        response = http.get(f"{server.url}?{official_query()}")
    assert response.text == PLAINTEXT


def test_stop_frees_the_port(http: httpx.Client) -> None:
    server = CallbackServer(TOKEN, KEY, CORP)
    server.start()
    url = server.url
    server.stop()
    with pytest.raises(httpx.ConnectError):
        http.get(url)
