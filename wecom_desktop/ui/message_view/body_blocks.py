"""How each message body type becomes the blocks of its bubble (in the loader thread)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QImageReader

from wecom_desktop.core import bodies_media as media
from wecom_desktop.core import bodies_nested as nested
from wecom_desktop.core import bodies_text as text
from wecom_desktop.core.bodies_base import Body, UnsupportedBody
from wecom_desktop.ui.message_view.blocks import (
    Block,
    CardBlock,
    LocalFile,
    MediaCursor,
    PictureBlock,
    RecordBlock,
    RecordEntry,
    moment,
    seconds,
    text_block,
)

_PICTURE_PLACEHOLDER = (160, 100)


def _span(start_s: int | None, end_s: int | None) -> str:
    """A meeting's or an event's time range (the SDK gives seconds)."""
    if start_s is None:
        return ""
    begin = moment(start_s * 1000)
    if end_s is None or end_s < start_s:
        return begin
    finish = QDateTime.fromSecsSinceEpoch(end_s)
    same_day = QDateTime.fromSecsSinceEpoch(start_s).date() == finish.date()
    end = (
        QLocale().toString(finish.time(), QLocale.FormatType.ShortFormat)
        if same_day
        else moment(end_s * 1000)
    )
    return f"{begin} – {end}"


def _size_line(size: int | None) -> tuple[str, ...]:
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    shown = QLocale().formattedDataSize(size, 1, traditional) if size is not None and size >= 0 else ""
    return (shown,) if shown else ()


def _picture(path: LocalFile | None, width: int | None, height: int | None, placeholder: str) -> PictureBlock:
    natural_w, natural_h = width or 0, height or 0
    if path is not None:
        size = QImageReader(path.path).size()  # reads the header only
        if size.isValid():
            natural_w, natural_h = size.width(), size.height()
    if natural_w <= 0 or natural_h <= 0:
        natural_w, natural_h = _PICTURE_PLACEHOLDER
    return PictureBlock(path.path if path else None, natural_w, natural_h, placeholder, path)


def _file_card(
    icon: str, accent: str, title: str, lines: tuple[str, ...], caption: str, file: LocalFile | None
) -> CardBlock:
    if file is None:
        caption = QCoreApplication.translate("MessageItem", "{caption} · 未下载").format(caption=caption)
    return CardBlock(icon, accent, title, lines, caption, file=file)


_Converter = Callable[[Body, MediaCursor], Iterator[Block]]
_CONVERTERS: dict[type[Body], _Converter] = {}


def _converts(*types: type[Body]) -> Callable[[_Converter], _Converter]:
    def register(function: _Converter) -> _Converter:
        for body_type in types:
            _CONVERTERS[body_type] = function
        return function

    return register


def body_blocks(body: Body, files: MediaCursor) -> list[Block]:
    """The blocks showing `body`; a type without its own converter shows as a summary card."""
    converter = _CONVERTERS.get(type(body))
    if converter is None:
        files.take(body)
        return [CardBlock("•", "#7f8c8d", body.summary(QCoreApplication.translate))]
    return list(converter(body, files))


@_converts(text.TextBody)
def _text(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.TextBody)
    yield text_block(body.content)


@_converts(text.MarkdownBody)
def _markdown(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.MarkdownBody)
    yield text_block(body.content, markdown=True)


@_converts(media.ImageBody)
def _image(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, media.ImageBody)
    yield _picture(files.take(body), None, None, QCoreApplication.translate("MessageItem", "图片（未下载）"))


@_converts(media.EmotionBody)
def _emotion(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, media.EmotionBody)
    yield _picture(
        files.take(body), body.width, body.height, QCoreApplication.translate("MessageItem", "表情（未下载）")
    )


@_converts(media.VoiceBody)
def _voice(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, media.VoiceBody)
    title = QCoreApplication.translate("MessageItem", "语音 {duration}").format(
        duration=seconds(body.play_length)
    )
    yield _file_card(
        QCoreApplication.translate("MessageIcon", "音"),
        "#16a085",
        title.strip(),
        _size_line(body.voice_size),
        QCoreApplication.translate("MessageItem", "语音"),
        files.take(body),
    )


@_converts(media.VideoBody)
def _video(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, media.VideoBody)
    title = QCoreApplication.translate("MessageItem", "视频 {duration}").format(
        duration=seconds(body.play_length)
    )
    yield _file_card(
        QCoreApplication.translate("MessageIcon", "视"),
        "#8e44ad",
        title.strip(),
        _size_line(body.filesize),
        QCoreApplication.translate("MessageItem", "视频"),
        files.take(body),
    )


@_converts(media.FileBody)
def _file(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, media.FileBody)
    name = body.filename or QCoreApplication.translate("MessageItem", "未命名文件")
    yield _file_card(
        QCoreApplication.translate("MessageIcon", "文"),
        "#2980b9",
        name,
        _size_line(body.filesize),
        QCoreApplication.translate("MessageItem", "文件"),
        files.take(body, body.filename),
    )


@_converts(media.VoipDocShareBody)
def _voip_doc(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, media.VoipDocShareBody)
    local = files.take(body, body.filename)
    yield _file_card(
        QCoreApplication.translate("MessageIcon", "文"),
        "#2980b9",
        body.filename,
        _size_line(body.filesize),
        QCoreApplication.translate("MessageItem", "音频共享文档"),
        local,
    )


@_converts(media.MeetingVoiceCallBody)
def _voice_call(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, media.MeetingVoiceCallBody)
    lines = [
        QCoreApplication.translate("MessageItem", "共享文档：{name}").format(name=demo.filename)
        for demo in body.demofiles
    ]
    if body.screen_shares:
        lines.append(
            QCoreApplication.translate("MessageItem", "屏幕共享 {n} 次").format(n=body.screen_shares)
        )
    yield _file_card(
        QCoreApplication.translate("MessageIcon", "录"),
        "#16a085",
        QCoreApplication.translate("MessageItem", "音频存档"),
        tuple(lines),
        QCoreApplication.translate("MessageItem", "通话录音"),
        files.take(body),
    )


@_converts(text.LinkBody)
def _link(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.LinkBody)
    lines = tuple(line for line in (body.description, body.link_url) if line)
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "链"),
        "#2c7be5",
        body.title or body.link_url,
        lines,
        QCoreApplication.translate("MessageItem", "链接"),
        url=body.link_url,
    )


@_converts(text.LocationBody)
def _location(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.LocationBody)
    lines = [body.address] if body.address else []
    if body.latitude is not None and body.longitude is not None:
        lines.append(f"{body.latitude:.6f}, {body.longitude:.6f}")
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "位"),
        "#e67e22",
        body.title or body.address,
        tuple(lines),
        QCoreApplication.translate("MessageItem", "位置"),
    )


@_converts(text.CardBody)
def _card(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.CardBody)
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "名"),
        "#27ae60",
        body.userid,
        (body.corpname,) if body.corpname else (),
        QCoreApplication.translate("MessageItem", "个人名片"),
    )


@_converts(text.WeappBody)
def _weapp(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.WeappBody)
    caption = QCoreApplication.translate("MessageItem", "小程序 · {name}").format(name=body.displayname)
    lines = (body.description,) if body.description else ()
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "程"),
        "#6c5ce7",
        body.title or body.displayname,
        lines,
        caption if body.displayname else QCoreApplication.translate("MessageItem", "小程序"),
    )


@_converts(text.TodoBody)
def _todo(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.TodoBody)
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "办"),
        "#00a8a8",
        body.title or body.content,
        (body.content,) if body.title else (),
        QCoreApplication.translate("MessageItem", "待办"),
    )


@_converts(text.VoteBody)
def _vote(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.VoteBody)
    caption = (
        QCoreApplication.translate("MessageItem", "参与投票")
        if body.votetype == 102
        else QCoreApplication.translate("MessageItem", "发起投票")
    )
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "投"),
        "#d35400",
        body.votetitle,
        tuple(f"· {item}" for item in body.voteitem),
        caption,
    )


@_converts(text.CollectBody)
def _collect(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.CollectBody)
    lines = tuple(f"{number}. {question.ques}" for number, question in enumerate(body.details, start=1))
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "表"),
        "#0984e3",
        body.title or body.room_name,
        lines,
        QCoreApplication.translate("MessageItem", "填表"),
    )


@_converts(text.RedpacketBody, text.ExternalRedpacketBody)
def _redpacket(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.RedpacketBody)
    caption = (
        QCoreApplication.translate("MessageItem", "互通红包")
        if isinstance(body, text.ExternalRedpacketBody)
        else QCoreApplication.translate("MessageItem", "红包")
    )
    detail = body.amount()
    if body.totalcnt is not None:
        count = QCoreApplication.translate("MessageItem", "共 {n} 个").format(n=body.totalcnt)
        detail = f"{detail} · {count}" if detail else count
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "红"),
        "#e74c3c",
        body.wish or caption,
        (detail,) if detail else (),
        caption,
    )


@_converts(text.MeetingBody)
def _meeting(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.MeetingBody)
    lines = tuple(line for line in (_span(body.starttime, body.endtime), body.address, body.remarks) if line)
    caption = (
        QCoreApplication.translate("MessageItem", "会议回复")
        if body.meetingtype == 102
        else QCoreApplication.translate("MessageItem", "会议邀请")
    )
    yield CardBlock(QCoreApplication.translate("MessageIcon", "会"), "#1abc9c", body.topic, lines, caption)


@_converts(text.MeetingNotificationBody)
def _meeting_notice(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.MeetingNotificationBody)
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "会"),
        "#1abc9c",
        body.content,
        (),
        QCoreApplication.translate("MessageItem", "会议控制"),
    )


@_converts(text.DocBody)
def _doc(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.DocBody)
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "档"),
        "#3867d6",
        body.title,
        (body.link_url,) if body.link_url else (),
        QCoreApplication.translate("MessageItem", "在线文档"),
        url=body.link_url,
    )


@_converts(text.CalendarBody)
def _calendar(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.CalendarBody)
    people = QCoreApplication.translate("MessageItem", "、").join(body.attendeename)
    attendees = (
        QCoreApplication.translate("MessageItem", "参与人：{names}").format(names=people) if people else ""
    )
    lines = tuple(
        line for line in (_span(body.starttime, body.endtime), body.place, attendees, body.remarks) if line
    )
    yield CardBlock("日", "#f39c12", body.title, lines, QCoreApplication.translate("MessageItem", "日程"))


@_converts(text.NewsBody)
def _news(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.NewsBody)
    for item in body.items:
        yield CardBlock(
            QCoreApplication.translate("MessageIcon", "文"),
            "#2c7be5",
            item.title or item.url,
            (item.description,) if item.description else (),
            QCoreApplication.translate("MessageItem", "图文"),
            url=item.url,
        )


@_converts(text.SphFeedBody)
def _sphfeed(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.SphFeedBody)
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "视"),
        "#e17055",
        body.sph_name,
        (body.feed_desc,) if body.feed_desc else (),
        QCoreApplication.translate("MessageItem", "视频号"),
    )


@_converts(text.VoipTextBody)
def _voip(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.VoipTextBody)
    duration = seconds(body.callduration)
    title = (
        QCoreApplication.translate("MessageItem", "通话时长 {duration}").format(duration=duration)
        if duration
        else QCoreApplication.translate("MessageItem", "未接通")
    )
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "话"),
        "#00b894",
        title,
        (),
        QCoreApplication.translate("MessageItem", "音视频通话"),
    )


@_converts(text.DiskFileBody)
def _disk_file(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, text.DiskFileBody)
    yield CardBlock(
        QCoreApplication.translate("MessageIcon", "盘"),
        "#0984e3",
        body.filename,
        (),
        QCoreApplication.translate("MessageItem", "微盘文件"),
    )


@_converts(UnsupportedBody)
def _unsupported(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, UnsupportedBody)
    files.take(body)
    salvaged = "\n".join(line for line in body.salvaged if line)
    if salvaged:
        yield text_block(salvaged)


@_converts(nested.ChatRecordBody)
def _chatrecord(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, nested.ChatRecordBody)
    entries = []
    for item in body.items:
        files.take(item.body)
        entries.append(RecordEntry(moment(item.msgtime), item.body.summary(QCoreApplication.translate)))
    yield RecordBlock(body.title or QCoreApplication.translate("MessageItem", "聊天记录"), tuple(entries))


@_converts(nested.MixedBody)
def _mixed(body: Body, files: MediaCursor) -> Iterator[Block]:
    assert isinstance(body, nested.MixedBody)
    for part in body.parts:
        if isinstance(part.body, text.TextBody):
            content = part.body.content.strip("\n")
            if content:
                yield text_block(content)
        else:
            yield from body_blocks(part.body, files)
