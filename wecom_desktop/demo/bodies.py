"""The body of each demo message type, as the JSON fragment that follows `"msgtype":"…",`.

Field names and nesting follow the reference (§2.5/§2.6): `docmsg` under `doc`; `markdown`,
`news`, `voiptext`, `qydiskfile` and `meeting_notification` under `info`; `external_redpacket`
under `redpacket`; vote fields, `voiceid` and `voipid` at the top level; chatrecord and mixed
item contents as JSON strings. Frequent types are assembled by hand, rare ones with json.dumps.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from json.encoder import encode_basestring as quote
from typing import Any

from wecom_desktop.demo import catalog as c
from wecom_desktop.demo import texts
from wecom_desktop.demo.clock import BEIJING
from wecom_desktop.demo.company import Company, DemoConversation
from wecom_desktop.demo.names import CORP_NAME


@dataclass(slots=True)
class Scene:
    """What a body may depend on: the message's time, sender and conversation."""

    company: Company
    names: dict[str, str]
    msgtime: int = 0
    sender: str = ""
    conversation: DemoConversation | None = None
    members: tuple[str, ...] = field(default=())


Builder = Callable[[random.Random, Scene], str]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _obj(key: str, value: dict[str, Any]) -> str:
    return f'"{key}":{_json(value)}'


def _fill(rng: random.Random, template: str) -> str:
    return texts.render(texts.compile_template(template), rng) if "{" in template else template


def sdkfileid(rng: random.Random) -> str:
    return "Ct" + base64.b64encode(rng.randbytes(120 + int(rng.random() * 120))).decode("ascii")


