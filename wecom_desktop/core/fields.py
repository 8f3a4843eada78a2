"""Lenient typed access to fields of a decrypted message JSON object.

WeCom's field types drift between clients and SDK versions (numbers sent as strings,
missing optional fields), so the accessors accept every harmless variant and raise
MalformedMessage only when a value cannot mean what the field means.
"""

from __future__ import annotations

import json
from typing import Any

from wecom_desktop.core.errors import MalformedMessage

JsonObject = dict[str, Any]
_PREVIEW_LIMIT = 60


def loads(document: str) -> Any:
    """json.loads that keeps raw control characters and never fails on an over-long integer.

    Python refuses to convert integers of more than 4300 digits (ValueError); such a number
    is kept as its digit string instead of losing the whole message.
    """
    try:
        return json.loads(document, strict=False)
    except json.JSONDecodeError:
        raise
    except ValueError:
        return json.loads(document, strict=False, parse_int=_long_int)


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
        return f"a {value.bit_length()}-bit integer"
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
    raise MalformedMessage(f"{key}: expected text, got {type(value).__name__}")


def integer(obj: JsonObject, key: str) -> int | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise MalformedMessage(f"{key}: expected a number, got a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise MalformedMessage(f"{key}: expected a whole number, got {_preview(value)}")


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
    raise MalformedMessage(f"{key}: expected a number, got {_preview(value)}")


def boolean(obj: JsonObject, key: str) -> bool:
    value = obj.get(key)
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes"}
    return bool(value)


def child(obj: JsonObject, key: str) -> JsonObject:
    value = obj.get(key)
    if isinstance(value, dict):
        return value
    if value is None:
        raise MalformedMessage(f"missing object '{key}'")
    raise MalformedMessage(f"{key}: expected an object, got {type(value).__name__}")


def children(obj: JsonObject, key: str) -> list[JsonObject]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise MalformedMessage(f"{key}: expected a list, got {type(value).__name__}")
    if not all(isinstance(item, dict) for item in value):
        raise MalformedMessage(f"{key}: expected a list of objects")
    return value


def texts(obj: JsonObject, key: str) -> tuple[str, ...]:
    value = obj.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    if not isinstance(value, list):
        raise MalformedMessage(f"{key}: expected a list, got {type(value).__name__}")
    try:
        return tuple(
            item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in value
        )
    except (ValueError, RecursionError) as exc:  # too deep, or an integer too long to print
        raise MalformedMessage(f"{key}: unreadable list item ({type(exc).__name__})") from exc


def embedded(value: object, where: str) -> JsonObject:
    """Decode a JSON document embedded as a string (chatrecord and mixed item contents)."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            decoded = loads(value)
        except json.JSONDecodeError as exc:
            raise MalformedMessage(f"{where}: content is not JSON ({exc.msg})") from exc
        except RecursionError as exc:
            raise MalformedMessage(f"{where}: content is nested too deeply") from exc
        if isinstance(decoded, dict):
            return decoded
    raise MalformedMessage(f"{where}: content is not a JSON object")


# Keys whose values are opaque identifiers or digests, not text anyone searches for.
_OPAQUE_KEYS = frozenset(
    {"sdkfileid", "md5sum", "msgid", "voiceid", "voipid", "pre_msgid", "image_url", "picurl"}
)
_SALVAGE_DEPTH = 6


def salvaged_texts(value: object, depth: int = 0) -> tuple[str, ...]:
    """Every text leaf of a body we cannot read, except opaque ids: what an unknown type says."""
    if depth > _SALVAGE_DEPTH:
        return ()
    if isinstance(value, str):
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
