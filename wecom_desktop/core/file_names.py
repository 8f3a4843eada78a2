"""Names of files the archive refers to, as the desktop receives them: a name offered for saving,
and whether opening a file may run a program."""

from __future__ import annotations

import re

_NAME_BYTES = 200
# Separators, what Windows refuses in a name, control characters and the direction marks that
# make "invoice\u202efdp.exe" read as "invoiceexe.pdf".
_NOT_IN_A_NAME = re.compile('[\x00-\x1f\x7f<>:"/\\\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]')
_RESERVED_ON_WINDOWS = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", re.IGNORECASE)
# Extensions the desktop runs, installs or executes on opening rather than showing.
RUNNABLE_EXTENSIONS = frozenset(
    {
        "app", "appimage", "apk", "bat", "bin", "cmd", "com", "command", "cpl", "csh", "deb", "desktop",
        "dll", "exe", "gadget", "hta", "inf", "ins", "isp", "jar", "js", "jse", "ksh", "lnk", "msc",
        "msi", "msp", "pif", "pkg", "ps1", "psm1", "py", "pyw", "reg", "rpm", "run", "scf", "scr", "sh",
        "url", "vb", "vbe", "vbs", "ws", "wsc", "wsf", "wsh",
    }
)  # fmt: skip


def saving_name(name: str, fallback: str = "file") -> str:
    """The name to offer when saving a file the archive names: its last part only, without what
    no file system or honest name holds, never hidden, never a Windows device, at most 200 bytes
    with its extension kept."""
    last = re.split(r"[/\\]", name)[-1]
    cleaned = _NOT_IN_A_NAME.sub("_", last).strip(" .") or fallback
    if _RESERVED_ON_WINDOWS.fullmatch(cleaned):
        cleaned = f"_{cleaned}"
    if len(cleaned.encode("utf-8")) <= _NAME_BYTES:
        return cleaned
    stem, dot, extension = cleaned.rpartition(".")
    if not dot or len(extension) > 16:
        stem, extension = cleaned, ""
    room = _NAME_BYTES - len(extension.encode("utf-8")) - len(dot)
    return stem.encode("utf-8")[:room].decode("utf-8", "ignore") + (f".{extension}" if extension else "")


def runs_programs(file_name: str) -> bool:
    """Whether opening the file may run a program (by its extension, as the desktop decides)."""
    _, dot, extension = file_name.rpartition(".")
    return bool(dot) and extension.strip().lower() in RUNNABLE_EXTENSIONS
