"""The people of one article and their mentions: the index the extraction passes build and the
quote, statement and next-step passes query (who is who, who a pronoun or an office refers to)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.extract.degrees import WRITTEN_DEGREES
from briefgen.extract.lexicon import (
    ATTRIBUTION_VERBS,
    ENGLISH_SPEECH_VERBS,
    HONORIFICS,
    NAME_HONORIFICS,
    OFFICE_TITLES,
    REGIONAL_TITLES,
    SPEECH_VERBS,
    TITLE_WORDS,
    WORD_RE,
    words,
)
from briefgen.extract.runs import DEGREES
from briefgen.extract.sentences import sentence_spans
from briefgen.model import Person

SUBJECT_GAP = (
    r"[\s,]*(?:yang\s+)?(?:(?:juga|pun|kembali|turut|lantas|lalu|kemudian|sendiri|pula|telah|sudah)\s+)*"
)
SPEECH_AFTER = re.compile(
    rf"{SUBJECT_GAP}(?:{SPEECH_VERBS})\b|[\s,]*(?:(?:also|then|later|recently|further|[a-z]+ly)\s+)?"
    rf"(?:{ENGLISH_SPEECH_VERBS})\b"
)


@dataclass
class Mention:
    paragraph: int
    start: int
    end: int
    person: int  # index into PeopleIndex.people
    text: str


@dataclass
class Record:
    name: str
    core: tuple[str, ...]
    role: str | None = None
    organization: str | None = None
    aliases: list[str] = field(default_factory=list)
    role_acronyms: list[str] = field(default_factory=list)
    nicknames: list[str] = field(default_factory=list)
    last_seen: tuple[int, int] = (0, 0)

    def role_conflicts(self, other: Record) -> bool:
        """Both have roles and they differ: two people, whatever their names."""
        # "Mendag" and "Menteri Perdagangan" are one office written two ways, and so are "Wali Kota"
        # and "Walikota" (spacing and hyphens differ from one paragraph to the next).
        return bool(self.role and other.role and _role_key(self.role) != _role_key(other.role))

    def core_in(self, text: str) -> bool:
        """Whether ``text`` writes a word of the name (a mention by name, not by office alone)."""
        written = set(core_tokens(text))
        return any(w in written for w in self.core)

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split()).strip(" ,.")
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


def _lead_capitals(role: str) -> str:
    """``MENTERI Sosial`` → ``Menteri Sosial``: outlets that print a lead's first word in capitals
    (``SEMARANG - GUBERNUR Jawa Tengah …``) capitalise the title with it. A title word so printed
    is written as the office is spelt; acronyms and roles printed in capitals whole stay as they are."""
    first, space, rest = role.partition(" ")
    title = first.capitalize()
    if len(first) > 3 and first.isupper() and not (rest and rest.isupper()) and title in TITLE_WORDS:
        return title + space + rest
    return role


@lru_cache(maxsize=4096)
def _role_key(role: str) -> str:
    """A role as ``role_conflicts`` compares it: spelled out, casefolded, without spaces or hyphens."""
    return re.sub(r"[\s-]+", "", _full_title(role))


# Short titles of regional offices that the press writes before the region ("Sekda Lebong"): spelt
# out to compare with the role as introduced, but no reference to a holder on their own (a bare
# "Sekda" in a list of addressees is no person's mention).
_REGIONAL_SHORT_TITLES = {
    "Sekda": "Sekretaris Daerah",
    "Sekdaprov": "Sekretaris Daerah Provinsi",
    "Sekdakab": "Sekretaris Daerah Kabupaten",
    "Sekdakot": "Sekretaris Daerah Kota",
}


@lru_cache(maxsize=4096)
def _full_title(role: str) -> str:
    """A role with its office abbreviation spelled out, casefolded: ``Mensos RI`` → ``menteri sosial ri``."""
    words = role.split()
    for n in (2, 1):
        head = " ".join(words[:n])
        if len(words) >= n and head in OFFICE_TITLES:
            return " ".join([OFFICE_TITLES[head], *words[n:]]).casefold()
        if len(words) > n and head in _REGIONAL_SHORT_TITLES:  # "Sekda Lebong", never "Sekda" alone
            return " ".join([_REGIONAL_SHORT_TITLES[head], *words[n:]]).casefold()
    for key, title in OFFICE_TITLES.items():  # "kapolri" written in lower case
        if key.casefold() == role.casefold():
            return title.casefold()
    return role.casefold()


_REGION_KINDS = re.compile(r"\s(?:kabupaten|kab\.?|kota|provinsi|prov\.?)(?=\s)")


def _regionless(title: str) -> str:
    """A spelt-out title without the kind of region it names (``… kabupaten lebong`` → ``… lebong``)."""
    return _REGION_KINDS.sub("", title)


_ENGLISH_TITLES = frozenset(
    {
        "minister",
        "governor",
        "ambassador",
        "mayor",
        "regent",
        "president",
        "secretary",
        "director",
        "chairman",
    }
)


# English words that make a title another office, its second: "the president" is not the Vice
# President, "the minister" not the Deputy Minister (the closed class of English deputy titles);
# nor is "the minister" the Prime Minister, the head of government.
_ENGLISH_SECONDS = frozenset({"vice", "deputy", "assistant", "prime"})


def _english_title_last(role: str, wanted: str) -> bool:
    """Whether ``role`` is an English office ending in the title ``wanted`` (``Tourism Minister``),
    not a deputy's or another office's (``Vice President`` is not ``the president``, ``Prime
    Minister`` not ``the minister``)."""
    words = role.casefold().split()
    return (
        wanted in _ENGLISH_TITLES
        and len(words) > 1
        and words[-1] == wanted
        and words[-2] not in _ENGLISH_SECONDS
    )


# Particles inside Dutch, German and Malay names ("Pieter van der Berg", "Ahmad bin Hashim"),
# written lower- or upper-case depending on position: not what tells two people apart.
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "bin", "binti", "boru"})


# (compiled once: these two run for every name compared, issue 17)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?")
_REPEATED = re.compile(r"(.)\1+")


def core_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without honorifics, initials and degrees: ``Dr. H. Budi S.`` → (Budi,)."""
    name = WRITTEN_DEGREES.sub("", DEGREES.sub("", name))
    words = _NAME_WORD.findall(name)
    return tuple(
        w
        for w in words
        if not w.endswith(".")
        and not (len(w) == 1 and w.isupper())  # "L.P": an initial written without its full stop
        and w not in HONORIFICS
        and w not in NAME_HONORIFICS
        and w.lower() not in _PARTICLES
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|(?:[A-Z]\.){0,2}[A-Z]")


def _inner_initials(name: str) -> int:
    """How many initials a name has between its first and last words (``Sinta K.W. Hadiprojo`` → 1)."""
    return sum(1 for w in name.split()[1:-1] if _INITIALS.fullmatch(w))


_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{2})['’]s$")

# No article names this many people (the corpora: at most a dozen); a list of thousands of names
# would make every pass that compares people with people (the name merges, coreference) quadratic.
MAX_PEOPLE = 100


@dataclass
class PeopleIndex:
    """The people of one article and every place they are mentioned."""

    people: list[Record] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # (paragraph, offset, person) of every sentence whose subject is a named person, in order:
    # what a pronoun attribution ("ujarnya", "Ia menambahkan", "he said") refers back to.
    subjects: list[tuple[int, int, int]] = field(default_factory=list)
    overflow: int = 0  # mentions of new people refused once the index holds MAX_PEOPLE

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

    def speaker_before(
        self, paragraph: int, pos: int, skip: Sequence[tuple[int, int, int]] = ()
    ) -> str | None:
        """Who a pronoun at ``pos`` refers to: the subject of the latest sentence before it that
        has a named subject (``Darman menyampaikan bahwa Gubernur Yohanes …`` → Darman), else the
        person mentioned last."""
        best: tuple[int, int, int] | None = None
        for subject in self.subjects:
            if (subject[0], subject[1]) >= (paragraph, pos):
                break
            best = subject
        if best is None:
            return self.last_before(paragraph, pos, skip)
        return self.people[best[2]].name

    def note_subjects(self, paragraphs: Sequence[str], skip: Sequence[tuple[int, int, int]]) -> None:
        """Find the named subject of every sentence outside quotations (see ``speaker_before``)."""
        self.subjects = []
        by_paragraph: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if not any(p == m.paragraph and s <= m.start < e for p, s, e in skip):
                by_paragraph.setdefault(m.paragraph, []).append(m)
        for number in sorted(by_paragraph):
            text = paragraphs[number]
            found = sorted(by_paragraph[number], key=lambda m: m.start)
            for start, end in sentence_spans(text):
                inside = [m for m in found if start <= m.start < end]
                subject = _sentence_subject(text, start, inside)
                office = _OFFICE_AGENT.search(text, start, end)
                if office is not None and any(p == number and s <= office.start() < e for p, s, e in skip):
                    office = None  # an office named inside a quotation
                if office is not None:
                    # "Bahkan, kata Wapres, …", "dikatakan Mendag, Presiden Budi …": the office
                    # speaks, whoever the sentence names after it; an office no one holds here
                    # names no new subject (the person followed goes on).
                    holder = self.holder_of(office.group("office"))
                    if holder is not None:
                        self.subjects.append((number, office.start("office"), holder))
                    continue
                if subject is not None:
                    self.subjects.append((number, subject.start, subject.person))

    def note_speaker(self, paragraph: int, pos: int, name: str) -> None:
        """Record the person called ``name`` as the subject of the attribution at ``pos`` (after a
        quotation), in order among the subjects ``note_subjects`` found."""
        index = next((i for i, p in enumerate(self.people) if p.name == name), None)
        if index is not None:
            bisect.insort(self.subjects, (paragraph, pos, index))

    def organization_of(self, name: str) -> str | None:
        """The organisation of the person called ``name`` (full name), when the article gives one."""
        for p in self.people:
            if p.name == name:
                return p.organization
        return None

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
            # "Wamen Kelautan Ratna": drop the words that are nobody's name and try again.
            cores = {w for p in self.people for w in p.core}
            named = words & cores
            # "tegas Bupati Hidayattulah": a misspelt name word stays, the title goes.
            named |= {
                w
                for w in words - cores
                if len(w) >= _MIN_VARIANT_WORD and any(spelling_variant(w, c) for c in cores)
            }
            match = self._match(tuple(named))
        if match is None:
            match = self.holder_of(text)  # "tegas kapolri", "kata Menhub"
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
    ) -> int | None:
        """Register a mention of ``name``; returns the person's index (merging into a known person),
        or None when ``name`` would be a person beyond the first ``MAX_PEOPLE`` (not registered), or
        is the English pronoun "I" (after a title and a comma: "… to Prime Minister Abbott, I think")."""
        name = _POSSESSIVE.sub("", name)  # "President Budi Santoso's target": the name without "'s"
        if name.strip() == "I":
            return None
        if written is not None:
            written = _POSSESSIVE.sub("", written)
        core = core_tokens(name)
        index = self._match(core, role)
        if index is None:
            if len(self.people) >= MAX_PEOPLE:
                self.overflow += 1
                return None
            self.people.append(Record(name, core))
            index = len(self.people) - 1
        record = self.people[index]
        if len(core) > len(record.core) or (
            core == record.core and _inner_initials(name) > _inner_initials(record.name)
        ):  # a fuller form of a name seen short first ("Sinta K.W. Hadiprojo" after "Sinta Hadiprojo")
            old = record.name
            record.name, record.core = name, core
            record.add_alias(old)
        elif name != record.name:
            record.add_alias(name)
            if written and written != name:
                record.add_alias(written)
        if role and not record.role:
            record.role = _lead_capitals(role)
        if organization and not record.organization:
            record.organization = organization
        for acronym in role_acronyms:
            if acronym not in record.role_acronyms:
                record.role_acronyms.append(acronym)
        record.last_seen = (paragraph, span[0])
        self.mentions.append(Mention(paragraph, span[0], span[1], index, written or name))
        return index

    def add_role_mention(self, paragraph: int, span: tuple[int, int], role_text: str) -> bool:
        """``ujar Wamen Kelautan``: a role or role acronym alone, when it belongs to a known person."""
        index = self.holder_of(role_text)
        if index is None:
            return False
        self.mentions.append(Mention(paragraph, span[0], span[1], index, " ".join(role_text.split())))
        self.people[index].last_seen = (paragraph, span[0])
        return True

    def holder_of(self, role_text: str) -> int | None:
        """The person holding the office ``role_text`` names, the one seen last when several do."""
        holders = self.holders_of(role_text)
        return holders[0] if holders else None

    def holders_of(self, role_text: str) -> list[int]:
        """Everyone holding the office ``role_text`` names (``Menhub`` → the Menteri Perhubungan of
        the article; ``Kapolri`` → whoever was introduced as Kapolri): exact titles first, then
        the one seen last."""
        role_text = re.sub(
            r"^(?:the|this|that|sang)\s+", "", " ".join(role_text.split()).strip(" ,."), flags=re.I
        )
        if not role_text:
            return []
        wanted = _full_title(role_text)
        holders = [
            i
            for i, p in enumerate(self.people)
            if role_text in p.role_acronyms
            or (p.role and (_full_title(p.role) == wanted or _full_title(p.role).startswith(wanted + " ")))
            # "Sekda Lebong" for the "Sekretaris Daerah Kabupaten Lebong": the region's kind left out.
            or (p.role and " " in wanted and _regionless(_full_title(p.role)) == _regionless(wanted))
            # "the minister" for the "Tourism Minister", "the governor" for the "Papua Governor":
            # an English title is written after the office it names.
            or (p.role and " " not in wanted and _english_title_last(p.role, wanted))
            # "Rektor Unimal" for the Rektor whose body is Unimal: the title and the body together.
            or (p.role and p.organization and wanted == _full_title(f"{p.role} {p.organization}"))
        ]

        def preference(i: int) -> tuple[bool, int, int]:
            seen = self.people[i].last_seen
            return (_full_title(self.people[i].role or "") != wanted, -seen[0], -seen[1])

        return sorted(holders, key=preference)

    def _match(self, core: tuple[str, ...], role: str | None = None) -> int | None:
        if not core:
            return None
        words = set(core)
        candidates = [i for i, p in enumerate(self.people) if words <= set(p.core) or set(p.core) <= words]
        if not candidates:
            # "Bupati Hidayattulah" after "Hidayatullah Sjahid": a long word spelt with one edit,
            # when it stands for one person only.
            candidates = [i for i, p in enumerate(self.people) if _variant_of(words, p.core)]
            return candidates[0] if len(candidates) == 1 else None
        if len(candidates) > 1 and role:
            # "PM Tanaka" after "Prime Minister Kenji Tanaka and his wife, Yumi Tanaka": the one
            # who holds the office the mention's title names (its initials, or the full title).
            holders = set(self.holders_of(role))
            fitting = [i for i in candidates if i in holders] or [
                i for i in candidates if _initials_of(role, self.people[i].role)
            ]
            candidates = fitting or candidates
        return max(candidates, key=lambda i: self.people[i].last_seen)


