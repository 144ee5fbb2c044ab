"""Cuts a paragraph into runs of capitalised words, the raw material for names, roles and organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from briefgen.extract.lexicon import (
    DEGREE_WORDS,
    HONORIFICS,
    LOWER_HONORIFICS,
    NAME_ABBREVIATIONS,
    RANK_SUFFIXES,
    RANKS,
    REGIONAL_TITLES,
    TITLE_WORDS,
)
from briefgen.extract.sentences import NEVER_FINAL

UnitKind = Literal["word", "init", "paren"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_HONORIFIC = "|".join(sorted(sorted(HONORIFICS | NAME_ABBREVIATIONS), key=len, reverse=True))
# A Sarjana or Magister degree written with one full stop after its first letter ("S.AP", "S.Sos",
# "M.Si") or with a space there ("S. Ag"): read as the degree word itself, never as an initial.
_ONE_STOP = [
    w for w in sorted(sorted(DEGREE_WORDS), key=len, reverse=True) if w[0] in "SM" and w[1:2].isalpha()
]
SPACED_DEGREE = "(?:" + "|".join(rf"{w[0]}\.\s?{w[1:]}" for w in _ONE_STOP) + r")\b\.?"
_GLUED_DEGREE = "(?:" + "|".join(rf"{w[0]}\.{w[1:]}" for w in _ONE_STOP) + r")\b\.?"
_UNIT = re.compile(
    rf"(?P<degree>{_GLUED_DEGREE})(?=[\s,;)]|$)"
    rf"|\((?P<paren>[{_UPPER}][\w&.\-]*(?:(?:\s+|/)[{_UPPER}][\w&.\-]*){{0,2}})\)"
    # "H.", "Dr.", and dotted abbreviations written without spaces: "R.M.", "K.H.", "R.Ay."
    # "Sinta K.W Hadiprojo": the last of several initials written without its full stop.
    rf"|(?P<init>(?:{_HONORIFIC}|[{_UPPER}])\.(?:[{_UPPER}][a-z]?\.)*(?:[{_UPPER}](?=\s+[{_UPPER}][a-z]))?)"
    rf"(?=\s*[{_UPPER}])"
    # "RSUD dr Soetomo", "drg Siti": a doctor's title typed without its full stop.
    rf"|(?P<bare>{'|'.join(sorted(LOWER_HONORIFICS))})(?=\s+[{_UPPER}][a-z])"
    rf"|(?P<word>[{_UPPER}][\w'’\-]*)"
)
# The full stop after an abbreviated rank, when a capitalised word follows: "Iptu. Yogi Melta".
_STOPPED_RANK = re.compile(rf"\.(?=\s+[{_UPPER}][a-z])")
# The force after a rank, abbreviated with its full stop, which ends no sentence: "Kombes Pol. Budi".
_STOPPED_SUFFIXES = frozenset(w for w in RANK_SUFFIXES if w.lower() in NEVER_FINAL)
_SITE_SUFFIX = re.compile(r"\.(?:com|net|id|co|org|info|news|tv)\b", re.IGNORECASE)
# Lower-case words inside a name: Dutch, Arabic and Malay particles, Batak "br." / "boru".
_PARTICLE_WORDS = r"(?:van|von)\s+(?:der|den|de)|de|van|von|bin|binti|der|den|da|al|br\.|boru"
_CONNECTOR = re.compile(rf"\s*/\s*|\s+(?:(?:{_PARTICLE_WORDS}|of|and|dan|for|the|&)\s+)?")
_LOWER_HONORIFIC = re.compile(rf"(?:{'|'.join(sorted(LOWER_HONORIFICS))})(?:\.\s*|\s+)[{_UPPER}]")
# A degree after a name: ", M.Si.", ", S.E., M.M.", ", Ph.D", ", MBA".
DEGREES = re.compile(
    r"(?:,\s*(?:(?:[A-Z][A-Za-z]{0,3}\.){1,3}(?:[A-Z][A-Za-z]{0,3}\b\.?)?|Ph\.?\s?D\.?|MBA|MPA|MSc|LL\.M\.?))+"
    r"(?=[\s,.;:)”\"]|$)"
)


@dataclass(frozen=True)
class Unit:
    """One capitalised word, honorific/initial ``H.``, or parenthesised acronym ``(KBRI)``."""

    text: str  # the word; for a paren unit the content without brackets
    start: int
    end: int
    kind: UnitKind
    sep: str  # what joins it to the previous unit of its run ("" for the first)

    @property
    def connector(self) -> str:
        return self.sep.strip()


@dataclass(frozen=True)
class Run:
    units: tuple[Unit, ...]

    @property
    def start(self) -> int:
        return self.units[0].start

    @property
    def end(self) -> int:
        return self.units[-1].end

    def text(self, paragraph: str, first: int = 0, last: int | None = None) -> str:
        """The paragraph's own wording of units ``first``..``last`` (inclusive)."""
        last = len(self.units) - 1 if last is None else last
        return paragraph[self.units[first].start : self.units[last].end]

    def split(self, indexes: list[int]) -> list[Run]:
        """The run cut before each unit index in ``indexes``."""
        pieces: list[Run] = []
        begin = 0
        for index in [*sorted(indexes), len(self.units)]:
            if index > begin:
                units = self.units[begin:index]
                first = units[0]
                units = (Unit(first.text, first.start, first.end, first.kind, ""), *units[1:])
                pieces.append(Run(units))
            begin = index
        return pieces


