"""Reads one capitalised run of a paragraph as a person: a titled run (role, organisation, name) or
an untitled one that its context cues as a name (``find_people`` in ``people.py`` walks the runs)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefgen.extract.countries import PLACE_WORDS
from briefgen.extract.degrees import DEGREE_WORDS, degrees_at, glued_degrees_end, with_degrees
from briefgen.extract.index import PeopleIndex, core_tokens
from briefgen.extract.lexicon import (
    ADDRESS_CUES,
    ATTRIBUTION_VERBS,
    COMPANY_SUFFIXES,
    FUNCTION_WORDS,
    NAME_PREFIXES,
    PERSON_CUES,
    RANK_SUFFIXES,
    RANKS,
    WORD_RE,
    is_known_place,
    region_abbreviations,
)
from briefgen.extract.name_forms import acting_start
from briefgen.extract.organizations import Definition
from briefgen.extract.person_after import after_name
from briefgen.extract.person_context import cue_before, is_cued, office_region
from briefgen.extract.roles import (
    NAMED_HEADS,
    PLACE_NAME_HEADS,
    SUPREME_OFFICES,
    TITLE_STARTS,
    Vocabulary,
    leading_ranks,
    name_start,
    numbers_the_office,
    reads_as_name,
    split_role,
    title_at,
)
from briefgen.extract.run_cuts import cut_opening, opening_with_speech
from briefgen.extract.runs import Run, Unit

# "Menteri luar Negeri …", "Kepala dinas Pariwisata …": a title with one word typed in lower case.
_BROKEN_TITLE = re.compile(
    r"(?<![\w-])(?P<title>[A-Z][a-z]+)\s+"
    r"(?:(?:luar|dalam|negeri|besar|muda|utama|dinas|badan|bidang|bagian|seksi|urusan)\s+){1,2}$"
)
_LOWER_CUE = re.compile(
    r"(?<![\w-])(?:anggota|ketua|wakil\s+ketua|kepala|juru\s+bicara|menteri(?:\s+luar\s+negeri|\s+dalam\s+negeri)?"
    r"|duta\s+besar|dubes|presiden|perdana\s+menteri|member|minister|president|ambassador"
    # "politikus PDIP Budi …", "Pengusaha PT Maju Budi …": a person noun, the body, the name.
    r"|(?i:" + "|".join(sorted(PERSON_CUES - ADDRESS_CUES)) + r"))\s+$"
)
# Title words that also end Indonesian names ("Rizal Adi Utama"): after two name words, a name.
_NAME_END_WORDS = frozenset({"Utama"})
_DISTRICT_HEADS = frozenset({"Kecamatan", "Kec.", "Kabupaten", "Kab.", "Provinsi"})


def comma_name(paragraph: str, runs: Sequence[Run], index: int, after: int, vocab: Vocabulary) -> int | None:
    """Index of the run that is ``, Name`` right after position ``after`` (an apposition); a rank
    may open it (``Kapolres Kota Contoh, AKBP Budi Santoso``): the name follows the rank."""
    if index + 1 >= len(runs) or paragraph == vocab.headline:
        return None
    nxt = runs[index + 1]
    gap = paragraph[after : nxt.start]
    if not re.fullmatch(r",\s*", gap) or degrees_at(paragraph, after):
        return None
    if _province_between(paragraph, runs, index + 1):
        index, nxt = index + 1, runs[index + 2]
    name_units = list(nxt.units)[leading_ranks(nxt.units) :]
    if [u.text for u in name_units] == ["I"]:
        return None  # "… to Prime Minister Alan Brooks, I think …": the English pronoun
    if len(name_units) > 1 and name_units[-1].kind == "paren" and name_units[-2].kind == "word":
        name_units.pop()  # "Bupati Sukamaju, Budi Santoso (BS).": the short form after the name
    while len(name_units) > 1 and name_units[-1].text in DEGREE_WORDS:
        name_units.pop()  # "…, Budi Santoso SE MSi mengatakan": degrees written without dots
    if len(name_units) > 6 or not all(
        vocab.name_like_at(name_units, k) or (k >= 2 and u.text in _NAME_END_WORDS)
        for k, u in enumerate(name_units)
    ):
        return None
    tail = paragraph[nxt.end : nxt.end + 3]
    if tail and not re.match(r"[,.;:)]|\s+[a-z(“\"]|\s*$", tail):
        return None
    return index + 1


def _province_between(paragraph: str, runs: Sequence[Run], index: int) -> bool:
    """``Bupati Contoh, Kalteng, Budi``, ``Kades Contoh, Kecamatan Lain, Budi``: the office's
    province or district in commas of its own before the holder's name."""
    run, places = runs[index], PLACE_WORDS | set(region_abbreviations())
    region = run.units[0].text in _DISTRICT_HEADS or all(
        u.kind == "word" and u.text in places for u in run.units
    )
    return (
        region
        and index + 1 < len(runs)
        and re.fullmatch(r",\s*", paragraph[run.end : runs[index + 1].start]) is not None
    )


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
    start = name_units[0].start
    if not re.search(r"\b[a-z][\w-]*\s+$", paragraph[:start]):
        opening = opening_with_speech(paragraph, start, units[-1].end)
        if opening is None:
            return False
        start = opening
    rest = units[t:]
    for u in rest[length:]:
        if vocab.org_start(u) or u.text in COMPANY_SUFFIXES:
            break  # "… PT Sumber Rejeki": what follows names the organisation
        if vocab.name_like(u):
            return False  # the title has a name of its own after it
    role, org = split_role(rest, length, vocab, paragraph, defs)
    index.add(
        paragraph[start : name_units[-1].end], number, (start, rest[-1].end), role=role, organization=org
    )
    return True


