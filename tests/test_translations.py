"""Every user-visible string is in the Linguist sources, and English translates all of them."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def sources(ts_file: Path) -> dict[tuple[str, str], str | None]:
    entries = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            entries[(name, message.findtext("source", ""))] = (
                translation.text if finished and translation is not None else None
            )
    return entries


def test_linguist_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    code = sorted(str(path) for path in (ROOT / "wecom_desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *code, "-ts", str(fresh)], check=True, timeout=120)
    in_code = set(sources(fresh))
    assert in_code, "lupdate found no strings at all"
    committed = set(sources(TRANSLATIONS / "wecom_desktop_en.ts"))
    assert in_code - committed == set(), "run scripts/update_translations.sh and translate the new strings"


def test_every_string_has_an_english_translation() -> None:
    untranslated = [key for key, text in sources(TRANSLATIONS / "wecom_desktop_en.ts").items() if not text]
    assert untranslated == []


def _translated_in_fresh_app(language_env: str, context: str, text: str) -> str:
    probe = (
        "import gc, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from wecom_desktop.ui.app import create_application\n"
        "app = create_application(sys.argv)\n"
        "gc.collect()\n"
        f"print(QCoreApplication.translate({context!r}, {text!r}))\n"
    )
    env = {**os.environ, "LANG": language_env, "LC_ALL": language_env, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return completed.stdout.strip()


def test_english_interface_survives_garbage_collection() -> None:
    assert _translated_in_fresh_app("en_US.UTF-8", "MessageSummary", "[文件]") == "[File]"


def test_qt_own_strings_follow_the_chinese_interface() -> None:
    assert _translated_in_fresh_app("zh_CN.UTF-8", "QWizard", "< &Back") == "< 上一步(&B)"
