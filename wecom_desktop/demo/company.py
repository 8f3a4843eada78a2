"""The demo company: staff in departments, customers of other companies, robots, and who talks to whom.

Everything is drawn from the pools in `names` with a random generator seeded only by the
demo seed, so a seed always gives the same people, ids, groups and activity weights.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from wecom_desktop.demo import names as n

ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
ID_BODY_LENGTH = 30  # wm/wo/wb/wr + 30 characters, as real ids

STAFF = "staff"
CUSTOMER = "customer"
ROBOT = "robot"

INTERNAL_SINGLE = "internal_single"
EXTERNAL_SINGLE = "external_single"
INTERNAL_GROUP = "internal_group"
CUSTOMER_GROUP = "customer_group"

# Shares of all messages held by the few very busy conversations; the rest is a long tail.
BUSIEST_SHARE = 0.22
HOT_SHARES = {"客服部工作群": 0.03, "研发中心-后端": 0.025, "售后技术支持群": 0.02, "VIP客户服务1群": 0.008}
HOT_EXTERNAL_SINGLE = 0.015
HOT_INTERNAL_SINGLE = 0.012
ROBOT_GROUPS = {
    "CRM商机播报": (n.BUSIEST_GROUP, "销售部工作群", "大客户部"),
    "日报机器人": ("研发中心工作群", "产品部工作群", "周会群", "版本发布群"),
    "工单提醒": ("客服部工作群", "售后技术支持群", "VIP客户服务1群"),
}


@dataclass(frozen=True, slots=True)
class Person:
    """A staff member (userid), a customer (external_userid) or a group robot (wb…)."""

    id: str
    name: str
    kind: str
    unit: str  # department for staff, company for customers, "" for robots


@dataclass(frozen=True, slots=True)
class DemoConversation:
    """A single chat (two members, no roomid) or a group; `weight` is its share of all messages."""

    kind: str
    roomid: str
    title: str
    members: tuple[str, ...]
    robots: tuple[str, ...]
    external: bool
    weight: float

    @property
    def is_group(self) -> bool:
        return bool(self.roomid)


@dataclass(frozen=True, slots=True)
class Company:
    seed: int
    staff: tuple[Person, ...]
    customers: tuple[Person, ...]
    robots: tuple[Person, ...]
    conversations: tuple[DemoConversation, ...]

    def people(self) -> Iterator[Person]:
        yield from self.staff
        yield from self.customers
        yield from self.robots

    def display_names(self) -> list[tuple[str, str]]:
        return [(person.id, person.name) for person in self.people()]

    def group_titles(self) -> list[tuple[str, str]]:
        return [(c.roomid, c.title) for c in self.conversations if c.is_group]


class _Draw:
    """Weighted and unique draws on one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ids: set[str] = set()

    def weighted(self, pool: tuple[tuple[str, str, int], ...]) -> tuple[str, str]:
        text, pinyin, _ = self.rng.choices(pool, weights=[w for *_, w in pool])[0]
        return text, pinyin

    def wecom_id(self, prefix: str) -> str:
        while True:
            candidate = prefix + "".join(self.rng.choices(ID_ALPHABET, k=ID_BODY_LENGTH))
            if candidate not in self.ids:
                self.ids.add(candidate)
                return candidate


def _staff(draw: _Draw) -> list[Person]:
    people: list[Person] = []
    taken: set[str] = set()
    for department, count in n.DEPARTMENTS:
        for _ in range(count):
            surname, surname_py = draw.weighted(n.SURNAMES)
            given, given_py = draw.weighted(n.GIVEN_NAMES)
            userid, number = surname_py + given_py, 1
            while userid in taken:
                number += 1
                userid = f"{surname_py}{given_py}{number}"
            taken.add(userid)
            people.append(Person(userid, surname + given, STAFF, department))
    return people


def _companies(rng: random.Random) -> list[tuple[str, str]]:
    """(short name, full name) of the customers' companies."""
    cores = [(core, trade) for core in n.COMPANY_CORES for trade in n.COMPANY_TRADES]
    rng.shuffle(cores)
    companies = [
        (core + trade, f"{rng.choice(n.CITIES)}{core}{trade}有限公司") for core, trade in cores[:380]
    ]
    companies += [(name.split()[0], name) for name in n.FOREIGN_COMPANIES]
    return companies


