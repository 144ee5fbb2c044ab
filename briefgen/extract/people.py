"""Finds people with their roles and organisations in an article's paragraphs (the index they go into is
``index.py``; the passes merging names written several ways are ``names.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.countries import PLACE_WORDS
from briefgen.extract.degrees import DEGREE_WORDS, WRITTEN_DEGREES, degrees_at, with_degrees
from briefgen.extract.index import SUBJECT_GAP, Mention, PeopleIndex, core_tokens
from briefgen.extract.lexicon import (
    ADDRESS_CUES,
    CITIES,
    FUNCTION_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_CUES,
    WORD_RE,
    is_acronym,
    is_known_place,
)
from briefgen.extract.organizations import Definition, compact
from briefgen.extract.person_after import ROLE_AFTER
from briefgen.extract.person_pairs import lower_words, one_of_pair, shared_title_roles, split_pair
from briefgen.extract.person_runs import comma_name, read_cut_run, read_run
from briefgen.extract.roles import (
    NOMINAL,
    PLACE_NAME_HEADS,
    TITLE_STARTS,
    TITLE_WORD_SET,
    Vocabulary,
    leading_ranks,
    reads_as_name,
    title_at,
    title_word,
)
from briefgen.extract.runs import Run, Unit, find_runs
from briefgen.extract.sentences import sentence_spans

__all__ = [
    "SUBJECT_GAP",
    "TITLE_WORD_SET",
    "Mention",
    "PeopleIndex",
    "Vocabulary",
    "core_tokens",
    "find_people",
    "is_headline",
]


def _split_on_and(run: Run, vocab: Vocabulary) -> list[Run]:
    """``Ratna Sari dan Dedi Kusuma`` → two runs; ``Pariwisata dan Ekonomi Kreatif`` stays whole."""
    cuts = [
        i
        for i, u in enumerate(run.units)
        if i > 0
        and u.connector in ("dan", "and", "&")
        and _ends_a_name(run.units, i, vocab)
        # "Keistimewaan dan Kesra": a vocabulary word after "dan" goes on naming the same office,
        # unless a title follows it ("… Raka and Finance Minister Purbaya": a portfolio, then a title).
        and not (
            u.text in ORG_WORDS
            and u.text not in ORG_HEADS
            and title_word(u) not in TITLE_STARTS
            and not _portfolio_then_title(run.units, i)
        )
        and _opens_another(run.units, i, vocab)
    ]
    # The other country's name is no part of its holder's: "Amerika Serikat (AS)" | "Joe Biden".
    cuts += [j for i in cuts if (j := _another_country(run.units, i, vocab)) > i]
    return run.split(cuts) if cuts else [run]


def _portfolio_then_title(units: Sequence[Unit], i: int) -> bool:
    """Whether unit ``i`` is one word in front of a title: ``Finance Minister``, ``Trade Minister``."""
    return i + 1 < len(units) and not units[i + 1].connector and title_word(units[i + 1]) in TITLE_STARTS


def _split_before_holder(run: Run, paragraph: str, vocab: Vocabulary) -> list[Run]:
    """A list of appointments, ``Budi sebagai Gubernur Jawa Barat dan Sari Dewi sebagai Gubernur
    …``: the title run ends before ``dan``/``serta`` and the next holder, a name followed by
    ``sebagai``/``selaku`` (its own title follows)."""
    units = run.units
    for k in range(1, len(units)):
        after = units[k:]
        if (
            units[k].connector in ("dan", "serta")
            and all(u.kind == "word" and vocab.name_like(u) for u in after)
            and _AS_TITLE.match(paragraph, after[-1].end)
        ):
            return run.split([k])
    return [run]


_AS_TITLE = re.compile(r"\s+(?:sebagai|selaku)\s+[A-Z]")


def _ends_a_name(units: Sequence[Unit], i: int, vocab: Vocabulary) -> bool:
    """Whether the units before ``i`` end with a name, perhaps followed by its degrees written
    without full stops (``Gubernur Sukamaju Budi Santoso SE dan Wali Kota …``)."""
    k = i - 1
    while k > 0 and units[k].text in DEGREE_WORDS:
        k -= 1
    if k > 0 and NOMINAL.fullmatch(units[k - 1].text) and units[i].text.isupper():
        return False  # "Kabid Pengendalian Penduduk dan KB …": a nominal's object, then a portfolio's letters
    return vocab.name_like(units[k])


def _another_country(units: Sequence[Unit], i: int, vocab: Vocabulary) -> int:
    """Where the name begins in ``… dan Amerika Serikat (AS) Joe Biden`` after ``Presiden Sukamaju
    Budi Santoso``: the same office in another country, then its holder's name; ``i`` if not so."""
    j = i
    while j < len(units) and (units[j].text in PLACE_WORDS or (j > i and units[j].kind == "paren")):
        j += 1
    return j if i < j < len(units) and reads_as_name(units[j:], vocab) else i


