"""Every message type of the archive (reference §2.5-§2.7), parsed from a realistic sample.

The samples in tests/samples/ are compact JSON the way the SDK hands it over after decryption:
real-looking msgids, 32-character external ids, `wr…` roomids, Chinese content, nested JSON
strings for chatrecord / mixed items, and uint64 meeting ids above 2^63. Each test pins the
typed body, the one-line summary, what an auditor can search for, the files to download and the
conversation the message belongs to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wecom_desktop.core.bodies_base import BODY_TYPES, SwitchBody
from wecom_desktop.core.bodies_media import (
    DemoFile,
    EmotionBody,
    FileBody,
    ImageBody,
    MeetingVoiceCallBody,
    VideoBody,
    VoiceBody,
    VoipDocShareBody,
)
from wecom_desktop.core.bodies_nested import ChatRecordBody, ChatRecordItem, MixedBody, MixedPart
from wecom_desktop.core.bodies_text import (
    AgreeBody,
    CalendarBody,
    CardBody,
    CollectBody,
    CollectQuestion,
    DisagreeBody,
    DiskFileBody,
    DocBody,
    ExternalRedpacketBody,
    LinkBody,
    LocationBody,
    MarkdownBody,
    MeetingBody,
    MeetingNotificationBody,
    NewsBody,
    NewsItem,
    RedpacketBody,
    RevokeBody,
    SphFeedBody,
    TextBody,
    TodoBody,
    VoipTextBody,
    VoteBody,
    WeappBody,
)
from wecom_desktop.core.conversation import ConversationKey, ConversationKind
from wecom_desktop.core.message import MediaRef, Message, MessageStatus
from wecom_desktop.core.parse import parse_message

SAMPLES = Path(__file__).parent / "samples"

EXT_WM = "wmGAgeDQAAy_PhKSqgZBgXXc-3U8b03Q"  # external contact (WeCom / WeChat user)
EXT_WO = "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA"
EXT_GROUP = "wmErxtDgAA9AW32YyyuYRimKr7D1KWlw"
ROBOT = "wbjc7bDwAAJVylUKpSA3Z5U11tDO4AAA"
ROOM = "wrErxtDgAA0jgXE5A0lU8IOXkP4jb8pQ"

SINGLE_ZHANGSAN_WM = ConversationKey(ConversationKind.SINGLE, "", (EXT_WM, "zhangsan"))
SINGLE_KEY = f'single:["{EXT_WM}","zhangsan"]'
GROUP_KEY = f"group:{ROOM}"

# fields whose values are download handles / checksums / picture urls: never searchable text
NOISE_KEYS = {"sdkfileid", "md5sum", "image_url", "picurl", "voiceid", "voipid"}


def raw(name: str) -> str:
    # bytes → str by hand: read_text() would translate newlines
    return (SAMPLES / f"{name}.json").read_bytes().decode("utf-8")


def load(name: str) -> tuple[Message, dict[str, Any]]:
    text = raw(name)
    message = parse_message(text)
    assert message.raw_json == text
    assert message.status is MessageStatus.OK, message.problem
    assert message.problem == ""
    return message, json.loads(text)


def inner(item: dict[str, Any]) -> dict[str, Any]:
    """A chatrecord / mixed item's content, which is a JSON document inside a string."""
    decoded = json.loads(item["content"])
    assert isinstance(decoded, dict)
    return decoded


