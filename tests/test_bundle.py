"""The PyInstaller bundle: built from build.spec and checked with its own --self-test in a scrubbed
environment (no Python on PATH), exactly as scripts/build_bundle.sh does for a release."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "wecom-desktop"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the test suite builds the Linux bundle")
def test_bundle_builds_and_passes_its_self_test_without_python() -> None:
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_bundle.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    lines = done.stdout.splitlines()
    print("\n".join(lines))
    results = {
        line.split()[1]: line.split()[0] for line in lines if line[:4] in ("PASS", "FAIL", "SKIP", "INFO")
    }
    assert results["qt"] == results["window"] == results["demo+search"] == results["sdk-worker"] == "PASS"
    official = ROOT / "native" / "linux64" / "libWeWorkFinanceSdk_C.so"
    assert results["official-sdk"] == ("PASS" if official.is_file() else "SKIP")
    assert "keyring" in results
    assert lines[-1] == "self-test passed"
    assert "(bundle)" in lines[1]

    internal = BUNDLE / "_internal"
    for executable in ("wecom-desktop", "wecom-desktop-worker"):
        assert (BUNDLE / executable).is_file()
    assert sorted(p.name for p in (internal / "resources" / "translations").glob("*.qm")) == [
        "wecom_desktop_en.qm",
        "wecom_desktop_zh_CN.qm",
    ]
    assert (internal / "native" / "emulator" / "build" / "libWeWorkFinanceSdk_C.so").is_file()
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("libQt6Quick*"))
    # The worker executable carries no Qt (the vendor library aborts next to the shared libstdc++
    # that Qt brings): its archive lists no PySide6 run-time hook, the application's does.
    assert b"pyi_rth_pyside6" in (BUNDLE / "wecom-desktop").read_bytes()
    assert b"pyi_rth_pyside6" not in (BUNDLE / "wecom-desktop-worker").read_bytes()