def _opens_another(units: Sequence[Unit], i: int, vocab: Vocabulary) -> bool:
    """Whether what follows ``dan`` at unit ``i`` of a titled run is another person's phrase: a
    title, a body, or a bare name. ``Direktur Penyakit Tular Vektor dan Zoonotik Kemenkes Siti
    Nadia`` goes on naming the one office."""
    if title_at(units[:i], vocab) is None:
        return True  # no title before: "Ratna Sari dan Dedi Kusuma"
    unit = units[i]
    if title_word(unit) in TITLE_STARTS or vocab.org_start(unit):
        return True
    if unit.text.lower() in PERSON_CUES and unit.text.lower() not in ADDRESS_CUES:
        return True  # "… dan Politikus Golkar Sari", "… and Economist Budi": a person noun, capitalised
    if _portfolio_then_title(units, i):  # "… and Regional Secretary Budi": a modifier, then a title
        return True
    if _another_country(units, i, vocab) > i:
        return True
    return all(vocab.name_like(u) for u in units[i:])


# What may follow a name in apposition: ", mengatakan", ", yang …", " yang …" or the sentence end.
_APPOSITION_CLOSE = re.compile(
    r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?(?:\s*,\s*(?:yang\b|(?!(?:dan|serta|atau)\b)[a-z])|\s+(?:yang|as|who)\b|\s*[.;!?](?:\s|$)|\s*$)"
)
_VERB_OR_CLAUSE = re.compile(r"\b(?:yang|(?:me|ber|di|ter)[a-z]{4,})\b|[()“”\"]")
# "Juru Bicara Kemlu Budi Santoso dan Dirjen …, Sri": a titled name, then "dan" and another title:
# the role of the name after the comma starts at the second title.
_ANOTHER_HOLDER = re.compile(r"[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+(?:dan|serta|and)\s+$")
_PLACE_HEADS = frozenset({"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Kab.", "Kec."})
_MAX_ROLE_WORDS = 15
# "… di Balai Sidang Contoh, Kebayoran Raya, kemarin": the phrase before the comma ends at a venue,
# and the capitalised words after the comma are the venue's area, not a person named in apposition.
_VENUE_WORDS = (
    "Hotel|Gedung|Balai|Wisma|Graha|Aula|Auditorium|Stadion|Istana|Convention|Exhibition|Expo|Center|Centre"
    "|Hall|Arena|Plaza|Mall|Stadium|Building|Tower|Resort"
)
_AT_VENUE = re.compile(
    rf"\b(?:di|at|in)\s+(?:[A-Z][\w'’&.-]*\s+)*(?:{_VENUE_WORDS})(?:\s+[A-Z][\w'’&.-]*)*\s*$"
)


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
    return words[0] in _PLACE_HEADS or text in CITIES or all(w in PLACE_WORDS for w in words)


def _role_cue(segment: str, offset: int, runs: Sequence[Run], vocab: Vocabulary) -> int | None:
    """Offset (in the paragraph; ``segment`` starts at ``offset``) of the last word that names a kind
    of person, a title or an occupation; a title is taken from its first word (``Wakil Menteri``)."""
    cue: int | None = None
    cue_end = -1
    for word in WORD_RE.finditer(segment):
        text = word.group(0)
        person = text.lower() in PERSON_CUES and text.lower() not in ADDRESS_CUES
        if person or (text[:1].isupper() and (text in TITLE_STARTS or text in vocab.titles)):
            # "musisi sekaligus pengelola label", "Ketua asosiasi importir": one role; a verb or
            # "yang" between ("… yang dipimpin Presiden KAPA") starts another.
            gap = segment[cue_end : word.start()]
            if cue is None or _VERB_OR_CLAUSE.search(gap) or _ANOTHER_HOLDER.search(gap):
                cue = offset + word.start()
            cue_end = word.end()
    if cue is None:
        return None
    for run in runs:
        if run.start <= cue < run.end:
            title = title_at(run.units, vocab)
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
                # "Hukum, HAM, Imigrasi, dan Pemasyarakatan": a portfolio's letters are a piece too
                and any(
                    w in ORG_WORDS
                    or w in PLACE_WORDS
                    or w in vocab.words
                    or (w.isupper() and 3 <= len(w) <= 6 and w.strip(".,") not in DEGREE_WORDS)
                    for w in words
                )
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


