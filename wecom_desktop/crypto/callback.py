"""WeCom callback crypto (WXBizMsgCrypt and its JSON variant): URL verification, decryption of
POST bodies, encryption of replies, with the official error codes.

msg_encrypt = Base64(AES-256-CBC(random 16 ‖ length (4 bytes, big-endian) ‖ msg ‖ ReceiveId)),
IV = key[:16], PKCS#7 padding to a multiple of 32 bytes; msg_signature = SHA1 of the sorted
concatenation of token, timestamp, nonce and the ciphertext.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import string
import struct
from dataclasses import dataclass
from typing import Literal
from xml.etree.ElementTree import Element, ParseError

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.crypto.callback_errors import CallbackCode, CallbackError

KEY_LENGTH = 43
_BLOCK = 32  # the padding block of WXBizMsgCrypt, not AES's 16
_ALPHANUMERIC = frozenset(string.ascii_letters + string.digits)
BodyForm = Literal["xml", "json"]


# Whitespace, a BOM and zero-width characters: what copying carries along around a value.
_COPIED = string.whitespace + "\u00a0\u3000\ufeff\u200b\u200c\u200d\u2060"


def trimmed(value: str, spaces: bool = True) -> str:
    """A pasted value without what copying adds around it. Tokens, keys, ids, timestamps, nonces and
    ciphertexts never hold any of it. `spaces=False` keeps spaces: in a form-decoded ciphertext
    they stand for '+'."""
    return value.strip(_COPIED if spaces else _COPIED.replace(" ", ""))


@dataclass(frozen=True)
class Decrypted:
    message: str  # the plaintext payload (XML, JSON, or the echo string)
    receive_id: str  # the ReceiveId the ciphertext actually carries


def parse_aes_key(encoding_aes_key: str) -> bytes:
    """The 32-byte AES key of an EncodingAESKey, or CallbackError(-40004) saying exactly what is wrong."""
    key = trimmed(encoding_aes_key)
    length = len(key)
    if length != KEY_LENGTH:
        if length == KEY_LENGTH + 1 and key.endswith("="):
            wrong = QT_TRANSLATE_NOOP(
                "CallbackError",
                "EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个：末尾多了 “=”，去掉它。",
            )
        elif length in (KEY_LENGTH - 1, KEY_LENGTH + 1):
            wrong = QT_TRANSLATE_NOOP(
                "CallbackError",
                "EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个：多半是复制时漏掉或多带了一个字符。",
            )
        else:
            wrong = QT_TRANSLATE_NOOP(
                "CallbackError", "EncodingAESKey 应为 {expected} 个字符，这里是 {length} 个。"
            )
        raise CallbackError(CallbackCode.ILLEGAL_AES_KEY, Text(wrong, expected=KEY_LENGTH, length=length))
    for position, char in enumerate(key, 1):
        if char not in _ALPHANUMERIC:
            raise CallbackError(
                CallbackCode.ILLEGAL_AES_KEY,
                Text(
                    QT_TRANSLATE_NOOP(
                        "CallbackError",
                        "第 {position} 个字符 {char} 不是字母或数字（企业微信的 EncodingAESKey 只含字母和数字）。",
                    ),
                    position=position,
                    char=repr(char),
                ),
            )
    return base64.b64decode(key + "=")  # 43 alphanumerics always decode to 32 bytes


def signature(token: str, timestamp: str | int, nonce: str | int, encrypted: str) -> str:
    """msg_signature: SHA1 over the lexicographically sorted, concatenated four strings."""
    try:
        joined = "".join(sorted([token, str(timestamp), str(nonce), encrypted])).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CallbackError(
            CallbackCode.COMPUTE_SIGNATURE,
            Text(
                QT_TRANSLATE_NOOP("CallbackError", "参数中有无法编码的字符（{reason}）。"), reason=exc.reason
            ),
        ) from exc
    return hashlib.sha1(joined).hexdigest()


def generate_token(length: int = 32) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def random_nonce() -> str:
    """A numeric nonce like WeCom's."""
    return str(10**8 + secrets.randbelow(9 * 10**8))


def generate_aes_key() -> str:
    """A random EncodingAESKey as WeCom makes them: 43 letters and digits."""
    while True:
        candidate = base64.b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
        if set(candidate) <= _ALPHANUMERIC:
            return candidate