def read_run(
    index: PeopleIndex,
    vocab: Vocabulary,
    defs: Sequence[Definition],
    paragraph: str,
    number: int,
    runs: Sequence[Run],
    i: int,
) -> int:
    """Read one run (and what it swallows); returns the offset up to which text is consumed."""
    title = title_at(runs[i].units, vocab)
    if title is not None:
        title = _with_acting(runs[i].units, _with_portfolio(runs[i].units, title, vocab))
        return _read_titled_run(index, vocab, defs, paragraph, number, runs, i, title)
    return _read_untitled_run(index, vocab, defs, paragraph, number, runs, i)


# English titles written after their portfolio ("Finance Minister", "Public Works Minister").
_PORTFOLIO_TITLES = frozenset(
    {"Minister", "Director", "Secretary", "Spokesperson", "Spokesman", "Spokeswoman", "Chief", "Head"}
    | {"Commissioner", "Ambassador", "Governor", "Chairman", "Chairperson", "Chairwoman", "Deputy", "Speaker"}
)


def _with_portfolio(units: Sequence[Unit], title: tuple[int, int], vocab: Vocabulary) -> tuple[int, int]:
    """The title with the portfolio words written before it in English (``Marine Affairs and
    Fisheries Minister``): capitalised words that are no name's, kept in the role."""
    t, length = title
    if units[t].text not in _PORTFOLIO_TITLES:
        return title
    p = t
    while (
        p > 0
        and units[p - 1].kind == "word"
        and units[p - 1].text not in FUNCTION_WORDS
        and not vocab.name_like(units[p - 1])
    ):
        p -= 1
    return p, length + t - p


def _with_acting(units: Sequence[Unit], title: tuple[int, int]) -> tuple[int, int]:
    """The title with the words for an acting holder written before it (``Penjabat (Pj) Gubernur``,
    ``Pelaksana Tugas Kepala Dinas``, ``Acting Regent``): the office is held ad interim, and the role
    says so."""
    t, length = title
    p = acting_start(units, t)
    return p, length + t - p


