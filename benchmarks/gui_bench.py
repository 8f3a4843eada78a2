"""GUI benchmark: process start → painted main window, and selecting a 200,000-message
conversation → its first painted page.

    .venv/bin/python benchmarks/gui_bench.py [--data-dir DIR] [--messages 200000] [--runs 5]

The archive (one group of `--messages` messages and 300 small conversations) is built into
DIR on first use. Each measurement runs in a fresh process with the window shown offscreen
(or on $DISPLAY when QT_QPA_PLATFORM is not set). Baselines from the same run:
- startup: a bare PySide6 window with two list views and a status bar, to first paint;
- opening: selecting a five-message conversation in the same window.
The last line is `gui startup_ms=<a> open_conversation_ms=<b>` (medians).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SMALL_CONVERSATIONS = 300
BATCH = 5000
START_MS = 1_700_000_000_000


def _message(msgid: str, sender: str, tolist: list[str], roomid: str, msgtime: int, content: str) -> str:
    return json.dumps(
        {"msgid": msgid, "action": "send", "from": sender, "tolist": tolist, "roomid": roomid,
         "msgtime": msgtime, "msgtype": "text", "text": {"content": content}},
        ensure_ascii=False,
    )  # fmt: skip


def build_archive(folder: Path, messages: int) -> None:
    from sqlalchemy import text

    from wecom_desktop.core.parse import parse_message
    from wecom_desktop.store import audit
    from wecom_desktop.store.engine import open_archive
    from wecom_desktop.store.queries import has_completed
    from wecom_desktop.store.writer import ArchiveWriter, set_conversation_titles

    engine = open_archive(folder / "archive.sqlite3")
    try:
        if has_completed(engine, "gui_bench_build"):
            with engine.connect() as connection:
                stored = connection.execute(text("SELECT max(message_count) FROM conversations")).scalar()
            if stored == messages:
                return
            raise SystemExit(f"{folder} holds a benchmark archive of another size; use another --data-dir")
        print(f"building the benchmark archive in {folder} …", file=sys.stderr)
        staff = [f"staff{n:02d}" for n in range(12)]
        room = "wrGuiBenchBigGroup000000000000001"
        writer = ArchiveWriter(engine)
        for first in range(0, messages, BATCH):
            writer.write_batch(
                [
                    parse_message(
                        _message(
                            f"big-{i:07d}",
                            staff[i % len(staff)],
                            [s for s in staff if s != staff[i % len(staff)]],
                            room,
                            START_MS + i * 30_000,
                            f"第 {i} 条：请确认合同 HT-{i:07d} 的付款进度，并在周五前回复客户。",
                        )
                    )
                    for i in range(first, min(first + BATCH, messages))
                ]
            )
        small = [
            parse_message(_message(f"s{c}-{i}", f"user{c:03d}", [staff[c % 12]], "", START_MS + c * 9_000 + i, f"单聊 {i}"))
            for c in range(SMALL_CONVERSATIONS)
            for i in range(5)
        ]  # fmt: skip
        writer.write_batch(small)
        set_conversation_titles(engine, [(room, "华东区销售群（20 万条）")])
        audit.record(engine, "gui_bench_build", "ok", {"messages": messages})
    finally:
        engine.dispose()


BASELINE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter
started = float(sys.argv[1])
app = QApplication(sys.argv)
window = QMainWindow()
splitter = QSplitter()
splitter.addWidget(QListView())
splitter.addWidget(QListView())
window.setCentralWidget(splitter)
window.statusBar().showMessage("baseline")
window.resize(1180, 760)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(round((time.time() - started) * 1000, 1), flush=True)
            app.quit()
        return False
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def child_app(data_dir: Path, started: float, runs: int) -> None:
    """Runs in the measured process: the real start-up path, then conversation switches."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from sqlalchemy import text

    from wecom_desktop.profile import Profile
    from wecom_desktop.ui.app import WindowController, create_application, open_profile

    app = create_application(sys.argv[:1])
    profile = Profile(data_dir)
    engine = open_profile(profile)
    assert engine is not None
    controller = WindowController(app, profile, engine, demo=True)
    window = controller.show_window()
    with engine.connect() as connection:
        big, small = connection.execute(
            text(
                "SELECT (SELECT id FROM conversations ORDER BY message_count DESC LIMIT 1), "
                "(SELECT id FROM conversations WHERE message_count = 5 LIMIT 1)"
            )
        ).one()
    result: dict[str, object] = {"open_big_ms": [], "open_small_ms": []}
    state: dict[str, object] = {"phase": "startup", "t0": 0.0}

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            phase = state["phase"]
            if phase == "startup" and window.conversations.model.rowCount() > 0:
                result["startup_ms"] = round((time.time() - started) * 1000, 1)
                state["phase"] = "idle"
                QTimer.singleShot(200, next_switch)
            elif phase in ("big", "small") and state.get("page_shown"):
                elapsed = (time.perf_counter() - float(state["t0"])) * 1000  # type: ignore[arg-type]
                result[f"open_{phase}_ms"].append(round(elapsed, 2))  # type: ignore[union-attr]
                state["phase"] = "idle"
                QTimer.singleShot(150, next_switch)
            return False

    switches = [("small", small), ("big", big)] * runs

    def next_switch() -> None:
        if not switches:
            print(json.dumps(result), flush=True)
            window.close()
            engine.dispose()
            # The figures are out; skip interpreter teardown, where PySide6 can trip over the
            # measuring event filter's Python objects (the application itself exits cleanly).
            os._exit(0)
        phase, conversation = switches.pop(0)
        state.update(phase=phase, page_shown=False, t0=time.perf_counter())
        window.conversations.select_conversation(conversation)

    def on_first_page(_conversation: int) -> None:
        state["page_shown"] = True
        window.messages.list.viewport().update()

    window.messages.first_page_shown.connect(on_first_page)
    painted = Painted()
    window.conversations.view.viewport().installEventFilter(painted)
    window.messages.list.viewport().installEventFilter(painted)
    app.exec()


