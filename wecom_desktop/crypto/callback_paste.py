"""Verification parameters from whatever the user pasted: a callback URL, a raw query string or a
server log line, percent-decoded or not. '+' and space are ambiguous once a value went through
form decoding, so every plausible reading is tried and the one that verified is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_plus

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.crypto.callback import CallbackCrypto, Decrypted, trimmed
from wecom_desktop.crypto.callback_errors import CallbackCode, CallbackError, text_list

PARAMETERS = ("msg_signature", "timestamp", "nonce", "echostr")
_NAMES = "msg_signature|signature|timestamp|nonce|echostr"
# A value runs to the next '&', a quote or bracket (ASCII or full-width), a comma or semicolon, the
# next parameter (a log line's "a=1 b=2"), the end of the line, or the " HTTP/1.1" of a request
# line. It may hold spaces: a value whose '+' became a space when it was decoded before being
# logged. (Each look-ahead reads a fixed number of characters: a run of spaces costs linear time.)
_PARAM = re.compile(
    rf"(?:^|[?&;,:{{(\s\"'“‘「（：，；])({_NAMES})="
    rf"(.*?)(?=[&\"',;)}}\]”’」）》，。；]|\s(?:{_NAMES})=|\sHTTP/|$)",
    re.IGNORECASE | re.MULTILINE,
)
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# Copying from a chat or a web page can carry these anywhere; no parameter of a URL holds them.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))


@dataclass(frozen=True)
class Reading:
    """One interpretation of the pasted values."""

    how: Text
    values: dict[str, str]

    @property
    def how_zh(self) -> str:
        return self.how.zh

    @property
    def how_en(self) -> str:
        return self.how.en


@dataclass
class PasteResult:
    decrypted: Decrypted | None
    reading: Reading | None  # the reading that verified, or the first one tried
    error: CallbackError | None
    tried: list[tuple[Reading, CallbackError]] = field(default_factory=list)


def pasted_parameters(text: str) -> dict[str, str]:
    """The raw (undecoded) verification parameters found in the text; the last occurrence wins."""
    found: dict[str, str] = {}
    for match in _PARAM.finditer(text.translate(_INVISIBLE).strip()):
        # A leading space stays: in a form-decoded value it stands for a '+'.
        name, value = match.group(1).lower(), trimmed(match.group(2), spaces=False).rstrip()
        if _ESCAPE.search(value):  # still percent-encoded, so never form-decoded: a space ends it
            value = value.split(maxsplit=1)[0]
        found["msg_signature" if name == "signature" else name] = value
    return found


def readings(raw: dict[str, str]) -> list[Reading]:
    """Distinct interpretations of the raw values, the most likely first."""
    candidates = [
        (
            QT_TRANSLATE_NOOP("CallbackPaste", "按 URL 编码解码（“+” 保持不变）"),
            {k: unquote(v) for k, v in raw.items()},
        ),
        (QT_TRANSLATE_NOOP("CallbackPaste", "原样（已经解码过）"), dict(raw)),
        (
            QT_TRANSLATE_NOOP("CallbackPaste", "按 URL 编码解码两次（值被编码了两次）"),
            {k: unquote(unquote(v)) for k, v in raw.items()},
        ),
        (
            QT_TRANSLATE_NOOP("CallbackPaste", "把空格还原成 “+”（日志里的值被表单解码过，“+” 变成了空格）"),
            {k: unquote(v).replace(" ", "+") for k, v in raw.items()},
        ),
        (
            QT_TRANSLATE_NOOP("CallbackPaste", "按表单编码解码（“+” 变成空格）"),
            {k: unquote_plus(v) for k, v in raw.items()},
        ),
        (
            QT_TRANSLATE_NOOP("CallbackPaste", "值到第一个空白为止（日志行在值后面还写了别的内容）"),
            {k: unquote(v.split(maxsplit=1)[0]) if v.strip() else v for k, v in raw.items()},
        ),
    ]
    seen: list[dict[str, str]] = []
    result: list[Reading] = []
    for how, values in candidates:
        if values not in seen:
            seen.append(values)
            result.append(Reading(Text(how), values))
    return result


def missing_parameters(raw: dict[str, str]) -> list[str]:
    return [name for name in PARAMETERS if not raw.get(name)]


def verify_pasted(crypto: CallbackCrypto, text: str) -> PasteResult:
    """VerifyURL on the pasted text, trying each reading until one verifies."""
    raw = pasted_parameters(text)
    missing = missing_parameters(raw)
    if missing:
        error = CallbackError(
            CallbackCode.PARSE,
            Text(
                QT_TRANSLATE_NOOP(
                    "CallbackError",
                    "粘贴的内容中缺少参数：{names}。需要 msg_signature、timestamp、nonce 和 echostr。",
                ),
                names=text_list(missing),
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "CallbackError",
                    "粘贴的不是完整的验证请求：请复制企业微信发来的 GET 请求的完整 URL 或日志行。",
                )
            ),
        )
        return PasteResult(None, None, error)
    return verify_readings(crypto, readings(raw))


def verify_readings(crypto: CallbackCrypto, options: list[Reading]) -> PasteResult:
    tried: list[tuple[Reading, CallbackError]] = []
    for reading in options:
        values = reading.values
        try:
            decrypted = crypto.verify_url(
                values["msg_signature"], values["timestamp"], values["nonce"], values["echostr"]
            )
        except CallbackError as exc:
            tried.append((reading, exc))
            if exc.code is not CallbackCode.VALIDATE_SIGNATURE:
                # The signature matched under this reading, so it is the right one; the error is real.
                return PasteResult(None, reading, exc, tried)
            continue
        return PasteResult(decrypted, reading, None, tried)
    first_reading, first_error = tried[0]
    return PasteResult(None, first_reading, first_error, tried)
