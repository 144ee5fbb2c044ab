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


# One alternative of a word-start alternation that a word's beginning decides: a plain lower-case
# word, with an optional prefix group before it ("(?:ber)?") and a suffix that may match nothing
# after it ("\w*", "s?", "(?:kan)?").
_PLAIN_START = re.compile(r"(?:\(\?:([a-z]+)\)\?)?([a-z]+)(?:\\w\*|[a-z]\?|\(\?:[a-z]+\)\?)?")
_WORDS = re.compile(r"\w+")


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a pattern's source (``A|B(?:c|d)|[|]``: three)."""
    parts, depth, start, at = [], 0, 0, 0
    while at < len(body):
        ch = body[at]
        if ch == "\\":
            at += 1
        elif ch == "[":
            at = body.index("]", at + 2 if body.startswith("[^", at) else at + 1)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[start:at])
            start = at + 1
        at += 1
    return [*parts, body[start:]]


class WordStarts:
    """``pattern.search(text) is not None`` for ``pattern`` of the form ``\\b(?:A|B|…)`` under
    ``re.IGNORECASE`` (nothing after the group), answered by the beginnings of the text's
    lower-cased words instead of trying every alternative at every word start (issue 17).

    Built from the pattern itself, so its list of words stays where it is: an alternative
    ``_PLAIN_START`` reads matches exactly where a word (a run of ``\\w``, as ``\\b`` reads them)
    starts with one of its prefixes; the other alternatives stay in a smaller pattern of the same
    form, asked when no word does. A text with a letter that folds to ASCII under IGNORECASE
    (İ ı ſ and the Kelvin sign) is left to the pattern itself."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        if not (
            source.startswith(r"\b(?:")
            and source.endswith(")")
            and pattern.flags == re.IGNORECASE | re.UNICODE
            and len(_alternatives(source[2:])) == 1  # the group closes at the end
        ):
            raise ValueError(f"not a word-start alternation under IGNORECASE: {source[:60]}")
        self.pattern = pattern
        prefixes: set[str] = set()
        rest: list[str] = []
        for alternative in _alternatives(source[5:-1]):
            plain = _PLAIN_START.fullmatch(alternative)
            if plain is None:
                rest.append(alternative)
                continue
            prefixes.add(plain.group(2))
            if plain.group(1):
                prefixes.add(plain.group(1) + plain.group(2))
        self._head = min(map(len, prefixes), default=1)
        by_head: dict[str, list[str]] = {}
        for prefix in sorted(prefixes):
            by_head.setdefault(prefix[: self._head], []).append(prefix)
        self._by_head = {head: tuple(group) for head, group in by_head.items()}
        self._rest = re.compile(r"\b(?:" + "|".join(rest) + ")", pattern.flags) if rest else None

    def search(self, text: str, low: str) -> bool:
        """Whether ``pattern`` matches somewhere in ``text`` (``low`` is ``text.lower()``)."""
        if _FOLDS_TO_ASCII.search(text) is not None:
            return self.pattern.search(text) is not None
        by_head, head = self._by_head, self._head
        for word in _WORDS.findall(low):
            starts = by_head.get(word[:head])
            if starts is not None and word.startswith(starts):
                return True
        return self._rest is not None and self._rest.search(text) is not None
