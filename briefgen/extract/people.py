"""Finds people with their roles and organisations in an article's paragraphs (the index they go into is
``index.py``; the passes merging names written several ways are ``names.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.index import SPEECH_AFTER, SUBJECT_GAP, Mention, PeopleIndex, core_tokens
from briefgen.extract.lexicon import (
    ADDRESS_CUES,
    ATTRIBUTION_VERBS,
    CITIES,
    COMPANY_SUFFIXES,
    FUNCTION_WORDS,
    HONORIFICS,
    LOCATION_WORDS,
    NAME_HONORIFICS,
    NAME_PREFIXES,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_CUES,
    PLACES,
    RANK_SUFFIXES,
    RANKS,
    REGIONAL_TITLES,
    ROLE_ACRONYMS,
    TITLES,
    WEEKDAYS,
    WORD_RE,
    is_acronym,
    known_acronyms,
    words,
)
from briefgen.extract.organizations import Definition, compact
from briefgen.extract.runs import DEGREES, Run, Unit, find_runs
from briefgen.extract.sentences import sentence_spans

__all__ = ["SUBJECT_GAP", "Mention", "PeopleIndex", "Vocabulary", "core_tokens", "find_people", "is_headline"]

_CONNECTORS = frozenset({"of", "and", "dan", "for", "the", "&"})
# Titles as sequences of capitalised words (connectors such as "of" live between units).
_TITLE_SEQUENCES: tuple[tuple[str, ...], ...] = tuple(
    sorted((tuple(w for w in t.split() if w not in _CONNECTORS) for t in TITLES), key=len, reverse=True)
)
_AFTER_ATTRIBUTION = re.compile(
    rf"\b(?:(?:{ATTRIBUTION_VERBS})(?:nya)?\s+(?:oleh\s+)?|(?:said|says|added|according\s+to)\s+)$",
    re.IGNORECASE,
)
# "aktor berbakat Park Min Soo": a person noun, at most two modifiers, then the name.
_NOT_MODIFIERS = r"(?!(?:di|ke|dari|pada|dan|serta|untuk|dengan|oleh|yang|bagi|dalam|atas|tentang)\b)"
_CUE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PERSON_CUES)) + rf")\b(?:\s+{_NOT_MODIFIERS}[a-z0-9][\w-]*){{0,2}}\s+$",
    re.IGNORECASE,
)
# "wakil gubernur Kepri, Hj Siti …", "bupati Sleman, Budi …": a regional office written in lower
# case with its region, then the holder's name after a comma.
_REGIONAL_CUE = re.compile(
    r"\b(?:wakil\s+)?(?:gubernur|bupati|wali\s?kota|governor|regent|mayor)(?:\s+(?:provinsi|kabupaten|kota))?"
    r"(?:\s+[A-Z][\w'’-]*){1,3}\s*,\s*$"
)
# "juru bicara Kementerian Kelautan, Budi …", "ketua umum Partai Maju, Siti …": a lower-case
# office with the body it serves, then the holder's name after a comma.
_OFFICE_ORG_CUE = re.compile(
    r"\b(?:juru\s+bicara|kepala|ketua|direktur|sekretaris|spokesperson|spokesman|spokeswoman|chairman"
    r"|head|director)(?:\s+(?:umum|utama|jenderal|harian|of|of\s+the))?(?:\s+[A-Z][\w'’-]*){1,6}\s*,\s*$"
)
# "Menteri luar Negeri …", "Kepala dinas Pariwisata …": a title with one word typed in lower case.
_BROKEN_TITLE = re.compile(
    r"(?<![\w-])(?P<title>[A-Z][a-z]+)\s+"
    r"(?:(?:luar|dalam|negeri|besar|muda|utama|dinas|badan|bidang|bagian|seksi|urusan)\s+){1,2}$"
)
_LOWER_CUE = re.compile(
    r"(?<![\w-])(?:anggota|ketua|wakil\s+ketua|kepala|juru\s+bicara|menteri(?:\s+luar\s+negeri|\s+dalam\s+negeri)?"
    r"|duta\s+besar|dubes|presiden|perdana\s+menteri|member|minister|president|ambassador)\s+$"
)
# Title words that also end Indonesian names ("Rizal Adi Utama"): after two name words, a name.
_NAME_END_WORDS = frozenset({"Utama"})
_FROM_ORG = re.compile(r"\s+dari\s+")
_ROLE_AFTER = re.compile(
    r",\s*(?P<role>(?:"
    + "|".join(sorted(PERSON_CUES - ADDRESS_CUES))
    + r")\b(?:(?!\s+yang\b)[^,.;:!?“”\"])*)"
)


# A lower-case word right before a single capitalised word makes it a modifier of that noun: "kopi
# Toraja", "musisi asal Irlandia", "warga Garut menilai …" name a place or a people, not a person.
# Words that link clauses ("Sementara itu Budi mengatakan …") do not.
_CLAUSE_LINKS = (
    "itu|ini|dan|serta|sementara|namun|tetapi|tapi|lalu|kemudian|pun|juga|bahkan|sedangkan|adapun"
    "|sehingga|karena|bahwa|ketika|saat|sebelumnya|sesudahnya|setelahnya|pula|kini|kali"
)
_MODIFIES = re.compile(rf"(?<![\w-])(?!(?:{_CLAUSE_LINKS})\s+$)[a-z][\w-]*\s+$")


@dataclass
class Vocabulary:
    """What the article itself says is not a name: its acronyms, roles and organisation names."""

    words: set[str]
    titles: set[str]  # role acronyms defined in the text, e.g. "DCM", "Wamen"
    org_acronyms: set[str]
    headline: str | None = None  # the article's first line when it is a headline in title case

    @classmethod
    def build(cls, definitions: Sequence[Definition]) -> Vocabulary:
        words: set[str] = set()
        titles: set[str] = set()
        orgs: set[str] = set(known_acronyms())
        for d in definitions:
            long_words = re.findall(r"[^\W\d_][\w'’\-]*", d.long)
            if d.kind == "role":
                # "Gubernur Sulawesi Barat Suhardi Duka (SDK)": a role defined with its holder's
                # name; the name's words stay names.
                long_words = [w for w in long_words if w in TITLE_WORD_SET or w in ORG_WORDS or w in PLACES]
            words.update(long_words)
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
        if word in NAME_PREFIXES:
            return True  # "Lalu", "Andi", "Ida" open Sasak, Bugis and Balinese names
        if word in HONORIFICS and word.isupper():
            return True  # "KH", "HM" written without dots are honorifics inside a name, not acronyms
        if "-" in word and any(part[:1].isupper() for part in word.split("-")[1:]):
            # "Indonesia-Korea", "K-Pop" are not names; a double surname "Wijaya-Hoffmann" is.
            return all(
                len(part) >= 3
                and part[:1].isupper()
                and part[1:].islower()
                and self.name_like(Unit(part, unit.start, unit.end, "word", unit.sep))
                for part in word.split("-")
            )
        return not (
            word in ORG_WORDS
            or any(c.isdigit() for c in word)  # "G20", "B20": a code, never a name word
            or word in RANKS
            or word in RANK_SUFFIXES
            # "Kemenkominfo", "Pemkab", "Ditjen…": a body's abbreviated name, never a person's.
            or _ORG_PREFIX.match(word) is not None
            # "Pencegahan", "Kebudayaan", "Perdagangan": nouns formed with pe-/per-/ke- … -an.
            or _NOMINAL.fullmatch(word) is not None
            or word in PLACES
            or word in FUNCTION_WORDS
            or word in LOCATION_WORDS
            or word in self.words
            or word in self.titles
            or word in TITLE_WORD_SET
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


TITLE_WORD_SET = frozenset(w for t in _TITLE_SEQUENCES for w in t)
_ADDRESS_WORDS = frozenset({"Pak", "Bu", "Bapak", "Ibu"})
# Academic degrees written after a name without dots or a comma ("Dadang Wigiarto SH").
_DEGREE_WORDS = words(
    """
    SH MH SE MM MSi MSc MPd SPd ST MT SIP SSos SKom MKom SAg MAg SHI MHum SKM MKes SKep SPi MP MAP
    MBA MPA PhD SIKom MIKom SPsi MPsi SKG SKed SSi SP SHut MSP MEng
    """
)
_AGENT_CUE = re.compile(r"\b(?:oleh|yakni|yaitu)\s+$")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:yang|dan|serta|selaku|sebagai)\b")
# Heads of a body's name that are always followed by a proper name of their own ("Partai Demokrat",
# "PT Sumber Rejeki"), unlike "Dinas" or "Badan", which take a portfolio.
_NAMED_HEADS = frozenset(
    {"Partai", "PT", "CV", "Bank", "Universitas", "Yayasan", "Institut", "Perum", "Party"}
    | {"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Kab."}
)
# The title sequences by their first word, longest first (``_title_at`` looks them up per word).
_TITLES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _title in _TITLE_SEQUENCES:
    _TITLES_BY_FIRST.setdefault(_title[0], []).append(_title)
_NOMINAL = re.compile(r"(?:Pe[mn]?|Peng|Peny|Per|Ke)[a-z]{3,}an")
_ORG_PREFIX = re.compile(r"(?:Kemen|Pemkab|Pemkot|Pemprov|Ditjen|Disdik|Dinkes)[a-z]")


def _title_word(unit: Unit) -> str:
    """The unit's word as titles are listed: ``MENTERI`` opening a lead in capitals is ``Menteri``."""
    word = unit.text
    capitalised = word.capitalize()
    if len(word) > 3 and word.isupper() and word not in TITLE_WORD_SET and capitalised in TITLE_WORD_SET:
        return word.capitalize()
    return word


