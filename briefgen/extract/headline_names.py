"""People a title-case line names: a headline, a teaser for another story or a sub-heading runs
verbs and adjectives into names (``Menteri KP Darman Suhadi Kecewa saat Tinjau …``). These passes
join such a "person" to the body person it is, or drop it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefgen.extract.index import Mention, PeopleIndex, core_tokens, drop_person, merge_people
from briefgen.extract.lexicon import WORD_RE
from briefgen.extract.people import is_headline

# "Divaksin", "Meninggal", "Bertemu", "Terpilih": a verb's prefixed form, not a name word.
VERB_FORM = re.compile(r"(?:Di|Me[mn]?|Meng|Meny|Ber|Ter)[a-z]{4,}")


_CUT_SHORT = re.compile(r"(?<=\w)(?:\.{3}|…)$")


@lru_cache(maxsize=1024)  # asked of every paragraph for every person (issue 15: linear work)
def title_case_line(paragraph: str) -> bool:
    """A line mostly in title case that is not a sentence: a headline, a teaser for another story
    (``… Menkes Bilang Kopi Tidak Baik?``) or a caption."""
    # "… Kelaparan Selama...": a line cut short by an ellipsis is no sentence for its full stop.
    text = _CUT_SHORT.sub("", paragraph.strip())
    words = WORD_RE.findall(text)
    if len(words) < 4 or text[-1:] in '.”"':
        return False
    return sum(1 for w in words if w[:1].isupper()) >= 0.7 * len(words)


def _teaser_only(index: PeopleIndex, i: int, paragraphs: Sequence[str]) -> list[Mention] | None:
    """The mentions that name person ``i`` when the person has name words and is named only in
    title-case lines; else None. A title alone below (``Camat``, ``Mendagri``) names nobody."""
    core = set(index.people[i].core)
    mentions = [m for m in index.mentions if m.person == i and core & set(core_tokens(m.text))]
    if not core or not mentions:
        return None
    if not all(title_case_line(paragraphs[m.paragraph]) for m in mentions):
        return None
    return mentions


def _body_matches(
    index: PeopleIndex, i: int, mentions: list[Mention], paragraphs: Sequence[str]
) -> list[int]:
    """The other people, named in the body, whom teaser person ``i`` may be."""
    record = index.people[i]
    written = {w for m in mentions for w in core_tokens(m.text)}
    holders = set(index.holders_of(record.role)) if record.role else set()
    return [
        j
        for j, p in enumerate(index.people)
        if j != i
        and p.core
        # "Menkes Darman Nomor Satu" / "Menkes Darman Suhadi Bingung Baca Data": the first
        # name word, or the whole name of a body person inside what was written.
        # "Menkes Bilang Kopi Tidak Baik?": or the holder of the office the line names.
        and (record.core[0] in p.core or set(p.core) <= written or j in holders)
        and any(m.person == j and not title_case_line(paragraphs[m.paragraph]) for m in index.mentions)
    ]


def teaser_names(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """Title-case lines below the headline (teasers for other stories, sub-headings) run verbs and
    adjectives into names (``Menkes Darman Nomor Satu!``, ``… Tidak Baik?``). A person named
    only in such lines who shares a name word with exactly one person of the body is that person;
    one with a word the article also writes in lower case (``sehat``, ``pakai``) is no person."""
    lower: set[str] | None = None  # read from the paragraphs the first time it is needed (issue 17)
    for i in range(len(index.people) - 1, -1, -1):
        mentions = _teaser_only(index, i, paragraphs)
        if mentions is None:
            continue
        others = _body_matches(index, i, mentions, paragraphs)
        if len(others) == 1:
            # The body person, known by the line's title: the line's words are its clause, neither
            # the person's name (nor an alias of it) nor an organisation; only its title may serve.
            kept, dropped = index.people[others[0]], index.people[i]
            if dropped.role and not kept.role:
                kept.role = dropped.role
            drop_person(index, i)
            continue
        lower = lower_words_of(paragraphs) if lower is None else lower
        role = index.people[i].role
        if any(w.lower() in lower or VERB_FORM.fullmatch(w) for w in index.people[i].core) or (
            _object_of_verb(role) or _clause_role(role, lower)
        ):
            drop_person(index, i)


def lower_words_of(paragraphs: Sequence[str]) -> set[str]:
    """The words the story writes in lower case, outside its title-case lines (``buka``, ``padi``)."""
    return {w for p in paragraphs if not title_case_line(p) for w in WORD_RE.findall(p) if w.islower()}


def _full_name_only_in_lines(
    core: tuple[str, ...], mentions: Sequence[Mention], paragraphs: Sequence[str]
) -> bool:
    """Whether a name of two words or more is written in full only in title-case lines."""
    full = [m for m in mentions if set(core) <= set(core_tokens(m.text))]
    return len(core) >= 2 and bool(full) and all(title_case_line(paragraphs[m.paragraph]) for m in full)


def clause_in_names(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """``Bupati Sleman Darto Wibisono Tanam Padi di …``: a title-case line runs the words of its
    clause into a name. A person whose full name only such lines write, with a word the article
    writes in lower case (``padi``), is named up to that word when the body writes that form
    (``Darto Wibisono``); with nothing before it the body writes, no person (``Mendag Jamin Beras
    Medium Harga Rp …``: every word after the title is the clause)."""
    lower: set[str] | None = None
    for i in range(len(index.people) - 1, -1, -1):
        record = index.people[i]
        mentions = [m for m in index.mentions if m.person == i]
        if not _full_name_only_in_lines(record.core, mentions, paragraphs):
            continue
        lower = lower_words_of(paragraphs) if lower is None else lower
        cut = next((k for k, w in enumerate(record.core) if w.lower() in lower), None)
        if cut is None:
            continue
        kept = record.core[:cut]
        body = [
            m
            for m in mentions
            if not title_case_line(paragraphs[m.paragraph]) and set(core_tokens(m.text)) & set(kept)
        ]
        if not kept or not body:
            drop_person(index, i)
            continue
        name = next((a for a in record.aliases if core_tokens(a) == kept), " ".join(kept))
        record.name, record.core = name, kept
        record.aliases = [a for a in record.aliases if a != name and set(core_tokens(a)) <= set(kept)]


# "Gubernur Suruh Camat Bagikan Stok Beras": the role a teaser line gave ends in a verb
# with -kan, so the "name" after it is the verb's object.
_KAN_WORD = re.compile(r"[A-Z][a-z]{3,}kan")


def _object_of_verb(role: str | None) -> bool:
    return bool(role) and _KAN_WORD.fullmatch((role or "").split()[-1]) is not None


def _clause_role(role: str | None, lower: set[str]) -> bool:
    """``Camat Jika Ada Warga Meninggal Kelaparan``: a "role" a teaser line gave that runs on over
    a verb the article also writes in lower case (``meninggal``) is the line's clause, not an office."""
    words = (role or "").split()[1:]
    return any((VERB_FORM.fullmatch(w) or _KAN_WORD.fullmatch(w)) and w.lower() in lower for w in words)


