"""A message's problems are stored as fixed English sentences and shown in the reader's language."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from wecom_desktop.core.i18n import untranslated
from wecom_desktop.core.message_problems import shown_problem, shown_problems
from wecom_desktop.core.parse import parse_message
from wecom_desktop.ui.i18n import translate_function

CHINESE = re.compile(r"[\u4e00-\u9fff]")
# The English words of the stored sentences: none may be left in a Chinese rendering.
ENGLISH_WORDS = re.compile(r"\b(expected|got|missing|unknown|content is|out of range|unreadable|nested)\b")


def envelope(msgtype: str, **body: Any) -> str:
    return json.dumps(
        {"msgid": "m", "action": "send", "from": "zhangwei", "tolist": ["lisi"], "msgtype": msgtype, **body},
        ensure_ascii=False,
    )


def item(item_type: str, content: object) -> dict[str, object]:
    return {"type": item_type, "content": content if isinstance(content, str) else json.dumps(content)}


# Messages that between them make every kind of problem the parser states.
MALFORMED = [
    envelope("solitaire", solitaire={"title": "接龙"}),
    envelope(""),
    envelope("docmsg"),
    envelope("text", text="你好"),
    envelope("text", text={"content": ["你好"]}),
    envelope("file", file={"filesize": "abc"}),
    envelope("location", location={"latitude": "北纬39度"}),
    envelope("file", file={"filesize": True}),
    envelope("location", location={"latitude": 2**1328}),
    envelope("text", text={"content": "x"}, msgtime=2**64),
    envelope("news", info={"item": "not a list"}),
    envelope("chatrecord", chatrecord={"item": ["not an object"]}),
    envelope("news", info={"item": ["not an object"]}),
    envelope("meeting_voice_call", meeting_voice_call={"demofiledata": "x"}),
    envelope(
        "chatrecord",
        chatrecord={
            "item": [
                item("ChatRecordText", "{not json"),
                item("ChatRecordText", "[1, 2]"),
                item("ChatRecordText", "[" * 100_000 + "]" * 100_000),
                item("ChatRecordFile", {"filesize": "一兆"}),
                item("ChatRecordSolitaire", {"title": "接龙"}),
            ]
        },
    ),
]


def all_problems() -> list[str]:
    return [problem for raw in MALFORMED for problem in parse_message(raw).problems]


def test_the_messages_above_state_every_kind_of_problem() -> None:
    stated = "\n".join(all_problems())
    for phrase in (
        "unknown msgtype",
        "missing msgtype",
        "missing body object",
        "expected an object, got str",
        "expected text, got list",
        "expected a whole number, got 'abc'",
        "expected a number, got '北纬39度'",
        "expected a number, got a boolean",
        "a 1329-bit integer",
        "is out of range",
        "expected a list, got str",
        "expected a list of objects",
        "content is not JSON",
        "content is not a JSON object",
        "content is nested too deeply",
        "chatrecord.item[3]: filesize: expected a whole number, got '一兆'",
        "chatrecord.item[0]: item: expected an object, got str",
        "unknown item type 'ChatRecordSolitaire'",
    ):
        assert phrase in stated


@pytest.mark.parametrize("problem", all_problems())
def test_every_problem_the_parser_states_is_shown_in_chinese_and_english(problem: str) -> None:
    chinese = shown_problem(problem, untranslated)
    assert CHINESE.search(chinese) and not ENGLISH_WORDS.search(chinese), chinese
    english = shown_problem(problem, translate_function("en"))
    assert not CHINESE.search(english.replace("北纬39度", "").replace("一兆", "")), english
    about = problem.split(": ")[0] if ": " in problem else ""  # the field or item, named as stored
    assert english.startswith(about)


def test_values_and_types_are_named_in_the_readers_language() -> None:
    english = translate_function("en")
    nested = "chatrecord.item[3]: filesize: expected a whole number, got '一兆'"
    assert shown_problem(nested, untranslated) == "chatrecord.item[3]：filesize：应为整数，实际是'一兆'"
    assert shown_problem(nested, english) == nested
    assert shown_problem("text: expected an object, got str", untranslated) == "text：应为对象，实际是文本"
    assert shown_problem("item: expected a list, got dict", english) == "item: expected a list, got an object"
    big = "latitude: expected a number, got a 1329-bit integer"
    assert shown_problem(big, untranslated) == "latitude：应为数字，实际是1329 位的整数"
    assert shown_problem(big, english) == big
    unreadable = (
        "voteitem: unreadable list item (RecursionError)"  # beyond what json decodes, kept defensively
    )
    assert shown_problem(unreadable, untranslated) == "voteitem：列表中有无法读取的项（RecursionError）"
    body = "missing body object 'docmsg' or 'doc'"
    assert shown_problem(body, untranslated) == "缺少消息内容对象 “docmsg” 或 “doc”"
    assert shown_problem(body, english) == body


def test_the_status_reports_kind_without_its_value_is_shown_too() -> None:
    assert (
        shown_problem("msgtime: expected a whole number, got …", untranslated) == "msgtime：应为整数，实际是…"
    )
    assert shown_problem("text: expected an object, got …", untranslated) == "text：应为对象，实际是…"
    detail_left_out = "chatrecord.item[0]: content is not JSON (…)"
    assert shown_problem(detail_left_out, untranslated) == "chatrecord.item[0]：内容不是 JSON（…）"


def test_a_sentence_another_tool_wrote_is_shown_as_it_is() -> None:
    assert shown_problem("decoder: field 'x' looked odd", untranslated) == "decoder: field 'x' looked odd"


def test_several_problems_are_joined_in_the_readers_language() -> None:
    problems = parse_message(envelope("file", file={"filesize": "abc"}, msgtime="昨天")).problems
    assert len(problems) == 2
    assert shown_problems(problems, untranslated) == (
        "filesize：应为整数，实际是'abc'；msgtime：应为整数，实际是'昨天'"
    )
    assert shown_problems(problems, translate_function("en")) == (
        "filesize: expected a whole number, got 'abc'; msgtime: expected a whole number, got '昨天'"
    )
