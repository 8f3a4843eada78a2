"""Compile the finance SDK emulator (native/emulator/) on demand, for tests and the demo.

The emulator is a stand-in for Tencent's `libWeWorkFinanceSdk_C.so` built from our own C
source; it serves a fixture archive made by `wecom_desktop.sdk.emulator_pack`. It needs a C
compiler on PATH and exists for Linux (the official SDK's main platform) and other Unix-likes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from wecom_desktop.resources import bundle_root

EMULATOR_DIR = bundle_root() / "native" / "emulator"
BUILD_DIR = EMULATOR_DIR / "build"
LIBRARY_NAME = "libWeWorkFinanceSdk_C.so"
SOURCES = ("emulator.c", "sha256.c")
HEADERS = ("WeWorkFinanceSdk_C.h", "sha256.h")
# Keep in step with native/emulator/build.sh.
CFLAGS = ("-std=c99", "-O2", "-fPIC", "-shared", "-Wall", "-Wextra", "-Werror", "-Wpedantic")
COMPILE_TIMEOUT = 120  # seconds


class EmulatorBuildError(RuntimeError):
    """The emulator library could not be built (no compiler, no sources, or a compile error)."""


def library_path() -> Path:
    """Where the built emulator library is (whether or not it exists yet)."""
    return BUILD_DIR / LIBRARY_NAME


def compiler() -> str:
    """$CC if set, else `cc`, else `gcc` from PATH."""
    for candidate in (os.environ.get("CC"), "cc", "gcc"):
        if candidate:
            found = shutil.which(candidate)
            if found:
                return found
    raise EmulatorBuildError("no C compiler found: install gcc (or set $CC) to build the SDK emulator")


def _inputs() -> list[Path]:
    paths = [EMULATOR_DIR / name for name in (*SOURCES, *HEADERS)]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise EmulatorBuildError(f"emulator sources missing: {', '.join(missing)}")
    return paths


def is_stale() -> bool:
    """True if the library is missing or older than any of its sources."""
    target = library_path()
    if not target.is_file():
        return True
    built = target.stat().st_mtime_ns
    return any(path.stat().st_mtime_ns > built for path in _inputs())


def ensure_emulator_built(force: bool = False) -> Path:
    """Compile the emulator if it is missing or out of date (or `force`); return the library's path.

    Safe to call from several processes at once: each compiles to its own temporary file and
    renames it into place.
    """
    if sys.platform == "win32":
        raise EmulatorBuildError("the SDK emulator is built as a Unix shared library (.so); not on Windows")
    target = library_path()
    if getattr(sys, "frozen", False):  # a bundle ships the built library, not its sources
        if not target.is_file():
            raise EmulatorBuildError(f"the bundle has no SDK emulator library at {target}")
        return target
    if not force and not is_stale():
        return target
    sources = [str(EMULATOR_DIR / name) for name in SOURCES]
    _inputs()
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    temporary = BUILD_DIR / f".{LIBRARY_NAME}.{os.getpid()}.tmp"
    command = [compiler(), *CFLAGS, "-o", str(temporary), *sources]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=COMPILE_TIMEOUT, check=False)
        if done.returncode != 0:
            raise EmulatorBuildError(
                f"building the SDK emulator failed ({' '.join(command)}):\n{done.stderr.strip()}"
            )
        os.replace(temporary, target)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EmulatorBuildError(f"building the SDK emulator failed: {exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target
