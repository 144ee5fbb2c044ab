"""Two people whose names a hyphen joins (``Budi Santoso-Rina Dewi Lestari``: a ticket, a pair of
office holders): the run is cut in two, and each name no other rule reads is registered."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.index import Mention, PeopleIndex
from briefgen.extract.roles import Vocabulary
from briefgen.extract.runs import Run, Unit


def split_pair(run: Run, paragraph: str, vocab: Vocabulary) -> list[Run]:
    """``Darto Wibowo-Rina Lestari``, ``pasangan Budi Santoso-Rina Dewi Lestari``: two full names joined
    by a hyphen (a ticket, a pair of office holders) are two runs; the word that introduces the pair
    (``Pasangan``) or opens the sentence and is written in lower case elsewhere is a run of its own. A
    hyphen inside one name (``Wijaya-Hoffmann``, ``Ana Kovac-Horvat``) has one word after it, not a
    name of two."""
    units = list(run.units)
    for k, unit in enumerate(units):
        parts = unit.text.split("-")
        if unit.kind != "word" or len(parts) != 2:
            continue
        if not all(p[:1].isupper() and p[1:].islower() for p in parts):
            continue
        left, right = parts
        first = Unit(left, unit.start, unit.start + len(left), "word", unit.sep)
        second = Unit(right, unit.end - len(right), unit.end, "word", "")
        before = [*units[:k], first]
        after = [second, *units[k + 1 :]]
        named_before = _name_words_back(before, vocab)
        named_after = _name_words_on(after, vocab)
        if named_before >= 2 and named_after >= 2 and named_after == len(after):
            name = len(before) - named_before
            opener = before[name].text.lower()
            if named_before > 2 and (
                opener in _PAIR_NOUNS
                or (opener in vocab.lower_words and _opens_sentence(paragraph, before[name].start))
            ):
                name += 1  # "Pasangan Budi Santoso-Rina Dewi": the sentence's own first word
            return [piece for piece in Run(tuple(before)).split([name]) if piece.units] + [Run(tuple(after))]
    return [run]


# Nouns that introduce a pair of people ("Pasangan Budi Santoso-Rina Dewi"), no name's words.
_PAIR_NOUNS = frozenset({"pasangan", "paslon", "duet", "duo", "ticket", "pair"})
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")


def lower_words(paragraphs: Sequence[str]) -> frozenset[str]:
    """The words of four letters or more the article writes in lower case."""
    return frozenset(w for p in paragraphs for w in _LOWER_WORD.findall(p))


def one_of_pair(
    index: PeopleIndex, paragraph: str, number: int, runs: Sequence[Run], i: int, vocab: Vocabulary
) -> bool:
    """A name of a hyphenated pair that ``split_pair`` cut (``Budi Santoso-Rina Dewi``) and no rule
    read: two full names joined so are two people (registered; True)."""
    run = runs[i]
    units = [u for u in run.units if u.kind == "word"]
    if i + 1 < len(runs) and paragraph[run.end : runs[i + 1].start] == "-":
        named = _name_words_back(units, vocab)  # the left name, after any capitalised words before it
    elif i > 0 and paragraph[runs[i - 1].end : run.start] == "-":
        named = len(units) if _name_words_on(units, vocab) == len(units) else 0
    else:
        return False
    if named < 2:
        return False
    name_units = units[len(units) - named :]
    start, end = name_units[0].start, name_units[-1].end
    index.add(paragraph[start:end], number, (start, end))
    return True


def _opens_sentence(paragraph: str, pos: int) -> bool:
    """Whether ``pos`` opens the paragraph, a sentence of it, or the text after a dateline's dash."""
    before = paragraph[:pos].rstrip()
    return not before or before[-1] in '.!?:”"' or re.search(r"\s[-–—]$", before) is not None


def _name_words_back(units: Sequence[Unit], vocab: Vocabulary) -> int:
    """How many name-like words end ``units``."""
    n = 0
    while n < len(units) and units[-1 - n].kind == "word" and vocab.name_like(units[-1 - n]):
        n += 1
    return n


def _name_words_on(units: Sequence[Unit], vocab: Vocabulary) -> int:
    """How many name-like units open ``units`` (a bracketed short form after them counts)."""
    n = 0
    while n < len(units) and (vocab.name_like(units[n]) or (n >= 2 and units[n].kind == "paren")):
        n += 1
    return n


# "Wali Kota dan Wakil Wali Kota", "Governor-Deputy Governor": one title and its deputy's, written
# once for the two holders who follow; the deputy's title repeats the first (the back reference).
_SHARED_TITLE = re.compile(
    r"(?<![\w-])(?P<title>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*(?:\s(?:dan|and|&)\s|[-–/])\s*"
    r"(?P<deputy>(?:Wakil|Deputy|Vice)\s+(?P=title))(?![\w-])"
)
# Between the deputy's title and the first name: the region (``Sukamaju``, ``of West Sukamaju``), a
# word of the term (``terpilih``, ``elected``, ``periode 2025-2030``), a comma.
_TO_FIRST_NAME = re.compile(
    r"(?P<region>(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.()-]*){0,4})"
    r"(?:\s+(?:terpilih|elected|periode\s+[\d/–-]+|for\s+the\s+[\d/–-]+\s+period))?\s*,?\s*"
)
_BETWEEN_HOLDERS = re.compile(r"\s*[-–]\s*|\s+(?:dan|and|&)\s+")


def shared_title_roles(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """``Wali Kota dan Wakil Wali Kota Sukamaju, Budi Santoso-Rina Lestari``, ``the Governor and
    Deputy Governor, Budi Santoso and Rina Lestari``: the first holder takes the first title (with the
    region written after the deputy's), the second the deputy's, when the text gave them no role (or
    the whole phrase as one)."""
    by_paragraph: dict[int, list[Mention]] = {}
    for mention in index.mentions:
        by_paragraph.setdefault(mention.paragraph, []).append(mention)
    for number, mentions in by_paragraph.items():
        paragraph = paragraphs[number]
        mentions = sorted(mentions, key=lambda m: m.start)
        for match in _SHARED_TITLE.finditer(paragraph):
            _give_shared_title(index, paragraph, match, mentions)


def _give_shared_title(
    index: PeopleIndex, paragraph: str, match: re.Match[str], mentions: Sequence[Mention]
) -> None:
    first = next((k for k, m in enumerate(mentions) if _name_start(paragraph, m) >= match.end()), None)
    if first is None or first + 1 >= len(mentions):
        return
    one, two = mentions[first], mentions[first + 1]
    gap = _TO_FIRST_NAME.fullmatch(paragraph, match.end(), _name_start(paragraph, one))
    if (
        gap is None
        or one.person == two.person
        or not _BETWEEN_HOLDERS.fullmatch(paragraph, one.end, _name_start(paragraph, two))
    ):
        return
    region = gap.group("region")
    whole = " ".join(paragraph[match.start() : match.end() + len(region)].split())
    for mention, title in ((one, match.group("title")), (two, match.group("deputy"))):
        record = index.people[mention.person]
        if record.role is None or " ".join(record.role.split()) == whole:
            record.role = " ".join(f"{title}{region}".split())


def _name_start(paragraph: str, mention: Mention) -> int:
    """Where the name of ``mention`` starts: a mention registered with its title spans the title."""
    start = mention.end - len(mention.text)
    return (
        start if start >= mention.start and paragraph[start : mention.end] == mention.text else mention.start
    )