def measure(command: list[str], env: dict[str, str]) -> str:
    started = time.time()
    done = subprocess.run(
        [*command[:1], *command[1:], repr(started)], env=env, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"measurement failed:\n{done.stderr}")
    return done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/wecom-gui-bench"))
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("RUNS", "STARTED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_app(args.data_dir, float(args.child[1]), int(args.child[0]))
        return
    args.data_dir.mkdir(parents=True, exist_ok=True)
    build_archive(args.data_dir, args.messages)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["XDG_CONFIG_HOME"] = str(args.data_dir / "config")  # no saved window state from earlier runs
    baseline, startup, big, small = [], [], [], []
    for _ in range(3):
        baseline.append(float(measure([sys.executable, "-c", BASELINE], env)))
        line = measure(
            [sys.executable, __file__, "--data-dir", str(args.data_dir), "--child", str(args.runs)], env
        )
        figures = json.loads(line)
        startup.append(figures["startup_ms"])
        big += figures["open_big_ms"]
        small += figures["open_small_ms"]
    startup_ms, baseline_ms = statistics.median(startup), statistics.median(baseline)
    big_ms, small_ms = statistics.median(big), statistics.median(small)
    print(f"startup runs_ms={startup} bare_qt_window_ms={baseline}")
    print(f"open runs_big_ms={big} runs_small_ms={small}")
    print(
        f"ratios startup_vs_bare_qt={startup_ms / baseline_ms:.2f} "
        f"open_200k_vs_5_message_conversation={big_ms / small_ms:.2f}"
    )
    print(f"gui startup_ms={startup_ms:.0f} open_conversation_ms={big_ms:.0f}")


if __name__ == "__main__":
    main()
