"""The Indonesian → English glossary: official English names of institutions and titles, and
frequent policy terms.

The bundled glossary is ``briefgen/data/glossary-id-en.csv`` (columns ``id,en,kind,note``; ``kind``
is ``title``, ``organization``, ``term`` or ``acronym``; lines starting with ``#`` are comments).
User glossaries in the same format are loaded after it and override it entry by entry, keyed on
the Indonesian text with case and spacing normalised.

Matching works on word tokens, so word boundaries always hold: ``Kemenpar`` never matches inside
``Kemenparekraf``. Acronyms match case-sensitively (``BI`` is Bank Indonesia, ``bi`` is nothing),
everything else case-insensitively. English role phrases composed from the glossary's entries
(``Wakil Menteri Ekonomi Kreatif`` → ``Deputy Minister of Creative Economy``) are made by
:mod:`briefgen.translate.roles`, through the token API here (:func:`tokens`, :meth:`Glossary.matches_at`).

Nothing here touches files except :meth:`Glossary.load`, which reads the glossary files.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.lexicons import read_word_list

KINDS: tuple[str, ...] = ("title", "organization", "term", "acronym")
HEADER: tuple[str, ...] = ("id", "en", "kind", "note")
BUNDLED = "glossary-id-en.csv"


@dataclass(frozen=True)
class Term:
    """One glossary entry: Indonesian text, its English, its kind and a free note."""

    id: str
    en: str
    kind: str
    note: str = ""


@dataclass(frozen=True)
class TermMatch:
    """A glossary term found in a text, with its character span."""

    term: Term
    start: int
    end: int
    text: str  # the words as written in the text


# --------------------------------------------------------------------------- tokens

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark of a text: as written, case-folded, and its character span."""

    text: str
    fold: str
    start: int
    end: int


