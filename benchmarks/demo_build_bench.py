"""Benchmark the demo build: generation alone, then a full build (generate, parse, write).

    python benchmarks/demo_build_bench.py --messages 100000 --data-dir ~/bench-data/demo-100k

Prints messages per second, elapsed seconds, the database size and where the build's time
went. The data folder must not already hold an archive unless --overwrite is given.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from wecom_desktop.demo.build import build_demo
from wecom_desktop.demo.generator import iter_demo_messages
from wecom_desktop.profile import Profile


def _database_files(profile: Profile) -> list[Path]:
    return [profile.database.with_name(profile.database.name + suffix) for suffix in ("", "-wal", "-shm")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=100_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--data-dir", type=Path, required=True, metavar="DIR", help="profile folder to build into"
    )
    parser.add_argument("--overwrite", action="store_true", help="delete an existing archive in DIR first")
    parser.add_argument("--skip-baseline", action="store_true", help="do not time generation alone")
    args = parser.parse_args(argv)

    profile = Profile(args.data_dir.expanduser())
    existing = [path for path in _database_files(profile) if path.exists()]
    if existing and not args.overwrite:
        print(f"{profile.database} exists; pass --overwrite to replace it", file=sys.stderr)
        return 2
    for path in existing:
        path.unlink()

    count = args.messages
    if not args.skip_baseline:
        started = time.perf_counter()
        size = sum(len(line) for line in iter_demo_messages(count, args.seed))
        baseline = time.perf_counter() - started
        print(
            f"generation alone: {baseline:.1f} s, {count / baseline:,.0f} messages/s, "
            f"{size / count:.0f} characters per message"
        )

    result = build_demo(profile, count, seed=args.seed)
    megabytes = sum(path.stat().st_size for path in _database_files(profile) if path.exists()) / 1e6
    elapsed = result.elapsed
    other = elapsed - result.generate_seconds - result.parse_seconds - result.write_seconds
    print(
        f"build: {result.messages:,} messages in {elapsed:.1f} s "
        f"= {result.messages / elapsed:,.0f} messages/s"
    )
    print(
        f"database: {megabytes:.1f} MB ({result.conversations:,} conversations, {result.contacts:,} contacts)"
    )
    for label, seconds in (
        ("generate", result.generate_seconds),
        ("parse", result.parse_seconds),
        ("write", result.write_seconds),
        ("other", other),
    ):
        print(f"  {label:<9}{seconds:7.1f} s {100 * seconds / elapsed:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