def _trim_role_units(
    role_units: Sequence[Unit], length: int, vocab: Vocabulary
) -> tuple[list[Unit], list[Unit]]:
    """(role and name units, degree units) of a titled run: a bracketed short form after the name
    (``Gubernur Sulawesi Barat Suhardi Duka (SDK)``, read as a nickname afterwards) is dropped and
    degrees written without a comma (``Bupati Situbondo H. Dadang Wigiarto SH``) are set apart."""
    units = list(role_units)
    while len(units) > length + 1 and units[-1].kind == "paren" and units[-2].kind == "word":
        if not vocab.name_like(units[-2]) or units[-1].text in vocab.org_acronyms:
            break
        units.pop()
    degrees_after = 0
    while len(units) - degrees_after > length + 1 and units[-1 - degrees_after].text in DEGREE_WORDS:
        degrees_after += 1
    return units[: len(units) - degrees_after], units[len(units) - degrees_after :]


# Words joining two parts of one portfolio ("Kedaruratan dan Logistik"); a name never follows them
# inside a titled run (a second person's name is split off by ``_split_on_and`` in ``people.py``).
_PORTFOLIO_JOINS = frozenset({"dan", "serta", "and", "&"})


def _in_fixed_office(role_units: Sequence[Unit], first: int) -> int:
    """How many units from ``first`` on still spell a supreme body or office opened before it
    (``Jaksa Agung Muda``, ``Kejaksaan Agung``): words that are given names elsewhere."""
    for h in range(first):
        fixed = SUPREME_OFFICES.get(role_units[h].text, ())
        end = h + 1
        while (
            end - h - 1 < len(fixed) and end < len(role_units) and role_units[end].text == fixed[end - h - 1]
        ):
            end += 1
        if end > first:
            return end - first
    return 0


def _office_words(role_units: Sequence[Unit], first: int, length: int) -> int:
    """How many of the name-like words from ``first`` on still name the office or its body."""
    tail = len(role_units) - first
    words = [u.text for u in role_units[first:]]
    place = next((n for n in (3, 2) if n < tail and is_known_place(" ".join(words[:n]))), 0)
    if first - 1 >= length and role_units[first - 1].text in NAMED_HEADS:
        return max(place, 1)  # "Sekjen Partai Maju", "Ketua Partai Rakyat Budi …": the body's own name
    if _in_fixed_office(role_units, first):
        return _in_fixed_office(role_units, first)
    if not place and first - 1 >= length and tail >= 3 and is_known_place(words[0]):
        # "Ketua KPU Sukamaju Budi Santoso": a body's regional office is named by its regency or
        # city, one word the gazetteer knows, before the holder's name (two words at least remain).
        return 1
    return place


def _name_tail(role_units: Sequence[Unit], length: int, vocab: Vocabulary) -> int:
    """How many name-like units end a titled run (before ``name_start`` decides where the name opens).

    Capitalised words that go on naming the office are not the name: the body's own name after
    ``Partai``/``Kota`` (``Kepala BPBD Kota Tanjung Raya Sri Wulan``: a place of several words when
    the gazetteer knows it), a known place of several words (``Kapolres Tanjung Raya Budi``), and
    a portfolio word joined by ``dan`` (``Kepala Bidang Pencegahan dan Mitigasi Darto``)."""
    tail = 0
    while tail < len(role_units) - length and vocab.name_like_at(role_units, len(role_units) - 1 - tail):
        tail += 1
    if not tail:
        return 0
    first = len(role_units) - tail
    if role_units[first - 1].text == "Yang":
        return 0  # "Kabid Yang Lama": a relative clause in title case, an adjective after it
    if tail > 1 and first == length and numbers_the_office(role_units, first):
        tail -= 1  # "Asisten I Budi Santoso": the office's number, then the name
        first += 1
    place = _office_words(role_units, first, length)
    tail -= place
    first += place
    while tail > 1 and role_units[first].connector in ("of", "for"):
        tail -= 1  # "Director General of Budget Budi …": a word joined by "of" goes on naming the office
        first += 1
    if tail == 1 and role_units[first].connector in ("of", "for"):
        return 0  # "General Secretary of Sukita": one word right after "of" names the body, no holder
    if tail and first > length and role_units[first].connector in _PORTFOLIO_JOINS:
        tail -= 1
    return tail


