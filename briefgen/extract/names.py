"""Passes that merge the names of one person written several ways in an article: a nickname or short
form (``Gus Dirman``, ``Darsuk``), a spelling variant (``Rahmat``/``Rachmat``) and a name a title-case
headline ran into a verb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.countries import COUNTRIES
from briefgen.extract.headline_names import (
    VERB_FORM,
    clause_in_names,
    drop_headline_only,
    merge_headline_names,
    teaser_names,
)
from briefgen.extract.index import Mention, PeopleIndex, Record, core_tokens, drop_person, merge_people
from briefgen.extract.lexicon import (
    CITIES,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_HONORIFICS,
    OFFICE_TITLES,
    ORG_WORDS,
    PERSON_CUES,
    PLACES,
    is_known_place,
    known_nicknames,
)
from briefgen.extract.patterns import compiled, first_runs, may_name
from briefgen.extract.people import TITLE_WORD_SET, Vocabulary, is_headline
from briefgen.extract.person_filters import credit_block, dated, move_regions, plural_office
from briefgen.extract.runs import Unit


def merge_names(index: PeopleIndex, paragraphs: Sequence[str], vocab: Vocabulary) -> None:
    """Run every merging pass over the people ``find_people`` registered."""
    _inner_nicknames(index, paragraphs)
    _stated_full_names(index, paragraphs)
    _merge_nicknames(index, paragraphs, vocab)
    _merge_variants(index)
    _merge_listed_nicknames(index)
    merge_headline_names(index, paragraphs)
    teaser_names(index, paragraphs)
    clause_in_names(index, paragraphs)
    _drop_unnamed(index, paragraphs)
    _drop_places(index)
    _drop_pair_short_forms(index)
    move_regions(index, paragraphs, lambda keep, drop: merge_people(index, keep, drop))
    _drop_namesakes(index, paragraphs)
    _holder_named_once(index, paragraphs, vocab)
    _company_before_name(index, paragraphs)
    if vocab.headline is not None:
        drop_headline_only(index, paragraphs.index(vocab.headline))


# Titles of a company's head, after which the company's own one-word name may come before the person's.
_COMPANY_HEADS = frozenset(
    {"CEO", "Founder", "Co-Founder", "Pendiri", "Owner", "Presdir", "Dirut", "COO", "CTO"}
)


def _company_before_name(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """``CEO Lumbung Budi Santoso`` with ``… di kanal Podcast Lumbung …`` elsewhere: the first word of a
    three-word name after a company head's title is the company when the text also writes that word
    as the end of another capitalised name (``Podcast Lumbung``) that goes on without the person's."""
    text = "\n".join(paragraphs)
    for record in index.people:
        if not record.role or record.role.split()[-1] not in _COMPANY_HEADS or record.organization:
            continue
        words = record.name.split()
        if len(words) != 3 or len(record.core) != 3:
            continue
        company = words[0]
        elsewhere = [
            m.group("before")
            for m in compiled(
                rf"[a-z,]\s+(?P<before>[A-Z][\w-]+)\s+{re.escape(company)}(?![\w-])(?!\s+{re.escape(words[1])})"
            ).finditer(text)
        ]
        if not any(_thing_word(w) for w in elsewhere):
            continue
        record.name, record.core, record.organization = " ".join(words[1:]), tuple(record.core[1:]), company


def _thing_word(word: str) -> bool:
    """Whether a capitalised word before a name could not address or entitle a person (``Podcast``)."""
    return not (
        word in FUNCTION_WORDS
        or word in TITLE_WORD_SET
        or word in HONORIFICS
        or word in NAME_HONORIFICS
        or word.lower() in PERSON_CUES
        or word in _COMPANY_HEADS
    )


_OFFICE_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, OFFICE_TITLES), key=len, reverse=True)) + r")(?![\w-])"
)
_OFFICE_RUNS = first_runs(OFFICE_TITLES)  # a paragraph without one of these has no _OFFICE_WORD
# A one-word subject opening a sentence, then a verb: "Budiman memastikan …", "Budiman juga menegaskan …".
_ONE_WORD_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<word>[A-Z][a-z]{2,})\s+(?:(?:juga|pun|kembali|telah|sudah|akan|terus)\s+)*"
    r"(?:me|ber)[a-z]{3,}\b"
)


