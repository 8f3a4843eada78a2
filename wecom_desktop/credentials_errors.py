"""Typed, bilingual errors of the credential store.

No message ever holds a secret: they name the entry ("the private key of publickey_ver 3"),
the keyring backend and, for keyring failures, the failure's type and its text with every
registered secret redacted.
"""

from __future__ import annotations

import enum
import re
import sys

__all__ = [
    "HEADLESS_ENV_VARS",
    "CredentialAccessError",
    "CredentialError",
    "DamageProblem",
    "KeyringUnavailable",
    "StoredValueDamaged",
    "UnavailableReason",
    "entry_label",
]

# The headless alternative to the keyring (read by `wecom-desktop sync`).
HEADLESS_ENV_VARS = ("WECOM_CORP_ID", "WECOM_SECRET", "WECOM_PRIVATE_KEYS", "WECOM_PROXY_PASSWORD")

_HEADLESS_ZH = (
    "凭据只保存在系统钥匙串中，绝不写入普通文件。无界面同步可改用环境变量 WECOM_CORP_ID、WECOM_SECRET、"
    "WECOM_PRIVATE_KEYS（存放 private_key_v<N>.pem 的文件夹）和 WECOM_PROXY_PASSWORD。"
)
_HEADLESS_EN = (
    "Credentials are kept in the system keyring only, never in plain files. For headless sync, set the "
    "environment variables WECOM_CORP_ID, WECOM_SECRET, WECOM_PRIVATE_KEYS (a folder of "
    "private_key_v<N>.pem files) and WECOM_PROXY_PASSWORD instead."
)


def _keyring_names() -> tuple[str, str]:
    """What the system keyring is called on this platform (Chinese, English)."""
    if sys.platform == "win32":
        return "Windows 凭据管理器", "the Windows Credential Manager"
    if sys.platform == "darwin":
        return "macOS 钥匙串", "the macOS Keychain"
    return "Secret Service（gnome-keyring / KWallet）", "Secret Service (gnome-keyring / KWallet)"


class CredentialError(Exception):
    """Base of the credential store's errors: `message_zh`, `message_en`, never a secret."""

    def __init__(self, message_zh: str, message_en: str) -> None:
        self.message_zh = message_zh
        self.message_en = message_en
        super().__init__(f"{message_zh} / {message_en}")


class UnavailableReason(enum.StrEnum):
    """Why no secure keyring can be used."""

    NO_BACKEND = "no_backend"  # keyring found none (its fail or null backend)
    INSECURE_BACKEND = "insecure_backend"  # a backend that is not the OS keyring (e.g. keyrings.alt files)
    NO_SERVICE = "no_service"  # the OS keyring's service cannot be reached
    LOCKED = "locked"  # locked, and unlocking was refused or could not be asked


class KeyringUnavailable(CredentialError):
    """No usable, secure system keyring: nothing was read or stored (and never a file instead)."""

    def __init__(self, reason: UnavailableReason, backend: str, detail: str = "") -> None:
        self.reason = reason
        self.backend = backend
        self.detail = detail
        name_zh, name_en = _keyring_names()
        extra_zh = f"（{detail}）" if detail else ""
        extra_en = f" ({detail})" if detail else ""
        if reason is UnavailableReason.NO_BACKEND:
            what_zh = f"没有可用的系统钥匙串：当前会话中没有 {name_zh}{extra_zh}。"
            what_en = f"No system keyring: no {name_en} on this session{extra_en}."
            if sys.platform.startswith("linux"):
                what_zh += "请在桌面会话中运行（GNOME / KDE 登录时会启动钥匙串）。"
                what_en += " Run inside a desktop session (GNOME / KDE start one at login)."
        elif reason is UnavailableReason.INSECURE_BACKEND:
            what_zh = (
                f"keyring 配置的后端 {backend} 不是系统钥匙串（可能以明文文件保存密码），本程序拒绝使用。"
                "请检查 PYTHON_KEYRING_BACKEND 环境变量和 keyringrc.cfg。"
            )
            what_en = (
                f"The keyring backend {backend} is not the system keyring (it may keep passwords in plain "
                "files), so it is refused. Check the PYTHON_KEYRING_BACKEND variable and keyringrc.cfg."
            )
        elif reason is UnavailableReason.NO_SERVICE:
            what_zh = f"无法连接系统钥匙串：当前会话中没有运行的 {name_zh}{extra_zh}。"
            what_en = f"Cannot reach the system keyring: no {name_en} running on this session{extra_en}."
        else:
            what_zh = f"系统钥匙串 {name_zh}已锁定，且未能解锁（解锁提示被取消或无法显示）{extra_zh}。"
            what_en = (
                f"The system keyring, {name_en}, is locked and could not be unlocked (the unlock prompt "
                f"was dismissed or could not be shown){extra_en}."
            )
        super().__init__(f"{what_zh}{_HEADLESS_ZH}", f"{what_en} {_HEADLESS_EN}")


class CredentialAccessError(CredentialError):
    """The keyring is there but failed one operation (nothing partial was returned)."""

    def __init__(self, operation: str, backend: str, detail: str) -> None:
        self.operation = operation
        self.backend = backend
        self.detail = detail
        verb_zh = {"read": "读取", "store": "保存", "delete": "删除"}.get(operation, operation)
        super().__init__(
            f"系统钥匙串（{backend}）未能{verb_zh}凭据：{detail}",
            f"The system keyring ({backend}) failed to {operation} a credential: {detail}",
        )


class DamageProblem(enum.StrEnum):
    """How a stored value is damaged."""

    MISSING_PART = "missing_part"
    CHECKSUM = "checksum"
    BAD_HEADER = "bad_header"
    BAD_CONTENT = "bad_content"


_KEY_ENTRY = re.compile(r"key/v(\d+)")


def entry_label(entry: str) -> tuple[str, str]:
    """What an entry holds, for messages (Chinese, English)."""
    if match := _KEY_ENTRY.fullmatch(entry):
        return f"版本 {match.group(1)} 的私钥", f"private key of publickey_ver {match.group(1)}"
    return {
        "corp_id": ("企业 ID", "corp ID"),
        "secret": ("会话内容存档 Secret", "chat archive Secret"),
        "proxy_password": ("代理密码", "proxy password"),
        "database_key": ("档案数据库密钥", "archive database key"),
        "key_versions": ("私钥版本列表", "list of private key versions"),
    }.get(entry, (entry, entry))


class StoredValueDamaged(CredentialError):
    """A stored value that cannot be trusted: a part missing, a checksum mismatch, a bad header."""

    def __init__(self, entry: str, problem: DamageProblem, part: int | None = None) -> None:
        self.entry = entry
        self.problem = problem
        self.part = part
        label_zh, label_en = entry_label(entry)
        why_zh, why_en = {
            DamageProblem.MISSING_PART: (f"缺少第 {part} 段", f"part {part} is missing"),
            DamageProblem.CHECKSUM: ("各段拼接后与校验和不符", "its parts do not match their checksum"),
            DamageProblem.BAD_HEADER: ("分段记录无法识别", "its part header is not understood"),
            DamageProblem.BAD_CONTENT: ("内容无法识别", "its content is not understood"),
        }[problem]
        super().__init__(
            f"系统钥匙串中保存的{label_zh}已损坏（{why_zh}），无法使用：请重新填写。",
            f"The {label_en} stored in the system keyring is damaged ({why_en}) and cannot be used: "
            "enter it again.",
        )