def _title_at(units: Sequence[Unit], vocab: Vocabulary) -> tuple[int, int] | None:
    """(index, length) of the first job title in ``units``."""
    folded = [_title_word(u) if u.kind == "word" else None for u in units]
    for i, word in enumerate(folded):
        if word is None:
            continue
        if units[i].text in vocab.titles:
            return i, 1
        for title in _TITLES_BY_FIRST.get(word, ()):
            if tuple(folded[i : i + len(title)]) == title:
                return i, len(title)
    return None


# Balinese birth-order and caste names that follow "I" or "Ni" at the start of a name.
_BALINESE_NAMES = frozenset(
    {"Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Gusti", "Luh", "Nengah"}
)


def _name_start(role_units: Sequence[Unit], title_len: int, tail: int, known: bool = False) -> int:
    """How many of the last ``tail`` name-like units of a role run are the name itself.

    ``Ketua Umum Ikatan Guru Prof. Dr. Hasan Basri``: an honorific opens the name, so the
    words before it belong to the organisation. ``Bupati Tanjung Raya Darman Suhadi``: a regional
    title is followed by its region before the name."""
    first = len(role_units) - tail
    for k in range(first + 1, len(role_units) - 1):
        unit = role_units[k]
        if unit.text.rstrip(".") in HONORIFICS and role_units[k - 1].kind == "word":
            return len(role_units) - k
        # "Kepala Dispar Sukamaju I Made Arta": a Balinese name opens with I/Ni and a birth-order name.
        if unit.text in ("I", "Ni") and role_units[k + 1].text in _BALINESE_NAMES:
            return len(role_units) - k
    title = " ".join(u.text for u in role_units[:title_len])
    regional = any(title == t or title.endswith(" " + t) for t in REGIONAL_TITLES)
    if first == title_len and tail >= 3 and regional:
        return tail - 1
    if first == title_len and tail == 1 and regional and not known:
        return 0  # "Bupati Tanjung Raya", "Kantor Bupati Sukamaju": the region, not a person
    if tail and role_units[len(role_units) - tail].text in _PLACE_NAME_HEADS:
        return 0  # "kantor Bupati Sukamaju Jalan Sudirman": an address, not a person
    return tail


