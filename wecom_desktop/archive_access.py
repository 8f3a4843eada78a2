"""Opening a profile's archive, plain or SQLCipher-encrypted with its database key in the keyring.

A plain archive never touches the keyring, so plain profiles work where there is none (the demo,
headless machines). The key of an encrypted one is stored in the keyring before the database is
encrypted, so no crash can leave an encrypted file whose key was never kept. The credentials
module (and keyring with it) is loaded only when a key is needed: the demo builder, which opens
archives through here, must not load keyring.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Engine

from wecom_desktop.core.i18n import QT_TRANSLATE_NOOP, Text
from wecom_desktop.profile import Profile
from wecom_desktop.store.engine import encrypt_archive, is_encrypted, open_archive
from wecom_desktop.store.errors import ArchiveError

__all__ = ["create_encrypted_profile", "encrypt_profile_archive", "open_profile_archive"]


def open_profile_archive(profile: Profile) -> Engine:
    """Open the profile's archive (creating a plain one if there is none yet)."""
    if not is_encrypted(profile.database):
        return open_archive(profile.database)
    return open_archive(profile.database, _stored_key(profile))


def encrypt_profile_archive(profile: Profile) -> None:
    """Encrypt the profile's plain archive in place with a new key kept in the keyring.

    No engine on the archive may be open. ArchiveError if it is already encrypted, the keyring
    cannot keep the key, or the conversion fails (the archive is then unchanged).
    """
    if is_encrypted(profile.database):
        raise ArchiveError(
            Text(QT_TRANSLATE_NOOP("ArchiveError", "档案已经加密：{path}"), path=profile.database)
        )
    encrypt_archive(profile.database, _new_stored_key(profile))


def create_encrypted_profile(profile: Profile) -> Engine:
    """Create the profile's archive encrypted from the start; ArchiveError if it already has one."""
    profile.create()
    if profile.database.exists() and profile.database.stat().st_size:
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP("ArchiveError", "此档案配置已有数据库，不能再新建加密档案：{path}"),
                path=profile.database,
            )
        )
    return open_archive(profile.database, _new_stored_key(profile))


def _new_stored_key(profile: Profile) -> str:
    from wecom_desktop.credentials import CredentialError, CredentialStore

    key = secrets.token_hex(32)
    try:
        CredentialStore.for_folder(profile.root).set_database_key(key)
    except CredentialError as exc:
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP("ArchiveError", "无法把数据库密钥保存到系统钥匙串，档案未加密。{error}"),
                error=exc.text,
            )
        ) from None
    return key


def _stored_key(profile: Profile) -> str:
    from wecom_desktop.credentials import CredentialError, CredentialStore, KeyringUnavailable

    try:
        key = CredentialStore.for_folder(profile.root).database_key()
    except KeyringUnavailable as exc:
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP(
                    "ArchiveError",
                    "此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，"
                    "但当前无法使用系统钥匙串：{path}。"
                    "请在能使用系统钥匙串的桌面会话中，以创建或加密此档案的用户身份打开它。",
                ),
                path=profile.database,
            )
        ) from exc
    except CredentialError as exc:
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP(
                    "ArchiveError",
                    "此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，但无法读取它：{error}",
                ),
                error=exc.text,
            )
        ) from exc
    if key is None:
        raise ArchiveError(
            Text(
                QT_TRANSLATE_NOOP(
                    "ArchiveError",
                    "此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，"
                    "但本机的系统钥匙串中没有它的密钥：{path}。"
                    "请在创建或加密此档案的电脑上、以同一用户账户打开它。",
                ),
                path=profile.database,
            )
        )
    return key
