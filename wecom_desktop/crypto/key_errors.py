"""Typed, translatable errors of private-key loading and RSA unwrapping (Chinese source text).

Every message is a fixed text (plus a label, a bit count, a version or a file name): none
ever contains key material, so they are safe to show, log and put in bug reports.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from wecom_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    Source,
    Text,
    TranslatableError,
    Translate,
    untranslated,
)


class KeyProblem(enum.StrEnum):
    """Why a text, a file or a folder did not give a usable private key."""

    EMPTY = "empty"
    NOT_A_KEY = "not_a_key"
    CERTIFICATE = "certificate"
    OPENSSH = "openssh"
    PUTTY = "putty"
    PUBLIC_KEY = "public_key"
    NOT_RSA = "not_rsa"
    TOO_SMALL = "too_small"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    MULTIPLE_KEYS = "multiple_keys"
    PASSPHRASE_REQUIRED = "passphrase_required"
    WRONG_PASSPHRASE = "wrong_passphrase"
    UNSUPPORTED_ENCRYPTION = "unsupported_encryption"
    UNREADABLE = "unreadable"  # a key file that cannot be read
    BAD_FILE_NAME = "bad_file_name"  # looks like a key file, but not private_key_v<N>.pem


_TEXTS: dict[KeyProblem, Source] = {
    KeyProblem.EMPTY: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "没有填写私钥：请粘贴私钥文件的全部内容（通常以 -----BEGIN RSA PRIVATE KEY----- / "
        "-----BEGIN PRIVATE KEY----- 开头）。",
    ),
    KeyProblem.NOT_A_KEY: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "这段内容不是私钥：其中没有找到 RSA 私钥。请粘贴私钥文件的全部内容，"
        "包括 -----BEGIN … PRIVATE KEY----- 和 -----END … PRIVATE KEY----- 两行。",
    ),
    KeyProblem.CERTIFICATE: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "这是证书（或证书请求），不是私钥。这里需要的是与管理后台中「消息加密公钥」配对的 RSA 私钥。",
    ),
    KeyProblem.OPENSSH: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "这是 OpenSSH 格式的私钥（BEGIN OPENSSH PRIVATE KEY），暂不支持。请先复制一份私钥文件，"
        "再用 ssh-keygen -p -m PEM -f 私钥副本 把副本原地转换为 PEM 格式（会询问口令，可直接回车），"
        "然后粘贴转换后的内容。openssl 不能读取这种格式。",
    ),
    KeyProblem.PUTTY: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "这是 PuTTY 格式的私钥（.ppk），暂不支持。请在 PuTTYgen 中载入它，选择 Conversions → "
        "Export OpenSSH key 导出（或运行 puttygen 私钥.ppk -O private-openssh -o 私钥.pem），再粘贴导出的内容。",
    ),
    KeyProblem.PUBLIC_KEY: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "这是公钥，不是私钥。管理后台（管理工具 → 会话内容存档 → 消息加密公钥）里填写的是公钥；"
        "这里需要与之配对的私钥，它只保存在您自己手中，通常以 -----BEGIN RSA PRIVATE KEY----- / "
        "-----BEGIN PRIVATE KEY----- 开头。",
    ),
    KeyProblem.NOT_RSA: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "这不是 RSA 私钥（类型：{detail}）。企业微信会话内容存档只使用 RSA 密钥（2048 位）。",
    ),
    KeyProblem.TOO_SMALL: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "这个 RSA 私钥只有 {bits} 位，太短了：企业微信要求 2048 位的密钥。"
        "请生成新的 2048 位密钥对，并在管理后台更新消息加密公钥。",
    ),
    KeyProblem.TRUNCATED: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "私钥看起来不完整（被截断了）：内容比私钥应有的长度短，复制时可能漏掉了一部分。"
        "请打开私钥文件重新完整复制，从 -----BEGIN 那一行一直到 -----END 那一行。",
    ),
    KeyProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "私钥内容已损坏：有字符被改动、多出或缺失，无法可靠还原。请从原始私钥文件重新复制，"
        "不要经过会改动文字的聊天软件或文档工具。",
    ),
    KeyProblem.MULTIPLE_KEYS: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "粘贴的内容里有不止一个私钥，无法确定要用哪一个。请只粘贴一个私钥；每个 publickey_ver 版本分别添加。",
    ),
    KeyProblem.PASSPHRASE_REQUIRED: QT_TRANSLATE_NOOP(
        "PrivateKeyError", "这个私钥设有口令（密码）保护：请同时填写私钥口令。"
    ),
    KeyProblem.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "私钥口令不正确，无法解开私钥。请核对口令（注意大小写和输入法）。如果确定口令无误，"
        "可能是加密方式不受支持：可先用 openssl pkey -in 原私钥文件 -out 新私钥.pem 去掉口令，再粘贴新文件的内容。",
    ),
    KeyProblem.UNSUPPORTED_ENCRYPTION: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "私钥所用的加密方式（{detail}）不受支持。请先用 openssl pkey -in 原私钥文件 -out 新私钥.pem 去掉口令"
        "（之后可再用 openssl pkcs8 -topk8 -v2 aes-256-cbc 重新加密），再粘贴新文件的内容。",
    ),
    KeyProblem.UNREADABLE: QT_TRANSLATE_NOOP("PrivateKeyError", "无法读取这个文件（{detail}）。"),
    KeyProblem.BAD_FILE_NAME: QT_TRANSLATE_NOOP(
        "PrivateKeyError",
        "文件名无法识别：私钥文件须命名为 private_key_v<版本号>.pem，版本号为不小于 1 的整数（即 publickey_ver），"
        "每个版本只能有一个文件。",
    ),
}


class PrivateKeyError(TranslatableError, ValueError):
    """A text or file that is not a usable RSA private key; `reason` says which case."""

    def __init__(self, reason: KeyProblem, *, detail: str | Text = "", bits: int = 0) -> None:
        self.reason = reason
        super().__init__(Text(_TEXTS[reason], detail=detail, bits=bits))


class UnwrapProblem(enum.StrEnum):
    """Why `encrypt_random_key` could not be unwrapped."""

    BAD_BASE64 = "bad_base64"
    WRONG_LENGTH = "wrong_length"
    WRONG_KEY = "wrong_key"


_UNWRAP_TEXTS: dict[UnwrapProblem, Source] = {
    UnwrapProblem.BAD_BASE64: QT_TRANSLATE_NOOP(
        "UnwrapError", "encrypt_random_key 不是有效的 base64 文本，数据可能已损坏。"
    ),
    UnwrapProblem.WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "UnwrapError",
        "encrypt_random_key 的长度与{which}私钥不符：该消息是用另一把（长度不同的）公钥加密的。",
    ),
    UnwrapProblem.WRONG_KEY: QT_TRANSLATE_NOOP(
        "UnwrapError",
        "无法用{which}私钥解开 encrypt_random_key：私钥与加密该消息的公钥不匹配，或数据已损坏。"
        "请确认为每个 publickey_ver 版本填写了对应的私钥。",
    ),
}
_WHICH_VERSION = QT_TRANSLATE_NOOP("UnwrapError", "版本 {version} 的")
_WHICH_THIS = QT_TRANSLATE_NOOP("UnwrapError", "该")


class UnwrapError(TranslatableError, ValueError):
    """`encrypt_random_key` could not be RSA-unwrapped; never says which byte failed."""

    def __init__(self, reason: UnwrapProblem, version: int | None = None) -> None:
        self.reason = reason
        self.version = version
        which = Text(_WHICH_VERSION, version=version) if version is not None else Text(_WHICH_THIS)
        super().__init__(Text(_UNWRAP_TEXTS[reason], which=which))


class MissingKeyError(TranslatableError, LookupError):
    """No private key for a record's `publickey_ver`: keep the record and retry once one is added."""

    def __init__(self, version: int) -> None:
        self.version = version
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP(
                    "MissingKeyError",
                    "没有版本 {version} 的私钥（publickey_ver = {version}）：请在设置中添加该版本的私钥；"
                    "无界面同步时，把它保存为 WECOM_PRIVATE_KEYS 文件夹中的 private_key_v{version}.pem。",
                ),
                version=version,
            )
        )


@dataclass(frozen=True, slots=True)
class KeyFileProblem:
    """One file of a key folder that did not give a key, and why."""

    file: str  # the file name, no key material
    error: PrivateKeyError

    @property
    def text(self) -> Text:
        return Text(
            QT_TRANSLATE_NOOP("KeyFolderError", "{file}：{error}"), file=self.file, error=self.error.text
        )


class KeyFolderError(TranslatableError, ValueError):
    """A key folder that cannot be used: missing, empty, or holding bad key files (all listed).

    `text` is the headline; the message is it and then one line per problem."""

    def __init__(self, text: Text, problems: tuple[KeyFileProblem, ...] = ()) -> None:
        self.problems = problems
        super().__init__(text)

    def render(self, localize: Translate = untranslated) -> str:
        return "\n".join([self.text.render(localize), *(p.text.render(localize) for p in self.problems)])

    def __str__(self) -> str:
        return f"{self.message_zh}\n/\n{self.message_en}"
