"""Event and step frames: who did what with whom, where and when, read from an article's lead.

:func:`find_event` looks through the first sentences of the lead (then the headline) for an event
verb of the lexicon (``briefgen/data/event-verbs.csv``) whose actor — a person extraction found, or
an organisation — stands right before it, and fills the verb's slot: a counterpart (a person or a
body) or an object noun of the lexicon (``event-objects.csv``). Place and date are extraction's;
the topic (``event-topics.csv``) is the one the headline names, else the lead sentence.
A slot the sentence does not fill plainly stays empty; a lead with no such verb gives a frame of
who, where and when only. :func:`frame_step` gives each next step its kind and its action.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from briefgen.extract.lexicon import CITIES, words
from briefgen.extract.patterns import can_match, first_bounded
from briefgen.extract.sentences import sentence_spans
from briefgen.lexicons import ENGLISH_BODY_ENDS, STATEMENT_VERB, EventLexicon, EventVerb, bundled, key
from briefgen.model import Actor, EventFrame, NextStep, Organization, Person, StepKind

__all__ = ["find_event", "find_topic", "frame_step"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# How many sentences of the lead are read for the event (the rest is detail, not the event).
_LEAD_SENTENCES = 4
# Words that may stand between the actor and the verb: "Irene Umar secara resmi membuka …",
# "Kemenekraf hari ini menggelar …".
_BETWEEN = words("""resmi secara telah sudah juga pun langsung hari ini kembali baru saja turut sekaligus pada
    siang pagi sore malam tadi kemarin bersama-sama""")
# Words that may stand between the verb and its slot: "menggelar acara pameran", "meninjau langsung".
_BEFORE_SLOT = words("sebuah suatu acara kegiatan agenda langsung resmi secara kembali perdana")
# Where the slot's phrase ends: the place, the time, the purpose, a relative clause.
_SLOT_END = re.compile(
    r"\s(?:di|pada|untuk|guna|dalam|yang|terkait|mengenai|tentang|sebagai|sekaligus|dan\s+membahas|"
    r"bertempat|bertajuk|dengan\s+tema|serta)\s|[,;:.(]|\s[-–—]\s"
)
# The heads of names of bodies: an organisation actor starts with one (or is a known organisation).
_BODY_HEADS = words(
    """kementerian kemenko pemerintah pemprov pemkab pemkot pemda badan dinas kbri kjri kedutaan konsulat
    bank pt perum perusahaan lembaga otoritas komisi dewan dpr dprd mpr polri polda polres polsek tni
    direktorat ditjen sekretariat kantor biro pusat balai universitas institut asosiasi kamar kadin
    bumn bulog pln pertamina danantara bpi bkpm ojk bi polisi kepolisian"""
)
# A run of capitalised words (with the small words names of bodies use), for an organisation.
# "Kementerian Usaha Mikro, Kecil, dan Menengah": commas inside a name, before a capital or "dan".
_BODY_RUN = re.compile(
    r"[A-Z][\w&.’'/-]*(?:(?:\s+|,\s+(?=[A-Z]|dan\s))(?:(?:dan|&|of|and|for|the)\s+)?"
    r"(?:\([A-Z][\w&.-]*\)\s*)?[A-Z][\w&.’'/-]*)*"
)
_NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan|batal|gagal|akan|bakal|rencananya|berencana)\s+$", re.I)


@dataclass(frozen=True)
class _Mention:
    actor: Actor
    start: int
    end: int


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


_Entry = TypeVar("_Entry")


def _folded(words: Sequence[re.Match[str]]) -> list[str]:
    """The words as the lexicons key them (:func:`briefgen.lexicons.key`)."""
    return [w.group().casefold().replace("’", "'") for w in words]


def _longest_at(
    table: Mapping[tuple[str, ...], _Entry], longest: int, folded: Sequence[str], i: int
) -> tuple[int, _Entry] | None:
    """The longest entry of a lexicon ``table`` that the words from ``i`` on spell, with its length."""
    for n in range(min(longest, len(folded) - i), 0, -1):
        entry = table.get(tuple(folded[i : i + n]))
        if entry is not None:
            return n, entry
    return None


def _person_mentions(text: str, people: Sequence[Person]) -> list[_Mention]:
    """Every person of ``people`` named in ``text`` (full name, else the longest alias found)."""
    found: list[_Mention] = []
    for person in people:
        for name in [person.name, *sorted(person.aliases, key=len, reverse=True)]:
            at = first_bounded(text, name)
            if at is not None:
                actor = Actor(person.name, person.role, person.organization)
                found.append(_Mention(actor, at, at + len(name)))
                break
    found.sort(key=lambda m: m.start)
    # A name inside another's ("Prabowo" in "Prabowo Subianto") is not a second person.
    return [
        m
        for m in found
        if not any(
            o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in found
        )
    ]


def _body_at(text: str, organizations: Sequence[Organization]) -> _Mention | None:
    """The name of a body at the start of ``text``: a known organisation or acronym, or a run of
    capitalised words that starts with the head of a body's name (``Kementerian …``, ``Pemkab …``)."""
    stripped = text.lstrip(" ,")
    offset = len(text) - len(stripped)
    run = _BODY_RUN.match(stripped)
    if run is None:
        return None
    name = re.sub(r"\s*\([^)]*\)\s*", " ", run.group()).strip()
    name = re.sub(r"\s+", " ", name)
    # "Kementerian Ekonomi Kreatif (Ekraf) Indonesia": the country after a ministry's name is no part of it.
    if len(name.split()) > 2:
        name = re.sub(r"\s+(?:Republik\s+Indonesia|Indonesia|RI)$", "", name)
    known = {o.name for o in organizations} | {o.acronym for o in organizations if o.acronym}
    first = name.split()[0].casefold().rstrip(".")
    last = name.split()[-1].casefold()
    if (
        name in known
        or first in _BODY_HEADS
        or last in ENGLISH_BODY_ENDS
        or any(name.startswith(k + " ") for k in known)
    ):
        return _Mention(Actor(None, None, name), offset, offset + run.end())
    return None