def _comma_before(paragraph: str, pos: int) -> int | None:
    """Where the comma is that ``pos`` follows (spaces between), else None; looked for backwards,
    not by searching the paragraph up to ``pos`` for every run (issue 15: quadratic)."""
    while pos > 0 and paragraph[pos - 1].isspace():
        pos -= 1
    return pos - 1 if pos > 0 and paragraph[pos - 1] == "," else None


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
        comma = _comma_before(paragraph, run.start)
        if comma is None or not reads_as_name(run.units, vocab):
            continue
        end = with_degrees(paragraph, run.end)
        if not _APPOSITION_CLOSE.match(paragraph, end):
            continue
        sentence_start = max((p for p in sentence_starts if p <= comma), default=0)
        role_end = comma
        role_start = _role_start(paragraph, sentence_start, role_end, runs, vocab)
        if role_start is None:
            continue
        role = paragraph[role_start:role_end]
        relative = re.search(r"\s+yang\s", role)
        if relative:
            role = role[: relative.start()]
        if len(role.split()) > _MAX_ROLE_WORDS or _AT_VENUE.search(role):
            continue
        first = next((r for r in runs if r.start == role_start), None)
        if first is not None and first.end == role_end and title_at(first.units, vocab) is not None:
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
    vocab.lower_words = lower_words(paragraphs)
    candidates: list[_Candidate] = []
    for number, paragraph in enumerate(paragraphs):
        runs = _person_runs(paragraph, vocab)
        appositions = _appositions(paragraph, runs, vocab, definitions)
        # ", M.Si.", ", S.T., M.T." after a name: degrees, never a name of their own ("Si").
        degrees = [
            (m.start(), m.end())
            for m in WRITTEN_DEGREES.finditer(paragraph)
            if degrees_at(paragraph, m.start())
        ]
        consumed_until = -1
        for i, run in enumerate(runs):
            if run.start < consumed_until or any(s <= run.start and run.end <= e for s, e in degrees):
                continue
            apposition = appositions.get(i)
            if apposition is not None:
                end = with_degrees(paragraph, run.end)
                index.add(paragraph[run.start : end], number, (run.start, end), role=apposition.role)
                consumed_until = end
                continue
            if any(a.role_start <= run.start < a.role_end for a in appositions.values()):
                continue  # a capitalised word inside a role phrase ("pemilik usaha Rotan Mulya")
            known = len(index.mentions)
            consumed_until = read_run(index, vocab, definitions, paragraph, number, runs, i)
            if len(index.mentions) == known and _across_runs(index, paragraph, number, runs, i, vocab):
                consumed_until = runs[i].end
            elif len(index.mentions) == known:
                consumed_until = max(
                    consumed_until,
                    _read_unregistered(index, vocab, definitions, paragraph, number, runs, i, candidates),
                )
    _complete_short_names(index, candidates)
    shared_title_roles(index, paragraphs)
    from briefgen.extract.names import merge_names  # names.py builds on this module's index

    merge_names(index, paragraphs, vocab)
    _qualified_roles(index, paragraphs)
    return index


