"""`wecom-desktop import`: idempotent, streaming, every line accounted for."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import message_json
from wecom_desktop.cli import main
from wecom_desktop.profile import Profile
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.sync.jsonl_import import import_jsonl


def run_import(profile: Profile, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert main(["import", str(path), "--data-dir", str(profile.root)]) == 0
    captured = capsys.readouterr()
    return captured.out.strip(), captured.err


def stored(profile: Profile, sql: str) -> list[tuple[object, ...]]:
    engine = open_archive(profile.database)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def test_import_twice_changes_nothing(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "archive.jsonl"
    source.write_text(
        "".join(message_json(f"m{i}", msgtime=1000 + i) + "\n" for i in range(2500)), encoding="utf-8"
    )
    assert run_import(profile, source, capsys)[0] == "imported 2500, duplicates 0, rejected 0"
    before = stored(profile, "SELECT * FROM messages ORDER BY id")
    conversations = stored(profile, "SELECT * FROM conversations")
    assert run_import(profile, source, capsys)[0] == "imported 0, duplicates 2500, rejected 0"
    assert stored(profile, "SELECT * FROM messages ORDER BY id") == before
    assert stored(profile, "SELECT * FROM conversations") == conversations
    audit = stored(profile, "SELECT action, outcome, detail FROM audit_log ORDER BY id")
    assert [(action, outcome) for action, outcome, _ in audit] == [("import", "ok"), ("import", "ok")]
    assert json.loads(str(audit[1][2]))["duplicates"] == 2500


def test_rejected_lines_are_reported_with_their_numbers(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        message_json("ok1"),
        "{not json",
        "",
        json.dumps(["an", "array"]),
        json.dumps({"action": "send", "msgtype": "text", "text": {"content": "没有 msgid"}}),
        message_json("ok2", msgtype="solitaire", solitaire={"title": "接龙"}),
        message_json("ok1"),
    ]
    source = tmp_path / "mixed.jsonl"
    source.write_bytes("\n".join(lines).encode() + b"\n\xff\xfe broken utf-8\n")
    out, err = run_import(profile, source, capsys)
    assert out == "imported 2, duplicates 1, rejected 4"
    reported = [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in err.strip().splitlines()]
    assert reported == ["2", "4", "5", "8"]
    assert "JSON" in err and "msgid" in err and "UTF-8" in err
    # The unknown type is kept whole and marked unsupported rather than dropped.
    assert stored(profile, "SELECT status, body FROM messages WHERE msgid='ok2'") == [
        ("unsupported", lines[5])
    ]


def test_control_characters_and_line_endings_survive_byte_for_byte(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = "第一行\n第二行\t制表\r\n回车\x01\x1c分隔\x1e记录\u2028行分隔\x85下一行"
    raw_control = json.dumps(
        {
            "msgid": "raw",
            "action": "send",
            "from": "a",
            "tolist": ["b"],
            "roomid": "",
            "msgtime": 1,
            "msgtype": "text",
            "text": {"content": "X"},
        },
        ensure_ascii=False,
    )
    raw_control = raw_control.replace('"X"', '"tab\there\x1cfs"')  # raw control characters inside the string
    escaped = message_json("esc", text={"content": content})
    source = tmp_path / "ctl.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + escaped.encode() + b"\r\n" + raw_control.encode() + b"\n")
    assert run_import(profile, source, capsys)[0] == "imported 2, duplicates 0, rejected 0"
    bodies = dict(stored(profile, "SELECT msgid, body FROM messages"))
    assert bodies == {"esc": escaped, "raw": raw_control}
    assert json.loads(str(bodies["esc"]))["text"]["content"] == content
    assert json.loads(str(bodies["raw"]), strict=False)["text"]["content"] == "tab\there\x1cfs"


def test_optional_seq_is_kept(profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "seq.jsonl"
    source.write_text(
        message_json("s1", seq=196, publickey_ver=3) + "\n" + message_json("s2") + "\n", encoding="utf-8"
    )
    run_import(profile, source, capsys)
    assert stored(profile, "SELECT msgid, seq, publickey_ver FROM messages ORDER BY msgid") == [
        ("s1", 196, 3),
        ("s2", None, None),
    ]


def _peak_import_memory(profile_root: Path, path: Path) -> int:
    engine = open_archive(profile_root / "archive.sqlite3")
    tracemalloc.start()
    try:
        import_jsonl(path, ArchiveWriter(engine), on_rejected=lambda number, error: None)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        engine.dispose()


def test_memory_does_not_grow_with_file_size(tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    line = lambda i: message_json(f"m{i}", msgtime=i, text={"content": "合同条款 " * 40 + str(i)}) + "\n"  # noqa: E731
    small.write_text("".join(line(i) for i in range(5_000)), encoding="utf-8")
    large.write_text("".join(line(i) for i in range(25_000)), encoding="utf-8")
    small_peak = _peak_import_memory(tmp_path / "a", small)
    large_peak = _peak_import_memory(tmp_path / "b", large)
    assert large.stat().st_size > 4.5 * small.stat().st_size
    assert large_peak < 1.5 * small_peak, (small_peak, large_peak)


def test_missing_file_is_a_clear_error(profile: Profile, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "/nonexistent/file.jsonl", "--data-dir", str(profile.root)]) == 2
    assert "no such file" in capsys.readouterr().err


def test_import_writes_a_log_file(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "one.jsonl"
    source.write_text(message_json("x") + "\n", encoding="utf-8")
    run_import(profile, source, capsys)
    log_text = (profile.logs_dir / "wecom-desktop.log").read_text(encoding="utf-8")
    assert f"import of {source}: imported 1, duplicates 0, rejected 0" in log_text
