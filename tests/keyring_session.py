"""A real, private Secret Service for the tests: gnome-keyring-daemon in a throw-away home.

``tests/conftest.py`` registers the fixture once for the whole session; a test asks for
``secret_service``. It needs the session bus that
``scripts/test.sh`` provides (``dbus-run-session``); it never touches the developer's keyring:
the daemon runs with a fresh temporary HOME/XDG_DATA_HOME, and if another Secret Service
already owns the bus name (which could be the real one) the tests are skipped instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
import secretstorage
from jeepney import DBusErrorResponse
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import unwrap_msg
from keyring.backends import SecretService

SECRETS_NAME = "org.freedesktop.secrets"
_PASSWORD = b"wecom-desktop-test-keyring"  # unlocks the throw-away login keyring; not a real secret
_START_TIMEOUT_S = 20.0
_RUN_THROUGH = (
    "run the suite through scripts/test.sh, which starts a session bus of its own (dbus-run-session)"
)
# Names that only a desktop session owns: their presence means this is someone's real session bus,
# where a test daemon owning org.freedesktop.secrets would catch the secrets of their applications.
_DESKTOP_NAMES = (
    "org.kde.kwalletd5",
    "org.kde.kwalletd6",
    "org.gnome.Shell",
    "org.freedesktop.Notifications",
    "org.freedesktop.portal.Desktop",
)
# Variables that could lead the daemon to the developer's session or keyring.
_DROPPED_ENV = ("DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK", "XDG_SESSION_ID")


def name_owner_pid(name: str) -> int | None:
    """The process id owning `name` on the session bus, None if nobody does (never activates it)."""
    with open_dbus_connection(bus="SESSION") as connection:
        (has_owner,) = unwrap_msg(connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=5))
        if not has_owner:
            return None
        try:
            reply = connection.send_and_get_reply(message_bus.GetConnectionUnixProcessID(name), timeout=5)
            (pid,) = unwrap_msg(reply)
        except DBusErrorResponse:  # the owner left between the two calls
            return None
        return int(pid)


def newest_connection_serial() -> int:
    """The serial of a new connection to the session bus (":1.N" → N): the bus numbers connections
    in order, so two of these tell how many connections were opened in between."""
    with open_dbus_connection(bus="SESSION") as connection:
        return int(connection.unique_name.rsplit(".", 1)[1])


@dataclass(frozen=True)
class SecretServiceSession:
    """The running test daemon, and a look at what it stores (through the Secret Service API)."""

    daemon_pid: int
    home: Path

    def items(self, service: str) -> list[dict[str, str]]:
        """The attributes of every item, in every collection, whose `service` attribute is `service`."""
        with closing(secretstorage.dbus_init()) as connection:
            found = secretstorage.search_items(connection, {"service": service})
            return [dict(item.get_attributes()) for item in found]

    def usernames(self, service: str) -> set[str]:
        return {item["username"] for item in self.items(service)}


def _start_daemon(home: Path) -> tuple[subprocess.Popen[bytes], Path]:
    program = shutil.which("gnome-keyring-daemon")
    if program is None:
        pytest.skip(
            "gnome-keyring-daemon is not installed: run scripts/setup.sh (Debian package gnome-keyring)"
        )
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = {name: value for name, value in os.environ.items() if name not in _DROPPED_ENV}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    log = home / "gnome-keyring-daemon.log"
    with log.open("wb") as output:
        daemon = subprocess.Popen(
            [program, "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=home,
        )
    assert daemon.stdin is not None
    daemon.stdin.write(_PASSWORD)  # --unlock reads the login keyring's password from stdin
    daemon.stdin.close()
    return daemon, log


def _stop_daemon(daemon: subprocess.Popen[bytes]) -> None:
    if daemon.poll() is None:
        daemon.terminate()
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait(timeout=10)


def _wait_for_name(daemon: subprocess.Popen[bytes], log: Path) -> int:
    """Poll the bus until `org.freedesktop.secrets` has an owner; its process id."""
    deadline = time.monotonic() + _START_TIMEOUT_S
    while (owner := name_owner_pid(SECRETS_NAME)) is None:
        if daemon.poll() is not None:
            pytest.fail(
                f"gnome-keyring-daemon exited with {daemon.returncode} before it reached the bus:\n"
                + log.read_text(errors="replace")
            )
        if time.monotonic() > deadline:
            pytest.fail(f"gnome-keyring-daemon did not reach the bus in {_START_TIMEOUT_S:.0f} s")
        time.sleep(0.02)
    return owner


@pytest.fixture(scope="session", name="secret_service")
def secret_service_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretServiceSession]:
    """A private gnome-keyring Secret Service, unlocked, and keyring forced to its SecretService backend."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip(f"no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset): {_RUN_THROUGH}")
    if name_owner_pid(SECRETS_NAME) is not None:
        pytest.skip(
            f"a Secret Service already runs on this bus (maybe your own keyring, left alone): {_RUN_THROUGH}"
        )
    if desktop := [name for name in _DESKTOP_NAMES if name_owner_pid(name) is not None]:
        pytest.skip(
            f"this is a desktop session's bus ({desktop[0]} is on it), not a test bus: {_RUN_THROUGH}"
        )
    home = tmp_path_factory.mktemp("keyring-home")
    daemon, log = _start_daemon(home)
    try:
        owner = _wait_for_name(daemon, log)
        if owner != daemon.pid:
            pytest.skip(f"another process ({owner}) took {SECRETS_NAME} first: {_RUN_THROUGH}")
        previous = keyring.get_keyring()
        keyring.set_keyring(SecretService.Keyring())
        try:
            yield SecretServiceSession(daemon.pid, home)
        finally:
            keyring.set_keyring(previous)
    finally:
        _stop_daemon(daemon)
