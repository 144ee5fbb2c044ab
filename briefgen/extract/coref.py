"""One canonical name per person: a post-pass over the extracted facts.

After people, quotes, statements and steps are read, every mention of a person (the people list,
the speaker of each quote and statement, the actor of each step) is mapped to one person of the
article, whatever shape the article gives the name:

* place and role words glued to the front of a name are stripped (``Tegal Budi`` after
  ``Pj Bupati``, ``Kapolres Kota Contoh AKBP Budi Santoso SIK`` → ``Budi Santoso SIK``);
* a name is completed from the text (a title before the given name: ``drg Budi Santoso``);
* short mentions resolve to the one person they stand for: a word or run of words of the name
  (``Retno``), a nickname built from the name's letters (``Jokowi``), a nickname the text
  introduces (``akrab disapa Abi``), a role abbreviation (``Mendag``) held by one person;
* duplicates merge (misspelt repeats of a long name), and records that are units or places drop;
* a quote followed by ``ujar X …`` is X's, not that of the last name before it.

A mention that resolves to no person, or to more than one, is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.extract.degrees import with_degrees
from briefgen.extract.headline_names import lower_words_of, title_case_line
from briefgen.extract.index import one_edit
from briefgen.extract.lexicon import (
    ATTRIBUTION_VERBS,
    HONORIFICS,
    NAME_HONORIFICS,
    RANK_SUFFIXES,
    RANKS,
    REGIONAL_OFFICES,
    REGIONAL_TITLES,
    ROLE_ACRONYMS,
    is_acronym,
    is_known_place,
    known_acronyms,
)
from briefgen.extract.patterns import (
    after_word,
    bounded,
    can_match,
    compiled,
    first_bounded,
    first_runs,
    may_name,
)
from briefgen.extract.roles import TITLE_WORD_SET, never_a_name
from briefgen.extract.written_forms import BALINESE_OPENERS, glued_offices, headline_verb, written_regions
from briefgen.model import Facts, Person

__all__ = ["resolve_people"]

_ROLE_WORDS = TITLE_WORD_SET | REGIONAL_TITLES | ROLE_ACRONYMS
_REGION_WORDS = frozenset({"Kota", "Kabupaten", "Kab.", "Kab", "Provinsi"})
# Titles written before a given name and kept with it ("drg Budi", "H. Ahmad", "Prof Dr Sri").
_TITLES = HONORIFICS | frozenset(f"{h}." for h in HONORIFICS)
# Words before a name that make it the name of a unit or programme, not of a person.
_UNIT_WORDS = frozenset(
    {"Tim", "Satgas", "Satuan", "Program", "Gerakan", "Operasi", "Pasukan", "Unit", "Gugus"}
)
# National bodies written by their short form between a role and a name ("Jampidsus Kejagung
# Budi", "Komisioner KPU RI Budi"), besides those of the bundled acronym list.
_NATIONAL_BODIES = frozenset({"Kejagung", "Mabes", "KPU", "Bawaslu", "DKPP", "Kemenkumham", "Kemenpan", "RI"})
# Nouns naming a part of an organisation: no person's name holds one, so a capitalised run up to
# one ("Head of the Agency's News Section Budi Santoso") is the role's, not the name's.
_SUBUNIT_NOUNS = frozenset(
    {"Section", "Bureau", "Division", "Department", "Directorate", "Subdirectorate", "Desk", "Office"}
    | {"Biro", "Seksi", "Subbagian", "Subbag", "Subdit", "Direktorat"}
)
# English abstract nouns by their suffix (Relations, Intelligence, Prevention, Investigation,
# Partnership, Security, Logistics): the portfolio of an English title, never a person's name.
_ENGLISH_NOUN = re.compile(r"(?:tions?|sions?|ences?|ances?|ments?|ships?|ity|ics|ness)$")
# "akrab disapa Abi", "akrab dengan sapaan Abi", "alias Abi" before the nickname; "Mas Ipin, sapaan
# akrabnya", "Gus Abi -sapaan bupati-" after it ("sapaan" alone names a form of address too).
_NICKNAME_CUE = re.compile(
    r"(?:akrab|biasa|kerap|sering)\s+(?:dengan\s+)?(?:di)?sapa(?:an)?\s+(?P<after>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"|\balias\s+(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"|\b(?P<before>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)[,\s(–—-]+"
    r"(?:sapaan(?:\s+akrab(?:nya)?)?|panggilan\s+akrab(?:nya)?)\b"
)
# Words that qualify the body noun written before them ("Sekretariat Daerah", "Rumah Sakit Umum",
# "Badan Nasional"): that noun, however spelt, is no surname of a name right before it.
_BODY_QUALIFIERS = frozenset({"Daerah", "Nasional", "Umum", "Regional", "Internasional"})
# Forms of address before a short name, also the Javanese "Pakde"/"Bude" ("uncle"/"aunt").
_ADDRESS = NAME_HONORIFICS | {"Pakde", "Bude", "Kang", "Bang"}
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_MIN_VARIANT_CHARS = 8  # names at least this long merge with a spelling one edit away
_MIN_NICKNAME = 3


@dataclass
class _Person:
    name: str
    role: str | None
    organization: str | None
    order: int = 0  # where its record came in the people list: the list keeps that order
    aliases: list[str] = field(default_factory=list)


def _words(name: str) -> list[str]:
    return name.split()


def _core(name: str) -> list[str]:
    """The name's words without titles before it."""
    words = _words(name)
    while len(words) > 1 and (words[0] in _TITLES or words[0] in _ADDRESS):
        words = words[1:]
    return words


