"""Finds next steps: agreements, plans, commitments and follow-ups, with the actor that takes them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefgen.extract.dates import Reference, find_dates
from briefgen.extract.people import PeopleIndex
from briefgen.extract.statements import SentenceRef
from briefgen.model import NextStep

# Markers that make a sentence a plan by themselves.
_STRONG = re.compile(
    r"\b(?:(?:ber)?sepakat|menyepakati|disepakati|kesepakatan\s+untuk|berencana|merencanakan"
    r"|direncanakan|rencana\s+aksi|menindaklanjuti|ditindaklanjuti|tindak\s+lanjut|berkomitmen"
    r"|diharapkan|guna\s+memastikan|dijadwalkan|menargetkan|ditargetkan"
    r"|siap\s+(?:untuk\s+)?(?:me|ber|di)\w+)\b",
    re.IGNORECASE,
)
# Markers that need a named actor as subject: "Kemenekraf akan menggelar …" is a plan,
# "pendekatan ini akan memperkuat …" is a prediction.
_WEAK = re.compile(r"\b(?:akan|ke\s+depan|segera)\b", re.IGNORECASE)
_ADVERBS = re.compile(
    r"(?:\s+(?:juga|pun|telah|sudah|akan|segera|kembali|turut|masih|terus|bersama|pula|kini|yang))+\s*$"
)
_ACTOR = re.compile(r"(?:(?:[A-Z][\w'’.\-]*|\([^()]*\))(?:\s+|\s*,\s*|\s+(?:dan|serta|bersama|&)\s+)?)+")
_COLLECTIVE = re.compile(
    r"(?:kedua\s+(?:belah\s+)?pihak|keduanya|kedua\s+negara|kedua\s+lembaga)$", re.IGNORECASE
)
_PRONOUN = re.compile(r"(?:Ia|Dia|Beliau|ia|dia|beliau)$")
_NOT_ACTORS = frozenset({"Hal", "Ini", "Itu", "Pertemuan", "Kolaborasi", "Kegiatan", "Acara", "Program"})


def _actor(
    sentence: SentenceRef, marker: int, people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """The subject named right before the marker: ``Kemenekraf dan KBRI Seoul``, a person, a pronoun."""
    before = sentence.text[:marker]
    clause_at = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    clause = _ADVERBS.sub("", before[clause_at + 1 :]).strip()
    if not clause:
        # "Wakil Menteri Ekonomi Kreatif, Irene Umar, akan …": the comma belongs to the name.
        for mention in people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker):
            rest = before[mention.end - sentence.start :]
            if re.fullmatch(r"[\s,]*(?:\s*(?:juga|pun|telah|sudah|akan|segera|kembali|turut))*\s*", rest):
                return people.name_of(mention)
        return None
    if _PRONOUN.fullmatch(clause):
        return people.last_before(sentence.paragraph, sentence.start, skip)
    collective = _COLLECTIVE.search(clause)
    if collective:
        return collective.group(0)
    if not _ACTOR.fullmatch(clause) or clause.split()[0] in _NOT_ACTORS:
        return None
    # "Rina dan Joko": each named part becomes the full name of the person it refers to.
    parts = re.split(r"(\s*,\s*|\s+(?:dan|serta|bersama|&)\s+)", clause.strip(" ,"))
    for i in range(0, len(parts), 2):
        parts[i] = people.resolve(parts[i]) or parts[i]
    return "".join(parts)


def step_of(
    sentence: SentenceRef,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]] = (),
    event: dt.date | None = None,
) -> NextStep | None:
    """The next step this sentence states, or None."""
    strong = _STRONG.search(sentence.text)
    marker = strong or _WEAK.search(sentence.text)
    if marker is None:
        return None
    actor = _actor(sentence, marker.start(), people, skip)
    if strong is None and actor is None:
        return None
    due: dt.date | None = None
    if event is not None:
        for found in find_dates(sentence.text, Reference(event, "published")):
            if found.day and found.day > event:
                due = found.day
                break
    return NextStep(sentence.text, actor, due, sentence.paragraph)
