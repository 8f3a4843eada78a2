"""Shared fixtures. Every test gets its own profile folder, settings and data directories."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before Qt or platformdirs are imported anywhere: never touch the developer's real settings.
_isolated = Path(tempfile.mkdtemp(prefix="wecom-desktop-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_isolated / "config")
os.environ["XDG_DATA_HOME"] = str(_isolated / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Child processes (the command line under test) see no keyring unless a test hands them one:
# the session bus would otherwise activate a keyring daemon that waits on an unlock prompt.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from tests.keyring_session import secret_service_fixture  # noqa: E402, F401 - one session-wide Secret Service
from wecom_desktop.cli import install_english  # noqa: E402
from wecom_desktop.profile import Profile  # noqa: E402
from wecom_desktop.store.engine import open_archive  # noqa: E402
from wecom_desktop.store.writer import ArchiveWriter  # noqa: E402

install_english()  # typed errors' message_en, as the program's entry point installs it


@pytest.fixture(autouse=True)
def no_keyring_by_accident(request: pytest.FixtureRequest) -> Iterator[None]:
    """Only tests using the `secret_service` fixture reach a (private, throw-away) Secret Service."""
    if "secret_service" in request.fixturenames:
        yield
        return
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile(tmp_path / "profile").create()


@pytest.fixture
def engine(profile: Profile) -> Iterator[Engine]:
    engine = open_archive(profile.database)
    yield engine
    engine.dispose()


@pytest.fixture
def writer(engine: Engine) -> ArchiveWriter:
    return ArchiveWriter(engine)


def message_json(msgid: str, **overrides: Any) -> str:
    """A realistic single-chat text message, with fields replaced by `overrides`."""
    obj: dict[str, Any] = {
        "msgid": msgid,
        "action": "send",
        "from": "zhangwei",
        "tolist": ["wmEAlECwAAHrbWYDOK5u3Af13xlYDDNQ"],
        "roomid": "",
        "msgtime": 1_700_000_000_000,
        "msgtype": "text",
        "text": {"content": f"您好，合同 {msgid} 已发送"},
    }
    obj.update(overrides)
    return json.dumps(obj, ensure_ascii=False)