def _read_titled_run(
    index: PeopleIndex,
    vocab: Vocabulary,
    defs: Sequence[Definition],
    paragraph: str,
    number: int,
    runs: Sequence[Run],
    i: int,
    title: tuple[int, int],
) -> int:
    """A run holding a job title: the name after it (in the run or after a comma), or a role mention."""
    run = runs[i]
    units = run.units
    t, length = title
    if _name_before_title(index, vocab, defs, paragraph, number, units, t, length):
        return run.end
    role_units, degree_units = _trim_role_units(units[t:], length, vocab)
    tail = _name_tail(role_units, length, vocab)
    if not tail:
        role_units, degree_units = [*role_units, *degree_units], []
    acronyms = [
        u.text
        for u in units[t:]
        if u.kind == "paren" and any(d.acronym == u.text and d.kind == "role" for d in defs)
    ]
    apposition = comma_name(paragraph, runs, i, run.end, vocab)
    if apposition is not None:
        name_run = runs[apposition]
        role, org = split_role(role_units, length, vocab, paragraph, defs)
        last = name_run.units[-2] if name_run.units[-1].kind == "paren" else name_run.units[-1]
        end = with_degrees(paragraph, last.end)
        if name_run.units[-1].text in DEGREE_WORDS:
            end = glued_degrees_end(paragraph, end)
        name = paragraph[name_run.units[leading_ranks(name_run.units)].start : end]
        index.add(
            name, number, (role_units[0].start, end), role=role, organization=org, role_acronyms=acronyms
        )
        return end
    known = any(role_units[-1].text in p.core for p in index.people)
    held = index.holders_of(paragraph[role_units[0].start : role_units[-1].end])  # "Rektor Unimal"
    tail = 0 if held else name_start(role_units, length, tail, known)
    if tail == 1 and not known and _role_goes_on(paragraph, runs, i, vocab):
        tail = 0
    if not tail:
        index.add_role_mention(number, (role_units[0].start, run.end), run.text(paragraph, t))
        return run.end
    name_units = [*role_units[len(role_units) - tail :], *degree_units]
    role_part = list(role_units[: len(role_units) - tail])
    # "Kapolda Irjen Darman": the rank sits between the office and the name, in neither; so does a
    # form of address ("Bupati Sukamaju Bapak Ir. Darman").
    while len(role_part) > length and (
        role_part[-1].text in RANKS
        or role_part[-1].text in _ADDRESS
        or _rank_suffix_at(role_part, len(role_part) - 1)
    ):
        role_part.pop()
    role, org = split_role(role_part, length, vocab, paragraph, defs)
    end = with_degrees(paragraph, name_units[-1].end)
    span, written = (role_units[0].start, end), paragraph[role_units[0].start : end]
    name = paragraph[name_units[0].start : end]
    index.add(name, number, span, role=role, organization=org, role_acronyms=acronyms, written=written)
    return end


def _rank_suffix_at(units: Sequence[Unit], k: int) -> bool:
    """Whether ``units[k]`` is a rank's force or corps (``Letkol Inf``, ``Kolonel Laut``): a suffix
    word right after a rank or another suffix, not the office's own word (``Perhubungan Laut``)."""
    return (
        k > 0
        and units[k].text in RANK_SUFFIXES
        and (units[k - 1].text in RANKS or _rank_suffix_at(units, k - 1))
    )


# Forms of address that may stand between an office and the name of its holder.
_ADDRESS = frozenset({"Bapak", "Ibu", "Pak", "Bu", "Bp", "Bpk"})