def _is_name_word(word: str) -> bool:
    return (
        _NAME_WORD.fullmatch(word) is not None
        and word not in _ROLE_WORDS
        and word not in _REGION_WORDS
        and word not in RANKS
        and not is_acronym(word)
        # "Herry Senin", "Ajeng Soal": a weekday, a month, a place's short form or a function word
        # after a name is none of it (the one word list the people rules use).
        and not never_a_name(word.rstrip(".,"))
    )


def _strip_role_chain(name: str, glued: frozenset[str] = frozenset()) -> tuple[str, str]:
    """``Kapolres Kota Contoh AKBP Budi SIK`` → (``Budi SIK``, ``Kapolres Kota Contoh``): the rank
    opens the name and what is before it is the role; a role word at the front goes with the
    places after it; ``glued`` offices (``Gubri``) are role words too."""
    words = _words(name)
    # "AKBP Budi Santoso", "Kombes Pol. Budi": a rank that opens the name is no part of it (nor a role)
    lead = 0
    while lead < len(words) - 1 and (
        words[lead] in RANKS or (lead and words[lead].rstrip(".") in RANK_SUFFIXES)
    ):
        lead += 1
    if lead and words[lead][:1].isupper():
        words = words[lead:]
    ranks = [i for i, w in enumerate(words[:-1]) if w in RANKS]
    if ranks and any(w in _ROLE_WORDS or w in glued for w in words[: ranks[-1]]):
        return " ".join(words[ranks[-1] + 1 :]), " ".join(words[: ranks[-1]])
    i = 0
    while i < len(words) - 1 and (words[i] in _ROLE_WORDS or words[i] in glued):
        i += 1
    return " ".join(words[i:]), " ".join(words[:i])


def _leading_place(words: Sequence[str], written: frozenset[str] = frozenset()) -> int:
    """How many words at the front of ``words`` are a known place (with ``Kota``/``Kabupaten``), or
    one the text itself ``written`` as a region (``Kota Metro``)."""
    i = 0
    while i < len(words) and words[i] in _REGION_WORDS:
        i += 1
    for size in (3, 2, 1):
        group = words[i : i + size]
        if len(group) == size and (is_known_place(" ".join(group)) or (size == 1 and group[0] in written)):
            j = i + size
            while j < len(words) and words[j] in _REGION_WORDS:
                j += 1
            return j
    return 0


