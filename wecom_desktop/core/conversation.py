"""Which conversation a message belongs to."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field

_MIN_ROOMID_LENGTH = 16


class ConversationKind(enum.StrEnum):
    SINGLE = "single"
    GROUP = "group"


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """Group chats are keyed by roomid; single chats by the unordered pair of participants."""

    kind: ConversationKind
    roomid: str
    participants: tuple[str, ...]
    key: str = field(init=False, compare=False, repr=False)  # computed once: the writer reads it per message

    def __post_init__(self) -> None:
        if self.kind is ConversationKind.GROUP:
            key = f"group:{self.roomid}"
        else:
            key = "single:" + json.dumps(list(self.participants), ensure_ascii=False, separators=(",", ":"))
        object.__setattr__(self, "key", key)


def _looks_like_roomid(party: str) -> bool:
    return party.startswith("wr") and len(party) >= _MIN_ROOMID_LENGTH


def conversation_for(sender: str, recipients: tuple[str, ...], roomid: str) -> ConversationKey | None:
    if not roomid and len(recipients) == 1 and _looks_like_roomid(recipients[0]):
        # Group voice calls (meeting_voice_call) name the group in tolist and leave roomid empty.
        roomid, recipients = recipients[0], ()
    parties = tuple(sorted({p for p in (sender, *recipients) if p}))
    if roomid:
        return ConversationKey(ConversationKind.GROUP, roomid, parties)
    if not parties:
        return None
    return ConversationKey(ConversationKind.SINGLE, "", parties)