def _unit_at(text: str, pos: int, sep: str) -> Unit | None:
    match = _UNIT.match(text, pos)
    if not match:
        return None
    if match.group("degree") is not None:
        return Unit(match.group("degree").replace(".", ""), match.start(), match.end(), "word", sep)
    if match.group("paren") is not None:
        return Unit(match.group("paren"), match.start(), match.end(), "paren", sep)
    if match.group("init") is not None:
        return Unit(match.group("init"), match.start(), match.end(), "init", sep)
    if match.group("bare") is not None:
        return Unit(match.group("bare"), match.start(), match.end(), "init", sep)
    word = match.group("word").rstrip("-'’")
    if _SITE_SUFFIX.match(text, match.start() + len(word)):
        return None  # "Infoaceh.net", "KOMPAS.com": a site's name, never part of a person's
    end = match.start() + len(word)
    if (word in RANKS or word in _STOPPED_SUFFIXES) and _STOPPED_RANK.match(text, end):
        end += 1  # "Iptu. Yogi", "AKBP. Endro": a rank abbreviated with its full stop leads into the name
    return Unit(word, match.start(), end, "word", sep)


# The number of a military or police unit written after its commander's title and before the
# place: "Dandim 0705 Magelang", "Danyon 512/QY Malang" keep the title, the number and the place
# in one run with the name that follows.
_UNIT_NUMBER = re.compile(rf"\d{{2,4}}(?:/\d{{1,3}})?(?=\s+[{_UPPER}])")
_NUMBERED_OFFICES = REGIONAL_TITLES | TITLE_WORDS


def _unit_number(text: str, last: Unit, join: re.Match[str]) -> Unit | None:
    """The unit number after an office title, as a unit of the title's run, or None."""
    if last.kind != "word" or last.text not in _NUMBERED_OFFICES or join.group(0).strip():
        return None
    match = _UNIT_NUMBER.match(text, join.end())
    return Unit(match.group(0), match.start(), match.end(), "word", join.group(0)) if match else None


# Where a unit may start: after a character that is not a letter or digit (``[^\W_]`` is exactly
# ``str.isalnum``), a capital, ``(`` or a lower-case title; a character outside ASCII is a candidate
# that ``find_runs`` keeps only when ``str.isupper`` holds. One search skips what a loop over every
# character would test one at a time (issue 17).
_START = re.compile(rf"(?<![^\W_])(?:[A-Z(]|{_LOWER_HONORIFIC.pattern}|(?P<other>[^\x00-\x7f]))")


# The longest run in the corpora has 14 units (a title, an office, a body and a name); the passes
# over a run compare its units with one another, so a run is cut after this many (issue 15).
MAX_RUN_UNITS = 40


def find_runs(paragraph: str) -> list[Run]:
    """Maximal runs of capitalised units joined by spaces, ``/`` or a connector (``of``, ``dan``),
    cut into pieces of at most ``MAX_RUN_UNITS`` units."""
    return list(_runs_of(paragraph))


# People, organisations and the venue each read the runs of the same paragraphs: they are found
# once a paragraph (runs are immutable; each caller gets a list of its own).
RUNS_CACHE_SIZE = 256


@lru_cache(maxsize=RUNS_CACHE_SIZE)
def _runs_of(paragraph: str) -> tuple[Run, ...]:
    runs: list[Run] = []
    pos = 0
    while (start := _START.search(paragraph, pos)) is not None:
        pos = start.start()
        if start.group("other") is not None and not start.group("other").isupper():
            pos += 1  # a character outside ASCII that is not a capital letter
            continue
        unit = _unit_at(paragraph, pos, "")
        if unit is None:
            pos += 1
            continue
        units = [unit]
        while len(units) < MAX_RUN_UNITS:
            join = _CONNECTOR.match(paragraph, units[-1].end)
            if not join or not join.group(0):
                break
            nxt = _unit_at(paragraph, join.end(), join.group(0))
            if nxt is None:
                nxt = _unit_number(paragraph, units[-1], join)
            if nxt is None:
                break
            # A connector word must be followed by a capitalised word, not an acronym in brackets.
            if join.group(0).strip() not in ("", "/") and nxt.kind != "word":
                break
            units.append(nxt)
        runs.append(Run(tuple(units)))
        pos = units[-1].end
    return tuple(runs)