def _split_role(
    units: Sequence[Unit], title_len: int, vocab: Vocabulary, paragraph: str, defs: Sequence[Definition]
) -> tuple[str | None, str | None]:
    """(role, organisation) of a role phrase: ``Direktur Regional`` | ``KOMA Indonesia``."""
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
    title = " ".join(_title_word(u) for u in units[:title_len])
    if any(title == t or title.endswith(" " + t) for t in REGIONAL_TITLES):
        org_at = None  # "Bupati Sumbawa": the region is part of the office, not an organisation
    elif org_at is None:
        # "Presiden Direktur | Toyota Indonesia": a word that is neither title nor vocabulary is a brand.
        k = title_len
        while k < len(units) and units[k].text in TITLE_WORD_SET:
            k += 1
        if k < len(units) and units[k].connector != "/" and vocab.name_like(units[k]):
            org_at = k
    # A trailing bracketed role acronym "(Wamen KP)" stays with the role.
    last = len(units) - 1
    role_end = (org_at - 1) if org_at is not None else last
    role = compact(paragraph[units[0].start : units[role_end].end], defs) if role_end >= 0 else None
    organization = None
    if org_at is not None:
        organization = compact(paragraph[units[org_at].start : units[last].end], defs) or None
    return role or None, organization


def _degrees_at(paragraph: str, pos: int) -> re.Match[str] | None:
    """Degrees written at ``pos`` (``, M.Si.``); not an honorific opening the next name (``, Dr. Budi``)."""
    match = DEGREES.match(paragraph, pos)
    if match is None or re.match(r"\s*[A-Z]", paragraph[match.end() :]):
        return None
    return match


def _with_degrees(paragraph: str, end: int) -> int:
    match = _degrees_at(paragraph, end)
    return match.end() if match else end


def _comma_name(paragraph: str, runs: Sequence[Run], index: int, after: int, vocab: Vocabulary) -> int | None:
    """Index of the run that is ``, Name`` right after position ``after`` (an apposition)."""
    if index + 1 >= len(runs) or paragraph == vocab.headline:
        return None
    nxt = runs[index + 1]
    gap = paragraph[after : nxt.start]
    if not re.fullmatch(r",\s*", gap) or _degrees_at(paragraph, after):
        return None
    name_units = list(nxt.units)
    while len(name_units) > 2 and name_units[-1].text in _DEGREE_WORDS:
        name_units.pop()  # "…, Budi Santoso SE MSi mengatakan": degrees written without dots
    if len(name_units) > 6 or not all(
        vocab.name_like(u) or (k >= 2 and u.text in _NAME_END_WORDS) for k, u in enumerate(name_units)
    ):
        return None
    tail = paragraph[nxt.end : nxt.end + 3]
    if tail and not re.match(r"[,.;:)]|\s+[a-z(“\"]|\s*$", tail):
        return None
    return index + 1


