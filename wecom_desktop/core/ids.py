"""What kind of party an id names."""

from __future__ import annotations

import enum
import re


class IdKind(enum.StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"
    ROBOT = "robot"
    UNKNOWN = "unknown"


_ID_CHARS = re.compile(r"[A-Za-z0-9_\-]+")
# Internal userids are free-form: many are pinyin ("wo" starts pinyin names such as wojun) or
# initials plus a surname (wbzhang, wmli), while real external_userids and robot ids are 32
# characters long. Short ids are therefore internal whatever their prefix.
_MIN_EXTERNAL_LENGTH = 16


def classify_id(party_id: str) -> IdKind:
    """Internal userid, external contact (wm…/wo…) or group robot (wb…)."""
    if not party_id:
        return IdKind.UNKNOWN
    if len(party_id) >= _MIN_EXTERNAL_LENGTH and _ID_CHARS.fullmatch(party_id):
        prefix = party_id[:2]
        if prefix == "wb":
            return IdKind.ROBOT
        if prefix in {"wm", "wo"}:
            return IdKind.EXTERNAL
    return IdKind.INTERNAL
