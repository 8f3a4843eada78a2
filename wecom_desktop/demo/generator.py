"""Deterministic decrypted-message JSON for the demo company.

Messages are produced in fixed chunks of `CHUNK_SIZE` indices; each chunk draws from its own
generator seeded by (seed, chunk index), so chunks can be made independently (and in
parallel) and concatenate to the same stream. Every chunk of more than a few hundred
messages holds at least one message of every type, so even a small archive shows them all.
"""

from __future__ import annotations

import bisect
import functools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from wecom_desktop.demo.bodies import BUILDERS, UNKNOWN_TYPES, Scene
from wecom_desktop.demo.clock import publickey_version, time_at
from wecom_desktop.demo.company import (
    CUSTOMER_GROUP,
    EXTERNAL_SINGLE,
    ID_BODY_LENGTH,
    INTERNAL_GROUP,
    INTERNAL_SINGLE,
    Company,
    DemoConversation,
    build_company,
)

CHUNK_SIZE = 10_000
SWITCH = "switch"
# Per message: chance that it is revoked by its sender right after (the next message is the revoke)
REVOKE_RATE = 0.0105
SWITCH_RATE = 0.0001
UNKNOWN_RATE = 0.0001
REVOCABLE = frozenset(
    (
        "text",
        "image",
        "voice",
        "video",
        "emotion",
        "file",
        "link",
        "card",
        "location",
        "weapp",
        "mixed",
        "docmsg",
    )
)
ROBOT_TYPES = frozenset({"markdown", "news"})
_MSGID_MULTIPLIER = 1442695040888963407  # coprime with 9·10^18: index → 19 digits is one-to-one
_MSGID_RANGE = 9 * 10**18

# Message types by weight (per 10,000 messages of a conversation of that kind).
_COMMON = {
    "text": 7200, "image": 800, "emotion": 420, "file": 250, "voice": 200, "link": 150, "mixed": 100,
    "video": 80, "docmsg": 70, "chatrecord": 50, "weapp": 40, "card": 30, "location": 30, "calendar": 25,
    "voiptext": 25, "meeting": 20, "sphfeed": 15, "qydiskfile": 12, "todo": 12, "meeting_notification": 5,
}  # fmt: skip
_EXTRA = {
    INTERNAL_SINGLE: {"voice": 350, "redpacket": 15, "meeting_voice_call": 10, "voip_doc_share": 5},
    EXTERNAL_SINGLE: {
        "voice": 300, "agree": 25, "disagree": 3, "external_redpacket": 8, "meeting_voice_call": 6,
        "voip_doc_share": 3,
    },
    INTERNAL_GROUP: {"vote": 10, "collect": 6, "redpacket": 20},
    CUSTOMER_GROUP: {"vote": 4, "collect": 3, "external_redpacket": 8},
}  # fmt: skip
_ROBOT_EXTRA = {"markdown": 110, "news": 30}


@dataclass(frozen=True, slots=True)
class Weighted:
    """Items with cumulative weights, drawn with one random number."""

    items: tuple[str, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, weights: dict[str, float]) -> Weighted:
        running, cumulative = 0.0, []
        for weight in weights.values():
            running += weight
            cumulative.append(running)
        return cls(tuple(weights), tuple(cumulative))

    def draw(self, rng: random.Random) -> str:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


@dataclass(slots=True)
class Plan:
    """A conversation prepared for generation: who speaks how often, its types, cached tolists."""

    conversation: DemoConversation
    talkers: Weighted
    types: Weighted
    customers: tuple[str, ...]
    group_members: tuple[str, ...]
    tolists: dict[str, str] = field(default_factory=dict)

    def tolist(self, sender: str) -> str:
        cached = self.tolists.get(sender)
        if cached is None:
            others = [m for m in self.conversation.members if m != sender]
            cached = self.tolists[sender] = "[" + ",".join(f'"{m}"' for m in others) + "]"
        return cached


def _type_weights(conversation: DemoConversation) -> dict[str, float]:
    weights: dict[str, float] = dict(_COMMON)
    for kind, weight in _EXTRA[conversation.kind].items():
        weights[kind] = weights.get(kind, 0) + weight
    if conversation.robots:
        weights.update(_ROBOT_EXTRA)
    return weights


def _plan(company: Company, index: int, conversation: DemoConversation) -> Plan:
    rng = random.Random(f"wecom-demo-talkers:{company.seed}:{index}")
    talkers = [m for m in conversation.members if m not in conversation.robots]
    if conversation.kind == EXTERNAL_SINGLE:
        weights = {talkers[0]: 0.55, talkers[1]: 0.45}
    else:
        rng.shuffle(talkers)  # a few members do most of the talking
        weights = {member: 1.0 / (rank + 1) ** 0.9 for rank, member in enumerate(talkers)}
    customers = tuple(
        m for m in conversation.members if m[:2] in ("wm", "wo") and len(m) == 2 + ID_BODY_LENGTH
    )
    members = conversation.members if conversation.is_group else ()
    return Plan(
        conversation, Weighted.of(weights), Weighted.of(_type_weights(conversation)), customers, members
    )


