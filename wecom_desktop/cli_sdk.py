"""`wecom-desktop sdk …`: obtaining and checking the official finance SDK library."""

from __future__ import annotations

import argparse
import sys

from wecom_desktop.sdk import fetch, library
from wecom_desktop.sdk.errors import SdkError


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    sdk = commands.add_parser("sdk", parents=[common], help="the official WeCom finance SDK library")
    actions = sdk.add_subparsers(dest="sdk_command", metavar="ACTION", required=True)
    get = actions.add_parser(
        "fetch",
        parents=[common],
        help="download the official SDK binaries and verify them",
        description=(
            f"Download Tencent's finance SDK binaries (Linux x86-64 and arm64, Windows x64 with its OpenSSL and "
            f"curl DLLs) from the PyPI package {fetch.PACKAGE}=={fetch.VERSION}, verify every file against SHA-256 "
            "digests pinned in this program, and place them in native/<platform>/. No Python code of that package "
            "is installed or run."
        ),
    )
    get.add_argument(
        "--index-url",
        default=fetch.DEFAULT_INDEX,
        metavar="URL",
        help="simple package index: https://pypi.org/simple (default) or a mirror, e.g. "
        "https://pypi.tuna.tsinghua.edu.cn/simple",
    )
    where = actions.add_parser(
        "locate",
        parents=[common],
        help="show which SDK library would be used",
        description="Print the SDK library the program would load, after the lookup order "
        f"--sdk-library → ${library.ENV_VAR} → the bundle's folder → native/<platform>/.",
    )
    where.add_argument("--sdk-library", metavar="PATH", help="use this library file")


def run(args: argparse.Namespace) -> int:
    try:
        if args.sdk_command == "fetch":
            for path in fetch.install_from_wheel(fetch.download_wheel(args.index_url)):
                print(path)
            return 0
        print(library.locate(args.sdk_library))
        return 0
    except SdkError as exc:
        print(f"wecom-desktop sdk {args.sdk_command}: {exc}", file=sys.stderr)
        return 1
