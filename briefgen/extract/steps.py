"""Finds next steps: agreements, plans, commitments and follow-ups, with the actor that takes them.

Predictions and hopes are not next steps: a forecast (``X memperkirakan … akan …``, ``… diperkirakan
akan …``), a belief (``X menilai … akan …``) or a hope (``diharapkan mampu …``) is left out, and a
bare ``akan`` counts only when its subject is someone who can act (a named body, a person, a
pronoun, ``pihaknya``, ``pemerintah provinsi``), not a thing (``permintaan kopi akan tumbuh``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefgen.extract.dates import Reference, find_dates
from briefgen.extract.lexicon import AGENT_NOUNS, BELIEF_VERBS, MONTH_RE, SPEECH_VERBS, words
from briefgen.extract.people import PeopleIndex
from briefgen.extract.sentences import split_sentences
from briefgen.extract.statements import SentenceRef
from briefgen.model import NextStep

# Markers that make a sentence a plan by themselves.
_STRONG = re.compile(
    r"\b(?:(?:ber)?sepakat|menyepakati|disepakati|kesepakatan\s+untuk|berencana|merencanakan"
    r"|direncanakan|rencana\s+aksi|menindaklanjuti|ditindaklanjuti|tindak\s+lanjut|berkomitmen"
    r"|guna\s+memastikan|dijadwalkan|menargetkan|ditargetkan"
    r"|siap\s+(?:untuk\s+)?(?:me|ber|di)\w+)\b",
    re.IGNORECASE,
)
# "diharapkan": a plan when it comes with a schedule ("diharapkan terbit sebelum akhir 2026"),
# a hope when it does not or when it hedges ("diharapkan mampu mendongkrak …").
_EXPECTED = re.compile(r"\bdiharapkan\b", re.IGNORECASE)
_HOPE = re.compile(
    r"\bdiharapkan\s+(?:(?:juga|pula|nantinya|kelak)\s+)?"
    r"(?:mampu|dapat|bisa|menjadi|semakin|makin|lebih|tidak\s+hanya|bukan\s+hanya|memberi\w*\s+dampak)\b",
    re.IGNORECASE,
)
_SCHEDULE = re.compile(
    rf"\b(?:pada|mulai|sebelum|hingga|sampai|paling\s+lambat|akhir|awal|pertengahan)\s+"
    rf"(?:(?:akhir|awal|pertengahan)\s+)?(?:(?i:{MONTH_RE})\b|tahun|bulan|pekan|minggu|semester|20\d\d\b)"
    rf"|\b(?i:{MONTH_RE})\s+20\d\d\b|\b(?:tahun|bulan|pekan|minggu|semester)\s+(?:depan|mendatang)\b",
    re.IGNORECASE,
)
# Markers that need an actor as subject: "Kemenekraf akan menggelar …" is a plan,
# "pendekatan ini akan memperkuat …" is a prediction; "tidak akan" is neither.
_FUTURE = r"(?<!\btidak\s)(?<!\btak\s)(?<!\bbelum\s)\b(?:akan|segera)"  # not negated
_WEAK = re.compile(_FUTURE + r"\b", re.IGNORECASE)
# "… akan diterapkan di 35 kabupaten", "… akan kembali digelar": a passive future announces what
# will be done without saying by whom (the actor stays null). Passives of feeling and judgement
# ("akan dikenal", "akan diminati") are forecasts (first set); words that only look passive
# ("digital", "dia") are no verbs at all (second set).
_PASSIVE = re.compile(
    _FUTURE + r"\s+"
    r"(?:(?:segera|kembali|mulai|langsung|resmi|secara\s+resmi|juga|pun|dapat|bisa|nanti|nantinya)\s+)*"
    r"(?P<verb>di[a-z]{3,})\b",
    re.IGNORECASE,
)
_NOT_PASSIVE_PLANS = (
    words(
        """
        dikenal diminati dirasakan dinikmati dibutuhkan diperlukan disukai dicintai diingat dikenang
        diterima dihargai dipercaya diuntungkan dirugikan ditentukan dipengaruhi didominasi dinilai
        dianggap diharapkan diperkirakan diprediksi diproyeksikan dirasa diketahui dilihat dilirik
        dicari diburu digemari dikunjungi
        """
    ),
    words(
        "dia diri dini dinas digital dimensi diskusi distribusi dialog diplomasi disiplin diaspora direktur"
    ),
)
# "wajib menyesuaikan … paling lambat 1 Maret 2027": an obligation with a deadline.
_OBLIGATION = re.compile(r"\b(?:wajib|diwajibkan)\b", re.IGNORECASE)
_DEADLINE = re.compile(
    rf"\b(?:paling\s+lambat|selambat-lambatnya|sebelum|hingga|batas\s+waktu)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:\d{{1,2}}\s+(?i:{MONTH_RE})|(?i:{MONTH_RE})\b|akhir|awal|20\d\d\b|tahun\s+depan)",
    re.IGNORECASE,
)
# "dibuka untuk umum mulai 1 Desember 2026", "berlaku mulai Januari": opening or taking effect
# from a date still to come.
_OPENING = re.compile(
    r"\b(?:dibuka(?:\s+(?:untuk|bagi)\s+(?:umum|publik|masyarakat)(?:\s+umum)?)?|mulai\s+berlaku"
    r"|berlaku|diberlakukan|beroperasi)\s+(?:[\w-]+\s+){0,3}?mulai\b",
    re.IGNORECASE,
)
# "X menyebut sebanyak 80.000 gerai … akan …": a figure someone reports is not a plan.
_FIGURE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|memastikan)\b(?:\s+bahwa)?\s*,?\s*"
    r"(?:(?:sebanyak|sekitar|kurang\s+lebih|lebih\s+dari|hampir|setidaknya|sedikitnya)\s+\d|\d{1,3}(?:\.\d{3})+\b)",
    re.IGNORECASE,
)
# Verbs of belief and forecast, active or passive: what they introduce is not a plan.
_BELIEF = re.compile(
    rf"\b(?:{BELIEF_VERBS}|diperkirakan|diprediksi|diproyeksikan|dikhawatirkan|khawatir|cemas|takut"
    r"|mungkin|kemungkinan|berpotensi)\b",
    re.IGNORECASE,
)
_ADVERBS = re.compile(
    r"(?:\s+(?:juga|pun|telah|sudah|akan|segera|kembali|turut|masih|terus|bersama|pula|kini|yang))+\s*$"
)
# "Nurul menjelaskan pemprov akan …": the reporting verb is not part of the subject.
_REPORTED = re.compile(
    rf"^.*?\b(?:{SPEECH_VERBS}|memastikan|menjamin|menjanjikan|mengumumkan)\b(?:\s+bahwa)?\s*", re.IGNORECASE
)
_ACTOR = re.compile(r"(?:(?:[A-Z][\w'’.\-]*|\([^()]*\))(?:\s+|\s*,\s*|\s+(?:dan|serta|bersama|&)\s+)?)+")
_COLLECTIVE = re.compile(
    r"(?:kedua\s+(?:belah\s+)?pihak|keduanya|kedua\s+negara|kedua\s+lembaga|kedua\s+kementerian)$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?:Ia|Dia|Beliau|ia|dia|beliau)$")
_OWN_SIDE = re.compile(r"(?:pihaknya|pihak\s+kami|kami)$", re.IGNORECASE)
_QUANTITY = (
    r"(?:(?:para|seluruh|semua|sejumlah|sebanyak|\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan"
    r"|sembilan|sepuluh|sebelas|belas|puluh|ratus|ribu)\s+)*"
)
# "Pemerintah provinsi", "dua belas startup tersebut", "kementerian Malaysia": an acting body
# and at most four words that qualify it (no verb, no relative clause).
_AGENT = re.compile(
    rf"{_QUANTITY}(?P<head>[^\W\d_][\w-]*)(?:\s+(?!yang\b|(?!tersebut\b)(?:me|ber|di|ter)[a-z]{{4,}})[\w.()-]+){{0,4}}",
    re.IGNORECASE,
)
_NOT_ACTORS = frozenset({"Hal", "Ini", "Itu", "Pertemuan", "Kolaborasi", "Kegiatan", "Acara", "Program"})
_CONJUNCTION = re.compile(r"(\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|bersama|&)\s+)")
# A plan the speaker announces inside a quotation: "Kami akan memproses …" ("Kami siap …" is an
# offer, not a plan).
_QUOTED_PLAN = re.compile(
    r"(?:^|,\s*)(?:Kami|kami|Pihak\s+kami|pihak\s+kami)\s+(?:(?:juga|pun|segera|telah|sudah)\s+)*"
    r"(?:akan|berencana|berkomitmen|sepakat|menargetkan)\b"
    # object first: "Aplikasinya nanti akan kami uji coba di tiga kabupaten"
    r"|\bakan\s+(?:(?:segera|juga|kembali)\s+)*kami\s+[a-z]"
)


_CONDITION = re.compile(r"(?:Kalau|Jika|Apabila|Bila|Seandainya|Andaikan|Kalaupun)\b")


def _agent(part: str) -> bool:
    match = _AGENT.fullmatch(part)
    return match is not None and match.group("head").lower() in AGENT_NOUNS


def _own_side(people: PeopleIndex, speaker: str | None) -> str | None:
    """``pihaknya``/``kami``: the speaker's organisation when known, else the speaker."""
    if speaker is None:
        return None
    return people.organization_of(speaker) or speaker