_CLOSING_MARKS = frozenset("”\"'’,")
_OPENING_VERB = re.compile(rf"(?:{ATTRIBUTION_VERBS})(?:nya)?")
_PASSIVE_OPENING_VERB = re.compile(
    r"Di(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|paparkan|terangkan|tuturkan|tambahkan|utarakan"
    r"|kemukakan|nyatakan|sebutkan)"
)


def _role_goes_on(paragraph: str, runs: Sequence[Run], i: int, vocab: Vocabulary) -> bool:
    """``Kepala Pusat Data, Statistik dan Arsip Dinas Sosial, Budi …``: after the run's last word and a
    comma the office goes on naming its unit (a body or portfolio word follows), so that word
    belongs to a list inside the role, not to a name."""
    if i + 1 >= len(runs) or not re.fullmatch(r",\s*", paragraph[runs[i].end : runs[i + 1].start]):
        return False
    following = runs[i + 1].units
    if title_at(following, vocab) is not None:
        return False  # "Riau Governor Budi, Deputy Governor …": a list of people
    return any(not vocab.name_like(u) and u.kind == "word" for u in following)


def _drop_opening_words(paragraph: str, run: Run) -> list[Unit]:
    """The run's units without function words opening it: "Menurut Eri", "Kemarin Irene" (a sentence's
    opening word is not part of the name); "Lalu" opening a Sasak name inside a sentence ("…, Lalu
    Muhammad Zainuddin, …") is. The sentence start is looked up from the run backwards, not by a
    search over the whole text before it, which made a paragraph of many names quadratic."""
    units = list(run.units)
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
    # '…,” Kata Budi Santoso': a verb of saying typed with a capital after the quotation; "Kata
    # Budi, pasien …" opening a sentence: "according to Budi".
    if (
        len(units) > 1
        and (sentence_start or (back >= 0 and paragraph[back] in _CLOSING_MARKS))
        and (
            _OPENING_VERB.fullmatch(units[0].text.lower())
            # "Dikatakan Budi, …": a passive verb of saying opening the sentence, its agent after it
            or (sentence_start and _PASSIVE_OPENING_VERB.fullmatch(units[0].text) is not None)
        )
    ):
        units = units[1:]
    return units


@lru_cache(maxsize=256)
def _title_case(paragraph: str) -> bool:
    """A line mostly in title case (a headline, a teaser, a caption): "Pasien Demam Lalu Pulang …"
    opens with a person noun that is no role of a name."""
    words = WORD_RE.findall(paragraph)
    return len(words) >= 4 and sum(1 for w in words if w[:1].isupper()) >= 0.7 * len(words)


def _person_noun_role(units: Sequence[Unit], vocab: Vocabulary) -> str | None:
    """ "Novelis Arya Permana, yang …": a word for a kind of person opens the run; it is the role.
    One word after a person noun ("Perajin Jepara") is as often a place, so three units at least."""
    if (
        len(units) >= 3
        and units[0].kind == "word"
        and units[0].text.lower() in PERSON_CUES
        and units[0].text.lower() not in ADDRESS_CUES
        and all(vocab.name_like(u) for u in units[1:])
    ):
        return units[0].text
    return None


# Regional commands and offices always followed by their region's name ("Polda Metro Jaya").
_REGIONAL_BODIES = frozenset(
    {"Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Kodam", "Korem", "Kodim", "Kejati", "Kejari"}
    | {"Pemkab", "Pemprov", "Pemkot", "Kanwil"}
)


def _person_noun_before_body(paragraph: str, units: Sequence[Unit], vocab: Vocabulary) -> bool:
    """ "Politikus PDIP Budi Santoso mengatakan": a capitalised person noun opens the run before a
    body's name (``_broken_title_name`` reads the body and the name after it)."""
    return (
        len(units) >= 4
        and units[0].kind == "word"
        and units[0].text.lower() in PERSON_CUES - ADDRESS_CUES
        and not vocab.name_like(units[1])
        and not _title_case(paragraph)
    )


