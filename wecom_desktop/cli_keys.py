"""`wecom-desktop keys …`: make a key pair for the archive, or check a private key file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from wecom_desktop.crypto.keys import PrivateKey, PrivateKeyError, generate_key_pair, load_private_key


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    keys = commands.add_parser(
        "keys", parents=[common], help="RSA key pairs for the archive's message encryption"
    )
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    generate = actions.add_parser(
        "generate",
        parents=[common],
        help="make a new RSA-2048 key pair",
        description=(
            "Make a new RSA-2048 key pair. The private key is written to FILE (readable by you only); the public "
            "key is printed, ready to paste into the admin console (管理工具 → 会话内容存档 → 消息加密公钥). "
            "Keep every old private key: records encrypted with an older version need it."
        ),
    )
    generate.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="where to write the private key (PEM)"
    )
    check = actions.add_parser(
        "check",
        parents=[common],
        help="check a private key file and print its public key",
        description="Load a private key (PKCS#1 or PKCS#8 PEM, repairing paste damage), report its size and "
        "fingerprint, and print the public key that belongs to it.",
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the private key file")
    check.add_argument(
        "--passphrase-env", metavar="VAR", help="read the key's passphrase from this environment variable"
    )


def _describe(key: PrivateKey) -> None:
    print(f"RSA-{key.bits}  SHA-256 {key.fingerprint}")
    print(key.public_pem(), end="")


def run(args: argparse.Namespace) -> int:
    if args.keys_command == "generate":
        if args.out.exists():
            print(f"wecom-desktop keys generate: {args.out} exists; not overwritten", file=sys.stderr)
            return 2
        key = generate_key_pair()
        descriptor = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(key.private_pem_pkcs8())
        _describe(key)
        return 0
    passphrase = os.environ.get(args.passphrase_env, "") if args.passphrase_env else None
    try:
        key = load_private_key(args.file.read_bytes(), passphrase or None)
    except (OSError, PrivateKeyError) as exc:
        print(f"wecom-desktop keys check: {args.file}: {exc}", file=sys.stderr)
        return 1
    _describe(key)
    return 0