class CallbackCrypto:
    """One callback configuration: token, EncodingAESKey and the expected ReceiveId.

    `receive_id=None` checks nothing and only reports the ReceiveId a message carries (useful
    when it is unknown whether a corp id, a suite id or nothing is expected).
    """

    def __init__(self, token: str, encoding_aes_key: str, receive_id: str | None) -> None:
        self.token = trimmed(token)
        self.key = parse_aes_key(encoding_aes_key)
        self.receive_id = None if receive_id is None else trimmed(receive_id)

    # -- receiving -------------------------------------------------------------------------
    def verify_url(
        self, msg_signature: str, timestamp: str | int, nonce: str | int, echostr: str
    ) -> Decrypted:
        """VerifyURL: check the signature over echostr and decrypt it; its message is the response body."""
        self._check_signature(msg_signature, timestamp, nonce, echostr, "echostr")
        return self._checked(self.decrypt(echostr))

    def decrypt_body(
        self, body: str | bytes, msg_signature: str, timestamp: str | int, nonce: str | int
    ) -> Decrypted:
        """DecryptMsg for an XML (<Encrypt>) or JSON ("encrypt") POST body."""
        encrypted = encrypted_field(body)
        self._check_signature(msg_signature, timestamp, nonce, encrypted, "Encrypt")
        return self._checked(self.decrypt(encrypted))

    def decrypt(self, encrypted: str) -> Decrypted:
        """Decrypt a ciphertext without checking signature or ReceiveId."""
        data = _b64decode(encrypted)
        if not data or len(data) % 16:
            raise CallbackError(
                CallbackCode.DECRYPT_AES,
                Text(
                    QT_TRANSLATE_NOOP(
                        "CallbackError", "密文解码后为 {size} 字节，不是 16 的正整数倍：密文被截断或改动了。"
                    ),
                    size=len(data),
                ),
            )
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(self.key[:16])).decryptor()
        plain = decryptor.update(data) + decryptor.finalize()
        pad = plain[-1]
        if not 1 <= pad <= _BLOCK or plain[-pad:] != bytes([pad]) * pad:
            raise _illegal_buffer(Text(QT_TRANSLATE_NOOP("CallbackError", "填充不正确")))
        content = plain[16:-pad]
        if len(content) < 4:
            raise _illegal_buffer(Text(QT_TRANSLATE_NOOP("CallbackError", "内容太短，没有长度字段")))
        (length,) = struct.unpack(">I", content[:4])
        if length > len(content) - 4:
            raise _illegal_buffer(
                Text(
                    QT_TRANSLATE_NOOP("CallbackError", "长度字段为 {length}，而内容只有 {available} 字节"),
                    length=length,
                    available=len(content) - 4,
                )
            )
        try:
            message = content[4 : 4 + length].decode("utf-8")
            receive_id = content[4 + length :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _illegal_buffer(Text(QT_TRANSLATE_NOOP("CallbackError", "明文不是 UTF-8 文本"))) from exc
        return Decrypted(message, receive_id)

    # -- replying --------------------------------------------------------------------------
    def encrypt(self, message: str, random16: bytes | None = None) -> str:
        """Base64 ciphertext of `message` with this configuration's ReceiveId."""
        try:
            payload = message.encode("utf-8")
            receive_id = (self.receive_id or "").encode("utf-8")
        except UnicodeEncodeError as exc:
            raise CallbackError(
                CallbackCode.ENCRYPT_AES,
                Text(
                    QT_TRANSLATE_NOOP("CallbackError", "内容中有无法编码为 UTF-8 的字符（{reason}）。"),
                    reason=exc.reason,
                ),
            ) from exc
        plain = (random16 or os.urandom(16)) + struct.pack(">I", len(payload)) + payload + receive_id
        pad = _BLOCK - len(plain) % _BLOCK
        plain += bytes([pad]) * pad
        encryptor = Cipher(algorithms.AES(self.key), modes.CBC(self.key[:16])).encryptor()
        return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode("ascii")

    def encrypt_reply(
        self, message: str, timestamp: str | int, nonce: str | int, form: BodyForm = "xml"
    ) -> str:
        """EncryptMsg: the signed envelope of an encrypted passive reply, in XML or JSON."""
        timestamp, nonce = str(timestamp), str(nonce)
        encrypted = self.encrypt(message)
        signed = signature(self.token, timestamp, nonce, encrypted)
        if form == "json":
            return json.dumps(
                {"encrypt": encrypted, "msgsignature": signed, "timestamp": timestamp, "nonce": nonce}
            )
        for name, value in (("timestamp", timestamp), ("nonce", nonce)):
            if "]]>" in value or "<" in value:
                raise CallbackError(
                    CallbackCode.GENERATE_REPLY,
                    Text(QT_TRANSLATE_NOOP("CallbackError", "{name} 含有不能放进 XML 的字符。"), name=name),
                )
        return (
            f"<xml>\n<Encrypt><![CDATA[{encrypted}]]></Encrypt>\n"
            f"<MsgSignature><![CDATA[{signed}]]></MsgSignature>\n"
            f"<TimeStamp>{timestamp}</TimeStamp>\n<Nonce><![CDATA[{nonce}]]></Nonce>\n</xml>"
        )

    def encrypt_body(self, message: str, form: BodyForm = "xml", agent_id: str = "") -> str:
        """The body of a POST as WeCom sends it (ToUserName, AgentID, Encrypt); signed separately."""
        encrypted = self.encrypt(message)
        to_user = self.receive_id or ""
        if form == "json":
            return json.dumps({"tousername": to_user, "encrypt": encrypted, "agentid": agent_id})
        return (
            f"<xml><ToUserName><![CDATA[{to_user}]]></ToUserName>"
            f"<AgentID><![CDATA[{agent_id}]]></AgentID>"
            f"<Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"
        )

    # -- checks ----------------------------------------------------------------------------
    def _check_signature(
        self, given: str, timestamp: str | int, nonce: str | int, encrypted: str, field: str
    ) -> None:
        expected = signature(self.token, timestamp, nonce, encrypted)
        if not hmac.compare_digest(
            expected.encode("ascii"), given.strip().lower().encode("utf-8", "replace")
        ):
            raise CallbackError(
                CallbackCode.VALIDATE_SIGNATURE,
                Text(
                    QT_TRANSLATE_NOOP(
                        "CallbackError",
                        "由 Token、timestamp、nonce 和 {field} 算出的签名是 {expected}，请求中的 msg_signature 是 {given}。",
                    ),
                    field=field,
                    expected=expected,
                    given=given,
                ),
                _transport_damage(encrypted.strip(), field),
            )

    def _checked(self, decrypted: Decrypted) -> Decrypted:
        expected = self.receive_id
        if expected is not None and decrypted.receive_id != expected:
            raise CallbackError(
                CallbackCode.VALIDATE_RECEIVE_ID,
                Text(
                    QT_TRANSLATE_NOOP(
                        "CallbackError",
                        "消息携带的 ReceiveId 是 {carried}（{kind}），而填写的是 {expected}。",
                    ),
                    carried=repr(decrypted.receive_id),
                    kind=_id_kind(decrypted.receive_id),
                    expected=repr(expected),
                ),
            )
        return decrypted


def encrypted_field(body: str | bytes) -> str:
    """The ciphertext of a POST body: <Encrypt> of an XML body, "encrypt"/"Encrypt" of a JSON one."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<"):
        return _xml_encrypt(stripped)
    if stripped.startswith("{"):
        return _json_encrypt(stripped)
    if not stripped:
        raise CallbackError(
            CallbackCode.PARSE,
            Text(QT_TRANSLATE_NOOP("CallbackError", "请求体是空的：没有收到要解密的内容。")),
        )
    raise CallbackError(
        CallbackCode.PARSE,
        Text(
            QT_TRANSLATE_NOOP("CallbackError", "请求体既不是 XML（以 “<” 开头）也不是 JSON（以 “{{” 开头）。")
        ),
    )


def reply_fields(body: str) -> dict[str, str]:
    """MsgSignature, TimeStamp and Nonce of an encrypted passive reply (XML or JSON), where present."""
    stripped = body.strip()
    names = {"msgsignature": "msg_signature", "timestamp": "timestamp", "nonce": "nonce"}
    found: dict[str, str] = {}
    try:
        if stripped.startswith("<"):
            root = _parse_xml(stripped)
            for child in root:
                key = names.get(child.tag.lower())
                if key and child.text:
                    found[key] = child.text.strip()
        elif stripped.startswith("{"):
            data = json.loads(stripped)
            if isinstance(data, dict):
                for name, value in data.items():
                    key = names.get(str(name).lower())
                    if key and isinstance(value, str | int):
                        found[key] = str(value)
    except (CallbackError, ValueError):
        return {}
    return found


def _parse_xml(text: str) -> Element:
    try:
        root: Element = fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        return root
    except DefusedXmlException as exc:
        raise CallbackError(
            CallbackCode.PARSE,
            Text(
                QT_TRANSLATE_NOOP(
                    "CallbackError", "XML 含有 DTD 或实体声明（{kind}），为防止实体膨胀和外部实体攻击已拒绝。"
                ),
                kind=type(exc).__name__,
            ),
        ) from exc
    except ParseError as exc:
        raise CallbackError(
            CallbackCode.PARSE,
            Text(QT_TRANSLATE_NOOP("CallbackError", "XML 格式不正确（{error}）。"), error=str(exc)),
        ) from exc


def _xml_encrypt(text: str) -> str:
    root = _parse_xml(text)
    node = root.find("Encrypt")
    if node is None or not (node.text or "").strip():
        raise CallbackError(
            CallbackCode.PARSE,
            Text(QT_TRANSLATE_NOOP("CallbackError", "XML 中没有 <Encrypt> 元素或其为空。")),
        )
    return (node.text or "").strip()


def _json_encrypt(text: str) -> str:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise CallbackError(
            CallbackCode.PARSE,
            Text(QT_TRANSLATE_NOOP("CallbackError", "JSON 格式不正确（{error}）。"), error=str(exc)),
        ) from exc
    value = None
    if isinstance(data, dict):
        value = data.get("encrypt", data.get("Encrypt"))
    if not isinstance(value, str) or not value.strip():
        raise CallbackError(
            CallbackCode.PARSE,
            Text(QT_TRANSLATE_NOOP("CallbackError", "JSON 中没有 “encrypt”（或 “Encrypt”）文本字段。")),
        )
    return value.strip()


def _b64decode(encrypted: str) -> bytes:
    text = encrypted.strip()
    if " " in text:
        position = text.index(" ") + 1
        raise CallbackError(
            CallbackCode.DECODE_BASE64,
            Text(
                QT_TRANSLATE_NOOP(
                    "CallbackError",
                    "密文第 {position} 个字符是空格：URL 解码把 “+” 变成了空格（应使用不转换 “+” 的解码，如 unquote）。",
                ),
                position=position,
            ),
        )
    if "%" in text:
        raise CallbackError(
            CallbackCode.DECODE_BASE64,
            Text(QT_TRANSLATE_NOOP("CallbackError", "密文中含有 “%”：它还没有做 URL 解码。")),
        )
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CallbackError(
            CallbackCode.DECODE_BASE64,
            Text(QT_TRANSLATE_NOOP("CallbackError", "密文不是有效的 Base64（{error}）。"), error=str(exc)),
        ) from exc


def _transport_damage(encrypted: str, field: str) -> Text | None:
    """The likely cause of a signature mismatch when the ciphertext itself shows how it was damaged."""
    if "%" in encrypted:
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackError",
                "{field} 中含有 “%”：它还没有做 URL 解码（或被编码了两次）。请先用不转换 “+” 的方式解码（如 unquote）。",
            ),
            field=field,
        )
    if " " in encrypted:
        return Text(
            QT_TRANSLATE_NOOP(
                "CallbackError",
                "{field} 中含有空格：URL 解码把 “+” 变成了空格（应使用不转换 “+” 的解码，如 unquote）。",
            ),
            field=field,
        )
    return None


def _illegal_buffer(what: Text) -> CallbackError:
    return CallbackError(
        CallbackCode.ILLEGAL_BUFFER, Text(QT_TRANSLATE_NOOP("CallbackError", "解密结果{what}。"), what=what)
    )


def _id_kind(receive_id: str) -> Text:
    if not receive_id:
        return Text(QT_TRANSLATE_NOOP("CallbackError", "空：企业内部智能机器人，或个人主体的第三方应用"))
    if receive_id.startswith(("ww", "wx")):
        return Text(QT_TRANSLATE_NOOP("CallbackError", "企业 ID（corpid）或第三方应用的 suiteid"))
    if receive_id.startswith("tj"):
        return Text(QT_TRANSLATE_NOOP("CallbackError", "第三方应用的 suiteid"))
    return Text(QT_TRANSLATE_NOOP("CallbackError", "无法判断类型"))
