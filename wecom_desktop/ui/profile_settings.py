"""The settings of one profile that are not secret, in QSettings under the profile's key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from wecom_desktop.credentials import profile_key_for_folder
from wecom_desktop.profile import Profile

DEFAULT_TIMEOUT_S = 10


class ProfileSettings:
    """Proxy address, SDK library, timeout and media choice of one profile folder."""

    def __init__(self, profile: Profile, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()
        self.prefix = f"profiles/{profile_key_for_folder(profile.root)}/"

    def _get(self, key: str, default: object) -> object:
        return self.settings.value(self.prefix + key, default)

    def _set(self, key: str, value: object) -> None:
        self.settings.setValue(self.prefix + key, value)

    @property
    def proxy(self) -> str:
        return str(self._get("proxy", ""))

    @proxy.setter
    def proxy(self, value: str) -> None:
        self._set("proxy", value)

    @property
    def sdk_library(self) -> Path | None:
        value = str(self._get("sdk_library", ""))
        return Path(value) if value else None

    @sdk_library.setter
    def sdk_library(self, value: Path | None) -> None:
        self._set("sdk_library", str(value) if value else "")

    @property
    def timeout_s(self) -> int:
        try:
            return max(1, int(str(self._get("timeout_s", DEFAULT_TIMEOUT_S))))
        except ValueError:
            return DEFAULT_TIMEOUT_S

    @timeout_s.setter
    def timeout_s(self, value: int) -> None:
        self._set("timeout_s", int(value))

    @property
    def download_media(self) -> bool:
        return str(self._get("download_media", "true")).lower() == "true"

    @download_media.setter
    def download_media(self, value: bool) -> None:
        self._set("download_media", "true" if value else "false")

    @property
    def setup_declined(self) -> bool:
        return str(self._get("setup_declined", "false")).lower() == "true"

    @setup_declined.setter
    def setup_declined(self, value: bool) -> None:
        self._set("setup_declined", "true" if value else "false")

    @property
    def last_conversation(self) -> int | None:
        try:
            return int(str(self._get("last_conversation", "")))
        except ValueError:
            return None

    @last_conversation.setter
    def last_conversation(self, value: int | None) -> None:
        self._set("last_conversation", "" if value is None else int(value))

    def remove(self) -> None:
        self.settings.remove(self.prefix.rstrip("/"))
        self.settings.sync()
