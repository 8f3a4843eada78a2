"""Unwrapping, decrypting and parsing records in parallel, one isolated SDK process per core.

RSA unwrap dominates a sync. `cryptography` releases the GIL while it decrypts, but parsing
does not, and DecryptData needs the vendor library, which must not run in the application's
process. So each worker process holds both the private keys and the library, and a record
crosses a process boundary once. The worker also
parses the message into its stored form, leaving the archive's writer, the one serial
step, nothing but SQL. A worker that dies on a record is restarted and its chunk is
bisected until the record that kills it is found; that record alone is kept undecryptable.
"""

from __future__ import annotations

import multiprocessing.connection
import os
import queue
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.i18n import Text, TranslatableError
from wecom_desktop.core.parse import parse_message
from wecom_desktop.core.stored_message import StoredMessage, stored_form
from wecom_desktop.crypto.keys import KeySet, MissingKeyError, PrivateKey, UnwrapError
from wecom_desktop.sdk.abi import FinanceLibrary
from wecom_desktop.sdk.client import ChatRecord, check_decrypt_input
from wecom_desktop.sdk.errors import CANCELLED, Fault, SdkError, SdkWire
from wecom_desktop.sdk.library import prepare_dll_search
from wecom_desktop.sdk.worker import WorkerHost, serve_library

Outcome = StoredMessage | str  # the message ready to store, or why the record yields none
_DEADLINE_S = 120.0
_CHUNKS_PER_WORKER = 4


def _joined(parts: list[Future[list[Outcome]]]) -> Future[list[Outcome]]:
    """One future for the outcomes of all `parts`, in order, without a thread waiting on them."""
    joined: Future[list[Outcome]] = Future()
    remaining = [len(parts)]
    lock = threading.Lock()

    def part_done(_: Future[list[Outcome]]) -> None:
        with lock:
            remaining[0] -= 1
            if remaining[0]:
                return
        try:
            joined.set_result([outcome for part in parts for outcome in part.result()])
        except BaseException as exc:
            joined.set_exception(exc)
        finally:
            parts.clear()  # the parts refer to this callback: without this, pages wait for the cyclic GC

    if not parts:
        joined.set_result([])
    for part in parts:
        part.add_done_callback(part_done)
    return joined


@dataclass(frozen=True, slots=True)
class Failed:
    """Why a record yields no message, as a worker process reports it. The worker renders no
    translatable text: it runs without Qt, hence without the English translation, so the
    application's process renders `str(failed)`, the stored reason, e.g. "decrypt_failed:3: …"."""

    reason: str  # e.g. "decrypt_failed:3"
    error: str | Text | SdkWire  # the error as text already, a typed error's Text, or an SdkError

    @classmethod
    def of(cls, reason: str, version: int, error: Exception) -> Failed:
        if isinstance(error, SdkError):
            return cls(f"{reason}:{version}", error.to_wire())
        if isinstance(error, TranslatableError):
            return cls(f"{reason}:{version}", error.text)
        return cls(f"{reason}:{version}", str(error))

    def __str__(self) -> str:
        error = self.error
        if isinstance(error, tuple):
            shown = str(SdkError.from_wire(error))
        elif isinstance(error, Text):
            shown = error.both
        else:
            shown = error
        return f"{self.reason}: {shown}"


def unwrap_and_decrypt(
    keys: KeySet, library: FinanceLibrary, version: int, wrapped: str, message: str
) -> bytes | Failed:
    """The decrypted message JSON, or why the record could not be decrypted."""
    try:
        key = keys.unwrap(version, wrapped)
    except MissingKeyError as exc:
        return Failed.of("missing_key", version, exc)
    except UnwrapError as exc:
        return Failed.of("unwrap_failed", version, exc)
    encoded = message.encode("ascii", "replace")
    problem = check_decrypt_input(key, encoded)
    if problem is not None:
        return Failed.of("decrypt_failed", version, problem)
    try:
        return library.decrypt_data(key, encoded)
    except SdkError as exc:
        return Failed.of("decrypt_failed", version, exc)


