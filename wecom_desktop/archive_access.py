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

from wecom_desktop.profile import Profile
from wecom_desktop.store.engine import encrypt_archive, is_encrypted, open_archive
from wecom_desktop.store.errors import ArchiveError

__all__ = ["create_encrypted_profile", "encrypt_profile_archive", "open_profile_archive"]

_NEEDS_KEY_ZH = "此档案已加密（SQLCipher），需要系统钥匙串中保存的数据库密钥才能打开，"
_NEEDS_KEY_EN = "This archive is encrypted (SQLCipher) and needs its database key from the system keyring,"


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
            f"档案已经加密：{profile.database} / The archive is already encrypted: {profile.database}"
        )
    encrypt_archive(profile.database, _new_stored_key(profile))


def create_encrypted_profile(profile: Profile) -> Engine:
    """Create the profile's archive encrypted from the start; ArchiveError if it already has one."""
    profile.create()
    if profile.database.exists() and profile.database.stat().st_size:
        raise ArchiveError(
            f"此档案配置已有数据库，不能再新建加密档案：{profile.database}"
            f" / This profile already has an archive database: {profile.database}"
        )
    return open_archive(profile.database, _new_stored_key(profile))


def _new_stored_key(profile: Profile) -> str:
    from wecom_desktop.credentials import CredentialError, CredentialStore

    key = secrets.token_hex(32)
    try:
        CredentialStore.for_folder(profile.root).set_database_key(key)
    except CredentialError as exc:
        raise ArchiveError(
            f"无法把数据库密钥保存到系统钥匙串，档案未加密。{exc.message_zh}"
            f" / The database key could not be kept in the system keyring, so the archive was not "
            f"encrypted. {exc.message_en}"
        ) from None
    return key


def _stored_key(profile: Profile) -> str:
    from wecom_desktop.credentials import CredentialError, CredentialStore, KeyringUnavailable

    try:
        key = CredentialStore.for_folder(profile.root).database_key()
    except KeyringUnavailable as exc:
        raise ArchiveError(
            f"{_NEEDS_KEY_ZH}但当前无法使用系统钥匙串：{profile.database}。"
            "请在能使用系统钥匙串的桌面会话中，以创建或加密此档案的用户身份打开它。"
            f" / {_NEEDS_KEY_EN} but no system keyring can be used here: {profile.database}. "
            "Open it in a desktop session with a system keyring, as the user who created or encrypted it."
        ) from exc
    except CredentialError as exc:
        raise ArchiveError(
            f"{_NEEDS_KEY_ZH}但无法读取它：{exc.message_zh} / {_NEEDS_KEY_EN} but it cannot be read: "
            f"{exc.message_en}"
        ) from exc
    if key is None:
        raise ArchiveError(
            f"{_NEEDS_KEY_ZH}但本机的系统钥匙串中没有它的密钥：{profile.database}。"
            "请在创建或加密此档案的电脑上、以同一用户账户打开它。"
            f" / {_NEEDS_KEY_EN} but this system's keyring does not hold it: {profile.database}. "
            "Open it on the computer, and as the user, that created or encrypted it."
        )
    return key
