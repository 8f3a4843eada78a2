"""Search benchmark: latency of the first page, exactness against brute force, index cost.

Run on an archive built by `wecom-desktop demo build --messages 1000000 --data-dir DIR`:

    .venv/bin/python benchmarks/search_bench.py --data-dir DIR

It runs a fixed mix of queries (1-4 character Chinese terms, English words, digits,
multi-word, filtered, with many hits and with none), times the first page of 50 hits and,
in the same run, the same query as a plain LIKE '%q%' scan over the messages table. Every
result set is compared, in full, with a brute-force scan of every message's indexed text.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy import Engine, text

from wecom_desktop.core.parse import parse_message
from wecom_desktop.core.search_text import matches, normalize, parse_query
from wecom_desktop.profile import Profile
from wecom_desktop.store import search_index
from wecom_desktop.store.engine import open_archive
from wecom_desktop.store.search import Search, SearchFilters
from wecom_desktop.store.search_results import load_hits

PAGE = 50
DAY_MS = 86_400_000


@dataclass
class Row:
    id: int
    msgtime: int
    sender: str
    msgtype: str
    conversation_id: int | None
    text: str  # normalised indexed text


@dataclass
class Case:
    kind: str
    query: str
    filters: SearchFilters


def load_rows(engine: Engine) -> list[Row]:
    rows = []
    with engine.connect() as connection:
        result = connection.execute(
            text(
                "SELECT id, msgtime, sender, msgtype, conversation_id, body FROM messages WHERE body IS NOT NULL"
            )
        )
        for row_id, msgtime, sender, msgtype, conversation_id, body in result:
            indexed = normalize(parse_message(body).index_text)
            rows.append(
                Row(
                    row_id,
                    msgtime if msgtime is not None else -(2**62),
                    sender,
                    msgtype,
                    conversation_id,
                    indexed,
                )
            )
    return rows


def brute_force(rows: list[Row], case: Case) -> set[int]:
    terms = parse_query(case.query)
    f = case.filters
    hits = set()
    for row in rows:
        if f.sender is not None and row.sender != f.sender:
            continue
        if f.msgtypes and row.msgtype not in f.msgtypes:
            continue
        if f.conversation_id is not None and row.conversation_id != f.conversation_id:
            continue
        if f.since_ms is not None and row.msgtime < f.since_ms:
            continue
        if f.until_ms is not None and row.msgtime >= f.until_ms:
            continue
        if terms and not (row.text and matches(row.text, terms)):
            continue
        hits.add(row.id)
    return hits


def build_cases(rows: list[Row], seed: int) -> list[Case]:
    rng = random.Random(seed)
    texts = [row.text for row in rows if row.text]
    sample = rng.sample(texts, min(20_000, len(texts)))
    cjk = Counter(ch for t in sample for ch in t if "\u4e00" <= ch <= "\u9fff")
    common_chars = [ch for ch, _ in cjk.most_common(20)]
    rare_chars = [ch for ch, n in cjk.items() if n <= 2][:20]

    def substrings(length: int, count: int) -> list[str]:
        found: list[str] = []
        while len(found) < count:
            t = rng.choice(sample)
            start = rng.randrange(max(1, len(t) - length + 1))
            piece = t[start : start + length]
            if (
                len(piece) == length
                and all("\u4e00" <= ch <= "\u9fff" for ch in piece)
                and piece not in found
            ):
                found.append(piece)
        return found

    words = Counter(w for t in sample for w in t.split() if w.isascii() and w.isalpha() and len(w) > 3)
    english = ["refund", "kickback", "contract", "invoice", "meeting", "please", "order", "price"]
    english += [w for w, _ in words.most_common(40) if w not in english][:12]
    cases = [Case("1-char", ch, SearchFilters()) for ch in common_chars + rare_chars]
    cases += [
        Case("2-char", q, SearchFilters()) for q in ["回扣", "私下", "返点", "合同", *substrings(2, 36)]
    ]
    cases += [Case("3-char", q, SearchFilters()) for q in substrings(3, 20)]
    cases += [Case("4-char", q, SearchFilters()) for q in substrings(4, 20)]
    cases += [Case("english", q, SearchFilters()) for q in english]
    cases += [
        Case("digits", q, SearchFilters()) for q in ["1", "8", "13", "138", "2024", "0000", "99999", "13800"]
    ]
    cases += [Case("digits", str(rng.randrange(10**6, 10**7)), SearchFilters()) for _ in range(7)]
    cases += [
        Case("multi-word", q, SearchFilters())
        for q in ["合同 回扣", "refund 合同", "私下 返点", "发货 明天", '"合同 "']
    ]
    cases += [
        Case("multi-word", f"{a} {b}", SearchFilters())
        for a, b in zip(substrings(2, 10), substrings(2, 10), strict=True)
    ]
    cases += [
        Case("none", q, SearchFilters())
        for q in ["zqxjkv", "鑫鑫鑫鑫", "回扣回扣回扣回扣", "xyzzy plugh", "𠀀"]
    ]
    cases += [
        Case("none", "".join(rng.choice("绁缂罹翦") for _ in range(3)), SearchFilters()) for _ in range(5)
    ]
    senders = Counter(row.sender for row in rows)
    busy, quiet = senders.most_common(1)[0][0], senders.most_common()[len(senders) // 2][0]
    conversations = Counter(row.conversation_id for row in rows if row.conversation_id is not None)
    big, small = conversations.most_common(1)[0][0], conversations.most_common()[len(conversations) // 2][0]
    newest = max(row.msgtime for row in rows)
    march = SearchFilters(since_ms=newest - 240 * DAY_MS, until_ms=newest - 210 * DAY_MS)
    filtered = [
        ("合同", SearchFilters(sender=busy)),
        ("的", SearchFilters(sender=quiet)),
        ("", SearchFilters(sender=quiet, msgtypes=("file",))),
        (
            "",
            SearchFilters(sender=busy, msgtypes=("file",), since_ms=march.since_ms, until_ms=march.until_ms),
        ),
        ("合同", march),
        ("refund", SearchFilters(conversation_id=big)),
        ("回扣", SearchFilters(conversation_id=small)),
        ("", SearchFilters(conversation_id=small)),
        ("pdf", SearchFilters(msgtypes=("file",))),
        ("", SearchFilters(msgtypes=("file", "image"))),
        ("合同", SearchFilters(msgtypes=("text",), since_ms=newest - 30 * DAY_MS)),
        ("会", SearchFilters(since_ms=newest - 7 * DAY_MS)),
        ("", SearchFilters(since_ms=newest - DAY_MS)),
        ("好", SearchFilters(until_ms=newest - 600 * DAY_MS)),
        ("私下", SearchFilters(sender=busy, conversation_id=big)),
    ]
    for query, filters in filtered:
        cases.append(Case("filtered", query, filters))
    for ch in common_chars[:15]:
        cases.append(Case("filtered", ch, SearchFilters(sender=rng.choice(list(senders)))))
    return cases


def first_page_ms(engine: Engine, case: Case) -> float:
    started = time.perf_counter()
    search = Search(engine, case.query, case.filters)
    ids = list(islice(search.message_ids(), PAGE))
    load_hits(engine, ids, search.terms)
    return (time.perf_counter() - started) * 1000


def like_page_ms(engine: Engine, case: Case) -> float:
    clauses, params = [], {}
    for index, term in enumerate(case.query.split()):
        clauses.append(f"body LIKE :t{index}")
        params[f"t{index}"] = f"%{term.strip(chr(34))}%"
    f = case.filters
    for column, value in (("sender", f.sender), ("conversation_id", f.conversation_id)):
        if value is not None:
            clauses.append(f"{column} = :{column}")
            params[column] = value
    if f.msgtypes:
        clauses.append("msgtype IN (" + ", ".join(f":ty{i}" for i in range(len(f.msgtypes))) + ")")
        params.update({f"ty{i}": t for i, t in enumerate(f.msgtypes)})
    if f.since_ms is not None:
        clauses.append("msgtime >= :since")
        params["since"] = f.since_ms
    if f.until_ms is not None:
        clauses.append("msgtime < :until")
        params["until"] = f.until_ms
    where = " AND ".join(clauses) or "1"
    started = time.perf_counter()
    with engine.connect() as connection:
        connection.execute(
            text(f"SELECT id FROM messages WHERE {where} ORDER BY msgtime DESC LIMIT {PAGE}"), params
        ).all()
    return (time.perf_counter() - started) * 1000


def table_bytes(engine: Engine, *names: str) -> int:
    with engine.connect() as connection:
        return sum(
            connection.execute(
                text("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = :n"), {"n": name}
            ).scalar_one()
            for name in names
        )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-rebuild", action="store_true", help="do not time a rebuild of the index")
    args = parser.parse_args()
    engine = open_archive(Profile(args.data_dir).database)

    if not args.skip_rebuild:
        started = time.perf_counter()
        with engine.begin() as connection:
            search_index.rebuild(connection)
        print(f"index build: {time.perf_counter() - started:.1f} s (rebuilt from every stored message)")

    started = time.perf_counter()
    rows = load_rows(engine)
    print(f"brute-force corpus: {len(rows):,} messages parsed in {time.perf_counter() - started:.1f} s")
    text_bytes = sum(len(row.text.encode()) for row in rows)
    fts = table_bytes(engine, "search_fts_data", "search_fts_idx", "search_fts_config")
    docs = table_bytes(engine, "search_docs", "search_segments")
    print(
        f"indexed text {text_bytes / 1e6:.1f} MB; FTS index {fts / 1e6:.1f} MB ({fts / text_bytes:.2f}x); "
        f"normalised text table {docs / 1e6:.1f} MB; index total {(fts + docs) / 1e6:.1f} MB "
        f"({(fts + docs) / text_bytes:.2f}x)"
    )

    cases = build_cases(rows, args.seed)
    ours, baseline = [], []
    true_positives = found_total = truth_total = 0
    wrong = []
    for case in cases:
        ours.append(first_page_ms(engine, case))
        baseline.append(like_page_ms(engine, case))
        found = list(Search(engine, case.query, case.filters).message_ids())
        truth = brute_force(rows, case)
        hit = len(set(found) & truth)
        true_positives += hit
        found_total += len(found)
        truth_total += len(truth)
        if hit != len(truth) or hit != len(found) or len(set(found)) != len(found):
            wrong.append(case)
    by_kind: dict[str, list[float]] = {}
    for case, ms in zip(cases, ours, strict=True):
        by_kind.setdefault(case.kind, []).append(ms)
    print(f"{len(cases)} queries")
    for kind, values in by_kind.items():
        print(
            f"  {kind:<11} n={len(values):<3} p50={statistics.median(values):7.2f} ms  max={max(values):7.2f} ms"
        )
    for name, values in (("search", ours), ("LIKE baseline", baseline)):
        print(
            f"{name:<14} p50={percentile(values, 0.5):8.2f} ms  p95={percentile(values, 0.95):8.2f} ms  "
            f"max={max(values):8.2f} ms"
        )
    for case in wrong:
        print(f"MISMATCH {case.kind} {case.query!r} {case.filters}")
    recall = true_positives / truth_total if truth_total else 1.0
    precision = true_positives / found_total if found_total else 1.0
    p95, base95 = percentile(ours, 0.95), percentile(baseline, 0.95)
    print(
        f"search p95_ms={p95:.2f} baseline_p95_ms={base95:.2f} speedup={base95 / p95:.1f} "
        f"recall={recall:.4f} precision={precision:.4f}"
    )
    engine.dispose()
    return 0 if not wrong else 1


if __name__ == "__main__":
    raise SystemExit(main())