def drop_headline_only(index: PeopleIndex, headline: int) -> None:
    """``Menteri Kelautan Tinjau Dermaga, …``: a title-case headline makes a "name" of the verb after
    a title. A person the story never mentions again below its headline is not one."""
    for i in range(len(index.people) - 1, -1, -1):
        mentions = [m for m in index.mentions if m.person == i]
        if mentions and all(m.paragraph == headline for m in mentions):
            index.mentions = [m for m in index.mentions if m.person != i]
            for m in index.mentions:
                if m.person > i:
                    m.person -= 1
            del index.people[i]


def _body_words(index: PeopleIndex, i: int, paragraphs: Sequence[str]) -> set[str]:
    """The name words of person ``i`` that the mentions below the headlines use."""
    core = index.people[i].core
    return {
        w
        for m in index.mentions
        if m.person == i and not is_headline(paragraphs[m.paragraph])
        for w in core_tokens(m.text)
        if w in core
    }


def _headline_match(index: PeopleIndex, i: int, paragraphs: Sequence[str]) -> int | None:
    """The one body person that person ``i``, named in full only in headlines, is; else None."""
    record = index.people[i]
    # Only the mentions with the whole name count: "Hanif mengaku …" fits either person.
    full = [m for m in index.mentions if m.person == i and set(record.core) <= set(core_tokens(m.text))]
    if not full or not all(is_headline(paragraphs[m.paragraph]) for m in full):
        return None
    others = [j for j, p in enumerate(index.people) if j != i and len(set(p.core) & set(record.core)) >= 2]
    # "Menteri Budi Resmikan …" above "Budi" in the body: the body uses only the words the
    # name shares with one person of the body, whose name the headline ran into a verb.
    body = _body_words(index, i, paragraphs)
    if not others and body and body < set(record.core):
        others = [j for j, p in enumerate(index.people) if j != i and body <= set(p.core)]
    return others[0] if len(others) == 1 else None


def merge_headline_names(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """``Menteri KP Darman Suhadi Kecewa saat Tinjau …``: a headline in title case runs a verb into
    the name. A person mentioned only in headlines who shares two name words with one person of
    the body is that person."""
    changed = True
    while changed:
        changed = False
        for i in range(len(index.people)):
            other = _headline_match(index, i, paragraphs)
            if other is not None:
                merge_people(index, other, i)
                changed = True
                break