def noise_values(value: Any) -> set[str]:
    """sdkfileid / md5sum / picture urls anywhere in a message, nested JSON strings included."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, child in value.items():
            if key in NOISE_KEYS and isinstance(child, str) and child:
                found.add(child)
            elif key == "content" and isinstance(child, str) and child.startswith("{"):
                found |= noise_values(json.loads(child))
            else:
                found |= noise_values(child)
    elif isinstance(value, list):
        for child in value:
            found |= noise_values(child)
    return found


ALL_SAMPLES = sorted(path.stem for path in SAMPLES.glob("*.json"))


def test_every_registered_type_has_a_sample() -> None:
    sampled = {json.loads(raw(name)).get("msgtype", "switch") for name in ALL_SAMPLES}
    assert sampled == set(BODY_TYPES) | {"switch"}


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_sample_invariants(name: str) -> None:
    message, obj = load(name)
    assert message.msgid == obj["msgid"]
    # the summary is one line
    assert message.summary and message.summary.splitlines() == [message.summary]
    # searchable text has no download handles, checksums or picture urls
    for value in noise_values(obj):
        assert value not in message.index_text
        assert value not in message.summary
    # files are numbered 0..n-1 and every one can be downloaded
    assert [ref.part for ref in message.media] == list(range(len(message.media)))
    assert all(ref.sdkfileid for ref in message.media)


def test_text() -> None:
    message, _ = load("text")
    content = "您好，合同已经发到您邮箱，请查收。\n如有问题随时联系我。"
    assert message.msgid == "14527413452837213845_1603875609704_external"
    assert (message.action, message.sender, message.recipients) == ("send", "zhangsan", (EXT_WM,))
    assert (message.roomid, message.msgtime, message.msgtype) == ("", 1603875609704, "text")
    assert message.body == TextBody(content)
    assert message.summary == "您好，合同已经发到您邮箱，请查收。 如有问题随时联系我。"
    assert message.index_text == content
    assert message.media == ()
    assert message.conversation == SINGLE_ZHANGSAN_WM
    assert message.conversation is not None and message.conversation.key == SINGLE_KEY


def test_image_in_a_group() -> None:
    message, obj = load("image")
    image = obj["image"]
    assert message.body == ImageBody(image["sdkfileid"], image["md5sum"], 70961)
    assert message.summary == "[图片]"
    assert message.index_text == ""
    assert message.media == (MediaRef(0, "image", image["sdkfileid"], image["md5sum"], 70961, "image.jpg"),)
    assert message.conversation == ConversationKey(
        ConversationKind.GROUP, ROOM, tuple(sorted((EXT_GROUP, "zhangsan", "lisi")))
    )
    assert message.conversation.key == GROUP_KEY


def test_revoke() -> None:
    message, _ = load("revoke")
    original = "14527413452837213845_1603875609704_external"
    assert message.action == "recall"
    assert message.body == RevokeBody(original)
    assert message.revoked_msgid == original
    assert message.summary == "[撤回了一条消息]"
    assert message.index_text == ""
    assert message.conversation is not None and message.conversation.key == SINGLE_KEY


def test_agree_and_disagree() -> None:
    agree, _ = load("agree")
    assert agree.body == AgreeBody(EXT_WM, 1603875826656)
    assert agree.summary == f"[同意会话存档] {EXT_WM}"
    disagree, _ = load("disagree")
    assert disagree.body == DisagreeBody(EXT_WM, 1603875845513)
    assert disagree.summary == f"[不同意会话存档] {EXT_WM}"
    for message in (agree, disagree):
        assert message.index_text == ""
        assert message.media == ()
        assert message.conversation is not None and message.conversation.key == SINGLE_KEY


def test_voice() -> None:
    message, obj = load("voice")
    voice = obj["voice"]
    assert message.body == VoiceBody(voice["sdkfileid"], voice["md5sum"], 6810, 10)
    assert message.summary == "[语音] 10秒"
    assert message.index_text == ""
    # voice_size, not filesize, is the size of a voice message
    assert message.media == (MediaRef(0, "voice", voice["sdkfileid"], voice["md5sum"], 6810, "voice.amr"),)
    assert message.conversation == ConversationKey(ConversationKind.SINGLE, "", ("lisi", EXT_WO))


def test_video() -> None:
    message, obj = load("video")
    video = obj["video"]
    assert message.body == VideoBody(video["sdkfileid"], video["md5sum"], 3652198, 75)
    assert message.summary == "[视频] 1分15秒 (3.5 MB)"
    assert message.index_text == ""
    assert message.media == (MediaRef(0, "video", video["sdkfileid"], video["md5sum"], 3652198, "video.mp4"),)
    assert message.conversation is not None and message.conversation.key == GROUP_KEY


def test_card() -> None:
    message, _ = load("card")
    assert message.body == CardBody("上海云启信息科技有限公司", EXT_WO)
    assert message.summary == f"[名片] 上海云启信息科技有限公司 {EXT_WO}"
    assert "上海云启信息科技有限公司" in message.index_text.split("\n")
    assert message.conversation is not None and message.conversation.key == SINGLE_KEY


def test_location() -> None:
    message, _ = load("location")
    assert message.body == LocationBody(
        "SOHO现代城", "北京市朝阳区建国路88号SOHO现代城A座", 39.911125799, 116.586285899, 15
    )
    assert message.summary == "[位置] SOHO现代城 北京市朝阳区建国路88号SOHO现代城A座"
    assert message.index_text.split("\n") == ["SOHO现代城", "北京市朝阳区建国路88号SOHO现代城A座"]


def test_emotion() -> None:
    message, obj = load("emotion")
    emotion = obj["emotion"]
    assert message.body == EmotionBody(emotion["sdkfileid"], emotion["md5sum"], 1, 240, 240, 2425, "")
    assert message.summary == "[表情]"
    assert message.index_text == ""
    # imagesize, not filesize; type 1 is a gif
    assert message.media == (
        MediaRef(0, "emotion", emotion["sdkfileid"], emotion["md5sum"], 2425, "emotion.gif"),
    )


def test_emotion_png() -> None:
    png = json.loads(raw("emotion"))
    png["emotion"]["type"] = 2
    message = parse_message(json.dumps(png))
    assert message.media[0].filename == "emotion.png"


def test_file() -> None:
    message, obj = load("file")
    file = obj["file"]
    name = "2024年度服务合同（终版）.pdf"
    assert message.body == FileBody(file["sdkfileid"], file["md5sum"], name, "pdf", 1258291)
    assert message.summary == f"[文件] {name} (1.2 MB)"
    assert message.index_text == name
    assert message.media == (MediaRef(0, "file", file["sdkfileid"], file["md5sum"], 1258291, name),)
    assert message.conversation is not None and message.conversation.key == SINGLE_KEY


def test_link() -> None:
    message, obj = load("link")
    url = "https://developer.work.weixin.qq.com/document/path/91774"
    assert message.body == LinkBody(
        "企业微信会话内容存档开发指南", "介绍如何拉取和解密会话内容", url, obj["link"]["image_url"]
    )
    assert message.summary == "[链接] 企业微信会话内容存档开发指南"
    assert message.index_text.split("\n") == [
        "企业微信会话内容存档开发指南",
        "介绍如何拉取和解密会话内容",
        url,
    ]


def test_weapp() -> None:
    message, _ = load("weapp")
    assert message.body == WeappBody(
        "开始聊天前请仔细阅读服务须知事项", "客户需同意存档聊天记录", "gh_a3f2b1c4d5e6@app", "服务须知"
    )
    assert message.summary == "[小程序] 服务须知 开始聊天前请仔细阅读服务须知事项"
    lines = message.index_text.split("\n")
    assert {"开始聊天前请仔细阅读服务须知事项", "客户需同意存档聊天记录", "服务须知"} <= set(lines)
    assert "gh_a3f2b1c4d5e6@app" not in message.index_text


def test_chatrecord_with_every_item_kind() -> None:
    message, obj = load("chatrecord")
    items = obj["chatrecord"]["item"]
    file, image, video = inner(items[1]), inner(items[2]), inner(items[3])
    link = inner(items[4])
    mixed_image = inner(inner(items[6])["item"][1])
    body = message.body
    assert isinstance(body, ChatRecordBody)
    assert body.title == "张三和李四的聊天记录"
    assert [item.type for item in body.items] == [
        "ChatRecordText",
        "ChatRecordFile",
        "ChatRecordImage",
        "ChatRecordVideo",
        "ChatRecordLink",
        "ChatRecordLocation",
        "ChatRecordMixed",
    ]
    # 10-digit item times are seconds: every item time becomes milliseconds
    assert [item.msgtime for item in body.items] == [
        1603875610000,
        1603875620000,
        1603875630000,
        1603875640000,
        1603875650000,
        1603875660000,
        1603875670000,
    ]
    assert [item.from_chatroom for item in body.items] == [False, False, False, True, True, False, False]
    assert body.items[0] == ChatRecordItem(
        "ChatRecordText", 1603875610000, False, TextBody("明天上午十点开会")
    )
    assert body.items[1].body == FileBody(file["sdkfileid"], file["md5sum"], "会议纪要.docx", "docx", 18181)
    assert body.items[2].body == ImageBody(image["sdkfileid"], image["md5sum"], 102400)
    assert body.items[3].body == VideoBody(video["sdkfileid"], video["md5sum"], 2097152, 12)
    assert body.items[4].body == LinkBody(
        "项目进度表", "第三季度里程碑", "https://doc.weixin.qq.com/sheet/e3_AbCdEf", link["image_url"]
    )
    assert body.items[5].body == LocationBody("人民广场", "上海市黄浦区人民大道200号", 31.2304, 121.4737, 15)
    assert body.items[6].body == MixedBody(
        (
            MixedPart("text", TextBody("见附图")),
            MixedPart("image", ImageBody(mixed_image["sdkfileid"], mixed_image["md5sum"], 51200)),
        )
    )
    assert message.summary == "[聊天记录] 张三和李四的聊天记录 (7条)"
    assert message.index_text.split("\n") == [
        "张三和李四的聊天记录",
        "明天上午十点开会",
        "会议纪要.docx",
        "项目进度表",
        "第三季度里程碑",
        "https://doc.weixin.qq.com/sheet/e3_AbCdEf",
        "人民广场",
        "上海市黄浦区人民大道200号",
        "见附图",
    ]
    # nested files are numbered in item order, the mixed item's image included
    assert message.media == (
        MediaRef(0, "file", file["sdkfileid"], file["md5sum"], 18181, "会议纪要.docx"),
        MediaRef(1, "image", image["sdkfileid"], image["md5sum"], 102400, "image.jpg"),
        MediaRef(2, "video", video["sdkfileid"], video["md5sum"], 2097152, "video.mp4"),
        MediaRef(3, "image", mixed_image["sdkfileid"], mixed_image["md5sum"], 51200, "image.jpg"),
    )
    assert message.conversation == ConversationKey(ConversationKind.SINGLE, "", (EXT_WO, "zhangsan"))


def test_todo() -> None:
    message, _ = load("todo")
    assert message.body == TodoBody("周五前提交季度报告", "请各部门负责人在周五18:00前提交Q3季度报告")
    # title is where the to-do came from; the preview shows what is to be done
    assert message.summary == "[待办] 请各部门负责人在周五18:00前提交Q3季度报告"
    assert message.index_text.split("\n") == [
        "周五前提交季度报告",
        "请各部门负责人在周五18:00前提交Q3季度报告",
    ]
    assert message.conversation is not None and message.conversation.key == GROUP_KEY


def test_vote_fields_at_top_level() -> None:
    message, _ = load("vote_top_level")
    assert message.body == VoteBody(
        "团建地点投票", ("千岛湖", "莫干山", "安吉"), 101, "2707525032880454401_1603875803"
    )
    assert message.summary == "[投票] 团建地点投票"
    assert message.index_text.split("\n") == ["团建地点投票", "千岛湖", "莫干山", "安吉"]
    assert message.conversation is not None and message.conversation.key == GROUP_KEY


def test_vote_inside_a_vote_object() -> None:
    message, _ = load("vote_nested")
    assert message.body == VoteBody("团建地点投票", ("莫干山",), 102, "2707525032880454401_1603875803")
    assert message.summary == "[投票] 团建地点投票"
    assert message.index_text.split("\n") == ["团建地点投票", "莫干山"]


def test_collect() -> None:
    message, _ = load("collect")
    assert message.body == CollectBody(
        "市场部群",
        "张三",
        "2020-10-28 17:04:46",
        "活动报名表",
        (
            CollectQuestion(1, "姓名", "Text"),
            CollectQuestion(2, "参加人数", "Number"),
            CollectQuestion(17293822569102704642, "到达日期", "Date"),  # uint64, kept exact
            CollectQuestion(4, "到达时间", "Time"),
        ),
    )
    assert message.summary == "[填表] 活动报名表"
    assert {"活动报名表", "市场部群", "张三", "姓名", "参加人数", "到达日期", "到达时间"} <= set(
        message.index_text.split("\n")
    )


def test_redpacket() -> None:
    message, _ = load("redpacket")
    assert message.body == RedpacketBody(2, "恭喜发财，大吉大利", 10, 8888)
    assert message.summary == "[红包] 恭喜发财，大吉大利 ¥88.88"
    assert message.index_text == "恭喜发财，大吉大利"


def test_external_redpacket_reads_the_redpacket_key() -> None:
    message, _ = load("external_redpacket")
    assert message.body == ExternalRedpacketBody(1, "感谢支持", 1, 20000)
    assert message.summary == "[互通红包] 感谢支持 ¥200.00"
    assert message.index_text == "感谢支持"


def test_meeting_keeps_uint64_meetingid_exact() -> None:
    message, _ = load("meeting")
    meetingid = 17203948615720934817
    assert meetingid > 2**63
    assert message.body == MeetingBody(
        "第三季度经营分析会",
        1603877328,
        1603884527,
        "总部3号楼502会议室",
        "请提前准备材料",
        101,
        meetingid,
        1,
    )
    assert isinstance(message.body, MeetingBody)
    assert message.body.meetingid == meetingid != int(float(meetingid))  # no detour through a float
    assert message.summary == "[会议] 第三季度经营分析会"
    assert message.index_text.split("\n") == ["第三季度经营分析会", "总部3号楼502会议室", "请提前准备材料"]
    assert str(meetingid) not in message.index_text


def test_meeting_notification_reads_info() -> None:
    message, _ = load("meeting_notification")
    assert message.body == MeetingNotificationBody(13905673451980012345, 2, "主持人已将会议时间调整为10:30")
    assert message.summary == "[会议控制] 主持人已将会议时间调整为10:30"
    assert message.index_text == "主持人已将会议时间调整为10:30"
    assert message.conversation == ConversationKey(ConversationKind.SINGLE, "", ("lisi", "zhangsan"))


def test_docmsg_reads_doc() -> None:
    message, _ = load("docmsg")
    url = "https://doc.weixin.qq.com/sheet/e3_AMkAXgbdACkHeGVo2GuRHqzBVyFy1?scode=AJEAIQdfAAo"
    assert message.body == DocBody("2024客户回访记录", url, "zhangsan")
    assert message.summary == "[在线文档] 2024客户回访记录"
    assert message.index_text.split("\n") == ["2024客户回访记录", url]


def test_markdown_reads_info_content() -> None:
    message, _ = load("markdown")
    content = "**告警**：服务器 `app-03` CPU 使用率 95%\n> 请尽快处理"
    assert message.sender == ROBOT
    assert message.body == MarkdownBody(content)
    assert message.summary == "[Markdown] **告警**：服务器 `app-03` CPU 使用率 95% > 请尽快处理"
    assert message.index_text == content
    assert message.conversation is not None and message.conversation.key == GROUP_KEY


def test_markdown_reads_info_markdown() -> None:
    message, _ = load("markdown_info_markdown")
    assert message.body == MarkdownBody("## 今日值班\n- 张三\n- 李四")
    assert message.summary == "[Markdown] ## 今日值班 - 张三 - 李四"
    assert message.index_text == "## 今日值班\n- 张三\n- 李四"


def test_news_reads_info() -> None:
    message, obj = load("news")
    pics = [item["picurl"] for item in obj["info"]["item"]]
    assert message.body == NewsBody(
        (
            NewsItem(
                "企业微信发布4.1版本", "新增会话存档能力", "https://work.weixin.qq.com/news/4.1", pics[0]
            ),
            NewsItem("客户联系升级", "支持群发朋友圈", "https://work.weixin.qq.com/news/contact", pics[1]),
        )
    )
    assert message.summary == "[图文] 企业微信发布4.1版本"
    assert message.index_text.split("\n") == [
        "企业微信发布4.1版本",
        "新增会话存档能力",
        "https://work.weixin.qq.com/news/4.1",
        "客户联系升级",
        "支持群发朋友圈",
        "https://work.weixin.qq.com/news/contact",
    ]


def test_calendar() -> None:
    message, _ = load("calendar")
    assert message.body == CalendarBody(
        "客户拜访：上海云启",
        "张三",
        ("李四", "王五"),
        1603877400,
        1603881000,
        "上海市浦东新区世纪大道100号",
        "带上合同样本",
    )
    assert message.summary == "[日程] 客户拜访：上海云启"
    assert {
        "客户拜访：上海云启",
        "上海市浦东新区世纪大道100号",
        "带上合同样本",
        "张三",
        "李四",
        "王五",
    } <= set(message.index_text.split("\n"))


def test_mixed() -> None:
    message, obj = load("mixed")
    first, second = inner(obj["mixed"]["item"][1]), inner(obj["mixed"]["item"][3])
    assert message.body == MixedBody(
        (
            MixedPart("text", TextBody("你好，这是产品截图[微笑]\n")),
            MixedPart("image", ImageBody(first["sdkfileid"], first["md5sum"], 13177)),
            MixedPart("text", TextBody("请确认第二页的价格")),
            MixedPart("image", ImageBody(second["sdkfileid"], second["md5sum"], 24680)),
        )
    )
    assert message.summary == "你好，这是产品截图[微笑] [图片] 请确认第二页的价格 [图片]"
    assert "你好，这是产品截图[微笑]\n" in message.index_text
    assert "请确认第二页的价格" in message.index_text
    assert message.media == (
        MediaRef(0, "image", first["sdkfileid"], first["md5sum"], 13177, "image.jpg"),
        MediaRef(1, "image", second["sdkfileid"], second["md5sum"], 24680, "image.jpg"),
    )
    assert message.conversation is not None and message.conversation.key == SINGLE_KEY


def test_meeting_voice_call_reads_top_level_voiceid() -> None:
    message, obj = load("meeting_voice_call")
    call = obj["meeting_voice_call"]
    voiceid = "grb8a4c48a3c094a70982c518d55e40557"
    assert message.body == MeetingVoiceCallBody(
        voiceid,
        call["sdkfileid"],
        1594197635,
        (DemoFile("产品方案v2.pptx", "zhangsan", 1594197599, 1594197609),),
        1,
    )
    assert message.summary == "[音频存档]"
    assert message.index_text == "产品方案v2.pptx"
    assert message.media == (
        MediaRef(0, "meeting_voice_call", call["sdkfileid"], "", None, f"{voiceid}.audio"),
    )
    assert message.conversation is not None and message.conversation.key == SINGLE_KEY


def test_voip_doc_share_reads_top_level_voipid() -> None:
    message, obj = load("voip_doc_share")
    share = obj["voip_doc_share"]
    name = "欢迎使用微盘.pdf"
    assert message.body == VoipDocShareBody(
        "gr2751c98b19300571f8afb3b74514bd32", name, share["md5sum"], 4400654, share["sdkfileid"]
    )
    assert message.summary == f"[音频共享文档] {name} (4.2 MB)"
    assert message.index_text == name
    assert message.media == (
        MediaRef(0, "voip_doc_share", share["sdkfileid"], share["md5sum"], 4400654, name),
    )
    assert message.conversation == ConversationKey(ConversationKind.SINGLE, "", (EXT_WO, "zhangsan"))


def test_sphfeed_feed_type_as_number_and_as_string() -> None:
    number, _ = load("sphfeed_number")
    assert number.body == SphFeedBody(4, "企业微信", "企业微信4.1版本发布会回顾")
    assert number.summary == "[视频号] 企业微信 企业微信4.1版本发布会回顾"
    assert number.index_text.split("\n") == ["企业微信", "企业微信4.1版本发布会回顾"]
    string, _ = load("sphfeed_string")
    assert string.body == SphFeedBody(9, "云启直播间", "新品发布直播")
    assert string.summary == "[视频号] 云启直播间 新品发布直播"


def test_voiptext_reads_info() -> None:
    message, _ = load("voiptext")
    assert message.body == VoipTextBody(125, 1)
    assert message.summary == "[音视频通话] 2分5秒"  # like the duration of voice and video
    assert message.index_text == ""
    assert message.media == ()


def test_qydiskfile_reads_info_and_has_nothing_to_download() -> None:
    message, _ = load("qydiskfile")
    assert message.body == DiskFileBody("2024年度预算.xlsx")
    assert message.summary == "[微盘文件] 2024年度预算.xlsx"
    assert message.index_text == "2024年度预算.xlsx"
    assert message.media == ()


def test_switch_record() -> None:
    message, _ = load("switch")
    assert (message.msgid, message.action, message.msgtype) == ("125289002219525886280", "switch", "switch")
    assert message.body == SwitchBody("XuJinSheng", 1554119421840)
    assert message.msgtime == 1554119421840
    assert (message.sender, message.recipients, message.roomid) == ("", (), "")
    assert message.summary == "[切换企业] XuJinSheng"
    assert message.index_text == "XuJinSheng"
    assert message.conversation is None
    assert message.media == ()
