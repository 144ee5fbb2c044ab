"""Tests on one registered "person" or mention that ``names.py`` uses to drop or correct it: a
page's author box, a date or period, a region read into a regional office holder's name."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefgen.extract.index import Mention, PeopleIndex, Record
from briefgen.extract.lexicon import REGIONAL_TITLES

# A credit word on a line of its own, under or over the name it credits (a page's author box).
_CREDIT_WORD = re.compile(
    r"\s*(?:Redaktur|Reporter|Editor|Penulis|Pewarta|Wartawan|Fotografer|Kontributor|Penyunting|Writer"
    r"|Author|Penerjemah|Translator)\s*"
)


def credit_block(paragraphs: Sequence[str], m: Mention) -> bool:
    """``Budi Santoso`` on a line of its own with ``Penulis`` or ``Editor`` alone on the line next to it."""
    if paragraphs[m.paragraph].strip() != paragraphs[m.paragraph][m.start : m.end].strip():
        return False
    before = [p for p in paragraphs[: m.paragraph] if p.strip()][-1:]
    after = [p for p in paragraphs[m.paragraph + 1 :] if p.strip()][:1]
    return any(_CREDIT_WORD.fullmatch(p) for p in before + after)


# A year right after the words ("Juli 2022", "Masa Bakti 2021-2025"): a month or a period, no
# person's name; an era's name after a year ("1445 Hijriah").
_YEAR_AFTER = re.compile(r"\s*(?:1[3-9]|20)\d\d(?!\d)")
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[3-9]|20)\d\d\s+$")
_ERAS = frozenset({"Hijriah", "Hijriyah", "Masehi"})


def dated(paragraphs: Sequence[str], m: Mention) -> bool:
    """Whether a year is written right after the mention, or the mention is an era after a year."""
    text = paragraphs[m.paragraph]
    if m.text in _ERAS and _YEAR_BEFORE.search(text[: m.start]) is not None:
        return True
    return _YEAR_AFTER.match(text, m.end) is not None


# A plural or collective word before a title: "para Kepala Instansi Vertikal", "seluruh Camat":
# the holders of an office as a group, no one person named after it.
_PLURAL_BEFORE = re.compile(r"\b(?:para|seluruh|segenap|semua)\s+$", re.IGNORECASE)
_JOINED = re.compile(r",|\b(?:dan|serta|and)\b")


def plural_office(paragraphs: Sequence[str], m: Mention) -> bool:
    """Whether the mention opens after ``para``/``seluruh``/``segenap``/``semua`` (``seluruh Camat dan
    Bupati Sleman Budi``: a second office joined to the group's names its holder, who stays)."""
    if _JOINED.search(m.text):
        return False
    return _PLURAL_BEFORE.search(paragraphs[m.paragraph], max(0, m.start - 12), m.start) is not None


_REGION_HEADS = r"Kota|Kabupaten|Kab\.|Provinsi|Pemkot|Pemkab|Pemprov|Kecamatan|Desa|Kelurahan"


def region_opening(record: Record, text: str) -> str | None:
    """The first word of a regional office holder's name of two words or more when ``text`` writes
    it after ``Kota``, ``Kabupaten``, ``Pemkot`` … elsewhere (``Walikota Sukamaju Budi`` and ``Kota
    Sukamaju``): the office's region, not the name's. None otherwise."""
    words = record.name.split()
    if not record.role or len(words) < 2 or len(record.core) < 2 or words[0] != record.core[0]:
        return None
    if not any(record.role == t or record.role.endswith(" " + t) for t in REGIONAL_TITLES):
        return None
    if not re.search(rf"(?<![Ww]ali\s)\b(?:{_REGION_HEADS})\s+{re.escape(words[0])}\b", text):
        return None
    return words[0]


def move_regions(index: PeopleIndex, paragraphs: Sequence[str], merge: Callable[[int, int], int]) -> None:
    """``Walikota Sukamaju Budi`` read as the name ``Sukamaju Budi``: the region (``region_opening``)
    moves to the role, and the rest joins anyone already named so (``merge(keep, drop)``)."""
    text = "\n".join(paragraphs)
    for i in range(len(index.people) - 1, -1, -1):
        record = index.people[i]
        region = region_opening(record, text)
        if region is None:
            continue
        record.role = f"{record.role} {region}"
        record.add_alias(record.name)
        record.name, record.core = record.name.split(" ", 1)[1], record.core[1:]
        same = next((k for k, p in enumerate(index.people) if k != i and p.core == record.core), None)
        if same is not None:
            merge(same, i)
