"""`wecom-desktop status` reports the messages stored with a problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import message_json
from wecom_desktop.cli import main
from wecom_desktop.profile import Profile


def test_status_counts_messages_stored_with_a_problem(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "problems.jsonl"
    lines = [
        message_json("fine"),
        message_json("t1", msgtime="2020-10-28 17:15:30"),
        message_json("t2", msgtime="2020-10-29 08:00:00"),
        message_json("null", text=None),
        message_json("chain", msgtype="solitaire", solitaire={"title": "接龙"}),
        *(
            message_json(
                f"record{n}", msgtype="chatrecord", chatrecord={"item": [{"type": "text", "content": bad}]}
            )
            for n, bad in enumerate(["{oops", '{"a": }'])
        ),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data_dir = ["--data-dir", str(profile.root)]
    assert main([*data_dir, "import", str(source)]) == 0
    capsys.readouterr()

    assert main([*data_dir, "status", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["messages"] == 7
    assert report["unsupported"] == [
        # Two JSON errors, one kind: the detail differs from message to message.
        {"msgtype": "chatrecord", "problem": "chatrecord.item[0]: content is not JSON (…)", "count": 2},
        {"msgtype": "text", "problem": "msgtime: expected a whole number, got …", "count": 2},
        {"msgtype": "solitaire", "problem": "unknown msgtype 'solitaire'", "count": 1},
        {"msgtype": "text", "problem": "missing body object 'text'", "count": 1},
    ]

    assert main(["status", *data_dir]) == 0
    out = capsys.readouterr().out
    assert "unsupported       6" in out
    assert "  text            msgtime: expected a whole number, got …: 2" in out
    assert "  solitaire       unknown msgtype 'solitaire': 1" in out


def test_status_of_a_clean_archive_lists_no_problems(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "clean.jsonl"
    source.write_text(message_json("fine") + "\n", encoding="utf-8")
    assert main(["import", str(source), "--data-dir", str(profile.root)]) == 0
    capsys.readouterr()
    assert main(["status", "--json", "--data-dir", str(profile.root)]) == 0
    assert json.loads(capsys.readouterr().out)["unsupported"] == []