def _leading_office(words: Sequence[str], written: frozenset[str] = frozenset()) -> int:
    """How many words at the front of ``words`` go on naming the office of a role before them: a
    known place (``Tegal Budi`` after ``Pj Bupati``), a regional office with its region (``Kejari
    Contoh Budi``, ``DPRD Contoh Budi``), or a run up to a unit of a body (``News Section Budi``)."""
    unit = max((i + 1 for i, w in enumerate(words[:-1]) if w in _SUBUNIT_NOUNS), default=0)
    if unit:
        return unit
    office = 0
    while office < len(words) - 1 and (_is_body(words[office]) or is_acronym(words[office])):
        office += 1
    place = _leading_place(words[office:], written)
    if place:
        return office + place
    if office and all(_is_body(w) for w in words[:office]):
        return office  # "Kejagung Budi", "KPU RI Budi": the body the role belongs to
    return _leading_place(words, written)


def _is_body(word: str) -> bool:
    return word in REGIONAL_OFFICES or word in _NATIONAL_BODIES or word in known_acronyms()


def _after_role(text: str, name: str) -> bool:
    """Whether ``name`` follows a role word somewhere in ``text`` (``Bupati Contoh Budi``)."""
    for at in bounded(text, name, "-", "-"):  # where (?<![\w-])NAME(?![\w-]) matches
        before = text[max(0, at - 60) : at].split()
        if before and (before[-1].strip(",") in _ROLE_WORDS or is_acronym(before[-1])):
            return True
    return False


def _clean(name: str, role: str | None, text: str) -> tuple[str, str | None]:
    """The name without glued role and place words; the role with what was stripped."""
    name, chain = _strip_role_chain(name, glued_offices(text))
    words = _words(name)
    cut = _leading_office(words, written_regions(text))
    if role and not cut and not chain:
        words, role = _english_portfolio(words, role, text)
    rest = words[cut:]
    if cut and any(_is_name_word(w) for w in rest) and (role or chain or _after_role(text, name)):
        chain = " ".join(filter(None, [chain, " ".join(words[:cut])]))
        words = rest
    # "… Kubuabola I have conveyed": the English pronoun after the name is not part of it.
    if (
        len(words) > 2
        and words[-1] == "I"
        and compiled(rf"{re.escape(' '.join(words))}\s+[a-z]").search(text)
    ):
        words = words[:-1]
    cleaned = " ".join(words)
    if chain and not role:
        role = chain
    elif chain and role and not role.endswith(chain.split()[-1]) and chain.split()[0] not in role.split():
        role = f"{role} {chain}"
    return cleaned, role


def _english_portfolio(words: list[str], role: str, text: str) -> tuple[list[str], str]:
    """``Head of Public | Relations Budi Santoso``, ``Head | Intelligence Budi Santoso`` (written
    ``Head of Intelligence Budi Santoso``): English abstract nouns at the front of the name, after
    a title with ``of``/``for``, are its portfolio; they go back to the role as written."""
    cut = 0
    while cut < len(words) - 2 and words[cut][:1].isupper() and _ENGLISH_NOUN.search(words[cut]):
        cut += 1
    if not cut:
        return words, role
    between = r"((?:\s+(?:of|for|the|and|[A-Z][\w'’-]*))*?)\s+"
    written = re.search(rf"(?<![\w-]){re.escape(role)}{between}{re.escape(' '.join(words[cut:]))}", text)
    if written is None or not re.search(r"\b(?:of|for)\b", f"{role}{written.group(1)}"):
        return words, role
    return words[cut:], f"{role}{written.group(1)}"


