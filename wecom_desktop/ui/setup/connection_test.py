"""Testing a set-up: Init and a pull of one record, in the SDK's worker process."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wecom_desktop.sdk.client import Connection, FinanceClient
from wecom_desktop.sdk.errors import SdkError
from wecom_desktop.ui.threads import Worker


@dataclass(frozen=True)
class ConnectionTestResult:
    records: int  # records pulled (0 or 1)
    error: SdkError | None


class ConnectionTestWorker(Worker):
    """Initialises the SDK and pulls one record; succeeded carries a ConnectionTestResult."""

    def __init__(self, library: Path, corp_id: str, secret: str, connection: Connection) -> None:
        super().__init__()
        self.library, self.corp_id, self.secret, self.connection = library, corp_id, secret, connection

        self.client: FinanceClient | None = None

    def cancel(self) -> None:
        """Stop a test in progress (kills the SDK's worker process); safe from any thread."""
        if self.client is not None:
            self.client.cancel()

    def work(self) -> object:
        client = self.client = FinanceClient(self.library, self.corp_id, self.secret, self.connection)
        try:
            return ConnectionTestResult(len(client.get_chat_data(0, 1)), None)
        except SdkError as exc:
            return ConnectionTestResult(0, exc)
        finally:
            client.close()
