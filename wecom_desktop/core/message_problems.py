"""Why a message is stored with a problem: a fixed English sentence in the archive, shown translated.

The archive keeps each problem as the English sentence made from its kind's `stored` form, the
same whatever the interface language: `wecom-desktop status`, the JSON export and other tools
read it. `shown_problem` gives such a sentence in the interface language by matching it against
the forms it can have been made from; a sentence from another tool is shown as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Source, Text, Translate

SEPARATOR = "; "  # between a message's problems in the stored text

# What each {placeholder} of a stored form matches when a stored sentence is read back.
_PARAMETERS = {
    "key": r"[^:]+",
    "where": r"(?:chatrecord|mixed)\.item\[\d+\]",
    "kind": r"\w+|…",  # … where the status report leaves the value out
    "keys": r"'.*'",
    "type": r".*",
    "value": r".+",
    "error": r".*",
    "problem": r".+",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class ProblemKind:
    stored: str  # the English sentence with {placeholders}, as the archive keeps it
    shown: Source  # the same in the interface language

    def text(self, **params: object) -> str:
        """The sentence the archive stores."""
        return self.stored.format(**params)

    def pattern(self) -> re.Pattern[str]:
        parts = _PLACEHOLDER.split(self.stored)  # literal, name, literal, name, …, literal
        return re.compile(
            "".join(
                re.escape(part) if index % 2 == 0 else f"(?P<{part}>{_PARAMETERS[part]})"
                for index, part in enumerate(parts)
            )
        )


# Problems of a chat record's or mixed message's item come first: a plain field problem would
# otherwise read the item's path as the name of a field.
UNKNOWN_ITEM = ProblemKind(
    "{where}: unknown item type '{type}'",
    QT_TRANSLATE_NOOP("MessageProblem", "{where}：未知的条目类型“{type}”"),
)
CONTENT_NOT_JSON = ProblemKind(
    "{where}: content is not JSON ({error})",
    QT_TRANSLATE_NOOP("MessageProblem", "{where}：内容不是 JSON（{error}）"),
)
CONTENT_TOO_DEEP = ProblemKind(
    "{where}: content is nested too deeply", QT_TRANSLATE_NOOP("MessageProblem", "{where}：内容嵌套过深")
)
CONTENT_NOT_OBJECT = ProblemKind(
    "{where}: content is not a JSON object",
    QT_TRANSLATE_NOOP("MessageProblem", "{where}：内容不是 JSON 对象"),
)
IN_ITEM = ProblemKind("{where}: {problem}", QT_TRANSLATE_NOOP("MessageProblem", "{where}：{problem}"))
UNKNOWN_TYPE = ProblemKind(
    "unknown msgtype '{type}'", QT_TRANSLATE_NOOP("MessageProblem", "未知的消息类型“{type}”")
)
MISSING_TYPE = ProblemKind("missing msgtype", QT_TRANSLATE_NOOP("MessageProblem", "缺少消息类型（msgtype）"))
MISSING_BODY = ProblemKind(
    "missing body object {keys}", QT_TRANSLATE_NOOP("MessageProblem", "缺少消息内容对象 {keys}")
)
NOT_TEXT = ProblemKind(
    "{key}: expected text, got {kind}", QT_TRANSLATE_NOOP("MessageProblem", "{key}：应为文本，实际是{kind}")
)
NOT_WHOLE_NUMBER = ProblemKind(
    "{key}: expected a whole number, got {value}",
    QT_TRANSLATE_NOOP("MessageProblem", "{key}：应为整数，实际是{value}"),
)
NOT_NUMBER = ProblemKind(
    "{key}: expected a number, got {value}",
    QT_TRANSLATE_NOOP("MessageProblem", "{key}：应为数字，实际是{value}"),
)
OUT_OF_RANGE = ProblemKind(
    "{key}: {value} is out of range", QT_TRANSLATE_NOOP("MessageProblem", "{key}：{value} 超出范围")
)
NOT_OBJECT = ProblemKind(
    "{key}: expected an object, got {kind}",
    QT_TRANSLATE_NOOP("MessageProblem", "{key}：应为对象，实际是{kind}"),
)
NOT_LIST = ProblemKind(
    "{key}: expected a list, got {kind}", QT_TRANSLATE_NOOP("MessageProblem", "{key}：应为列表，实际是{kind}")
)
NOT_OBJECT_LIST = ProblemKind(
    "{key}: expected a list of objects", QT_TRANSLATE_NOOP("MessageProblem", "{key}：应为对象的列表")
)
BAD_LIST_ITEM = ProblemKind(
    "{key}: unreadable list item ({error})",
    QT_TRANSLATE_NOOP("MessageProblem", "{key}：列表中有无法读取的项（{error}）"),
)
_KINDS = (
    UNKNOWN_ITEM,
    CONTENT_NOT_JSON,
    CONTENT_TOO_DEEP,
    CONTENT_NOT_OBJECT,
    IN_ITEM,
    UNKNOWN_TYPE,
    MISSING_TYPE,
    MISSING_BODY,
    NOT_TEXT,
    NOT_WHOLE_NUMBER,
    NOT_NUMBER,
    OUT_OF_RANGE,
    NOT_OBJECT,
    NOT_LIST,
    NOT_OBJECT_LIST,
    BAD_LIST_ITEM,
)

# A value's type, as a stored sentence names it (Python's name for the decoded JSON value).
_TYPE_NAMES = {
    "str": QT_TRANSLATE_NOOP("MessageProblem", "文本"),
    "int": QT_TRANSLATE_NOOP("MessageProblem", "整数"),
    "float": QT_TRANSLATE_NOOP("MessageProblem", "数字"),
    "bool": QT_TRANSLATE_NOOP("MessageProblem", "布尔值"),
    "list": QT_TRANSLATE_NOOP("MessageProblem", "列表"),
    "dict": QT_TRANSLATE_NOOP("MessageProblem", "对象"),
    "NoneType": QT_TRANSLATE_NOOP("MessageProblem", "空值（null）"),
}
BOOLEAN_VALUE = "a boolean"
_BIG_INTEGER = re.compile(r"a (\d+)-bit integer")


def big_integer(bits: int) -> str:
    """How a stored sentence describes an integer too long to quote."""
    return f"a {bits}-bit integer"


@functools.cache
def _patterns() -> list[tuple[ProblemKind, re.Pattern[str]]]:
    """Compiled on first use: only a display needs them, not a sync's worker processes."""
    return [(kind, kind.pattern()) for kind in _KINDS]