def _split_on_and(run: Run, vocab: Vocabulary) -> list[Run]:
    """``Ratna Sari dan Dedi Kusuma`` → two runs; ``Pariwisata dan Ekonomi Kreatif`` stays whole."""
    cuts = [
        i
        for i, u in enumerate(run.units)
        if i > 0
        and u.connector in ("dan", "and", "&")
        and vocab.name_like(run.units[i - 1])
        # "Keistimewaan dan Kesra": a vocabulary word after "dan" goes on naming the same office.
        and not (u.text in ORG_WORDS and u.text not in ORG_HEADS and _title_word(u) not in _TITLE_STARTS)
        and _opens_another(run.units, i, vocab)
    ]
    return run.split(cuts) if cuts else [run]


def _opens_another(units: Sequence[Unit], i: int, vocab: Vocabulary) -> bool:
    """Whether what follows ``dan`` at unit ``i`` of a titled run is another person's phrase: a
    title, a body, or a bare name. ``Direktur Penyakit Tular Vektor dan Zoonotik Kemenkes Siti
    Nadia`` goes on naming the one office."""
    if _title_at(units[:i], vocab) is None:
        return True  # no title before: "Ratna Sari dan Dedi Kusuma"
    unit = units[i]
    if _title_word(unit) in _TITLE_STARTS or vocab.org_start(unit):
        return True
    return all(vocab.name_like(u) for u in units[i:])


# What may follow a name in apposition: ", mengatakan", ", yang …", " yang …" or the sentence end.
_APPOSITION_CLOSE = re.compile(
    r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?(?:\s*,\s*(?:yang\b|(?!(?:dan|serta|atau)\b)[a-z])|\s+(?:yang|as|who)\b|\s*[.;!?](?:\s|$)|\s*$)"
)
_VERB_OR_CLAUSE = re.compile(r"\b(?:yang|(?:me|ber|di|ter)[a-z]{4,})\b|[()“”\"]")
_TITLE_STARTS = frozenset(t.split()[0] for t in TITLES)
_PLACE_HEADS = frozenset({"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Kab.", "Kec."})
_MAX_ROLE_WORDS = 15


@dataclass(frozen=True)
class _Apposition:
    """``pemilik warung coto di Jalan Gagak, Haji Mustari, mengaku …``: a role phrase, then the name."""

    role_start: int  # where the role phrase begins (its person word)
    role_end: int  # the comma before the name
    role: str


def _is_place_phrase(text: str) -> bool:
    """``Kabupaten Sukamaju``, ``Jawa Barat``: a place written between a role and the name."""
    words = text.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return False
    return words[0] in _PLACE_HEADS or text in CITIES or all(w in PLACES for w in words)


def _name_units(units: Sequence[Unit], vocab: Vocabulary) -> bool:
    """Whether ``units`` read as a person's name, a spelled-out honorific (``Haji``) allowed first."""
    k = 0
    while k < len(units) - 1 and units[k].text in NAME_HONORIFICS:
        k += 1
    rest = units[k:]
    return 0 < len(units) <= 6 and all(vocab.name_like(u) for u in rest)


def _role_cue(segment: str, offset: int, runs: Sequence[Run], vocab: Vocabulary) -> int | None:
    """Offset (in the paragraph; ``segment`` starts at ``offset``) of the last word that names a kind
    of person, a title or an occupation; a title is taken from its first word (``Wakil Menteri``)."""
    cue: int | None = None
    cue_end = -1
    for word in WORD_RE.finditer(segment):
        text = word.group(0)
        person = text.lower() in PERSON_CUES and text.lower() not in ADDRESS_CUES
        if person or (text[:1].isupper() and (text in _TITLE_STARTS or text in vocab.titles)):
            # "musisi sekaligus pengelola label", "Ketua asosiasi importir": one role; a verb or
            # "yang" between ("… yang dipimpin Presiden KAPA") starts another.
            if cue is None or _VERB_OR_CLAUSE.search(segment[cue_end : word.start()]):
                cue = offset + word.start()
            cue_end = word.end()
    if cue is None:
        return None
    for run in runs:
        if run.start <= cue < run.end:
            title = _title_at(run.units, vocab)
            if title is not None and run.units[title[0]].start <= cue:
                return max(run.units[title[0]].start, offset)
    return cue


def _role_start(
    paragraph: str, sentence_start: int, role_end: int, runs: Sequence[Run], vocab: Vocabulary
) -> int | None:
    """Where the role phrase that ends at ``role_end`` begins, looking back comma by comma over a
    place (``…, Kabupaten Garut``) or a list inside the role (``Direktur Film, Musik, dan Media``)."""
    end = role_end
    while end > sentence_start:
        comma = paragraph.rfind(",", sentence_start, end)
        piece_start = comma + 1 if comma >= 0 else sentence_start
        piece = paragraph[piece_start:end]
        cue = _role_cue(piece, piece_start, runs, vocab)
        if cue is not None:
            return cue
        words = piece.split()
        # A piece of a list inside the role: "dan Media …", or capitalised words that are not a
        # name ("Musik" in "Direktur Film, Musik, dan Media"); a name there is another person.
        listed = bool(words) and (
            words[0] in ("dan", "serta")
            or (
                len(words) <= 4
                and all(w[:1].isupper() for w in words)
                and any(w in ORG_WORDS or w in PLACES or w in vocab.words for w in words)
            )
        )
        if comma < 0 or not (listed or _is_place_phrase(piece.strip())):
            return None
        end = comma
    return None


