"""Sync benchmark: a 20,000-message emulator fixture into a fresh profile, no media.

    .venv/bin/python benchmarks/sync_bench.py [--messages 20000] [--key-bits 2048]

Measures, in the same run, the single-core RSA-2048 PKCS#1 v1.5 decrypt rate with
`cryptography`, the baseline a sync's throughput is judged against (RSA unwrapping is the
dominant cost), and the rate of all cores decrypting at once, which on a host whose cores are
shared or hyper-threads can be far below cores times one core's rate: the ceiling of any sync there.
The sync is the real command, `python -m wecom_desktop sync`, timed from
process start to exit; `peak_rss_mb` is the highest summed RSS of that process and all its
worker processes, sampled every 20 ms. Its progress lines also give its steady rate: from the
first page stored to the last, without the start of the process and its workers.

`--key-bits` packs the fixture with longer keys, and measures the RSA baseline at that size:
how the sync fares where unwrapping a message's key costs more than RSA-2048 does here.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import padding, rsa

from wecom_desktop.demo.generator import iter_demo_messages
from wecom_desktop.sdk.emulator_build import ensure_emulator_built
from wecom_desktop.sdk.emulator_pack import pack


def _sample_tree(pid: int, cpu_s: dict[int, float]) -> int:
    """RSS of a process and all its descendants, from /proc; records each one's CPU seconds so far."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            cpu_s[current] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def _timed_decrypts(operations: int, bits: int, ready: Any = None) -> tuple[float, float]:
    """Start and end of `operations` RSA PKCS#1 v1.5 decryptions with a `bits` key; `ready` (a
    barrier) starts them together with other processes'."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    wrapped = [
        key.public_key().encrypt(os.urandom(16).hex().encode(), padding.PKCS1v15()) for _ in range(operations)
    ]
    if ready is not None:
        ready.wait()
    started = time.perf_counter()
    for ciphertext in wrapped:
        key.decrypt(ciphertext, padding.PKCS1v15())
    return started, time.perf_counter()


def rsa_rate(bits: int, operations: int = 3000) -> float:
    started, ended = _timed_decrypts(operations, bits)
    return operations / (ended - started)


def _decrypts_in_process(operations: int, bits: int, ready: Any, spans: Any) -> None:
    spans.put(_timed_decrypts(operations, bits, ready))


def rsa_rate_all_cores(cores: int, bits: int, operations: int = 3000) -> float:
    """RSA decryptions per second of `cores` processes running at once: what the machine's cores
    give together, less than `cores` times one core's rate where they are shared or hyper-threads."""
    context = multiprocessing.get_context("spawn")
    ready, spans = context.Barrier(cores), context.Queue()
    processes = [
        context.Process(target=_decrypts_in_process, args=(operations, bits, ready, spans))
        for _ in range(cores)
    ]
    for process in processes:
        process.start()
    measured = [spans.get() for _ in processes]
    for process in processes:
        process.join()
    return operations * cores / (max(end for _, end in measured) - min(start for start, _ in measured))


def _steady_span(progress_lines: str) -> tuple[tuple[int, float], tuple[int, float]]:
    """(stored, elapsed) when the first page was stored and when the sync ended, from its JSON lines."""
    points = [
        (line["stored"], line["elapsed"])
        for line in map(json.loads, progress_lines.splitlines())
        if "stored" in line and line["stored"] > 0
    ]
    return points[0], points[-1]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--key-bits", type=int, default=2048, choices=(2048, 3072, 4096))
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    source = folder / "messages.jsonl"
    source.write_text(
        "".join(line + "\n" for line in iter_demo_messages(args.messages, seed=42)), encoding="utf-8"
    )
    bits = args.key_bits
    packed = pack(source, folder / "fixture", key_versions=(1, 2), media_size_cap=0, key_bits=bits)
    print(
        f"fixture: {packed.messages:,} messages over {bits}-bit key versions 1,2 "
        f"(packed in {packed.seconds:.1f} s)"
    )
    os.environ["WECOM_EMULATOR_ARCHIVE"] = str(packed.out)

    rate = rsa_rate(bits)
    print(f"single-core RSA-{bits} PKCS#1 v1.5 decrypt: {rate:,.0f}/s ({1000 / rate:.2f} ms each)")
    cores = os.cpu_count() or 1
    together = rsa_rate_all_cores(cores, bits)
    print(
        f"the same on all {cores} cores at once: {together:,.0f}/s, {together / rate:.2f} times one core; "
        f"a sync doing nothing but RSA would reach ratio={together / (rate * cores):.2f} on this machine"
    )

    profile = folder / "profile"
    env = {
        **os.environ,
        "WECOM_FINANCE_SDK": str(ensure_emulator_built()),
        "WECOM_CORP_ID": packed.corp_id,
        "WECOM_SECRET": packed.secret,
        "WECOM_PRIVATE_KEYS": str(packed.out),
    }
    command = [
        sys.executable, "-m", "wecom_desktop", "sync", "--data-dir", str(profile), "--no-media", "--json-progress",
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_kb, cpu_s = 0, dict[int, float]()
    while process.poll() is None:
        peak_kb = max(peak_kb, _sample_tree(process.pid, cpu_s))
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    out, err = process.communicate()
    assert process.returncode == 0, err
    with sqlite3.connect(profile / "archive.sqlite3") as db:
        stored = db.execute("SELECT count(*) FROM messages WHERE status != 'undecryptable'").fetchone()[0]
    assert stored == args.messages, (stored, out, err)
    speed = stored / elapsed
    first, last = _steady_span(out)
    print(
        f"`wecom-desktop sync`: {stored:,} messages in {elapsed:.2f} s, process start to exit "
        f"({err.strip().splitlines()[-1]}); the sync itself {last[1]:.2f} s"
    )
    steady = (last[0] - first[0]) / (last[1] - first[1])
    print(
        f"steady rate, from the first page stored ({first[0]:,} messages at {first[1]:.2f} s) to the last: "
        f"{steady:,.0f} messages/s, ratio={steady / (rate * cores):.2f}"
    )
    print(f"peak RSS of the sync process and its SDK worker processes together: {peak_kb / 1024:.0f} MB")
    writer_cpu = cpu_s.get(process.pid, 0.0)
    print(
        f"CPU (sampled every 20 ms): the sync process {writer_cpu:.2f} s, its worker processes "
        f"{sum(cpu_s.values()) - writer_cpu:.2f} s, RSA at the measured rate {stored / rate:.2f} s"
    )
    print(
        f"the sync process, which writes the archive alone, spent {writer_cpu / stored * 1e6:.0f} µs per message "
        f"including its start-up: it would keep up with about {stored / writer_cpu:,.0f} messages/s, "
        f"{stored / writer_cpu / rate:.1f} cores of RSA"
    )
    print(f"the sync ran at {speed / together:.2f} of the RSA rate of all cores at once")
    print(
        f"sync msgs_per_s={speed:.0f} rsa_core_per_s={rate:.0f} cores={cores} "
        f"ratio={speed / (rate * cores):.2f} peak_rss_mb={peak_kb / 1024:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