def shown_problem(stored: str, localize: Translate) -> str:
    """One stored problem sentence in the interface language."""
    for kind, pattern in _patterns():
        found = pattern.fullmatch(stored)
        if found is None:
            continue
        params = found.groupdict()
        if "problem" in params:
            params["problem"] = shown_problem(params["problem"], localize)
        if "kind" in params:
            params["kind"] = _shown_value(params["kind"], localize)
        if "value" in params:
            params["value"] = _shown_value(params["value"], localize)
        if "keys" in params:
            quoted = [
                Text(QT_TRANSLATE_NOOP("MessageProblem", "“{key}”"), key=key).render(localize)
                for key in re.findall(r"'([^']*)'", params["keys"])
            ]
            params["keys"] = Text(QT_TRANSLATE_NOOP("MessageProblem", " 或 ")).render(localize).join(quoted)
        return Text(kind.shown, **params).render(localize)
    return stored


def shown_problems(problems: Sequence[str], localize: Translate) -> str:
    """A message's problems, in the interface language, on one line."""
    return (
        Text(QT_TRANSLATE_NOOP("MessageProblem", "；"))
        .render(localize)
        .join(shown_problem(problem, localize) for problem in problems)
    )


def _shown_value(value: str, localize: Translate) -> str:
    if value in _TYPE_NAMES:
        return Text(_TYPE_NAMES[value]).render(localize)
    if value == BOOLEAN_VALUE:
        return Text(_TYPE_NAMES["bool"]).render(localize)
    big = _BIG_INTEGER.fullmatch(value)
    if big is not None:
        return Text(QT_TRANSLATE_NOOP("MessageProblem", "{bits} 位的整数"), bits=big.group(1)).render(
            localize
        )
    return value
