"""`wecom-desktop sdk fetch`: the official SDK binaries from PyPI, verified against pinned digests.

The wheel `pyweworkfinance==1.1.0` redistributes Tencent's libraries; only its binary files
are extracted (none of its Python code is installed or run).
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.resources import bundle_root
from wecom_desktop.sdk.errors import Fault, SdkError

PACKAGE, VERSION = "pyweworkfinance", "1.1.0"
WHEEL = "pyweworkfinance-1.1.0-py3-none-any.whl"
WHEEL_SHA256 = "093fdbe6efba065ac17119634ed7e2e55211e37d628cbb648e97d7ff92f12057"
DEFAULT_INDEX = "https://pypi.org/simple"


@dataclass(frozen=True)
class PinnedFile:
    member: str  # path inside the wheel
    folder: str  # native/<folder>
    name: str  # file name there
    sha256: str


FILES = (
    PinnedFile(
        "pyweworkfinance/libs/linux/libWeWorkFinanceSdk_C_x86.so",
        "linux64",
        "libWeWorkFinanceSdk_C.so",
        "79ced4de6b18d5e96a21cd06f325794dc8957f8925120538d56d4ce827d3dfd0",
    ),
    PinnedFile(
        "pyweworkfinance/libs/linux/libWeWorkFinanceSdk_C_arm.so",
        "linuxarm64",
        "libWeWorkFinanceSdk_C.so",
        "5d6bbea2cec395fdd17edc912fb08b9d13e010de879bbfa1256c204d3d7fc3cb",
    ),
    PinnedFile(
        "pyweworkfinance/libs/linux/WeWorkFinanceSdk_C.h",
        "linux64",
        "WeWorkFinanceSdk_C.h",
        "84940c1d75b5716d4dbc662baa78e78efc18f63c6fdd2bb53ffcae049d105833",
    ),
    PinnedFile(
        "pyweworkfinance/libs/windows/WeWorkFinanceSdk.dll",
        "win64",
        "WeWorkFinanceSdk.dll",
        "b1f73e40b66fe4c1e15573ff2d593584ea793d7ad65932ced0b49a6008abb2a9",
    ),
    PinnedFile(
        "pyweworkfinance/libs/windows/libcrypto-3-x64.dll",
        "win64",
        "libcrypto-3-x64.dll",
        "5abbdd164709d4a7e51320606cc4d9ca26943db1cfd6614545853b16dd4038cc",
    ),
    PinnedFile(
        "pyweworkfinance/libs/windows/libssl-3-x64.dll",
        "win64",
        "libssl-3-x64.dll",
        "b3b9bea158eb0d4b0e2d8ed8504cdcdfa7c26b5536b915e40792ec9896459400",
    ),
    PinnedFile(
        "pyweworkfinance/libs/windows/libcurl-x64.dll",
        "win64",
        "libcurl-x64.dll",
        "09a7c800ee478765d20412c4348e2c6b8fd888b8cb94b467a70a7475a8c297ce",
    ),
    PinnedFile(
        "pyweworkfinance/libs/windows/WeWorkFinanceSdk_C.h",
        "win64",
        "WeWorkFinanceSdk_C.h",
        "6c845da007c5a50a29a9a4bdeeb51f0650b34649419afd1ddc6aa3ce8a8e729b",
    ),
)


def _fetch_error(text: Text) -> SdkError:
    return SdkError(Fault.LIBRARY, text)


def _wheel_url(index: str) -> str:
    """The wheel's address from a PEP 503 simple index (PyPI's, or a mirror's)."""
    index = index.rstrip("/")
    with urllib.request.urlopen(f"{index}/{PACKAGE}/", timeout=60) as response:
        page = response.read().decode("utf-8", "replace")
    for match in re.finditer(r'href="([^"]+)"', page):
        url = html.unescape(match.group(1))
        if url.split("#")[0].endswith("/" + WHEEL) or url.split("#")[0] == WHEEL:
            return urllib.parse.urljoin(f"{index}/{PACKAGE}/", url.split("#")[0])
    raise _fetch_error(
        Text(QT_TRANSLATE_NOOP("SdkError", "软件源 {index} 上没有 {wheel}。"), index=index, wheel=WHEEL)
    )


def download_wheel(index: str = DEFAULT_INDEX) -> bytes:
    try:
        with urllib.request.urlopen(_wheel_url(index), timeout=300) as response:
            data: bytes = response.read()
    except OSError as exc:
        raise _fetch_error(
            Text(
                QT_TRANSLATE_NOOP(
                    "SdkError", "下载官方 SDK 失败：{error}。请检查网络，或用 --index-url 指定 PyPI 镜像。"
                ),
                error=str(exc),
            )
        ) from exc
    return data


def install_from_wheel(wheel: bytes, destination: Path | None = None) -> list[Path]:
    """Verify the wheel and each binary against the pinned digests, then place them under native/."""
    digest = hashlib.sha256(wheel).hexdigest()
    if digest != WHEEL_SHA256:
        raise _fetch_error(
            Text(
                QT_TRANSLATE_NOOP("SdkError", "下载的 {wheel} 校验失败（SHA-256 {digest}），已拒绝。"),
                wheel=WHEEL,
                digest=digest,
            )
        )
    root = destination or bundle_root() / "native"
    written = []
    with zipfile.ZipFile(io.BytesIO(wheel)) as archive:
        for pinned in FILES:
            data = archive.read(pinned.member)
            if hashlib.sha256(data).hexdigest() != pinned.sha256:
                raise _fetch_error(
                    Text(QT_TRANSLATE_NOOP("SdkError", "{member} 校验失败，已拒绝。"), member=pinned.member)
                )
            target = root / pinned.folder / pinned.name
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)
            written.append(target)
    return written