def _customer_name(draw: _Draw, external_id: str, company: str, foreign: bool) -> str:
    rng = draw.rng
    if foreign or rng.random() < 0.08:
        return f"{rng.choice(n.ENGLISH_FIRST)} {rng.choice(n.ENGLISH_LAST)}"
    surname, _ = draw.weighted(n.SURNAMES)
    given, _ = draw.weighted(n.GIVEN_NAMES)
    if external_id.startswith("wo"):  # a WeCom user of another corp shows name@corp
        return f"{surname}{given}@{company}"
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(n.NICKNAMES)
    if roll < 0.27:
        return surname + rng.choice(("总", "经理", "工", "姐", "哥", "老师"))
    if roll < 0.35:
        return f"{surname}{given}-{company}"
    return surname + given


def _customers(draw: _Draw, companies: list[tuple[str, str]], count: int = 2000) -> list[Person]:
    rng = draw.rng
    # company sizes are skewed: a few companies bring many contacts
    weights = [1.0 / (rank + 3) for rank in range(len(companies))]
    people = []
    for _ in range(count):
        short, full = rng.choices(companies, weights=weights)[0]
        external_id = draw.wecom_id("wo" if rng.random() < 0.3 else "wm")
        foreign = full in n.FOREIGN_COMPANIES
        people.append(Person(external_id, _customer_name(draw, external_id, short, foreign), CUSTOMER, short))
    return people


