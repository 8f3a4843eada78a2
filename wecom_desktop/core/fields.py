"""Lenient typed access to fields of a decrypted message JSON object.

WeCom's field types drift between clients and SDK versions (numbers sent as strings,
missing optional fields), so the accessors accept every harmless variant and raise
MalformedMessage only when a value cannot mean what the field means.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from typing import Any

from wecom_desktop.core.errors import MalformedMessage
from wecom_desktop.core.message_problems import (
    BAD_LIST_ITEM,
    BOOLEAN_VALUE,
    CONTENT_NOT_JSON,
    CONTENT_NOT_OBJECT,
    CONTENT_TOO_DEEP,
    NOT_LIST,
    NOT_NUMBER,
    NOT_OBJECT_LIST,
    NOT_TEXT,
    NOT_WHOLE_NUMBER,
    OUT_OF_RANGE,
    big_integer,
)

JsonObject = dict[str, Any]
_PREVIEW_LIMIT = 60
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
SECONDS_BEFORE = 10**12  # times below this many ms are in seconds
MILLISECONDS_FROM = 10**11  # times from this many s on are in ms


def loads(document: str) -> Any:
    """json.loads that keeps raw control characters and never fails on an over-long integer.

    Python refuses to convert integers of more than 4300 digits (ValueError); such a number
    is kept as its digit string instead of losing the whole message. A lone UTF-16 surrogate
    escape (half an emoji, "\\ud83d") decodes to a character no UTF-8 text can hold; it becomes
    U+FFFD, or the message could never be stored.
    """
    try:
        decoded = json.loads(document, strict=False)
    except json.JSONDecodeError:
        raise
    except ValueError:
        decoded = json.loads(document, strict=False, parse_int=_long_int)
    if "\\u" in document and _SURROGATE_ESCAPE.search(document):
        return without_lone_surrogates(decoded)
    return decoded


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a valid pair has already become one character


def without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {without_lone_surrogates(key): without_lone_surrogates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_lone_surrogates(item) for item in value]
    return value


def _long_int(digits: str) -> int | str:
    try:
        return int(digits)
    except ValueError:
        return digits


def _preview(value: object) -> str:
    """A short description of a bad value for a problem message (never the whole of a big one)."""
    if isinstance(value, list | dict):
        return type(value).__name__
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return big_integer(value.bit_length())
    text_value = repr(value)
    return text_value if len(text_value) <= _PREVIEW_LIMIT else text_value[: _PREVIEW_LIMIT - 1] + "…"


def text(obj: JsonObject, key: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise MalformedMessage(NOT_TEXT.text(key=key, kind=type(value).__name__))


def integer(obj: JsonObject, key: str) -> int | None:
    """A whole number; one sent with a fraction (a zoom of 15.5, a play_length of 108.4) is rounded."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise MalformedMessage(NOT_NUMBER.text(key=key, value=BOOLEAN_VALUE))
    if isinstance(value, int):
        return value
    number = value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            with contextlib.suppress(ValueError):
                number = float(value.strip())
    if isinstance(number, float) and math.isfinite(number):
        return round(number)
    raise MalformedMessage(NOT_WHOLE_NUMBER.text(key=key, value=_preview(value)))


def milliseconds(obj: JsonObject, key: str) -> int | None:
    """A time in ms; a value below 10^12 is in seconds (as some tools write it): in ms it would be
    a moment before September 2001, long before the archive existed."""
    value = integer(obj, key)
    if value is not None and abs(value) < SECONDS_BEFORE:
        return value * 1000
    return value


def seconds(obj: JsonObject, key: str) -> int | None:
    """A time in s; a value of 10^11 or more is in ms (as some tools write it): in seconds it would be
    a moment after the year 5000."""
    value = integer(obj, key)
    if value is not None and abs(value) >= MILLISECONDS_FROM:
        return value // 1000
    return value


def stored_integer(obj: JsonObject, key: str) -> int | None:
    """A whole number the archive keeps in an INTEGER column (SQLite's signed 64 bits)."""
    return _storable(integer(obj, key), key)


