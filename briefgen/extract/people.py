"""Finds people with their roles and organisations, and merges later mentions (``Irene``) into them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.extract.lexicon import (
    ATTRIBUTION_VERBS,
    COMPANY_SUFFIXES,
    FUNCTION_WORDS,
    HONORIFICS,
    LOCATION_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_CUES,
    PLACES,
    ROLE_ACRONYMS,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS,
    is_acronym,
    known_acronyms,
)
from briefgen.extract.organizations import Definition, compact
from briefgen.extract.runs import DEGREES, Run, Unit, find_runs
from briefgen.model import Person

_CONNECTORS = frozenset({"of", "and", "dan", "for", "the", "&"})
# Titles as sequences of capitalised words (connectors such as "of" live between units).
_TITLE_SEQUENCES: tuple[tuple[str, ...], ...] = tuple(
    sorted((tuple(w for w in t.split() if w not in _CONNECTORS) for t in TITLES), key=len, reverse=True)
)
_AFTER_ATTRIBUTION = re.compile(rf"\b(?:{ATTRIBUTION_VERBS})(?:nya)?\s+(?:oleh\s+)?$", re.IGNORECASE)
# "aktor berbakat Lee Won Jung": a person noun, at most two modifiers, then the name.
_NOT_MODIFIERS = r"(?!(?:di|ke|dari|pada|dan|serta|untuk|dengan|oleh|yang|bagi|dalam|atas|tentang)\b)"
_CUE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PERSON_CUES)) + rf")\b(?:\s+{_NOT_MODIFIERS}[a-z][\w-]*){{0,2}}\s+$",
    re.IGNORECASE,
)
SUBJECT_GAP = (
    r"[\s,]*(?:yang\s+)?(?:(?:juga|pun|kembali|turut|lantas|lalu|kemudian|sendiri|pula|telah|sudah)\s+)*"
)
_SPEECH_AFTER = re.compile(rf"{SUBJECT_GAP}(?:{SPEECH_VERBS})\b")
_FROM_ORG = re.compile(r"\s+dari\s+")


@dataclass
class Mention:
    paragraph: int
    start: int
    end: int
    person: int  # index into PeopleIndex.people
    text: str


@dataclass
class _Record:
    name: str
    core: tuple[str, ...]
    role: str | None = None
    organization: str | None = None
    aliases: list[str] = field(default_factory=list)
    role_acronyms: list[str] = field(default_factory=list)
    last_seen: tuple[int, int] = (0, 0)

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split()).strip(" ,.")
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


def core_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without honorifics, initials and degrees: ``Dr. H. Budi S.`` → (Budi,)."""
    name = DEGREES.sub("", name)
    words = re.findall(r"[^\W\d_][\w'’\-]*\.?", name)
    return tuple(w for w in words if not w.endswith(".") and w not in HONORIFICS)


