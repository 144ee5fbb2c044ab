"""Mentions of a person the article names by one word (``kata Darto``) where a title or rank
stands before that word (``Irjen Darto``, ``Bupati Darto``): the reading of runs cannot tell such
a pair from an office and its place (``Bupati Bogor``) until the one-word name is known."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefgen.extract.index import Mention, PeopleIndex
from briefgen.extract.lexicon import OFFICE_TITLES, TITLES, is_known_place
from briefgen.extract.roles import TITLE_WORD_SET
from briefgen.extract.titles import RANK_SUFFIXES, RANKS

__all__ = ["note_titled_short_names"]

_OFFICE_WORDS = frozenset(OFFICE_TITLES) | frozenset(t.split()[0] for t in TITLES)


# A title or rank word right before a one-word name: "Irjen Darto", "Bupati Darto", "AKBP Pol Darto".
_TITLE_BEFORE_WORDS = TITLE_WORD_SET | RANKS | _OFFICE_WORDS
_ONE_WORD_AFTER_TITLE = re.compile(
    r"\b([A-Z][\w-]*)\.?\s+(?:(?:Pol|Polisi|TNI)\.?\s+)?([A-Z][a-z][\w'’-]*)\b(?!\s*[A-Z(])"
)


@lru_cache(maxsize=256)
def _place_before(word: str) -> re.Pattern[str]:
    """``Kabupaten Darto``, ``Pemkot Darto``, ``di Darto``: the word names a place in this article."""
    return re.compile(
        r"\b(?:Kabupaten|Kab|Kota|Pemkab|Pemkot|Pemprov|Provinsi|Kecamatan|Desa|Kelurahan|Polres|Polresta"
        rf"|Polda|Kodim|Korem|DPRD|Kejari|di|ke|dari|of|in)\.?\s+{re.escape(word)}\b"
    )


def note_titled_short_names(people: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """``Seusai rapat, Irjen Darto menyampaikan …`` before ``kata Darto``: a title or rank and one
    word the reading could not yet tell from a place (``Bupati Bogor``) is a mention of the person
    the article names by that one word alone, so a later ``kata dia`` finds the sentence's subject."""
    whole = "\n".join(paragraphs)
    short = {
        p.core[0]: i
        for i, p in enumerate(people.people)
        if len(p.core) == 1 and not is_known_place(p.core[0]) and not _place_before(p.core[0]).search(whole)
    }
    if not short:
        return
    for number, text in enumerate(paragraphs):
        for found in _ONE_WORD_AFTER_TITLE.finditer(text):
            title, word = found.group(1), found.group(2)
            person = short.get(word)
            if person is None or title not in _TITLE_BEFORE_WORDS or title in RANK_SUFFIXES:
                continue
            if people.mention_in(number, found.start(), found.end()) is None:
                people.mentions.append(Mention(number, found.start(1), found.end(2), person, found.group(0)))