# "Hanif mengamuk saat meninjau TPA", "kata Saifullah saat memimpin dialog", "usai bertemu
# Presiden": the subject of a clause is also the actor of the verb its time clause opens.
_TIME_CLAUSE = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:saat|ketika|sewaktu|usai|seusai|setelah|sesudah|sambil)\s*$"
)


# "Kemenekraf resmi membuka lembaran baru … dengan menyambut kunjungan …": the manner clause's
# verb has the sentence's subject (a short predicate, no comma or relative clause between).
_MANNER_CLAUSE = re.compile(r"^\s*(?:(?!yang\b)[^\s,;]+\s+){1,12}dengan\s*$")


def _gap_ok(gap: str) -> bool:
    """Whether only fillers stand between the actor and the verb (an apposition ", …," is one)."""
    gap = re.sub(r"\([^)]*\)", " ", gap)
    gap = re.sub(r"^\s*,[^,]*,", " ", gap)  # "Irene Umar, Wakil Menteri …, membuka"
    # "Kementerian Pariwisata melalui Ditjen Destinasi secara resmi membuka …"
    gap = re.sub(r"^\s*melalui\s+(?:[A-Z][\w.&/-]*\s*)+", " ", gap)
    if _TIME_CLAUSE.match(gap) or _MANNER_CLAUSE.match(gap):
        return True
    words = [w.group().casefold() for w in _words(gap)]
    return len(words) <= 3 and all(w in _BETWEEN for w in words)


def me_forms(word: str) -> list[str]:
    """The meN- forms a bare verb stem can take, as headlines drop the prefix (``Gelar`` →
    ``menggelar``, ``Tinjau`` → ``meninjau``, ``Serahkan`` → ``menyerahkan``, ``Buka`` → ``membuka``);
    the standard assimilation rules, with the variants where a stem's first sound may drop."""
    w = word.casefold()
    if len(w) < 3 or w.startswith(("me", "di")):
        return []
    first = w[0]
    if first in "aeiou":
        return ["meng" + w]
    if first in "gh":
        return ["meng" + w]
    if first == "k":
        return ["meng" + w[1:], "meng" + w]
    if first == "t":
        return ["men" + w[1:], "men" + w]
    if first in "dcj":
        return ["men" + w]
    if first == "s":
        return ["meny" + w[1:], "men" + w]
    if first == "p":
        return ["mem" + w[1:], "mem" + w]
    if first in "bf":
        return ["mem" + w]
    if first in "lrmnwy":
        return ["me" + w]
    return []


