"""A minimal callback endpoint: URL verification on GET, decryption of POSTed events.

For users to test a configuration against, and as a reference of how a callback handler must
answer: the bare plaintext for GET (no quotes, no newline), HTTP 200 with an empty body for
POST. Query values are percent-decoded with `unquote`, never `unquote_plus` (nor `parse_qs`):
a '+' in the ciphertext must stay a '+'.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit

from wecom_desktop.crypto.callback import CallbackCrypto, Decrypted
from wecom_desktop.crypto.callback_errors import CallbackCode, CallbackError

PATH = "/"  # the path the server names; it answers on any path, as the URL set in WeCom may have one
MAX_BODY = 1 << 20  # WeCom's event bodies are a few hundred bytes
_GET_PARAMETERS = ("msg_signature", "timestamp", "nonce", "echostr")
_POST_PARAMETERS = ("msg_signature", "timestamp", "nonce")
_POLL_S = 0.1  # how soon stop() is noticed
_MAX_LINE = 8192  # a chunk-size or trailer line
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")  # HEXDIG only: int(…, 16) also takes "0x5" and "1_0"


def read_chunked(stream: io.BufferedIOBase, limit: int) -> bytes:
    """A chunked body (RFC 9112 §7.1) of at most `limit` bytes, its trailer fields included;
    ValueError if malformed or longer."""
    body = bytearray()
    while True:
        line = stream.readline(_MAX_LINE)
        size_field = line.split(b";", 1)[0].strip(b" \t\r\n")
        if not _CHUNK_SIZE.fullmatch(size_field):
            raise ValueError(f"chunk size {line[:40]!r} refused")
        size = int(size_field, 16)
        if len(body) + size > limit:
            raise ValueError(f"chunked body over {limit} bytes refused")
        if size == 0:
            room = limit - len(body)
            while (trailer := stream.readline(_MAX_LINE)).strip():  # up to the blank line
                room -= len(trailer)
                if room < 0:
                    raise ValueError(f"chunked body over {limit} bytes refused")
            return bytes(body)
        chunk = stream.read(size)
        if len(chunk) != size or stream.readline(_MAX_LINE).strip():
            raise ValueError("truncated chunked body refused")
        body += chunk


def raw_query(query: str) -> dict[str, str]:
    """Query parameters, percent-decoded with '+' kept as '+'; the last occurrence wins."""
    found: dict[str, str] = {}
    for part in query.split("&"):
        if part:
            name, _, value = part.partition("=")
            found[unquote(name)] = unquote(value)
    return found


class CallbackServer:
    """A callback endpoint on a daemon thread; a context manager that starts and stops it."""

    def __init__(
        self,
        token: str,
        encoding_aes_key: str,
        receive_id: str | None,
        host: str = "127.0.0.1",
        port: int = 0,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.crypto = CallbackCrypto(token, encoding_aes_key, receive_id)
        self.host, self.port = host, port
        self.log = log
        self.url = ""
        self.received: list[Decrypted] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        server = ThreadingHTTPServer((self.host, self.port), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self.url = f"http://{self.host}:{server.server_port}{PATH}"
        self._thread = threading.Thread(
            target=server.serve_forever, args=(_POLL_S,), name="callback-server", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> CallbackServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _keep(self, decrypted: Decrypted) -> None:
        with self._lock:
            self.received.append(decrypted)

    def _log(self, line: str) -> None:
        if self.log is not None:
            self.log(line)


def _handler_for(owner: CallbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "wecom-desktop-callback"

        def do_GET(self) -> None:
            params = self._params(_GET_PARAMETERS)
            if params is None:
                return
            try:
                decrypted = owner.crypto.verify_url(
                    params["msg_signature"], params["timestamp"], params["nonce"], params["echostr"]
                )
            except CallbackError as exc:
                self._failed(exc)
                return
            self._answer(
                HTTPStatus.OK, decrypted.message, f"URL verified, ReceiveId {decrypted.receive_id!r}"
            )

        def do_POST(self) -> None:
            params = self._params(_POST_PARAMETERS)
            if params is None:
                return
            try:
                body = self._body()
            except ValueError as exc:
                self._answer(HTTPStatus.BAD_REQUEST, "", str(exc))
                return
            try:
                decrypted = owner.crypto.decrypt_body(
                    body, params["msg_signature"], params["timestamp"], params["nonce"]
                )
            except CallbackError as exc:
                self._failed(exc)
                return
            owner._keep(decrypted)
            self._answer(
                HTTPStatus.OK,
                "",
                f"decrypted {len(decrypted.message)} characters, ReceiveId {decrypted.receive_id!r}",
            )

        def _refuse(self) -> None:
            self._answer(HTTPStatus.METHOD_NOT_ALLOWED, "", "method not allowed", {"Allow": "GET, POST"})

        do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse

        def _body(self) -> bytes:
            """The request body, sent with a length or in chunks (as a reverse proxy may forward it)."""
            if self.headers.get("Transfer-Encoding", "").strip().lower() == "chunked":
                return read_chunked(self.rfile, MAX_BODY)
            declared = self.headers.get("Content-Length") or "0"
            length = int(declared) if declared.isdigit() else -1
            if not 0 <= length <= MAX_BODY:
                raise ValueError(f"Content-Length {declared!r} refused")
            return self.rfile.read(length)

        def _params(self, names: tuple[str, ...]) -> dict[str, str] | None:
            """The request's query values, or None after answering for missing values."""
            params = raw_query(urlsplit(self.path).query)
            missing = [name for name in names if not params.get(name)]
            if missing:
                code = int(CallbackCode.PARSE)
                text = f"{code}\nmissing query parameters: {', '.join(missing)}"
                self._answer(HTTPStatus.BAD_REQUEST, text, f"missing {', '.join(missing)}", code=code)
                return None
            return params

        def _failed(self, exc: CallbackError) -> None:
            code = int(exc.code)
            self._answer(HTTPStatus.BAD_REQUEST, f"{code}\n{exc.message_en}", exc.detail_en, code=code)

        def _answer(
            self,
            status: HTTPStatus,
            body: str,
            outcome: str,
            headers: dict[str, str] | None = None,
            code: int = 0,
        ) -> None:
            path = urlsplit(self.path).path
            owner._log(f"{self.command} {path} {int(status)} {outcome} (code {code})")
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Silenced: each request is reported once, through the owner's log."""

    return Handler