@dataclass
class PeopleIndex:
    """The people of one article and every place they are mentioned."""

    people: list[_Record] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    # ------------------------------------------------------------------ queries

    def persons(self) -> list[Person]:
        return [Person(p.name, p.role, p.organization, list(p.aliases)) for p in self.people]

    def mention_in(self, paragraph: int, start: int, end: int) -> Mention | None:
        """The first mention that overlaps ``start``..``end`` of ``paragraph``."""
        for m in self.mentions:
            if m.paragraph == paragraph and m.start < end and m.end > start:
                return m
        return None

    def mentions_in(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.paragraph == paragraph and m.start >= start and m.end <= end]

    def last_before(self, paragraph: int, pos: int, skip: Sequence[tuple[int, int, int]] = ()) -> str | None:
        """The full name of the person mentioned last before ``pos``; mentions inside ``skip`` spans
        (paragraph, start, end) — quotations — do not count."""
        best: Mention | None = None
        for m in self.mentions:
            if (m.paragraph, m.end) > (paragraph, pos):
                continue
            if any(p == m.paragraph and s <= m.start < e for p, s, e in skip):
                continue
            if best is None or (m.paragraph, m.start) > (best.paragraph, best.start):
                best = m
        return self.people[best.person].name if best else None

    def name_of(self, mention: Mention | None) -> str | None:
        return self.people[mention.person].name if mention else None

    def resolve(self, text: str) -> str | None:
        """The full name for a written mention (full name, alias, or a subset of a name's words)."""
        text = " ".join(text.split()).strip(" ,.")
        for p in self.people:
            if text == p.name or text in p.aliases or text in p.role_acronyms:
                return p.name
        words = set(core_tokens(text))
        match = self._match(tuple(words))
        if match is None:
            # "Wamen Ekraf Irene": drop the words that are nobody's name and try again.
            named = words & {w for p in self.people for w in p.core}
            match = self._match(tuple(named))
        return self.people[match].name if match is not None else None

    # ------------------------------------------------------------------ building

    def add(
        self,
        name: str,
        paragraph: int,
        span: tuple[int, int],
        *,
        role: str | None = None,
        organization: str | None = None,
        role_acronyms: Sequence[str] = (),
        written: str | None = None,
    ) -> int:
        """Register a mention of ``name``; returns the person's index (merging into a known person)."""
        core = core_tokens(name)
        index = self._match(core)
        if index is None:
            self.people.append(_Record(name, core))
            index = len(self.people) - 1
        record = self.people[index]
        if len(core) > len(record.core):  # a fuller form of a name seen short first
            old = record.name
            record.name, record.core = name, core
            record.add_alias(old)
        elif name != record.name:
            record.add_alias(name)
            if written and written != name:
                record.add_alias(written)
        if role and not record.role:
            record.role = role
        if organization and not record.organization:
            record.organization = organization
        for acronym in role_acronyms:
            if acronym not in record.role_acronyms:
                record.role_acronyms.append(acronym)
        record.last_seen = (paragraph, span[0])
        self.mentions.append(Mention(paragraph, span[0], span[1], index, written or name))
        return index

    def add_role_mention(self, paragraph: int, span: tuple[int, int], role_text: str) -> bool:
        """``ujar Wamen Ekraf``: a role or role acronym alone, when it belongs to a known person."""
        role_text = " ".join(role_text.split())
        for index, p in enumerate(self.people):
            if role_text in p.role_acronyms or (p.role and role_text == p.role):
                self.mentions.append(Mention(paragraph, span[0], span[1], index, role_text))
                p.last_seen = (paragraph, span[0])
                return True
        return False

    def _match(self, core: tuple[str, ...]) -> int | None:
        if not core:
            return None
        words = set(core)
        candidates = [i for i, p in enumerate(self.people) if words <= set(p.core) or set(p.core) <= words]
        if not candidates:
            return None
        return max(candidates, key=lambda i: self.people[i].last_seen)


@dataclass
class _Vocabulary:
    """What the article itself says is not a name: its acronyms, roles and organisation names."""

    words: set[str]
    titles: set[str]  # role acronyms defined in the text, e.g. "DCM", "Wamen"
    org_acronyms: set[str]

    @classmethod
    def build(cls, definitions: Sequence[Definition]) -> _Vocabulary:
        words: set[str] = set()
        titles: set[str] = set()
        orgs: set[str] = set(known_acronyms())
        for d in definitions:
            words.update(re.findall(r"[^\W\d_][\w'’\-]*", d.long))
            words.update(d.acronym.split())
            if d.kind == "role":
                titles.add(d.acronym.split()[0])
            else:
                orgs.add(d.acronym)
        for acronym in known_acronyms():
            words.update(acronym.split())
        return cls(words, titles, orgs)

    def name_like(self, unit: Unit) -> bool:
        if unit.kind == "init":
            return True
        if unit.kind != "word":
            return False
        word = unit.text
        if "-" in word and any(part[:1].isupper() for part in word.split("-")[1:]):
            return False  # Indonesia-Korea, K-Pop
        return not (
            word in ORG_WORDS
            or word in PLACES
            or word in FUNCTION_WORDS
            or word in LOCATION_WORDS
            or word in self.words
            or word in self.titles
            or word in _TITLE_WORD_SET
            or word.lower() in WEEKDAYS
            or is_acronym(word)
        )

    def org_start(self, unit: Unit) -> bool:
        word = unit.text
        if unit.kind != "word":
            return False
        if word in ORG_HEADS or word in self.org_acronyms:
            return True
        return is_acronym(word) and word not in ROLE_ACRONYMS and word not in self.titles


