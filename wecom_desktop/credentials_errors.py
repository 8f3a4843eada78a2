"""Typed, translatable errors of the credential store (Chinese source text).

No message ever holds a secret: they name the entry ("the private key of publickey_ver 3"),
the keyring backend and, for keyring failures, the failure's type and its text with every
registered secret redacted.
"""

from __future__ import annotations

import enum
import re
import sys

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Source, Text, TranslatableError

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

_HEADLESS = QT_TRANSLATE_NOOP(
    "KeyringUnavailable",
    "凭据只保存在系统钥匙串中，绝不写入普通文件。无界面同步可改用环境变量 WECOM_CORP_ID、WECOM_SECRET、"
    "WECOM_PRIVATE_KEYS（存放 private_key_v<N>.pem 的文件夹）和 WECOM_PROXY_PASSWORD。",
)


def _keyring_name() -> Text:
    """What the system keyring is called on this platform."""
    if sys.platform == "win32":
        return Text(QT_TRANSLATE_NOOP("KeyringUnavailable", "Windows 凭据管理器"))
    if sys.platform == "darwin":
        return Text(QT_TRANSLATE_NOOP("KeyringUnavailable", "macOS 钥匙串"))
    return Text(QT_TRANSLATE_NOOP("KeyringUnavailable", "Secret Service（gnome-keyring / KWallet）"))


class CredentialError(TranslatableError):
    """Base of the credential store's errors: `text` (`message_zh`, `message_en`), never a secret."""


class UnavailableReason(enum.StrEnum):
    """Why no secure keyring can be used."""

    NO_BACKEND = "no_backend"  # keyring found none (its fail or null backend)
    INSECURE_BACKEND = "insecure_backend"  # a backend that is not the OS keyring (e.g. keyrings.alt files)
    NO_SERVICE = "no_service"  # the OS keyring's service cannot be reached
    LOCKED = "locked"  # locked, and unlocking was refused or could not be asked


def _unavailable_text(reason: UnavailableReason, detail: str) -> Source:
    """The message of `reason` (with or without the failure's `detail`), ending in {headless}."""
    if reason is UnavailableReason.NO_BACKEND:
        if sys.platform.startswith("linux"):
            if detail:
                return QT_TRANSLATE_NOOP(
                    "KeyringUnavailable",
                    "没有可用的系统钥匙串：当前会话中没有 {name}（{detail}）。"
                    "请在桌面会话中运行（GNOME / KDE 登录时会启动钥匙串）。{headless}",
                )
            return QT_TRANSLATE_NOOP(
                "KeyringUnavailable",
                "没有可用的系统钥匙串：当前会话中没有 {name}。"
                "请在桌面会话中运行（GNOME / KDE 登录时会启动钥匙串）。{headless}",
            )
        if detail:
            return QT_TRANSLATE_NOOP(
                "KeyringUnavailable", "没有可用的系统钥匙串：当前会话中没有 {name}（{detail}）。{headless}"
            )
        return QT_TRANSLATE_NOOP(
            "KeyringUnavailable", "没有可用的系统钥匙串：当前会话中没有 {name}。{headless}"
        )
    if reason is UnavailableReason.INSECURE_BACKEND:
        return QT_TRANSLATE_NOOP(
            "KeyringUnavailable",
            "keyring 配置的后端 {backend} 不是系统钥匙串（可能以明文文件保存密码），本程序拒绝使用。"
            "请检查 PYTHON_KEYRING_BACKEND 环境变量和 keyringrc.cfg。{headless}",
        )
    if reason is UnavailableReason.NO_SERVICE:
        if detail:
            return QT_TRANSLATE_NOOP(
                "KeyringUnavailable",
                "无法连接系统钥匙串：当前会话中没有运行的 {name}（{detail}）。{headless}",
            )
        return QT_TRANSLATE_NOOP(
            "KeyringUnavailable", "无法连接系统钥匙串：当前会话中没有运行的 {name}。{headless}"
        )
    if detail:
        return QT_TRANSLATE_NOOP(
            "KeyringUnavailable",
            "系统钥匙串 {name}已锁定，且未能解锁（解锁提示被取消或无法显示）（{detail}）。{headless}",
        )
    return QT_TRANSLATE_NOOP(
        "KeyringUnavailable", "系统钥匙串 {name}已锁定，且未能解锁（解锁提示被取消或无法显示）。{headless}"
    )


