"""Verification parameters from whatever the user pasted: a callback URL, a raw query string or a
server log line, percent-decoded or not. '+' and space are ambiguous once a value went through
form decoding, so every plausible reading is tried and the one that verified is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_plus

from wecom_desktop.crypto.callback import CallbackCrypto, Decrypted
from wecom_desktop.crypto.callback_errors import CallbackCode, CallbackError

PARAMETERS = ("msg_signature", "timestamp", "nonce", "echostr")
_NAMES = "msg_signature|signature|timestamp|nonce|echostr"
# A value runs to the next '&', a quote or bracket (ASCII or full-width), a comma or semicolon, the
# next parameter (a log line's "a=1 b=2"), the end, or the " HTTP/1.1" of a request line. It may
# hold spaces: a value whose '+' became a space when it was decoded before being logged.
_PARAM = re.compile(
    rf"(?:^|[?&;,:{{(\s\"'“‘「（：，；])({_NAMES})="
    rf"(.*?)(?=[&\"',;)}}\]”’」）》，。；]|\s+(?:{_NAMES})=|\s+HTTP/|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Reading:
    """One interpretation of the pasted values."""

    how_zh: str
    how_en: str
    values: dict[str, str]


@dataclass
class PasteResult:
    decrypted: Decrypted | None
    reading: Reading | None  # the reading that verified, or the first one tried
    error: CallbackError | None
    tried: list[tuple[Reading, CallbackError]] = field(default_factory=list)


def pasted_parameters(text: str) -> dict[str, str]:
    """The raw (undecoded) verification parameters found in the text; the last occurrence wins."""
    found: dict[str, str] = {}
    for match in _PARAM.finditer(text.strip()):
        name = match.group(1).lower()
        found["msg_signature" if name == "signature" else name] = match.group(2).strip()
    return found


def readings(raw: dict[str, str]) -> list[Reading]:
    """Distinct interpretations of the raw values, the most likely first."""
    candidates = [
        (
            "按 URL 编码解码（“+” 保持不变）",
            "percent-decoded, '+' kept as '+'",
            {k: unquote(v) for k, v in raw.items()},
        ),
        ("原样（已经解码过）", "as pasted (already decoded)", dict(raw)),
        (
            "按 URL 编码解码两次（值被编码了两次）",
            "percent-decoded twice (the value was encoded twice)",
            {k: unquote(unquote(v)) for k, v in raw.items()},
        ),
        (
            "把空格还原成 “+”（日志里的值被表单解码过，“+” 变成了空格）",
            "spaces turned back into '+' (the logged value went through form decoding, which turns '+' into a space)",
            {k: unquote(v).replace(" ", "+") for k, v in raw.items()},
        ),
        (
            "按表单编码解码（“+” 变成空格）",
            "form-decoded ('+' becomes a space)",
            {k: unquote_plus(v) for k, v in raw.items()},
        ),
    ]
    seen: list[dict[str, str]] = []
    result: list[Reading] = []
    for zh, en, values in candidates:
        if values not in seen:
            seen.append(values)
            result.append(Reading(zh, en, values))
    return result


def missing_parameters(raw: dict[str, str]) -> list[str]:
    return [name for name in PARAMETERS if not raw.get(name)]


def verify_pasted(crypto: CallbackCrypto, text: str) -> PasteResult:
    """VerifyURL on the pasted text, trying each reading until one verifies."""
    raw = pasted_parameters(text)
    missing = missing_parameters(raw)
    if missing:
        names = "、".join(missing)
        error = CallbackError(
            CallbackCode.PARSE,
            f"粘贴的内容中缺少参数：{names}。需要 msg_signature、timestamp、nonce 和 echostr。",
            f"the pasted text lacks {', '.join(missing)}; msg_signature, timestamp, nonce and echostr are needed.",
            (
                "粘贴的不是完整的验证请求：请复制企业微信发来的 GET 请求的完整 URL 或日志行。",
                "what was pasted is not a whole verification request: copy the full URL, or the log line, of "
                "the GET request WeCom sent.",
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
