"""Entry point of the bundle's SDK worker executable, `wecom-desktop-worker`.

A frozen bundle starts every worker process by running an executable. The application's own
executable loads Qt (and with it the shared libstdc++) before any code of ours runs, and the
vendor library, which carries its own static libstdc++, aborts in such a process. This one is
built without Qt (build.spec), so the SDK and decrypt workers run in a clean process.
"""

import multiprocessing
import multiprocessing.spawn

if __name__ == "__main__":
    # spawn would re-run the parent's main script, which is the application's, not ours; workers
    # need nothing from it (their code lives in importable modules).
    multiprocessing.spawn._fixup_main_from_path = lambda main_path: None  # type: ignore[attr-defined]
    multiprocessing.freeze_support()  # runs the worker the parent asked for, then exits