def stored_milliseconds(obj: JsonObject, key: str) -> int | None:
    return _storable(milliseconds(obj, key), key)


def _storable(value: int | None, key: str) -> int | None:
    if value is not None and not _INT64_MIN <= value <= _INT64_MAX:
        raise MalformedMessage(OUT_OF_RANGE.text(key=key, value=_preview(value)))
    return value


def id_list(obj: JsonObject, key: str) -> tuple[str, ...]:
    """A list of ids (tolist): null items are skipped, a list sent as JSON text is decoded."""
    value = obj.get(key)
    if isinstance(value, str) and value.lstrip().startswith("["):
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if isinstance(value, list):
        value = [item for item in value if item is not None and item != ""]
    return texts({key: value}, key)


def number(obj: JsonObject, key: str) -> float | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            return float(value.strip())
    except (ValueError, OverflowError):
        pass
    raise MalformedMessage(NOT_NUMBER.text(key=key, value=_preview(value)))


def boolean(obj: JsonObject, key: str) -> bool:
    value = obj.get(key)
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes"}
    return bool(value)


def children(obj: JsonObject, key: str) -> list[JsonObject]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise MalformedMessage(NOT_LIST.text(key=key, kind=type(value).__name__))
    if not all(isinstance(item, dict) for item in value):
        raise MalformedMessage(NOT_OBJECT_LIST.text(key=key))
    return value


def texts(obj: JsonObject, key: str) -> tuple[str, ...]:
    value = obj.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    if not isinstance(value, list):
        raise MalformedMessage(NOT_LIST.text(key=key, kind=type(value).__name__))
    try:
        return tuple(
            item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in value
        )
    except (ValueError, RecursionError) as exc:  # too deep, or an integer too long to print
        raise MalformedMessage(BAD_LIST_ITEM.text(key=key, error=type(exc).__name__)) from exc


def decoded_json(value: str) -> dict[str, Any] | list[Any] | None:
    """The JSON object or list a text holds (tools write nested values as JSON text); None otherwise."""
    if not value.lstrip().startswith(("{", "[")):
        return None
    try:
        decoded = loads(value)
    except (ValueError, RecursionError):
        return None
    return decoded if isinstance(decoded, dict | list) else None


def embedded(value: object, where: str) -> JsonObject:
    """Decode a JSON document embedded as a string (chatrecord and mixed item contents)."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            decoded = loads(value)
        except json.JSONDecodeError as exc:
            raise MalformedMessage(CONTENT_NOT_JSON.text(where=where, error=exc.msg)) from exc
        except RecursionError as exc:
            raise MalformedMessage(CONTENT_TOO_DEEP.text(where=where)) from exc
        if isinstance(decoded, dict):
            return decoded
    raise MalformedMessage(CONTENT_NOT_OBJECT.text(where=where))


# Keys whose values are opaque identifiers or digests, not text anyone searches for.
_OPAQUE_KEYS = frozenset(
    {"sdkfileid", "md5sum", "msgid", "voiceid", "voipid", "pre_msgid", "image_url", "picurl"}
)
SALVAGE_DEPTH = 6


def salvaged_texts(value: object, depth: int = 0) -> tuple[str, ...]:
    """Every text leaf of a body we cannot read, except opaque ids: what an unknown type says."""
    if depth > SALVAGE_DEPTH:
        return ()
    if isinstance(value, str):
        decoded = decoded_json(value)  # an item's content, say: its texts, not its JSON with its ids
        if decoded is not None:
            return salvaged_texts(decoded, depth + 1)
        return (value,) if value.strip() else ()
    if isinstance(value, dict):
        return tuple(
            text
            for key, item in value.items()
            if key not in _OPAQUE_KEYS
            for text in salvaged_texts(item, depth + 1)
        )
    if isinstance(value, list):
        return tuple(text for item in value for text in salvaged_texts(item, depth + 1))
    return ()