class _Builder:
    def __init__(
        self, draw: _Draw, staff: list[Person], customers: list[Person], robots: list[Person]
    ) -> None:
        self.draw = draw
        self.rng = draw.rng
        self.staff = staff
        self.customers = customers
        self.robots = {robot.name: robot.id for robot in robots}
        self.by_department: dict[str, list[Person]] = {}
        for person in staff:
            self.by_department.setdefault(person.unit, []).append(person)
        self.conversations: list[DemoConversation] = []
        self.owner: dict[str, str] = {}  # customer id → the staff member who owns the relation

    def group(self, kind: str, title: str, members: list[str], weight: float = 0.0) -> None:
        robots = tuple(robot_id for name, robot_id in self.robots.items() if title in ROBOT_GROUPS[name])
        unique = tuple(dict.fromkeys([*members, *robots]))
        external = any(self._is_customer(member) for member in unique)
        roomid = self.draw.wecom_id("wr")
        self.conversations.append(DemoConversation(kind, roomid, title, unique, robots, external, weight))

    def single(self, kind: str, a: str, b: str, weight: float = 0.0) -> None:
        self.conversations.append(DemoConversation(kind, "", "", (a, b), (), kind == EXTERNAL_SINGLE, weight))

    def _is_customer(self, party: str) -> bool:
        return party[:2] in ("wm", "wo") and len(party) == 2 + ID_BODY_LENGTH

    def sample_staff(self, departments: tuple[str, ...], size: int) -> list[str]:
        pool = (
            self.staff if departments == ("*",) else [p for d in departments for p in self.by_department[d]]
        )
        return [p.id for p in self.rng.sample(pool, min(size, len(pool)))]

    def internal_groups(self) -> None:
        sales = self.by_department["销售部"]
        busiest = [p.id for p in sales[:34]] + [p.id for p in self.by_department["总经办"][:2]]
        self.group(INTERNAL_GROUP, n.BUSIEST_GROUP, busiest, BUSIEST_SHARE)
        for department, _ in n.DEPARTMENTS:
            title = f"{department}工作群"
            members = [p.id for p in self.by_department[department]]
            self.group(INTERNAL_GROUP, title, members, HOT_SHARES.get(title, 0.0))
        for title, departments, size in n.TEAM_GROUPS:
            self.group(
                INTERNAL_GROUP, title, self.sample_staff(departments, size), HOT_SHARES.get(title, 0.0)
            )

    def external_singles(self) -> None:
        facing = [p for d in n.CUSTOMER_FACING for p in self.by_department[d]]
        # a few sales people own many customers
        weights = [1.0 / (rank + 4) for rank in range(len(facing))]
        for index, customer in enumerate(self.customers):
            owner = self.rng.choices(facing, weights=weights)[0].id
            self.owner[customer.id] = owner
            self.single(EXTERNAL_SINGLE, owner, customer.id, HOT_EXTERNAL_SINGLE if index == 0 else 0.0)
            if self.rng.random() < 0.25:
                second = self.rng.choice(facing).id
                if second != owner:
                    self.single(EXTERNAL_SINGLE, second, customer.id)

    def customer_groups(self) -> None:
        by_company: dict[str, list[Person]] = {}
        for customer in self.customers:
            by_company.setdefault(customer.unit, []).append(customer)
        support = [p.id for d in ("客服部", "技术支持部") for p in self.by_department[d]]
        for company, contacts in by_company.items():
            if len(contacts) < 2 and self.rng.random() < 0.7:
                continue
            for pattern in self.rng.sample(n.CUSTOMER_GROUP_PATTERNS, 1 + (len(contacts) > 6)):
                customers = [
                    c.id for c in self.rng.sample(contacts, min(len(contacts), self.rng.randint(1, 12)))
                ]
                staff = [self.owner[customers[0]], *self.rng.sample(support, self.rng.randint(1, 3))]
                members = list(dict.fromkeys(staff + customers))
                while len(members) < 3:  # a group has at least three members
                    members = list(dict.fromkeys([*members, self.rng.choice(support)]))
                self.group(CUSTOMER_GROUP, pattern.format(company=company), members)
        for title, size in n.BIG_CUSTOMER_GROUPS:
            staff = self.rng.sample(support, 6) + self.sample_staff(("销售部",), 2)
            customers = [c.id for c in self.rng.sample(self.customers, size - len(staff))]
            self.group(CUSTOMER_GROUP, title, staff + customers, HOT_SHARES.get(title, 0.0))

    def internal_singles(self) -> None:
        pairs: set[tuple[str, str]] = set()
        for person in self.staff:
            colleagues = self.by_department[person.unit]
            for _ in range(2 + int(self.rng.random() ** 2 * 10)):
                other = self.rng.choice(colleagues if self.rng.random() < 0.7 else self.staff)
                if other.id != person.id:
                    pairs.add((person.id, other.id) if person.id < other.id else (other.id, person.id))
        sales = self.by_department["销售部"]
        hot = (sales[0].id, sales[1].id)
        pairs.discard(hot)
        pairs.discard((hot[1], hot[0]))
        self.single(INTERNAL_SINGLE, *hot, weight=HOT_INTERNAL_SINGLE)
        for a, b in sorted(pairs):
            self.single(INTERNAL_SINGLE, a, b)

    def weighted(self) -> list[DemoConversation]:
        """Give the long tail its share: Zipf-like by a random rank, groups busier than single chats."""
        fixed = sum(c.weight for c in self.conversations)
        tail = [i for i, c in enumerate(self.conversations) if c.weight == 0.0]
        self.rng.shuffle(tail)
        raw: dict[int, float] = {}
        for rank, index in enumerate(tail):
            conversation = self.conversations[index]
            factor = 2.5 if conversation.is_group else 1.0
            if len(conversation.members) > 60:
                factor = 0.4  # big groups are mostly quiet
            raw[index] = factor / (rank + 30) ** 1.1
        scale = (1.0 - fixed) / sum(raw.values())
        return [
            DemoConversation(
                c.kind, c.roomid, c.title, c.members, c.robots, c.external, c.weight or raw[i] * scale
            )
            for i, c in enumerate(self.conversations)
        ]


@functools.lru_cache(maxsize=4)
def build_company(seed: int = 1) -> Company:
    """The demo company of `seed`; the same seed always gives the same company."""
    draw = _Draw(random.Random(f"wecom-demo-company:{seed}"))
    staff = _staff(draw)
    customers = _customers(draw, _companies(draw.rng))
    robots = [Person(draw.wecom_id("wb"), name, ROBOT, "") for name in n.ROBOTS]
    builder = _Builder(draw, staff, customers, robots)
    builder.internal_groups()
    builder.external_singles()
    builder.customer_groups()
    builder.internal_singles()
    return Company(seed, tuple(staff), tuple(customers), tuple(robots), tuple(builder.weighted()))
