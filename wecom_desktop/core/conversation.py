"""Which conversation a message belongs to."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass


class ConversationKind(enum.StrEnum):
    SINGLE = "single"
    GROUP = "group"


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """Group chats are keyed by roomid; single chats by the unordered pair of participants."""

    kind: ConversationKind
    roomid: str
    participants: tuple[str, ...]

    @property
    def key(self) -> str:
        if self.kind is ConversationKind.GROUP:
            return f"group:{self.roomid}"
        return "single:" + json.dumps(list(self.participants), ensure_ascii=False, separators=(",", ":"))


def conversation_for(sender: str, recipients: tuple[str, ...], roomid: str) -> ConversationKey | None:
    parties = tuple(sorted({p for p in (sender, *recipients) if p}))
    if roomid:
        return ConversationKey(ConversationKind.GROUP, roomid, parties)
    if not parties:
        return None
    return ConversationKey(ConversationKind.SINGLE, "", parties)
