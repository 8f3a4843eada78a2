"""The envelope around every body: exact text, damaged input, identities, and never crashing.

Reference §2.1-§2.4 and §2.8: keep what WeCom sent byte for byte, keep every message that has a
msgid (marking what could not be read), reject only what is not a message at all.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wecom_desktop.core.bodies_base import BODY_TYPES, UnsupportedBody
from wecom_desktop.core.bodies_media import FileBody, ImageBody
from wecom_desktop.core.bodies_nested import ChatRecordBody, MixedBody
from wecom_desktop.core.bodies_text import LocationBody, MeetingBody, TextBody
from wecom_desktop.core.conversation import ConversationKind, conversation_for
from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.core.ids import IdKind, classify_id
from wecom_desktop.core.message import MediaRef, Message, MessageStatus
from wecom_desktop.core.parse import parse_message

EXT_WM = "wmGAgeDQAAy_PhKSqgZBgXXc-3U8b03Q"
EXT_WO = "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA"
ROBOT = "wbjc7bDwAAJVylUKpSA3Z5U11tDO4AAA"
ROOM = "wrErxtDgAA0jgXE5A0lU8IOXkP4jb8pQ"
OTHER_ROOM = "wrErxtDgAAcW7JqFe9TN3uqcjkQ4LRtA"
SDKFILEID = "CtYBMzA2OTAyMDEwMjA0NjIzMDYwMDIwMTAwMDIwNGZkYjQ3MmZhMDIwMzBmNDI0MTAyMDQ0YmU4ZTYzYTAy"
MD5 = "50de8e5ae8ffe4f1df7a93841f71993a"


def envelope(msgtype: str, **rest: Any) -> dict[str, Any]:
    return {
        "msgid": "10958372969718811103_1603875609704_external",
        "action": "send",
        "from": "zhangsan",
        "tolist": [EXT_WM],
        "roomid": "",
        "msgtime": 1603875609704,
        "msgtype": msgtype,
        **rest,
    }


def compact(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def kept_unsupported(raw: str) -> Message:
    """A damaged message: kept whole and marked, never an exception."""
    message = parse_message(raw)
    assert message.status is MessageStatus.UNSUPPORTED
    assert message.problem
    assert message.raw_json == raw
    assert message.summary.splitlines() == [message.summary]
    return message


# --- 2. text kept byte for byte ---------------------------------------------------------------

# raw control characters inside the JSON string (the SDK does not always escape them) ...
RAW_PART = "第一行\n第二行\t制表\r\nCRLF行\x01SOH\x1cFS\x1eRS\u2028LS\x1fUS"
# ... and the same characters escaped, as a strict encoder writes them
ESCAPED_PART = r"\n\t\r\n\u0001\u001c\u001e\u2028\u0000"
ESCAPED_DECODED = "\n\t\r\n\x01\x1c\x1e\u2028\x00"
CONTROL_RAW = (
    '{"msgid":"CAQQluDa4QUY0On2rYSAgAMgzPrShAE=","action":"send","from":"XuJinSheng","tolist":["icefog"],'
    '"roomid":"","msgtime":1547087894783,"msgtype":"text","text":{"content":"'
    + RAW_PART
    + "|"
    + ESCAPED_PART
    + '"}}'
)
CONTROL_CONTENT = RAW_PART + "|" + ESCAPED_DECODED


def test_control_characters_are_kept_exactly() -> None:
    message = parse_message(CONTROL_RAW)
    assert message.status is MessageStatus.OK, message.problem
    assert message.body == TextBody(CONTROL_CONTENT)
    assert message.raw_json == CONTROL_RAW
    assert message.raw_json.encode("utf-8") == CONTROL_RAW.encode("utf-8")
    assert message.index_text == CONTROL_CONTENT
    # the summary is still one line
    assert message.summary.splitlines() == [message.summary]
    assert "\x01" in message.summary


def test_control_characters_in_nested_items_and_file_names() -> None:
    text = "引用：\r\n\u2028原文\x1e结束"
    name = "报价\t单\x1c.xlsx"
    raw = compact(
        envelope(
            "chatrecord",
            chatrecord={
                "title": "记录\n标题",
                "item": [
                    {"type": "ChatRecordText", "msgtime": 1603875610, "content": compact({"content": text})},
                    {
                        "type": "ChatRecordFile",
                        "msgtime": 1603875611,
                        "content": compact({"filename": name, "filesize": 10, "sdkfileid": SDKFILEID}),
                    },
                ],
            },
        )
    )
    message = parse_message(raw)
    assert message.status is MessageStatus.OK, message.problem
    assert message.raw_json == raw
    assert isinstance(message.body, ChatRecordBody)
    assert message.body.items[0].body == TextBody(text)
    assert message.index_text == "\n".join(["记录\n标题", text, name])
    assert message.media[0].filename == name
    assert message.summary == "[聊天记录] 记录 标题 (2条)"


# --- 3. damaged messages are kept, non-messages are rejected ------------------------------------


def test_unknown_msgtype_is_kept_raw() -> None:
    raw = compact(envelope("solitaire", solitaire={"title": "周末聚餐接龙", "details": ["1. 张三"]}))
    message = kept_unsupported(raw)
    assert message.body == UnsupportedBody(
        "solitaire", "unknown msgtype 'solitaire'", ("周末聚餐接龙", "1. 张三")
    )
    # a type this version does not know is still searchable by the text it carries
    assert message.index_text == "周末聚餐接龙\n1. 张三"
    assert message.problem == "unknown msgtype 'solitaire'"
    assert message.summary == "[不支持的消息: solitaire]"
    # the envelope is still read: the message lands in its conversation at its time
    assert (message.sender, message.msgtime, message.msgtype) == ("zhangsan", 1603875609704, "solitaire")
    assert message.conversation is not None
    assert message.conversation.key == f'single:["{EXT_WM}","zhangsan"]'


def test_missing_msgtype() -> None:
    obj = envelope("text", text={"content": "你好"})
    del obj["msgtype"]
    message = kept_unsupported(compact(obj))
    assert message.problem == "missing msgtype"
    assert message.summary == "[不支持的消息: 未知]"


@pytest.mark.parametrize(
    ("obj", "problem"),
    [
        (envelope("text"), "missing body object 'text'"),
        (envelope("file"), "missing body object 'file'"),
        (envelope("docmsg"), "missing body object 'docmsg' or 'doc'"),
        (envelope("markdown"), "missing body object 'markdown' or 'info'"),
        (envelope("external_redpacket"), "missing body object 'external_redpacket' or 'redpacket'"),
        (envelope("vote"), "missing body object 'vote'"),
        (envelope("text", text="你好"), "text: expected an object, got str"),
        (envelope("text", text={"content": ["你好"]}), "content: expected text, got list"),
        (
            envelope("file", file={"filename": "a.pdf", "filesize": "abc"}),
            "filesize: expected a whole number, got 'abc'",
        ),
        (
            envelope("location", location={"latitude": "北纬39度"}),
            "latitude: expected a number, got '北纬39度'",
        ),
        (envelope("news", info={"item": "not a list"}), "item: expected a list, got str"),
        (envelope("chatrecord", chatrecord={"item": 5}), "item: expected a list, got int"),
    ],
)
def test_known_type_with_missing_or_wrong_typed_body_is_kept(obj: dict[str, Any], problem: str) -> None:
    message = kept_unsupported(compact(obj))
    assert message.problem == problem
    assert isinstance(message.body, UnsupportedBody)
    assert message.body.original_type == obj["msgtype"]
    assert message.summary == f"[不支持的消息: {obj['msgtype']}]"
    assert message.msgtime == 1603875609704
    assert message.conversation is not None


def test_nested_item_with_invalid_inner_json_keeps_the_rest() -> None:
    raw = compact(
        envelope(
            "chatrecord",
            chatrecord={
                "title": "群聊",
                "item": [
                    {"type": "ChatRecordText", "msgtime": 1603875610, "content": '{"content":"第一条"}'},
                    {"type": "ChatRecordText", "msgtime": 1603875620, "content": '{"content":"被截断'},
                    {
                        "type": "ChatRecordImage",
                        "msgtime": 1603875630,
                        "content": compact({"md5sum": MD5, "filesize": 2048, "sdkfileid": SDKFILEID}),
                    },
                    {"type": "ChatRecordFile", "msgtime": 1603875640, "content": '{"filesize":"一兆"}'},
                    {"type": "ChatRecordSolitaire", "msgtime": 1603875650, "content": "{}"},
                ],
            },
        )
    )
    message = kept_unsupported(raw)
    assert message.problem.startswith("chatrecord.item[1]: content is not JSON (")
    assert "chatrecord.item[3]: filesize: expected a whole number, got '一兆'" in message.problem
    assert "chatrecord.item[4]: unknown item type 'ChatRecordSolitaire'" in message.problem
    # what could be read is still shown, searchable and downloadable
    assert isinstance(message.body, ChatRecordBody)
    assert message.body.items[0].body == TextBody("第一条")
    assert isinstance(message.body.items[1].body, UnsupportedBody)
    assert message.body.items[2].body == ImageBody(SDKFILEID, MD5, 2048)
    # unreadable items keep their text searchable, as it stands
    assert message.index_text.split("\n") == ["群聊", "第一条", '{"content":"被截断', "一兆"]
    assert message.media == (MediaRef(0, "image", SDKFILEID, MD5, 2048, "image.jpg"),)
    assert message.summary == "[聊天记录] 群聊 (5条)"


def test_mixed_item_problems_are_reported() -> None:
    raw = compact(
        envelope(
            "mixed",
            mixed={
                "item": [
                    {"type": "text", "content": compact({"content": "看这个"})},
                    {"type": "image", "content": "not json"},
                    {
                        "type": "image",
                        "content": compact({"sdkfileid": SDKFILEID, "md5sum": MD5, "filesize": 1}),
                    },
                ]
            },
        )
    )
    message = kept_unsupported(raw)
    assert message.problem.startswith("mixed.item[1]: content is not JSON")
    assert isinstance(message.body, MixedBody)
    assert message.index_text == "看这个\nnot json"
    # part numbers have no gap where the broken image was
    assert message.media == (MediaRef(0, "image", SDKFILEID, MD5, 1, "image.jpg"),)


def test_envelope_field_problems_are_reported() -> None:
    message = kept_unsupported(compact(envelope("text", text={"content": "你好"}, msgtime="昨天")))
    assert message.problem == "msgtime: expected a whole number, got '昨天'"
    assert message.body == TextBody("你好")
    assert message.msgtime is None


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "不是有效的 JSON：Expecting value（第 1 列）"),
        ("not json", "不是有效的 JSON：Expecting value（第 1 列）"),
        ('{"msgid":"1","msgtype":"text"', "不是有效的 JSON：Expecting ',' delimiter（第 30 列）"),
        ('[{"msgid":"1"}]', "不是 JSON 对象，而是 array"),
        ('"{\\"msgid\\":\\"1\\"}"', "不是 JSON 对象，而是 string"),
        ("null", "不是 JSON 对象，而是 null"),
        ("1603875609704", "不是 JSON 对象，而是 number"),
        ("{}", "缺少 msgid，无法去重，未导入"),
        ('{"msgid":""}', "缺少 msgid，无法去重，未导入"),
        ('{"msgid":null,"msgtype":"text","text":{"content":"你好"}}', "缺少 msgid，无法去重，未导入"),
        ('{"msgtype":"text","text":{"content":"你好"}}', "缺少 msgid，无法去重，未导入"),
        ('{"msgid":["a"]}', "msgid 不是文本而是 array，无法去重，未导入"),
        ('{"msgid":true}', "msgid 不是文本而是 boolean，无法去重，未导入"),
        ("[" * 100_000 + "]" * 100_000, "JSON 嵌套过深"),
    ],
)
def test_rejected_records(raw: str, reason: str) -> None:
    with pytest.raises(RejectedRecord) as caught:
        parse_message(raw)
    assert str(caught.value) == reason
    assert caught.value.render() == reason
    assert caught.value.render(lambda context, text: f"<{context}>{text}").startswith("<RejectedRecord>")


def test_numeric_msgid_is_accepted_as_text() -> None:
    message = parse_message(
        '{"msgid":125289002219525886280,"action":"switch","time":1554119421840,"user":"a"}'
    )
    assert message.msgid == "125289002219525886280"


def test_numbers_sent_as_strings_are_accepted() -> None:
    file = parse_message(
        compact(
            envelope(
                "file",
                msgtime="1603875609704",
                file={"filename": "合同.pdf", "fileext": "pdf", "filesize": "1024", "sdkfileid": SDKFILEID},
            )
        )
    )
    assert file.status is MessageStatus.OK, file.problem
    assert file.msgtime == 1603875609704
    assert file.body == FileBody(SDKFILEID, "", "合同.pdf", "pdf", 1024)
    assert file.summary == "[文件] 合同.pdf (1.0 KB)"
    meeting = parse_message(
        compact(
            envelope("meeting", meeting={"topic": "周会", "meetingid": "17203948615720934817", "status": "1"})
        )
    )
    assert meeting.status is MessageStatus.OK, meeting.problem
    assert isinstance(meeting.body, MeetingBody)
    assert meeting.body.meetingid == 17203948615720934817
    assert meeting.body.status == 1
    location = parse_message(
        compact(envelope("location", location={"latitude": "39.911125799", "longitude": "116.586285899"}))
    )
    assert location.status is MessageStatus.OK, location.problem
    assert isinstance(location.body, LocationBody)
    assert (location.body.latitude, location.body.longitude) == (39.911125799, 116.586285899)


def test_huge_numbers_do_not_crash() -> None:
    huge = "9" * 400
    file = parse_message(
        '{"msgid":"1","msgtype":"file","file":{"filename":"a.bin","filesize":' + huge + ',"sdkfileid":"x"}}'
    )
    assert file.status is MessageStatus.OK
    assert file.summary.startswith("[文件] a.bin (") and file.summary.endswith(" TB)")
    redpacket = parse_message('{"msgid":"1","msgtype":"redpacket","redpacket":{"totalamount":' + huge + "}}")
    assert redpacket.summary.startswith("[红包] ¥999999999")  # long enough for one_line to cut it
    location = kept_unsupported('{"msgid":"1","msgtype":"location","location":{"latitude":' + huge + "}}")
    assert location.problem == "latitude: expected a number, got a 1329-bit integer"
    # more digits than Python will convert: the message is kept, the field is reported
    longer = '{"msgid":"1","msgtype":"text","text":{"content":"x"},"msgtime":' + "9" * 5000 + "}"
    message = kept_unsupported(longer)
    assert message.problem.startswith("msgtime: expected a whole number, got '9999")
    assert message.body == TextBody("x")


def test_money_and_duration_edge_values() -> None:
    redpacket = parse_message(compact(envelope("redpacket", redpacket={"wish": "红包", "totalamount": 1005})))
    assert redpacket.summary == "[红包] 红包 ¥10.05"
    voice = parse_message(compact(envelope("voice", voice={"sdkfileid": SDKFILEID, "play_length": -3})))
    assert voice.summary == "[语音]"
    nameless = parse_message(compact(envelope("file", file={"sdkfileid": SDKFILEID, "filesize": 5})))
    assert nameless.summary == "[文件] (5 B)"


# --- 4. conversation identity and id kinds ---------------------------------------------------


def message_between(sender: str, recipients: list[str], roomid: str = "", msgid: str = "1") -> Message:
    obj = envelope("text", text={"content": "你好"}, msgid=msgid)
    obj.update({"from": sender, "tolist": recipients, "roomid": roomid})
    return parse_message(compact(obj))


def key_of(message: Message) -> str:
    assert message.conversation is not None
    return message.conversation.key


def test_group_conversation_is_the_roomid() -> None:
    first = message_between("zhangsan", ["lisi", EXT_WM], ROOM)
    second = message_between(EXT_WM, ["zhangsan", "lisi", "wangwu"], ROOM)
    robot = message_between(ROBOT, ["zhangsan"], ROOM)
    assert key_of(first) == key_of(second) == key_of(robot) == f"group:{ROOM}"
    assert first.conversation is not None and first.conversation.kind is ConversationKind.GROUP
    assert first.conversation.roomid == ROOM
    assert first.conversation.participants == ("lisi", EXT_WM, "zhangsan")
    assert key_of(message_between("zhangsan", ["lisi"], OTHER_ROOM)) != key_of(first)


def test_single_conversation_is_the_unordered_pair() -> None:
    there = message_between("zhangsan", [EXT_WM])
    back = message_between(EXT_WM, ["zhangsan"])
    assert key_of(there) == key_of(back) == f'single:["{EXT_WM}","zhangsan"]'
    assert there.conversation == back.conversation
    assert there.conversation is not None and there.conversation.kind is ConversationKind.SINGLE
    assert there.conversation.roomid == ""
    others = {
        key_of(message_between("zhangsan", [EXT_WO])),
        key_of(message_between("lisi", [EXT_WM])),
        key_of(message_between("zhangsan", ["lisi"])),
    }
    assert len(others) == 3 and key_of(there) not in others
    # a single chat and a group with the same people are different conversations
    assert key_of(message_between("zhangsan", [EXT_WM], ROOM)) != key_of(there)


def test_pair_keys_cannot_collide_through_separators() -> None:
    first = conversation_for("a,b", ("c",), "", "text")
    second = conversation_for("a", ("b,c",), "", "text")
    assert first is not None and second is not None and first.key != second.key


def test_switch_and_partyless_records_have_no_conversation() -> None:
    switch = parse_message(
        '{"msgid":"125289002219525886280","action":"switch","time":1554119421840,"user":"XuJinSheng"}'
    )
    assert switch.conversation is None
    assert conversation_for("", (), "", "text") is None


@pytest.mark.parametrize(
    ("party", "kind"),
    [
        ("zhangsan", IdKind.INTERNAL),
        ("XuJinSheng", IdKind.INTERNAL),
        ("wojun", IdKind.INTERNAL),  # pinyin 吴俊 / 沃军: starts with "wo", still a member
        ("wowenjing", IdKind.INTERNAL),
        ("wangwu", IdKind.INTERNAL),
        ("wbzhang", IdKind.INTERNAL),  # initials + surname
        ("wmli", IdKind.INTERNAL),
        ("18002520162", IdKind.INTERNAL),  # phone-number userids exist
        (EXT_WM, IdKind.EXTERNAL),
        (EXT_WO, IdKind.EXTERNAL),
        ("wo2oT0DgAA-K-NjUPQ2dV7AYlbt4BSVA", IdKind.EXTERNAL),
        (ROBOT, IdKind.ROBOT),
        ("", IdKind.UNKNOWN),
    ],
)
def test_classify_id(party: str, kind: IdKind) -> None:
    assert classify_id(party) is kind


# --- 5. the parser never crashes ---------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.sampled_from([2**63 + 1, 2**64 - 1, 10**400, -(10**400)])  # uint64 ids; beyond float range
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(
        ["", "0", "1024", "-1", "abc", "1e999", "1603875609704", " 7 ", "{", "{}", '{"content":1}']
    )
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)

FIELD_NAMES = sorted(
    {
        "content", "sdkfileid", "md5sum", "filesize", "filename", "fileext", "voice_size", "play_length",
        "title", "description", "link_url", "url", "image_url", "item", "type", "msgtime", "from_chatroom",
        "votetitle", "voteitem", "votetype", "voteid", "details", "id", "ques", "meetingid", "meeting_id",
        "starttime", "endtime", "attendeename", "latitude", "longitude", "zoom", "imagesize", "width",
        "height", "totalamount", "totalcnt", "wish", "demofiledata", "sharescreendata", "markdown",
        "feed_type", "callduration", "invitetype", "pre_msgid", "userid", "agree_time", "status",
    }
)  # fmt: skip
ITEM_TYPES = [
    "text", "image", "file", "emotion", "mixed", "chatrecord", "nonsense",
    "ChatRecordText", "ChatRecordImage", "ChatRecordFile", "ChatRecordMixed", "ChatRecordVideo", "ChatRecord",
]  # fmt: skip


@st.composite
def item_lists(draw: st.DrawFn) -> list[Any]:
    """chatrecord / mixed items whose content is (often) a JSON string of a plausible body."""
    items: list[Any] = []
    for _ in range(draw(st.integers(0, 3))):
        fields = draw(st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=5))
        content = draw(st.sampled_from(["encoded", "raw", "random"]))
        value: Any = (
            json.dumps(fields) if content == "encoded" else fields if content == "raw" else draw(json_values)
        )
        items.append(
            {"type": draw(st.sampled_from(ITEM_TYPES)), "msgtime": draw(json_scalars), "content": value}
        )
    if draw(st.booleans()):
        items.append(draw(json_values))
    return items


@st.composite
def messages(draw: st.DrawFn) -> dict[str, Any]:
    obj = draw(st.dictionaries(st.text(max_size=8), json_values, max_size=3))
    for key in ("action", "from", "tolist", "roomid", "msgtime", "time", "user", "seq", "voiceid"):
        if draw(st.booleans()):
            obj[key] = draw(json_values)
    msgtype = draw(st.sampled_from([*BODY_TYPES, "switch", "solitaire"]) | json_scalars)
    obj["msgtype"] = msgtype
    body: dict[str, Any] = draw(st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=6))
    if draw(st.booleans()):
        body["item"] = draw(item_lists())
    key = draw(st.sampled_from(["same", "info", "doc", "redpacket", "top"]))
    if key == "top":
        obj.update(body)
    elif isinstance(msgtype, str):
        obj[msgtype if key == "same" else key] = body if draw(st.integers(0, 9)) else draw(json_values)
    return obj


# Every field any type reads, with every awkward value, in every type and every nested item kind:
# random generation rarely puts a poison value exactly where a parser reads it, so do it exhaustively.
EDGE_VALUES: list[Any] = [
    None, True, False, 0, -1, 2**63 + 1, 2**64 - 1, 10**400, -(10**400), 1.5, -0.0,
    float("nan"), float("inf"), float("-inf"), 1e308, "", " ", "abc", "1024", "1e999", "-5", "{",
    '{"content":"x"}', "\n\u2028\x01", [], ["a", 1, None, [2]], {}, {"content": "x"}, [{"a": {"b": []}}],
]  # fmt: skip
GRID_FIELDS = sorted(
    {
        *FIELD_NAMES, "fileext", "corpname", "address", "zoom", "username", "displayname", "room_name",
        "creator", "create_time", "ques", "topic", "remarks", "meetingtype", "notification_type",
        "doc_creator", "creatorname", "place", "sph_name", "feed_desc", "disagree_time", "demooperator",
        "share",
    }
)  # fmt: skip
ENVELOPE_FIELDS = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "msgtype", "time", "user", "seq",
                   "publickey_ver", "voiceid", "voipid"]  # fmt: skip


def parses_or_rejects(obj: dict[str, Any]) -> None:
    raw = json.dumps(obj, ensure_ascii=False)
    try:
        message = parse_message(raw)
    except RejectedRecord:
        assert not (isinstance(obj.get("msgid"), str) and obj["msgid"])
        return
    check_invariants(message, raw)


@pytest.mark.parametrize("msgtype", [*sorted(BODY_TYPES), "switch"])
def test_every_field_of_every_type_survives_every_awkward_value(msgtype: str) -> None:
    for field in GRID_FIELDS:
        for value in EDGE_VALUES:
            obj = envelope(msgtype, **{msgtype: {field: value}})
            if msgtype in {"vote", "switch"}:
                obj = {**obj, "action": msgtype if msgtype == "switch" else "send", field: value}
            parses_or_rejects(obj)
    for field in ENVELOPE_FIELDS:
        for value in EDGE_VALUES:
            parses_or_rejects({**envelope(msgtype, **{msgtype: {}}), field: value})


@pytest.mark.parametrize("container", ["chatrecord", "mixed"])
def test_every_field_of_every_nested_item_survives_every_awkward_value(container: str) -> None:
    item_types = ["ChatRecordText", "image", "file", "video", "voice", "emotion", "link", "location", "mixed",
                  "ChatRecordChatRecord", "weapp"]  # fmt: skip
    for item_type in item_types:
        for field in GRID_FIELDS:
            for value in EDGE_VALUES:
                content = json.dumps({field: value})
                items = [{"type": item_type, "msgtime": 1603875610, "content": content}]
                parses_or_rejects(envelope(container, **{container: {"item": items}}))
    for field in ("type", "msgtime", "content", "from_chatroom"):
        for value in EDGE_VALUES:
            items = [
                {"type": "ChatRecordText", "msgtime": 1603875610, "content": '{"content":"x"}', field: value}
            ]
            parses_or_rejects(envelope(container, **{container: {"item": items, "title": value}}))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(obj=messages(), msgid=json_values, ascii_only=st.booleans())
def test_parser_only_ever_rejects(obj: dict[str, Any], msgid: Any, ascii_only: bool) -> None:
    obj["msgid"] = msgid
    raw = json.dumps(obj, ensure_ascii=ascii_only)  # \uXXXX escapes or raw characters
    try:
        message = parse_message(raw)
    except RejectedRecord:
        assert not (isinstance(msgid, str) and msgid)
        return
    check_invariants(message, raw)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(obj=messages(), msgid=st.text(min_size=1, max_size=40))
def test_any_string_msgid_is_kept(obj: dict[str, Any], msgid: str) -> None:
    obj["msgid"] = msgid
    raw = json.dumps(obj, ensure_ascii=False)
    message = parse_message(raw)
    assert message.msgid == msgid
    check_invariants(message, raw)


def check_invariants(message: Message, raw: str) -> None:
    assert message.raw_json == raw
    assert (message.status is MessageStatus.OK) == (message.problem == "")
    assert message.status in {MessageStatus.OK, MessageStatus.UNSUPPORTED}
    assert message.summary.splitlines() in ([message.summary], [])
    assert [ref.part for ref in message.media] == list(range(len(message.media)))
    assert all(ref.sdkfileid for ref in message.media)
    assert isinstance(message.index_text, str)
    if message.conversation is not None:
        assert message.conversation.key


def test_unknown_type_text_excludes_opaque_ids() -> None:
    raw = compact(envelope("note", info={"title": "会议笔记", "sdkfileid": SDKFILEID, "md5sum": MD5, "n": 3}))
    assert kept_unsupported(raw).index_text == "会议笔记"


def test_group_voice_call_naming_the_room_in_tolist_is_a_group_conversation() -> None:
    room = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"
    obj = envelope("meeting_voice_call", meeting_voice_call={"endtime": 1603876000, "sdkfileid": SDKFILEID})
    obj.update({"tolist": [room], "roomid": "", "voiceid": "grb8a4c48a3c094a70982c518d55e40557"})
    message = parse_message(compact(obj))
    assert message.conversation is not None
    assert message.conversation.key == f"group:{room}"
    assert message.conversation.participants == ("zhangsan",)