def _verb_starts(lexicon: EventLexicon) -> Container[str]:
    """The first word of every lexicon verb: a word that is none of them opens no verb, and its
    lookups are skipped (issue 17; exact)."""
    return {verb_key[0] for verb_key in lexicon.verbs}


def _verbs_in(sentence: str, lexicon: EventLexicon) -> list[tuple[int, int, EventVerb]]:
    """Every lexicon verb in ``sentence``, left to right, longest first at each word, no overlaps;
    a headline's bare stem counts as its meN- verb (``Gelar Workshop`` is ``menggelar workshop``),
    after the written verbs."""
    words = _words(sentence)
    folded = _folded(words)
    found: list[tuple[int, int, EventVerb]] = []
    stems: list[tuple[int, int, EventVerb]] = []
    starts = _verb_starts(lexicon)
    i = 0
    while i < len(words):
        firsts = [folded[i], *me_forms(folded[i])]
        if not any(first in starts for first in firsts):
            i += 1  # no verb opens with this word: every lookup below would miss
            continue
        for n in range(min(lexicon.longest_verb, len(words) - i), 0, -1):
            verb = next(
                (v for f in firsts if (v := lexicon.verbs.get((f, *folded[i + 1 : i + n]))) is not None), None
            )
            if verb is not None:
                stem = lexicon.verbs.get(tuple(folded[i : i + n])) is None
                (stems if stem else found).append((words[i].start(), words[i + n - 1].end(), verb))
                i += n
                break
        else:
            i += 1
    # A sentence's own verbs before a headline's stems glued to it ("Illiza Temui Menteri …,
    # JAKARTA – Wali Kota … beraudiensi dengan …").
    return found + stems


def _object_at(text: str, lexicon: EventLexicon) -> str | None:
    """The lexicon object noun that opens ``text`` (after fillers such as ``acara``), longest first."""
    folded = _folded(_words(text))
    start = 0
    while start < len(folded) and folded[start] in _BEFORE_SLOT and start < 2:
        start += 1
    for begin in sorted({start, 0}, reverse=True):
        found = _longest_at(lexicon.objects, lexicon.longest_object, folded, begin)
        if found is not None:
            return found[1].id
    return None


def _slot_text(text: str) -> str:
    """The words of a slot after a verb: up to the place, the time or the purpose."""
    end = _SLOT_END.search(text)
    return text[: end.start()] if end else text


def _counterparts(text: str, people: Sequence[Person], organizations: Sequence[Organization]) -> list[Actor]:
    """The persons named in ``text`` (the slot after a verb, up to ``di`` or ``pada``), else the body
    it opens with."""
    window = text
    # "Duta Besar Jepang untuk Indonesia, Kenji Tanaka": "untuk" ends the slot only before a verb.
    cut = re.search(
        r"\s(?:di|pada|guna|dalam\s+rangka|terkait|mengenai|yang|untuk\s+(?:me|ber)\w+)\s|[;:.]", window
    )
    if cut:
        window = window[: cut.start()]
    persons = [m.actor for m in _person_mentions(window, people)]
    if persons:
        return persons[:3]
    # "kunjungan delegasi Japan Foundation", "rombongan Pemkab Jepara": who came on the body's behalf.
    slot = re.sub(
        r"^\s*(?:(?:delegasi|rombongan|tim|perwakilan|jajaran|pimpinan|para|dari)\s+)+", " ", _slot_text(text)
    )
    body = _body_at(slot, organizations)
    return [body.actor] if body else []


