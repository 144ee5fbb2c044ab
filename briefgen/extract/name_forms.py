"""Name and title forms the role vocabulary reads: ministers' short titles missing from
``titles.TITLES``, descent titles that open a name, Roman numerals that number an office, the
words for an acting holder before a title, and the given name that spells an English verb."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefgen.extract.lexicon import ACTING_PREFIXES, words
from briefgen.extract.runs import Unit

# The short titles of cabinet ministers (every cabinet since 2004) that ``titles.TITLES`` does not
# list: a minister's short title before a name is a title like "Menlu" ("Mensesneg Budi …").
MINISTER_SHORT_TITLES: tuple[str, ...] = tuple(
    words(
        """
    Mensesneg Menseskab Seskab Menristek Menristekdikti Menhut MenLHK Menlhk MenLH Menneg Menpera
    MenkopUKM Menkopukm MenPPPA Menpppa Mendes MenPUPR Menpupr MenPU MenKP Menakertrans MenBUMN
    MenATR Menpan MenHAM Menhum Menbud Menhaj MenPKP Mentrans Menimipas Mendukbangga
    Menkopmk MenkoPMK Menkomaritim Menkoperekonomian Menkoekon Menkopolkam
    """
    )
)

# Roman numerals numbering an office or a body ("Asisten III", "Wakil Ketua II", "Komisi IX").
ROMAN_NUMERAL = re.compile(r"(?=[IVXL])X{0,3}L?(?:IX|IV|V?I{0,3})|XL(?:IX|IV|V?I{0,3})")

# Hereditary and descent titles that open a name and are written as part of it: Arab-Indonesian
# "Habib"/"Sayyid"/"Syarif(ah)", Malay "Tengku", Bantenese "Tubagus"/"Nyimas", Balinese "Cokorda"
# and "Anak Agung" (``Wakil Bupati Habib Said Abdul Karim``). The word after one is a name's,
# whatever else it spells ("Said", "Agung").
DESCENT_TITLES = frozenset({"Habib", "Sayyid", "Sayid", "Syarif", "Syarifah", "Tengku", "Tubagus", "Nyimas"})
DESCENT_TITLES |= {"Cokorda"}


def opens_by_descent(units: Sequence[Unit], k: int) -> bool:
    """Whether ``units[k]`` is a descent title (``Anak`` only before ``Agung``) with a word after it."""
    if k + 1 >= len(units) or units[k + 1].kind != "word" or not units[k + 1].text[:1].isupper():
        return False
    return units[k].text in DESCENT_TITLES or (units[k].text == "Anak" and units[k + 1].text == "Agung")


def prefixed_name_word(units: Sequence[Unit], k: int) -> bool:
    """A descent title opening a name, or the capitalised word right after one."""
    if units[k].kind != "word":
        return False
    return opens_by_descent(units, k) or (k > 0 and opens_by_descent(units, k - 1))


def acting_start(units: Sequence[Unit], t: int) -> int:
    """Where the words for an acting holder (``ACTING_PREFIXES``) written right before the title at
    ``units[t]`` begin, or ``t`` when there are none; a short form in brackets after them belongs to
    them (``Penjabat (Pj) Gubernur``)."""
    k = t
    if k >= 2 and units[k - 1].kind == "paren":
        k -= 1
    for prefix in ACTING_PREFIXES:
        n = len(prefix)
        before = units[k - n : k] if k >= n else ()
        if before and tuple(u.text.rstrip(".") if u.kind == "word" else "" for u in before) == prefix:
            return k - n
    return t


# Given names that spell an English verb the lexicon lists as never a name word (a headline's
# "… Said …"): the Arabic-Indonesian "Said" is the one such name.
VERB_SPELT_NAMES = frozenset({"Said"})


def verb_spelt_name(units: Sequence[Unit], k: int, name_like: Callable[[Unit], bool]) -> bool:
    """A given name that spells an English verb (``Said``) right before another word of a name
    (``Said Abdullah``, ``Amin Said Husni``): a headline's verb is followed by its object or
    another verb, not by a name word (``… Said Opens …``)."""
    return (
        units[k].kind == "word"
        and units[k].text in VERB_SPELT_NAMES
        and k + 1 < len(units)
        and units[k + 1].connector == ""
        and name_like(units[k + 1])
    )
