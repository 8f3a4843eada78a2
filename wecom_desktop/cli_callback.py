"""`wecom-desktop callback …`: verify, decrypt and encrypt callback messages, serve a reference
callback endpoint and test a live callback URL."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn
from urllib.parse import quote, unquote

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.crypto.callback import (
    CallbackCrypto,
    Decrypted,
    encrypted_field,
    generate_aes_key,
    generate_token,
    random_nonce,
    reply_fields,
    signature,
    trimmed,
)
from wecom_desktop.crypto.callback_errors import LIKELY_CAUSE, CallbackError, explain_code
from wecom_desktop.crypto.callback_paste import (
    PARAMETERS,
    PasteResult,
    Reading,
    pasted_parameters,
    readings,
    verify_pasted,
    verify_readings,
)
from wecom_desktop.secret_filter import register_secret

if TYPE_CHECKING:
    from wecom_desktop.callback_check.live_test import StepResult

TOKEN_ENV, AES_KEY_ENV = "WECOM_CALLBACK_TOKEN", "WECOM_CALLBACK_AES_KEY"
EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 1, 2, 130
_SIGNED = ("msg_signature", "timestamp", "nonce")


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    callback = commands.add_parser(
        "callback",
        parents=[common],
        help="WeCom callback URLs: verify, decrypt, encrypt, serve, live test",
        description=(
            "Tools for a WeCom callback URL (接收消息服务器): check a URL-verification request, decrypt and "
            "encrypt messages, run a reference callback server, and test a live URL as WeCom calls it. "
            f"The token and EncodingAESKey may come from the environment variables {TOKEN_ENV} and "
            f"{AES_KEY_ENV} instead of --token and --aes-key, keeping them off a shared machine's command line. "
            "Errors carry the official codes (-40001 … -40011); see 'callback explain CODE'."
        ),
    )
    actions = callback.add_subparsers(dest="callback_command", metavar="ACTION", required=True)

    verify = _action(
        actions,
        common,
        "verify-url",
        "check a URL-verification request (GET) and print the echostr plaintext",
        "Verify the signature of a URL-verification request and decrypt its echostr. Prints the plaintext "
        "alone on stdout (the exact body the server must answer) and, on stderr, how the values were read and "
        "the ReceiveId the echostr carries. '+' and space are ambiguous after URL decoding, so every plausible "
        "reading is tried and the one that verified is named.",
    )
    _credential_options(verify, receive_id_required=False)
    verify.add_argument(
        "--url",
        metavar="TEXT",
        help="the request as pasted: a full URL, a query string or a server log line",
    )
    verify.add_argument("--signature", metavar="S", help="msg_signature (instead of --url)")
    verify.add_argument("--timestamp", metavar="TS", help="timestamp (instead of --url)")
    verify.add_argument("--nonce", metavar="N", help="nonce (instead of --url)")
    verify.add_argument("--echostr", metavar="E", help="echostr, URL-encoded or not (instead of --url)")

    decrypt = _action(
        actions,
        common,
        "decrypt",
        "decrypt a POST body or an encrypted passive reply",
        'Verify and decrypt an XML (<Encrypt>) or JSON ("encrypt") body read from FILE or stdin. The '
        "signature comes from --url, from --signature/--timestamp/--nonce, or, for a passive-reply envelope, "
        "from the envelope itself. Prints the plaintext on stdout and the ReceiveId on stderr.",
    )
    _credential_options(decrypt, receive_id_required=False)
    decrypt.add_argument(
        "--url",
        metavar="TEXT",
        help="the POST's URL, query string or log line (for msg_signature, timestamp, nonce)",
    )
    decrypt.add_argument("--signature", metavar="S", help="msg_signature of the POST")
    decrypt.add_argument("--timestamp", metavar="TS", help="timestamp of the POST")
    decrypt.add_argument("--nonce", metavar="N", help="nonce of the POST")
    _input_argument(decrypt, "the body")

    encrypt = _action(
        actions,
        common,
        "encrypt",
        "encrypt a message into a passive reply or a POST body",
        "Encrypt the plaintext read from FILE or stdin, byte for byte (a trailing newline is part of it). "
        "Prints the signed passive-reply envelope; with --body, the POST body as WeCom sends it, and on "
        "stderr the query string (msg_signature=…&timestamp=…&nonce=…) to send with it.",
    )
    _credential_options(encrypt, receive_id_required=True)
    encrypt.add_argument(
        "--format", choices=("xml", "json"), default="xml", help="envelope format (default xml)"
    )
    encrypt.add_argument("--timestamp", metavar="TS", help="timestamp to sign with (default: now)")
    encrypt.add_argument("--nonce", metavar="N", help="nonce to sign with (default: a random number)")
    encrypt.add_argument("--body", action="store_true", help="make a POST body instead of a passive reply")
    encrypt.add_argument("--agent-id", default="", metavar="A", help="AgentID written into a --body")
    _input_argument(encrypt, "the plaintext")

    serve = _action(
        actions,
        common,
        "serve",
        "run a reference callback server in the foreground",
        "Serve a minimal callback endpoint at http://HOST:PORT/ (any path) until Ctrl+C: it answers URL verification "
        "with the bare plaintext and POSTed events with HTTP 200 and an empty body, or HTTP 400 with the "
        "error code. Prints its URL first, then one line per request.",
    )
    _credential_options(serve, receive_id_required=False)
    serve.add_argument(
        "--port", type=_port, required=True, metavar="P", help="port to listen on (0: any free port)"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", metavar="HOST", help="address to listen on (default 127.0.0.1)"
    )

    live = _action(
        actions,
        common,
        "live-test",
        "test a live callback URL as WeCom calls it",
        "Send the URL a verification GET and an encrypted msgaudit_notify event POST, exactly as WeCom "
        "does, within WeCom's 5 s limit, and diagnose each answer. Prints one line per step and what was sent "
        "and received; exit status 0 only when every step passed.",
    )
    _credential_options(live, receive_id_required=True)
    live.add_argument(
        "--url", required=True, metavar="URL", help="the callback URL entered in the admin console"
    )
    live.add_argument(
        "--format", choices=("xml", "json"), default="xml", help="POST body format (default xml)"
    )
    live.add_argument("--agent-id", default="", metavar="A", help="AgentID written into the event")
    live.add_argument("--proxy", metavar="URL", help="http://, https:// or socks5:// proxy to send through")

    _action(
        actions,
        common,
        "generate",
        "print a random token and EncodingAESKey",
        "Print a random token (token=…) and a valid 43-character EncodingAESKey (aes_key=…).",
    )
    explain = _action(
        actions,
        common,
        "explain",
        "explain a callback error code (-40001 … -40011)",
        "Print what a callback library error code means and its likely cause, in Chinese and English.",
    )
    explain.add_argument("code", metavar="CODE", help="the code, e.g. -40005")
    _action(
        actions,
        common,
        "gui",
        "open the Callback checker window",
        "Open the Callback checker window alone (verify, decrypt/encrypt, live test); no profile needed.",
    )


def _action(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    name: str,
    summary: str,
    description: str,
) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, parents=[common], help=summary, description=description)
    parser.set_defaults(callback_parser=parser)
    return parser


def _credential_options(parser: argparse.ArgumentParser, *, receive_id_required: bool) -> None:
    for flag, metavar, env, what in (
        ("--token", "T", TOKEN_ENV, "the callback Token"),
        ("--aes-key", "K", AES_KEY_ENV, "the 43-character EncodingAESKey"),
    ):
        from_env = os.environ.get(env)
        parser.add_argument(
            flag,
            default=from_env,
            required=not from_env,
            metavar=metavar,
            help=f"{what} (default: ${env}, which keeps it off the command line)",
        )
    parser.add_argument(
        "--receive-id",
        required=receive_id_required,
        metavar="R",
        help="ReceiveId: the corp id for self-built apps, the suite id for third-party apps"
        + ("" if receive_id_required else "; without it, it is not checked, only printed"),
    )


def _input_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help=f"file holding {what} (default or '-': stdin)"
    )


def run(args: argparse.Namespace) -> int:
    for value in (getattr(args, "token", None), getattr(args, "aes_key", None)):
        register_secret(value)
    action: Callable[[argparse.Namespace], int] = _ACTIONS[args.callback_command]
    try:
        return action(args)
    except CallbackError as exc:
        return _failed(exc)


def _failed(exc: CallbackError) -> int:
    print(exc.message_zh, file=sys.stderr)
    print(exc.message_en, file=sys.stderr)
    return EXIT_FAILED


def _usage(args: argparse.Namespace, message: str) -> NoReturn:
    """The action's usage and `message` on stderr, exit status 2."""
    parser: argparse.ArgumentParser = args.callback_parser
    parser.error(message)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0 … 65535)")
    return port


