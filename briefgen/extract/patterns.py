"""Patterns built around a name read in an article, compiled once for all the articles (issue 17)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

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


def after_word(text: str, word: str, tail: re.Pattern[str], before: str = "") -> Iterator[re.Match[str]]:
    """The matches of ``tail`` in those of ``(?<![\\w{before}])`` + ``word`` (escaped) + ``tail``'s
    pattern in ``text`` (``finditer``: in order, not overlapping), found with ``str.find`` and
    ``tail.match`` instead of a pattern compiled for each new word (issue 17). ``tail`` holds no
    lookbehind and every match of it takes at least one character."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _joins(text[at - 1], before):
            found = tail.match(text, at + len(word))
            if found is not None:
                yield found
                at = text.find(word, found.end())
                continue
        at = text.find(word, at + 1)


def first_bounded(text: str, name: str, before: str = "", after: str = "") -> int | None:
    """The first of ``bounded``, or None."""
    return next(bounded(text, name, before, after), None)


# Under re.IGNORECASE these letters, and no other non-ASCII character, match an ASCII letter
# (İ and ı match i, ſ matches s, the Kelvin sign matches k).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folds_to_ascii(text: str) -> bool:
    """Whether ``text`` has a letter that ``re.IGNORECASE`` matches to an ASCII one and
    ``str.lower`` does not lower to it alone (İ, ı, ſ, the Kelvin sign)."""
    return _FOLDS_TO_ASCII.search(text) is not None


def may_hold(text: str, low: str, literals: Iterable[str]) -> bool:
    """False only when no ``re.IGNORECASE`` pattern that needs one of ``literals`` (ASCII,
    lower-case) can match ``text``: none of them is in ``low`` (``text.lower()``) and ``text`` has
    no letter that folds to an ASCII one. A prefilter, exact for such patterns (issue 17)."""
    return any(map(low.__contains__, literals)) or _FOLDS_TO_ASCII.search(text) is not None


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


# Reading what a compiled pattern needs (issue 17): ``re``'s own parser, a private module of the
# standard library; should it ever change, ``needs`` answers None and no prefilter is used.
_MAX_FORMS = 64  # at most this many strings for one stretch of a pattern
# A set of more strings than this costs more to look for than the pattern's own search.
_MAX_TESTS = 8


def _parsed(pattern: re.Pattern[str]) -> tuple[Any, Any] | None:
    try:
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        return parser.parse(pattern.pattern, pattern.flags), constants
    except Exception:  # noqa: BLE001 - any failure only means no prefilter
        return None


_Forms = tuple[frozenset[str], bool]  # strings, and whether they are to be found in lower case


def _join(first: _Forms, second: _Forms) -> _Forms | None:
    """The strings of ``first`` followed by those of ``second``, or None when too many; a string
    partly case-folded is folded whole (then it must be ASCII: lower-casing keeps its length)."""
    (a, a_folded), (b, b_folded) = first, second
    if len(a) * len(b) > _MAX_FORMS:
        return None
    if a_folded != b_folded:
        plain = b if a_folded else a
        if not all(form.isascii() for form in plain):
            return None
        if a_folded:
            b = frozenset(form.lower() for form in b)
        else:
            a = frozenset(form.lower() for form in a)
    return frozenset(x + y for x in a for y in b), a_folded or b_folded