# Lower-case words before a role that change what it says of the person: a former holder, a
# candidate for the office ("mantan Menteri Perdagangan Budi", "calon wakil presiden Sari",
# "former Trade Minister Budi"). Without them the brief would present a candidate or a former
# minister as the office's holder.
_QUALIFIER = re.compile(
    r"(?<![\w-])(?P<q>(?:(?:[Mm]antan|[Ff]ormer|[Ee]ks|[Ee]x|[Bb]akal\s+calon|[Cc]alon)[\s-]+)+(?:wakil[\s-]+)?"
    # A lower-case "wakil" only: "Wakil" in capitals is a title's own first word, read with it.
    r"|wakil[\s-]+)$"
)
# English words in front of a lower-case occupation or office that belong to the title ("chief
# executive officer", "senior adviser", "managing director"), and the body whose title it is
# ("Danantara's chief executive officer").
_ENGLISH_MODIFIERS = (
    "chief|executive|senior|deputy|vice|assistant|associate|acting|managing|general|principal|lead"
    "|young|junior|operating|financial|technology|information|marketing|commercial|regional|country"
    "|technical|legal|policy|research|communications|press|program|programme|project"
)
_ENGLISH_TITLE_BEFORE = re.compile(
    rf"(?:(?<![\w-])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}['’]s\s+)?"
    rf"(?:(?<![\w-])(?:{_ENGLISH_MODIFIERS})\s+)+$"
)


def _qualified_roles(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """Each role that a qualifier (``mantan``, ``former``, ``calon``) precedes where the person is
    first introduced with it, written with that qualifier."""
    for number, record in enumerate(index.people):
        role = record.role
        if not role or role.split()[0].lower() in ("mantan", "former", "calon", "eks"):
            continue
        folded = role.casefold()
        for mention in (m for m in index.mentions if m.person == number):
            paragraph = paragraphs[mention.paragraph]
            window = max(0, mention.start - len(role) - 60)
            at = paragraph[window : mention.end].casefold().rfind(folded)
            if at < 0:
                continue
            start = window + at
            if role[:1].islower():
                modifiers = _ENGLISH_TITLE_BEFORE.search(paragraph, max(0, start - 80), start)
                if modifiers is not None and modifiers.end() == start:
                    start = modifiers.start()
                    role = " ".join(modifiers.group(0).split()) + " " + role
            qualifier = _QUALIFIER.search(paragraph, max(0, start - 30), start)
            if qualifier is not None and qualifier.end() == start:
                written = " ".join(qualifier.group("q").replace("-", " ").split())
                role = f"{written} {role}"
            record.role = role
            break


def _read_unregistered(
    index: PeopleIndex,
    vocab: Vocabulary,
    definitions: Sequence[Definition],
    paragraph: str,
    number: int,
    runs: Sequence[Run],
    i: int,
    candidates: list[_Candidate],
) -> int:
    """A run no reading registered: known body or place words and a name before a verb of saying
    (``…, Jawa Tengah Budi menyebutkan``), else a possible full name for a one-word name seen later.
    Returns the offset up to which text is consumed."""
    known = len(index.mentions)
    end = read_cut_run(index, vocab, definitions, paragraph, number, runs, i)
    candidate = _unregistered_name(paragraph, number, runs[i], vocab)
    if candidate is not None and len(index.mentions) == known:
        candidates.append(candidate)
    return end


def _person_runs(paragraph: str, vocab: Vocabulary) -> list[Run]:
    """The paragraph's capitalised runs, cut where one holds two people (a pair, a list of holders)."""
    return [
        piece
        for whole in find_runs(paragraph)
        for run in split_pair(whole, paragraph, vocab)
        for part in _split_before_holder(run, paragraph, vocab)
        for piece in _split_on_and(part, vocab)
    ]


def _across_runs(
    index: PeopleIndex, paragraph: str, number: int, runs: Sequence[Run], i: int, vocab: Vocabulary
) -> bool:
    """A person whose title or name the run shares with the runs before it (registered; True)."""
    return (
        one_of_pair(index, paragraph, number, runs, i, vocab)
        or _second_of_pair(index, paragraph, number, runs, i, vocab)
        or _title_across_preposition(index, paragraph, number, runs, i, vocab)
        or _title_across_list(index, paragraph, number, runs, i, vocab)
        or _next_in_a_list(index, paragraph, number, runs[i], vocab)
    )


_NEXT_ITEM = re.compile(r"\s*,\s*(?:(?:dan|serta|and)\s+)?[A-Z]|\s+(?:dan|serta|and)\s+[A-Z]")
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:dan|serta|and)\s+)?|\s+(?:dan|serta|and)\s+")