def _broken_title_name(
    index: PeopleIndex, vocab: Vocabulary, paragraph: str, number: int, run: Run
) -> int | None:
    """ "Menteri luar Negeri Budi Santoso" (a title with one word typed in lower case; the run starts
    inside the title and ends with the name), "anggota DPR RI Budi Santoso", "menteri luar negeri
    Peru Juan Soto" (a lower-case person word, the body or country of the office, the name):
    registers the name and returns the end, else None."""
    units = run.units
    head = 0
    while head < len(units) and units[head].kind == "word" and not vocab.name_like(units[head]):
        head += 1
    if not 0 < head <= len(units) - 2 or not all(vocab.name_like(u) for u in units[head:]):
        return None
    broken = _BROKEN_TITLE.search(paragraph[max(0, run.start - 40) : run.start])
    if broken is not None and broken.group("title") not in TITLE_STARTS:
        broken = None
    if broken is None:
        broken = _LOWER_CUE.search(paragraph[max(0, run.start - 40) : run.start])
    if broken is None:
        return None
    if units[head].text in PLACE_NAME_HEADS:
        return None  # "ketua PPK Bukit Indah": the body's area ("Bukit", "Desa" …), not a name
    if units[head - 1].text in NAMED_HEADS or units[head - 1].text in _REGIONAL_BODIES:
        # "politisi Partai Maju Budi Santoso", "penyidik Polda Metro Jaya": the body's own name
        # comes first; the holder's only when two words at least follow it.
        if head > len(units) - 3:
            return None
        head += 1
    elif head <= len(units) - 3 and is_known_place(units[head].text):
        head += 1  # "anggota DPRD Bantul Budi Santoso": the body's regency, then the name
    role_start = run.start - (len(broken.group(0)))
    end = with_degrees(paragraph, units[-1].end)
    role = " ".join(paragraph[role_start : units[head].start].split())
    index.add(paragraph[units[head].start : end], number, (role_start, end), role=role)
    return end


def _name_after_rank(
    index: PeopleIndex, vocab: Vocabulary, paragraph: str, number: int, run: Run
) -> int | None:
    """``Kabidpropam Polda Sukamaju Kombes Pol Darto Wibowo``: an office abbreviation the lexicon does
    not know, its body, then a police or military rank: the name is what follows the rank (ranks
    are in neither the name nor the role), the office what precedes it. Registers it; the end."""
    units = run.units
    k = next((j for j, u in enumerate(units) if j > 0 and u.text in RANKS), None)
    if k is None or all(vocab.name_like(u) for u in units[:k]):
        return None  # a body's name or acronym ("Polda", "Kodim") shows the words before are an office
    name_at = k + 1
    while name_at < len(units) and units[name_at].text in RANK_SUFFIXES:
        name_at += 1
    name_units = units[name_at:]
    if not name_units or name_units[0].connector:
        return None  # "Directorate General of Taxes": a rank word joined by "of" names a body
    if not reads_as_name(name_units, vocab) or not all(
        u.kind == "word" or u.kind == "init" for u in name_units
    ):
        return None
    end = with_degrees(paragraph, name_units[-1].end)
    role = paragraph[units[0].start : units[k - 1].end]
    index.add(paragraph[name_units[0].start : end], number, (units[0].start, end), role=role)
    return end


