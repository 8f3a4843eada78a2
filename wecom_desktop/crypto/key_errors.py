"""Typed, bilingual errors of private-key loading and RSA unwrapping.

Every message is a fixed text (plus a label, a bit count, a version or a file name): none
ever contains key material, so they are safe to show, log and put in bug reports.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

_SAMPLE_BEGIN = "-----BEGIN RSA PRIVATE KEY----- / -----BEGIN PRIVATE KEY-----"
_STRIP_ZH = "openssl pkey -in 原私钥文件 -out 新私钥.pem"
_STRIP_EN = "openssl pkey -in old_key_file -out new_key.pem"


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


_TEXTS: dict[KeyProblem, tuple[str, str]] = {
    KeyProblem.EMPTY: (
        f"没有填写私钥：请粘贴私钥文件的全部内容（通常以 {_SAMPLE_BEGIN} 开头）。",
        f"No private key given: paste the whole private key file (it usually starts with {_SAMPLE_BEGIN}).",
    ),
    KeyProblem.NOT_A_KEY: (
        "这段内容不是私钥：其中没有找到 RSA 私钥。请粘贴私钥文件的全部内容，"
        "包括 -----BEGIN … PRIVATE KEY----- 和 -----END … PRIVATE KEY----- 两行。",
        "This is not a private key: no RSA private key was found in it. Paste the whole private key file, "
        "including the -----BEGIN … PRIVATE KEY----- and -----END … PRIVATE KEY----- lines.",
    ),
    KeyProblem.CERTIFICATE: (
        "这是证书（或证书请求），不是私钥。这里需要的是与管理后台中「消息加密公钥」配对的 RSA 私钥。",
        "This is a certificate (or a certificate request), not a private key. Paste the RSA private key "
        "that pairs with the message encryption public key (消息加密公钥) in the admin console.",
    ),
    KeyProblem.OPENSSH: (
        "这是 OpenSSH 格式的私钥（BEGIN OPENSSH PRIVATE KEY），暂不支持。请先复制一份私钥文件，"
        "再用 ssh-keygen -p -m PEM -f 私钥副本 把副本原地转换为 PEM 格式（会询问口令，可直接回车），"
        "然后粘贴转换后的内容。openssl 不能读取这种格式。",
        "This is an OpenSSH-format private key (BEGIN OPENSSH PRIVATE KEY), which is not supported. Copy "
        "the key file, convert the copy in place with ssh-keygen -p -m PEM -f key_copy (it asks for "
        "passphrases; Enter keeps none), then paste the result. openssl cannot read this format.",
    ),
    KeyProblem.PUTTY: (
        "这是 PuTTY 格式的私钥（.ppk），暂不支持。请在 PuTTYgen 中载入它，选择 Conversions → "
        "Export OpenSSH key 导出（或运行 puttygen 私钥.ppk -O private-openssh -o 私钥.pem），再粘贴导出的内容。",
        "This is a PuTTY private key (.ppk), which is not supported. Load it in PuTTYgen and use "
        "Conversions → Export OpenSSH key (or run puttygen key.ppk -O private-openssh -o key.pem), "
        "then paste the exported text.",
    ),
    KeyProblem.PUBLIC_KEY: (
        "这是公钥，不是私钥。管理后台（管理工具 → 会话内容存档 → 消息加密公钥）里填写的是公钥；"
        f"这里需要与之配对的私钥，它只保存在您自己手中，通常以 {_SAMPLE_BEGIN} 开头。",
        "This is a public key, not the private key. The admin console (管理工具 → 会话内容存档 → 消息加密公钥) "
        "holds the public key; here you need the matching private key, which stays with you and usually "
        f"starts with {_SAMPLE_BEGIN}.",
    ),
    KeyProblem.NOT_RSA: (
        "这不是 RSA 私钥（类型：{detail}）。企业微信会话内容存档只使用 RSA 密钥（2048 位）。",
        "This is not an RSA private key (type: {detail}). WeCom's chat archive only uses RSA keys (2048-bit).",
    ),
    KeyProblem.TOO_SMALL: (
        "这个 RSA 私钥只有 {bits} 位，太短了：企业微信要求 2048 位的密钥。"
        "请生成新的 2048 位密钥对，并在管理后台更新消息加密公钥。",
        "This RSA key has only {bits} bits, too few: WeCom asks for a 2048-bit key. Generate a new "
        "2048-bit key pair and update the message encryption public key in the admin console.",
    ),
    KeyProblem.TRUNCATED: (
        "私钥看起来不完整（被截断了）：内容比私钥应有的长度短，复制时可能漏掉了一部分。"
        "请打开私钥文件重新完整复制，从 -----BEGIN 那一行一直到 -----END 那一行。",
        "The private key looks truncated (incomplete): the text ends before the key does, so part of it "
        "was probably lost while copying. Open the key file and copy it again in full, from the -----BEGIN "
        "line to the -----END line.",
    ),
    KeyProblem.CORRUPT: (
        "私钥内容已损坏：有字符被改动、多出或缺失，无法可靠还原。请从原始私钥文件重新复制，"
        "不要经过会改动文字的聊天软件或文档工具。",
        "The private key is damaged: characters were changed, added or lost, so it cannot be restored "
        "reliably. Copy it again from the original key file, not through a chat or document tool that "
        "alters text.",
    ),
    KeyProblem.MULTIPLE_KEYS: (
        "粘贴的内容里有不止一个私钥，无法确定要用哪一个。请只粘贴一个私钥；每个 publickey_ver 版本分别添加。",
        "The text holds more than one private key, so it is unclear which one to use. Paste one key only; "
        "add each publickey_ver version separately.",
    ),
    KeyProblem.PASSPHRASE_REQUIRED: (
        "这个私钥设有口令（密码）保护：请同时填写私钥口令。",
        "This private key is protected by a passphrase: enter the passphrase too.",
    ),
    KeyProblem.WRONG_PASSPHRASE: (
        "私钥口令不正确，无法解开私钥。请核对口令（注意大小写和输入法）。如果确定口令无误，"
        f"可能是加密方式不受支持：可先用 {_STRIP_ZH} 去掉口令，再粘贴新文件的内容。",
        "Wrong passphrase: the private key could not be decrypted. Check it (case, keyboard layout). If you "
        f"are sure it is right, the encryption may be unsupported: remove it with {_STRIP_EN} and paste the "
        "new file.",
    ),
    KeyProblem.UNSUPPORTED_ENCRYPTION: (
        "私钥所用的加密方式（{detail}）不受支持。请先用 "
        f"{_STRIP_ZH} 去掉口令（之后可再用 openssl pkcs8 -topk8 -v2 aes-256-cbc 重新加密），再粘贴新文件的内容。",
        "The private key is encrypted with an unsupported cipher ({detail}). Remove the passphrase with "
        f"{_STRIP_EN} (re-encrypt later with openssl pkcs8 -topk8 -v2 aes-256-cbc if you like), then paste "
        "the new file.",
    ),
    KeyProblem.UNREADABLE: (
        "无法读取这个文件（{detail}）。",
        "This file cannot be read ({detail}).",
    ),
    KeyProblem.BAD_FILE_NAME: (
        "文件名无法识别：私钥文件须命名为 private_key_v<版本号>.pem，版本号为不小于 1 的整数（即 publickey_ver），"
        "每个版本只能有一个文件。",
        "File name not understood: name key files private_key_v<N>.pem, N being the publickey_ver (an "
        "integer, 1 or more), one file per version.",
    ),
}


class PrivateKeyError(ValueError):
    """A text or file that is not a usable RSA private key; `reason` says which case."""

    def __init__(self, reason: KeyProblem, *, detail: str = "", bits: int = 0) -> None:
        self.reason = reason
        zh, en = _TEXTS[reason]
        self.message_zh = zh.format(detail=detail, bits=bits)
        self.message_en = en.format(detail=detail, bits=bits)
        super().__init__(f"{self.message_zh} / {self.message_en}")


class UnwrapProblem(enum.StrEnum):
    """Why `encrypt_random_key` could not be unwrapped."""

    BAD_BASE64 = "bad_base64"
    WRONG_LENGTH = "wrong_length"
    WRONG_KEY = "wrong_key"


_UNWRAP_TEXTS: dict[UnwrapProblem, tuple[str, str]] = {
    UnwrapProblem.BAD_BASE64: (
        "encrypt_random_key 不是有效的 base64 文本，数据可能已损坏。",
        "encrypt_random_key is not valid base64; the record may be damaged.",
    ),
    UnwrapProblem.WRONG_LENGTH: (
        "encrypt_random_key 的长度与{which}私钥不符：该消息是用另一把（长度不同的）公钥加密的。",
        "encrypt_random_key does not fit the length of {which_en}private key: the record was encrypted "
        "with a different public key (of another size).",
    ),
    UnwrapProblem.WRONG_KEY: (
        "无法用{which}私钥解开 encrypt_random_key：私钥与加密该消息的公钥不匹配，或数据已损坏。"
        "请确认为每个 publickey_ver 版本填写了对应的私钥。",
        "encrypt_random_key could not be unwrapped with {which_en}private key: the key does not match the "
        "public key that encrypted the record, or the data is damaged. Check that each publickey_ver has "
        "its own matching private key.",
    ),
}


class UnwrapError(ValueError):
    """`encrypt_random_key` could not be RSA-unwrapped; never says which byte failed."""

    def __init__(self, reason: UnwrapProblem, version: int | None = None) -> None:
        self.reason = reason
        self.version = version
        zh, en = _UNWRAP_TEXTS[reason]
        which = f"版本 {version} 的" if version is not None else "该"
        which_en = f"the publickey_ver {version} " if version is not None else "this "
        self.message_zh = zh.format(which=which)
        self.message_en = en.format(which_en=which_en)
        super().__init__(f"{self.message_zh} / {self.message_en}")


class MissingKeyError(LookupError):
    """No private key for a record's `publickey_ver`: keep the record and retry once one is added."""

    def __init__(self, version: int) -> None:
        self.version = version
        self.message_zh = (
            f"没有版本 {version} 的私钥（publickey_ver = {version}）：请在设置中添加该版本的私钥；"
            f"无界面同步时，把它保存为 WECOM_PRIVATE_KEYS 文件夹中的 private_key_v{version}.pem。"
        )
        self.message_en = (
            f"No private key for publickey_ver {version}: add it in settings; for headless sync, save it "
            f"as private_key_v{version}.pem in the WECOM_PRIVATE_KEYS folder."
        )
        super().__init__(f"{self.message_zh} / {self.message_en}")


@dataclass(frozen=True, slots=True)
class KeyFileProblem:
    """One file of a key folder that did not give a key, and why."""

    file: str  # the file name, no key material
    error: PrivateKeyError

    @property
    def message_zh(self) -> str:
        return f"{self.file}：{self.error.message_zh}"

    @property
    def message_en(self) -> str:
        return f"{self.file}: {self.error.message_en}"


class KeyFolderError(ValueError):
    """A key folder that cannot be used: missing, empty, or holding bad key files (all listed)."""

    def __init__(self, message_zh: str, message_en: str, problems: tuple[KeyFileProblem, ...] = ()) -> None:
        self.problems = problems
        self.message_zh = "\n".join([message_zh, *(p.message_zh for p in problems)])
        self.message_en = "\n".join([message_en, *(p.message_en for p in problems)])
        super().__init__(f"{self.message_zh}\n/\n{self.message_en}")