def md5sum(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _size(rng: random.Random, typical: int) -> int:
    return max(1, int(typical * (0.2 + rng.random() * 1.6)))


def _pick(rng: random.Random, pool: tuple[Any, ...]) -> Any:
    return pool[int(rng.random() * len(pool))]


def text(rng: random.Random, scene: Scene) -> str:
    content = texts.chat_text(rng)
    if scene.members and rng.random() < 0.06:  # @mention in a group
        mentioned = _pick(rng, scene.members)
        content = f"@{scene.names.get(mentioned, mentioned)} {content}"
    return f'"text":{{"content":{quote(content)}}}'


def image(rng: random.Random, scene: Scene) -> str:
    size = _size(rng, 900_000)
    return f'"image":{{"md5sum":"{md5sum(rng)}","filesize":{size},"sdkfileid":"{sdkfileid(rng)}"}}'


def voice(rng: random.Random, scene: Scene) -> str:
    seconds = 1 + int(rng.random() ** 2 * 59)
    return (
        f'"voice":{{"md5sum":"{md5sum(rng)}","voice_size":{seconds * 1_650 + int(rng.random() * 900)},'
        f'"play_length":{seconds},"sdkfileid":"{sdkfileid(rng)}"}}'
    )


def video(rng: random.Random, scene: Scene) -> str:
    seconds = 3 + int(rng.random() ** 2 * 300)
    return (
        f'"video":{{"md5sum":"{md5sum(rng)}","filesize":{seconds * 180_000 + int(rng.random() * 90_000)},'
        f'"play_length":{seconds},"sdkfileid":"{sdkfileid(rng)}"}}'
    )


def emotion(rng: random.Random, scene: Scene) -> str:
    kind = 1 if rng.random() < 0.7 else 2
    side = _pick(rng, (120, 160, 240, 300))
    return (
        f'"emotion":{{"type":{kind},"width":{side},"height":{side},"imagesize":{_size(rng, 60_000)},'
        f'"sdkfileid":"{sdkfileid(rng)}","md5sum":"{md5sum(rng)}"}}'
    )


def _file_fields(rng: random.Random) -> dict[str, Any]:
    stem, extension, typical = _pick(rng, c.FILES)
    return {
        "md5sum": md5sum(rng),
        "filename": f"{_fill(rng, stem)}.{extension}",
        "fileext": extension,
        "filesize": _size(rng, typical),
        "sdkfileid": sdkfileid(rng),
    }


def file(rng: random.Random, scene: Scene) -> str:
    return _obj("file", _file_fields(rng))


def _link_fields(rng: random.Random) -> dict[str, Any]:
    title, description, url = _pick(rng, c.LINKS)
    code = base64.b64encode(rng.randbytes(24), b"_-").decode("ascii")
    return {
        "title": title,
        "description": description,
        "link_url": url,
        "image_url": c.LINK_IMAGE.format(code=code),
    }


def link(rng: random.Random, scene: Scene) -> str:
    return _obj("link", _link_fields(rng))


def card(rng: random.Random, scene: Scene) -> str:
    company = scene.company
    if rng.random() < 0.6:
        person = _pick(rng, company.staff)
        return _obj("card", {"corpname": CORP_NAME, "userid": person.id})
    person = _pick(rng, company.customers)
    return _obj("card", {"corpname": person.unit, "userid": person.id})


def _location_fields(rng: random.Random) -> dict[str, Any]:
    title, address, latitude, longitude = _pick(rng, c.PLACES)
    return {"longitude": longitude, "latitude": latitude, "address": address, "title": title, "zoom": 15}


def location(rng: random.Random, scene: Scene) -> str:
    return _obj("location", _location_fields(rng))


def weapp(rng: random.Random, scene: Scene) -> str:
    display, title, description = _pick(rng, c.WEAPPS)
    username = f"gh_{rng.getrandbits(48):012x}@app"
    return _obj(
        "weapp", {"title": title, "description": description, "username": username, "displayname": display}
    )


def _record_item(rng: random.Random, moment: int, from_group: bool) -> dict[str, Any]:
    roll = rng.random()
    content: dict[str, Any]
    if roll < 0.6:
        kind, content = "ChatRecordText", {"content": texts.chat_text(rng)}
    elif roll < 0.72:
        kind = "ChatRecordImage"
        content = {"md5sum": md5sum(rng), "filesize": _size(rng, 500_000), "sdkfileid": sdkfileid(rng)}
    elif roll < 0.8:
        kind, content = "ChatRecordFile", _file_fields(rng)
    elif roll < 0.85:
        kind = "ChatRecordVideo"
        content = {
            "md5sum": md5sum(rng),
            "filesize": _size(rng, 4_000_000),
            "play_length": 15,
            "sdkfileid": sdkfileid(rng),
        }
    elif roll < 0.92:
        kind, content = "ChatRecordLink", _link_fields(rng)
    elif roll < 0.96:
        kind, content = "ChatRecordLocation", _location_fields(rng)
    else:
        kind, content = "ChatRecordMixed", _mixed_fields(rng)
    return {"type": kind, "msgtime": moment, "content": _json(content), "from_chatroom": from_group}


def chatrecord(rng: random.Random, scene: Scene) -> str:
    """A forwarded bundle of earlier messages (from a group or a single chat), oldest first."""
    from_group = rng.random() < 0.5
    person = texts.SLOTS["person"]
    title = "群聊的聊天记录" if from_group else f"{person(rng)}和{person(rng)}的聊天记录"
    moment = scene.msgtime - int(rng.random() * 7 * 86_400_000)
    items = []
    for _ in range(2 + int(rng.random() ** 2 * 8)):
        moment += int(1_000 + rng.random() * 60_000)
        items.append(_record_item(rng, min(moment, scene.msgtime), from_group))
    return _obj("chatrecord", {"title": title, "item": items})


def todo(rng: random.Random, scene: Scene) -> str:
    title, content = _pick(rng, c.TODOS)
    return _obj("todo", {"title": _fill(rng, title), "content": _fill(rng, content)})


def vote(rng: random.Random, scene: Scene) -> str:
    title, options = _pick(rng, c.VOTES)
    start = rng.random() < 0.4
    items = list(options) if start else [_pick(rng, options)]
    voteid = str(2_000_000_000 + rng.getrandbits(30))
    fields = {"votetitle": title, "voteitem": items, "votetype": 101 if start else 102, "voteid": voteid}
    return _json(fields)[1:-1]  # top level, no wrapper object


def collect(rng: random.Random, scene: Scene) -> str:
    title, questions = _pick(rng, c.COLLECTS)
    created = dt.datetime.fromtimestamp(scene.msgtime / 1000, BEIJING).strftime("%Y-%m-%d %H:%M:%S")
    details = [{"id": 1 + i, "ques": ques, "type": kind} for i, (ques, kind) in enumerate(questions)]
    creator = scene.names.get(scene.sender, scene.sender)
    room = scene.conversation.title if scene.conversation else ""
    return _obj(
        "collect",
        {"room_name": room, "creator": creator, "create_time": created, "title": title, "details": details},
    )


def _redpacket_fields(rng: random.Random, group: bool) -> dict[str, Any]:
    count = 1 + int(rng.random() * 20) if group else 1
    amount = count * int(100 + rng.random() * 5_000)
    kind = (2 if rng.random() < 0.8 else 3) if group else 1
    return {"type": kind, "wish": _pick(rng, c.REDPACKET_WISHES), "totalcnt": count, "totalamount": amount}


def redpacket(rng: random.Random, scene: Scene) -> str:
    return _obj("redpacket", _redpacket_fields(rng, bool(scene.members)))


def external_redpacket(rng: random.Random, scene: Scene) -> str:
    fields = _redpacket_fields(rng, bool(scene.members))
    fields["type"] = min(fields["type"], 2)
    return _obj("redpacket", fields)


def meeting(rng: random.Random, scene: Scene) -> str:
    start = (scene.msgtime // 1000 // 1800 + 2 + int(rng.random() * 96)) * 1800
    invitation = rng.random() < 0.6
    return _obj(
        "meeting",
        {
            "topic": _fill(rng, _pick(rng, c.MEETING_TOPICS)),
            "starttime": start,
            "endtime": start + 1800 * (1 + int(rng.random() * 4)),
            "address": _pick(rng, c.MEETING_ROOMS),
            "remarks": texts.sentence(rng) if rng.random() < 0.4 else "",
            "meetingtype": 101 if invitation else 102,
            "meetingid": rng.randrange(2**60, 2**63),
            "status": 1 if invitation else _pick(rng, (1, 1, 1, 2, 3)),
        },
    )


def meeting_notification(rng: random.Random, scene: Scene) -> str:
    content = _fill(rng, _pick(rng, c.MEETING_NOTICES))
    fields = {
        "meeting_id": rng.randrange(2**60, 2**63),
        "notification_type": 1 + int(rng.random() * 4),
        "content": content,
    }
    return _obj("info", fields)


def docmsg(rng: random.Random, scene: Scene) -> str:
    title, kind = _pick(rng, c.DOCS)
    code = base64.b64encode(rng.randbytes(18), b"_-").decode("ascii")
    url = f"https://doc.weixin.qq.com/{kind}/e3_{code}"
    return _obj("doc", {"title": title, "link_url": url, "doc_creator": scene.sender})


def markdown(rng: random.Random, scene: Scene) -> str:
    return _obj("info", {"content": _fill(rng, _pick(rng, c.MARKDOWNS))})


def news(rng: random.Random, scene: Scene) -> str:
    items = []
    for _ in range(1 + int(rng.random() ** 3 * 4)):
        title, description, url = _pick(rng, c.NEWS)
        picurl = c.LINK_IMAGE.format(code=base64.b64encode(rng.randbytes(24), b"_-").decode("ascii"))
        items.append(
            {"title": _fill(rng, title), "description": _fill(rng, description), "url": url, "picurl": picurl}
        )
    return _obj("info", {"item": items})


def calendar(rng: random.Random, scene: Scene) -> str:
    start = (scene.msgtime // 1000 // 3600 + 20 + int(rng.random() * 200)) * 3600
    pool = scene.members or (scene.conversation.members if scene.conversation else ())
    attendees = [scene.names.get(m, m) for m in rng.sample(pool, min(len(pool), 1 + int(rng.random() * 5)))]
    fields = {
        "title": _fill(rng, _pick(rng, c.MEETING_TOPICS)),
        "creatorname": scene.names.get(scene.sender, scene.sender),
        "attendeename": attendees,
        "starttime": start,
        "endtime": start + 3600,
        "place": _pick(rng, c.MEETING_ROOMS),
        "remarks": texts.sentence(rng) if rng.random() < 0.5 else "",
    }
    return _obj("calendar", fields)


def _mixed_fields(rng: random.Random) -> dict[str, Any]:
    items = [{"type": "text", "content": _json({"content": texts.sentence(rng)})}]
    for _ in range(1 + int(rng.random() * 3)):
        if rng.random() < 0.8:
            content = {"md5sum": md5sum(rng), "filesize": _size(rng, 700_000), "sdkfileid": sdkfileid(rng)}
            items.append({"type": "image", "content": _json(content)})
        else:
            content = {"type": 1, "width": 240, "height": 240, "imagesize": _size(rng, 50_000)}
            content.update(sdkfileid=sdkfileid(rng), md5sum=md5sum(rng))
            items.append({"type": "emotion", "content": _json(content)})
        if rng.random() < 0.4:
            items.append({"type": "text", "content": _json({"content": texts.chat_text(rng)})})
    return {"item": items}


def mixed(rng: random.Random, scene: Scene) -> str:
    return _obj("mixed", _mixed_fields(rng))


def meeting_voice_call(rng: random.Random, scene: Scene) -> str:
    end = scene.msgtime // 1000
    start = end - 60 - int(rng.random() * 3_000)
    fields: dict[str, Any] = {"endtime": end, "sdkfileid": sdkfileid(rng)}
    if rng.random() < 0.4:
        stem, extension, _ = _pick(rng, c.FILES)
        name = f"{_fill(rng, stem)}.{extension}"
        fields["demofiledata"] = [
            {"filename": name, "demooperator": scene.sender, "starttime": start + 30, "endtime": end}
        ]
    if rng.random() < 0.3:
        fields["sharescreendata"] = [{"share": scene.sender, "starttime": start + 60, "endtime": end - 10}]
    voiceid = f"{rng.getrandbits(64):016x}"
    return f'"voiceid":"{voiceid}",{_obj("meeting_voice_call", fields)}'


def voip_doc_share(rng: random.Random, scene: Scene) -> str:
    fields = _file_fields(rng)
    del fields["fileext"]
    return f'"voipid":"{rng.getrandbits(64):016x}",{_obj("voip_doc_share", fields)}'


def sphfeed(rng: random.Random, scene: Scene) -> str:
    name, description = _pick(rng, c.SPH_FEEDS)
    fields = {"feed_type": _pick(rng, (2, 4, 4, 9)), "sph_name": name, "feed_desc": _fill(rng, description)}
    return _obj("sphfeed", fields)


def voiptext(rng: random.Random, scene: Scene) -> str:
    duration = int(rng.random() ** 2 * 1_800)
    return _obj("info", {"callduration": duration, "invitetype": _pick(rng, (1, 1, 2))})


def qydiskfile(rng: random.Random, scene: Scene) -> str:
    return _obj("info", {"filename": _pick(rng, c.DISK_FILES)})


def agree(rng: random.Random, scene: Scene) -> str:
    return _obj("agree", {"userid": scene.sender, "agree_time": scene.msgtime})


def disagree(rng: random.Random, scene: Scene) -> str:
    return _obj("disagree", {"userid": scene.sender, "disagree_time": scene.msgtime})


def solitaire(rng: random.Random, scene: Scene) -> str:
    """接龙: fields unconfirmed (reference §2.5); the viewer shows it as unsupported."""
    names = [scene.names.get(m, m) for m in scene.members[:5]]
    content = "\n".join(f"{i}. {name}" for i, name in enumerate(names, start=1))
    return _obj("solitaire", {"title": _pick(rng, c.SOLITAIRES), "content": content})


def note(rng: random.Random, scene: Scene) -> str:
    """笔记: fields unconfirmed (reference §2.5); the viewer shows it as unsupported."""
    return _obj("note", {"title": _pick(rng, c.NOTES), "content": texts.sentence(rng)})


BUILDERS: dict[str, Builder] = {
    "text": text, "image": image, "voice": voice, "video": video, "emotion": emotion, "file": file,
    "link": link, "card": card, "location": location, "weapp": weapp, "chatrecord": chatrecord,
    "todo": todo, "vote": vote, "collect": collect, "redpacket": redpacket,
    "external_redpacket": external_redpacket, "meeting": meeting,
    "meeting_notification": meeting_notification, "docmsg": docmsg, "markdown": markdown,
    "news": news, "calendar": calendar, "mixed": mixed, "meeting_voice_call": meeting_voice_call,
    "voip_doc_share": voip_doc_share, "sphfeed": sphfeed, "voiptext": voiptext,
    "qydiskfile": qydiskfile, "agree": agree, "disagree": disagree, "solitaire": solitaire, "note": note,
}  # fmt: skip
UNKNOWN_TYPES = ("solitaire", "note")  # deliberately unknown to the parser
