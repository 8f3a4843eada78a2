"""The SDK's own process. The vendor library aborts its process on some malformed input and
can block on the network, so it never runs in the application's process: the parent sends
calls over a pipe, enforces a deadline on each, and survives the worker's death."""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.sdk.abi import FinanceLibrary
from wecom_desktop.sdk.errors import CANCELLED, Fault, SdkError
from wecom_desktop.sdk.library import prepare_dll_search


def _resident_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def _serve(connection: multiprocessing.connection.Connection, library_path: str) -> None:
    """The worker's loop: one request in, one reply out, until the pipe closes."""
    prepare_dll_search(Path(library_path))
    serve_library(connection, FinanceLibrary(Path(library_path)))


def serve_library(
    connection: multiprocessing.connection.Connection,
    library: FinanceLibrary,
    extra: Callable[[str, tuple[Any, ...]], Any] | None = None,
) -> None:
    """Answer calls until the pipe closes; `extra` handles methods of a specialised worker."""
    while True:
        try:
            method, args = connection.recv()
        except EOFError:
            return
        try:
            reply: Any = None
            if method == "init":
                library.init(*args)
            elif method == "get_chat_data":
                reply = library.get_chat_data(*args)
            elif method == "decrypt_many":
                reply = []
                for key, message in args[0]:
                    try:
                        reply.append((True, library.decrypt_data(key, message)))
                    except SdkError as exc:
                        reply.append((False, exc.to_wire()))
            elif method == "media_chunk":
                chunk = library.get_media_data(*args)
                reply = (chunk.data, chunk.next_index, chunk.finished)
            elif method == "loop_chat_data":  # leak check: many calls inside the worker
                count, seq, limit = args
                for _ in range(count):
                    with contextlib.suppress(SdkError):
                        library.get_chat_data(seq, limit, "", "", 5)
            elif method == "rss_kb":
                reply = _resident_kb()
            elif extra is not None:
                reply = extra(method, args)
            else:
                raise ValueError(method)
            connection.send(("ok", reply))
        except SdkError as exc:
            connection.send(("sdk", exc.to_wire()))


def worker_executable() -> Path | None:
    """In a frozen bundle, the Qt-free executable that hosts worker processes (see worker_main.py)."""
    if not getattr(sys, "frozen", False):
        return None
    name = "wecom-desktop-worker.exe" if sys.platform == "win32" else "wecom-desktop-worker"
    candidate = Path(sys.executable).with_name(name)
    return candidate if candidate.is_file() else None


def _death_reason(exitcode: int | None) -> Text:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return Text(QT_TRANSLATE_NOOP("SdkError", "被信号 {name} 终止"), name=name)
    return Text(QT_TRANSLATE_NOOP("SdkError", "退出码 {exitcode}"), exitcode=exitcode)


class WorkerHost:
    """Owns one worker process; `call` is thread-safe and `kill` may come from any thread."""

    def __init__(
        self, library_path: Path, serve: Callable[..., None] | None = None, extra: tuple[Any, ...] = ()
    ) -> None:
        self.library_path = library_path
        self._serve = serve or _serve
        self._extra = extra  # further arguments of `serve`, e.g. what a specialised worker needs
        self._context = multiprocessing.get_context("spawn")
        bundled = worker_executable()
        if bundled is not None:
            self._context.set_executable(str(bundled))
        self._process: BaseProcess | None = None
        self._connection: multiprocessing.connection.Connection | None = None
        self._lock = threading.Lock()
        self._killed_on_purpose = threading.Event()
        self.restarts = 0
        self.setup: list[tuple[str, tuple[Any, ...]]] = []  # calls replayed on every (re)start, e.g. Init

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _start(self) -> multiprocessing.connection.Connection:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=self._serve, args=(child, str(self.library_path), *self._extra), daemon=True
        )
        process.start()
        child.close()
        if self._process is not None:
            self.restarts += 1
        self._process, self._connection = process, parent
        for method, args in self.setup:
            parent.send((method, args))
            status, reply = parent.recv()
            if status == "sdk":
                raise SdkError.from_wire(reply)
        return parent

    def start(self) -> None:
        """Start the process now rather than at the first call, so that its start-up overlaps other work."""
        with self._lock:
            if not self._alive():
                self._start()

    def call(self, method: str, *args: Any, deadline: float) -> Any:
        with self._lock:
            self._killed_on_purpose.clear()
            try:
                connection = self._connection if self._alive() and self._connection else self._start()
                connection.send((method, args))
                if not connection.poll(deadline):
                    self._stop()
                    raise SdkError(
                        Fault.TIMEOUT,
                        Text(
                            QT_TRANSLATE_NOOP(
                                "SdkError",
                                "SDK 调用 {method} 超过 {deadline} 秒未返回，已终止 SDK 进程（将自动重启）。"
                                "请检查网络或代理。",
                            ),
                            method=method,
                            deadline=f"{deadline:.0f}",
                        ),
                        retryable=True,
                    )
                status, reply = connection.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                raise self._died(method) from exc
        if status == "sdk":
            raise SdkError.from_wire(reply)
        return reply

    def _died(self, method: str) -> SdkError:
        process = self._process
        if process is not None:
            process.join(5)
        if self._killed_on_purpose.is_set():
            return SdkError(Fault.CANCELLED, Text(CANCELLED))
        reason = _death_reason(process.exitcode if process is not None else None)
        self._connection = None
        return SdkError(
            Fault.WORKER_DIED,
            Text(
                QT_TRANSLATE_NOOP(
                    "SdkError",
                    "SDK 进程在执行 {method} 时意外终止（{reason}），可能是收到了格式错误的数据。"
                    "已记录，SDK 进程会自动重启。",
                ),
                method=method,
                reason=reason,
            ),
            retryable=True,
        )

    def _alive(self) -> bool:
        return self._process is not None and self._process.is_alive() and self._connection is not None

    def kill(self) -> None:
        """Stop the worker now (cancel): a call waiting on it fails with Fault.CANCELLED."""
        self._killed_on_purpose.set()
        process = self._process
        if process is not None and process.is_alive():
            process.kill()

    def _stop(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        if self._connection is not None:
            self._connection.close()
        self._connection = None

    def close(self) -> None:
        with self._lock:
            self._stop()
