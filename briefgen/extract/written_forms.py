"""Forms of names and offices that an article's own text explains: an office glued to its
region's short form (``Gubri``), a region the gazetteer lacks but the text writes as one (``Kota
Metro``), the openers of Balinese names (``Anak Agung``) and a headline's verb read as the last
word of a name (``Sugiono Bertemu``). Data and lookups for the canonical-
name pass (:mod:`briefgen.extract.coref`)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract.lexicon import REGIONAL_TITLES, ROLE_ACRONYMS
from briefgen.extract.patterns import bounded, compiled
from briefgen.extract.roles import TITLE_WORD_SET

__all__ = ["BALINESE_OPENERS", "glued_offices", "headline_verb", "written_regions"]

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
    + "|".join(sorted(sorted(_GLUED_STEMS), key=len, reverse=True))
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
    r"(?<![\w-])(?<![Ww]ali\s)(?:Kota|Kabupaten|Kab\.|Provinsi|Pemkot|Pemkab|Pemprov)\s+(?P<place>[A-Z][a-z]{2,})"
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


_HEADLINE_WORDS = 4
_HEADLINE_MAX_WORDS = 16
_HEADLINE_CAPITALS = 0.7
_HEADLINE_LINES = 3  # a page may print its headline twice, with a date line between
_HEADLINE_SHORT = 4  # a headline may leave its short words in lower case (di, ke, dan, yang) …
# … and these longer ones.
_HEADLINE_LOWER = frozenset(
    {"dengan", "untuk", "kepada", "dalam", "terhadap", "antara", "sebagai", "tentang"},
)


def _is_title_case(line: str) -> bool:
    """A headline: a short line, most words capitalised, no lower-case word but the little words a
    headline leaves so (a hard-wrapped lead line goes on in lower case: ``… menyambut kedatangan``),
    no full stop at its end."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    capitals = sum(w[:1].isupper() for w in words)
    return (
        _HEADLINE_WORDS <= len(words) <= _HEADLINE_MAX_WORDS
        and capitals >= _HEADLINE_CAPITALS * len(words)
        and not any(w[:1].islower() and len(w) > _HEADLINE_SHORT and w not in _HEADLINE_LOWER for w in words)
        and not line.rstrip().endswith(".")
    )


def headline_verb(name: str, text: str) -> bool:
    """Whether the last word of ``name`` is a headline's verb (``Sugiono Bertemu`` from ``Menlu
    Sugiono Bertemu Menlu AS …``): a headline capitalises every word, so a name of two words or more
    that ``text`` writes in full only in its first lines, in title case, while the story writes the
    shorter form alone (``Sugiono menegaskan``, not opening another name), ends before that word."""
    words = name.split()
    if len(words) < 2:  # noqa: PLR2004
        return False  # one word: nothing to drop
    lines = text.split("\n")
    full = [n for n, line in enumerate(lines) if next(iter(bounded(line, name, after="-")), None) is not None]
    if not full or any(n >= _HEADLINE_LINES or not _is_title_case(lines[n]) for n in full):
        return False
    alone = compiled(rf"(?<![\w-]){re.escape(' '.join(words[:-1]))}(?![\w-])(?!\s+[A-Z])")
    return any(alone.search(line) for line in lines[max(full) + 1 :])