def _actor_before(
    before: str, people: Sequence[Person], organizations: Sequence[Organization]
) -> Actor | None:
    """The actor right before a verb: the last person named, else a body, with only fillers between."""
    if re.search(r"\byang\s*$", before) or _NEGATED.search(before):
        return None  # "… yang menerima": a relative clause; "akan membuka": not yet an event
    if re.search(r"\b(?:bahwa|menurut(?:nya)?)\b", before, re.IGNORECASE):
        return None  # "Rosan mengungkapkan bahwa Prabowo memberikan arahan": a claim, not the event
    persons = _person_mentions(before, people)
    if persons and _gap_ok(before[persons[-1].end :]):
        return persons[-1].actor
    clause = re.split(r"[,;]\s|\s[-–—]+\s", before)
    for start in (0, len(before) - len(clause[-1])):
        body = _body_at(before[start:], organizations)
        if body and _gap_ok(before[start + body.end :]):
            return body.actor
    return None


def _frame_in(
    sentence: str, people: Sequence[Person], organizations: Sequence[Organization], lexicon: EventLexicon
) -> EventFrame | None:
    """The event frame of one sentence, or None when no lexicon verb has its actor or slot."""
    for start, end, verb in _verbs_in(sentence, lexicon):
        before, after = sentence[:start], sentence[end:]
        if verb.voice == "active":
            actor = _actor_before(before, people, organizations)
            if actor is None:
                continue
            frame = EventFrame(actor=actor, verb=verb.id, sentence=sentence)
            if verb.slot == "counterpart":
                frame.counterparts = _counterparts(after, people, organizations)
            elif verb.slot == "object":
                frame.obj = _object_at(_slot_text(after), lexicon)
            if verb.slot != "none" and not frame.counterparts and frame.obj is None and not verb.alone:
                continue  # "membuka peluang": the verb needs a slot the lexicon knows
            return frame
        # Passive: the slot stands before the verb, the actor (when named) after it.
        # "dibuka oleh Menteri X", "diterima Wamen Y": the agent named right after the verb.
        agents = _person_mentions(" ".join(_slot_text(after).split()[:8]), people)
        agent = agents[0].actor if agents else None
        clause = re.split(r"[,;]\s", before)[-1]
        frame = EventFrame(actor=agent, verb=verb.id, sentence=sentence)
        if verb.slot == "object":
            frame.obj = _object_at(clause, lexicon)
            if frame.obj is None:
                continue
        else:
            frame.counterparts = [m.actor for m in _person_mentions(clause, people)][:3]
            if not frame.counterparts:
                continue
        if agent is None and not verb.alone:
            continue
        return frame
    return None


# A photo caption's credit: "(Antara Photo/…)", "(Foto: …)".
_CAPTION = re.compile(r"\((?:[A-Z][\w.]*\s+)?(?:Photo|Foto)\b|\bFoto\s*:", re.I)
_ENGLISH_WORDS = words("the of and to in with was were is are for on that has have by from")
_INDONESIAN_WORDS = words("yang dan di dengan untuk dari ini pada itu dalam akan telah kepada oleh")


def _is_english(text: str) -> bool:
    words = [w.group().casefold() for w in _words(text)]
    return sum(w in _ENGLISH_WORDS for w in words) > 2 * sum(w in _INDONESIAN_WORDS for w in words)


def _speaker(text: str, people: Sequence[Person], speakers: Sequence[str]) -> tuple[Actor | None, bool]:
    """The lead's main person: the most quoted person, those with a role first (then the first in
    the lead on a tie), else the first person of the lead with a role; and whether they are quoted."""
    counts = {p.name: sum(s == p.name for s in speakers) for p in people}
    in_lead = [m.actor for m in _person_mentions(text, people)]
    # A one-word name without a role may be a word taken for a name ("Pedagang"): not an actor.
    ranked = sorted(
        (p for p in people if counts[p.name] and (p.role or len(p.name.split()) > 1)),
        key=lambda p: (
            p.role is None,
            -counts[p.name],
            next((i for i, a in enumerate(in_lead) if a.name == p.name), 99),
        ),
    )
    if ranked:
        person = ranked[0]
        return Actor(person.name, person.role, person.organization), True
    named = [a for a in in_lead if a.role]
    return (named[0] if named else None), False