def _crypto(args: argparse.Namespace) -> CallbackCrypto:
    return CallbackCrypto(args.token, args.aes_key, args.receive_id)


def _read_input(args: argparse.Namespace) -> bytes:
    if args.file == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(args.file).read_bytes()
    except OSError as exc:
        _usage(args, f"{args.file}: {exc.strerror}")


def _note_receive_id(decrypted: Decrypted, expected: str | None) -> None:
    if expected is None:
        checked = Text(QT_TRANSLATE_NOOP("CallbackCli", "未核对：没有给出 --receive-id")).both
    else:
        checked = Text(QT_TRANSLATE_NOOP("CallbackCli", "已核对")).both
    print(f"ReceiveId: {decrypted.receive_id!r}（{checked}）", file=sys.stderr)


def _write_plaintext(message: str) -> None:
    """The plaintext's exact UTF-8 bytes, so that a redirected output is the body to answer; a newline
    is added only on a terminal, to keep the prompt off it."""
    sys.stdout.flush()
    sys.stdout.buffer.write(message.encode("utf-8"))
    if sys.stdout.isatty() and not message.endswith("\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.buffer.flush()


def _note_reading(reading: Reading) -> None:
    label = Text(QT_TRANSLATE_NOOP("CallbackCli", "读法")).both
    print(f"{label}: {reading.how_zh} / {reading.how_en}", file=sys.stderr)


def _verify_url(args: argparse.Namespace) -> int:
    given = (args.signature, args.timestamp, args.nonce, args.echostr)
    if args.url is not None and any(value is not None for value in given):
        _usage(args, "--url cannot be combined with --signature, --timestamp, --nonce, --echostr")
    if args.url is None and any(value is None for value in given):
        _usage(args, "give --url, or all of --signature, --timestamp, --nonce and --echostr")
    crypto = _crypto(args)
    result: PasteResult = (
        verify_pasted(crypto, args.url)
        if args.url is not None
        else verify_readings(
            crypto,
            readings(
                {
                    name: trimmed(v, spaces=name != "echostr")
                    for name, v in zip(PARAMETERS, given, strict=True)
                }
            ),
        )
    )
    if result.decrypted is None:
        assert result.error is not None
        _failed(result.error)
        if len(result.tried) > 1:
            tried = Text(QT_TRANSLATE_NOOP("CallbackCli", "已尝试的读法")).both
            print(f"{tried}:", file=sys.stderr)
            for reading, error in result.tried:
                print(f"  [{int(error.code)}] {reading.how_zh} / {reading.how_en}", file=sys.stderr)
        return EXIT_FAILED
    assert result.reading is not None
    _write_plaintext(result.decrypted.message)
    _note_reading(result.reading)
    _note_receive_id(result.decrypted, args.receive_id)
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    flags = (args.signature, args.timestamp, args.nonce)
    if args.url is not None and any(value is not None for value in flags):
        _usage(args, "--url cannot be combined with --signature, --timestamp, --nonce")
    if any(value is not None for value in flags) and any(value is None for value in flags):
        _usage(args, "give all of --signature, --timestamp and --nonce")
    crypto = _crypto(args)
    body = _read_input(args)
    if args.url is not None:
        signed = {name: unquote(value) for name, value in pasted_parameters(args.url).items()}
        missing = [name for name in _SIGNED if not signed.get(name)]
        if missing:
            _usage(args, f"--url lacks {', '.join(missing)}")
    elif args.signature is not None:
        signed = {name: trimmed(value) for name, value in zip(_SIGNED, flags, strict=True)}
    else:
        signed = reply_fields(body.decode("utf-8", "replace"))
        if any(name not in signed for name in _SIGNED):
            _usage(
                args,
                "no signature: give --url, or --signature, --timestamp and --nonce "
                "(only a passive-reply envelope carries its own)",
            )
    decrypted = crypto.decrypt_body(body, signed["msg_signature"], signed["timestamp"], signed["nonce"])
    _write_plaintext(decrypted.message)
    _note_receive_id(decrypted, args.receive_id)
    return 0


def _encrypt(args: argparse.Namespace) -> int:
    crypto = _crypto(args)
    try:
        message = _read_input(args).decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"wecom-desktop callback encrypt: the input is not UTF-8 text ({exc.reason})", file=sys.stderr)
        return EXIT_FAILED
    timestamp = args.timestamp or str(int(time.time()))
    nonce = args.nonce or random_nonce()
    if not args.body:
        print(crypto.encrypt_reply(message, timestamp, nonce, args.format))
        return 0
    body = crypto.encrypt_body(message, args.format, args.agent_id)
    signed = signature(crypto.token, timestamp, nonce, encrypted_field(body))
    print(body)
    print(
        f"msg_signature={signed}&timestamp={quote(timestamp, safe='')}&nonce={quote(nonce, safe='')}",
        file=sys.stderr,
    )
    return 0