class KeyringUnavailable(CredentialError):
    """No usable, secure system keyring: nothing was read or stored (and never a file instead)."""

    def __init__(self, reason: UnavailableReason, backend: str, detail: str = "") -> None:
        self.reason = reason
        self.backend = backend
        self.detail = detail
        super().__init__(
            Text(
                _unavailable_text(reason, detail),
                name=_keyring_name(),
                backend=backend,
                detail=detail,
                headless=Text(_HEADLESS),
            )
        )


_VERBS = {
    "read": QT_TRANSLATE_NOOP("CredentialAccessError", "读取"),
    "store": QT_TRANSLATE_NOOP("CredentialAccessError", "保存"),
    "delete": QT_TRANSLATE_NOOP("CredentialAccessError", "删除"),
}


class CredentialAccessError(CredentialError):
    """The keyring is there but failed one operation (nothing partial was returned)."""

    def __init__(self, operation: str, backend: str, detail: str) -> None:
        self.operation = operation
        self.backend = backend
        self.detail = detail
        verb = _VERBS.get(operation)
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP("CredentialAccessError", "系统钥匙串（{backend}）未能{verb}凭据：{detail}"),
                backend=backend,
                verb=Text(verb) if verb is not None else operation,
                detail=detail,
            )
        )


class DamageProblem(enum.StrEnum):
    """How a stored value is damaged."""

    MISSING_PART = "missing_part"
    CHECKSUM = "checksum"
    BAD_HEADER = "bad_header"
    BAD_CONTENT = "bad_content"


_KEY_ENTRY = re.compile(r"key/v(\d+)")
_ENTRY_LABELS = {
    "corp_id": QT_TRANSLATE_NOOP("StoredValueDamaged", "企业 ID"),
    "secret": QT_TRANSLATE_NOOP("StoredValueDamaged", "会话内容存档 Secret"),
    "proxy_password": QT_TRANSLATE_NOOP("StoredValueDamaged", "代理密码"),
    "database_key": QT_TRANSLATE_NOOP("StoredValueDamaged", "档案数据库密钥"),
    "key_versions": QT_TRANSLATE_NOOP("StoredValueDamaged", "私钥版本列表"),
}


def entry_label(entry: str) -> Text | str:
    """What an entry holds, for messages (an unknown entry: its own name)."""
    if match := _KEY_ENTRY.fullmatch(entry):
        return Text(QT_TRANSLATE_NOOP("StoredValueDamaged", "版本 {version} 的私钥"), version=match.group(1))
    label = _ENTRY_LABELS.get(entry)
    return Text(label) if label is not None else entry


_DAMAGE = {
    DamageProblem.MISSING_PART: QT_TRANSLATE_NOOP("StoredValueDamaged", "缺少第 {part} 段"),
    DamageProblem.CHECKSUM: QT_TRANSLATE_NOOP("StoredValueDamaged", "各段拼接后与校验和不符"),
    DamageProblem.BAD_HEADER: QT_TRANSLATE_NOOP("StoredValueDamaged", "分段记录无法识别"),
    DamageProblem.BAD_CONTENT: QT_TRANSLATE_NOOP("StoredValueDamaged", "内容无法识别"),
}


class StoredValueDamaged(CredentialError):
    """A stored value that cannot be trusted: a part missing, a checksum mismatch, a bad header."""

    def __init__(self, entry: str, problem: DamageProblem, part: int | None = None) -> None:
        self.entry = entry
        self.problem = problem
        self.part = part
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP(
                    "StoredValueDamaged", "系统钥匙串中保存的{label}已损坏（{why}），无法使用：请重新填写。"
                ),
                label=entry_label(entry),
                why=Text(_DAMAGE[problem], part=part),
            )
        )
