"""Variations real archives carry beyond the documented examples: fractional numbers, free-form
userids, half emoji, out-of-range integers, times in seconds, odd recipient lists, files of
unknown types. Each must be kept, shown right, and storable."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine, text

from wecom_desktop.core.bodies_text import LocationBody
from wecom_desktop.core.conversation import ConversationKind
from wecom_desktop.core.formatting import file_size, one_line
from wecom_desktop.core.message import MediaRef, MessageStatus
from wecom_desktop.core.parse import parse_message
from wecom_desktop.store.writer import ArchiveWriter

ROOM = "wrErxtDgAA0jgXE5A0lU8IOXkP4jb8pQ"
SDKFILEID = "CtYBMzA2OTAyMDEwMjA0NjIzMDYwMDIwMTAwMDIwNGZkYjQ3MmZhMDIwMzBm"
MD5 = "50de8e5ae8ffe4f1df7a93841f71993a"


def message(msgtype: str, msgid: str = "m1", **rest: Any) -> str:
    obj: dict[str, Any] = {
        "msgid": msgid,
        "action": "send",
        "from": "zhangsan",
        "tolist": ["lisi"],
        "roomid": "",
        "msgtime": 1603876152141,
        "msgtype": msgtype,
        **rest,
    }
    return json.dumps(obj, ensure_ascii=False)


def stored_row(engine: Engine, msgid: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT seq, msgtime, summary, status, problem FROM messages WHERE msgid = :m"), {"m": msgid}
        ).one()


def test_a_fractional_zoom_keeps_the_location() -> None:
    parsed = parse_message(
        message(
            "location",
            location={
                "longitude": 116.586,
                "latitude": 39.911,
                "address": "北京市朝阳区建国路",
                "title": "国贸大厦",
                "zoom": 15.4,
            },
        )
    )
    assert parsed.status is MessageStatus.OK, parsed.problem
    assert isinstance(parsed.body, LocationBody)
    assert (parsed.body.title, parsed.body.address, parsed.body.zoom) == (
        "国贸大厦",
        "北京市朝阳区建国路",
        15,
    )
    assert "国贸大厦" in parsed.summary


def test_a_fractional_play_length_keeps_the_video_and_its_download() -> None:
    parsed = parse_message(
        message(
            "video", video={"sdkfileid": SDKFILEID, "md5sum": MD5, "filesize": "4096", "play_length": 108.4}
        )
    )
    assert parsed.status is MessageStatus.OK, parsed.problem
    assert parsed.media == (MediaRef(0, "video", SDKFILEID, MD5, 4096, "video.mp4"),)
    assert parsed.summary == "[视频] 1分48秒 (4.0 KB)"


def test_a_fractional_zoom_inside_a_chat_record_keeps_the_record() -> None:
    item = {
        "type": "ChatRecordLocation",
        "msgtime": 1603875610,
        "content": json.dumps({"title": "国贸", "zoom": 15.5}),
    }
    parsed = parse_message(message("chatrecord", chatrecord={"title": "聊天记录", "item": [item]}))
    assert parsed.status is MessageStatus.OK, parsed.problem


@pytest.mark.parametrize("userid", ["wrobinson@acme.com", "wrobinson_shanghai_01", ROOM])
def test_a_one_to_one_chat_stays_one_to_one_whatever_the_userid(userid: str) -> None:
    there = parse_message(message("text", tolist=[userid], text={"content": "hi"}))
    back = parse_message(message("text", **{"from": userid, "tolist": ["zhangsan"]}, text={"content": "hi"}))
    assert there.conversation is not None and there.conversation.kind is ConversationKind.SINGLE
    assert there.conversation == back.conversation


def test_a_call_held_in_a_group_names_the_group_in_tolist() -> None:
    call = parse_message(
        message(
            "meeting_voice_call",
            tolist=[ROOM],
            voiceid="grb8a4c48a3c",
            meeting_voice_call={"sdkfileid": SDKFILEID},
        )
    )
    assert call.conversation is not None and call.conversation.kind is ConversationKind.GROUP
    assert call.conversation.roomid == ROOM


@pytest.mark.parametrize("userid", ["wrobinson_shanghai_01", "wrightjohnson_beijing_sales"])
def test_a_call_with_a_userid_that_starts_like_a_group_id_stays_one_to_one(userid: str) -> None:
    def call(sender: str, recipient: str) -> Any:
        return parse_message(
            message(
                "meeting_voice_call",
                **{"from": sender, "tolist": [recipient]},
                voiceid="grb8a4c48a3c",
                meeting_voice_call={"sdkfileid": SDKFILEID},
            )
        )

    there, back = call("zhangsan", userid), call(userid, "zhangsan")
    chat = parse_message(message("text", tolist=[userid], text={"content": "hi"}))
    assert there.conversation is not None and there.conversation.kind is ConversationKind.SINGLE
    assert there.conversation == back.conversation == chat.conversation


def test_a_group_call_does_not_make_its_group_a_contact(writer: ArchiveWriter) -> None:
    call = message(
        "meeting_voice_call", tolist=[ROOM], voiceid="grb8", meeting_voice_call={"sdkfileid": SDKFILEID}
    )
    writer.write_batch([parse_message(call)])
    with writer.engine.connect() as connection:
        contacts = connection.execute(text("SELECT id FROM contacts")).scalars().all()
        rooms = connection.execute(text("SELECT roomid, kind FROM conversations")).all()
    assert contacts == ["zhangsan"]
    assert rooms == [(ROOM, "group")]


_PICTURE = {"md5sum": MD5, "filesize": 20, "sdkfileid": SDKFILEID}
_GOOD_ITEMS = [
    {
        "type": "ChatRecordText",
        "msgtime": 1603875610,
        "content": json.dumps({"content": "报价已确认"}, ensure_ascii=False),
    },
    {"type": "ChatRecordImage", "msgtime": 1603875611, "content": json.dumps(_PICTURE)},
]


@pytest.mark.parametrize(
    ("items", "problem"),
    [
        ([None, *_GOOD_ITEMS], ""),  # a null item says nothing
        (json.dumps(_GOOD_ITEMS, ensure_ascii=False), ""),  # the list written as JSON text
        ([{**_GOOD_ITEMS[0], "msgtime": [1]}, _GOOD_ITEMS[1]], "chatrecord.item[0]: msgtime"),
        ([*_GOOD_ITEMS, "第三条"], "chatrecord.item[2]: item: expected an object"),
        ([None, *_GOOD_ITEMS, 3], "chatrecord.item[3]: item: expected an object"),  # counted as written
    ],
)
def test_one_unreadable_chat_record_item_leaves_the_others_and_their_files(
    items: object, problem: str
) -> None:
    parsed = parse_message(message("chatrecord", chatrecord={"title": "聊天记录", "item": items}))
    assert parsed.media == (MediaRef(0, "image", SDKFILEID, MD5, 20, "image.jpg"),)
    assert "报价已确认" in parsed.index_text and SDKFILEID not in parsed.index_text
    assert (parsed.status is MessageStatus.OK) == (not problem), parsed.problem
    assert problem in parsed.problem
    assert parsed.summary.startswith("[聊天记录] 聊天记录")


def test_one_unreadable_mixed_item_leaves_the_others_and_their_files() -> None:
    items = [
        {"type": ["text"], "content": json.dumps({"content": "见附图"}, ensure_ascii=False)},
        {"type": "image", "content": json.dumps(_PICTURE)},
    ]
    parsed = parse_message(message("mixed", mixed={"item": items}))
    assert parsed.status is MessageStatus.UNSUPPORTED and "mixed.item[0]: type" in parsed.problem
    assert parsed.media == (MediaRef(0, "image", SDKFILEID, MD5, 20, "image.jpg"),)
    assert "见附图" in parsed.index_text


def test_an_unreadable_body_salvages_files_and_text_from_item_contents_written_as_json_text() -> None:
    parsed = parse_message(
        message(
            "chatrecord",
            chatrecord={
                "title": "记录",
                "item": {"not": "a list", "content": json.dumps({"content": "合同", **_PICTURE})},
            },
        )
    )
    assert parsed.status is MessageStatus.UNSUPPORTED
    assert parsed.media == (MediaRef(0, "file", SDKFILEID, MD5, 20, ""),)
    assert "合同" in parsed.index_text and MD5 not in parsed.index_text


def test_half_an_emoji_becomes_a_replacement_character_and_the_message_is_stored(
    writer: ArchiveWriter,
) -> None:
    raw = message("text", text={"content": "PLACEHOLDER"}).replace(
        "PLACEHOLDER", "好的\\ud83d 收到 \\ud83d\\ude00"
    )
    parsed = parse_message(raw)
    assert parsed.summary == "好的\ufffd 收到 😀"  # the valid pair stays one emoji
    assert parsed.raw_json == raw  # the body is kept as received
    assert writer.write_batch([parsed]).inserted == 1
    assert stored_row(writer.engine, "m1").summary == "好的\ufffd 收到 😀"


def test_integers_out_of_the_archive_range_are_reported_and_the_message_is_stored(
    writer: ArchiveWriter,
) -> None:
    raw = message(
        "file",
        seq=2**63,
        msgtime=2**64,
        file={"filename": "a.bin", "filesize": 2**64, "sdkfileid": SDKFILEID},
    )
    parsed = parse_message(raw)
    assert parsed.status is MessageStatus.UNSUPPORTED
    assert "seq: 9223372036854775808 is out of range" in parsed.problem
    assert "msgtime: a 65-bit integer is out of range" in parsed.problem
    assert parsed.media == (MediaRef(0, "file", SDKFILEID, "", None, "a.bin"),)  # still fetched
    assert writer.write_batch([parsed]).inserted == 1
    row = stored_row(writer.engine, "m1")
    assert (row.seq, row.msgtime, row.status) == (None, None, "unsupported")


def test_times_in_seconds_are_read_as_seconds() -> None:
    assert parse_message(message("text", msgtime=1603876530, text={"content": "x"})).msgtime == 1603876530000
    assert (
        parse_message(message("text", msgtime="1603876530", text={"content": "x"})).msgtime == 1603876530000
    )
    switch = parse_message('{"msgid":"s","action":"switch","time":1554119421,"user":"XuJinSheng"}')
    assert switch.msgtime == 1554119421000


@pytest.mark.parametrize(
    ("value", "problem"), [("abc", "seq: expected a whole number"), (True, "seq: expected a number")]
)
def test_a_bad_seq_is_reported(value: object, problem: str) -> None:
    parsed = parse_message(message("text", seq=value, text={"content": "x"}))
    assert parsed.seq is None
    assert parsed.status is MessageStatus.UNSUPPORTED and problem in parsed.problem


@pytest.mark.parametrize(
    ("tolist", "recipients"),
    [([None, "lisi"], ("lisi",)), ('["wmABC"]', ("wmABC",)), ("lisi", ("lisi",)), ([], ())],
)
def test_recipient_lists_as_other_tools_write_them(tolist: object, recipients: tuple[str, ...]) -> None:
    parsed = parse_message(message("text", tolist=tolist, text={"content": "x"}))
    assert parsed.status is MessageStatus.OK, parsed.problem
    assert parsed.recipients == recipients


def test_files_of_an_unknown_type_are_still_downloaded() -> None:
    parsed = parse_message(
        message(
            "solitaire",
            solitaire={
                "title": "接龙报名",
                "attach": [{"sdkfileid": SDKFILEID, "md5sum": MD5, "filename": "名单.xlsx", "filesize": 20}],
            },
        )
    )
    assert parsed.status is MessageStatus.UNSUPPORTED
    assert parsed.media == (MediaRef(0, "file", SDKFILEID, MD5, 20, "名单.xlsx"),)
    assert "接龙报名" in parsed.index_text


def test_a_media_body_that_cannot_be_read_still_fetches_its_file_as_its_kind() -> None:
    parsed = parse_message(
        message("voice", voice={"sdkfileid": SDKFILEID, "md5sum": MD5, "play_length": [3]})
    )
    assert parsed.status is MessageStatus.UNSUPPORTED
    assert parsed.media == (MediaRef(0, "voice", SDKFILEID, MD5, None, ""),)


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (1023, "1023 B"),
        (1048524, "1023.9 KB"),
        (1048525, "1.0 MB"),
        (1048576, "1.0 MB"),
        (1024**3 - 1, "1.0 GB"),
    ],
)
def test_file_sizes_never_show_1024_of_a_unit(size: int, shown: str) -> None:
    assert file_size(size) == shown


@pytest.mark.parametrize(
    "tail",
    ["🇨🇳🇯🇵", "👨\u200d👩\u200d👧", "👍🏽x", "e\u0301xyz", "1\ufe0f\u20e3x"],
)
def test_a_cut_summary_never_splits_an_emoji_or_an_accent(tail: str) -> None:
    for padding in range(74, 80):
        text_value = "a" * padding + tail + "b" * 10
        cut = one_line(text_value)
        assert cut.endswith("…")
        kept = cut[:-1]
        assert text_value.startswith(kept)
        following = text_value[len(kept)]
        # the cut falls between whole characters: what follows starts a new one
        assert following not in "\u200d\ufe0f\u20e3\u0301" and not ("\U0001f3fb" <= following <= "\U0001f3ff")
        assert kept.count("🇨") + kept.count("🇳") + kept.count("🇯") + kept.count("🇵") in (0, 2, 4)
        assert not kept.endswith("\u200d")


def test_a_body_written_as_a_json_string_is_read() -> None:
    parsed = parse_message(
        message("text", text=json.dumps({"content": "写成字符串的正文"}, ensure_ascii=False))
    )
    assert parsed.status is MessageStatus.OK, parsed.problems
    assert parsed.index_text == "写成字符串的正文" and parsed.summary == "写成字符串的正文"


def test_a_body_string_that_is_no_object_is_still_reported() -> None:
    parsed = parse_message(message("text", text="plain words"))
    assert parsed.status is MessageStatus.UNSUPPORTED
    assert parsed.problems == ("text: expected an object, got str",)


@pytest.mark.parametrize("time_key", ["time", "msgtime"])
def test_a_switch_record_that_names_its_msgtype_is_a_switch(time_key: str) -> None:
    record = {
        "msgid": "s1",
        "action": "switch",
        time_key: 1700000000000,
        "user": "zhang",
        "msgtype": "switch",
    }
    parsed = parse_message(json.dumps(record))
    assert parsed.status is MessageStatus.OK, parsed.problems
    assert (parsed.msgtype, parsed.msgtime, parsed.summary) == ("switch", 1700000000000, "[切换企业] zhang")


@pytest.mark.parametrize("factor", [1, 1000])
def test_meeting_and_calendar_times_written_in_milliseconds_are_read_as_seconds(factor: int) -> None:
    start, end = 1700000000, 1700003600
    meeting = parse_message(
        message("meeting", meeting={"topic": "周会", "starttime": start * factor, "endtime": end * factor})
    )
    calendar = parse_message(
        message("calendar", calendar={"title": "复盘", "starttime": start * factor, "endtime": end * factor})
    )
    assert (meeting.body.starttime, meeting.body.endtime) == (start, end)  # type: ignore[attr-defined]
    assert (calendar.body.starttime, calendar.body.endtime) == (start, end)  # type: ignore[attr-defined]