class World:
    """The company with its conversations prepared for drawing; one per seed."""

    def __init__(self, seed: int) -> None:
        self.company = build_company(seed)
        self.plans = tuple(_plan(self.company, i, c) for i, c in enumerate(self.company.conversations))
        self.names = dict(self.company.display_names())
        self.staff_ids = tuple(person.id for person in self.company.staff)
        running, cumulative = 0.0, []
        for conversation in self.company.conversations:
            running += conversation.weight
            cumulative.append(running)
        self._cumulative = cumulative
        self._by_type: dict[str, tuple[list[int], list[float]]] = {}

    def pick(self, rng: random.Random) -> Plan:
        return self.plans[bisect.bisect_right(self._cumulative, rng.random() * self._cumulative[-1])]

    def pick_for(self, msgtype: str, rng: random.Random) -> Plan:
        """A conversation where `msgtype` can occur, by activity."""
        pool = self._by_type.get(msgtype)
        if pool is None:
            if msgtype in UNKNOWN_TYPES:
                indices = [i for i, plan in enumerate(self.plans) if plan.group_members]
            else:
                indices = [i for i, plan in enumerate(self.plans) if msgtype in plan.types.items]
            running, cumulative = 0.0, []
            for i in indices:
                running += self.plans[i].conversation.weight
                cumulative.append(running)
            pool = self._by_type[msgtype] = (indices, cumulative)
        indices, cumulative = pool
        return self.plans[indices[bisect.bisect_right(cumulative, rng.random() * cumulative[-1])]]


@functools.lru_cache(maxsize=2)
def world(seed: int) -> World:
    return World(seed)


def chunk_count(count: int) -> int:
    return -(-count // CHUNK_SIZE)


def _msgid(seed: int, index: int, msgtime: int, external: bool) -> str:
    digits = ((index + seed * 2_654_435_761) * _MSGID_MULTIPLIER) % _MSGID_RANGE + 10**18
    return f"{digits}_{msgtime}_external" if external else f"{digits}_{msgtime}"


def _forced_types(rng: random.Random, length: int) -> dict[int, str]:
    """Positions in the chunk that carry one message of every type (when the chunk is long enough)."""
    kinds = [*BUILDERS, SWITCH]
    if length < 4 * len(kinds):
        return {}
    rng.shuffle(kinds)
    return dict(zip(sorted(rng.sample(range(length - 1), len(kinds))), kinds, strict=True))


def generate_chunk(count: int, seed: int, chunk: int) -> list[str]:
    """The JSON lines of one chunk (indices chunk·CHUNK_SIZE onwards) of the (count, seed) stream."""
    start = chunk * CHUNK_SIZE
    length = min(CHUNK_SIZE, count - start)
    if length <= 0:
        return []
    state = world(seed)
    rng = random.Random(f"wecom-demo-messages:{seed}:{chunk}")
    forced = _forced_types(rng, length)
    scene = Scene(state.company, state.names)
    inverse = 1.0 / count
    lines: list[str] = []
    append = lines.append
    pending: tuple[str, int, Plan, str] | None = None  # the message to revoke next
    for offset in range(length):
        index = start + offset
        msgtime = time_at((index + rng.random()) * inverse)
        seq = index + 1
        if pending is not None:
            target, target_time, plan, sender = pending
            pending = None
            msgtime = min(target_time + 2_000 + int(rng.random() * 118_000), msgtime)
            conversation = plan.conversation
            msgid = _msgid(seed, index, msgtime, conversation.external)
            append(
                f'{{"msgid":"{msgid}","action":"recall","from":"{sender}","tolist":{plan.tolist(sender)},'
                f'"roomid":"{conversation.roomid}","msgtime":{msgtime},"msgtype":"revoke",'
                f'"revoke":{{"pre_msgid":"{target}"}},"seq":{seq},"publickey_ver":{publickey_version(msgtime)}}}'
            )
            continue
        msgtype = forced.get(offset)
        if msgtype is None:
            roll = rng.random()
            if roll < SWITCH_RATE:
                msgtype = SWITCH
            elif roll < SWITCH_RATE + UNKNOWN_RATE:
                msgtype = UNKNOWN_TYPES[int(rng.random() * len(UNKNOWN_TYPES))]
        if msgtype == SWITCH:
            user = state.staff_ids[int(rng.random() * len(state.staff_ids))]
            msgid = _msgid(seed, index, msgtime, False)
            append(
                f'{{"msgid":"{msgid}","action":"switch","time":{msgtime},"user":"{user}",'
                f'"seq":{seq},"publickey_ver":{publickey_version(msgtime)}}}'
            )
            continue
        if msgtype is None:
            plan = state.pick(rng)
            msgtype = plan.types.draw(rng)
        else:
            plan = state.pick_for(msgtype, rng)
        conversation = plan.conversation
        if msgtype in ROBOT_TYPES:
            sender = conversation.robots[int(rng.random() * len(conversation.robots))]
        elif msgtype == "agree" or msgtype == "disagree":
            sender = plan.customers[0]
        else:
            sender = plan.talkers.draw(rng)
        scene.msgtime = msgtime
        scene.sender = sender
        scene.conversation = conversation
        scene.members = plan.group_members
        msgid = _msgid(seed, index, msgtime, conversation.external)
        append(
            f'{{"msgid":"{msgid}","action":"send","from":"{sender}","tolist":{plan.tolist(sender)},'
            f'"roomid":"{conversation.roomid}","msgtime":{msgtime},"msgtype":"{msgtype}",'
            f"{BUILDERS[msgtype](rng, scene)},"
            f'"seq":{seq},"publickey_ver":{publickey_version(msgtime)}}}'
        )
        if (
            msgtype in REVOCABLE
            and offset + 1 < length
            and offset + 1 not in forced
            and rng.random() < REVOKE_RATE
        ):
            pending = (msgid, msgtime, plan, sender)
    return lines


def iter_demo_messages(count: int, seed: int = 1) -> Iterator[str]:
    """One decrypted-message JSON string per message, `seq` 1…count in time order."""
    for chunk in range(chunk_count(count)):
        yield from generate_chunk(count, seed, chunk)


def demo_company(seed: int = 1) -> Company:
    return world(seed).company
