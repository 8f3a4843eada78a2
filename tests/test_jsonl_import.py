"""`wecom-desktop import`: idempotent, streaming, every line accounted for."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import message_json
from wecom_desktop.cli import main
from wecom_desktop.core.errors import RejectedRecord
from wecom_desktop.profile import Profile, default_data_dir
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.writer import ArchiveWriter
from wecom_desktop.sync.jsonl_import import import_jsonl, parse_record


def run_import(
    profile: Profile, path: Path, capsys: pytest.CaptureFixture[str], exit_code: int = 0
) -> tuple[str, str]:
    assert main(["import", str(path), "--data-dir", str(profile.root)]) == exit_code
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
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 2 (with problems 1), duplicates 1, rejected 4"
    reported = [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in err.strip().splitlines()]
    assert reported == ["2", "4", "5", "8", "6"]  # rejections, then the stored message with a problem
    assert "JSON" in err and "msgid" in err and "UTF-8" in err and "solitaire" in err
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


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_memory_does_not_grow_with_file_size(encoding: str, tmp_path: Path) -> None:
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    line = lambda i: message_json(f"m{i}", msgtime=i, text={"content": "合同条款 " * 40 + str(i)}) + "\n"  # noqa: E731
    small.write_text("".join(line(i) for i in range(5_000)), encoding=encoding)
    large.write_text("".join(line(i) for i in range(25_000)), encoding=encoding)
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


@pytest.mark.parametrize("where", ["before the command", "after the command"])
def test_data_dir_is_honoured_before_and_after_the_command(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "per-user"))
    chosen = tmp_path / "chosen"
    source = tmp_path / "one.jsonl"
    source.write_text(message_json("d1") + "\n", encoding="utf-8")
    option = ["--data-dir", str(chosen)]
    argv = (
        [*option, "import", str(source)]
        if where == "before the command"
        else ["import", str(source), *option]
    )
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == "imported 1, duplicates 0, rejected 0"
    assert stored(Profile(chosen), "SELECT msgid FROM messages") == [("d1",)]
    assert not default_data_dir().exists()
    assert default_data_dir().is_relative_to(tmp_path / "per-user")


# Keys other tools put the decrypted message under; any key is read, these are examples.
WRAPPERS = ("decrypt_msg", "decrypted", "message", "msg", "plaintext", "chatMsg", "content", "raw")


def test_wrapped_messages_are_unwrapped_keeping_the_outer_seq(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines, expected = [], []
    for number, wrapper in enumerate(WRAPPERS, start=1):
        inner = json.loads(message_json(f"w{number}", text={"content": f"包装 {wrapper}"}))
        as_object = json.dumps({"seq": number, "msgid": f"w{number}", "publickey_ver": 3, wrapper: inner})
        inner_text = message_json(f"s{number}", text={"content": "字符串"})
        as_string = json.dumps({"seq": 100 + number, "msgid": f"s{number}", wrapper: inner_text})
        lines += [as_object, as_string, message_json(f"w{number}")]  # the plain copy is a duplicate
        expected += [
            (f"s{number}", 100 + number, None, "ok", inner_text),
            (f"w{number}", number, 3, "ok", json.dumps(inner, ensure_ascii=False)),
        ]
    no_inner_msgid = {"action": "send", "from": "a", "tolist": ["b"], "msgtime": 5, "msgtype": "text"}
    lines.append(json.dumps({"seq": 9, "msgid": "zz", "data": {**no_inner_msgid, "text": {"content": "x"}}}))
    source = tmp_path / "wrapped.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = run_import(profile, source, capsys)
    assert (out, err) == (f"imported {2 * len(WRAPPERS) + 1}, duplicates {len(WRAPPERS)}, rejected 0", "")
    rows = stored(profile, "SELECT msgid, seq, publickey_ver, status, body FROM messages ORDER BY msgid")
    assert rows[:-1] == sorted(expected)
    assert rows[-1][:4] == ("zz", 9, None, "ok")
    assert json.loads(str(rows[-1][4])) == {"msgid": "zz", **no_inner_msgid, "text": {"content": "x"}}


def test_a_database_row_repeating_the_msgtype_beside_the_decrypted_text_is_unwrapped(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inner = message_json("row1", text={"content": "数据库导出的一行"})
    row = {"seq": 7, "msgid": "row1", "msgtype": "text", "msgtime": 1603876152141, "content": inner}
    source = tmp_path / "rows.jsonl"
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run_import(profile, source, capsys) == ("imported 1, duplicates 0, rejected 0", "")
    assert stored(profile, "SELECT seq, status, summary, body FROM messages") == [
        (7, "ok", "数据库导出的一行", inner)
    ]


def test_a_wrapped_message_is_keyed_on_the_records_msgid_as_a_sync_keys_it(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inner = json.loads(message_json("inner-id"))
    source = tmp_path / "wrapped.jsonl"
    lines = [json.dumps({"seq": 5, "msgid": "OUTER", "data": inner}), message_json("OUTER")]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_import(profile, source, capsys) == ("imported 1, duplicates 1, rejected 0", "")
    assert stored(profile, "SELECT msgid, seq FROM messages") == [("OUTER", 5)]


def test_a_records_msgid_is_taken_as_the_archive_keys_it(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inner = {k: v for k, v in json.loads(message_json("x")).items() if k != "msgid"}
    lines = [
        json.dumps({"seq": 1, "msgid": 12345, "data": inner}),  # a number, as message_id reads it
        json.dumps({"seq": 2, "msgid": "half \ud800", "data": inner}),  # half an emoji: U+FFFD
    ]
    source = tmp_path / "wrapped.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_import(profile, source, capsys) == ("imported 2, duplicates 0, rejected 0", "")
    assert stored(profile, "SELECT msgid, seq FROM messages ORDER BY seq") == [
        ("12345", 1),
        ("half \ufffd", 2),
    ]


def test_a_message_of_an_unknown_type_holding_another_message_stays_itself(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    held = json.loads(message_json("i1", **{"from": "carol"}))
    outer = {**json.loads(message_json("o1", **{"from": "alice"})), "msgtype": "newtype", "newtype": held}
    del outer["text"]
    source = tmp_path / "odd.jsonl"
    source.write_text(json.dumps(outer) + "\n", encoding="utf-8")
    run_import(profile, source, capsys)
    assert stored(profile, "SELECT msgid, sender, msgtype, status FROM messages") == [
        ("o1", "alice", "newtype", "unsupported")
    ]


def test_half_an_emoji_in_a_wrapped_message_is_stored_as_a_replacement_character(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "wrapped.jsonl"
    inner = json.dumps({**json.loads(message_json("h1")), "text": {"content": "cut emoji \ud83d end"}})
    assert "\\ud83d" in inner  # the escape, as a tool writes it
    source.write_text(f'{{"seq": 3, "msgid": "h1", "message": {inner}}}\n', encoding="utf-8")
    assert run_import(profile, source, capsys) == ("imported 1, duplicates 0, rejected 0", "")
    assert stored(profile, "SELECT summary FROM messages") == [("cut emoji \ufffd end",)]


def test_a_wrapped_message_nested_too_deeply_is_rejected_alone(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "deep.jsonl"
    deep_line = (
        '{"seq": 2, "msgid": "deep", "data": '
        + message_json("deep")[:-1]
        + ', "x": '
        + "[" * 5000
        + "]" * 5000
        + "}}"
    )
    source.write_text("\n".join([message_json("a1"), deep_line, message_json("a3")]) + "\n", encoding="utf-8")
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 2, duplicates 0, rejected 1"
    assert f"{source}:2: " in err


def test_a_wrapped_object_too_deep_to_write_back_is_rejected_not_a_crash() -> None:
    nested: list[object] = []
    for _ in range(10_000):  # built without recursion: only writing it back recurses
        nested = [nested]
    record = {"seq": 2, "msgid": "deep", "data": {**json.loads(message_json("deep")), "x": nested}}
    with pytest.raises(RejectedRecord):
        parse_record("{}", record)


def test_padding_after_the_last_line_is_ignored_and_junk_is_placed_in_its_line(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "padded.jsonl"
    first, second = message_json("p1"), message_json("p2")
    source.write_text(f"{first}\x00\n{second} xyz\n\x1a", encoding="utf-8")
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 2, duplicates 0, rejected 1"
    assert f"{source}:2: " in err and f"(column {len(second) + 2})" in err


def test_a_wrapping_record_with_an_impossible_seq_keeps_the_message(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inner = json.loads(message_json("big", seq=4))
    source = tmp_path / "wrapped.jsonl"
    source.write_text(json.dumps({"seq": 2**64, "msgid": "big", "message": inner}) + "\n", encoding="utf-8")
    out, _ = run_import(profile, source, capsys)
    assert out == "imported 1, duplicates 0, rejected 0"
    assert stored(profile, "SELECT msgid, seq FROM messages") == [("big", 4)]


def test_objects_run_together_on_one_line_are_all_imported(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, third = (message_json(f"c{i}") for i in range(3))
    source = tmp_path / "cat.jsonl"
    source.write_text(f"{first}\n{second}{third}\n{message_json('c3')} {{broken\n", encoding="utf-8")
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 4, duplicates 0, rejected 1"
    assert err.startswith(f"{source}:3: ") and "JSON" in err and len(err.splitlines()) == 1
    assert stored(profile, "SELECT msgid, body FROM messages ORDER BY msgid") == [
        ("c0", first),
        ("c1", second),
        ("c2", third),
        ("c3", message_json("c3")),
    ]


def pretty(msgid: str) -> str:
    return json.dumps(json.loads(message_json(msgid)), indent=2, ensure_ascii=False)


@pytest.mark.parametrize(
    ("document", "named"),
    [
        ("\n".join(pretty(f"p{i}") for i in range(3)), "pretty-printed"),
        (pretty("p0").replace('{\n  "msgid"', '{"msgid"'), "pretty-printed"),  # first line ends mid-object
        ("[" + ",\n".join(message_json(f"p{i}") for i in range(3)) + "]", "array"),
        ("[\n" + ",\n".join(pretty(f"p{i}") for i in range(3)) + "\n]", "array"),
        (json.dumps([json.loads(message_json(f"p{i}")) for i in range(3)]), "array"),
    ],
)
def test_a_json_document_is_refused_with_one_error(
    document: str, named: str, profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "document.json"
    source.write_text("\n" + document + "\n", encoding="utf-8")
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 0, duplicates 0, rejected 0"
    assert len(err.strip().splitlines()) == 1 and named in err and "JSONL" in err
    assert stored(profile, "SELECT count(*) FROM messages") == [(0,)]


@pytest.mark.parametrize(
    ("first", "second", "summary"),
    [
        (b'{"msgid": "cut",', message_json("a2").encode(), "imported 2, duplicates 0, rejected 1"),
        (message_json("gbk").encode("gb18030"), b"  garbage", "imported 1, duplicates 0, rejected 2"),
    ],
    ids=["ends mid-object", "not utf-8"],
)
def test_a_broken_first_line_is_only_rejected(
    first: bytes,
    second: bytes,
    summary: str,
    profile: Profile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "broken.jsonl"
    source.write_bytes(first + b"\n" + second + b"\n" + message_json("after").encode() + b"\n")
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == summary
    assert err.startswith(f"{source}:1: ") and "JSONL" not in err


def test_every_line_imported_or_duplicate_exits_zero_else_one(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(message_json("e1") + "\n", encoding="utf-8")
    bad.write_text(message_json("e1") + "\nnot json\n", encoding="utf-8")
    assert run_import(profile, good, capsys)[0] == "imported 1, duplicates 0, rejected 0"
    assert run_import(profile, good, capsys)[0] == "imported 0, duplicates 1, rejected 0"
    assert run_import(profile, bad, capsys, exit_code=1)[0] == "imported 0, duplicates 1, rejected 1"


def test_help_and_readme_describe_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    import_row = next(line for line in readme.splitlines() if line.startswith("| `wecom-desktop import"))
    for text_ in (help_text, import_row):
        assert "1 when any line was rejected or the file could not be read" in text_ and "JSONL" in text_


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_read_as_utf16(
    encoding: str, profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [message_json("u1"), message_json("u2", text={"content": "第一行\u2028第二行\x85 😀"})]
    source = tmp_path / "powershell.jsonl"
    source.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode(encoding))
    assert run_import(profile, source, capsys) == ("imported 2, duplicates 0, rejected 0", "")
    assert stored(profile, "SELECT body FROM messages ORDER BY msgid") == [(lines[0],), (lines[1],)]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_bad_spot_in_a_utf16_file_rejects_its_line_alone(
    encoding: str, profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [message_json(f"u{i}", text={"content": f"第 {i} 条"}) for i in range(1, 301)]
    encoded = [line.encode(encoding) for line in lines]
    newline = "\r\n".encode(encoding)
    lone = "\ud800".encode(encoding, "surrogatepass")  # half of a pair: not UTF-16
    encoded[2] = encoded[2][:40] + lone + encoded[2][40:]
    bom = "\ufeff".encode(encoding)
    source = tmp_path / "powershell.jsonl"
    source.write_bytes(bom + newline.join(encoded)[:-1])  # and the last line cut by a byte
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 298, duplicates 0, rejected 2"
    assert f"{source}:3: " in err and f"{source}:300: " in err and "UTF-16" in err
    assert stored(profile, "SELECT count(*) FROM messages WHERE msgid IN ('u1', 'u2', 'u4', 'u299')") == [
        (4,)
    ]
    padded = tmp_path / "padded.jsonl"
    padded.write_bytes(bom + newline.join(encoded[3:]) + b"\x1a")  # DOS's end-of-file mark: no line
    assert run_import(profile, padded, capsys) == ("imported 1, duplicates 296, rejected 0", "")


def test_utf8_bom_inside_a_concatenated_file_is_ignored(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "joined.jsonl"
    source.write_bytes(b"".join(b"\xef\xbb\xbf" + message_json(f"b{i}").encode() + b"\n" for i in range(3)))
    assert run_import(profile, source, capsys) == ("imported 3, duplicates 0, rejected 0", "")


def test_a_legacy_encoded_line_is_rejected_with_advice(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "gbk.jsonl"
    source.write_bytes(message_json("ok").encode() + b"\n" + message_json("gbk").encode("gb18030") + b"\n")
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 1, duplicates 0, rejected 1"
    assert err.startswith(f"{source}:2: ") and "GBK" in err and "GB18030" in err and "UTF-8" in err


def test_messages_stored_with_problems_are_reported(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "problems.jsonl"
    lines = [
        message_json("fine"),
        message_json("when", msgtime="2020-10-28 17:15:30"),
        message_json("null", text=None),
    ]
    source.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    out, err = run_import(profile, source, capsys)
    assert out == "imported 3 (with problems 2), duplicates 1, rejected 0"
    warnings = err.strip().splitlines()
    assert len(warnings) == 2
    assert (
        warnings[0].startswith(f"{source}:2: ") and "msgtime" in warnings[0] and "2020-10-28" in warnings[0]
    )
    assert warnings[1].startswith(f"{source}:3: ") and "'text'" in warnings[1]
    assert stored(profile, "SELECT msgid, status FROM messages ORDER BY id") == [
        ("fine", "ok"),
        ("when", "unsupported"),
        ("null", "unsupported"),
    ]
    assert run_import(profile, source, capsys) == ("imported 0, duplicates 4, rejected 0", "")


def test_a_message_the_archive_refuses_is_rejected_alone(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_archive(profile.database)
    try:
        with engine.begin() as connection:  # SQLite itself refuses one message
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.msgid = 'poison' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )
    finally:
        engine.dispose()
    source = tmp_path / "poison.jsonl"
    lines = [message_json("ok1"), message_json("poison"), message_json("ok2"), message_json("poison")]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = run_import(profile, source, capsys, exit_code=1)
    assert out == "imported 2, duplicates 0, rejected 2"
    reported = err.splitlines()
    assert [line.split(": ", 1)[0] for line in reported] == [f"{source}:2", f"{source}:4"]
    assert all("refused by the test" in line for line in reported)
    assert stored(profile, "SELECT msgid FROM messages ORDER BY id") == [("ok1",), ("ok2",)]