def _actor(
    sentence: SentenceRef,
    marker: int,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]],
) -> str | None:
    """The subject named right before the marker: ``Kemenekraf dan KBRI Seoul``, a person, a pronoun,
    ``pihaknya`` (the speaker's side) or an acting body (``pemerintah provinsi``)."""
    before = sentence.text[:marker]
    clause_at = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    clause = _ADVERBS.sub("", before[clause_at + 1 :]).strip()
    reported = _REPORTED.match(clause)
    if reported and reported.end() < len(clause):
        clause = clause[reported.end() :].strip()
    if not clause:
        # "Wakil Menteri Ekonomi Kreatif, Irene Umar, akan …": the comma belongs to the name.
        for mention in people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker):
            rest = before[mention.end - sentence.start :]
            if re.fullmatch(r"[\s,]*(?:\s*(?:juga|pun|telah|sudah|akan|segera|kembali|turut))*\s*", rest):
                return people.name_of(mention)
        return None
    if _PRONOUN.fullmatch(clause):
        return people.last_before(sentence.paragraph, sentence.start, skip)
    if _OWN_SIDE.fullmatch(clause):
        # "Kepala Dinas …, Hj. Sri …, mengatakan pihaknya akan …": the speaker in this sentence,
        # else the person last named before it.
        inside = people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker)
        speaker = people.name_of(inside[-1]) if inside else None
        return _own_side(people, speaker or people.last_before(sentence.paragraph, sentence.start, skip))
    collective = _COLLECTIVE.search(clause)
    if collective:
        return collective.group(0)
    parts = _CONJUNCTION.split(clause.strip(" ,"))
    names = parts[0::2]
    if not names or names[0].split()[0] in _NOT_ACTORS:
        return None
    if not all(_ACTOR.fullmatch(name) or _agent(name) for name in names):
        return None
    # "Rina dan Joko": each named part becomes the full name of the person it refers to.
    for i in range(0, len(parts), 2):
        parts[i] = people.resolve(parts[i]) or parts[i]
    return "".join(parts)


