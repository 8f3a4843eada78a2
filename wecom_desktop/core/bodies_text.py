"""Message types made of text and structured fields: text, links, cards, events, office items."""

from __future__ import annotations

from dataclasses import dataclass

from wecom_desktop.core import fields as f
from wecom_desktop.core.bodies_base import CONTEXT, Body, duration, register
from wecom_desktop.core.fields import JsonObject
from wecom_desktop.core.formatting import one_line
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate


def _labelled(localize: Translate, label: str, *parts: str) -> str:
    detail = one_line(" ".join(part for part in parts if part))
    return f"{localize(CONTEXT, label)} {detail}" if detail else localize(CONTEXT, label)


@register("text")
@dataclass(frozen=True, slots=True)
class TextBody(Body):
    content: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> TextBody:
        return cls(f.text(body, "content"))

    def summary(self, localize: Translate) -> str:
        return one_line(self.content)

    def texts(self) -> list[str]:
        return [self.content]

    def full_text(self, localize: Translate) -> str:
        return self.content


@register("markdown", "info")
@dataclass(frozen=True, slots=True)
class MarkdownBody(Body):
    content: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> MarkdownBody:
        return cls(f.text(body, "content") or f.text(body, "markdown"))

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[Markdown]"), self.content)

    def texts(self) -> list[str]:
        return [self.content]

    def full_text(self, localize: Translate) -> str:
        return self.content


@register("revoke")
@dataclass(frozen=True, slots=True)
class RevokeBody(Body):
    pre_msgid: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> RevokeBody:
        return cls(f.text(body, "pre_msgid"))

    def summary(self, localize: Translate) -> str:
        return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[撤回了一条消息]"))


@register("agree")
@dataclass(frozen=True, slots=True)
class AgreeBody(Body):
    userid: str
    agree_time: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> AgreeBody:
        return cls(f.text(body, "userid"), f.integer(body, "agree_time"))

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[同意会话存档]"), self.userid)


@register("disagree")
@dataclass(frozen=True, slots=True)
class DisagreeBody(Body):
    userid: str
    disagree_time: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> DisagreeBody:
        return cls(f.text(body, "userid"), f.integer(body, "disagree_time"))

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[不同意会话存档]"), self.userid)


@register("card")
@dataclass(frozen=True, slots=True)
class CardBody(Body):
    corpname: str
    userid: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> CardBody:
        return cls(f.text(body, "corpname"), f.text(body, "userid"))

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[名片]"), self.corpname, self.userid)

    def texts(self) -> list[str]:
        return [self.corpname, self.userid]