@lru_cache(maxsize=512)
def is_headline(paragraph: str) -> bool:
    """A line in title case without a closing full stop: a headline or sub-heading."""
    text = paragraph.strip()
    words = WORD_RE.findall(text)
    if len(words) < 4 or text[-1:] in '.!?”")':  # ")": a photo caption ending in its credit
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= 0.7 * len(words)


def _appositions(
    paragraph: str, runs: Sequence[Run], vocab: Vocabulary, defs: Sequence[Definition]
) -> dict[int, _Apposition]:
    """Names written in apposition after a role phrase, by run index: ``<role>, <Name>, <verb>``.

    The role phrase runs from its last person word (``pemilik``, ``Kepala``, ``novelis``) to the
    comma before the name; a place in between (``…, Kabupaten Garut, Ujang``) belongs to the role.
    A role that is one capitalised title run right before the comma is left to the title rules."""
    found: dict[int, _Apposition] = {}
    if paragraph == vocab.headline:
        return found  # "…, Minta Dermaga Ditutup": a headline's capitalised clause, not a name
    sentence_starts = [start for start, _ in sentence_spans(paragraph)] or [0]
    for i, run in enumerate(runs):
        comma = re.search(r",\s*$", paragraph[: run.start])
        if comma is None or not _name_units(run.units, vocab):
            continue
        end = _with_degrees(paragraph, run.end)
        if not _APPOSITION_CLOSE.match(paragraph, end):
            continue
        sentence_start = max((p for p in sentence_starts if p <= comma.start()), default=0)
        role_end = comma.start()
        role_start = _role_start(paragraph, sentence_start, role_end, runs, vocab)
        if role_start is None:
            continue
        role = paragraph[role_start:role_end]
        relative = re.search(r"\s+yang\s", role)
        if relative:
            role = role[: relative.start()]
        if len(role.split()) > _MAX_ROLE_WORDS:
            continue
        first = next((r for r in runs if r.start == role_start), None)
        if first is not None and first.end == role_end and _title_at(first.units, vocab) is not None:
            continue  # "Ketua Koperasi Tani Makmur, Budi, …": the title rules read it with its organisation
        found[i] = _Apposition(role_start, role_end, compact(role, defs).strip(" ,"))
    return found


def find_people(paragraphs: Sequence[str], definitions: Sequence[Definition]) -> PeopleIndex:
    """People, their roles and organisations, and every mention, in reading order."""
    index = PeopleIndex()
    vocab = Vocabulary.build(definitions)
    first = next((p for p in paragraphs if p.strip()), None)
    # Only the opening headline: a title-case caption further down ("Menteri Kelautan, Darman
    # Lahadalia") is read as usual.
    vocab.headline = first if first is not None and is_headline(first) else None
    candidates: list[_Candidate] = []
    for number, paragraph in enumerate(paragraphs):
        runs = [piece for run in find_runs(paragraph) for piece in _split_on_and(run, vocab)]
        appositions = _appositions(paragraph, runs, vocab, definitions)
        # ", M.Si.", ", S.T., M.T." after a name: degrees, never a name of their own ("Si").
        degrees = [
            (m.start(), m.end()) for m in DEGREES.finditer(paragraph) if _degrees_at(paragraph, m.start())
        ]
        consumed_until = -1
        for i, run in enumerate(runs):
            if run.start < consumed_until or any(s <= run.start and run.end <= e for s, e in degrees):
                continue
            apposition = appositions.get(i)
            if apposition is not None:
                end = _with_degrees(paragraph, run.end)
                index.add(paragraph[run.start : end], number, (run.start, end), role=apposition.role)
                consumed_until = end
                continue
            if any(a.role_start <= run.start < a.role_end for a in appositions.values()):
                continue  # a capitalised word inside a role phrase ("pemilik usaha Rotan Mulya")
            known = len(index.mentions)
            consumed_until = _read_run(index, vocab, definitions, paragraph, number, runs, i)
            if len(index.mentions) == known and (
                _second_of_pair(index, paragraph, number, runs, i, vocab)
                or _title_across_preposition(index, paragraph, number, runs, i, vocab)
            ):
                consumed_until = runs[i].end
            elif len(index.mentions) == known:
                candidate = _unregistered_name(paragraph, number, run, vocab)
                if candidate is not None:
                    candidates.append(candidate)
    _complete_short_names(index, candidates)
    from briefgen.extract.names import merge_names  # names.py builds on this module's index

    merge_names(index, paragraphs, vocab)
    return index