def _due(text: str, event: dt.date | None) -> dt.date | None:
    if event is None:
        return None
    for found in find_dates(text, Reference(event, "published")):
        if found.day and found.day > event:
            return found.day
    return None


def step_of(
    sentence: SentenceRef,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]] = (),
    event: dt.date | None = None,
) -> NextStep | None:
    """The next step this sentence states, or None (predictions, beliefs and hopes are not steps)."""
    text = sentence.text
    markers = sorted(
        [(m.start(), "strong") for m in _STRONG.finditer(text)]
        + [(m.start(), "expected") for m in _EXPECTED.finditer(text)]
        + [(m.start(), "weak") for m in _WEAK.finditer(text)]
        + [(m.start(), "obligation") for m in _OBLIGATION.finditer(text) if _DEADLINE.search(text, m.end())]
        + [(m.start(), "opening") for m in _OPENING.finditer(text)]
    )
    for start, kind in markers:
        if _BELIEF.search(text, 0, start):
            return None  # "Ia memperkirakan permintaan akan tumbuh", "… diperkirakan akan …"
        if kind == "expected" and (_HOPE.match(text, start) or not _SCHEDULE.search(text)):
            return None  # "diharapkan mampu mendongkrak …", or no schedule: a hope, whatever follows
        if kind == "opening":
            due = _due(text, event)
            if due is None and not (event is None and _SCHEDULE.search(text, start)):
                continue  # "dibuka mulai 1 Oktober lalu": it has already opened
            return NextStep(text, None, due, sentence.paragraph)
        if kind == "weak" and _FIGURE.search(text, 0, start):
            continue  # "X menyebut sebanyak 80.000 gerai … akan …": a reported figure
        passive = _PASSIVE.match(text, start) if kind == "weak" else None
        if passive and passive.group("verb").lower() in _NOT_PASSIVE_PLANS[0]:
            continue  # "Kopi Gayo akan dikenal di seluruh dunia": a forecast, whoever the subject is
        if passive and passive.group("verb").lower() not in _NOT_PASSIVE_PLANS[1]:
            # The subject of a passive is what is acted on: no actor.
            return NextStep(text, None, _due(text, event), sentence.paragraph)
        actor = _actor(sentence, start, people, skip)
        if kind == "weak" and actor is None:
            continue
        return NextStep(text, actor, _due(text, event), sentence.paragraph)
    return None


def quoted_steps(
    quotation: str, speaker: str | None, paragraph: int, people: PeopleIndex, event: dt.date | None = None
) -> list[NextStep]:
    """Plans a speaker announces inside a quotation (``“Kami akan memproses …,” kata X``); the
    actor is the speaker's organisation. Other quoted sentences stay quotations only."""
    steps = []
    for sentence in split_sentences(quotation):
        if _CONDITION.match(sentence):
            continue  # "Kalau harga naik, kami akan rugi": a consequence, not a plan
        if _QUOTED_PLAN.search(sentence) and not _BELIEF.search(sentence):
            text = sentence.rstrip(" ,")
            steps.append(NextStep(text, _own_side(people, speaker), _due(text, event), paragraph))
    return steps
