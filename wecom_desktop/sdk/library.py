"""Finding the finance SDK library for this platform, with one clear message when it is missing."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.resources import bundle_root
from wecom_desktop.sdk.errors import Fault, SdkError

ENV_VAR = "WECOM_FINANCE_SDK"
_ELF_MACHINES = {62: "x86_64", 183: "aarch64"}
_PE_MACHINES = {0x8664: "AMD64", 0xAA64: "ARM64", 0x14C: "x86"}


def platform_folder() -> str:
    if sys.platform == "win32":
        return "win64"
    return "linuxarm64" if platform.machine().lower() in ("aarch64", "arm64") else "linux64"


def library_name() -> str:
    return "WeWorkFinanceSdk.dll" if sys.platform == "win32" else "libWeWorkFinanceSdk_C.so"


def native_folder() -> Path:
    return bundle_root() / "native" / platform_folder()


def candidates(explicit: str | Path | None = None) -> list[tuple[str, Path]]:
    """(where, path) in lookup order: setting/--sdk-library, environment, bundle, native/<platform>/."""
    found: list[tuple[str, Path]] = []
    if explicit:
        found.append(("--sdk-library", Path(explicit)))
    if os.environ.get(ENV_VAR):
        found.append((ENV_VAR, Path(os.environ[ENV_VAR])))
    if getattr(sys, "frozen", False):
        found.append(("bundle", Path(sys.executable).parent / library_name()))
    found.append((f"native/{platform_folder()}", native_folder() / library_name()))
    return found


def _architecture(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head[:4] == b"\x7fELF" and len(head) > 20:
        return _ELF_MACHINES.get(int.from_bytes(head[18:20], "little"), f"ELF machine {head[18:20].hex()}")
    if head[:2] == b"MZ" and len(head) > 0x40:
        offset = int.from_bytes(head[0x3C:0x40], "little")
        if head[offset : offset + 4] == b"PE\0\0":
            machine = int.from_bytes(head[offset + 4 : offset + 6], "little")
            return _PE_MACHINES.get(machine, f"PE machine {machine:#x}")
    return None


def _expected_architecture() -> str:
    machine = platform.machine()
    if sys.platform == "win32":
        return "AMD64" if machine.upper() in ("AMD64", "X86_64") else machine.upper()
    return "aarch64" if machine.lower() in ("aarch64", "arm64") else machine.lower()


def _not_usable(text: Text) -> SdkError:
    return SdkError(Fault.LIBRARY, text)


def locate(explicit: str | Path | None = None) -> Path:
    """The library to load. An explicit path that is wrong is an error, not a reason to look elsewhere."""
    looked = candidates(explicit)
    for where, path in looked:
        if not path.is_file():
            if where in ("--sdk-library", ENV_VAR):
                raise _not_usable(
                    Text(
                        QT_TRANSLATE_NOOP("SdkError", "找不到 {where} 指定的 SDK 库文件：{path}"),
                        where=where,
                        path=path,
                    )
                )
            continue
        arch = _architecture(path)
        if arch is None:
            raise _not_usable(
                Text(QT_TRANSLATE_NOOP("SdkError", "{path} 不是可加载的共享库文件。"), path=path)
            )
        if arch != _expected_architecture():
            raise _not_usable(
                Text(
                    QT_TRANSLATE_NOOP(
                        "SdkError", "{path} 是 {arch} 架构的库，本机需要 {expected} 架构的 {name}。"
                    ),
                    path=path,
                    arch=arch,
                    expected=_expected_architecture(),
                    name=library_name(),
                )
            )
        return path
    places = "; ".join(f"{where}: {path}" for where, path in looked)
    raise _not_usable(
        Text(
            QT_TRANSLATE_NOOP(
                "SdkError",
                "找不到企业微信会话存档 SDK（{name}）。已查找：{places}。"
                "请运行 `wecom-desktop sdk fetch` 下载官方库，或从企业微信管理后台下载后在设置中指定其路径。",
            ),
            name=library_name(),
            places=places,
        )
    )


def prepare_dll_search(path: Path) -> None:
    """Windows: let the DLL find its OpenSSL and curl DLLs in its own folder."""
    if sys.platform == "win32":
        os.add_dll_directory(str(path.parent))