def _initials_of(short: str, role: str | None) -> bool:
    """Whether the title ``short`` is the initials of the title ``role`` (``PM`` of ``Prime
    Minister``, of ``Perdana Menteri``), a place before or after it aside (``Japanese Prime
    Minister``, ``Perdana Menteri Jepang``); not of a longer phrase that opens with the title."""
    if not role or not short.isupper() or len(short) < 2:
        return False
    words = [w for w in role.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return initials == short or (len(words) == len(short) + 1 and short in (initials[1:], initials[:-1]))


_MIN_VARIANT_WORD = 7  # letters of a name word that may be misspelt by one edit


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def _squeezed(word: str) -> str:
    return _REPEATED.sub(r"\1", word.casefold())


def spelling_variant(a: str, b: str) -> bool:
    """Whether two long name words are one spelling apart: one edit, or letters doubled elsewhere
    (``Hidayattulah`` for ``Hidayatullah``)."""
    return a != b and (one_edit(a, b) or _squeezed(a) == _squeezed(b))


def _variant_of(words: set[str], core: Sequence[str]) -> bool:
    """Whether every word of ``words`` is a word of ``core``, one long one misspelt by one edit."""
    missing = words - set(core)
    return (
        len(missing) == 1
        and len(words) <= len(core)
        and all(
            len(w) >= _MIN_VARIANT_WORD and any(spelling_variant(w, c) for c in core if c not in words)
            for w in missing
        )
    )


# Words that may open a sentence before its subject ("Sementara itu Budi …", "Lebih lanjut, Budi …").
_BEFORE_SUBJECT = words(
    """
    sementara itu ini pun adapun lalu kemudian namun selain dan tetapi tapi lebih lanjut selanjutnya
    sedangkan bahkan juga kini saat ditemui usai menurutnya meanwhile also however then and but
    """
)
_AGENT_BEFORE = re.compile(
    rf"\b(?:oleh|menurut|(?:penjelasan|keterangan|pernyataan)(?:\s+dari)?|according\s+to|by|(?:{ATTRIBUTION_VERBS})(?:nya)?|said|says|added|told)\s+$",
    re.I,
)
# "Hal tersebut dibantah Mendag": the agent of a passive verb of saying is who spoke.
_PASSIVE_BEFORE = re.compile(
    r"\bdi(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|bantah|sebut(?:kan)?|paparkan|akui|nyatakan|benarkan"
    r"|utarakan|kemukakan|ucapkan|tuturkan|tanggapi|umumkan|konfirmasi|terangkan)\s+$"
)
_ENGLISHSPEECH_AFTER = re.compile(
    r"[\s,]*(?:(?:also|then|later|further)\s+)?(?:said|says|added|stated|told|explained|noted|stressed"
    r"|emphasized|emphasised|asserted|remarked|revealed|announced|conveyed|expressed)\b"
)


# An office alone as the agent of a sentence's speech: "kata Wapres,", "menurut Mendag,",
# "dikatakan Gubernur,", "Hal itu disampaikan Menlu." (no name after the office).
_OFFICE_AGENT = re.compile(
    rf"(?:\b(?:menurut|(?:{ATTRIBUTION_VERBS})(?:nya)?)|{_PASSIVE_BEFORE.pattern[:-4]})\s+"
    r"(?P<office>"
    + "|".join(
        sorted(
            sorted(
                map(re.escape, {*OFFICE_TITLES, *REGIONAL_TITLES, "Menteri", "Presiden", "Wakil Presiden"})
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?=\s*[,.;]|\s+(?:itu|tersebut|ini|juga|pun)\b)",
    re.IGNORECASE,
)
_CUE_WINDOW = 100  # characters before a mention that _AGENT_BEFORE / _PASSIVE_BEFORE can span


_PRONOUN_SUBJECT = re.compile(
    r"(?:[^,.;:!?“”\"]{0,40},\s*)?(?:ia|dia|beliau|dirinya|he|she)\s", re.IGNORECASE
)


def _sentence_subject(text: str, start: int, mentions: Sequence[Mention]) -> Mention | None:
    """The named subject of the sentence at ``start``: a mention that opens it (after an
    adverbial phrase up to a comma, ``Kepada wartawan, Mu'ti …``), or the first mention followed
    by a verb of saying or preceded by ``oleh``/``kata``; None for a pronoun subject."""
    for k, m in enumerate(mentions):
        # Both patterns end at the mention: the words just before it are enough (a whole long
        # sentence searched for every mention in it made this quadratic; issue 15).
        before = text[max(start, m.start - _CUE_WINDOW) : m.start]
        agent = _AGENT_BEFORE.search(before)
        if agent is not None and k and _mere_agent(agent, before) and _opens(text, start, mentions[0]):
            continue  # "Budi menghadiri rapat yang dipimpin oleh Presiden Ani": Budi's sentence
        if agent is not None or _PASSIVE_BEFORE.search(before):
            return m
        if SPEECH_AFTER.match(text, m.end) or _ENGLISHSPEECH_AFTER.match(text, m.end):
            return m
    if _PRONOUN_SUBJECT.match(text, start):
        return None  # "Seperti kemarin, ia mengaku diundang oleh Gubernur …": still the same person
    if not mentions:
        return None
    return mentions[0] if _opens(text, start, mentions[0]) else None


# The agent of a passive verb of saying, "oleh" or "by" apart from it: "disampaikan langsung oleh".
_SAID_BY = re.compile(
    r"\b(?:di(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|sebut(?:kan)?|paparkan|nyatakan|utarakan"
    r"|kemukakan|ucapkan|tuturkan|umumkan|terangkan)|(?:said|stated|announced|explained|expressed|conveyed)"
    r")\s+(?:[^\W\d_][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


def _mere_agent(agent: re.Match[str], before: str) -> bool:
    """Whether the cue before a mention is a bare ``oleh`` / ``by`` of a passive verb other than
    one of saying (``rapat yang dipimpin oleh``, ``chaired by``): the agent of a clause inside the
    sentence, not its subject."""
    word = agent.group(0).split()[0].casefold()
    return word in {"oleh", "by"} and _SAID_BY.search(before, 0, agent.start()) is None


def _opens(text: str, start: int, first: Mention) -> bool:
    """Whether the sentence at ``start`` opens with the mention ``first`` (after an adverbial phrase
    up to a comma, or words that stand before a subject)."""
    before = text[start : first.start]
    if "," in before:
        before = before.rsplit(",", 1)[1]
    if re.search(r"[“”\"]", before):
        return False
    written = WORD_RE.findall(before)
    return all(w.lower() in _BEFORE_SUBJECT for w in written) or _portfolio_before(written, first.text)


def _portfolio_before(written: Sequence[str], mention: str) -> bool:
    """``Finance Minister Budi``, ``Administrative and Bureaucratic Reform Minister Budi``: an
    English office's portfolio, capitalised words (joined by ``and``/``of``) right before the
    title the mention opens with, is no subject of its own."""
    title = mention.split(maxsplit=1)[0].casefold() if mention else ""
    if title not in _ENGLISH_TITLES or not written or not written[-1][:1].isupper():
        return False
    words = list(written)
    while words and words[0].lower() in _BEFORE_SUBJECT and words[0].lower() not in _PORTFOLIO_JOINS:
        words.pop(0)  # "Meanwhile, Finance Minister …", "Also Trade Minister …"
    return bool(words) and all(w[:1].isupper() or w in _PORTFOLIO_JOINS for w in words)


_PORTFOLIO_JOINS = frozenset({"and", "of", "dan"})


def drop_person(index: PeopleIndex, i: int) -> None:
    """Remove person ``i`` and every mention of them."""
    index.mentions = [m for m in index.mentions if m.person != i]
    for m in index.mentions:
        if m.person > i:
            m.person -= 1
    del index.people[i]


def merge_people(index: PeopleIndex, keep: int, drop: int) -> int:
    """Fold person ``drop`` into ``keep``; returns ``keep``'s index after the removal."""
    kept, dropped = index.people[keep], index.people[drop]
    kept.add_alias(dropped.name)
    for alias in dropped.aliases:
        kept.add_alias(alias)
    if dropped.role and not kept.role:
        kept.role = dropped.role
    if dropped.organization and not kept.organization:
        kept.organization = dropped.organization
    for acronym in dropped.role_acronyms:
        if acronym not in kept.role_acronyms:
            kept.role_acronyms.append(acronym)
    kept.nicknames.extend(n for n in dropped.nicknames if n not in kept.nicknames)
    for m in index.mentions:
        if m.person == drop:
            m.person = keep
        if m.person > drop:
            m.person -= 1
    del index.people[drop]
    return keep - 1 if keep > drop else keep