def _extend_left(name: str, text: str) -> str:
    """``Budi Santoso`` first written ``drg Ani Budi Santoso`` → that form: the title and given
    names before the name at its first mention. Bare capitalised words before a name are too often
    a body's or a place's name, so only given names opened by a title count, and not after a
    hospital's acronym (``RSUD dr Contoh Budi``: the title is the hospital's namesake's)."""
    first = first_bounded(text, name, before=".-", after="-")
    if first is None or not text[:first].endswith(" "):
        return name
    words = text[max(0, first - 80) : first].split()
    if words and name.split()[0] in BALINESE_OPENERS.get(words[-1], ()):
        return f"{words[-1]} {name}"  # "Anak Agung Ayu …", "I Made …", "Ida Bagus …": one name
    taken: list[str] = []
    titles_only = False
    while words:
        w = words[-1]
        if w in _TITLES:
            titles_only = True
        elif titles_only or not _is_name_word(w) or is_known_place(w) or w.endswith((",", ".")):
            break
        taken.insert(0, w)
        words.pop()
    while taken and taken[0] not in _TITLES:
        taken.pop(0)
    if not taken or (words and is_acronym(words[-1])):
        return name
    # "Drs. Wahyu Widada, M.Phil": the degrees written after that mention go with its title.
    after = first + len(name)
    return " ".join([*taken, name]) + text[after : with_degrees(text, after)]


# The one to three capitalised words after a one-word mention (``_extend_right``).
_NAME_TAIL = re.compile(r"((?:[ \t]+[A-Z][\w'’-]*){1,3})")


@lru_cache(maxsize=64)
def _lower_words(text: str) -> frozenset[str]:
    """:func:`lower_words_of` the paragraphs ``text`` joins, asked once per text."""
    return frozenset(lower_words_of(text.split("\n")))


def _extend_right(word: str, text: str) -> str | None:
    """A one-word mention written in full elsewhere in the text (``Retno`` → ``Retno Marsudi``)."""
    forms: set[str] = set()
    for m in after_word(text, word, _NAME_TAIL, before="-"):
        tail: list[str] = []
        # In a headline every word is capitalised: "Sugiono Buka Suara Soal …" runs the clause on
        # from the name, and a word the story writes in lower case elsewhere ("buka") is the clause's.
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        headline = title_case_line(text[line_start : line_end if line_end >= 0 else len(text)])
        for w in m.group(1).split():
            if headline and w.rstrip(".,").lower() in _lower_words(text):
                break
            if not _is_name_word(w) or is_known_place(w):
                if w.rstrip(".,") in _BODY_QUALIFIERS and tail:
                    tail.pop()  # "Budi Sekretariat Daerah": the word before the qualifier is a body's head
                break
            tail.append(w)
        if tail:
            forms.add(" ".join([word, *tail]))
    return forms.pop() if len(forms) == 1 else None


def _is_nickname(short: str, name: str) -> bool:
    """``Jokowi``/``Zulhas``/``Roy``: the short form opens a word of the name and its letters run
    in order through that word and the ones after it."""
    s = short.casefold()
    if len(s) < _MIN_NICKNAME or not short[0].isupper() or " " in short:
        return False
    core = [w.casefold() for w in _core(name)]
    for i, word in enumerate(core):
        if not word.startswith(s[:2]):
            continue
        letters = iter("".join(core[i:]))
        if all(c in letters for c in s):
            return True
    return False


_MIN_NAME_END = 5


def _address_and_end(mention: str, name: str) -> bool:
    """``Pakde Karwo`` for ``Soekarwo``: a form of address and the end of a word of the name (a
    Javanese name is shortened by its last syllables)."""
    words = _words(mention)
    if len(words) != 2 or words[0] not in _ADDRESS or len(words[1]) < _MIN_NAME_END:
        return False
    end = words[1].casefold()
    return any(w != end and w.endswith(end) for w in map(str.casefold, _core(name)))


