"""`wecom-desktop callback …` run as a user runs it: a real process, stdin, files and HTTP."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import pytest

from tests.callback_vectors import CORP, ECHOSTR, KEY, NONCE, PLAINTEXT, SIGNATURE, TIMESTAMP, TOKEN
from wecom_desktop.crypto.callback import CallbackCrypto, encrypted_field, parse_aes_key, signature

CREDENTIALS = ("--token", TOKEN, "--aes-key", KEY)
COMMAND = [sys.executable, "-m", "wecom_desktop", "callback"]


def environment(**extra: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("WECOM_")}, **extra}


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args],
        input=stdin,
        env=env or environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def official_url() -> str:
    return (
        f"https://example.com/callback?msg_signature={SIGNATURE}&timestamp={TIMESTAMP}"
        f"&nonce={NONCE}&echostr={quote(ECHOSTR, safe='')}"
    )


def test_verify_url_with_the_official_vector_as_a_url_prints_exactly_the_body_to_answer() -> None:
    done = run("verify-url", *CREDENTIALS, "--receive-id", CORP, "--url", official_url())
    assert done.returncode == 0, done.stderr
    assert done.stdout == PLAINTEXT  # redirected: no newline, WeCom compares the body as it is
    assert "percent-decoded, '+' kept as '+'" in done.stderr
    assert f"ReceiveId: '{CORP}'" in done.stderr and "checked" in done.stderr


def test_verify_url_with_the_four_flags_reports_the_carried_receive_id() -> None:
    done = run(
        "verify-url",
        *CREDENTIALS,
        "--signature",
        SIGNATURE,
        "--timestamp",
        TIMESTAMP,
        "--nonce",
        NONCE,
        "--echostr",
        ECHOSTR.replace("+", " "),  # pasted from a form-decoded log
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == PLAINTEXT
    assert "spaces turned back into '+'" in done.stderr
    assert f"ReceiveId: '{CORP}'" in done.stderr and "not checked" in done.stderr


def test_verify_url_from_a_log_line_whose_plus_signs_became_spaces() -> None:
    line = (
        f'127.0.0.1 - - [01/Sep/2014:20:06:29] "GET /callback?msg_signature={SIGNATURE}&timestamp={TIMESTAMP}'
        f'&nonce={NONCE}&echostr={ECHOSTR.replace("+", " ")} HTTP/1.1" 400 -'
    )
    done = run("verify-url", *CREDENTIALS, "--receive-id", CORP, "--url", line)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == PLAINTEXT
    assert "把空格还原成 “+”" in done.stderr and "spaces turned back into '+'" in done.stderr


def test_values_given_with_what_copying_adds_around_them_verify() -> None:
    done = run(
        "verify-url",
        *CREDENTIALS,
        "--receive-id",
        f"{CORP} ",
        "--signature",
        f" {SIGNATURE}",
        "--timestamp",
        f"{TIMESTAMP} ",
        "--nonce",
        f"\ufeff{NONCE}",
        "--echostr",
        f"{quote(ECHOSTR, safe='')}\n",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == PLAINTEXT and "checked" in done.stderr


def test_an_echostr_whose_leading_plus_became_a_space_still_verifies() -> None:
    crypto = CallbackCrypto(TOKEN, KEY, CORP)
    echostr = ""
    while not echostr.startswith("+"):  # one ciphertext in 64 starts with '+'
        echostr = encrypted_field(crypto.encrypt_reply("echo", "1", "2"))
    done = run(
        "verify-url",
        *CREDENTIALS,
        "--signature",
        signature(TOKEN, TIMESTAMP, NONCE, echostr),
        "--timestamp",
        TIMESTAMP,
        "--nonce",
        NONCE,
        "--echostr",
        " " + echostr[1:],  # form-decoded: the '+' is a space
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "echo"


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_serve_on_a_port_that_cannot_be_is_a_usage_error(port: str) -> None:
    done = run("serve", *CREDENTIALS, "--port", port)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--port" in done.stderr and port in done.stderr


def test_verify_url_with_a_wrong_token_fails_with_minus_40001() -> None:
    done = run("verify-url", "--token", "wrong", "--aes-key", KEY, "--url", official_url())
    assert done.returncode == 1
    assert done.stdout == ""
    assert "[-40001] 签名校验失败" in done.stderr and "[-40001] signature verification failed" in done.stderr


def test_a_42_character_key_fails_with_minus_40004() -> None:
    done = run("verify-url", "--token", TOKEN, "--aes-key", KEY[:-1], "--url", official_url())
    assert done.returncode == 1
    assert "-40004" in done.stderr and "this one has 42" in done.stderr


def test_credentials_from_the_environment_and_usage_errors() -> None:
    env = environment(WECOM_CALLBACK_TOKEN=TOKEN, WECOM_CALLBACK_AES_KEY=KEY)
    done = run("verify-url", "--url", official_url(), env=env)
    assert done.returncode == 0 and done.stdout.strip() == PLAINTEXT
    missing = run("verify-url", "--url", official_url())
    assert missing.returncode == 2 and "--token" in missing.stderr
    both = run("verify-url", *CREDENTIALS, "--url", official_url(), "--nonce", NONCE)
    assert both.returncode == 2 and "cannot be combined" in both.stderr
    help_text = run("verify-url", "--help").stdout
    assert "WECOM_CALLBACK_TOKEN" in help_text and "WECOM_CALLBACK_AES_KEY" in help_text


def signed_body(form: Literal["xml", "json"]) -> tuple[str, str, str]:
    """A POST body as WeCom sends it, its query string and its plaintext."""
    crypto = CallbackCrypto(TOKEN, KEY, CORP)
    message = (
        "<xml><Event><![CDATA[msgaudit_notify]]></Event></xml>"
        if form == "xml"
        else '{"Event": "msgaudit_notify"}'
    )
    body = crypto.encrypt_body(message, form, "1000002")
    query = f"msg_signature={signature(TOKEN, '1409659813', '1372623149', encrypted_field(body))}"
    return body, f"{query}&timestamp=1409659813&nonce=1372623149", message


@pytest.mark.parametrize("source", ["stdin", "file"])
@pytest.mark.parametrize("form", ["xml", "json"])
def test_decrypt_a_post_body(form: Literal["xml", "json"], source: str, tmp_path: Path) -> None:
    body, query, message = signed_body(form)
    (tmp_path / "body").write_text(body)
    args = ["decrypt", *CREDENTIALS, "--receive-id", CORP, "--url", f"POST /callback?{query} HTTP/1.1"]
    done = run(*args, stdin=body) if source == "stdin" else run(*args, str(tmp_path / "body"))
    assert done.returncode == 0, done.stderr
    assert done.stdout == message
    assert f"ReceiveId: '{CORP}'" in done.stderr


def test_decrypt_with_the_three_flags_and_a_tampered_nonce(tmp_path: Path) -> None:
    body, query, message = signed_body("json")
    (tmp_path / "body.json").write_text(body)
    values = dict(part.split("=") for part in query.split("&"))
    flags = ["--signature", values["msg_signature"], "--timestamp", values["timestamp"]]
    done = run("decrypt", *CREDENTIALS, *flags, "--nonce", values["nonce"], str(tmp_path / "body.json"))
    assert done.returncode == 0, done.stderr
    assert done.stdout == message and "not checked" in done.stderr
    tampered = run("decrypt", *CREDENTIALS, *flags, "--nonce", "1", str(tmp_path / "body.json"))
    assert tampered.returncode == 1 and "-40001" in tampered.stderr
    unsigned = run("decrypt", *CREDENTIALS, str(tmp_path / "body.json"))
    assert unsigned.returncode == 2 and "no signature" in unsigned.stderr


def test_encrypt_then_decrypt_a_passive_reply_through_the_cli(tmp_path: Path) -> None:
    plaintext = "<xml><Content><![CDATA[你好]]></Content></xml>\n"
    for form in ("xml", "json"):
        envelope = run(
            "encrypt", *CREDENTIALS, "--receive-id", CORP, "--format", form, "--nonce", "42", stdin=plaintext
        )
        assert envelope.returncode == 0, envelope.stderr
        assert ("<MsgSignature>" in envelope.stdout) == (form == "xml")
        (tmp_path / f"reply.{form}").write_text(envelope.stdout)
        decrypted = run("decrypt", *CREDENTIALS, "--receive-id", CORP, str(tmp_path / f"reply.{form}"))
        assert decrypted.returncode == 0, decrypted.stderr
        assert decrypted.stdout == plaintext


def test_encrypt_a_post_body_prints_its_query_string() -> None:
    made = run(
        "encrypt", *CREDENTIALS, "--receive-id", CORP, "--body", "--timestamp", "1409659813", stdin="hi"
    )
    assert made.returncode == 0, made.stderr
    query = made.stderr.strip()
    assert query.startswith("msg_signature=") and "&timestamp=1409659813&nonce=" in query
    decrypted = run("decrypt", *CREDENTIALS, "--receive-id", CORP, "--url", query, stdin=made.stdout)
    assert decrypted.returncode == 0, decrypted.stderr
    assert decrypted.stdout == "hi"


def test_generate_makes_a_valid_key_and_token() -> None:
    done = run("generate")
    assert done.returncode == 0
    values = dict(line.split("=", 1) for line in done.stdout.splitlines())
    assert len(parse_aes_key(values["aes_key"])) == 32
    assert values["token"].isalnum() and len(values["token"]) == 32


def test_explain_a_code_and_refuse_an_unknown_one() -> None:
    done = run("explain", "-40005")
    assert done.returncode == 0
    assert "[-40005] ReceiveId 校验失败" in done.stdout and "[-40005] ReceiveId check failed" in done.stdout
    assert "可能原因：" in done.stdout and "Likely cause:" in done.stdout
    unknown = run("explain", "-12345")
    assert unknown.returncode == 2 and "not a callback error code" in unknown.stderr


def test_serve_then_live_test_against_it() -> None:
    server = subprocess.Popen(
        [*COMMAND, "serve", "--port", "0", *CREDENTIALS, "--receive-id", CORP],
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), server.stderr.read() if server.stderr else ""
        tested = run("live-test", "--url", url, *CREDENTIALS, "--receive-id", CORP, "--format", "json")
        assert tested.returncode == 0, tested.stdout + tested.stderr
        lines = tested.stdout.splitlines()
        assert [line.split()[:2] for line in lines if not line.startswith(" ")] == [
            ["✓", "config"],
            ["✓", "verify_url"],
            ["✓", "post_event"],
        ]
        assert "URL 验证通过" in tested.stdout and "URL verification passed" in tested.stdout
        wrong = run("live-test", "--url", url, *CREDENTIALS, "--receive-id", "ww0000000000000000")
        assert wrong.returncode == 1 and "✗ verify_url" in wrong.stdout and "-40005" in wrong.stdout
        server.send_signal(signal.SIGINT)
        out, _ = server.communicate(timeout=30)
        assert server.returncode == 0
        log = out.splitlines()
        assert log[0] == "GET / 200 URL verified, ReceiveId 'wx5823bf96d3bd56c7' (code 0)"
        assert log[1].startswith("POST / 200 decrypted")
        assert log[2].startswith("GET / 400") and log[2].endswith("(code -40005)")
        assert TOKEN not in out and KEY not in out
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