def _title_across_preposition(
    index: PeopleIndex, paragraph: str, number: int, runs: Sequence[Run], i: int, vocab: Vocabulary
) -> bool:
    """``Duta Besar RI untuk Peru Hendro Wibisono``, ``Ambassador to Peru Hendro Wibisono``: a title,
    a preposition, the country or body, then the name (registered; True)."""
    if i == 0:
        return False
    run, previous = runs[i], runs[i - 1]
    title = _title_at(previous.units, vocab)
    if title is None or not re.fullmatch(
        r"\s+(?:untuk|bagi|di|to|for|at|in|of)\s+", paragraph[previous.end : run.start]
    ):
        return False
    units = run.units
    k = 0
    while k < len(units) and not vocab.name_like(units[k]):
        k += 1
    name_units = units[k:]
    if not 1 <= k <= 3 or len(name_units) < 2 or not _name_units(name_units, vocab):
        return False
    start = previous.units[title[0]].start
    role = paragraph[start : units[k - 1].end]
    index.add(paragraph[name_units[0].start : name_units[-1].end], number, (start, run.end), role=role)
    return True


def _second_of_pair(
    index: PeopleIndex, paragraph: str, number: int, runs: Sequence[Run], i: int, vocab: Vocabulary
) -> bool:
    """``Wamenkes Ratna Sari dan Dedi Kusuma Wardana``: a full name joined by ``dan``
    to a titled person's name shares the title (registered; True) when nothing else follows it."""
    if i == 0 or not index.mentions:
        return False
    run, last = runs[i], index.mentions[-1]
    record = index.people[last.person]
    if (
        last.paragraph != number
        or last.end != runs[i - 1].end
        or not record.role
        or not re.fullmatch(r"\s+(?:dan|serta|and)\s+", paragraph[last.end : run.start])
        or len([u for u in run.units if u.kind == "word"]) < 2
        or not _name_units(run.units, vocab)
        or not re.match(r"\s*(?:[,.;:)]|$|\s+[a-z])", paragraph[run.end :])
    ):
        return False
    index.add(run.text(paragraph), number, (run.start, run.end), role=record.role)
    return True


# Common nouns that open the name of a street, a place or a business ("Jalan Budi Utomo").
_PLACE_NAME_HEADS = words(
    """
    Jalan Jl Gang Lorong Desa Kampung Dusun Kelurahan Kecamatan Pasar Sungai Kali Gunung Bukit Pantai
    Pulau Danau Teluk Tanjung Kedai Toko Warung Rumah Restoran Kafe Sanggar Pondok Pesantren Masjid
    Gereja Pura Vihara Klenteng Candi Taman Lapangan Stadion Hotel Galeri Museum Sekolah Kawasan Bandar
    Terminal Stasiun Pelabuhan Pekan Festival Lomba Piala Tim Klub Grup Band Kelompok Komunitas
    """
)


@dataclass(frozen=True)
class _Candidate:
    """A name-like run no rule registered (``Barista juara asal Kyoto, Yamamoto Hiroshi, …``)."""

    paragraph: int
    start: int
    end: int
    name: str
    role: str | None


def _unregistered_name(paragraph: str, number: int, run: Run, vocab: Vocabulary) -> _Candidate | None:
    """The run as a possible full name: two to five name-like words, no sentence-opening word."""
    units = run.units
    while units and units[0].kind == "word" and units[0].text in FUNCTION_WORDS:
        units = units[1:]
    # "… Science, and Technology Arif Wirananda": the name is the name-like end of the run.
    while units and not all(vocab.name_like(u) for u in units):
        units = units[1:]
    words = [u for u in units if u.kind == "word"]
    if not 2 <= len(words) <= 5 or not all(vocab.name_like(u) for u in units):
        return None
    if units[0].text in _PLACE_NAME_HEADS:
        return None  # "Jalan Budi Utomo", "Kampung Naga": a street or a place named after someone
    end = _with_degrees(paragraph, units[-1].end)
    after_role = _ROLE_AFTER.match(paragraph, end)
    role = after_role.group("role") if after_role else None
    return _Candidate(number, units[0].start, end, paragraph[units[0].start : end], role)


def _complete_short_names(index: PeopleIndex, candidates: Sequence[_Candidate]) -> None:
    """``kata Yamamoto`` names a person by one word whose full name was written earlier without a
    cue the rules know (``Barista juara asal Kyoto, Yamamoto Hiroshi, memperagakan …``): the
    nearest earlier name-like run holding that word is the person's full name. Family-name-first
    names (Japanese, Korean, Chinese) are completed the same way as given-name-first ones."""
    for number, record in enumerate(index.people):
        if len(record.core) != 1:
            continue
        mentions = [m for m in index.mentions if m.person == number]
        if not mentions:
            continue
        first = min(mentions, key=lambda m: (m.paragraph, m.start))
        fitting = [
            c
            for c in candidates
            if (c.paragraph, c.start) < (first.paragraph, first.start)
            and record.core[0] in core_tokens(c.name)
            and index._match(core_tokens(c.name)) in (None, number)
        ]
        if not fitting:
            continue
        best = max(fitting, key=lambda c: (c.paragraph, c.start))
        old = record.name
        record.name, record.core = best.name, core_tokens(best.name)
        record.add_alias(old)
        if best.role and not record.role:
            record.role = best.role
        index.mentions.append(Mention(best.paragraph, best.start, best.end, number, best.name))