def _next_in_a_list(index: PeopleIndex, paragraph: str, number: int, run: Run, vocab: Vocabulary) -> bool:
    """ "memeriksa Budi Santoso dan Rina Lestari", "antara lain Budi Santoso, Rina Lestari, dan
    Darmanto": a name listed right after a person's mention is another person (registered; True)."""
    if not index.mentions or not reads_as_name(run.units, vocab):
        return False
    units, last = run.units, index.mentions[-1]
    if last.paragraph != number or units[0].text in PLACE_NAME_HEADS or units[0].text.lower() in PERSON_CUES:
        return False
    gap = _LIST_GAP.fullmatch(paragraph[last.end : run.start])
    if gap is None:
        return False
    closes = re.search(r"\b(?:dan|serta|and)\b", gap.group(0)) is not None
    if len([u for u in units if u.kind == "word"]) < 2:
        # "…, dan Darmanto": one word closing the list, when no list knows it as a place
        listed = closes and len(units) == 1 and not is_known_place(units[0].text)
    else:
        # A comma alone may close a clause ("Kata Budi, Pasien …"): another item must follow.
        listed = closes or _NEXT_ITEM.match(paragraph, run.end) is not None
    if listed:
        index.add(run.text(paragraph), number, (run.start, run.end))
    return listed


def _title_across_preposition(
    index: PeopleIndex, paragraph: str, number: int, runs: Sequence[Run], i: int, vocab: Vocabulary
) -> bool:
    """``Duta Besar RI untuk Peru Hendro Wibisono``, ``Ambassador to Peru Hendro Wibisono``: a title,
    a preposition, the country or body, then the name (registered; True)."""
    if i == 0:
        return False
    run, previous = runs[i], runs[i - 1]
    title = title_at(previous.units, vocab)
    if title is None or not re.fullmatch(
        r"\s+(?:untuk|bagi|di|to|for|at|in|of)\s+(?:the\s+)?", paragraph[previous.end : run.start]
    ):
        return False
    units = run.units
    # The name is the name-like end of the run, after the body or country: "Peru", "the US", or a
    # body closed by its acronym ("of the Sukamaju Chamber of Trade (Kadin) <name>").
    k = max((j + 1 for j, u in enumerate(units) if not vocab.name_like(u)), default=0)
    name_units = units[k:]
    start = previous.units[title[0]].start
    if not name_units and all(u.text in PLACE_WORDS or u.kind == "paren" for u in units):
        return _country_then_comma_name(index, paragraph, number, runs, i, vocab, start)
    if not 1 <= k <= 8 or len(name_units) < 2 or not reads_as_name(name_units, vocab):
        return False
    role = paragraph[start : units[k - 1].end]
    index.add(paragraph[name_units[0].start : name_units[-1].end], number, (start, run.end), role=role)
    return True


def _country_then_comma_name(
    index: PeopleIndex,
    paragraph: str,
    number: int,
    runs: Sequence[Run],
    i: int,
    vocab: Vocabulary,
    start: int,
) -> bool:
    """``Duta Besar RI untuk Kroasia, Komjen Pol (Purn) Budi Santosa ZP melakukan …``: the title's
    country, then the holder's name after a comma, a rank perhaps before it (registered; True)."""
    j = comma_name(paragraph, runs, i, runs[i].end, vocab)
    if j is None:
        return False
    units = runs[j].units
    first = leading_ranks(units)
    last = units[-2] if units[-1].kind == "paren" else units[-1]
    end = with_degrees(paragraph, last.end)
    role = paragraph[start : runs[i].end]
    index.add(paragraph[units[first].start : end], number, (start, end), role=role)
    return True


_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|dan|serta|&)\s+)?")
_MAX_LISTED = 6  # portfolios of one title in the corpora: at most four


