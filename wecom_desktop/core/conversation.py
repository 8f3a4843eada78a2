"""Which conversation a message belongs to."""

from __future__ import annotations

import enum
import json
import re
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


_ROOMID = re.compile(rf"wr[A-Za-z0-9_-]{{{_MIN_ROOMID_LENGTH - 2},}}")
# Calls held in a group name the group in tolist and leave roomid empty.
_CALL_TYPES = frozenset({"meeting_voice_call", "voip_doc_share"})


def conversation_for(
    sender: str, recipients: tuple[str, ...], roomid: str, msgtype: str
) -> ConversationKey | None:
    if not roomid and msgtype in _CALL_TYPES and len(recipients) == 1 and _ROOMID.fullmatch(recipients[0]):
        # Only for calls: a userid may itself start with "wr" (userids are free-form, e.g. wrobinson@acme.com).
        roomid, recipients = recipients[0], ()
    parties = tuple(sorted({p for p in (sender, *recipients) if p}))
    if roomid:
        return ConversationKey(ConversationKind.GROUP, roomid, parties)
    if not parties:
        return None
    return ConversationKey(ConversationKind.SINGLE, "", parties)
