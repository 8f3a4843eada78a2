"""What the set-up wizard collects, validated: handed to the caller, which keeps secrets in the keyring."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from wecom_desktop.crypto.keys import PrivateKey

_CORP_ID = re.compile(r"ww[0-9a-fA-F]{16}")
_SECRET = re.compile(r"[A-Za-z0-9_\-]{20,64}")


@dataclass
class SetupValues:
    corp_id: str = ""
    secret: str = ""
    keys: dict[int, PrivateKey] = field(default_factory=dict)
    proxy: str = ""
    proxy_password: str = ""  # user:password
    sdk_library: Path | None = None


def corp_id_problem(text: str) -> str:
    """Why `text` is not a corp id ('' when it is one)."""
    value = text.strip()
    if not value:
        return QCoreApplication.translate("Setup", "请填写企业 ID。")
    if not _CORP_ID.fullmatch(value):
        return QCoreApplication.translate(
            "Setup", "企业 ID 应为 ww 开头的 18 位字符（管理后台「我的企业 → 企业信息」底部可以看到）。"
        )
    return ""


def secret_problem(text: str) -> str:
    value = text.strip()
    if not value:
        return QCoreApplication.translate("Setup", "请填写会话内容存档的 Secret。")
    if not _SECRET.fullmatch(value):
        return QCoreApplication.translate(
            "Setup",
            "Secret 只含字母、数字、- 和 _（在「管理工具 → 会话内容存档」中查看），请检查是否复制完整。",
        )
    return ""