def _fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def tokens(text: str) -> list[Token]:
    """The words and punctuation marks of ``text``, as the glossary matches them."""
    return [Token(m.group(), _fold(m.group()), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _key(text: str) -> tuple[str, ...]:
    """The normalised key of a glossary entry: its folded tokens (case and spacing do not matter)."""
    return tuple(_fold(m.group()) for m in _TOKEN_RE.finditer(text))


def _short_key(text: str, most: int) -> tuple[str, ...] | None:
    """:func:`_key` of ``text``, or None as soon as it has more than ``most`` words besides commas
    (a paragraph is no glossary entry: its key need not be built to know)."""
    # Every run of non-space characters with one besides "," and "_" holds a token other than a
    # comma (and no token spans two runs): more such runs than ``most`` is a paragraph, known
    # without folding its words (issue 17: most segments a brief looks up are).
    chunks = text.split()
    if len(chunks) > most and sum(1 for chunk in chunks if chunk.strip(",_")) > most:
        return None
    words: list[str] = []
    plain = 0
    for match in _TOKEN_RE.finditer(text):
        word = _fold(match.group())
        words.append(word)
        if word != ",":
            plain += 1
            if plain > most:
                return None
    return tuple(words)


def _variants(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """``words`` and its spellings without commas (``Mikro, Kecil, dan Menengah`` ~ ``Mikro, Kecil dan``)."""
    found = {words}
    if "," in words:
        found.add(tuple(w for w in words if w != ","))
        found.add(
            tuple(
                w
                for i, w in enumerate(words)
                if not (w == "," and i + 1 < len(words) and words[i + 1].casefold() in ("dan", "and"))
            )
        )
    return found


# --------------------------------------------------------------------------- Indonesian words


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


# Words that make a phrase Indonesian; a capitalised run containing one is never passed through.
INDONESIAN_WORDS = _words(
    """dan di dari untuk yang bidang provinsi kabupaten kota desa kecamatan barat timur utara selatan
    tengah tenggara daya dinas divisi biro bagian seksi pusat badan komisi direktorat kementerian
    pemerintah wakil kepala ketua anggota negeri luar dalam umum kecil besar menengah mikro nasional
    daerah bersama salah satu sebagai serta atau pada ke oleh dengan sekaligus merangkap"""
)

# --------------------------------------------------------------------------- the glossary


class Glossary:
    """Indonesian → English terms with an index built once; see the module docstring."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms: dict[tuple[str, ...], Term] = {}
        for term in terms:
            key = _key(term.id)
            if key:
                self._terms[key] = term
        self._folded: dict[tuple[str, ...], Term] = {}  # non-acronyms, by folded tokens
        self._cased: dict[tuple[str, ...], Term] = {}  # acronyms, by tokens as written
        self._longest: dict[str, int] = {}  # first folded token -> longest key starting with it
        id_words: set[str] = set()
        en_words: set[str] = set()
        for key, term in self._terms.items():
            if term.kind == "acronym":
                index = self._cased
                words = tuple(m.group().replace("’", "'") for m in _TOKEN_RE.finditer(term.id))
            else:
                index = self._folded
                words = key
                if term.id != term.en:
                    id_words.update(w for w in key if w.isalpha())
            en_words.update(_key(term.en))
            for variant in _variants(words):
                index[variant] = term
                first = _fold(variant[0])
                self._longest[first] = max(self._longest.get(first, 0), len(variant))
        # The most words of any entry: a longer text is none (see lookup).
        self._most = max((len(k) for k in (*self._terms, *self._folded)), default=0)
        # Indonesian words of the glossary that are not English too ("film" is both, "musik" is not).
        self._id_vocab = frozenset(id_words - en_words) | INDONESIAN_WORDS

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, paths: Sequence[Path] = ()) -> Glossary:
        """The bundled glossary, then each user file in order; later entries override earlier ones.

        A user file that cannot be read or parsed raises :class:`SourceError` naming the file and
        the line.
        """
        bundled = resources.files("briefgen").joinpath("data", BUNDLED)
        terms: dict[tuple[str, ...], Term] = {}
        for term in _parse(bundled.read_text(encoding="utf-8"), f"briefgen/data/{BUNDLED}"):
            terms[_key(term.id)] = term
        for path in paths:
            for term in _parse(read_word_list(path, "glossary"), str(path)):
                terms.pop(_key(term.id), None)  # the override also takes the newer spelling's place
                terms[_key(term.id)] = term
        return cls(terms.values())

    # ------------------------------------------------------------------ lookups

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self._terms.values())

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and _key(text) in self._terms

    def lookup(self, text: str) -> Term | None:
        """The entry whose Indonesian is exactly ``text`` (case- and whitespace-insensitive)."""
        words = _short_key(text, self._most)
        if words is None:
            return None
        term = self._terms.get(words)
        if term is None and "," in words:
            term = self._folded.get(words) or self._folded.get(tuple(w for w in words if w != ","))
        return term

    def exact(self, text: str) -> str | None:
        """The English of ``text`` when the whole segment is a glossary entry, else ``None``."""
        term = self.lookup(text)
        return term.en if term else None

    def pairs(self, kinds: Iterable[str] = KINDS) -> list[tuple[str, str]]:
        """(Indonesian, English) of every entry of the given kinds, longest Indonesian first."""
        wanted = set(kinds)
        found = [(t.id, t.en) for t in self._terms.values() if t.kind in wanted]
        return sorted(found, key=lambda pair: (-len(pair[0]), pair[0]))

    # ------------------------------------------------------------------ matching in text

    def matches_at(self, toks: Sequence[Token], i: int) -> list[tuple[int, Term]]:
        """Every entry starting at token ``i``: (number of tokens, term), longest first."""
        longest = min(self._longest.get(toks[i].fold, 0), len(toks) - i)
        found: list[tuple[int, Term]] = []
        for n in range(longest, 0, -1):
            span = toks[i : i + n]
            term = self._cased.get(tuple(t.text.replace("’", "'") for t in span))
            if term is None:
                term = self._folded.get(tuple(t.fold for t in span))
            if term is not None:
                found.append((n, term))
        return found

    def matches(self, text: str) -> list[TermMatch]:
        """Glossary terms in ``text`` with their spans, left to right, longest match first, no overlaps."""
        toks = tokens(text)
        found: list[TermMatch] = []
        i = 0
        while i < len(toks):
            candidates = self.matches_at(toks, i)
            if not candidates:
                i += 1
                continue
            n, term = candidates[0]
            start, end = toks[i].start, toks[i + n - 1].end
            found.append(TermMatch(term, start, end, text[start:end]))
            i += n
        return found

    def terms_in(self, text: str) -> list[Term]:
        """Every glossary term occurring in ``text``, once each, in order of first occurrence."""
        seen: dict[tuple[str, ...], Term] = {}
        for match in self.matches(text):
            seen.setdefault(_key(match.term.id), match.term)
        return list(seen.values())

    def folded(self, words: tuple[str, ...]) -> Term | None:
        """The entry (not an acronym) whose case-folded words are exactly ``words``."""
        return self._folded.get(words)

    def is_indonesian(self, word: str) -> bool:
        """Whether the case-folded ``word`` is Indonesian and not English too (``musik``, not ``film``)."""
        return word in self._id_vocab


# --------------------------------------------------------------------------- reading files


def _parse(text: str, name: str) -> list[Term]:
    """Rows of a glossary file; comment lines (``#``) and blank lines are skipped."""
    lines = ["" if line.lstrip().startswith("#") else line for line in text.splitlines()]
    reader = csv.reader(io.StringIO("\n".join(lines)), strict=True)
    terms: list[Term] = []
    seen: dict[tuple[str, ...], int] = {}
    header: list[str] | None = None
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            cells = [cell.strip() for cell in row]
            if header is None:
                if tuple(c.casefold() for c in cells) not in (HEADER, HEADER[:3]):
                    raise SourceError(
                        name, f"line {line}: expected the header id,en,kind,note, found {row!r}"
                    )
                header = cells
                continue
            if not 3 <= len(cells) <= 4:
                raise SourceError(
                    name,
                    f"line {line}: expected 4 columns (id,en,kind,note), found {len(cells)}"
                    " (quote a value that contains a comma)",
                )
            term_id, en, kind = cells[0], cells[1], cells[2].casefold()
            note = cells[3] if len(cells) == 4 else ""
            if not term_id:
                raise SourceError(name, f"line {line}: the id (Indonesian) column is empty")
            if not en:
                raise SourceError(name, f"line {line}: the en (English) column is empty for {term_id!r}")
            if kind not in KINDS:
                raise SourceError(
                    name, f"line {line}: unknown kind {cells[2]!r} (expected one of {', '.join(KINDS)})"
                )
            key = _key(term_id)
            if not key:
                raise SourceError(name, f"line {line}: {term_id!r} has no words")
            if key in seen:
                raise SourceError(name, f"line {line}: {term_id!r} is already on line {seen[key]}")
            seen[key] = line
            terms.append(Term(term_id, en, kind, note))
    except csv.Error as exc:
        raise SourceError(name, f"line {reader.line_num}: {exc}") from None
    if header is None:
        raise SourceError(name, "line 1: empty file; expected the header id,en,kind,note")
    return terms
