"""Finds organisations and role acronyms defined in the text (``Kedutaan Besar … (KBRI)``) or known."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.lexicon import (
    LOCATION_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PLACES,
    ROLE_ACRONYMS,
    TITLE_WORDS,
    TITLES,
    known_acronyms,
)
from briefgen.extract.name_forms import acting_start
from briefgen.extract.patterns import first_bounded
from briefgen.extract.runs import Run, Unit, find_runs
from briefgen.model import Organization

_TITLE_STARTS = frozenset(t.split()[0] for t in TITLES)
# Bracketed words that are not acronyms of what precedes them.
_NOT_ACRONYMS = frozenset({"Persero", "Tbk", "Ltd", "Inc"})


@dataclass(frozen=True)
class Definition:
    """``long (acronym)`` as written; ``kind`` says whether it names an organisation or a role."""

    long: str
    acronym: str
    kind: str  # "org" | "role"
    paragraph: int
    start: int  # offset of the long form in its paragraph


def _initial(text: str) -> str:
    return text[:1].lower()


def _classify(units: Sequence[Unit], acronym: str) -> tuple[int, str]:
    """(index of the first unit of the defined name, "org" | "role")."""
    first = 0
    while first < len(units) - 1 and units[first].text in LOCATION_WORDS:
        first += 1
    # "Maluku Governor Yohanes Kareth (…)": a region written before a title (English word order)
    # belongs to the role, which keeps the holder's name words names.
    placed = first
    while placed < len(units) - 1 and units[placed].text in PLACES:
        placed += 1
    if placed > first and units[placed].text in TITLE_WORDS:
        first = placed
    head = acronym.split()[0]
    # "Penjabat Gubernur Sulawesi Selatan (Sulsel)": an acting holder's words, then the title.
    near = range(first, min(first + 3, len(units)))
    titled = next((k for k in near if units[k].text in _TITLE_STARTS), None)
    is_role = (
        # A title opens the phrase: "Daerah Aliran Sungai (DAS)" has a title's word ("Sekretaris
        # Daerah") but is a river basin.
        units[first].text in _TITLE_STARTS
        or (titled is not None and acting_start(units, titled) == first < titled)
        or head in ROLE_ACRONYMS
        or any(head.startswith(p) for p in ("Wamen", "Dirjen", "Dirut", "Sekjen", "Kadis", "Kapol"))
    )
    if not is_role:
        return first, "org"
    # "Kepala Badan Pusat Statistik (BPS)": the organisation inside a role phrase.
    for k in range(first + 1, len(units)):
        matches = units[k].text in ORG_HEADS and _initial(units[k].text) == _initial(acronym)
        if matches and head not in ROLE_ACRONYMS:
            return k, "org"
    return first, "role"


def find_definitions(paragraphs: Sequence[str]) -> list[Definition]:
    """Every ``Long Name (ACRONYM)`` in reading order."""
    found: list[Definition] = []
    for number, paragraph in enumerate(paragraphs):
        for run in find_runs(paragraph):
            found.extend(_definitions_in_run(run, paragraph, number))
    return found


def _definitions_in_run(run: Run, paragraph: str, number: int) -> list[Definition]:
    found: list[Definition] = []
    begin = 0
    for index, unit in enumerate(run.units):
        if unit.kind != "paren":
            continue
        units = [u for u in run.units[begin:index] if u.kind == "word"]
        begin = index + 1
        acronym = unit.text
        if not units or acronym in _NOT_ACRONYMS or any(c.isdigit() for c in acronym):
            continue
        # "Ketua BPX Hartono dan Deputi Bidang … (Deputi XYZ)": a role acronym written with its
        # title word defines only the words from the last use of that title word.
        head = acronym.split()[0]
        if " " in acronym and any(u.text == head for u in units):
            units = units[max(k for k, u in enumerate(units) if u.text == head) :]
        # "Menteri Koperasi (Menkop) Budi Arie dan Menteri Komunikasi dan Digital (Menkomdigi)": a
        # title after "dan" opens the next holder's phrase; the name before it is the last one's.
        opens = [
            k
            for k, u in enumerate(units)
            if k and u.connector in ("dan", "serta") and u.text in _TITLE_STARTS
        ]
        if opens:
            units = units[opens[-1] :]
        first, kind = _classify(units, acronym)
        long = paragraph[units[first].start : units[-1].end]
        if len(long) <= len(acronym) or long == acronym:
            continue
        words = [u.text for u in units[first:]]
        if (
            kind == "org"
            and not set(words) & (ORG_HEADS | ORG_WORDS)
            and _holder_after_title(paragraph, units[first].start, len(words))
        ):
            kind = "role"  # its words stay a name's, as in "Gubernur Sukamaju Budi Santoso (BS)"
        elif kind == "org" and not set(words) & (ORG_HEADS | ORG_WORDS) and _PAIR.search(long):
            kind = "role"  # a pair's short form: "Budi Santoso-Rina Dewi Lestari (BURI)" names two people
        found.append(Definition(long, acronym, kind, number, units[first].start))
    return found


# Two names of two words or more joined by a hyphen: a pair of people (a ticket, two office holders).
_PAIR = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z'’]+-[A-Z][a-z]+\s+[A-Z][a-z]+")
# "Bupati Sukamaju, Budi Santoso (BS).": a title run, a comma, then the holder's name and its short form.
_TITLE_THEN_COMMA = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _TITLE_STARTS))) + r")\b[^,.;:()“”\"]{0,60},\s*$"
)


def _holder_after_title(paragraph: str, start: int, words: int) -> bool:
    """Whether a defined phrase of two to four words is the name of a holder set off by a comma
    after the title (``Bupati Sukamaju, Budi Santoso (BS)``), not a body's long name."""
    return 2 <= words <= 4 and _TITLE_THEN_COMMA.search(paragraph[max(0, start - 80) : start]) is not None


def organizations(
    paragraphs: Sequence[str], definitions: Sequence[Definition], extra: Sequence[str] = ()
) -> list[Organization]:
    """Organisations defined in the text, then known acronyms used without definition, then ``extra``."""
    result: list[Organization] = []
    seen: set[str] = set()
    for d in definitions:
        if d.kind == "org" and d.acronym not in seen:
            seen.add(d.acronym)
            result.append(Organization(d.long, d.acronym))
    text = "\n".join(paragraphs)
    role_words = {w for d in definitions if d.kind == "role" for w in d.acronym.split()}
    hits: list[tuple[int, str, str]] = []
    for acronym, name in known_acronyms().items():
        if acronym in seen or acronym in role_words or acronym not in text:
            continue  # (not in the text verbatim: the pattern cannot match; most acronyms are absent)
        at = first_bounded(text, acronym, "-", "-")  # where (?<![\w-])ACRONYM(?![\w-]) matches
        if at is not None:
            hits.append((at, acronym, name))
    for _, acronym, name in sorted(hits):
        seen.add(acronym)
        result.append(Organization(name, acronym))
    for name in extra:
        head = name.split()[0]
        if name in seen or head in seen or any(o.name == name for o in result):
            continue
        seen.add(name)
        result.append(Organization(name))
    return result


def compact(text: str, definitions: Sequence[Definition]) -> str:
    """``Kedutaan Besar Republik Indonesia (KBRI) Lima`` → ``KBRI Lima``; role acronyms dropped."""
    for d in definitions:
        written = f"{d.long} ({d.acronym})"
        if d.kind == "org":
            text = text.replace(written, d.acronym)
        text = text.replace(f" ({d.acronym})", "")
    return " ".join(text.split())