def _serve(args: argparse.Namespace) -> int:
    from wecom_desktop.callback_check.reference_server import CallbackServer

    server = CallbackServer(
        args.token,
        args.aes_key,
        args.receive_id,
        args.host,
        args.port,
        log=lambda line: print(line, flush=True),
    )
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            server.start()
        except OSError as exc:
            print(f"wecom-desktop callback serve: {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
            return EXIT_FAILED
        print(server.url, flush=True)
        if args.receive_id is None:
            print(
                Text(QT_TRANSLATE_NOOP("CallbackCli", "ReceiveId 不核对")).both, file=sys.stderr, flush=True
            )
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _live_test(args: argparse.Namespace) -> int:
    from wecom_desktop.callback_check.live_test import LiveSettings, run_live_test  # loads httpx: only here

    settings = LiveSettings(
        args.url, args.token, args.aes_key, args.receive_id, args.format, args.agent_id, proxy=args.proxy
    )
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        results = run_live_test(settings, _print_step, cancel)
    finally:
        signal.signal(signal.SIGINT, previous)
    if cancel.is_set():
        return EXIT_CANCELLED
    return 0 if all(result.ok for result in results) else EXIT_FAILED


def _print_step(result: StepResult) -> None:
    mark = "✓" if result.ok else "✗"
    elapsed = "—" if result.elapsed_s is None else f"{result.elapsed_s:.2f} s"
    print(f"{mark} {result.step:<10} {elapsed:>7}  {result.summary_zh} / {result.summary_en}")
    for line in (*result.details_zh.splitlines(), *result.details_en.splitlines()):
        print(f"    {line}")
    sys.stdout.flush()


def _generate(args: argparse.Namespace) -> int:
    print(f"token={generate_token()}")
    print(f"aes_key={generate_aes_key()}")
    return 0


def _explain(args: argparse.Namespace) -> int:
    try:
        code = -abs(int(args.code))  # "40005" is read as -40005
    except ValueError:
        _usage(args, f"{args.code!r} is not a number")
    text = explain_code(code)
    if text is None:
        not_code = Text(QT_TRANSLATE_NOOP("CallbackCli", "不是回调错误码")).both
        print(f"wecom-desktop callback explain: {args.code} {not_code} (-40001 … -40011)", file=sys.stderr)
        return EXIT_USAGE
    cause = None if text.cause is None else Text(LIKELY_CAUSE, cause=text.cause)
    print(f"[{code}] {text.zh}")
    if cause is not None:
        print(cause.zh)
    print(f"[{code}] {text.en}")
    if cause is not None:
        print(cause.en)
    return 0


def _gui(args: argparse.Namespace) -> int:
    from wecom_desktop.ui.callback.standalone import run_callback_checker

    return run_callback_checker(sys.argv[:1])


_ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "verify-url": _verify_url,
    "decrypt": _decrypt,
    "encrypt": _encrypt,
    "serve": _serve,
    "live-test": _live_test,
    "generate": _generate,
    "explain": _explain,
    "gui": _gui,
}
