"""Splits an Indonesian paragraph into sentences without breaking abbreviations, numbers or quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.lexicon import words

# Abbreviations after which a sentence never ends (titles, addresses, "a.n."), compared lowercased.
NEVER_FINAL: frozenset[str] = words(
    """
    dr drg prof h hj ir drs dra kh k.h tn ny sdr sdri yth a.n u.p no nomor jl jln kec kab kel
    prov ds gg rt rw tel telp hp bpk st mr mrs ms vs kol let jend brigjen mayjen letjen
    irjen kombes akbp ipda iptu aiptu bripka p.t pt cv eng ing ns apt tgk ust br rm ra ray bray krt
    kph gkr moh muh moch mochd mohd muhd abd mhd
    plt plh pj pjs pdt kep kp dsn dir adm
    kapt lettu letda serda serka sertu serma pelda peltu kopda kopka praka pratu laksma laksda laksdya
    marsma marsda marsdya brigpol bripda briptu aipda kompol akp
    gen lt col capt sgt gov inf brig insp pol supt maj cmdr sen rep pres md dok
    """
)
# Month abbreviations before a day number ("Nov. 4", "Jan. 15") and the rupiah before an amount
# ("Rp. 5 juta") never end a sentence.
BEFORE_NUMBER: frozenset[str] = words("jan feb mar apr jun jul aug agu agt sep sept oct okt nov dec des rp")
# Endings of web addresses: "Tempo.Co" or "Detik.Com" glue no sentences together.
_DOMAIN_ENDS: frozenset[str] = words("com co id net org go ac sch or tv info news biz io my sg uk us au")
# Abbreviations that may end a sentence when a capitalised word follows ("dll. Selain itu …").
MAY_BE_FINAL: frozenset[str] = words(
    """
    dll dsb dst tbk s.e s.h m.m s.t m.t s.pd m.pd s.sos m.si m.sc m.a s.kom m.kom ph.d m.hum
    s.ip m.ip s.ikom m.ikom s.psi m.psi sp s.ag s.kep s.ked m.kes s.km m.ag s.hi s.farm m.ap s.ap
    s.stp s.ak m.ak s.s m.h s.tr m.t.i
    """
)

_OPENERS = "“‘\"'(["
_CLOSERS = "”’\"')]"
_TERMINALS = ".!?…"
# What ``_cuts`` stops at: a terminal, or the closing quotation mark after one.
_MARKS = re.compile(r'[.!?…”"]')


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


_MARK = re.compile(f"[{QUOTE_MARKS}]")


@dataclass
class _Pairing:
    """The state of :func:`scan_marks` while it walks a paragraph's quotation marks."""

    inside: bool
    first: int  # where the paragraph's text begins (after leading spaces)
    closed: list[tuple[int, int]]
    open_at: int | None
    depth: int
    close_at: int | None = None

    def outside(self, i: int, ch: str, word_before: bool, word_after: bool, after: str) -> None:
        """A mark outside any quotation: it opens one, or closes one that began earlier."""
        if ch == "“" or word_after and not (word_before and after in ",.;:!?)"):
            self.open_at, self.depth = i, 1
        elif word_before and self.close_at is None and not self.closed:
            self.close_at = i  # "Kapolri menambahkan, kami akan …,”"

    def within(self, i: int, ch: str, word_before: bool, word_after: bool, after: str) -> None:
        """A mark inside a quotation: it closes it (or a nested one) or opens a nested one; a
        closing mark after a stray space closes it too ("“satu desa satu produk ”.")."""
        if self.inside and i == self.first and self.depth == 1 and word_after:
            return  # the paragraph reopens the quotation with a mark ("“Empat …")
        if word_before or (not word_after and ch != "“") or (ch == "”" and after in ",.;:!?)"):
            self.depth -= 1
            if self.depth == 0:
                if self.inside and self.open_at == 0 and not self.closed:
                    self.close_at = i
                else:
                    self.closed.append((self.open_at or 0, i + 1))
                self.open_at = None
        elif word_after and ch != "”":
            self.depth += 1


def scan_marks(text: str, inside: bool = False) -> MarkScan:
    """Pair the quotation marks of ``text`` by position, not by shape: real text mixes straight and
    curly marks and types a closing mark for an opening one (``”Saya …"``) and the reverse
    (``…,“ ujarnya``). A mark with a word right after it opens; a mark right after a word closes;
    a mark between spaces inside a quotation opens a nested one. ``inside``: the paragraph starts
    inside a quotation left open by the previous paragraph. One pass over the marks only."""
    state = _Pairing(inside, len(text) - len(text.lstrip()), [], 0 if inside else None, 1 if inside else 0)
    n = len(text)
    for match in _MARK.finditer(text):
        i, ch = match.start(), match.group()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < n else " "
        word_before = not before.isspace() and before not in "([{"
        word_after = not after.isspace()
        if i == state.first and not inside and after == " " and text[i + 2 : i + 3].isalnum():
            word_after = True  # "” TP PKK bergerak …,” katanya": a paragraph opens with a stray space
        if state.open_at is None:
            state.outside(i, ch, word_before, word_after, after)
        else:
            state.within(i, ch, word_before, word_after, after)
    return MarkScan(tuple(state.closed), state.open_at, state.close_at)


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