Item = tuple[str, int, int, str, str]  # a ChatRecord's msgid, seq, publickey_ver, key and message


def prepare_records(
    keys: KeySet, library: FinanceLibrary, items: Sequence[Item]
) -> list[StoredMessage | Failed]:
    outcomes: list[StoredMessage | Failed] = []
    for msgid, seq, version, wrapped, message in items:
        decrypted = unwrap_and_decrypt(keys, library, version, wrapped, message)
        if isinstance(decrypted, Failed):
            outcomes.append(decrypted)
            continue
        try:
            parsed = parse_message(decrypted.decode("utf-8"))
        except (UnicodeDecodeError, RejectedRecord) as exc:
            outcomes.append(Failed.of("corrupt_message", version, exc))
            continue
        # The outer msgid is the de-duplication key (the reference: key on the record's msgid).
        outcomes.append(stored_form(parsed)._replace(msgid=msgid, seq=seq, publickey_ver=version))
    return outcomes


def _serve_decrypting(
    connection: multiprocessing.connection.Connection, library_path: str, pems: dict[int, str]
) -> None:
    prepare_dll_search(Path(library_path))
    library = FinanceLibrary(Path(library_path))
    keys = KeySet({version: PrivateKey.from_own_pkcs8(pem) for version, pem in pems.items()})

    def extra(method: str, args: tuple[Any, ...]) -> Any:
        if method == "prepare_records":
            return prepare_records(keys, library, args[0])
        raise ValueError(method)

    serve_library(connection, library, extra)


class DecryptWorkers:
    """`count` worker processes; `submit(records)` prepares a page in parallel, in order.

    A page is cut into several chunks per worker, and each chunk goes to whichever worker is
    free, so no worker idles while another finishes a long share and the first results of
    a sync come early.
    """

    def __init__(self, library: Path, private_keys: Mapping[int, str], count: int | None = None) -> None:
        self.count = max(1, count or os.cpu_count() or 1)
        self.hosts = [
            WorkerHost(library, _serve_decrypting, (dict(private_keys),)) for _ in range(self.count)
        ]
        self._idle: queue.SimpleQueue[WorkerHost] = queue.SimpleQueue()
        self._stopping = threading.Event()
        for host in self.hosts:
            host.start()
            self._idle.put(host)
        self._threads = ThreadPoolExecutor(max_workers=self.count, thread_name_prefix="decrypt")

    def submit(self, records: Sequence[ChatRecord]) -> Future[list[Outcome]]:
        size = max(1, -(-len(records) // (_CHUNKS_PER_WORKER * self.count)))
        chunks = [list(records[i : i + size]) for i in range(0, len(records), size)]
        return _joined([self._threads.submit(self._chunk, chunk) for chunk in chunks])

    def _chunk(self, records: list[ChatRecord]) -> list[Outcome]:
        host = self._idle.get()
        try:
            if self._stopping.is_set():  # a call now would restart the process just stopped
                raise SdkError(Fault.CANCELLED, Text(CANCELLED))
            return self._share(host, records)
        finally:
            self._idle.put(host)

    def _share(self, host: WorkerHost, records: list[ChatRecord]) -> list[Outcome]:
        items = [(r.msgid, r.seq, r.publickey_ver, r.encrypt_random_key, r.encrypt_chat_msg) for r in records]
        try:
            prepared: list[StoredMessage | Failed] = host.call("prepare_records", items, deadline=_DEADLINE_S)
            return [str(outcome) if isinstance(outcome, Failed) else outcome for outcome in prepared]
        except SdkError as exc:
            if exc.fault is not Fault.WORKER_DIED:
                raise
            if len(records) == 1:
                return [f"worker_died:{records[0].publickey_ver}: {exc}"]
            middle = len(records) // 2
            return self._share(host, records[:middle]) + self._share(host, records[middle:])

    def kill(self) -> None:
        self._stopping.set()
        for host in self.hosts:
            host.kill()

    def close(self) -> None:
        self._stopping.set()
        self._threads.shutdown(wait=False, cancel_futures=True)
        for host in self.hosts:
            host.close()
