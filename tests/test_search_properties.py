"""Property: on random archives, random queries return exactly what a brute-force scan returns."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.search_helpers import Sent, brute_force, found, fresh_archive, write
from wecom_desktop.store.search import SearchFilters

# A small alphabet makes collisions, repeats and near-misses likely.
ALPHABET = "合同回扣私下返点aAbBＡｂ1１ -\t\n😀。,"
T0 = 1_700_000_000_000
HOUR = 3_600_000
counter = itertools.count()

texts = st.text(alphabet=ALPHABET, min_size=0, max_size=12)
messages = st.lists(
    st.tuples(
        texts,
        st.integers(min_value=0, max_value=400),
        st.sampled_from(["zhangwei", "lina"]),
        st.sampled_from(["text", "file"]),
    ),
    min_size=1,
    max_size=40,
)


@st.composite
def archives_and_queries(draw: st.DrawFn) -> tuple[list[list[Sent]], str, SearchFilters]:
    drawn = draw(messages)
    sent = [
        Sent(f"m{index}", content, T0 + hours * HOUR, sender=sender, msgtype=msgtype)
        for index, (content, hours, sender, msgtype) in enumerate(drawn)
    ]
    cut = draw(st.integers(min_value=0, max_value=len(sent)))
    batches = [batch for batch in (sent[:cut], sent[cut:]) if batch]
    pool = [m.content for m in sent if m.content.strip()]
    substring = (
        st.sampled_from(pool).flatmap(
            lambda content: st.tuples(st.integers(0, len(content)), st.integers(1, 4)).map(
                lambda start_len: content[start_len[0] : start_len[0] + start_len[1]]
            )
        )
        if pool
        else st.just("")
    )
    query = draw(
        st.one_of(
            substring, texts, st.lists(substring, max_size=2).map(" ".join), substring.map(lambda s: f'"{s}"')
        )
    )
    filters = SearchFilters(
        sender=draw(st.sampled_from([None, "zhangwei"])),
        msgtypes=draw(st.sampled_from([(), ("file",), ("text", "file")])),
        since_ms=draw(st.sampled_from([None, T0 + 100 * HOUR])),
        until_ms=draw(st.sampled_from([None, T0 + 300 * HOUR])),
    )
    return batches, query, filters


@settings(
    max_examples=int(__import__("os").environ.get("SEARCH_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(case=archives_and_queries())
def test_search_equals_brute_force(tmp_path: Path, case: tuple[list[list[Sent]], str, SearchFilters]) -> None:
    batches, query, filters = case
    engine = fresh_archive(tmp_path / f"a{next(counter)}")
    try:
        write(engine, *batches)
        assert found(engine, query, filters) == brute_force(engine, query, filters)
        assert found(engine, query) == brute_force(engine, query)
    finally:
        engine.dispose()
