"""Tells Indonesian from English text by the share of each language's commonest function words."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import words
from briefgen.model import Lang

__all__ = ["detect_language"]

# Short closed-class words that carry no topic: each language writes them in nearly every
# sentence and the other almost never does (loanwords and names are content words, not these).
_ID_WORDS = words(
    """
    yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga bahwa adalah oleh
    kata ujar telah sudah atau karena saat kami kita mereka ia dia tersebut bisa lebih para
    """
)
_EN_WORDS = words(
    """
    the and of to in is that for on with said was as by at from will has have are be this
    which it its were their been would an also who not but
    """
)
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> Lang:
    """``"en"`` when English function words outnumber Indonesian ones, else ``"id"``.

    Indonesian is the default: it is what briefgen is made for, and a text too short to tell
    (a headline, a caption) is far more likely to be Indonesian here.
    """
    indonesian = english = 0
    for word in map(str.lower, _WORD.findall(text)):
        if word in _ID_WORDS:
            indonesian += 1
        elif word in _EN_WORDS:
            english += 1
    return "en" if english > indonesian else "id"