_TITLE_WORD_SET = frozenset(w for t in _TITLE_SEQUENCES for w in t)


def _title_at(units: Sequence[Unit], vocab: _Vocabulary) -> tuple[int, int] | None:
    """(index, length) of the first job title in ``units``."""
    for i, unit in enumerate(units):
        if unit.kind != "word":
            continue
        if unit.text in vocab.titles:
            return i, 1
        for title in _TITLE_SEQUENCES:
            words = [u.text for u in units[i : i + len(title)] if u.kind == "word"]
            if tuple(words) == title and all(u.kind == "word" for u in units[i : i + len(title)]):
                return i, len(title)
    return None


def _split_role(
    units: Sequence[Unit], title_len: int, vocab: _Vocabulary, paragraph: str, defs: Sequence[Definition]
) -> tuple[str | None, str | None]:
    """(role, organisation) of a role phrase: ``Direktur Regional`` | ``KOCCA Indonesia``."""
    if not units:
        return None, None
    org_at: int | None = None
    for k in range(title_len, len(units)):
        if units[k].connector == "/":
            break
        if vocab.org_start(units[k]):
            org_at = k
            break
    if org_at is None and any(u.text in COMPANY_SUFFIXES for u in units[title_len:]):
        org_at = title_len
    if org_at is None:
        # "Presiden Direktur | Toyota Indonesia": a word that is neither title nor vocabulary is a brand.
        k = title_len
        while k < len(units) and units[k].text in _TITLE_WORD_SET:
            k += 1
        if k < len(units) and units[k].connector != "/" and vocab.name_like(units[k]):
            org_at = k
    # A trailing bracketed role acronym "(Wamen Ekraf)" stays with the role.
    last = len(units) - 1
    role_end = (org_at - 1) if org_at is not None else last
    role = compact(paragraph[units[0].start : units[role_end].end], defs) if role_end >= 0 else None
    organization = None
    if org_at is not None:
        organization = compact(paragraph[units[org_at].start : units[last].end], defs) or None
    return role or None, organization


def _with_degrees(paragraph: str, end: int) -> int:
    match = DEGREES.match(paragraph, end)
    return match.end() if match else end


def _comma_name(
    paragraph: str, runs: Sequence[Run], index: int, after: int, vocab: _Vocabulary
) -> int | None:
    """Index of the run that is ``, Name`` right after position ``after`` (an apposition)."""
    if index + 1 >= len(runs):
        return None
    nxt = runs[index + 1]
    gap = paragraph[after : nxt.start]
    if not re.fullmatch(r",\s*", gap) or DEGREES.match(paragraph, after):
        return None
    if len(nxt.units) > 6 or not all(vocab.name_like(u) for u in nxt.units):
        return None
    tail = paragraph[nxt.end : nxt.end + 3]
    if tail and not re.match(r"[,.;:)]|\s+[a-z(“\"]|\s*$", tail):
        return None
    return index + 1


def _split_on_and(run: Run, vocab: _Vocabulary) -> list[Run]:
    """``Irene Umar dan Ali Andika`` → two runs; ``Pariwisata dan Ekonomi Kreatif`` stays whole."""
    cuts = [
        i
        for i, u in enumerate(run.units)
        if i > 0 and u.connector in ("dan", "and", "&") and vocab.name_like(run.units[i - 1])
    ]
    return run.split(cuts) if cuts else [run]


