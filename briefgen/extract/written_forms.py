"""Forms of names and offices that an article's own text explains: an office glued to its
region's short form (``Gubri``), a region the gazetteer lacks but the text writes as one (``Kota
Metro``), and the openers of Balinese names (``Anak Agung``). Data and lookups for the canonical-
name pass (:mod:`briefgen.extract.coref`)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract.lexicon import REGIONAL_TITLES, ROLE_ACRONYMS
from briefgen.extract.patterns import compiled
from briefgen.extract.roles import TITLE_WORD_SET

__all__ = ["BALINESE_OPENERS", "glued_offices", "written_regions"]

_ROLE_WORDS = TITLE_WORD_SET | REGIONAL_TITLES | ROLE_ACRONYMS


# Offices of a region that the press glues to the region's short form ("Gubri" for the Gubernur
# Riau, "Wagubsu" for the Wakil Gubernur Sumatera Utara, "Kapoldasu"): the written stem and the
# full titles that the article may write before the region instead.
_GLUED_STEMS: dict[str, tuple[str, ...]] = {
    "Gub": ("Gubernur", "Gub"),
    "Wagub": ("Wakil Gubernur", "Wagub"),
    **{t: (t,) for t in REGIONAL_TITLES if " " not in t and t not in {"Gubernur", "Wagub"}},
}
_GLUED = re.compile(
    r"(?<![\w-])(?P<stem>"
    + "|".join(sorted(_GLUED_STEMS, key=len, reverse=True))
    + r")(?P<rest>[a-z]{1,6})\b"
)
_MAX_GLUED_SCAN = 200  # glued forms looked at in one article (each one searches the text once)


@lru_cache(maxsize=32)
def glued_offices(text: str) -> frozenset[str]:
    """The words of ``text`` that are an office glued to its region's short form: a stem
    (``Gub``) and lower-case letters that run in order through a region the text writes after
    the office in full (``Gubri`` where it writes ``Gubernur Riau``, ``Gubsu`` for ``Gubernur
    Sumut``). Without the region written out the word may be a name (``Gubrianto``)."""
    found: set[str] = set()
    for m in list(_GLUED.finditer(text))[:_MAX_GLUED_SCAN]:
        word, rest = m.group(0), m.group("rest")
        if word in found or word in _ROLE_WORDS:
            continue
        titles = "|".join(re.escape(t) for t in _GLUED_STEMS[m.group("stem")])
        for place in compiled(
            rf"(?<![\w-])(?:{titles})\s+(?:Provinsi\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})"
        ).findall(text):
            letters = iter(place.casefold().replace(" ", ""))
            if place[:1].casefold() == rest[0] and all(c in letters for c in rest):
                found.add(word)
                break
    return frozenset(found)


# "Kota Metro,", "Kabupaten Lebong.", "Pemkab Konawe dan": one word the text writes as the name of
# a region (followed by no other capitalised word), a place though the gazetteer lacks it.
_WRITTEN_REGION = re.compile(
    r"(?<![\w-])(?:Kota|Kabupaten|Kab\.|Provinsi|Pemkot|Pemkab|Pemprov)\s+(?P<place>[A-Z][a-z]{2,})"
    r"(?=\s*[,.;:)]|\s+(?-i:[a-z])|\s*$)"
)


@lru_cache(maxsize=32)
def written_regions(text: str) -> frozenset[str]:
    """The one-word regions ``text`` names after ``Kota``/``Kabupaten``/``Provinsi`` (see above)."""
    return frozenset(m.group("place") for m in _WRITTEN_REGION.finditer(text))


# Balinese names open with a caste title or a birth-order name that its first word completes
# ("Anak Agung", "Ida Bagus", "I Gusti", "I Made", "Ni Luh"): the opener before such a word is part
# of the name, though alone it reads as a common word ("anak") or an initial ("I").
_BALINESE_ORDER = frozenset({"Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Nengah"})
BALINESE_OPENERS: dict[str, frozenset[str]] = {
    "Anak": frozenset({"Agung"}),
    "Ida": frozenset({"Bagus", "Ayu"}),
    "I": _BALINESE_ORDER | {"Gusti", "Dewa"},
    "Ni": _BALINESE_ORDER | {"Luh", "Gusti", "Desak"},
}
