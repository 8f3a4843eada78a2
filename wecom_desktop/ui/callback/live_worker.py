"""The live test of a callback server, off the GUI thread."""

from __future__ import annotations

import threading

from wecom_desktop.callback_check.live_test import LiveSettings, StepResult, run_live_test
from wecom_desktop.ui.threads import Worker


class LiveTestWorker(Worker):
    """Emits each StepResult as `progress`, and the list of them on success."""

    def __init__(self, settings: LiveSettings) -> None:
        super().__init__()
        self.settings = settings
        self.cancel = threading.Event()

    def work(self) -> list[StepResult]:
        return run_live_test(self.settings, self.progress.emit, self.cancel)