# "… ,” kata Sutrisno dalam rapat kerja bersama Komisi VII": the speaker spoke at an event the
# lexicon names.
_SPOKE_AT = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|tegas|jelas|ungkap|papar|imbuh|terang)(?:nya)?\s+(?P<who>[^,.;]{2,80}?)"
    r"\s+(?:dalam|pada|saat|ketika|di\s+sela)\s+(?:acara\s+|kegiatan\s+|agenda\s+)?(?P<rest>.*)",
    re.IGNORECASE,
)
SPOKE_AT_VERB = "berbicara dalam"


def _spoke_at(sentence: str, people: Sequence[Person], lexicon: EventLexicon) -> EventFrame | None:
    """The frame of a quote's attribution that names the event it was said at, or None."""
    match = _SPOKE_AT.search(sentence)
    if match is None or lexicon.verb(SPOKE_AT_VERB) is None:
        return None
    persons = _person_mentions(match.group("who"), people)
    obj = _object_at(_slot_text(match.group("rest")), lexicon)
    if not persons or obj is None:
        return None
    return EventFrame(actor=persons[0].actor, verb=SPOKE_AT_VERB, obj=obj, sentence=sentence)


def _place_in(sentence: str) -> str | None:
    """The city the sentence says the event was in (``di GOR Sudiang, Kota Makassar``), if it names one."""
    for at in re.finditer(r"\bdi\s+", sentence):
        for word in sentence[at.end() :].split()[:8]:
            word = word.strip(",.;:()")
            if word in CITIES:
                return word
    return None


def _english_frame(
    text: str,
    sentences: Sequence[str],
    people: Sequence[Person],
    place: str | None,
    date: dt.date | None,
    speakers: Sequence[str],
) -> EventFrame:
    """The frame of an English lead, kept as written for its English (the lexicons are
    Indonesian): its first complete sentence, the speaker when the name has two words or more."""
    actor, _quoted = _speaker(text, people, speakers)
    if actor is not None and actor.name is not None and len(actor.name.split()) < 2:
        actor = None  # people read from English text by Indonesian rules: "Science", "Says"
    complete = [
        s
        for s in sentences[: 2 * _LEAD_SENTENCES]
        if len(s.split()) >= 8 and s.rstrip().endswith(".") and not _CAPTION.search(s)
    ]
    return EventFrame(
        actor=actor, place=place, date=date, sentence=complete[0] if complete else "", lang="en"
    )


def _candidates(lead: Sequence[str], sentences: Sequence[str], title: str | None) -> list[str]:
    """The sentences that may hold the event: the first sentences, then the opening sentence of
    each lead paragraph (a page's furniture can fill the first ones), then the headline."""
    openings = [p[s:e] for p in lead for s, e in sentence_spans(p)[:1]]
    candidates = [
        *sentences[:_LEAD_SENTENCES],
        *(o for o in openings if o not in sentences[:_LEAD_SENTENCES]),
    ]
    return candidates + ([title] if title else [])


def _lexicon_frame(
    candidates: Sequence[str],
    sentences: Sequence[str],
    people: Sequence[Person],
    organizations: Sequence[Organization],
    place: str | None,
    date: dt.date | None,
    lexicon: EventLexicon,
) -> EventFrame | None:
    """The first frame with a lexicon verb among the candidates, else the first event a quote
    was said at in the lead; its place the sentence's city, else the dateline's."""
    for sentence in candidates:
        frame = _frame_in(sentence, people, organizations, lexicon)
        if frame is not None:
            # The dateline's place is where the story was filed; the sentence may name the event's.
            frame.place, frame.date = _place_in(sentence) or place, date
            return frame
    for sentence in sentences[: 2 * _LEAD_SENTENCES]:
        frame = _spoke_at(sentence, people, lexicon)
        if frame is not None:
            frame.place, frame.date = _place_in(sentence) or place, date
            return frame
    return None


