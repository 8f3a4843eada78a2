"""Random chat text from the phrase pools: templates are compiled once, slots filled per message."""

from __future__ import annotations

import bisect
import functools
import random
import string
from collections.abc import Callable, Sequence

from wecom_desktop.demo import names as n
from wecom_desktop.demo import phrases as p

Slot = Callable[[random.Random], str]
Template = tuple[tuple[str, Slot | None], ...]

PRODUCTS = (
    "AGV小车", "智能货架", "WMS系统", "扫码枪", "RFID标签", "温湿度传感器", "电动叉车", "交叉带分拣线",
    "工业平板", "边缘网关", "智能电子秤", "穿梭车", "堆垛机", "打包机", "PDA手持终端", "视觉识别相机",
)  # fmt: skip
MODELS = ("XH-A200", "XH-M350", "XH-S10", "AGV-300", "XH-R8 Pro", "XH-G5", "SC-1200", "XH-P60")
URLS = (
    "https://www.xinghe-tech.com/products/agv-300",
    "https://pan.baidu.com/s/1Jq8kX2mP4tYbN7vR3sLwQe",
    "https://doc.weixin.qq.com/sheet/e3_AKcA0QY7ACkRbV2uXoS8e",
    "https://ggzy.example.gov.cn/zbgg/2026/0412.html",
    "https://www.xinghe-tech.com/docs/manual-v3.pdf",
    "https://meeting.tencent.com/dm/8K2mQ9xTv4Rz",
    "http://wms.xinghe-tech.com/order/detail?id=88231",
)  # fmt: skip
DATES = (
    "明天", "后天", "下周一", "下周三", "周五", "月底", "下个月初", "3月15日", "5月20日", "6月18日",
    "9月30日", "11月11日", "春节前", "国庆后", "本周内", "2026-05-12", "2026年8月1日",
)  # fmt: skip
TIMES = ("上午10点", "下午3点", "14:30", "9:30", "晚上8点", "中午12点", "下午4点半", "3pm", "10:00 AM")
PERCENTS = ("3%", "5%", "8%", "10%", "15%", "1.5%", "30%", "50%", "85%", "92%", "120%")
QUANTITIES = ("1", "2", "3", "5", "8", "10", "12", "20", "30", "50", "100", "200", "500", "1000")
PHONE_PREFIXES = ("138", "139", "136", "158", "186", "135", "150", "188", "177", "199", "152", "131")
PERSON_TITLES = ("总", "经理", "工", "老师", "主任", "姐", "哥")


def _pick(pool: Sequence[str]) -> Slot:
    size = len(pool)
    return lambda rng: pool[int(rng.random() * size)]


def _person(rng: random.Random) -> str:
    surname = n.SURNAMES[int(rng.random() * 20)][0]
    if rng.random() < 0.6:
        return surname + PERSON_TITLES[int(rng.random() * len(PERSON_TITLES))]
    return surname + n.GIVEN_NAMES[int(rng.random() * len(n.GIVEN_NAMES))][0]


def _amount(rng: random.Random) -> str:
    roll = rng.random()
    value = int(10 ** (3 + rng.random() * 4))
    if roll < 0.35:
        return f"¥{value:,}"
    if roll < 0.6:
        return f"{value:,}元"
    if roll < 0.8:
        return f"{value / 10000:.1f}万"
    return f"USD {value // 7:,}"


SLOTS: dict[str, Slot] = {
    "product": _pick(PRODUCTS),
    "model": _pick(MODELS),
    "url": _pick(URLS),
    "date": _pick(DATES),
    "time": _pick(TIMES),
    "percent": _pick(PERCENTS),
    "qty": _pick(QUANTITIES),
    "city": _pick(n.CITIES),
    "company": lambda rng: n.COMPANY_CORES[int(rng.random() * 30)] + n.COMPANY_TRADES[int(rng.random() * 15)],
    "person": _person,
    "amount": _amount,
    "price": lambda rng: f"{int(200 + rng.random() * 30000):,}",
    "num": lambda rng: str(1 + int(rng.random() * 9)),
    "phone": lambda rng: PHONE_PREFIXES[int(rng.random() * 12)] + f"{int(rng.random() * 1e8):08d}",
    "order": lambda rng: f"SO{2024 + int(rng.random() * 3)}{int(rng.random() * 1e6):06d}",
    "tracking": lambda rng: f"SF{int(1e12 + rng.random() * 9e12)}",
}


@functools.cache
def compile_template(template: str) -> Template:
    parts: list[tuple[str, Slot | None]] = []
    for literal, field, _, _ in string.Formatter().parse(template):
        parts.append((literal, SLOTS[field] if field is not None else None))
    return tuple(parts)


def render(template: Template, rng: random.Random) -> str:
    out = []
    for literal, slot in template:
        out.append(literal)
        if slot is not None:
            out.append(slot(rng))
    return "".join(out)


class Category:
    """A pool of compiled templates, with an optional transformation of the rendered text."""

    def __init__(
        self, templates: Sequence[str], shape: Callable[[str, random.Random], str] | None = None
    ) -> None:
        self.templates = tuple(compile_template(t) for t in templates)
        self.shape = shape

    def make(self, rng: random.Random) -> str:
        text = render(self.templates[int(rng.random() * len(self.templates))], rng)
        return self.shape(text, rng) if self.shape else text


_FOLLOW = _pick(p.ZH_FOLLOW_UPS)
_EMOJI = _pick(p.EMOJI)


def _with_emoji(text: str, rng: random.Random) -> str:
    return _EMOJI(rng) if rng.random() < 0.3 else text + _EMOJI(rng) * (1 + int(rng.random() * 3))


# (weight per 100,000 texts, category)
_CATEGORIES: list[tuple[int, Category]] = [
    (30_000, Category(p.SHORT_REPLIES)),
    (38_000, Category(p.ZH_BUSINESS)),
    (8_000, Category(p.ZH_BUSINESS, lambda text, rng: f"{text}，{_FOLLOW(rng)}")),
    (6_000, Category(p.ENGLISH)),
    (7_000, Category(p.MIXED)),
    (4_000, Category(p.ZH_BUSINESS + p.SHORT_REPLIES, _with_emoji)),
    (3_000, Category(p.MULTILINE)),
    (1_500, Category(p.LONG)),
    *((weight, Category(templates)) for weight, templates in p.SENSITIVE),
]
_CUMULATIVE: list[float] = []
for _weight, _ in _CATEGORIES:
    _CUMULATIVE.append((_CUMULATIVE[-1] if _CUMULATIVE else 0) + _weight)
_TOTAL = _CUMULATIVE[-1]
_MAKERS = [category.make for _, category in _CATEGORIES]


def chat_text(rng: random.Random) -> str:
    """One message's text, drawn from the weighted categories."""
    return _MAKERS[bisect.bisect_right(_CUMULATIVE, rng.random() * _TOTAL)](rng)


def sentence(rng: random.Random) -> str:
    """A plain business sentence (for titles, remarks and nested records)."""
    return _MAKERS[1](rng)
