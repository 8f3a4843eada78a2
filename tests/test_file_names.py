"""Names the archive gives files, as the desktop receives them."""

from __future__ import annotations

import pytest

from wecom_desktop.core.file_names import runs_programs, saving_name


@pytest.mark.parametrize(
    ("name", "offered"),
    [
        ("合同.pdf", "合同.pdf"),
        ("../../outside/evil.sh", "evil.sh"),
        (".config/autostart/update.desktop", "update.desktop"),
        ("/etc/cron.d/job", "job"),
        ("C:\\Windows\\System32\\drivers\\etc\\hosts", "hosts"),
        ("nul\0name.txt", "nul_name.txt"),
        ("invoice\u202efdp.exe", "invoice_fdp.exe"),  # the mark that makes it read "invoiceexe.pdf"
        ("报价单:最终版?.xlsx", "报价单_最终版_.xlsx"),
        (".bashrc", "bashrc"),
        ("CON", "_CON"),
        ("com1.txt", "_com1.txt"),
        ("..", "fallback.bin"),
        ("", "fallback.bin"),
        ("名" * 100 + ".docx", "名" * 65 + ".docx"),  # 200 bytes at most, the extension kept
    ],
)
def test_a_name_offered_for_saving_is_one_plain_file_name(name: str, offered: str) -> None:
    assert saving_name(name, "fallback.bin") == offered
    assert len(offered.encode("utf-8")) <= 200


@pytest.mark.parametrize(
    ("name", "runs"),
    [
        ("/m/ab/abc.exe", True),
        ("/m/ab/abc.BAT", True),
        ("/m/ab/abc.desktop", True),
        ("/m/ab/abc.pdf", False),
        ("/m/ab/abc.jpg", False),
        ("/m/ab/abc", False),
    ],
)
def test_files_that_run_programs_are_known_by_their_extension(name: str, runs: bool) -> None:
    assert runs_programs(name) is runs