def _title_across_list(
    index: PeopleIndex, paragraph: str, number: int, runs: Sequence[Run], i: int, vocab: Vocabulary
) -> bool:
    """``Minister of Trade, Fisheries and Marine Affairs Budi Santoso``: a title whose list of
    portfolios commas cut into several runs; the name ends the last one (registered; True)."""
    units = runs[i].units
    k = max((j + 1 for j, u in enumerate(units) if not vocab.name_like(u)), default=0)
    name_units = units[k:]
    single = _one_word_name(paragraph, runs[i], k)
    if not 1 <= k <= 8 or not (single or 2 <= len(name_units) <= 4) or not reads_as_name(name_units, vocab):
        return False
    if units[k - 1].text not in ORG_WORDS and not is_acronym(units[k - 1].text):
        # the list's last portfolio ends in a word of offices ("Affairs", "Perikanan") or is a
        # sector's letters ("Koperasi, dan UKM")
        return False
    for j in range(i - 1, max(-1, i - 1 - _MAX_LISTED), -1):
        run = runs[j]
        if (
            not _LIST_GAP.fullmatch(paragraph, run.end, runs[j + 1].start)
            or paragraph[run.end : runs[j + 1].start].strip() == ""
            or len(run.units) > 5
            or index.mentions_in(number, run.start, run.end)
        ):
            return False
        title = title_at(run.units, vocab)
        if single and title is None and not all(_portfolio_word(u) for u in run.units):
            return False  # a one-word name only after a list of portfolios, never after a name
        if title is not None and all(_before_title(u) for u in run.units[: title[0]]):
            start = run.units[title[0]].start
            name = paragraph[name_units[0].start : name_units[-1].end]
            index.add(name, number, (start, runs[i].end), role=paragraph[start : units[k - 1].end])
            return True
    return False


def _before_title(unit: Unit) -> bool:
    """A word that may open a title's run without being part of the title: a sentence's article
    (``The Minister of …``) or a possessive (``Indonesia's Minister of …``)."""
    return unit.text in ("The", "A", "An") or unit.text.endswith(("'s", "’s"))


def _one_word_name(paragraph: str, run: Run, k: int) -> bool:
    """One word after a list's last portfolio words ``run.units[:k]`` is a name when a verb or a
    comma follows it (``…, dan UKM Sutrisno menyebutkan``) and no list knows it as a place."""
    units = run.units
    return (
        len(units) == k + 1
        and re.match(r"\s+[a-z]|\s*,", paragraph[run.end :]) is not None
        and not is_known_place(units[k].text)
        and all(_portfolio_word(u) for u in units[:k])
    )


def _portfolio_word(unit: Unit) -> bool:
    """``Koperasi``, ``UKM``: a word of offices or a sector's letters, in a title's portfolio list."""
    return unit.text in ORG_WORDS or is_acronym(unit.text)


def _second_of_pair(
    index: PeopleIndex, paragraph: str, number: int, runs: Sequence[Run], i: int, vocab: Vocabulary
) -> bool:
    """``Wamenkes Ratna Sari dan Dedi Kusuma Wardana``: a full name joined by ``dan``
    to a titled person's name shares the title (registered; True) when nothing else follows it."""
    if i == 0 or not index.mentions:
        return False
    run, last = runs[i], index.mentions[-1]
    record = index.people[last.person]
    country = _country_between(paragraph, runs, i, last.end)
    if (
        last.paragraph != number
        or (last.end != runs[i - 1].end and not country)
        or not record.role
        or not re.fullmatch(
            r"\s+(?:dan|serta|and)\s+", paragraph[last.end : runs[i - 1 if country else i].start]
        )
        or len([u for u in run.units if u.kind == "word"]) < 2
        or not reads_as_name(run.units, vocab)
        or not re.match(r"\s*(?:[,.;:)]|$|\s+[a-z])", paragraph[run.end :])
    ):
        return False
    # Another country's holder of the office has no role the text writes out.
    index.add(run.text(paragraph), number, (run.start, run.end), role=None if country else record.role)
    return True


def _country_between(paragraph: str, runs: Sequence[Run], i: int, after: int) -> bool:
    """``Presiden Sukamaju Budi Santoso dan Amerika Serikat (AS) Joe Biden``: run ``i - 1``, right
    after the mention ending at ``after`` and ``dan``, is a country, and run ``i`` follows it."""
    if i < 2 or runs[i - 2].end != after:
        return False
    units = runs[i - 1].units
    return (
        units[0].text in PLACE_WORDS
        and all(u.text in PLACE_WORDS or u.kind == "paren" for u in units)
        and paragraph[runs[i - 1].end : runs[i].start].isspace()
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
    if units[0].text in PLACE_NAME_HEADS:
        return None  # "Jalan Budi Utomo", "Kampung Naga": a street or a place named after someone
    end = with_degrees(paragraph, units[-1].end)
    after_role = ROLE_AFTER.match(paragraph, end)
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
            # the run holding the first mention itself was read there, and cut ("Dinkes Contoh Budi")
            and not (c.paragraph == first.paragraph and c.end > first.start)
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
