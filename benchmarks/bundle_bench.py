"""Bundle benchmark: launching the bundled executable → its main window painted (offscreen).

    bash scripts/build_bundle.sh && .venv/bin/python benchmarks/bundle_bench.py [--runs 5]

Each run is `--self-test` in a fresh process; its `window` check opens the main window on an
empty archive and reports when the first paint happened, counted from the process's start.
Baseline from the same run: the same check from the source tree (`python -m wecom_desktop`).
The last line is `bundle size_mb=<s> painted_ms=<b> source_painted_ms=<a> ratio=<b/a>` (medians).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "wecom-desktop"
_PAINTED = re.compile(r"main window painted (\d+) ms after process start")


def painted_ms(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    found = _PAINTED.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return float(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    executable = BUNDLE / "wecom-desktop"
    if not executable.is_file():
        raise SystemExit("no bundle: run scripts/build_bundle.sh first")
    size_mb = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    bundle, source = [], []
    for _ in range(args.runs):
        bundle.append(painted_ms([str(executable), "--self-test"]))
        source.append(painted_ms([sys.executable, "-m", "wecom_desktop", "--self-test"]))
    print(f"bundle runs (ms): {bundle}")
    print(f"source runs (ms): {source}")
    b, a = statistics.median(bundle), statistics.median(source)
    print(f"bundle size_mb={size_mb:.0f} painted_ms={b:.0f} source_painted_ms={a:.0f} ratio={b / a:.2f}")


if __name__ == "__main__":
    main()
