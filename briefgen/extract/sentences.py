"""Splits an Indonesian paragraph into sentences without breaking abbreviations, numbers or quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.lexicon import words

# Abbreviations after which a sentence never ends (titles, addresses, "a.n."), compared lowercased.
NEVER_FINAL: frozenset[str] = words(
    """
    dr drg prof h hj ir drs dra kh k.h tn ny sdr sdri yth a.n u.p no nomor jl jln kec kab kel
    kota prov ds gg rt rw tel telp hp bpk ibu st mr mrs ms vs kol let jend brigjen mayjen letjen
    irjen kombes akbp ipda iptu aiptu bripka p.t pt cv eng ing ns apt tgk ust br rm ra ray bray krt
    kph gkr moh muh moch mochd mohd muhd abd mhd
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


QUOTE_MARKS = '“”"„'


@dataclass(frozen=True)
class MarkScan:
    """The quotations of one paragraph, whatever marks they use.

    ``closed``: (start, end) of each quotation, marks included. ``open_from``: where a quotation
    opens that the paragraph does not close (it runs on, or was left open). ``close_at``: a
    closing mark with no opening one before it (the quotation began in an earlier paragraph, or
    its opening mark is missing)."""

    closed: tuple[tuple[int, int], ...]
    open_from: int | None
    close_at: int | None


def scan_marks(text: str, inside: bool = False) -> MarkScan:
    """Pair the quotation marks of ``text`` by position, not by shape: real text mixes straight and
    curly marks and types a closing mark for an opening one (``”Saya …"``) and the reverse
    (``…,“ ujarnya``). A mark with a word right after it opens; a mark right after a word closes;
    a mark between spaces inside a quotation opens a nested one. ``inside``: the paragraph starts
    inside a quotation left open by the previous paragraph."""
    closed: list[tuple[int, int]] = []
    close_at: int | None = None
    open_at: int | None = 0 if inside else None
    depth = 1 if inside else 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch not in QUOTE_MARKS:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < n else " "
        word_before = not before.isspace() and before not in "([{"
        word_after = not after.isspace()
        if open_at is None:
            if ch == "“" or word_after and not (word_before and after in ",.;:!?)"):
                open_at, depth = i, 1
            elif word_before and close_at is None and not closed:
                close_at = i  # "Kapolri menambahkan, kami akan …,”"
            continue
        if inside and i == len(text) - len(text.lstrip()) and depth == 1 and word_after:
            continue  # the paragraph reopens the quotation with a mark ("“Empat …")
        if word_before or (not word_after and ch != "“"):
            depth -= 1
            if depth == 0:
                if inside and open_at == 0 and not closed:
                    close_at = i
                else:
                    closed.append((open_at, i + 1))
                open_at = None
        elif word_after and ch != "”":
            depth += 1
    return MarkScan(tuple(closed), open_at, close_at)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, marks included; an unclosed one runs to the end."""
    scan = scan_marks(text)
    spans = list(scan.closed)
    if scan.open_from is not None:
        spans.append((scan.open_from, len(text)))
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