def _holder_named_once(index: PeopleIndex, paragraphs: Sequence[str], vocab: Vocabulary) -> None:
    """``Mendag melakukan misi dagang … Budiman memastikan …``: a story that calls its person by an
    office abbreviation no one is introduced with, and once by one name word as a sentence's subject
    (a word never written in lower case, so no common noun): that word is the office's holder."""
    offices = {
        m.group(1)
        for p in paragraphs
        if may_name(p, _OFFICE_RUNS) and not is_headline(p)
        for m in _OFFICE_WORD.finditer(p)
    }
    free = sorted(o for o in offices if not index.holders_of(o))
    if len(free) != 1:
        return
    text = "\n".join(paragraphs)
    found: dict[str, tuple[int, int, int]] = {}
    for number, paragraph in enumerate(paragraphs):
        if is_headline(paragraph):
            continue
        for m in _ONE_WORD_SUBJECT.finditer(paragraph):
            word = m.group("word")
            if (
                word in OFFICE_TITLES
                or word in FUNCTION_WORDS
                or word.lower() in PERSON_CUES
                or VERB_FORM.fullmatch(word)
                or not vocab.name_like(Unit(word, m.start(), m.end("word"), "word", ""))
                or index.resolve(word) is not None
                or re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", text)
            ):
                continue
            found.setdefault(word, (number, m.start("word"), m.end("word")))
    if len(found) == 1:
        [(word, (number, start, end))] = found.items()
        index.add(word, number, (start, end), role=free[0])


# "Redaktur & Reporter : Budi Santoso", "Editor: Sari": the page's credits name its staff, who are
# not people of the story.
_CREDIT_LINE = re.compile(
    r"\s*(?:(?:Redaktur|Reporter|Editor|Penulis|Pewarta|Wartawan|Fotografer|Kontributor|Penyunting|Writer"
    r"|Editing|Foto|Photo|Penerjemah|Alih\s+Bahasa|Translator)\b[^:\n]{0,30}:"
    # "Laporan Wartawan Tribunnews, Budi Santoso": the reporter's credit above the dateline.
    r"|Laporan\s+(?:Wartawan|Reporter|Koresponden|Kontributor|Jurnalis)\b[^,:\n]{0,40}[,:]"
    # "Reporting by …", "Editing by …": an English wire credit.
    r"|(?:Reporting|Reported|Written|Writing|Editing|Edited|Translated|Translation|Photos?|Video)\s+by\b)"
)


