"""Building the demo archive off the GUI thread."""

from __future__ import annotations

import threading

from wecom_desktop.demo.build import build_demo
from wecom_desktop.profile import Profile
from wecom_desktop.ui.threads import Worker


class DemoBuildWorker(Worker):
    """Builds a demo profile; progress carries (done, total)."""

    def __init__(self, profile: Profile, messages: int) -> None:
        super().__init__()
        self.profile = profile
        self.messages = messages
        self.cancel = threading.Event()

    def work(self) -> object:
        return build_demo(
            self.profile,
            self.messages,
            progress=lambda done, total: self.progress.emit((done, total)),
            cancel=self.cancel,
        )
