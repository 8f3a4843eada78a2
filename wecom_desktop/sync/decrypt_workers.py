"""Unwrapping and decrypting records in parallel, one isolated SDK process per core.

RSA unwrap dominates a sync and holds the GIL, and DecryptData needs the vendor library,
which must not run in the application's process. So each worker process holds both the
private keys and the library, and a record crosses a process boundary once. A worker that
dies on a record is restarted and its share is bisected until the record that kills it is
found; that record alone is kept undecryptable.
"""

from __future__ import annotations

import multiprocessing.connection
import os
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from wecom_desktop.crypto.keys import KeySet, MissingKeyError, UnwrapError, load_private_key
from wecom_desktop.sdk.abi import FinanceLibrary
from wecom_desktop.sdk.client import ChatRecord, check_decrypt_input
from wecom_desktop.sdk.errors import Fault, SdkError
from wecom_desktop.sdk.library import prepare_dll_search
from wecom_desktop.sdk.worker import WorkerHost, serve_library

Outcome = bytes | str  # the decrypted message JSON, or why the record could not be decrypted
_DEADLINE_S = 120.0


def unwrap_and_decrypt(
    keys: KeySet, library: FinanceLibrary, items: Sequence[tuple[int, str, str]]
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for version, wrapped, message in items:
        try:
            key = keys.unwrap(version, wrapped)
        except MissingKeyError as exc:
            outcomes.append(f"missing_key:{version}: {exc}")
            continue
        except UnwrapError as exc:
            outcomes.append(f"unwrap_failed:{version}: {exc}")
            continue
        encoded = message.encode("ascii", "replace")
        problem = check_decrypt_input(key, encoded)
        if problem is not None:
            outcomes.append(f"decrypt_failed:{version}: {problem}")
            continue
        try:
            outcomes.append(library.decrypt_data(key, encoded))
        except SdkError as exc:
            outcomes.append(f"decrypt_failed:{version}: {exc}")
    return outcomes


def _serve_decrypting(
    connection: multiprocessing.connection.Connection, library_path: str, pems: dict[int, str]
) -> None:
    prepare_dll_search(Path(library_path))
    library = FinanceLibrary(Path(library_path))
    keys = KeySet({version: load_private_key(pem) for version, pem in pems.items()})

    def extra(method: str, args: tuple[Any, ...]) -> Any:
        if method == "unwrap_decrypt":
            return unwrap_and_decrypt(keys, library, args[0])
        raise ValueError(method)

    serve_library(connection, library, extra)


class DecryptWorkers:
    """`count` worker processes; `submit(records)` decrypts a page in parallel, in order."""

    def __init__(self, library: Path, private_keys: Mapping[int, str], count: int | None = None) -> None:
        self.count = max(1, count or os.cpu_count() or 1)
        self.hosts = [
            WorkerHost(library, _serve_decrypting, (dict(private_keys),)) for _ in range(self.count)
        ]
        self._threads = ThreadPoolExecutor(max_workers=self.count + 1, thread_name_prefix="decrypt")

    def submit(self, records: Sequence[ChatRecord]) -> Future[list[Outcome]]:
        return self._threads.submit(self._page, list(records))

    def _page(self, records: list[ChatRecord]) -> list[Outcome]:
        size = max(1, -(-len(records) // self.count))
        shares = [records[i : i + size] for i in range(0, len(records), size)]
        futures = [
            self._threads.submit(self._share, host, share)
            for host, share in zip(self.hosts, shares, strict=False)
        ]
        return [outcome for future in futures for outcome in future.result()]

    def _share(self, host: WorkerHost, records: list[ChatRecord]) -> list[Outcome]:
        items = [(r.publickey_ver, r.encrypt_random_key, r.encrypt_chat_msg) for r in records]
        try:
            outcomes: list[Outcome] = host.call("unwrap_decrypt", items, deadline=_DEADLINE_S)
            return outcomes
        except SdkError as exc:
            if exc.fault is not Fault.WORKER_DIED:
                raise
            if len(records) == 1:
                return [f"worker_died:{records[0].publickey_ver}: {exc}"]
            middle = len(records) // 2
            return self._share(host, records[:middle]) + self._share(host, records[middle:])

    def kill(self) -> None:
        for host in self.hosts:
            host.kill()

    def close(self) -> None:
        for host in self.hosts:
            host.close()
        self._threads.shutdown(wait=False, cancel_futures=True)