# Words that open the name of a body or a post: a topic right after one is part of that name
# ("Menteri Investasi", "Kementerian Lingkungan Hidup", "Deputi Bidang Pengendalian …").
_NAME_HEADS = _BODY_HEADS | words(
    """menteri menko wamen wakil deputi bidang direktur dirjen kepala kadis sekretaris sekjen staf ahli
    ketua anggota komisaris satgas gugus tugas"""
)


def _in_name(found: Sequence[re.Match[str]], folded: Sequence[str], i: int, headline: bool) -> bool:
    """Whether the words from ``i`` on are part of the name of a body or a post: right after the
    head of one ("Menteri Investasi"), after "dan" in a capitalised run ("Menteri Pemuda dan
    Olahraga"); in running text, anywhere in a capitalised run that opens with such a head
    ("Badan Koordinasi Penanaman Modal"). A headline capitalises every word, so only the first two."""
    if i and folded[i - 1] in _NAME_HEADS:
        return True
    capital = [w.group()[:1].isupper() for w in found]
    if i >= 2 and folded[i - 1] == "dan" and capital[i] and capital[i - 2]:
        return True
    if headline or not capital[i]:
        return False
    j = i - 1
    while j >= 0 and (capital[j] or folded[j] == "dan"):
        if folded[j] in _NAME_HEADS:
            return True
        j -= 1
    return False


def _topic_in(text: str, lexicon: EventLexicon, headline: bool = False) -> str | None:
    """The topic of the lexicon ``text`` names (whole words, case-insensitively): the longest, the
    first of those on a tie; one inside the name of a body or a post is not counted."""
    if not lexicon.topics:
        return None
    found = _words(text)
    folded = _folded(found)
    best: tuple[int, str] | None = None
    for i in range(len(folded)):
        at = _longest_at(lexicon.topics, lexicon.longest_topic, folded, i)
        if at is not None and not _in_name(found, folded, i, headline) and (best is None or at[0] > best[0]):
            best = (at[0], at[1].id)
    return best[1] if best else None


def find_topic(title: str | None, sentence: str, lexicon: EventLexicon | None = None) -> str | None:
    """The topic of an event: the one the headline names, else the one the lead sentence names."""
    lexicon = lexicon or bundled()
    return (_topic_in(title, lexicon, headline=True) if title else None) or _topic_in(sentence, lexicon)


def find_event(
    lead: Sequence[str],
    title: str | None,
    people: Sequence[Person],
    organizations: Sequence[Organization],
    place: str | None,
    date: dt.date | None,
    speakers: Sequence[str] = (),
    lexicon: EventLexicon | None = None,
) -> EventFrame | None:
    """The event frame of an article from its lead paragraphs (first sentences first) and headline.

    Without a lexicon verb in reach, the event a quote was said at (``kata Bahlil dalam rapat
    kerja`` → spoke at a working meeting) is the frame; else it keeps who (the most quoted
    person with a role, who then "gave a statement"; else the first person of the lead with a
    role), where and when;
    without any of these there is no frame at all. ``speakers`` are the speakers of the article's
    quotes and statements, one entry each.
    """
    lexicon = lexicon or bundled()
    sentences: list[str] = []
    for paragraph in lead:
        sentences += [paragraph[s:e] for s, e in sentence_spans(paragraph)]
    text = " ".join(sentences[:_LEAD_SENTENCES])
    if _is_english(text):
        return _english_frame(text, sentences, people, place, date, speakers)
    candidates = _candidates(lead, sentences, title)
    frame = _lexicon_frame(candidates, sentences, people, organizations, place, date, lexicon)
    if frame is not None:
        frame.topic = find_topic(title, frame.sentence, lexicon)
        return frame
    actor, quoted = _speaker(text, people, speakers)
    if actor is None and place is None and date is None:
        return None
    verb = STATEMENT_VERB if quoted and lexicon.verb(STATEMENT_VERB) else None
    topic = find_topic(title, sentences[0] if sentences else "", lexicon)
    return EventFrame(actor=actor, verb=verb, place=place, date=date, topic=topic)


# --------------------------------------------------------------------------- step frames

