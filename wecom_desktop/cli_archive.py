"""`wecom-desktop archive …`: operations on the archive database file itself."""

from __future__ import annotations

import argparse

from wecom_desktop.archive_access import encrypt_profile_archive
from wecom_desktop.profile import Profile


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    archive = commands.add_parser("archive", parents=[common], help="the archive database file")
    actions = archive.add_subparsers(dest="archive_command", metavar="ACTION", required=True)
    actions.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt the archive database with SQLCipher",
        description=(
            "Encrypt the profile's archive database (archive.sqlite3) in place with SQLCipher. A new random "
            "database key is kept in the system keyring, so the archive opens only for this user on this "
            "computer. Downloaded media (media/) is not encrypted. Close the window first."
        ),
    )


def run(profile: Profile, args: argparse.Namespace) -> int:
    if args.archive_command == "encrypt":
        encrypt_profile_archive(profile)
        print(
            f"archive encrypted: {profile.database}\n"
            "its database key is kept in the system keyring; without it the archive cannot be opened"
        )
        return 0
    raise AssertionError(f"unhandled archive action {args.archive_command}")
