"""Finds reported statements (``Menurutnya, …``, ``X menekankan bahwa …``, ``Ia menegaskan …``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.lexicon import ATTRIBUTION_VERBS, SPEECH_VERBS
from briefgen.extract.people import SUBJECT_GAP, PeopleIndex
from briefgen.model import Statement

_MENURUTNYA = re.compile(r"\s*Menurut(?:nya|\s+(?:dia|ia|beliau))\b")
_MENURUT = re.compile(r"\s*Menurut\s+(?P<who>[^,]{2,120}),")
_PRONOUN_VERB = re.compile(rf"(?:^|[,;]\s*)(?:[Ii]a|[Dd]ia|[Bb]eliau)\s+{SUBJECT_GAP}(?:{SPEECH_VERBS})\b")
_SPEECH_AFTER = re.compile(rf"{SUBJECT_GAP}(?:{SPEECH_VERBS})\b")
# "…, ujar Dody." / "…, katanya." closing a sentence without quotation marks.
_TRAILING = re.compile(
    rf",\s*(?P<verb>(?:{ATTRIBUTION_VERBS})(?P<nya>nya)?)\b(?P<who>[^,.;:!?]*)[.!?]?\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class SentenceRef:
    """One sentence: its paragraph, its offsets in that paragraph and its text."""

    paragraph: int
    start: int
    end: int
    text: str


def statement_of(
    sentence: SentenceRef,
    paragraphs: Sequence[str],
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]] = (),
) -> Statement | None:
    """The reported statement this sentence makes, or None; ``skip`` are quotation spans."""
    text = sentence.text
    p = sentence.paragraph
    if _MENURUTNYA.match(text):
        return Statement(text, people.speaker_before(p, sentence.start, skip), p)
    menurut = _MENURUT.match(text)
    if menurut:
        mention = people.mention_in(
            p, sentence.start + menurut.start("who"), sentence.start + menurut.end("who")
        )
        if mention is None:
            # "Menurut analis pasar, Citra Kirana, …": the name stands in apposition to the role.
            name_at = sentence.start + menurut.end()
            while name_at < len(paragraphs[p]) and paragraphs[p][name_at].isspace():
                name_at += 1
            mention = people.mention_in(p, name_at, name_at + 1)
        if mention is not None:
            return Statement(text, people.name_of(mention), p)
    trailing = _TRAILING.search(text)
    if trailing:
        who = trailing.group("who")
        if trailing.group("nya") or not who.strip() or re.match(r"\s*(?:dia|ia|beliau)\b", who, re.I):
            return Statement(text, people.speaker_before(p, sentence.start, skip), p)
        mention = people.mention_in(
            p, sentence.start + trailing.start("who"), sentence.start + trailing.end("who")
        )
        if mention is not None:
            return Statement(text, people.name_of(mention), p)
    pronoun = _PRONOUN_VERB.search(text)
    by_mention: tuple[int, str | None] | None = None
    paragraph = paragraphs[p]
    for mention in people.mentions_in(p, sentence.start, sentence.end):
        verb = _SPEECH_AFTER.match(paragraph, mention.end)
        if verb and verb.end() <= sentence.end:
            by_mention = (mention.start - sentence.start, people.name_of(mention))
            break
    if pronoun and (by_mention is None or pronoun.start() < by_mention[0]):
        return Statement(text, people.speaker_before(p, sentence.start, skip), p)
    if by_mention is not None:
        return Statement(text, by_mention[1], p)
    return None
