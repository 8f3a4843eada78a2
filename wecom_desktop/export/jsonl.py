"""The evidence format: one JSON object per message, the decrypted JSON kept byte for byte.

Each line holds the envelope fields read from the archive and, under "body", the decrypted
message JSON exactly as stored, as a string (it may hold raw control characters, so it is
not spliced in as an object; `jq '.body | fromjson'` reads it). Undecryptable records have
"body": null with their status and problem; their ciphertext is never exported.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import BinaryIO

from wecom_desktop.export.document import ExportDocument, iso_time
from wecom_desktop.store.export_queries import ExportRow


def _record(row: ExportRow) -> dict[str, object]:
    return {
        "msgid": row.msgid,
        "seq": row.seq,
        "msgtime": row.msgtime,
        "time": iso_time(row.msgtime),
        "action": row.action,
        "sender": row.sender,
        "sender_name": row.sender_name,
        "roomid": row.roomid,
        "conversation_id": row.conversation_id,
        "conversation": row.conversation_title,
        "msgtype": row.msgtype,
        "status": row.status,
        "problem": row.problem,
        "revoked_by_msgid": row.revoked_by_msgid,
        "publickey_ver": row.publickey_ver,
        "body": row.body,
    }


def write_jsonl(stream: BinaryIO, rows: Iterable[ExportRow], document: ExportDocument) -> int:
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")
    count = 0
    try:
        for row in rows:
            text.write(json.dumps(_record(row), ensure_ascii=False))
            text.write("\n")
            count += 1
        text.flush()
    finally:
        text.detach()
    return count