def _folds(folded: bool, av: Any) -> bool:
    """Whether a group ``(?i:…)``/``(?-i:…)`` inside a part read with ``folded`` is case-folded."""
    _, add, remove, _ = av
    return (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE


_NOTHING: _Forms = (frozenset({""}), False)


def _forms(item: tuple[Any, Any], folded: bool, c: Any) -> _Forms | None:
    """Every string one element of a parsed pattern can match, or None when they are not few."""
    op, av = item
    if op is c.LITERAL or op is c.IN:
        return _char_forms(op is c.LITERAL, av, folded, c)
    if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
        return _NOTHING  # takes no characters
    if op is c.SUBPATTERN:
        return _sequence_forms(av[3], _folds(folded, av), c)
    if op is c.BRANCH:
        return _branch_forms(av[1], folded, c)
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, high, sub = av
        forms = _sequence_forms(sub, folded, c)
        if forms is None or (low, high) not in ((0, 1), (1, 1)):
            return None
        return (forms[0] | {""}, forms[1]) if low == 0 else forms
    return None


def _char_forms(literal: bool, av: Any, folded: bool, c: Any) -> _Forms | None:
    """A literal character, or a class of literal characters (``[Kk]``)."""
    chars = [chr(av)] if literal else [chr(v) for o, v in av if o is c.LITERAL]
    if (not literal and len(chars) != len(av)) or (folded and not all(ch.isascii() for ch in chars)):
        return None
    return frozenset(ch.lower() for ch in chars) if folded else frozenset(chars), folded


def _branch_forms(branches: Any, folded: bool, c: Any) -> _Forms | None:
    """The alternatives of a branch, together; written and folded ones mixed are all folded."""
    read = [_sequence_forms(branch, folded, c) for branch in branches]
    flags = {forms[1] for forms in read if forms is not None}
    if len(flags) > 1:
        read = [_join(_NOTHING_FOLDED, forms) if forms is not None else None for forms in read]
    found: set[str] = set()
    for forms in read:
        if forms is None or len(found | forms[0]) > _MAX_FORMS:
            return None
        found |= forms[0]
    return frozenset(found), True in flags


_NOTHING_FOLDED: _Forms = (frozenset({""}), True)


def _sequence_forms(items: Any, folded: bool, c: Any) -> _Forms | None:
    found: _Forms | None = _NOTHING
    for item in items:
        forms = _forms(item, folded, c)
        if forms is None or found is None:
            return None
        found = _join(found, forms)
    return found


def _needed(items: Any, folded: bool, c: Any) -> list[frozenset[tuple[str, bool]]]:
    """Sets of strings (each with whether it is case-folded) of which every match of the sequence
    ``items`` holds at least one, set by set."""
    needed: list[frozenset[tuple[str, bool]]] = []
    stretch: _Forms = _NOTHING

    def close() -> None:
        if "" not in stretch[0]:
            needed.append(frozenset((form, stretch[1]) for form in stretch[0]))

    for item in items:
        forms = _forms(item, folded, c)
        joined = _join(stretch, forms) if forms is not None else None
        if joined is not None:
            stretch = joined
            continue
        close()
        stretch = _NOTHING if forms is None else forms
        if forms is not None:
            continue
        op, av = item
        if op is c.SUBPATTERN:
            needed += _needed(av[3], _folds(folded, av), c)
        elif (op is c.MAX_REPEAT or op is c.MIN_REPEAT) and av[0] >= 1:
            needed += _needed(av[2], folded, c)
        elif op is c.BRANCH:
            branches = [_needed(branch, folded, c) for branch in av[1]]
            if all(branches):  # one set of each branch: the best of each
                needed.append(frozenset().union(*(max(b, key=_strength) for b in branches)))
    close()
    return needed


def _strength(forms: frozenset[tuple[str, bool]]) -> tuple[int, int]:
    return min(len(form) for form, _ in forms), -len(forms)


_Needs = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
# What each pattern asked about needs, by identity: a compiled pattern's hash is computed from its
# whole compiled code on every call (~30 µs for the long alternations), so no dict or lru_cache
# keyed by the pattern itself. The pattern is kept with its entry, so its id is not reused.
_NEEDS: dict[int, tuple[re.Pattern[str], _Needs | None]] = {}


def needs(pattern: re.Pattern[str]) -> _Needs | None:
    """What every match of ``pattern`` holds: up to two sets of at most ``_MAX_TESTS`` strings,
    each set as (strings to find in the text as written, lower-case strings to find in its lower
    case), at least one string of every set in any match. None when nothing short is known. Read
    from the pattern itself."""
    entry = _NEEDS.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    if len(_NEEDS) >= PATTERN_CACHE_SIZE:
        _NEEDS.clear()
    found = _read_needs(pattern)
    _NEEDS[id(pattern)] = (pattern, found)
    return found


def _read_needs(pattern: re.Pattern[str]) -> _Needs | None:
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    tree, constants = parsed
    try:
        found = _needed(tree, bool(pattern.flags & re.IGNORECASE), constants)
    except Exception:  # noqa: BLE001 - a form of the parse this reader does not know
        return None
    short = sorted(
        (sorted(s) for s in set(found) if len(s) <= _MAX_TESTS), reverse=True
    )  # ties: same order each run
    best = sorted((frozenset(s) for s in short), key=_strength, reverse=True)[:2]
    return (
        tuple(
            (
                tuple(sorted(form for form, folded in forms if not folded)),
                tuple(sorted(form for form, folded in forms if folded)),
            )
            for forms in best
        )
        or None
    )


def can_match(pattern: re.Pattern[str], text: str, low: str | None = None) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``: a string it needs (``needs``)
    is missing. ``low`` is ``text.lower()`` when the caller has it."""
    required = needs(pattern)
    if required is None:
        return True
    for written, folded in required:
        if any(map(text.__contains__, written)):
            continue
        if folded:
            if low is None:
                low = text.lower()
            if any(map(low.__contains__, folded)) or _FOLDS_TO_ASCII.search(text) is not None:
                continue
        return False
    return True


_RUN = re.compile(r"[\w-]+")


def first_runs(words: Iterable[str]) -> frozenset[str] | None:
    """The first run of ``[\\w-]`` of each of ``words`` (``Gubernur`` of ``Gubernur BI``), for
    ``may_name``; None when one of them does not start with such a run."""
    runs: set[str] = set()
    for word in words:
        run = _RUN.match(word)
        if run is None:
            return None
        runs.add(run.group())
    return frozenset(runs)


def may_name(text: str, runs: frozenset[str] | None) -> bool:
    """False only when no pattern ``(?<![\\w-])(?:W1|W2|…)`` followed by ``(?![\\w-])``, ``\\s`` or
    any other test that the character after the word is not in ``[\\w-]`` (case-sensitive, the
    ``W`` escaped words, ``runs = first_runs(Ws)``) can match ``text``: such a match starts a whole
    run of ``[\\w-]`` of the text that is the first run of its word (issue 17)."""
    return runs is None or not runs.isdisjoint(_RUN.findall(text))


_LEADING_WORD = re.compile(r"\w*")


def _starts(items: Any, folded: bool, bounded: bool, c: Any) -> frozenset[str] | None:
    """Non-empty lower-case strings of word characters one of which every match of the sequence
    ``items`` starts with, at a word start (a ``\\b`` before its first character); else None."""
    stretch: _Forms = _NOTHING
    for number, item in enumerate(items):
        op, av = item
        if op is c.AT and stretch[0] == {""}:
            bounded = bounded or av is c.AT_BOUNDARY
            continue
        forms = _forms(item, folded, c)
        joined = _join(stretch, forms) if forms is not None else None
        if joined is not None:
            stretch = joined
            continue
        if "" not in stretch[0]:
            break  # what was read so far starts every match
        starts: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            starts = _starts(av[3], _folds(folded, av), bounded, c)
        elif op is c.BRANCH:
            branches = [_starts(branch, folded, bounded, c) for branch in av[1]]
            starts = None if None in branches else frozenset().union(*(b for b in branches if b))
        elif (op is c.MAX_REPEAT or op is c.MIN_REPEAT) and av[0] >= 1:
            starts = _starts(av[2], folded, bounded, c)
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:  # may be skipped: then what follows starts
            inside, after = (
                _starts(av[2], folded, bounded, c),
                _starts(items[number + 1 :], folded, bounded, c),
            )
            starts = None if inside is None or after is None else inside | after
        if starts is None:
            return None
        before = stretch[0] - {""}  # an optional beginning ("(?:ber)?") or none
        return (_word_starts(before, stretch[1], bounded) if before else frozenset()) | starts
    if "" in stretch[0]:
        return None
    return _word_starts(stretch[0], stretch[1], bounded)


def _word_starts(forms: frozenset[str], folded: bool, bounded: bool) -> frozenset[str]:
    """The leading word characters of each of ``forms`` (matched at a word start, case-folded)."""
    heads = frozenset(m.group() if (m := _LEADING_WORD.match(form)) else "" for form in forms)
    if not bounded or not folded or "" in heads or not all(form.isascii() for form in forms):
        raise _NotAnchored
    return heads


class _NotAnchored(Exception):
    pass


Words = tuple[tuple[int, str], ...]  # where each run of \w of a lower-cased text starts, and the run


@lru_cache(maxsize=1)
def words_of(low: str) -> Words:
    """The runs of ``\\w`` of ``low`` (a text's lower case), each with where it starts. The last
    text's are kept: a sentence's cue scan and its rules' scans ask for the same (issue 17)."""
    return tuple([(m.start(), m.group()) for m in _WORDS.finditer(low)])


class AtWordStarts:
    """``pattern.finditer(text)`` for a pattern under ``re.IGNORECASE`` whose every match starts
    at a word start (``\\b``) with one of a few words' beginnings (read from the pattern itself):
    ``pattern.match`` is asked only at the words of the text that begin so, instead of the scan of
    every position (issue 17). The same matches, in the same order: a match can start nowhere
    else, and one is looked for only after the end of the last. A text with a letter that folds
    to ASCII under IGNORECASE is left to the pattern itself."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        parsed = _parsed(pattern)
        starts = None
        if parsed is not None and pattern.flags & re.IGNORECASE:
            try:
                starts = _starts(parsed[0], True, False, parsed[1])
            except _NotAnchored:
                starts = None
        if not starts:
            raise ValueError(f"no word starts every match of: {pattern.pattern[:60]}")
        self.pattern = pattern
        self._head = min(map(len, starts))
        by_head: dict[str, list[str]] = {}
        for start in sorted(starts):
            by_head.setdefault(start[: self._head], []).append(start)
        self._by_head = {head: tuple(group) for head, group in by_head.items()}

    def finditer(self, text: str, words: Words) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text``; ``words`` is ``words_of(text.lower())``."""
        if _FOLDS_TO_ASCII.search(text) is not None:
            yield from self.pattern.finditer(text)
            return
        by_head, head, match = self._by_head, self._head, self.pattern.match
        end = 0
        for at, word in words:
            if at < end:
                continue
            starts = by_head.get(word[:head])
            if starts is not None and word.startswith(starts) and (found := match(text, at)) is not None:
                yield found
                end = found.end()


Scan = Callable[[str, Words], Iterator[re.Match[str]]]  # (text, words_of(its lower case)) -> matches


def scan(pattern: re.Pattern[str]) -> Scan:
    """``pattern.finditer`` as a ``Scan``: asked at word starts (``AtWordStarts``) when the pattern
    allows it, else the pattern's own."""
    try:
        return AtWordStarts(pattern).finditer
    except ValueError:
        return lambda text, words: pattern.finditer(text)
