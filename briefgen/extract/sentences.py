"""Splits an Indonesian paragraph into sentences without breaking abbreviations, numbers or quotations."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import words

# Abbreviations after which a sentence never ends (titles, addresses, "a.n."), compared lowercased.
NEVER_FINAL: frozenset[str] = words(
    """
    dr drg prof h hj ir drs dra kh k.h tn ny sdr sdri yth a.n u.p no nomor jl jln kec kab kel
    kota prov ds gg rt rw tel telp hp bpk ibu st mr mrs ms vs kol let jend brigjen mayjen letjen
    irjen kombes akbp ipda iptu aiptu bripka p.t pt cv eng ing ns apt tgk ust br rm ra ray bray krt
    kph gkr
    """
)
# Abbreviations that may end a sentence when a capitalised word follows ("dll. Selain itu …").
MAY_BE_FINAL: frozenset[str] = words(
    """
    dll dsb dst tbk s.e s.h m.m s.t m.t s.pd m.pd s.sos m.si m.sc m.a s.kom m.kom ph.d m.hum
    s.ip m.ip s.ikom m.ikom s.psi m.psi sp s.ag
    """
)

_OPENERS = "“‘\"'(["
_CLOSERS = "”’\"')]"
_TERMINALS = ".!?…"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation “…” or "…", marks included; an unclosed “ runs to the end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "“" and open_at is None and straight_at is None:
            open_at = i
        elif ch == "”" and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
        elif ch == '"' and open_at is None:
            if straight_at is None:
                straight_at = i
            else:
                spans.append((straight_at, i + 1))
                straight_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return sorted(spans)


def _chunk_before(text: str, i: int) -> str:
    """The whitespace-delimited chunk that ends just before position ``i`` (without brackets)."""
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i].lstrip(_OPENERS)


def _next_word(text: str, i: int) -> str:
    match = re.match(r"\s*([^\s]+)", text[i:])
    return match.group(1) if match else ""


def _is_boundary(text: str, i: int) -> bool:
    """Whether the terminal punctuation at ``i`` (already past closers) ends a sentence."""
    ch = text[i]
    # Followed by whitespace and then something that can open a sentence.
    j = i + 1
    while j < len(text) and text[j] in _CLOSERS:
        j += 1
    if j < len(text) and not text[j].isspace():
        return False
    nxt = _next_word(text, j)
    if not nxt:
        return True
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if ch != ".":
        return True
    chunk = _chunk_before(text, i).lower()
    if chunk in NEVER_FINAL:
        return False
    if chunk in MAY_BE_FINAL:
        return True
    # A single capital letter is an initial ("Budi S. Santoso"), so is "M.Si"-like dotted chunk.
    if re.fullmatch(r"[a-z]", chunk):
        return False
    return not re.fullmatch(r"(?:[a-z]{1,3}\.)+[a-z]{1,3}", chunk)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``paragraph``, surrounding spaces excluded."""
    quotes = quote_spans(paragraph)

    def inside_quote(i: int) -> bool:
        return any(start < i < end - 1 for start, end in quotes)

    cuts: list[int] = []
    i = 0
    n = len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch in _TERMINALS and not inside_quote(i):
            # Skip runs such as "?!" or "..." and take the last one.
            while i + 1 < n and paragraph[i + 1] in _TERMINALS:
                i += 1
            if _is_boundary(paragraph, i):
                j = i + 1
                while j < n and paragraph[j] in _CLOSERS:
                    j += 1
                cuts.append(j)
                i = j
                continue
        elif (
            # A quotation that ends a sentence: “Kami siap.” Ia menambahkan …
            (ch == "”" or (ch == '"' and any(end - 1 == i for _, end in quotes)))
            and i > 0
            and paragraph[i - 1] in _TERMINALS
            and _is_boundary(paragraph, i - 1)
        ):
            cuts.append(i + 1)
        i += 1
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, n]:
        piece = paragraph[start:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = cut
    return spans


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of ``paragraph``, in order, stripped of surrounding whitespace."""
    return [paragraph[start:end] for start, end in sentence_spans(paragraph)]
