"""Patterns built around a name read in an article, compiled once for all the articles (issue 17)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

# Names recur from article to article; beyond this many distinct patterns the oldest go.
PATTERN_CACHE_SIZE = 2048


@lru_cache(maxsize=PATTERN_CACHE_SIZE)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept in a bounded cache of its own: a pattern made from a
    person's or a body's name is not compiled again for each article that names them, and does
    not push the fixed patterns out of ``re``'s 512-entry cache."""
    return re.compile(pattern, flags)


def _joins(ch: str, extra: str) -> bool:
    """Whether ``ch`` is in ``[\\w{extra}]``: a letter or digit (``str.isalnum``, as ``re`` reads
    ``\\w``), ``_``, or a character of ``extra``."""
    return ch.isalnum() or ch == "_" or ch in extra


def bounded(text: str, name: str, before: str = "", after: str = "") -> Iterator[int]:
    """Where ``(?<![\\w{before}])name(?![\\w{after}])`` matches in ``text`` (non-overlapping, in
    order), found with ``str.find`` instead of a pattern compiled for each new name."""
    if not name:
        pattern = rf"(?<![\w{re.escape(before)}])(?![\w{re.escape(after)}])"
        yield from (m.start() for m in compiled(pattern).finditer(text))
        return
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _joins(text[at - 1], before)) and (
            end == len(text) or not _joins(text[end], after)
        ):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def first_bounded(text: str, name: str, before: str = "", after: str = "") -> int | None:
    """The first of ``bounded``, or None."""
    return next(bounded(text, name, before, after), None)


# Under re.IGNORECASE these letters, and no other non-ASCII character, match an ASCII letter
# (İ and ı match i, ſ matches s, the Kelvin sign matches k).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def may_hold(text: str, low: str, literals: Iterable[str]) -> bool:
    """False only when no ``re.IGNORECASE`` pattern that needs one of ``literals`` (ASCII,
    lower-case) can match ``text``: none of them is in ``low`` (``text.lower()``) and ``text`` has
    no letter that folds to an ASCII one. A prefilter, exact for such patterns (issue 17)."""
    return any(word in low for word in literals) or _FOLDS_TO_ASCII.search(text) is not None
