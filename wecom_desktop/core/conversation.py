"""Which conversation a message belongs to."""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass, field


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


# Calls held in a group name the group in tolist and leave roomid empty. A userid may itself start
# with "wr" (userids are free-form: wrobinson_shanghai_01), so only an id as long as the ones WeCom
# generates (30 to 32 characters) is taken for a group's.
_GENERATED_ROOMID = re.compile(r"wr[A-Za-z0-9_-]{26,38}")
_CALL_TYPES = frozenset({"meeting_voice_call", "voip_doc_share"})


def conversation_for(
    sender: str, recipients: tuple[str, ...], roomid: str, msgtype: str
) -> ConversationKey | None:
    if (
        not roomid
        and msgtype in _CALL_TYPES
        and len(recipients) == 1
        and _GENERATED_ROOMID.fullmatch(recipients[0])
    ):
        roomid, recipients = recipients[0], ()
    parties = tuple(sorted({p for p in (sender, *recipients) if p}))
    if roomid:
        return ConversationKey(ConversationKind.GROUP, roomid, parties)
    if not parties:
        return None
    return ConversationKey(ConversationKind.SINGLE, "", parties)