_WORD = re.compile(r"\s*(\S+)")


def _next_word(text: str, i: int) -> str:
    match = _WORD.match(text, i)  # from ``i`` in place: a slice would copy the rest of the text
    return match.group(1) if match else ""


_GLUED_AFTER = re.compile(r"[“\"]?[A-Z][a-z]+\b(?![.@/][A-Za-z0-9])")
# A title glued to the word before it by scraping ("diKab. Bogor"): the lower-case word in front.
_GLUED_BEFORE_TITLE = re.compile(r"^[a-z]+(?=[A-Z][a-z])")


def _is_glued(text: str, i: int, j: int) -> bool:
    """Whether the full stop at ``i`` ends a sentence that scraping glued to the next one with no
    space (``… varian.Menurut dia …``, ``… Garut.“Lima …``): a lowercase word of letters only before
    it, a capitalised word right after it (``j``: past the closing marks) that is not a web
    address's ending (``Tempo.Co``). Initials (``H.Budi``), degrees (``M.Si``), numbers
    (``Rp1.5``, ``3.000``) and addresses (``detik.com``) have no such shape."""
    if text[i] != "." or not text[i - 1 : i].islower():
        return False
    chunk = _chunk_before(text, i)
    if not (len(chunk) >= 2 and chunk.isalpha()) or chunk.lower() in NEVER_FINAL:
        return False
    glued = _GLUED_AFTER.match(text, j)
    return glued is not None and glued.group().lstrip('“"').lower() not in _DOMAIN_ENDS


def _is_boundary(text: str, i: int) -> bool:
    """Whether the terminal punctuation at ``i`` (already past closers) ends a sentence."""
    ch = text[i]
    # Followed by whitespace and then something that can open a sentence.
    j = i + 1
    while j < len(text) and text[j] in _CLOSERS:
        j += 1
    if j < len(text) and not text[j].isspace():
        return _is_glued(text, i, j)
    nxt = _next_word(text, j)
    if not nxt:
        return True
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if ch != ".":
        return True
    chunk = _chunk_before(text, i)
    chunk = _GLUED_BEFORE_TITLE.sub("", chunk).lower()  # "diKab. Bogor": still a title
    if chunk in NEVER_FINAL or (chunk in BEFORE_NUMBER and first.isdigit()):
        return False
    if chunk in MAY_BE_FINAL:
        return True
    # A single capital letter is an initial ("Budi S. Santoso"), so is "M.Si"-like dotted chunk.
    if re.fullmatch(r"[a-z]", chunk):
        return False
    return not re.fullmatch(r"(?:[a-z]{1,3}\.)+[a-z]{1,3}", chunk)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``paragraph``, surrounding spaces excluded.

    Linear in the paragraph's length, and remembered for the last paragraphs asked about: the
    extraction stages ask again for the same paragraph (each quotation its sentence start)."""
    return list(_sentence_spans(paragraph))


@lru_cache(maxsize=256)
def _sentence_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    cuts = _cuts(paragraph)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(paragraph)]:
        piece = paragraph[start:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = cut
    return tuple(spans)


def _cuts(paragraph: str) -> list[int]:
    """Where the sentences of ``paragraph`` end (after their closing marks)."""
    quotes = quote_spans(paragraph)  # sorted and disjoint: walked with the text, not searched
    quote_ends = {end - 1 for _, end in quotes}
    quote_starts = {start for start, _ in quotes}  # a glued next sentence may open with one
    q = 0
    cuts: list[int] = []
    i = 0
    n = len(paragraph)
    while (mark := _MARKS.search(paragraph, i)) is not None:
        i = mark.start()  # the characters between marks cut nothing: skipped in one search
        ch = paragraph[i]
        while q < len(quotes) and quotes[q][1] - 1 <= i:
            q += 1
        if ch in _TERMINALS and not (q < len(quotes) and quotes[q][0] < i):
            # Skip runs such as "?!" or "..." and take the last one.
            while i + 1 < n and paragraph[i + 1] in _TERMINALS:
                i += 1
            if _is_boundary(paragraph, i):
                j = i + 1
                while j < n and paragraph[j] in _CLOSERS and j not in quote_starts:
                    j += 1
                cuts.append(j)
                i = j
                continue
        elif _closes_a_sentence(paragraph, i, i in quote_ends, i in quote_starts):
            cuts.append(i + 1)
        i += 1
    return cuts


def _closes_a_sentence(paragraph: str, i: int, closes: bool, opens: bool) -> bool:
    """Whether the quotation mark at ``i`` closes a quotation that ends a sentence (“Kami siap.”
    Ia menambahkan …). ``closes``/``opens``: the mark ends/begins a quotation by
    :func:`scan_marks`; one that begins one (``… diamankan.”Saya …``, typed for an opening mark)
    ends nothing."""
    ch = paragraph[i]
    return (
        (ch == "”" or (ch == '"' and closes))
        and not opens
        and i > 0
        and paragraph[i - 1] in _TERMINALS
        and _is_boundary(paragraph, i - 1)
    )


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of ``paragraph``, in order, stripped of surrounding whitespace."""
    return [paragraph[start:end] for start, end in sentence_spans(paragraph)]