@register("location")
@dataclass(frozen=True, slots=True)
class LocationBody(Body):
    title: str
    address: str
    latitude: float | None
    longitude: float | None
    zoom: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> LocationBody:
        return cls(
            f.text(body, "title"),
            f.text(body, "address"),
            f.number(body, "latitude"),
            f.number(body, "longitude"),
            f.integer(body, "zoom"),
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[位置]"), self.title, self.address)

    def texts(self) -> list[str]:
        return [self.title, self.address]


@register("link")
@dataclass(frozen=True, slots=True)
class LinkBody(Body):
    title: str
    description: str
    link_url: str
    image_url: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> LinkBody:
        return cls(
            f.text(body, "title"),
            f.text(body, "description"),
            f.text(body, "link_url") or f.text(body, "url"),
            f.text(body, "image_url"),
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[链接]"), self.title or self.link_url)

    def texts(self) -> list[str]:
        return [self.title, self.description, self.link_url]


@register("weapp")
@dataclass(frozen=True, slots=True)
class WeappBody(Body):
    title: str
    description: str
    username: str
    displayname: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> WeappBody:
        return cls(
            f.text(body, "title"),
            f.text(body, "description"),
            f.text(body, "username"),
            f.text(body, "displayname"),
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(
            localize, QT_TRANSLATE_NOOP("MessageSummary", "[小程序]"), self.displayname, self.title
        )

    def texts(self) -> list[str]:
        return [self.title, self.description, self.displayname]


@register("todo")
@dataclass(frozen=True, slots=True)
class TodoBody(Body):
    title: str
    content: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> TodoBody:
        return cls(f.text(body, "title"), f.text(body, "content"))

    def summary(self, localize: Translate) -> str:
        # title is where the to-do came from ("来自群聊"), content what is to be done
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[待办]"), self.content or self.title)

    def texts(self) -> list[str]:
        return [self.title, self.content]


@register("vote")
@dataclass(frozen=True, slots=True)
class VoteBody(Body):
    """Vote fields sit at the top level in the SDK structs; a `vote` object is accepted too."""

    votetitle: str
    voteitem: tuple[str, ...]
    votetype: int | None  # 101 start a vote, 102 take part
    voteid: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> VoteBody:
        return cls(
            f.text(body, "votetitle"),
            f.texts(body, "voteitem"),
            f.integer(body, "votetype"),
            f.text(body, "voteid"),
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[投票]"), self.votetitle)

    def texts(self) -> list[str]:
        return [self.votetitle, *self.voteitem]


@dataclass(frozen=True, slots=True)
class CollectQuestion:
    id: int | None
    ques: str
    type: str


@register("collect")
@dataclass(frozen=True, slots=True)
class CollectBody(Body):
    room_name: str
    creator: str
    create_time: str
    title: str
    details: tuple[CollectQuestion, ...]

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> CollectBody:
        details = tuple(
            CollectQuestion(f.integer(item, "id"), f.text(item, "ques"), f.text(item, "type"))
            for item in f.children(body, "details")
        )
        return cls(
            f.text(body, "room_name"),
            f.text(body, "creator"),
            f.text(body, "create_time"),
            f.text(body, "title"),
            details,
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(
            localize, QT_TRANSLATE_NOOP("MessageSummary", "[填表]"), self.title or self.room_name
        )

    def texts(self) -> list[str]:
        return [self.title, self.room_name, self.creator, *(question.ques for question in self.details)]


@dataclass(frozen=True, slots=True)
class RedpacketBody(Body):
    type: int | None
    wish: str
    totalcnt: int | None
    totalamount: int | None  # fen, 1/100 CNY

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> RedpacketBody:
        return cls(
            f.integer(body, "type"),
            f.text(body, "wish"),
            f.integer(body, "totalcnt"),
            f.integer(body, "totalamount"),
        )

    def amount(self) -> str:
        if self.totalamount is None:
            return ""
        sign = "-" if self.totalamount < 0 else ""
        yuan, fen = divmod(abs(self.totalamount), 100)  # integer arithmetic: exact for any amount
        return f"{sign}¥{yuan}.{fen:02d}"

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[红包]"), self.wish, self.amount())

    def texts(self) -> list[str]:
        return [self.wish]


register("redpacket")(RedpacketBody)


@register("external_redpacket", "redpacket")
@dataclass(frozen=True, slots=True)
class ExternalRedpacketBody(RedpacketBody):
    def summary(self, localize: Translate) -> str:
        return _labelled(
            localize, QT_TRANSLATE_NOOP("MessageSummary", "[互通红包]"), self.wish, self.amount()
        )


@register("meeting")
@dataclass(frozen=True, slots=True)
class MeetingBody(Body):
    topic: str
    starttime: int | None
    endtime: int | None
    address: str
    remarks: str
    meetingtype: int | None  # 101 invitation, 102 response
    meetingid: int | None
    status: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> MeetingBody:
        return cls(
            f.text(body, "topic"),
            f.seconds(body, "starttime"),
            f.seconds(body, "endtime"),
            f.text(body, "address"),
            f.text(body, "remarks"),
            f.integer(body, "meetingtype"),
            f.integer(body, "meetingid"),
            f.integer(body, "status"),
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[会议]"), self.topic)

    def texts(self) -> list[str]:
        return [self.topic, self.address, self.remarks]


@register("meeting_notification", "info")
@dataclass(frozen=True, slots=True)
class MeetingNotificationBody(Body):
    meeting_id: int | None
    notification_type: int | None
    content: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> MeetingNotificationBody:
        return cls(
            f.integer(body, "meeting_id"), f.integer(body, "notification_type"), f.text(body, "content")
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[会议控制]"), self.content)

    def texts(self) -> list[str]:
        return [self.content]


@register("docmsg", "doc")
@dataclass(frozen=True, slots=True)
class DocBody(Body):
    title: str
    link_url: str
    doc_creator: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> DocBody:
        return cls(f.text(body, "title"), f.text(body, "link_url"), f.text(body, "doc_creator"))

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[在线文档]"), self.title)

    def texts(self) -> list[str]:
        return [self.title, self.link_url]


@dataclass(frozen=True, slots=True)
class NewsItem:
    title: str
    description: str
    url: str
    picurl: str


@register("news", "info")
@dataclass(frozen=True, slots=True)
class NewsBody(Body):
    items: tuple[NewsItem, ...]

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> NewsBody:
        return cls(
            tuple(
                NewsItem(f.text(i, "title"), f.text(i, "description"), f.text(i, "url"), f.text(i, "picurl"))
                for i in f.children(body, "item")
            )
        )

    def summary(self, localize: Translate) -> str:
        first = self.items[0].title if self.items else ""
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[图文]"), first)

    def texts(self) -> list[str]:
        return [text for item in self.items for text in (item.title, item.description, item.url)]


@register("calendar")
@dataclass(frozen=True, slots=True)
class CalendarBody(Body):
    title: str
    creatorname: str
    attendeename: tuple[str, ...]
    starttime: int | None  # seconds
    endtime: int | None
    place: str
    remarks: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> CalendarBody:
        return cls(
            f.text(body, "title"),
            f.text(body, "creatorname"),
            f.texts(body, "attendeename"),
            f.seconds(body, "starttime"),
            f.seconds(body, "endtime"),
            f.text(body, "place"),
            f.text(body, "remarks"),
        )

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[日程]"), self.title)

    def texts(self) -> list[str]:
        return [self.title, self.place, self.remarks, self.creatorname, *self.attendeename]


@register("sphfeed")
@dataclass(frozen=True, slots=True)
class SphFeedBody(Body):
    feed_type: int | None  # 2 image, 4 video, 9 live
    sph_name: str
    feed_desc: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> SphFeedBody:
        return cls(f.integer(body, "feed_type"), f.text(body, "sph_name"), f.text(body, "feed_desc"))

    def summary(self, localize: Translate) -> str:
        return _labelled(
            localize, QT_TRANSLATE_NOOP("MessageSummary", "[视频号]"), self.sph_name, self.feed_desc
        )

    def texts(self) -> list[str]:
        return [self.sph_name, self.feed_desc]


@register("voiptext", "info")
@dataclass(frozen=True, slots=True)
class VoipTextBody(Body):
    callduration: int | None
    invitetype: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> VoipTextBody:
        return cls(f.integer(body, "callduration"), f.integer(body, "invitetype"))

    def summary(self, localize: Translate) -> str:
        label = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[音视频通话]"))
        length = duration(localize, self.callduration)
        return f"{label} {length}" if length else label


@register("qydiskfile", "info")
@dataclass(frozen=True, slots=True)
class DiskFileBody(Body):
    filename: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> DiskFileBody:
        return cls(f.text(body, "filename"))

    def summary(self, localize: Translate) -> str:
        return _labelled(localize, QT_TRANSLATE_NOOP("MessageSummary", "[微盘文件]"), self.filename)

    def texts(self) -> list[str]:
        return [self.filename]