def find_people(paragraphs: Sequence[str], definitions: Sequence[Definition]) -> PeopleIndex:
    """People, their roles and organisations, and every mention, in reading order."""
    index = PeopleIndex()
    vocab = _Vocabulary.build(definitions)
    for number, paragraph in enumerate(paragraphs):
        runs = [piece for run in find_runs(paragraph) for piece in _split_on_and(run, vocab)]
        consumed_until = -1
        for i, run in enumerate(runs):
            if run.start < consumed_until:
                continue
            consumed_until = _read_run(index, vocab, definitions, paragraph, number, runs, i)
    return index


def _read_run(
    index: PeopleIndex,
    vocab: _Vocabulary,
    defs: Sequence[Definition],
    paragraph: str,
    number: int,
    runs: Sequence[Run],
    i: int,
) -> int:
    """Read one run (and what it swallows); returns the offset up to which text is consumed."""
    run = runs[i]
    units = run.units
    title = _title_at(units, vocab)
    if title is not None:
        t, length = title
        role_units = units[t:]
        tail = 0
        while tail < len(role_units) - length and vocab.name_like(role_units[len(role_units) - 1 - tail]):
            tail += 1
        apposition = _comma_name(paragraph, runs, i, run.end, vocab)
        acronyms = [
            u.text
            for u in role_units
            if u.kind == "paren" and any(d.acronym == u.text and d.kind == "role" for d in defs)
        ]
        if apposition is not None and tail <= 1:
            name_run = runs[apposition]
            role, org = _split_role(role_units, length, vocab, paragraph, defs)
            end = _with_degrees(paragraph, name_run.end)
            name = paragraph[name_run.start : end]
            index.add(
                name, number, (role_units[0].start, end), role=role, organization=org, role_acronyms=acronyms
            )
            return end
        if tail:
            name_units = role_units[len(role_units) - tail :]
            role, org = _split_role(role_units[: len(role_units) - tail], length, vocab, paragraph, defs)
            end = _with_degrees(paragraph, name_units[-1].end)
            name = paragraph[name_units[0].start : end]
            written = paragraph[role_units[0].start : end]
            index.add(
                name,
                number,
                (role_units[0].start, end),
                role=role,
                organization=org,
                role_acronyms=acronyms,
                written=written,
            )
            return end
        index.add_role_mention(number, (role_units[0].start, run.end), run.text(paragraph, t))
        return run.end
    # "Menurut Eri", "Kemarin Irene": a sentence's opening word is not part of the name.
    while len(units) > 1 and units[0].kind == "word" and units[0].text in FUNCTION_WORDS:
        units = units[1:]
    run = Run(units)
    if not all(vocab.name_like(u) for u in units) or len(units) > 6:
        return run.end
    end = _with_degrees(paragraph, run.end)
    name = paragraph[run.start : end]
    before = paragraph[max(0, run.start - 60) : run.start]
    after = paragraph[end : end + 80]
    known = index._match(core_tokens(name)) is not None
    cued = (
        _AFTER_ATTRIBUTION.search(before) is not None
        or _CUE_BEFORE.search(before) is not None
        or units[0].kind == "init"
        or _SPEECH_AFTER.match(after) is not None
    )
    # "Irene Umar, Wakil Menteri Ekonomi Kreatif, mengatakan": the role follows the name.
    role = org = None
    consumed = end
    if i + 1 < len(runs) and re.fullmatch(r",\s*", paragraph[end : runs[i + 1].start]):
        nxt = runs[i + 1]
        title = _title_at(nxt.units, vocab)
        if title is not None and title[0] == 0 and all(not vocab.name_like(u) for u in nxt.units[title[1] :]):
            role, org = _split_role(nxt.units, title[1], vocab, paragraph, defs)
            consumed = nxt.end
            cued = True
    if not (cued or known):
        return run.end
    from_org = _FROM_ORG.match(paragraph, end)
    if org is None and from_org and i + 1 < len(runs) and runs[i + 1].start == from_org.end():
        nxt = runs[i + 1]
        if any(vocab.org_start(u) or u.text in COMPANY_SUFFIXES for u in nxt.units):
            org = compact(nxt.text(paragraph), defs)
    index.add(name, number, (run.start, consumed), role=role, organization=org)
    return consumed