def _drop_unnamed(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """Drop the mentions that name nobody of the story: in a credit line or an author box, a date
    (``Juli 2022``), or the last word of a text cut off in the middle of a word (``… Sekretaris
    Negar``); then anyone left unmentioned."""
    last = next((n for n in range(len(paragraphs) - 1, -1, -1) if paragraphs[n].strip()), None)
    cut = last is not None and re.search(r"[^\W\d_]$", paragraphs[last].rstrip()) is not None

    def unnamed(m: Mention) -> bool:
        if _CREDIT_LINE.match(paragraphs[m.paragraph]) or credit_block(paragraphs, m) or dated(paragraphs, m):
            return True
        if plural_office(paragraphs, m):
            return True  # "para Kepala Instansi Vertikal": an office's holders as a group
        # One name word ending the text: a word cut short, not a caption's full name.
        return (
            cut
            and m.paragraph == last
            and not paragraphs[last][m.end :].strip()
            and len(index.people[m.person].core) == 1
        )

    gone = {m.person for m in index.mentions if unnamed(m)}
    if not gone:
        return
    index.mentions = [m for m in index.mentions if not unnamed(m)]
    for i in sorted(gone, reverse=True):
        if not any(m.person == i for m in index.mentions):
            drop_person(index, i)


def _drop_places(index: PeopleIndex) -> None:
    """A "person" whose whole name is a place the gazetteer knows (``Kantor Gubernur Jambi, Kuala
    Tungkal``: an address after a comma, read as an apposition) is no person; nor is a country
    after a title (``Menlu Siprus``: that country's minister, unnamed)."""
    for i in range(len(index.people) - 1, -1, -1):
        name = " ".join(index.people[i].core)
        if len(index.people[i].core) >= 2 and is_known_place(name) or name in CITIES or name in COUNTRIES:
            drop_person(index, i)


def _drop_pair_short_forms(index: PeopleIndex) -> None:
    """``Darto-Rina`` beside ``Darto Wibowo`` and ``Rina Lestari``: the short form of a
    pair (a ticket, two office holders) joins two people's names, and is neither of them."""
    for i in range(len(index.people) - 1, -1, -1):
        record = index.people[i]
        parts = record.name.split("-")
        if len(parts) != 2 or " " in record.name:
            continue
        holders = [
            next((k for k, p in enumerate(index.people) if k != i and part in p.core), None) for part in parts
        ]
        if None not in holders and holders[0] != holders[1]:
            drop_person(index, i)


# A building, street or unit named after a person ("RSUD dr. Sukarno", "Bandara Sultan Hasan",
# "Jalan Jenderal Sudirman"), with the honorifics or ranks of the namesake between.
_NAMESAKE_TITLES = (
    r"(?:(?:dr|Dr|drg|Prof|H|Hj|Ir|KH|Jenderal|Jend|Letjen|Mayjen|Brigjen|Kolonel|Laksamana|Marsekal"
    r"|Sultan|Raja|Teuku|Tengku|Tgk|Haji|Kiai|Kyai)\.?\s+)"
)
# A hospital's acronym is followed by the doctor's title ("RSUD dr. …"; "Direktur RSUD Sukamaju
# Budi" names the region, then the director); a building's or street's word by the name itself.
_NAMESAKE_OF = re.compile(
    rf"(?<![\w-])(?:(?:RS|RSU|RSUD|RSUP|RSIA|RSAU|RSAL|RSJ|RSPAD)\s+{_NAMESAKE_TITLES}{{1,3}}"
    r"|(?:Rumah\s+Sakit(?:\s+Umum)?(?:\s+(?:Daerah|Pusat))?"
    r"|Bandara|Bandar\s+Udara|Jalan|Jl\.?|Gedung|Stadion|Gelora|Lapangan|Universitas|Institut|Masjid"
    r"|Pelabuhan|Terminal|Museum|Taman|Monumen|Lanud|Pangkalan\s+Udara|KRI|Wisma|Graha|Ponpes"
    rf"|Pondok\s+Pesantren)\s+{_NAMESAKE_TITLES}{{0,3}})$"
)


def _drop_namesakes(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """``Direktur RSUD dr. Tengku Hasan ini …``, ``RSUD dr. Tengku Hasan berkomitmen …``: a "person"
    whose every mention writes the name right after a building's or street's word is the namesake
    of the building, no person of the story."""
    for i in range(len(index.people) - 1, -1, -1):
        core = index.people[i].core
        mentions = [m for m in index.mentions if m.person == i]
        if not core or not mentions:
            continue
        # (the name's pattern is compiled only for a person none of whose mentions is ruled out
        # without it: the first mention nearly always is)
        if not _may_be_namesake(paragraphs[mentions[0].paragraph], mentions[0], core[0]):
            continue
        name = compiled(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in core) + r"(?![\w-])")
        if all(_namesake_mention(paragraphs[m.paragraph], m, name) for m in mentions):
            drop_person(index, i)


def _may_be_namesake(text: str, mention: Mention, first: str) -> bool:
    """False only when ``_namesake_mention`` is False for this mention, whatever the rest of the
    name: each match of the name in the mention starts with its ``first`` word, and no place
    where the mention holds that word follows a building's or street's word (issue 17)."""
    at = text.find(first, mention.start, mention.end)
    while at >= 0:
        if _NAMESAKE_OF.search(text[max(0, at - 60) : at]) is not None:
            return True
        at = text.find(first, at + 1, mention.end)
    return False


def _namesake_mention(text: str, mention: Mention, name: re.Pattern[str]) -> bool:
    """Whether the mention writes the name (``name``) right after a building's or street's word."""
    found = list(name.finditer(text, mention.start, mention.end))
    if not found:
        return False
    at = found[-1].start()
    return _NAMESAKE_OF.search(text[max(0, at - 60) : at]) is not None


# "Sudirman Hakim atau Gus Dirman", "Sudirman Hakim, yang akrab disapa Gus Dirman", "Darmawan Sukaryo
# (Zulhas)": the text gives the person's short name or nickname right after the full name.
_NICKNAME = re.compile(
    r"(?:,?\s+(?:atau|alias|or)\s+|,?\s+(?:yang\s+)?(?:akrab|biasa|karib|populer)\s+(?:di)?(?:sapa|panggil|kenal)"
    r"(?:\s+dengan)?(?:\s+(?:nama|sebutan|panggilan))?\s+|,?\s+(?:better\s+)?known\s+as\s+|\s*\((?=[^)]*\)))"
    r"(?P<nick>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})(?P<close>\))?"
)


# "pria bernama lengkap Darto Wibowo ini", "nama lengkapnya Darto Wibowo", "whose full name is …":
# the text states the full name of the person it has been calling by a short name.
_FULL_NAME_CUE = re.compile(
    r"\b(?:(?:ber|dengan\s+)nama\s+lengkap(?:nya)?|nama\s+lengkap(?:nya|\s+beliau)?(?:\s+adalah)?"
    r"|whose\s+full\s+name\s+is|full\s+name(?:\s+is)?)\s+"
    r"(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,4})"
)


def _stated_full_names(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """``Setelah melantik, pria bernama lengkap Darto Wibowo ini …``: the name is the full name of
    the person mentioned last before it, who is registered under it (the short name an alias)."""
    for number, text in enumerate(paragraphs):
        for match in _FULL_NAME_CUE.finditer(text):
            name = match.group("name")
            if any(w in TITLE_WORD_SET or w in ORG_WORDS or w in PLACES for w in name.split()):
                continue
            before = [m for m in index.mentions if (m.paragraph, m.end) <= (number, match.start())]
            if not before:
                continue
            person = max(before, key=lambda m: (m.paragraph, m.start)).person
            found = index.add(name, number, (match.start("name"), match.end("name")))
            if (
                found is not None
                and found != person
                and not index.people[person].role_conflicts(index.people[found])
            ):
                merge_people(index, found, person)


# "Joko “Jokowi” Widodo": a nickname in quotation marks between the given name and the surname,
# perhaps typed with a space inside the marks ("“Jokowi ”").
_INNER_NICKNAME = re.compile(
    r"\s+(?P<open>[“\"])\s?(?P<nick>[A-Z][\w'’\-]+)\s?(?P<close>[”\"])\s+(?P<last>[A-Z][\w'’\-]+)"
)


def _inner_nicknames(index: PeopleIndex, paragraphs: Sequence[str]) -> None:
    """Complete a name cut short by a nickname in quotation marks and register the nickname."""
    for mention in list(index.mentions):
        match = _INNER_NICKNAME.match(paragraphs[mention.paragraph], mention.end)
        if match is None:
            continue
        record = index.people[mention.person]
        nick, last = match.group("nick"), match.group("last")
        old = record.name
        if record.name.endswith(f" {last}") and record.core[-1:] == (last,) and nick not in record.core:
            # "President Joko Widodo" read before the merge: the name at the mention that gives
            # it in full is still the one with the nickname ("Joko “Jokowi” Widodo").
            old = record.name[: -len(last)].rstrip()
        elif last in record.core or not record.name.endswith(mention.text.split()[-1]):
            continue
        if not old.endswith(mention.text.split()[-1]):
            continue
        # The name as written, nickname and its quotation marks included ("full name at the first
        # mention that gives it in full", a stray space inside the marks left out); the nickname is
        # also an alias of its own.
        record.name = f"{old} {match.group('open')}{nick}{match.group('close')} {last}"
        record.core = core_tokens(record.name)
        record.add_alias(old)
        record.add_alias(f"{old} {last}")
        record.add_alias(nick)
        record.nicknames.append(nick)
        other = next((i for i, p in enumerate(index.people) if p.name == nick), None)
        if other is not None:
            merge_people(index, mention.person, other)


def _merge_nicknames(index: PeopleIndex, paragraphs: Sequence[str], vocab: Vocabulary) -> None:
    """Register the nickname written after a full name (``Sudirman Hakim atau Gus Dirman``) or
    before it (``Gus Dirman, sapaan akrab Sudirman Hakim``) as the same person, merging a person
    the rules registered under the nickname on its own (from a headline, say)."""
    for mention in list(index.mentions):
        text = paragraphs[mention.paragraph]
        match = _NICKNAME.match(text, mention.end)
        if match is not None:
            if text[match.start() :].lstrip().startswith("(") and match.group("close") is None:
                continue
            _adopt_nickname(index, mention, match.group("nick"), match.start("nick"), vocab)
            continue
        before = _NICKNAME_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if before is not None:
            _adopt_nickname(index, mention, before.group("nick"), before.start("nick"), vocab)


# "Haji Dar, sapaan akrab Bupati Tanjung Raya", "Gus Dirman, panggilan karib Sudirman Hakim".
_NICKNAME_BEFORE = re.compile(
    r"(?<![\w'’])(?P<nick>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}),?\s+(?:sapaan|panggilan)"
    r"(?:\s+(?:akrab|karib))?(?:\s+dari)?\s+$"
)


def _adopt_nickname(index: PeopleIndex, mention: Mention, nick: str, start: int, vocab: Vocabulary) -> None:
    if any(
        w in TITLE_WORD_SET or w in vocab.titles or w in vocab.org_acronyms or w in ORG_WORDS or w in PLACES
        for w in nick.split()
    ):
        return
    person = mention.person
    record = index.people[person]
    other = next((i for i, p in enumerate(index.people) if i != person and p.name == nick), None)
    if other is None:
        other = next((i for i, p in enumerate(index.people) if i != person and nick in p.aliases), None)
    if other is not None:
        person = merge_people(index, person, other)
        record = index.people[person]
    record.add_alias(nick)
    if nick not in record.nicknames:
        record.nicknames.append(nick)
    if index.mention_in(mention.paragraph, start, start + len(nick)) is None:
        index.mentions.append(Mention(mention.paragraph, start, start + len(nick), person, nick))


_SPELLING_VARIANTS = (
    ("oe", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("ch", "h"),
    ("kh", "h"),
    ("ie", "i"),
    ("y", "i"),
)


def spelling_key(word: str) -> str:
    """A name word with Indonesian spelling variants levelled: ``Riefky``/``Rifki``,
    ``Rachmat``/``Rahmat``, ``Soekarno``/``Sukarno``, ``Djoko``/``Joko``."""
    key = word.lower().replace("’", "'")
    for old, new in _SPELLING_VARIANTS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)


def _portmanteau(word: str, core: Sequence[str]) -> bool:
    """``Darsuk`` from Darmawan Sukaryo, ``Suhak`` from Sudirman Hakim: the start of one word of the
    name run into the start of the next one."""
    low = word.lower()
    for a, b in zip(core, core[1:], strict=False):
        a, b = a.lower(), b.lower()
        for i in range(2, len(a) + 1):
            if low.startswith(a[:i]) and len(low) - i >= 2 and b.startswith(low[i:]):
                return True
    return False


def _same_person(short: Record, full: Record) -> bool:
    """Whether ``short`` is another writing of ``full``'s name: a spelling variant of its words,
    a nickname made of its words (``Jokowi``), or all its words but one misspelt (``Struat``)."""
    if not short.core or len(short.core) > len(full.core) or short.role_conflicts(full):
        return False
    keys = {spelling_key(w) for w in full.core}
    if all(spelling_key(w) in keys for w in short.core):
        return True
    if len(short.core) == 1:
        word = short.core[0]
        if len(word) >= 4 and any(w.startswith(word) and len(w) >= len(word) + 2 for w in full.core):
            return True  # "Enggar" for Enggartiasto Lukita
        return len(word) >= 5 and _portmanteau(word, full.core)
    unmatched = [w for w in short.core if spelling_key(w) not in keys]
    if len(unmatched) != 1 or len(unmatched[0]) < 5:
        return False
    return any(_similarity(spelling_key(unmatched[0]), k) >= 0.8 for k in keys)


def _similarity(a: str, b: str) -> float:
    """2·LCS/(|a|+|b|), the ratio rapidfuzz's ``fuzz.ratio`` computes (as 0–1), for single name
    words; rapidfuzz itself is not imported here, to keep ``briefgen inspect`` light to start."""
    if not a or not b:
        return 0.0
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0]
        for j, other in enumerate(b):
            current.append(previous[j] + 1 if ch == other else max(previous[j + 1], current[j]))
        previous = current
    return 2 * previous[-1] / (len(a) + len(b))


def _merge_listed_nicknames(index: PeopleIndex) -> None:
    """``Ahok`` and Basuki Tjahaja Purnama in one article are one person: a public figure's nickname
    from ``briefgen/data/nicknames.csv`` joins the person with that full name, when the article
    names both (the nickname alone stays as the article writes it)."""
    table = known_nicknames()
    changed = True
    while changed:
        changed = False
        for i, record in enumerate(index.people):
            full = next((table[n] for n in (record.name, *record.aliases) if n in table), None)
            if full is None:
                continue
            wanted = set(core_tokens(full))
            target = next(
                (j for j, p in enumerate(index.people) if j != i and wanted and wanted <= set(p.core)), None
            )
            if target is not None and not record.role_conflicts(index.people[target]):
                merge_people(index, target, i)
                changed = True
                break


def _merge_variants(index: PeopleIndex) -> None:
    """One person written two ways in one article is one person (the fuller name kept)."""
    changed = True
    while changed:
        changed = False
        for i, short in enumerate(index.people):
            fuller = [
                j
                for j, full in enumerate(index.people)
                if j != i
                and (len(full.core) > len(short.core) or (len(full.core) == len(short.core) and j < i))
                and _same_person(short, full)
            ]
            if len(fuller) == 1:
                merge_people(index, fuller[0], i)
                changed = True
                break