class _Cast:
    """The article's people and the mentions each stands for."""

    def __init__(self) -> None:
        self.people: list[_Person] = []

    def _matches(self, mention: str, exclude: str | None = None) -> list[_Person]:
        words = _core(mention)
        role_phrase = all(not _is_name_word(w) or is_known_place(w) for w in _words(mention))
        tests: tuple[Callable[[_Person], bool], ...] = (
            lambda p: mention == p.name or mention in p.aliases,
            lambda p: _contiguous(words, _core(p.name)),
            lambda p: len(words) > 1 and _in_order(words, _core(p.name)),
            lambda p: len(mention) >= _MIN_VARIANT_CHARS and one_edit(mention, p.name),
            lambda p: _is_nickname(mention, p.name),
            lambda p: _address_and_end(mention, p.name),
            lambda p: mention in _ROLE_WORDS and p.role is not None and _holds(mention, p.role),
            # "tandas Kapolres Kota Contoh": the role written out, as the person's role or its head.
            lambda p: role_phrase and p.role is not None and _holds_phrase(mention, p.role),
        )
        for test in tests:
            found = [p for p in self.people if p.name != exclude and test(p)]
            if found:
                return found
        return []

    def find(self, mention: str, exclude: str | None = None) -> _Person | None:
        found = self._matches(mention, exclude)
        return found[0] if len(found) == 1 else None


def _contiguous(short: Sequence[str], name: Sequence[str]) -> bool:
    n = len(short)
    return 0 < n < len(name) and any(list(name[i : i + n]) == list(short) for i in range(len(name) - n + 1))


def _in_order(short: Sequence[str], name: Sequence[str]) -> bool:
    """``Putu Krisna`` in ``I Putu Bagus Krisna Purnama``: the words appear in the name in order."""
    rest = iter(name)
    return 0 < len(short) < len(name) and all(w in rest for w in short)


def _holds(word: str, role: str) -> bool:
    """Whether the role abbreviation ``word`` names ``role`` (``Mendag``: ``Menteri Perdagangan``)."""
    if word in role.split():
        return True
    letters = iter("".join(role.split()).casefold())
    return role[:1].casefold() == word[:1].casefold() and all(c in letters for c in word.casefold())


def _holds_phrase(mention: str, role: str) -> bool:
    words = _words(mention)
    return mention == role or (
        words[0] in _ROLE_WORDS and _holds(words[0], role) and all(w in role for w in words)
    )


def _nicknames(text: str) -> list[tuple[int, str]]:
    """Nicknames the text introduces, with where: ``akrab disapa Abi``, ``Mas Ipin sapaan akrabnya``."""
    found = []
    for m in _NICKNAME_CUE.finditer(text) if can_match(_NICKNAME_CUE, text) else ():
        nick = m.group("after") or m.group("alias") or m.group("before")
        found.append((m.start(), nick))
    return found


def _attribution_after(paragraph: str, quote: str) -> str | None:
    """``…," ujar Budi dalam … bersama Ani`` → ``Budi``: the subject of the verb after the quote."""
    at = paragraph.find(quote)
    if at < 0:
        return None
    tail = paragraph[at + len(quote) : at + len(quote) + 120]
    m = re.match(
        rf"[,.!?…]?\s*[”\"’'“]\s*,?\s*(?:{ATTRIBUTION_VERBS})(?:nya)?\s+"
        r"(?P<who>(?:[A-Za-z][\w'’.-]*[ \t]+){0,6}?[A-Z][\w'’-]*)(?=\s*(?:[,.;]|$|\s+(?:dalam|di|saat|ketika"
        r"|kepada|pada|usai|seusai|didampingi|bersama|dengan|melalui|dikutip|sambil)\b))",
        tail,
    )
    return m.group("who") if m else None


_Record = tuple[Person, _Person]  # a record as extracted, and the person it is cleaned into


def _speaker_records(facts: Facts, text: str, subjects: Sequence[str | None], first: int) -> list[_Record]:
    """Speakers no person record names: a name with glued role words, or one word the text
    writes in full elsewhere (``Retno`` → ``Retno Marsudi``)."""
    listed = {p.name for p in facts.people}
    mentions = [q.speaker for q in facts.quotes] + [s.speaker for s in facts.statements]
    records: list[_Record] = []
    for speaker in [*mentions, *(w for w in subjects if w and " " not in w)]:
        if not speaker or speaker in listed:
            continue
        name, role = _clean(speaker, None, text)
        if name == speaker and len(name.split()) == 1:
            full = _extend_right(name, text)
            if full is None or any(_contiguous(_core(name), _core(p.name)) for p in facts.people):
                continue
        records.append((Person(speaker), _Person(_extend_left(name, text), role, None, first + len(records))))
    return records


