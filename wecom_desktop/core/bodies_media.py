"""Message types that carry a file to download: image, voice, video, emotion, file, call audio."""

from __future__ import annotations

from dataclasses import dataclass

from wecom_desktop.core import fields as f
from wecom_desktop.core.bodies_base import CONTEXT, Body, FileRef, duration, register
from wecom_desktop.core.fields import JsonObject
from wecom_desktop.core.formatting import file_size, one_line
from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate


def _named(label: str, name: str) -> str:
    shown = one_line(name)
    return f"{label} {shown}" if shown else label


def _with_size(label: str, size: int | None) -> str:
    shown = file_size(size)
    return f"{label} ({shown})" if shown else label


@register("image")
@dataclass(frozen=True, slots=True)
class ImageBody(Body):
    sdkfileid: str
    md5sum: str
    filesize: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> ImageBody:
        return cls(f.text(body, "sdkfileid"), f.text(body, "md5sum"), f.integer(body, "filesize"))

    def summary(self, localize: Translate) -> str:
        return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[图片]"))

    def files(self) -> list[FileRef]:
        return [FileRef("image", self.sdkfileid, self.md5sum, self.filesize, "image.jpg")]


@register("voice")
@dataclass(frozen=True, slots=True)
class VoiceBody(Body):
    sdkfileid: str
    md5sum: str
    voice_size: int | None
    play_length: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> VoiceBody:
        return cls(
            f.text(body, "sdkfileid"),
            f.text(body, "md5sum"),
            f.integer(body, "voice_size"),
            f.integer(body, "play_length"),
        )

    def summary(self, localize: Translate) -> str:
        label = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[语音]"))
        length = duration(localize, self.play_length)
        return f"{label} {length}" if length else label

    def files(self) -> list[FileRef]:
        return [FileRef("voice", self.sdkfileid, self.md5sum, self.voice_size, "voice.amr")]


@register("video")
@dataclass(frozen=True, slots=True)
class VideoBody(Body):
    sdkfileid: str
    md5sum: str
    filesize: int | None
    play_length: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> VideoBody:
        return cls(
            f.text(body, "sdkfileid"),
            f.text(body, "md5sum"),
            f.integer(body, "filesize"),
            f.integer(body, "play_length"),
        )

    def summary(self, localize: Translate) -> str:
        label = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[视频]"))
        length = duration(localize, self.play_length)
        return _with_size(f"{label} {length}" if length else label, self.filesize)

    def files(self) -> list[FileRef]:
        return [FileRef("video", self.sdkfileid, self.md5sum, self.filesize, "video.mp4")]


@register("emotion")
@dataclass(frozen=True, slots=True)
class EmotionBody(Body):
    sdkfileid: str
    md5sum: str
    type: int | None  # 1 gif, 2 png
    width: int | None
    height: int | None
    imagesize: int | None
    title: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> EmotionBody:
        return cls(
            f.text(body, "sdkfileid"),
            f.text(body, "md5sum"),
            f.integer(body, "type"),
            f.integer(body, "width"),
            f.integer(body, "height"),
            f.integer(body, "imagesize"),
            f.text(body, "title"),
        )

    def summary(self, localize: Translate) -> str:
        label = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[表情]"))
        return _named(label, self.title)

    def texts(self) -> list[str]:
        return [self.title]

    def files(self) -> list[FileRef]:
        extension = "png" if self.type == 2 else "gif"
        return [FileRef("emotion", self.sdkfileid, self.md5sum, self.imagesize, f"emotion.{extension}")]


@register("file")
@dataclass(frozen=True, slots=True)
class FileBody(Body):
    sdkfileid: str
    md5sum: str
    filename: str
    fileext: str
    filesize: int | None

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> FileBody:
        return cls(
            f.text(body, "sdkfileid"),
            f.text(body, "md5sum"),
            f.text(body, "filename"),
            f.text(body, "fileext"),
            f.integer(body, "filesize"),
        )

    def summary(self, localize: Translate) -> str:
        label = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[文件]"))
        return _with_size(_named(label, self.filename), self.filesize)

    def texts(self) -> list[str]:
        return [self.filename]

    def files(self) -> list[FileRef]:
        name = self.filename or (f"file.{self.fileext}" if self.fileext else "file")
        return [FileRef("file", self.sdkfileid, self.md5sum, self.filesize, name)]


@dataclass(frozen=True, slots=True)
class DemoFile:
    filename: str
    demooperator: str
    starttime: int | None
    endtime: int | None


@register("meeting_voice_call")
@dataclass(frozen=True, slots=True)
class MeetingVoiceCallBody(Body):
    """音频存档: the voiceid sits at the top level, next to the meeting_voice_call object."""

    voiceid: str
    sdkfileid: str
    endtime: int | None
    demofiles: tuple[DemoFile, ...]
    screen_shares: int

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> MeetingVoiceCallBody:
        demofiles = tuple(
            DemoFile(
                f.text(item, "filename"),
                f.text(item, "demooperator"),
                f.seconds(item, "starttime"),
                f.seconds(item, "endtime"),
            )
            for item in f.children(body, "demofiledata")
        )
        return cls(
            f.text(message, "voiceid"),
            f.text(body, "sdkfileid"),
            f.seconds(body, "endtime"),
            demofiles,
            len(f.children(body, "sharescreendata")),
        )

    def summary(self, localize: Translate) -> str:
        return localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[音频存档]"))

    def texts(self) -> list[str]:
        return [demo.filename for demo in self.demofiles]

    def files(self) -> list[FileRef]:
        return [FileRef("meeting_voice_call", self.sdkfileid, "", None, f"{self.voiceid or 'call'}.audio")]


@register("voip_doc_share")
@dataclass(frozen=True, slots=True)
class VoipDocShareBody(Body):
    """音频共享文档: the voipid sits at the top level."""

    voipid: str
    filename: str
    md5sum: str
    filesize: int | None
    sdkfileid: str

    @classmethod
    def parse(cls, body: JsonObject, message: JsonObject) -> VoipDocShareBody:
        return cls(
            f.text(message, "voipid"),
            f.text(body, "filename"),
            f.text(body, "md5sum"),
            f.integer(body, "filesize"),
            f.text(body, "sdkfileid"),
        )

    def summary(self, localize: Translate) -> str:
        label = localize(CONTEXT, QT_TRANSLATE_NOOP("MessageSummary", "[音频共享文档]"))
        return _with_size(_named(label, self.filename), self.filesize)

    def texts(self) -> list[str]:
        return [self.filename]

    def files(self) -> list[FileRef]:
        return [FileRef("voip_doc_share", self.sdkfileid, self.md5sum, self.filesize, self.filename)]
