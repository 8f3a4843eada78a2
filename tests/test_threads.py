"""One-shot workers on their own threads, as the keyring dialogs run them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from wecom_desktop.ui.threads import CallWorker, run_with_progress


def test_run_with_progress_returns_every_time(qtbot: QtBot) -> None:
    """The worker's thread must end even when the nested loop waiting for it has already stopped.

    Its quit was once queued to the GUI thread: when the loop stopped before handling it, the
    wait for the thread never returned (a settings or first-run dialog hung on a keyring call).
    It took a few hundred runs to happen; a thousand make it certain.
    """
    for run in range(1000):
        outcome = run_with_progress(CallWorker(lambda run=run: run), None, "…")
        assert (outcome.ok, outcome.value) == (True, run)