def _records(facts: Facts, text: str, subjects: Sequence[str | None]) -> list[_Record]:
    """Every record of a person: the people list's, unlisted speakers', names after a rank."""
    records: list[_Record] = []
    for order, person in enumerate(facts.people):
        name, role = _clean(person.name, person.role, text)
        records.append((person, _Person(_extend_left(name, text), role, person.organization, order)))
    records.extend(_speaker_records(facts, text, subjects, len(records)))
    for name in _ranked_names(text):
        if not any(name in p.name or _in_order(_core(name), _core(p.name)) for _, p in records):
            records.append((Person(name), _Person(name, None, None, len(records))))
    return records


def _add(cast: _Cast, origin: dict[str, _Person], person: Person, new: _Person, text: str) -> None:
    """Adds a record to the cast, or merges it into the one person it is a form of."""
    same = cast.find(new.name)
    if same is None and len(_words(new.name)) == 1:
        full = _extend_right(new.name, text)
        if full:
            same = cast.find(full)
            if same is None:
                new.aliases.append(new.name)
                new.name = full
    if same is not None:
        same.aliases.extend([new.name, person.name, *person.aliases])
        same.role = same.role or new.role
        same.order = min(same.order, new.order)
        origin[person.name] = same
        return
    new.aliases.extend([person.name, *person.aliases])
    cast.people.append(new)
    origin[person.name] = new


def _adopt_nicknames(cast: _Cast, origin: dict[str, _Person], text: str) -> None:
    """A nickname the text introduces becomes an alias of its owner, not a person of its own."""
    for at, nick in _nicknames(text):
        owner = cast.find(nick, exclude=nick) or _nearest_before(cast, text, at, nick)
        if owner is not None:
            owner.aliases.append(nick)
            for p in [p for p in cast.people if p is not owner and p.name == nick]:
                cast.people.remove(p)
                origin[nick] = owner


def _build(facts: Facts, text: str, subjects: Sequence[str | None]) -> tuple[_Cast, dict[str, _Person]]:
    """The cast of the article, and every original name or alias mapped to its person."""
    cast = _Cast()
    origin: dict[str, _Person] = {}
    # Longest names first: a shorter form then merges into the full name it stands for.
    for person, new in sorted(_records(facts, text, subjects), key=lambda r: -len(_core(r[1].name))):
        if not _spurious(new.name, person.role, text):
            _add(cast, origin, person, new, text)
    _adopt_nicknames(cast, origin, text)
    for member in cast.people:
        _prefer_usual_order(member, text)
        _prefer_body_form(member, text)
    return cast, origin


def _prefer_body_form(person: _Person, text: str) -> None:
    """``Sugiono Bertemu`` from a headline, the story writing ``Sugiono``: see ``headline_verb``."""
    if headline_verb(person.name, text):
        person.aliases.append(person.name)
        person.name = person.name.rsplit(" ", 1)[0]


def _prefer_usual_order(person: _Person, text: str) -> None:
    """Of the forms of one name that hold the same words in another order (a caption's ``Hartono
    Budi Santoso`` for the story's ``Budi Hartono Santoso``), the one the text writes most often
    is the name; the first one seen keeps it on a tie."""
    words = sorted(_words(person.name))
    forms = [person.name, *(a for a in person.aliases if a != person.name and sorted(_words(a)) == words)]
    if len(forms) < 2:
        return
    counts = [len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)) for form in forms]
    best = forms[counts.index(max(counts))]
    if best != person.name:
        person.aliases.append(person.name)
        person.name = best