# The cue of each kind of step and where its action starts (after the cue and "untuk"/"agar").
_STEP_CUES: tuple[tuple[StepKind, re.Pattern[str]], ...] = (
    (
        "agreement",
        re.compile(r"\b(?:ber)?sepakat(?:\s+untuk)?|\bmenyepakati|\bdisepakati|\bsetuju\s+untuk", re.I),
    ),
    (
        "commitment",
        re.compile(
            r"\bberkomitmen(?:\s+untuk)?|\bkomitmen(?:nya)?\s+untuk|\bberjanji(?:\s+(?:untuk|akan))?"
            r"|\bbertekad(?:\s+untuk)?|\bsiap(?:\s+untuk)?(?=\s+(?:me|ber|di)\w+)",
            re.I,
        ),
    ),
    ("target", re.compile(r"\bmenargetkan|\bditargetkan|\btargetnya", re.I)),
    (
        "schedule",
        re.compile(r"\bdijadwalkan|\bmenjadwalkan|\bjadwalnya|\bmenunda(?:\s+untuk)?|\bditunda", re.I),
    ),
    (
        "instruction",
        re.compile(
            r"\b(?:meminta|minta|menginstruksikan|memerintahkan|mengarahkan|menugaskan|meng(?:h)?imbau"
            r"|(?:instruksi|arahan|perintah)(?:\s+\S+){0,3}?|memberi(?:kan)?\s+waktu(?:\s+\S+){0,8}?)"
            r"(?:\s+\S+){0,5}?\s+(?:untuk|agar|supaya)\b"
            r"|\b(?:meminta|minta|menginstruksikan|memerintahkan|menugaskan)\b"
            r"|\bharus(?:\s+(?:segera|terus|mampu|bisa|dapat))*|\bsegera\b",
            re.I,
        ),
    ),
    (
        "plan",
        re.compile(
            r"\b(?:berencana|merencanakan)(?:\s+untuk)?|\b(?:akan|bakal|nantinya)(?:\s+segera)?", re.I
        ),
    ),
)
# The action ends where its purpose, reason or detail begins.
_ACTION_END = re.compile(
    r"\s(?:guna|agar|supaya|sehingga|karena|sebab|demi|yang|dalam\s+rangka|melalui|mulai|pada|di)\s"
    r"|\s(?:tahun|bulan|pekan|minggu|semester|kuartal)\s+(?:depan|ini|mendatang)\b"
    r"|\s(?:akhir|awal|pertengahan|sebelum|hingga|paling\s+lambat)\s"
    r"|[,;:.(“\"”]|\s[-–—]\s"
)
# An action that is only a time ("dijadwalkan pada 24 Maret") is no action.
_TIME_ONLY = re.compile(
    r"(?:pada|mulai|sebelum|hingga|sampai|akhir|awal|pertengahan|tahun|bulan|pekan)\b", re.I
)


def frame_step(step: NextStep) -> tuple[StepKind | None, str | None]:
    """The kind of a next step and its action (the Indonesian words after the cue), when its text
    has a cue: ``sepakat untuk mempercepat pendataan bersama ke depan, guna …`` →
    ``("agreement", "mempercepat pendataan bersama ke depan")``."""
    found: list[tuple[int, StepKind, re.Match[str]]] = []
    low = step.text.lower()
    for kind, cue in _STEP_CUES:
        match = cue.search(step.text) if can_match(cue, step.text, low) else None
        if match:
            found.append((match.start(), kind, match))
    if not found:
        return None, None
    _, kind, match = min(found, key=lambda f: f[0])
    if kind == "instruction" and re.match(
        r"(?:meminta|minta|menginstruksikan|memerintahkan|menugaskan)$", match.group(), re.I
    ):
        return kind, None  # "meminta kepala daerah membuat …": who is asked comes first, not the action
    rest = step.text[match.end() :].lstrip()
    end = _ACTION_END.search(rest)
    action = (rest[: end.start()] if end else rest).strip()
    if _TIME_ONLY.match(action):
        action = ""
    if kind == "plan" and found and any(k == "schedule" for _, k, _m in found):
        kind = "schedule"
    return kind, action if key(action) else None