def _name_before_title(
    index: PeopleIndex,
    vocab: Vocabulary,
    defs: Sequence[Definition],
    paragraph: str,
    number: int,
    units: Sequence[Unit],
    t: int,
    length: int,
) -> bool:
    """``… laporan kinerja Darman Suhadi Direktur Utama PT Maju …``: a full name written right
    before its title without a comma, in running text (a lower-case word before it, so not a
    headline in title case). Registers it and returns True."""
    name_units = units[:t]
    if not 2 <= len(name_units) <= 4 or not all(vocab.name_like(u) and u.kind == "word" for u in name_units):
        return False
    if not re.search(r"\b[a-z][\w-]*\s+$", paragraph[: name_units[0].start]):
        return False
    rest = units[t:]
    for u in rest[length:]:
        if vocab.org_start(u) or u.text in COMPANY_SUFFIXES:
            break  # "… PT Sumber Rejeki": what follows names the organisation
        if vocab.name_like(u):
            return False  # the title has a name of its own after it
    role, org = _split_role(rest, length, vocab, paragraph, defs)
    name = paragraph[name_units[0].start : name_units[-1].end]
    index.add(name, number, (name_units[0].start, rest[-1].end), role=role, organization=org)
    return True


def _read_run(
    index: PeopleIndex,
    vocab: Vocabulary,
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
        if _name_before_title(index, vocab, defs, paragraph, number, units, t, length):
            return run.end
        # "Gubernur Sulawesi Barat Suhardi Duka (SDK)": a bracketed short form after the name is
        # not part of the role (it is read as the person's nickname afterwards).
        while (
            len(role_units) > length + 1 and role_units[-1].kind == "paren" and role_units[-2].kind == "word"
        ):
            if not vocab.name_like(role_units[-2]) or role_units[-1].text in vocab.org_acronyms:
                break
            role_units = role_units[:-1]
        # "Bupati Situbondo H. Dadang Wigiarto SH": degrees written without a comma end the name.
        degrees_after = 0
        while (
            len(role_units) - degrees_after > length + 1
            and role_units[-1 - degrees_after].text in _DEGREE_WORDS
        ):
            degrees_after += 1
        degree_units = role_units[len(role_units) - degrees_after :]
        role_units = role_units[: len(role_units) - degrees_after]
        tail = 0
        while tail < len(role_units) - length and vocab.name_like(role_units[len(role_units) - 1 - tail]):
            tail += 1
        if not tail:
            role_units = (*role_units, *degree_units)
            degree_units = ()
        before_tail = len(role_units) - tail - 1
        if tail and before_tail >= length and role_units[before_tail].text in _NAMED_HEADS:
            tail -= 1  # "Sekjen Partai Maju", "Ketua Partai Rakyat Budi …": the body's own name
        apposition = _comma_name(paragraph, runs, i, run.end, vocab)
        acronyms = [
            u.text
            for u in units[t:]
            if u.kind == "paren" and any(d.acronym == u.text and d.kind == "role" for d in defs)
        ]
        if apposition is not None:
            name_run = runs[apposition]
            role, org = _split_role(role_units, length, vocab, paragraph, defs)
            end = _with_degrees(paragraph, name_run.end)
            name = paragraph[name_run.start : end]
            index.add(
                name, number, (role_units[0].start, end), role=role, organization=org, role_acronyms=acronyms
            )
            return end
        last_word = role_units[-1].text
        known = any(last_word in p.core for p in index.people)
        tail = _name_start(role_units, length, tail, known)
        if tail:
            name_units = (*role_units[len(role_units) - tail :], *degree_units)
            role_part = list(role_units[: len(role_units) - tail])
            # "Kapolda Irjen Darman": the rank sits between the office and the name, in neither.
            while len(role_part) > length and (
                role_part[-1].text in RANKS or role_part[-1].text in RANK_SUFFIXES
            ):
                role_part.pop()
            role, org = _split_role(role_part, length, vocab, paragraph, defs)
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
    # "Menurut Eri", "Kemarin Irene": a sentence's opening word is not part of the name; "Lalu"
    # opening a Sasak name inside a sentence ("…, Lalu Muhammad Zainuddin, …") is.
    # Looked up from the run backwards, not by a search over the whole text before it, which
    # made a paragraph of many names quadratic.
    back = run.start - 1
    while back >= 0 and paragraph[back].isspace():
        back -= 1
    sentence_start = run.start == 0 or (back >= 0 and paragraph[back] in '.!?”"')
    while (
        len(units) > 1
        and units[0].kind == "word"
        and units[0].text in FUNCTION_WORDS
        and (sentence_start or units[0].text not in NAME_PREFIXES)
    ):
        units = units[1:]
    if len(units) == 1 and units[0].text in FUNCTION_WORDS:
        return run.end
    run = Run(units)
    # "Novelis Arya Permana, yang …": a word for a kind of person opens the run; it is the role.
    cue_role: str | None = None
    if (
        len(units) >= 3  # "Perajin Jepara": one word after a person noun is as often a place
        and units[0].kind == "word"
        and units[0].text.lower() in PERSON_CUES
        and units[0].text.lower() not in ADDRESS_CUES
        and all(vocab.name_like(u) for u in units[1:])
    ):
        cue_role = units[0].text
        units = units[1:]
        run = Run(units)
    # "Menteri luar Negeri Budi Santoso": a title with one word typed in lower case; the run
    # starts inside the title and ends with the name.
    broken = _BROKEN_TITLE.search(paragraph[max(0, run.start - 40) : run.start])
    head = 0
    while head < len(units) and units[head].kind == "word" and not vocab.name_like(units[head]):
        head += 1
    if broken is not None and broken.group("title") not in _TITLE_STARTS:
        broken = None
    if broken is None:
        # "anggota DPR RI Budi Santoso", "menteri luar negeri Peru Juan Soto": a lower-case
        # person word, then the body or the country of the office, then the name.
        broken = _LOWER_CUE.search(paragraph[max(0, run.start - 40) : run.start])
    if broken is not None and 0 < head <= len(units) - 2 and all(vocab.name_like(u) for u in units[head:]):
        role_start = run.start - (len(broken.group(0)))
        end = _with_degrees(paragraph, units[-1].end)
        role = " ".join(paragraph[role_start : units[head].start].split())
        index.add(paragraph[units[head].start : end], number, (role_start, end), role=role)
        return end
    if not all(vocab.name_like(u) for u in units) or len(units) > 6:
        return run.end
    end = _with_degrees(paragraph, run.end)
    name = paragraph[run.start : end]
    before = paragraph[max(0, run.start - 60) : run.start]
    after = paragraph[end : end + 80]
    known = index._match(core_tokens(name)) is not None
    cue_before = _CUE_BEFORE.search(before) or _REGIONAL_CUE.search(before)
    if cue_before is None and len(units) >= 2:
        cue_before = _OFFICE_ORG_CUE.search(before)
    comma_name = re.match(r"\s*,\s*(?:[A-Z][a-z]{0,2}\.?\s+)*(?P<first>[A-Z][\w'’-]*)\s+[A-Z]", after)
    if (
        cue_before is not None
        and comma_name is not None
        and comma_name.group("first").lower() not in WEEKDAYS
        and _REGIONAL_CUE.search(paragraph[max(0, run.start - 60) : end] + ",")
    ):
        return end  # "bupati Tanjung Raya, Budi …": the region of the office, its holder follows
    if cue_before is not None and re.match(r"\s+(?:ini|itu|tersebut)\b", after):
        cue_before = None  # "mantan presiden klub Sukamaju ini": a description of someone, by a body's name
    if cue_role is None and cue_before is not None and len(units) >= 2:
        cue_role = cue_before.group(0).strip(" ,")  # "aktor berbakat Park Min Soo": "aktor berbakat"
    cued = (
        cue_role is not None
        or _AFTER_ATTRIBUTION.search(before) is not None
        # "aktor berbakat Park Min Soo"; one word after a person noun is as often a place
        # ("perajin Jepara", "warga Bandung") as a name.
        or (cue_before is not None and len(units) >= 2)
        or units[0].kind == "init"
        or (SPEECH_AFTER.match(after) is not None and (len(units) >= 2 or not _MODIFIES.search(before)))
        # "dijabat oleh Hendro Wibisono yang …", "sebelumnya, yakni Arif Wirananda.": a
        # full name after "oleh"/"yakni" closing its phrase.
        or (
            len([u for u in units if u.kind == "word"]) >= 2
            and _AGENT_CUE.search(before) is not None
            and _PHRASE_END.match(after) is not None
        )
        # "Pak Dirman", "Bu Ratna": a form of address before a name that is not an office.
        or (
            len(units) >= 2
            and units[0].text in _ADDRESS_WORDS
            and _title_word(units[1]) not in TITLE_WORD_SET
        )
    )
    # "Ratna Sari, Wakil Menteri Kelautan, mengatakan": the role follows the name.
    role, org = cue_role, None
    consumed = end
    if i + 1 < len(runs) and re.fullmatch(r",\s*", paragraph[end : runs[i + 1].start]):
        nxt = runs[i + 1]
        title = _title_at(nxt.units, vocab)
        if title is not None and title[0] == 0 and all(not vocab.name_like(u) for u in nxt.units[title[1] :]):
            role, org = _split_role(nxt.units, title[1], vocab, paragraph, defs)
            consumed = nxt.end
            cued = True
    # "kata Elif Yildiz, desainer asal Istanbul yang …": a lower-case role after the name.
    after_role = _ROLE_AFTER.match(paragraph, end)
    if role is None and after_role and (cued or known):
        role = after_role.group("role")
        consumed = max(consumed, after_role.end("role"))
    if not (cued or known):
        return run.end
    from_org = _FROM_ORG.match(paragraph, end)
    if org is None and from_org and i + 1 < len(runs) and runs[i + 1].start == from_org.end():
        nxt = runs[i + 1]
        if any(vocab.org_start(u) or u.text in COMPANY_SUFFIXES for u in nxt.units):
            org = compact(nxt.text(paragraph), defs)
    index.add(name, number, (run.start, consumed), role=role, organization=org)
    return consumed