_RANKED = re.compile(
    r"(?<![\w-])(?P<rank>"
    + "|".join(sorted(sorted(re.escape(r) for r in RANKS - TITLE_WORD_SET), key=len, reverse=True))
    + r")\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})"
)
_RANK_RUNS = first_runs(RANKS - TITLE_WORD_SET)  # a text without one of these has no _RANKED


def _ranked_names(text: str) -> list[str]:
    """Names a police or military rank introduces (``didampingi Kasat Contoh AKP Budi Santoso``)."""
    found = []
    for m in _RANKED.finditer(text) if may_name(text, _RANK_RUNS) else ():
        words: list[str] = []
        for w in m.group("name").split():
            if not words and w in RANK_SUFFIXES:
                continue
            if not _is_name_word(w) or is_known_place(w):
                break
            words.append(w)
        if len(words) > 1 and " ".join(words) not in found:
            found.append(" ".join(words))
    return found


def _nearest_before(cast: _Cast, text: str, at: int, nick: str) -> _Person | None:
    """The person whose mention comes last before position ``at`` (the one a nickname is given)."""
    best: tuple[int, _Person] | None = None
    for person in cast.people:
        if person.name == nick:
            continue
        for form in {person.name, *_core(person.name)[:1], *person.aliases}:
            if len(form) < _MIN_NICKNAME:
                continue
            pos = text.rfind(form, 0, at)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, person)
    return best[1] if best else None


def _spurious(name: str, role: str | None, text: str) -> bool:
    """A unit or programme (``Tim Reaksi Cepat``), a place, an initial alone, a word of roles."""
    words = _words(name)
    if not words or all(len(w.rstrip(".")) <= 1 for w in words) or is_known_place(name):
        return True
    if all(not _is_name_word(w) or is_known_place(w) for w in words):
        return True
    if len(words) > 1 and _leading_office(words) == len(words):
        return True  # "Kejari Contoh", "Bawaslu Kota Contoh": an office and its region
    if words[-1] in _SUBUNIT_NOUNS:
        return True  # "News Section", "Biro Humas": a part of a body
    # "Bupati Bentuk Tim | Reaksi Cepat": a unit's name read as a person's; "Ketua Tim Penggerak, Rina
    # Wulandari": the role ends in a unit word, but the name stands after a comma of its own.
    if role and role.split()[-1] in _UNIT_WORDS and not compiled(rf",\s*{re.escape(name)}\b").search(text):
        return True
    return any(
        text[max(0, at - 12) : at].split()[-1:] in ([w] for w in _UNIT_WORDS)
        for at in bounded(text, name, before="-", after="-")
    )


def resolve_people(facts: Facts, paragraphs: Sequence[str]) -> None:
    """Maps every person mention in ``facts`` to one canonical person (see the module's doc)."""
    text = "\n".join(paragraphs)
    subjects = [
        _attribution_after(paragraphs[q.paragraph], q.text) if q.paragraph < len(paragraphs) else None
        for q in facts.quotes
    ]
    cast, origin = _build(facts, text, subjects)

    def canonical(mention: str | None, strip: bool = True) -> str | None:
        if not mention:
            return mention
        if mention in origin:
            return origin[mention].name
        person = cast.find(mention)
        if person is None and strip:
            cleaned, _ = _clean(mention, None, text)
            person = cast.find(cleaned) if cleaned != mention else None
        return person.name if person else mention

    for quote, who in zip(facts.quotes, subjects, strict=True):
        named = cast.find(who) if who else None
        quote.speaker = named.name if named else canonical(quote.speaker)
    for statement in facts.statements:
        statement.speaker = canonical(statement.speaker)
    for step in facts.next_steps:
        # An actor written with its role ("Presiden Ramos") keeps it unless the text names it in full.
        step.actor = canonical(step.actor, strip=False)
    facts.people = [
        Person(p.name, p.role, p.organization, sorted({a for a in p.aliases if a and a != p.name}))
        for p in sorted(cast.people, key=lambda p: p.order)
    ]