def _read_untitled_run(
    index: PeopleIndex,
    vocab: Vocabulary,
    defs: Sequence[Definition],
    paragraph: str,
    number: int,
    runs: Sequence[Run],
    i: int,
    *,
    cut_known: bool = False,
) -> int:
    """A run without a title: a name when the context cues it or it names someone already known.
    Known body or place words opening it are cut off before a verb of saying when the whole would
    pass as a name, or with ``cut_known`` (the run read no other way, ``read_cut_run``)."""
    opening = _untitled_units(paragraph, runs[i], vocab, cut_known)
    if opening is None:
        return runs[i].end
    units, cue_role, body = opening
    run = Run(tuple(units))
    broken_end = _broken_title_name(index, vocab, paragraph, number, run)
    if broken_end is None:
        broken_end = _name_after_rank(index, vocab, paragraph, number, run)
    if broken_end is not None:
        return broken_end
    if not vocab.names_all(units) or len(units) > 6:
        return run.end
    end = with_degrees(paragraph, run.end)
    name = paragraph[run.start : end]
    known = index._match(core_tokens(name)) is not None
    cue = cue_before(paragraph, run, end)
    if office_region(paragraph, run, end, cue):
        return end
    if cue_role is None and cue is not None and len(units) >= 2:
        cue_role = cue.group(0).strip(" ,")  # "aktor berbakat Park Min Soo": "aktor berbakat"
    cued = cue_role is not None or is_cued(paragraph, units, run, end, cue)
    found = after_name(vocab, defs, paragraph, runs, i, run, end, cue_role, cued or known)
    held = _office_held_by(paragraph, runs, i, vocab) if found.role is None and runs[i] == run else None
    if not (found.cued or cued or known or held):
        return run.end
    organization = found.organization or body
    role = found.role if held is None else held
    index.add(name, number, (run.start, found.end), role=role, organization=organization)
    return found.end


# "Wakil Direktur Utama yang ditempati oleh …", "Kepala BKPM yang baru dijabat oleh …", "Kepala BKPM
# sebelumnya, yakni …": an office named first, then the name of the one who holds or held it.
_HELD_BY = re.compile(
    r"\s+(?:yang\s+)?(?:(?:baru|kini|kemudian|saat\s+ini|sekarang)\s+)?"
    r"(?:dijabat|ditempati|diisi|dipegang|diemban)\s+oleh\s+"
    r"|(?:\s+(?P<when>sebelumnya|terdahulu|lama|baru))?\s*,?\s+(?:yakni|yaitu)\s+"
)


def _office_held_by(paragraph: str, runs: Sequence[Run], i: int, vocab: Vocabulary) -> str | None:
    """The office the run before names when the words between say its holder follows, or None."""
    if i == 0:
        return None
    held = _HELD_BY.fullmatch(paragraph, runs[i - 1].end, runs[i].start)
    units = runs[i - 1].units
    title = title_at(units, vocab) if held else None
    if held is None or title is None:
        return None
    # "Kepala BKPM sebelumnya, yakni …": the word dating the office is the role's.
    end = held.end("when") if held.group("when") else units[-1].end
    return paragraph[units[title[0]].start : end]


def _untitled_units(
    paragraph: str, run: Run, vocab: Vocabulary, cut_known: bool
) -> tuple[list[Unit], str | None, str | None] | None:
    """The units of an untitled run that may name a person, the person noun cueing it (``warga``)
    and the body cut off before it (``Dinkes Contoh``); None when the run names no one."""
    units = _drop_opening_words(paragraph, run)
    if len(units) == 1 and units[0].text in FUNCTION_WORDS:
        return None
    cue_role = None if _title_case(paragraph) else _person_noun_role(units, vocab)
    if cue_role is not None or _person_noun_before_body(paragraph, units, vocab):
        units = units[1:]
    cut = cut_opening(paragraph, units, vocab, forced=cut_known)
    if cut is None:
        return None
    return cut[0], cue_role, cut[1]


def read_cut_run(
    index: PeopleIndex,
    vocab: Vocabulary,
    defs: Sequence[Definition],
    paragraph: str,
    number: int,
    runs: Sequence[Run],
    i: int,
) -> int:
    """A run no reading registered, read once more as known body or place words and a name
    before a verb of saying (``…, Jawa Tengah Budi Santoso menyebutkan``)."""
    if title_at(runs[i].units, vocab) is not None:
        return runs[i].end
    return _read_untitled_run(index, vocab, defs, paragraph, number, runs, i, cut_known=True)
