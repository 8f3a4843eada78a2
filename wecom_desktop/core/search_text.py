"""Search semantics in plain Python: normalisation, query terms, index tokens, matching, snippets.

A query matches a message when the message's normalised indexed text contains every
normalised term. Normalisation is NFKC (full-width ≡ half-width) then lower-casing
(case-insensitive). The index stores, per message, the set of overlapping character
bigrams of that text plus its last character: a 2-character term is then one exact token,
a 1-character term a prefix lookup, and a longer term the intersection of its bigrams,
verified against the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Token-stream folding (applied to index tokens and query tokens alike): FTS5's ascii
# tokenizer splits on ASCII punctuation and white space, so those become non-ASCII stand-ins.
# NFKC has already mapped full-width forms (U+FF01…U+FF5E) to ASCII, so the stand-ins
# cannot collide with text. White space and control characters share one stand-in, which is
# lossy: terms containing them are verified against the text.
_BLANK = "\u2581"
_FULLWIDTH_OFFSET = 0xFF00 - 0x20
_QUOTED = re.compile(r'"([^"]*)"?|“([^”]*)”?|(\S+)')


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _fold(char: str) -> str:
    code = ord(char)
    if code < 0x20 or code == 0x7F or char.isspace():
        return _BLANK
    if code < 0x7F and not char.isalnum():
        return chr(code + _FULLWIDTH_OFFSET)
    return char


# The same folding as one table, for whole strings (str.translate runs in C).
_FOLD_TABLE = {
    code: _fold(chr(code))
    for code in (*range(0x80), *(c for c in range(0x80, 0x3001) if chr(c).isspace()))
    if _fold(chr(code)) != chr(code)
}


def _folded(text: str) -> str:
    return text.translate(_FOLD_TABLE)


def _is_lossy(char: str) -> bool:
    return _fold(char) == _BLANK


def index_tokens(normalized: str) -> str:
    """The FTS5 document for a normalised text: distinct bigrams and the last character."""
    if not normalized:
        return ""
    folded = _folded(normalized)
    tokens = dict.fromkeys(folded[i : i + 2] for i in range(len(folded) - 1))
    tokens[folded[-1]] = None
    return " ".join(tokens)


@dataclass(frozen=True, slots=True)
class Term:
    """One normalised query term, and how the index finds it."""

    text: str

    @property
    def match(self) -> str:
        """FTS5 MATCH expression whose result set contains every message containing the term."""
        folded = _folded(self.text)
        if len(folded) == 1:
            return f'"{folded}"*'
        bigrams = dict.fromkeys(folded[i : i + 2] for i in range(len(folded) - 1))
        return " AND ".join(f'"{bigram}"' for bigram in bigrams)

    @property
    def exact_in_index(self) -> bool:
        """Whether the index alone decides the term (no verification against the text)."""
        return len(self.text) <= 2 and not any(_is_lossy(char) for char in self.text)

    @property
    def bigrams(self) -> list[str]:
        folded = _folded(self.text)
        return list(dict.fromkeys(folded[i : i + 2] for i in range(len(folded) - 1))) or [folded]


def parse_query(query: str) -> list[Term]:
    """Split a query into terms: words separated by spaces, or "quoted phrases" kept whole."""
    terms: dict[str, None] = {}
    for quoted, quoted_cjk, word in _QUOTED.findall(query):
        raw = quoted or quoted_cjk or word
        normalized = normalize(raw)
        if normalized.strip():
            terms[normalized] = None
    return [Term(text) for text in terms]


def matches(normalized_text: str, terms: list[Term]) -> bool:
    return all(term.text in normalized_text for term in terms)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A window of the original text with the spans to highlight (offsets into `text`)."""

    text: str
    highlights: tuple[tuple[int, int], ...]

    def marked(self, start: str = "【", end: str = "】") -> str:
        pieces, cursor = [], 0
        for begin, finish in self.highlights:
            pieces += [self.text[cursor:begin], start, self.text[begin:finish], end]
            cursor = finish
        pieces.append(self.text[cursor:])
        return "".join(pieces)


def _aligned(original: str) -> tuple[str, list[int]] | None:
    """Normalise char by char, remembering each normalised char's original index."""
    pieces, owners = [], []
    for index, char in enumerate(original):
        piece = normalize(char)
        pieces.append(piece)
        owners.extend([index] * len(piece))
    joined = "".join(pieces)
    return (joined, owners) if joined == normalize(original) else None


def snippet(original: str, terms: list[Term], context: int = 24) -> Snippet:
    """The part of `original` around the first match, with every term occurrence highlighted."""
    flat = original.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    aligned = _aligned(flat)
    if aligned is None or not terms:
        return Snippet(flat[: 2 * context], ())
    normalized, owners = aligned
    spans = []
    for term in terms:
        start = normalized.find(term.text)
        while start >= 0:
            end = start + len(term.text)
            spans.append((owners[start], owners[end - 1] + 1))
            start = normalized.find(term.text, end)
    if not spans:
        return Snippet(flat[: 2 * context], ())
    spans.sort()
    window_start = max(0, spans[0][0] - context)
    window_end = min(len(flat), spans[0][1] + context)
    merged: list[tuple[int, int]] = []
    for begin, finish in spans:
        if begin >= window_end or finish <= window_start:
            continue
        begin, finish = max(begin, window_start), min(finish, window_end)
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], finish))
        else:
            merged.append((begin, finish))
    prefix = "…" if window_start > 0 else ""
    suffix = "…" if window_end < len(flat) else ""
    shift = len(prefix) - window_start
    return Snippet(
        prefix + flat[window_start:window_end] + suffix,
        tuple((begin + shift, finish + shift) for begin, finish in merged),
    )
